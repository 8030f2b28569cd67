"""Scrubbing of secrets and personal data from anything that leaves the process (Sentry events, alert text)."""
from __future__ import annotations

import re
from typing import Any

from coffee_scraper.redact import FILTERED, env_secrets, redact

# Keys whose values are secret or personal whatever they contain.
SECRET_KEY = re.compile(
    r"pass(word|wd)?|secret|token|api[_-]?key|auth|cookie|session|dsn|database_url|credential|private|"
    r"email|e-mail|phone|ip_address|remote_addr|x-forwarded-for|user",
    re.I,
)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def scrub_text(text: str, secrets: list[str] | None = None) -> str:
    """Secrets redacted (coffee_scraper.redact) and e-mail addresses removed."""
    return EMAIL.sub("[email]", redact(text, secrets))


def scrub(value: Any, secrets: list[str] | None = None, _depth: int = 0) -> Any:
    """A deep copy of VALUE with secret keys filtered and every string scrubbed."""
    if secrets is None:
        secrets = env_secrets()
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
