"""Wix Stores spider: product pages from the store-products sitemap, read from their warmup data.

/sitemap.xml is a sitemap index; Wix Stores adds `store-products-sitemap.xml` to it, listing every
visible product page (`/product-page/<slug>`). A product page's server-rendered HTML carries
`<script type="application/json" id="wix-warmup-data">`: under `appsWarmupData` -> the Stores app ->
a `productPage_<CURRENCY>_<slug>` widget -> `catalog.product` (options/selections, productItems
per combination, prices in major units, inventory, currency). A page without it is read from its
schema.org markup instead (one offer per product at best).
"""
from __future__ import annotations

import html as html_lib
import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator
from urllib.parse import urlsplit

from w3lib.html import remove_tags

from coffee_scraper.items import CoffeeItem, SourceProduct, SourceVariant
from coffee_scraper.platforms import header, marker
from coffee_scraper.registry import Roaster
from coffee_scraper.sitemaps import SitemapTooLarge, entries, read_sitemap
from coffee_scraper.spiders.base import CoffeeSpider, utc_now_iso
from coffee_scraper.structured_data import product_items

PRODUCT_SITEMAP_RE = re.compile(r"store-products", re.I)
PRODUCT_PAGE_RE = re.compile(r"/product-page/[^/]+/?$")
_WARMUP_RE = re.compile(r'<script\b[^>]*\bid="wix-warmup-data"[^>]*>(.*?)</script>', re.I | re.S)
_JSON_SCRIPT_RE = re.compile(r'<script\b[^>]*\btype="application/json"[^>]*>(.*?)</script>', re.I | re.S)


def warmup_data(page_html: str) -> Any:
    """The page's wix-warmup-data JSON, or None."""
    m = _WARMUP_RE.search(page_html or "")
    if not m:
        return None
    try:
        return json.loads(m.group(1))
    except ValueError:
        try:  # some pages HTML-escape the script's text
            return json.loads(html_lib.unescape(m.group(1)))
        except ValueError:
            return None


def embedded_product(page_html: str) -> dict | None:
    """A catalog product in any JSON script of the page (Wix has moved its page state before): a
    node with an id, a name and productItems."""
    for m in _JSON_SCRIPT_RE.finditer(page_html or ""):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        for node in _nodes(data):
            if isinstance(node.get("productItems"), list) and node.get("id") and node.get("name") is not None:
                return node
    return None


