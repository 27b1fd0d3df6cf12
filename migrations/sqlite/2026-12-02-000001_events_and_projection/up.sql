-- The recorded events are the truth; the case row is their projection. SQLite flavour; keep in step with
-- postgres/.
--
-- 1. Correspondence and delivery records (letter-queued, letter-sent, letter-failed) leave case_events for
--    case_audit: they are facts about email, not steps in the case's life.
CREATE TABLE case_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    at TIMESTAMP NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX case_audit_case ON case_audit(case_id, id);
INSERT INTO case_audit (case_id, at, kind, actor, detail)
    SELECT case_id, at, kind, actor, detail FROM case_events WHERE kind <> 'received' ORDER BY id;

-- 2. Domain events, numbered from 1 within each case, each the JSON of one domain event. The first event of
--    every case already recorded is rebuilt from its case row, in the domain's own form.
CREATE TABLE case_events_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    seq INTEGER NOT NULL,
    at TIMESTAMP NOT NULL,
    event_type TEXT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id TEXT,
    payload TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    UNIQUE (case_id, seq)
);
INSERT INTO case_events_v2 (case_id, seq, at, event_type, actor_kind, actor_id, payload, schema_version)
    SELECT c.id, 1, c.received_at, 'received', c.made_by, NULL,
           json_object('event', 'received', 'kind', c.kind, 'on', c.received_on, 'channel', c.channel,
                       'made_by', c.made_by, 'issue_occurred_on', c.occurred_on, 'became_aware_on', NULL),
           1
    FROM cases c ORDER BY c.id;
DROP TABLE case_events;
ALTER TABLE case_events_v2 RENAME TO case_events;

-- Nothing changes or removes an event.
CREATE TRIGGER case_events_are_never_changed BEFORE UPDATE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case events are the record: they are never changed');
END;
CREATE TRIGGER case_events_are_never_deleted BEFORE DELETE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case events are the record: they are never deleted');
END;
CREATE TRIGGER case_audit_is_never_changed BEFORE UPDATE ON case_audit
BEGIN
    SELECT RAISE(ABORT, 'the case audit is never changed');
END;
CREATE TRIGGER case_audit_is_never_deleted BEFORE DELETE ON case_audit
BEGIN
    SELECT RAISE(ABORT, 'the case audit is never deleted');
END;

-- 3. The projection the queue reads, written in the same transaction as the events. `version` is the
--    number of the case's last event; `projection_key` names the policy and calendar its deadline was
--    worked out under (NULL: to be worked out at start-up).
DROP INDEX cases_kind_status;
ALTER TABLE cases RENAME COLUMN status TO state;
ALTER TABLE cases ADD COLUMN is_open BOOLEAN NOT NULL DEFAULT 1;
ALTER TABLE cases ADD COLUMN handler_id TEXT;
ALTER TABLE cases ADD COLUMN next_deadline_kind TEXT;
ALTER TABLE cases ADD COLUMN next_deadline_on DATE;
ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN projection_key TEXT;
UPDATE cases SET version = (SELECT COUNT(*) FROM case_events e WHERE e.case_id = cases.id);
CREATE INDEX cases_kind_state ON cases(kind, state);
CREATE INDEX cases_queue ON cases(is_open, next_deadline_on);
CREATE INDEX cases_handler_queue ON cases(handler_id, is_open, next_deadline_on);
CREATE INDEX cases_received ON cases(received_on);
