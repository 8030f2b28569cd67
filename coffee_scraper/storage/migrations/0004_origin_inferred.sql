-- 0004: whether a coffee's origin is known only from a famous region or farm ("Yirgacheffe" -> ET).
ALTER TABLE coffees ADD COLUMN origin_inferred boolean NOT NULL DEFAULT false;
