"""`scrapy crawl`, with configuration errors reported as one clear line instead of a traceback."""
from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from coffee_scraper.registry import RegistryError


class Command(ScrapyCrawl):
    def run(self, args, opts):
        try:
            if args:
                # Validate spider arguments and the registry before the reactor starts.
                spidercls = self.crawler_process.spider_loader.load(args[0])
                check = getattr(spidercls, "check_arguments", None)
                if check is not None:
                    check(self.settings, **opts.spargs)
            super().run(args, opts)
        except RegistryError as exc:
            print(f"scrapy crawl: configuration error: {exc}", file=sys.stderr)
            self.exitcode = 2
