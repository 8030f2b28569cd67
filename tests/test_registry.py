"""Registry loading and spider-argument validation: bad configuration fails at start, clearly."""
from pathlib import Path

import pytest

import coffee_scraper
from coffee_scraper.registry import (
    RegistryError,
    find_by_url,
    load_registry,
    normalize_base_url,
    slug_from_host,
)

CHECKED_IN = Path(coffee_scraper.__file__).with_name("roasters.yaml")


def test_checked_in_registry_loads():
    # Validity only: its contents are the operators' to change.
    from coffee_scraper.platforms import platform_names

    roasters = load_registry(CHECKED_IN)
    assert roasters and all(r.platform in platform_names() for r in roasters)


@pytest.mark.parametrize(
    "host, slug",
    [
        ("www.onyxcoffeelab.com", "onyxcoffeelab"),
        ("proudmarycoffee.com.au", "proudmarycoffee"),
        ("shop.example.co.uk", "shop-example"),
        ("rosette.localhost", "rosette"),
        ("www.rosette.localhost", "rosette"),
    ],
)
def test_slug_from_host(host, slug):
    assert slug_from_host(host) == slug


@pytest.mark.parametrize(
    "url, base",
    [
        ("https://Shop.Example.com/collections/all?x=1", "https://shop.example.com"),
        ("shop.example.com", "https://shop.example.com"),
        ("http://rosette.localhost:8123/", "http://rosette.localhost:8123"),
    ],
)
def test_normalize_base_url(url, base):
    assert normalize_base_url(url) == base


@pytest.mark.parametrize("url", ["", "ftp://x.com", "http://", "http://exa mple.com", "http://x.com:99999"])
def test_bad_urls_are_rejected_with_the_argument_named(url):
    with pytest.raises(RegistryError, match="url"):
        normalize_base_url(url)


@pytest.mark.parametrize(
    "entry, message",
    [
        ({"url": "https://a.com", "platform": "magento"}, "unknown platform 'magento'"),
        ({"url": "https://a.com", "platform": "shopify", "currency": "EURO"}, "not an ISO 4217"),
        ({"url": "https://a.com", "platform": "shopify", "settings": {"download_delay": -1}}, "non-negative"),
        ({"url": "https://a.com", "platform": "shopify", "settings": {"delay": 1}}, "unknown setting 'delay'"),
        ({"url": "https://a.com", "platform": "shopify", "colour": "red"}, "unknown key"),
        ({"url": "not a url at all", "platform": "shopify"}, "valid host"),
        ({"slug": "Bad Slug", "url": "https://a.com", "platform": "shopify"}, "slug"),
    ],
)
def test_bad_registry_entries_name_the_problem(tmp_path, entry, message):
    from coffee_scraper.registry import dump_registry

    path = tmp_path / "r.yaml"
    dump_registry([entry], path)
    with pytest.raises(RegistryError, match=message) as err:
        load_registry(path)
    assert "entry 1" in str(err.value)


def test_duplicate_slugs_rejected(tmp_path):
    from coffee_scraper.registry import dump_registry

    path = tmp_path / "r.yaml"
    dump_registry([{"slug": "a", "url": "https://a.com", "platform": "shopify"}] * 2, path)
    with pytest.raises(RegistryError, match="appears twice"):
        load_registry(path)


def test_find_by_url_ignores_www(tmp_path):
    from coffee_scraper.registry import dump_registry

    dump_registry([{"slug": "intelligentsia", "url": "https://www.intelligentsia.com", "platform": "shopify"}],
                  tmp_path / "r.yaml")
    roasters = load_registry(tmp_path / "r.yaml")
    assert find_by_url(roasters, "https://intelligentsia.com/products/x").slug == "intelligentsia"
    assert find_by_url(roasters, "https://unknown.example") is None


@pytest.mark.parametrize(
    "entry, message",
    [
        ({"url": "https://a.com", "platform": "shopify", "active": "no"}, "active: Input should be a valid boolean"),
        ({"url": "a.com/coffee", "platform": "shopify"}, "has a path"),
        ({"url": "https://a.com/shop/", "platform": "shopify"}, "has a path"),
        ({"url": "https://a.com", "platform": "shopify", "monitoring": {"max_errors": "many"}}, "monitoring.max_errors"),
        ({"url": "https://a.com", "platform": "shopify", "monitoring": {"muted": "yes"}}, "monitoring.muted"),
        ({"url": "https://a.com", "platform": "shopify", "monitoring": {"colour": 1}}, "unknown monitoring key"),
        ({"url": "https://a.com", "platform": "shopify", "settings": {"concurrency": 1.5}}, "settings.concurrency"),
        ({"url": "https://a.com", "platform": "woocommerce", "render": "js"}, "do not apply to platform 'woocommerce'"),
        ({"url": "https://a.com", "platform": "shopify", "allowed_hosts": ["CDN with spaces"]}, "allowed_hosts"),
    ],
)
def test_wrong_types_and_values_name_entry_and_field(tmp_path, entry, message):
    from coffee_scraper.registry import dump_registry

    path = tmp_path / "r.yaml"
    dump_registry([entry], path)
    with pytest.raises(RegistryError, match=message) as err:
        load_registry(path)
    assert f"{path.name} entry 1" in str(err.value)


