-- 0003: alert state shared by every crawl process (cooldown and dedup per roaster and monitor),
-- and the log of notifications actually sent.

CREATE TABLE alert_state (
    roaster          text NOT NULL,
    monitor          text NOT NULL,
    failing          boolean NOT NULL DEFAULT false,
    -- Whether the current failure episode has been announced (a recovery is only sent for those).
    notified         boolean NOT NULL DEFAULT false,
    failing_since    timestamptz,
    last_alert_at    timestamptz,
    last_recovery_at timestamptz,
    last_message     text,
    last_run_id      bigint,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (roaster, monitor)
);

CREATE TABLE alert_log (
    id          bigserial PRIMARY KEY,
    roaster     text NOT NULL,
    monitor     text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('alert', 'recovery', 'test', 'news')),
    message     text NOT NULL,
    channels    jsonb NOT NULL DEFAULT '{}'::jsonb,
    sent_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_log_key_idx ON alert_log (roaster, monitor, sent_at DESC);
