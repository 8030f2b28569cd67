"""`scrapy crawl`, with configuration errors (exit 2) and an unreachable database (exit 3) as one clear line."""
from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from coffee_scraper.registry import RegistryError

EXIT_CONFIG, EXIT_DATABASE = 2, 3
# Close reasons of a crawl that could not store what it fetched (pipelines.store): exit 1.
FAILED_REASONS = {"storage_unavailable", "roaster_busy"}


class Command(ScrapyCrawl):
    def _create_crawler(self, spname):
        self.crawler = super()._create_crawler(spname)
        return self.crawler

    def run(self, args, opts):
        from coffee_scraper.config import check_settings
        from coffee_scraper.storage.db import DatabaseUnavailable, check_reachable

        try:
            check_settings(self.settings)
            if args:
                # Validate spider arguments and the registry before the reactor starts.
                spidercls = self.crawler_process.spider_loader.load(args[0])
                check = getattr(spidercls, "check_arguments", None)
                if check is not None:
                    check(self.settings, **opts.spargs)
            check_reachable(self.settings)
        except RegistryError as exc:
            print(f"scrapy crawl: configuration error: {exc}", file=sys.stderr)
            self.exitcode = EXIT_CONFIG
            return
        except DatabaseUnavailable as exc:
            print(f"scrapy crawl: {exc}", file=sys.stderr)
            self.exitcode = EXIT_DATABASE
            return
        super().run(args, opts)
        crawler = getattr(self, "crawler", None)
        if crawler is not None and crawler.stats.get_value("finish_reason") in FAILED_REASONS:
            self.exitcode = self.exitcode or 1
