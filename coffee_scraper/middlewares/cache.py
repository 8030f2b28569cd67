"""HTTP cache: revalidate with ETag / Last-Modified, trust a cached response only HTTPCACHE_TTL; cheap, bounded gzip."""
import concurrent.futures
import functools
import gzip
import logging
import pickle
import time
import zlib
from pathlib import Path

from scrapy.extensions import httpcache as scrapy_httpcache
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.utils.response import response_from_dict


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


logger = logging.getLogger(__name__)


class CachedFileTooLarge(ValueError):
    """A cached file decompresses to more than DOWNLOAD_MAXSIZE."""


class _Bounded:
    """A read-only file that refuses to return more than `limit` bytes in total (a gzip bomb stops here)."""

    def __init__(self, fh, limit: int):
        self.fh, self.limit, self.read_so_far = fh, limit, 0

    def _count(self, data: bytes) -> bytes:
        self.read_so_far += len(data)
        if self.read_so_far > self.limit:
            raise CachedFileTooLarge(f"{self.fh.name}: more than {self.limit} bytes once decompressed")
        return data

    def read(self, size: int = -1) -> bytes:
        room = self.limit - self.read_so_far + 1
        return self._count(self.fh.read(room if size is None or size < 0 else min(size, room)))

    def readline(self, size: int = -1) -> bytes:
        room = self.limit - self.read_so_far + 1
        return self._count(self.fh.readline(room if size is None or size < 0 else min(size, room)))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.fh.close()


class FilesystemCacheStorage(scrapy_httpcache.FilesystemCacheStorage):
    """Scrapy's filesystem cache, one file per response, gzipped at HTTPCACHE_GZIP_LEVEL, read bounded.

    Scrapy's storage writes seven gzip files (and a directory) per response; on a busy disk creating
    them cost more than the crawl itself (fleet benchmark: ~12 ms per file), and gzip.open's level 9
    costs 15 ms per 250-product feed page against 3 ms at level 1. Here one file,
    <HTTPCACHE_DIR>/<spider>/<fp[:2]>/<fp>.pickle, holds Scrapy's own response.to_dict() (as its
    DbmCacheStorage does) and the time it was stored. Entries in Scrapy's layout are still read.
    A cached entry is decompressed no further than DOWNLOAD_MAXSIZE bytes (what the network would
    have allowed, plus room for the headers); past it the page is a cache miss and is fetched again.
    Compressing and writing an entry happen on one writer thread of this storage (zlib and file writes release
    the GIL): a 250-product feed page cost the reactor ~4 ms there, 15 us per product. A read of an entry still
    being written waits for it; close_spider waits for them all. A write that fails is a warning (a later
    crawl misses that entry), not a failed page.
    """

    HEADROOM = 1024 * 1024  # the entry's url, headers and pickling around a body of DOWNLOAD_MAXSIZE
    MAX_PENDING = 64  # entries waiting for the writer thread (each up to DOWNLOAD_MAXSIZE) before store waits

    def __init__(self, settings):
        if not settings.get("HTTPCACHE_DIR"):
            # Under COFFEE_DATA_DIR, absolute (a relative HTTPCACHE_DIR would land under .scrapy/).
            settings = settings.copy()
            settings.frozen = False  # a private copy: the crawler's settings stay as they are
            data_dir = Path(settings.get("COFFEE_DATA_DIR") or ".data").absolute()
            settings.set("HTTPCACHE_DIR", str(data_dir / "httpcache"), priority=settings.getpriority("HTTPCACHE_DIR") or 0)
        super().__init__(settings)
        self.level = settings.getint("HTTPCACHE_GZIP_LEVEL", 1)
        self.limit = settings.getint("DOWNLOAD_MAXSIZE")
        self._made: set[Path] = set()  # directories known to exist (writer thread): one mkdir per prefix
        self._writer: concurrent.futures.ThreadPoolExecutor | None = None  # created at the first store
        self._writing: dict[Path, concurrent.futures.Future] = {}  # entries submitted to the writer
        # Entries in Scrapy's layout (written before): its own reader, bounded.
        opener = self._open
        if self.use_gzip:
            opener = functools.partial(gzip.open, compresslevel=self.level)
        limit = self.limit

        def bounded_open(path, mode="rb", *args, **kwargs):
            fh = opener(path, mode, *args, **kwargs)
            return _Bounded(fh, limit) if limit and "r" in mode else fh

        self._open = bounded_open

    def _entry_path(self, spider, request) -> Path:
        return Path(self._get_request_path(spider, request) + ".pickle")

    def store_response(self, spider, request, response):
        path = self._entry_path(spider, request)
        data = pickle.dumps({"timestamp": time.time(), "response": response.to_dict()}, protocol=4)
        if self._writer is None:
            self._writer = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="httpcache")
        if len(self._writing) >= 64:  # forget finished writes: only unfinished ones matter to a read
            self._writing = {p: f for p, f in self._writing.items() if not f.done()}
            if len(self._writing) >= self.MAX_PENDING:  # bounded memory: wait for the disk, oldest first
                for f in list(self._writing.values())[: len(self._writing) - self.MAX_PENDING // 2]:
                    f.result()
        self._writing[path] = self._writer.submit(self._write, path, data, request.url)

    def _write(self, path: Path, data: bytes, url: str) -> None:
        try:
            if path.parent not in self._made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
            path.write_bytes(gzip.compress(data, self.level) if self.use_gzip else data)
        except OSError as exc:
            logger.warning("url=%s not cached: %s", url, exc)

    def close_spider(self, spider):
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer, self._writing = None, {}
        super().close_spider(spider)

    def retrieve_response(self, spider, request):
        path = self._entry_path(spider, request)
        pending = self._writing.pop(path, None)
        if pending is not None:
            pending.result()  # being written: the file as it will be
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            try:  # stored in Scrapy's layout, or a miss
                return super().retrieve_response(spider, request)
            except CachedFileTooLarge as exc:
                logger.warning("url=%s cached copy ignored: %s", request.url, exc)
                return None
        try:
            if self.use_gzip:
                inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
                bound = self.limit + self.HEADROOM if self.limit else 0
                raw = inflate.decompress(raw, bound)
                if bound and inflate.unconsumed_tail:
                    logger.warning("url=%s cached copy ignored: %s: more than %d bytes once decompressed",
                                   request.url, path, bound)
                    return None
            entry = pickle.loads(raw)  # noqa: S301 - our own files, as Scrapy's storages pickle theirs
        except (EOFError, OSError, pickle.UnpicklingError, zlib.error):
            return None  # cut short (a crash mid-write) or written with other gzip settings: a miss
        if 0 < self.expiration_secs < time.time() - entry["timestamp"]:
            return None
        if self.limit and len(entry["response"].get("body") or b"") > self.limit:
            logger.warning("url=%s cached copy ignored: its body is over DOWNLOAD_MAXSIZE (%d)", request.url, self.limit)
            return None
        request.meta["cache_timestamp"] = entry["timestamp"]
        return response_from_dict(entry["response"])
