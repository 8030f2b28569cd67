"""Serve the demo fixture shops in the foreground: python -m coffee_scraper_shops [--port 8765]."""
from __future__ import annotations

import argparse
import signal
import sys
import threading

from coffee_scraper_shops import ShopServer, demo_shops, registry_entries


def write_registry(server: ShopServer, path: str) -> None:
    import yaml

    header = "# Written by python -m coffee_scraper_shops: the local demo shops.\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(header + yaml.safe_dump({"roasters": registry_entries(server)}, sort_keys=False, allow_unicode=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m coffee_scraper_shops", description=__doc__)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--write-registry", metavar="PATH", help="write a YAML roaster registry of the served shops")
    args = ap.parse_args(argv)

    server = ShopServer(demo_shops(), host=args.host, port=args.port).start()
    for shop in server.shops:
        url = server.base_url(shop.slug)
        note = f"  (apex 404s on the feed; {server.base_url(shop.slug, www=True)} serves it)" if shop.apex_404 else ""
        print(f"{shop.slug:<12} {shop.platform:<12} {url}  [{len(shop.products)} products]{note}", flush=True)
    if args.write_registry:
        write_registry(server, args.write_registry)
        print(f"registry written to {args.write_registry}", flush=True)

    done = threading.Event()

    def _stop(signum, frame):
        done.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        while not done.wait(0.5):
            pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
