"""Store pipeline: batched Postgres upserts of coffees, variants, prices, artifacts and runs.

Valid items are buffered and written DB_BATCH_SIZE at a time. Items dropped earlier in the chain
still reach the database: the `item_dropped` signal turns an invalid item into an 'invalid'
artifact (with its errors) and a non-coffee into a 'skipped' one (with its reason).

An exception in a spider callback or a pipeline becomes an incident (roaster, URL, where) and the
item an 'invalid' artifact with the error, so a run that lost items is never 'succeeded'.

When Postgres goes away mid-crawl, batches go to a durable local spool (fsynced JSON lines) and
are replayed, in order, as soon as a reconnect succeeds (with backoff), at close, or by the next
run. With JOBDIR, a resumed crawl reuses the unfinished runs of the killed one, so its rows are
upserts of the same (variant, run) keys, never duplicates.

The writes run on one writer thread (storage.durable.WriterThread), in order, while the crawl goes
on (psycopg2 releases the GIL while Postgres works): at most one batch is written while the next one
fills. While a batch is written and the next one already waits its turn, items wait too (process_item
returns an awaitable only then; item_dropped a Deferred). Stats, incidents and signals are touched only
on the reactor thread, when a write's outcome comes back; open and close wait for the thread.
"""
from __future__ import annotations

import logging
import time
from collections import Counter, deque

from scrapy import signals
from scrapy.exceptions import CloseSpider
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.defer import Deferred

from coffee_scraper.context import CrawlContext
from coffee_scraper.pipelines.normalize import NotCoffee
from coffee_scraper.pipelines.validate import InvalidItem, contract_of
from coffee_scraper.storage.db import migrate, redact_dsn
from coffee_scraper.storage.durable import DurableWriter, Outcome, StorageUnavailable, WriterThread
from coffee_scraper.storage.runs import RunRegistry
from coffee_scraper.storage.pgtext import canonical_json, hash_text

