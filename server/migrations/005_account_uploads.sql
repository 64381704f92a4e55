-- An upload of accounts too large for one request: its batches are staged here, then applied in one
-- transaction by its commit, so the team's accounts never hold half of it (server/db/account-uploads.ts).
-- A committed upload keeps its result (a retried commit answers it again) and loses its batches;
-- uploads untouched for a day are deleted when the next one begins.
CREATE TABLE account_uploads (
  id text PRIMARY KEY,
  member_id text NOT NULL REFERENCES members (id),
  created_at timestamptz NOT NULL,
  touched_at timestamptz NOT NULL,
  result jsonb
);

CREATE TABLE account_upload_batches (
  upload_id text NOT NULL REFERENCES account_uploads (id) ON DELETE CASCADE,
  batch integer NOT NULL,
  accounts jsonb NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (upload_id, batch)
);
