"""Stats-based per-roaster checks on a real crawler's context (circuit, fetch failures, validation, coverage)."""
import pytest
from scrapy.utils.test import get_crawler

from coffee_scraper.monitors import checks as C
from coffee_scraper.spiders.shopify import ShopifySpider


@pytest.fixture
def context(registry_file):
    def make(stats, settings=None, roasters=("onyx",)):
        registry = registry_file([{"slug": s, "name": s, "url": f"https://{s}.example", "platform": "shopify",
                                   "currency": "USD"} for s in roasters])
        crawler = get_crawler(ShopifySpider, {"ROASTER_REGISTRY": str(registry), **(settings or {})})
        crawler.spider = crawler.spidercls.from_crawler(crawler)
        return C.RunContext(crawler, stats)

    return make


def test_circuit_opened_per_roaster_from_breaker_incidents_and_domain_stats(context):
    # One roaster: the crawl-wide counter is enough.
    assert C.check_circuit(context({"coffee/circuit/opened": 1}), "onyx").ok is False
    assert C.check_circuit(context({}), "onyx").ok is True
    # Two roasters: the breaker's incident (kind circuit_open) or its per-domain counter name the roaster.
    two = context({"coffee/circuit/opened": 3, "coffee/circuit/www.kaffa.example/opened": 2},
                  roasters=("onyx", "kaffa", "tim"))
    two.context.incidents.update({"tim": [{"kind": "circuit_open", "url": "tim.example"}, {"kind": "timeout"}]})
    assert C.check_circuit(two, "onyx").ok is True
    kaffa = C.check_circuit(two, "kaffa")
    assert kaffa.ok is False and kaffa.value == 2 and "opened 2 time(s)" in kaffa.message
    assert C.check_circuit(two, "tim").value == 1


def test_fetch_failure_rate_needs_a_sample_unless_nothing_was_fetched(context):
    p = "coffee/roaster/onyx/"
    assert C.check_fetch_failures(context({p + "requests_failed": 1, p + "responses_ok": 3}), "onyx").ok is True
    assert C.check_fetch_failures(context({p + "requests_failed": 2, p + "responses_ok": 0}), "onyx").ok is False
    bad = C.check_fetch_failures(context({p + "requests_failed": 6, p + "responses_ok": 94}), "onyx")
    assert bad.ok is False and bad.value == 0.06 and bad.threshold == 0.05
    loose = context({p + "requests_failed": 6, p + "responses_ok": 94}, {"MONITOR_FETCH_FAILURE_MAX": "0.1"})
    assert C.check_fetch_failures(loose, "onyx").ok is True


def test_validation_and_coverage_thresholds(context):
    p = "coffee/roaster/onyx/"
    assert C.check_validation(context({p + "items_valid": 96, p + "items_invalid": 4}), "onyx").ok is False
    assert C.check_validation(context({p + "items_valid": 97, p + "items_invalid": 3}), "onyx").ok is True
    assert C.check_validation(context({p + "items_valid": 2, p + "items_invalid": 2}), "onyx").ok is True
    stats = {p + "coverage/items": 20, p + "coverage/variants": 40, p + "coverage/origin_countries": 20,
             p + "coverage/process": 20, p + "coverage/roast_level": 20, p + "coverage/weight_grams": 10,
             p + "coverage/price": 40}
    cov = C.check_coverage(context(stats), "onyx")
    assert cov.ok is False and "weight_grams 25% < 80%" in cov.message and cov.value["price"] == 1.0


def test_errors_and_retries_per_roaster(context):
    p = "coffee/roaster/onyx/"
    assert C.check_errors_retries(context({p + "incidents": 3, p + "retries": 5}), "onyx").ok is True
    many = C.check_errors_retries(context({p + "incidents": 11, p + "retries": 51}), "onyx")
    assert many.ok is False and "11 incidents" in many.message and "51 retries" in many.message
