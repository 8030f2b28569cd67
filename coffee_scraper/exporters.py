"""Feed exporters for the item contract: Decimal prices become JSON numbers, not strings."""
from decimal import Decimal

from scrapy.exporters import JsonItemExporter, JsonLinesItemExporter


def _jsonable(value):
    # Decimal -> float is exact for prices (<= 15 significant digits): 18.50 prints as 18.5.
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


class _ContractMixin:
    def serialize_field(self, field, name, value):
        return _jsonable(super().serialize_field(field, name, value))


class ContractJsonLinesExporter(_ContractMixin, JsonLinesItemExporter):
    pass


class ContractJsonExporter(_ContractMixin, JsonItemExporter):
    pass
