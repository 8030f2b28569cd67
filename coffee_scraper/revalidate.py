"""Re-run the item JSON-schema validation over stored artifacts after a schema change.

Reads `scrape_artifacts.normalized` (the item contract as stored) with a server-side cursor,
validates each with the pipeline's own `validation_errors`, and writes back `validation_status`
and `errors` of the rows whose outcome changed, one UPDATE per batch. Skipped artifacts (not
coffee) are left alone. An artifact that turns valid is not copied into `coffees`: the next full
run of its roaster stores it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from psycopg2.extras import execute_values

from coffee_scraper.pipelines.validate import validation_errors

# Stored JSON carries Decimals as strings (storage.writer.canonical_json); the schema wants numbers.
_MONEY_FIELDS = ("price", "price_per_kg", "compare_at_price")


def contract_from_stored(normalized: dict) -> dict:
    """The contract as the pipeline validated it: money strings back to Decimal."""
    contract = dict(normalized)
    variants = []
    for variant in contract.get("variants") or []:
        if isinstance(variant, dict):
            variant = dict(variant)
            for name in _MONEY_FIELDS:
                value = variant.get(name)
                if isinstance(value, str):
                    try:
                        variant[name] = Decimal(value)
                    except InvalidOperation:
                        pass  # a real string: the schema reports it
        variants.append(variant)
    if "variants" in contract and contract["variants"] is not None:
        contract["variants"] = variants
    return contract


@dataclass
class RevalidateReport:
    checked: int = 0
    became_invalid: int = 0
    became_valid: int = 0
    errors_changed: int = 0  # still invalid, different errors
    examples: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return self.became_invalid + self.became_valid + self.errors_changed


def revalidate(conn, roaster: str | None = None, batch_size: int = 2000, apply: bool = True) -> RevalidateReport:
    report = RevalidateReport()
    where = "a.validation_status IN ('valid', 'invalid') AND a.normalized IS NOT NULL"
    params: list = []
    if roaster:
        where += " AND a.roaster_id = (SELECT id FROM roasters WHERE slug = %s)"
        params.append(roaster)
    reader = conn.cursor(name="revalidate_artifacts")  # server-side: never the whole table in memory
    reader.itersize = batch_size
    reader.execute(f"SELECT a.id, a.normalized, a.validation_status, a.errors, a.url FROM scrape_artifacts a "
                   f"WHERE {where} ORDER BY a.id", params)
    writer = conn.cursor()
    pending: list[tuple] = []

    def flush():
        if pending and apply:
            execute_values(
                writer,
                "UPDATE scrape_artifacts a SET validation_status = v.status, errors = v.errors::jsonb "
                "FROM (VALUES %s) AS v(id, status, errors) WHERE a.id = v.id",
                pending, template="(%s::bigint, %s, %s)", page_size=len(pending),
            )
        pending.clear()

    while True:
        chunk = reader.fetchmany(batch_size)
        if not chunk:
            break
        for artifact_id, normalized, status, errors, url in chunk:
            report.checked += 1
            new_errors = validation_errors(contract_from_stored(normalized))
            new_status = "invalid" if new_errors else "valid"
            if new_status == status and (status == "valid" or list(errors or []) == new_errors):
                continue
            if status == "valid":
                report.became_invalid += 1
            elif new_status == "valid":
                report.became_valid += 1
            else:
                report.errors_changed += 1
            if len(report.examples) < 5 and new_errors:
                report.examples.append(f"artifact {artifact_id} url={url}: {new_errors[0]}")
            pending.append((artifact_id, new_status, json.dumps(new_errors)))
        flush()
    reader.close()
    if apply:
        conn.commit()
    else:
        conn.rollback()
    return report
