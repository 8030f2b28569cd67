"""Start-up checks of the project's own settings: one declarative model, a bad value fails before any request, naming it."""
from __future__ import annotations

import difflib
import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

from coffee_scraper.registry import RegistryError

# Settings whose name starts like these belong to coffee_scraper: an unknown one is a typo (DB_BACH_SIZE),
# not a setting of Scrapy or of a plugin, and fails the start instead of being silently ignored.
OWN_PREFIXES = (
    "COFFEE_", "DB_", "CIRCUIT_", "DOMAIN_RATE_", "FEED_PARSE_", "REVIEW_", "MONITOR_", "ALERT_", "METRICS_",
    "EVENTS_", "DISTRIBUTED", "SHOPIFY_", "WOO_", "RUN_", "CRAWL_", "ROASTER_", "RETRY_BACKOFF_", "RETRY_AFTER_",
    "PRICE_DELTA_", "ITEM_DROP_",
)


class ConfigError(RegistryError):
    """A setting has a value the crawler cannot work with."""


def _scrapy_bool(value: Any) -> Any:
    """What Settings.getbool accepts (True/False, 1/0, 'true'/'false'); anything else is an error, not False."""
    if isinstance(value, str) and value.strip().lower() in ("1", "0", "true", "false"):
        return value.strip().lower() in ("1", "true")
    if value in (0, 1):
        return bool(value)
    return value


