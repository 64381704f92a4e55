-- The quota count in constant time. Counting a team's pending and approved adds row by row cost
-- every add as many index entries as the period held: a team with a large quota, or the period
-- `none`, paid more for each add than the one before (server/README.md, the load run). Instead a
-- trigger keeps per-month tallies, and a count sums the months of its window: at most twelve rows
-- for a year, one a month for `none`.
--
-- The tallies are written in the same transaction as the proposal that moves them, so they are as
-- exact as the rows: a rolled-back insert or decision rolls its tally back. Each change locks its
-- team's month row and then its proposer's, always in that order, and always after every other
-- lock its transaction takes (the account's row, the quota scope's, the proposal's), so the tally
-- adds no cycle to the lock graph.

-- Adds counting toward a quota (lib/tal countsTowardQuota: type add, status pending or approved)
-- per team, calendar month (UTC) and proposer; proposer_id '' holds the team's total for the month.
CREATE TABLE quota_use (
  team text NOT NULL,
  proposer_id text NOT NULL,
  month timestamptz NOT NULL,
  used integer NOT NULL CHECK (used >= 0),
  PRIMARY KEY (team, proposer_id, month)
);

-- Adds `delta` (1 or -1) to the team's and the proposer's tallies for the month of `created`, the
-- team's row first. A decrement finds both rows: the increment it undoes made them. (An INSERT
-- with ON CONFLICT cannot decrement: the row it proposes must pass the CHECK before any conflict.)
-- PL/pgSQL rather than SQL functions here and below: it keeps each statement's plan for the session.
CREATE FUNCTION tal_quota_tally(p_team text, p_proposer text, p_created timestamptz, p_delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_delta > 0 THEN
    INSERT INTO quota_use (team, proposer_id, month, used)
    VALUES (p_team, '', date_trunc('month', p_created, 'UTC'), p_delta),
           (p_team, p_proposer, date_trunc('month', p_created, 'UTC'), p_delta)
    ON CONFLICT (team, proposer_id, month) DO UPDATE SET used = quota_use.used + EXCLUDED.used;
  ELSE
    UPDATE quota_use SET used = used + p_delta
     WHERE team = p_team AND proposer_id IN ('', p_proposer) AND month = date_trunc('month', p_created, 'UTC');
  END IF;
END
$$;

CREATE FUNCTION tal_quota_use_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_old boolean := TG_OP <> 'INSERT' AND OLD.type = 'add' AND OLD.status IN ('pending', 'approved');
  v_new boolean := TG_OP <> 'DELETE' AND NEW.type = 'add' AND NEW.status IN ('pending', 'approved');
BEGIN
  -- An approval, or a change to anything but what the tallies are keyed by, moves nothing.
  IF v_old AND v_new AND OLD.team = NEW.team AND OLD.proposer_id = NEW.proposer_id AND OLD.created_at = NEW.created_at THEN
    RETURN NULL;
  END IF;
  IF v_old THEN
    PERFORM tal_quota_tally(OLD.team, OLD.proposer_id, OLD.created_at, -1);
  END IF;
  IF v_new THEN
    PERFORM tal_quota_tally(NEW.team, NEW.proposer_id, NEW.created_at, 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER proposals_quota_use AFTER INSERT OR UPDATE OR DELETE ON proposals
  FOR EACH ROW EXECUTE FUNCTION tal_quota_use_change();

-- TRUNCATE fires no row trigger: emptying the proposals empties the tallies.
CREATE FUNCTION tal_quota_use_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM quota_use;
  RETURN NULL;
END
$$;

CREATE TRIGGER proposals_quota_use_truncate AFTER TRUNCATE ON proposals
  FOR EACH STATEMENT EXECUTE FUNCTION tal_quota_use_truncate();

-- The proposals already stored.
INSERT INTO quota_use (team, proposer_id, month, used)
SELECT team, coalesce(proposer_id, ''), month, count(*)::int
FROM (SELECT team, proposer_id, date_trunc('month', created_at, 'UTC') AS month
      FROM proposals WHERE type = 'add' AND status IN ('pending', 'approved')) AS adds
GROUP BY GROUPING SETS ((team, month), (team, proposer_id, month));

-- How many adds count against the quota of `p_team` (and, unless null, of `p_proposer`) in
-- [p_start, p_end): the same predicate as lib/tal countsTowardQuota. A window of whole UTC months
-- (every period lib/tal periodOf makes, -infinity and infinity included) sums the tallies; any
-- other window counts the rows, as before this migration.
CREATE FUNCTION tal_quota_used(p_team text, p_proposer text, p_start timestamptz, p_end timestamptz) RETURNS integer
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_used integer;
BEGIN
  IF (p_start = '-infinity' OR p_start = date_trunc('month', p_start, 'UTC'))
     AND (p_end = 'infinity' OR p_end = date_trunc('month', p_end, 'UTC')) THEN
    SELECT coalesce(sum(used), 0)::int INTO v_used FROM quota_use
     WHERE team = p_team AND proposer_id = coalesce(p_proposer, '') AND month >= p_start AND month < p_end;
  ELSE
    SELECT count(*)::int INTO v_used FROM proposals
     WHERE team = p_team AND type = 'add' AND status IN ('pending', 'approved')
       AND created_at >= p_start AND created_at < p_end AND (p_proposer IS NULL OR proposer_id = p_proposer);
  END IF;
  RETURN v_used;
END
$$;

-- The index the row count read (migration 001). A count of any other window, which lib/tal never
-- asks for, finds the same rows through proposals_by_team_status (migration 002).
DROP INDEX proposals_quota;

-- tal_account_state (migration 009) in PL/pgSQL, same answer: a SQL function with subqueries is
-- not inlined, and PostgreSQL before 18 (PGlite among them) plans its statements at every call,
-- twice for every proposal; PL/pgSQL keeps the plans for the session.
CREATE OR REPLACE FUNCTION tal_account_state(p_account text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_row text;
  v_proposals text;
BEGIN
  SELECT seq::text || CASE WHEN deleted THEN 'd' ELSE '' END INTO v_row FROM accounts WHERE id = p_account;
  SELECT md5(string_agg(id || ':' || status, ',' ORDER BY id)) INTO v_proposals FROM proposals WHERE account_id = p_account;
  RETURN coalesce(v_row, '-') || '/' || coalesce(v_proposals, '-');
END
$$;

-- tal_make_proposal (migration 009) as it was, counting with tal_quota_used.
CREATE OR REPLACE FUNCTION tal_make_proposal(
  p_lock boolean,
  p_state text,
  p_playbook_version integer,
  p_key text,
  p_request_hash text,
  p_scope_key text,
  p_quota_start timestamptz,
  p_quota_end timestamptz,
  p_quota_proposer text,
  p_quota_limit integer,
  p_proposal jsonb,
  p_now timestamptz
) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  v_account text := p_proposal->>'account_id';
  v_member text := p_proposal->>'proposer_id';
  v_team text := p_proposal->>'team';
BEGIN
  IF p_lock THEN
    PERFORM 1 FROM accounts WHERE id = v_account FOR UPDATE;
  END IF;
  IF tal_account_state(v_account) IS DISTINCT FROM p_state
     OR (SELECT version FROM playbooks ORDER BY version DESC LIMIT 1) IS DISTINCT FROM p_playbook_version
     OR (p_key IS NOT NULL AND EXISTS (SELECT 1 FROM idempotency_keys WHERE member_id = v_member AND key = p_key)) THEN
    RETURN 'changed';
  END IF;
  IF p_quota_limit IS NOT NULL THEN
    IF p_lock THEN
      INSERT INTO quota_locks (scope_key) VALUES (p_scope_key)
        ON CONFLICT (scope_key) DO UPDATE SET scope_key = EXCLUDED.scope_key;
    END IF;
    IF tal_quota_used(v_team, p_quota_proposer, p_quota_start, p_quota_end) >= p_quota_limit THEN
      RETURN 'changed';
    END IF;
  END IF;
  INSERT INTO proposals (id, type, account_id, reason, status, proposer_id, team, created_at, evidence,
                         proposer_name, account_name, account_domain)
  VALUES (p_proposal->>'id', p_proposal->>'type', v_account, p_proposal->>'reason', p_proposal->>'status', v_member, v_team,
          (p_proposal->>'created_at')::timestamptz, p_proposal->'evidence', p_proposal->>'proposer_name',
          p_proposal->>'account_name', p_proposal->>'account_domain');
  IF p_key IS NOT NULL THEN
    INSERT INTO idempotency_keys (member_id, key, request_hash, proposal_id, created_at)
    VALUES (v_member, p_key, p_request_hash, p_proposal->>'id', p_now);
  END IF;
  RETURN 'made';
END
$$;
