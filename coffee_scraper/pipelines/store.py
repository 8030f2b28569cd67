"""Store pipeline: batched Postgres upserts of coffees, variants, prices, artifacts and runs.

Valid items are buffered and written DB_BATCH_SIZE at a time. Items dropped earlier in the chain
still reach the database: the `item_dropped` signal turns an invalid item into an 'invalid'
artifact (with its errors) and a non-coffee into a 'skipped' one (with its reason).

When Postgres goes away mid-crawl, batches go to a durable local spool (fsynced JSON lines) and
are replayed, in order, as soon as a reconnect succeeds (with backoff), at close, or by the next
run. With JOBDIR, a resumed crawl reuses the unfinished runs of the killed one, so its rows are
upserts of the same (variant, run) keys, never duplicates.
"""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import psycopg2
from scrapy import signals

from coffee_scraper.context import CrawlContext
from coffee_scraper.pipelines.normalize import NotCoffee
from coffee_scraper.pipelines.validate import InvalidItem, contract_of
from coffee_scraper.storage.db import connect, dsn_from_settings, migrate, redact_dsn
from coffee_scraper.storage.runs import attach_runs, worker_name
from coffee_scraper.storage.spool import Spool
from coffee_scraper.storage.writer import CatalogWriter, canonical_json, hash_text

logger = logging.getLogger("coffee_scraper.store")
DB_ERRORS = (psycopg2.OperationalError, psycopg2.InterfaceError)


def connection_lost(exc: Exception, conn) -> bool:
    """A lost server or connection (spool and retry), as opposed to a bad statement (a bug)."""
    if isinstance(exc, DB_ERRORS):
        return True
    # libpq reports a server that went away mid-statement as a bare DatabaseError with no
    # SQLSTATE; a statement the server rejected always carries one.
    if not isinstance(exc, psycopg2.Error):
        return False
    return exc.pgcode is None or conn is None or conn.closed != 0
RUNS_FILE = "coffee_runs.json"


