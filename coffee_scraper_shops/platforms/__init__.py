"""Fixture-shop platforms, one module each in this package; each registers itself by defining FIXTURES.

A module's FIXTURES is a tuple of FixturePlatform: the `Shop.platform` name it serves, its route
(the shop's answers, in the platform's real response shapes), the registry entry that crawls it, its
demo shops. Nothing lists the modules: they are found by walking this package, as Scrapy's
SpiderLoader finds spiders.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Callable


@dataclass(frozen=True)
class FixturePlatform:
    name: str  # Shop.platform
    # (shop, products, method, path, params, base, www) -> Reply, or None for a 404
    route: Callable[..., Any]
    # The registry entry's platform fields that crawl it: {"platform": "jsonld", "render": "js"}
    registry: dict[str, Any] = field(default_factory=dict)
    demo: Callable[[], list] = lambda: []  # the demo shops of this platform
    prepare: Callable[[Any], None] | None = None  # completes a Shop's data (e.g. WooCommerce variations)


@cache
def fixture_platforms() -> dict[str, FixturePlatform]:
    """Shop.platform name -> FixturePlatform, from every module of this package."""
    found: dict[str, FixturePlatform] = {}
    for module in sorted(pkgutil.iter_modules(__path__, __name__ + "."), key=lambda m: m.name):
        for platform in getattr(importlib.import_module(module.name), "FIXTURES", ()):
            if platform.name in found:
                raise ValueError(f"fixture platform {platform.name!r} defined twice ({module.name})")
            found[platform.name] = platform
    return found
