-- The people, cases, preferences and first events of Talk to Us. PostgreSQL flavour; keep in step with sqlite/.
CREATE TABLE customers (
    id SERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    address TEXT,
    postcode TEXT,
    tenancy_reference TEXT,
    tenure TEXT,
    email TEXT,
    phone TEXT,
    correspondence_language TEXT NOT NULL,
    correspondence_format TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE cases (
    id SERIAL PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    stage INTEGER,
    channel TEXT NOT NULL,
    submission_key TEXT UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    made_by TEXT NOT NULL,
    page_language TEXT NOT NULL,
    received_at TIMESTAMP NOT NULL,
    received_on DATE NOT NULL,
    summary TEXT NOT NULL,
    outcome_wanted TEXT,
    occurred_on DATE,
    first_request BOOLEAN,
    about TEXT,
    happy_to_be_named BOOLEAN,
    document TEXT,
    document_reference TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX cases_customer ON cases(customer_id);
CREATE INDEX cases_kind_status ON cases(kind, status);

CREATE TABLE representatives (
    id SERIAL PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    organisation TEXT,
    email TEXT,
    phone TEXT,
    consent TEXT NOT NULL,
    send_to TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX representatives_case ON representatives(case_id);

CREATE TABLE contact_preferences (
    id SERIAL PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    methods TEXT NOT NULL,
    frequency TEXT,
    avoid_times TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX contact_preferences_case ON contact_preferences(case_id);

CREATE TABLE adjustments (
    id SERIAL PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    case_id INTEGER REFERENCES cases(id),
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    status TEXT NOT NULL,
    review_on DATE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX adjustments_customer ON adjustments(customer_id);

CREATE TABLE case_events (
    id SERIAL PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    at TIMESTAMP NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events(case_id);

CREATE TABLE drafts (
    id TEXT PRIMARY KEY NOT NULL,
    session_hash TEXT NOT NULL,
    journey TEXT NOT NULL,
    answers TEXT NOT NULL,
    case_id INTEGER REFERENCES cases(id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX drafts_session ON drafts(session_hash, journey);
CREATE INDEX drafts_updated ON drafts(updated_at);
