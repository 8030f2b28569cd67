"""Scrapy extensions of coffee_scraper (metrics)."""
