"""docs/architecture.md "How to add a monitor", done here: a check, the monitor that runs it, a suite listing it;
a crawl of a local fixture shop runs it and stores its verdict on the roaster's run."""
from spidermon import monitors

from coffee_scraper.monitors.checks import Check, RunContext
from coffee_scraper.monitors.monitors import RoasterMonitor
from coffee_scraper.monitors.suites import CloseMonitorSuite
from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import rows, run_scrapy
from tests.test_monitoring_support import monitoring_settings


# 1. The check: stats (and Postgres through ctx.db()) in, one Check per roaster out. A product monitor reads
# its threshold from ctx.thresholds(slug) (monitors/thresholds.py: a setting and a registry key); this one
# keeps it here, since a setting the product does not declare fails the crawl at start-up (exit 2).
LEAST = 1000


def check_min_items(ctx: RunContext, slug: str) -> Check:
    least = LEAST
    items = int(ctx.stat(slug, "items_valid"))
    return Check(slug, "min_items", items >= least, f"{items} valid items (at least {least} expected)", items, least)


# 2. The monitor: a RoasterMonitor runs the check for every roaster and fails naming the failing ones.
@monitors.name("Minimum items")
class MinItemsMonitor(RoasterMonitor):
    __test__ = False  # a unittest case for Spidermon's runner, not for pytest to collect
    check = check_min_items

    @monitors.name("Each roaster has at least LEAST valid items")
    def test_min_items(self):
        self.judge_roasters()


# 3. The suite lists it (in the product: CloseMonitorSuite.monitors in coffee_scraper/monitors/suites.py).
class SuiteWithMinItems(CloseMonitorSuite):
    monitors = [*CloseMonitorSuite.monitors, MinItemsMonitor]


def test_an_added_monitor_runs_at_close_and_its_failure_is_stored(db, db_dsn, registry_file, tmp_path):
    server = ShopServer([Shop(slug="minshop", name="Min Shop", platform="shopify", currency="USD",
                              products=synthetic_shopify(12, seed=3, currency="USD"))]).start()
    try:
        registry = registry_file([{"slug": "minshop", "name": "Min Shop", "url": server.base_url("minshop"),
                                   "platform": "shopify", "currency": "USD"}])
        settings = monitoring_settings(tmp_path, SPIDERMON_SPIDER_CLOSE_MONITORS=f"{__name__}.SuiteWithMinItems")
        result = run_scrapy(["crawl", "shopify", *settings], dsn=db_dsn, registry=registry)
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-3000:]
    [(doc,)] = rows(db, "SELECT monitor_results FROM scrape_runs")
    assert doc["failed"] == ["min_items"]  # the product's own monitors all passed
    [check] = [c for c in doc["checks"] if c["monitor"] == "min_items"]
    assert check["ok"] is False and check["threshold"] == 1000 and 0 < check["value"] < 1000
    assert "roaster=minshop" in result.stderr and "min_items" in result.stderr
