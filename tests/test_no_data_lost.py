"""No data lost: Postgres stopped mid-crawl, and a crawl killed with SIGKILL then resumed (JOBDIR)."""
import os
import re
import signal
import subprocess
import sys
import time

import psycopg2
import pytest

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from coffee_scraper.storage.db import migrate
from tests.conftest import FAST, ROOT
from tests.pgcontrol import StoppablePostgres

N = 400
PAGE = 10  # 41 feed pages, each slowed down: a crawl long enough to break in the middle
OUTAGE_S = 4


@pytest.fixture
def slow_shop():
    shop = Shop(slug="steady", name="Steady", platform="shopify", currency="USD", products=synthetic_shopify(N, seed=11))
    shop.set_faults(slow=0.25, slow_paths=["/products.json"])
    server = ShopServer([shop]).start()
    yield server
    server.stop()


def start_crawl(server, dsn, registry, data_dir, *extra):
    env = {**os.environ, "DATABASE_URL": dsn, "COFFEE_REGISTRY": str(registry), "COFFEE_DATA_DIR": str(data_dir),
           "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings"}
    return subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", "shopify", *FAST, "-s", "DB_BATCH_SIZE=20", *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def count(dsn, sql):
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchone()[0]
    finally:
        conn.close()


def wait_for(predicate, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except psycopg2.OperationalError:
            pass
        time.sleep(0.2)
    raise AssertionError("condition not reached in time")


def assert_complete_once(dsn):
    assert count(dsn, "SELECT count(*) FROM scrape_artifacts") == N
    assert count(dsn, "SELECT count(DISTINCT product_id) FROM scrape_artifacts") == N
    assert count(dsn, "SELECT count(*) FROM (SELECT variant_id, scraped_at FROM prices GROUP BY 1,2 HAVING count(*)>1) d") == 0
    assert count(dsn, "SELECT count(*) FROM (SELECT variant_id, run_id FROM prices GROUP BY 1,2 HAVING count(*)>1) d") == 0
    valid = count(dsn, "SELECT count(*) FROM scrape_artifacts WHERE validation_status = 'valid'")
    assert count(dsn, "SELECT count(*) FROM coffees") == valid
    assert count(dsn, "SELECT count(*) FROM prices") == count(dsn, "SELECT count(*) FROM variants")


def registry_for(server, registry_file):
    return registry_file([{"slug": "steady", "name": "Steady", "url": server.base_url("steady"), "platform": "shopify",
                           "currency": "USD", "settings": {"page_limit": PAGE}}])


def test_postgres_stopped_mid_crawl_loses_nothing(slow_shop, registry_file, tmp_path, request):
    pg = StoppablePostgres()
    request.addfinalizer(pg.destroy)
    conn = psycopg2.connect(pg.dsn)
    migrate(conn)
    conn.close()
    proc = start_crawl(slow_shop, pg.dsn, registry_for(slow_shop, registry_file), tmp_path / "data")
    wait_for(lambda: count(pg.dsn, "SELECT count(*) FROM coffees") >= 40)
    pg.stop()
    # Long enough for several batches to go to the spool and a few reconnects to fail (order is asserted).
    time.sleep(OUTAGE_S)
    pg.start()
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out[-3000:]
    assert "Postgres unreachable" in out and "Postgres is back" in out, out[-3000:]
    assert out.index("Postgres unreachable") < out.index("Postgres is back")
    assert re.search(r"replayed [1-9]\d* spooled", out), out[-3000:]  # batches went through the spool
    assert_complete_once(pg.dsn)
    assert count(pg.dsn, "SELECT count(*) FROM scrape_runs WHERE status = 'succeeded'") == 1
    assert not list((tmp_path / "data" / "spool").glob("*.jsonl"))


def test_sigkill_then_resume_with_jobdir(slow_shop, db_dsn, registry_file, tmp_path):
    registry = registry_for(slow_shop, registry_file)
    jobdir = tmp_path / "job"
    proc = start_crawl(slow_shop, db_dsn, registry, tmp_path / "data", "-s", f"JOBDIR={jobdir}")
    wait_for(lambda: count(db_dsn, "SELECT count(*) FROM coffees") >= 60)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = count(db_dsn, "SELECT count(*) FROM scrape_artifacts")
    assert 0 < partial < N
    proc = start_crawl(slow_shop, db_dsn, registry, tmp_path / "data", "-s", f"JOBDIR={jobdir}")
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out[-3000:]
    assert_complete_once(db_dsn)
    # The resumed crawl finished the killed run instead of opening a second one.
    assert count(db_dsn, "SELECT count(*) FROM scrape_runs") == 1
    assert count(db_dsn, "SELECT status FROM scrape_runs") == "succeeded"
