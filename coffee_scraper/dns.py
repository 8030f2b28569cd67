"""DNS resolver that answers `localhost` and `*.localhost` with loopback (RFC 6761 §6.3).

The fixture and demo shops are virtual hosts `SLUG.localhost` on one loopback server; glibc here
does not resolve `*.localhost`, Chromium does, so the crawler follows the RFC like Chromium.
"""
from __future__ import annotations

from twisted.internet import defer

from scrapy.resolver import CachingThreadedResolver


def is_localhost(name: str) -> bool:
    name = name.rstrip(".").lower()
    return name == "localhost" or name.endswith(".localhost")


class LocalhostAwareResolver(CachingThreadedResolver):
    def getHostByName(self, name, timeout=()):
        if is_localhost(name):
            return defer.succeed("127.0.0.1")
        return super().getHostByName(name, timeout)
