"""`coffee-scraper review`: the queue of products whose normalization needs a human look."""
from __future__ import annotations

import json
import sys

from coffee_scraper.cli.core import connect_db
from coffee_scraper.cli.output import terminal_safe

LIST_SQL = """
SELECT c.id, r.slug, c.product_id, c.name, c.warnings, c.last_seen_at, c.url
FROM coffees c JOIN roasters r ON r.id = c.roaster_id
WHERE c.processing_status = 'review' AND (%(roaster)s IS NULL OR r.slug = %(roaster)s)
ORDER BY r.slug, c.last_seen_at DESC, c.id
LIMIT %(limit)s
"""


def cmd_review_list(args) -> int:
    conn = connect_db(args)
    with conn.cursor() as cur:
        cur.execute(LIST_SQL, {"roaster": args.roaster, "limit": args.limit})
        rows = cur.fetchall()
    if args.json:
        print(json.dumps([{"id": r[0], "roaster": r[1], "product_id": r[2], "name": r[3], "warnings": r[4],
                           "last_seen_at": r[5].isoformat(), "url": r[6]} for r in rows], indent=2, ensure_ascii=False))
        return 0
    for cid, slug, pid, name, warnings, seen, url in rows:
        slug, pid, name, url = (terminal_safe(x) for x in (slug, pid, name, url))
        print(f"#{cid}  {slug}  {pid}  {name}\n    {url}")
        for w in warnings:
            print(f"    - {terminal_safe(w)}")
    print(f"{len(rows)} product(s) in review")
    return 0


def cmd_review_resolve(args) -> int:
    missing = []
    conn = connect_db(args)
    with conn, conn.cursor() as cur:
        if args.all:
            cur.execute(
                "UPDATE coffees c SET processing_status = 'resolved' FROM roasters r WHERE r.id = c.roaster_id "
                "AND c.processing_status = 'review' AND (%s IS NULL OR r.slug = %s)", (args.roaster, args.roaster))
        else:
            if not args.ids:
                print("coffee-scraper review resolve: give coffee ids (from `review list`) or --all", file=sys.stderr)
                return 2
            cur.execute("UPDATE coffees SET processing_status = 'resolved' WHERE processing_status = 'review' "
                        "AND id = ANY(%s) RETURNING id", (args.ids,))
            missing = sorted(set(args.ids) - {row[0] for row in cur.fetchall()})
            if missing:
                print(f"coffee-scraper review resolve: no product in review with id {', '.join(map(str, missing))}",
                      file=sys.stderr)
        print(f"resolved {cur.rowcount} product(s)")
    return 1 if missing else 0


def register(sub) -> None:
    review = sub.add_parser("review", help="list and resolve products flagged for review")
    review.add_argument("--database-url", help="Postgres DSN (default: $DATABASE_URL, else the embedded server)")
    rsub = review.add_subparsers(dest="review_command", required=True, metavar="SUBCOMMAND")
    p = rsub.add_parser("list", help="products in review with their warnings")
    p.add_argument("--roaster", help="only this roaster (slug)")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_review_list)
    p = rsub.add_parser("resolve", help="mark products as looked at (they return if their warnings change)")
    p.add_argument("ids", nargs="*", type=int, help="coffee ids from `review list`")
    p.add_argument("--all", action="store_true", help="every product in review (of --roaster when given)")
    p.add_argument("--roaster")
    p.set_defaults(func=cmd_review_resolve)
