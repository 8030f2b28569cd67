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
    _options_after_subcommands(parser)
    return parser


def _options_after_subcommands(parser, inherited=()) -> None:
    """`coffee-scraper db check --database-url X` as well as `coffee-scraper db --database-url X check`.

    Every option of a command group (and -v of the program) is accepted again by each of its
    subcommands; SUPPRESS keeps a value given earlier on the line when the subcommand omits it.
    """
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        for action in inherited:
            if not any(s in parser._option_string_actions for s in action.option_strings):
                kwargs = {"action": "store_true"} if action.nargs == 0 else {"metavar": action.metavar}
                parser.add_argument(*action.option_strings, dest=action.dest, default=argparse.SUPPRESS,
                                    help=argparse.SUPPRESS, **kwargs)
        return
    own = [a for a in parser._actions if a.option_strings and a.dest != "help"]
    for group in groups:
        for child in group.choices.values():
            _options_after_subcommands(child, (*inherited, *own))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")
    from coffee_scraper.logformatter import quiet_logging
    from coffee_scraper.redact import redact_handler

    quiet_logging({"LOG_LEVEL": "DEBUG" if args.verbose else "INFO"})
    for handler in logging.getLogger().handlers:
        redact_handler(handler)  # secrets never reach the operator's terminal or journal
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
