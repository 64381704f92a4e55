-- Each period every TAL account is recertified: kept (confirmed) or removed, by whom, when and why.
-- One row per account and period: the latest action stands (server/routes/recertifications.ts).
CREATE TABLE recertifications (
  period text NOT NULL,
  account_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('keep', 'remove')),
  reason text NOT NULL,
  actor_id text NOT NULL REFERENCES members (id),
  actor_name text,
  team text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (period, account_id)
);
CREATE INDEX recertifications_by_team ON recertifications (period, team);
