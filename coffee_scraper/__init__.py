"""coffee_scraper: a Scrapy crawler for specialty-coffee roasters' shops, with price history in Postgres."""

__version__ = "0.1.0"
