"""The `report` command: recent catalogue events and the current catalogue, filtered, as table, JSON or CSV."""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from coffee_scraper.cli.output import csv_safe, terminal_safe

KIND_ORDER = ("new", "returned", "back_in_stock", "price_change", "sold_out", "removed")
_SINCE_RE = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.I)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}

EVENT_FIELDS = [
    "occurred_at", "roaster", "kind", "product_id", "coffee", "variant_id", "variant", "weight_grams",
    "old_price", "new_price", "currency", "change_pct", "origin_countries", "process", "roast_level",
    "in_stock_now", "price_per_kg_now", "currency_now", "url", "run_id", "previous_run_id",
]
CATALOGUE_FIELDS = [
    "roaster", "product_id", "coffee", "origin_countries", "process", "roast_level", "is_decaf", "is_blend",
    "in_stock", "price_per_kg", "price", "currency", "variant", "weight_grams", "sizes_grams",
    "first_seen_at", "last_seen_at", "url",
]


# -- arguments ------------------------------------------------------------------------------------
def parse_since(text: str, now: datetime | None = None) -> datetime:
    """'7d', '12h', '2w', '30m' before now, or an ISO date/datetime (UTC when no offset)."""
    now = now or datetime.now(timezone.utc)
    match = _SINCE_RE.match(text or "")
    if match:
        return now - timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--since {text!r}: expected a duration like 7d, 12h, 2w, 30m or an ISO date like 2026-11-01"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _csv_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _origin_codes(text: str) -> list[str]:
    """ISO 3166-1 alpha-2 codes from codes or country names ('KE', 'Kenya', 'ke,et')."""
    import pycountry

    codes = []
    for part in _csv_list(text):
        try:
            codes.append(pycountry.countries.lookup(part).alpha_2)
        except LookupError:
            raise argparse.ArgumentTypeError(f"--origin {part!r}: not a country name or ISO 3166 code") from None
    return codes


def _kinds(text: str) -> list[str]:
    kinds = _csv_list(text)
    unknown = [k for k in kinds if k not in KIND_ORDER]
    if unknown:
        raise argparse.ArgumentTypeError(f"--kind {', '.join(unknown)}: unknown (known: {', '.join(KIND_ORDER)})")
    return kinds


def _vocabulary(option: str, name: str):
    """An argparse type: comma-separated values of a closed vocabulary of coffee_scraper.normalize."""

    def parse(text: str) -> list[str]:
        from coffee_scraper import normalize

        known = getattr(normalize, name)
        values = [v.lower() for v in _csv_list(text)]
        unknown = [v for v in values if v not in known]
        if unknown:
            raise argparse.ArgumentTypeError(f"{option} {', '.join(unknown)!r}: not one of {', '.join(known)}")
        return values

    return parse


def _price(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"--max-price-per-kg {text!r}: expected a non-negative number")
    return value


# -- queries --------------------------------------------------------------------------------------
# A coffee's current state: its variants as seen in its last run (gone variants drop out), whether
# any is in stock, and the "from" variant: the cheapest per kg, in-stock variants first.
_STATE_SQL = """
CROSS JOIN LATERAL (
    SELECT bool_or(p.in_stock) AS in_stock,
           array_agg(DISTINCT v.weight_grams ORDER BY v.weight_grams)
               FILTER (WHERE v.weight_grams IS NOT NULL) AS sizes
    FROM variants v JOIN prices p ON p.variant_id = v.id AND p.run_id = c.last_run_id
    WHERE v.coffee_id = c.id
) st
LEFT JOIN LATERAL (
    SELECT p.price_per_kg, p.price, p.currency, v.title, v.weight_grams
    FROM variants v JOIN prices p ON p.variant_id = v.id AND p.run_id = c.last_run_id
    WHERE v.coffee_id = c.id {best_filter}
    -- A bag of unknown size still has a price: shown, after those comparable per kg.
    ORDER BY (p.in_stock IS TRUE) DESC, p.price_per_kg NULLS LAST, p.price
    LIMIT 1
) best ON true
"""

_EVENTS_SQL = """
SELECT e.occurred_at, r.slug, e.kind, c.product_id, c.name, v.variant_id, v.title, v.weight_grams,
       e.old_price, e.new_price, e.currency, e.change_pct, c.origin_countries, c.process, c.roast_level,
       st.in_stock, best.price_per_kg, best.currency, c.url, e.run_id, e.previous_run_id
FROM catalog_events e
JOIN coffees c ON c.id = e.coffee_id
JOIN roasters r ON r.id = e.roaster_id
LEFT JOIN variants v ON v.id = e.variant_id
{state}
WHERE e.occurred_at >= %(since)s {where}
ORDER BY e.occurred_at DESC, r.slug, array_position(%(kind_order)s::text[], e.kind), c.name, v.title, e.id
{limit}
"""

