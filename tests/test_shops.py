"""Tests of the local fixture shop server: platforms' shapes, paging, caching headers, faults, control."""
from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from email.utils import parsedate_to_datetime

import extruct
import pytest

from coffee_scraper_shops import Faults, RateLimit, Shop, ShopServer, demo_shops
from coffee_scraper_shops.platforms.jsonld import synthetic_jsonld
from coffee_scraper_shops.platforms.shopify import real_shopify, synthetic_shopify
from coffee_scraper_shops.platforms.woocommerce import real_woocommerce, synthetic_woocommerce


@pytest.fixture(scope="module")
def server():
    shops = demo_shops() + [
        Shop("big", "Big Roaster", "shopify", "USD", synthetic_shopify(600, seed=7)),
        Shop("wooz", "Woo Synthetic", "woocommerce", "USD", synthetic_woocommerce(35, seed=2, currency="USD")),
        Shop("plain", "Plain Roastery", "unknown"),
        Shop("faulty", "Faulty Roaster", "shopify", "USD", synthetic_shopify(80, seed=9)),
    ]
    with ShopServer(shops) as srv:
        yield srv


@pytest.fixture
def faulty(server):
    shop = server.shop("faulty")
    shop.clear_faults()
    yield shop
    shop.clear_faults()


class Resp:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


def get(server, slug, path, *, www=False, headers=None, method="GET", body=None, timeout=10) -> Resp:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)
    try:
        host = f"{'www.' if www else ''}{slug}.localhost:{server.port}"
        conn.request(method, path, body=body, headers={"Host": host, **(headers or {})})
        r = conn.getresponse()
        return Resp(r.status, r.headers, r.read())
    finally:
        conn.close()


# --- Shopify ------------------------------------------------------------------------------------------
def test_shopify_paging_and_limits(server):
    default = get(server, "big", "/products.json").json()["products"]
    assert len(default) == 30  # Shopify's default limit
    capped = get(server, "big", "/products.json?limit=500").json()["products"]
    assert len(capped) == 250  # max 250 per page
    pages = [get(server, "big", f"/products.json?limit=250&page={p}").json()["products"] for p in (1, 2, 3, 4)]
    assert [len(p) for p in pages] == [250, 250, 100, 0]  # past the end: {"products": []}
    assert [p["id"] for p in pages[0]] == [p["id"] for p in capped]
    ids = [p["id"] for page in pages for p in page]
    assert len(ids) == len(set(ids)) == 600
    assert get(server, "big", "/products.json?page=0").json()["products"][0]["id"] == ids[0]  # 1-based, 0 -> 1


def test_shopify_shapes_and_markers(server):
    r = get(server, "bluetokai", "/products.json?limit=250")
    assert r.status == 200 and r.headers["Content-Type"].startswith("application/json")
    products = r.json()["products"]
    assert products == real_shopify("bluetokai")  # the real capture, served unedited
    p = get(server, "ridgeline", "/products.json?limit=1", www=True).json()["products"][0]
    assert set(p) == {"id", "title", "handle", "body_html", "published_at", "created_at", "updated_at", "vendor",
                      "product_type", "tags", "variants", "images", "options"}
    v = p["variants"][0]
    assert isinstance(v["id"], int) and isinstance(v["price"], str) and "grams" in v and "available" in v
    home = get(server, "bluetokai", "/").body.decode()
    assert 'Shopify.shop = "bluetokai.myshopify.com"' in home and "cdn.shopify.com" in home
    page = get(server, "bluetokai", f"/products/{products[13]['handle']}")
    assert page.status == 200 and products[13]["title"].encode() in page.body
    assert get(server, "bluetokai", "/products/no-such-thing").status == 404
    assert get(server, "bluetokai", "/meta.json").json()["currency"] == "INR"


def test_etag_and_last_modified_give_304(server):
    shop = server.shop("big")
    first = get(server, "big", "/products.json?limit=5")
    etag, lm = first.headers["ETag"], first.headers["Last-Modified"]
    assert etag and parsedate_to_datetime(lm)
    assert get(server, "big", "/products.json?limit=5", headers={"If-None-Match": etag}).status == 304
    assert get(server, "big", "/products.json?limit=5", headers={"If-Modified-Since": lm}).status == 304
    assert get(server, "big", "/products.json?limit=5", headers={"If-None-Match": '"other"'}).status == 200
    old = shop.products
    try:
        shop.set_products([dict(old[0], title="Renamed")] + old[1:])
        changed = get(server, "big", "/products.json?limit=5", headers={"If-None-Match": etag})
        assert changed.status == 200 and changed.headers["ETag"] != etag
        assert changed.json()["products"][0]["title"] == "Renamed"
        assert parsedate_to_datetime(changed.headers["Last-Modified"]) > parsedate_to_datetime(lm)
        assert get(server, "big", "/products.json?limit=5", headers={"If-Modified-Since": lm}).status == 200
    finally:
        shop.set_products(old)


