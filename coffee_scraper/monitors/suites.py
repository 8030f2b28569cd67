"""The Spidermon suites of coffee_scraper: checks at spider close, and a periodic one for long crawls.

Enable with (settings.py):
    SPIDERMON_SPIDER_CLOSE_MONITORS = ["coffee_scraper.monitors.suites.CloseMonitorSuite"]
    SPIDERMON_PERIODIC_MONITORS = {"coffee_scraper.monitors.suites.PeriodicMonitorSuite": 60}
"""
from __future__ import annotations

from spidermon import MonitorSuite
from spidermon.contrib.scrapy.monitors import FinishReasonMonitor, RetryCountMonitor

from coffee_scraper.monitors.actions import HtmlReport, SendAlerts, StoreMonitorResults
from coffee_scraper.monitors.monitors import (
    CircuitMonitor,
    ErrorRetryMonitor,
    FetchFailureMonitor,
    FieldCoverageMonitor,
    ItemCountMonitor,
    PriceSpikeMonitor,
    ReviewMonitor,
    StalledMonitor,
    ValidationMonitor,
)


class CloseMonitorSuite(MonitorSuite):
    """Every roaster's run judged at spider close; results stored on scrape_runs, alerts sent."""

    monitors = [
        ItemCountMonitor,
        ValidationMonitor,
        FieldCoverageMonitor,
        FetchFailureMonitor,
        ErrorRetryMonitor,
        CircuitMonitor,
        ReviewMonitor,
        PriceSpikeMonitor,
        StalledMonitor,  # passes at close: a stall alerted during the crawl gets its recovery
        FinishReasonMonitor,  # Spidermon's own: SPIDERMON_EXPECTED_FINISH_REASONS (default finished)
        RetryCountMonitor,  # Spidermon's own: SPIDERMON_MAX_RETRIES (retry/max_reached; off by default)
    ]
    # Order matters: the report path goes into the stored results, and SendAlerts closes the DB.
    monitors_finished_actions = [HtmlReport, StoreMonitorResults, SendAlerts]


class PeriodicMonitorSuite(MonitorSuite):
    """Runs every N seconds during a crawl: a long crawl that stops producing items is announced."""

    monitors = [StalledMonitor]
    monitors_finished_actions = [SendAlerts]
