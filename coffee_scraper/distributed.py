"""Distributed crawls: several `scrapy crawl` processes share one Redis request queue and dupefilter.

Enable with `-s DISTRIBUTED=1 -s CRAWL_ID=<id shared by every worker> [-s REDIS_URL=redis://...]`
(DistributedAddon must be in ADDONS). Only scrapy-redis's Scheduler and RFPDupeFilter are used,
with our ordinary spiders: scrapy-redis 0.9.1's RedisSpider relies on start_requests(), which
Scrapy 2.19 no longer calls. Every worker runs the spider's start(); the shared dupefilter drops
the entry requests another worker already queued, so each URL is fetched once per crawl.

Keys live under `coffee:<CRAWL_ID>:` so crawls never mix. The queue is persisted across worker
exits (a worker that finishes early must not flush what others still need) and expires
DISTRIBUTED_KEY_TTL seconds after the last worker leaves; a crawl id is therefore single-use
(reusing one within the TTL fetches nothing: every URL is already "seen").
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import socket
import uuid

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from twisted.internet import task

from coffee_scraper.redact import redact
from coffee_scraper.registry import RegistryError

logger = logging.getLogger("coffee_scraper.distributed")

KEY_PREFIX = "coffee:{crawl_id}"
_CRAWL_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$")
HEARTBEAT_SECONDS = 5.0


def redis_settings(crawl_id: str, redis_url: str) -> dict:
    """The settings bundle that turns an ordinary crawl into one worker of crawl CRAWL_ID."""
    prefix = KEY_PREFIX.format(crawl_id=crawl_id)
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": prefix + ":%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": prefix + ":%(spider)s:dupefilter",
        # A worker that runs out of work early must not flush the queue the others still use.
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": redis_url,
        # Runs are shared per crawl (coffee_scraper.storage.runs); JOB_ID names them.
        "JOB_ID": crawl_id,
        # Read by CircuitBreakerMiddleware (see README, Distributed crawls): one breaker per domain
        # for all workers.
        "CIRCUIT_STATE_STORE": "coffee_scraper.distributed.RedisCircuitStateStore",
        # Read by DomainRateLimitMiddleware: per-domain rate limits and Retry-After for all workers.
        "RATE_LIMIT_STORE": "coffee_scraper.distributed.RedisRateLimitStore",
    }


class DistributedConfigError(RegistryError):
    """Distributed mode is misconfigured (`scrapy crawl` reports it as one line, exit 2)."""


def check_crawl_id(crawl_id: str | None) -> str:
    if not crawl_id:
        raise DistributedConfigError(
            "DISTRIBUTED=1 needs -s CRAWL_ID=ID, the same for every worker of one crawl "
            "(e.g. CRAWL_ID=jsonld-$(date +%Y%m%d))"
        )
    if not _CRAWL_ID_RE.match(crawl_id):
        raise DistributedConfigError(f"CRAWL_ID {crawl_id!r}: use letters, digits, '-', '_', '.', ':' (max 128)")
    return crawl_id


class DistributedAddon:
    """ADDONS entry: with DISTRIBUTED=1 applies redis_settings() and the worker coordinator."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls()

    def update_settings(self, settings):
        if not settings.getbool("DISTRIBUTED", False):
            return
        # An error, not NotConfigured: Scrapy only logs an addon's NotConfigured, and a worker
        # without a crawl id must not quietly run a private, non-shared crawl.
        crawl_id = check_crawl_id(settings.get("CRAWL_ID"))
        redis_url = settings.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
        for name, value in redis_settings(crawl_id, redis_url).items():
            if name == "JOB_ID" and settings.get("JOB_ID"):
                continue
            settings.set(name, value, priority="addon")
        settings["EXTENSIONS"]["coffee_scraper.distributed.CrawlCoordinator"] = 100


