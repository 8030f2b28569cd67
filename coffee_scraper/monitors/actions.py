"""Spidermon actions: the HTML report, monitor results on the `scrape_runs` rows, and alerts with cooldown."""
from __future__ import annotations

import json
import logging
import os
import re
from datetime import datetime, timezone
from pathlib import Path

from psycopg2.extras import execute_values
from spidermon.core.actions import Action

from coffee_scraper.monitors.checks import Check, RunContext
from coffee_scraper.monitors.monitors import RoasterMonitor

logger = logging.getLogger("coffee_scraper.monitor")
REPORT_TEMPLATE = "report.html.jinja"


def monitor_key(monitor) -> str:
    """A stable short name for a Spidermon built-in monitor: FinishReasonMonitor -> finish_reason."""
    name = type(monitor).__name__.removesuffix("Monitor")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def context_of(action) -> RunContext:
    ctx = getattr(action.result, "coffee_context", None)
    if ctx is None:  # only built-in monitors ran
        ctx = RunContext(action.data.crawler, action.data.stats)
        action.result.coffee_context = ctx
        action.result.coffee_checks = []
    return ctx


def collect_checks(action) -> list[Check]:
    """Our per-roaster checks, plus each Spidermon built-in monitor's verdict given to every roaster."""
    ctx = context_of(action)
    found = list(getattr(action.result, "coffee_checks", []))
    for item in action.result.monitor_results:
        monitor = item.item
        if isinstance(monitor, RoasterMonitor):
            continue
        status = str(item.status).upper()
        if status == "SKIPPED":
            continue
        ok = status == "OK"
        message = (str(item.error).strip().splitlines() or ["failed"])[-1] if not ok else "ok"
        for slug in ctx.slugs():
            found.append(Check(slug, monitor_key(monitor), ok, message))
    return found


class HtmlReport(Action):
    """The operator's HTML report: one file per roaster and run in MONITOR_REPORTS_DIR (default
    COFFEE_DATA_DIR/reports), named <roaster>-run<id>.html; its path goes into the stored monitor
    results and the crawl's closing line. Shop text is escaped (Jinja autoescape)."""

    def __init__(self, directory: str, cache_dir: str | None = None):
        super().__init__()
        self.directory = Path(directory)
        self.cache_dir = cache_dir
        self.paths: dict[str, str] = {}

    @classmethod
    def from_crawler_kwargs(cls, crawler):
        data = Path(crawler.settings.get("COFFEE_DATA_DIR") or ".data")
        return {"directory": crawler.settings.get("MONITOR_REPORTS_DIR") or str(data / "reports"),
                "cache_dir": str(data / "cache" / "templates")}

    def run_action(self):
        ctx = context_of(self)
        by_roaster: dict[str, list[Check]] = {}
        for check in collect_checks(self):  # grouped once: a fleet has ~11 checks for each of its roasters
            by_roaster.setdefault(check.roaster, []).append(check)
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        try:
            template = report_environment(self.cache_dir).get_template(REPORT_TEMPLATE)
        except OSError:  # the compiled template could not be cached (full disk): compile it in memory
            template = report_environment().get_template(REPORT_TEMPLATE)
        for slug in ctx.slugs():
            run_id = ctx.run_ids.get(slug)
            name = f"{slug}-run{run_id}.html" if run_id else f"{slug}-{stamp}-{os.getpid()}.html"
            path = self.directory / name
            path.write_text(template.render(report=roaster_report(ctx, slug, by_roaster.get(slug, []))),
                            encoding="utf-8")
            self.paths[slug] = str(path.resolve())

    def get_meta(self):
        return {"coffee_reports": dict(self.paths)}


def report_environment(cache_dir: str | None = None):
    from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, select_autoescape

    cache = None
    if cache_dir:
        # The template compiled once, not by every crawl's close (~25 ms CPU); keyed by the template's source.
        try:
            Path(cache_dir).mkdir(parents=True, exist_ok=True)
            cache = FileSystemBytecodeCache(cache_dir)
        except OSError:
            pass  # a full or read-only disk: compile it
    # Autoescape: product names, URLs and incident messages come from shops (untrusted).
    return Environment(loader=FileSystemLoader(str(Path(__file__).parent)),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True, bytecode_cache=cache)