logger = logging.getLogger("coffee_scraper.store")
# Close reasons of a crawl that could not store (the crawl command exits 1 on them).
STORAGE_UNAVAILABLE, ROASTER_BUSY = "storage_unavailable", "roaster_busy"


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.stats = crawler.stats
        self.batch_size = max(1, crawler.settings.getint("DB_BATCH_SIZE", 500))
        self.run_kind = crawler.settings.get("RUN_KIND", "full")
        if self.run_kind not in ("full", "price"):
            raise ValueError(f"RUN_KIND must be 'full' or 'price', got {self.run_kind!r}")
        from coffee_scraper.events_notify import Watch

        Watch.from_settings(crawler.settings)  # a bad EVENTS_WATCH fails at start, not at close
        self.store = DurableWriter.from_settings(crawler.settings)
        self.store.on_reconnect = self._relock_after_outage  # runs on the writer thread
        self.thread = WriterThread(self.store)
        self.pending: deque[_Write] = deque()  # handed to the writer thread, outcome not applied yet
        self.runs = RunRegistry(crawler.settings)
        self.run_ids: dict[str, int] = {}
        self.roaster_ids: dict[str, int] = {}
        self.coffees: list[dict] = []
        self.artifacts: list[dict] = []
        self.hashed_like: list[tuple[dict, dict]] = []  # (coffee, its artifact): same payload, same content_hash
        # Valid items not yet in the stats: two stats calls per item cost more than the rest of process_item
        # but the payload; added per batch and at least every second (progress lines, stall monitor).
        self.valid_counts: Counter[str] = Counter()
        self.count_due = 0.0
        self.opened = False
        self.storage_failure: str | None = None
        self.closing = False
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.item_error, signal=signals.item_error)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # -- lifecycle -------------------------------------------------------------------------------
    def open_spider(self):
        spider = self.crawler.spider
        # Unreachable at start: a configuration error, it raises here.
        replayed, busy = self._now(self._connect, CrawlContext.of(self.crawler).roasters)
        logger.info("storing into %s (run kind: %s)", redact_dsn(self.store.dsn), self.run_kind)
        if replayed:
            logger.warning("replayed %d spooled operation(s) left by an earlier run", replayed)
        if busy:  # one crawl per roaster at a time (else two runs write the same prices)
            message = (f"roaster(s) {', '.join(busy)} are being crawled by another process right now; "
                       f"this crawl stops without writing (run it again when that crawl has finished)")
            logger.error(message)
            self.stats.set_value("coffee/roasters_busy", busy)
            raise CloseSpider(ROASTER_BUSY)
        job_id = self.settings.get("JOB_ID") or getattr(getattr(spider, "args", None), "job", None)
        self.run_ids = self._now(lambda: self.runs.open(self.store.writer, spider.name, job_id))
        self.roaster_ids = self.runs.roaster_ids
        self.stats.set_value("coffee/run_ids", dict(self.run_ids))
        self.opened = True

    def _connect(self, roasters) -> tuple[int, list[str]]:
        """(Writer thread.) Connect, migrate, replay an earlier spool, lock the roasters: (replayed, busy)."""
        conn = self.store.open()
        if self.settings.getbool("DB_AUTO_MIGRATE", True):
            migrate(conn)
        replayed = self.store.replay()
        self.runs.register_roasters(self.store.writer, roasters)
        return replayed, self.runs.lock(self.store.conn)

    def _relock_after_outage(self):
        """(Writer thread.) A lost session lost its roaster locks: take them again."""
        busy = self.runs.lock(self.store.conn)
        if busy:
            logger.error("after the outage, roaster(s) %s are locked by another crawl", ", ".join(busy))

    async def close_spider(self):
        self.closing = True
        self.flush()
        if self.pending:  # the last write (outcomes are applied in order, so all of them)
            await maybe_deferred_to_future(self.pending[-1].deferred())

    def spider_closed(self, spider, reason):
        self._count_valid()  # before anything reads the runs' stats
        if not self.opened:
            return
        # Spidermon's close suites also hear spider_closed: the runs are finished before this returns.
        self._drain()  # a storage failure of the last batches must be known before the runs are judged
        if self.store.down:
            self._now(self.store.wait_for_database)
        incidents = CrawlContext.of(self.crawler).incidents
        ops = []
        by_roaster = self.all_roaster_stats()
        for slug, run_id in self.run_ids.items():
            stats = by_roaster[slug]
            status, op = self.runs.finish_op(slug, reason, stats, incidents.get(slug, []))
            ops.append(op)
            logger.debug("run %s roaster=%s status=%s stats=%s", run_id, slug, status, stats)
        try:  # one operation (and one spool record) for every run: a fleet's close is not a round trip per roaster
            if ops:
                self._now(self.store.submit, "finish_runs", runs=ops)
        except StorageUnavailable as exc:
            logger.critical("runs %s of roaster(s) %s could not be finished (%s): they stay 'running'",
                            sorted(self.run_ids.values()), ", ".join(self.run_ids), exc)
        pending = self.store.spool.pending()
        self.stats.set_value("coffee/db/spool_pending", pending)
        if pending:
            logger.error(
                "Postgres still unreachable: %d operation(s) kept in %s; the next crawl or "
                "`coffee-scraper db replay-spool` writes them", pending, self.store.spool.directory,
            )
        elif not self.storage_failure:
            self.runs.write_runs_file(finished=reason == "finished")
        if self.store.quarantined:
            logger.error("%d product(s) or operation(s) Postgres refused are kept in %s",
                         self.store.quarantined, ", ".join(map(str, self.store.spool.dead_letters())))
        self._now(self.store.close)
        self.thread.shutdown()
        self.opened = False

    # -- the writer thread ---------------------------------------------------------------------------
    def _write(self, then, fn, *args, **kwargs) -> "_Write":
        """Hand fn(*args, **kwargs) to the writer thread; then(outcome) runs on the reactor thread afterwards."""
        write = _Write(self.thread.call(fn, *args, **kwargs), lambda outcome: self._settled(write, outcome, then))
        self.pending.append(write)
        return write

    def _settled(self, write, outcome: Outcome, then):
        self.pending.remove(write)
        for key, n in outcome.counts:
            self.stats.inc_value(f"coffee/{key}", n)
        for entry in outcome.refused:
            self._refused(entry)
        then(outcome)

    def _drain(self) -> None:
        """Block until every write handed over so far is done and its outcome applied (open and close only)."""
        while self.pending:
            self.pending[0].wait()

    def _now(self, fn, *args, **kwargs):
        """fn(*args, **kwargs) on the writer thread after the writes before it; blocks, returns or raises its result."""
        outcomes: list[Outcome] = []
        self._write(outcomes.append, fn, *args, **kwargs)
        self._drain()
        if outcomes[0].error is not None:
            raise outcomes[0].error
        return outcomes[0].value

    # -- items -----------------------------------------------------------------------------------
    def process_item(self, item):
        slug = item["roaster"]
        run_id, roaster_id = self.run_ids[slug], self.roaster_ids[slug]
        contract = contract_of(item)
        # Once: the raw product is serialized once, for payload and hash (an unserializable one fails here).
        payload = canonical_json(item.get("raw") if item.get("raw") is not None else {})
        coffee = {
            **contract,
            "run_id": run_id,
            "roaster_id": roaster_id,
            "content_hash": None,  # its artifact's, hashed on the writer thread
            "processing_status": item.get("processing_status") or "ok",
            "warnings": item.get("warnings") or [],
        }
        self.coffees.append(coffee)
        self.hashed_like.append((coffee, self._add_artifact(item, "valid", [], contract, payload)))
        self.valid_counts[slug] += 1
        if len(self.coffees) >= self.batch_size:
            self.flush()
        elif time.monotonic() >= self.count_due:
            self._count_valid()
        if (wait := self._room()) is not None:
            return _after(wait, item)  # awaitable only when it must wait: the common case stays synchronous
        return item

    def item_dropped(self, item, response, exception, spider):
        if not self.opened or not hasattr(item, "get") or item.get("roaster") not in self.run_ids:
            return
        if isinstance(exception, InvalidItem):
            self._add_artifact(item, "invalid", item.get("validation_errors") or [str(exception)], contract_of(item))
        elif isinstance(exception, NotCoffee):
            self._add_artifact(item, "skipped", [item.get("skip_reason") or str(exception)], contract_of(item))
        else:
            return None
        if len(self.artifacts) >= self.batch_size:
            self.flush()
        return self._room()  # Scrapy waits for a signal handler's Deferred: the same back-pressure

    def item_error(self, item, response, spider, failure):
        """An exception in a pipeline (normalize, validate, this one): the item is an invalid artifact."""
        slug = item.get("roaster") if hasattr(item, "get") else None
        if not self.opened or slug not in self.run_ids:
            return
        exc = failure.value
        where = _where(failure)
        error = f"{type(exc).__name__} in {where}: {exc}"
        self.stats.inc_value("coffee/items/errors")
        self.stats.inc_value(f"coffee/roaster/{slug}/items_invalid")
        self._incident(slug, "item_error", item.get("url") or "", f"product {item.get('product_id')}: {error}")
        # A lone surrogate or an unserializable value fails again here: keep what can be kept.
        if self.coffees and self.coffees[-1].get("product_id") == item.get("product_id") and \
                self.coffees[-1]["run_id"] == self.run_ids[slug]:
            self.coffees.pop()  # process_item got as far as buffering the coffee
        try:
            self._add_artifact(item, "invalid", [error], _safe_contract(item))
        except Exception:  # noqa: BLE001 - its raw payload cannot be serialized: keep the error alone
            self._add_artifact(item, "invalid", [error], None, canonical_json({"unserializable": repr(item.get("raw"))[:2000]}))

    def spider_error(self, failure, response, spider):
        """An exception in a spider callback: an incident naming roaster and URL (else only a log line)."""
        slug = response.meta.get("roaster") if response is not None else None
        if slug is None or not self.opened:
            return
        exc = failure.value
        self._incident(slug, "parse_error", response.url, f"{type(exc).__name__} in {_where(failure)}: {exc}",
                       fatal=bool(response.meta.get("feed_entry")))

    def _incident(self, slug: str, kind: str, url: str, message: str, fatal: bool = False):
        CrawlContext.of(self.crawler).record_incident(slug, kind, url, message[:2000], fatal=fatal)

    def _refused(self, entry: dict):
        """A product Postgres refused: its run is not 'succeeded' (the artifact says why)."""
        row = entry["artifact"] or entry["coffee"] or {}
        slug = self.runs.slug_of(row.get("roaster_id"))
        if slug is not None:
            kept = "stored as an invalid artifact" if entry["stored"] else "kept in the dead-letter file"
            self._incident(slug, "storage_refused", row.get("url") or "",
                           f"Postgres refused product {str(row.get('product_id'))[:80]!r} ({kept}): {entry['error']}")

    def _add_artifact(self, item, status, errors, contract, payload: str | None = None) -> dict:
        if payload is None:
            raw = item.get("raw")
            payload = canonical_json(raw if raw is not None else {})
        artifact = {
            "run_id": self.run_ids[item["roaster"]],
            "roaster_id": self.roaster_ids[item["roaster"]],
            "platform": item.get("platform") or self.crawler.spider.name,
            "url": item.get("url"),
            "product_id": item.get("product_id"),
            "payload_json": payload,  # canonical JSON text (also what the spool keeps)
            "normalized": contract,
            "content_hash": None,  # hashed on the writer thread (_write_batch)
            "validation_status": status,
            "errors": errors,
        }
        self.artifacts.append(artifact)
        return artifact

    def _count_valid(self) -> None:
        for slug, n in self.valid_counts.items():
            self.stats.inc_value("coffee/items/valid", n)
            self.stats.inc_value(f"coffee/roaster/{slug}/items_valid", n)
        self.valid_counts.clear()
        self.count_due = time.monotonic() + 1.0

    def flush(self) -> None:
        """Hand the buffered batch to the writer thread (written after the ones handed over before it)."""
        self._count_valid()
        if not (self.coffees or self.artifacts) or not self.opened:
            return
        coffees, artifacts, hashed_like = self.coffees, self.artifacts, self.hashed_like
        self.coffees, self.artifacts, self.hashed_like = [], [], []
        self._write(lambda outcome: self._batch_written(outcome, artifacts),
                    self._write_batch, coffees, artifacts, hashed_like)

    def _write_batch(self, coffees, artifacts, hashed_like):
        """(Writer thread.) Hash the payloads here (hashlib lets the reactor run meanwhile), then write or spool."""
        for artifact in artifacts:
            artifact["content_hash"] = hash_text(artifact["payload_json"])
        for coffee, artifact in hashed_like:
            coffee["content_hash"] = artifact["content_hash"]
        self.store.submit("batch", coffees=coffees, artifacts=artifacts, run_kind=self.run_kind)

    def _room(self) -> Deferred | None:
        """None, or a Deferred to wait on while a batch is being written and the next one already waits for
        its turn: at most one batch in flight while the next one fills (memory: two batches)."""
        return self.pending[-2].deferred() if len(self.pending) > 1 else None

    def _batch_written(self, outcome: Outcome, artifacts):
        exc = outcome.error
        if exc is None:
            return
        if not isinstance(exc, StorageUnavailable):  # a bug or a refusal write_batch_or_parts did not expect
            logger.error("a batch of %d product(s) could not be written", len(artifacts), exc_info=exc)
        self._storage_failed(exc, artifacts)

    def _storage_failed(self, exc, artifacts):
        """Neither Postgres nor the spool takes writes: stop the crawl, fail its runs, say what was lost."""
        lost: dict[int, int] = {}
        for a in artifacts:
            lost[a["roaster_id"]] = lost.get(a["roaster_id"], 0) + 1
        self.stats.inc_value("coffee/items/lost", len(artifacts))
        for slug, roaster_id in self.roaster_ids.items():
            if lost.get(roaster_id) or not self.storage_failure:
                self._incident(slug, "storage_unavailable", "",
                               f"{exc}; {lost.get(roaster_id, 0)} product(s) of this batch not stored", fatal=True)
        if self.storage_failure is None:
            self.storage_failure = str(exc)
            logger.critical("%s: closing the crawl (what was written or spooled before is kept)", exc)
            if not self.closing:  # at close the spider is already on its way out, with its own reason
                deferred_from_coro(self.crawler.engine.close_spider_async(reason=STORAGE_UNAVAILABLE))

    # -- runs ------------------------------------------------------------------------------------
    def roaster_stats(self, slug: str) -> dict:
        return self.all_roaster_stats([slug])[slug]

    def all_roaster_stats(self, slugs=None) -> dict[str, dict]:
        """{slug: the run's stats} of this crawl's roasters, in one pass over the crawl's stats."""
        slugs = list(self.run_ids) if slugs is None else slugs
        out: dict[str, dict] = {slug: {} for slug in slugs}
        for key, value in self.stats.get_stats().items():
            if key.startswith("coffee/roaster/"):
                slug, _, name = key[len("coffee/roaster/"):].partition("/")
                if slug in out and name:
                    out[slug][name] = value
        for stats in out.values():
            for key in ("items_valid", "items_invalid", "items_skipped", "pages", "requests_failed"):
                stats.setdefault(key, 0)
            stats["run_kind"] = self.run_kind
        return out


