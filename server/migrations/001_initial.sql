-- Members sign in with a bearer token; only its SHA-256 hash is stored.
CREATE TABLE members (
  id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
  team text,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL
);

-- Every playbook ever put is kept; the highest version is the current one. `document` is what was
-- put; `tal` is its checked TAL section with defaults filled in, read on every proposal.
CREATE TABLE playbooks (
  version integer PRIMARY KEY,
  document jsonb NOT NULL,
  tal jsonb NOT NULL,
  author_id text NOT NULL REFERENCES members (id),
  created_at timestamptz NOT NULL
);

-- Accounts carry a change sequence number for delta sync; a deleted account keeps its row as a tombstone.
CREATE SEQUENCE account_changes;
CREATE TABLE accounts (
  id text PRIMARY KEY,
  document jsonb,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX accounts_by_seq ON accounts (seq);

-- Writers of accounts lock this one row so that sequence numbers commit in order and no reader skips one.
CREATE TABLE account_write_lock (id integer PRIMARY KEY);
INSERT INTO account_write_lock (id) VALUES (1);

CREATE TABLE proposals (
  id text PRIMARY KEY,
  type text NOT NULL CHECK (type IN ('add', 'remove')),
  account_id text NOT NULL,
  reason text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
  proposer_id text NOT NULL REFERENCES members (id),
  team text NOT NULL,
  created_at timestamptz NOT NULL,
  decided_at timestamptz,
  decider_id text REFERENCES members (id),
  note text,
  evidence jsonb
);
-- At most one open proposal of each type per account, whatever races the application loses.
CREATE UNIQUE INDEX proposals_one_open ON proposals (account_id, type) WHERE status = 'pending';
-- The quota count: pending and approved adds of a team in a period (lib/tal countsTowardQuota).
CREATE INDEX proposals_quota ON proposals (team, created_at) WHERE type = 'add' AND status IN ('pending', 'approved');
CREATE INDEX proposals_by_account ON proposals (account_id);
CREATE INDEX proposals_by_proposer ON proposals (proposer_id);

-- One row per quota scope (team, or team and rep, and period); adds lock it so that counting and inserting are atomic.
CREATE TABLE quota_locks (
  scope_key text PRIMARY KEY
);

-- A retried POST /api/proposals with the same Idempotency-Key returns the proposal made the first time.
CREATE TABLE idempotency_keys (
  member_id text NOT NULL REFERENCES members (id),
  key text NOT NULL,
  request_hash text NOT NULL,
  proposal_id text NOT NULL REFERENCES proposals (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (member_id, key)
);
