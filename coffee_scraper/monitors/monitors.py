"""Spidermon monitors that judge each roaster of a crawl (one Check per roaster, kept on the run's result)."""
from __future__ import annotations

from spidermon import monitors
from spidermon.contrib.scrapy.monitors.base import BaseScrapyMonitor

from coffee_scraper.monitors import checks as C


def run_context(result, monitor) -> C.RunContext:
    """One RunContext (and DB connection) per suite run, shared by its monitors and actions."""
    ctx = getattr(result, "coffee_context", None)
    if ctx is None:
        ctx = C.RunContext(monitor.data.crawler, monitor.data.stats)
        result.coffee_context = ctx
        result.coffee_checks = []
    return ctx


class RoasterMonitor(BaseScrapyMonitor):
    """Runs `check` for every roaster of the crawl and fails naming each failing roaster."""

    check = None  # a function (RunContext, slug) -> Check

    def run(self, result=None):
        self._coffee_result = result  # where the per-roaster checks are collected for the actions
        return super().run(result)

    def judge_roasters(self):
        result = self._coffee_result
        ctx = run_context(result, self)
        found = [type(self).check(ctx, slug) for slug in ctx.slugs()]
        result.coffee_checks.extend(found)
        failed = [c for c in found if c.ok is False]
        if failed:
            self.fail("; ".join(f"roaster={c.roaster} url={ctx.url(c.roaster)}: {c.message}" for c in failed))


@monitors.name("Item count")
class ItemCountMonitor(RoasterMonitor):
    """Valid items against the roaster's last healthy run: zero, or a drop over ITEM_DROP_THRESHOLD."""

    check = C.check_item_count

    @monitors.name("Each roaster keeps its item count")
    def test_item_count(self):
        self.judge_roasters()


@monitors.name("Validation")
class ValidationMonitor(RoasterMonitor):
    """Share of products failing the item schema (invalid artifacts) under MONITOR_INVALID_ARTIFACTS_MAX."""

    check = C.check_validation

    @monitors.name("Invalid artifacts stay under the threshold")
    def test_validation(self):
        self.judge_roasters()


@monitors.name("Field coverage")
class FieldCoverageMonitor(RoasterMonitor):
    """Origin, process, roast, weight and price coverage against MONITOR_FIELD_COVERAGE."""

    check = C.check_coverage

    @monitors.name("Key fields are filled")
    def test_coverage(self):
        self.judge_roasters()


@monitors.name("Fetch failures")
class FetchFailureMonitor(RoasterMonitor):
    """Requests lost after retries, as a share of the roaster's requests (MONITOR_FETCH_FAILURE_MAX)."""

    check = C.check_fetch_failures

    @monitors.name("Fetch failure rate stays under the threshold")
    def test_fetch_failures(self):
        self.judge_roasters()


@monitors.name("Errors and retries")
class ErrorRetryMonitor(RoasterMonitor):
    """Incidents and retries per roaster (MONITOR_MAX_ERRORS, MONITOR_MAX_RETRIES)."""

    check = C.check_errors_retries

    @monitors.name("Errors and retries stay under their limits")
    def test_errors(self):
        self.judge_roasters()


@monitors.name("Circuit breaker")
class CircuitMonitor(RoasterMonitor):
    """The roaster's circuit breaker did not open (stats coffee/circuit/opened)."""

    check = C.check_circuit

    @monitors.name("Circuit stayed closed")
    def test_circuit(self):
        self.judge_roasters()


@monitors.name("Review queue")
class ReviewMonitor(RoasterMonitor):
    """Coffees of this run flagged processing_status='review' under MONITOR_REVIEW_FLAGGED_MAX."""

    check = C.check_review

    @monitors.name("Few coffees need review")
    def test_review(self):
        self.judge_roasters()


@monitors.name("Price spike")
class PriceSpikeMonitor(RoasterMonitor):
    """Share of variants whose price moved more than PRICE_DELTA_ALERT_THRESHOLD since the previous run."""

    check = C.check_price_spike

    @monitors.name("Prices did not jump across the catalogue")
    def test_price_spike(self):
        self.judge_roasters()


def _check_stalled(ctx, slug):
    return C.check_stalled(ctx, slug, ctx.crawler.settings.getfloat("MONITOR_STALL_MINUTES", 15.0))


@monitors.name("Stalled crawl")
class StalledMonitor(RoasterMonitor):
    """A running crawl produced no item for MONITOR_STALL_MINUTES (periodic); recovers when it finishes."""

    check = _check_stalled

    @monitors.name("Items keep coming")
    def test_stalled(self):
        self.judge_roasters()
