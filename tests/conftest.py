"""Shared test fixtures: a real Postgres database, fixture shops, and a crawl runner."""
from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

# The suite leaves no trace in the checkout: every crawl, command and in-process Scrapy settings
# object writes (reports, metrics, cache, spool) under this per-process directory, and no test sees
# the production registry. Set before coffee_scraper.settings is imported: it reads them once.
TEST_DATA_DIR = tempfile.mkdtemp(prefix="coffee-test-data-")
atexit.register(shutil.rmtree, TEST_DATA_DIR, True)
EMPTY_REGISTRY = Path(TEST_DATA_DIR) / "no-roasters.yaml"
EMPTY_REGISTRY.write_text("roasters: []\n")
os.environ["COFFEE_DATA_DIR"] = TEST_DATA_DIR
os.environ["COFFEE_REGISTRY"] = str(EMPTY_REGISTRY)
os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)
os.environ.pop("DATABASE_URL", None)
# The fixture shops answer on 127.0.0.1: every crawl of this session (in process or a child
# process) may fetch loopback hosts, which the crawler refuses by default (ALLOW_PRIVATE_HOSTS).
os.environ["COFFEE_ALLOW_PRIVATE_HOSTS"] = "1"

import psycopg2
import pytest

from coffee_scraper.registry import dump_registry
from coffee_scraper.storage.db import migrate

ROOT = Path(__file__).resolve().parent.parent
MACHINE_PG = os.environ.get("TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _admin_dsn(tmp_path_factory) -> str:
    """The machine's Postgres when it runs (CI starts it), else an embedded one: real either way."""
    try:
        psycopg2.connect(MACHINE_PG, connect_timeout=3).close()
        return MACHINE_PG
    except psycopg2.OperationalError:
        import pgserver

        server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="delete")
        return server.get_uri()


@pytest.fixture(scope="session")
def pg_dsn(tmp_path_factory):
    """A fresh database for this test session, migrated; dropped at the end."""
    if os.environ.get("TEST_DATABASE_URL"):
        yield os.environ["TEST_DATABASE_URL"]
        return
    admin = _admin_dsn(tmp_path_factory)
    name = f"coffee_test_{uuid.uuid4().hex[:10]}"
    conn = psycopg2.connect(admin)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    dsn = admin.rsplit("/", 1)[0] + f"/{name}" if "?" not in admin else admin.replace("/postgres?", f"/{name}?")
    c = psycopg2.connect(dsn)
    migrate(c)
    c.close()
    yield dsn
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()


def empty_database(dsn) -> None:
    conn = psycopg2.connect(dsn)
    with conn, conn.cursor() as cur:
        # Every table of every migration (alert state, events...), not a list that goes stale.
        cur.execute("SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables "
                    "WHERE schemaname = 'public' AND tablename <> 'schema_migrations'")
        cur.execute(f"TRUNCATE {cur.fetchone()[0]} RESTART IDENTITY CASCADE")
    conn.close()


@pytest.fixture
def db_dsn(pg_dsn):
    """The test database, emptied."""
    empty_database(pg_dsn)
    return pg_dsn


@pytest.fixture
def db(db_dsn):
    conn = psycopg2.connect(db_dsn)
    conn.autocommit = True
    yield conn
    conn.close()


def scalar(conn, sql, params=None):
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchone()[0]


def rows(conn, sql, params=None):
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO"]
# Spidermon and the metrics extension cost a crawl a second or two: off unless a test turns them on
# (given before the test's own -s arguments, which win; see monitoring_settings()).
QUIET = ["-s", "SPIDERMON_ENABLED=False", "-s", "METRICS_ENABLED=False"]


def run_scrapy(args, *, dsn=None, registry=None, env=None, timeout=600, cwd=None):
    """Run `scrapy ARGS` in a subprocess (a fresh reactor each time), as a user would."""
    args = [*args[:1], *QUIET, *args[1:]] if args and args[0] == "crawl" else list(args)
    full_env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings", **(env or {})}
    if dsn:
        full_env["DATABASE_URL"] = dsn
    if registry:
        full_env["COFFEE_REGISTRY"] = str(registry)
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args, *FAST],
        cwd=cwd or ROOT, env=full_env, capture_output=True, text=True, timeout=timeout,
    )


@pytest.fixture
def registry_file(tmp_path):
    def write(entries):
        path = tmp_path / "roasters.yaml"
        dump_registry(entries, path)
        return path

    return write
