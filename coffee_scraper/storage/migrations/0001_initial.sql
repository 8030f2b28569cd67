-- 0001: the catalogue, its price history, and the runs and raw artifacts behind it.

CREATE TABLE roasters (
    id          bigserial PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    name        text NOT NULL,
    base_url    text NOT NULL,
    platform    text NOT NULL,
    currency    char(3),
    settings    jsonb NOT NULL DEFAULT '{}'::jsonb,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per roaster per crawl.
CREATE TABLE scrape_runs (
    id              bigserial PRIMARY KEY,
    roaster_id      bigint NOT NULL REFERENCES roasters(id) ON DELETE CASCADE,
    spider          text NOT NULL,
    job_id          text,
    status          text NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'aborted')),
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    finish_reason   text,
    stats           jsonb NOT NULL DEFAULT '{}'::jsonb,
    incidents       jsonb NOT NULL DEFAULT '[]'::jsonb,
    monitor_results jsonb,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scrape_runs_created_at_idx ON scrape_runs (created_at);
CREATE INDEX scrape_runs_roaster_idx ON scrape_runs (roaster_id, started_at DESC);

CREATE TABLE coffees (
    id                  bigserial PRIMARY KEY,
    roaster_id          bigint NOT NULL REFERENCES roasters(id) ON DELETE CASCADE,
    product_id          text NOT NULL,
    name                text NOT NULL,
    url                 text,
    description         text,
    origin_countries    text[] NOT NULL DEFAULT '{}',
    process             text,
    roast_level         text,
    is_decaf            boolean NOT NULL DEFAULT false,
    is_blend            boolean NOT NULL DEFAULT false,
    tasting_notes       text[] NOT NULL DEFAULT '{}',
    varieties           text[] NOT NULL DEFAULT '{}',
    altitude_min_m      integer,
    altitude_max_m      integer,
    region              text,
    producer            text,
    image_url           text,
    content_hash        text,
    processing_status   text NOT NULL DEFAULT 'ok' CHECK (processing_status IN ('ok', 'review', 'resolved')),
    warnings            jsonb NOT NULL DEFAULT '[]'::jsonb,
    first_seen_at       timestamptz NOT NULL DEFAULT now(),
    last_seen_at        timestamptz NOT NULL DEFAULT now(),
    last_run_id         bigint REFERENCES scrape_runs(id) ON DELETE SET NULL,
    UNIQUE (roaster_id, product_id)
);

CREATE TABLE variants (
    id                  bigserial PRIMARY KEY,
    coffee_id           bigint NOT NULL REFERENCES coffees(id) ON DELETE CASCADE,
    variant_id          text NOT NULL,
    title               text,
    weight_grams        integer CHECK (weight_grams IS NULL OR weight_grams > 0),
    grind               text,
    sku                 text,
    -- Latest observation; history is in prices.
    price               numeric(14, 2),
    currency            char(3),
    price_per_kg        numeric(14, 2),
    compare_at_price    numeric(14, 2),
    in_stock            boolean,
    first_seen_at       timestamptz NOT NULL DEFAULT now(),
    last_seen_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (coffee_id, variant_id)
);

-- Price history: one row per variant per run.
CREATE TABLE prices (
    id                  bigserial PRIMARY KEY,
    variant_id          bigint NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
    run_id              bigint NOT NULL REFERENCES scrape_runs(id) ON DELETE CASCADE,
    price               numeric(14, 2),
    currency            char(3),
    price_per_kg        numeric(14, 2),
    compare_at_price    numeric(14, 2),
    in_stock            boolean,
    scraped_at          timestamptz NOT NULL,
    UNIQUE (variant_id, run_id)
);
CREATE INDEX prices_variant_id_idx ON prices (variant_id);

-- Every product seen, as fetched: valid, invalid (with errors) or skipped (not coffee, with reason).
CREATE TABLE scrape_artifacts (
    id                  bigserial PRIMARY KEY,
    run_id              bigint NOT NULL REFERENCES scrape_runs(id) ON DELETE CASCADE,
    roaster_id          bigint NOT NULL REFERENCES roasters(id) ON DELETE CASCADE,
    platform            text NOT NULL,
    url                 text,
    product_id          text,
    payload             jsonb NOT NULL,
    normalized          jsonb,
    content_hash        text NOT NULL,
    validation_status   text NOT NULL CHECK (validation_status IN ('valid', 'invalid', 'skipped')),
    errors              jsonb NOT NULL DEFAULT '[]'::jsonb,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (run_id, product_id)
);
CREATE INDEX scrape_artifacts_validation_status_idx ON scrape_artifacts (validation_status);
CREATE INDEX scrape_artifacts_roaster_idx ON scrape_artifacts (roaster_id, created_at);