def safe_href(url) -> str | None:
    """Only http(s) links: autoescape does not make a `javascript:` URL harmless."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def roaster_report(ctx: RunContext, slug: str, checks: list[Check]) -> dict:
    """What the report shows of one roaster's run (status as the store pipeline will record it).

    `checks`: the roaster's (others' are ignored)."""
    from coffee_scraper.storage.runs import run_status

    stats = ctx.stats_of(slug)
    for key in ("items_valid", "items_invalid", "items_skipped", "pages", "requests_failed"):
        stats.setdefault(key, 0)
    incidents = list(getattr(ctx.spider, "incidents", {}).get(slug, []))
    reason = ctx.stats.get("finish_reason") or "finished"
    run_id = ctx.run_ids.get(slug)
    invalid = []
    if run_id:
        # The first 200 invalid artifacts of every run of the crawl, in one query (a fleet: not one per roaster).
        rows = ctx.per_roaster(
            "report_invalid",
            "SELECT run_id, jsonb_agg(jsonb_build_array(id, url, product_id, errors) ORDER BY id) FROM ("
            "  SELECT run_id, id, url, product_id, errors, row_number() OVER (PARTITION BY run_id ORDER BY id) AS n"
            "  FROM scrape_artifacts WHERE run_id = ANY(%s) AND validation_status = 'invalid') a "
            "WHERE n <= 200 GROUP BY run_id",
            (list(ctx.run_ids.values()),),
        ) or {}
        found = (rows.get(run_id) or [[]])[0]
        invalid = [{"id": a, "url": url, "href": safe_href(url), "product_id": pid,
                    "errors": [str(e) for e in (errors or [])][:5]} for a, url, pid, errors in found]
    roaster = ctx.roaster(slug)
    started = ctx.stats.get("start_time")
    finished = ctx.stats.get("finish_time") or datetime.now(timezone.utc)
    return {
        "slug": slug,
        "name": getattr(roaster, "name", None) or slug,
        "url": ctx.url(slug),
        "href": safe_href(ctx.url(slug)),
        "spider": ctx.spider.name,
        "run_id": run_id,
        "status": run_status(reason, stats, incidents),
        "finish_reason": reason,
        "started": started.isoformat(timespec="seconds") if started else "?",
        "duration": str(finished - started).split(".")[0] if started else "?",
        "counts": {"valid": stats["items_valid"], "invalid": stats["items_invalid"],
                   "skipped": stats["items_skipped"], "pages": stats["pages"],
                   "failed requests": stats["requests_failed"]},
        "incidents": incidents,
        "failed": [c for c in checks if c.roaster == slug and c.ok is False],
        "passed": sorted({c.monitor for c in checks if c.roaster == slug and c.ok is True}),
        "unknown": [c for c in checks if c.roaster == slug and c.ok is None],
        "invalid": invalid,
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


class StoreMonitorResults(Action):
    """Write each roaster's checks to its `scrape_runs.monitor_results` (keyed by stats coffee/run_ids).

    The store pipeline finishes the runs in its own spider_closed handler, after this one; its
    UPDATE leaves monitor_results alone, so the order does not matter.
    """

    def run_action(self):
        ctx = context_of(self)
        if not ctx.run_ids:
            return
        by_roaster: dict[str, list[Check]] = {}
        for check in collect_checks(self):
            by_roaster.setdefault(check.roaster, []).append(check)
        reports = self.data.meta.get("coffee_reports") or {}
        conn = ctx.db()
        if conn is None:
            logger.error("monitor results not stored for roaster(s) %s (runs %s): database unreachable",
                         ",".join(ctx.run_ids), sorted(ctx.run_ids.values()))
            return
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        rows = []
        for slug, run_id in ctx.run_ids.items():
            found = by_roaster.get(slug, [])
            failed = sorted({c.monitor for c in found if c.ok is False})
            doc = {
                "checked_at": now,
                "passed": not failed,
                "failed": failed,
                "checks": [{k: v for k, v in c.as_dict().items() if k != "roaster"} for c in found],
                "thresholds": ctx.thresholds(slug).as_dict(),
                "report": reports.get(slug),
            }
            rows.append((run_id, json.dumps(doc, default=str)))
            if failed:
                logger.warning("roaster=%s url=%s run %s failed monitors: %s", slug, ctx.url(slug), run_id,
                               ", ".join(failed))
        with conn.cursor() as cur:  # every run in one statement
            execute_values(cur, "UPDATE scrape_runs AS s SET monitor_results = v.doc FROM (VALUES %s) AS v(id, doc) "
                           "WHERE s.id = v.id", rows, template="(%s::bigint, %s::jsonb)", page_size=len(rows))


class SendAlerts(Action):
    """Turn check transitions into alerts and recovery notices (cooldown and dedup in Postgres)."""

    def run_action(self):
        from coffee_scraper.alerts import channels_from_settings, process_checks

        ctx = context_of(self)
        settings = ctx.crawler.settings
        found = [c for c in collect_checks(self) if not ctx.thresholds(c.roaster).muted]
        try:
            conn = ctx.db()
            if conn is None:
                self._without_state(found, channels_from_settings(settings))
                return
            process_checks(conn, found, channels_from_settings(settings),
                           settings.getfloat("ALERT_COOLDOWN", 300.0),
                           urls={s: ctx.url(s) for s in ctx.slugs()}, run_ids=ctx.run_ids)
        finally:
            ctx.close()  # the last action of every suite

    @staticmethod
    def _without_state(found, channels):
        """Postgres is down: dedup is impossible; announce failures (not recoveries) rather than stay silent."""
        from coffee_scraper.alerts import Notification, deliver

        batch = [Notification("alert", c.roaster, c.monitor, c.message) for c in found if c.ok is False]
        if batch:
            logger.error("alert state unavailable (database unreachable): sending %d alert(s) for roaster(s) %s "
                         "without dedup", len(batch), ",".join(sorted({n.roaster for n in batch})))
            deliver(channels, batch)
