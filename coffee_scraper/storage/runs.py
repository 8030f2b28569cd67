"""Run lifecycle: one scrape_runs row per roaster per crawl, opened, resumed, shared, locked, finished.

`RunRegistry` is what the store pipeline asks: which run a roaster's rows go to, and the operation
that finishes it. A JOBDIR crawl killed mid-way is resumed into the same runs (the JOBDIR's runs
file); the workers of one distributed crawl share theirs (below); one crawl of a roaster at a time
(a per-roaster session advisory lock).

Shared runs: every worker process of a crawl opens its store pipeline; without this each would insert its own
run per roaster. `attach_runs` gets-or-creates the runs keyed by (job_id = CRAWL_ID, roaster,
spider) under an advisory lock and records the worker in `stats.workers`; `finish_shared_run`
stores that worker's stats and incidents and, when the last attached worker has finished, sets
the run's final status from the summed stats. Both are idempotent (a spool replay repeats them).
"""
from __future__ import annotations

import json
import logging
import os
import socket
from pathlib import Path
from typing import Callable

from psycopg2.extras import Json, execute_values

logger = logging.getLogger("coffee_scraper.store")
_RUNS_LOCK = 0x0C0FFEF  # first key of pg_advisory_xact_lock(int, int); the second is hashtext(crawl_id)


def worker_name() -> str:
    """This process, as named in a shared run's `stats.workers`."""
    return f"{socket.gethostname()}:{os.getpid()}"


def attach_runs(conn, roaster_ids: dict[str, int], spider: str, crawl_id: str, worker: str) -> dict[str, int]:
    """{slug: run_id} for this crawl's runs, created by whichever worker comes first."""
    if not roaster_ids:
        return {}
    ids = list(roaster_ids.values())
    with conn, conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (_RUNS_LOCK, crawl_id))
        cur.execute(
            "SELECT roaster_id, id FROM scrape_runs WHERE job_id = %s AND spider = %s AND roaster_id = ANY(%s)",
            (crawl_id, spider, ids),
        )
        run_of = dict(cur.fetchall())
        missing = [rid for rid in ids if rid not in run_of]
        if missing:
            created = execute_values(
                cur,
                "INSERT INTO scrape_runs (roaster_id, spider, job_id) VALUES %s RETURNING roaster_id, id",
                [(rid, spider, crawl_id) for rid in missing], page_size=len(missing), fetch=True,
            )
            run_of.update(dict(created))
        # A worker joining a run another worker already finished reopens it.
        cur.execute(
            "UPDATE scrape_runs SET status = 'running', finished_at = NULL,"
            " stats = stats || jsonb_build_object('workers', COALESCE(stats->'workers', '{}'::jsonb)"
            "   || jsonb_build_object(%s::text, jsonb_build_object('finished', false)))"
            " WHERE id = ANY(%s)",
            (worker, [run_of[rid] for rid in ids]),
        )
    return {slug: run_of[rid] for slug, rid in roaster_ids.items()}


def _sum_stats(workers: dict) -> dict:
    total: dict = {}
    for entry in workers.values():
        for key, value in (entry.get("stats") or {}).items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                total[key] = total.get(key, 0) + value
            else:
                total.setdefault(key, value)
    return total


def run_status(reason: str, stats: dict, incidents: list) -> str:
    """A finished run's status from the close reason, its item counts and its incidents."""
    if any(i.get("fatal") for i in incidents):
        return "failed"
    seen = stats["items_valid"] + stats["items_invalid"] + stats["items_skipped"]
    if reason != "finished":
        return "aborted" if seen == 0 else "partial"
    if incidents:
        return "partial" if seen else "failed"
    return "succeeded"


def _default_status(reason: str, stats: dict, incidents: list) -> str:
    return run_status(reason, stats, incidents)


def finish_shared_run(conn, run_id: int, worker: str, finish_reason: str, stats: dict, incidents: list,
                      status_of: Callable[[str, dict, list], str] = _default_status) -> str:
    """Record one worker's end of a shared run; returns the run's status ('running' until the last)."""
    with conn, conn.cursor() as cur:
        cur.execute("SELECT stats FROM scrape_runs WHERE id = %s FOR UPDATE", (run_id,))
        row = cur.fetchone()
        if row is None:
            raise LookupError(f"scrape_runs id {run_id} does not exist (shared run of worker {worker})")
        workers = dict((row[0] or {}).get("workers") or {})
        workers[worker] = {"finished": True, "reason": finish_reason, "stats": stats, "incidents": incidents}
        total = _sum_stats(workers)
        all_incidents = [i for w in sorted(workers) for i in workers[w].get("incidents") or []]
        merged = {**total, "workers": workers}
        if all(w.get("finished") for w in workers.values()):
            reasons = [w.get("reason") for w in workers.values()]
            reason = next((r for r in reasons if r != "finished"), "finished")
            status = status_of(reason, total, all_incidents)
            cur.execute(
                "UPDATE scrape_runs SET status = %s, finish_reason = %s, finished_at = now(), stats = %s,"
                " incidents = %s WHERE id = %s",
                (status, reason, Json(merged), Json(all_incidents), run_id),
            )
            return status
        cur.execute("UPDATE scrape_runs SET stats = %s, incidents = %s WHERE id = %s",
                    (Json(merged), Json(all_incidents), run_id))
        return "running"


