"""Scrapy settings for coffee_scraper: every default lives here, overridable with -s or per spider."""
import os
from pathlib import Path

from coffee_scraper.items import CONTRACT_FIELDS

BOT_NAME = "coffee_scraper"
SPIDER_MODULES = ["coffee_scraper.spiders"]
NEWSPIDER_MODULE = "coffee_scraper.spiders"
COMMANDS_MODULE = "coffee_scraper.commands"

USER_AGENT = "coffee_scraper/0.1 (specialty coffee catalogue; polite crawler)"
# Shop feeds are public JSON APIs fetched a few times a day; the HTML-crawling spider (jsonld)
# turns robots.txt on in its own custom_settings.
ROBOTSTXT_OBEY = False

# Politeness: few parallel requests per shop, adaptive delay on top.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 4

TELNETCONSOLE_ENABLED = False
# Per-response/per-item log lines below LOG_LEVEL are not even built (see the module).
LOG_FORMATTER = "coffee_scraper.logformatter.LevelAwareLogFormatter"
# RFC 6761: *.localhost is loopback (the fixture and demo shops live there).
TWISTED_DNS_RESOLVER = "coffee_scraper.dns.LocalhostAwareResolver"

ITEM_PIPELINES = {
    "coffee_scraper.pipelines.normalize.NormalizePipeline": 100,
    "coffee_scraper.pipelines.validate.ValidatePipeline": 200,
    "coffee_scraper.pipelines.dedupe.DedupePipeline": 300,
    "coffee_scraper.pipelines.store.StorePipeline": 400,
}

# Feed exports (-O items.jsonl) carry exactly the item contract, prices as JSON numbers.
FEED_EXPORT_FIELDS = CONTRACT_FIELDS
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {
    "jsonlines": "coffee_scraper.exporters.ContractJsonLinesExporter",
    "jsonl": "coffee_scraper.exporters.ContractJsonLinesExporter",
    "json": "coffee_scraper.exporters.ContractJsonExporter",
}

# --- coffee_scraper's own settings -------------------------------------------------------------
# Roaster registry (YAML). Relative paths are taken from the working directory.
ROASTER_REGISTRY = os.environ.get("COFFEE_REGISTRY") or str(Path(__file__).with_name("roasters.yaml"))
# Postgres: DATABASE_URL selects a server; unset means the embedded server under COFFEE_DATA_DIR.
DATABASE_URL = os.environ.get("DATABASE_URL") or None
COFFEE_DATA_DIR = os.environ.get("COFFEE_DATA_DIR") or ".data"
DB_AUTO_MIGRATE = True
DB_BATCH_SIZE = 500
# full: everything; price: the weekly price-only run (prices and stock only, see README).
RUN_KIND = "full"
# Shopify caps products.json at 250 per page.
SHOPIFY_PAGE_LIMIT = 250
# A feed page that is not JSON (a challenge page, a cut body) is asked for again this many times.
FEED_PARSE_RETRIES = 2
# A product whose normalization raised more than this many warnings goes to the review queue.
REVIEW_MAX_WARNINGS = 1
# ... and so does one whose variant count moved by more than this since the last run.
REVIEW_VARIANT_DELTA = 3

