-- Staff accounts, their one-time links and their audit. SQLite flavour; keep in step with postgres/.
--
-- An account's email is kept in lower case, so one person has one account. Roles are a comma-separated list
-- of role names (complaints-officer, handler, manager, member-responsible, administrator); the state is
-- invited, active or disabled.
CREATE TABLE staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    roles TEXT NOT NULL,
    state TEXT NOT NULL,
    password_hash TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- One-time links to set a password: only the token's SHA-256 is kept. A link is spent when used, or when a
-- newer link for the same person replaces it.
CREATE TABLE staff_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL UNIQUE,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    spent_at TIMESTAMP
);
CREATE INDEX staff_links_staff ON staff_links(staff_id);

-- Who did what to which account, when and from where (an IP address, or NULL from the command line).
CREATE TABLE staff_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    address TEXT,
    detail TEXT NOT NULL
);
CREATE INDEX staff_audit_staff ON staff_audit(staff_id, id);
CREATE TRIGGER staff_audit_is_never_changed BEFORE UPDATE ON staff_audit
BEGIN
    SELECT RAISE(ABORT, 'the staff audit is never changed');
END;
CREATE TRIGGER staff_audit_is_never_deleted BEFORE DELETE ON staff_audit
BEGIN
    SELECT RAISE(ABORT, 'the staff audit is never deleted');
END;
