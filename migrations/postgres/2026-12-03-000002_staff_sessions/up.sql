-- Signed-in staff sessions. Only the SHA-256 of the cookie's random token is kept, so a copy of the database
-- signs nobody in. A session ends when the person signs out, after 30 minutes idle or 12 hours in all
-- (settings), or when their account is disabled or their password is set again.
CREATE TABLE staff_sessions (
    id SERIAL PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP,
    address TEXT
);
CREATE INDEX staff_sessions_staff ON staff_sessions(staff_id);
