"""Catalogue-change events: what changed for a roaster between a finished run and its earlier runs.

`record_run_events(conn, run_id)` compares one finished run with the roaster's earlier counted runs
(status 'succeeded' or 'partial') and records into `catalog_events`:

- `new`            a coffee never seen in an earlier counted run (variant_id NULL), or a new variant
                   (bag size, grind) of a coffee seen before (variant_id set);
- `returned`       a coffee back in the feed after a `removed` event was recorded for it (instead of
                   `new`: it is not a new lot; no price or stock events accompany it);
- `removed`        a coffee absent from the feed for `removed_after_runs` consecutive complete runs
                   (status 'succeeded' and at least one product seen), fired once, by a complete run;
- `price_change`   a variant's price differs from its last observation (same currency), with old, new
                   and percent;
- `sold_out`, `back_in_stock`  a coffee's stock (any variant in stock) flipped since its last sighting.

Rules that keep the news trustworthy:
- Baseline: until the roaster has one complete run (status 'succeeded', at least one product seen)
  before this one, no events (a partial or empty first crawl would make the rest of the shop look new).
- Runs that failed, were aborted or are still running record nothing, and their observations are
  never compared against (a coffee seen only in a failed run is still `new` later).
- A partial run records new/returned/price/stock events but never `removed`, and does not count
  towards the K runs of absence: a partial crawl did not see everything. A succeeded run that saw no
  product at all (an empty feed) does not count either.
- A product present in the run but invalid (a schema failure) is not absent: it is still in the feed.
  (Known gap: a RUN_KIND=price run does not store an unchanged artifact again, so a product that stays
  invalid through K price runs counts as absent.)
- "Last observation" is the latest earlier counted run in which that coffee/variant appeared, so a
  coffee missing from one run is compared with what it was before the gap.

Idempotent: each event is keyed (run, kind, coffee, variant) and inserted with ON CONFLICT DO NOTHING,
and every rule reads only runs up to this one, so recomputing a run adds nothing. Set-based: one
statement reads the run's metadata and one INSERT ... SELECT writes every event of the run.
"""
from __future__ import annotations

import logging

logger = logging.getLogger("coffee_scraper.events")

EVENT_KINDS = ("new", "returned", "removed", "price_change", "sold_out", "back_in_stock")
COUNTED_STATUSES = ("succeeded", "partial")

_RUN_SQL = """
SELECT r.id, r.status, r.roaster_id, ro.slug,
       ARRAY(SELECT e.id FROM scrape_runs e
             WHERE e.roaster_id = r.roaster_id AND e.id < r.id AND e.status IN ('succeeded', 'partial')
             ORDER BY e.id) AS earlier,
       ARRAY(SELECT e.id FROM scrape_runs e
             WHERE e.roaster_id = r.roaster_id AND e.id <= r.id AND e.status = 'succeeded'
               -- Saw at least one product (a RUN_KIND=price run stores only changed artifacts).
               AND (EXISTS (SELECT 1 FROM prices p WHERE p.run_id = e.id)
                    OR EXISTS (SELECT 1 FROM scrape_artifacts a WHERE a.run_id = e.id))
             ORDER BY e.id) AS complete
FROM scrape_runs r JOIN roasters ro ON ro.id = r.roaster_id
WHERE r.id = ANY(%(run_ids)s)
"""

