"""Variants: one contract dict per purchasable option (size, grind, price, stock)."""
from __future__ import annotations

from functools import lru_cache

from coffee_scraper.items import SourceProduct

from .grind import _variant_grind
from .price import _check_price_text, check_price, price_per_kg, sale_compare_at, valid_currency
from .text import clean_inline
from .weight import _stated_weight, weight_from


@lru_cache(maxsize=8192)  # the same option sets on every product of a shop
def _clean_options(options: tuple) -> tuple[tuple[str, str], ...]:
    return tuple((clean_inline(n), clean_inline(val)) for n, val in options)


@lru_cache(maxsize=8192)  # the same options and titles on every product of a shop
def _shape(options: tuple, title: str | None) -> tuple:
    """(clean title, stated weight (weight._stated_weight), (grind, problem)) of a variant's raw options and title."""
    options = _clean_options(options)
    title = clean_inline(title) or None
    return title, _stated_weight(options, title), _variant_grind(options, title)


def _shape_unhashable(options: tuple, title: str | None) -> tuple:
    options = _clean_options.__wrapped__(options)
    title = clean_inline(title) or None
    try:
        return title, _stated_weight(options, title), _variant_grind(options, title)
    except TypeError:  # (as variant_weight and variant_grind do)
        return title, _stated_weight.__wrapped__(options, title), _variant_grind.__wrapped__(options, title)


def build_variants(src: SourceProduct, name: str, warnings: list[str], description: str = "",
                   errors: list[str] | None = None) -> list[dict]:
    """``errors``: where a stated value is wrong, not merely missing ("variants/0/price: ...")."""
    out = []
    single = len(src.variants) == 1
    default_currency = valid_currency(src.default_currency)
    for i, v in enumerate(src.variants):
        vid = str(v.variant_id)
        raw = tuple(v.options or ())
        try:
            title, stated, (grind, grind_problem) = _shape(raw, v.title)
        except TypeError:  # unhashable options: no cache
            title, stated, (grind, grind_problem) = _shape_unhashable(raw, v.title)
        grams = stated[0]
        if not grams:  # (most variants state their size: weight_from's answer is that)
            grams, problem = weight_from(stated, name, v.grams, single, description)
            if problem:
                warnings.append(f"weight_grams: {problem} (variant {vid})")
        if grind_problem:
            warnings.append(f"grind: {grind_problem} (variant {vid})")
        currency = (valid_currency(v.currency) if v.currency else None) or default_currency
        if currency is None:
            warnings.append(f"currency: none stated for variant {vid}")
        # (check_price's own dispatch, inlined for the text prices feeds send)
        price, error = _check_price_text(v.price, currency) if type(v.price) is str else check_price(v.price, currency)
        if error:
            warnings.append(f"price: {error} (variant {vid})")
            if errors is not None:
                errors.append(f"variants/{i}/price: {error}")
        elif price is None:
            if v.price is not None and str(v.price).strip():
                # A price the shop states but nobody can read ("N/A") is wrong, not missing: the item is
                # kept as invalid for review (a null price means the shop states none: not for sale).
                warnings.append(f"price: cannot read {v.price!r} for variant {vid}")
                if errors is not None:
                    errors.append(f"variants/{i}/price: cannot read {v.price!r}")
            else:
                warnings.append(f"price: none stated for variant {vid}")
        elif price == 0:
            warnings.append(f"price: 0 for variant {vid}")
        compare_at = None
        if v.compare_at_price is not None:  # (most variants: none)
            compare_at, error = check_price(v.compare_at_price, currency)
            if error:
                warnings.append(f"compare_at_price: {error} (variant {vid})")
            compare_at = sale_compare_at(price, compare_at)
        out.append({
            "variant_id": vid,
            "title": title,
            "weight_grams": grams,
            "grind": grind,
            "price": price,
            "currency": currency,
            "price_per_kg": price_per_kg(price, grams),
            "compare_at_price": compare_at,
            "in_stock": v.in_stock if isinstance(v.in_stock, bool) else None,
            "sku": (v.sku or "").strip() or None,
        })
    return out


