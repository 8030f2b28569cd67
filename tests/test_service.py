"""The monitoring service: /metrics during and after a real crawl, /health with Postgres up and down."""
import json
import re
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import FAST, ROOT, scalar
from tests.test_monitoring_support import closed_port, cli_command, monitoring_settings

SECRET = "s3cretPassw0rd"


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def wait_until(predicate, what, timeout=60):
    """Poll until PREDICATE is truthy (synchronisation, not a timing assertion)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting for {what}")


def sample(metrics: str, name: str, **labels) -> float | None:
    """The value of NAME{LABELS...} in a Prometheus text exposition (labels matched as a subset)."""
    for line in metrics.splitlines():
        m = re.match(r"^(\w+)(?:\{(.*)\})? (\S+)$", line)
        if not m or m.group(1) != name:
            continue
        got = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2) or ""))
        if all(got.get(k) == v for k, v in labels.items()):
            return float(m.group(3))
    return None


@pytest.fixture
def service(tmp_path, db_dsn):
    procs = []

    def start(database_url):
        port = closed_port()
        proc = subprocess.Popen(
            cli_command(["serve", "--port", str(port), "--database-url", database_url,
                         "-s", f"METRICS_MULTIPROC_DIR={tmp_path / 'metrics'}"]),
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={"PATH": "/usr/bin:/bin", "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings"},
        )
        procs.append(proc)
        base = f"http://127.0.0.1:{port}"

        def up():
            try:
                return get(base + "/metrics")
            except OSError:
                assert proc.poll() is None, proc.stdout.read()
                return None

        wait_until(up, "the service to listen")
        return base

    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(timeout=10)


def test_metrics_during_and_after_a_crawl(service, db, db_dsn, registry_file, tmp_path):
    import os
    import sys

    base = service(db_dsn)
    products = synthetic_shopify(40, seed=11, currency="USD")
    server = ShopServer([Shop(slug="svcshop", name="Svc", platform="shopify", currency="USD",
                              products=products)]).start()
    # Slow answers keep the crawl running long enough to be scraped mid-way.
    server.shop("svcshop").set_faults(slow=1.5)
    registry = registry_file([{"slug": "svcshop", "name": "Svc", "url": server.base_url("svcshop"),
                               "platform": "shopify", "currency": "USD"}])
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings", "DATABASE_URL": db_dsn,
           "COFFEE_REGISTRY": str(registry)}
    crawl = subprocess.Popen([sys.executable, "-m", "scrapy", "crawl", "shopify", *monitoring_settings(tmp_path), *FAST],
                             cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        during = wait_until(
            lambda: (lambda m: m if sample(m, "coffee_crawl_running", spider="shopify") == 1.0 else None)(
                get(base + "/metrics")[1]),
            "the running crawl to show in /metrics")
        assert crawl.poll() is None  # scraped while the crawl was still going
        assert sample(during, "coffee_runs", status="running") == 1.0
        _, stderr = crawl.communicate(timeout=120)
        assert crawl.returncode == 0, stderr[-3000:]
    finally:
        if crawl.poll() is None:
            crawl.kill()
        server.stop()

    status, after = get(base + "/metrics")
    assert status == 200
    valid = scalar(db, "SELECT count(*) FROM coffees")
    assert valid > 0
    assert sample(after, "coffee_crawl_running", spider="shopify") in (None, 0.0)
    assert sample(after, "coffee_runs", status="succeeded") == 1.0
    assert sample(after, "coffee_runs", status="running") == 0.0
    assert sample(after, "coffee_items_total", roaster="svcshop", kind="valid") == valid
    assert sample(after, "coffee_artifacts_validated_total", roaster="svcshop", status="valid") == valid
    assert sample(after, "coffee_roaster_last_run_items", roaster="svcshop", kind="valid") == valid
    assert sample(after, "coffee_fetch_requests_total", roaster="svcshop", platform="shopify", result="success") >= 2
    assert sample(after, "coffee_fetch_latency_seconds_count", roaster="svcshop", platform="shopify") >= 2
    assert sample(after, "coffee_fetch_response_bytes_count", roaster="svcshop", platform="shopify") >= 2
    assert sample(after, "coffee_crawls_finished_total", spider="shopify", reason="finished") == 1.0
    assert sample(after, "coffee_db_write_seconds_count") >= 1
    assert sample(after, "coffee_db_up") == 1.0
    last_ok = sample(after, "coffee_roaster_last_success_timestamp_seconds", roaster="svcshop")
    assert last_ok and abs(last_ok - time.time()) < 3600

    status, body = get(base + "/health")
    health = json.loads(body)
    assert status == 200 and health["status"] == "ok" and health["database"] == {"reachable": True}
    (roaster,) = health["roasters"]
    assert roaster["roaster"] == "svcshop" and roaster["last_run_status"] == "succeeded"
    assert roaster["last_success_age_seconds"] >= 0 and roaster["last_run_items"]["valid"] == valid
    assert health["open_circuits"] == [] and health["failing_monitors"] == []


def test_health_reports_database_down(service):
    base = service(f"postgresql://coffee:{SECRET}@127.0.0.1:{closed_port()}/coffee")
    status, body = get(base + "/health")
    health = json.loads(body)
    assert status == 503 and health["status"] == "down"
    assert health["database"]["reachable"] is False and "127.0.0.1" in health["database"]["error"]
    assert SECRET not in body
    status, metrics = get(base + "/metrics")
    assert status == 200 and sample(metrics, "coffee_db_up") == 0.0 and SECRET not in metrics


def test_dashboard_queries_only_exported_metrics():
    """Every metric the Grafana dashboard queries is one the crawl extension or the service exports."""
    from pathlib import Path

    dashboard = json.loads((ROOT / "coffee_scraper" / "dashboards" / "coffee_scraper.json").read_text())
    queried = {name for panel in dashboard["panels"] for t in panel["targets"]
               for name in re.findall(r"\bcoffee_\w+", t["expr"])}
    source = "".join(p.read_text() for p in (Path(ROOT / "coffee_scraper" / "extensions" / "metrics.py"),
                                              Path(ROOT / "coffee_scraper" / "service.py")))
    exported = set(re.findall(r'"(coffee_\w+)"', source))
    suffixes = ("_total", "_bucket", "_count", "_sum")
    missing = {q for q in queried if q not in exported and not any(
        q.endswith(s) and q[: -len(s)] in exported for s in suffixes)}
    assert not missing, missing


def test_dashboard_gauges_absent_while_idle_show_zero():
    """Crawls running and open circuits export nothing between crawls: their panels fall back to 0."""
    dashboard = json.loads((ROOT / "coffee_scraper" / "dashboards" / "coffee_scraper.json").read_text())
    idle = [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]
            if re.search(r"\bcoffee_(crawl_running|circuit_open)\b", t["expr"])]
    assert idle and all("vector(0)" in expr for expr in idle), idle
