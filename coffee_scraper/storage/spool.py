"""Durable local spool: batches that could not reach Postgres wait here, then are replayed.

One JSON line per operation (a batch write or a run finish), fsynced before the in-memory copy
is dropped, so a database outage or a crash between the two loses nothing. Replay is idempotent
because every write is an upsert keyed by (roaster, product), (coffee, variant), (variant, run).
What Postgres refuses for good (a poisoned operation) goes to a dead-letter file beside the spool,
with the error, so it never blocks the operations after it nor the next crawl.
"""
from __future__ import annotations

import json
import logging
import os
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterator

logger = logging.getLogger("coffee_scraper.store")


def _default(value):
    if isinstance(value, Decimal):
        return str(value)  # Postgres casts the quoted literal back to numeric exactly
    raise TypeError(f"cannot spool {type(value).__name__}")


class SpoolFull(OSError):
    """The spool could not take a write (disk full, read-only, quota): nothing of it was kept."""


class Spool:
    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)
        self.path: Path | None = None

    def append(self, op: str, **payload) -> None:
        line = json.dumps({"op": op, **payload}, default=_default, ensure_ascii=False)
        if self.path is None:
            self.path = self.directory / f"spool-{os.getpid()}-{uuid.uuid4().hex[:8]}.jsonl"
        self._write_line(self.path, line)

    def quarantine(self, record: dict | str, error: str) -> Path:
        """Keep an operation Postgres refused (or a line that is not JSON) with its error; returns the file."""
        path = self.directory / f"dead-letter-{os.getpid()}.jsonl"
        self._write_line(path, json.dumps({"error": error, "record": record}, default=_default, ensure_ascii=False))
        return path

    def _write_line(self, path: Path, line: str) -> None:
        # A lone surrogate (from a feed's "\\ud800") is written as that JSON escape; the writer cleans it.
        data = (line + "\n").encode("utf-8", "backslashreplace")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with open(path, "ab") as fh:
                start = fh.tell()
                try:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                except OSError:
                    fh.truncate(start)  # no half line: the lines before it stay replayable
                    raise
        except OSError as exc:
            raise SpoolFull(exc.errno, f"cannot write the spool {path}: {exc.strerror or exc}") from exc

    def dead_letters(self) -> list[Path]:
        return sorted(self.directory.glob("dead-letter-*.jsonl")) if self.directory.exists() else []

    def files(self) -> list[Path]:
        return sorted(self.directory.glob("spool-*.jsonl")) if self.directory.exists() else []

    def pending(self) -> int:
        return sum(1 for f in self.files() for line in f.open(encoding="utf-8") if line.strip())

    def records(self, path: Path) -> Iterator[dict]:
        """The file's operations in order; a line that is not JSON is quarantined, unless it is the last."""
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.readlines()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError as exc:
                if n == len(lines):
                    # A line cut by a crash while being written: it was never acknowledged.
                    logger.warning("spool %s line %d is incomplete; ignored", path, n)
                else:
                    where = self.quarantine(line.rstrip("\n"), f"{path.name} line {n} is not JSON: {exc}")
                    logger.error("spool %s line %d is not JSON; kept in %s", path, n, where)

    def replay(self, apply: Callable[[dict], None]) -> int:
        """Apply every spooled operation in order; a file is deleted once fully applied.

        `apply` quarantines what it cannot write (DurableWriter.apply); an error it raises (the
        database went away again) stops the replay with the file kept, to be replayed later.
        """
        done = 0
        for path in self.files():
            for record in self.records(path):
                apply(record)
                done += 1
            path.unlink()
            if path == self.path:
                self.path = None
        return done
