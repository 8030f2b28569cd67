"""Spiders, one per shop platform; shared logic in base.CoffeeSpider."""
