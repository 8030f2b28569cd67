"""A fixture shop and its switchable faults: what one virtual host of the ShopServer serves."""
from __future__ import annotations

import threading
import time
from dataclasses import asdict, dataclass, field, fields
from fnmatch import fnmatchcase
from typing import Any

@dataclass
class RateLimit:
    """Answer 429 once more than `limit` requests arrived within `window` seconds."""

    limit: int = 10
    window: float = 1.0
    retry_after: int = 1  # seconds sent in Retry-After
    http_date: bool = False  # send Retry-After as an HTTP-date instead of seconds


# A "page spec" selects feed pages / paths for the body faults:
#   True            every feed page (Shopify products.json, Woo product list, the products sitemap)
#   [2, 3]          those feed page numbers (1-based)
#   ["/products/*"] those paths (fnmatch on the path, or on "path?query" when the pattern has "?")
# Ints and strings may be mixed. False / [] / None is off.
PageSpec = Any


@dataclass
class Faults:
    """Faults of one shop, all off by default. Change them with `Shop.set_faults` (thread-safe)."""

    rate_limit: RateLimit | None = None
    burst_503: int = 0  # the next N requests answer 503
    burst_503_retry_after: int | None = None  # Retry-After seconds on those 503s
    reset_next: int = 0  # the next N requests get a TCP RST, no response
    reset_paths: list[str] = field(default_factory=list)  # requests to these paths get a TCP RST
    slow: float = 0.0  # sleep this many seconds before answering ...
    slow_paths: list[str] = field(default_factory=list)  # ... these paths (empty: every path)
    malformed: PageSpec = False  # invalid JSON body
    truncated: PageSpec = False  # Content-Length larger than the body sent, then close
    html_instead_of_json: PageSpec = False  # an HTML error/challenge page with status 200
    huge: PageSpec = False  # a ~10 MB body (the page padded with extra products / whitespace)
    down: bool = False  # every request gets a TCP RST
    status_for: dict[str, int] = field(default_factory=dict)  # path pattern -> status code
    empty_catalogue: bool = False  # the feed answers zero products

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Faults":
        faults = cls()
        faults.update(data)
        return faults

    def update(self, data: dict[str, Any]) -> None:
        known = {f.name for f in fields(self)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault(s): {', '.join(sorted(unknown))} (known: {', '.join(sorted(known))})")
        for key, value in data.items():
            if key == "rate_limit" and isinstance(value, dict):
                value = RateLimit(**value)
            if key == "status_for" and isinstance(value, dict):
                value = {str(k): int(v) for k, v in value.items()}
            setattr(self, key, value)


def path_matches(pattern: str, path: str, query: str = "") -> bool:
    """fnmatch a path pattern against the path, or against "path?query" when the pattern has a "?"."""
    if "?" in pattern:
        return fnmatchcase(f"{path}?{query}" if query else path, pattern)
    return fnmatchcase(path, pattern)


def spec_hits(spec: PageSpec, page: int | None, path: str, query: str = "") -> bool:
    """Does a page spec (see PageSpec) select this request? `page` is None off the feed."""
    if not spec:
        return False
    if spec is True:
        return page is not None
    items = spec if isinstance(spec, (list, tuple, set)) else [spec]
    for item in items:
        if isinstance(item, bool):
            if item and page is not None:
                return True
        elif isinstance(item, int):
            if page is not None and page == item:
                return True
        elif isinstance(item, str) and path_matches(item, path, query):
            return True
    return False


@dataclass
class Shop:
    """One fixture shop. `products` is the catalogue in the platform's native shape:

(see each module of coffee_scraper_shops.platforms), e.g. products.json objects for shopify;
    `variations` maps a WooCommerce variation id -> its Store API object (derived when not given).
    """

    slug: str
    name: str
    platform: str
    currency: str = "USD"
    products: list[dict[str, Any]] = field(default_factory=list)
    apex_404: bool = False  # the apex host answers 404 on the feed; www. serves it
    faults: Faults = field(default_factory=Faults)
    variations: dict[int, dict[str, Any]] = field(default_factory=dict)
    # Absolute origin baked into the catalogue (permalinks, images); rewritten to the local host.
    origin: str | None = None
    asset_delay: float = 0.0  # seconds before images/fonts are answered (blocking them then pays)
    sitemap_chunk: int = 1000  # product URLs per sitemap file

    def __post_init__(self) -> None:
        from coffee_scraper_shops.platforms import fixture_platforms

        platforms = fixture_platforms()
        if self.platform not in platforms:
            raise ValueError(f"shop {self.slug}: platform {self.platform!r} not in {tuple(platforms)}")
        self.lock = threading.RLock()
        self._burst_left = 0
        self._reset_left = 0
        self._hits: list[float] = []  # monotonic times of requests let through by rate_limit
        self._sync_counters()
        self._prepare()

    # --- runtime changes -----------------------------------------------------------------------
    def set_faults(self, faults: Faults | dict[str, Any] | None = None, *, clear: bool = False, **kwargs: Any) -> Faults:
        """Replace (a Faults), merge (a dict / kwargs) or clear the faults; returns the current Faults."""
        with self.lock:
            if clear:
                self.faults = Faults()
            if isinstance(faults, Faults):
                self.faults = faults
            elif faults:
                self.faults.update(faults)
            if kwargs:
                self.faults.update(kwargs)
            self._sync_counters()
            return self.faults

    def clear_faults(self) -> None:
        self.set_faults(clear=True)

    def set_products(self, products: list[dict[str, Any]], variations: dict[int, dict[str, Any]] | None = None) -> None:
        with self.lock:
            self.products = products
            self.variations = variations or {}
            self._prepare()

    def _prepare(self) -> None:
        from coffee_scraper_shops.platforms import fixture_platforms

        prepare = fixture_platforms()[self.platform].prepare
        if prepare is not None:
            prepare(self)

    def _sync_counters(self) -> None:
        # burst_503 / reset_next count down from the value last set.
        self._burst_left = int(self.faults.burst_503 or 0)
        self._reset_left = int(self.faults.reset_next or 0)
        self._seen_burst = self.faults.burst_503
        self._seen_reset = self.faults.reset_next

    # --- decisions taken per request (under the lock) --------------------------------------------
    def take_reset(self) -> bool:
        with self.lock:
            self._resync_if_changed()
            if self._reset_left > 0:
                self._reset_left -= 1
                self.faults.reset_next = self._seen_reset = self._reset_left
                return True
            return False

    def take_burst(self) -> bool:
        with self.lock:
            self._resync_if_changed()
            if self._burst_left > 0:
                self._burst_left -= 1
                self.faults.burst_503 = self._seen_burst = self._burst_left
                return True
            return False

    def _resync_if_changed(self) -> None:
        # Someone assigned shop.faults.* directly: pick the new counts up.
        if self.faults.burst_503 != self._seen_burst:
            self._burst_left = int(self.faults.burst_503 or 0)
            self._seen_burst = self.faults.burst_503
        if self.faults.reset_next != self._seen_reset:
            self._reset_left = int(self.faults.reset_next or 0)
            self._seen_reset = self.faults.reset_next

    def take_rate_limit(self) -> RateLimit | None:
        """The RateLimit when this request is over it (answer 429), else None (request counted)."""
        with self.lock:
            rl = self.faults.rate_limit
            if not rl:
                return None
            now = time.monotonic()
            self._hits = [t for t in self._hits if now - t < rl.window]
            if len(self._hits) >= rl.limit:
                return rl
            self._hits.append(now)
            return None
