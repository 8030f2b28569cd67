"""The monitoring service behind `coffee-scraper serve`: Prometheus `/metrics` and a JSON `/health`.

Where the numbers come from (see coffee_scraper/extensions/metrics.py for the crawl side):
- crawl processes write counters and histograms into the shared multiprocess directory
  (PROMETHEUS_MULTIPROC_DIR); each scrape merges every file there (MultiProcessCollector), so a
  crawl's counts stay visible after it exits and a running crawl's appear as it goes;
- gauges about the catalogue's state (runs by status, last success and item counts per roaster,
  failing monitors) are read from Postgres at scrape time, so they are right whichever process,
  machine or Scrapyd job did the crawling.
"""
from __future__ import annotations

import json
import logging
import os
import re
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psycopg2

from coffee_scraper.redact import redact

logger = logging.getLogger("coffee_scraper.service")
DB_TIMEOUT = 3  # seconds: a health check must answer even when Postgres hangs


def _db_error(exc: Exception) -> str:
    text = redact(str(exc)).strip().splitlines()
    return text[0] if text else type(exc).__name__


class PostgresState:
    """Reads the catalogue's state for both endpoints; one short connection per scrape."""

    def __init__(self, dsn: str | None, dsn_error: str | None = None):
        self.dsn = dsn
        self.dsn_error = dsn_error

    def snapshot(self) -> dict:
        if self.dsn is None:
            return {"reachable": False, "error": self.dsn_error or "no database configured"}
        try:
            conn = psycopg2.connect(self.dsn, connect_timeout=DB_TIMEOUT, application_name="coffee_scraper_service")
        except psycopg2.Error as exc:
            return {"reachable": False, "error": _db_error(exc)}
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("SET statement_timeout = %s", (DB_TIMEOUT * 1000,))
                cur.execute("SELECT status, count(*) FROM scrape_runs GROUP BY status")
                runs = dict(cur.fetchall())
                cur.execute(
                    "SELECT ro.slug, ro.active, ls.finished_at, EXTRACT(EPOCH FROM now() - ls.finished_at), "
                    "       lr.status, lr.finished_at, lr.stats, lr.monitor_results->'failed', "
                    "       (SELECT count(*) FROM jsonb_array_elements(COALESCE(lr.incidents, '[]'::jsonb)) e "
                    "        WHERE e->>'kind' = 'circuit_open') "
                    "FROM roasters ro "
                    "LEFT JOIN LATERAL (SELECT finished_at FROM scrape_runs r WHERE r.roaster_id = ro.id "
                    "   AND r.status = 'succeeded' ORDER BY r.finished_at DESC NULLS LAST LIMIT 1) ls ON true "
                    "LEFT JOIN LATERAL (SELECT status, finished_at, stats, monitor_results, incidents FROM scrape_runs r "
                    "   WHERE r.roaster_id = ro.id ORDER BY r.started_at DESC, r.id DESC LIMIT 1) lr ON true "
                    "ORDER BY ro.slug"
                )
                roasters = [
                    {
                        "roaster": slug,
                        "active": active,
                        "last_success_at": last_ok.isoformat() if last_ok else None,
                        "last_success_age_seconds": round(float(age), 1) if age is not None else None,
                        "last_run_status": status,
                        "last_run_finished_at": finished.isoformat() if finished else None,
                        "last_run_items": {k: int((stats or {}).get(f"items_{k}", 0) or 0)
                                           for k in ("valid", "invalid", "skipped")} if stats else None,
                        "circuit_opened_last_run": int(circuits or 0),
                        "failed_monitors": failed or [],
                    }
                    for slug, active, last_ok, age, status, finished, stats, failed, circuits in cur.fetchall()
                ]
                failing = []
                cur.execute("SELECT to_regclass('alert_state') IS NOT NULL")
                if cur.fetchone()[0]:
                    cur.execute("SELECT roaster, monitor, failing_since, last_message FROM alert_state "
                                "WHERE failing ORDER BY roaster, monitor")
                    failing = [{"roaster": r, "monitor": m, "since": s.isoformat() if s else None, "message": msg}
                               for r, m, s, msg in cur.fetchall()]
            return {"reachable": True, "runs": runs, "roasters": roasters, "failing_monitors": failing}
        except psycopg2.Error as exc:
            return {"reachable": False, "error": _db_error(exc)}
        finally:
            conn.close()


