"""End to end: the fetch middlewares in real crawls (a subprocess each) against the local fixture shops.

Assertions use the shop server's request log (time.monotonic(), the clock the crawler uses too):
earliest times and ordering, never speed.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import scrapy

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Faults, RateLimit, Shop

ROOT = Path(__file__).resolve().parent.parent
MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "coffee_scraper.middlewares.retry.BackoffRetryMiddleware": 550,
    "coffee_scraper.middlewares.circuit.CircuitBreakerMiddleware": 950,
    "coffee_scraper.middlewares.throttle.DomainRateLimitMiddleware": 960,
}
BASE_SETTINGS = {
    "TWISTED_DNS_RESOLVER": "coffee_scraper.dns.LocalhostAwareResolver",
    "ALLOW_PRIVATE_HOSTS": True,  # the fixture shops are SLUG.localhost on 127.0.0.1
    "DOWNLOADER_MIDDLEWARES": MIDDLEWARES,
    "TELNETCONSOLE_ENABLED": False,
    "REMOTE_CONTROL_ENABLED": False,
    "ROBOTSTXT_OBEY": False,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_TIMEOUT": 5,
    "LOG_LEVEL": "INFO",
}
EPS = 0.02  # server-side timestamps are taken when the request line is read: allow loopback jitter


class UrlsSpider(scrapy.Spider):
    """Fetches the given (url, roaster slug) pairs and writes what it saw and the stats to `out`."""

    name = "middleware_urls"

    def __init__(self, config: str, **kwargs):
        super().__init__(**kwargs)
        from coffee_scraper.registry import Roaster

        cfg = json.loads(Path(config).read_text())
        self.urls = cfg["urls"]
        self.out = cfg["out"]
        self.roasters = [Roaster(**r) for r in cfg.get("roasters", [])]
        self.seen: list[dict] = []

    async def start(self):
        for url, slug in self.urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed, dont_filter=True,
                                 meta={"roaster": slug, "handle_httpstatus_all": True})

    def parse(self, response):
        self.seen.append({"url": response.url, "status": response.status, "flags": response.flags,
                          "body": response.text[:200], "t": time.monotonic()})

    def failed(self, failure):
        self.seen.append({"url": failure.request.url, "error": failure.type.__name__, "t": time.monotonic()})

    def closed(self, reason):
        from coffee_scraper.middlewares.circuit import CircuitBreakerMiddleware

        breaker = self.crawler.get_downloader_middleware(CircuitBreakerMiddleware)
        Path(self.out).write_text(json.dumps({
            "seen": self.seen, "stats": self.crawler.stats.get_stats(), "reason": reason,
            "states": breaker.states() if breaker else {},
        }, default=str))


def _main(config: str) -> None:  # the subprocess
    from scrapy.crawler import CrawlerProcess

    cfg = json.loads(Path(config).read_text())
    process = CrawlerProcess({**BASE_SETTINGS, **cfg["settings"]})
    process.crawl(UrlsSpider, config=config)
    process.start()


def crawl(tmp_path, urls, settings=None, roasters=None, name="crawl", timeout=60) -> dict:
    out = tmp_path / f"{name}.json"
    config = tmp_path / f"{name}.config.json"
    config.write_text(json.dumps({"urls": urls, "out": str(out), "roasters": roasters or [],
                                  "settings": {"LOG_FILE": str(tmp_path / f"{name}.log"), **(settings or {})}}))
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from tests.test_middlewares_e2e import _main; _main(sys.argv[1])",
         str(config)], cwd=ROOT, capture_output=True, text=True, timeout=timeout,
    )
    log = (tmp_path / f"{name}.log").read_text() if (tmp_path / f"{name}.log").exists() else ""
    assert result.returncode == 0 and out.exists(), result.stderr[-3000:] + log[-3000:]
    data = json.loads(out.read_text())
    data["log"] = log
    return data


def shop(slug, **faults) -> Shop:
    return Shop(slug=slug, name=slug.title(), platform="shopify", currency="USD",
                products=synthetic_shopify(4, seed=len(slug), currency="USD"), faults=Faults(**faults))


def pages(server, slug, n, start=1):
    return [[f"{server.base_url(slug)}/products.json?limit=1&page={p}", slug] for p in range(start, start + n)]


def next_after(records, rec):
    later = [r for r in records if r.time > rec.time]
    return min(later, key=lambda r: r.time) if later else None


# --------------------------------------------------------------------------------------------------------------
def test_retry_after_delays_only_that_domain(tmp_path):
    server = ShopServer([
        shop("ratelimited", rate_limit=RateLimit(limit=2, window=1.0, retry_after=2)),
        shop("datelimited", rate_limit=RateLimit(limit=2, window=1.0, retry_after=2, http_date=True)),
        shop("busy", burst_503=1, burst_503_retry_after=1),
        shop("calm"),
    ]).start()
    try:
        urls = pages(server, "ratelimited", 5) + pages(server, "datelimited", 4) + pages(server, "busy", 3) \
            + pages(server, "calm", 16)
        data = crawl(tmp_path, urls, {
            # A delay serialises each shop's requests: with DOWNLOAD_DELAY 0 Scrapy 2.19 (asyncio) sends a
            # slot's whole queue at once, whatever CONCURRENT_REQUESTS_PER_DOMAIN says, and requests already
            # on the wire when a 429 arrives cannot be called back.
            "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 0.1, "RETRY_TIMES": 3, "RETRY_BACKOFF_BASE": 0.2,
            "DOWNLOAD_SLOTS": {"calm.localhost": {"delay": 0.3}},
        })
    finally:
        server.stop()

    limited = server.requests("ratelimited")
    refusals = [r for r in limited if r.status == 429]
    assert refusals, "the fixture shop never answered 429"
    for r in refusals:
        nxt = next_after(limited, r)
        assert nxt is not None and nxt.time >= r.time + 2, (r, nxt)  # Retry-After: 2 (delta-seconds)
    dated = server.requests("datelimited")
    date_refusals = [r for r in dated if r.status == 429]
    assert date_refusals
    for r in date_refusals:
        nxt = next_after(dated, r)
        # Retry-After: an HTTP-date, whole seconds: the date is int(wall time of the answer + 2) or later.
        assert nxt is not None and nxt.wall_time >= int(r.wall_time + 2), (r, nxt)
    busy = server.requests("busy")
    first_503 = next(r for r in busy if r.status == 503)
    assert next_after(busy, first_503).time >= first_503.time + 1

    # Another domain kept its own pace while the rate-limited one waited.
    calm = server.requests("calm")
    assert any(r.time < c.time < r.time + 2 for r in refusals for c in calm)

    # Every page eventually arrived, none given up.
    by_url = {s["url"]: s for s in data["seen"]}
    assert len(by_url) == len(urls) and all(s.get("status") == 200 for s in by_url.values()), data["seen"]
    stats = data["stats"]
    assert stats["coffee/retry/retry_after_honoured"] >= len(refusals) + len(date_refusals) + 1
    assert stats["coffee/retry/count"] >= len(refusals) + len(date_refusals) + 1
    assert stats["coffee/retry/wait_seconds"] >= 1.0


def test_circuit_breaker_defers_one_domain_probes_once_and_recovers(tmp_path):
    server = ShopServer([
        shop("flaky", reset_next=4),  # 3 failures open the circuit, the first probe fails, the second passes
        shop("steady"),
        shop("missing", status_for={"/products.json": 404}),
    ]).start()
    recovery = 1.5
    try:
        urls = pages(server, "flaky", 6) + pages(server, "steady", 30) + pages(server, "missing", 6)
        data = crawl(tmp_path, urls, {
            "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "RETRY_TIMES": 2, "RETRY_BACKOFF_BASE": 0.1,
            "CIRCUIT_FAILURE_THRESHOLD": 3, "CIRCUIT_RECOVERY_TIMEOUT": recovery,
            # A reset comes back within microseconds; this delay keeps the next queued request in its
            # slot until process_exception has opened the circuit (Scrapy has no earlier hook for errors).
            "DOWNLOAD_SLOTS": {"flaky.localhost": {"delay": 0.2}, "steady.localhost": {"delay": 0.25}},
        })
    finally:
        server.stop()

    flaky = sorted(server.requests("flaky"), key=lambda r: r.time)
    assert [r.status for r in flaky[:5]] == [0, 0, 0, 0, 200], [(r.status, r.fault) for r in flaky]
    third, probe1, probe2 = flaky[2], flaky[3], flaky[4]
    # Open period: nothing reaches the shop; then exactly one probe, which fails and re-opens it.
    assert probe1.time >= third.time + recovery - EPS
    assert probe2.time >= probe1.time + recovery - EPS
    # The second probe is alone too: the rest follow only once it has answered.
    assert all(r.time >= probe2.time + probe2.duration for r in flaky[5:])
    # The other shop kept crawling while the circuit was open.
    steady = server.requests("steady")
    assert any(third.time < r.time < probe1.time for r in steady)
    assert any(probe1.time < r.time < probe2.time for r in steady)
    # 404s are answers, not failures: the circuit never opened for that shop and nothing was retried.
    missing = server.requests("missing")
    assert len(missing) == 6 and all(r.status == 404 for r in missing)

    stats = data["stats"]
    assert stats["coffee/circuit/opened"] == 2 and stats["coffee/circuit/closed"] == 1
    assert stats["coffee/circuit/probes"] == 2
    assert stats["coffee/circuit/flaky.localhost/state"] == "closed"
    assert stats.get("coffee/circuit/deferred", 0) >= 1
    assert "coffee/circuit/missing.localhost/state" not in stats
    assert data["states"].get("flaky.localhost") == "closed" and "missing.localhost" not in data["states"]
    # Nothing was dropped: every flaky page arrived (deferral is invisible to callbacks and errbacks).
    flaky_seen = [s for s in data["seen"] if "flaky" in s["url"]]
    assert sorted(s.get("status") for s in flaky_seen) == [200] * 6, flaky_seen
    assert "circuit open" in data["log"] and "circuit closed" in data["log"]
    assert "roaster=flaky domain=flaky.localhost" in data["log"]


def test_rate_limit_spaces_requests_once_the_burst_is_spent(tmp_path):
    server = ShopServer([shop("limited"), shop("free")]).start()
    try:
        n = 126
        urls = pages(server, "limited", n) + pages(server, "free", 20)
        data = crawl(tmp_path, urls, {"CONCURRENT_REQUESTS_PER_DOMAIN": 4, "DOMAIN_RATE_LIMIT_PER_HOUR": 10_000},
                     roasters=[{"slug": "limited", "name": "Limited", "url": server.base_url("limited"),
                                "platform": "shopify", "settings": {"requests_per_minute": 120}}])
    finally:
        server.stop()

    limited = sorted(server.requests("limited"), key=lambda r: r.time)
    assert len(limited) == n
    # 120 per minute: a burst of 120, then a token every 0.5 s. The k-th request cannot leave before
    # the k-th token exists (tokens refilled during the burst may let a few more through at once) ...
    first = limited[0].time
    for k, rec in enumerate(limited, 1):
        assert rec.time >= first + max(0, k - 120) * 0.5 - EPS, k
    # ... and no stretch of time holds more requests than the bucket allows.
    for i, start in enumerate(limited):
        for j in range(i + 120, n):
            assert j - i + 1 <= 120 + 1 + (limited[j].time - start.time + EPS) / 0.5
    stats = data["stats"]
    assert stats["coffee/throttle/limited.localhost/limit_per_minute"] == 120
    assert stats["coffee/throttle/limited.localhost/limit_per_hour"] == 10_000
    # Throttled at least once, unless the burst itself took so long (a loaded machine) that the tokens
    # refilled meanwhile covered the rest: the spacing checks above hold either way.
    burst_seconds = limited[119].time - first
    assert stats.get("coffee/throttle/limited.localhost/throttled", 0) >= 1 or burst_seconds * 2 >= n - 120 - 1
    assert stats["coffee/throttle/limited.localhost/spacing_seconds"] == 0.5
    assert "coffee/throttle/free.localhost/throttled" not in stats
    assert len(server.requests("free")) == 20


def test_http_cache_revalidates_with_etag_and_serves_304_from_cache(tmp_path):
    server = ShopServer([shop("cached")]).start()
    settings = {
        "HTTPCACHE_ENABLED": True,
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.RFC2616Policy",
        "HTTPCACHE_DIR": str(tmp_path / "httpcache"),
    }
    try:
        urls = pages(server, "cached", 1)
        first = crawl(tmp_path, urls, settings, name="first")
        second = crawl(tmp_path, urls, settings, name="second")
    finally:
        server.stop()
    log = server.requests("cached")
    assert [r.status for r in log] == [200, 304]
    assert "If-None-Match" in log[1].headers
    (seen1,), (seen2,) = first["seen"], second["seen"]
    assert seen1["status"] == 200 and "cached" not in seen1["flags"]
    assert seen2["status"] == 200 and "cached" in seen2["flags"] and seen2["body"] == seen1["body"]
    assert second["stats"].get("httpcache/revalidate") == 1
