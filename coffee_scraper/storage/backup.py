"""Database backup and restore with pg_dump/psql of a version that can talk to the server in use.

The machine's pg_dump may be older than the server (Debian's 15 cannot dump the embedded 16), and
pg_dump refuses a newer server; the pgserver package ships 16's binaries, so the tool is chosen by
the server's major version: the first of PATH's and pgserver's whose major version is >= the
server's, preferring an exact match. Dumps are plain SQL with DROP ... IF EXISTS, so a restore
replaces the catalogue; restores run in one transaction and stop at the first error.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
import psycopg2
from psycopg2.extensions import make_dsn, parse_dsn

from coffee_scraper.redact import redact
from coffee_scraper.storage.db import import_pgserver


class BackupError(OSError):
    """pg_dump/psql failed or is unusable; the message never carries a password."""


def server_major(conn) -> int:
    return conn.server_version // 10000


def _tool_version(path: str) -> int | None:
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30).stdout
    except OSError:
        return None
    found = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(found.group(1)) if found else None


def candidate_tools(name: str) -> list[str]:
    paths = []
    try:
        pgserver = import_pgserver()
        bundled = Path(pgserver.__file__).parent / "pginstall" / "bin" / name
        if bundled.exists():
            paths.append(str(bundled))
    except ImportError:
        pass
    on_path = shutil.which(name)
    if on_path:
        paths.append(on_path)
    return paths


def pick_tool(name: str, major: int) -> str:
    """The pg_dump/psql binary to use against a server of version MAJOR."""
    versions = [(p, _tool_version(p)) for p in candidate_tools(name)]
    usable = [(p, v) for p, v in versions if v is not None and v >= major]
    if not usable:
        found = ", ".join(f"{p} ({v})" for p, v in versions) or "none"
        raise BackupError(f"no {name} of version >= {major} (the server's) found; have: {found}")
    exact = [p for p, v in usable if v == major]
    return exact[0] if exact else min(usable, key=lambda pv: pv[1])[0]


def _libpq_env(dsn: str) -> tuple[list[str], dict]:
    """Connection arguments for the tools: the DSN minus its password, which goes in PGPASSWORD.

    The command line is visible to every user (`ps`); the environment is not. parse_dsn reads URL and
    key=value DSNs alike and decodes a URL-encoded password (`p%40ss` is `p@ss` to the server).
    """
    env = dict(os.environ)
    params = parse_dsn(dsn)
    password = params.pop("password", None)
    if password:
        env["PGPASSWORD"] = password
    return ["--dbname", make_dsn(**params)], env


def _run(cmd: list[str], env: dict, what: str, dsn: str, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        tail = redact(result.stderr.strip())[-2000:]
        raise BackupError(f"{what} of {redact(dsn)} failed (exit {result.returncode}): {tail}")
    return result


def backup(dsn: str, path: str | os.PathLike) -> dict:
    """Dump the whole database to PATH (plain SQL); written to PATH.partial, then renamed."""
    with psycopg2.connect(dsn, connect_timeout=10) as conn:
        major = server_major(conn)
    conn.close()
    tool = pick_tool("pg_dump", major)
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    args, env = _libpq_env(dsn)
    # A dump holds every row: readable by its owner only, from its first byte (pg_dump keeps the mode).
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    os.chmod(partial, 0o600)
    _run([tool, *args, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--file", str(partial)],
         env, "pg_dump", dsn, timeout=6 * 3600)
    os.replace(partial, target)
    return {"file": str(target), "bytes": target.stat().st_size, "tool": tool, "server_major": major}


def restore(dsn: str, path: str | os.PathLike) -> dict:
    """Replace the database's contents with the dump at PATH, in one transaction."""
    source = Path(path)
    if not source.is_file():
        raise BackupError(f"backup file {source} does not exist")
    with psycopg2.connect(dsn, connect_timeout=10) as conn:
        major = server_major(conn)
    conn.close()
    tool = pick_tool("psql", major)
    args, env = _libpq_env(dsn)
    _run([tool, *args, "--no-psqlrc", "--quiet", "--single-transaction", "-v", "ON_ERROR_STOP=1",
          "--file", str(source)], env, "psql restore", dsn, timeout=6 * 3600)
    return {"file": str(source), "tool": tool, "server_major": major}
