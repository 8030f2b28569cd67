"""Operations commands: schedule (run, list), roasters (list, add), revalidate, db backup/restore/repair."""
from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from coffee_scraper.cli.core import connect_db, project_settings
from coffee_scraper.cli.output import terminal_safe

DB_URL_HELP = "Postgres DSN (default: $DATABASE_URL, else the embedded server)"


def _dsn(args) -> str:
    from coffee_scraper.storage.db import resolve_dsn

    settings = project_settings()
    return resolve_dsn(getattr(args, "database_url", None) or settings.get("DATABASE_URL"),
                       settings.get("COFFEE_DATA_DIR"))


def _registry_path(args) -> str:
    return getattr(args, "registry", None) or project_settings().get("ROASTER_REGISTRY")


def _when(value: datetime | None) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M") if value else "-"


# -- db backup / restore / repair (wired into the `db` group) -----------------------------------------
def cmd_db_backup(args) -> int:
    from coffee_scraper.storage.backup import backup

    result = backup(_dsn(args), args.file)
    print(f"backup written: {result['file']} ({result['bytes']} bytes, {Path(result['tool']).parent.parent.name}"
          f"/{Path(result['tool']).name} for a {result['server_major']} server)")
    return 0


def cmd_db_restore(args) -> int:
    from coffee_scraper.storage.backup import restore

    if not args.yes:
        print("restore replaces every table's contents with the backup's; pass --yes to proceed", file=sys.stderr)
        return 2
    result = restore(_dsn(args), args.file)
    print(f"restored {result['file']} (server {result['server_major']}); run `coffee-scraper db check` next")
    return 0


def cmd_db_repair(args) -> int:
    from coffee_scraper.storage.repair import repair

    conn = connect_db(args)
    counts = repair(conn, apply=args.apply)
    width = max(len(n) for n in counts)
    for name, count in counts.items():
        print(f"{name:<{width}}  {count}")
    total = sum(counts.values())
    if args.apply:
        print(f"{total} row(s) changed; `coffee-scraper db check` should pass now")
    else:
        print(f"dry run: {total} row(s) would change; run again with --apply to repair")
    return 0


def register_db(dbsub) -> None:
    """Add backup, restore and repair to the `db` group's subparsers."""
    p = dbsub.add_parser("backup", help="dump the whole database to FILE (plain SQL, pg_dump)")
    p.add_argument("file", help="where to write the dump")
    p.set_defaults(func=cmd_db_backup)
    p = dbsub.add_parser("restore", help="replace the database's contents with a `db backup` FILE (psql)")
    p.add_argument("file", help="a file written by `coffee-scraper db backup`")
    p.add_argument("--yes", action="store_true", help="really replace the current contents")
    p.set_defaults(func=cmd_db_restore)
    p = dbsub.add_parser("repair", help="remove the duplicates and orphans `db check` reports (dry run by default)")
    p.add_argument("--apply", action="store_true", help="commit the repair (default: report what would change)")
    p.set_defaults(func=cmd_db_repair)


def _attach_to_db_group(sub) -> None:
    """Put backup/restore/repair under the existing `db` group (core.py), unless already wired."""
    db = sub.choices.get("db")
    if db is None:
        return
    actions = [a for a in db._actions if isinstance(a, argparse._SubParsersAction)]
    if actions and "backup" not in actions[0].choices:
        register_db(actions[0])


# -- schedule ---------------------------------------------------------------------------------------------
def _schedule_inputs(args):
    from coffee_scraper.registry import load_registry
    from coffee_scraper.scheduling import Scrapyd, last_runs, load_schedule

    schedule = load_schedule(args.schedule)
    roasters = load_registry(_registry_path(args))
    scrapyd = Scrapyd(args.scrapyd_url or schedule.scrapyd_url, args.project or schedule.project)
    conn = connect_db(args)
    try:
        last = last_runs(conn)
    finally:
        conn.close()
    now = datetime.fromisoformat(args.now) if args.now else datetime.now(timezone.utc)
    return schedule, roasters, scrapyd, last, now


def _state_path(args) -> Path:
    return Path(args.state or Path(project_settings().get("COFFEE_DATA_DIR")) / "schedule-state.json")


def _settings_pairs(pairs: list[str] | None) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise SystemExit(f"coffee-scraper: error: --setting {pair!r}: expected NAME=VALUE")
        out[name] = value
    return out


def cmd_schedule_run(args) -> int:
    from coffee_scraper.scheduling import run_due

    schedule, roasters, scrapyd, last, now = _schedule_inputs(args)
    started = run_due(schedule, roasters, scrapyd, last, _state_path(args), now,
                      extra_settings=_settings_pairs(args.setting), dry_run=args.dry_run)
    verb = "would start" if args.dry_run else "started"
    for slot in started:
        print(f"{verb} {slot.job_id}: spider={slot.spider} roaster={slot.slug} RUN_KIND={slot.kind}")
    print(f"{len(started)} job(s) {verb}")
    return 0


