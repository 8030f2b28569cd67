"""A shop on no known platform (a brochure site): what `detect` must call unknown."""
from __future__ import annotations

from coffee_scraper_shops import pages
from coffee_scraper_shops.pages import E, page
from coffee_scraper_shops.platforms import FixturePlatform
from coffee_scraper_shops.replies import Reply, html_reply


def plain_home(shop) -> str:
    return page(shop.name, "", f"<h1>{E(shop.name)}</h1>\n<p>We roast coffee and sell it at the farmers' "
                 "market on Saturdays. Call us to order.</p>\n<p><a href=\"/about\">About us</a></p>")


def plain_about(shop) -> str:
    return page(f"About – {shop.name}", "", "<h1>About</h1><p>A small roastery since 2009.</p>")




def route(shop, products, method, path, params, base, www) -> Reply | None:
    if path == "/":
        return html_reply(plain_home(shop), shop, base)
    if path in ("/about", "/about/"):
        return html_reply(plain_about(shop), shop, base)
    if path == "/robots.txt":
        return Reply(200, pages.robots(base, None, []).encode(), "text/plain; charset=utf-8", kind="text")
    return None



# Registered as `platform: auto`: detection decides (and finds nothing).
FIXTURES = (FixturePlatform("unknown", route, {"platform": "auto"}),)
