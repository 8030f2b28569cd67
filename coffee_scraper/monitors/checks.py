"""Per-roaster run checks (item count, rates, coverage, prices...): stats and Postgres in, Check results out.

The Spidermon monitors in `coffee_scraper.monitors.monitors` run these; keeping the arithmetic
here, apart from unittest plumbing, lets the alert action key every outcome by (roaster, monitor).
"""
from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass
from typing import Any

import psycopg2

from coffee_scraper.monitors.thresholds import Thresholds
from coffee_scraper.context import CrawlContext
from coffee_scraper.redact import redact
from coffee_scraper.storage.db import connect, dsn_from_settings

logger = logging.getLogger("coffee_scraper.monitor")

VARIANT_FIELDS = ("weight_grams", "price")


@dataclass
class Check:
    """One monitor's verdict on one roaster's run. ok=None: could not be judged (no data)."""

    roaster: str
    monitor: str
    ok: bool | None
    message: str
    value: Any = None
    threshold: Any = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class RunContext:
    """What every check of one monitor run reads: stats, roasters, run ids, thresholds, a DB connection."""

    def __init__(self, crawler, stats):
        self.crawler = crawler
        self.stats = dict(stats)
        self.spider = crawler.spider
        self.context = CrawlContext.of(crawler)
        self.roasters = list(self.context.roasters)
        self.run_ids: dict[str, int] = dict(self.stats.get("coffee/run_ids") or {})
        self.base_thresholds = Thresholds.from_settings(crawler.settings)
        self._conn = None
        self._db_error: str | None = None
        self._batches: dict[str, dict | None] = {}
        self._by_roaster: dict[str, dict] | None = None
        self._roaster_of: dict | None = None
        self._thresholds: dict[str, Thresholds] = {}

    def slugs(self) -> list[str]:
        slugs = [r.slug for r in self.roasters]
        return slugs or sorted(self.run_ids)

    def roaster(self, slug: str):
        if self._roaster_of is None:  # a fleet: every check asks for every roaster
            self._roaster_of = {}
            for r in self.roasters:
                self._roaster_of.setdefault(r.slug, r)
        return self._roaster_of.get(slug)

    def url(self, slug: str) -> str:
        roaster = self.roaster(slug)
        return getattr(roaster, "url", "?")

    def thresholds(self, slug: str) -> Thresholds:
        if slug not in self._thresholds:
            roaster = self.roaster(slug)
            self._thresholds[slug] = (self.base_thresholds.for_roaster(roaster) if roaster is not None
                                      else self.base_thresholds)
        return self._thresholds[slug]

    def stats_of(self, slug: str) -> dict:
        """The roaster's `coffee/roaster/<slug>/` stats without the prefix (the crawl's stats grouped once)."""
        if self._by_roaster is None:
            self._by_roaster = {}
            for key, value in self.stats.items():
                if key.startswith("coffee/roaster/"):
                    owner, _, name = key[len("coffee/roaster/"):].partition("/")
                    self._by_roaster.setdefault(owner, {})[name] = value
        return dict(self._by_roaster.get(slug, {}))

    def stat(self, slug: str, name: str, default=0):
        return self.stats.get(f"coffee/roaster/{slug}/{name}", default) or default

    # -- database --------------------------------------------------------------------------------
    def db(self):
        """A connection to the crawl's database, or None when it is unreachable (checks then skip)."""
        if self._conn is not None or self._db_error is not None:
            return self._conn
        try:
            dsn = dsn_from_settings(self.crawler.settings)
            self._conn = connect(dsn)
            self._conn.autocommit = True
        except Exception as exc:  # noqa: BLE001 - any failure means "cannot judge", never a crash
            self._db_error = redact(str(exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
            logger.warning("monitors of roaster(s) %s (%s): database unreachable, database-backed checks skipped: %s",
                           ",".join(self.slugs()), ",".join(self.url(s) for s in self.slugs()), self._db_error)
        return self._conn

    def query(self, sql: str, params=None) -> list[tuple] | None:
        conn = self.db()
        if conn is None:
            return None
        try:
            with conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall()
        except psycopg2.Error as exc:
            logger.warning("monitors of roaster(s) %s: query failed (%s): %s", ",".join(self.slugs()),
                           type(exc).__name__, (str(exc).strip().splitlines() or [""])[0])
            return None

    def per_roaster(self, name: str, sql: str, params) -> dict | None:
        """One query for every roaster of the crawl, run once per monitor run: {first column: the rest}.

        None when the database is unreachable. A fleet of roasters costs one round trip per check, not one
        per roaster. `params` may be a function: then built only when the query runs."""
        if name not in self._batches:
            rows = self.query(sql, params() if callable(params) else params)
            self._batches[name] = None if rows is None else {row[0]: row[1:] for row in rows}
        return self._batches[name]

    def close(self):
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _unknown(slug, monitor, why) -> Check:
    return Check(slug, monitor, None, why)


# -- item count --------------------------------------------------------------------------------------
def previous_healthy_run(ctx: RunContext, slug: str):
    """The roaster's latest succeeded run before this crawl that the item-count monitor did not flag.

    A run that scraped nothing still ends 'succeeded' (the feed answered, empty): without the
    monitor flag, the second empty crawl would compare against the first and "recover".
    """
    found = ctx.per_roaster(
        "previous_healthy_run",
        "SELECT DISTINCT ON (ro.slug) ro.slug, r.id, COALESCE((r.stats->>'items_valid')::bigint, 0) "
        "FROM scrape_runs r JOIN roasters ro ON ro.id = r.roaster_id "
        "WHERE ro.slug = ANY(%s) AND r.status = 'succeeded' AND NOT (r.id = ANY(%s)) "
        "AND NOT COALESCE(r.monitor_results->'failed' ? 'item_count', false) "
        "ORDER BY ro.slug, r.started_at DESC, r.id DESC",
        (ctx.slugs(), list(ctx.run_ids.values()) or [0]),
    )
    if found is None:
        return None, "database unreachable"
    return found.get(slug, (None, None)), None


def check_item_count(ctx: RunContext, slug: str) -> Check:
    t = ctx.thresholds(slug)
    items = int(ctx.stat(slug, "items_valid"))
    prev, err = previous_healthy_run(ctx, slug)
    if err:
        return _unknown(slug, "item_count", f"{items} valid items; previous run unknown ({err})")
    prev_id, prev_items = prev
    if prev_id is None:
        return Check(slug, "item_count", True, f"{items} valid items (no previous successful run)", items)
    if items == 0 and prev_items > 0:
        return Check(slug, "item_count", False,
                     f"zero valid items (previous successful run {prev_id} had {prev_items})", items, prev_items)
    if prev_items > 0 and items < prev_items * (1 - t.item_drop):
        drop = 1 - items / prev_items
        return Check(slug, "item_count", False,
                     f"valid items dropped {drop:.0%} to {items} (previous successful run {prev_id} had "
                     f"{prev_items}; threshold {t.item_drop:.0%})", items, prev_items)
    return Check(slug, "item_count", True, f"{items} valid items (previous successful run {prev_id}: {prev_items})",
                 items, prev_items)


# -- rates from stats --------------------------------------------------------------------------------
def check_validation(ctx: RunContext, slug: str) -> Check:
    """Invalid artifacts (schema failures) as a share of every product fetched."""
    t = ctx.thresholds(slug)
    valid, invalid, skipped = (int(ctx.stat(slug, k)) for k in ("items_valid", "items_invalid", "items_skipped"))
    total = valid + invalid + skipped
    if total < t.min_sample:
        return Check(slug, "validation", True, f"{invalid} invalid of {total} products (too few to judge)",
                     invalid, t.invalid_artifacts_max)
    rate = invalid / total
    ok = rate <= t.invalid_artifacts_max
    return Check(slug, "validation", ok, f"{invalid} of {total} products invalid ({rate:.1%}; max "
                 f"{t.invalid_artifacts_max:.1%})", round(rate, 4), t.invalid_artifacts_max)


def check_fetch_failures(ctx: RunContext, slug: str) -> Check:
    t = ctx.thresholds(slug)
    failed = int(ctx.stat(slug, "requests_failed"))
    responses = int(ctx.stat(slug, "responses_ok"))
    total = failed + responses
    if total == 0:
        return Check(slug, "fetch_failures", True, "no requests", 0, t.fetch_failure_max)
    rate = failed / total
    # One lost request of three is 33% but no trend; a roaster with nothing fetched at all is.
    judged = total >= t.min_sample or responses == 0
    ok = rate <= t.fetch_failure_max or not judged
    return Check(slug, "fetch_failures", ok, f"{failed} of {total} requests failed ({rate:.1%}; max "
                 f"{t.fetch_failure_max:.1%})", round(rate, 4), t.fetch_failure_max)


def check_errors_retries(ctx: RunContext, slug: str) -> Check:
    t = ctx.thresholds(slug)
    incidents = int(ctx.stat(slug, "incidents"))
    retries = int(ctx.stat(slug, "retries"))
    problems = []
    if incidents > t.max_errors:
        problems.append(f"{incidents} incidents (max {t.max_errors})")
    if retries > t.max_retries:
        problems.append(f"{retries} retries (max {t.max_retries})")
    ok = not problems
    return Check(slug, "errors", ok, "; ".join(problems) or f"{incidents} incidents, {retries} retries",
                 {"incidents": incidents, "retries": retries}, {"max_errors": t.max_errors, "max_retries": t.max_retries})


def check_coverage(ctx: RunContext, slug: str) -> Check:
    """Share of valid items (variant fields: of variants) carrying each watched field."""
    t = ctx.thresholds(slug)
    items = int(ctx.stat(slug, "coverage/items"))
    variants = int(ctx.stat(slug, "coverage/variants"))
    if items < t.min_sample:
        return Check(slug, "coverage", True, f"{items} valid items (too few to judge coverage)")
    coverage, low = {}, []
    for name, minimum in t.field_coverage.items():
        base = variants if name in VARIANT_FIELDS else items
        share = int(ctx.stat(slug, f"coverage/{name}")) / base if base else 0.0
        coverage[name] = round(share, 4)
        if share < minimum:
            low.append(f"{name} {share:.0%} < {minimum:.0%}")
    return Check(slug, "coverage", not low, "low field coverage: " + ", ".join(low) if low else
                 "field coverage ok: " + ", ".join(f"{k} {v:.0%}" for k, v in coverage.items()),
                 coverage, t.field_coverage)


def circuit_opened(stats: dict, slug: str, incidents: list | None = None, hosts=()) -> int | None:
    """Times the roaster's circuit opened this crawl; None when nothing says so per roaster.

    The breaker (coffee_scraper.middlewares.circuit) works per domain: it records a `circuit_open`
    incident on the roaster and counts stats `coffee/circuit/<domain>/opened` (and the crawl-wide
    `coffee/circuit/opened`).
    """
    if incidents is not None:
        opened = sum(1 for i in incidents if i.get("kind") == "circuit_open")
        if opened:
            return opened
    found = [int(stats[k] or 0) for k in (f"coffee/circuit/{h}/opened" for h in hosts) if k in stats]
    return sum(found) if found else (0 if incidents is not None else None)


def check_circuit(ctx: RunContext, slug: str) -> Check:
    roaster = ctx.roaster(slug)
    hosts = set()
    if roaster is not None and roaster.host:
        bare = roaster.host.removeprefix("www.")
        hosts = {bare, "www." + bare}
    incidents = ctx.context.incidents.get(slug, [])
    opened = circuit_opened(ctx.stats, slug, incidents, hosts) or 0
    if not opened and len(ctx.slugs()) == 1:
        opened = int(ctx.stats.get("coffee/circuit/opened", 0) or 0)  # a one-roaster crawl: it was this one
    return Check(slug, "circuit", opened == 0,
                 f"circuit breaker opened {opened} time(s)" if opened else "circuit closed", opened, 0)


# -- database-backed ---------------------------------------------------------------------------------
def check_review(ctx: RunContext, slug: str) -> Check:
    t = ctx.thresholds(slug)
    run_id = ctx.run_ids.get(slug)
    if run_id is None:
        return _unknown(slug, "review", "no run row")
    found = ctx.per_roaster(
        "review",
        "SELECT last_run_id, count(*) FILTER (WHERE processing_status = 'review'), count(*) FROM coffees "
        "WHERE last_run_id = ANY(%s) GROUP BY last_run_id",
        (list(ctx.run_ids.values()),),
    )
    if found is None:
        return _unknown(slug, "review", "database unreachable")
    review, total = found.get(run_id, (0, 0))
    if total < t.min_sample:
        return Check(slug, "review", True, f"{review} of {total} coffees flagged for review (too few to judge)")
    rate = review / total
    return Check(slug, "review", rate <= t.review_flagged_max,
                 f"{review} of {total} coffees flagged for review ({rate:.1%}; max {t.review_flagged_max:.1%})",
                 round(rate, 4), t.review_flagged_max)


def check_price_spike(ctx: RunContext, slug: str) -> Check:
    t = ctx.thresholds(slug)
    run_id = ctx.run_ids.get(slug)
    if run_id is None:
        return _unknown(slug, "price_spike", "no run row")
    runs = sorted(ctx.run_ids.items())
    found = ctx.per_roaster(  # params built once, when the query runs
        "price_spike",
        # Each run against its roaster's previous run with prices, at its roaster's own threshold.
        "WITH k AS (SELECT * FROM unnest(%(runs)s::bigint[], %(deltas)s::numeric[]) AS k(run_id, delta)), "
        "prev AS ("
        "  SELECT k.run_id, k.delta, (SELECT max(r.id) FROM scrape_runs r, scrape_runs cur "
        "    WHERE cur.id = k.run_id AND r.roaster_id = cur.roaster_id AND r.id < cur.id "
        "    AND EXISTS (SELECT 1 FROM prices p WHERE p.run_id = r.id)) AS id FROM k) "
        "SELECT prev.run_id, prev.id, m.moved, m.compared FROM prev CROSS JOIN LATERAL ("
        "  SELECT count(*) FILTER (WHERE abs(c.price - p.price) > p.price * prev.delta) AS moved, count(*) AS compared "
        "  FROM prices c JOIN prices p ON p.variant_id = c.variant_id AND p.run_id = prev.id "
        "  WHERE c.run_id = prev.run_id AND p.price > 0 AND c.price IS NOT NULL) m",
        lambda: {"runs": [r for _, r in runs], "deltas": [ctx.thresholds(s).price_delta for s, _ in runs]},
    )
    if found is None:
        return _unknown(slug, "price_spike", "database unreachable")
    rows = [found.get(run_id, (None, 0, 0))]
    prev_id, moved, compared = rows[0]
    if prev_id is None or compared == 0:
        return Check(slug, "price_spike", True, "no previous prices to compare")
    share = moved / compared
    judged = compared >= min(t.min_sample, 5)
    ok = share <= t.price_spike_max_share or not judged
    return Check(slug, "price_spike", ok,
                 f"{moved} of {compared} variants changed price by more than {t.price_delta:.0%} since run "
                 f"{prev_id} ({share:.0%}; max {t.price_spike_max_share:.0%})", round(share, 4),
                 t.price_spike_max_share)


def check_stalled(ctx: RunContext, slug: str, minutes: float) -> Check:
    """No item (valid, invalid or skipped) for `minutes` while the crawl still runs."""
    if ctx.stats.get("finish_reason"):
        return Check(slug, "stalled", True, "crawl finished")
    last = ctx.stats.get("coffee/last_item_at") or ctx.stats.get("coffee/started_at")
    if not last:
        return Check(slug, "stalled", True, "no activity timestamp yet")
    idle = (time.time() - float(last)) / 60
    return Check(slug, "stalled", idle <= minutes,
                 f"no item for {idle:.0f} min (max {minutes:g})" if idle > minutes else f"last item {idle:.1f} min ago",
                 round(idle, 1), minutes)


CLOSE_CHECKS = {
    "item_count": check_item_count,
    "validation": check_validation,
    "coverage": check_coverage,
    "fetch_failures": check_fetch_failures,
    "errors": check_errors_retries,
    "circuit": check_circuit,
    "review": check_review,
    "price_spike": check_price_spike,
}
