"""WooCommerce spider: the Store API (/wp-json/wc/store/v1/products), prices in minor units."""
from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from w3lib.html import replace_entities

from coffee_scraper.items import CoffeeItem, SourceProduct, SourceVariant
from coffee_scraper.platforms import json_answer, marker
from coffee_scraper.registry import Roaster
from coffee_scraper.spiders.base import CoffeeSpider, utc_now_iso

API_PATHS = ("/wp-json/wc/store/v1/products", "/wp-json/wc/store/products")  # current, then legacy


def minor_to_major(amount, minor_unit) -> str | None:
    """'29000' with currency_minor_unit 2 -> '290.00' (Decimal arithmetic, no float)."""
    if amount in (None, ""):
        return None
    try:
        unit = int(minor_unit if minor_unit is not None else 2)
        return str((Decimal(str(amount)) / (Decimal(10) ** unit)).quantize(Decimal(1) / (Decimal(10) ** unit)))
    except (InvalidOperation, ValueError):
        return str(amount)  # unparseable: the normalizer flags it, the schema rejects it


def offer_prices(prices: dict, purchasable: bool | None = True) -> tuple[str | None, str | None, str | None]:
    """(price, compare_at_price, currency) in major units from a Store API `prices` object.

    ``purchasable``: the product's or variation's `is_purchasable`. A product the shop does not sell
    now reports price "0" (Baba's Beans, "Jampui Hills"): that is no price, not a free bag."""
    prices = prices or {}
    if purchasable is False and str(prices.get("price") or "0").strip().strip("0") == "":
        return None, None, prices.get("currency_code") or None
    unit = prices.get("currency_minor_unit")
    price = minor_to_major(prices.get("price"), unit)
    regular = minor_to_major(prices.get("regular_price"), unit)
    return price, (regular if regular != price else None), prices.get("currency_code") or None


def term_names(product: dict) -> dict[str, dict[str, str]]:
    """attribute name -> {term slug: term name}: variations name terms by slug ("aero-press")."""
    out = {}
    for attr in product.get("attributes") or []:
        out[attr.get("name") or ""] = {t.get("slug"): replace_entities(t.get("name") or "") for t in attr.get("terms") or []}
    return out


def static_options(product: dict) -> list[tuple[str, str]]:
    """Attributes that do not vary (e.g. Weight: 250g) apply to every variant."""
    return [
        (a.get("name") or "", ", ".join(replace_entities(t.get("name") or "") for t in a.get("terms") or []))
        for a in product.get("attributes") or []
        if not a.get("has_variations") and a.get("terms")
    ]


def variation_options(product: dict, variation: dict) -> list[tuple[str, str]]:
    names = term_names(product)
    options = []
    for attr in variation.get("attributes") or []:
        name, value = attr.get("name") or "", attr.get("value") or ""
        options.append((name, names.get(name, {}).get(value, value.replace("-", " "))))
    return options


def source_product(product: dict, variants: list[SourceVariant]) -> SourceProduct:
    _, _, currency = offer_prices(product.get("prices"))
    return SourceProduct(
        name=replace_entities(product.get("name") or ""),
        description_html=product.get("description") or "",
        product_type=product.get("type"),
        tags=[replace_entities(t.get("name") or "") for t in product.get("tags") or []],
        categories=[replace_entities(c.get("name") or "") for c in product.get("categories") or []],
        extra_html=product.get("short_description") or "",
        default_currency=currency,
        variants=variants,
    )


def simple_variant(product: dict) -> SourceVariant:
    price, compare_at, currency = offer_prices(product.get("prices"), product.get("is_purchasable"))
    return SourceVariant(
        variant_id=str(product["id"]),
        title=None,
        options=static_options(product),
        price=price,
        compare_at_price=compare_at,
        currency=currency,
        in_stock=product.get("is_in_stock"),
        sku=product.get("sku") or None,
    )


def one_price_variants(product: dict) -> list[SourceVariant]:
    """The variations of a variable product that states one price for all (no `price_range`)."""
    price, compare_at, currency = offer_prices(product.get("prices"), product.get("is_purchasable"))
    static = static_options(product)
    variants = []
    for v in product.get("variations") or []:
        options = variation_options(product, v)
        variants.append(SourceVariant(
            variant_id=str(v.get("id")), title=" / ".join(value for _, value in options) or None,
            options=static + options, price=price, compare_at_price=compare_at, currency=currency,
            in_stock=product.get("is_in_stock"), sku=None,
        ))
    return variants