def _nodes(value: Any, depth: int = 0) -> Iterator[dict]:
    if depth > 12:  # bounded: a shop is untrusted input
        return
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _nodes(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from _nodes(v, depth + 1)


def catalog_product(warmup: Any) -> dict | None:
    """The `catalog.product` of a product page's warmup data (under appsWarmupData), or None."""
    apps = warmup.get("appsWarmupData") if isinstance(warmup, dict) else None
    for node in _nodes(apps if apps is not None else warmup):
        catalog = node.get("catalog")
        if isinstance(catalog, dict) and isinstance(catalog.get("product"), dict):
            product = catalog["product"]
            if product.get("id") and product.get("name") is not None:
                return product
    return None


def rich_text(value: Any) -> str:
    """A description as HTML: Wix gives HTML, or a JSON string of rich-text nodes (parsed again)."""
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if not text.startswith("{"):
        return text
    try:
        doc = json.loads(text)
    except ValueError:
        return text
    paragraphs: list[str] = []

    def collect(node: Any) -> str:
        if isinstance(node, dict):
            own = (node.get("textData") or {}).get("text") if isinstance(node.get("textData"), dict) else None
            parts = [own] if isinstance(own, str) else []
            if isinstance(node.get("text"), str) and own is None:
                parts.append(node["text"])
            parts += [collect(child) for child in node.get("nodes") or []]
            return "".join(parts)
        return ""

    for block in (doc.get("nodes") or []) if isinstance(doc, dict) else []:
        line = collect(block).strip()
        if line:
            paragraphs.append(f"<p>{html_lib.escape(line)}</p>")
    return "".join(paragraphs)


def _amount(value: Any) -> Decimal | None:
    if value in (None, "") or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def offer_prices(price: Any, compare: Any, discounted: Any = None) -> tuple[str | None, str | None]:
    """(price paid, compare-at price) from Wix's price fields, in major units.

    Wix states a discount as a second price (`comparePrice`, or `discountedPrice` on the product);
    which of the two is the struck-out one has been seen both ways, so the lower is what is paid.
    """
    amounts = [a for a in (_amount(price), _amount(compare), _amount(discounted)) if a is not None and a > 0]
    if not amounts:
        p = _amount(price)
        return (None if p is None else str(p)), None
    low, high = min(amounts), max(amounts)
    return str(low), (str(high) if high != low else None)


def _stock(node: dict) -> bool | None:
    inventory = node.get("inventory") if isinstance(node.get("inventory"), dict) else {}
    status = str(inventory.get("status") or "").lower()
    if status:
        return status != "out_of_stock"
    for key in ("isInStock", "inStock"):
        if isinstance(node.get(key), bool):
            return node[key]
    quantity = inventory.get("quantity")
    if isinstance(quantity, (int, float)) and not isinstance(quantity, bool):
        return quantity > 0
    return None


def selections(product: dict) -> dict[Any, tuple[str, str]]:
    """selection id -> (option title, selection value)."""
    out: dict[Any, tuple[str, str]] = {}
    for option in product.get("options") or []:
        if not isinstance(option, dict):
            continue
        title = str(option.get("title") or option.get("key") or "")
        for sel in option.get("selections") or []:
            if isinstance(sel, dict) and "id" in sel:
                out[sel["id"]] = (title, str(sel.get("value") or sel.get("description") or ""))
    return out


def source_product(product: dict, currency: str | None) -> SourceProduct:
    currency = str(product.get("currency") or currency or "").upper() or None
    chosen = selections(product)
    variants: list[SourceVariant] = []
    for item in product.get("productItems") or []:
        if not isinstance(item, dict) or item.get("isVisible") is False:
            continue
        options = [chosen[s] for s in item.get("optionsSelections") or [] if s in chosen]
        price, compare_at = offer_prices(item.get("price"), item.get("comparePrice"))
        stock = _stock(item)
        variants.append(SourceVariant(
            variant_id=str(item.get("id") or "-".join(str(s) for s in item.get("optionsSelections") or [])),
            title=" / ".join(value for _, value in options) or None,
            options=options,
            price=price,
            compare_at_price=compare_at,
            currency=currency,
            in_stock=stock if stock is not None else _stock(product),
            sku=item.get("sku") or None,
        ))
    if not variants:
        price, compare_at = offer_prices(product.get("price"), product.get("comparePrice"),
                                         product.get("discountedPrice"))
        options = [(title, value) for title, value in chosen.values()] if len(chosen) == 1 else []
        variants.append(SourceVariant(variant_id=str(product["id"]), title=None, options=options, price=price,
                                      compare_at_price=compare_at, currency=currency, in_stock=_stock(product),
                                      sku=product.get("sku") or None))
    info = "".join(
        f"<p>{html_lib.escape(str(s.get('title') or ''))}: {html_lib.escape(remove_tags(rich_text(s.get('description'))))}</p>"
        for s in product.get("additionalInfo") or [] if isinstance(s, dict) and s.get("description")
    )
    kind = str(product.get("productType") or "").lower()
    return SourceProduct(
        name=str(product.get("name") or ""),
        description_html=rich_text(product.get("description")),
        product_type=None if kind in ("", "physical") else kind.title(),
        tags=[str(product["ribbon"])] if product.get("ribbon") else [],
        extra_html=info,
        default_currency=currency,
        variants=variants,
    )


def image_url(product: dict) -> str | None:
    for media in product.get("media") or []:
        if isinstance(media, dict) and (media.get("fullUrl") or media.get("url")):
            url = str(media.get("fullUrl") or media.get("url"))
            return url if "://" in url else f"https://static.wixstatic.com/media/{url}"
    return None


class WixSpider(CoffeeSpider):
    name = "wix"
    detect_priority = 30
    detect_evidence = (
        header("x-wix-request-id", r".", "responses carry an x-wix-request-id header"),
        marker(r'id="wix-warmup-data"', "home page embeds wix-warmup-data"),
        marker(r'<meta\s+name="generator"\s+content="Wix\.com Website Builder"',
               "home page's generator is Wix.com Website Builder"),
        header("Server", r"^Pepyaka\b", "the Server header is Wix's Pepyaka"),
        marker(r"static\.parastorage\.com|static\.wixstatic\.com",
               "home page loads Wix assets (may be embedded elsewhere)", conclusive=False),
    )

    async def start_roaster(self, roaster: Roaster):
        yield self.roaster_request(roaster, roaster.url + "/sitemap.xml", self.parse_sitemap,
                                   meta={"handle_httpstatus_list": [404], "feed_entry": True, "index": True})

    def parse_sitemap(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        if response.status == 404:
            self.record_incident(roaster.slug, "http_404", response.url, "no sitemap", fatal=response.meta.get("index"))
            return
        fatal = response.meta.get("index", False)
        try:
            children, pages, refused = entries(read_sitemap(response.body, self.settings.getint("DOWNLOAD_MAXSIZE")),
                                               roaster.hosts)
        except SitemapTooLarge as exc:
            self.record_incident(roaster.slug, "sitemap_too_large", response.url, str(exc), fatal=fatal)
            return
        except Exception as exc:  # lxml raises several types on garbage
            self.record_incident(roaster.slug, "malformed_sitemap", response.url, f"{type(exc).__name__}: {exc}",
                                 fatal=fatal)
            return
        self.count_page(roaster.slug)
        if refused:
            self.record_incident(roaster.slug, "foreign_url", response.url,
                                 f"{len(refused)} sitemap URL(s) not on the shop's own hosts, not followed")
        stores = [loc for loc in children if PRODUCT_SITEMAP_RE.search(urlsplit(loc).path)]
        if children and not stores:
            self.record_incident(roaster.slug, "no_store", response.url,
                                 "the sitemap index lists no store-products sitemap (no Wix Stores products)", fatal=True)
        for loc in stores:
            yield self.roaster_request(roaster, loc, self.parse_sitemap, meta={"handle_httpstatus_list": [404]})
        for loc in pages:
            if PRODUCT_PAGE_RE.search(urlsplit(loc).path):
                yield self.roaster_request(roaster, loc, self.parse_product)

    def parse_product(self, response):
        roaster = self.product_page_roaster(response)
        if roaster is None:
            return
        scraped_at = utc_now_iso()
        product = catalog_product(warmup_data(response.text)) or embedded_product(response.text)
        if product is not None:
            yield CoffeeItem(
                roaster=roaster.slug, platform=self.platform, url=response.url, product_id=str(product["id"]),
                name=str(product.get("name") or ""), image_url=image_url(product), scraped_at=scraped_at,
                source=source_product(product, roaster.currency), raw={"url": response.url, "product": product},
            )
            return
        # No warmup data: the schema.org markup Wix also renders.
        self.crawler.stats.inc_value(f"coffee/roaster/{roaster.slug}/pages_without_warmup")
        found = product_items(response.text, response.url, roaster, self.platform, scraped_at)
        if not found:
            self.record_incident(roaster.slug, "no_product", response.url,
                                 "product page has neither wix-warmup-data nor schema.org Product")
        yield from found
