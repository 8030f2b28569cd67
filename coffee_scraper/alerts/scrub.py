"""Scrubbing of secrets and personal data from anything that leaves the process (Sentry events, alert text)."""
from __future__ import annotations

import os
import re
from typing import Any

FILTERED = "[Filtered]"
# Keys whose values are secret or personal whatever they contain.
SECRET_KEY = re.compile(
    r"pass(word|wd)?|secret|token|api[_-]?key|auth|cookie|session|dsn|database_url|credential|private|"
    r"email|e-mail|phone|ip_address|remote_addr|x-forwarded-for|user",
    re.I,
)
URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]+:)[^@\s]+@", re.I)
KV_PASSWORD = re.compile(r"\b(password|passwd|pwd|token|secret|api_key)(\s*[=:]\s*)([^\s&;,'\"]+)", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
BEARER = re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+", re.I)
# Environment variables whose values must never be sent, even quoted in an unrelated string.
SECRET_ENV = ("DATABASE_URL", "SENTRY_DSN", "ALERT_WEBHOOK_URL", "MAIL_PASS", "REDIS_URL", "SCRAPYD_PASSWORD")


def _env_secrets() -> list[str]:
    values = []
    for name in SECRET_ENV:
        value = os.environ.get(name)
        if not value:
            continue
        values.append(value)
        m = re.search(r"://[^:/@\s]+:([^@\s]+)@", value)
        if m and len(m.group(1)) >= 4:
            values.append(m.group(1))
    return sorted(set(values), key=len, reverse=True)


def scrub_text(text: str, secrets: list[str] | None = None) -> str:
    """Passwords in URLs and key=value pairs, bearer tokens, e-mail addresses and known secret values removed."""
    for secret in _env_secrets() if secrets is None else secrets:
        text = text.replace(secret, FILTERED)
    text = URL_PASSWORD.sub(r"\1" + FILTERED + "@", text)
    text = KV_PASSWORD.sub(lambda m: m.group(1) + m.group(2) + FILTERED, text)
    text = BEARER.sub(lambda m: m.group(1) + " " + FILTERED, text)
    return EMAIL.sub("[email]", text)


def scrub(value: Any, secrets: list[str] | None = None, _depth: int = 0) -> Any:
    """A deep copy of VALUE with secret keys filtered and every string scrubbed."""
    if secrets is None:
        secrets = _env_secrets()
    if _depth > 20:
        return FILTERED
    if isinstance(value, dict):
        return {
            k: (FILTERED if isinstance(k, str) and SECRET_KEY.search(k) and v not in (None, "", [], {})
                and not isinstance(v, (dict, list)) else scrub(v, secrets, _depth + 1))
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [scrub(v, secrets, _depth + 1) for v in value]
    if isinstance(value, str):
        return scrub_text(value, secrets)
    return value


def before_send(event: dict, hint: dict | None = None) -> dict:
    """Sentry `before_send`: drop the user, request headers and environment, scrub everything else."""
    event = dict(event)
    event.pop("user", None)
    request = event.get("request")
    if isinstance(request, dict):
        event["request"] = {k: v for k, v in request.items() if k in ("url", "method")}
    contexts = event.get("contexts")
    if isinstance(contexts, dict):
        contexts = dict(contexts)
        contexts.pop("environment", None)  # never ship os.environ
        event["contexts"] = contexts
    event["server_name"] = "coffee_scraper"  # a hostname can identify a person's machine
    return scrub(event)
