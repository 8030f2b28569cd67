"""`make demo`: serve the bundled demo shops, crawl every one into Postgres, print a summary."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from scrapy import signals
from scrapy.crawler import CrawlerProcess

from coffee_scraper.cli.output import Progress, terminal_safe
from coffee_scraper.logformatter import quiet_logging
from coffee_scraper.platforms import platform_names
from coffee_scraper.registry import dump_registry
from coffee_scraper.storage.db import connect, migrate, redact_dsn, resolve_dsn

# Demo roasters live beside real ones in the same database: a prefix keeps a demo shop from ever
# becoming (or adding runs to) the registry's real roaster of the same name.
DEMO_PREFIX = "demo-"

# This crawl's runs only: what each run stored, not the catalogue's totals.
SUMMARY_SQL = """
SELECT r.slug, s.spider,
       (SELECT count(*) FROM scrape_artifacts a WHERE a.run_id = s.id AND a.validation_status = 'valid'),
       (SELECT count(*) FROM prices p WHERE p.run_id = s.id),
       (SELECT count(*) FROM scrape_artifacts a WHERE a.run_id = s.id AND a.validation_status = 'invalid'),
       (SELECT count(*) FROM scrape_artifacts a WHERE a.run_id = s.id AND a.validation_status = 'skipped'),
       s.status, COALESCE(s.monitor_results->>'report', '')
FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id
WHERE s.id = ANY(%s) ORDER BY r.slug
"""


def demo_entries(server) -> list[dict]:
    """The served shops as registry entries, under demo slugs and names."""
    from coffee_scraper_shops import registry_entries

    return [{**e, "slug": DEMO_PREFIX + e["slug"], "name": f"{e['name']} (demo)"} for e in registry_entries(server)]


def print_summary(conn, run_ids: list[int]) -> int:
    with conn.cursor() as cur:
        cur.execute(SUMMARY_SQL, (run_ids,))
        rows = cur.fetchall()
    header = ("roaster", "platform", "coffees", "price rows", "invalid", "skipped", "run status")
    table = [header] + [tuple(terminal_safe(x) for x in row[:7]) for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print()
    for i, row in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    totals = [sum(int(r[i]) for r in rows) for i in range(2, 6)]
    print(f"\nthis run: {len(rows)} roasters, {totals[0]} coffees, {totals[1]} price rows, "
          f"{totals[2]} invalid artifacts and {totals[3]} skipped (not coffee)")
    reports = [row[7] for row in rows if row[7]]
    if reports:
        print(f"reports: {os.path.dirname(reports[0])}/ ({', '.join(os.path.basename(r) for r in reports)})")
    failed = [r[0] for r in rows if r[6] not in ("succeeded", "partial")]
    print("run status: " + ("all roasters succeeded" if not failed else f"FAILED: {', '.join(failed)}"))
    return 1 if failed or not rows else 0


def run_demo(port: int = 0) -> int:
    # The fixture shops are installed with the project for the demo and tests, never deployed.
    from coffee_scraper_shops import ShopServer, demo_shops

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "coffee_scraper.settings")
    from coffee_scraper.config import project_settings

    settings = project_settings()
    data_dir = Path(settings.get("COFFEE_DATA_DIR")).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    dsn = resolve_dsn(settings.get("DATABASE_URL"), data_dir)
    print(f"database: {redact_dsn(dsn)}" + ("" if settings.get("DATABASE_URL") else " (embedded PostgreSQL)"))
    conn = connect(dsn)
    migrate(conn)

    server = ShopServer(demo_shops(), port=port).start()
    crawlers = []
    try:
        available = set(platform_names(settings))
        entries = demo_entries(server)
        missing = sorted({e["platform"] for e in entries} - available)
        if missing:
            print(f"note: no spider yet for {', '.join(missing)}; those shops are not crawled")
        entries = [e for e in entries if e["platform"] in available]
        # The demo's own registry: real crawls never read it, the demo never reads the real one.
        registry = data_dir / "demo_roasters.yaml"
        dump_registry(entries, registry)
        for e in entries:
            print(f"demo shop {e['slug']:<17} {e['platform']:<12}{' (rendered)' if e.get('render') else '':<11} {e['url']}")
        settings.set("ROASTER_REGISTRY", str(registry), priority="cmdline")
        settings.set("DATABASE_URL", dsn, priority="cmdline")
        settings.set("LOG_LEVEL", os.environ.get("LOG_LEVEL", "WARNING"), priority="cmdline")
        settings.set("ALLOW_PRIVATE_HOSTS", True, priority="cmdline")  # the demo shops are on 127.0.0.1
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        platforms = sorted({e["platform"] for e in entries})
        # Scrapy configures logging from LOG_LEVEL; drop the CLI's own handler so it is the only one.
        logging.getLogger().handlers.clear()
        quiet_logging(settings, platforms)
        process = CrawlerProcess(settings)
        progress = Progress(len(entries), "roasters")
        for platform in platforms:
            crawler = process.create_crawler(platform)
            crawler.signals.connect(_announce(crawler, progress), signal=signals.spider_closed, weak=False)
            crawlers.append(crawler)
            process.crawl(crawler)
        print(f"crawling {len(entries)} demo roasters with {len(platforms)} spider(s): {', '.join(platforms)} ...")
        process.start()
        progress.close()
    finally:
        server.stop()
    run_ids = [i for c in crawlers for i in (c.stats.get_value("coffee/run_ids") or {}).values()]
    return print_summary(conn, run_ids)


def _announce(crawler, progress):
    """Each spider's roasters count as done when it closes (they crawl concurrently within it)."""

    def spider_closed(spider, reason):
        for slug in (crawler.stats.get_value("coffee/run_ids") or {}):
            prefix = f"coffee/roaster/{slug}/"
            items = sum(crawler.stats.get_value(prefix + k, 0) for k in ("items_valid", "items_invalid", "items_skipped"))
            progress.advance(f"{slug}: {items} products ({spider.name}, {reason})")

    return spider_closed
