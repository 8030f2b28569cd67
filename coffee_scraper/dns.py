"""DNS for the crawler: `*.localhost` is loopback (RFC 6761 §6.3); private addresses only when allowed.

The fixture and demo shops are virtual hosts `SLUG.localhost` on one loopback server; glibc here
does not resolve `*.localhost`, Chromium does, so the crawler follows the RFC like Chromium.

A shop is untrusted: a registry URL, a redirect or a sitemap entry must not make the crawler fetch
the operator's own network (loopback, private ranges, link-local 169.254.x where cloud metadata
answers). Those are refused unless the ALLOW_PRIVATE_HOSTS setting is on (tests and the demo,
which crawl shops on 127.0.0.1, set it explicitly).
"""
from __future__ import annotations

import ipaddress

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

# Cloud metadata services answer on link-local addresses and on these names.
METADATA_NAMES = {"metadata", "metadata.google.internal", "instance-data", "instance-data.ec2.internal"}


def is_localhost(name: str) -> bool:
    name = name.rstrip(".").lower()
    return name == "localhost" or name.endswith(".localhost")


def address_problem(address: str) -> str | None:
    """Why an IP address is not a public one (None when it is, or is not an IP address)."""
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return None
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address (where cloud metadata answers)"
    if ip.is_private:
        return "a private address"
    if ip.is_unspecified or ip.is_reserved or ip.is_multicast:
        return "a reserved address"
    return None


def host_problem(host: str) -> str | None:
    """Why a URL's host is not a public shop host, judged without resolving it (None: no objection)."""
    host = host.strip("[]").rstrip(".").lower()
    if is_localhost(host):
        return "a loopback name"
    if host in METADATA_NAMES or host.endswith(".internal"):
        return "a cloud-internal name"
    return address_problem(host)


class LocalhostAwareResolver(CachingThreadedResolver):
    allow_private = False

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_private = crawler.settings.getbool("ALLOW_PRIVATE_HOSTS")
        return resolver

    def getHostByName(self, name, timeout=()):
        if is_localhost(name):
            if not self.allow_private:
                return defer.fail(DNSLookupError(f"{name} is loopback; refused (setting ALLOW_PRIVATE_HOSTS is off)"))
            return defer.succeed("127.0.0.1")
        d = super().getHostByName(name, timeout)
        if not self.allow_private:
            d.addCallback(self._refuse_private, name)
        return d

    @staticmethod
    def _refuse_private(address: str, name: str) -> str:
        problem = address_problem(address)
        if problem:
            raise DNSLookupError(f"{name} resolves to {address}, {problem}; refused (setting ALLOW_PRIVATE_HOSTS is off)")
        return address
