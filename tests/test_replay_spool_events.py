"""`db replay-spool` writes through the store's own code (DurableWriter.apply): a replayed finished run gets
its catalogue events, as a live one does (the old replay forgot them)."""
import os
import subprocess
import sys
from decimal import Decimal

import psycopg2

from coffee_scraper.registry import Roaster
from coffee_scraper.storage.spool import Spool
from coffee_scraper.storage.writer import CatalogWriter
from tests.conftest import rows


def coffee(roaster_id: int, run_id: int, price: str, at: str) -> dict:
    return {"roaster_id": roaster_id, "run_id": run_id, "product_id": "1", "name": "Kenya AA", "url": "https://r.com/p/1",
            "description": "", "origin_countries": ["KE"], "scraped_at": at, "content_hash": "h",
            "processing_status": "ok", "warnings": [],
            "variants": [{"variant_id": "v1", "title": "250g", "weight_grams": 250, "grind": None,
                          "price": Decimal(price), "currency": "USD", "price_per_kg": Decimal(price) * 4,
                          "compare_at_price": None, "in_stock": True, "sku": None}]}


def test_a_replayed_finished_run_records_its_catalogue_events(db, db_dsn, tmp_path):
    conn = psycopg2.connect(db_dsn)
    writer = CatalogWriter(conn)
    ids = writer.upsert_roasters([Roaster(slug="r", name="R", url="https://r.com", platform="shopify")])
    first = writer.start_runs(ids, "shopify", None)["r"]  # the baseline, written live
    writer.write_batch([coffee(ids["r"], first, "18.50", "2026-01-01T00:00:00Z")], [], 3)
    writer.finish_run(first, "succeeded", "finished", {}, [])
    second = writer.start_runs(ids, "shopify", None)["r"]
    conn.close()

    spool = Spool(tmp_path / "spool")  # the second run's writes, spooled while Postgres was away
    spool.append("batch", coffees=[coffee(ids["r"], second, "20.00", "2026-01-02T00:00:00Z")], artifacts=[],
                 run_kind="full")
    spool.append("finish_run", run_id=second, status="succeeded", finish_reason="finished", stats={}, incidents=[])
    env = {**os.environ, "COFFEE_DATA_DIR": str(tmp_path), "DATABASE_URL": db_dsn}
    out = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "db", "replay-spool"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert rows(db, "SELECT kind, old_price, new_price FROM catalog_events WHERE run_id = %s", (second,)) == [
        ("price_change", Decimal("18.50"), Decimal("20.00"))]
