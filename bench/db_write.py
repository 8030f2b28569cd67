"""Database write path: CatalogWriter.write_batch against COPY of the same coffee/variant/price rows."""
from __future__ import annotations

import io
import time

import psycopg2

from coffee_scraper.registry import Roaster
from coffee_scraper.storage.pgtext import copy_field
from coffee_scraper.storage.writer import STAGED_COLUMNS, CatalogWriter, _coffee_row, _price_row, _variant_row


def _lines(rows) -> io.StringIO:
    buf = io.StringIO()
    buf.writelines("\t".join(map(copy_field, row)) + "\n" for row in rows)
    buf.seek(0)
    return buf


def copy_rows(conn, coffees: list[dict]) -> int:
    """COPY the rows write_batch would write (the writer's own row builders; ids assigned here) in one
    transaction; returns rows."""
    coffee_rows, variant_rows, price_rows = [], [], []
    vid = 0
    for cid, c in enumerate(coffees, start=1):
        coffee_rows.append((cid, *_coffee_row(c)))
        for v in c["variants"]:
            vid += 1
            variant_rows.append((vid, *_variant_row(cid, v["variant_id"], c, v)))
            price_rows.append(_price_row(vid, c, v))
    with conn, conn.cursor() as cur:
        cur.copy_expert(f"COPY coffees (id, {STAGED_COLUMNS['coffees']}) FROM STDIN", _lines(coffee_rows))
        cur.copy_expert(f"COPY variants (id, {STAGED_COLUMNS['variants']}) FROM STDIN", _lines(variant_rows))
        cur.copy_expert(f"COPY prices ({STAGED_COLUMNS['prices']}) FROM STDIN", _lines(price_rows))
    return len(coffee_rows) + len(variant_rows) + len(price_rows)


def setup_run(conn) -> tuple[int, int]:
    writer = CatalogWriter(conn)
    roaster = Roaster(slug="benchroaster", name="Bench Roaster", url="http://benchroaster.localhost", platform="shopify")
    roaster_ids = writer.upsert_roasters([roaster])
    run_ids = writer.start_runs(roaster_ids, "shopify", None)
    return run_ids["benchroaster"], roaster_ids["benchroaster"]


def reset_catalogue(conn) -> None:
    with conn, conn.cursor() as cur:
        cur.execute("TRUNCATE coffees, variants, prices RESTART IDENTITY CASCADE")


def bench_write_batch(conn, coffees: list[dict], batch_size: int) -> tuple[int, float]:
    """(rows, seconds) writing `coffees` through write_batch, batch_size coffees per call, into empty tables."""
    reset_catalogue(conn)
    writer = CatalogWriter(conn)
    rows = 0
    start = time.perf_counter()
    for i in range(0, len(coffees), batch_size):
        counts = writer.write_batch([dict(c) for c in coffees[i:i + batch_size]], [], 3)
        rows += counts["coffees"] + counts["variants"] + counts["prices"]
    return rows, time.perf_counter() - start


def bench_copy(conn, coffees: list[dict]) -> tuple[int, float]:
    reset_catalogue(conn)
    start = time.perf_counter()
    rows = copy_rows(conn, coffees)
    return rows, time.perf_counter() - start


def run(dsn: str, coffees_for, batch_size: int, repeats: int = 2) -> dict:
    """Best of `repeats` for each method (alternating, so neither gets a warmer server)."""
    conn = psycopg2.connect(dsn)
    run_id, roaster_id = setup_run(conn)
    coffees = coffees_for(run_id, roaster_id)
    best = {"write_batch": None, "copy": None}
    for _ in range(repeats):
        for name, fn in (("write_batch", lambda: bench_write_batch(conn, coffees, batch_size)),
                         ("copy", lambda: bench_copy(conn, coffees))):
            rows, seconds = fn()
            if best[name] is None or rows / seconds > best[name][0] / best[name][1]:
                best[name] = (rows, seconds)
    reset_catalogue(conn)
    conn.close()
    return best
