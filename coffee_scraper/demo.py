"""`make demo`: serve the bundled demo shops, crawl every one into Postgres, print a summary."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from coffee_scraper.platforms import platform_names
from coffee_scraper.registry import dump_registry
from coffee_scraper.storage.db import connect, migrate, redact_dsn, resolve_dsn

SUMMARY_SQL = """
SELECT r.slug, r.platform,
       (SELECT count(*) FROM coffees c WHERE c.roaster_id = r.id),
       (SELECT count(*) FROM variants v JOIN coffees c ON c.id = v.coffee_id WHERE c.roaster_id = r.id),
       (SELECT count(*) FROM prices p JOIN scrape_runs s ON s.id = p.run_id WHERE s.roaster_id = r.id),
       (SELECT count(*) FROM scrape_artifacts a WHERE a.run_id = last.id AND a.validation_status = 'invalid'),
       (SELECT count(*) FROM scrape_artifacts a WHERE a.run_id = last.id AND a.validation_status = 'skipped'),
       last.status
FROM roasters r
CROSS JOIN LATERAL (SELECT id, status FROM scrape_runs s WHERE s.roaster_id = r.id ORDER BY s.id DESC LIMIT 1) last
WHERE r.slug = ANY(%s) ORDER BY r.slug
"""


def print_summary(conn, slugs: list[str]) -> int:
    with conn.cursor() as cur:
        cur.execute(SUMMARY_SQL, (slugs,))
        rows = cur.fetchall()
    # Catalogue and price history in total; invalid / skipped products and status of this run.
    header = ("roaster", "platform", "coffees", "variants", "price rows", "invalid", "skipped", "run status")
    table = [header] + [tuple(str(x) for x in row) for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print()
    for i, row in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    totals = [sum(int(r[i]) for r in rows) for i in range(2, 7)]
    print(f"\n{len(rows)} roasters, {totals[0]} coffees, {totals[1]} variants, {totals[2]} price rows, "
          f"{totals[3]} invalid artifacts and {totals[4]} skipped (not coffee) this run")
    failed = [r[0] for r in rows if r[7] not in ("succeeded", "partial")]
    print("run status: " + ("all roasters succeeded" if not failed else f"FAILED: {', '.join(failed)}"))
    return 1 if failed or not rows else 0


def run_demo(port: int = 0) -> int:
    # The fixture shops are installed with the project for the demo and tests, never deployed.
    from coffee_scraper_shops import ShopServer, demo_shops, registry_entries

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "coffee_scraper.settings")
    settings = get_project_settings()
    data_dir = Path(settings.get("COFFEE_DATA_DIR")).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    dsn = resolve_dsn(settings.get("DATABASE_URL"), data_dir)
    print(f"database: {redact_dsn(dsn)}" + ("" if settings.get("DATABASE_URL") else " (embedded PostgreSQL)"))
    conn = connect(dsn)
    migrate(conn)

    server = ShopServer(demo_shops(), port=port).start()
    try:
        available = set(platform_names(settings))
        entries = registry_entries(server)
        missing = sorted({e["platform"] for e in entries} - available)
        if missing:
            print(f"note: no spider yet for {', '.join(missing)}; those shops are not crawled")
        entries = [e for e in entries if e["platform"] in available]
        registry = data_dir / "demo_roasters.yaml"
        dump_registry(entries, registry)
        for e in entries:
            print(f"demo shop {e['slug']:<12} {e['platform']:<12}{' (rendered)' if e.get('render') else '':<11} {e['url']}")
        settings.set("ROASTER_REGISTRY", str(registry), priority="cmdline")
        settings.set("DATABASE_URL", dsn, priority="cmdline")
        settings.set("LOG_LEVEL", os.environ.get("LOG_LEVEL", "WARNING"), priority="cmdline")
        settings.set("ALLOW_PRIVATE_HOSTS", True, priority="cmdline")  # the demo shops are on 127.0.0.1
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        platforms = sorted({e["platform"] for e in entries})
        # Scrapy configures logging from LOG_LEVEL; drop the CLI's own handler so it is the only one.
        logging.getLogger().handlers.clear()
        process = CrawlerProcess(settings)
        for platform in platforms:
            process.crawl(platform)
        print(f"crawling {len(platforms)} platform(s): {', '.join(platforms)} ...")
        process.start()
    finally:
        server.stop()
    crawled = [e["slug"] for e in entries if e["platform"] in platforms]
    return print_summary(conn, crawled)
