"""The operator CLI, `coffee-scraper`: one subcommand group per module, each with --help."""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

# Each module defines register(subparsers); add a module here to add its commands.
COMMAND_MODULES = [
    "coffee_scraper.cli.core",
    "coffee_scraper.cli.review",
    "coffee_scraper.cli.monitoring",
    "coffee_scraper.cli.report",
    "coffee_scraper.cli.ops",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coffee-scraper",
        description="Operate the coffee_scraper crawler: database, detection, demo, monitoring, reports.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log at DEBUG level and show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")
    from coffee_scraper.redact import redact_handler

    for handler in logging.getLogger().handlers:
        redact_handler(handler)  # secrets never reach the operator's terminal or journal
    if not args.verbose:
        logging.getLogger("pgserver").setLevel(logging.WARNING)  # its start-up chatter is not news
    if not hasattr(args, "database_url"):
        args.database_url = None
    try:
        return args.func(args) or 0
    except Exception as exc:  # an operator gets one clear line, not a traceback
        import psycopg2

        from coffee_scraper.redact import redact
        from coffee_scraper.registry import RegistryError

        if args.verbose or not isinstance(exc, (RegistryError, OSError, psycopg2.Error)):
            raise
        print(f"coffee-scraper: error: {redact(str(exc))}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
