"""The bare Shopify baseline as a `scrapy runspider` file: the fixed cost of a bare Scrapy process (figure process_overhead)."""
from __future__ import annotations

from bench.bare_spiders import BARE_SETTINGS, BareShopifySpider


class RunspiderShopify(BareShopifySpider):
    name = "runspider_shopify"
    custom_settings = BARE_SETTINGS
