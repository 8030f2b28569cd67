"""The roaster registry: which shops exist, their platform and per-roaster settings (YAML)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import pycountry
import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    create_model,
    field_validator,
    model_validator,
)


_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


class RegistryError(ValueError):
    """A registry entry or a spider argument is wrong; the message names the field."""


@dataclass(frozen=True)
class Roaster:
    slug: str
    name: str
    url: str  # base URL, scheme and host (and port), no trailing slash
    platform: str
    currency: str | None = None
    render: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    active: bool = True
    monitoring: dict[str, Any] = field(default_factory=dict)  # per-roaster monitor thresholds
    # Hosts beyond its own (and their www./apex twin) whose URLs its sitemaps may name (a CDN).
    allowed_hosts: tuple[str, ...] = ()

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def hosts(self) -> set[str]:
        """The hosts this roaster's pages may be fetched from: its own, its www./apex twin, allowed_hosts."""
        from coffee_scraper.sitemaps import twin_hosts

        return twin_hosts(self.host).union(*(twin_hosts(h) for h in self.allowed_hosts))


def normalize_base_url(url: str, *, what: str = "url") -> str:
    """Validate a shop URL and return `scheme://host[:port]`; raises RegistryError naming `what`."""
    if not isinstance(url, str) or not url.strip():
        raise RegistryError(f"{what}: a shop URL is required, e.g. https://shop.example.com")
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise RegistryError(f"{what}: {url!r} is not an http(s) URL")
    try:
        port = parts.port
    except ValueError:
        raise RegistryError(f"{what}: {url!r} has an invalid port") from None
    host = parts.hostname
    if not host or not re.fullmatch(r"[a-z0-9.-]+", host) or ".." in host or host.startswith((".", "-")):
        raise RegistryError(f"{what}: {url!r} has no valid host name")
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


def slug_from_host(host: str) -> str:
    """Derive a roaster slug from a host: www.onyxcoffeelab.com -> onyxcoffeelab."""
    labels = [lbl for lbl in host.lower().split(".") if lbl]
    if labels and labels[0] == "www":
        labels = labels[1:]
    if labels and labels[-1] == "localhost":
        labels = labels[:-1]
    # Drop the public suffix: com, co.uk, com.au (short trailing labels) while a name remains.
    while len(labels) > 1 and len(labels[-1]) <= 3:
        labels = labels[:-1]
    slug = re.sub(r"[^a-z0-9-]+", "-", "-".join(labels)).strip("-")
    return slug[:63] or "shop"


def _check_currency(value: Any, where: str) -> str | None:
    if value is None:
        return None
    code = str(value).upper()
    if not pycountry.currencies.get(alpha_3=code):
        raise RegistryError(f"{where}: currency {value!r} is not an ISO 4217 code")
    return code


def currency_value(value: str | None) -> str | None:
    """A pydantic validator's view of _check_currency: the message without its field prefix."""
    try:
        return _check_currency(value, "currency")
    except RegistryError as exc:
        raise ValueError(str(exc).removeprefix("currency: ")) from None


def platform_fields(settings=None) -> dict[str, tuple[str, ...]]:
    """Platform name -> the registry keys its spider reads (beyond COMMON_KEYS), from the spiders."""
    from coffee_scraper.platforms import platform_spiders

    return {name: tuple(spider.registry_fields) + (("render",) if spider.can_render else ())
            for name, spider in platform_spiders(settings).items()}


# -- the declarative shape of an entry (pydantic); messages keep "file entry N (slug): field ..." ------
_Strict = ConfigDict(extra="forbid", strict=True)
NonNegFloat = Annotated[float, Field(ge=0)]
NonNegInt = Annotated[int, Field(ge=0)]
HostName = Annotated[str, Field(pattern=r"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$")]


class RoasterSettings(BaseModel):
    """Per-roaster settings a registry entry may override (anything else is a typo: fail at start)."""

    model_config = _Strict
    download_delay: NonNegFloat | None = None
    download_timeout: NonNegFloat | None = None
    concurrency: NonNegInt | None = None
    cookies: dict[str, Any] | None = None
    page_limit: NonNegInt | None = None
    requests_per_minute: NonNegInt | None = None  # 0 = unlimited (DOMAIN_RATE_LIMIT_PER_MINUTE otherwise)
    requests_per_hour: NonNegInt | None = None


