"""schema.org Product / ProductGroup (JSON-LD and microdata, via extruct) -> SourceProduct."""
from __future__ import annotations

import logging
from typing import Any, Iterator

from urllib.parse import urlsplit

from itemloaders import ItemLoader
from itemloaders.processors import Identity, MapCompose, TakeFirst
from w3lib.html import replace_entities

from coffee_scraper.items import SourceProduct, SourceVariant

logger = logging.getLogger("coffee_scraper.parse")
PRODUCT_TYPES = {"Product", "ProductGroup", "IndividualProduct", "ProductModel"}


def _types(node: dict) -> set[str]:
    t = node.get("@type")
    values = t if isinstance(t, list) else [t]
    return {str(v).rsplit("/", 1)[-1] for v in values if v}


def _walk(node: Any) -> Iterator[dict]:
    if isinstance(node, list):
        for n in node:
            yield from _walk(n)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "itemListElement", "item"):
            if key in node:
                yield from _walk(node[key])


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or value.get("value"))
    if isinstance(value, list):
        return _text(value[0]) if value else None
    text = str(value).strip()
    return text or None


def _image(value: Any) -> str | None:
    if isinstance(value, list):
        return _image(value[0]) if value else None
    if isinstance(value, dict):
        return _text(value.get("url") or value.get("contentUrl"))
    return _text(value)


def _strip(value: str) -> str | None:
    return value.strip() or None


class SchemaOrgLoader(ItemLoader):
    """The shared cleaning of schema.org values: the text of a value (a name in a dict, the first of a
    list), HTML entities unescaped ("Caf&eacute; &amp; Co"), whitespace stripped; the first one that is
    left. A reader declares which property goes to which field, not how to clean it."""

    default_input_processor = MapCompose(_text, replace_entities, _strip)
    default_output_processor = TakeFirst()
    description_html_in = extra_html_in = MapCompose(_text, _strip)  # HTML: its entities are the normalizer's job
    categories_in = MapCompose(lambda c: c if isinstance(c, str) else None, replace_entities, _strip)
    categories_out = Identity()
    options_in = options_out = variants_in = variants_out = Identity()
    in_stock_in = price_in = currency_in = variant_id_in = MapCompose()


