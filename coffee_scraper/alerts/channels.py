"""Alert channels: a Slack-compatible webhook, Sentry and e-mail (smtplib), each off until configured.

Settings (all off by default):
  ALERT_WEBHOOK_URL   POST {"text": ...} here (Slack incoming webhooks and most chat tools accept it)
  ALERT_SENTRY        True: send alerts to Sentry; the DSN comes from the environment, SENTRY_DSN
  ALERT_EMAIL_TO      recipient list; sent over SMTP with Scrapy's MAIL_HOST, MAIL_PORT, MAIL_FROM, MAIL_USER,
                      MAIL_TLS, MAIL_SSL; the password from $MAIL_PASS or the file named by MAIL_PASS_FILE
  ALERT_TIMEOUT       seconds per delivery (default 10)

Shop text (titles, messages, URLs) is untrusted: it is escaped for each sink (Slack mrkdwn, plain text).
"""
from __future__ import annotations

import json
import logging
import os
import re
import smtplib
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import EmailMessage

from coffee_scraper.alerts.scrub import before_send, scrub_text

logger = logging.getLogger("coffee_scraper.alert")


@dataclass
class Notification:
    """One thing to tell operators: a (roaster, monitor) that started failing, recovered, or a test."""

    kind: str  # alert | recovery | test | news (catalogue events for a watch list)
    roaster: str
    monitor: str
    message: str
    url: str | None = None
    run_id: int | None = None

    def line(self, escape=None) -> str:
        escape = escape or plain
        where = f"roaster={escape(self.roaster)}" + (f" url={escape(self.url)}" if self.url else "")
        run = f" (run {self.run_id})" if self.run_id else ""
        return f"{where} {escape(self.monitor)}: {escape(self.message)}{run}"


# C0/C1 controls (ANSI escapes, CR/LF that would forge lines or headers) and bidi overrides.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain(text: str, keep_newlines: bool = False) -> str:
    """Shop text for e-mail and terminals: control characters become spaces."""
    return (_CONTROL_BUT_NEWLINE if keep_newlines else _CONTROL).sub(" ", str(text))


def slack(text: str, keep_newlines: bool = False) -> str:
    """Shop text for Slack mrkdwn: `<!channel>`, `<@U123>` and `<http://evil|innocent>` shown, not obeyed.

    Slack's rule: escape exactly &, < and > (https://api.slack.com/reference/surfaces/formatting#escaping).
    """
    return plain(text, keep_newlines).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_text(batch: list[Notification], escape=slack) -> str:
    """One message for a whole batch: operators get one ping per crawl, not one per check.

    ESCAPE is applied to every piece of shop or registry text: `slack` for chat, `plain` for e-mail.
    """
    alerts = [n for n in batch if n.kind == "alert"]
    recoveries = [n for n in batch if n.kind == "recovery"]
    tests = [n for n in batch if n.kind == "test"]
    news = [n for n in batch if n.kind == "news"]
    parts = []
    if alerts:
        parts.append(f":rotating_light: coffee_scraper: {len(alerts)} problem(s)")
        parts += [f"• {n.line(escape)}" for n in alerts]
    if recoveries:
        parts.append(f":white_check_mark: coffee_scraper: {len(recoveries)} recovered")
        parts += [f"• {n.line(escape)}" for n in recoveries]
    if tests:
        parts.append(":bell: coffee_scraper: test alert (" + escape(tests[0].message) + ")")
    for n in news:
        parts.append(f":coffee: {escape(n.message, keep_newlines=True)}")
    return scrub_text("\n".join(parts))


