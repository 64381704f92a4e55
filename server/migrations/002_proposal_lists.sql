-- The review queue (a manager's pending proposals, oldest first) and a rep's own list, read often.
CREATE INDEX proposals_by_team_status ON proposals (team, status, created_at);
CREATE INDEX proposals_by_proposer_status ON proposals (proposer_id, status, created_at);
DROP INDEX proposals_by_proposer;