# Parameters: run_id, roaster_id, earlier (counted run ids before this run), complete (complete run
# ids up to and including this one), k (removed_after_runs).
_EVENTS_SQL = """
WITH
run AS (
    SELECT id, roaster_id, COALESCE(finished_at, started_at) AS at FROM scrape_runs WHERE id = %(run_id)s
),
-- Every variant of the roaster: its observation in this run (if any) and its last observation in
-- an earlier counted run (if any). One row per variant; everything below derives from it.
obs AS (
    SELECT v.id AS variant_id, v.coffee_id, c.product_id,
           cur.variant_id IS NOT NULL AS seen_now, cur.price, cur.currency, cur.price_per_kg, cur.in_stock,
           last.run_id AS last_run, last.price AS last_price, last.currency AS last_currency,
           last.price_per_kg AS last_price_per_kg, last.in_stock AS last_in_stock
    FROM coffees c
    JOIN variants v ON v.coffee_id = c.id
    LEFT JOIN prices cur ON cur.variant_id = v.id AND cur.run_id = %(run_id)s
    LEFT JOIN LATERAL (
        SELECT p.run_id, p.price, p.currency, p.price_per_kg, p.in_stock
        FROM prices p
        WHERE p.variant_id = v.id AND p.run_id < %(run_id)s AND p.run_id = ANY(%(earlier)s::bigint[])
        ORDER BY p.run_id DESC
        LIMIT 1
    ) last ON true
    WHERE c.roaster_id = %(roaster_id)s
),
-- ...with the coffee's last sighting (the latest last_run over its variants).
obs_c AS (
    SELECT o.*, max(o.last_run) OVER (PARTITION BY o.coffee_id) AS coffee_last_run FROM obs o
),
-- Per coffee: seen now, stock now, last sighting and stock then (over the variants seen then).
coffee_state AS (
    SELECT coffee_id, product_id, bool_or(seen_now) AS seen_now,
           bool_or(in_stock) FILTER (WHERE seen_now) AS in_stock_now,
           max(coffee_last_run) AS last_run,
           bool_or(last_in_stock) FILTER (WHERE last_run = coffee_last_run) AS in_stock_then
    FROM obs_c GROUP BY coffee_id, product_id
),
coffee_flags AS (
    SELECT s.*, COALESCE(s.seen_now AND s.removed_run < %(run_id)s, false) AS returned
    FROM (
        SELECT cs.*,
               -- A `removed` already recorded since the last sighting.
               (SELECT max(e.run_id) FROM catalog_events e
                WHERE e.coffee_id = cs.coffee_id AND e.kind = 'removed' AND e.run_id > cs.last_run) AS removed_run
        FROM coffee_state cs
    ) s
),
returned AS (SELECT coffee_id FROM coffee_flags WHERE returned),
candidates AS (
    -- A coffee never seen in an earlier counted run.
    SELECT 'new'::text AS kind, f.coffee_id, NULL::bigint AS variant_id, NULL::bigint AS previous_run_id,
           NULL::numeric AS old_price, NULL::numeric AS new_price, NULL::char(3) AS currency,
           NULL::numeric AS change_pct, '{}'::jsonb AS details
    FROM coffee_flags f WHERE f.seen_now AND f.last_run IS NULL
    UNION ALL
    SELECT 'returned', f.coffee_id, NULL, f.last_run, NULL, NULL, NULL, NULL,
           jsonb_build_object('removed_run_id', f.removed_run)
    FROM coffee_flags f WHERE f.returned
    UNION ALL
    -- A new bag size or grind of a coffee seen before (a new coffee's variants are part of its `new`).
    SELECT 'new', o.coffee_id, o.variant_id, NULL, NULL, o.price, o.currency, NULL, '{}'::jsonb
    FROM obs_c o
    WHERE o.seen_now AND o.last_run IS NULL AND o.coffee_last_run IS NOT NULL
      AND o.coffee_id NOT IN (SELECT coffee_id FROM returned)
    UNION ALL
    SELECT 'price_change', o.coffee_id, o.variant_id, o.last_run, o.last_price, o.price, o.currency,
           round((o.price - o.last_price) * 100 / NULLIF(o.last_price, 0), 2),
           jsonb_build_object('old_price_per_kg', o.last_price_per_kg, 'new_price_per_kg', o.price_per_kg)
    FROM obs_c o
    WHERE o.seen_now AND o.price <> o.last_price AND o.currency IS NOT DISTINCT FROM o.last_currency
      AND o.coffee_id NOT IN (SELECT coffee_id FROM returned)
    UNION ALL
    SELECT CASE WHEN f.in_stock_now THEN 'back_in_stock' ELSE 'sold_out' END, f.coffee_id, NULL, f.last_run,
           NULL, NULL, NULL, NULL, '{}'::jsonb
    FROM coffee_flags f
    WHERE f.seen_now AND NOT f.returned AND f.in_stock_now <> f.in_stock_then
    UNION ALL
    SELECT 'removed', f.coffee_id, NULL, f.last_run, NULL, NULL, NULL, NULL,
           jsonb_build_object('absent_runs', absent.n)
    FROM coffee_flags f
    CROSS JOIN LATERAL (
        SELECT count(*) AS n FROM unnest(%(complete)s::bigint[]) AS cr(id) WHERE cr.id > f.last_run
    ) absent
    WHERE %(run_id)s = ANY(%(complete)s::bigint[])
      AND NOT f.seen_now AND f.last_run IS NOT NULL AND f.removed_run IS NULL AND absent.n >= %(k)s
      -- In the feed but invalid this run: still listed by the shop, not removed.
      AND NOT EXISTS (SELECT 1 FROM scrape_artifacts a WHERE a.run_id = %(run_id)s AND a.product_id = f.product_id)
),
inserted AS (
    INSERT INTO catalog_events (roaster_id, run_id, kind, coffee_id, variant_id, previous_run_id, old_price,
                                new_price, currency, change_pct, details, occurred_at)
    SELECT run.roaster_id, run.id, c.kind, c.coffee_id, c.variant_id, c.previous_run_id, c.old_price,
           c.new_price, c.currency, c.change_pct, c.details, run.at
    FROM candidates c CROSS JOIN run
    ON CONFLICT DO NOTHING
    RETURNING kind
)
SELECT kind, count(*) FROM inserted GROUP BY kind
"""