_CATALOGUE_SQL = """
SELECT r.slug, c.product_id, c.name, c.origin_countries, c.process, c.roast_level, c.is_decaf, c.is_blend,
       COALESCE(st.in_stock, false), best.price_per_kg, best.price, best.currency, best.title, best.weight_grams,
       COALESCE(st.sizes, '{{}}'), c.first_seen_at, c.last_seen_at, c.url
FROM coffees c
JOIN roasters r ON r.id = c.roaster_id
{state}
WHERE r.active
  -- Still listed: no `removed` event since the coffee was last seen.
  AND NOT EXISTS (SELECT 1 FROM catalog_events e
                  WHERE e.coffee_id = c.id AND e.kind = 'removed' AND e.run_id >= c.last_run_id)
  {where}
ORDER BY best.currency NULLS LAST, best.price_per_kg NULLS LAST, r.slug, c.name
{limit}
"""


def _filters(args) -> tuple[list[str], dict]:
    """SQL conditions on the coffee (c), its roaster (r) and state (st, best) shared by both sections."""
    where, params = [], {}
    if args.roaster:
        where.append("r.slug = ANY(%(roasters)s)")
        params["roasters"] = args.roaster
    if args.origin:
        where.append("c.origin_countries && %(origins)s::text[]")
        params["origins"] = args.origin
    if args.process:
        where.append("lower(c.process) = ANY(%(processes)s)")
        params["processes"] = args.process
    if args.roast:
        where.append("lower(c.roast_level) = ANY(%(roasts)s)")
        params["roasts"] = args.roast
    if args.in_stock:
        where.append("st.in_stock")
    if args.max_price_per_kg is not None:
        where.append("best.price_per_kg <= %(max_per_kg)s")
        params["max_per_kg"] = args.max_price_per_kg
    return where, params


def _sql(template: str, where: list[str], args) -> str:
    state = _STATE_SQL.format(best_filter="AND p.in_stock" if args.in_stock else "")
    return template.format(
        state=state,
        where="".join(f"\n  AND {w}" for w in where),
        limit="LIMIT %(limit)s" if args.limit else "",
    )


def query_events(conn, args, since: datetime) -> list[dict]:
    where, params = _filters(args)
    if args.kind:
        where.append("e.kind = ANY(%(kinds)s)")
        params["kinds"] = args.kind
    params.update(since=since, kind_order=list(KIND_ORDER), limit=args.limit)
    with conn.cursor() as cur:
        cur.execute(_sql(_EVENTS_SQL, where, args), params)
        return [dict(zip(EVENT_FIELDS, row)) for row in cur.fetchall()]


def query_catalogue(conn, args) -> list[dict]:
    where, params = _filters(args)
    params["limit"] = args.limit
    with conn.cursor() as cur:
        cur.execute(_sql(_CATALOGUE_SQL, where, args), params)
        return [dict(zip(CATALOGUE_FIELDS, row)) for row in cur.fetchall()]


# -- output ---------------------------------------------------------------------------------------
def _plain(value):
    """A JSON/CSV-friendly value: ISO UTC times, decimals as numbers, lists kept."""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return str(value)
    return str(_plain(value))


def _money(amount, currency) -> str:
    return f"{amount:.2f} {currency or ''}".strip() if amount is not None else ""


def _change(e: dict) -> str:
    kind = e["kind"]
    if kind == "price_change":
        pct = f" ({e['change_pct']:+.1f}%)" if e["change_pct"] is not None else ""
        return f"{e['old_price']:.2f} -> {_money(e['new_price'], e['currency'])}{pct}"
    if kind == "new" and e["variant_id"] is not None:
        return _money(e["new_price"], e["currency"])
    if kind in ("new", "returned", "back_in_stock") and e["price_per_kg_now"] is not None:
        return f"from {_money(e['price_per_kg_now'], e['currency_now'])}/kg"
    return ""


def _short(text, width: int = 42) -> str:
    text = terminal_safe(text)
    return text if len(text) <= width else text[: width - 3] + "..."


