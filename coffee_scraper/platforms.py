"""The platforms the crawler knows, derived from the spiders (Scrapy's SpiderLoader): no list of names.

A platform is one spider module. Its spider class (a Platform, through CoffeeSpider) declares what the
rest of the system needs:

- `name`: the platform's name (registry `platform:`, the item's `platform`, `scrapy crawl NAME`);
- `detect_evidence`: what `coffee-scraper detect` looks for, in order of confidence (Evidence below);
- `detect_priority`: where its evidence is tried among the platforms (specific platforms before the
  generic schema.org one);
- `registry_fields`: the registry keys its roasters may carry beyond the common ones (e.g. currency);
- `can_render`: whether it can render pages with JavaScript (`render: js`, `-a render=js`).

Adding a platform = its spider module, its fixture-shop module, its tests.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Callable

from scrapy.settings import BaseSettings, Settings
from scrapy.spiderloader import SpiderLoader

# Registry `platform:` value meaning "detect it" (coffee-scraper detect --registry).
AUTO = "auto"
# Evidence.path of evidence read on a few product pages found through the shop's sitemaps.
PRODUCT_PAGES = "<product pages>"


@dataclass(frozen=True)
class Evidence:
    """One thing that says a shop runs a platform.

    `test(response)` is called with the Scrapy Response of `path` (relative to the shop's base URL;
    "/" is the home page, PRODUCT_PAGES a few product pages from its sitemaps). When it is true, `says`
    is reported; `conclusive` evidence settles the platform, the rest is only reported. `renderable`:
    when the static page fails the test but loads data with scripts, it is rendered in Chromium and
    tested again (a match then means `render: js`).
    """

    says: str
    test: Callable[[Any], bool]
    path: str = "/"
    conclusive: bool = True
    renderable: bool = False


class Platform:
    """What a platform spider declares about its platform (CoffeeSpider is one; its defaults are here).

    The plug-in interface lives in this low module so that the registry can ask which platforms exist
    without importing the spiders: they are found by SpiderLoader at run time and import this module.
    """

    name: str
    # How `detect` recognises the platform: Evidence in order of confidence.
    detect_evidence: tuple[Evidence, ...] = ()
    # Specific platforms' evidence is tried first; the generic schema.org one last.
    detect_priority: int = 50
    # Registry keys this platform's roasters may carry beyond the common ones. Every spider takes
    # the feed's currency from the registry (or -a currency) when the feed does not state it.
    registry_fields: tuple[str, ...] = ("currency",)
    # Whether it can render pages with JavaScript (registry `render: js`, `-a render=js`).
    can_render: bool = False


def marker(pattern: str, says: str, **kwargs) -> Evidence:
    """Evidence: the page's HTML matches a regular expression (case-insensitive)."""
    regex = re.compile(pattern, re.I)
    return Evidence(says, lambda response: bool(regex.search(_text(response))), **kwargs)


def header(name: str, pattern: str, says: str, **kwargs) -> Evidence:
    """Evidence: a response header of the page matches a regular expression (case-insensitive)."""
    regex = re.compile(pattern, re.I)

    def test(response) -> bool:
        values = response.headers.getlist(name) if response.headers else []
        return any(regex.search(v.decode("latin-1")) for v in values)

    return Evidence(says, test, **kwargs)


def json_answer(path: str, says: str, shape: Callable[[Any], bool], **kwargs) -> Evidence:
    """Evidence: a well-known endpoint answers 200 with JSON of the expected shape."""

    def test(response) -> bool:
        if response.status != 200:
            return False
        try:
            return bool(shape(json.loads(response.body)))
        except ValueError:
            return False

    return Evidence(says, test, path=path, **kwargs)


def _text(response) -> str:
    return response.text if hasattr(response, "text") else ""


def _settings(settings: BaseSettings | None) -> BaseSettings:
    if settings is not None:
        return settings
    project = Settings()
    project.setmodule("coffee_scraper.settings", priority="project")
    return project


def platform_spiders(settings: BaseSettings | None = None) -> dict[str, type]:
    """Platform name -> spider class, every platform spider SpiderLoader finds, in detect order."""
    loader = SpiderLoader.from_settings(_settings(settings))
    spiders = [loader.load(name) for name in loader.list()]
    spiders = [s for s in spiders if issubclass(s, Platform)]
    return {s.name: s for s in sorted(spiders, key=lambda s: (s.detect_priority, s.name))}


def platform_names(settings: BaseSettings | None = None) -> tuple[str, ...]:
    """The platform names, in detect order (without `auto`)."""
    return tuple(platform_spiders(settings))
