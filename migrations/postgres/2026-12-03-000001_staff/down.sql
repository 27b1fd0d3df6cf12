DROP TRIGGER staff_audit_is_never_truncated ON staff_audit;
DROP TRIGGER staff_audit_is_never_changed ON staff_audit;
DROP TABLE staff_audit;
DROP TABLE staff_links;
DROP TABLE staff;
