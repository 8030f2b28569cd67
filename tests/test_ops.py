"""Operations commands against the real test database: repair, backup/restore, revalidate, roasters, schedule."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone

import psycopg2
import pytest

from coffee_scraper.registry import Roaster
from coffee_scraper.scheduling import Schedule, RoasterSchedule, busy_roasters, plan
from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import ROOT, rows, run_scrapy, scalar


def cli(*args, dsn=None, env=None, timeout=300):
    """`coffee-scraper ARGS` with this module's commands wired in, as a subprocess."""
    full_env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings", **(env or {})}
    if dsn:
        full_env["DATABASE_URL"] = dsn
    return subprocess.run([sys.executable, "-m", "coffee_scraper.cli.ops", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def shop():
    server = ShopServer([Shop(slug="opsshop", name="Ops Shop", platform="shopify", currency="USD",
                              products=synthetic_shopify(40, seed=3))]).start()
    yield server
    server.stop()


@pytest.fixture
def crawled(shop, db, db_dsn, registry_file):
    registry = registry_file([{"slug": "opsshop", "name": "Ops Shop", "url": shop.base_url("opsshop"),
                               "platform": "shopify", "currency": "USD"}])
    result = run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]
    assert scalar(db, "SELECT count(*) FROM coffees") > 10
    return registry


def test_db_check_fails_on_duplicate_and_orphan_and_passes_after_repair(crawled, db, db_dsn):
    assert cli("db", "check", dsn=db_dsn).returncode == 0
    variant_id, run_id, scraped_at = rows(db, "SELECT variant_id, run_id, scraped_at FROM prices ORDER BY id LIMIT 1")[0]
    prices_before = scalar(db, "SELECT count(*) FROM prices")
    with db.cursor() as cur:
        # A duplicate observation: the same variant and time recorded again under a second run.
        cur.execute("INSERT INTO scrape_runs (roaster_id, spider, status) SELECT roaster_id, spider, 'succeeded'"
                    " FROM scrape_runs WHERE id = %s RETURNING id", (run_id,))
        other_run = cur.fetchone()[0]
        cur.execute("INSERT INTO prices (variant_id, run_id, price, currency, scraped_at)"
                    " SELECT variant_id, %s, price, currency, scraped_at FROM prices WHERE variant_id = %s AND run_id = %s",
                    (other_run, variant_id, run_id))
        # An orphan: written with foreign keys bypassed (as a botched manual restore would).
        cur.execute("SET session_replication_role = replica")
        cur.execute("INSERT INTO prices (variant_id, run_id, price, currency, scraped_at)"
                    " VALUES (987654321, %s, 1, 'USD', now())", (run_id,))
        cur.execute("SET session_replication_role = DEFAULT")
    check = cli("db", "check", dsn=db_dsn)
    assert check.returncode == 1, check.stdout
    assert "FAIL  duplicate price rows (variant, scraped_at)" in check.stdout
    assert "FAIL  prices without a variant" in check.stdout

    dry = cli("db", "repair", dsn=db_dsn)
    assert dry.returncode == 0, dry.stderr
    assert "dry run: 2 row(s) would change" in dry.stdout
    assert cli("db", "check", dsn=db_dsn).returncode == 1  # a dry run changes nothing

    applied = cli("db", "repair", "--apply", dsn=db_dsn)
    assert applied.returncode == 0, applied.stderr
    assert cli("db", "check", dsn=db_dsn).returncode == 0
    # The oldest observation is the one kept.
    assert scalar(db, "SELECT count(*) FROM prices") == prices_before
    assert rows(db, "SELECT run_id, scraped_at FROM prices WHERE variant_id = %s", (variant_id,)) == [(run_id, scraped_at)]


def test_backup_and_restore_round_trip(crawled, db, db_dsn, tmp_path):
    coffees = scalar(db, "SELECT count(*) FROM coffees")
    prices = scalar(db, "SELECT count(*) FROM prices")
    dump = tmp_path / "coffee.sql"
    result = cli("db", "backup", str(dump), dsn=db_dsn)
    assert result.returncode == 0, result.stderr
    assert dump.stat().st_size > 1000 and not (tmp_path / "coffee.sql.partial").exists()
    assert dump.stat().st_mode & 0o777 == 0o600  # every row of the catalogue: the owner's eyes only
    with db.cursor() as cur:
        cur.execute("DELETE FROM coffees WHERE id IN (SELECT id FROM coffees ORDER BY id LIMIT 5)")
    assert scalar(db, "SELECT count(*) FROM coffees") == coffees - 5
    refused = cli("db", "restore", str(dump), dsn=db_dsn)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    restored = cli("db", "restore", str(dump), "--yes", dsn=db_dsn)
    assert restored.returncode == 0, restored.stderr
    assert scalar(db, "SELECT count(*) FROM coffees") == coffees
    assert scalar(db, "SELECT count(*) FROM prices") == prices
    assert cli("db", "check", dsn=db_dsn).returncode == 0


def test_backup_of_the_embedded_16_server_uses_pgservers_tools(tmp_path):
    """The machine's pg_dump 15 cannot dump the embedded 16 server; pgserver's own can."""
    import pgserver

    from coffee_scraper.storage.backup import backup, pick_tool, restore

    server = pgserver.get_server(tmp_path / "pgdata", cleanup_mode="delete")
    try:
        dsn = server.get_uri()
        conn = psycopg2.connect(dsn)
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("CREATE TABLE probe (id int); INSERT INTO probe VALUES (1), (2)")
        assert "pginstall" in pick_tool("pg_dump", conn.server_version // 10000)
        result = backup(dsn, tmp_path / "embedded.sql")
        assert "pginstall" in result["tool"]
        with conn.cursor() as cur:
            cur.execute("DELETE FROM probe")
        restore(dsn, tmp_path / "embedded.sql")
        assert scalar(conn, "SELECT count(*) FROM probe") == 2
        conn.close()
    finally:
        server.cleanup()


def test_revalidate_after_a_schema_change(crawled, db, db_dsn):
    valid = scalar(db, "SELECT count(*) FROM scrape_artifacts WHERE validation_status = 'valid'")
    unchanged = cli("revalidate", dsn=db_dsn)
    assert unchanged.returncode == 0, unchanged.stderr
    # Stored contracts validate exactly as they did in the pipeline (money stored as strings).
    assert "(0 changed)" in unchanged.stdout, unchanged.stdout
    # What a stricter schema would see: one artifact's currency no longer passes.
    artifact_id = scalar(db, "SELECT min(id) FROM scrape_artifacts WHERE validation_status = 'valid'")
    with db.cursor() as cur:
        cur.execute("UPDATE scrape_artifacts SET normalized = jsonb_set(normalized, '{variants,0,currency}', '\"usd\"')"
                    " WHERE id = %s", (artifact_id,))
    dry = cli("revalidate", "--dry-run", dsn=db_dsn)
    assert "1 valid -> invalid" in dry.stdout
    assert scalar(db, "SELECT validation_status FROM scrape_artifacts WHERE id = %s", (artifact_id,)) == "valid"
    changed = cli("revalidate", "--batch-size", "7", dsn=db_dsn)
    assert "1 valid -> invalid" in changed.stdout and "(1 changed)" in changed.stdout, changed.stdout
    status, errors = rows(db, "SELECT validation_status, errors FROM scrape_artifacts WHERE id = %s", (artifact_id,))[0]
    assert status == "invalid" and any(e.startswith("variants/0/currency") for e in errors)
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts WHERE validation_status = 'valid'") == valid - 1
    assert "(0 changed)" in cli("revalidate", dsn=db_dsn).stdout  # idempotent


def test_roasters_add_and_list(shop, crawled, db_dsn, tmp_path):
    registry = tmp_path / "registry.yaml"
    registry.write_text("# our shops\nroasters:\n  - {slug: opsshop, name: Ops Shop, url: "
                        f"{shop.base_url('opsshop')}, platform: shopify, currency: USD}}\n")
    listed = cli("roasters", "list", "--registry", str(registry), dsn=db_dsn)
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.splitlines() if line.startswith("opsshop"))
    assert "succeeded" in line and "shopify" in line

    second = ShopServer([Shop(slug="newshop", name="New", platform="shopify", currency="EUR",
                              products=synthetic_shopify(5, seed=9))]).start()
    try:
        added = cli("roasters", "add", second.base_url("newshop"), "--name", "New Shop", "--currency", "EUR",
                    "--registry", str(registry), "--no-render", dsn=db_dsn)
        assert added.returncode == 0, added.stderr
        assert "added newshop (shopify)" in added.stdout
        text = registry.read_text()
        assert text.startswith("# our shops\n")  # comments kept
        from coffee_scraper.registry import load_registry

        entries = {r.slug: r for r in load_registry(registry)}
        assert entries["newshop"].platform == "shopify" and entries["newshop"].currency == "EUR"
        again = cli("roasters", "add", second.base_url("newshop"), "--registry", str(registry), "--no-render",
                    dsn=db_dsn)
        assert again.returncode == 2 and "already in the registry" in again.stderr
    finally:
        second.stop()
    listed = cli("roasters", "list", "--registry", str(registry), dsn=db_dsn)
    assert any(line.startswith("newshop") and "never" in line for line in listed.stdout.splitlines())


def _utc(text):
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def test_schedule_plan_decides_what_is_due():
    schedule = Schedule(path="t", runs={"full": "0 3 1 * *", "price": "0 4 * * 0"}, settings={}, roasters={
        "slow": RoasterSchedule(cron={"price": None}, settings={"CONCURRENT_REQUESTS_PER_DOMAIN": 1}),
        "often": RoasterSchedule(cron={"price": "0 */6 * * *"}),
    })
    roasters = [Roaster(slug=s, name=s, url=f"https://{s}.example", platform="shopify")
                for s in ("fresh", "done", "slow", "often", "busy")]
    roasters.append(Roaster(slug="unknown", name="u", url="https://u.example", platform="auto"))
    now = _utc("2026-03-08T05:00:00")  # a Sunday, after the weekly 04:00 price fire
    last = {("done", "full"): _utc("2026-03-01T03:05:00"), ("done", "price"): _utc("2026-03-08T04:01:00"),
            ("slow", "full"): _utc("2026-03-01T03:00:00"), ("often", "full"): _utc("2026-03-01T03:00:00"),
            ("often", "price"): _utc("2026-03-07T23:00:00"), ("busy", "full"): _utc("2026-03-01T03:00:00")}
    busy = busy_roasters({"running": [{"id": "busy.price.20260308T0400"}], "pending": []})
    slots = {(s.slug, s.kind): s for s in plan(schedule, roasters, now, last, {}, busy)}
    assert slots["fresh", "full"].state == "due"  # never crawled: its first full run now
    assert slots["fresh", "price"].state == "waiting"  # the full run writes prices too
    assert slots["done", "full"].state == slots["done", "price"].state == "waiting"
    assert slots["slow", "price"].state == "off"
    assert slots["often", "price"].state == "due"  # its own 6-hourly cadence
    assert slots["busy", "price"].state == "busy"
    assert slots["unknown", "full"].state == "skipped"
    assert slots["often", "price"].job_id == "often.price.20260308T0000"
    assert schedule.job_settings("slow", "price") == {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "RUN_KIND": "price"}
    # The state file remembers a fire already started (its job died before reaching Postgres).
    state = {"fresh": {"full": "2026-03-01T03:00:00+00:00"}}
    assert plan(schedule, roasters[:1], now, {}, state, set())[0].state == "waiting"
