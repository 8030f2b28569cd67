"""Local fixture shops (demo and tests, never deployed): a loopback server that behaves like real roasters' shops.

One module per platform in coffee_scraper_shops.platforms (its catalogue builders, pages and routes);
this package holds the shared core: the server, the Shop and its faults, shared page parts.
"""
from coffee_scraper_shops.catalog import demo_shops
from coffee_scraper_shops.server import RequestRecord, ShopServer
from coffee_scraper_shops.shop import Faults, RateLimit, Shop


def registry_entries(server: ShopServer) -> list[dict]:
    """Roaster registry entries (coffee_scraper.registry format) that crawl the served shops."""
    from coffee_scraper_shops.platforms import fixture_platforms

    platforms = fixture_platforms()
    return [{"slug": shop.slug, "name": shop.name, "url": server.base_url(shop.slug),
             **platforms[shop.platform].registry, "currency": shop.currency} for shop in server.shops]


__all__ = ["Faults", "RateLimit", "RequestRecord", "Shop", "ShopServer", "demo_shops", "registry_entries"]