def record_run_events(conn, run_id: int, removed_after_runs: int = 2) -> dict[str, int]:
    """Record the catalogue events of one finished run; returns the number of events added per kind.

    Call it after the run's status is final (`CatalogWriter.finish_run`). Commits on `conn`.
    Calling it again for the same run adds nothing (all counts 0).
    """
    return record_runs_events(conn, [run_id], removed_after_runs)[run_id]


def record_runs_events(conn, run_ids: list[int], removed_after_runs: int = 2,
                       on_error=None) -> dict[int, dict[str, int]]:
    """`record_run_events` for the runs of one crawl: {run_id: counts}.

    One query reads every run's metadata; only runs with something to compare with (not a baseline,
    a counted status) cost their events statement, each in its own transaction. `on_error(run_id, exc)`:
    a run whose events fail (not a lost connection) is rolled back and reported there, and the others
    go on; without it the error propagates.
    """
    k = int(removed_after_runs)
    if k < 1:
        raise ValueError(f"EVENTS_REMOVED_AFTER_RUNS must be at least 1, got {removed_after_runs!r}")
    out = {run_id: dict.fromkeys(EVENT_KINDS, 0) for run_id in run_ids}
    with conn, conn.cursor() as cur:
        cur.execute(_RUN_SQL, {"run_ids": list(run_ids)})
        found = {row[0]: row[1:] for row in cur.fetchall()}
    missing = [r for r in run_ids if r not in found]
    if missing:
        raise ValueError(f"catalogue events: scrape run {missing[0]} does not exist")
    for run_id in run_ids:
        status, roaster_id, slug, earlier, complete = found[run_id]
        if status not in COUNTED_STATUSES:
            logger.info("events: roaster=%s run=%s status=%s: no events (only succeeded or partial runs count)",
                        slug, run_id, status)
            continue
        if not any(r < run_id for r in complete):
            # Nothing complete to compare with: a partial first crawl would make the rest look new.
            logger.info("events: roaster=%s run=%s is the baseline (no complete run before it): no events",
                        slug, run_id)
            continue
        counts = out[run_id]
        try:
            with conn, conn.cursor() as cur:
                cur.execute(_EVENTS_SQL, {"run_id": run_id, "roaster_id": roaster_id, "earlier": earlier,
                                          "complete": complete, "k": k})
                for kind, n in cur.fetchall():
                    counts[kind] = n
        except Exception as exc:
            if on_error is None or not on_error(run_id, exc):
                raise
            continue
        logger.info("events: roaster=%s run=%s %s", slug, run_id,
                    " ".join(f"{kind}={n}" for kind, n in counts.items()))
    return out