def jobdir_runs(settings) -> dict | None:
    """The runs a previous, unfinished attempt of this JOBDIR crawl opened (None if none)."""
    jobdir = settings.get("JOBDIR")
    path = Path(jobdir) / RUNS_FILE if jobdir else None
    if not path or not path.exists():
        return None
    try:
        data = json.loads(path.read_text())
    except ValueError:
        return None
    return None if data.get("finished") else data


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.stats = crawler.stats
        self.batch_size = max(1, crawler.settings.getint("DB_BATCH_SIZE", 500))
        self.review_delta = crawler.settings.getint("REVIEW_VARIANT_DELTA", 3)
        self.run_kind = crawler.settings.get("RUN_KIND", "full")
        # Workers of one distributed crawl (DISTRIBUTED=1) share their runs, keyed by CRAWL_ID.
        self.crawl_id = crawler.settings.get("CRAWL_ID") if crawler.settings.getbool("DISTRIBUTED") else None
        self.worker = worker_name()
        if self.run_kind not in ("full", "price"):
            raise ValueError(f"RUN_KIND must be 'full' or 'price', got {self.run_kind!r}")
        self.outage_wait = crawler.settings.getfloat("DB_OUTAGE_WAIT", 60.0)
        self.spool = Spool(Path(crawler.settings.get("COFFEE_DATA_DIR", ".data")) / "spool")
        from coffee_scraper.events_notify import Watch

        Watch.from_settings(crawler.settings)  # a bad EVENTS_WATCH fails at start, not at close
        self.dsn: str | None = None
        self.conn = None
        self.writer: CatalogWriter | None = None
        self.down_since: float | None = None
        self.next_attempt = 0.0
        self.backoff = 1.0
        self.roaster_ids: dict[str, int] = {}
        self.run_ids: dict[str, int] = {}
        self.coffees: list[dict] = []
        self.artifacts: list[dict] = []
        self.opened = False
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # -- lifecycle -------------------------------------------------------------------------------
    def open_spider(self):
        spider = self.crawler.spider
        self.dsn = dsn_from_settings(self.settings)
        self.conn = connect(self.dsn)  # unreachable at start: a configuration error, fail now
        logger.info("storing into %s (run kind: %s)", redact_dsn(self.dsn), self.run_kind)
        if self.settings.getbool("DB_AUTO_MIGRATE", True):
            migrate(self.conn)
        self.writer = CatalogWriter(self.conn)
        replayed = self.spool.replay(self.apply)
        if replayed:
            logger.warning("replayed %d spooled operation(s) left by an earlier run", replayed)
            self.stats.inc_value("coffee/db/spool_replayed", replayed)
        roasters = list(CrawlContext.of(self.crawler).roasters)
        self.roaster_ids = self.writer.upsert_roasters(roasters)
        previous = jobdir_runs(self.settings)
        if previous and set(previous["run_ids"]) >= set(self.roaster_ids):
            self.run_ids = {slug: previous["run_ids"][slug] for slug in self.roaster_ids}
            self.writer.reopen_runs(list(self.run_ids.values()))
            logger.info("resuming runs %s of an unfinished crawl (JOBDIR)", sorted(self.run_ids.values()))
        elif self.crawl_id:
            self.run_ids = attach_runs(self.conn, self.roaster_ids, spider.name, self.crawl_id, self.worker)
        else:
            job_id = self.settings.get("JOB_ID") or getattr(spider, "_job", None)
            self.run_ids = self.writer.start_runs(self.roaster_ids, spider.name, job_id)
        self._write_runs_file(finished=False)
        self.stats.set_value("coffee/run_ids", dict(self.run_ids))
        self.opened = True

    def close_spider(self):
        self.flush()

    def spider_closed(self, spider, reason):
        if not self.opened:
            return
        incidents = CrawlContext.of(self.crawler).incidents
        for slug, run_id in self.run_ids.items():
            stats = self.roaster_stats(slug)
            status = self.run_status(slug, reason, stats, incidents.get(slug, []))
            if self.crawl_id:  # the shared run's final status is set when its last worker finishes
                self.submit("finish_shared_run", run_id=run_id, worker=self.worker, finish_reason=reason,
                            stats=stats, incidents=incidents.get(slug, []))
            else:
                self.submit("finish_run", run_id=run_id, status=status, finish_reason=reason, stats=stats,
                            incidents=incidents.get(slug, []))
            logger.debug("run %s roaster=%s status=%s stats=%s", run_id, slug, status, stats)
        if self.down_since is not None:
            self._wait_for_database()
        pending = self.spool.pending()
        self.stats.set_value("coffee/db/spool_pending", pending)
        if pending:
            logger.error(
                "Postgres still unreachable: %d operation(s) kept in %s; the next crawl or "
                "`coffee-scraper db replay-spool` writes them", pending, self.spool.directory,
            )
        else:
            self._write_runs_file(finished=reason == "finished")
        if self.conn is not None:
            self.conn.close()
        self.opened = False

    def _write_runs_file(self, finished: bool):
        jobdir = self.settings.get("JOBDIR")
        if jobdir:
            Path(jobdir).mkdir(parents=True, exist_ok=True)
            (Path(jobdir) / RUNS_FILE).write_text(json.dumps({"run_ids": self.run_ids, "finished": finished}))

    # -- items -----------------------------------------------------------------------------------
    def process_item(self, item):
        slug = item["roaster"]
        run_id, roaster_id = self.run_ids[slug], self.roaster_ids[slug]
        contract = contract_of(item)
        payload = canonical_json(item.get("raw") if item.get("raw") is not None else {})
        digest = hash_text(payload)  # once: the raw product is serialized once, for hash and payload
        self.coffees.append(
            {
                **contract,
                "run_id": run_id,
                "roaster_id": roaster_id,
                "content_hash": digest,
                "processing_status": item.get("processing_status") or "ok",
                "warnings": item.get("warnings") or [],
            }
        )
        self._add_artifact(item, "valid", [], contract, payload, digest)
        self.stats.inc_value("coffee/items/valid")
        self.stats.inc_value(f"coffee/roaster/{slug}/items_valid")
        if len(self.coffees) >= self.batch_size:
            self.flush()
        return item

    def item_dropped(self, item, response, exception, spider):
        if not self.opened or not hasattr(item, "get") or item.get("roaster") not in self.run_ids:
            return
        if isinstance(exception, InvalidItem):
            self._add_artifact(item, "invalid", item.get("validation_errors") or [str(exception)], contract_of(item))
        elif isinstance(exception, NotCoffee):
            self._add_artifact(item, "skipped", [item.get("skip_reason") or str(exception)], contract_of(item))
        else:
            return
        if len(self.artifacts) >= self.batch_size:
            self.flush()

    def _add_artifact(self, item, status, errors, contract, payload: str | None = None, digest: str | None = None):
        if payload is None:
            raw = item.get("raw")
            payload = canonical_json(raw if raw is not None else {})
            digest = hash_text(payload)
        self.artifacts.append(
            {
                "run_id": self.run_ids[item["roaster"]],
                "roaster_id": self.roaster_ids[item["roaster"]],
                "platform": item.get("platform") or self.crawler.spider.name,
                "url": item.get("url"),
                "product_id": item.get("product_id"),
                "payload_json": payload,  # canonical JSON text (also what the spool keeps)
                "normalized": contract,
                "content_hash": digest,
                "validation_status": status,
                "errors": errors,
            }
        )

    def flush(self):
        if not (self.coffees or self.artifacts) or not self.opened:
            return
        coffees, artifacts = self.coffees, self.artifacts
        self.coffees, self.artifacts = [], []
        self.submit("batch", coffees=coffees, artifacts=artifacts, run_kind=self.run_kind)

    # -- writing, with the spool between us and an absent database ------------------------------
    def submit(self, op: str, **payload):
        record = {"op": op, **payload}
        if self.down_since is not None and not self._try_reconnect():
            self.spool.append(op, **payload)
            self.stats.inc_value("coffee/db/spooled")
            return
        try:
            self.apply(record)
        except psycopg2.Error as exc:
            if not connection_lost(exc, self.conn):
                raise
            self._went_down(exc)
            self.spool.append(op, **payload)
            self.stats.inc_value("coffee/db/spooled")

    def apply(self, record: dict):
        started = time.monotonic()
        counts = self.writer.apply(record, self.review_delta)
        for key, value in counts.items():
            self.stats.inc_value(f"coffee/db/{key}", value)
        if record["op"] == "batch":
            self.stats.inc_value("coffee/db/batches")
        self.stats.inc_value("coffee/db/write_seconds", time.monotonic() - started)
        if record["op"] == "finish_run" or counts.get("shared_runs_finished"):
            self.record_events(record["run_id"])

    def record_events(self, run_id: int):
        """Catalogue events of a finished run (also on spool replay), then news for the watch list."""
        if not self.settings.getbool("EVENTS_ENABLED", True):
            return
        from coffee_scraper.events import record_run_events
        from coffee_scraper.events_notify import notify_run_events

        try:
            counts = record_run_events(self.conn, run_id, self.settings.getint("EVENTS_REMOVED_AFTER_RUNS", 2))
            for kind, n in counts.items():
                self.stats.inc_value(f"coffee/events/{kind}", n)
            notify_run_events(self.conn, run_id, self.settings)
        except psycopg2.Error as exc:
            if connection_lost(exc, self.conn):
                raise  # submit() spools the finish_run again; its replay recomputes (idempotent)
            self.conn.rollback()
            logger.exception("run %s: catalogue events not recorded", run_id)

    def _went_down(self, exc):
        if self.down_since is None:
            self.down_since = time.monotonic()
            self.stats.inc_value("coffee/db/outages")
            logger.error("Postgres unreachable (%s); spooling writes to %s until it returns",
                         redact_dsn(str(exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__,
                         self.spool.directory)
        self.next_attempt = time.monotonic() + self.backoff
        try:
            self.conn.close()
        except Exception:
            pass

    def _try_reconnect(self) -> bool:
        if time.monotonic() < self.next_attempt:
            return False
        try:
            self.conn = connect(self.dsn)
            self.writer = CatalogWriter(self.conn)
            replayed = self.spool.replay(self.apply)
        except psycopg2.Error as exc:
            if not connection_lost(exc, self.conn):
                raise
            self.backoff = min(self.backoff * 2, 30.0)
            self._went_down(exc)
            return False
        logger.warning("Postgres is back after %.1f s; replayed %d spooled operation(s)",
                       time.monotonic() - self.down_since, replayed)
        self.stats.inc_value("coffee/db/spool_replayed", replayed)
        self.down_since, self.backoff = None, 1.0
        return True

    def _wait_for_database(self):
        """At close, give an outage DB_OUTAGE_WAIT seconds to end before leaving the spool."""
        deadline = time.monotonic() + self.outage_wait
        while self.down_since is not None and time.monotonic() < deadline:
            self.next_attempt = 0.0
            if not self._try_reconnect():
                time.sleep(min(self.backoff, max(0.0, deadline - time.monotonic())))

    # -- runs ------------------------------------------------------------------------------------
    def roaster_stats(self, slug: str) -> dict:
        prefix = f"coffee/roaster/{slug}/"
        out = {
            key.removeprefix(prefix): value
            for key, value in self.stats.get_stats().items()
            if key.startswith(prefix)
        }
        for key in ("items_valid", "items_invalid", "items_skipped", "pages", "requests_failed"):
            out.setdefault(key, 0)
        out["run_kind"] = self.run_kind
        return out

    @staticmethod
    def run_status(slug: str, reason: str, stats: dict, incidents: list) -> str:
        if any(i.get("fatal") for i in incidents):
            return "failed"
        seen = stats["items_valid"] + stats["items_invalid"] + stats["items_skipped"]
        if reason != "finished":
            return "aborted" if seen == 0 else "partial"
        if incidents:
            return "partial" if seen else "failed"
        return "succeeded"
