-- 0002: catalogue-change events (new, returned, removed, price_change, sold_out, back_in_stock) per run.

CREATE TABLE catalog_events (
    id                  bigserial PRIMARY KEY,
    roaster_id          bigint NOT NULL REFERENCES roasters(id) ON DELETE CASCADE,
    -- The run that observed the change; events are computed once per finished run.
    run_id              bigint NOT NULL REFERENCES scrape_runs(id) ON DELETE CASCADE,
    kind                text NOT NULL
                        CHECK (kind IN ('new', 'returned', 'removed', 'price_change', 'sold_out', 'back_in_stock')),
    coffee_id           bigint NOT NULL REFERENCES coffees(id) ON DELETE CASCADE,
    -- Set for variant-level events (price_change, a new bag size of a known coffee); NULL for coffee-level ones.
    variant_id          bigint REFERENCES variants(id) ON DELETE CASCADE,
    -- The earlier run the change is measured against (the coffee's or variant's last sighting).
    previous_run_id     bigint REFERENCES scrape_runs(id) ON DELETE SET NULL,
    old_price           numeric(14, 2),
    new_price           numeric(14, 2),
    currency            char(3),
    change_pct          numeric(8, 2),
    details             jsonb NOT NULL DEFAULT '{}'::jsonb,
    occurred_at         timestamptz NOT NULL,
    -- Set once the event went out in an alert digest (events_notify): a re-run sends nothing twice.
    notified_at         timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (run_id, kind, coffee_id, variant_id)  -- recomputing a run adds nothing
);
CREATE INDEX catalog_events_occurred_idx ON catalog_events (occurred_at DESC);
CREATE INDEX catalog_events_roaster_idx ON catalog_events (roaster_id, occurred_at DESC);
CREATE INDEX catalog_events_coffee_idx ON catalog_events (coffee_id, kind, run_id);

-- Event computation reads one run's prices; the (variant_id, run_id) key cannot serve that.
CREATE INDEX prices_run_id_idx ON prices (run_id);