def test_apex_404_and_www(server):
    assert get(server, "ridgeline", "/products.json").status == 404
    assert get(server, "ridgeline", "/products.json", www=True).status == 200
    assert get(server, "ridgeline", "/").status == 200  # the storefront itself answers on the apex
    assert server.base_url("ridgeline", www=True) == f"http://www.ridgeline.localhost:{server.port}"


def test_unknown_host_404_and_logged(server):
    server.reset_log()
    assert get(server, "nosuchshop", "/products.json").status == 404
    rec = server.requests()[-1]
    assert rec.slug is None and rec.status == 404 and rec.host.startswith("nosuchshop.localhost")


def test_request_log_records_and_counts(server):
    server.reset_log()
    get(server, "bluetokai", "/products.json?limit=250&page=1", headers={"User-Agent": "t/1"})
    get(server, "bluetokai", "/products.json?limit=250&page=1")
    get(server, "rosette-not-served", "/")
    recs = server.requests("bluetokai")
    assert len(recs) == 2 and recs[0].status == 200 and recs[0].headers["User-Agent"] == "t/1"
    assert recs[0].time <= recs[1].time and recs[0].wall_time > 1e9 and recs[0].method == "GET"
    assert server.fetch_counts("bluetokai") == {"/products.json?limit=250&page=1": 2}
    assert len(server.requests()) == 3


# --- WooCommerce --------------------------------------------------------------------------------------
def test_woocommerce_store_api(server):
    r = get(server, "babasbeans", "/wp-json/wc/store/v1/products?per_page=4&page=2")
    assert r.status == 200 and r.headers["X-WP-Total"] == "10" and r.headers["X-WP-TotalPages"] == "3"
    assert [p["id"] for p in r.json()] == [p["id"] for p in real_woocommerce()[4:8]]
    assert len(get(server, "babasbeans", "/wp-json/wc/store/v1/products").json()) == 10  # default 10
    assert get(server, "babasbeans", "/wp-json/wc/store/v1/products?per_page=101").status == 400  # max 100
    assert get(server, "babasbeans", "/wp-json/wc/store/v1/products?page=9").json() == []
    legacy = get(server, "babasbeans", "/wp-json/wc/store/products?per_page=100").json()
    assert legacy[0]["permalink"].startswith(server.base_url("babasbeans"))  # real origin rewritten to local
    assert get(server, "wooz", "/wp-json/wc/store/v1/products?per_page=100").headers["X-WP-Total"] == "35"
    home = get(server, "babasbeans", "/").body.decode()
    assert "WooCommerce" in home and "/wp-json/" in home and "wp-content" in home


def test_woocommerce_variations_have_their_own_prices_and_stock(server):
    products = get(server, "wooz", "/wp-json/wc/store/v1/products?per_page=100").json()
    ranged = next(p for p in products if p["prices"]["price_range"])
    seen_prices = set()
    for v in ranged["variations"]:
        vp = get(server, "wooz", f"/wp-json/wc/store/v1/products/{v['id']}").json()
        assert vp["type"] == "variation" and vp["parent"] == ranged["id"]
        assert set(vp["prices"]) >= {"price", "regular_price", "sale_price", "currency_minor_unit"}
        assert isinstance(vp["is_in_stock"], bool)
        seen_prices.add(vp["prices"]["price"])
    assert len(seen_prices) > 1
    assert {ranged["prices"]["price_range"]["min_amount"], ranged["prices"]["price_range"]["max_amount"]} <= seen_prices
    hustler = get(server, "babasbeans", "/wp-json/wc/store/v1/products/3974").json()
    assert hustler["variation"] == "Grind Size: Aero press" and hustler["prices"]["price"] == "29000"
    assert get(server, "babasbeans", "/wp-json/wc/store/v1/products/999999").status == 404


