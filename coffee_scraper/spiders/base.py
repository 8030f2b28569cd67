"""Base class of every platform spider: arguments, roaster resolution, per-roaster requests, incidents.

A platform spider implements `start_roaster(roaster)` (an async generator of requests) and turns
responses into CoffeeItems whose `source` is a platform-neutral SourceProduct.
"""
from __future__ import annotations

import json
import logging
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, AsyncIterator, Literal
from urllib.parse import urlsplit

import scrapy
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectError, DNSLookupError, TCPTimedOutError, TimeoutError

from coffee_scraper.context import CrawlContext
from coffee_scraper.dns import host_problem
from coffee_scraper.platforms import Platform
from coffee_scraper.registry import (
    Roaster,
    RegistryError,
    currency_value,
    find_by_url,
    load_detected,
    load_registry,
    normalize_base_url,
    resolve_auto,
    slug_from_host,
)

DEFAULT_REGISTRY = str(Path(__file__).resolve().parent.parent / "roasters.yaml")


class SpiderArgs(BaseModel):
    """The `-a` arguments of a platform spider (a spider with more subclasses this as its args_model)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    url: str | None = None  # crawl this shop instead of the registry's roasters of the platform
    roaster: str | None = None  # registry slugs, comma-separated
    currency: str | None = None  # ISO 4217, when the feed does not state it
    render: Literal["js", "none"] | None = None  # render pages in Chromium (spiders that can)
    job: str | None = Field(None, alias="_job")  # Scrapyd's job id

    @field_validator("url")
    @classmethod
    def _url(cls, url: str | None) -> str | None:
        if url is not None:
            try:
                normalize_base_url(url, what="url")
            except RegistryError as exc:
                raise ValueError(str(exc).removeprefix("url: ")) from None
        return url

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str | None) -> str | None:
        return currency_value(value)

    @model_validator(mode="after")
    def _render(self, info: ValidationInfo):
        if self.render == "js" and not (info.context or {}).get("can_render"):
            raise ValueError("render=js: this spider cannot render pages with JavaScript")
        return self

    @classmethod
    def parse(cls, spider, kwargs: dict) -> "SpiderArgs":
        """Validate `-a` arguments; RegistryError naming the argument (`scrapy crawl` exits 2)."""
        try:
            return cls.model_validate(kwargs, context={"can_render": spider.can_render})
        except ValidationError as exc:
            err = exc.errors(include_url=False)[0]
            name = ".".join(str(x) for x in err["loc"])
            if err["type"] == "extra_forbidden":
                known = ", ".join(f"-a {f.alias or n}" for n, f in cls.model_fields.items() if n != "job")
                raise RegistryError(f"{spider.name}: unknown spider argument {name!r} (known: {known})") from None
            message = err["msg"].removeprefix("Value error, ")
            where = f" -a {name}" if name else ""
            raise RegistryError(f"{spider.name}{where}: {message}" + (
                "" if err["type"] == "value_error" else f", got {err['input']!r}")) from None


def utc_now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


class CoffeeSpider(Platform, scrapy.Spider):
    """A platform spider; what it declares about its platform (detect_evidence, detect_priority,
    registry_fields, can_render: see coffee_scraper.platforms.Platform) is read by coffee_scraper.platforms."""

    # Its `-a` arguments, declared (pydantic): a bad one fails before any request.
    args_model: type[SpiderArgs] = SpiderArgs

    @property
    def platform(self) -> str:
        return self.name

    def __init__(self, *args, **kwargs: Any):
        # Every -a argument is declared and checked here, before any request (args_model).
        self.args = self.args_model.parse(self, kwargs)
        super().__init__(*args)
        self.roasters: list[Roaster] = []
        self.incidents: dict[str, list[dict]] = {}
        self.resuming = False

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.roasters = spider.resolve_roasters(crawler.settings.get("ROASTER_REGISTRY"))
        context = CrawlContext.of(crawler)  # the crawl's roasters and incidents, shared with every component
        context.roasters, spider.incidents = spider.roasters, context.incidents
        # A JOBDIR crawl killed mid-way (kill -9 loses the requests in flight) restarts its
        # roasters from their entry requests, past the dupefilter; rows are upserts of the
        # same runs, so nothing is stored twice.
        from coffee_scraper.storage.runs import jobdir_runs

        spider.resuming = jobdir_runs(crawler.settings) is not None
        return spider

    @classmethod
    def check_arguments(cls, settings, **kwargs) -> list[Roaster]:
        """Resolve the roasters this crawl would visit; raises RegistryError on any bad input."""
        from coffee_scraper.config import check_settings

        check_settings(settings)
        spider = cls(**kwargs)
        spider.settings = settings
        return spider.resolve_roasters(settings.get("ROASTER_REGISTRY"))

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        # Per-roaster politeness overrides become Scrapy download slots (keyed by host).
        try:
            roasters = load_registry(settings.get("ROASTER_REGISTRY") or DEFAULT_REGISTRY)
        except RegistryError:
            return  # reported with its message by resolve_roasters
        slots = dict(settings.getdict("DOWNLOAD_SLOTS"))
        for r in roasters:
            slot = {}
            if "download_delay" in r.settings:
                slot["delay"] = r.settings["download_delay"]
            if "concurrency" in r.settings:
                slot["concurrency"] = int(r.settings["concurrency"]) or 1
            if slot:
                for host in {r.host, r.host.removeprefix("www."), "www." + r.host.removeprefix("www.")}:
                    slots.setdefault(host, slot)
        if slots:
            settings.set("DOWNLOAD_SLOTS", slots, priority="spider")

    # -- roasters --------------------------------------------------------------------------------
    def resolve_roasters(self, registry_path: str | None) -> list[Roaster]:
        registry_path = registry_path or DEFAULT_REGISTRY
        registry = load_registry(registry_path)
        currency = None
        if self.args.currency:
            currency = self.args.currency
        if self.args.url:
            base = normalize_base_url(self.args.url, what=f"{self.name} -a url")
            known = find_by_url(registry, base)
            if known is not None:
                roaster = Roaster(**{**known.__dict__, "url": base, "platform": self.platform})
            else:
                host = urlsplit(base).hostname or ""
                roaster = Roaster(slug=slug_from_host(host), name=host, url=base, platform=self.platform)
            if currency:
                roaster = Roaster(**{**roaster.__dict__, "currency": currency})
            self.check_hosts([roaster], f"{self.name} -a url")
            return [roaster]
        detected_file = Path(self.settings.get("COFFEE_DATA_DIR", ".data")) / "detected_platforms.yaml" \
            if getattr(self, "settings", None) else None
        if detected_file is not None:
            registry = resolve_auto(registry, load_detected(detected_file))
        roasters = [r for r in registry if r.active and r.platform == self.platform]
        if self.args.roaster:
            wanted = [s.strip() for s in self.args.roaster.split(",") if s.strip()]
            by_slug = {r.slug: r for r in registry}
            missing = [s for s in wanted if s not in by_slug]
            if missing:
                raise RegistryError(f"{self.name} -a roaster: unknown roaster(s) {', '.join(missing)} in {registry_path}")
            roasters = [by_slug[s] for s in wanted]
        if not roasters:
            raise RegistryError(
                f"{self.name}: no active {self.platform} roasters in {registry_path}; pass -a url=SHOP_URL"
            )
        if currency:
            roasters = [Roaster(**{**r.__dict__, "currency": currency}) for r in roasters]
        self.check_hosts(roasters, registry_path)
        return roasters

    def check_hosts(self, roasters: list[Roaster], registry_path: str) -> None:
        """Loopback, private and cloud-internal hosts only with ALLOW_PRIVATE_HOSTS (tests, demo)."""
        settings = getattr(self, "settings", None)
        if settings is None or settings.getbool("ALLOW_PRIVATE_HOSTS"):
            return  # no settings: resolved outside a crawl (unit tests), nothing is fetched
        for r in roasters:
            problem = host_problem(r.host)
            if problem:
                raise RegistryError(f"{registry_path}: roaster {r.slug} url {r.url}: {r.host} is {problem}; "
                                    "refused unless the setting ALLOW_PRIVATE_HOSTS is on")

    async def start(self) -> AsyncIterator[Any]:
        for roaster in self.roasters:
            self.logger.info("crawling roaster=%s url=%s platform=%s", roaster.slug, roaster.url, self.name)
            async for request in self.start_roaster(roaster):
                yield request

    async def start_roaster(self, roaster: Roaster) -> AsyncIterator[Any]:
        raise NotImplementedError
        yield  # pragma: no cover

    def roaster_by_slug(self, slug: str) -> Roaster:
        return next(r for r in self.roasters if r.slug == slug)

    def product_page_roaster(self, response) -> Roaster | None:
        """The roaster of a fetched product page, counted; None (recorded) when the page is not text."""
        roaster = self.roaster_by_slug(response.meta["roaster"])
        self.crawler.stats.inc_value(f"coffee/roaster/{roaster.slug}/product_pages")
        if not hasattr(response, "text"):
            self.record_incident(roaster.slug, "not_html", response.url, "product page is not text")
            return None
        return roaster

    # -- requests --------------------------------------------------------------------------------
    def roaster_request(self, roaster: Roaster, url: str, callback, meta: dict | None = None, **kwargs):
        meta = {"roaster": roaster.slug, **(meta or {})}
        if "download_timeout" in roaster.settings:
            meta.setdefault("download_timeout", roaster.settings["download_timeout"])
        cookies = roaster.settings.get("cookies")
        kwargs["dont_filter"] = kwargs.get("dont_filter", False) or self.resuming
        return scrapy.Request(
            url, callback=callback, errback=self.on_request_error, meta=meta, cookies=cookies or None, **kwargs
        )

    def on_request_error(self, failure):
        request = failure.request
        slug = request.meta.get("roaster", "?")
        if failure.check(HttpError):
            status = failure.value.response.status
            kind, message = f"http_{status}", f"HTTP {status}"
        elif failure.check(DNSLookupError):
            kind, message = "dns", "DNS lookup failed"
        elif failure.check(TimeoutError, TCPTimedOutError):
            kind, message = "timeout", "timed out"
        elif failure.check(ConnectError):
            kind, message = "connection", f"connection failed: {failure.value}"
        else:
            kind, message = "fetch_error", f"{failure.type.__name__}: {failure.value}"
        fatal = bool(request.meta.get("feed_entry"))
        self.record_incident(slug, kind, request.url, message, fatal=fatal)
        self.crawler.stats.inc_value(f"coffee/roaster/{slug}/requests_failed")

    def record_incident(self, slug: str, kind: str, url: str, message: str, fatal: bool = False):
        """Something went wrong for one roaster: logged (roaster, URL), counted, kept on its run row."""
        CrawlContext.of(self.crawler).record_incident(slug, kind, url, message, fatal=fatal)

    def feed_products(self, response, roaster: Roaster, page: int, extract, what: str):
        """A JSON feed page's products, for `listed, products = yield from self.feed_products(...)`.

        Returns (how many the page listed, the usable ones). A body that is not the expected feed
        (HTML, truncated, another shape) is asked for again FEED_PARSE_RETRIES times (the Request
        is yielded), then is an incident naming roaster, URL and page, fatal on page 1; either way
        (0, None) is returned. A product without an id is skipped and recorded.
        """
        try:
            products = extract(json.loads(response.body))
            if not isinstance(products, list):
                raise TypeError("the products are not a list")
        except (ValueError, KeyError, TypeError, RecursionError) as exc:  # RecursionError: JSON nested too deep
            problem = f"page {page} is not {what} ({type(exc).__name__}: {str(exc)[:200]})"
            attempts = response.meta.get("parse_retries", 0)
            if attempts < self.settings.getint("FEED_PARSE_RETRIES", 2):
                # A challenge page or a cut body is often a one-off: ask again before giving up.
                wait = self.settings.getfloat("RETRY_BACKOFF_BASE", 1.0) * 2 ** attempts
                self.logger.warning("roaster=%s url=%s %s; asking again in %.1f s", roaster.slug, response.url,
                                    problem, wait)
                self.crawler.stats.inc_value("coffee/feed/parse_retries")
                # Back off through the shop's download slot, as retries do: nothing sleeps.
                from coffee_scraper.middlewares.slots import SlotDelays, slot_key

                try:
                    key = slot_key(self.crawler, response.request)
                    SlotDelays.of(self.crawler).hold_until(key, time.monotonic() + wait)
                except RuntimeError:
                    pass  # no engine: a callback called outside a crawl (unit tests)
                yield response.request.replace(
                    dont_filter=True, meta={**response.meta, "parse_retries": attempts + 1, "dont_cache": True})
            else:
                self.record_incident(roaster.slug, "malformed_feed", response.url,
                                     f"{problem}, {attempts + 1} times", fatal=page == 1)
            return 0, None
        self.count_page(roaster.slug)
        usable = []
        for product in products:
            if not isinstance(product, dict) or product.get("id") is None:
                self.record_incident(roaster.slug, "malformed_product", response.url, "a product without an id")
                continue
            usable.append(product)
        return len(products), usable

    def count_page(self, slug: str):
        self.crawler.stats.inc_value(f"coffee/roaster/{slug}/pages")
