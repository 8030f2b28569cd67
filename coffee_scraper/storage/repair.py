"""Repairs for what `coffee-scraper db check` finds: duplicate and orphaned rows, in one transaction.

Each step is one set-based statement. Duplicates keep the oldest row (lowest id) and move what
hangs off the others onto it when that loses nothing (a duplicate coffee's variants, a duplicate
variant's prices); what would collide with the keeper's own rows is the same observation twice
and is deleted. A dry run executes every step and rolls back, so its counts are exact.
"""
from __future__ import annotations

# (name, SQL) in order: orphans first (top-down), then duplicates, then the orphans those leave.
REPAIR_STEPS: list[tuple[str, str]] = [
    ("artifacts without a run",
     "DELETE FROM scrape_artifacts WHERE run_id NOT IN (SELECT id FROM scrape_runs)"),
    ("coffees without a roaster",
     "DELETE FROM coffees WHERE roaster_id NOT IN (SELECT id FROM roasters)"),
    # Duplicate coffees: move variants the keeper lacks, then drop the duplicates (their
    # remaining variants and prices go with them, explicitly below: FKs may have been bypassed).
    ("variants moved off duplicate coffees", """
        WITH d AS (SELECT id, min(id) OVER (PARTITION BY roaster_id, product_id) AS keep FROM coffees),
             moved AS (SELECT DISTINCT ON (d.keep, v.variant_id) v.id, d.keep FROM variants v
                       JOIN d ON d.id = v.coffee_id AND d.id <> d.keep
                       WHERE NOT EXISTS (SELECT 1 FROM variants k WHERE k.coffee_id = d.keep
                                         AND k.variant_id = v.variant_id)
                       ORDER BY d.keep, v.variant_id, v.id)
        UPDATE variants SET coffee_id = moved.keep FROM moved WHERE variants.id = moved.id"""),
    ("duplicate coffees", """
        DELETE FROM coffees c USING (SELECT id, min(id) OVER (PARTITION BY roaster_id, product_id) AS keep
                                     FROM coffees) d
        WHERE c.id = d.id AND d.id <> d.keep"""),
    ("variants without a coffee",
     "DELETE FROM variants WHERE coffee_id NOT IN (SELECT id FROM coffees)"),
    # Duplicate variants: move prices of runs the keeper lacks, then drop the duplicates.
    ("prices moved off duplicate variants", """
        WITH d AS (SELECT id, min(id) OVER (PARTITION BY coffee_id, variant_id) AS keep FROM variants),
             moved AS (SELECT DISTINCT ON (d.keep, p.run_id) p.id, d.keep FROM prices p
                       JOIN d ON d.id = p.variant_id AND d.id <> d.keep
                       WHERE NOT EXISTS (SELECT 1 FROM prices k WHERE k.variant_id = d.keep AND k.run_id = p.run_id)
                       ORDER BY d.keep, p.run_id, p.id)
        UPDATE prices SET variant_id = moved.keep FROM moved WHERE prices.id = moved.id"""),
    ("duplicate variants", """
        DELETE FROM variants v USING (SELECT id, min(id) OVER (PARTITION BY coffee_id, variant_id) AS keep
                                      FROM variants) d
        WHERE v.id = d.id AND d.id <> d.keep"""),
    ("prices without a variant",
     "DELETE FROM prices WHERE variant_id NOT IN (SELECT id FROM variants)"),
    ("duplicate price rows (variant, run)", """
        DELETE FROM prices p USING (SELECT id, min(id) OVER (PARTITION BY variant_id, run_id) AS keep
                                    FROM prices) d
        WHERE p.id = d.id AND d.id <> d.keep"""),
    ("duplicate price rows (variant, scraped_at)", """
        DELETE FROM prices p USING (SELECT id, min(id) OVER (PARTITION BY variant_id, scraped_at) AS keep
                                    FROM prices) d
        WHERE p.id = d.id AND d.id <> d.keep"""),
]


def repair(conn, apply: bool = False) -> dict[str, int]:
    """Rows each step changes; committed only when APPLY, else rolled back."""
    counts: dict[str, int] = {}
    try:
        with conn.cursor() as cur:
            # One repair at a time, and no crawl's writes interleaved with a half-repaired catalogue.
            cur.execute("LOCK TABLE coffees, variants, prices, scrape_artifacts IN SHARE ROW EXCLUSIVE MODE")
            for name, sql in REPAIR_STEPS:
                cur.execute(sql)
                counts[name] = cur.rowcount
        if apply:
            conn.commit()
        else:
            conn.rollback()
    except Exception:
        conn.rollback()
        raise
    return counts
