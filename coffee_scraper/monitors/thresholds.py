"""Monitor thresholds: crawl settings with defaults, overridable per roaster by the registry `monitoring:` mapping."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, fields, replace
from typing import Any

logger = logging.getLogger("coffee_scraper.monitor")

# Share of a roaster's valid items that must carry each field (variant fields: share of variants).
DEFAULT_FIELD_COVERAGE = {
    "origin_countries": 0.5,
    "process": 0.3,
    "roast_level": 0.3,
    "weight_grams": 0.8,
    "price": 0.95,
}

# registry `monitoring:` key -> (Thresholds attribute, crawl setting)
REGISTRY_KEYS = {
    "item_drop_threshold": ("item_drop", "ITEM_DROP_THRESHOLD"),
    "fetch_failure_max": ("fetch_failure_max", "MONITOR_FETCH_FAILURE_MAX"),
    "invalid_artifacts_max": ("invalid_artifacts_max", "MONITOR_INVALID_ARTIFACTS_MAX"),
    "review_flagged_max": ("review_flagged_max", "MONITOR_REVIEW_FLAGGED_MAX"),
    "price_delta_alert_threshold": ("price_delta", "PRICE_DELTA_ALERT_THRESHOLD"),
    "price_spike_max_share": ("price_spike_max_share", "MONITOR_PRICE_SPIKE_MAX_SHARE"),
    "max_retries": ("max_retries", "MONITOR_MAX_RETRIES"),
    "max_errors": ("max_errors", "MONITOR_MAX_ERRORS"),
    "min_sample": ("min_sample", "MONITOR_MIN_SAMPLE"),
    "field_coverage": ("field_coverage", "MONITOR_FIELD_COVERAGE"),
    "muted": ("muted", None),
}


@dataclass(frozen=True)
class Thresholds:
    """Limits one roaster's run is checked against (fractions are 0..1)."""

    item_drop: float = 0.5  # fail when valid items fell by more than this vs the last healthy run
    fetch_failure_max: float = 0.05
    invalid_artifacts_max: float = 0.03
    review_flagged_max: float = 0.05
    price_delta: float = 0.10  # a variant "moved" when its price changed by more than this
    price_spike_max_share: float = 0.20  # fail when more than this share of variants moved
    max_retries: int = 50
    max_errors: int = 10
    # Rates over fewer observations than this are not judged: 1 invalid product of 4 is not a trend.
    min_sample: int = 10
    field_coverage: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_FIELD_COVERAGE))
    muted: bool = False  # a roaster under maintenance: checked and stored, never alerted

    @classmethod
    def from_settings(cls, settings) -> "Thresholds":
        base = cls()
        values: dict[str, Any] = {}
        for _key, (attr, setting) in REGISTRY_KEYS.items():
            if setting is None or settings.get(setting) is None:
                continue
            values[attr] = _coerce(attr, settings.get(setting), getattr(base, attr), f"setting {setting}")
        return replace(base, **{k: v for k, v in values.items() if v is not None})

    def for_roaster(self, roaster) -> "Thresholds":
        """Apply the roaster's registry `monitoring:` overrides; bad values are logged and ignored."""
        overrides = getattr(roaster, "monitoring", None)
        if overrides is None:  # until the registry validates the key, tolerate it under settings
            overrides = (getattr(roaster, "settings", None) or {}).get("monitoring")
        if not overrides:
            return self
        slug = getattr(roaster, "slug", "?")
        if not isinstance(overrides, dict):
            logger.warning("roaster=%s url=%s registry field monitoring: expected a mapping, ignored",
                           slug, getattr(roaster, "url", "?"))
            return self
        values = {}
        for key, value in overrides.items():
            if key not in REGISTRY_KEYS:
                logger.warning("roaster=%s url=%s registry field monitoring.%s: unknown key, ignored "
                               "(known: %s)", slug, getattr(roaster, "url", "?"), key, ", ".join(REGISTRY_KEYS))
                continue
            attr = REGISTRY_KEYS[key][0]
            coerced = _coerce(attr, value, getattr(self, attr), f"roaster={slug} registry field monitoring.{key}")
            if coerced is not None:
                values[attr] = coerced
        if "field_coverage" in values:  # a partial mapping overrides only the fields it names
            values["field_coverage"] = {**self.field_coverage, **values["field_coverage"]}
        return replace(self, **values)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _coerce(attr: str, value: Any, default: Any, where: str):
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if isinstance(default, dict):
            if isinstance(value, str):
                import json

                value = json.loads(value)
            return {str(k): float(v) for k, v in dict(value).items()}
        if isinstance(default, int):
            return int(value)
        return float(value)
    except (TypeError, ValueError) as exc:
        logger.warning("%s: %r is not a valid %s (%s); using %r", where, value, type(default).__name__, exc, default)
        return None
