"""Scrapy settings for coffee_scraper: every default lives here, overridable with -s or per spider.

Nothing here reads the environment or the filesystem: environment variables (DATABASE_URL, COFFEE_REGISTRY,
COFFEE_DATA_DIR, COFFEE_ALLOW_PRIVATE_HOSTS, REDIS_URL, ALERT_*) are applied when a command starts (coffee_scraper.config.ENVIRONMENT),
and paths derived from COFFEE_DATA_DIR (the HTTP cache, metrics, reports) are worked out by their users.
"""
from pathlib import Path

from scrapy.settings import default_settings as _scrapy_defaults

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
# One line per roaster at open and close (plus warnings); -s LOG_LEVEL=DEBUG for every request and item.
LOG_LEVEL = "INFO"
# A crawl of several roasters prints their product counts this often (seconds; 0 = never).
LOG_PROGRESS_INTERVAL = 10.0
# Scrapy 2.19's remote control runs code sent with a token kept on disk: never wanted in a crawl or a job.
REMOTE_CONTROL_ENABLED = False
# Per-response/per-item log lines below LOG_LEVEL are not even built (see the module).
LOG_FORMATTER = "coffee_scraper.logformatter.LevelAwareLogFormatter"
# RFC 6761: *.localhost is loopback (the fixture and demo shops live there).
TWISTED_DNS_RESOLVER = "coffee_scraper.dns.LocalhostAwareResolver"
# Loopback, private, link-local (cloud metadata) hosts are refused in the registry and at DNS time;
# tests and the demo crawl shops on 127.0.0.1 and turn this on explicitly.
ALLOW_PRIVATE_HOSTS = False  # $COFFEE_ALLOW_PRIVATE_HOSTS

ITEM_PIPELINES = {
    "coffee_scraper.pipelines.normalize.NormalizePipeline": 100,
    "coffee_scraper.pipelines.validate.ValidatePipeline": 200,
    "coffee_scraper.pipelines.dedupe.DedupePipeline": 300,
    "coffee_scraper.pipelines.store.StorePipeline": 400,
}
# Runs ITEM_PIPELINES as Scrapy's manager does, without a coroutine per step (pipelines/processor.py).
ITEM_PROCESSOR = "coffee_scraper.pipelines.processor.DirectItemProcessor"

# Feed exports (-O items.jsonl) carry exactly the item contract, prices as JSON numbers.
FEED_EXPORT_FIELDS = CONTRACT_FIELDS
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {
    "jsonlines": "coffee_scraper.exporters.ContractJsonLinesExporter",
    "jsonl": "coffee_scraper.exporters.ContractJsonLinesExporter",
    "json": "coffee_scraper.exporters.ContractJsonExporter",
}

