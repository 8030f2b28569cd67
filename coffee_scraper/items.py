"""Item shapes: what a spider hands to the pipelines, and the exported coffee contract.

A spider only *extracts*: it fills a ``CoffeeItem`` with the product's identity and a
platform-neutral ``source`` (``SourceProduct``: texts, tags, variants exactly as the shop said
them). The normalize pipeline turns ``source`` into the contract fields. Only the contract
fields are exported (``FEED_EXPORT_FIELDS`` in settings); ``raw`` and ``source`` travel with the
item so the store pipeline can keep the raw payload as an artifact.
"""
from __future__ import annotations

import operator
from dataclasses import asdict, dataclass, field
from typing import Any

import scrapy


# slots: one of each per product and variant of every crawl; cheaper to build and to read.
@dataclass(slots=True)
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


@dataclass(slots=True)
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


@dataclass(frozen=True)
class ContractField:
    """One field of the exported coffee contract: the single place a field is defined.

    Everything else derives from these definitions: CONTRACT_FIELDS / VARIANT_FIELDS (export order),
    the CoffeeItem's fields, the JSON schema (`contract_schema()`), the columns the writer stages,
    its update clauses and row tuples (storage.writer), and what the normalize pipeline copies.
    Adding a field = a definition here, a migration adding the column, the normalizer filling it.
    """

    name: str
    schema: dict  # its JSON schema
    required: bool = True
    # Filled by normalize_product (an attribute of NormalizedProduct), else by the spider or crawl.
    normalized: bool = False
    # Stored in a catalogue column of the same name (coffees for a product field, variants for a
    # variant field), rewritten by a full run. `empty` stands for None in the column (NOT NULL columns).
    stored: bool = False
    empty: Any = None
    # A variant field observed per run (prices table) and updated by a price-only run.
    per_run: bool = False


_TEXT_OR_NULL = {"type": ["string", "null"]}
_VOCABULARY_WORD = {"type": ["string", "null"], "pattern": "^[a-z][a-z -]*[a-z]$"}

