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
# Shopify caps products.json at 250 per page.
SHOPIFY_PAGE_LIMIT = 250
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
