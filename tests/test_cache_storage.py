"""FilesystemCacheStorage: one file per response, read back as Scrapy's storage would, old layout still read."""
from __future__ import annotations

import scrapy
from scrapy.extensions.httpcache import FilesystemCacheStorage as ScrapyStorage
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from coffee_scraper.middlewares.cache import FilesystemCacheStorage


def make(storage_cls, tmp_path):
    crawler = get_crawler(scrapy.Spider, {"HTTPCACHE_DIR": str(tmp_path), "HTTPCACHE_GZIP": True,
                                          "HTTPCACHE_GZIP_LEVEL": 1})
    spider = crawler.spidercls.from_crawler(crawler, "shop")
    storage = storage_cls(crawler.settings)
    storage.open_spider(spider)
    return storage, spider


def test_a_response_is_one_file_and_comes_back_whole(tmp_path):
    storage, spider = make(FilesystemCacheStorage, tmp_path)
    request = Request("https://shop.example/products.json?page=1")
    response = HtmlResponse(request.url, status=200, headers={"ETag": '"abc"', "Content-Type": "text/html"},
                            body="<p>café</p>".encode(), encoding="utf-8")
    storage.store_response(spider, request, response)
    again = storage.retrieve_response(spider, Request(request.url))  # waits for the writer thread's file
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].suffix == ".pickle"
    assert type(again) is HtmlResponse
    assert (again.url, again.status, again.body, again.headers[b"ETag"]) == (request.url, 200, response.body, b'"abc"')
    assert storage.retrieve_response(spider, Request("https://shop.example/other")) is None
    files[0].write_bytes(files[0].read_bytes()[:10])  # cut short by a crash: a miss, not an error
    assert storage.retrieve_response(spider, Request(request.url)) is None


def test_entries_in_scrapys_layout_are_still_read(tmp_path):
    old, spider = make(ScrapyStorage, tmp_path)
    request = Request("https://shop.example/a")
    old.store_response(spider, request, HtmlResponse(request.url, body=b"old", headers={"Content-Type": "text/html"}))
    storage, spider = make(FilesystemCacheStorage, tmp_path)
    assert storage.retrieve_response(spider, Request(request.url)).body == b"old"


def test_entries_are_written_off_the_reactor_and_all_written_at_close(tmp_path, caplog):
    storage, spider = make(FilesystemCacheStorage, tmp_path)
    requests = [Request(f"https://shop.example/products.json?page={n}") for n in range(200)]
    for request in requests:
        storage.store_response(spider, request, HtmlResponse(request.url, body=b"x" * 50_000,
                                                              headers={"Content-Type": "text/html"}))
    storage.close_spider(spider)  # as at the crawl's end: every entry is on disk once it returns
    assert len([p for p in tmp_path.rglob("*.pickle")]) == 200
    storage.open_spider(spider)
    assert all(storage.retrieve_response(spider, Request(r.url)).body == b"x" * 50_000 for r in requests)
    # A write that fails (a full disk, a directory where the file should be) is a warning, not a failed page.
    blocked = Request("https://shop.example/blocked")
    storage._entry_path(spider, blocked).mkdir(parents=True)
    storage.store_response(spider, blocked, HtmlResponse(blocked.url, body=b"y", headers={"Content-Type": "text/html"}))
    storage.close_spider(spider)
    assert "url=https://shop.example/blocked not cached" in caplog.text
