"""The log formatter drops per-item records below LOG_LEVEL and keeps the rest as Scrapy would."""
import logging

from scrapy import Spider
from scrapy.exceptions import DropItem
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from coffee_scraper.logformatter import LevelAwareLogFormatter


def formatter(**settings):
    crawler = get_crawler(Spider, settings_dict=settings)
    crawler.spider = Spider("t")
    crawler.spider.crawler = crawler
    return LevelAwareLogFormatter.from_crawler(crawler), crawler.spider


def test_records_below_the_level_are_not_built():
    fmt, spider = formatter(LOG_LEVEL="INFO")
    response = Response("http://shop.localhost/p", request=Request("http://shop.localhost/p"))
    assert fmt.scraped({"a": 1}, response, spider) is None
    assert fmt.crawled(response.request, response, spider) is None
    assert fmt.dropped({"a": 1}, DropItem("quiet", log_level="DEBUG"), response, spider) is None
    loud = fmt.dropped({"a": 1}, DropItem("loud", log_level="WARNING"), response, spider)
    assert loud["level"] == logging.WARNING


def test_debug_level_keeps_everything():
    fmt, spider = formatter(LOG_LEVEL="DEBUG")
    response = Response("http://shop.localhost/p", request=Request("http://shop.localhost/p"))
    assert fmt.scraped({"a": 1}, response, spider)["level"] == logging.DEBUG
    assert formatter(LOG_LEVEL=logging.DEBUG)[0].min_level == logging.DEBUG