def _stable_id(value: str | None) -> str | None:
    """An id that survives a host or scheme change: a URL used as an id keeps its path onwards."""
    if not value:
        return value
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc:
        rest = parts.path + (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")
        return rest or "/"
    return value


def _offers(node: dict) -> list[dict]:
    offers = node.get("offers")
    out: list[dict] = []
    for offer in offers if isinstance(offers, list) else [offers] if offers else []:
        if not isinstance(offer, dict):
            continue
        if "AggregateOffer" in _types(offer):
            inner = offer.get("offers")
            if inner:
                out.extend(o for o in (inner if isinstance(inner, list) else [inner]) if isinstance(o, dict))
            else:
                # Only a range: one variant at the low price, so a price is never invented.
                out.append({**offer, "price": offer.get("lowPrice") or offer.get("price")})
        else:
            out.append(offer)
    return out


def _in_stock(availability: Any) -> bool | None:
    text = _text(availability)
    if not text:
        return None
    name = text.rsplit("/", 1)[-1].lower()
    if name in ("instock", "limitedavailability", "onlineonly", "instoreonly", "preorder", "presale"):
        return True
    if name in ("outofstock", "soldout", "discontinued", "backorder"):
        return False
    return None


def _price(offer: dict) -> tuple[str | None, str | None]:
    price, currency = offer.get("price"), offer.get("priceCurrency")
    spec = offer.get("priceSpecification")
    if price is None and spec:
        spec = spec[0] if isinstance(spec, list) and spec else spec
        if isinstance(spec, dict):
            price, currency = spec.get("price"), currency or spec.get("priceCurrency")
    return (None if price is None else str(price)), _text(currency)


def _weight_option(node: dict) -> list[tuple[str, str]]:
    weight = node.get("weight")
    if isinstance(weight, dict):
        value, unit = weight.get("value"), weight.get("unitText") or weight.get("unitCode") or ""
        unit = {"GRM": "g", "KGM": "kg", "LBR": "lb", "ONZ": "oz"}.get(str(unit).upper(), unit)
        if value is not None:
            return [("Weight", f"{value} {unit}".strip())]
    elif weight:
        return [("Weight", str(weight))]
    return []


def _variants_of(node: dict, base_id: str) -> list[SourceVariant]:
    variants = []
    for i, offer in enumerate(_offers(node)):
        price, currency = _price(offer)
        loader = SchemaOrgLoader(SourceVariant(variant_id=""))
        loader.add_value("variant_id", _text(offer.get("sku")) or _stable_id(_text(offer.get("url"))) or f"{base_id}-{i + 1}")
        loader.add_value("title", offer.get("name"))
        loader.add_value("options", _weight_option(offer) or _weight_option(node))
        loader.add_value("price", price)
        loader.add_value("currency", currency)
        loader.add_value("in_stock", _in_stock(offer.get("availability")))
        loader.add_value("sku", offer.get("sku"))
        variants.append(loader.load_item())
    return variants


def _properties_html(node: dict) -> str:
    lines = []
    for prop in node.get("additionalProperty") or []:
        if isinstance(prop, dict) and prop.get("name") and prop.get("value") is not None:
            lines.append(f"{_text(prop['name'])}: {_text(prop['value'])}")
    return "<br>\n".join(lines)


def product_id_of(node: dict, url: str) -> str:
    for key in ("productGroupID", "productID", "sku", "mpn", "@id"):
        value = _stable_id(_text(node.get(key)))
        if value:
            return value
    return _stable_id(url)


def products_from_html(html: str, url: str) -> list[tuple[str, dict, SourceProduct]]:
    """Every schema.org product on a page: (product_id, raw node, SourceProduct)."""
    try:
        import extruct  # here, not at the top: every crawl loads every spider module, few parse pages (~0.2 s)

        data = extruct.extract(html, base_url=url, syntaxes=["json-ld", "microdata"], uniform=True, errors="log")
    except Exception as exc:  # extruct raises on badly broken markup; one page must not stop a crawl
        logger.warning("url=%s structured data unreadable: %s", url, exc)
        return []
    found = []
    for node in _walk(data.get("json-ld", []) + data.get("microdata", [])):
        if not _types(node) & PRODUCT_TYPES or node.get("isVariantOf"):
            continue
        pid = product_id_of(node, url)
        if "ProductGroup" in _types(node) and node.get("hasVariant"):
            variants = []
            for j, v in enumerate(node["hasVariant"] if isinstance(node["hasVariant"], list) else [node["hasVariant"]]):
                if not isinstance(v, dict):
                    continue
                vid = _text(v.get("sku")) or f"{pid}-{j + 1}"
                for k, sv in enumerate(_variants_of(v, vid)):
                    sv.variant_id = vid if k == 0 else f"{vid}-{k + 1}"
                    sv.title = replace_entities(_text(v.get("name")) or "") or sv.title
                    sv.options = sv.options or _weight_option(v)
                    variants.append(sv)
        else:
            variants = _variants_of(node, pid)
        loader = SchemaOrgLoader(SourceProduct(name=""))
        loader.add_value("name", node.get("name"))
        loader.add_value("description_html", node.get("description"))
        loader.add_value("vendor", node.get("brand"))
        loader.add_value("categories", node.get("category"))
        loader.add_value("extra_html", _properties_html(node))
        loader.add_value("variants", variants)
        source = loader.load_item()
        found.append((pid, node, source))
    return found


def image_of(node: dict) -> str | None:
    """The product's first image URL (a list of images, an ImageObject or a URL)."""
    return _image(node.get("image"))


def product_items(html: str, url: str, roaster, platform: str, scraped_at: str) -> list:
    """CoffeeItems of every schema.org product on a page (any spider that reads schema.org pages)."""
    from coffee_scraper.items import CoffeeItem

    items = []
    for product_id, node, source in products_from_html(html, url):
        source.default_currency = source.default_currency or roaster.currency
        items.append(CoffeeItem(roaster=roaster.slug, platform=platform, url=url, product_id=product_id,
                                name=source.name, image_url=image_of(node), scraped_at=scraped_at, source=source,
                                raw={"url": url, "product": node}))
    return items
