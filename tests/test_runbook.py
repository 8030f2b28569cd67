"""docs/operations.md cannot rot: every `sh runbook` block runs against a test database, fixture shop,
Scrapyd, Redis and metrics service; `sh runbook-skip=REASON` blocks are few and justified."""
from __future__ import annotations

import os
import re
import socket
import stat
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg2
import pytest
import requests

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import ROOT, run_scrapy, scalar
from tests.test_scrapyd import PASSWORD, USER, scrapyd  # noqa: F401 - a module-scoped fixture

RUNBOOK = ROOT / "docs" / "operations.md"
BLOCK_RE = re.compile(r"^```sh (runbook(?:-skip=([^\n]*))?)\n(.*?)^```", re.M | re.S)
# What a skipped block may need that the test machine lacks, and the only commands it may hold.
SKIP_REASONS = ("systemd is not available", "production environment file")
SKIP_COMMANDS = re.compile(r"^(systemctl|journalctl|set -a|export ROASTER)", re.M)
INCIDENTS = ("rate limiting", "Timeouts", "Circuit open", "validation failures", "Duplicate or orphaned",
             "connection exhaustion", "High memory or CPU", "Missing or noisy alerts", "Recovery from backup")


def blocks() -> list[tuple[bool, str, str]]:
    """(runnable, skip reason, script) for every marked block, in document order."""
    return [(m.group(1) == "runbook", (m.group(2) or "").strip(), m.group(3))
            for m in BLOCK_RE.finditer(RUNBOOK.read_text())]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli_shim(directory) -> None:
    """`coffee-scraper` with every CLI module of the package wired in, as the lead's COMMAND_MODULES
    will have it; the real entry point once every module is listed there."""
    directory.mkdir(parents=True, exist_ok=True)
    script = directory / "coffee-scraper"
    script.write_text(
        "#!/bin/sh\n"
        f'exec "{sys.executable}" -c "import pkgutil, sys, coffee_scraper.cli as cli\n'
        "mods = sorted('coffee_scraper.cli.' + m.name for m in pkgutil.iter_modules(cli.__path__))\n"
        "cli.COMMAND_MODULES += [m for m in mods if m not in cli.COMMAND_MODULES and m != 'coffee_scraper.cli.__main__'"
        " and hasattr(__import__(m, fromlist=['register']), 'register')]\n"
        'sys.exit(cli.main())" "$@"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture
def environment(scrapyd, db_dsn, registry_file, tmp_path):  # noqa: F811
    shop = ShopServer([Shop(slug="rbshop", name="Runbook Shop", platform="shopify", currency="USD",
                            products=synthetic_shopify(25, seed=8))]).start()
    registry = registry_file([{"slug": "rbshop", "name": "Runbook Shop", "url": shop.base_url("rbshop"),
                               "platform": "shopify", "currency": "USD"}])
    crawl = run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry)
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    cli_shim(tmp_path / "bin")
    env = {
        **os.environ,
        "PATH": f"{tmp_path / 'bin'}:{os.path.dirname(sys.executable)}:{os.environ['PATH']}",
        "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings",
        "DATABASE_URL": db_dsn, "COFFEE_REGISTRY": str(registry), "COFFEE_DATA_DIR": str(tmp_path / "data"),
        "SCRAPYD_URL": scrapyd["url"], "SCRAPYD_USERNAME": USER, "SCRAPYD_PASSWORD": PASSWORD,
        "REDIS_URL": os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15"),
        "ROASTER": "rbshop", "SPIDER": "shopify", "JOB": "no-such-job", "CRAWL_ID": f"runbook-{uuid.uuid4().hex[:6]}",
        "BACKUP_DIR": str(tmp_path / "backups"),
        "DOWNLOAD_DELAY": "0",
    }
    port = free_port()
    env["METRICS_URL"] = f"http://127.0.0.1:{port}"
    serve = subprocess.Popen(["coffee-scraper", "serve", "--port", str(port)], env=env, cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        try:
            if requests.get(env["METRICS_URL"] + "/health", timeout=2).status_code in (200, 503):
                break
        except requests.ConnectionError:
            pass
        assert serve.poll() is None and time.monotonic() < deadline, "coffee-scraper serve did not start"
        time.sleep(0.3)
    yield env
    serve.terminate()
    serve.wait(timeout=30)
    shop.stop()


def test_runbook_covers_every_incident():
    text = RUNBOOK.read_text()
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    for incident in INCIDENTS:
        assert any(incident.lower() in h.lower() for h in headings), f"no runbook section for {incident}"
    # Every metric the runbook names is one the code exports.
    sources = " ".join(p.read_text() for p in (ROOT / "coffee_scraper").rglob("*.py"))
    for metric in set(re.findall(r"\bcoffee_[a-z_]+(?![a-z_.])", text)) - {"coffee_scraper"}:
        base = re.sub(r"_(total|sum|count|bucket)$", "", metric.rstrip("_"))
        if base == "coffee" or base.startswith("coffee_scraper"):
            continue  # a regex alternation like coffee_(db_up|...): its names are checked below
        assert f'"{base}"' in sources, f"the runbook names metric {metric}, which nothing exports"
    for group in re.findall(r"coffee_\(([a-z_|]+)\)", text):
        for name in group.split("|"):
            assert f'"coffee_{name}"' in sources, f"the runbook names metric coffee_{name}, which nothing exports"
    runnable = [b for b in blocks() if b[0]]
    skipped = [b for b in blocks() if not b[0]]
    assert len(runnable) >= 20
    # Not-run blocks are few and each needs something the test machine does not have.
    assert len(skipped) <= 6 and len(skipped) * 4 <= len(runnable)
    for _, reason, script in skipped:
        assert any(r in reason for r in SKIP_REASONS), f"unjustified skip: {reason!r}"
        for line in filter(None, (ln.strip() for ln in script.splitlines())):
            assert SKIP_COMMANDS.match(line), f"a skipped block may only hold systemd/env lines: {line!r}"


def test_every_runbook_command_runs(environment, db_dsn):
    failures = []
    for number, (runnable, _, script) in enumerate(blocks(), 1):
        if not runnable:
            continue
        result = subprocess.run(["bash", "-euo", "pipefail", "-c", script], env=environment, cwd=ROOT,
                                capture_output=True, text=True, timeout=300)
        if result.returncode != 0 or "Traceback" in result.stderr:
            failures.append(f"block {number} exited {result.returncode}:\n{script}\n--- stdout\n"
                            f"{result.stdout[-1500:]}\n--- stderr\n{result.stderr[-1500:]}")
    assert not failures, "\n\n".join(failures)
    # The commands did what they say: a backup exists and the catalogue survived the restore.
    backups = list(Path(environment["BACKUP_DIR"]).glob("*.sql"))
    assert backups and backups[0].stat().st_size > 1000
    conn = psycopg2.connect(db_dsn)
    assert scalar(conn, "SELECT count(*) FROM coffees") > 10
    conn.close()
