"""Downloader middlewares: retry with backoff and Retry-After, per-domain rate limits, circuit breaker.

All three wait on a domain through its Scrapy download slot (`slots.SlotDelays`), never by sleeping.
"""