def _json_text(value: Any) -> Any:
    """A dict or list given with -s arrives as JSON text (as Settings.getdict reads it)."""
    if isinstance(value, str) and value.strip()[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError:
            pass
    return value


Bool = Annotated[bool, BeforeValidator(_scrapy_bool)]
Count = Annotated[int, Field(ge=0)]
PositiveCount = Annotated[int, Field(gt=0)]
Seconds = Annotated[float, Field(ge=0)]
Share = Annotated[float, Field(ge=0)]


class ProjectSettings(BaseModel):
    """coffee_scraper's settings (defaults in settings.py), the types and bounds each must have."""

    model_config = ConfigDict(extra="ignore", strict=False, frozen=True)

    # Scrapy's own, where a bad value would surface as a traceback deep in the crawl.
    DOWNLOAD_DELAY: Seconds | None = None
    DOWNLOAD_TIMEOUT: Seconds | None = None
    RETRY_TIMES: Count | None = None
    CONCURRENT_REQUESTS: PositiveCount | None = None
    CONCURRENT_REQUESTS_PER_DOMAIN: Count | None = None
    HTTPCACHE_GZIP_LEVEL: Annotated[int, Field(ge=0, le=9)] | None = None
    HTTPCACHE_TTL: Seconds | None = None
    # Storage
    DB_AUTO_MIGRATE: Bool | None = None
    DB_BATCH_SIZE: PositiveCount | None = None
    DB_OUTAGE_WAIT: Seconds | None = None
    RUN_KIND: Literal["full", "price"] | None = None
    # Fetching
    SHOPIFY_PAGE_LIMIT: PositiveCount | None = None
    WOO_MAX_VARIATIONS: PositiveCount | None = None
    FEED_PARSE_RETRIES: Count | None = None
    RETRY_BACKOFF_BASE: Seconds | None = None
    RETRY_BACKOFF_MAX: Seconds | None = None
    RETRY_AFTER_MAX: Seconds | None = None
    DOMAIN_RATE_LIMIT_PER_MINUTE: Count | None = None
    DOMAIN_RATE_LIMIT_PER_HOUR: Count | None = None
    CIRCUIT_FAILURE_THRESHOLD: PositiveCount | None = None
    CIRCUIT_RECOVERY_TIMEOUT: Seconds | None = None
    # Review queue and monitors
    REVIEW_MAX_WARNINGS: Count | None = None
    REVIEW_VARIANT_DELTA: Count | None = None
    ITEM_DROP_THRESHOLD: Share | None = None
    MONITOR_FETCH_FAILURE_MAX: Share | None = None
    MONITOR_INVALID_ARTIFACTS_MAX: Share | None = None
    MONITOR_REVIEW_FLAGGED_MAX: Share | None = None
    PRICE_DELTA_ALERT_THRESHOLD: Share | None = None
    MONITOR_PRICE_SPIKE_MAX_SHARE: Share | None = None
    MONITOR_MAX_RETRIES: Count | None = None
    MONITOR_MAX_ERRORS: Count | None = None
    MONITOR_MIN_SAMPLE: Count | None = None
    MONITOR_STALL_MINUTES: Seconds | None = None
    MONITOR_FIELD_COVERAGE: Annotated[dict[str, Share], BeforeValidator(_json_text)] | None = None
    # Alerts, metrics, events
    ALERT_COOLDOWN: Seconds | None = None
    ALERT_TIMEOUT: Annotated[float, Field(gt=0)] | None = None
    ALERT_SENTRY: Bool | None = None
    METRICS_ENABLED: Bool | None = None
    METRICS_POLL_INTERVAL: Annotated[float, Field(gt=0)] | None = None
    EVENTS_ENABLED: Bool | None = None
    EVENTS_REMOVED_AFTER_RUNS: Count | None = None
    EVENTS_WATCH: Any = None
    # Distributed crawls
    DISTRIBUTED: Bool | None = None
    CRAWL_ID: str | None = None
    DISTRIBUTED_KEY_TTL: PositiveCount | None = None
    DISTRIBUTED_WORKER_TTL: PositiveCount | None = None
    ALLOW_PRIVATE_HOSTS: Bool | None = None

    @field_validator("EVENTS_WATCH")
    @classmethod
    def _watch(cls, value):
        from coffee_scraper.events_notify import Watch

        Watch.parse(value)  # its ValueError names the key (EVENTS_WATCH.kinds: ...)
        return value

    @model_validator(mode="after")
    def _distributed_needs_crawl_id(self):
        if self.DISTRIBUTED and not self.CRAWL_ID:
            raise ValueError("setting DISTRIBUTED=1 needs -s CRAWL_ID=... (the same for every worker of one crawl)")
        return self


_NUMBER_ERRORS = {"float_parsing", "float_type", "int_parsing", "int_type", "int_from_float", "finite_number"}


def _message(error: dict, values: dict) -> str:
    loc = [str(p) for p in error["loc"] if not str(p).startswith(("constrained-", "function-"))]
    name = ".".join(loc)
    raw = values.get(name) if len(loc) == 1 else error.get("input")
    kind, ctx = error["type"], error.get("ctx") or {}
    where = f"setting {name}={raw!r}"
    if kind == "value_error":
        text = str(ctx.get("error", error["msg"]))
        # A rule's own message names the setting already (EVENTS_WATCH.kinds: ..., setting DISTRIBUTED=1 ...).
        return text if not name or text.startswith((name, "setting ")) else f"setting {name}: {text}"
    if kind in _NUMBER_ERRORS:
        return f"{where} is not a {'whole ' if kind.startswith('int') else ''}number"
    if kind == "greater_than":
        return f"{where} must be positive" if ctx.get("gt") == 0 else f"{where} must be more than {ctx.get('gt')}"
    if kind == "greater_than_equal":
        return f"{where} must be zero or more" if ctx.get("ge") == 0 else f"{where} must be {ctx.get('ge')} or more"
    if kind == "less_than_equal":
        return f"{where} must be at most {ctx.get('le')}"
    if kind == "literal_error":
        return f"{where} must be one of {ctx.get('expected', '').replace(' or ', ', ').replace(chr(39), '')}"
    if kind in ("bool_parsing", "bool_type"):
        return f"{where} is not a boolean (use 1/0 or true/false)"
    return f"{where}: {error['msg']}"


def validate_settings(values: dict[str, Any]) -> ProjectSettings:
    """The model of VALUES; ConfigError with one line naming the first bad setting."""
    try:
        return ProjectSettings.model_validate(values)
    except ValidationError as exc:
        raise ConfigError(_message(exc.errors()[0], values)) from None


def unknown_setting(name: str, known: set[str]) -> str | None:
    """A message when NAME looks like one of ours but is not a setting (a typo), else None."""
    if name in known or not name.startswith(OWN_PREFIXES):
        return None
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.75)
    return f"unknown setting {name}" + (f" (did you mean {close[0]}?)" if close else "")


