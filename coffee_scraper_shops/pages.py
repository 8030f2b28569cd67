"""HTML, XML and asset bodies of the fixture shops: the parts every platform's pages share."""
from __future__ import annotations

import html
import json
import re
import struct
import zlib
from typing import Any
from xml.sax.saxutils import escape as xml_escape

E = html.escape


def ld_json(data: Any) -> str:
    # JSON inside <script>: "</" must not close the tag.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def page(title: str, head: str, body: str, *, body_class: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{E(title)}</title>\n'
            f'{head}\n</head>\n<body class="{body_class}">\n{body}\n</body>\n</html>\n')


def strip_tags(text: str) -> str:
    import re

    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip()



# --- JSON-LD shops -------------------------------------------------------------------------------------
SITE_CSS = ("@font-face{font-family:Brand;src:url(/static/fonts/brand.woff2) format('woff2');font-display:block}"
            "body{font-family:Brand,Georgia,serif;margin:0 auto;max-width:60rem}.price{font-weight:bold}")


def site_head() -> str:
    return ('<link rel="stylesheet" href="/static/site.css">\n'
            '<link rel="preload" href="/static/fonts/brand.woff2" as="font" type="font/woff2" crossorigin>')


# --- robots / sitemaps ----------------------------------------------------------------------------------
def robots(base: str, sitemap: str | None, disallow: list[str]) -> str:
    lines = ["User-agent: *"] + [f"Disallow: {d}" for d in disallow]
    if sitemap:
        lines += ["", f"Sitemap: {base}{sitemap}"]
    return "\n".join(lines) + "\n"


def sitemap_index(base: str, files: list[str]) -> str:
    items = "".join(f"<sitemap><loc>{xml_escape(base + f)}</loc></sitemap>" for f in files)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>\n')


def urlset(urls: list[tuple[str, str | None]]) -> str:
    items = "".join(f"<url><loc>{xml_escape(u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "")
                    + "<changefreq>daily</changefreq></url>" for u, lm in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>\n')


# --- fault bodies ---------------------------------------------------------------------------------------
CHALLENGE_PAGE = page("Just a moment...", '<meta name="robots" content="noindex,nofollow">',
                       '<div class="main-wrapper"><h1>Checking your browser before accessing the site.</h1>'
                       '<p>Please enable JavaScript and cookies to continue.</p></div>')


def error_page(status: int, reason: str) -> str:
    return page(f"{status} {reason}", "", f"<h1>{status} {E(reason)}</h1>")


# --- assets ---------------------------------------------------------------------------------------------
def _png(width: int, height: int, pad: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes([200, 150, 100]) * width for _ in range(height))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)))
    # a text chunk pads the file so that downloading images costs something
    return png + chunk(b"tEXt", b"Comment\x00" + b"x" * pad) + chunk(b"IEND", b"")


IMAGE_BYTES = _png(64, 64, 60_000)
FONT_BYTES = b"wOF2" + bytes(range(256)) * 120  # not a usable font: the browser drops it