class WooCommerceSpider(CoffeeSpider):
    name = "woocommerce"
    detect_priority = 20
    detect_evidence = tuple(
        json_answer(f"{api}?per_page=1", f"{api} answers a WooCommerce Store API product list",
                    lambda data: isinstance(data, list))
        for api in API_PATHS
    ) + (
        # Markers without a Store API: a WooCommerce shop this spider cannot read; say so, decide nothing.
        marker(r"wp-content/plugins/woocommerce|woocommerce-|wc-block",
               "home page carries WooCommerce markers, but the Store API does not answer", conclusive=False),
    )
    per_page = 100  # the Store API's maximum

    async def start_roaster(self, roaster: Roaster):
        yield self.page_request(roaster, API_PATHS[0], 1)

    def page_request(self, roaster: Roaster, api: str, page: int):
        return self.roaster_request(
            roaster,
            f"{roaster.url}{api}?per_page={self.per_page}&page={page}",
            self.parse_page,
            meta={"api": api, "page": page, "feed_entry": page == 1,
                  "handle_httpstatus_list": [404] if page == 1 else []},
        )

    def parse_page(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        api, page = response.meta["api"], response.meta["page"]
        if response.status == 404:
            later = API_PATHS[API_PATHS.index(api) + 1:] if api in API_PATHS else ()
            if later:
                self.logger.info("roaster=%s url=%s answers 404; trying %s", roaster.slug, response.url, later[0])
                yield self.page_request(roaster, later[0], 1)
            else:
                self.record_incident(roaster.slug, "http_404", response.url, "no WooCommerce Store API here", fatal=True)
            return
        listed, products = yield from self.feed_products(response, roaster, page, lambda data: data, "a Store API product list")
        if products is None:
            return
        scraped_at = utc_now_iso()
        for product in products:
            yield from self.product_requests_or_item(roaster, api, product, scraped_at)
        if page == 1:
            total = response.headers.get("X-WP-TotalPages")
            if total is not None:
                for n in range(2, int(total) + 1):
                    yield self.page_request(roaster, api, n)
            elif listed:
                yield self.page_request(roaster, api, 2)
        elif listed and response.headers.get("X-WP-TotalPages") is None:
            yield self.page_request(roaster, api, page + 1)

    def product_requests_or_item(self, roaster: Roaster, api: str, product: dict, scraped_at: str):
        variations = product.get("variations") or []
        if product.get("type") != "variable" or not variations:
            yield self.item(roaster, product, [simple_variant(product)], scraped_at)
            return
        if not (product.get("prices") or {}).get("price_range"):
            # One price for every variation (they differ by grind only): no request per variation.
            yield self.item(roaster, product, one_price_variants(product), scraped_at)
            return
        # Prices differ by variation (250 g vs 1 kg): fetch each, one after the other.
        ids = [str(v.get("id")) for v in variations][: self.settings.getint("WOO_MAX_VARIATIONS", 100)]
        yield self.variation_request(roaster, api, product, ids, [], scraped_at)

    def variation_request(self, roaster, api, product, pending, done, scraped_at):
        request = self.roaster_request(
            roaster, f"{roaster.url}{api}/{pending[0]}", self.parse_variation,
            meta={"product": product, "pending": pending, "done": done, "api": api, "scraped_at": scraped_at},
        )
        return request.replace(errback=self.on_variation_error)

    def on_variation_error(self, failure):
        # One lost variation must not lose the product: record it and go on with the rest.
        self.on_request_error(failure)
        yield from self.next_variation(failure.request.meta, list(failure.request.meta["done"]))

    def next_variation(self, meta, done):
        roaster = self.roaster_by_slug(meta["roaster"])
        pending = meta["pending"]
        if pending[1:]:
            yield self.variation_request(roaster, meta["api"], meta["product"], pending[1:], done, meta["scraped_at"])
        elif done:
            yield self.item(roaster, meta["product"], done, meta["scraped_at"])

    def parse_variation(self, response):
        meta = response.meta
        roaster = self.roaster_by_slug(meta["roaster"])
        product, pending, done = meta["product"], meta["pending"], list(meta["done"])
        try:
            variation = json.loads(response.body)
            price, compare_at, currency = offer_prices(variation.get("prices"), variation.get("is_purchasable"))
            options = variation_options(product, {"attributes": variation.get("variation_attributes")
                                                  or variation.get("attributes") or []})
            name = replace_entities(variation.get("variation") or "") or " / ".join(v for _, v in options) or None
            done.append(SourceVariant(
                variant_id=str(variation.get("id", pending[0])), title=name,
                options=static_options(product) + options, price=price, compare_at_price=compare_at,
                currency=currency, in_stock=variation.get("is_in_stock"), sku=variation.get("sku") or None,
            ))
        except (ValueError, TypeError, AttributeError) as exc:
            self.record_incident(roaster.slug, "malformed_variation", response.url, f"{type(exc).__name__}: {exc}")
        yield from self.next_variation(meta, done)

    def item(self, roaster: Roaster, product: dict, variants: list[SourceVariant], scraped_at: str) -> CoffeeItem:
        images = product.get("images") or []
        return CoffeeItem(
            roaster=roaster.slug,
            platform=self.platform,
            url=product.get("permalink") or f"{roaster.url}/?p={product['id']}",
            product_id=str(product["id"]),
            name=replace_entities(product.get("name") or ""),
            image_url=images[0].get("src") if images and isinstance(images[0], dict) else None,
            scraped_at=scraped_at,
            source=source_product(product, variants),
            raw=product,
        )