class CrawlCoordinator:
    """Keeps a worker alive while other workers of its crawl are busy, and cleans up at the end.

    A worker whose downloader and the shared queue are both empty is idle, but another worker may
    be parsing a sitemap that will queue a thousand pages a moment later. Each worker publishes
    busy/idle in a Redis hash plus a heartbeat key with a TTL (a killed worker stops counting after
    DISTRIBUTED_WORKER_TTL seconds); an idle worker closes only when no live worker is busy.
    """

    def __init__(self, crawler):
        import redis

        settings = crawler.settings
        self.crawler = crawler
        self.crawl_id = check_crawl_id(settings.get("CRAWL_ID"))
        self.redis_url = settings.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
        self.redis = redis.Redis.from_url(self.redis_url, socket_timeout=30, decode_responses=True)
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.prefix = KEY_PREFIX.format(crawl_id=self.crawl_id)
        self.key_ttl = settings.getint("DISTRIBUTED_KEY_TTL", 7 * 24 * 3600)
        self.worker_ttl = settings.getint("DISTRIBUTED_WORKER_TTL", 30)
        self.state = None
        self.heartbeat = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.request_reached_downloader, signal=signals.request_reached_downloader)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("DISTRIBUTED", False):
            raise NotConfigured
        return cls(crawler)

    @property
    def workers_key(self) -> str:
        return f"{self.prefix}:workers"

    @property
    def fetched_key(self) -> str:
        return f"{self.prefix}:fetched"

    def alive_key(self, worker: str) -> str:
        return f"{self.prefix}:alive:{worker}"

    def spider_opened(self, spider):
        # An idle worker looks at the shared queue on the engine's heartbeat, every 5 s by default:
        # while a peer parses a feed page, the next page it queues would wait up to 5 s for this
        # worker (scale-out benchmark). Scrapy has no setting for it; the instance attribute is read
        # when the engine starts processing, right after spider_opened.
        self.crawler.engine._SLOT_HEARTBEAT_INTERVAL = self.crawler.settings.getfloat("DISTRIBUTED_IDLE_POLL", 0.5)
        self.redis.ping()
        logger.info("distributed crawl %s: worker %s on %s", self.crawl_id, self.worker,
                    redact(self.redis_url))
        self._set_state("busy")
        self.crawler.stats.set_value("coffee/distributed/worker", self.worker)
        self.crawler.stats.set_value("coffee/distributed/crawl_id", self.crawl_id)
        self.heartbeat = task.LoopingCall(self._beat)
        self.heartbeat.start(HEARTBEAT_SECONDS, now=True)

    def _beat(self):
        try:
            self.redis.set(self.alive_key(self.worker), "1", ex=self.worker_ttl)
        except Exception as exc:  # a Redis blip must not kill the worker; the scheduler will say more
            logger.warning("distributed crawl %s: heartbeat failed: %s", self.crawl_id, type(exc).__name__)

    def _set_state(self, state: str):
        if state != self.state:
            self.state = state
            with self.redis.pipeline() as pipe:
                pipe.hset(self.workers_key, self.worker, state)
                pipe.set(self.alive_key(self.worker), "1", ex=self.worker_ttl)
                pipe.execute()

    def request_reached_downloader(self, request, spider):
        if self.state != "busy":
            self._set_state("busy")
        # Per-worker request counts: `redis-cli HGETALL coffee:<CRAWL_ID>:fetched` shows the split.
        self.redis.hincrby(self.fetched_key, self.worker, 1)

    def busy_peers(self) -> list[str]:
        states = self.redis.hgetall(self.workers_key)
        peers = [w for w, s in states.items() if w != self.worker and s == "busy"]
        if not peers:
            return []
        alive = self.redis.mget([self.alive_key(w) for w in peers])
        return [w for w, a in zip(peers, alive) if a]

    def spider_idle(self, spider):
        self._set_state("idle")
        peers = self.busy_peers()
        if peers:
            self.crawler.stats.inc_value("coffee/distributed/idle_waits")
            logger.debug("idle, but %d other worker(s) of crawl %s are busy: waiting", len(peers), self.crawl_id)
            raise DontCloseSpider

    def spider_closed(self, spider, reason):
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        with self.redis.pipeline() as pipe:
            pipe.hdel(self.workers_key, self.worker)
            pipe.delete(self.alive_key(self.worker))
            pipe.execute()
        if not self.redis.hlen(self.workers_key):
            # The last worker out: the queue and dupefilter expire instead of living forever.
            for key in self.redis.scan_iter(match=f"{self.prefix}:*", count=1000):
                self.redis.expire(key, self.key_ttl)
        fetched = self.crawler.stats.get_value("downloader/response_count", 0)
        logger.info("distributed crawl %s: worker %s done (%s responses, reason %s)",
                    self.crawl_id, self.worker, fetched, reason)


def store_arguments(settings) -> tuple:
    """(Redis client, crawl id, key TTL): what every per-crawl Redis store is built from."""
    import redis

    client = redis.Redis.from_url(settings.get("REDIS_URL") or "redis://127.0.0.1:6379/0",
                                  socket_timeout=30, decode_responses=True)
    return client, check_crawl_id(settings.get("CRAWL_ID")), settings.getint("DISTRIBUTED_KEY_TTL", 7 * 24 * 3600)


