"""Integrity checks over the catalogue: duplicates and orphans (each query must return 0)."""
from __future__ import annotations

INTEGRITY_CHECKS: dict[str, str] = {
    "duplicate price rows (variant, scraped_at)":
        "SELECT COUNT(*) FROM (SELECT variant_id, scraped_at FROM prices GROUP BY 1, 2 HAVING COUNT(*) > 1) d",
    "duplicate price rows (variant, run)":
        "SELECT COUNT(*) FROM (SELECT variant_id, run_id FROM prices GROUP BY 1, 2 HAVING COUNT(*) > 1) d",
    "prices without a variant":
        "SELECT COUNT(*) FROM prices WHERE variant_id NOT IN (SELECT id FROM variants)",
    "variants without a coffee":
        "SELECT COUNT(*) FROM variants WHERE coffee_id NOT IN (SELECT id FROM coffees)",
    "coffees without a roaster":
        "SELECT COUNT(*) FROM coffees WHERE roaster_id NOT IN (SELECT id FROM roasters)",
    "duplicate coffees (roaster, product_id)":
        "SELECT COUNT(*) FROM (SELECT roaster_id, product_id FROM coffees GROUP BY 1, 2 HAVING COUNT(*) > 1) d",
    "duplicate variants (coffee, variant_id)":
        "SELECT COUNT(*) FROM (SELECT coffee_id, variant_id FROM variants GROUP BY 1, 2 HAVING COUNT(*) > 1) d",
    "artifacts without a run":
        "SELECT COUNT(*) FROM scrape_artifacts WHERE run_id NOT IN (SELECT id FROM scrape_runs)",
}


def run_checks(conn) -> dict[str, int]:
    results = {}
    with conn.cursor() as cur:
        for name, sql in INTEGRITY_CHECKS.items():
            cur.execute(sql)
            results[name] = cur.fetchone()[0]
    conn.rollback()
    return results