PRODUCT = [
    ContractField("roaster", {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"}),
    ContractField("platform", {"type": "string", "pattern": "^[a-z][a-z0-9_]*$",
                               "$comment": "the name of the spider that read it"}),
    ContractField("url", {"type": "string", "pattern": "^https?://[^\\s/]+"}, stored=True),
    ContractField("product_id", {"type": "string", "minLength": 1, "maxLength": 200}),
    ContractField("name", {"type": "string", "minLength": 1, "pattern": "\\S"}, stored=True),
    ContractField("description", {"type": "string"}, normalized=True, stored=True),
    ContractField("origin_countries", {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"},
                                       "uniqueItems": True}, normalized=True, stored=True, empty=[]),
    # Not required: artifacts stored before the field existed still revalidate.
    ContractField("origin_inferred", {"type": "boolean", "$comment": "origin known only from a famous region or farm"},
                  required=False, normalized=True, stored=True, empty=False),
    ContractField("process", _VOCABULARY_WORD, normalized=True, stored=True),
    ContractField("roast_level", {"enum": ["light", "medium-light", "medium", "medium-dark", "dark", "omni", None]},
                  normalized=True, stored=True),
    ContractField("is_decaf", {"type": "boolean"}, normalized=True, stored=True, empty=False),
    ContractField("is_blend", {"type": "boolean"}, normalized=True, stored=True, empty=False),
    ContractField("tasting_notes", {"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 60}},
                  normalized=True, stored=True, empty=[]),
    ContractField("varieties", {"type": ["array", "null"], "items": {"type": "string", "minLength": 1}},
                  required=False, normalized=True, stored=True, empty=[]),
    ContractField("altitude_min_m", {"type": ["integer", "null"], "minimum": 0, "maximum": 6000},
                  required=False, normalized=True, stored=True),
    ContractField("altitude_max_m", {"type": ["integer", "null"], "minimum": 0, "maximum": 6000},
                  required=False, normalized=True, stored=True),
    ContractField("region", _TEXT_OR_NULL, required=False, normalized=True, stored=True),
    ContractField("producer", _TEXT_OR_NULL, required=False, normalized=True, stored=True),
    ContractField("image_url", _TEXT_OR_NULL, stored=True),
    ContractField("scraped_at", {"type": "string", "format": "date-time", "pattern": "(Z|\\+00:00)$"}),
    ContractField("variants", {}, normalized=True),  # schema: VARIANT below
]

VARIANT = [
    ContractField("variant_id", {"type": "string", "minLength": 1, "maxLength": 200}),
    ContractField("title", _TEXT_OR_NULL, stored=True),
    ContractField("weight_grams", {"type": ["integer", "null"], "minimum": 1, "maximum": 100000}, stored=True),
    ContractField("grind", _VOCABULARY_WORD, stored=True),
    # Prices are Decimal in major units of `currency`; the ranges keep them inside numeric(14, 2). Null: the
    # shop states no price (a WooCommerce product not for sale now reports "0"), which is no free bag.
    ContractField("price", {"type": ["number", "null"], "minimum": 0, "maximum": 1000000}, stored=True, per_run=True),
    ContractField("currency", {"type": "string", "pattern": "^[A-Z]{3}$"}, stored=True, per_run=True),
    ContractField("price_per_kg", {"type": ["number", "null"], "minimum": 0, "maximum": 1000000000},
                  stored=True, per_run=True),
    ContractField("compare_at_price", {"type": ["number", "null"], "minimum": 0, "maximum": 1000000},
                  stored=True, per_run=True),
    ContractField("in_stock", {"type": ["boolean", "null"]}, stored=True, per_run=True),
    ContractField("sku", _TEXT_OR_NULL, stored=True),
]

# The exported contract, in export order (settings.FEED_EXPORT_FIELDS).
CONTRACT_FIELDS = [f.name for f in PRODUCT]
VARIANT_FIELDS = [f.name for f in VARIANT]
NORMALIZED_FIELDS = [f.name for f in PRODUCT if f.normalized]


def _object_schema(fields: list[ContractField]) -> dict:
    return {"type": "object", "required": [f.name for f in fields if f.required],
            "properties": {f.name: f.schema for f in fields}, "additionalProperties": False}


def contract_schema() -> dict:
    """The JSON schema of an exported item (validated by the validate pipeline)."""
    variant = _object_schema(VARIANT)
    schema = _object_schema(PRODUCT)
    schema["properties"]["variants"] = {"type": "array", "minItems": 1, "items": variant}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://coffee-scraper.local/schemas/coffee_item.schema.json",
            "title": "Coffee item (the feed-export contract)", **schema}


_normalized_values = operator.attrgetter(*NORMALIZED_FIELDS)


def copy_normalized(item, normalized) -> None:
    """Set the item's normalizer-filled contract fields from a NormalizedProduct."""
    values = zip(NORMALIZED_FIELDS, _normalized_values(normalized))
    if isinstance(item, ContractItem):
        item._values.update(values)  # contract fields: declared by construction, no per-field check
    else:
        for name, value in values:
            item[name] = value


INTERNAL_FIELDS = {
    "source": "SourceProduct",
    "raw": "the product's raw payload (dict or str), kept as an artifact",
    "warnings": "list[str] from normalization",
    "skip_reason": "set when the product is not a coffee (gift card, grinder...)",
    "processing_status": "'ok' | 'review'",
    "validation_errors": "list[str]: the normalizer's errors, then the validate pipeline's",
}

class ContractItem(scrapy.Item):
    """scrapy.Item (declared fields, KeyError on any other), made cheaper per instance: one is built for every
    product and read by every pipeline, extension and exporter.

    Not registered in scrapy.utils.trackref (a weak reference per item, read only by Scrapy's memory debugging);
    built from its keyword arguments in one dict; get() and `in` read that dict directly instead of going
    through Mapping's __getitem__ and KeyError.
    """

    def __new__(cls, *args: Any, **kwargs: Any):
        return object.__new__(cls)

    def __init__(self, *args: Any, **kwargs: Any):
        values = dict(*args, **kwargs) if args else kwargs  # kwargs: a new dict of this call
        if not values.keys() <= self.fields.keys():
            unknown = next(k for k in values if k not in self.fields)
            raise KeyError(f"{self.__class__.__name__} does not support field: {unknown}")
        object.__setattr__(self, "_values", values)

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._values


CoffeeItem = type("CoffeeItem", (ContractItem,), {
    "__module__": __name__,
    "__doc__": """One coffee product of one roaster (the feed-export contract).

    Its fields are PRODUCT's (exported, each defined with its schema above: roaster is the registry
    slug, platform the spider name, origin_countries ISO 3166-1 alpha-2 codes, scraped_at UTC ISO
    8601, variants dicts with VARIANT's fields) and INTERNAL_FIELDS (not exported).
    """,
    **{name: scrapy.Field() for name in CONTRACT_FIELDS},
    **{name: scrapy.Field(doc=doc) for name, doc in INTERNAL_FIELDS.items()},
})
