"""What an operator sees: quiet crawl logs with one line per roaster, exit codes, the HTML report
(checked in real Chromium), CLI errors, and shop text escaped in every sink."""
import csv
import io
import json
import logging
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from coffee_scraper.cli import main as cli_main
from coffee_scraper.cli.output import Progress, csv_safe, terminal_safe
from coffee_scraper.commands.crawl import exit_code
from coffee_scraper.logformatter import SpidermonLines
from coffee_scraper.monitors.actions import report_environment
from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import rows, run_scrapy
from tests.test_monitoring_support import monitoring_settings

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def shops():
    server = ShopServer([
        Shop(slug="ten", name="Ten <b>Roasters</b>", platform="shopify", currency="USD",
             products=synthetic_shopify(10, seed=3, currency="USD")),
        Shop(slug="plain", name="Plain", platform="unknown", currency="USD", products=[]),
    ]).start()
    yield server
    server.stop()


def test_ten_item_crawl_is_quiet_closes_each_roaster_and_writes_a_readable_report(shops, db, db_dsn,
                                                                                 registry_file, tmp_path):
    registry = registry_file([{"slug": "ten", "name": "Ten <b>Roasters</b>", "url": shops.base_url("ten"),
                               "platform": "shopify", "currency": "USD"}])
    result = run_scrapy(["crawl", "shopify", *monitoring_settings(tmp_path), "-s", "LOG_LEVEL=INFO"],
                        dsn=db_dsn, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = (result.stdout + result.stderr).splitlines()
    assert len(lines) < 50, "\n".join(lines)
    assert not any("Traceback" in line or "pycountry" in line or "Overridden settings" in line for line in lines)
    run_id, = rows(db, "SELECT id FROM scrape_runs")[0]
    closing = [line for line in lines if "finished roaster=ten" in line]
    assert len(closing) == 1 and f"run={run_id} status=succeeded" in closing[0], lines
    report = Path(closing[0].rsplit("report=", 1)[1])
    assert report.name == f"ten-run{run_id}.html" and report.parent == tmp_path / "reports"
    html = report.read_text()
    assert "Ten &lt;b&gt;Roasters&lt;/b&gt;" in html and "<b>Roasters" not in html
    assert f"run <strong>{run_id}</strong>" in html and "succeeded" in html and "Report Title" not in html

    # The operator reads it in a browser: Chromium renders it (a real PNG, not an error page).
    shot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={shot}", "--window-size=1100,900", report.as_uri()],
                   capture_output=True, timeout=120, check=False)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("REPORT_SCREENSHOT"):  # to look at it: REPORT_SCREENSHOT=/tmp/report.png pytest ...
        shutil.copy(shot, os.environ["REPORT_SCREENSHOT"])


def test_a_failed_roaster_makes_the_crawl_exit_non_zero(shops, db, db_dsn, registry_file):
    registry = registry_file([
        {"slug": "ten", "name": "Ten", "url": shops.base_url("ten"), "platform": "shopify", "currency": "USD"},
        {"slug": "plain", "name": "Plain", "url": shops.base_url("plain"), "platform": "shopify", "currency": "USD"},
    ])
    result = run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry)
    assert result.returncode == 1, result.stderr[-3000:]
    assert dict(rows(db, "SELECT r.slug, s.status FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id")) == {
        "ten": "succeeded", "plain": "failed"}
    assert "finished roaster=plain" in result.stderr and "status=failed" in result.stderr
    assert "finished roaster=ten" in result.stderr


def test_exit_code_of_run_statuses():
    assert exit_code(["succeeded", "succeeded"]) == 0
    assert exit_code(["succeeded", "running"]) == 0  # a distributed worker whose shared run goes on
    assert exit_code(["succeeded", "partial"]) == 4
    assert exit_code(["partial", "failed"]) == 1 and exit_code(["aborted"]) == 1
    assert exit_code([]) == 1


def test_unknown_spider_is_one_line():
    result = run_scrapy(["crawl", "nosuchspider"])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if "nosuchspider" in line] == [
        line for line in result.stderr.splitlines() if line.strip()]


def test_failed_monitor_is_one_line_without_traceback():
    record = logging.LogRecord("shopify", logging.ERROR, __file__, 1, "[Spidermon] \n" + "=" * 40 +
                               "\nFAIL: Item count/Each roaster keeps its item count\n" + "-" * 40 +
                               "\nTraceback (most recent call last):\n  File \"x.py\", line 1\n"
                               "AssertionError: roaster=ten: 0 items, expected at least 5", (), None)
    assert SpidermonLines().filter(record)
    assert record.getMessage() == ("[Spidermon] failed: Item count/Each roaster keeps its item count "
                                   "(AssertionError: roaster=ten: 0 items, expected at least 5)")
    table = logging.LogRecord("shopify", logging.INFO, __file__, 1, "[Spidermon] Item count... OK", (), None)
    assert not SpidermonLines().filter(table)


