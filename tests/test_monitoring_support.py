"""Shared helpers of the monitoring tests (no tests here): a local HTTP receiver, crawl settings, the CLI."""
from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg2

from tests.conftest import ROOT

CLI_MODULE = "coffee_scraper.cli.monitoring"


class Receiver:
    """A local HTTP endpoint that records every POST (webhook, fake Sentry), decompressing bodies."""

    def __init__(self, status: int = 200, reply: bytes = b"{}"):
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                encoding = (self.headers.get("Content-Encoding") or "").lower()
                if encoding == "gzip":
                    body = gzip.decompress(body)
                elif encoding == "deflate":
                    body = zlib.decompress(body)
                elif encoding == "br":
                    import brotli

                    body = brotli.decompress(body)
                with receiver.lock:
                    receiver.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def texts(self) -> list[str]:
        """The {"text": ...} of each webhook message received."""
        with self.lock:
            return [json.loads(r["body"])["text"] for r in self.requests]

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def closed_port() -> int:
    """A loopback port with nothing listening."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def monitoring_settings(tmp_path, **extra) -> list[str]:
    """-s arguments enabling Spidermon, our suites and the metrics extension for one crawl."""
    extensions = {"spidermon.contrib.scrapy.extensions.Spidermon": 500,
                  "coffee_scraper.extensions.metrics.MetricsExtension": 600}
    values = {
        "EXTENSIONS": json.dumps(extensions),
        "SPIDERMON_ENABLED": "True",
        "METRICS_ENABLED": "True",
        "SPIDERMON_SPIDER_CLOSE_MONITORS": "coffee_scraper.monitors.suites.CloseMonitorSuite",
        "METRICS_MULTIPROC_DIR": str(tmp_path / "metrics"),
        "MONITOR_REPORTS_DIR": str(tmp_path / "reports"),
        "COFFEE_DATA_DIR": str(tmp_path / "data"),
        **extra,
    }
    args = []
    for name, value in values.items():
        args += ["-s", f"{name}={value}"]
    return args


def reset_alerts(dsn: str) -> None:
    conn = psycopg2.connect(dsn)
    with conn, conn.cursor() as cur:
        cur.execute("TRUNCATE alert_state, alert_log")
    conn.close()


CLI_BOOT = (
    "import sys, coffee_scraper.cli as c\n"
    f"c.COMMAND_MODULES.append({CLI_MODULE!r}) if {CLI_MODULE!r} not in c.COMMAND_MODULES else None\n"
    "sys.exit(c.main(sys.argv[1:]))\n"
)


def cli_command(argv: list[str]) -> list[str]:
    """`coffee-scraper ARGV`, with the monitoring commands registered even before COMMAND_MODULES lists them."""
    return [sys.executable, "-c", CLI_BOOT, *argv]


def run_cli(argv: list[str], env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings", **(env or {})}
    return subprocess.run(cli_command(argv), cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout)


class SmtpReceiver:
    """A real SMTP server (aiosmtpd, in its own thread) on a free local port, recording each message."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.messages: list[dict] = []
        receiver = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                receiver.messages.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos),
                                          "data": envelope.content.decode("utf-8", "replace")})
                return "250 OK queued"

        self.port = closed_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        self.controller.stop()
