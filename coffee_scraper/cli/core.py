"""Core CLI commands: db (migrate, check, url, stop), detect, demo, shops."""
from __future__ import annotations

import os
import sys

from coffee_scraper.config import project_settings
from coffee_scraper.cli.output import terminal_safe


def connect_db(args):
    """A psycopg2 connection to --database-url, else $DATABASE_URL, else the embedded server."""
    from coffee_scraper.storage.db import connect, resolve_dsn

    settings = project_settings()
    dsn = resolve_dsn(args.database_url or settings.get("DATABASE_URL"), settings.get("COFFEE_DATA_DIR"))
    return connect(dsn)


def cmd_db_migrate(args) -> int:
    from coffee_scraper.storage.db import migrate

    conn = connect_db(args)
    applied = migrate(conn)
    print("applied: " + (", ".join(applied) if applied else "nothing (schema up to date)"))
    return 0


def cmd_db_check(args) -> int:
    from coffee_scraper.storage.checks import run_checks

    conn = connect_db(args)
    results = run_checks(conn)
    width = max(len(n) for n in results)
    for name, count in results.items():
        print(f"{'FAIL' if count else 'ok  '}  {name:<{width}}  {count}")
    bad = sum(1 for c in results.values() if c)
    print(f"{bad} check(s) failed" if bad else "all integrity checks passed")
    return 1 if bad else 0


def cmd_db_replay_spool(args) -> int:
    """Write what crawls spooled while Postgres was unreachable (exactly as the crawl would have)."""
    from coffee_scraper.storage.durable import DurableWriter

    settings = project_settings()
    if args.database_url:
        settings.set("DATABASE_URL", args.database_url, priority="cmdline")
    store = DurableWriter.from_settings(settings)
    spool = store.spool
    if not spool.pending():
        print(f"nothing spooled in {spool.directory}")
        return 0
    store.open()
    try:
        done = store.replay()
    finally:
        store.close()
    print(f"replayed {done} spooled operation(s) from {spool.directory}")
    if store.quarantined:
        print(f"{store.quarantined} could not be written; kept with their errors in "
              + ", ".join(map(str, spool.dead_letters())))
        return 1
    return 0


def cmd_db_url(args) -> int:
    from coffee_scraper.storage.db import redact_dsn, resolve_dsn

    settings = project_settings()
    dsn = resolve_dsn(args.database_url or settings.get("DATABASE_URL"), settings.get("COFFEE_DATA_DIR"))
    print(dsn if args.show_secret else redact_dsn(dsn))
    return 0


def cmd_db_stop(args) -> int:
    import subprocess
    from pathlib import Path

    settings = project_settings()
    pgdata = Path(settings.get("COFFEE_DATA_DIR")).resolve() / "pgdata"
    if not (pgdata / "postmaster.pid").exists():
        print(f"embedded server under {pgdata} is not running")
        return 0
    from coffee_scraper.storage.db import import_pgserver

    pg_ctl = Path(import_pgserver().__file__).parent / "pginstall" / "bin" / "pg_ctl"
    cmd = [str(pg_ctl), "-D", str(pgdata), "stop", "-m", "fast"]
    if os.geteuid() == 0:
        # pgserver runs the server as the unprivileged "pgserver" user when started by root.
        cmd = ["su", "pgserver", "-s", "/bin/sh", "-c", " ".join(cmd)]
    return subprocess.call(cmd)


def cmd_demo(args) -> int:
    from coffee_scraper.demo import run_demo

    return run_demo(port=args.port)


def cmd_shops(args) -> int:
    from coffee_scraper_shops.__main__ import main as shops_main

    argv = ["--port", str(args.port), "--host", args.host]
    if args.write_registry:
        argv += ["--write-registry", args.write_registry]
    return shops_main(argv) or 0


def cmd_detect(args) -> int:
    import json

    from coffee_scraper.detect import detect_many

    if args.registry:
        return detect_registry(args)
    if not args.url:
        print("coffee-scraper detect: give a URL, or --registry", file=sys.stderr)
        return 2
    results = detect_many(args.url, render_check=not args.no_render, settings=project_settings())
    if args.json:
        out = [r.as_dict() for r in results]
        print(json.dumps(out[0] if len(out) == 1 else out, indent=2))
    else:
        for result in results:
            print(f"{result.url}: {result.platform}" + (" (render: js)" if result.render else ""))
            for line in result.evidence:
                print(f"  - {terminal_safe(line)}")
    return 0 if all(r.platform != "unknown" for r in results) else 1


def detect_registry(args) -> int:
    """Detect every `platform: auto` roaster of the registry and remember the result."""
    from pathlib import Path

    from coffee_scraper.detect import detect_many
    from coffee_scraper.registry import load_detected, load_registry, save_detected

    settings = project_settings()
    cache = Path(settings.get("COFFEE_DATA_DIR")) / "detected_platforms.yaml"
    detected = load_detected(cache)
    unknown = 0
    auto = [r for r in load_registry(settings.get("ROASTER_REGISTRY")) if r.platform == "auto"]
    results = detect_many([r.url for r in auto], render_check=not args.no_render, settings=settings) if auto else []
    for roaster, result in zip(auto, results):
        print(f"{roaster.slug}: {result.platform}" + (" (render: js)" if result.render else ""))
        for line in result.evidence:
            print(f"  - {terminal_safe(line)}")
        if result.platform == "unknown":
            unknown += 1
            detected.pop(roaster.slug, None)
        else:
            detected[roaster.slug] = {"platform": result.platform, "render": result.render}
    save_detected(cache, detected)
    print(f"saved to {cache}")
    return 1 if unknown else 0


def register(sub) -> None:

    db = sub.add_parser("db", help="database: migrate, check, url, stop")
    db.add_argument("--database-url", help="Postgres DSN (default: $DATABASE_URL, else the embedded server)")
    dbsub = db.add_subparsers(dest="db_command", required=True, metavar="SUBCOMMAND")
    p = dbsub.add_parser("migrate", help="apply pending schema migrations")
    p.set_defaults(func=cmd_db_migrate)
    p = dbsub.add_parser("check", help="integrity checks (duplicates, orphans); exit 1 when any fails")
    p.set_defaults(func=cmd_db_check)
    p = dbsub.add_parser("replay-spool", help="write batches spooled while Postgres was unreachable")
    p.set_defaults(func=cmd_db_replay_spool)
    p = dbsub.add_parser("url", help="print the DSN in use (password redacted)")
    p.add_argument("--show-secret", action="store_true", help="print the password too")
    p.set_defaults(func=cmd_db_url)
    p = dbsub.add_parser("stop", help="stop the embedded PostgreSQL server")
    p.set_defaults(func=cmd_db_stop)

    p = sub.add_parser("detect", help="probe shop URLs and print each one's platform and the evidence")
    p.add_argument("url", nargs="*", help="the shops' URLs")
    p.add_argument("--registry", action="store_true",
                   help="detect every `platform: auto` roaster of the registry; crawls then use the result")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--no-render", action="store_true", help="do not start Chromium to confirm a JS-only shop")
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("demo", help="serve the demo shops, crawl them all into Postgres, print a summary")
    p.add_argument("--port", type=int, default=0, help="port for the demo shops (default: a free one)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("shops", help="serve the local fixture shops in the foreground")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--write-registry", metavar="PATH", help="write a registry YAML of the served shops")
    p.set_defaults(func=cmd_shops)



