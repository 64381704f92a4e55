-- The TAL's base (talBase, read at every GET /api/tal and so at every sync) without a walk of every
-- account: the accounts whose data lists them on the TAL, by a partial index that holds only those.
-- At 10 million accounts the walk took seconds per sync; the index holds the TAL's few thousand.
CREATE INDEX accounts_listed ON accounts (id) WHERE NOT deleted AND (document->>'onTal')::boolean;
