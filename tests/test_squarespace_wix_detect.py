"""`coffee-scraper detect` names Squarespace and Wix shops with their evidence; `auto` roasters crawl with them."""
import json
import os
import subprocess
import sys

import pytest

from coffee_scraper_shops.platforms import squarespace, wix
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import run_scrapy, scalar


@pytest.fixture(scope="module")
def server():
    s = ShopServer([
        Shop(slug="lumiere", name="Brûlerie Lumière", platform="squarespace", currency="EUR",
             products=squarespace.catalogue(extra_coffees=2)),
        Shop(slug="cafemtl", name="Café Montréal", platform="wix", currency="CAD", products=wix.catalogue()),
    ]).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def detected(server):
    """Both shops detected by one `coffee-scraper detect --json` (one Scrapy process): slug -> Detection."""
    from coffee_scraper.detect import Detection

    out = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "detect", "--json", "--no-render",
                          server.base_url("lumiere"), server.base_url("cafemtl")],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return dict(zip(["lumiere", "cafemtl"], [Detection(**d) for d in json.loads(out.stdout)]))


def test_detects_squarespace_with_evidence(detected):
    result = detected["lumiere"]
    assert result.platform == "squarespace", result.evidence
    assert any("This is Squarespace" in e for e in result.evidence)


def test_detects_wix_with_evidence(detected):
    result = detected["cafemtl"]
    assert result.platform == "wix", result.evidence
    assert any("x-wix-request-id" in e for e in result.evidence)


def test_auto_roasters_crawl_with_the_detected_spider(server, registry_file, db, db_dsn, tmp_path):
    registry = registry_file([
        {"slug": "lumiere", "name": "Lumière", "url": server.base_url("lumiere"), "platform": "auto"},
        {"slug": "cafemtl", "name": "Café Montréal", "url": server.base_url("cafemtl"), "platform": "auto"},
    ])
    env = {**os.environ, "COFFEE_REGISTRY": str(registry), "COFFEE_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "detect", "--registry", "--no-render"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "lumiere: squarespace" in out.stdout and "cafemtl: wix" in out.stdout
    result = run_scrapy(["crawl", "wix"], dsn=db_dsn, registry=registry, env={"COFFEE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert scalar(db, "SELECT slug || ':' || platform FROM roasters") == "cafemtl:wix"
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts") == len(wix.catalogue())
