"""Alert dedup and cooldown per (roaster, monitor), kept in Postgres so every crawl process shares it.

A key's life: passing → failing (alert, unless one went out for it less than ALERT_COOLDOWN
seconds ago) → failing again (nothing: already announced) → passing (one recovery notice, only
for an announced failure). A shop that flaps inside the cooldown therefore sends one alert and
one recovery; if it is still failing once the cooldown is over, the next run announces it.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from psycopg2.extras import execute_values

from coffee_scraper.alerts.channels import Notification, deliver

logger = logging.getLogger("coffee_scraper.alert")
_LOCK_SQL = (
    "SELECT roaster, monitor, failing, notified, last_alert_at, now() FROM alert_state "
    "WHERE (roaster, monitor) IN (SELECT * FROM unnest(%s::text[], %s::text[])) "
    "ORDER BY roaster, monitor FOR UPDATE"
)


def process_checks(conn, checks, channels, cooldown: float, urls=None, run_ids=None) -> list[Notification]:
    """Update the state for CHECKS (objects with roaster, monitor, ok, message), send what is due.

    Checks with ok=None (could not be judged) leave the state alone. Returns the notifications
    delivered (or logged, when no channel is enabled). Rows stay locked while sending, so two
    crawls of one roaster finishing together cannot both announce the same failure.
    """
    urls, run_ids = urls or {}, run_ids or {}
    judged = {}
    for c in checks:
        if c.ok is None:
            continue
        prev = judged.get((c.roaster, c.monitor))
        # Several checks under one key (a crawl-wide monitor): failing wins.
        if prev is None or (prev.ok and not c.ok):
            judged[(c.roaster, c.monitor)] = c
    if not judged:
        return []
    keys = sorted(judged)
    conn.autocommit = False
    try:
        with conn.cursor() as cur:
            execute_values(cur, "INSERT INTO alert_state (roaster, monitor) VALUES %s ON CONFLICT DO NOTHING", keys)
            cur.execute(_LOCK_SQL, ([k[0] for k in keys], [k[1] for k in keys]))
            state = {(r[0], r[1]): r[2:] for r in cur.fetchall()}
            due: list[Notification] = []
            updates = []
            for key in keys:
                check = judged[key]
                failing, notified, last_alert_at, now = state[key]
                note = Notification("alert" if not check.ok else "recovery", key[0], key[1], check.message,
                                    urls.get(key[0]), run_ids.get(key[0]))
                if not check.ok:
                    cooled = last_alert_at is None or now - last_alert_at >= timedelta(seconds=cooldown)
                    if not notified and cooled:
                        due.append(note)
                    updates.append((key, "fail", not failing))
                else:
                    if failing and notified:
                        due.append(note)
                    updates.append((key, "pass", failing))
            outcome = deliver(channels, due) if channels else {}
            delivered = not channels or any(err is None for err in outcome.values())
            sent = due if delivered else []
            sent_keys = {(n.roaster, n.monitor) for n in sent}
            for key, verdict, changed in updates:
                check = judged[key]
                if verdict == "fail":
                    cur.execute(
                        "UPDATE alert_state SET failing = true, "
                        "failing_since = CASE WHEN failing THEN failing_since ELSE now() END, "
                        "notified = notified OR %s, last_alert_at = CASE WHEN %s THEN now() ELSE last_alert_at END, "
                        "last_message = %s, last_run_id = %s, updated_at = now() WHERE roaster = %s AND monitor = %s",
                        (key in sent_keys, key in sent_keys, check.message, run_ids.get(key[0]), *key),
                    )
                elif changed:
                    cur.execute(
                        "UPDATE alert_state SET failing = false, notified = false, failing_since = NULL, "
                        "last_recovery_at = CASE WHEN %s THEN now() ELSE last_recovery_at END, "
                        "last_message = %s, last_run_id = %s, updated_at = now() WHERE roaster = %s AND monitor = %s",
                        (key in sent_keys, check.message, run_ids.get(key[0]), *key),
                    )
            if sent:
                from psycopg2.extras import Json

                execute_values(
                    cur, "INSERT INTO alert_log (roaster, monitor, kind, message, channels) VALUES %s",
                    [(n.roaster, n.monitor, n.kind, n.message, Json(outcome)) for n in sent],
                )
        conn.commit()
    except Exception:
        conn.rollback()
        raise
    finally:
        conn.autocommit = True
    for n in sent:
        via = ",".join(k for k, v in outcome.items() if v is None)
        (logger.info if via else logger.warning)("%s %s: %s", n.kind, f"sent via {via}" if via else
                                                 "(no alert channel enabled)", n.line())
    return sent
