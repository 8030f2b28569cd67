"""Catalogue-change events from run histories written by the real CatalogWriter into the real Postgres."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from coffee_scraper.events import EVENT_KINDS, record_run_events
from coffee_scraper.registry import Roaster
from coffee_scraper.storage.writer import CatalogWriter
from tests.conftest import rows, scalar


def coffee(pid, variants, *, name=None, origins=("KE",), process="washed", roast="light", currency="USD"):
    """A product spec: variants maps variant id -> (price, in_stock[, grams])."""
    return {"pid": pid, "name": name or f"Coffee {pid}", "origins": list(origins), "process": process,
            "roast": roast, "currency": currency, "variants": dict(variants)}


class History:
    """A roaster's runs, stored exactly as the store pipeline stores them (CatalogWriter)."""

    def __init__(self, conn, slug="kaffe", k=2):
        self.conn, self.slug, self.k = conn, slug, k
        self.writer = CatalogWriter(conn)
        self.roaster_id = self.writer.upsert_roasters(
            [Roaster(slug=slug, name=slug.title(), url=f"http://{slug}.localhost", platform="shopify", currency="USD")]
        )[slug]
        self.clock = datetime(2026, 11, 1, 6, 0, tzinfo=timezone.utc)

    def run(self, products, *, status="succeeded", invalid=(), record=True, price_only=False):
        """One crawl: products seen (valid), product ids seen but invalid; returns (run_id, counts)."""
        self.clock += timedelta(days=1)
        run_id = self.writer.start_runs({self.slug: self.roaster_id}, "shopify", None)[self.slug]
        coffees, artifacts = [], []
        for p in products:
            variants = []
            for vid, spec in p["variants"].items():
                price, in_stock, grams = (*spec, 250)[:3]
                price = Decimal(str(price))
                variants.append({"variant_id": vid, "title": f"{grams}g", "weight_grams": grams, "grind": None,
                                 "price": price, "currency": p["currency"], "in_stock": in_stock, "sku": None,
                                 "price_per_kg": (price * 1000 / grams).quantize(Decimal("0.01")),
                                 "compare_at_price": None})
            coffees.append({
                "run_id": run_id, "roaster_id": self.roaster_id, "product_id": p["pid"], "name": p["name"],
                "url": f"http://{self.slug}.localhost/products/{p['pid'].lower()}", "origin_countries": p["origins"],
                "process": p["process"], "roast_level": p["roast"], "scraped_at": self.clock.isoformat(),
                "content_hash": p["pid"], "processing_status": "ok", "warnings": [], "variants": variants,
            })
        for pid, status_ in [(p["pid"], "valid") for p in products] + [(pid, "invalid") for pid in invalid]:
            artifacts.append({"run_id": run_id, "roaster_id": self.roaster_id, "platform": "shopify", "url": None,
                              "product_id": pid, "payload": {"id": pid}, "normalized": None,
                              "content_hash": pid, "validation_status": status_, "errors": []})
        if coffees or artifacts:
            self.writer.write_batch(coffees, artifacts, 100, price_only=price_only)
        self.writer.finish_run(run_id, status, "finished", {}, [])
        counts = record_run_events(self.conn, run_id, self.k) if record else None
        return run_id, counts


def events_of(conn, run_id):
    """The run's events as a set of (kind, product_id, variant_id or None)."""
    return set(rows(conn, """
        SELECT e.kind, c.product_id, v.variant_id FROM catalog_events e
        JOIN coffees c ON c.id = e.coffee_id LEFT JOIN variants v ON v.id = e.variant_id
        WHERE e.run_id = %s""", (run_id,)))


def only(**counts):
    return {kind: counts.get(kind, 0) for kind in EVENT_KINDS}


BASE = [
    coffee("A", {"A250": (18, True), "A1K": (60, True, 1000)}),
    coffee("B", {"B250": (20, True)}),
    coffee("C", {"C250": (22, False)}),
    coffee("D", {"D250": (19, True)}),
]