def test_report_template_escapes_shop_text():
    hostile = "<script>alert(1)</script>"
    html = report_environment().get_template("report.html.jinja").render(report={
        "slug": "x", "name": hostile, "url": "javascript:alert(1)", "href": None, "spider": "shopify",
        "run_id": 1, "status": "partial", "finish_reason": "finished", "started": "?", "duration": "?",
        "counts": {"valid": 0, "invalid": 1}, "passed": [], "unknown": [], "generated": "now",
        "failed": [], "incidents": [{"kind": "k", "url": hostile, "message": hostile, "fatal": False}],
        "invalid": [{"id": 1, "url": hostile, "href": None, "product_id": "1", "errors": [hostile]}],
    })
    assert "<script>" not in html and "&lt;script&gt;" in html and 'href="javascript' not in html


def test_shop_text_is_escaped_for_terminals_and_spreadsheets():
    assert terminal_safe("Kenya\x1b[2J\x1b]0;pwned\x07\r") == "Kenya\\x1b[2J\\x1b]0;pwned\\x07\\r"
    assert [csv_safe(v) for v in ("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "Kenya", 12)] == [
        "'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "Kenya", 12]


def test_progress_is_plain_lines_off_a_terminal():
    out = io.StringIO()
    progress = Progress(2, "roasters", stream=out)
    progress.advance("a: 10 products")
    progress.advance("b\x1b[31m: 3 products")
    progress.close()
    assert out.getvalue() == "[1/2 roasters] a: 10 products\n[2/2 roasters] b\\x1b[31m: 3 products\n"


# -- the CLI ----------------------------------------------------------------------------------------
def _seed_catalogue(db, shops, db_dsn, registry_file):
    registry = registry_file([{"slug": "ten", "name": "Ten", "url": shops.base_url("ten"),
                               "platform": "shopify", "currency": "USD"}])
    assert run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry).returncode == 0


def test_cli_errors_and_csv(shops, db, db_dsn, registry_file, capsys):
    _seed_catalogue(db, shops, db_dsn, registry_file)
    # Options of a command group also after the subcommand.
    assert cli_main(["db", "check", "--database-url", db_dsn]) == 0
    assert "all integrity checks passed" in capsys.readouterr().out

    assert cli_main(["report", "--roaster", "nosuch", "--database-url", db_dsn]) == 2
    assert "unknown roaster(s) nosuch" in capsys.readouterr().err

    assert cli_main(["review", "resolve", "999999", "--database-url", db_dsn]) == 1
    assert "no product in review with id 999999" in capsys.readouterr().err

    # A coffee whose bag size is unknown still shows its price.
    db.cursor().execute("UPDATE variants SET weight_grams = NULL")
    db.cursor().execute("UPDATE prices SET price_per_kg = NULL")
    db.cursor().execute("UPDATE coffees SET name = '=cmd|'' /C calc''!A0' WHERE id = (SELECT min(id) FROM coffees)")
    assert cli_main(["report", "--catalogue", "--format", "json", "--database-url", db_dsn]) == 0
    catalogue = json.loads(capsys.readouterr().out)["catalogue"]
    assert catalogue and all(c["price"] is not None for c in catalogue)

    # Both sections in CSV: one header, a section column; formulas neutralised.
    assert cli_main(["report", "--format", "csv", "--database-url", db_dsn]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0][0] == "section" and sum(1 for row in table if row and row[0] == "section") == 1
    assert {row[0] for row in table[1:]} <= {"event", "catalogue"}
    assert any(cell.startswith("'=cmd") for row in table for cell in row)
    assert not any(cell.startswith("=") for row in table for cell in row)


# -- the demo ---------------------------------------------------------------------------------------
def test_demo_roasters_never_merge_into_real_ones():
    from coffee_scraper.demo import demo_entries
    from coffee_scraper_shops import demo_shops

    class Server:
        shops = demo_shops()

        def base_url(self, slug):
            return f"http://{slug}.localhost:1"

    entries = demo_entries(Server())
    assert entries and all(e["slug"] == "demo-" + e["url"].split("//")[1].split(".")[0] for e in entries)
    assert "demo-bluetokai" in {e["slug"] for e in entries}


def test_demo_summary_counts_only_this_run(shops, db, db_dsn, registry_file, capsys):
    from coffee_scraper.demo import print_summary

    _seed_catalogue(db, shops, db_dsn, registry_file)
    _seed_catalogue(db, shops, db_dsn, registry_file)
    last = rows(db, "SELECT max(id) FROM scrape_runs")[0][0]
    variants = rows(db, "SELECT count(*) FROM variants")[0][0]
    assert print_summary(db, [last]) == 0
    out = capsys.readouterr().out
    assert f"this run: 1 roasters, 8 coffees, {variants} price rows" in out, out
