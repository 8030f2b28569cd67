"""Batched catalogue writes: roasters, runs, coffees, variants, prices and artifacts.

One transaction per batch, never a round trip per item: each table's rows are COPYed into a
session-local staging table and upserted from it with one INSERT ... SELECT ... ON CONFLICT
(COPY is far cheaper for the server and for Python than a multi-row VALUES statement).
"""
from __future__ import annotations

import io
from datetime import datetime, timezone
from typing import Iterable

import psycopg2
from psycopg2.extras import Json, execute_values

from coffee_scraper.items import PRODUCT, VARIANT
from coffee_scraper.registry import Roaster
from coffee_scraper.storage.pgtext import canonical_json, clean_text, copy_field, jsonb

# The contract fields stored as catalogue columns (coffee_scraper.items is their one definition).
COFFEE_COLUMNS = [f for f in PRODUCT if f.stored]
VARIANT_COLUMNS = [f for f in VARIANT if f.stored]
PRICE_COLUMNS = [f for f in VARIANT if f.per_run]


def _names(fields) -> str:
    return ", ".join(f.name for f in fields)


def _set(names) -> str:
    return ", ".join(f"{n} = EXCLUDED.{n}" for n in names)


# Columns written per table; a staging table of the same column types takes each batch's rows.
STAGED_COLUMNS = {
    "coffees": f"roaster_id, product_id, {_names(COFFEE_COLUMNS)}, content_hash, processing_status, warnings,"
               " first_seen_at, last_seen_at, last_run_id",
    "variants": f"coffee_id, variant_id, {_names(VARIANT_COLUMNS)}, first_seen_at, last_seen_at",
    "prices": f"variant_id, run_id, {_names(PRICE_COLUMNS)}, scraped_at",
    "scrape_artifacts": "run_id, roaster_id, platform, url, product_id, payload, normalized, content_hash,"
                        " validation_status, errors",
}


def _coffee_row(c: dict) -> tuple:
    """A coffee's row in STAGED_COLUMNS["coffees"] order."""
    values = [c.get(f.name) for f in COFFEE_COLUMNS]
    values = [f.empty if v is None and f.empty is not None else v for f, v in zip(COFFEE_COLUMNS, values)]
    return (c["roaster_id"], c["product_id"], *values, c["content_hash"], c["processing_status"],
            canonical_json(c["warnings"]), c["scraped_at"], c["scraped_at"], c["run_id"])


def _variant_row(coffee_id: int, variant_id: str, c: dict, v: dict) -> tuple:
    return (coffee_id, variant_id, *(v.get(f.name) for f in VARIANT_COLUMNS), c["scraped_at"], c["scraped_at"])


def _price_row(vid: int, c: dict, v: dict) -> tuple:
    return (vid, c["run_id"], *(v.get(f.name) for f in PRICE_COLUMNS), c["scraped_at"])


def _stage(cur, table: str, rows: list[tuple]) -> str:
    """COPY rows into this session's staging table for `table`; returns the staging table's name."""
    stage, columns = f"coffee_stage_{table}", STAGED_COLUMNS[table]
    # Created once per session (temp tables vanish with it); emptied per use, which also works
    # under autocommit, where ON COMMIT DELETE ROWS would empty it between COPY and INSERT.
    cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} AS SELECT {columns} FROM {table} WITH NO DATA")
    cur.execute(f"TRUNCATE {stage}")
    buf = io.StringIO()
    buf.writelines("\t".join(map(copy_field, row)) + "\n" for row in rows)
    buf.seek(0)
    cur.copy_expert(f"COPY {stage} ({columns}) FROM STDIN", buf)
    return stage


def _upsert(cur, table: str, rows: list[tuple], conflict: str, returning: str = "") -> list[tuple]:
    stage = _stage(cur, table, rows)
    columns = STAGED_COLUMNS[table]
    cur.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {stage} {conflict}"
                + (f" RETURNING {returning}" if returning else ""))
    return cur.fetchall() if returning else []


