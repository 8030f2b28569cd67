"""Local fixture shops: a loopback server that behaves like real roasters' Shopify, WooCommerce and schema.org shops."""
from coffee_scraper.shops.catalog import (
    demo_shops,
    real_shopify,
    real_woocommerce,
    synthetic_jsonld,
    synthetic_shopify,
    synthetic_woocommerce,
)
from coffee_scraper.shops.server import RequestRecord, ShopServer
from coffee_scraper.shops.shop import Faults, RateLimit, Shop

__all__ = [
    "Faults", "RateLimit", "RequestRecord", "Shop", "ShopServer", "demo_shops", "real_shopify",
    "real_woocommerce", "synthetic_jsonld", "synthetic_shopify", "synthetic_woocommerce",
]
