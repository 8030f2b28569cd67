"""Item shapes: what a spider hands to the pipelines, and the exported coffee contract.

A spider only *extracts*: it fills a ``CoffeeItem`` with the product's identity and a
platform-neutral ``source`` (``SourceProduct``: texts, tags, variants exactly as the shop said
them). The normalize pipeline turns ``source`` into the contract fields. Only the contract
fields are exported (``FEED_EXPORT_FIELDS`` in settings); ``raw`` and ``source`` travel with the
item so the store pipeline can keep the raw payload as an artifact.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import scrapy


@dataclass
class SourceVariant:
    """One purchasable option, as the shop states it (no interpretation yet)."""

    variant_id: str
    title: str | None = None
    # (option name, option value) pairs in shop order, e.g. [("Size", "250g"), ("Grind", "Whole Bean")].
    options: list[tuple[str, str]] = field(default_factory=list)
    # Shopify `grams`: the *shipping* weight, a fallback for the bag size only.
    grams: int | None = None
    # Decimal strings in major units ("18.50"); the spider converts minor units (WooCommerce).
    price: str | None = None
    compare_at_price: str | None = None
    currency: str | None = None  # ISO 4217 when the platform says it, else None
    in_stock: bool | None = None
    sku: str | None = None


@dataclass
class SourceProduct:
    """Everything the normalizer may read about one product, platform-neutral."""

    name: str
    description_html: str = ""
    product_type: str | None = None
    vendor: str | None = None
    tags: list[str] = field(default_factory=list)
    # Category names (WooCommerce categories, breadcrumb, schema.org category).
    categories: list[str] = field(default_factory=list)
    # Extra labelled text that is not the description (WooCommerce short_description, JSON-LD
    # additionalProperty rendered "Name: value" per line). HTML allowed.
    extra_html: str = ""
    default_currency: str | None = None  # the roaster's currency when the feed has none
    variants: list[SourceVariant] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SourceProduct":
        data = dict(data)
        data["variants"] = [
            SourceVariant(**{**v, "options": [tuple(o) for o in v.get("options") or []]})
            for v in data.get("variants") or []
        ]
        return cls(**data)


# The exported contract, in export order (settings.FEED_EXPORT_FIELDS).
CONTRACT_FIELDS = [
    "roaster",
    "platform",
    "url",
    "product_id",
    "name",
    "description",
    "origin_countries",
    "process",
    "roast_level",
    "is_decaf",
    "is_blend",
    "tasting_notes",
    "varieties",
    "altitude_min_m",
    "altitude_max_m",
    "region",
    "producer",
    "image_url",
    "scraped_at",
    "variants",
]

VARIANT_FIELDS = [
    "variant_id",
    "title",
    "weight_grams",
    "grind",
    "price",
    "currency",
    "price_per_kg",
    "compare_at_price",
    "in_stock",
    "sku",
]


class CoffeeItem(scrapy.Item):
    """One coffee product of one roaster (the feed-export contract).

    Contract fields (exported):
      roaster: registry slug; platform: spider name; url: product page URL;
      product_id: the shop's id as a string; name; description: plain text;
      origin_countries: ISO 3166-1 alpha-2 codes (several for blends); process, roast_level:
      closed vocabularies (see coffee_scraper.normalize); is_decaf, is_blend: bools;
      tasting_notes: short notes; varieties; altitude_min_m/altitude_max_m: metres;
      region, producer: free text when stated; image_url; scraped_at: UTC ISO 8601;
      variants: list of dicts with VARIANT_FIELDS (price, price_per_kg, compare_at_price are
      Decimal in major units of ``currency``; weight_grams an int or None).
    Internal fields (not exported): source, raw, warnings, skip_reason, processing_status,
    validation_errors.
    """

    roaster = scrapy.Field()
    platform = scrapy.Field()
    url = scrapy.Field()
    product_id = scrapy.Field()
    name = scrapy.Field()
    description = scrapy.Field()
    origin_countries = scrapy.Field()
    process = scrapy.Field()
    roast_level = scrapy.Field()
    is_decaf = scrapy.Field()
    is_blend = scrapy.Field()
    tasting_notes = scrapy.Field()
    varieties = scrapy.Field()
    altitude_min_m = scrapy.Field()
    altitude_max_m = scrapy.Field()
    region = scrapy.Field()
    producer = scrapy.Field()
    image_url = scrapy.Field()
    scraped_at = scrapy.Field()
    variants = scrapy.Field()

    # Internal.
    source = scrapy.Field()  # SourceProduct
    raw = scrapy.Field()  # the product's raw payload (dict or str), kept as an artifact
    warnings = scrapy.Field()  # list[str] from normalization
    skip_reason = scrapy.Field()  # set when the product is not a coffee (gift card, grinder...)
    processing_status = scrapy.Field()  # 'ok' | 'review'
    validation_errors = scrapy.Field()  # list[str] set by the validate pipeline