# --- JSON-LD and JS shops --------------------------------------------------------------------------------
def test_jsonld_discovery_and_offer_shapes(server):
    robots = get(server, "kestrel", "/robots.txt").body.decode()
    assert f"Sitemap: {server.base_url('kestrel')}/sitemap.xml" in robots
    index = get(server, "kestrel", "/sitemap.xml").body.decode()
    assert "<sitemapindex" in index and "/sitemap_products_1.xml" in index
    urls = get(server, "kestrel", "/sitemap_products_1.xml").body.decode().count("<loc>")
    assert urls == 40
    entries = server.shop("kestrel").products
    kinds = set()
    for e in entries:
        d = e["data"]
        o = d.get("offers")
        kinds.add("group" if d["@type"] == "ProductGroup" else "list" if isinstance(o, list) else o["@type"])
    assert kinds == {"Offer", "list", "AggregateOffer", "group"}
    micro = next(e for e in entries if e["markup"] == "microdata")
    page = get(server, "kestrel", f"/products/{micro['handle']}").body.decode()
    assert 'itemtype="https://schema.org/Product"' in page and "application/ld+json" not in page
    ld = next(e for e in entries if e["markup"] == "jsonld")
    assert '<script type="application/ld+json">' in get(server, "kestrel", f"/products/{ld['handle']}").body.decode()


def test_js_shop_html_has_no_product_data(server):
    shop = server.shop("lumen")
    assert len(get(server, "lumen", "/sitemap_products_1.xml").body.decode().split("<loc>")) - 1 == len(shop.products)
    for entry in shop.products[:5]:
        html = get(server, "lumen", f"/products/{entry['handle']}").body.decode()
        data = entry["data"]
        assert data["name"] not in html and entry["handle"] not in html
        found = extruct.extract(html, syntaxes=["json-ld", "microdata", "opengraph"], uniform=True)
        assert found == {"json-ld": [], "microdata": [], "opengraph": []}
        assert "/static/hero.jpg" in html and "brand.woff2" in html
        api = get(server, "lumen", f"/api/products/{entry['handle']}.json").json()
        assert api["name"] == data["name"] and api["url"].startswith(server.base_url("lumen"))
    img = get(server, "lumen", "/static/hero.jpg")
    assert img.status == 200 and img.headers["Content-Type"] == "image/png" and len(img.body) > 50_000


def test_unknown_platform(server):
    home = get(server, "plain", "/").body.decode()
    assert "Shopify" not in home and "wp-content" not in home and "ld+json" not in home
    assert get(server, "plain", "/products.json").status == 404
    assert "Sitemap" not in get(server, "plain", "/robots.txt").body.decode()


# --- faults -------------------------------------------------------------------------------------------------
def test_rate_limit_seconds_and_http_date(server, faulty):
    faulty.set_faults(rate_limit=RateLimit(limit=3, window=0.5, retry_after=2))
    statuses = [get(server, "faulty", "/products.json").status for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    r = get(server, "faulty", "/products.json")
    assert r.status == 429 and r.headers["Retry-After"] == "2"
    time.sleep(0.55)
    assert get(server, "faulty", "/products.json").status == 200
    faulty.set_faults(rate_limit={"limit": 0, "window": 10, "retry_after": 30, "http_date": True})
    r = get(server, "faulty", "/products.json")
    when = parsedate_to_datetime(r.headers["Retry-After"]).timestamp()
    assert r.status == 429 and 25 < when - time.time() < 35
    assert server.requests("faulty")[-1].status == 429 and server.requests("faulty")[-1].fault == "rate_limit"


def test_burst_503(server, faulty):
    faulty.set_faults(burst_503=2, burst_503_retry_after=1)
    r = get(server, "faulty", "/products.json")
    assert r.status == 503 and r.headers["Retry-After"] == "1"
    assert get(server, "faulty", "/products.json").status == 503
    assert get(server, "faulty", "/products.json").status == 200
    assert faulty.faults.burst_503 == 0


def _expect_reset(server, slug, path):
    with pytest.raises((ConnectionResetError, http.client.RemoteDisconnected, ConnectionAbortedError)):
        get(server, slug, path)


def test_reset_next_and_reset_paths(server, faulty):
    server.reset_log()
    faulty.set_faults(reset_next=2)
    _expect_reset(server, "faulty", "/products.json")
    _expect_reset(server, "faulty", "/")
    assert get(server, "faulty", "/").status == 200
    faulty.set_faults(reset_paths=["/products.json"])
    _expect_reset(server, "faulty", "/products.json?page=2")
    assert get(server, "faulty", "/").status == 200
    statuses = [(r.status, r.fault) for r in server.requests("faulty")]
    assert statuses == [(0, "reset_next"), (0, "reset_next"), (200, None), (0, "reset_paths"), (200, None)]


def test_down(server, faulty):
    faulty.set_faults(down=True)
    _expect_reset(server, "faulty", "/")
    faulty.set_faults(down=False)
    assert get(server, "faulty", "/").status == 200


def test_slow(server, faulty):
    faulty.set_faults(slow=0.3, slow_paths=["/products.json"])
    server.reset_log()
    assert get(server, "faulty", "/products.json").status == 200
    get(server, "faulty", "/")
    assert [r.fault for r in server.requests("faulty")] == ["slow", None]  # only the chosen path
    faulty.set_faults(slow=0.2, slow_paths=[])
    with pytest.raises(TimeoutError):
        get(server, "faulty", "/", timeout=0.05)
    # The server still answers (and logs) that request 0.2 s later: wait for it, or it lands in the
    # request log of whichever test runs next (test_control_endpoint saw a stray ('/', 200)).
    deadline = time.monotonic() + 5
    while len(server.requests("faulty")) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)


