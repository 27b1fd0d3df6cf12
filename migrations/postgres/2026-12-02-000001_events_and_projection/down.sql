DROP TRIGGER case_events_are_never_changed ON case_events;
DROP TRIGGER case_events_are_never_truncated ON case_events;
DROP TRIGGER case_audit_is_never_changed ON case_audit;
DROP TRIGGER case_audit_is_never_truncated ON case_audit;
DROP FUNCTION refuse_change_to_the_record();
-- Back to one table of events in the earlier shape. The domain events' payloads become the detail.
DROP INDEX cases_received;
DROP INDEX cases_handler_queue;
DROP INDEX cases_queue;
DROP INDEX cases_kind_state;
ALTER TABLE cases DROP COLUMN projection_key;
ALTER TABLE cases DROP COLUMN version;
ALTER TABLE cases DROP COLUMN next_deadline_on;
ALTER TABLE cases DROP COLUMN next_deadline_kind;
ALTER TABLE cases DROP COLUMN handler_id;
ALTER TABLE cases DROP COLUMN is_open;
ALTER TABLE cases RENAME COLUMN state TO status;
CREATE INDEX cases_kind_status ON cases(kind, status);

CREATE TABLE case_events_v1 (
    id SERIAL PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    at TIMESTAMP NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    detail TEXT NOT NULL
);
INSERT INTO case_events_v1 (case_id, at, kind, actor, detail)
    SELECT case_id, at, event_type, actor_kind, payload FROM case_events ORDER BY id;
INSERT INTO case_events_v1 (case_id, at, kind, actor, detail)
    SELECT case_id, at, kind, actor, detail FROM case_audit ORDER BY id;
DROP TABLE case_events;
DROP TABLE case_audit;
ALTER TABLE case_events_v1 RENAME TO case_events;
ALTER SEQUENCE case_events_v1_id_seq RENAME TO case_events_id_seq;
CREATE INDEX case_events_case ON case_events(case_id);
