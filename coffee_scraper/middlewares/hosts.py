"""Reach: no request to private/loopback/metadata hosts (unless allowed); a redirect off the roaster's hosts is an incident.

Registry URLs are checked at start-up and DNS answers at resolution (coffee_scraper.dns); an IP
literal in a redirect never reaches the resolver, so it is checked here. A feed that ends up on
another host than the roaster's own (its www./apex twin and registry `allowed_hosts`) is still
parsed, but never silently: a warning incident names both hosts on the roaster's run.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest

from coffee_scraper.context import CrawlContext
from coffee_scraper.dns import host_problem


class OwnHostsMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.allow_private = crawler.settings.getbool("ALLOW_PRIVATE_HOSTS")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _roaster(self, request):
        context = CrawlContext.of(self.crawler)
        return context, context.roaster(request.meta.get("roaster"))

    def process_request(self, request):
        if self.allow_private:
            return None
        host = urlsplit(request.url).hostname or ""
        problem = host_problem(host)
        if problem:
            context, roaster = self._roaster(request)
            if roaster is not None:
                context.record_incident(roaster.slug, "private_host", request.url,
                                       f"{host} is {problem}; not requested (setting ALLOW_PRIVATE_HOSTS is off)")
            raise IgnoreRequest(f"{request.url}: {host} is {problem}")
        return None

    def process_response(self, request, response):
        redirected = request.meta.get("redirect_urls")
        if not redirected:
            return response
        context, roaster = self._roaster(request)
        host = urlsplit(response.url).hostname or ""
        if roaster is not None and host not in roaster.hosts:
            context.record_incident(roaster.slug, "foreign_redirect", redirected[0],
                                   f"redirected to another host ({host}, not {roaster.host}): what it serves is "
                                   f"stored under {roaster.slug}; add the host to the registry's allowed_hosts if it "
                                   "is the roaster's own")
        return response
