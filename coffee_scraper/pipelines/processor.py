"""Item processor (ITEM_PROCESSOR): the pipelines' process_item called in a plain loop, awaited only when one returns an awaitable.

Scrapy's ItemPipelineManager wraps every step's return value in a coroutine and names the step
(for a deprecation warning) before awaiting it, for every item and every pipeline, although our
pipelines return the item itself. Here a plain return value goes straight to the next step; from a
step that returns a Deferred, a coroutine or a Future on (the store pipeline waiting for a batch
being written), that value is awaited as Scrapy awaits it, and the chain goes on after it.
DropItem and other exceptions leave the loop untouched: the scraper logs them and sends
item_dropped / item_error exactly as with Scrapy's manager. open_spider and close_spider are Scrapy's.
"""
from __future__ import annotations

from inspect import isawaitable
from typing import Any

from scrapy.pipelines import ItemPipelineManager
from scrapy.utils.defer import ensure_awaitable
from scrapy.utils.python import global_object_name
from twisted.internet.defer import Deferred


class DirectItemProcessor(ItemPipelineManager):
    def __init__(self, *middlewares: Any, crawler=None):
        super().__init__(*middlewares, crawler=crawler)
        # (process_item, whether it still takes the deprecated spider argument), in pipeline order.
        self._steps = tuple((method, method in self._mw_methods_requiring_spider)
                            for method in self.methods["process_item"])

    async def process_item_async(self, item: Any) -> Any:
        for method, wants_spider in self._steps:
            result = method(item, self._spider) if wants_spider else method(item)
            if result is not item and (isinstance(result, Deferred) or isawaitable(result)):
                # As Scrapy's chain: a Deferred is awaited as a Future (and warned about as deprecated).
                result = await ensure_awaitable(result, _warn=global_object_name(method))
            item = result
        return item
