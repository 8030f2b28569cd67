"""Spidermon monitoring of crawls: per-roaster checks, suites, and the actions that store and alert."""

import warnings

# spidermon 1.27 still logs through Spider.log(), deprecated in Scrapy 2.19: its message, not ours.
warnings.filterwarnings("ignore", message=r"Spider\.log\(\) is deprecated", module="spidermon")
