"""Squarespace Commerce spider: store collections' `?format=json` listings, paged to the end.

A Squarespace site answers JSON for any page with `?format=json`. Store collections (Store Pages)
are found from the site itself: the parents of product URLs in /sitemap.xml (`/shop/p/slug` on 7.1,
`/shop/slug` on 7.0), the home page's navigation links, then the common /shop and /store. Each
candidate's JSON says whether it is a store (`collection.type` 13 / typeName "products", or items
carrying product `structuredContent`). A store's `items` are read with their `structuredContent`
variants; `pagination.nextPageUrl` (else `?offset=nextPageOffset`) is followed while `nextPage`.
An item whose listing entry lacks its variants is read from its own page, `<fullUrl>?format=json`.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from coffee_scraper.items import CoffeeItem, SourceProduct, SourceVariant
from coffee_scraper.platforms import header, json_answer, marker
from coffee_scraper.registry import Roaster
from coffee_scraper.sitemaps import SitemapTooLarge, entries, read_sitemap
from coffee_scraper.spiders.base import CoffeeSpider, utc_now_iso

COMMON_STORE_PATHS = ("/shop", "/store")
STORE_COLLECTION_TYPE = 13  # collection.type of a Store Page (products collection)
# structuredContent.productType codes. 1 (physical) and 2 (digital: one price on structuredContent,
# no variants) are pinned by Squarespace's own template-compiler tests; 3 and 4 are its enum's
# remaining members in declaration order (SERVICE, GIFT_CARD) and were not seen in a real payload.
PRODUCT_TYPES = {1: "physical", 2: "digital", 3: "service", 4: "gift card"}
_NAV_HREF_RE = re.compile(r'<a\b[^>]*\bhref="(/[A-Za-z0-9][^"#?]*)"', re.I)


def with_format_json(url: str) -> str:
    """`url` with format=json set (keeping offset and other parameters)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "format"]
    query.append(("format", "json"))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def collection_paths_from_sitemap(urls: list[str]) -> list[str]:
    """Store collection candidates: the parents of item URLs (the shop's own), most items first."""
    counts: dict[str, int] = {}
    for url in urls:
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) >= 3 and segments[-2] == "p":  # 7.1: /shop/p/slug, /shop/coffee/p/slug
            parent = "/" + "/".join(segments[:-2])
        elif len(segments) == 2:  # 7.0: /shop/slug (also blog posts: their collection is no store)
            parent = "/" + segments[0]
        else:
            continue
        counts[parent] = counts.get(parent, 0) + 1
    return sorted(counts, key=lambda p: (-counts[p], p))


def nav_paths(html: str) -> list[str]:
    """Single-segment internal links of a page (the site navigation), in page order."""
    out: list[str] = []
    for href in _NAV_HREF_RE.findall(html or ""):
        path = "/" + href.strip("/")
        if path != "/" and path.count("/") == 1 and path not in out:
            out.append(path)
    return out


def is_store_collection(data: Any) -> bool:
    """Does a page's `?format=json` describe a Store Page?"""
    if not isinstance(data, dict):
        return False
    collection = data.get("collection") or {}
    if isinstance(collection, dict) and (collection.get("type") == STORE_COLLECTION_TYPE
                                         or str(collection.get("typeName", "")).lower() == "products"):
        return True
    items = data.get("items")
    return isinstance(items, list) and any(_product_content(i) for i in items if isinstance(i, dict))


def _product_content(item: dict) -> dict:
    """The item's product data: `structuredContent`, or the fields at the item's top level."""
    content = item.get("structuredContent")
    if isinstance(content, dict) and ("variants" in content or "productType" in content):
        return content
    if "variants" in item or "productType" in item:
        return item
    return {}


def selected_currency(data: Any) -> str | None:
    """The store's currency from any page's JSON (websiteSettings.storeSettings)."""
    if not isinstance(data, dict):
        return None
    store = (data.get("websiteSettings") or {}).get("storeSettings") or {}
    code = store.get("selectedCurrency") or store.get("defaultCurrency")
    return str(code).upper() if code else None


