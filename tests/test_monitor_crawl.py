"""End to end: crawls of a local fixture shop judged by the Spidermon suites, alerting a local webhook."""
import json

import pytest

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import rows, run_scrapy, scalar
from tests.test_monitoring_support import Receiver, monitoring_settings, reset_alerts


@pytest.fixture
def shop():
    products = synthetic_shopify(60, seed=5, currency="USD")
    server = ShopServer([Shop(slug="monshop", name="Mon Shop", platform="shopify", currency="USD",
                              products=products)]).start()
    yield server
    server.stop()


@pytest.fixture
def webhook():
    receiver = Receiver()
    yield receiver
    receiver.stop()


def double_prices(shop):
    products = json.loads(json.dumps(shop.products))
    for product in products:
        for variant in product["variants"]:
            variant["price"] = f"{float(variant['price']) * 2:.2f}"
    shop.set_products(products)


def crawl(tmp_path, db_dsn, registry, **settings):
    result = run_scrapy(["crawl", "shopify", *monitoring_settings(tmp_path, **settings)], dsn=db_dsn, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def test_empty_catalogue_alerts_once_then_recovers(shop, webhook, db, db_dsn, registry_file, tmp_path):
    reset_alerts(db_dsn)
    registry = registry_file([{"slug": "monshop", "name": "Mon Shop", "url": shop.base_url("monshop"),
                               "platform": "shopify", "currency": "USD"}])
    hook = {"ALERT_WEBHOOK_URL": webhook.url + "/hook", "ALERT_COOLDOWN": "300"}

    crawl(tmp_path, db_dsn, registry, **hook)  # healthy baseline: every monitor passes, nothing sent
    assert webhook.texts() == []
    baseline = rows(db, "SELECT monitor_results FROM scrape_runs ORDER BY id")[0][0]
    assert baseline["passed"] is True and baseline["failed"] == []

    # The shop suddenly lists nothing, twice in a row (well within the cooldown): one alert.
    shop.shop("monshop").set_faults(empty_catalogue=True)
    crawl(tmp_path, db_dsn, registry, **hook)
    crawl(tmp_path, db_dsn, registry, **hook)
    texts = webhook.texts()
    assert len(texts) == 1, texts
    assert "monshop" in texts[0] and "item_count" in texts[0] and "zero valid items" in texts[0]
    assert shop.base_url("monshop") in texts[0]

    # Both empty runs carry the failure (the second compares with the last healthy run, not the first empty one).
    results = [r[0] for r in rows(db, "SELECT monitor_results FROM scrape_runs ORDER BY id")]
    assert [r["failed"] for r in results] == [[], ["item_count"], ["item_count"]]
    checks = {c["monitor"]: c for c in results[1]["checks"]}
    assert checks["item_count"]["ok"] is False and checks["item_count"]["value"] == 0
    report = results[1]["report"]
    assert report and report.startswith(str(tmp_path / "reports")) and "<html" in open(report).read()

    # Restored: exactly one recovery notice.
    shop.shop("monshop").set_faults(clear=True)
    crawl(tmp_path, db_dsn, registry, **hook)
    texts = webhook.texts()
    assert len(texts) == 2, texts
    assert "recovered" in texts[1] and "monshop" in texts[1] and "item_count" in texts[1]
    assert scalar(db, "SELECT count(*) FROM alert_state WHERE failing") == 0
    assert [r[0] for r in rows(db, "SELECT kind FROM alert_log ORDER BY id")] == ["alert", "recovery"]
    # The store pipeline still finished every run after the monitors wrote their results.
    assert {r[0] for r in rows(db, "SELECT status FROM scrape_runs")} == {"succeeded"}


def test_price_spike_and_roaster_threshold_override(shop, webhook, db, db_dsn, registry_file, tmp_path):
    reset_alerts(db_dsn)
    registry = registry_file([{"slug": "monshop", "name": "Mon Shop", "url": shop.base_url("monshop"),
                               "platform": "shopify", "currency": "USD"}])
    crawl(tmp_path, db_dsn, registry, ALERT_WEBHOOK_URL=webhook.url)
    # Every variant of the shop doubles its price between two runs.
    double_prices(shop.shop("monshop"))
    crawl(tmp_path, db_dsn, registry, ALERT_WEBHOOK_URL=webhook.url)
    last = rows(db, "SELECT monitor_results FROM scrape_runs ORDER BY id DESC LIMIT 1")[0][0]
    assert last["failed"] == ["price_spike"], last
    spike = next(c for c in last["checks"] if c["monitor"] == "price_spike")
    assert spike["value"] == 1.0 and spike["threshold"] == 0.2
    texts = webhook.texts()
    assert len(texts) == 1 and "price_spike" in texts[0]
    # The per-run threshold is a crawl setting too: with a 150% delta allowed, the same move passes.
    double_prices(shop.shop("monshop"))
    crawl(tmp_path, db_dsn, registry, ALERT_WEBHOOK_URL=webhook.url, PRICE_DELTA_ALERT_THRESHOLD="1.5")
    last = rows(db, "SELECT monitor_results FROM scrape_runs ORDER BY id DESC LIMIT 1")[0][0]
    assert last["passed"] is True, last
    assert "recovered" in webhook.texts()[-1]
    assert json.loads(json.dumps(last["thresholds"]))["price_delta"] == 1.5


def test_periodic_monitor_announces_a_stalled_crawl_and_its_end(shop, webhook, db, db_dsn, registry_file, tmp_path):
    reset_alerts(db_dsn)
    registry = registry_file([{"slug": "monshop", "name": "Mon Shop", "url": shop.base_url("monshop"),
                               "platform": "shopify", "currency": "USD"}])
    shop.shop("monshop").set_faults(slow=3)  # each feed page takes 3 s: longer than the stall limit below
    crawl(tmp_path, db_dsn, registry, ALERT_WEBHOOK_URL=webhook.url, MONITOR_STALL_MINUTES="0.02",
          SPIDERMON_PERIODIC_MONITORS=json.dumps({"coffee_scraper.monitors.suites.PeriodicMonitorSuite": 0.5}))
    texts = webhook.texts()
    assert len(texts) == 2, texts
    assert "stalled" in texts[0] and "no item for" in texts[0]
    assert "recovered" in texts[1] and "stalled" in texts[1]  # items came again (or the crawl ended)
