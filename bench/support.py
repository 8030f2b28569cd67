"""Shared plumbing of the benchmarks: a throwaway Postgres database, fixture shops, crawl subprocesses."""
from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg2

from coffee_scraper.registry import dump_registry
from coffee_scraper_shops import Shop, ShopServer
from coffee_scraper_shops.platforms.jsonld import synthetic_jsonld
from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper.storage.db import migrate

ROOT = Path(__file__).resolve().parent.parent
ADMIN_DSN = os.environ.get("BENCH_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def process_env(**extra: str) -> dict[str, str]:
    """The environment of a benchmarked process: bytecode cached as in any installed deployment
    (with PYTHONDONTWRITEBYTECODE every process would compile the project's sources again)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "SCRAPY_SETTINGS_MODULE")}
    # COFFEE_ALLOW_PRIVATE_HOSTS: the fixture shops are on 127.0.0.1.
    return {**env, "PYTHONPATH": str(ROOT), "COFFEE_ALLOW_PRIVATE_HOSTS": "1", **extra}


def compile_sources() -> None:
    """Write the bytecode of the project and the benchmarks once, before anything is timed."""
    import compileall

    for folder in ("coffee_scraper", "bench"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


@contextlib.contextmanager
def fresh_database():
    """A new, migrated database on the machine's Postgres; dropped on exit."""
    name = f"coffee_bench_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(ADMIN_DSN)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    dsn = ADMIN_DSN.rsplit("/", 1)[0] + f"/{name}"
    try:
        conn = psycopg2.connect(dsn)
        migrate(conn)
        conn.close()
        yield dsn
    finally:
        with admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def empty_tables(dsn: str) -> None:
    conn = psycopg2.connect(dsn)
    with conn, conn.cursor() as cur:
        cur.execute("SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables "
                    "WHERE schemaname = 'public' AND tablename <> 'schema_migrations'")
        cur.execute(f"TRUNCATE {cur.fetchone()[0]} RESTART IDENTITY CASCADE")
    conn.close()


def count_rows(dsn: str, table: str) -> int:
    conn = psycopg2.connect(dsn)
    with conn, conn.cursor() as cur:
        cur.execute(f"SELECT count(*) FROM {table}")
        n = cur.fetchone()[0]
    conn.close()
    return n


def shopify_shops(n_shops: int, per_shop: int, prefix: str = "benchshop") -> list[Shop]:
    # One catalogue served by every shop: products are keyed by (roaster, id), so they are distinct items.
    products = synthetic_shopify(per_shop, seed=11, currency="USD")
    return [Shop(slug=f"{prefix}{i}", name=f"Bench Shop {i}", platform="shopify", currency="USD", products=products)
            for i in range(n_shops)]


def jsonld_shops(n_shops: int, per_shop: int, platform: str = "jsonld", prefix: str = "benchld") -> list[Shop]:
    products = synthetic_jsonld(per_shop, seed=12, currency="GBP")
    return [Shop(slug=f"{prefix}{i}", name=f"Bench LD {i}", platform=platform, currency="GBP", products=products)
            for i in range(n_shops)]


def write_registry(server: ShopServer, shops: list[Shop], path: Path) -> Path:
    dump_registry([{"slug": s.slug, "name": s.name, "url": server.base_url(s.slug),
                    "platform": "jsonld" if s.platform == "jsonld_js" else s.platform,
                    "currency": s.currency} for s in shops], path)
    return path


def run_crawl(mode: list[str], *, dsn: str | None = None, registry: Path | None = None,
              extra: list[str] | None = None, timeout: int = 400, profile: Path | None = None) -> dict:
    """Run bench/crawl.py in a subprocess (its own reactor and data dir); returns its JSON result."""
    return run_crawls([mode], dsn=dsn, registry=registry, extra=extra, timeout=timeout, profile=profile)[0]


def run_crawls(modes: list[list[str]], *, dsn: str | None = None, registry: Path | None = None,
               extra: list[str] | None = None, timeout: int = 400, profile: Path | None = None) -> list[dict]:
    """Run one bench/crawl.py subprocess per mode, all at once (e.g. distributed workers); their JSON results."""
    with tempfile.TemporaryDirectory(prefix="coffee-bench-") as tmp:
        procs = []
        for i, mode in enumerate(modes):
            data = Path(tmp) / str(i)
            data.mkdir()
            out = data / "result.json"
            env = process_env(SCRAPY_SETTINGS_MODULE="coffee_scraper.settings", COFFEE_DATA_DIR=str(data))
            if dsn:
                env["DATABASE_URL"] = dsn
            if registry:
                env["COFFEE_REGISTRY"] = str(registry)
            cmd = [sys.executable, str(ROOT / "bench" / "crawl.py"), "--out", str(out), *mode, *(extra or [])]
            if profile:  # py-spy wraps the crawl: a flame graph of this very run
                cmd = [str(Path(sys.executable).parent / "py-spy"), "record", "-o", str(profile), "-f", "raw",
                       "-r", "50", "--", *cmd]
            err = (data / "stderr").open("w")
            procs.append((mode, out, err, subprocess.Popen(cmd, cwd=data, env=env, stdout=subprocess.DEVNULL,
                                                           stderr=err, text=True)))
        results = []
        for mode, out, err, proc in procs:
            try:
                proc.wait(timeout=timeout)
            finally:
                if proc.poll() is None:
                    proc.kill()
                err.close()
            if proc.returncode != 0 or not out.exists():
                stderr = Path(err.name).read_text()[-3000:]
                raise RuntimeError(f"crawl {' '.join(mode)} failed ({proc.returncode}):\n{stderr}")
            results.append(json.loads(out.read_text()))
        return results


def timed_process(cmd: list[str], env: dict[str, str], cwd: Path, timeout: int = 120) -> tuple[float, float]:
    """(wall seconds, CPU seconds user+system) of one whole process, start-up to exit.

    CPU time moves far less than wall time with the machine's load: read both."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:6])} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return seconds, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