def next_page_url(data: dict, page_url: str) -> str | None:
    """The next listing page's JSON URL, or None at the end."""
    pagination = data.get("pagination") or {}
    if not isinstance(pagination, dict) or not pagination.get("nextPage"):
        return None
    parts = urlsplit(page_url)
    if pagination.get("nextPageUrl"):
        nxt = urlsplit(str(pagination["nextPageUrl"]))
        return with_format_json(urlunsplit((parts.scheme, parts.netloc, nxt.path or parts.path, nxt.query, "")))
    if pagination.get("nextPageOffset") is not None:
        return with_format_json(urlunsplit((parts.scheme, parts.netloc, parts.path,
                                            urlencode({"offset": pagination["nextPageOffset"]}), "")))
    return None


def _money(node: Any) -> tuple[str | None, str | None]:
    """(decimal string, currency) of a Money node: {currency, value: "18.50"} in page JSON, or
    {currencyCode, decimalValue: "18.50", value: 1850} in the page's Static.SQUARESPACE_CONTEXT."""
    if not isinstance(node, dict):
        return None, None
    value = node.get("decimalValue") if "decimalValue" in node else node.get("value")
    if value in (None, ""):
        return None, None
    currency = node.get("currency") or node.get("currencyCode")
    return str(value), (str(currency).upper() if currency else None)


def _cents(value: Any) -> str | None:
    """The legacy `price` in cents (1850) as "18.50"."""
    if value in (None, "") or isinstance(value, (bool, dict)):
        return None
    try:
        return str((Decimal(str(value)) / 100).quantize(Decimal("0.01")))
    except InvalidOperation:
        return None


def _positive(value: str | None) -> bool:
    try:
        return value is not None and Decimal(value) > 0
    except InvalidOperation:
        return False


def variant_prices(v: dict) -> tuple[str | None, str | None, str | None]:
    """(price paid, compare-at price, currency) of one variant: the sale price while `onSale`."""
    price, currency = _money(v.get("priceMoney") or v.get("price"))
    if price is None:
        price = _cents(v.get("price"))
    sale, sale_currency = _money(v.get("salePriceMoney") or v.get("salePrice"))
    if sale is None:
        sale = _cents(v.get("salePrice"))
    if v.get("onSale") and _positive(sale):
        return sale, price, currency or sale_currency
    return price, None, currency


def variant_options(v: dict, ordering: list[str]) -> list[tuple[str, str]]:
    """(option name, value) pairs: `optionValues` in shop order, else `attributes` by the item's ordering."""
    values = v.get("optionValues")
    if isinstance(values, list) and values:
        return [(str(o.get("optionName") or ""), str(o.get("value") or ""))
                for o in values if isinstance(o, dict)]
    attributes = v.get("attributes") or {}
    if not isinstance(attributes, dict):
        return []
    names = [n for n in ordering if n in attributes] + [n for n in attributes if n not in ordering]
    return [(str(n), str(attributes[n])) for n in names]


def variant_in_stock(v: dict) -> bool | None:
    if v.get("unlimited"):
        return True
    qty = v.get("qtyInStock")
    if isinstance(qty, (int, float)) and not isinstance(qty, bool):
        return qty > 0
    stock = v.get("stock")  # the page context's shape: {"unlimited": true} / {"quantity": 3}
    if isinstance(stock, dict):
        if stock.get("unlimited"):
            return True
        if isinstance(stock.get("quantity"), (int, float)):
            return stock["quantity"] > 0
    return None


def product_type(content: dict) -> str | None:
    """What the normalizer should know of a non-coffee type: subscriptions, gift cards, services."""
    if str(content.get("isSubscribable", "")).lower() == "true":
        return "Subscription"
    code = content.get("productType")
    name = PRODUCT_TYPES.get(code) if isinstance(code, int) else str(code or "").lower().replace("_", " ") or None
    return None if name in (None, "physical") else name.title()


def has_variants(item: dict) -> bool:
    content = _product_content(item)
    return bool(content.get("variants")) or content.get("productType") == 2


