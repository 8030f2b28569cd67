"""Start-up checks of the project's own settings: a bad value fails before any request, naming it."""
from __future__ import annotations

from coffee_scraper.registry import RegistryError

NON_NEGATIVE = (
    "DOWNLOAD_DELAY", "DOWNLOAD_TIMEOUT", "RETRY_TIMES", "RETRY_BACKOFF_BASE", "RETRY_BACKOFF_MAX",
    "RETRY_AFTER_MAX", "DOMAIN_RATE_LIMIT_PER_MINUTE", "DOMAIN_RATE_LIMIT_PER_HOUR", "CIRCUIT_RECOVERY_TIMEOUT",
    "FEED_PARSE_RETRIES", "DB_OUTAGE_WAIT", "HTTPCACHE_TTL", "REVIEW_MAX_WARNINGS", "REVIEW_VARIANT_DELTA",
    "EVENTS_REMOVED_AFTER_RUNS", "ALERT_COOLDOWN", "CONCURRENT_REQUESTS_PER_DOMAIN",
)
POSITIVE = ("DB_BATCH_SIZE", "SHOPIFY_PAGE_LIMIT", "CIRCUIT_FAILURE_THRESHOLD", "CONCURRENT_REQUESTS")
CHOICES = {"RUN_KIND": ("full", "price"), "HTTPCACHE_GZIP_LEVEL": tuple(str(n) for n in range(10))}


class ConfigError(RegistryError):
    """A setting has a value the crawler cannot work with."""


def check_settings(settings) -> None:
    for name in NON_NEGATIVE + POSITIVE:
        raw = settings.get(name)
        if raw is None:
            continue
        try:
            value = float(raw)
        except (TypeError, ValueError):
            raise ConfigError(f"setting {name}={raw!r} is not a number") from None
        if value < 0 or (name in POSITIVE and value == 0):
            raise ConfigError(f"setting {name}={raw!r} must be {'positive' if name in POSITIVE else 'zero or more'}")
    for name, allowed in CHOICES.items():
        value = settings.get(name)
        if value is not None and str(value) not in allowed:
            raise ConfigError(f"setting {name}={value!r} must be one of {', '.join(allowed)}")
    if settings.getbool("DISTRIBUTED") and not settings.get("CRAWL_ID"):
        raise ConfigError("setting DISTRIBUTED=1 needs -s CRAWL_ID=... (the same for every worker of one crawl)")
