"""Database write path: CatalogWriter.write_batch against COPY of the same coffee/variant/price rows."""
from __future__ import annotations

import io
import time

import psycopg2

from coffee_scraper.registry import Roaster
from coffee_scraper.storage.writer import CatalogWriter, _text, canonical_json

COFFEE_COLS = ("id, roaster_id, product_id, name, url, description, origin_countries, process, roast_level,"
               " is_decaf, is_blend, tasting_notes, varieties, altitude_min_m, altitude_max_m, region, producer,"
               " image_url, content_hash, processing_status, warnings, first_seen_at, last_seen_at, last_run_id")
VARIANT_COLS = ("id, coffee_id, variant_id, title, weight_grams, grind, sku, price, currency, price_per_kg,"
                " compare_at_price, in_stock, first_seen_at, last_seen_at")
PRICE_COLS = "variant_id, run_id, price, currency, price_per_kg, compare_at_price, in_stock, scraped_at"


def _field(value) -> str:
    """One value in COPY's text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, list):
        value = "{" + ",".join('"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"' for v in value) + "}"
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _lines(rows) -> io.StringIO:
    buf = io.StringIO()
    buf.writelines("\t".join(map(_field, row)) + "\n" for row in rows)
    buf.seek(0)
    return buf


def copy_rows(conn, coffees: list[dict]) -> int:
    """COPY the rows write_batch would write (ids assigned here) in one transaction; returns rows."""
    coffee_rows, variant_rows, price_rows = [], [], []
    vid = 0
    for cid, c in enumerate(coffees, start=1):
        coffee_rows.append((
            cid, c["roaster_id"], c["product_id"], _text(c["name"]), c.get("url"), _text(c.get("description")),
            c.get("origin_countries") or [], c.get("process"), c.get("roast_level"), bool(c.get("is_decaf")),
            bool(c.get("is_blend")), c.get("tasting_notes") or [], c.get("varieties") or [], c.get("altitude_min_m"),
            c.get("altitude_max_m"), _text(c.get("region")), _text(c.get("producer")), c.get("image_url"),
            c["content_hash"], c["processing_status"], canonical_json(c["warnings"]), c["scraped_at"],
            c["scraped_at"], c["run_id"],
        ))
        for v in c["variants"]:
            vid += 1
            variant_rows.append((vid, cid, v["variant_id"], _text(v.get("title")), v.get("weight_grams"), v.get("grind"),
                                 _text(v.get("sku")), v.get("price"), v.get("currency"), v.get("price_per_kg"),
                                 v.get("compare_at_price"), v.get("in_stock"), c["scraped_at"], c["scraped_at"]))
            price_rows.append((vid, c["run_id"], v.get("price"), v.get("currency"), v.get("price_per_kg"),
                               v.get("compare_at_price"), v.get("in_stock"), c["scraped_at"]))
    with conn, conn.cursor() as cur:
        cur.copy_expert(f"COPY coffees ({COFFEE_COLS}) FROM STDIN", _lines(coffee_rows))
        cur.copy_expert(f"COPY variants ({VARIANT_COLS}) FROM STDIN", _lines(variant_rows))
        cur.copy_expert(f"COPY prices ({PRICE_COLS}) FROM STDIN", _lines(price_rows))
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
