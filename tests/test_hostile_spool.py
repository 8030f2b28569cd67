"""A poisoned spool (issue 18): replay applies what it can, quarantines the rest, blocks no crawl."""
import json
import os
import subprocess
import sys
from decimal import Decimal

import psycopg2

from coffee_scraper.registry import Roaster
from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from coffee_scraper.storage.spool import Spool
from coffee_scraper.storage.writer import CatalogWriter
from tests.conftest import rows, run_scrapy, scalar


def coffee(roaster_id, run_id, product_id, **variant):
    return {"roaster_id": roaster_id, "run_id": run_id, "product_id": product_id, "name": f"Kenya {product_id}",
            "url": f"https://r.com/p/{product_id}", "description": "", "origin_countries": ["KE"],
            "scraped_at": "2026-01-01T00:00:00Z", "content_hash": "h", "processing_status": "ok", "warnings": [],
            "variants": [{"variant_id": "v1", "title": "250g", "weight_grams": 250, "grind": None,
                          "price": Decimal("18.50"), "currency": "USD", "price_per_kg": Decimal("74.00"),
                          "compare_at_price": None, "in_stock": True, "sku": None, **variant}]}


def artifact(roaster_id, run_id, product_id):
    return {"run_id": run_id, "roaster_id": roaster_id, "platform": "shopify", "url": f"https://r.com/p/{product_id}",
            "product_id": product_id, "payload": {"id": product_id}, "normalized": None, "content_hash": "h",
            "validation_status": "valid", "errors": []}


def poison(db_dsn, data_dir):
    """A spool as an outage leaves it, with every kind of operation Postgres refuses in it."""
    conn = psycopg2.connect(db_dsn)
    writer = CatalogWriter(conn)
    ids = writer.upsert_roasters([Roaster(slug="r", name="R", url="https://r.com", platform="shopify")])
    rid = ids["r"]
    run = writer.start_runs(ids, "shopify", None)["r"]
    conn.close()
    spool = Spool(data_dir / "spool")
    # A NUL in ids (COPY refused it: every later crawl failed at start).
    spool.append("batch", coffees=[coffee(rid, run, "nul\x00id")], artifacts=[artifact(rid, run, "nul\x00id")],
                 run_kind="full")
    # One value past its column's range beside a good product: only the bad one is refused.
    spool.append("batch", coffees=[coffee(rid, run, "big", compare_at_price=Decimal("1e15")), coffee(rid, run, "ok")],
                 artifacts=[artifact(rid, run, "big"), artifact(rid, run, "ok")], run_kind="full")
    # A run that does not exist: not even an invalid artifact can be stored.
    spool.append("batch", coffees=[coffee(rid, 999999, "orphan")], artifacts=[artifact(rid, 999999, "orphan")],
                 run_kind="full")
    with open(spool.path, "a") as fh:
        fh.write("{not json\n")
    spool.append("no_such_op", run_id=run)
    spool.append("finish_run", run_id=run, status="succeeded", finish_reason="finished", stats={}, incidents=[])
    return spool, run


def assert_applied(db, run):
    assert sorted(r[0] for r in rows(db, "SELECT product_id FROM coffees WHERE roaster_id = "
                                              "(SELECT id FROM roasters WHERE slug = 'r')")) == ["nul\ufffdid", "ok"]
    assert rows(db, "SELECT validation_status, errors FROM scrape_artifacts WHERE product_id = 'big'")[0][0] == "invalid"
    assert "numeric field overflow" in " ".join(scalar(db, "SELECT errors FROM scrape_artifacts WHERE product_id = 'big'"))
    assert scalar(db, "SELECT status FROM scrape_runs WHERE id = %s", (run,)) == "succeeded"


def dead_letters(spool):
    return [json.loads(line) for path in spool.dead_letters() for line in path.read_text().splitlines()]


def test_replay_spool_applies_what_it_can_and_quarantines_the_rest(db, db_dsn, tmp_path):
    spool, run = poison(db_dsn, tmp_path)
    env = {**os.environ, "COFFEE_DATA_DIR": str(tmp_path), "DATABASE_URL": db_dsn}
    out = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "db", "replay-spool"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1, out.stderr
    assert "dead-letter" in out.stdout, out.stdout
    assert_applied(db, run)
    kept = dead_letters(spool)
    assert len(kept) == 3, kept  # the orphan product, the line that is not JSON, the unknown operation
    assert any("orphan" in json.dumps(k["record"]) and "foreign key" in k["error"] for k in kept), kept
    assert not spool.files()
    again = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "db", "replay-spool"], env=env,
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "nothing spooled" in again.stdout


def test_poisoned_spool_does_not_block_the_next_crawl(db, db_dsn, registry_file, tmp_path):
    spool, run = poison(db_dsn, tmp_path)
    products = synthetic_shopify(12, seed=4, currency="USD")
    with ShopServer([Shop(slug="calm", name="Calm", platform="shopify", currency="USD", products=products)]) as server:
        registry = registry_file([{"slug": "calm", "name": "Calm", "url": server.base_url("calm"),
                                   "platform": "shopify", "currency": "USD"}])
        result = run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry,
                            env={"COFFEE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-3000:]
    assert_applied(db, run)
    calm = scalar(db, "SELECT id FROM roasters WHERE slug = 'calm'")
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts WHERE roaster_id = %s", (calm,)) == len(products)
    assert scalar(db, "SELECT status FROM scrape_runs WHERE roaster_id = %s", (calm,)) == "succeeded"
    assert len(dead_letters(spool)) == 3 and not spool.files()
