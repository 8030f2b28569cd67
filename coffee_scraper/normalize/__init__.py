"""Normalization: turn a spider's platform-neutral SourceProduct into normalized coffee facts.

Each rule lives in a small module (weight, grind, price, origin, process, roast, notes, facts,
classify); this module only orders them. Closed vocabularies: PROCESSES, ROAST_LEVELS, GRINDS.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from coffee_scraper.items import SourceProduct

from . import lang, patterns
from .classify import blend_hint, classify, drink, is_decaf
from .facts import altitude_in_text, clean_value, parse_altitude, parse_varieties, varieties_in
from .grind import GRINDS
from .notes import find_notes
from .origin import countries_in_vendor, find_origins, inferred_origins, region_alias
from .process import PROCESSES, find_process
from .roast import ROAST_LEVELS, find_roast
from .text import clean_inline, extract_labels, html_to_text
from .variants import build_variants
from .weight import parse_weight_grams

patterns.STORE.save()  # what this import built, for the next process (built.py)

__all__ = ["GRINDS", "PROCESSES", "ROAST_LEVELS", "NormalizedProduct", "normalize_product"]


@dataclass
class NormalizedProduct:
    description: str = ""
    origin_countries: list[str] = field(default_factory=list)
    # True when a country is known only from a famous region or farm ("Yirgacheffe" -> ET), not named.
    origin_inferred: bool = False
    process: str | None = None
    roast_level: str | None = None
    is_decaf: bool = False
    is_blend: bool = False
    tasting_notes: list[str] = field(default_factory=list)
    varieties: list[str] = field(default_factory=list)
    altitude_min_m: int | None = None
    altitude_max_m: int | None = None
    region: str | None = None
    producer: str | None = None
    variants: list[dict] = field(default_factory=list)
    is_coffee: bool = True
    skip_reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Stated values that are wrong, not merely missing, each naming its field path
    # ("variants/0/price: '1E5' uses exponent notation"): the item is invalid.
    errors: list[str] = field(default_factory=list)


PLATFORM_KINDS = frozenset({"simple", "variable", "grouped", "external", "variation"})


def _coffee_evidence(src: SourceProduct, name: str, type_text: str, tags: list[str], variants: list[dict]) -> bool:
    """Coffee words (any language) in the title, type, categories or tags; a grind; a stated bag size."""
    if any(v["grind"] for v in variants):
        return True
    for t in (name, type_text, *tags):
        if t and (lang.COFFEE.search(t) or lang.BLEND.search(t)):
            return True
    return _states_a_size(src, name, variants)


def _states_a_size(src: SourceProduct, name: str, variants: list[dict]) -> bool:
    """A bag size the shop states (options, titles, name, description), not only Shopify's shipping `grams`
    ("Nitro Cold Brew", Default Title, grams 400, is no 400 g bag)."""
    if any(v["weight_grams"] and v["weight_grams"] != sv.grams for v, sv in zip(variants, src.variants)):
        return True
    return bool(parse_weight_grams(name)) or any(parse_weight_grams(value) for sv in src.variants
                                                 for _n, value in sv.options or ()) or any(
        parse_weight_grams(sv.title) for sv in src.variants)


def normalize_product(src: SourceProduct) -> NormalizedProduct:
    warnings: list[str] = []
    name = clean_inline(src.name)
    tags = [clean_inline(t) for t in src.tags if t and not t.isspace()]  # (isspace: no stripped copy)
    body = html_to_text(src.description_html)
    extra = html_to_text(src.extra_html)
    # Facts are read from the description and the labelled extra text (WooCommerce short description).
    text = f"{body}\n{extra}" if body and extra else body or extra
    labels = extract_labels(text)
    by_key: dict[str, list[str]] = {}  # the values of each label key, grouped in one pass
    for k, v in labels:
        by_key.setdefault(k, []).append(v)

    none: list[str] = []
    labelled = by_key.get  # (key, none): the values of a key, as text.labelled gives them; no rule changes them

    # A platform's product kind (WooCommerce simple/variable) says nothing about what is sold.
    product_type = src.product_type if (src.product_type or "").strip().lower() not in PLATFORM_KINDS else None
    type_text = " ".join(x for x in [product_type or "", *src.categories] if x) if src.categories else product_type or ""
    if product_type != src.product_type:
        src = replace(src, product_type=product_type)

    skip = classify(src, name, type_text)
    blend = blend_hint(name, type_text, tags, text, labelled("type", none))

    origin_labels = labelled("origin", none) + labelled("region", none) + labelled("location", none)
    text_named: set[str] = set()
    origins, w = find_origins(name, tags, src.vendor, origin_labels, text, blend, text_named)
    warnings += w
    if len(origins) > 1 and not blend and skip is None:
        blend = True  # several origins in one bag is a blend, whatever the title says
    process_labels = labelled("process", none)
    process, w = find_process(name, tags, process_labels, text, blend)
    warnings += w
    roast, w = find_roast(name, tags, labelled("roast", none), text)
    warnings += w
    decaf = is_decaf(name, tags, type_text, process_labels, text)

    variety_labels = labelled("variety", none)
    varieties = parse_varieties(variety_labels[0]) if variety_labels else varieties_in(name, text)
    alt_labels = labelled("altitude", none)
    lo, hi = parse_altitude(alt_labels[0]) if alt_labels else (None, None)
    if lo is None:
        lo, hi = altitude_in_text(text)
    region = clean_value((labelled("region", none) or [None])[0])
    if region is None and src.vendor and countries_in_vendor(src.vendor):
        first = src.vendor.split(",")[0].strip()
        region = first if region_alias(first) and first.lower() not in ("colombia",) else None
    if region is None:
        loc = labelled("location", none)
        region = clean_value(loc[0]) if loc else None
    producer = clean_value((labelled("producer", none) or [None])[0])

    errors: list[str] = []
    weight_labels = labelled("weight", none)  # "Poids : 250 g", "内容量：200g": a lone bag's size
    variants = build_variants(src, f"{name} ({weight_labels[0]})" if weight_labels else name, warnings, text, errors)
    notes_labels = labelled("notes", none)
    if skip is None and not any(v["grind"] for v in variants):
        reason = drink(src, name, type_text, bool(origins or process or roast or blend))
        if reason and not _states_a_size(src, name, variants):  # (most products are no drink: checked last)
            skip = reason
    if skip is None and not (origins or process or roast or decaf or blend or varieties or lo is not None
                             or notes_labels or _coffee_evidence(src, name, type_text, tags, variants)):
        # A pennant, a book, an art print on a roaster's shop: nothing about it says coffee.
        skip = "not coffee: no coffee evidence"
    if not variants:
        warnings.append("variants: none")
    return NormalizedProduct(
        description=body or extra,
        origin_countries=origins,
        # (most products: the title or text named every country found, and nothing is inferred)
        origin_inferred=bool(origins) and not text_named.issuperset(origins) and bool(
            inferred_origins(origins, name, tags, src.vendor, origin_labels, text_named)),
        process=process,
        roast_level=roast,
        is_decaf=decaf,
        is_blend=blend,
        tasting_notes=find_notes(notes_labels, text, tags),
        varieties=varieties,
        altitude_min_m=lo,
        altitude_max_m=hi,
        region=region,
        producer=producer,
        variants=variants,
        is_coffee=skip is None,
        skip_reason=skip,
        warnings=warnings,
        errors=errors,
    )
