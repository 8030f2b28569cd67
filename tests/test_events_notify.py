"""Watched catalogue events: selection by roaster/origin/kind, digest wording, send-once, the alerts hook."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from scrapy.settings import Settings

from coffee_scraper.events_notify import Watch, alerts_sender, format_digest, notify_run_events, watched_events
from tests.conftest import scalar
from tests.test_report import KAFFE_1, KAFFE_2, OTHER_1, OTHER_2
from tests.test_events import History


@pytest.fixture
def runs(db):
    """Run ids of the second runs: kaffe (new E, price cut A, sold out B, back C) and other (new O2)."""
    kaffe, other = History(db, slug="kaffe"), History(db, slug="other")
    kaffe.run(KAFFE_1)
    other.run(OTHER_1)
    return kaffe.run(KAFFE_2)[0], other.run(OTHER_2)[0]


def kinds_and_names(events):
    return [(e["kind"], e["coffee"]) for e in events]


def test_watch_setting_is_parsed_and_checked():
    assert Watch.parse(None) is None and Watch.parse({}) is None and Watch.parse("") is None
    w = Watch.parse('{"roasters": ["kaffe"], "origins": ["Kenya", "et"], "kinds": ["new"]}')
    assert w == Watch(roasters=("kaffe",), origins=("KE", "ET"), kinds=("new",))
    assert Watch.from_settings(Settings({"EVENTS_WATCH": {"origins": "RW"}})) == Watch(origins=("RW",))
    for bad, message in [
        ({"roaster": ["kaffe"]}, "EVENTS_WATCH: unknown key(s) roaster"),
        ({"kinds": ["cheaper"]}, "EVENTS_WATCH.kinds: unknown cheaper"),
        ({"origins": ["Atlantis"]}, "EVENTS_WATCH.origins: 'Atlantis' is not a country"),
        ({"roasters": [1]}, "EVENTS_WATCH.roasters: expected a list of strings"),
        ("{not json", "EVENTS_WATCH: not a JSON object"),
        (["kaffe"], "EVENTS_WATCH: expected a dict"),
    ]:
        with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
            Watch.parse(bad)


def test_selection_by_roaster_or_origin_and_kind(db, runs):
    kaffe_run, other_run = runs
    assert watched_events(db, kaffe_run, None) == []
    everything = watched_events(db, kaffe_run, Watch(kinds=()))
    assert kinds_and_names(everything) == [("new", "Kenya Kiambu Natural"), ("back_in_stock", "Colombia Huila"),
                                           ("price_change", "Kenya Nyeri AA"), ("sold_out", "Ethiopia Guji")]
    assert kinds_and_names(watched_events(db, kaffe_run, Watch(origins=("KE",)))) == [
        ("new", "Kenya Kiambu Natural"), ("price_change", "Kenya Nyeri AA")]
    # A listed roaster OR a listed origin.
    w = Watch(roasters=("other",), origins=("ET",))
    assert kinds_and_names(watched_events(db, kaffe_run, w)) == [("sold_out", "Ethiopia Guji")]
    assert kinds_and_names(watched_events(db, other_run, w)) == [("new", "Rwanda Nyamasheke")]
    w = Watch(roasters=("kaffe",), kinds=("price_change", "new"))
    assert kinds_and_names(watched_events(db, kaffe_run, w)) == [
        ("new", "Kenya Kiambu Natural"), ("price_change", "Kenya Nyeri AA")]
    assert watched_events(db, kaffe_run, Watch(roasters=("nobody",))) == []


def test_digest_wording(db, runs):
    message = format_digest(watched_events(db, runs[0], Watch()))
    assert message["title"] == "Kaffe: 1 new, 1 back in stock, 1 price change, 1 sold out"
    assert message["roaster"] == "kaffe" and message["key"] == f"catalog_events:run:{runs[0]}"
    assert message["text"].splitlines() == [
        "- New: Kenya Kiambu Natural [KE, natural, light] from 100.00 USD/kg",
        "  http://kaffe.localhost/products/e",
        "- Back in stock: Colombia Huila from 88.00 USD/kg",
        "  http://kaffe.localhost/products/c",
        "- Price drop: Kenya Nyeri AA (250g) 18.00 -> 16.20 USD (-10.0%)",
        "  http://kaffe.localhost/products/a",
        "- Sold out: Ethiopia Guji",
        "  http://kaffe.localhost/products/b",
    ]
    assert format_digest([]) is None


def test_each_event_is_sent_once_and_a_failed_send_is_retried(db, runs):
    kaffe_run, _ = runs
    settings = Settings({"EVENTS_WATCH": {"origins": ["KE"]}})
    attempts = []

    def refuse(message):
        attempts.append(message)
        return False

    assert notify_run_events(db, kaffe_run, settings, send=refuse) is None and len(attempts) == 1
    assert scalar(db, "SELECT count(*) FROM catalog_events WHERE notified_at IS NOT NULL") == 0

    sent = []
    message = notify_run_events(db, kaffe_run, settings, send=lambda m: sent.append(m) or True)
    assert message is sent[0] and message["title"] == "Kaffe: 1 new, 1 price change"
    assert scalar(db, "SELECT count(*) FROM catalog_events WHERE notified_at IS NOT NULL") == 2
    assert notify_run_events(db, kaffe_run, settings, send=lambda m: sent.append(m) or True) is None
    assert len(sent) == 1

    # A wider watch later sends only what was not sent yet.
    message = notify_run_events(db, kaffe_run, Settings({"EVENTS_WATCH": {"roasters": ["kaffe"]}}),
                                send=lambda m: sent.append(m) or True)
    assert message["title"] == "Kaffe: 1 back in stock, 1 sold out"
    # Not opted in: nothing selected, nothing sent.
    assert notify_run_events(db, runs[1], Settings(), send=lambda m: sent.append(m) or True) is None
    assert len(sent) == 2


class _Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        self.server.posts.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def webhook():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    server.posts = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_delivery_through_the_alerts_package(db, runs, webhook):
    from coffee_scraper.alerts import Notification
    from coffee_scraper.alerts.channels import render_text

    kaffe_run, _ = runs
    # No channel configured: nothing sent, the events stay unsent for a later attempt.
    assert notify_run_events(db, kaffe_run, Settings({"EVENTS_WATCH": {"roasters": ["kaffe"]}})) is None
    assert scalar(db, "SELECT count(*) FROM catalog_events WHERE notified_at IS NOT NULL") == 0

    settings = Settings({"EVENTS_WATCH": {"roasters": ["kaffe"]},
                         "ALERT_WEBHOOK_URL": f"http://127.0.0.1:{webhook.server_port}/hook"})
    message = notify_run_events(db, kaffe_run, settings, send=alerts_sender(settings))
    renders_news = bool(render_text([Notification("news", "kaffe", "catalog_events", "x")]).strip())
    if renders_news:
        assert message is not None and len(webhook.posts) == 1
        # Slack shows &gt; as ">" (chat text is escaped: shop titles could carry <!channel>).
        assert "Price drop: Kenya Nyeri AA (250g) 18.00 -&gt; 16.20 USD (-10.0%)" in webhook.posts[0]["text"]
    else:
        # The alerts package does not word kind "news" yet: never post an empty message.
        assert message is None and webhook.posts == []
        assert scalar(db, "SELECT count(*) FROM catalog_events WHERE notified_at IS NOT NULL") == 0
