"""Alert channels, secret scrubbing and the Postgres-backed cooldown/dedup state, against local receivers."""
import json

import psycopg2
import pytest

from coffee_scraper.alerts.channels import WebhookChannel
from coffee_scraper.alerts.scrub import before_send, scrub_text
from coffee_scraper.alerts.state import process_checks
from coffee_scraper.monitors.checks import Check
from coffee_scraper.monitors.thresholds import Thresholds
from tests.conftest import rows
from tests.test_monitoring_support import Receiver, closed_port, reset_alerts, run_cli

SECRET = "s3cretPassw0rd"
DATABASE_URL = f"postgresql://coffee:{SECRET}@127.0.0.1:{closed_port()}/coffee"


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.stop()


@pytest.fixture
def conn(db_dsn):
    reset_alerts(db_dsn)
    c = psycopg2.connect(db_dsn)
    c.autocommit = True
    yield c
    c.close()


def fail(monitor="item_count", roaster="flappy"):
    return Check(roaster, monitor, False, "zero valid items (previous successful run 1 had 40)")


def ok(monitor="item_count", roaster="flappy"):
    return Check(roaster, monitor, True, "40 valid items")


def test_flapping_shop_sends_one_alert_and_one_recovery(conn, receiver):
    channels = [WebhookChannel(receiver.url)]
    for checks in ([fail()], [fail()], [ok()], [fail()], [ok()], [fail()]):
        process_checks(conn, checks, channels, cooldown=300)
    texts = receiver.texts()
    # fail (alert), fail (dedup), ok (recovery), fail (inside the cooldown: held), ok (nothing to recover), fail (held)
    assert len(texts) == 2, texts
    assert "problem" in texts[0] and "roaster=flappy" in texts[0] and "item_count" in texts[0]
    assert "recovered" in texts[1]
    state = rows(conn, "SELECT failing, notified FROM alert_state WHERE roaster = 'flappy'")
    assert state == [(True, False)]  # failing, not yet announced
    # Once the cooldown is over, the still-failing check is announced by the next run.
    process_checks(conn, [fail()], channels, cooldown=0)
    assert len(receiver.texts()) == 3
    process_checks(conn, [fail()], channels, cooldown=0)
    assert len(receiver.texts()) == 3  # announced once per episode, however short the cooldown


def test_keys_are_independent_and_batched(conn, receiver):
    channels = [WebhookChannel(receiver.url)]
    process_checks(conn, [fail("item_count", "a"), fail("coverage", "a"), fail("item_count", "b"), ok("review", "a")],
                   channels, cooldown=300)
    texts = receiver.texts()
    assert len(texts) == 1 and texts[0].count("•") == 3  # one message per run, one line per (roaster, monitor)
    process_checks(conn, [ok("item_count", "a"), fail("coverage", "a")], channels, cooldown=300)
    assert len(receiver.texts()) == 2 and "roaster=a" in receiver.texts()[1] and "coverage" not in receiver.texts()[1]


def test_unjudged_checks_and_failed_delivery_leave_state_for_next_run(conn, receiver):
    broken = [WebhookChannel(f"http://127.0.0.1:{closed_port()}/hook", timeout=2)]
    process_checks(conn, [Check("x", "review", None, "database unreachable")], broken, cooldown=300)
    assert rows(conn, "SELECT count(*) FROM alert_state") == [(0,)]
    process_checks(conn, [fail(roaster="x")], broken, cooldown=300)
    assert rows(conn, "SELECT failing, notified FROM alert_state") == [(True, False)]
    # The channel works again: the failure is still announced (no alert was lost to the outage).
    process_checks(conn, [fail(roaster="x")], [WebhookChannel(receiver.url)], cooldown=300)
    assert len(receiver.texts()) == 1


