"""Deployment end to end: a real Scrapyd (basic auth), scrapyd-deploy, `schedule run`, rows in Postgres."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import requests

from coffee_scraper.platforms import platform_names
from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import ROOT, rows, scalar

USER, PASSWORD = "coffee", "s3cret-for-tests"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def project_copy(dest: Path, port: int) -> Path:
    """The project as a deploy host checks it out, with a deploy target for this test's Scrapyd."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".data")
    shutil.copytree(ROOT / "coffee_scraper", dest / "coffee_scraper", ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "README.md", "scrapy.cfg"):
        shutil.copy(ROOT / name, dest / name)
    with open(dest / "scrapy.cfg", "a") as cfg:
        # Credentials come from the environment (scrapyd-client expands $VARS), never the file.
        cfg.write(f"\n[deploy:test]\nurl = http://127.0.0.1:{port}/\nproject = coffee_scraper\n"
                  "username = $SCRAPYD_USERNAME\npassword = $SCRAPYD_PASSWORD\n")
    return dest


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory):
    home = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"bind_address = 127.0.0.1\nhttp_port = {port}\n"
        f"username = {USER}\npassword = {PASSWORD}\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\n"
        "poll_interval = 0.5\nmax_proc = 4\nrunner = scrapyd_runner\napplication = scrapyd_app.application\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "deploy"), "EGG_CACHE": str(home / "egg-cache")}
    env.pop("SCRAPY_SETTINGS_MODULE", None)  # jobs take it from the deployed egg
    log = open(home / "scrapyd.out", "w")
    proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            if requests.get(url + "daemonstatus.json", auth=(USER, PASSWORD), timeout=2).ok:
                break
        except requests.ConnectionError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, (home / "scrapyd.out").read_text()
        time.sleep(0.2)
    yield {"url": url, "port": port, "home": home}
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


@pytest.fixture(scope="module")
def shop():
    server = ShopServer([Shop(slug="sdshop", name="Scrapyd Shop", platform="shopify", currency="USD",
                              products=synthetic_shopify(30, seed=21))]).start()
    yield server
    server.stop()


def ops_cli(*args, env):
    return subprocess.run([sys.executable, "-m", "coffee_scraper.cli.ops", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def wait_finished(scrapyd, job_id, timeout=180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        jobs = requests.get(scrapyd["url"] + "listjobs.json", params={"project": "coffee_scraper"},
                            auth=(USER, PASSWORD), timeout=10).json()
        if any(j["id"] == job_id for j in jobs["finished"]):
            return
        time.sleep(0.5)
    raise AssertionError(f"job {job_id} did not finish: {jobs}")


def test_deploy_schedule_and_crawl_through_scrapyd(scrapyd, shop, db, db_dsn, registry_file, tmp_path):
    # Unauthenticated callers are refused.
    assert requests.get(scrapyd["url"] + "listprojects.json", timeout=5).status_code == 401

    project = project_copy(tmp_path / "checkout", scrapyd["port"])
    deploy_env = {**os.environ, "SCRAPYD_USERNAME": USER, "SCRAPYD_PASSWORD": PASSWORD}
    egg = tmp_path / "coffee_scraper.egg"
    built = subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=project, env=deploy_env,
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    names = set(zipfile.ZipFile(egg).namelist())
    for data_file in ("coffee_scraper/roasters.yaml", "coffee_scraper/schedule.yaml",
                      "coffee_scraper/schemas/coffee_item.schema.json",
                      "coffee_scraper/storage/migrations/0001_initial.sql"):
        assert data_file in names, f"{data_file} missing from the egg"
    assert "EGG-INFO/entry_points.txt" in names
    deployed = subprocess.run([str(BIN / "scrapyd-deploy"), "test", "--version", "r1"], cwd=project,
                              env=deploy_env, capture_output=True, text=True, timeout=300)
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    assert '"status": "ok"' in deployed.stdout and f'"spiders": {len(platform_names())}' in deployed.stdout

    registry = registry_file([{"slug": "sdshop", "name": "Scrapyd Shop", "url": shop.base_url("sdshop"),
                               "platform": "shopify", "currency": "USD"}])
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings", "DATABASE_URL": db_dsn,
           "SCRAPYD_USERNAME": USER, "SCRAPYD_PASSWORD": PASSWORD}
    common = ["--registry", str(registry), "--scrapyd-url", scrapyd["url"], "--state", str(tmp_path / "state.json")]
    job_settings = ["--setting", f"DATABASE_URL={db_dsn}", "--setting", f"ROASTER_REGISTRY={registry}",
                    "--setting", "DOWNLOAD_DELAY=0", "--setting", "AUTOTHROTTLE_ENABLED=False",
                    "--setting", "ALLOW_PRIVATE_HOSTS=True"]  # the shop is on 127.0.0.1

    # The feed answers slowly until we have seen the job pending or running.
    shop.shop("sdshop").set_faults(slow=5.0, slow_paths=["/products.json"])
    try:
        started = ops_cli("schedule", "run", *common, *job_settings, env=env)
        assert started.returncode == 0, started.stderr
        assert "1 job(s) started" in started.stdout, started.stdout
        job_id = next(w for w in started.stdout.split() if w.startswith("sdshop.full."))[:-1]
        # A second tick, even without the state file, never starts a second job for a busy roaster.
        again = ops_cli("schedule", "run", *common[:-2], "--state", str(tmp_path / "other.json"), *job_settings, env=env)
        assert "0 job(s) started" in again.stdout, again.stdout + again.stderr
        listed = ops_cli("schedule", "list", *common, env=env)
        states = {tuple(line.split()[:2]): line for line in listed.stdout.splitlines()[1:]}
        assert "waiting" in states["sdshop", "full"]  # started for this month's fire
        # Not due: the roaster's job is still running (busy), or its full run, once opened, writes prices too.
        assert "busy" in states["sdshop", "price"] or "waiting" in states["sdshop", "price"]
    finally:
        shop.shop("sdshop").clear_faults()
    wait_finished(scrapyd, job_id)

    log = next((scrapyd["home"] / "logs" / "coffee_scraper" / "shopify").glob(f"{job_id}.log")).read_text()
    assert "Traceback" not in log, log[-3000:]
    assert scalar(db, "SELECT count(*) FROM coffees") > 10
    assert rows(db, "SELECT job_id, status, stats->>'run_kind' FROM scrape_runs") == [(job_id, "succeeded", "full")]
    # The job ran from the unpacked deployed egg (its package data read as files).
    assert list((scrapyd["home"] / "egg-cache").glob("coffee_scraper-*.egg/coffee_scraper/schemas/*.json"))

    # Two days later the hourly price run of this schedule is due; it runs with RUN_KIND=price.
    schedule = tmp_path / "schedule.yaml"
    schedule.write_text('runs:\n  full: {cron: "0 3 1 1 *"}\n  price: {cron: "0 * * * *"}\n')
    later = (datetime.now(timezone.utc) + timedelta(days=2)).isoformat()
    price = ops_cli("schedule", "run", *common, "--schedule", str(schedule), "--now", later, *job_settings, env=env)
    assert "1 job(s) started" in price.stdout, price.stdout + price.stderr
    price_job = next(w for w in price.stdout.split() if w.startswith("sdshop.price."))[:-1]
    wait_finished(scrapyd, price_job)
    assert rows(db, "SELECT status, stats->>'run_kind' FROM scrape_runs WHERE job_id = %s", (price_job,)) == [
        ("succeeded", "price")]
