-- Failed sign-ins, counted per account (by the email typed, whether or not it has an account, so a lock
-- says nothing about who has one) and per client address, in the database so a limit holds across restarts
-- and across several servers. `key` is `email:<sha-256 of the email>` or `address:<ip>`.
CREATE TABLE sign_in_throttle (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at TIMESTAMP NOT NULL
);
