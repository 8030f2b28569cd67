"""A hostile shop in the same crawl as a calm one: bounded memory, only its own hosts, the other shop fully stored."""
import json

import pytest

from coffee_scraper_shops.platforms.hostile import FOREIGN_HOST
from coffee_scraper_shops.platforms.jsonld import synthetic_jsonld
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import rows, run_scrapy, scalar


@pytest.fixture(scope="module")
def shops():
    server = ShopServer([
        Shop(slug="hostile", name="Hostile", platform="hostile", currency="GBP", products=synthetic_jsonld(5, seed=7)),
        Shop(slug="calm", name="Calm", platform="jsonld", currency="GBP", products=synthetic_jsonld(20, seed=8)),
    ]).start()
    yield server
    server.stop()


def test_hostile_sitemaps_reach_nothing_and_exhaust_nothing(shops, db, db_dsn, registry_file, tmp_path):
    registry = registry_file([
        {"slug": "hostile", "url": shops.base_url("hostile"), "platform": "jsonld", "currency": "GBP"},
        {"slug": "calm", "url": shops.base_url("calm"), "platform": "jsonld", "currency": "GBP"},
    ])
    stats_file = tmp_path / "stats.json"  # the final stats (the operator's log no longer dumps them)
    result = run_scrapy(["crawl", "jsonld", "-s", "MEMUSAGE_CHECK_INTERVAL_SECONDS=0.1",
                         "-s", 'EXTENSIONS={"tests.hostile_shop.StatsFile": 0}'], dsn=db_dsn, registry=registry,
                        env={"HOSTILE_STATS_FILE": str(stats_file)})
    # The hostile roaster's run is partial (its refusals are incidents): exit 4, the documented "partial".
    assert result.returncode == 4, result.stderr[-3000:]

    # Only the shops' own hosts were asked: never the foreign host its sitemaps named (the server's own log).
    hosts = {r.host.split(":")[0] for r in shops.requests()}
    assert hosts <= {"hostile.localhost", "calm.localhost"}, hosts
    assert not [r for r in shops.requests() if FOREIGN_HOST in r.host]
    # The bomb was fetched (about 1 MB) but decompressed no further than DOWNLOAD_MAXSIZE (32 MiB):
    # peak RSS of the whole crawl stays far below the bomb's 1 GiB (Scrapy's memusage stats: ru_maxrss).
    assert [r.path for r in shops.requests("hostile") if r.path == "/bomb.xml.gz"] == ["/bomb.xml.gz"]
    peak = json.loads(stats_file.read_text())["memusage/max"]
    assert peak < 600 * 1024 * 1024, f"peak RSS {peak / 2**20:.0f} MiB"

    # Each refusal is an incident on the hostile roaster's run.
    incidents = json.dumps(rows(db, "SELECT s.incidents FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id "
                                    "WHERE r.slug = 'hostile'"))
    assert "sitemap_too_large" in incidents and "foreign_url" in incidents
    assert "file:///etc/passwd" in incidents and "file:///dev/zero" in incidents and FOREIGN_HOST in incidents

    # Both roasters' products are stored: the hostile shop's own pages and every one of the calm shop's.
    per_roaster = dict(rows(db, "SELECT r.slug, count(*) FROM scrape_artifacts a JOIN scrape_runs s ON s.id = a.run_id "
                                "JOIN roasters r ON r.id = s.roaster_id GROUP BY r.slug"))
    assert per_roaster == {"hostile": 5, "calm": 20}
    statuses = dict(rows(db, "SELECT r.slug, s.status FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id"))
    assert statuses == {"hostile": "partial", "calm": "succeeded"}


def test_redirect_off_the_roasters_hosts_is_an_incident():
    from scrapy.http import Request, Response
    from scrapy.utils.test import get_crawler

    from coffee_scraper.middlewares.hosts import OwnHostsMiddleware
    from coffee_scraper.registry import Roaster
    from coffee_scraper.spiders.jsonld import JsonLdSpider

    crawler = get_crawler(JsonLdSpider, {"ALLOW_PRIVATE_HOSTS": False})
    crawler.spider = spider = JsonLdSpider.from_crawler(crawler, url="https://shop.example")
    from coffee_scraper.context import CrawlContext

    CrawlContext.of(crawler).roasters = [Roaster(slug="shop", name="Shop", url="https://shop.example", platform="jsonld",
                                                 allowed_hosts=("cdn.example",))]
    mw = OwnHostsMiddleware.from_crawler(crawler)
    for final, incident in [("https://www.shop.example/p/a", False), ("https://cdn.example/p/a", False),
                            ("https://elsewhere.example/p/a", True)]:
        request = Request(final, meta={"roaster": "shop", "redirect_urls": ["https://shop.example/p/a"]})
        mw.process_response(request, Response(final, request=request))
        kinds = [i["kind"] for i in spider.incidents.get("shop", [])]
        assert ("foreign_redirect" in kinds) == incident
    # An IP literal (a redirect to cloud metadata never reaches the resolver) is not requested at all.
    from scrapy.exceptions import IgnoreRequest

    with pytest.raises(IgnoreRequest):
        mw.process_request(Request("http://169.254.169.254/latest/meta-data/", meta={"roaster": "shop"}))
    assert spider.incidents["shop"][-1]["kind"] == "private_host"
