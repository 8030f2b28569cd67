"""`python -m coffee_scraper.cli` = `coffee-scraper`."""
import sys

from coffee_scraper.cli import main

sys.exit(main())
