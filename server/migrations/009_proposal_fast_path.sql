-- A proposal in two statements instead of seven (server/services/create-proposal.ts). The server
-- reads what the rules need without a lock and decides with lib/tal; then tal_make_proposal, in one
-- statement, takes the same locks as the locked path (the account's row, then the quota scope's),
-- checks that nothing the decision read has changed since, counts the quota and inserts. Anything
-- changed, or a quota spent, answers 'changed' and stores nothing: the server then decides again in
-- the locked transaction, which stays the only place that refuses.

-- What the rules read about one account: its row (every write of an account takes a new seq, a
-- deletion too) and the status of each of its proposals (all else in a proposal is fixed at insert).
CREATE FUNCTION tal_account_state(p_account text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT seq::text || CASE WHEN deleted THEN 'd' ELSE '' END FROM accounts WHERE id = p_account), '-')
    || '/' || coalesce((SELECT md5(string_agg(id || ':' || status, ',' ORDER BY id)) FROM proposals WHERE account_id = p_account), '-')
$$;

-- VOLATILE (the default): in READ COMMITTED each statement below takes its snapshot when it starts,
-- so what is read after a lock includes everything committed before the lock was granted.
CREATE FUNCTION tal_make_proposal(
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
  v_used integer;
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
    -- The same predicate as quotaCountQuery (server/db/proposals.ts) and lib/tal countsTowardQuota.
    IF p_quota_proposer IS NULL THEN
      SELECT count(*) INTO v_used FROM proposals
       WHERE team = v_team AND type = 'add' AND status IN ('pending', 'approved')
         AND created_at >= p_quota_start AND created_at < p_quota_end;
    ELSE
      SELECT count(*) INTO v_used FROM proposals
       WHERE team = v_team AND type = 'add' AND status IN ('pending', 'approved')
         AND created_at >= p_quota_start AND created_at < p_quota_end AND proposer_id = p_quota_proposer;
    END IF;
    IF v_used >= p_quota_limit THEN
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