# --- coffee_scraper's own settings -------------------------------------------------------------
# Roaster registry (YAML; $COFFEE_REGISTRY). Relative paths are taken from the working directory.
ROASTER_REGISTRY = str(Path(__file__).with_name("roasters.yaml"))
# Postgres ($DATABASE_URL) selects a server; unset means the embedded server under COFFEE_DATA_DIR.
DATABASE_URL = None
COFFEE_DATA_DIR = ".data"  # $COFFEE_DATA_DIR
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
# The machine's Chromium ($PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's) and --no-sandbox for root are
# added when a crawl starts (coffee_scraper.config.local_chromium), not when this module is imported.
PLAYWRIGHT_SETTINGS = {
    "DOWNLOAD_HANDLERS": {
        "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
        "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    },
    "PLAYWRIGHT_BROWSER_TYPE": "chromium",
    "PLAYWRIGHT_LAUNCH_OPTIONS": {
        "headless": True,
        "args": [
            "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            # Blink itself loads no images: a lazy image requested after scrapy-playwright removed the
            # page's route (where PLAYWRIGHT_ABORT_REQUEST blocks them) would otherwise reach the shop.
            "--blink-settings=imagesEnabled=false",
        ],
    },
    # Bound the browser: contexts x pages is the number of tabs alive at once.
    "PLAYWRIGHT_MAX_CONTEXTS": 2,
    "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
    "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 30_000,
    "PLAYWRIGHT_ABORT_REQUEST": "coffee_scraper.rendering.abort_heavy_resources",
}

# --- Fetching: retries with backoff, per-domain rate limits, circuit breaker, conditional cache --
# A shop is untrusted: no body (and no decompressed sitemap or cached page) past DOWNLOAD_MAXSIZE.
# The largest real feed pages (250 Shopify products) are a few MB; 10 MB pages still pass.
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "coffee_scraper.middlewares.retry.BackoffRetryMiddleware": 550,
    # Below RedirectMiddleware (600): sees each request, and the final response of a redirect chain.
    "coffee_scraper.middlewares.hosts.OwnHostsMiddleware": 590,
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
# CIRCUIT_STATE_STORE and RATE_LIMIT_STORE are left unset here (in memory): the distributed addon
# sets the Redis stores, and a project-level value would outrank the addon's.
# Conditional requests: a cached feed is revalidated with If-None-Match / If-Modified-Since and a
# 304 is served from the cache. Never trusted without revalidation for longer than HTTPCACHE_TTL:
# a price tracker must not serve yesterday's prices on a heuristic freshness guess.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "coffee_scraper.middlewares.cache.RevalidatingPolicy"
HTTPCACHE_STORAGE = "coffee_scraper.middlewares.cache.FilesystemCacheStorage"
HTTPCACHE_DIR = None  # None: COFFEE_DATA_DIR/httpcache (middlewares/cache.py), so -s COFFEE_DATA_DIR moves it
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_GZIP = True
HTTPCACHE_GZIP_LEVEL = 1  # a 250-product feed page: 3 ms at 1, 10 ms at 3, ~15 ms at gzip.s default 9; 10 % larger
HTTPCACHE_TTL = 0  # seconds a cached response is used without asking the shop
# Browsers' responses are not cacheable this way (they are rendered, not fetched).
HTTPCACHE_IGNORE_SCHEMES = ["file", "data"]

# --- Monitoring and alerting ----------------------------------------------------------------------
# RemoteControl and TelnetConsole are off (above). Out of the base list, Scrapy does not even import them
# (aiohttp, twisted.conch: ~0.25 s of every start); a None in EXTENSIONS would still import them.
EXTENSIONS_BASE = {path: order for path, order in _scrapy_defaults.EXTENSIONS_BASE.items()
                   if path.rsplit(".", 1)[-1] not in ("RemoteControl", "TelnetConsole")}
EXTENSIONS = {
    # Spidermon's own extension runs the suites below. (Its import of jsonschema for expression monitors costs
    # every start ~0.1 s CPU; a home-made runner without it was measured and not kept: the tool made for the job.)
    "spidermon.contrib.scrapy.extensions.Spidermon": 500,
    "coffee_scraper.extensions.metrics.MetricsExtension": 600,  # must come after Spidermon
}
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
ALERT_WEBHOOK_URL = None  # $ALERT_WEBHOOK_URL
ALERT_SENTRY = False  # $ALERT_SENTRY; the DSN: $SENTRY_DSN
ALERT_EMAIL_TO = []  # $ALERT_EMAIL_TO, comma-separated
ALERT_TIMEOUT = 10
METRICS_ENABLED = True
METRICS_MULTIPROC_DIR = None  # $PROMETHEUS_MULTIPROC_DIR; None = COFFEE_DATA_DIR/metrics
METRICS_POLL_INTERVAL = 5.0

# --- Catalogue-change events (coffee_scraper/events.py), recorded after each run ------------------
EVENTS_ENABLED = True
EVENTS_REMOVED_AFTER_RUNS = 2  # complete runs a coffee must be missing before a `removed` event
# Opt-in news to the alert channels: roasters OR origins (neither given: all), optionally only these kinds.
EVENTS_WATCH = {}  # e.g. {"roasters": ["onyxcoffeelab"], "origins": ["KE", "ET"], "kinds": ["new", "price_change"]}

# --- Distributed crawls (coffee_scraper.distributed; README "Distributed crawls") ------------------
ADDONS = {
    # Secrets redacted from every log line, "Overridden settings" (-s MAIL_PASS=...) included.
    "coffee_scraper.redact.LogRedactionAddon": 0,
    # The environment variables above, and the machine's Chromium, applied when the crawl starts.
    "coffee_scraper.config.RuntimeSettingsAddon": 0,
    "coffee_scraper.distributed.DistributedAddon": 0,
}
DISTRIBUTED = False  # -s DISTRIBUTED=1 -s CRAWL_ID=... : one worker of a shared crawl
CRAWL_ID = None  # same for every worker of one crawl; keys its Redis queue and its runs
REDIS_URL = "redis://127.0.0.1:6379/0"  # $REDIS_URL
DISTRIBUTED_KEY_TTL = 7 * 24 * 3600  # queue/dupefilter kept this long after the last worker
DISTRIBUTED_WORKER_TTL = 30  # a worker silent this long no longer keeps the others waiting
DISTRIBUTED_IDLE_POLL = 0.5  # seconds between an idle worker's looks at the shared queue (Scrapy's own: 5)
# Never define SCHEDULER, DUPEFILTER_CLASS, SCHEDULER_PERSIST or JOB_ID here: project settings
# outrank the addon's.