COFFEE_FULL_UPDATE = (
    f"ON CONFLICT (roaster_id, product_id) DO UPDATE SET {_set(f.name for f in COFFEE_COLUMNS)},"
    " content_hash = EXCLUDED.content_hash,"
    # An operator's 'resolved' stands until the warnings themselves change.
    " processing_status = CASE WHEN coffees.processing_status = 'resolved'"
    " AND coffees.warnings = EXCLUDED.warnings THEN 'resolved' ELSE EXCLUDED.processing_status END,"
    " warnings = EXCLUDED.warnings, last_seen_at = EXCLUDED.last_seen_at,"
    " last_run_id = EXCLUDED.last_run_id"
)
# Price-only runs never rewrite what a full run established about a coffee.
COFFEE_PRICE_ONLY_UPDATE = (
    "ON CONFLICT (roaster_id, product_id) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at,"
    " last_run_id = EXCLUDED.last_run_id"
)
VARIANT_FULL_UPDATE = (
    f"ON CONFLICT (coffee_id, variant_id) DO UPDATE SET {_set(f.name for f in VARIANT_COLUMNS)},"
    " last_seen_at = EXCLUDED.last_seen_at"
)
VARIANT_PRICE_ONLY_UPDATE = (
    f"ON CONFLICT (coffee_id, variant_id) DO UPDATE SET {_set(f.name for f in PRICE_COLUMNS)},"
    " last_seen_at = EXCLUDED.last_seen_at"
)
PRICE_UPDATE = f"ON CONFLICT (variant_id, run_id) DO UPDATE SET {_set(f.name for f in PRICE_COLUMNS)}, " \
               "scraped_at = EXCLUDED.scraped_at"


