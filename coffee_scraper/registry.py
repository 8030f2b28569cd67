"""The roaster registry: which shops exist, their platform and per-roaster settings (YAML)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pycountry
import yaml

RENDER_MODES = (None, "js")
# Keys every entry may carry; a platform's spider declares the others it reads (registry_fields).
COMMON_KEYS = {"slug", "name", "url", "platform", "settings", "active", "monitoring", "allowed_hosts"}
_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
# Per-roaster settings a registry entry may override (anything else is a typo: fail at start).
ROASTER_SETTINGS = {
    "download_delay": float,
    "download_timeout": float,
    "concurrency": int,
    "cookies": dict,
    "page_limit": int,
    "requests_per_minute": int,  # 0 = unlimited (DOMAIN_RATE_LIMIT_PER_MINUTE otherwise)
    "requests_per_hour": int,
}


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


def _check_settings(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise RegistryError(f"{where}: settings must be a mapping")
    out = {}
    for key, val in value.items():
        kind = ROASTER_SETTINGS.get(key)
        if kind is None:
            raise RegistryError(f"{where}: unknown setting {key!r} (known: {', '.join(sorted(ROASTER_SETTINGS))})")
        if kind in (int, float):
            if isinstance(val, bool) or not isinstance(val, (int, float)) or val < 0:
                raise RegistryError(f"{where}: setting {key} must be a non-negative number, got {val!r}")
            val = kind(val)
        elif not isinstance(val, kind):
            raise RegistryError(f"{where}: setting {key} must be a {kind.__name__}")
        out[key] = val
    return out


def _check_monitoring(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    from coffee_scraper.monitors.thresholds import REGISTRY_KEYS

    if not isinstance(value, dict):
        raise RegistryError(f"{where}: monitoring must be a mapping")
    unknown = set(value) - set(REGISTRY_KEYS)
    if unknown:
        raise RegistryError(f"{where}: unknown monitoring key(s) {', '.join(sorted(unknown))} "
                            f"(known: {', '.join(sorted(REGISTRY_KEYS))})")
    return dict(value)


def platform_fields(settings=None) -> dict[str, tuple[str, ...]]:
    """Platform name -> the registry keys its spider reads (beyond COMMON_KEYS), from the spiders."""
    from coffee_scraper.platforms import platform_spiders

    return {name: tuple(spider.registry_fields) + (("render",) if spider.can_render else ())
            for name, spider in platform_spiders(settings).items()}


def roaster_from_entry(entry: Any, where: str, platforms: dict[str, tuple[str, ...]] | None = None) -> Roaster:
    from coffee_scraper.platforms import AUTO

    platforms = platform_fields() if platforms is None else platforms
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: each roaster must be a mapping with slug, name, url, platform")
    url = normalize_base_url(entry.get("url"), what=f"{where} url")
    slug = entry.get("slug") or slug_from_host(urlsplit(url).hostname or "")
    if not isinstance(slug, str) or not _SLUG_RE.match(slug):
        raise RegistryError(f"{where}: slug {slug!r} must be lowercase letters, digits and dashes")
    platform = entry.get("platform", AUTO)
    if platform != AUTO and platform not in platforms:
        raise RegistryError(f"{where} ({slug}): unknown platform {platform!r} "
                            f"(known: {', '.join([*platforms, AUTO])})")
    render = entry.get("render")
    if render not in RENDER_MODES:
        raise RegistryError(f"{where} ({slug}): render must be 'js' or absent, got {render!r}")
    any_platform = set().union(*platforms.values())
    unknown = set(entry) - COMMON_KEYS - any_platform
    if unknown:
        raise RegistryError(f"{where} ({slug}): unknown key(s) {', '.join(sorted(unknown))}")
    if platform != AUTO:
        unused = (set(entry) & any_platform) - set(platforms[platform])
        if unused:
            raise RegistryError(f"{where} ({slug}): key(s) {', '.join(sorted(unused))} do not apply to platform "
                                f"{platform!r} (its spider reads: {', '.join(platforms[platform]) or 'none'})")
    return Roaster(
        slug=slug,
        name=str(entry.get("name") or slug),
        url=url,
        platform=platform,
        currency=_check_currency(entry.get("currency"), f"{where} ({slug})"),
        render=render,
        settings=_check_settings(entry.get("settings"), f"{where} ({slug})"),
        active=bool(entry.get("active", True)),
        monitoring=_check_monitoring(entry.get("monitoring"), f"{where} ({slug})"),
        allowed_hosts=_check_hosts(entry.get("allowed_hosts"), f"{where} ({slug})"),
    )


def _check_hosts(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(h, str) and re.fullmatch(r"[a-z0-9.-]+", h) for h in value):
        raise RegistryError(f"{where}: allowed_hosts must be a list of lowercase host names, got {value!r}")
    return tuple(value)


def load_registry(path: str | Path) -> list[Roaster]:
    """Load and validate the registry; every problem raises RegistryError naming file and entry."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RegistryError(f"roaster registry {path} does not exist (setting ROASTER_REGISTRY)") from None
    except yaml.YAMLError as exc:
        raise RegistryError(f"roaster registry {path} is not valid YAML: {exc}") from None
    entries = (data or {}).get("roasters") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise RegistryError(f"roaster registry {path}: expected a list under 'roasters:'")
    platforms = platform_fields()
    roasters = [roaster_from_entry(e, f"{path.name} entry {i + 1}", platforms) for i, e in enumerate(entries)]
    seen: set[str] = set()
    for r in roasters:
        if r.slug in seen:
            raise RegistryError(f"roaster registry {path}: slug {r.slug!r} appears twice")
        seen.add(r.slug)
    return roasters


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
