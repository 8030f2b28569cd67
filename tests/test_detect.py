"""Platform detection over every kind of fixture shop, including a JS-only one (real Chromium)."""
import json
import subprocess
import sys

import pytest

from coffee_scraper_shops.platforms.jsonld import synthetic_jsonld
from coffee_scraper_shops.platforms.shopify import real_shopify, synthetic_shopify
from coffee_scraper_shops.platforms.woocommerce import real_woocommerce
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop


@pytest.fixture(scope="module")
def server():
    s = ShopServer([
        Shop(slug="tokai", name="Tokai", platform="shopify", currency="INR", products=real_shopify("bluetokai")),
        Shop(slug="apexless", name="Apexless", platform="shopify", currency="USD", products=synthetic_shopify(5, seed=1), apex_404=True),
        Shop(slug="babas", name="Babas", platform="woocommerce", currency="INR", products=real_woocommerce()),
        Shop(slug="kestrel", name="Kestrel", platform="jsonld", currency="GBP", products=synthetic_jsonld(8, seed=3)),
        Shop(slug="lumen", name="Lumen", platform="jsonld_js", currency="EUR", products=synthetic_jsonld(4, seed=4, currency="EUR")),
        Shop(slug="plain", name="Plain", platform="unknown", currency="USD", products=[]),
    ]).start()
    yield s
    s.stop()


SHOPS = {"tokai": ("shopify", None), "apexless": ("shopify", None), "babas": ("woocommerce", None),
         "kestrel": ("jsonld", None), "lumen": ("jsonld", "js"), "plain": ("unknown", None)}
UNREACHABLE = "http://nothing-here.localhost:9"


@pytest.fixture(scope="module")
def detected(server):
    """Every fixture shop detected by one `coffee-scraper detect` (one Scrapy process): slug -> Detection."""
    from coffee_scraper.detect import Detection

    out = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "detect", "--json",
                          *[server.base_url(slug) for slug in SHOPS], UNREACHABLE],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 1, out.stderr[-3000:]  # 1: some are unknown
    results = [Detection(**d) for d in json.loads(out.stdout)]
    return dict(zip([*SHOPS, "unreachable"], results))


@pytest.mark.parametrize("slug", list(SHOPS))
def test_detects_every_fixture_platform(detected, slug):
    result = detected[slug]
    assert (result.platform, result.render) == SHOPS[slug], result.evidence
    assert result.evidence


def test_unreachable_shop_is_unknown_with_evidence(detected):
    result = detected["unreachable"]
    assert result.platform == "unknown" and "cannot be reached" in result.evidence[0]


def test_cli_prints_platform_and_evidence(server):
    out = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "detect", "--json", server.base_url("babas")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["platform"] == "woocommerce"
    out = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "detect", server.base_url("plain")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "unknown" in out.stdout


def test_auto_roasters_are_detected_then_crawled_by_the_right_spider(server, registry_file, db, db_dsn, tmp_path):
    import os

    from tests.conftest import run_scrapy, scalar

    registry = registry_file([
        {"slug": "babas", "name": "Babas", "url": server.base_url("babas"), "platform": "auto"},
        {"slug": "kestrel", "name": "Kestrel", "url": server.base_url("kestrel"), "platform": "auto", "currency": "GBP"},
    ])
    env = {**os.environ, "COFFEE_REGISTRY": str(registry), "COFFEE_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "detect", "--registry"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "babas: woocommerce" in out.stdout and "kestrel: jsonld" in out.stdout
    result = run_scrapy(["crawl", "woocommerce"], dsn=db_dsn, registry=registry, env={"COFFEE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert scalar(db, "SELECT slug || ':' || platform FROM roasters") == "babas:woocommerce"
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts") == 10