def test_alerts_test_command_reports_each_channel(receiver):
    result = run_cli(["alerts", "test", "-s", f"ALERT_WEBHOOK_URL={receiver.url}/hook"])
    assert result.returncode == 0, result.stderr
    assert "ok    webhook" in result.stdout
    assert "test alert" in receiver.texts()[0]

    dead = f"http://127.0.0.1:{closed_port()}/hook"
    result = run_cli(["alerts", "test", "-s", f"ALERT_WEBHOOK_URL={dead}"])
    assert result.returncode == 1
    assert "FAIL  webhook" in result.stdout and "unreachable" in result.stdout

    result = run_cli(["alerts", "test"])
    assert result.returncode == 1 and "no alert channel enabled" in result.stderr


def test_sentry_event_reaches_fake_sentry_without_secrets(receiver):
    dsn = f"http://public@127.0.0.1:{receiver.port}/1"
    message = f"db at postgresql://coffee:{SECRET}@db.internal/coffee, ask ops@example.com, password={SECRET}"
    result = run_cli(["alerts", "test", "-s", "ALERT_SENTRY=True", "--message", message],
                     env={"SENTRY_DSN": dsn, "DATABASE_URL": DATABASE_URL})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    sentry" in result.stdout
    envelopes = [r for r in receiver.requests if r["path"].startswith("/api/1/")]
    assert envelopes, receiver.requests
    payload = b"".join(r["body"] for r in envelopes).decode("utf-8", "replace")
    assert "alerts_test" in payload and "coffee_scraper" in payload  # the event did arrive
    assert SECRET not in payload and "ops@example.com" not in payload
    assert "[Filtered]" in payload and "[email]" in payload  # the message arrived, scrubbed
    assert SECRET not in result.stdout + result.stderr


def test_sentry_unreachable_is_reported_as_failure():
    dsn = f"http://public@127.0.0.1:{closed_port()}/1"
    result = run_cli(["alerts", "test", "-s", "ALERT_SENTRY=True", "-s", "ALERT_TIMEOUT=3"], env={"SENTRY_DSN": dsn})
    assert result.returncode == 1 and "FAIL  sentry" in result.stdout


def test_before_send_drops_user_environment_and_scrubs_nested_values():
    event = {
        "message": f"connect {DATABASE_URL} failed",
        "user": {"email": "someone@example.com", "ip_address": "10.0.0.1"},
        "request": {"url": "http://x/", "headers": {"Authorization": "Bearer abc.def"}, "cookies": "s=1"},
        "contexts": {"environment": {"DATABASE_URL": DATABASE_URL}},
        "extra": {"settings": {"DATABASE_URL": DATABASE_URL, "roaster": "onyx"}, "notes": ["token=abc123"]},
    }
    out = json.dumps(before_send(event))
    assert SECRET not in out and "someone@example.com" not in out and "abc.def" not in out and "abc123" not in out
    assert "onyx" in out and "http://x/" in out
    assert scrub_text(f"see {DATABASE_URL}") == f"see postgresql://coffee:[Filtered]@127.0.0.1:{DATABASE_URL.rsplit(':', 1)[1]}"


class _Roaster:
    slug, url, settings = "onyx", "https://onyx.example", {}

    def __init__(self, monitoring):
        self.monitoring = monitoring


def test_thresholds_from_settings_and_registry_overrides():
    from scrapy.settings import Settings

    base = Thresholds.from_settings(Settings({"ITEM_DROP_THRESHOLD": "0.3", "MONITOR_FIELD_COVERAGE": {"process": 0.9}}))
    assert base.item_drop == 0.3 and base.fetch_failure_max == 0.05
    assert base.field_coverage == {"process": 0.9}
    roaster = _Roaster({"fetch_failure_max": 0.2, "field_coverage": {"roast_level": 0}, "muted": True,
                        "typo_key": 1, "max_retries": "not a number"})
    t = base.for_roaster(roaster)
    assert t.fetch_failure_max == 0.2 and t.muted is True and t.max_retries == 50
    assert t.field_coverage == {"process": 0.9, "roast_level": 0.0}
    assert base.for_roaster(_Roaster(None)) is base