def cmd_schedule_list(args) -> int:
    from coffee_scraper.scheduling import busy_roasters, load_state, plan

    schedule, roasters, scrapyd, last, now = _schedule_inputs(args)
    try:
        busy = busy_roasters(scrapyd.list_jobs())
    except OSError as exc:  # list is for reading: still useful with Scrapyd down
        print(f"(Scrapyd unreachable, busy state unknown: {exc})", file=sys.stderr)
        busy = set()
    slots = plan(schedule, roasters, now, last, load_state(_state_path(args)), busy)
    print(f"{'ROASTER':<24} {'KIND':<5} {'CRON':<14} {'LAST START':<16} {'NEXT':<16} STATE")
    for s in slots:
        state = s.state + (f" ({s.reason})" if s.reason else "")
        print(f"{s.slug:<24} {s.kind:<5} {s.cron or '-':<14} {_when(s.last_started):<16} {_when(s.next_fire):<16} {state}")
    return 0


# -- roasters -----------------------------------------------------------------------------------------------
def cmd_roasters_list(args) -> int:
    from coffee_scraper.registry import load_registry

    registry = load_registry(_registry_path(args))
    conn = connect_db(args)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT DISTINCT ON (r.slug) r.slug, s.status, s.started_at, s.finished_at,"
            " (s.stats->>'items_valid')::int, jsonb_array_length(s.incidents)"
            " FROM roasters r LEFT JOIN scrape_runs s ON s.roaster_id = r.id"
            " ORDER BY r.slug, s.started_at DESC NULLS LAST"
        )
        state = {row[0]: row[1:] for row in cur.fetchall()}
    conn.close()
    print(f"{'ROASTER':<24} {'PLATFORM':<11} {'ACTIVE':<6} {'LAST RUN':<10} {'STARTED':<16} {'FINISHED':<16} {'VALID':>6} {'INCIDENTS':>9} URL")
    for r in registry:
        status, started, finished, valid, incidents = state.pop(r.slug, (None,) * 5)
        print(f"{r.slug:<24} {r.platform:<11} {'yes' if r.active else 'no':<6} {status or 'never':<10} "
              f"{_when(started):<16} {_when(finished):<16} {valid if valid is not None else '-':>6} "
              f"{incidents if incidents is not None else '-':>9} {r.url}")
    for slug, (status, started, finished, valid, incidents) in sorted(state.items()):
        print(f"{slug:<24} {'(not in registry)':<18} {status or 'never':<10} {_when(started):<16} {_when(finished):<16}")
    return 0


def append_roaster_entry(path: str, entry: dict):
    """Append ENTRY to the registry at PATH, keeping its comments; the result is validated first."""
    import os
    import re

    import yaml

    from coffee_scraper.registry import RegistryError, find_by_url, load_registry, roaster_from_entry

    path = Path(path)
    roaster = roaster_from_entry(entry, f"{path.name} new entry")
    existing = load_registry(path) if path.exists() else []
    if any(r.slug == roaster.slug for r in existing):
        raise RegistryError(f"{path}: slug {roaster.slug!r} is already in the registry")
    same_host = find_by_url(existing, roaster.url)
    if same_host is not None:
        raise RegistryError(f"{path}: {roaster.url} is already in the registry as {same_host.slug!r}")
    text = path.read_text(encoding="utf-8") if path.exists() else "roasters:\n"
    item = yaml.safe_dump([{"slug": roaster.slug, **entry}], sort_keys=False, allow_unicode=True)
    indent = (re.search(r"^(\s*)- ", text, re.M) or re.search(r"^()", "")).group(1) or "  "
    block = "".join(indent + line + "\n" for line in item.splitlines())
    candidate = text + ("" if text.endswith("\n") else "\n") + block
    try:  # appending text keeps the comments; fall back to a rewrite when the layout does not allow it
        parsed = yaml.safe_load(candidate)
        ok = isinstance(parsed, dict) and len(parsed.get("roasters") or []) == len(existing) + 1
    except yaml.YAMLError:
        ok = False
    if not ok:
        data = yaml.safe_load(text) or {}
        entries = (data.get("roasters") if isinstance(data, dict) else data) or []
        candidate = yaml.safe_dump({"roasters": [*entries, {"slug": roaster.slug, **entry}]}, sort_keys=False)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(candidate, encoding="utf-8")
    load_registry(tmp)  # the whole file must still validate before it replaces the registry
    os.replace(tmp, path)
    return roaster


def cmd_roasters_add(args) -> int:
    from coffee_scraper.detect import detect

    result = detect(args.url, render_check=not args.no_render)
    for line in result.evidence:
        print(f"  - {terminal_safe(line)}")
    if result.platform == "unknown":
        print(f"{args.url}: no known shop platform found; not added (pass --platform to add it anyway)",
              file=sys.stderr)
        if not args.platform:
            return 1
    entry = {"url": result.url}
    if args.slug:
        entry["slug"] = args.slug
    if args.name:
        entry["name"] = args.name
    entry["platform"] = args.platform or result.platform
    if args.currency:
        entry["currency"] = args.currency
    if result.render and not args.platform:
        entry["render"] = result.render
    path = _registry_path(args)
    if args.dry_run:
        from coffee_scraper.registry import roaster_from_entry

        roaster = roaster_from_entry(entry, "new entry")
        print(f"would add {roaster.slug} ({roaster.platform}) to {path}")
        return 0
    roaster = append_roaster_entry(path, entry)
    print(f"added {roaster.slug} ({roaster.platform}{', render: js' if roaster.render else ''}) to {path}")
    return 0