def test_malformed_only_on_the_chosen_page(server, faulty):
    faulty.set_faults(malformed=[2])
    assert get(server, "faulty", "/products.json?limit=10&page=1").json()["products"]
    with pytest.raises(json.JSONDecodeError):
        get(server, "faulty", "/products.json?limit=10&page=2").json()
    assert server.requests("faulty")[-1].fault == "malformed"


def test_truncated(server, faulty):
    faulty.set_faults(truncated=True)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", "/products.json", headers={"Host": f"faulty.localhost:{server.port}"})
    resp = conn.getresponse()
    declared = int(resp.headers["Content-Length"])
    with pytest.raises(http.client.IncompleteRead) as exc:
        resp.read()
    assert len(exc.value.partial) < declared
    conn.close()
    assert server.requests("faulty")[-1].fault == "truncated"


def test_html_instead_of_json(server, faulty):
    faulty.set_faults(html_instead_of_json=True)
    r = get(server, "faulty", "/products.json")
    assert r.status == 200 and r.headers["Content-Type"].startswith("text/html") and b"<html" in r.body
    assert get(server, "faulty", "/").status == 200  # not a feed page


def test_huge(server, faulty):
    faulty.set_faults(huge=[1])
    r = get(server, "faulty", "/products.json?limit=5")
    assert len(r.body) >= 10 * 1024 * 1024 and len(r.json()["products"]) == 5  # still valid JSON


def test_status_for_and_empty_catalogue(server, faulty):
    faulty.set_faults(status_for={"/products.json": 403, "/products/*": 410})
    assert get(server, "faulty", "/products.json").status == 403
    assert get(server, "faulty", "/products/x").status == 410
    assert get(server, "faulty", "/").status == 200
    faulty.set_faults(clear=True, empty_catalogue=True)
    assert get(server, "faulty", "/products.json").json() == {"products": []}
    assert server.requests("faulty")[-1].status == 200


def test_faults_reject_unknown_names(faulty):
    with pytest.raises(ValueError, match="unknown fault"):
        faulty.set_faults(explode=True)
    assert Faults.from_dict({"burst_503": 1}).burst_503 == 1


