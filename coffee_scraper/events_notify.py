"""Catalogue events to alert channels: select a run's events on the user's watch list and word the messages.

Opt-in: nothing is selected unless EVENTS_WATCH is set, e.g.
    EVENTS_WATCH = {"roasters": ["onyxcoffeelab"], "origins": ["KE", "Ethiopia"], "kinds": ["new", "price_change"]}
An event is watched when its roaster is listed OR its coffee comes from a listed origin (neither list
given: every roaster), and, when `kinds` is given, its kind is listed. One run gives at most one message
(a digest, one line per event), so a weekly release of twenty lots is one notification, not twenty.
Delivery goes through the alerts package (webhook and e-mail channels, as kind "news"); each event is
sent at most once (`catalog_events.notified_at`).
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from decimal import Decimal

logger = logging.getLogger("coffee_scraper.events")

WATCH_KEYS = ("roasters", "origins", "kinds")
_KIND_ORDER = ("new", "returned", "back_in_stock", "price_change", "sold_out", "removed")
_KIND_LABEL = {
    "new": "new", "returned": "returned", "back_in_stock": "back in stock", "price_change": "price change",
    "sold_out": "sold out", "removed": "removed",
}


@dataclass(frozen=True)
class Watch:
    """What a user follows. Empty roasters and origins: every roaster; empty kinds: every kind."""

    roasters: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    @classmethod
    def parse(cls, value) -> "Watch | None":
        """From the EVENTS_WATCH setting (a dict, or its JSON text from `-s`); None when not opted in."""
        if value in (None, "", {}):
            return None
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError as exc:
                raise ValueError(f"EVENTS_WATCH: not a JSON object ({exc})") from None
        if not isinstance(value, dict):
            raise ValueError(f"EVENTS_WATCH: expected a dict with {', '.join(WATCH_KEYS)}, got {type(value).__name__}")
        unknown = sorted(set(value) - set(WATCH_KEYS))
        if unknown:
            raise ValueError(f"EVENTS_WATCH: unknown key(s) {', '.join(unknown)} (known: {', '.join(WATCH_KEYS)})")
        lists = {}
        for key in WATCH_KEYS:
            items = value.get(key) or []
            if isinstance(items, str):
                items = [items]
            if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
                raise ValueError(f"EVENTS_WATCH.{key}: expected a list of strings, got {items!r}")
            lists[key] = [i.strip() for i in items if i.strip()]
        bad_kinds = [k for k in lists["kinds"] if k not in _KIND_ORDER]
        if bad_kinds:
            raise ValueError(f"EVENTS_WATCH.kinds: unknown {', '.join(bad_kinds)} (known: {', '.join(_KIND_ORDER)})")
        return cls(tuple(lists["roasters"]), tuple(_origin_code(o) for o in lists["origins"]), tuple(lists["kinds"]))

    @classmethod
    def from_settings(cls, settings) -> "Watch | None":
        return cls.parse(settings.get("EVENTS_WATCH"))


def _origin_code(text: str) -> str:
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        raise ValueError(f"EVENTS_WATCH.origins: {text!r} is not a country name or ISO 3166 code") from None


_WATCHED_SQL = """
SELECT e.id, e.run_id, e.kind, e.occurred_at, r.slug, r.name, c.product_id, c.name, c.url, c.origin_countries,
       c.process, c.roast_level, v.title, e.old_price, e.new_price, e.currency, e.change_pct, e.details,
       best.price_per_kg, best.currency
FROM catalog_events e
JOIN roasters r ON r.id = e.roaster_id
JOIN coffees c ON c.id = e.coffee_id
LEFT JOIN variants v ON v.id = e.variant_id
LEFT JOIN LATERAL (
    SELECT p.price_per_kg, p.currency
    FROM variants cv JOIN prices p ON p.variant_id = cv.id AND p.run_id = c.last_run_id
    WHERE cv.coffee_id = c.id AND p.price_per_kg IS NOT NULL
    ORDER BY (p.in_stock IS TRUE) DESC, p.price_per_kg
    LIMIT 1
) best ON true
WHERE e.run_id = %(run_id)s {where}
ORDER BY array_position(%(kind_order)s::text[], e.kind), c.name, v.title, e.id
"""
_FIELDS = ("id", "run_id", "kind", "occurred_at", "roaster", "roaster_name", "product_id", "coffee", "url",
           "origin_countries", "process", "roast_level", "variant", "old_price", "new_price", "currency",
           "change_pct", "details", "price_per_kg_now", "currency_now")


def watched_events(conn, run_id: int, watch: Watch | None, unsent_only: bool = False) -> list[dict]:
    """The run's events that the watch list selects (none when not opted in), in digest order."""
    if watch is None:
        return []
    where, params = [], {"run_id": run_id, "kind_order": list(_KIND_ORDER)}
    if unsent_only:
        where.append("e.notified_at IS NULL")
    if watch.roasters or watch.origins:
        where.append("(r.slug = ANY(%(roasters)s) OR c.origin_countries && %(origins)s::text[])")
        params.update(roasters=list(watch.roasters), origins=list(watch.origins))
    if watch.kinds:
        where.append("e.kind = ANY(%(kinds)s)")
        params["kinds"] = list(watch.kinds)
    with conn.cursor() as cur:
        cur.execute(_WATCHED_SQL.format(where="".join(f" AND {w}" for w in where)), params)
        found = [dict(zip(_FIELDS, row)) for row in cur.fetchall()]
    if not conn.autocommit:
        conn.rollback()  # read-only: do not leave the caller's connection inside a transaction
    return found