def _table(headers: list[str], body: list[list[str]]) -> str:
    body = [[terminal_safe(cell) for cell in row] for row in body]
    widths = [max([len(h)] + [len(row[i]) for row in body]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in body]
    return "\n".join(lines)


def events_table(events: list[dict], since: datetime) -> str:
    title = f"Events since {since.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC ({len(events)})"
    if not events:
        return f"{title}\n(no events)"
    body = [
        [f"{e['occurred_at'].astimezone(timezone.utc):%Y-%m-%d %H:%M}", e["roaster"], e["kind"], _short(e["coffee"]),
         _short(e["variant"] or "", 20), _change(e)]
        for e in events
    ]
    return title + "\n" + _table(["when (UTC)", "roaster", "event", "coffee", "variant", "change"], body)


def catalogue_table(coffees: list[dict]) -> str:
    title = f"Catalogue ({len(coffees)} coffees)"
    if not coffees:
        return f"{title}\n(no coffees match)"
    body = [
        [c["roaster"], _short(c["coffee"]), ",".join(c["origin_countries"] or []), c["process"] or "",
         c["roast_level"] or "", f"{c['price_per_kg']:.2f}" if c["price_per_kg"] is not None else "",
         c["currency"] or "", _money(c["price"], None) + (f" / {c['weight_grams']}g" if c["weight_grams"] else ""),
         "yes" if c["in_stock"] else "no"]
        for c in coffees
    ]
    return title + "\n" + _table(
        ["roaster", "coffee", "origin", "process", "roast", "per kg", "cur", "from", "in stock"], body
    )


def _csv(fields: list[str], records: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(fields)
    for r in records:
        writer.writerow([_cell(csv_safe(r.get(f))) for f in fields])  # numbers are never formulas
    return out.getvalue()


def render(fmt: str, since: datetime, events: list[dict] | None, catalogue: list[dict] | None) -> str:
    """The report text; a section that was not asked for is None."""
    if fmt == "json":
        doc = {"since": _plain(since)}
        if events is not None:
            doc["events"] = [{k: _plain(v) for k, v in e.items()} for e in events]
        if catalogue is not None:
            doc["catalogue"] = [{k: _plain(v) for k, v in c.items()} for c in catalogue]
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        if catalogue is None:
            return _csv(EVENT_FIELDS, events)
        if events is None:
            return _csv(CATALOGUE_FIELDS, catalogue)
        # Both sections: one table (one header) whose `section` column says which a row belongs to.
        fields = ["section"] + EVENT_FIELDS + [f for f in CATALOGUE_FIELDS if f not in EVENT_FIELDS]
        return _csv(fields, [{"section": "event", **e} for e in events] +
                    [{"section": "catalogue", **c} for c in catalogue])
    parts = []
    if events is not None:
        parts.append(events_table(events, since))
    if catalogue is not None:
        parts.append(catalogue_table(catalogue))
    return "\n\n".join(parts) + "\n"


def cmd_report(args) -> int:
    from coffee_scraper.cli.core import connect_db

    since = args.since if isinstance(args.since, datetime) else parse_since(args.since)
    conn = connect_db(args)
    try:
        if args.roaster:
            with conn.cursor() as cur:
                cur.execute("SELECT slug FROM roasters WHERE slug = ANY(%s)", (args.roaster,))
                unknown = sorted(set(args.roaster) - {row[0] for row in cur.fetchall()})
            if unknown:
                print(f"coffee-scraper report: unknown roaster(s) {', '.join(unknown)} "
                      "(`coffee-scraper report --catalogue` lists the crawled ones)", file=sys.stderr)
                return 2
        events = None if args.catalogue else query_events(conn, args, since)
        catalogue = None if args.events_only else query_catalogue(conn, args)
    finally:
        conn.close()
    sys.stdout.write(render(args.format, since, events, catalogue))
    return 0


def register(sub) -> None:
    p = sub.add_parser(
        "report",
        help="catalogue events since a time (newest first) and the current catalogue, filtered",
        description="Events (new, returned, removed, price_change, sold_out, back_in_stock) newest first, "
                    "then the current catalogue cheapest per kg first (per currency). Coffee filters apply "
                    "to both and describe the coffee as it is now.",
    )
    p.add_argument("--database-url", help="Postgres DSN (default: $DATABASE_URL, else the embedded server)")
    p.add_argument("--since", type=parse_since, default="7d",
                   help="events since: 7d, 12h, 2w, 30m or an ISO date (default: 7d)")
    p.add_argument("--roaster", type=_csv_list, help="only these roasters (comma-separated slugs)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    section = p.add_mutually_exclusive_group()
    section.add_argument("--events-only", action="store_true", help="only the events")
    section.add_argument("--catalogue", action="store_true", help="only the current catalogue")
    p.add_argument("--kind", type=_kinds, help=f"only these event kinds ({', '.join(KIND_ORDER)})")
    p.add_argument("--origin", type=_origin_codes, help="origin countries, ISO codes or names (KE,ET or Kenya)")
    p.add_argument("--process", type=_vocabulary("--process", "PROCESSES"),
                   help="processes, e.g. washed,natural (exact: 'anaerobic natural' is not 'natural')")
    p.add_argument("--roast", type=_vocabulary("--roast", "ROAST_LEVELS"), help="roast levels, e.g. light,medium-light")
    p.add_argument("--max-price-per-kg", type=_price, metavar="AMOUNT",
                   help="the cheapest (in-stock first) bag costs at most this per kg, in its own currency")
    p.add_argument("--in-stock", action="store_true", help="only coffees with a bag in stock now")
    p.add_argument("--limit", type=int, help="at most this many rows per section")
    p.set_defaults(func=cmd_report)