ROASTER_SETTINGS = tuple(RoasterSettings.model_fields)


def _monitoring_model() -> type[BaseModel]:
    """Typed `monitoring:` overrides, one field per monitor threshold, typed as its default."""
    from coffee_scraper.monitors.thresholds import REGISTRY_KEYS, Thresholds

    defaults = Thresholds()
    fields_ = {}
    for key, (attr, _setting) in REGISTRY_KEYS.items():
        kind = type(getattr(defaults, attr))
        kind = dict[str, float] if kind is dict else kind
        fields_[key] = (kind | None, None)
    return create_model("MonitoringOverrides", __config__=_Strict, **fields_)


class RegistryEntry(BaseModel):
    """One roaster of the registry as written; platform-specific keys are checked against the spiders."""

    model_config = ConfigDict(extra="allow", strict=True)
    slug: str | None = None
    name: str | None = None
    url: str
    platform: str = "auto"
    currency: str | None = None
    render: Literal["js"] | None = None
    settings: RoasterSettings = RoasterSettings()
    active: bool = True
    monitoring: dict[str, Any] | None = None
    allowed_hosts: list[HostName] = []

    @field_validator("url")
    @classmethod
    def _base_url(cls, url: str) -> str:
        base = normalize_base_url(url, what="url")
        path = urlsplit(url if "://" in url else "https://" + url.strip()).path
        if path.strip("/"):
            # A path is a pasted page, or a shop living under a path; either way it must not be dropped silently.
            raise ValueError(f"{url!r} has a path ({path}); give the shop's base URL, e.g. {base}")
        return base

    @field_validator("slug")
    @classmethod
    def _slug(cls, slug: str | None) -> str | None:
        if slug is not None and not _SLUG_RE.match(slug):
            raise ValueError(f"slug {slug!r} must be lowercase letters, digits and dashes")
        return slug

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str | None) -> str | None:
        return currency_value(value)

    @field_validator("monitoring")
    @classmethod
    def _monitoring(cls, value: dict | None) -> dict | None:
        if value is None:
            return None
        return _monitoring_model().model_validate(value).model_dump(exclude_unset=True)

    @model_validator(mode="after")
    def _platform(self, info: ValidationInfo):
        platforms = (info.context or {})["platforms"]
        extra = set(self.model_extra or {})
        declared = {"currency", "render"} | set().union(*platforms.values())
        if self.platform != "auto" and self.platform not in platforms:
            raise ValueError(f"unknown platform {self.platform!r} (known: {', '.join([*platforms, 'auto'])})")
        unknown = extra - declared
        if unknown:
            raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}")
        if self.platform != "auto":
            given = (extra | {k for k in ("currency", "render") if getattr(self, k) is not None}) & declared
            unused = given - set(platforms[self.platform])
            if unused:
                raise ValueError(f"key(s) {', '.join(sorted(unused))} do not apply to platform {self.platform!r} "
                                 f"(its spider reads: {', '.join(platforms[self.platform]) or 'none'})")
        return self


def _error_message(err: dict) -> str:
    """One pydantic error as the registry has always said it: the field, then what is wrong."""
    loc = [str(x) for x in err["loc"]]
    field_ = ".".join(loc)
    if err["type"] == "extra_forbidden":
        if loc[0] == "settings":
            return f"unknown setting {loc[-1]!r} (known: {', '.join(ROASTER_SETTINGS)})"
        return f"unknown {loc[0]} key {loc[-1]!r}" if len(loc) > 1 else f"unknown key(s) {field_}"
    if err["type"] in ("greater_than_equal", "greater_than"):
        return f"{'setting ' if loc[0] == 'settings' else ''}{loc[-1]} must be a non-negative number, got {err['input']!r}"
    message = err["msg"].removeprefix("Value error, ")
    return f"{field_}: {message}" + ("" if err["type"] == "value_error" else f", got {err['input']!r}") \
        if field_ else message


