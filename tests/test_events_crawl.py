"""End to end: a fixture Shopify shop changes between real `scrapy crawl shopify` runs; assert the events."""
from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from coffee_scraper.events import EVENT_KINDS, record_run_events
from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import rows, run_scrapy
from tests.test_events import events_of

SLUG = "weeklyroaster"
K = 2


@pytest.fixture
def shop():
    server = ShopServer([Shop(slug=SLUG, name="Weekly Roaster", platform="shopify", currency="USD",
                              products=synthetic_shopify(30, seed=21, currency="USD"))]).start()
    yield server
    server.stop()


class Crawler:
    """Crawls the shop into Postgres and records the run's events (twice: recomputing must add nothing)."""

    def __init__(self, server, db, db_dsn, registry):
        self.server, self.db, self.dsn, self.registry = server, db, db_dsn, registry

    def crawl(self, products, status="succeeded"):
        self.server.shop(SLUG).set_products(products)
        result = run_scrapy(["crawl", "shopify"], dsn=self.dsn, registry=self.registry)
        assert result.returncode == {"succeeded": 0, "partial": 4}.get(status, 1), result.stderr[-3000:]
        run_id, got = rows(self.db, "SELECT id, status FROM scrape_runs ORDER BY id DESC LIMIT 1")[0]
        assert got == status, result.stderr[-3000:]
        # The store pipeline may already have recorded them; either way a recompute adds nothing.
        record_run_events(self.db, run_id, K)
        assert record_run_events(self.db, run_id, K) == dict.fromkeys(EVENT_KINDS, 0)
        return run_id


def _priced(p):
    return all(v.get("price") not in (None, "") for v in p["variants"])


def test_shop_changes_between_crawls_become_exactly_the_expected_events(shop, db, db_dsn, registry_file):
    registry = registry_file([{"slug": SLUG, "name": "Weekly Roaster", "url": shop.base_url(SLUG),
                               "platform": "shopify", "currency": "USD", "settings": {"page_limit": 10}}])
    c = Crawler(shop, db, db_dsn, registry)
    base = copy.deepcopy(shop.shop(SLUG).products)

    run1 = c.crawl(base)
    assert events_of(db, run1) == set()  # baseline
    stored = {pid: n for pid, n in rows(db, """
        SELECT c.product_id, count(v.id) FROM coffees c JOIN variants v ON v.coffee_id = c.id GROUP BY 1""")}
    coffees = [p for p in base if str(p["id"]) in stored and _priced(p)]
    in_stock = [p for p in coffees if any(v["available"] for v in p["variants"])]
    assert len(coffees) >= 8 and len(in_stock) >= 3
    sold, cut = in_stock[0], in_stock[1]  # B: sold out then back; A: price cut
    gone_once, gone, gone_late = [p for p in coffees if p not in (sold, cut)][:3]  # D, E, F
    others = [p for p in base if p not in (sold, cut, gone_once, gone, gone_late)]
    pid = lambda p: str(p["id"])  # noqa: E731

    # A new lot: a copy of a stored coffee with fresh ids.
    lot = copy.deepcopy(cut)
    lot.update(id=cut["id"] + 7_777_777, handle=cut["handle"] + "-lot-2", title=cut["title"] + " Lot 2")
    for i, v in enumerate(lot["variants"]):
        v.update(id=v["id"] + 7_777_777 + i, product_id=lot["id"])
    cut_2 = copy.deepcopy(cut)
    for v in cut_2["variants"]:
        v["price"] = f"{Decimal(v['price']) * Decimal('0.8'):.2f}"
    sold_2 = copy.deepcopy(sold)
    for v in sold_2["variants"]:
        v["available"] = False

    # Run 2: new lot, price cut, sold out; D and E missing (once: nothing yet).
    run2 = c.crawl([lot, cut_2, sold_2, gone_late] + others)
    expected = {("new", pid(lot), None), ("sold_out", pid(sold), None)}
    expected |= {("price_change", pid(cut), str(v["id"])) for v in cut["variants"]}
    assert events_of(db, run2) == expected
    changes = rows(db, "SELECT v.variant_id, e.old_price, e.new_price, e.change_pct, e.currency FROM catalog_events e "
                       "JOIN variants v ON v.id = e.variant_id WHERE e.run_id = %s", (run2,))
    prices = {str(v["id"]): Decimal(v["price"]) for v in cut["variants"]}
    assert {r[0]: (r[1], r[2]) for r in changes} == {
        vid: (old, (old * Decimal("0.8")).quantize(Decimal("0.01"))) for vid, old in prices.items()}
    assert all(r[4] == "USD" and Decimal("-20.1") < r[3] < Decimal("-19.9") for r in changes)

    # Run 3: B back in stock, D back after one missed run (no event), E missing for K=2 runs: removed.
    run3 = c.crawl([lot, cut_2, sold, gone_once, gone_late] + others)
    assert events_of(db, run3) == {("back_in_stock", pid(sold), None), ("removed", pid(gone), None)}

    # Run 4, partial (feed page 2 is broken): E is back (`returned`); F and page 2 unseen: no `removed`.
    shop.shop(SLUG).set_faults(malformed=[2])
    run4 = c.crawl([gone, lot, cut_2, sold, gone_once] + others, status="partial")
    assert events_of(db, run4) == {("returned", pid(gone), None)}
    shop.shop(SLUG).clear_faults()

    # Runs 5 and 6 without F: the partial run did not count towards K, so F goes at run 6, not 5.
    page = [gone, lot, cut_2, sold, gone_once] + others
    run5 = c.crawl(page)
    assert events_of(db, run5) == set()
    run6 = c.crawl(page)
    assert events_of(db, run6) == {("removed", pid(gone_late), None)}
    assert rows(db, "SELECT count(*) FROM catalog_events")[0][0] == len(expected) + 2 + 1 + 1
