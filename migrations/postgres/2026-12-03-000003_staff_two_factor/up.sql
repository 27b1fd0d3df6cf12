-- The second factor. The TOTP secret is kept encrypted (ChaCha20-Poly1305, with a key derived from the
-- server's secret), never in plain text; `totp_pending` is the secret being enrolled, until a code from it is
-- typed. `totp_last_step` is the time step of the last code used, so no code works twice. Recovery codes are
-- kept only as keyed hashes, each usable once.
ALTER TABLE staff ADD COLUMN totp_secret TEXT;
ALTER TABLE staff ADD COLUMN totp_pending TEXT;
ALTER TABLE staff ADD COLUMN totp_last_step BIGINT;
CREATE TABLE staff_recovery_codes (
    id SERIAL PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    code_hash TEXT NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX staff_recovery_codes_staff ON staff_recovery_codes(staff_id);
-- A session is `full` once both factors are given; until then it only opens the second step: `second-factor`
-- (a code is asked for) or `enrol` (an authenticator is set up first).
ALTER TABLE staff_sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'full';
