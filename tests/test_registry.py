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
    assert load_registry(CHECKED_IN)


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
