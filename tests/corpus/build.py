"""Corpus helpers: real feeds -> SourceProduct (the way the spiders do it), and the labelled corpus loader.

Run ``python tests/corpus/build.py`` to regenerate ``labelled.jsonl`` from the real feeds, the
hand labels in ``real_labels.py`` and the hand-written products in ``synthetic.py`` (English) and
``multilingual.py`` (14 languages).
"""
from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path


HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REAL = ROOT / "coffee_scraper_shops" / "real"
LABELLED = HERE / "labelled.jsonl"
sys.path.insert(0, str(ROOT))

from coffee_scraper.items import SourceProduct, SourceVariant  # noqa: E402


def shopify_product(p: dict, currency: str) -> SourceProduct:
    """products.json product -> SourceProduct: options are (option name, value) pairs."""
    names = [o.get("name") or f"Option{i + 1}" for i, o in enumerate(p.get("options") or [])]
    variants = []
    for v in p.get("variants") or []:
        opts = [(names[i] if i < len(names) else f"Option{i + 1}", str(v[f"option{i + 1}"]))
                for i in range(3) if v.get(f"option{i + 1}") is not None]
        variants.append(SourceVariant(
            variant_id=str(v["id"]), title=v.get("title"), options=opts, grams=v.get("grams"),
            price=None if v.get("price") is None else str(v["price"]),
            compare_at_price=None if v.get("compare_at_price") in (None, "") else str(v["compare_at_price"]),
            currency=None, in_stock=v.get("available"), sku=v.get("sku") or None,
        ))
    tags = p.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    return SourceProduct(
        name=p.get("title") or "", description_html=p.get("body_html") or "",
        product_type=p.get("product_type") or None, vendor=p.get("vendor") or None, tags=list(tags),
        default_currency=currency, variants=variants,
    )


def woo_product(p: dict) -> SourceProduct:
    """Store API product -> SourceProduct, by the spider's own functions. A variable product's variations
    take the product's price, as the spider reads them when the product states no price range."""
    from coffee_scraper.spiders import woocommerce as wc

    if p.get("type") == "variable" and p.get("variations"):
        return wc.source_product(p, wc.one_price_variants(p))
    return wc.source_product(p, [wc.simple_variant(p)])


def real_products() -> list[tuple[str, SourceProduct]]:
    """(corpus id, SourceProduct) for all 62 products of the three real feeds."""
    out = []
    for fname, shop in (("shopify_products_bluetokai_INR.json", "bluetokai"),
                        ("shopify_products_rosette_INR.json", "rosette")):
        for p in json.loads((REAL / fname).read_text())["products"]:
            out.append((f"{shop}:{p['id']}", shopify_product(p, "INR")))
    for p in json.loads((REAL / "woo_store_products_babasbeans_INR.json").read_text()):
        out.append((f"babasbeans:{p['id']}", woo_product(p)))
    return out


def load_corpus(path: Path = LABELLED) -> list[dict]:
    """Entries: {"id", "source": SourceProduct, "expected": {...}}."""
    entries = []
    for line in path.read_text().splitlines():
        if line.strip():
            e = json.loads(line)
            e["source"] = SourceProduct.from_dict(e["source"])
            entries.append(e)
    return entries


def _ppk(price: str | None, grams: int | None) -> str | None:
    """Expected price per kg, by arithmetic on the labelled price and weight."""
    if price is None or not grams or Decimal(price) <= 0:
        return None
    return str((Decimal(price) * 1000 / grams).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def real_variant_truth(src: SourceProduct) -> list[dict]:
    from real_labels import GRIND_TRUTH, SIZE_TRUTH

    out = []
    for v in src.variants:
        size = next((val for name, val in v.options if name.lower() == "size"), None)
        grind = next((val for name, val in v.options if "grind" in name.lower()), None)
        grams = SIZE_TRUTH[size] if size is not None else None
        price = str(Decimal(v.price).quantize(Decimal("0.01"))) if v.price is not None else None
        out.append({"variant_id": v.variant_id, "weight_grams": grams,
                    "grind": GRIND_TRUTH[grind] if grind is not None else None, "price": price})
    return out


def build() -> int:
    from real_labels import REAL_LABELS  # noqa: E402  (hand labels, keyed by corpus id)
    from synthetic import SYNTHETIC  # noqa: E402

    rows = []
    for cid, src in real_products():
        exp = dict(REAL_LABELS[cid])
        if exp["is_coffee"]:
            exp["variants"] = real_variant_truth(src)
        rows.append({"id": cid, "origin": "real", "source": src.to_dict(), "expected": exp})
    for cid, src, exp in SYNTHETIC:
        for v in exp.get("variants", []):
            v["price"] = str(Decimal(v["price"]).quantize(Decimal("0.01")))
        rows.append({"id": cid, "origin": "synthetic", "source": src.to_dict(), "expected": exp})
    from multilingual import MULTILINGUAL  # noqa: E402

    for cid, lang, src, exp in MULTILINGUAL:
        for v in exp.get("variants", []):
            v["price"] = str(Decimal(v["price"]).quantize(Decimal("0.01")))
        rows.append({"id": cid, "origin": "multilingual", "lang": lang, "source": src.to_dict(), "expected": exp})
    for r in rows:
        for v in r["expected"].get("variants", []):
            v["price_per_kg"] = _ppk(v["price"], v["weight_grams"])
    with LABELLED.open("w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    print(f"wrote {build()} entries to {LABELLED.relative_to(ROOT)}")
