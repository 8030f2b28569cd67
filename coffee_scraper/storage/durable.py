"""Postgres writes that survive an outage: one connection, backoff, the spool, replay, run events.

The store pipeline and `coffee-scraper db replay-spool` both write through `DurableWriter.apply`,
so a replayed operation is written exactly as a live one (refused rows quarantined, a finished
run's catalogue events recorded and notified). `submit` writes now or, while Postgres is away,
spools; when neither can take a write it raises StorageUnavailable.

`WriterThread` runs a DurableWriter's operations on one thread of their own, in the order they were
handed over, so the crawl keeps parsing while Postgres writes (psycopg2 releases the GIL meanwhile).
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import psycopg2

from coffee_scraper.storage.db import connect, dsn_from_settings, redact_dsn
from coffee_scraper.storage.spool import Spool, SpoolFull
from coffee_scraper.storage.writer import CatalogWriter, connection_lost

logger = logging.getLogger("coffee_scraper.store")


class StorageUnavailable(RuntimeError):
    """Neither Postgres nor the spool could take a write."""


class DurableWriter:
    """Owns the connection and the spool. `count(key, n)` receives write counters (Scrapy stats).

    `on_refused(entry)` hears of every product Postgres refused (write_batch_or_parts's entries),
    stored as an invalid artifact or, failing that, kept in the spool's dead-letter file.
    """

    def __init__(self, dsn: str, spool: Spool, settings, count: Callable[[str, float], None] | None = None,
                 on_refused: Callable[[dict], None] | None = None):
        self.dsn = dsn
        self.spool = spool
        self.settings = settings
        self.review_delta = settings.getint("REVIEW_VARIANT_DELTA", 3)
        self.outage_wait = settings.getfloat("DB_OUTAGE_WAIT", 60.0)
        self.counts: Counter = Counter()
        self._count = count
        self.on_refused = on_refused
        self.conn = None
        self.writer: CatalogWriter | None = None
        self.down_since: float | None = None
        self.next_attempt = 0.0
        self.backoff = 1.0
        self.quarantined = 0
        self.on_reconnect: Callable[[], None] | None = None

    @classmethod
    def from_settings(cls, settings, **kwargs) -> "DurableWriter":
        spool = Spool(Path(settings.get("COFFEE_DATA_DIR", ".data")) / "spool")
        return cls(dsn_from_settings(settings), spool, settings, **kwargs)

    def count(self, key: str, n: float = 1) -> None:
        self.counts[key] += n
        if self._count is not None:
            self._count(key, n)

    def open(self):
        """Connect (an unreachable database at start is a configuration error: it raises)."""
        self.conn = connect(self.dsn)
        self.writer = CatalogWriter(self.conn)
        return self.conn

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()

    @property
    def down(self) -> bool:
        return self.down_since is not None

    # -- writing -------------------------------------------------------------------------------
    def submit(self, op: str, **payload) -> None:
        """Write one operation now, or spool it while Postgres is away."""
        record = {"op": op, **payload}
        if self.down_since is None or self._try_reconnect():
            try:
                self.apply(record)
                return
            except psycopg2.Error as exc:
                if not connection_lost(exc, self.conn):
                    raise
                self._went_down(exc)
        try:
            self.spool.append(op, **payload)
        except SpoolFull as exc:
            self.count("db/spool_failed")
            raise StorageUnavailable(f"Postgres is unreachable and {exc.strerror}") from exc
        self.count("db/spooled")

    def apply(self, record: dict) -> dict:
        """Write one operation (live or replayed); refused products are reported and quarantined."""
        started = time.monotonic()
        counts = self.writer.apply(record, self.review_delta)
        finished = counts.pop("finished_run_ids", None)  # run ids, not a count
        for entry in counts.pop("refused", []):
            self.count("db/refused")
            if not entry["stored"]:
                where = self.spool.quarantine({"op": "batch", "coffees": [entry["coffee"]] if entry["coffee"] else [],
                                               "artifacts": [entry["artifact"]] if entry["artifact"] else [],
                                               "run_kind": record.get("run_kind")}, entry["error"])
                self.quarantined += 1
                self.count("db/quarantined")
                logger.error("a product Postgres refused is kept in %s: %s", where, entry["error"])
            if self.on_refused is not None:
                self.on_refused(entry)
        for key, value in counts.items():
            self.count(f"db/{key}", value)
        if record["op"] == "batch":
            self.count("db/batches")
        self.count("db/write_seconds", time.monotonic() - started)
        if finished:
            self.record_events(finished)
        return counts

    def apply_or_quarantine(self, record: dict) -> None:
        """Replay's apply: an operation Postgres refuses for good is set aside, not retried forever."""
        try:
            self.apply(record)
        except Exception as exc:  # noqa: BLE001 - whatever it is, it must not block the operations after it
            if isinstance(exc, psycopg2.Error) and connection_lost(exc, self.conn):
                raise
            if self.conn is not None and not self.conn.closed:
                self.conn.rollback()
            where = self.spool.quarantine(record, f"{type(exc).__name__}: {str(exc).strip()}")
            self.quarantined += 1
            self.count("db/quarantined")
            logger.error("spooled %s operation could not be written (%s: %s); kept in %s",
                         record.get("op"), type(exc).__name__, str(exc).strip().splitlines()[:1], where)

    def replay(self) -> int:
        """Replay the spool now; returns the number of operations it held."""
        replayed = self.spool.replay(self.apply_or_quarantine)
        if replayed:
            self.count("db/spool_replayed", replayed)
        return replayed

    def record_events(self, run_ids: list[int]) -> None:
        """Catalogue events of finished runs (also on spool replay), then news for the watch list."""
        if not self.settings.getbool("EVENTS_ENABLED", True):
            return
        from coffee_scraper.events import record_runs_events
        from coffee_scraper.events_notify import notify_run_events

        def failed(run_id, exc) -> bool:
            if not isinstance(exc, psycopg2.Error) or connection_lost(exc, self.conn):
                return False  # submit() spools the finish again; its replay recomputes (idempotent)
            logger.error("run %s: catalogue events not recorded", run_id, exc_info=exc)
            return True

        try:
            by_run = record_runs_events(self.conn, run_ids, self.settings.getint("EVENTS_REMOVED_AFTER_RUNS", 2),
                                        on_error=failed)
            for counts in by_run.values():
                for kind, n in counts.items():
                    self.count(f"events/{kind}", n)
            for run_id in run_ids:
                notify_run_events(self.conn, run_id, self.settings)
        except psycopg2.Error as exc:
            if connection_lost(exc, self.conn):
                raise  # submit() spools the finish again; its replay recomputes (idempotent)
            self.conn.rollback()
            logger.exception("runs %s: catalogue events not recorded", run_ids)

    # -- outages -------------------------------------------------------------------------------
    def _went_down(self, exc):
        if self.down_since is None:
            self.down_since = time.monotonic()
            self.count("db/outages")
            logger.error("Postgres unreachable (%s); spooling writes to %s until it returns",
                         redact_dsn(str(exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__,
                         self.spool.directory)
        self.next_attempt = time.monotonic() + self.backoff
        try:
            self.conn.close()
        except Exception:  # noqa: BLE001 - already broken
            pass

    def _try_reconnect(self) -> bool:
        if time.monotonic() < self.next_attempt:
            return False
        try:
            self.open()
            if self.on_reconnect is not None:
                self.on_reconnect()
            replayed = self.spool.replay(self.apply_or_quarantine)
        except psycopg2.Error as exc:
            if not connection_lost(exc, self.conn):
                raise
            self.backoff = min(self.backoff * 2, 30.0)
            self._went_down(exc)
            return False
        logger.warning("Postgres is back after %.1f s; replayed %d spooled operation(s)",
                       time.monotonic() - self.down_since, replayed)
        self.count("db/spool_replayed", replayed)
        self.down_since, self.backoff = None, 1.0
        return True

    def wait_for_database(self) -> None:
        """Give an outage DB_OUTAGE_WAIT seconds to end (at close) before leaving the spool."""
        deadline = time.monotonic() + self.outage_wait
        while self.down_since is not None and time.monotonic() < deadline:
            self.next_attempt = 0.0
            if not self._try_reconnect():
                time.sleep(min(self.backoff, max(0.0, deadline - time.monotonic())))


@dataclass
class Outcome:
    """What one operation on the writer thread did: its value or error, and the counters and refused
    products it reported, for the caller to apply on its own thread (Scrapy stats are not thread-safe)."""
    value: Any = None
    error: BaseException | None = None
    counts: list[tuple[str, float]] = field(default_factory=list)
    refused: list[dict] = field(default_factory=list)


class WriterThread:
    """The one thread that owns a DurableWriter (connection, spool, outage state).

    `call(fn, ...)` queues `fn(...)` and returns a Future of its Outcome. One worker, FIFO: the
    operations (and so the spool's records) keep the order they were handed over in. The writer's
    `count` and `on_refused` callbacks are collected per operation instead of called on this thread.
    """

    def __init__(self, store: DurableWriter):
        self.store = store
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coffee-db-writer")
        self._counts: list[tuple[str, float]] = []
        self._refused: list[dict] = []
        # Lambdas: the lists are handed over with each outcome and replaced (a bound .append would keep the old one).
        store._count = lambda key, n=1: self._counts.append((key, n))
        store.on_refused = lambda entry: self._refused.append(entry)

    def call(self, fn: Callable, *args, **kwargs) -> Future:
        return self._executor.submit(self._run, fn, args, kwargs)

    def _run(self, fn, args, kwargs) -> Outcome:
        outcome = Outcome()
        try:
            outcome.value = fn(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller with what was counted before it
            outcome.error = exc
        outcome.counts, self._counts = self._counts, []
        outcome.refused, self._refused = self._refused, []
        return outcome

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