class StateCollector:
    """Prometheus collector of the Postgres-derived gauges, computed at scrape time."""

    def __init__(self, state: PostgresState):
        self.state = state

    def collect(self):
        from prometheus_client.core import GaugeMetricFamily

        snap = self.state.snapshot()
        yield GaugeMetricFamily("coffee_db_up", "1 when Postgres answered this scrape", value=int(snap["reachable"]))
        if not snap["reachable"]:
            return
        runs = GaugeMetricFamily("coffee_runs", "scrape_runs rows by status", labels=["status"])
        for status in ("running", "succeeded", "partial", "failed", "aborted"):
            runs.add_metric([status], snap["runs"].get(status, 0))
        yield runs
        last_ok = GaugeMetricFamily("coffee_roaster_last_success_timestamp_seconds",
                                    "When the roaster's last succeeded run finished", labels=["roaster"])
        items = GaugeMetricFamily("coffee_roaster_last_run_items", "Items of the roaster's latest run",
                                  labels=["roaster", "kind"])
        ok = GaugeMetricFamily("coffee_roaster_last_run_ok", "1 when the roaster's latest run succeeded and "
                               "passed its monitors", labels=["roaster"])
        for r in snap["roasters"]:
            if r["last_success_at"]:
                last_ok.add_metric([r["roaster"]], datetime.fromisoformat(r["last_success_at"]).timestamp())
            for kind, n in (r["last_run_items"] or {}).items():
                items.add_metric([r["roaster"], kind], n)
            if r["last_run_status"]:
                ok.add_metric([r["roaster"]], int(r["last_run_status"] == "succeeded" and not r["failed_monitors"]))
        yield last_ok
        yield items
        yield ok
        failing = GaugeMetricFamily("coffee_monitor_failing", "1 per (roaster, monitor) currently failing",
                                    labels=["roaster", "monitor"])
        for f in snap["failing_monitors"]:
            failing.add_metric([f["roaster"], f["monitor"]], 1)
        yield failing


_PID_FILE = re.compile(r"^gauge_live\w+_(\d+)\.db$")


def sweep_dead_processes(directory: Path) -> None:
    """Drop live gauges of crawl processes that died without cleaning up (kill -9, OOM).

    Only meaningful when crawls run on this machine; a remote writer's pid is not ours to judge.
    """
    from prometheus_client import multiprocess

    for path in directory.glob("gauge_live*_*.db"):
        m = _PID_FILE.match(path.name)
        if not m:
            continue
        pid = int(m.group(1))
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            multiprocess.mark_process_dead(pid, str(directory))
        except PermissionError:
            pass


class MonitoringService:
    def __init__(self, state: PostgresState, metrics_dir: Path):
        self.state = state
        self.metrics_dir = Path(metrics_dir)
        self.metrics_dir.mkdir(parents=True, exist_ok=True)

    def metrics(self) -> tuple[bytes, str]:
        from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
        from prometheus_client.multiprocess import MultiProcessCollector

        sweep_dead_processes(self.metrics_dir)
        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=str(self.metrics_dir))
        registry.register(StateCollector(self.state))
        return generate_latest(registry), CONTENT_TYPE_LATEST

    def health(self) -> tuple[int, dict]:
        snap = self.state.snapshot()
        body: dict = {"checked_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        if not snap["reachable"]:
            body.update(status="down", database={"reachable": False, "error": snap["error"]})
            return 503, body
        # Open now: reported live by running crawls (a finished crawl's breaker is gone with it).
        open_circuits = sorted(set(self._live_open_circuits()))
        body.update(
            status="degraded" if open_circuits or snap["failing_monitors"] else "ok",
            database={"reachable": True},
            runs=snap["runs"],
            roasters=snap["roasters"],
            open_circuits=open_circuits,
            failing_monitors=snap["failing_monitors"],
        )
        return 200, body

    def _live_open_circuits(self) -> list[str]:
        from prometheus_client import CollectorRegistry
        from prometheus_client.multiprocess import MultiProcessCollector

        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=str(self.metrics_dir))
        return [s.labels["roaster"] for metric in registry.collect() if metric.name == "coffee_circuit_open"
                for s in metric.samples if s.value > 0]

    def make_server(self, host: str, port: int) -> ThreadingHTTPServer:
        service = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "coffee_scraper"
            sys_version = ""

            def log_message(self, format, *args):  # noqa: A002 - access log at DEBUG only
                logger.debug("%s %s", self.address_string(), format % args)

            def do_GET(self):
                path = self.path.split("?", 1)[0]
                try:
                    if path == "/metrics":
                        body, ctype = service.metrics()
                        self._send(200, body, ctype)
                    elif path == "/health":
                        status, doc = service.health()
                        self._send(status, json.dumps(doc, indent=2).encode(), "application/json")
                    else:
                        self._send(404, b'{"error": "not found; try /metrics or /health"}\n', "application/json")
                except Exception as exc:  # noqa: BLE001 - a scrape error must not kill the service
                    logger.exception("%s failed", path)
                    self._send(500, json.dumps({"error": type(exc).__name__}).encode(), "application/json")

            def _send(self, status, body, ctype):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        server = ThreadingHTTPServer((host, port), Handler)
        server.daemon_threads = True
        return server


def build_service(database_url: str | None, settings) -> MonitoringService:
    """The service for DATABASE_URL (else the settings' / embedded database) and the shared metrics dir."""
    from coffee_scraper.extensions.metrics import multiproc_dir
    from coffee_scraper.storage.db import resolve_dsn

    dsn, error = None, None
    try:
        dsn = resolve_dsn(database_url or settings.get("DATABASE_URL"), settings.get("COFFEE_DATA_DIR") or ".data")
    except Exception as exc:  # noqa: BLE001 - the embedded server may fail to start: report it as down
        error = _db_error(exc)
    return MonitoringService(PostgresState(dsn, error), multiproc_dir(settings))


def serve(host: str, port: int, database_url: str | None, settings) -> int:
    service = build_service(database_url, settings)
    server = service.make_server(host, port)
    logger.info("serving /metrics and /health on http://%s:%d (metrics dir %s, database %s)", host,
                server.server_address[1], service.metrics_dir,
                redact(service.state.dsn) if service.state.dsn else "unavailable")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
