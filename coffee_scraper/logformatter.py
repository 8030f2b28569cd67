"""What a crawl logs: Scrapy's log formatter minus records below LOG_LEVEL, and third-party noise
(start-up banners, Spidermon's tables and tracebacks, pycountry, pgserver) silenced at its source.

Scrapy's root handler filters by LOG_LEVEL, but the loggers themselves stay at DEBUG, so every
"Crawled", "Scraped from" and "Dropped" line still builds a LogRecord (a stack walk each) before
the handler throws it away: several percent of a fast crawl's CPU. Below LOG_LEVEL we return
None, which Scrapy documents as "do not log".
"""
from __future__ import annotations

import logging
import warnings

from scrapy.logformatter import LogFormatter


class LevelAwareLogFormatter(LogFormatter):
    def __init__(self, min_level: int = logging.DEBUG):
        self.min_level = min_level

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("LOG_ENABLED", True):
            return cls(logging.CRITICAL + 1)
        level = settings.get("LOG_LEVEL", "DEBUG")
        level = logging.getLevelName(level.upper()) if isinstance(level, str) else int(level)
        return cls(level if isinstance(level, int) else logging.DEBUG)

    def _keep(self, kwargs):
        return kwargs if kwargs is None or kwargs["level"] >= self.min_level else None

    def crawled(self, *args, **kwargs):
        return self._keep(super().crawled(*args, **kwargs))

    def scraped(self, *args, **kwargs):
        return self._keep(super().scraped(*args, **kwargs))

    def dropped(self, *args, **kwargs):
        return self._keep(super().dropped(*args, **kwargs))


# Start-up and shutdown chatter (versions, enabled components, every overridden setting, the stats
# dump) is for debugging: above DEBUG an operator sees one line per roaster at open and close.
CHATTY_LOGGERS = ("scrapy.utils.log", "scrapy.addons", "scrapy.middleware", "scrapy.crawler",
                  "scrapy.statscollectors", "scrapy.core.engine", "pgserver")
SPIDERMON_PREFIX = "[Spidermon] "


def level_of(settings) -> int:
    level = settings.get("LOG_LEVEL", "INFO")
    level = logging.getLevelName(level.upper()) if isinstance(level, str) else int(level)
    return level if isinstance(level, int) else logging.INFO


class SpidermonLines(logging.Filter):
    """Spidermon's per-monitor table is dropped; a failed monitor becomes one line with its message.

    Spidermon logs through the spider's logger with its traceback; the operator needs which monitor
    failed and why (the assertion's message), and the run's stored monitor_results keep the rest.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.msg if isinstance(record.msg, str) else str(record.msg)
        if not msg.startswith(SPIDERMON_PREFIX):
            return True
        if record.levelno < logging.ERROR:
            return False
        lines = [line.strip() for line in msg.removeprefix(SPIDERMON_PREFIX).splitlines() if line.strip()]
        lines = [line for line in lines if line.strip("=-")]
        title = next((line for line in lines if ": " in line), "monitor")
        reason = lines[-1] if len(lines) > 1 else ""
        record.msg = f"{SPIDERMON_PREFIX}{title.replace('FAIL: ', 'failed: ').replace('ERROR: ', 'error: ')}"
        record.msg += f" ({reason})" if reason and reason != title else ""
        record.args = ()
        return True


class Below(logging.Filter):
    """Drops a logger's records under a level. A filter, not setLevel(): Scrapy's logging set-up
    (dictConfig) resets the levels of existing `scrapy.*` loggers but keeps their filters."""

    def __init__(self, level: int):
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= self.level


def _add_once(logger: logging.Logger, new: logging.Filter) -> None:
    if not any(type(f) is type(new) for f in logger.filters):
        logger.addFilter(new)


def quiet_logging(settings, spider_names=()) -> None:
    """Silence third-party noise at its source, the emitting loggers (handlers stay untouched)."""
    # pycountry reports its own data's duplicates on every import: never news to an operator.
    _add_once(logging.getLogger("pycountry.db"), Below(logging.ERROR))
    # pgserver asks platformdirs for a runtime dir it does not need (the embedded server's socket
    # lives under COFFEE_DATA_DIR); the fallback is fine.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    if level_of(settings) <= logging.DEBUG:
        return
    for name in CHATTY_LOGGERS:
        _add_once(logging.getLogger(name), Below(logging.WARNING))
    for name in spider_names:
        _add_once(logging.getLogger(name), SpidermonLines())
