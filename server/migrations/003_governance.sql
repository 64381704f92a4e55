-- A revoked member keeps its row (its name stays on the proposals it made) but can no longer sign
-- in: its token hash is replaced by a value no token hashes to.
ALTER TABLE members ADD COLUMN revoked_at timestamptz;

-- Proposals carry the names of who proposed and decided, and the account's name and domain when it
-- was proposed: a proposal outlives the account data and the members it names (spec §6).
ALTER TABLE proposals
  ADD COLUMN proposer_name text,
  ADD COLUMN decider_name text,
  ADD COLUMN account_name text,
  ADD COLUMN account_domain text;
UPDATE proposals p SET proposer_name = m.name FROM members m WHERE m.id = p.proposer_id;
UPDATE proposals p SET decider_name = m.name FROM members m WHERE m.id = p.decider_id;
UPDATE proposals p SET account_name = a.document->>'name', account_domain = a.document->>'domain'
  FROM accounts a WHERE a.id = p.account_id AND a.document IS NOT NULL;

-- The TAL decisions about an account, newest first: what GET /api/accounts reads for `onTal`.
CREATE INDEX proposals_approved_by_account ON proposals (account_id, decided_at DESC) WHERE status = 'approved';
