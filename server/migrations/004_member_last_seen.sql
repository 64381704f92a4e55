-- When each member last used the server (any authenticated request), for the admin's member list.
-- Written at most once a minute per member (server/http/last-seen.ts).
ALTER TABLE members ADD COLUMN last_seen_at timestamptz;