def known_settings() -> set[str]:
    from coffee_scraper import settings as defaults

    return set(ProjectSettings.model_fields) | {k for k in vars(defaults) if k.isupper()}


def check_settings(settings) -> ProjectSettings:
    """Check the crawl's settings: types and bounds of every setting of ours, no unknown one given with -s."""
    from scrapy.settings import SETTINGS_PRIORITIES

    known = known_settings()
    for name in settings:
        if settings.getpriority(name) == SETTINGS_PRIORITIES["cmdline"]:
            problem = unknown_setting(name, known)
            if problem:
                raise ConfigError(problem)
    values = {name: settings.get(name) for name in ProjectSettings.model_fields if settings.get(name) is not None}
    return validate_settings(values)


# -- settings that come from the machine, applied when a command starts (never at import) ------------------
# setting -> environment variable. The environment beats settings.py; -s and per-spider settings beat it.
ENVIRONMENT = {
    "DATABASE_URL": "DATABASE_URL",
    "ROASTER_REGISTRY": "COFFEE_REGISTRY",
    "COFFEE_DATA_DIR": "COFFEE_DATA_DIR",
    "REDIS_URL": "REDIS_URL",
    "ALERT_WEBHOOK_URL": "ALERT_WEBHOOK_URL",
    "ALERT_SENTRY": "ALERT_SENTRY",
    "ALERT_EMAIL_TO": "ALERT_EMAIL_TO",
    "METRICS_MULTIPROC_DIR": "PROMETHEUS_MULTIPROC_DIR",
    "ALLOW_PRIVATE_HOSTS": "COFFEE_ALLOW_PRIVATE_HOSTS",
}
_BOOLEAN_ENVIRONMENT = ("ALERT_SENTRY", "ALLOW_PRIVATE_HOSTS")  # 1/true/yes
SYSTEM_CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


def apply_environment(settings, environ=None) -> None:
    import os

    from scrapy.settings import SETTINGS_PRIORITIES

    environ = os.environ if environ is None else environ
    for name, variable in ENVIRONMENT.items():
        value = environ.get(variable)
        if not value or (settings.getpriority(name) or 0) > SETTINGS_PRIORITIES["project"]:
            continue
        if name in _BOOLEAN_ENVIRONMENT:
            value = value.strip().lower() in ("1", "true", "yes")
        settings.set(name, value, priority="project")


def local_chromium(options: dict) -> dict:
    """Playwright launch OPTIONS with this machine's Chromium and, as root, --no-sandbox (Chromium refuses otherwise)."""
    import os

    options = dict(options)
    executable = os.environ.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE") or next(
        (p for p in SYSTEM_CHROMIUM if os.path.exists(p)), None)
    if executable and "executable_path" not in options:
        options["executable_path"] = executable  # else Playwright's own browser (playwright install)
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in options.get("args", []):
        options["args"] = ["--no-sandbox", *options.get("args", [])]
    return options


def project_settings():
    """The project's settings with the environment applied: what every CLI command starts from."""
    import os

    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "coffee_scraper.settings")
    settings = get_project_settings()
    apply_environment(settings)
    return settings


class RuntimeSettingsAddon:
    """Scrapy add-on: the environment (for crawls not started by our crawl command) and the local Chromium."""

    def update_settings(self, settings) -> None:
        apply_environment(settings)
        options = settings.get("PLAYWRIGHT_LAUNCH_OPTIONS")
        if options is not None:
            settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", local_chromium(options),
                         priority=settings.getpriority("PLAYWRIGHT_LAUNCH_OPTIONS"))