# -- revalidate ----------------------------------------------------------------------------------------------
def cmd_revalidate(args) -> int:
    from coffee_scraper.revalidate import revalidate

    conn = connect_db(args)
    report = revalidate(conn, roaster=args.roaster, batch_size=args.batch_size, apply=not args.dry_run)
    conn.close()
    prefix = "dry run: " if args.dry_run else ""
    print(f"{prefix}checked {report.checked} artifact(s): {report.became_invalid} valid -> invalid, "
          f"{report.became_valid} invalid -> valid, {report.errors_changed} with different errors "
          f"({report.changed} changed)")
    for line in report.examples:
        print(f"  {terminal_safe(line)}")
    return 0


def register(sub) -> None:
    _attach_to_db_group(sub)

    schedule = sub.add_parser("schedule", help="crawl schedules through Scrapyd: run what is due, list")
    ssub = schedule.add_subparsers(dest="schedule_command", required=True, metavar="SUBCOMMAND")
    for name, func, text in (
        ("run", cmd_schedule_run, "start every due run on Scrapyd (for a timer every few minutes)"),
        ("list", cmd_schedule_list, "what is due when, per roaster and run kind"),
    ):
        p = ssub.add_parser(name, help=text, description=text)
        p.add_argument("--schedule", help="schedule YAML (default: $COFFEE_SCHEDULE, else coffee_scraper/schedule.yaml)")
        p.add_argument("--registry", help="roaster registry (default: the ROASTER_REGISTRY setting)")
        p.add_argument("--scrapyd-url", help="Scrapyd URL (default: $SCRAPYD_URL, else the schedule file's)")
        p.add_argument("--project", help="Scrapyd project (default: the schedule file's)")
        p.add_argument("--state", help="scheduler state file (default: COFFEE_DATA_DIR/schedule-state.json)")
        p.add_argument("--now", help="pretend it is this UTC time (ISO 8601), to check a schedule")
        p.add_argument("--database-url", help=DB_URL_HELP)
        if name == "run":
            p.add_argument("--setting", action="append", metavar="NAME=VALUE",
                           help="extra Scrapy setting for every job started (repeatable)")
            p.add_argument("--dry-run", action="store_true", help="print what would start, start nothing")
        p.set_defaults(func=func)

    roasters = sub.add_parser("roasters", help="the roaster registry with each roaster's last run; add a shop")
    rsub = roasters.add_subparsers(dest="roasters_command", required=True, metavar="SUBCOMMAND")
    p = rsub.add_parser("list", help="registry roasters with last run status and time")
    p.add_argument("--registry", help="roaster registry (default: the ROASTER_REGISTRY setting)")
    p.add_argument("--database-url", help=DB_URL_HELP)
    p.set_defaults(func=cmd_roasters_list)
    p = rsub.add_parser("add", help="detect a shop's platform and append it to the registry")
    p.add_argument("url", help="the shop's URL")
    p.add_argument("--name", help="display name (default: the slug)")
    p.add_argument("--slug", help="registry key (default: derived from the host)")
    p.add_argument("--currency", help="ISO 4217 currency (Shopify feeds never state it)")
    # Checked against the platform spiders when the entry is validated (no list here).
    p.add_argument("--platform", help="skip the detection verdict and use this platform (a spider name, or auto)")
    p.add_argument("--registry", help="registry YAML to append to (default: the ROASTER_REGISTRY setting)")
    p.add_argument("--no-render", action="store_true", help="do not start Chromium to confirm a JS-only shop")
    p.add_argument("--dry-run", action="store_true", help="detect and validate, write nothing")
    p.set_defaults(func=cmd_roasters_add)

    p = sub.add_parser("revalidate", help="re-run the JSON-schema validation over stored artifacts")
    p.add_argument("--roaster", help="only this roaster's artifacts")
    p.add_argument("--batch-size", type=int, default=2000, help="artifacts per read and per UPDATE")
    p.add_argument("--dry-run", action="store_true", help="count what would change, write nothing")
    p.add_argument("--database-url", help=DB_URL_HELP)
    p.set_defaults(func=cmd_revalidate)


def main(argv: list[str] | None = None) -> int:
    """`python -m coffee_scraper.cli.ops ...`: the coffee-scraper CLI with this module wired in."""
    from coffee_scraper import cli

    if "coffee_scraper.cli.ops" not in cli.COMMAND_MODULES:
        cli.COMMAND_MODULES.append("coffee_scraper.cli.ops")
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
