ALTER TABLE staff_sessions DROP COLUMN stage;
DROP TABLE staff_recovery_codes;
ALTER TABLE staff DROP COLUMN totp_last_step;
ALTER TABLE staff DROP COLUMN totp_pending;
ALTER TABLE staff DROP COLUMN totp_secret;
