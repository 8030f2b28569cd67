"""Durable local spool: batches that could not reach Postgres wait here, then are replayed.

One JSON line per operation (a batch write or a run finish), fsynced before the in-memory copy
is dropped, so a database outage or a crash between the two loses nothing. Replay is idempotent
because every write is an upsert keyed by (roaster, product), (coffee, variant), (variant, run).
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


class Spool:
    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)
        self.path: Path | None = None

    def append(self, op: str, **payload) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        if self.path is None:
            self.path = self.directory / f"spool-{os.getpid()}-{uuid.uuid4().hex[:8]}.jsonl"
        line = json.dumps({"op": op, **payload}, default=_default, ensure_ascii=False)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def files(self) -> list[Path]:
        return sorted(self.directory.glob("spool-*.jsonl")) if self.directory.exists() else []

    def pending(self) -> int:
        return sum(1 for f in self.files() for line in f.open(encoding="utf-8") if line.strip())

    @staticmethod
    def _records(path: Path) -> Iterator[dict]:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except ValueError:
                    # A line cut by a crash while being written: it was never acknowledged.
                    logger.warning("spool %s line %d is incomplete; ignored", path, n)

    def replay(self, apply: Callable[[dict], None]) -> int:
        """Apply every spooled operation in order; a file is deleted once fully applied."""
        done = 0
        for path in self.files():
            for record in self._records(path):
                apply(record)
                done += 1
            path.unlink()
            if path == self.path:
                self.path = None
        return done