async def _after(wait: Deferred, item):
    await maybe_deferred_to_future(wait)
    return item


class _Write:
    """One operation handed to the writer thread. Its outcome is applied on the reactor thread exactly once:
    when the thread is done with it (callFromThread, in order) or when the reactor blocks on it (open, close)."""

    def __init__(self, future, settle):
        from twisted.internet import reactor

        self.future, self._settle = future, settle
        self.done = False
        self.waiters: list[Deferred] = []
        future.add_done_callback(lambda _: reactor.callFromThread(self.settle))

    def settle(self) -> None:
        if self.done:
            return
        self.done = True
        try:
            self._settle(self.future.result())  # an Outcome: the thread's own errors are inside it
        finally:
            waiters, self.waiters = self.waiters, []
            for d in waiters:
                d.callback(None)

    def wait(self) -> None:
        self.future.result()
        self.settle()

    def deferred(self) -> Deferred:
        """Fires (with None) once the outcome is applied."""
        d: Deferred = Deferred()
        if self.done:
            d.callback(None)
        else:
            self.waiters.append(d)
        return d


def _where(failure) -> str:
    """The innermost frame of a failure, "module:function": where in parsing or normalization it broke."""
    tb = failure.getTracebackObject()
    frame = None
    while tb is not None:
        frame, tb = tb.tb_frame, tb.tb_next
    return f"{frame.f_globals.get('__name__', '?')}:{frame.f_code.co_name}" if frame else "?"


def _safe_contract(item) -> dict | None:
    try:
        contract = contract_of(item)
        canonical_json(contract)
        return contract
    except Exception:  # noqa: BLE001 - half-normalized values: the raw payload and the error say enough
        return None
