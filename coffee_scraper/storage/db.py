"""Connections: DATABASE_URL or the embedded PostgreSQL (pgserver), migrations."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import psycopg2

# The one redaction helper; `redact_dsn` is the name the pipeline and the CLI import.
from coffee_scraper.redact import redact as redact_dsn

logger = logging.getLogger("coffee_scraper.store")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_MIGRATION_LOCK = 0x0C0FFEE  # pg_advisory_lock key: one migrator at a time across workers


def import_pgserver():
    """The pgserver package, imported when the embedded server is needed (never on importing storage).

    pgserver locks under $XDG_RUNTIME_DIR and warns on import when it is unset: use the directory its
    fallback would, so every process shares one lock either way.
    """
    if not os.environ.get("XDG_RUNTIME_DIR") and hasattr(os, "getuid"):
        runtime = f"/tmp/runtime-{os.getuid()}"
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        if os.stat(runtime).st_uid == os.getuid():
            os.chmod(runtime, 0o700)  # platformdirs rejects (and warns about) a wider one
        os.environ["XDG_RUNTIME_DIR"] = runtime
    import pgserver

    return pgserver


def embedded_dsn(data_dir: str | os.PathLike) -> str:
    """Start (or reuse) the embedded PostgreSQL under DATA_DIR/pgdata and return its DSN.

    The server is left running after this process exits so the next command reuses it
    (`coffee-scraper db stop` stops it).
    """
    pgserver = import_pgserver()  # lazily: a DATABASE_URL user never needs it

    path = Path(data_dir).resolve()
    path.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(path / "pgdata", cleanup_mode=None)
    return server.get_uri()


def resolve_dsn(database_url: str | None, data_dir: str | os.PathLike = ".data") -> str:
    return database_url or embedded_dsn(data_dir)


def dsn_from_settings(settings) -> str:
    return resolve_dsn(settings.get("DATABASE_URL"), settings.get("COFFEE_DATA_DIR", ".data"))


class DatabaseUnavailable(Exception):
    """Postgres cannot be reached at start-up; the message is one line, without the password."""


def stores_to_database(settings) -> bool:
    """Whether the crawl's item pipelines write to Postgres (a `-O file` crawl without the store does not)."""
    pipelines = settings.getwithbase("ITEM_PIPELINES")
    return any(".pipelines.store." in str(path) for path, order in pipelines.items() if order is not None)


def check_reachable(settings) -> None:
    """Connect once before the crawl starts, so an unreachable database is one line, not a traceback."""
    if not stores_to_database(settings):
        return
    try:
        dsn = dsn_from_settings(settings)
        connect(dsn).close()
    except (psycopg2.Error, OSError) as exc:
        text = " ".join(line.strip() for line in str(exc).splitlines() if line.strip()) or type(exc).__name__
        raise DatabaseUnavailable(f"database unreachable (setting DATABASE_URL): {redact_dsn(text)}") from None


def connect(dsn: str, **kwargs):
    try:
        conn = psycopg2.connect(dsn, connect_timeout=10, application_name="coffee_scraper", **kwargs)
    except psycopg2.OperationalError as exc:
        # libpq's message may echo the DSN; never let a password reach the log.
        raise psycopg2.OperationalError(
            f"cannot connect to Postgres at {redact_dsn(dsn)}: {redact_dsn(str(exc)).strip()}"
        ) from None
    return conn


def pending_migrations(conn) -> list[Path]:
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('schema_migrations') IS NOT NULL")
        if not cur.fetchone()[0]:
            applied = set()
        else:
            cur.execute("SELECT version FROM schema_migrations")
            applied = {r[0] for r in cur.fetchall()}
    conn.rollback()
    return [p for p in sorted(MIGRATIONS_DIR.glob("*.sql")) if p.stem not in applied]


def migrate(conn) -> list[str]:
    """Apply pending migrations in order, each in its own transaction; returns the versions applied."""
    applied: list[str] = []
    with conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
    conn.commit()
    try:
        with conn.cursor() as cur:
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
        conn.commit()
        for path in pending_migrations(conn):
            with conn.cursor() as cur:
                cur.execute(path.read_text(encoding="utf-8"))
                cur.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (path.stem,))
            conn.commit()
            applied.append(path.stem)
            logger.info("applied migration %s", path.stem)
    except Exception:
        conn.rollback()
        raise
    finally:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))
        conn.commit()
    return applied
