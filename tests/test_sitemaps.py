"""The sitemap helper and the HTTP cache honour a decompressed-size limit; sitemaps lead only to the shop's own hosts."""
import gzip

import pytest
from scrapy.http import Request, TextResponse
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from coffee_scraper.sitemaps import SitemapTooLarge, allowed_url, entries, product_pages, read_sitemap, twin_hosts

URLSET = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          "<url><loc>https://shop.example/products/a</loc></url><url><loc>https://www.shop.example/about</loc></url>"
          "<url><loc>file:///etc/passwd</loc></url><url><loc>https://evil.example/products/x</loc></url></urlset>")


def test_gzipped_sitemap_within_the_limit_is_read_and_a_bomb_is_refused():
    assert read_sitemap(gzip.compress(URLSET.encode()), max_size=10_000).type == "urlset"
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    with pytest.raises(SitemapTooLarge):
        read_sitemap(bomb, max_size=1_000_000)
    with pytest.raises(SitemapTooLarge):
        read_sitemap(b" " * 2_000_000, max_size=1_000_000)


def test_only_http_urls_on_the_shops_hosts_are_followed():
    hosts = twin_hosts("shop.example")
    children, pages, refused = entries(read_sitemap(URLSET.encode(), 0), hosts)
    assert children == [] and pages == ["https://shop.example/products/a", "https://www.shop.example/about"]
    assert refused == ["file:///etc/passwd", "https://evil.example/products/x"]
    assert list(product_pages(pages)) == ["https://shop.example/products/a"]
    assert not allowed_url("ftp://shop.example/x", hosts) and not allowed_url("http://[::1", hosts)


def test_a_cached_page_decompresses_no_further_than_download_maxsize(tmp_path):
    from scrapy.spiders import Spider

    from coffee_scraper.middlewares.cache import FilesystemCacheStorage

    def storage(maxsize):
        return FilesystemCacheStorage(Settings({"HTTPCACHE_DIR": str(tmp_path), "HTTPCACHE_GZIP": True,
                                                "DOWNLOAD_MAXSIZE": maxsize, "HTTPCACHE_EXPIRATION_SECS": 0}))

    crawler = get_crawler(Spider)
    spider = Spider.from_crawler(crawler, name="cachetest")
    request = Request("https://shop.example/products.json")
    big = storage(0)
    big.open_spider(spider)
    big.store_response(spider, request, TextResponse(request.url, body=b"[" + b" " * 3_000_000 + b"]", request=request))
    assert len(big.retrieve_response(spider, request).body) == 3_000_002
    small = storage(1_000_000)
    small.open_spider(spider)
    assert small.retrieve_response(spider, request) is None  # a miss: fetched again, under the network limit
