"""Monitoring CLI commands: `serve` (/metrics and /health) and `alerts test` / `alerts status`."""
from __future__ import annotations

import sys

from coffee_scraper.cli.output import terminal_safe


def _settings(args):
    """Project settings with the command's -s NAME=VALUE overrides (as `scrapy -s`)."""
    from coffee_scraper.cli.core import project_settings

    settings = project_settings()
    for pair in getattr(args, "set", None) or []:
        name, sep, value = pair.partition("=")
        if not sep:
            raise SystemExit(f"coffee-scraper: error: -s expects NAME=VALUE, got {pair!r}")
        settings.set(name.strip(), value, priority="cmdline")
    return settings


def cmd_serve(args) -> int:
    from coffee_scraper.service import serve

    return serve(args.host, args.port, args.database_url, _settings(args))


def cmd_alerts_test(args) -> int:
    from coffee_scraper.alerts import Notification, channels_from_settings, deliver

    settings = _settings(args)
    channels = channels_from_settings(settings)
    if not channels:
        print("no alert channel enabled: set ALERT_WEBHOOK_URL, ALERT_SENTRY (with SENTRY_DSN in the "
              "environment) or ALERT_EMAIL_TO", file=sys.stderr)
        return 1
    note = Notification("test", "coffee_scraper", "alerts_test", args.message)
    outcome = deliver(channels, [note])
    for name, error in outcome.items():
        print(f"{'ok  ' if error is None else 'FAIL'}  {name}" + (f"  {error}" if error else ""))
    failed = sum(1 for e in outcome.values() if e is not None)
    print(f"{failed} channel(s) failed" if failed else f"test alert delivered through {len(outcome)} channel(s)")
    return 1 if failed else 0


def cmd_alerts_status(args) -> int:
    from coffee_scraper.cli.core import connect_db

    conn = connect_db(args)
    with conn.cursor() as cur:
        cur.execute("SELECT roaster, monitor, notified, failing_since, last_alert_at, last_message "
                    "FROM alert_state WHERE failing ORDER BY roaster, monitor")
        rows = cur.fetchall()
    conn.close()
    for roaster, monitor, notified, since, last_alert, message in rows:
        print(f"{roaster:<24} {monitor:<16} since {since:%Y-%m-%d %H:%M} "
              f"{'alerted' if notified else 'not yet alerted (cooldown)'}: {terminal_safe(message)}")
    print(f"{len(rows)} failing check(s)" if rows else "no failing checks")
    return 0


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve Prometheus /metrics and JSON /health")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--database-url", help="Postgres DSN (default: $DATABASE_URL, else the embedded server)")
    p.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", help="override a setting")
    p.set_defaults(func=cmd_serve)

    alerts = sub.add_parser("alerts", help="alerting: test the channels, list failing checks")
    asub = alerts.add_subparsers(dest="alerts_command", required=True, metavar="SUBCOMMAND")
    p = asub.add_parser("test", help="send a test alert through every enabled channel; exit 1 if one fails")
    p.add_argument("--message", default="if you read this, alerts reach you")
    p.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", help="override a setting")
    p.set_defaults(func=cmd_alerts_test)
    p = asub.add_parser("status", help="the (roaster, monitor) pairs failing now")
    p.add_argument("--database-url", help="Postgres DSN (default: $DATABASE_URL, else the embedded server)")
    p.set_defaults(func=cmd_alerts_status)
