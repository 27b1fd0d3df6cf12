//! The tables, as diesel sees them. One schema for both backends: only types SQLite and PostgreSQL share.

diesel::table! {
    customers (id) {
        id -> Integer,
        name -> Text,
        address -> Nullable<Text>,
        postcode -> Nullable<Text>,
        tenancy_reference -> Nullable<Text>,
        tenure -> Nullable<Text>,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        correspondence_language -> Text,
        correspondence_format -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cases (id) {
        id -> Integer,
        reference -> Text,
        kind -> Text,
        state -> Text,
        stage -> Nullable<Integer>,
        channel -> Text,
        submission_key -> Nullable<Text>,
        customer_id -> Integer,
        made_by -> Text,
        page_language -> Text,
        received_at -> Timestamp,
        received_on -> Date,
        summary -> Text,
        outcome_wanted -> Nullable<Text>,
        occurred_on -> Nullable<Date>,
        first_request -> Nullable<Bool>,
        about -> Nullable<Text>,
        happy_to_be_named -> Nullable<Bool>,
        document -> Nullable<Text>,
        document_reference -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        is_open -> Bool,
        handler_id -> Nullable<Text>,
        next_deadline_kind -> Nullable<Text>,
        next_deadline_on -> Nullable<Date>,
        version -> Integer,
        projection_key -> Nullable<Text>,
    }
}

diesel::table! {
    representatives (id) {
        id -> Integer,
        case_id -> Integer,
        name -> Text,
        role -> Text,
        organisation -> Nullable<Text>,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        consent -> Text,
        send_to -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    contact_preferences (id) {
        id -> Integer,
        case_id -> Integer,
        methods -> Text,
        frequency -> Nullable<Text>,
        avoid_times -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    adjustments (id) {
        id -> Integer,
        customer_id -> Integer,
        case_id -> Nullable<Integer>,
        kind -> Text,
        detail -> Text,
        status -> Text,
        review_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    case_events (id) {
        id -> Integer,
        case_id -> Integer,
        seq -> Integer,
        at -> Timestamp,
        event_type -> Text,
        actor_kind -> Text,
        actor_id -> Nullable<Text>,
        payload -> Text,
        schema_version -> Integer,
    }
}

diesel::table! {
    case_audit (id) {
        id -> Integer,
        case_id -> Integer,
        at -> Timestamp,
        kind -> Text,
        actor -> Text,
        detail -> Text,
    }
}

diesel::table! {
    drafts (id) {
        id -> Text,
        session_hash -> Text,
        journey -> Text,
        answers -> Text,
        case_id -> Nullable<Integer>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(cases -> customers (customer_id));
diesel::table! {
    outbox (id) {
        id -> Integer,
        case_id -> Nullable<Integer>,
        kind -> Text,
        recipient_role -> Text,
        to_name -> Text,
        to_address -> Text,
        language -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        message_id -> Text,
        state -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        lease_owner -> Nullable<Text>,
        lease_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        delay_alerted -> Bool,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    alerts (id) {
        id -> Integer,
        kind -> Text,
        case_id -> Nullable<Integer>,
        outbox_id -> Nullable<Integer>,
        detail -> Text,
        created_at -> Timestamp,
        resolved_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    staff (id) {
        id -> Integer,
        email -> Text,
        name -> Text,
        roles -> Text,
        state -> Text,
        password_hash -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        totp_secret -> Nullable<Text>,
        totp_pending -> Nullable<Text>,
        totp_last_step -> Nullable<BigInt>,
    }
}

diesel::table! {
    staff_recovery_codes (id) {
        id -> Integer,
        staff_id -> Integer,
        code_hash -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    staff_links (id) {
        id -> Integer,
        token_hash -> Text,
        staff_id -> Integer,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        spent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    staff_audit (id) {
        id -> Integer,
        at -> Timestamp,
        actor -> Text,
        action -> Text,
        staff_id -> Nullable<Integer>,
        address -> Nullable<Text>,
        detail -> Text,
    }
}

diesel::table! {
    staff_sessions (id) {
        id -> Integer,
        token_hash -> Text,
        staff_id -> Integer,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        ended_at -> Nullable<Timestamp>,
        address -> Nullable<Text>,
        stage -> Text,
    }
}

diesel::table! {
    sign_in_throttle (key) {
        key -> Text,
        failures -> Integer,
        last_failure_at -> Timestamp,
    }
}

diesel::joinable!(staff_links -> staff (staff_id));
diesel::joinable!(staff_sessions -> staff (staff_id));
diesel::joinable!(staff_recovery_codes -> staff (staff_id));
diesel::joinable!(staff_audit -> staff (staff_id));
diesel::joinable!(representatives -> cases (case_id));
diesel::joinable!(outbox -> cases (case_id));
diesel::joinable!(alerts -> outbox (outbox_id));
diesel::joinable!(contact_preferences -> cases (case_id));
diesel::joinable!(case_events -> cases (case_id));
diesel::joinable!(case_audit -> cases (case_id));
diesel::joinable!(drafts -> cases (case_id));

diesel::allow_tables_to_appear_in_same_query!(
    customers,
    cases,
    representatives,
    contact_preferences,
    adjustments,
    case_events,
    case_audit,
    drafts,
    outbox,
    alerts,
    staff,
    staff_links,
    staff_audit,
    staff_sessions,
    staff_recovery_codes,
    sign_in_throttle,
);
