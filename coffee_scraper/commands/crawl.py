"""`scrapy crawl` for operators: one clear line for a bad command (exit 2) or an unreachable database
(exit 3), quiet logs, one closing line per roaster, and an exit code cron and scripts can act on
(README "Exit codes")."""
from __future__ import annotations

import gc
import logging
import sys
from dataclasses import dataclass

from scrapy import signals
from scrapy.commands.crawl import Command as ScrapyCrawl

from coffee_scraper.logformatter import quiet_logging
from coffee_scraper.registry import RegistryError

logger = logging.getLogger("coffee_scraper.crawl")

EXIT_OK, EXIT_FAILED, EXIT_CONFIG, EXIT_DATABASE, EXIT_PARTIAL = 0, 1, 2, 3, 4

OUTCOME_SQL = """
SELECT r.slug, s.id, s.status, s.stats, jsonb_array_length(s.incidents), s.monitor_results->>'report'
FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id WHERE s.id = ANY(%s) ORDER BY r.slug
"""


def _freeze_heap(spider=None):
    gc.freeze()


@dataclass
class RunOutcome:
    """One roaster's run as the database recorded it at the end of a crawl."""

    roaster: str
    run_id: int
    status: str
    stats: dict
    incidents: int
    report: str | None

    def line(self) -> str:
        s = self.stats
        text = (f"finished roaster={self.roaster} run={self.run_id} status={self.status} "
                f"valid={s.get('items_valid', 0)} invalid={s.get('items_invalid', 0)} "
                f"skipped={s.get('items_skipped', 0)} incidents={self.incidents}")
        return text + (f" report={self.report}" if self.report else "")


def run_outcomes(conn, run_ids) -> list[RunOutcome]:
    with conn.cursor() as cur:
        cur.execute(OUTCOME_SQL, (sorted(set(run_ids)),))
        return [RunOutcome(*row[:3], row[3] or {}, row[4] or 0, row[5]) for row in cur.fetchall()]


def exit_code(statuses) -> int:
    """0 every run succeeded; 4 the worst is partial; 1 a run failed or was aborted (or none ran).

    A distributed worker's shared run may still be `running` (its last worker finishes it): that
    worker did its part.
    """
    statuses = list(statuses)
    if not statuses or any(s in ("failed", "aborted") for s in statuses):
        return EXIT_FAILED
    return EXIT_PARTIAL if "partial" in statuses else EXIT_OK


def crawl_outcomes(crawler) -> list[RunOutcome] | None:
    """The runs this crawler opened, read back from Postgres; None when they cannot be read."""
    import psycopg2

    from coffee_scraper.storage.db import dsn_from_settings

    run_ids = (crawler.stats.get_value("coffee/run_ids") or {}) if crawler.stats else {}
    if not run_ids:
        return None
    try:
        conn = psycopg2.connect(dsn_from_settings(crawler.settings), connect_timeout=10,
                                application_name="coffee_scraper")
    except psycopg2.Error:
        return None
    try:
        return run_outcomes(conn, run_ids.values())
    finally:
        conn.close()


def roaster_counts(stats, slugs) -> dict[str, int]:
    keys = ("items_valid", "items_invalid", "items_skipped")
    return {slug: sum(stats.get_value(f"coffee/roaster/{slug}/{k}", 0) or 0 for k in keys) for slug in slugs}


