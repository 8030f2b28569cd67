"""The durable spool: what a crawl could not write is written later by `db replay-spool`."""
import os
import subprocess
import sys
from decimal import Decimal

import psycopg2

from coffee_scraper.registry import Roaster
from coffee_scraper.storage.spool import Spool
from coffee_scraper.storage.writer import CatalogWriter
from tests.conftest import scalar


def test_replay_spool_command_writes_spooled_batches_once(db, db_dsn, tmp_path):
    conn = psycopg2.connect(db_dsn)
    writer = CatalogWriter(conn)
    ids = writer.upsert_roasters([Roaster(slug="r", name="R", url="https://r.com", platform="shopify")])
    run = writer.start_runs(ids, "shopify", None)["r"]
    conn.close()
    coffee = {"roaster_id": ids["r"], "run_id": run, "product_id": "1", "name": "Kenya 'AA' ☕", "url": "https://r.com/p/1",
              "description": "", "origin_countries": ["KE"], "scraped_at": "2026-01-01T00:00:00Z",
              "content_hash": "h", "processing_status": "ok", "warnings": [],
              "variants": [{"variant_id": "v1", "title": "250g", "weight_grams": 250, "grind": None,
                            "price": Decimal("18.50"), "currency": "USD", "price_per_kg": Decimal("74.00"),
                            "compare_at_price": None, "in_stock": True, "sku": None}]}
    artifact = {"run_id": run, "roaster_id": ids["r"], "platform": "shopify", "url": "https://r.com/p/1",
                "product_id": "1", "payload": {"id": 1}, "normalized": None, "content_hash": "h",
                "validation_status": "valid", "errors": []}
    spool = Spool(tmp_path / "spool")
    spool.append("batch", coffees=[coffee], artifacts=[artifact], run_kind="full")
    spool.append("finish_run", run_id=run, status="succeeded", finish_reason="finished", stats={}, incidents=[])
    with open(spool.path, "a") as fh:
        fh.write('{"op": "batch", "coffees": [')  # a line cut by a crash: never acknowledged
    env = {**os.environ, "COFFEE_DATA_DIR": str(tmp_path), "DATABASE_URL": db_dsn}
    for _ in range(2):
        out = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "db", "replay-spool"], env=env,
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
    assert scalar(db, "SELECT price FROM prices") == Decimal("18.50")
    assert scalar(db, "SELECT name FROM coffees") == "Kenya 'AA' ☕"
    assert scalar(db, "SELECT status FROM scrape_runs") == "succeeded"
    assert not spool.files()
