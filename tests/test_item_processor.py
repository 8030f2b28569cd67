"""The item processor (ITEM_PROCESSOR) runs the pipelines as Scrapy's ItemPipelineManager does.

Every case runs through Scrapy's real Scraper (start_itemproc_async: log formatter, item_scraped /
item_dropped / item_error signals) with both processors, and the outcomes must be the same: which
steps ran, which signal was sent with what, what was logged.
"""
from __future__ import annotations

import asyncio
import logging
import warnings

import pytest
from scrapy import Spider, signals
from scrapy.core.scraper import Scraper
from scrapy.exceptions import DropItem
from scrapy.pipelines import ItemPipelineManager
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler
from twisted.internet.defer import Deferred

from coffee_scraper.pipelines.processor import DirectItemProcessor

OURS = "coffee_scraper.pipelines.processor.DirectItemProcessor"
SCRAPYS = "scrapy.pipelines.ItemPipelineManager"


class Step:
    """A pipeline step: records itself on the item, then drops it, raises, or returns it (its way)."""

    name = "step"

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def act(self, item):
        item["steps"].append(self.name)
        if item.get("drop_at") == self.name:
            raise DropItem(f"dropped at {self.name}", log_level="INFO")
        if item.get("fail_at") == self.name:
            raise ValueError(f"broken at {self.name}")
        return item


class Sync1(Step):
    name = "sync1"

    def process_item(self, item):
        return self.act(item)


class Sync2(Sync1):
    name = "sync2"


class Later(Step):
    """Returns a Deferred fired on a later loop turn (as the store pipeline does while a batch is written)."""

    name = "deferred"

    def process_item(self, item):
        d = Deferred()

        def fire():
            try:
                d.callback(self.act(item))
            except Exception as exc:  # noqa: BLE001 - the Deferred carries it, as a real one would
                d.errback(exc)

        asyncio.get_running_loop().call_later(0.005, fire)
        return d


class Coroutine(Step):
    name = "coroutine"

    async def process_item(self, item):
        await asyncio.sleep(0)
        return self.act(item)


class FutureStep(Step):
    name = "future"

    def process_item(self, item):
        future = asyncio.get_running_loop().create_future()
        try:
            future.set_result(self.act(item))
        except Exception as exc:  # noqa: BLE001
            future.set_exception(exc)
        return future


class Replacing(Step):
    """Returns another object than the one it got: the next steps get that one."""

    name = "replacing"

    def process_item(self, item):
        self.act(item)
        return {**item, "steps": [*item["steps"]], "replaced": True}


SYNC_CHAIN = [Sync1, Sync2]
MIXED_CHAIN = [Sync1, Later, Sync2, Coroutine, FutureStep]


def pipelines(chain):
    return {f"{__name__}.{cls.__name__}": 100 + i for i, cls in enumerate(chain)}


def run(processor: str, chain, items):
    """Items through a real Scraper with `processor`; returns [(signal, steps, detail)] and log lines."""
    crawler = get_crawler(Spider, {"ITEM_PIPELINES": pipelines(chain), "ITEM_PROCESSOR": processor,
                                   "LOG_LEVEL": "DEBUG"})
    crawler.spider = Spider("t")
    crawler.spider.crawler = crawler
    seen = []
    crawler.signals.connect(lambda item, response, spider: seen.append(("scraped", item["steps"], item.get("replaced"))),
                            signal=signals.item_scraped, weak=False)
    crawler.signals.connect(lambda item, response, exception, spider: seen.append(
        ("dropped", item["steps"], f"{type(exception).__name__}: {exception}")), signal=signals.item_dropped, weak=False)
    crawler.signals.connect(lambda item, response, spider, failure: seen.append(
        ("error", item["steps"], f"{failure.type.__name__}: {failure.value}")), signal=signals.item_error, weak=False)

    async def go():
        scraper = Scraper(crawler)
        assert type(scraper.itemproc).__module__ + "." + type(scraper.itemproc).__name__ == processor
        await scraper.open_spider_async()
        # Concurrently, as the scraper's CONCURRENT_ITEMS workers do.
        await asyncio.gather(*(scraper.start_itemproc_async(item, response=None) for item in items))
        assert scraper.slot.itemproc_size == 0

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Scrapy's deprecation warning for a Deferred (tested below)
        asyncio.run(go())
    return seen


def items(**extra):
    return [{"steps": [], **extra}]


def both(chain, make_items):
    ours, scrapys = run(OURS, chain, make_items()), run(SCRAPYS, chain, make_items())
    assert ours == scrapys
    return ours


def test_the_crawl_uses_it():
    from coffee_scraper import settings

    assert settings.ITEM_PROCESSOR == OURS
    assert issubclass(DirectItemProcessor, ItemPipelineManager)


@pytest.mark.parametrize("chain", [SYNC_CHAIN, MIXED_CHAIN], ids=["sync", "mixed"])
def test_every_step_runs_in_order(chain):
    assert both(chain, items) == [("scraped", [c.name for c in chain], None)]


def test_a_deferred_step_in_the_middle_holds_the_chain_until_it_fires():
    seen = both(MIXED_CHAIN, lambda: [{"steps": [], "n": n} for n in range(20)])
    assert seen == [("scraped", [c.name for c in MIXED_CHAIN], None)] * 20


@pytest.mark.parametrize("chain", [SYNC_CHAIN, MIXED_CHAIN], ids=["sync", "mixed"])
def test_drop_at_each_step(chain):
    names = [c.name for c in chain]
    for i, name in enumerate(names):
        seen = both(chain, lambda: items(drop_at=name))
        assert seen == [("dropped", names[: i + 1], f"DropItem: dropped at {name}")]


@pytest.mark.parametrize("chain", [SYNC_CHAIN, MIXED_CHAIN], ids=["sync", "mixed"])
def test_an_exception_at_each_step_is_an_item_error(chain):
    names = [c.name for c in chain]
    for i, name in enumerate(names):
        seen = both(chain, lambda: items(fail_at=name))
        assert seen == [("error", names[: i + 1], f"ValueError: broken at {name}")]


def test_a_step_returning_another_object_hands_that_one_on():
    chain = [Sync1, Replacing, Later, Sync2]
    assert both(chain, items) == [("scraped", ["sync1", "replacing", "deferred", "sync2"], True)]


def test_logged_like_scrapys(caplog):
    def records(processor):
        caplog.clear()
        with caplog.at_level(logging.DEBUG):
            run(processor, MIXED_CHAIN, [*items(), *items(drop_at="sync2"), *items(fail_at="coroutine")])
        return sorted((r.levelname, r.getMessage().split("\n")[0], bool(r.exc_info)) for r in caplog.records
                      if r.name.startswith("scrapy.core"))

    assert records(OURS) == records(SCRAPYS) and len(records(OURS)) == 3


def test_a_deferred_is_warned_about_as_scrapy_does():
    def warned(processor):
        crawler = get_crawler(Spider, {"ITEM_PIPELINES": pipelines([Sync1, Later]), "ITEM_PROCESSOR": processor})
        crawler.spider = Spider("t")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            asyncio.run(load_object(processor).from_crawler(crawler).process_item_async({"steps": []}))
        return [str(w.message) for w in caught if "returned a Deferred" in str(w.message)]

    assert warned(OURS) == warned(SCRAPYS) != []
