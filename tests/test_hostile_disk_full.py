"""Postgres down and the spool's disk full (issue 18): the crawl stops, its run fails, exit 1, nothing
already written or spooled is lost. The spool lives on a 64 KiB tmpfs (mounted here: tests run as root)."""
import os
import queue
import subprocess
import threading

import psycopg2
import pytest

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from coffee_scraper.storage.checks import run_checks
from coffee_scraper.storage.db import migrate
from tests.pgcontrol import StoppablePostgres
from tests.test_no_data_lost import count, registry_for, start_crawl, wait_for

N = 400


@pytest.fixture
def tiny_spool(tmp_path):
    spool = tmp_path / "data" / "spool"
    spool.mkdir(parents=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(spool)]).returncode:
        pytest.skip("mounting a tmpfs needs root")
    yield spool
    subprocess.run(["umount", str(spool)], check=True)


def test_spool_disk_full_while_postgres_is_down_stops_the_crawl(tiny_spool, registry_file, tmp_path, request):
    shop = Shop(slug="steady", name="Steady", platform="shopify", currency="USD", products=synthetic_shopify(N, seed=11))
    shop.set_faults(slow=0.25, slow_paths=["/products.json"])
    server = ShopServer([shop]).start()
    request.addfinalizer(server.stop)
    pg = StoppablePostgres()
    request.addfinalizer(pg.destroy)
    conn = psycopg2.connect(pg.dsn)
    migrate(conn)
    conn.close()
    proc = start_crawl(server, pg.dsn, registry_for(server, registry_file), tmp_path / "data",
                       "-s", "DB_BATCH_SIZE=5", "-s", "DB_OUTAGE_WAIT=120")
    lines: queue.Queue = queue.Queue()
    output: list[str] = []

    def read():
        for line in proc.stdout:
            output.append(line)
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    wait_for(lambda: count(pg.dsn, "SELECT count(*) FROM coffees") >= 20)
    stored_before = count(pg.dsn, "SELECT count(*) FROM scrape_artifacts")
    pg.stop()
    while "closing the crawl" not in lines.get(timeout=120):
        pass
    pg.start()  # back while the closing crawl waits for it (DB_OUTAGE_WAIT)
    proc.wait(timeout=300)
    log = "".join(output)
    assert proc.returncode == 1, log[-3000:]
    assert "No space left on device" in log, log[-3000:]
    with psycopg2.connect(pg.dsn) as c, c.cursor() as cur:
        cur.execute("SELECT status, finish_reason, incidents FROM scrape_runs")
        (status, reason, incidents), = cur.fetchall()
        assert not any(run_checks(c).values())
    assert status == "failed" and reason == "storage_unavailable", (status, reason)
    assert any(i["kind"] == "storage_unavailable" and i["fatal"] for i in incidents), incidents
    # What was written stays; what fitted in the spool was replayed; none of it was cut in half.
    assert count(pg.dsn, "SELECT count(*) FROM scrape_artifacts") > stored_before
    assert not list(tiny_spool.glob("*.jsonl"))
