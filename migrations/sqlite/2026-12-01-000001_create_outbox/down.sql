DROP TABLE alerts;
DROP TABLE outbox;