class CatalogWriter:
    """Writes through one psycopg2 connection; the caller owns the connection's lifetime."""

    def __init__(self, conn):
        self.conn = conn

    def upsert_roasters(self, roasters: Iterable[Roaster]) -> dict[str, int]:
        rows = [
            (r.slug, r.name, r.url, r.platform, r.currency, Json(r.settings), r.active)
            for r in roasters
        ]
        if not rows:
            return {}
        with self.conn, self.conn.cursor() as cur:
            result = execute_values(
                cur,
                "INSERT INTO roasters (slug, name, base_url, platform, currency, settings, active) VALUES %s "
                "ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, base_url = EXCLUDED.base_url, "
                "platform = EXCLUDED.platform, currency = COALESCE(EXCLUDED.currency, roasters.currency), "
                "settings = EXCLUDED.settings, active = EXCLUDED.active, updated_at = now() "
                "RETURNING slug, id",
                rows,
                page_size=len(rows),
                fetch=True,
            )
        return dict(result)

    def start_runs(self, roaster_ids: dict[str, int], spider: str, job_id: str | None) -> dict[str, int]:
        if not roaster_ids:
            return {}
        slugs = list(roaster_ids)
        with self.conn, self.conn.cursor() as cur:
            result = execute_values(
                cur,
                "INSERT INTO scrape_runs (roaster_id, spider, job_id) VALUES %s RETURNING roaster_id, id",
                [(roaster_ids[s], spider, job_id) for s in slugs],
                page_size=len(slugs),
                fetch=True,
            )
        by_roaster_id = dict(result)
        return {s: by_roaster_id[roaster_ids[s]] for s in slugs}

    def apply(self, record: dict, review_variant_delta: int = 3) -> dict:
        """Apply one spool record ({"op": "batch" | "finish_run" | "finish_shared_run", ...}); returns the counts written.

        A batch's products that Postgres refused come back under "refused" (see write_batch_or_parts).
        """
        if record["op"] == "batch":
            return self.write_batch_or_parts(record["coffees"], record["artifacts"], review_variant_delta,
                                             price_only=record.get("run_kind") == "price")
        if record["op"] in ("finish_run", "finish_shared_run"):  # one run (spooled by earlier versions)
            return self.finish_runs([record])
        if record["op"] == "finish_runs":  # every run of a crawl at its close: one round trip, not one per run
            return self.finish_runs(record["runs"])
        raise ValueError(f"unknown spooled operation {record['op']!r}")

    def finish_runs(self, runs: list[dict]) -> dict:
        """Finish runs ({"op": "finish_run" | "finish_shared_run", ...} each); "finished_run_ids" are the
        runs whose status is now final (a shared run: when its last worker finished)."""
        from coffee_scraper.storage.runs import finish_shared_run

        own = [r for r in runs if r["op"] == "finish_run"]
        if own:
            with self.conn, self.conn.cursor() as cur:
                execute_values(
                    cur,
                    "UPDATE scrape_runs AS s SET status = v.status, finish_reason = v.finish_reason,"
                    " finished_at = now(), stats = v.stats, incidents = v.incidents"
                    " FROM (VALUES %s) AS v(id, status, finish_reason, stats, incidents) WHERE s.id = v.id",
                    [(r["run_id"], r["status"], r["finish_reason"], jsonb(r["stats"]), jsonb(r["incidents"]))
                     for r in own],
                    template="(%s::bigint, %s::text, %s::text, %s::jsonb, %s::jsonb)", page_size=len(own),
                )
        finished = [r["run_id"] for r in own]
        for r in runs:
            if r["op"] == "finish_shared_run":  # one worker of a distributed crawl (storage.runs)
                status = finish_shared_run(self.conn, r["run_id"], r["worker"], r["finish_reason"],
                                           r["stats"], r["incidents"])
                if status != "running":
                    finished.append(r["run_id"])
            elif r["op"] != "finish_run":
                raise ValueError(f"unknown run operation {r['op']!r}")
        return {"shared_runs_finished": sum(1 for r in runs if r["op"] == "finish_shared_run" and
                                            r["run_id"] in finished), "finished_run_ids": finished}

    def reopen_runs(self, run_ids: list[int]) -> None:
        with self.conn, self.conn.cursor() as cur:
            cur.execute("UPDATE scrape_runs SET status = 'running', finished_at = NULL WHERE id = ANY(%s)", (run_ids,))

    def finish_run(self, run_id: int, status: str, finish_reason: str | None, stats: dict, incidents: list):
        with self.conn, self.conn.cursor() as cur:
            cur.execute(
                "UPDATE scrape_runs SET status = %s, finish_reason = %s, finished_at = now(), "
                "stats = %s, incidents = %s WHERE id = %s",
                (status, finish_reason, jsonb(stats), jsonb(incidents), run_id),
            )

    def changed_artifacts(self, cur, artifacts: list[dict]) -> list[dict]:
        keys = [(a["roaster_id"], clean_text(a["product_id"])) for a in artifacts if a.get("product_id")]
        if not keys:
            return artifacts
        latest = execute_values(
            cur,
            "SELECT DISTINCT ON (a.roaster_id, a.product_id) a.roaster_id, a.product_id, a.content_hash "
            "FROM scrape_artifacts a JOIN (VALUES %s) AS k(roaster_id, product_id) "
            "ON a.roaster_id = k.roaster_id AND a.product_id = k.product_id "
            "ORDER BY a.roaster_id, a.product_id, a.id DESC",
            keys, template="(%s::bigint, %s::text)", page_size=len(keys), fetch=True,
        )
        known = {(r, p): h for r, p, h in latest}
        return [a for a in artifacts
                if known.get((a["roaster_id"], clean_text(a.get("product_id") or ""))) != a["content_hash"]]

    def previous_variant_counts(self, cur, roaster_id_product_ids: list[tuple[int, str]]) -> dict:
        if not roaster_id_product_ids:
            return {}
        rows = execute_values(
            cur,
            "SELECT c.roaster_id, c.product_id, count(v.id) FROM coffees c "
            "JOIN (VALUES %s) AS k(roaster_id, product_id) "
            "ON c.roaster_id = k.roaster_id AND c.product_id = k.product_id "
            "LEFT JOIN variants v ON v.coffee_id = c.id GROUP BY 1, 2",
            roaster_id_product_ids,
            template="(%s::bigint, %s::text)",
            page_size=len(roaster_id_product_ids),
            fetch=True,
        )
        return {(r, p): n for r, p, n in rows}

    def write_batch(self, coffees: list[dict], artifacts: list[dict], review_variant_delta: int,
                    price_only: bool = False) -> dict:
        """Write one batch in one transaction.

        price_only (a RUN_KIND=price run): existing coffees and variants keep their descriptive
        fields (only prices, stock and last-seen move), and an artifact whose content hash equals
        the product's latest stored one is not stored again.

        coffees: dicts with run_id, roaster_id, scraped_at, processing_status, warnings, content_hash
        and the item contract fields; artifacts: dicts with run_id, roaster_id, platform, url,
        product_id, payload, normalized, validation_status, errors. Returns counts written.
        """
        # A product can only be written once per statement (ON CONFLICT limitation): last wins.
        coffees = list({(c["roaster_id"], c["product_id"]): c for c in coffees}.values())
        artifacts = list({(a["run_id"], a["product_id"]): a for a in artifacts}.values())
        counts = {"coffees": 0, "variants": 0, "prices": 0, "artifacts": 0, "review": 0}
        coffee_conflict = COFFEE_PRICE_ONLY_UPDATE if price_only else COFFEE_FULL_UPDATE
        variant_conflict = VARIANT_PRICE_ONLY_UPDATE if price_only else VARIANT_FULL_UPDATE
        with self.conn, self.conn.cursor() as cur:
            if price_only and artifacts:
                artifacts = self.changed_artifacts(cur, artifacts)
            if coffees:
                prev = self.previous_variant_counts(cur, [(c["roaster_id"], clean_text(c["product_id"])) for c in coffees])
                for i, c in enumerate(coffees):
                    before = prev.get((c["roaster_id"], clean_text(c["product_id"])))
                    if before is not None and abs(len(c["variants"]) - before) > review_variant_delta:
                        # A copy: a batch that fails is written again in parts (write_batch_or_parts).
                        coffees[i] = c = {**c, "processing_status": "review", "warnings": c["warnings"] + [
                            f"variants: count changed from {before} to {len(c['variants'])} since the last run"
                        ]}
                counts["review"] = sum(c["processing_status"] == "review" for c in coffees)
                coffee_rows = _upsert(
                    cur, "coffees", [_coffee_row(c) for c in coffees],
                    coffee_conflict, "roaster_id, product_id, id",
                )
                coffee_ids = {(r, p): i for r, p, i in coffee_rows}
                counts["coffees"] = len(coffee_rows)
                variant_input = {}
                for c in coffees:
                    coffee_id = coffee_ids[(c["roaster_id"], clean_text(c["product_id"]))]
                    for v in c["variants"]:
                        variant_input[(coffee_id, clean_text(v["variant_id"]))] = (c, v)
                if variant_input:
                    variant_rows = _upsert(
                        cur, "variants",
                        [_variant_row(coffee_id, variant_id, c, v)
                         for (coffee_id, variant_id), (c, v) in variant_input.items()],
                        variant_conflict, "coffee_id, variant_id, id",
                    )
                    counts["variants"] = len(variant_rows)
                    price_rows = [_price_row(vid, *variant_input[(coffee_id, variant_id)])
                                  for coffee_id, variant_id, vid in variant_rows]
                    _upsert(cur, "prices", price_rows, PRICE_UPDATE)
                    counts["prices"] = len(price_rows)
            if artifacts:
                _upsert(
                    cur, "scrape_artifacts",
                    [
                        (
                            a["run_id"], a["roaster_id"], a["platform"], a.get("url"), a.get("product_id"),
                            a.get("payload_json") or canonical_json(a["payload"]), canonical_json(a.get("normalized")), a["content_hash"],
                            a["validation_status"], canonical_json(a.get("errors") or []),
                        )
                        for a in artifacts
                    ],
                    "ON CONFLICT (run_id, product_id) DO UPDATE SET payload = EXCLUDED.payload,"
                    " normalized = EXCLUDED.normalized, content_hash = EXCLUDED.content_hash,"
                    " validation_status = EXCLUDED.validation_status, errors = EXCLUDED.errors",
                )
                counts["artifacts"] = len(artifacts)
        return counts


    def write_batch_or_parts(self, coffees: list[dict], artifacts: list[dict], review_variant_delta: int,
                             price_only: bool = False) -> dict:
        """write_batch, and when Postgres refuses the batch, its halves, down to one product.

        One bad value (an id past an index's size, a number past a column's range) then costs only
        its own product: that product's coffee is not written and its artifact is stored 'invalid'
        with the database's error. Each refused product is returned as
        [{"coffee", "artifact", "error", "stored"}] under "refused": stored=False ones are for the
        caller to keep (dead-letter file); all are for it to report.
        Only a connection error propagates: the caller spools the whole batch.
        """
        try:
            return self.write_batch(coffees, artifacts, review_variant_delta, price_only)
        except psycopg2.Error as exc:
            if connection_lost(exc, self.conn):
                raise
            error = _first_line(exc)
        except (ValueError, TypeError, UnicodeError) as exc:  # a value COPY's text format cannot carry
            error = f"{type(exc).__name__}: {exc}"
        units = _product_units(coffees, artifacts)
        if len(units) > 1:
            counts: dict = {}
            half = len(units) // 2
            for part in (units[:half], units[half:]):
                part_counts = self.write_batch_or_parts([c for c, _ in part if c], [a for _, a in part if a],
                                                        review_variant_delta, price_only)
                for key, value in part_counts.items():
                    counts[key] = counts.get(key, type(value)()) + value
            return counts
        (coffee, artifact), = units
        refused = {"coffee": coffee, "artifact": artifact, "error": error, "stored": False}
        if artifact is not None:
            artifact = {**artifact, "validation_status": "invalid",
                        "errors": list(artifact.get("errors") or []) + [f"storage: {error}"]}
            try:
                counts = self.write_batch([], [artifact], review_variant_delta)
                return {**counts, "refused": [{**refused, "artifact": artifact, "stored": True}]}
            except psycopg2.Error as exc:
                if connection_lost(exc, self.conn):
                    raise
                refused["error"] += f"; as an invalid artifact: {_first_line(exc)}"
            except (ValueError, TypeError, UnicodeError) as exc:
                refused["error"] += f"; as an invalid artifact: {type(exc).__name__}: {exc}"
        return {"refused": [refused]}


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _product_units(coffees: list[dict], artifacts: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """(coffee, artifact) per product, so a batch splits without parting a coffee from its artifact."""
    units: dict = {}
    for c in coffees:
        units.setdefault((c["run_id"], c["product_id"]), [None, None])[0] = c
    for i, a in enumerate(artifacts):
        key = (a["run_id"], a.get("product_id")) if a.get("product_id") is not None else ("no id", i)
        units.setdefault(key, [None, None])[1] = a
    return [tuple(u) for u in units.values()]


def connection_lost(exc: Exception, conn) -> bool:
    """A lost server or connection (spool and retry), as opposed to a bad statement or value."""
    if not isinstance(exc, psycopg2.Error):
        return False
    if conn is None or conn.closed != 0:
        return True
    # libpq reports a server that went away mid-statement as a bare error with no SQLSTATE; the
    # server's own refusals carry one. Class 08 and 57P are the connection ones; others (even an
    # OperationalError such as 54000 "index row size exceeds maximum") are about the data.
    code = exc.pgcode
    return code is None or code.startswith(("08", "57P"))


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