def _money(amount: Decimal | None, currency: str | None) -> str:
    return f"{amount:.2f} {currency or ''}".strip() if amount is not None else "?"


def format_event(e: dict) -> str:
    """One line for one event, e.g. 'Price drop: Kenya Nyeri (250g) 18.00 -> 16.20 USD (-10.0%)'."""
    name = e["coffee"] + (f" ({e['variant']})" if e.get("variant") else "")
    per_kg = (f" from {_money(e['price_per_kg_now'], e['currency_now'])}/kg"
              if e.get("price_per_kg_now") is not None else "")
    origins = ",".join(e.get("origin_countries") or [])
    facts = ", ".join(x for x in (origins, e.get("process"), e.get("roast_level")) if x)
    facts = f" [{facts}]" if facts else ""
    kind = e["kind"]
    if kind == "new" and e.get("variant"):
        return f"New size: {name} at {_money(e['new_price'], e['currency'])}"
    if kind == "new":
        return f"New: {name}{facts}{per_kg}"
    if kind == "returned":
        return f"Listed again: {name}{facts}{per_kg}"
    if kind == "price_change":
        pct = e.get("change_pct")
        verb = "Price drop" if pct is not None and pct < 0 else "Price rise"
        pct_text = f" ({pct:+.1f}%)" if pct is not None else ""
        return f"{verb}: {name} {e['old_price']:.2f} -> {_money(e['new_price'], e['currency'])}{pct_text}"
    if kind == "back_in_stock":
        return f"Back in stock: {name}{per_kg}"
    if kind == "sold_out":
        return f"Sold out: {name}"
    if kind == "removed":
        return f"No longer listed: {name}"
    return f"{kind}: {name}"


def format_digest(events: list[dict]) -> dict | None:
    """One message for one run's watched events: title, text (a line and link per event), key, roaster."""
    if not events:
        return None
    first = events[0]
    counts: dict[str, int] = {}
    for e in events:
        counts[e["kind"]] = counts.get(e["kind"], 0) + 1
    summary = ", ".join(f"{n} {_KIND_LABEL[k]}" for k, n in counts.items())
    lines = [f"- {format_event(e)}" + (f"\n  {e['url']}" if e.get("url") else "") for e in events]
    return {
        "key": f"catalog_events:run:{first['run_id']}",  # one message per run: a re-send is a duplicate
        "roaster": first["roaster"],
        "run_id": first["run_id"],
        "title": f"{first['roaster_name']}: {summary}",
        "text": "\n".join(lines),
        "events": [e["id"] for e in events],
    }


NEWS_KIND = "news"  # the alerts package's Notification.kind for catalogue news (not an incident)


def alerts_sender(settings):
    """send(message) -> delivered?, through the alerts package's channels (webhook, e-mail).

    Uses its public API: `channels_from_settings(settings)` and `deliver(channels, [Notification])`.
    Sentry is left out: it tracks problems, and a price drop is not one.
    """
    from coffee_scraper.alerts import Notification, channels_from_settings, deliver
    from coffee_scraper.alerts.channels import render_text

    channels = [c for c in channels_from_settings(settings) if getattr(c, "name", "") != "sentry"]

    def send(message: dict) -> bool:
        note = Notification(kind=NEWS_KIND, roaster=message["roaster"], monitor="catalog_events",
                            message=f"{message['title']}\n{message['text']}", run_id=message["run_id"])
        if not channels:
            logger.info("events: run=%s roaster=%s %s (no alert channel enabled: not sent)",
                        message["run_id"], message["roaster"], message["title"])
            return False
        if not render_text([note]).strip():
            # An alerts package that does not know kind "news" would post an empty message.
            logger.warning("events: run=%s roaster=%s: the alert channels do not render kind %r yet; "
                           "digest not sent", message["run_id"], message["roaster"], NEWS_KIND)
            return False
        outcome = deliver(channels, [note])
        return any(error is None for error in outcome.values())

    return send


def _mark(conn, ids: list[int], sent: bool) -> list[int]:
    """Claim unsent events before sending (so two processes never both send them) or release them."""
    sql = ("UPDATE catalog_events SET notified_at = now() WHERE id = ANY(%s) AND notified_at IS NULL RETURNING id"
           if sent else "UPDATE catalog_events SET notified_at = NULL WHERE id = ANY(%s) RETURNING id")
    with conn.cursor() as cur:
        cur.execute(sql, (ids,))
        done = [r[0] for r in cur.fetchall()]
    if not conn.autocommit:
        conn.commit()
    return done


def notify_run_events(conn, run_id: int, settings, send=None) -> dict | None:
    """Send the run's watched, not yet sent events as one digest; returns the message sent, else None.

    `settings` gives EVENTS_WATCH (and the alert channels); `send(message) -> bool` defaults to
    `alerts_sender(settings)`. Sent events are marked (`notified_at`), so calling this again for the
    run sends nothing; events whose digest could not be delivered stay unsent.
    """
    events = watched_events(conn, run_id, Watch.from_settings(settings), unsent_only=True)
    if not events:
        return None
    claimed = set(_mark(conn, [e["id"] for e in events], sent=True))
    message = format_digest([e for e in events if e["id"] in claimed])
    if message is None:
        return None
    send = send or alerts_sender(settings)
    try:
        delivered = bool(send(message))
    except Exception:  # noqa: BLE001 - news must never break a crawl's shutdown
        logger.exception("events: run=%s roaster=%s: sending the digest failed", run_id, message["roaster"])
        delivered = False
    if not delivered:
        _mark(conn, message["events"], sent=False)
        return None
    logger.info("events: run=%s roaster=%s sent: %s", run_id, message["roaster"], message["title"])
    return message