class Command(ScrapyCrawl):
    def _progress(self, crawler):
        """Several roasters: every LOG_PROGRESS_INTERVAL seconds, how many have products and how many
        each (a redrawn line on a terminal, plain lines otherwise). Roasters of one spider crawl
        concurrently, so this counts products, not finished roasters."""
        from twisted.internet import task

        from coffee_scraper.cli.output import Progress

        def opened(spider):
            from coffee_scraper.context import CrawlContext

            slugs = [r.slug for r in CrawlContext.of(crawler).roasters]
            interval = crawler.settings.getfloat("LOG_PROGRESS_INTERVAL", 10.0)
            if len(slugs) < 2 or interval <= 0:
                return
            progress = Progress(len(slugs), "roasters with products")

            def tick():
                counts = roaster_counts(crawler.stats, slugs)
                progress.done = sum(1 for n in counts.values() if n)
                progress.show(f"{sum(counts.values())} products: " +
                              ", ".join(f"{slug} {n}" for slug, n in counts.items()))

            loop = task.LoopingCall(tick)
            loop.start(interval, now=False)

            def closed(spider):
                if loop.running:
                    loop.stop()
                progress.close()

            crawler.signals.connect(closed, signal=signals.spider_closed, weak=False)

        return opened

    def process_options(self, args, opts):
        super().process_options(args, opts)
        from coffee_scraper.config import apply_environment

        apply_environment(self.settings)  # before the spider class and the crawler read them
        # Before the crawler process configures logging and logs its start-up banner.
        quiet_logging(self.settings, args[:1])

    def run(self, args, opts):
        from coffee_scraper.config import check_settings
        from coffee_scraper.storage.db import DatabaseUnavailable, check_reachable

        if len(args) != 1:
            return super().run(args, opts)  # Scrapy's own usage error
        loader = self.crawler_process.spider_loader
        try:
            spidercls = loader.load(args[0])
        except KeyError:
            print(f"scrapy crawl: no spider named {args[0]!r} (spiders: {', '.join(sorted(loader.list()))})",
                  file=sys.stderr)
            self.exitcode = EXIT_CONFIG
            return
        try:
            check_settings(self.settings)
            # Validate spider arguments and the registry before the reactor starts.
            check = getattr(spidercls, "check_arguments", None)
            if check is not None:
                check(self.settings, **opts.spargs)
            check_reachable(self.settings)
        except RegistryError as exc:
            print(f"scrapy crawl: configuration error: {exc}", file=sys.stderr)
            self.exitcode = EXIT_CONFIG
            return
        except DatabaseUnavailable as exc:
            print(f"scrapy crawl: {exc}", file=sys.stderr)
            self.exitcode = EXIT_DATABASE
            return
        crawler = self.crawler_process.create_crawler(spidercls)
        crawler.signals.connect(self._progress(crawler), signal=signals.spider_opened, weak=False)
        # What start-up loaded (Scrapy, the spiders, then the components) lives as long as the process:
        # in the permanent generation, the collector's full passes (during the crawl and at interpreter
        # shutdown) no longer walk it: ~0.2-0.5 s of a small crawl's process was the collector.
        gc.freeze()
        crawler.signals.connect(_freeze_heap, signal=signals.spider_opened, weak=False)
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        gc.freeze()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = EXIT_FAILED
            return
        from coffee_scraper.pipelines.store import ROASTER_BUSY, STORAGE_UNAVAILABLE

        # A roaster another crawl holds: no run was opened. Neither Postgres nor the spool taking
        # writes: its runs may still read 'running' (nothing could record their end).
        reason = crawler.stats.get_value("finish_reason")
        if reason == ROASTER_BUSY:
            self.exitcode = EXIT_FAILED
            return
        outcomes = crawl_outcomes(crawler)
        if outcomes is None:
            logger.error("the crawl's runs could not be read back from Postgres (see the log above); exit %d",
                         EXIT_FAILED)
            self.exitcode = EXIT_FAILED
            return
        for outcome in outcomes:
            (logger.info if outcome.status in ("succeeded", "running") else logger.warning)(outcome.line())
        self.exitcode = EXIT_FAILED if reason == STORAGE_UNAVAILABLE else exit_code(o.status for o in outcomes)
        # The one crawl-wide figure worth a line (the stats dump is DEBUG): peak memory, Scrapy's memusage.
        peak = crawler.stats.get_value("memusage/max")
        logger.info("crawl finished (%s), exit %d%s", crawler.stats.get_value("finish_reason"), self.exitcode,
                    f", peak memory {peak / 2**20:.0f} MiB (memusage/max={peak})" if peak else "")