_ROASTER_LOCK = 0x0C0FFE5  # first key of pg_try_advisory_lock(int, int); the second is the roaster id


def lock_roasters(conn, roaster_ids: dict[str, int]) -> list[str]:
    """Lock each roaster for this session (one crawl of a roaster at a time); returns the busy ones.

    All or nothing: when any is busy, the ones just taken are released again. Session-level
    locks end with the connection, so a killed crawl never leaves a roaster locked.
    """
    slug_of = {rid: slug for slug, rid in roaster_ids.items()}
    with conn, conn.cursor() as cur:
        cur.execute("SELECT id, pg_try_advisory_lock(%s, id::int) FROM unnest(%s::bigint[]) AS id",
                    (_ROASTER_LOCK, list(slug_of)))
        got = dict(cur.fetchall())
        busy = sorted(slug_of[rid] for rid, ok in got.items() if not ok)
        if busy:
            cur.execute("SELECT pg_advisory_unlock(%s, id::int) FROM unnest(%s::bigint[]) AS id",
                        (_ROASTER_LOCK, [rid for rid, ok in got.items() if ok]))
    return busy


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


class RunRegistry:
    """The runs of one crawl process, keyed by roaster slug."""

    def __init__(self, settings):
        self.settings = settings
        # Workers of one distributed crawl (DISTRIBUTED=1) share their runs, keyed by CRAWL_ID.
        self.crawl_id = settings.get("CRAWL_ID") if settings.getbool("DISTRIBUTED") else None
        self.worker = worker_name()
        self.roaster_ids: dict[str, int] = {}
        self.run_ids: dict[str, int] = {}

    def register_roasters(self, writer, roasters) -> dict[str, int]:
        self.roaster_ids = writer.upsert_roasters(list(roasters))
        return self.roaster_ids

    def lock(self, conn) -> list[str]:
        """Lock this crawl's roasters for its session; returns those another crawl holds.

        Taken again after a reconnect (a lost session loses its locks). Workers of one
        distributed crawl share their runs instead (attach_runs).
        """
        if self.crawl_id or not self.roaster_ids:
            return []
        return lock_roasters(conn, self.roaster_ids)

    def open(self, writer, spider: str, job_id: str | None) -> dict[str, int]:
        """Open (or resume, or join) a run per roaster; returns {slug: run_id}."""
        previous = jobdir_runs(self.settings)
        if previous and set(previous["run_ids"]) >= set(self.roaster_ids):
            self.run_ids = {slug: previous["run_ids"][slug] for slug in self.roaster_ids}
            writer.reopen_runs(list(self.run_ids.values()))
            logger.info("resuming runs %s of an unfinished crawl (JOBDIR)", sorted(self.run_ids.values()))
        elif self.crawl_id:
            self.run_ids = attach_runs(writer.conn, self.roaster_ids, spider, self.crawl_id, self.worker)
        else:
            self.run_ids = writer.start_runs(self.roaster_ids, spider, job_id)
        self.write_runs_file(finished=False)
        return self.run_ids

    def slug_of(self, roaster_id: int) -> str | None:
        return next((s for s, rid in self.roaster_ids.items() if rid == roaster_id), None)

    def finish_op(self, slug: str, reason: str, stats: dict, incidents: list) -> tuple[str, dict]:
        """(status, the operation that records the run's end) for one roaster."""
        status = run_status(reason, stats, incidents)
        run_id = self.run_ids[slug]
        if self.crawl_id:  # the shared run's final status is set when its last worker finishes
            return status, dict(op="finish_shared_run", run_id=run_id, worker=self.worker, finish_reason=reason,
                                stats=stats, incidents=incidents)
        return status, dict(op="finish_run", run_id=run_id, status=status, finish_reason=reason, stats=stats,
                            incidents=incidents)

    def write_runs_file(self, finished: bool) -> None:
        jobdir = self.settings.get("JOBDIR")
        if jobdir:
            Path(jobdir).mkdir(parents=True, exist_ok=True)
            (Path(jobdir) / RUNS_FILE).write_text(json.dumps({"run_ids": self.run_ids, "finished": finished}))