def test_email_channel_sends_through_mailsender():
    from tests.test_monitoring_support import SmtpReceiver

    smtp = SmtpReceiver()
    try:
        result = run_cli(["alerts", "test", "-s", "ALERT_EMAIL_TO=ops@example.com", "-s", "MAIL_HOST=127.0.0.1",
                          "-s", f"MAIL_PORT={smtp.port}", "-s", "MAIL_FROM=coffee@example.com"])
        assert result.returncode == 0, result.stdout + result.stderr
        assert "ok    email" in result.stdout
        (mail,) = smtp.messages
        assert mail["to"] == ["ops@example.com"] and "[coffee_scraper] test alert" in mail["data"]
    finally:
        smtp.stop()
    result = run_cli(["alerts", "test", "-s", "ALERT_EMAIL_TO=ops@example.com", "-s", "MAIL_HOST=127.0.0.1",
                      "-s", f"MAIL_PORT={closed_port()}"])
    assert result.returncode == 1 and "FAIL  email" in result.stdout


def test_shop_text_is_escaped_for_each_sink():
    from coffee_scraper.alerts.channels import EmailChannel, Notification, render_text
    from scrapy.settings import Settings

    hostile = "Gesha <!channel> <@U024BE7LH> <http://evil.example|your bank> A&B\x1b[31m red\r\nforged: line"
    note = Notification("alert", "evil<!here>", "item_count", hostile, url="https://shop.example/<x>")
    chat = render_text([note])
    for markup in ("<!channel>", "<!here>", "<@U024BE7LH>", "<http://evil.example|your bank>", "\x1b", "\r"):
        assert markup not in chat
    assert "&lt;!channel&gt;" in chat and "A&amp;B" in chat and "&lt;http://evil.example|your bank&gt;" in chat
    assert len(chat.splitlines()) == 2  # the header and one bullet: no forged line
    # JSON carries the escaped text verbatim.
    assert json.loads(json.dumps({"text": chat}))["text"] == chat
    mail = EmailChannel(Settings({"MAIL_FROM": "c@example.com"}), ["ops@example.com"]).message([note])
    body = mail.get_content()
    assert "\x1b" not in body and "\r" not in body.replace("\r\n", "\n") and "<!channel>" in body
    assert "\n" not in mail["Subject"] and "\x1b" not in mail["Subject"]


def test_email_sent_from_a_running_reactor_goes_out_off_its_thread(tmp_path):
    """In a crawl the reactor runs: smtplib works in Twisted's thread pool, and the mail still goes out."""
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.test_monitoring_support import SmtpReceiver

    smtp = SmtpReceiver()
    script = tmp_path / "send.py"
    script.write_text(f"""
import threading
from scrapy.settings import Settings
from twisted.internet import reactor
from coffee_scraper.alerts.channels import EmailChannel, Notification
channel = EmailChannel(Settings({{"MAIL_HOST": "127.0.0.1", "MAIL_PORT": {smtp.port}}}), ["ops@example.com"])
sent_from = []
original = channel._send
channel._send = lambda message: (sent_from.append(threading.current_thread().name), original(message))[1]
def go():
    channel.send([Notification("test", "-", "alerts_test", "from a crawl")])
    reactor.callLater(0.5, reactor.stop)
reactor.callWhenRunning(go)
reactor.run(installSignalHandlers=False)
print("main" if sent_from == [threading.main_thread().name] else "thread" if sent_from else "none")
""")
    try:
        result = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert result.stdout.strip() == "thread", result.stdout + result.stderr
        (mail,) = smtp.messages
        assert mail["to"] == ["ops@example.com"] and "from a crawl" in mail["data"]
    finally:
        smtp.stop()


def test_mail_password_from_a_file(tmp_path, monkeypatch):
    from coffee_scraper.alerts.channels import read_secret
    from scrapy.settings import Settings

    monkeypatch.delenv("MAIL_PASS", raising=False)
    (tmp_path / "pass").write_text("from-a-file\n")
    assert read_secret(Settings({"MAIL_PASS_FILE": str(tmp_path / "pass")}), "MAIL_PASS") == "from-a-file"
    monkeypatch.setenv("MAIL_PASS", "from-env")
    assert read_secret(Settings({}), "MAIL_PASS") == "from-env"
