DROP TRIGGER staff_audit_is_never_deleted;
DROP TRIGGER staff_audit_is_never_changed;
DROP TABLE staff_audit;
DROP TABLE staff_links;
DROP TABLE staff;
