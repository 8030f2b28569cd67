"""Shopify spider: pages through /products.json (limit 250) until an empty page."""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit


from coffee_scraper.items import CoffeeItem, SourceProduct, SourceVariant
from coffee_scraper.platforms import json_answer, marker
from coffee_scraper.registry import Roaster
from coffee_scraper.spiders.base import CoffeeSpider, utc_now_iso

# The storefront states its currency in a script: Shopify.currency = {"active":"INR","rate":"1.0"};
_CURRENCY_RE = re.compile(r'Shopify\.currency\s*=\s*\{\s*"active"\s*:\s*"([A-Z]{3})"')


def www_variant(base: str) -> str | None:
    parts = urlsplit(base)
    host = parts.hostname or ""
    if host.startswith("www."):
        return None
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://www.{host}{port}"


def shopify_tags(tags: Any) -> list[str]:
    # Current feeds give a list; older ones a comma-separated string.
    if isinstance(tags, str):
        return [t.strip() for t in tags.split(",") if t.strip()]
    return [str(t).strip() for t in tags or [] if str(t).strip()]


_OPTION_KEYS = ("option1", "option2", "option3")


def source_product(product: dict, currency: str | None) -> SourceProduct:
    names = [o.get("name") or f"Option{i + 1}" for i, o in enumerate(product.get("options") or [])]
    variants = []
    for v in product.get("variants") or []:
        options = [(names[i] if i < len(names) else f"Option{i + 1}", str(value))
                   for i, key in enumerate(_OPTION_KEYS) if (value := v.get(key)) is not None]
        price, compare_at = v.get("price"), v.get("compare_at_price")
        variants.append(
            SourceVariant(
                variant_id=str(v.get("id")),
                title=v.get("title"),
                options=options,
                grams=v.get("grams"),
                price=None if price is None else str(price),
                compare_at_price=None if compare_at is None or compare_at == "" else str(compare_at),
                currency=None,  # products.json never states it
                in_stock=v.get("available"),
                sku=v.get("sku") or None,
            )
        )
    return SourceProduct(
        name=product.get("title") or "",
        description_html=product.get("body_html") or "",
        product_type=product.get("product_type") or None,
        vendor=product.get("vendor") or None,
        tags=shopify_tags(product.get("tags")),
        default_currency=currency,
        variants=variants,
    )


STOREFRONT_MARKERS = r"Shopify\.shop\s*=|cdn\.shopify\.com|shopify-section"


class ShopifySpider(CoffeeSpider):
    name = "shopify"
    detect_priority = 10
    detect_evidence = (
        json_answer("/products.json?limit=1", "/products.json answers a Shopify product list",
                    lambda data: isinstance(data, dict) and isinstance(data.get("products"), list)),
        marker(STOREFRONT_MARKERS, "home page carries Shopify storefront markers"),
    )

    def page_limit(self, roaster: Roaster) -> int:
        return int(roaster.settings.get("page_limit") or self.settings.getint("SHOPIFY_PAGE_LIMIT", 250))

    async def start_roaster(self, roaster: Roaster):
        if roaster.currency:
            yield self.feed_request(roaster, roaster.url, 1, roaster.currency)
        else:
            # products.json has no currency: read the storefront's own statement of it first.
            yield self.roaster_request(
                roaster, roaster.url + "/", self.parse_home, meta={"handle_httpstatus_all": True}
            )

    def parse_home(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        match = _CURRENCY_RE.search(response.text) if hasattr(response, "text") else None
        currency = match.group(1) if match else None
        if currency is None:
            self.record_incident(
                roaster.slug, "currency_unknown", response.url,
                "the storefront does not state its currency; set `currency` for this roaster in the "
                "registry (or -a currency=XXX); its items will fail validation",
            )
        yield self.feed_request(roaster, roaster.url, 1, currency)

    def feed_request(self, roaster: Roaster, base: str, page: int, currency: str | None):
        url = f"{base}/products.json?limit={self.page_limit(roaster)}&page={page}"
        return self.roaster_request(
            roaster,
            url,
            self.parse_feed,
            meta={
                "base": base,
                "page": page,
                "currency": currency,
                "feed_entry": page == 1,
                # A 404 on the first page may mean "try www."; handled in parse_feed.
                "handle_httpstatus_list": [404] if page == 1 else [],
            },
        )

    def parse_feed(self, response):
        meta = response.meta
        roaster = self.roaster_by_slug(meta["roaster"])
        base, page, currency = meta["base"], meta["page"], meta["currency"]
        if response.status == 404:
            fallback = www_variant(base)
            if fallback:
                self.logger.info("roaster=%s url=%s answers 404; trying %s", roaster.slug, response.url, fallback)
                yield self.feed_request(roaster, fallback, 1, currency)
            else:
                self.record_incident(roaster.slug, "http_404", response.url, "the products.json feed answers 404", fatal=True)
            return
        listed, products = yield from self.feed_products(response, roaster, page, lambda data: data["products"], "a products.json body")
        if products is None:
            return
        scraped_at = utc_now_iso()
        for product in products:
            yield self.product_item(roaster, base, product, currency, scraped_at)
        if listed:
            yield self.feed_request(roaster, base, page + 1, currency)

    def product_item(self, roaster: Roaster, base: str, product: dict, currency: str | None, scraped_at: str):
        images = product.get("images") or []
        image = images[0].get("src") if images and isinstance(images[0], dict) else None
        return CoffeeItem(
            roaster=roaster.slug,
            platform=self.platform,
            url=f"{base}/products/{product.get('handle') or product['id']}",
            product_id=str(product["id"]),
            name=product.get("title") or "",
            image_url=image,
            scraped_at=scraped_at,
            source=source_product(product, currency),
            raw=product,
        )