def subject_of(batch: list[Notification]) -> str:
    alerts = sum(n.kind == "alert" for n in batch)
    recoveries = sum(n.kind == "recovery" for n in batch)
    if not alerts and not recoveries:
        if any(n.kind == "news" for n in batch):
            return "[coffee_scraper] catalogue news: " + ", ".join(sorted({plain(n.roaster) for n in batch})[:5])
        return "[coffee_scraper] test alert"
    bits = ([f"{alerts} problem(s)"] if alerts else []) + ([f"{recoveries} recovered"] if recoveries else [])
    roasters = sorted({plain(n.roaster) for n in batch})
    return f"[coffee_scraper] {', '.join(bits)}: {', '.join(roasters[:5])}{'...' if len(roasters) > 5 else ''}"


class AlertChannelError(Exception):
    """A channel could not deliver (the message names the channel, never its secret URL)."""


class WebhookChannel:
    name = "webhook"

    def __init__(self, url: str, timeout: float = 10.0):
        self.url = url
        self.timeout = timeout

    def send(self, batch: list[Notification]) -> None:
        body = json.dumps({"text": render_text(batch)}).encode("utf-8")
        request = urllib.request.Request(self.url, data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            raise AlertChannelError(f"webhook answered HTTP {exc.code}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise AlertChannelError(f"webhook unreachable: {type(reason).__name__}: {scrub_text(str(reason))}") from None


class SentryChannel:
    """Sentry through a private client: the process-wide SDK state of other code is left alone."""

    name = "sentry"

    def __init__(self, dsn: str, timeout: float = 10.0, environment: str | None = None):
        self.dsn = dsn
        self.timeout = timeout
        self.environment = environment

    def _client(self):
        import sentry_sdk
        from sentry_sdk.transport import HttpTransport

        lost: list[str] = []

        class RecordingTransport(HttpTransport):
            """Sentry drops undeliverable events silently; remember them so a failed send is reported."""

            def record_lost_event(self, reason, data_category=None, item=None, *, quantity=1):
                category = data_category or (item.data_category if item is not None else None)
                if category in (None, "error", "default"):
                    lost.append(str(reason))
                return super().record_lost_event(reason, data_category, item, quantity=quantity)

        client = sentry_sdk.Client(
            dsn=self.dsn,
            transport=RecordingTransport,
            before_send=before_send,
            send_default_pii=False,
            include_local_variables=False,
            default_integrations=False,
            auto_enabling_integrations=False,
            environment=self.environment,
            server_name="coffee_scraper",
            max_breadcrumbs=0,
        )
        return client, lost

    def send(self, batch: list[Notification]) -> None:
        import sentry_sdk

        client, lost = self._client()
        for n in batch:
            if n.kind in ("recovery", "news"):
                continue  # Sentry issues track problems; recoveries and news go to chat and mail
            # A forked current scope bound to our client: the process's own Sentry setup is untouched.
            with sentry_sdk.new_scope() as scope:
                scope.set_client(client)
                scope.set_tag("roaster", n.roaster)
                scope.set_tag("monitor", n.monitor)
                scope.set_tag("kind", n.kind)
                if n.run_id:
                    scope.set_extra("run_id", n.run_id)
                if n.url:
                    scope.set_extra("roaster_url", n.url)
                # One Sentry issue per (roaster, monitor), whatever the numbers in the message.
                scope.fingerprint = ["coffee_scraper", n.kind, n.roaster, n.monitor]
                event_id = scope.capture_message(scrub_text(f"{n.roaster} {n.monitor}: {n.message}"),
                                                 level="info" if n.kind == "test" else "error")
            if event_id is None:
                lost.append("dropped before sending")
        client.flush(timeout=self.timeout)
        client.close(timeout=self.timeout)
        if lost:
            raise AlertChannelError(f"Sentry did not accept the event ({', '.join(sorted(set(lost)))})")


class EmailChannel:
    """E-mail with smtplib (scrapy.mail is deprecated in Scrapy 2.19).

    smtplib blocks: inside a crawl (send called on the running reactor's thread) the mail goes out from
    Twisted's thread pool, which finishes its work before the process exits; failures are logged there.
    Outside a crawl (the CLI) it is sent at once, so the caller learns whether it went out.
    """

    name = "email"

    def __init__(self, settings, recipients: list[str]):
        self.recipients = recipients
        self.host = settings.get("MAIL_HOST") or "localhost"
        self.port = settings.getint("MAIL_PORT", 25)
        self.sender = settings.get("MAIL_FROM") or "coffee_scraper@localhost"
        self.user = settings.get("MAIL_USER") or None
        self.password = read_secret(settings, "MAIL_PASS")
        self.tls = settings.getbool("MAIL_TLS", False)
        self.ssl = settings.getbool("MAIL_SSL", False)
        self.timeout = settings.getfloat("ALERT_TIMEOUT", 10.0)

    def message(self, batch: list[Notification]) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = subject_of(batch)
        message["From"] = self.sender
        message["To"] = ", ".join(self.recipients)
        message.set_content(render_text(batch, escape=plain))
        return message

    def send(self, batch: list[Notification]) -> None:
        message = self.message(batch)
        from twisted.python import threadable

        if threadable.isInIOThread():
            from twisted.internet.threads import deferToThread

            deferToThread(self._send_logged, message)
            return
        self._send(message)

    def _send(self, message: EmailMessage) -> None:
        smtp_class = smtplib.SMTP_SSL if self.ssl else smtplib.SMTP
        try:
            with smtp_class(self.host, self.port, timeout=self.timeout) as smtp:
                if self.tls and not self.ssl:
                    smtp.starttls()
                if self.user:
                    smtp.login(self.user, self.password or "")
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise AlertChannelError(f"e-mail not sent: {type(exc).__name__}: {scrub_text(str(exc))}") from None

    def _send_logged(self, message: EmailMessage) -> None:
        try:
            self._send(message)
        except AlertChannelError as exc:
            logger.error("alert channel email failed: %s", exc)


def read_secret(settings, name: str) -> str | None:
    """A secret from the setting NAME, else $NAME, else the file named by NAME_FILE (setting or environment).

    A file (a Docker/systemd credential) keeps the secret out of command lines and the environment.
    """
    value = settings.get(name) or os.environ.get(name)
    if value:
        return value
    path = settings.get(f"{name}_FILE") or os.environ.get(f"{name}_FILE")
    if not path:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().strip() or None
    except OSError as exc:
        raise AlertChannelError(f"{name}_FILE {path}: {exc.strerror}") from None


def channels_from_settings(settings) -> list:
    """The enabled channels; an enabled channel whose configuration is missing is logged, not fatal."""
    timeout = settings.getfloat("ALERT_TIMEOUT", 10.0)
    channels: list = []
    webhook = settings.get("ALERT_WEBHOOK_URL") or None
    if webhook:
        channels.append(WebhookChannel(webhook, timeout))
    if settings.getbool("ALERT_SENTRY", False):
        dsn = os.environ.get("SENTRY_DSN")
        if dsn:
            channels.append(SentryChannel(dsn, timeout, settings.get("ALERT_ENVIRONMENT")))
        else:
            logger.error("ALERT_SENTRY is on but SENTRY_DSN is not set in the environment: Sentry alerts disabled")
    recipients = settings.getlist("ALERT_EMAIL_TO", [])
    if recipients:
        channels.append(EmailChannel(settings, recipients))
    return channels


def deliver(channels: list, batch: list[Notification]) -> dict[str, str | None]:
    """Send BATCH through every channel; returns {channel: None if delivered else the error}."""
    outcome: dict[str, str | None] = {}
    if not batch:
        return outcome
    for channel in channels:
        try:
            channel.send(batch)
            outcome[channel.name] = None
        except Exception as exc:  # noqa: BLE001 - one broken channel must not silence the others
            message = scrub_text(str(exc)) if isinstance(exc, AlertChannelError) else f"{type(exc).__name__}: {scrub_text(str(exc))}"
            outcome[channel.name] = message
            logger.error("alert channel %s failed for roaster(s) %s: %s", channel.name,
                         ",".join(sorted({n.roaster for n in batch})), message)
    return outcome