def test_a_valid_entry_keeps_its_typed_values(tmp_path):
    from coffee_scraper.registry import dump_registry

    path = tmp_path / "r.yaml"
    dump_registry([{"url": "https://www.a.com/", "platform": "jsonld", "render": "js", "active": False, "currency": "eur",
                    "allowed_hosts": ["cdn.a-images.net"], "settings": {"download_delay": 2},
                    "monitoring": {"max_errors": 3, "field_coverage": {"price": 0.9}}}], path)
    (r,) = load_registry(path)
    assert (r.slug, r.url, r.currency, r.render, r.active) == ("a", "https://www.a.com", "EUR", "js", False)
    assert r.settings == {"download_delay": 2.0} and r.monitoring == {"max_errors": 3, "field_coverage": {"price": 0.9}}
    assert r.hosts == {"a.com", "www.a.com", "cdn.a-images.net", "www.cdn.a-images.net"}


@pytest.mark.parametrize("host, problem", [
    ("127.0.0.1", "loopback"), ("shop.localhost", "loopback"), ("10.1.2.3", "private"), ("192.168.0.9", "private"),
    ("169.254.169.254", "link-local"), ("metadata.google.internal", "internal"), ("[::1]", "loopback"),
    ("0.0.0.0", "private"), ("shop.example.com", None), ("8.8.8.8", None),
])
def test_private_hosts_are_named(host, problem):
    from coffee_scraper.dns import host_problem

    found = host_problem(host)
    assert found is None if problem is None else problem in found


@pytest.mark.parametrize("allowed", [False, True])
def test_private_registry_hosts_need_the_explicit_setting(registry_file, allowed):
    from scrapy.settings import Settings

    from coffee_scraper.spiders.shopify import ShopifySpider

    registry = registry_file([{"slug": "meta", "url": "http://169.254.169.254", "platform": "shopify", "currency": "USD"},
                              {"slug": "lan", "url": "http://shop.localhost:8000", "platform": "shopify", "currency": "USD"}])
    settings = Settings({"ROASTER_REGISTRY": str(registry), "ALLOW_PRIVATE_HOSTS": allowed})
    if allowed:
        assert [r.slug for r in ShopifySpider.check_arguments(settings)] == ["meta", "lan"]
    else:
        with pytest.raises(RegistryError, match="roaster meta url http://169.254.169.254: .* link-local .*ALLOW_PRIVATE_HOSTS"):
            ShopifySpider.check_arguments(settings)


def test_platforms_come_from_the_spiders(tmp_path, monkeypatch):
    """Adding a platform is one spider module: SpiderLoader finds it, with its detect evidence and registry keys."""
    from scrapy.settings import Settings

    from coffee_scraper.platforms import platform_names, platform_spiders
    from coffee_scraper.registry import platform_fields

    (tmp_path / "extra_platform.py").write_text(
        "from coffee_scraper.platforms import marker\n"
        "from coffee_scraper.spiders.base import CoffeeSpider\n\n"
        "class EcwidSpider(CoffeeSpider):\n"
        "    name = 'ecwid'\n"
        "    detect_priority = 30\n"
        "    detect_evidence = (marker(r'app\\.ecwid\\.com', 'home page loads the Ecwid storefront'),)\n"
        "    registry_fields = ('currency', 'store_id')\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    settings = Settings({"SPIDER_MODULES": ["coffee_scraper.spiders", "extra_platform"]})
    base = platform_names()
    assert "ecwid" not in base and base[0] == "shopify" and base[-1] == "jsonld"
    names = platform_names(settings)
    # Ordered by declared detection confidence: the generic schema.org spider stays last.
    assert set(names) == set(base) | {"ecwid"} and names.index("ecwid") < names.index("jsonld")
    assert platform_spiders(settings)["ecwid"].detect_evidence[0].says.startswith("home page loads")
    assert platform_fields(settings)["ecwid"] == ("currency", "store_id")