def test_control_endpoint(server, faulty):
    def call(method, path, body=None):
        req = urllib.request.Request(f"http://127.0.0.1:{server.port}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=5) as r:
            return json.loads(r.read())

    call("POST", "/__control/log/reset")
    out = call("POST", "/__control/faulty/faults", {"burst_503": 1, "status_for": {"/gone": 410}})
    assert out["burst_503"] == 1 and faulty.faults.status_for == {"/gone": 410}
    assert get(server, "faulty", "/").status == 503
    assert get(server, "faulty", "/gone").status == 410
    log = call("GET", "/__control/log?slug=faulty")
    assert [(r["path"], r["status"]) for r in log] == [("/", 503), ("/gone", 410)]
    assert call("GET", "/__control/counts?slug=faulty") == {"/": 1, "/gone": 1}
    call("POST", "/__control/faulty/faults", {"clear": True})
    assert call("GET", "/__control/faulty/faults")["status_for"] == {}
    assert {s["slug"] for s in call("GET", "/__control/shops")} >= {"bluetokai", "ridgeline", "lumen"}
    with pytest.raises(urllib.error.HTTPError) as exc:
        call("POST", "/__control/faulty/faults", {"nonsense": 1})
    assert exc.value.code == 400


# --- catalogues ---------------------------------------------------------------------------------------------
def test_catalogue_determinism_and_ids():
    assert synthetic_shopify(150, seed=3) == synthetic_shopify(150, seed=3)
    assert synthetic_shopify(150, seed=3) != synthetic_shopify(150, seed=4)
    assert synthetic_woocommerce(30, seed=1) == synthetic_woocommerce(30, seed=1)
    assert synthetic_jsonld(30, seed=1) == synthetic_jsonld(30, seed=1)
    cat = synthetic_shopify(300, seed=5)
    for key in ("id", "handle"):
        assert len({p[key] for p in cat}) == 300
    vids = [v["id"] for p in cat for v in p["variants"]]
    assert len(vids) == len(set(vids))
    woo = synthetic_woocommerce(200, seed=5)
    wids = [p["id"] for p in woo] + [v["id"] for p in woo for v in p["variations"]]
    assert len(wids) == len(set(wids))


def test_synthetic_shopify_carries_the_real_quirks():
    cat = synthetic_shopify(400, seed=0)
    titles = {v["title"] for p in cat for v in p["variants"]}
    for size in ("12 oz.", "12oz / Whole Bean", "10 OZ / Whole Bean", "1lb", "2 lb.", "5 lb", "125g", "2.2 lb",
                 "10oz Case Pack (6)", "Default Title"):
        assert size in titles, size
    grams = {v["title"]: v["grams"] for p in cat for v in p["variants"]}
    assert grams["12 oz."] == 397 and grams["125g"] == 454 and grams["1lb"] == 0
    tags = [t for p in cat for t in p["tags"]]
    assert "hidden" in tags and any(t.startswith("From: ") for t in tags) and "'; DROP TABLE coffees; --" in tags
    assert any(p["vendor"] == "Wholesale" for p in cat)
    assert any(p["product_type"] == "Collateral" and p["variants"][0]["price"] == "0.00" for p in cat)
    assert any(p["body_html"] == "" for p in cat)
    assert any(len(p["body_html"]) >= 100_000 for p in cat)
    assert any(v["compare_at_price"] for p in cat for v in p["variants"])
    assert any(not any(v["available"] for v in p["variants"]) for p in cat)
    assert any("Roast Level: Comforting" in p["body_html"] for p in synthetic_shopify(1000, seed=1))


def test_thousand_products_generate():  # how fast: bench/, not here
    assert len(synthetic_shopify(1000, seed=11)) == 1000
    assert len(synthetic_woocommerce(1000, seed=11)) == 1000 and len(synthetic_jsonld(1000, seed=11)) == 1000


def test_demo_shops():
    shops = {s.slug: s for s in demo_shops()}
    assert {s.platform for s in shops.values()} >= {"shopify", "woocommerce", "jsonld", "jsonld_js"}
    assert shops["ridgeline"].apex_404 and len(shops["ridgeline"].products) == 120
    assert shops["bluetokai"].currency == "INR" and len(shops["kestrel"].products) == 40


# --- CLI ----------------------------------------------------------------------------------------------------
def test_cli_serves_and_writes_registry(tmp_path):
    from coffee_scraper.registry import load_registry

    reg = tmp_path / "roasters.yaml"
    proc = subprocess.Popen([sys.executable, "-m", "coffee_scraper_shops", "--port", "0", "--write-registry", str(reg)],
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        lines = []  # one line per demo shop (every fixture platform adds its own), then the registry note
        while len(lines) < 50 and "registry written" not in (lines[-1] if lines else ""):
            lines.append(proc.stdout.readline())
        assert ["bluetokai", "shopify"] in [line.split()[:2] for line in lines] and "registry written" in lines[-1]
        roasters = {r.slug: r for r in load_registry(reg)}
        assert roasters["lumen"].render == "js" and roasters["lumen"].platform == "jsonld"
        url = roasters["bluetokai"].url
        port = int(url.rsplit(":", 1)[1])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/products.json", headers={"Host": url.split("//")[1]})
        assert conn.getresponse().status == 200
        conn.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
