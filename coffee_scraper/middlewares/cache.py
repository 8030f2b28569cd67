"""HTTP cache policy: revalidate with ETag / Last-Modified, trust a cached response only HTTPCACHE_TTL."""
from scrapy.extensions.httpcache import RFC2616Policy


class RevalidatingPolicy(RFC2616Policy):
    """RFC 2616 caching whose freshness is capped at HTTPCACHE_TTL (default 0: always ask).

    Scrapy's policy guesses freshness from Last-Modified when a shop sends no Cache-Control,
    which for a price feed means serving stale prices without a request. Capping it keeps the
    cheap part (a 304 when nothing changed) and drops the guess.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.ttl = max(0.0, settings.getfloat("HTTPCACHE_TTL", 0.0))

    def _compute_freshness_lifetime(self, response, request, now):
        return min(self.ttl, super()._compute_freshness_lifetime(response, request, now))