def roaster_from_entry(entry: Any, where: str, platforms: dict[str, tuple[str, ...]] | None = None) -> Roaster:
    """Validate one registry entry (RegistryEntry) into a Roaster; raises RegistryError naming entry and field."""
    platforms = platform_fields() if platforms is None else platforms
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: each roaster must be a mapping with slug, name, url, platform")
    named = entry.get("slug") if isinstance(entry.get("slug"), str) else None
    try:
        e = RegistryEntry.model_validate(entry, context={"platforms": platforms})
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise RegistryError(f"{where}{f' ({named})' if named else ''}: {_error_message(first)}") from None
    slug = e.slug or slug_from_host(urlsplit(e.url).hostname or "")
    return Roaster(
        slug=slug,
        name=str(e.name or slug),
        url=e.url,
        platform=e.platform,
        currency=e.currency,
        render=e.render,
        settings=e.settings.model_dump(exclude_none=True),
        active=e.active,
        monitoring=e.monitoring or {},
        allowed_hosts=tuple(e.allowed_hosts),
    )


def load_registry(path: str | Path) -> list[Roaster]:
    """Load and validate the registry; every problem raises RegistryError naming file and entry.

    A crawl process reads the registry three times (its arguments' check, the spider's settings, the spider's
    roasters): the file is parsed and validated once per version of it (path, mtime, size) and of the platforms.
    """
    path = Path(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise RegistryError(f"roaster registry {path} does not exist (setting ROASTER_REGISTRY)") from None
    platforms = platform_fields()
    key = tuple(sorted(platforms.items()))
    return list(_validated_registry(str(path), stat.st_mtime_ns, stat.st_size, key))


@lru_cache(maxsize=8)
def _validated_registry(path: str, mtime_ns: int, size: int, platforms: tuple) -> tuple[Roaster, ...]:
    """load_registry's work for one version of the file; a RegistryError is raised again next time (not cached)."""
    path = Path(path)
    try:
        # libyaml's parser when PyYAML has it: a 300-roaster registry parses in 20 ms instead of 150 ms.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError:
        raise RegistryError(f"roaster registry {path} does not exist (setting ROASTER_REGISTRY)") from None
    except yaml.YAMLError as exc:
        raise RegistryError(f"roaster registry {path} is not valid YAML: {exc}") from None
    entries = (data or {}).get("roasters") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise RegistryError(f"roaster registry {path}: expected a list under 'roasters:'")
    fields_ = dict(platforms)
    roasters = [roaster_from_entry(e, f"{path.name} entry {i + 1}", fields_) for i, e in enumerate(entries)]
    seen: set[str] = set()
    for r in roasters:
        if r.slug in seen:
            raise RegistryError(f"roaster registry {path}: slug {r.slug!r} appears twice")
        seen.add(r.slug)
    return tuple(roasters)


def find_by_url(roasters: list[Roaster], url: str) -> Roaster | None:
    """The registry roaster serving this URL's host (ignoring a leading www.), if any."""
    host = (urlsplit(normalize_base_url(url)).hostname or "").removeprefix("www.")
    for r in roasters:
        if r.host.removeprefix("www.") == host:
            return r
    return None


def dump_registry(roasters: list[dict[str, Any]], path: str | Path) -> None:
    Path(path).write_text(yaml.safe_dump({"roasters": roasters}, sort_keys=False), encoding="utf-8")


def load_detected(path: str | Path) -> dict[str, dict]:
    """slug -> {platform, render} found by `coffee-scraper detect --registry` for `auto` roasters."""
    path = Path(path)
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    from coffee_scraper.platforms import platform_names

    known = platform_names()
    return {k: v for k, v in data.items() if isinstance(v, dict) and v.get("platform") in known}


def save_detected(path: str | Path, detected: dict[str, dict]) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(yaml.safe_dump(detected, sort_keys=True), encoding="utf-8")


def resolve_auto(roasters: list[Roaster], detected: dict[str, dict]) -> list[Roaster]:
    """`platform: auto` roasters take the platform (and render mode) detection found for them."""
    out = []
    for r in roasters:
        found = detected.get(r.slug) if r.platform == "auto" else None
        if found:
            r = Roaster(**{**r.__dict__, "platform": found["platform"], "render": r.render or found.get("render")})
        out.append(r)
    return out