# --- Rendering JS-only shops (scrapy-playwright) ------------------------------------------------
# Merged into a spider's custom_settings; only requests with meta["playwright"] use the browser.
_SYSTEM_CHROMIUM = next(
    (p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None
)
PLAYWRIGHT_SETTINGS = {
    "DOWNLOAD_HANDLERS": {
        "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
        "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    },
    "PLAYWRIGHT_BROWSER_TYPE": "chromium",
    "PLAYWRIGHT_LAUNCH_OPTIONS": {
        "headless": True,
        # Debian's chromium where installed; otherwise Playwright's own browser (playwright install).
        **({"executable_path": os.environ.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE") or _SYSTEM_CHROMIUM}
           if (os.environ.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE") or _SYSTEM_CHROMIUM) else {}),
        "args": [
            *(["--no-sandbox"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
            "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
        ],
    },
    # Bound the browser: contexts x pages is the number of tabs alive at once.
    "PLAYWRIGHT_MAX_CONTEXTS": 2,
    "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
    "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 30_000,
    "PLAYWRIGHT_ABORT_REQUEST": "coffee_scraper.rendering.abort_heavy_resources",
}

# --- Fetching: retries with backoff, per-domain rate limits, circuit breaker, conditional cache --
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "coffee_scraper.middlewares.retry.BackoffRetryMiddleware": 550,
    # After HttpCacheMiddleware (900): cache hits skip the breaker and take no rate-limit token;
    # both see each attempt's outcome before the retry middleware turns it into a retry.
    "coffee_scraper.middlewares.circuit.CircuitBreakerMiddleware": 950,
    "coffee_scraper.middlewares.throttle.DomainRateLimitMiddleware": 960,
}
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 1.0  # seconds; doubles per retry, jittered
RETRY_BACKOFF_MAX = 60.0
RETRY_AFTER_MAX = 300.0  # a longer Retry-After gives the request up (incident retry_after_too_long)
DOMAIN_RATE_LIMIT_PER_MINUTE = 0  # 0 = unlimited; per roaster: settings.requests_per_minute
DOMAIN_RATE_LIMIT_PER_HOUR = 0  # 0 = unlimited; per roaster: settings.requests_per_hour
CIRCUIT_FAILURE_THRESHOLD = 5
CIRCUIT_RECOVERY_TIMEOUT = 60.0
# CIRCUIT_STATE_STORE is left unset here (in memory): the distributed addon sets the Redis store,
# and a project-level value would outrank the addon's.
# Conditional requests: a cached feed is revalidated with If-None-Match / If-Modified-Since and a
# 304 is served from the cache. Never trusted without revalidation for longer than HTTPCACHE_TTL:
# a price tracker must not serve yesterday's prices on a heuristic freshness guess.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "coffee_scraper.middlewares.cache.RevalidatingPolicy"
HTTPCACHE_STORAGE = "coffee_scraper.middlewares.cache.FilesystemCacheStorage"
HTTPCACHE_DIR = str(Path(COFFEE_DATA_DIR).absolute() / "httpcache")  # relative would land under .scrapy/
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_GZIP = True
HTTPCACHE_GZIP_LEVEL = 1  # a 250-product feed page: 3 ms at 1, 10 ms at 3, ~15 ms at gzip.s default 9; 10 % larger
HTTPCACHE_TTL = 0  # seconds a cached response is used without asking the shop
# Browsers' responses are not cacheable this way (they are rendered, not fetched).
HTTPCACHE_IGNORE_SCHEMES = ["file", "data"]

# --- Monitoring and alerting ----------------------------------------------------------------------
EXTENSIONS = {
    "spidermon.contrib.scrapy.extensions.Spidermon": 500,
    "coffee_scraper.extensions.metrics.MetricsExtension": 600,  # must come after Spidermon
}
# Scrapy 2.19's RemoteControl runs Python sent over HTTP: off, like the telnet console (it also
# spares every crawl an HTTP server and a job file in the user's profile).
REMOTE_CONTROL_ENABLED = False
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ["coffee_scraper.monitors.suites.CloseMonitorSuite"]
SPIDERMON_PERIODIC_MONITORS = {"coffee_scraper.monitors.suites.PeriodicMonitorSuite": 60}
SPIDERMON_EXPECTED_FINISH_REASONS = ["finished"]
MONITOR_REPORTS_DIR = None  # HTML reports; None = COFFEE_DATA_DIR/reports
ITEM_DROP_THRESHOLD = 0.5
MONITOR_FETCH_FAILURE_MAX = 0.05
MONITOR_INVALID_ARTIFACTS_MAX = 0.03
MONITOR_REVIEW_FLAGGED_MAX = 0.05
PRICE_DELTA_ALERT_THRESHOLD = 0.10
MONITOR_PRICE_SPIKE_MAX_SHARE = 0.20
MONITOR_MAX_RETRIES = 50
MONITOR_MAX_ERRORS = 10
MONITOR_MIN_SAMPLE = 10
MONITOR_FIELD_COVERAGE = {"origin_countries": 0.5, "process": 0.3, "roast_level": 0.3, "weight_grams": 0.8, "price": 0.95}
MONITOR_STALL_MINUTES = 15
ALERT_COOLDOWN = 300
ALERT_WEBHOOK_URL = os.environ.get("ALERT_WEBHOOK_URL") or None
ALERT_SENTRY = os.environ.get("ALERT_SENTRY", "").lower() in ("1", "true", "yes")  # DSN: $SENTRY_DSN
ALERT_EMAIL_TO = [a.strip() for a in os.environ.get("ALERT_EMAIL_TO", "").split(",") if a.strip()]
ALERT_TIMEOUT = 10
METRICS_ENABLED = True
METRICS_MULTIPROC_DIR = os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None  # None = COFFEE_DATA_DIR/metrics
METRICS_POLL_INTERVAL = 5.0

# --- Catalogue-change events (coffee_scraper/events.py), recorded after each run ------------------
EVENTS_ENABLED = True
EVENTS_REMOVED_AFTER_RUNS = 2  # complete runs a coffee must be missing before a `removed` event
# Opt-in news to the alert channels: roasters OR origins (neither given: all), optionally only these kinds.
EVENTS_WATCH = {}  # e.g. {"roasters": ["onyxcoffeelab"], "origins": ["KE", "ET"], "kinds": ["new", "price_change"]}

# --- Distributed crawls (coffee_scraper.distributed; README "Distributed crawls") ------------------
ADDONS = {"coffee_scraper.distributed.DistributedAddon": 0}
DISTRIBUTED = False  # -s DISTRIBUTED=1 -s CRAWL_ID=... : one worker of a shared crawl
CRAWL_ID = None  # same for every worker of one crawl; keys its Redis queue and its runs
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
DISTRIBUTED_KEY_TTL = 7 * 24 * 3600  # queue/dupefilter kept this long after the last worker
DISTRIBUTED_WORKER_TTL = 30  # a worker silent this long no longer keeps the others waiting
# Never define SCHEDULER, DUPEFILTER_CLASS, SCHEDULER_PERSIST or JOB_ID here: project settings
# outrank the addon's.