class RedisCircuitStateStore:
    """CircuitStateStore (coffee_scraper.middlewares.circuit) in Redis: one breaker per domain per crawl.

    One key per domain (`coffee:<CRAWL_ID>:circuit:<domain>`, JSON of CircuitState); `update` is a
    WATCH/MULTI transaction, retried on conflict, so two workers can never both take the half-open
    probe. `opened_at` is wall-clock time, comparable across hosts. Keys expire with the crawl.
    """

    def __init__(self, client, crawl_id: str, ttl: int = 7 * 24 * 3600):
        self.redis = client
        self.prefix = KEY_PREFIX.format(crawl_id=crawl_id) + ":circuit:"
        self.ttl = ttl

    @classmethod
    def from_crawler(cls, crawler):
        return cls(*store_arguments(crawler.settings))

    @staticmethod
    def _decode(raw):
        from coffee_scraper.middlewares.breaker import CircuitState

        return CircuitState(**json.loads(raw)) if raw else CircuitState()

    def get(self, domain: str):
        return self._decode(self.redis.get(self.prefix + domain))

    def update(self, domain: str, change):
        import redis

        key = self.prefix + domain
        with self.redis.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    old = self._decode(pipe.get(key))
                    new = change(old)
                    if new == old:
                        pipe.unwatch()
                        return old, new
                    pipe.multi()
                    pipe.set(key, json.dumps(dataclasses.asdict(new)), ex=self.ttl)
                    pipe.execute()
                    return old, new
                except redis.WatchError:
                    continue  # another worker changed this domain's breaker first: decide again

    def items(self):
        keys = list(self.redis.scan_iter(match=self.prefix + "*", count=1000))
        values = self.redis.mget(keys) if keys else []
        return iter([(k[len(self.prefix):], self._decode(v)) for k, v in zip(keys, values) if v])


# KEYS: one bucket hash per limit, then the domain's Retry-After deadline. ARGV: key TTL, then
# capacity and window (seconds) per bucket. Redis's own clock, so workers on skewed hosts agree.
# Returns the seconds until this request's token exists and any Retry-After has passed (a string:
# Lua numbers become integers in Redis replies).
_TAKE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local ttl = tonumber(ARGV[1])
local wait = 0
for i = 1, #KEYS - 1 do
  local capacity = tonumber(ARGV[2 * i])
  local interval = tonumber(ARGV[2 * i + 1]) / capacity
  local state = redis.call('HMGET', KEYS[i], 'tokens', 'stamp')
  local tokens = tonumber(state[1]) or capacity
  local stamp = tonumber(state[2]) or now
  tokens = math.min(capacity, tokens + (now - stamp) / interval) - 1
  redis.call('HSET', KEYS[i], 'tokens', tostring(tokens), 'stamp', tostring(now))
  redis.call('EXPIRE', KEYS[i], ttl)
  if tokens < 0 then wait = math.max(wait, -tokens * interval) end
end
local deadline = tonumber(redis.call('GET', KEYS[#KEYS]) or '0')
return tostring(math.max(wait, deadline - now))
"""

# KEYS: the domain's Retry-After deadline. ARGV: seconds from now, key TTL. Only ever moves later.
_DEFER_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local deadline = now + tonumber(ARGV[1])
local old = tonumber(redis.call('GET', KEYS[1]) or '0')
if deadline > old then redis.call('SET', KEYS[1], tostring(deadline), 'EX', ARGV[2]) end
return tostring(math.max(deadline, old) - now)
"""


class RedisRateLimitStore:
    """Per-domain token buckets and Retry-After deadlines of one crawl, shared by its workers.

    Read by DomainRateLimitMiddleware (RATE_LIMIT_STORE). Keys `coffee:<CRAWL_ID>:ratelimit:<domain>:<window>`
    (hash of tokens and refill stamp) and `...:<domain>:retry_after` (Redis time before which no worker
    sends); each update is one Lua script, so concurrent workers never both spend the last token.
    """

    def __init__(self, client, crawl_id: str, ttl: int = 7 * 24 * 3600):
        self.prefix = KEY_PREFIX.format(crawl_id=crawl_id) + ":ratelimit:"
        self.ttl = ttl
        self._take = client.register_script(_TAKE_LUA)
        self._defer = client.register_script(_DEFER_LUA)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(*store_arguments(crawler.settings))

    def take(self, domain: str, limits: list[tuple[int, float]]) -> float:
        """Take one token from each (capacity, window) bucket; seconds until the request may leave."""
        keys = [f"{self.prefix}{domain}:{int(window)}" for _, window in limits]
        args = [self.ttl]
        for capacity, window in limits:
            args += [capacity, window]
        return float(self._take(keys=[*keys, f"{self.prefix}{domain}:retry_after"], args=args))

    def defer(self, domain: str, seconds: float) -> float:
        """No worker sends to `domain` for `seconds` (a later deadline already set wins)."""
        return float(self._defer(keys=[f"{self.prefix}{domain}:retry_after"], args=[seconds, self.ttl]))