def source_product(item: dict, currency: str | None) -> SourceProduct:
    content = _product_content(item)
    ordering = [str(n) for n in content.get("variantOptionOrdering") or []]
    variants = []
    for v in content.get("variants") or []:
        if not isinstance(v, dict):
            continue
        price, compare_at, v_currency = variant_prices(v)
        options = variant_options(v, ordering)
        variants.append(SourceVariant(
            variant_id=str(v.get("id") or v.get("sku") or len(variants)),
            title=" / ".join(value for _, value in options) or None,
            options=options,
            price=price,
            compare_at_price=compare_at,
            currency=v_currency,
            in_stock=variant_in_stock(v),
            sku=v.get("sku") or None,
        ))
    if not variants and content.get("productType") == 2:
        # A download has one price on structuredContent and no variants.
        price, compare_at, d_currency = variant_prices(content)
        variants.append(SourceVariant(variant_id=str(item.get("id")), price=price, compare_at_price=compare_at,
                                      currency=d_currency, in_stock=True))
    body = item.get("body") or ""
    excerpt = item.get("excerpt") or ""
    return SourceProduct(
        name=str(item.get("title") or ""),
        description_html=body or excerpt,
        product_type=product_type(content),
        tags=[str(t) for t in item.get("tags") or [] if str(t).strip()],
        categories=[str(c) for c in item.get("categories") or [] if str(c).strip()],
        extra_html=excerpt if body else "",
        default_currency=currency,
        variants=variants,
    )


def _page_json(data) -> bool:
    return isinstance(data, dict) and "website" in data and "websiteSettings" in data


