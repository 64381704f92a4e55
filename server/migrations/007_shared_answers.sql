-- A rep's yes/no judgments and descriptions on an account belong to their team: a second rep of the
-- team sees them ("answered by Rita, 3 days ago"). One row per account and team; the last save wins.
CREATE TABLE shared_answers (
  account_id text NOT NULL,
  team text NOT NULL,
  answers jsonb NOT NULL,
  notes jsonb NOT NULL,
  member_id text NOT NULL REFERENCES members (id),
  member_name text,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (account_id, team)
);
CREATE INDEX shared_answers_by_team ON shared_answers (team, updated_at);