def test_baseline_then_each_kind_once_and_recompute_adds_nothing(db):
    h = History(db)
    run1, counts = h.run(BASE)
    assert counts == only() and events_of(db, run1) == set()

    changed = [
        coffee("A", {"A250": (16.2, True), "A1K": (60, True, 1000), "A500": (33, True, 500)}),  # cut + new size
        coffee("B", {"B250": (20, False)}),  # sold out
        coffee("C", {"C250": (22, True)}),  # back in stock
        coffee("D", {"D250": (19, True)}),  # unchanged
        coffee("E", {"E250": (25, True)}),  # a new lot
    ]
    run2, counts = h.run(changed)
    assert events_of(db, run2) == {
        ("price_change", "A", "A250"), ("new", "A", "A500"), ("sold_out", "B", None),
        ("back_in_stock", "C", None), ("new", "E", None),
    }
    assert counts == only(price_change=1, new=2, sold_out=1, back_in_stock=1)
    assert rows(db, "SELECT old_price, new_price, currency, change_pct, previous_run_id FROM catalog_events "
                    "WHERE kind = 'price_change'") == [
        (Decimal("18.00"), Decimal("16.20"), "USD", Decimal("-10.00"), run1)]
    assert scalar(db, "SELECT occurred_at = (SELECT finished_at FROM scrape_runs WHERE id = %s) "
                      "FROM catalog_events LIMIT 1", (run2,))

    # Recomputing either run, in any order, adds nothing.
    for run in (run2, run1, run2):
        assert record_run_events(db, run, 2) == only()
    assert scalar(db, "SELECT count(*) FROM catalog_events") == 5


def test_missing_once_is_not_removed_missing_k_runs_is_removed_once_then_returned(db):
    h = History(db, k=2)
    h.run(BASE)
    without_d = [p for p in BASE if p["pid"] != "D"]
    run2, _ = h.run(without_d)
    assert events_of(db, run2) == set()
    # D back after one absence: no event at all (not new, not returned); prices compare with run 1.
    run3, _ = h.run(BASE)
    assert events_of(db, run3) == set()

    run4, _ = h.run(without_d)
    run5, counts = h.run(without_d)
    assert events_of(db, run4) == set()
    assert events_of(db, run5) == {("removed", "D", None)} and counts == only(removed=1)
    assert scalar(db, "SELECT details->>'absent_runs' FROM catalog_events WHERE run_id = %s", (run5,)) == "2"
    run6, _ = h.run(without_d)
    assert events_of(db, run6) == set()  # reported once

    # Back after being reported removed: `returned`, with no price/stock noise even if both changed.
    back = without_d + [coffee("D", {"D250": (21, False), "D1K": (70, False, 1000)})]
    run7, counts = h.run(back)
    assert events_of(db, run7) == {("returned", "D", None)} and counts == only(returned=1)
    assert scalar(db, "SELECT details->>'removed_run_id' FROM catalog_events WHERE run_id = %s", (run7,)) == str(run5)
    # ...and it can be removed again later.
    h.run(without_d)
    run9, _ = h.run(without_d)
    assert events_of(db, run9) == {("removed", "D", None)}


@pytest.mark.parametrize("k", [1, 3])
def test_removed_after_runs_is_configurable(db, k):
    h = History(db, k=k)
    h.run(BASE)
    runs = [h.run(BASE[:3])[0] for _ in range(k)]
    assert [events_of(db, r) for r in runs] == [set()] * (k - 1) + [{("removed", "D", None)}]


def test_partial_and_empty_runs_never_remove_nor_count(db):
    h = History(db, k=2)
    h.run(BASE)
    without_d = BASE[:3]
    run2, _ = h.run(without_d, status="partial")
    run3, _ = h.run(without_d, status="partial")
    run4, _ = h.run([])  # "succeeded" with an empty feed: saw nothing, proves nothing
    assert [events_of(db, r) for r in (run2, run3, run4)] == [set(), set(), set()]
    run5, _ = h.run(without_d)  # the first complete run without D
    assert events_of(db, run5) == set()
    run6, _ = h.run(without_d)
    assert events_of(db, run6) == {("removed", "D", None)}