class SquarespaceSpider(CoffeeSpider):
    name = "squarespace"
    detect_priority = 30
    detect_evidence = (
        marker(r"<!--\s*This is Squarespace\.\s*-->", "home page carries the '<!-- This is Squarespace. -->' comment"),
        marker(r"Static\.SQUARESPACE_CONTEXT\s*=", "home page defines Static.SQUARESPACE_CONTEXT"),
        json_answer("/?format=json", "/?format=json answers Squarespace page JSON (website, websiteSettings)",
                    _page_json),
        header("Server", r"^Squarespace\b", "the Server header says Squarespace"),
        marker(r"(?:static1|assets)\.squarespace\.com|images\.squarespace-cdn\.com",
               "home page loads Squarespace assets (may be embedded elsewhere)", conclusive=False),
    )

    def max_probes(self) -> int:
        return self.settings.getint("SQUARESPACE_MAX_COLLECTION_PROBES", 25)

    async def start_roaster(self, roaster: Roaster):
        # The home page first: its navigation and its JSON (store settings: the currency).
        yield self.roaster_request(roaster, roaster.url + "/", self.parse_home,
                                   meta={"handle_httpstatus_all": True, "feed_entry": True})

    def parse_home(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        if response.status != 200:
            self.record_incident(roaster.slug, f"http_{response.status}", response.url,
                                 f"the home page answers HTTP {response.status}", fatal=True)
            return
        nav = nav_paths(response.text) if hasattr(response, "text") else []
        yield self.roaster_request(roaster, roaster.url + "/sitemap.xml", self.parse_sitemap,
                                   meta={"handle_httpstatus_all": True, "nav": nav})

    def parse_sitemap(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        pages: list[str] = []
        if response.status == 200:
            try:
                _, pages, _ = entries(read_sitemap(response.body, self.settings.getint("DOWNLOAD_MAXSIZE")),
                                      roaster.hosts)
            except SitemapTooLarge as exc:
                self.record_incident(roaster.slug, "sitemap_too_large", response.url, str(exc))
            except Exception as exc:  # lxml raises several types on garbage
                self.record_incident(roaster.slug, "malformed_sitemap", response.url, f"{type(exc).__name__}: {exc}")
        candidates: list[str] = []
        for path in collection_paths_from_sitemap(pages) + response.meta["nav"] + list(COMMON_STORE_PATHS):
            if path not in candidates:
                candidates.append(path)
        candidates = candidates[: self.max_probes()]
        state = {"pending": len(candidates), "stores": set()}
        for path in candidates:
            yield self.roaster_request(roaster, with_format_json(roaster.url + path), self.parse_candidate,
                                       meta={"handle_httpstatus_all": True, "state": state, "path": path})

    def parse_candidate(self, response):
        """A candidate page's JSON: a store's first listing page, or nothing."""
        roaster = self.roaster_by_slug(response.meta["roaster"])
        state = response.meta["state"]
        state["pending"] -= 1
        data = None
        if response.status == 200:
            try:
                data = json.loads(response.body)
            except ValueError:
                data = None
        if is_store_collection(data):
            # A category view (/shop/coffee) is the same collection as /shop: read each once.
            collection_id = (data.get("collection") or {}).get("id") or response.meta["path"]
            if collection_id not in state["stores"]:
                state["stores"].add(collection_id)
                self.logger.info("roaster=%s store collection %s", roaster.slug, response.meta["path"])
                yield from self.listing(response, roaster, data, 1)
        if state["pending"] == 0 and not state["stores"]:
            self.record_incident(roaster.slug, "no_store", roaster.url,
                                 "no Squarespace store collection found (sitemap, navigation, /shop, /store)",
                                 fatal=True)

    def parse_listing(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        _, items = yield from self.feed_products(response, roaster, response.meta["page"],
                                                 lambda data: data["items"], "a Squarespace collection page")
        if items is None:
            return
        try:
            data = json.loads(response.body)
        except ValueError:
            return
        yield from self.listing(response, roaster, data, response.meta["page"], counted=True)

    def listing(self, response, roaster: Roaster, data: dict, page: int, counted: bool = False):
        """Items of one listing page, then the next page while `pagination.nextPage`."""
        if not counted:
            self.count_page(roaster.slug)
        currency = roaster.currency or selected_currency(data) or response.meta.get("currency")
        scraped_at = utc_now_iso()
        for item in data.get("items") or []:
            if not isinstance(item, dict) or not item.get("id"):
                self.record_incident(roaster.slug, "malformed_product", response.url, "an item without an id")
                continue
            if has_variants(item):
                yield self.item(roaster, item, currency, scraped_at)
            elif item.get("fullUrl"):
                # The listing lacks the variants: the item's own page has them.
                yield self.roaster_request(roaster, with_format_json(roaster.url + item["fullUrl"]),
                                           self.parse_item_page, meta={"currency": currency})
        seen = set(response.meta.get("seen") or ()) | {response.url}
        nxt = next_page_url(data, response.url)
        limit = self.settings.getint("SQUARESPACE_MAX_PAGES", 200)
        if nxt and nxt not in seen and page < limit:
            yield self.roaster_request(roaster, nxt, self.parse_listing,
                                       meta={"page": page + 1, "seen": seen, "currency": currency})
        elif nxt and page >= limit:
            self.record_incident(roaster.slug, "too_many_pages", response.url,
                                 f"stopped after {limit} listing pages (SQUARESPACE_MAX_PAGES)")

    def parse_item_page(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        try:
            data = json.loads(response.body)
            item = data["item"]
            if not isinstance(item, dict) or not item.get("id"):
                raise TypeError("no item with an id")
        except (ValueError, KeyError, TypeError) as exc:
            self.record_incident(roaster.slug, "malformed_product", response.url,
                                 f"the item page is not Squarespace item JSON ({type(exc).__name__}: {exc})")
            return
        currency = roaster.currency or selected_currency(data) or response.meta.get("currency")
        yield self.item(roaster, item, currency, utc_now_iso())

    def item(self, roaster: Roaster, item: dict, currency: str | None, scraped_at: str) -> CoffeeItem:
        return CoffeeItem(
            roaster=roaster.slug,
            platform=self.platform,
            url=roaster.url + item["fullUrl"] if item.get("fullUrl") else roaster.url,
            product_id=str(item["id"]),
            name=str(item.get("title") or ""),
            image_url=item.get("assetUrl") or None,
            scraped_at=scraped_at,
            source=source_product(item, currency),
            raw=item,
        )
