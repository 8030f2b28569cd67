"""Helpers for pages rendered through scrapy-playwright: what to block, how to wait."""
from scrapy_playwright.page import PageMethod

# Product data never lives in these; skipping them saves most of a page's bytes and memory.
BLOCKED_RESOURCE_TYPES = frozenset({"image", "font", "media", "stylesheet"})


def abort_heavy_resources(request) -> bool:
    return request.resource_type in BLOCKED_RESOURCE_TYPES


def render_meta(wait_selector: str = 'script[type="application/ld+json"]', timeout_ms: int = 15_000) -> dict:
    """Request meta that renders the page and waits for the structured data scripts inject."""
    return {
        "playwright": True,
        "dont_cache": True,  # a rendered page is not an HTTP response to revalidate
        "playwright_page_methods": [
            PageMethod("wait_for_load_state", "domcontentloaded"),
            PageMethod("wait_for_selector", wait_selector, state="attached", timeout=timeout_ms),
        ],
    }
