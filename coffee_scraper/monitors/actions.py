"""Spidermon actions: the HTML report, monitor results on the `scrape_runs` rows, and alerts with cooldown."""
from __future__ import annotations

import json
import logging
import os
import re
from datetime import datetime, timezone
from pathlib import Path

from spidermon.contrib.actions.reports.files import CreateFileReport
from spidermon.core.actions import Action

from coffee_scraper.monitors.checks import Check, RunContext
from coffee_scraper.monitors.monitors import RoasterMonitor

logger = logging.getLogger("coffee_scraper.monitor")
REPORT_TEMPLATE = "reports/email/monitors/result.jinja"


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


class HtmlReport(CreateFileReport):
    """Spidermon's HTML report, one file per crawl in MONITOR_REPORTS_DIR (default .data/reports/)."""

    @classmethod
    def from_crawler_kwargs(cls, crawler):
        directory = Path(crawler.settings.get("MONITOR_REPORTS_DIR") or
                         Path(crawler.settings.get("COFFEE_DATA_DIR") or ".data") / "reports")
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        name = crawler.spidercls.name if getattr(crawler, "spidercls", None) else "crawl"
        return {
            "template": crawler.settings.get("SPIDERMON_REPORT_TEMPLATE") or REPORT_TEMPLATE,
            "context": crawler.settings.getdict("SPIDERMON_REPORT_CONTEXT"),
            "filename": str(directory / f"{name}-{stamp}-{os.getpid()}.html"),
        }

    def before_render_report(self):
        Path(self.filename).parent.mkdir(parents=True, exist_ok=True)

    def get_meta(self):
        return {"coffee_report": self.filename}


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
        report = self.data.meta.get("coffee_report")
        conn = ctx.db()
        if conn is None:
            logger.error("monitor results not stored for roaster(s) %s (runs %s): database unreachable",
                         ",".join(ctx.run_ids), sorted(ctx.run_ids.values()))
            return
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with conn.cursor() as cur:
            for slug, run_id in ctx.run_ids.items():
                found = by_roaster.get(slug, [])
                failed = sorted({c.monitor for c in found if c.ok is False})
                doc = {
                    "checked_at": now,
                    "passed": not failed,
                    "failed": failed,
                    "checks": [{k: v for k, v in c.as_dict().items() if k != "roaster"} for c in found],
                    "thresholds": ctx.thresholds(slug).as_dict(),
                    "report": report,
                }
                cur.execute("UPDATE scrape_runs SET monitor_results = %s WHERE id = %s",
                            (json.dumps(doc, default=str), run_id))
                if failed:
                    logger.warning("roaster=%s url=%s run %s failed monitors: %s", slug, ctx.url(slug), run_id,
                                   ", ".join(failed))


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
