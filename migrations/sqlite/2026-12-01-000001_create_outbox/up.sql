-- Every email the service sends: written in the same transaction as the event that causes it, delivered by
-- the outbox worker, and kept as the case's record of correspondence (what was sent, to whom, when, and
-- whether it arrived).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER REFERENCES cases(id),
    kind TEXT NOT NULL,
    recipient_role TEXT NOT NULL,
    to_name TEXT NOT NULL,
    to_address TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    lease_owner TEXT,
    lease_until TIMESTAMP,
    last_error TEXT,
    delay_alerted BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
CREATE INDEX outbox_case ON outbox(case_id);

-- Things staff must act on: a letter that could not be delivered, or is late. The back office lists the
-- open ones; the log line that goes with each names only ids.
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    case_id INTEGER REFERENCES cases(id),
    outbox_id INTEGER REFERENCES outbox(id),
    detail TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    resolved_at TIMESTAMP,
    UNIQUE (kind, outbox_id)
);
CREATE INDEX alerts_open ON alerts(resolved_at);