def test_baseline_is_the_first_complete_run(db):
    h = History(db)
    run1, _ = h.run(BASE[:1], status="partial")  # a broken first crawl saw one product
    run2, _ = h.run([])  # an empty feed proves nothing either
    run3, counts = h.run(BASE)  # the first complete run: still the baseline, not three `new`
    assert counts == only() and [events_of(db, r) for r in (run1, run2, run3)] == [set()] * 3
    run4, _ = h.run(BASE + [coffee("N", {"N250": (9, True)})], status="partial")
    assert events_of(db, run4) == {("new", "N", None)}


def test_partial_run_reports_changes_it_saw(db):
    h = History(db)
    h.run(BASE)
    run2, counts = h.run([coffee("A", {"A250": (19.8, True), "A1K": (60, True, 1000)}),
                          coffee("F", {"F250": (30, True)})], status="partial")
    assert events_of(db, run2) == {("price_change", "A", "A250"), ("new", "F", None)}
    assert scalar(db, "SELECT change_pct FROM catalog_events WHERE kind = 'price_change'") == Decimal("10.00")


def test_price_only_runs_count_although_they_store_no_unchanged_artifacts(db):
    h = History(db, k=2)
    h.run(BASE)
    run2, _ = h.run(BASE[:3], price_only=True)
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts WHERE run_id = %s", (run2,)) == 0
    run3, _ = h.run([coffee("A", {"A250": (17, True), "A1K": (60, True, 1000)})] + BASE[1:3], price_only=True)
    assert events_of(db, run3) == {("removed", "D", None), ("price_change", "A", "A250")}


def test_failed_runs_record_nothing_and_are_not_compared_against(db):
    h = History(db)
    run1, _ = h.run(BASE, status="failed")
    run2, counts = h.run(BASE)  # first counted run: still the baseline
    assert counts == only() and events_of(db, run1) == events_of(db, run2) == set()
    cheap = [coffee("A", {"A250": (9, True), "A1K": (60, True, 1000)})] + BASE[1:] + [coffee("G", {"G250": (1, True)})]
    run3, counts = h.run(cheap, status="aborted")
    assert counts == only() and events_of(db, run3) == set()
    # Compared with run 2, not with the aborted run 3: the cut and the new lot are still news.
    run4, _ = h.run(cheap)
    assert events_of(db, run4) == {("price_change", "A", "A250"), ("new", "G", None)}


def test_invalid_product_is_still_in_the_feed(db):
    h = History(db, k=1)
    h.run(BASE)
    run2, _ = h.run(BASE[:3], invalid=["D"])
    assert events_of(db, run2) == set()
    run3, _ = h.run(BASE[:3])
    assert events_of(db, run3) == {("removed", "D", None)}


def test_currency_switch_is_not_a_price_change_and_roasters_are_independent(db):
    h = History(db)
    other = History(db, slug="other")
    h.run(BASE)
    other.run([coffee("A", {"A250": (5, True)})])  # same product id at another roaster
    run2, _ = h.run([coffee("A", {"A250": (15, True), "A1K": (50, True, 1000)}, currency="EUR")] + BASE[1:])
    assert events_of(db, run2) == set()
    run3, _ = other.run([coffee("A", {"A250": (6, True)})])
    assert events_of(db, run3) == {("price_change", "A", "A250")}


def test_unknown_run_and_bad_k_are_errors(db):
    with pytest.raises(ValueError, match="run 424242 does not exist"):
        record_run_events(db, 424242)
    with pytest.raises(ValueError, match="EVENTS_REMOVED_AFTER_RUNS"):
        record_run_events(db, 1, removed_after_runs=0)


def test_non_autocommit_connection_is_committed(db_dsn, db):
    import psycopg2

    conn = psycopg2.connect(db_dsn)
    try:
        h = History(conn)
        h.run(BASE)
        h.run(BASE[:3] + [coffee("Z", {"Z250": (10, True)})])
    finally:
        conn.close()
    assert scalar(db, "SELECT count(*) FROM catalog_events WHERE kind = 'new'") == 1
