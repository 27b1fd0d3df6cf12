//! When things are due on a case, and whether they were done in time, computed from the case's
//! events, the policy and the calendar each time they are asked for.
//!
//! The due dates follow the policy and the calendar in force when they are read, so a holiday added
//! to the configuration moves every open deadline, and a policy made stricter applies at once. The
//! case row keeps the next one as a cache for the queue ([`next_owed`]), written with every event
//! and worked out again at start-up when the policy or the calendar has changed. This module deliberately does not decide what to do about a missed
//! deadline (that is for staff and reports) or read the clock: "today" is an argument.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::case::{Case, Discretion, State};
use crate::domain::{Kind, Stage};
use crate::policy::calendar::Calendar;
use crate::policy::Policy;

/// An open deadline this many working days away, or fewer, is "due soon".
pub const DUE_SOON_WORKING_DAYS: i64 = 2;

/// What is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineKind {
    StageOneAcknowledgement,
    /// Stage 1 response, with any extension.
    StageOneResponse,
    /// The end of the customer's window for asking for stage 2. The customer's date, not the
    /// landlord's: "overdue" means the window has closed, and "met late" a late request.
    EscalationWindow,
    StageTwoAcknowledgement,
    /// Stage 2 response, with any extension.
    StageTwoResponse,
    /// The next update owed under the contact frequency agreed with the customer.
    NextUpdate,
    FormalEnquiryResponse,
    ComplimentPassedOn,
    /// A service request passed to the service that handles it.
    ServiceRequestRouted,
    /// A format request met.
    FormatRequestFulfilled,
    SatisfactionSurvey,
}

impl DeadlineKind {
    /// Whether the landlord owes it (every deadline except the customer's escalation window).
    pub fn is_landlords(self) -> bool {
        self != DeadlineKind::EscalationWindow
    }

    /// The kind as stored on the case row: `stage-one-acknowledgement`…
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineKind::StageOneAcknowledgement => "stage-one-acknowledgement",
            DeadlineKind::StageOneResponse => "stage-one-response",
            DeadlineKind::EscalationWindow => "escalation-window",
            DeadlineKind::StageTwoAcknowledgement => "stage-two-acknowledgement",
            DeadlineKind::StageTwoResponse => "stage-two-response",
            DeadlineKind::NextUpdate => "next-update",
            DeadlineKind::FormalEnquiryResponse => "formal-enquiry-response",
            DeadlineKind::ComplimentPassedOn => "compliment-passed-on",
            DeadlineKind::ServiceRequestRouted => "service-request-routed",
            DeadlineKind::FormatRequestFulfilled => "format-request-fulfilled",
            DeadlineKind::SatisfactionSurvey => "satisfaction-survey",
        }
    }

    /// A short English description, for the command line and logs; the web site translates.
    pub fn describe(self) -> &'static str {
        match self {
            DeadlineKind::StageOneAcknowledgement => "stage 1 acknowledgement",
            DeadlineKind::StageOneResponse => "stage 1 response",
            DeadlineKind::EscalationWindow => "escalation window end",
            DeadlineKind::StageTwoAcknowledgement => "stage 2 acknowledgement",
            DeadlineKind::StageTwoResponse => "stage 2 response",
            DeadlineKind::NextUpdate => "next update to the customer",
            DeadlineKind::FormalEnquiryResponse => "formal enquiry response",
            DeadlineKind::ComplimentPassedOn => "compliment passed on",
            DeadlineKind::ServiceRequestRouted => "service request routed",
            DeadlineKind::FormatRequestFulfilled => "format request fulfilled",
            DeadlineKind::SatisfactionSurvey => "satisfaction survey",
        }
    }
}

/// How a deadline stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineStatus {
    /// Open with more than two working days to go, or met by the due date.
    OnTime,
    /// Open, and due today or within the next two working days.
    DueSoon,
    /// Open, and the due date has passed.
    Overdue,
    /// Met, after the due date.
    MetLate,
}

/// One thing due on a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub kind: DeadlineKind,
    pub due: NaiveDate,
    /// When it was met, if it has been.
    pub met_on: Option<NaiveDate>,
}

impl Deadline {
    pub fn is_met(&self) -> bool {
        self.met_on.is_some()
    }

    /// How the deadline stands on `today`.
    pub fn status(&self, today: NaiveDate, calendar: &Calendar) -> DeadlineStatus {
        match self.met_on {
            Some(met_on) if met_on > self.due => DeadlineStatus::MetLate,
            Some(_) => DeadlineStatus::OnTime,
            None if today > self.due => DeadlineStatus::Overdue,
            None if calendar.working_days_between(today, self.due) <= DUE_SOON_WORKING_DAYS => DeadlineStatus::DueSoon,
            None => DeadlineStatus::OnTime,
        }
    }
}

/// Working days to acknowledge at a stage.
pub fn acknowledgement_days(policy: &Policy, stage: Stage) -> u32 {
    match stage {
        Stage::One => policy.stage_one_acknowledgement_days,
        Stage::Two => policy.stage_two_acknowledgement_days,
    }
}

/// Working days to respond at a stage, from its acknowledgement, before any extension.
pub fn response_days(policy: &Policy, stage: Stage) -> u32 {
    match stage {
        Stage::One => policy.stage_one_response_days,
        Stage::Two => policy.stage_two_response_days,
    }
}

/// The most further working days a stage's response may be extended by, in total, and the
/// section of the Code that limits it.
pub fn max_extension_days(policy: &Policy, stage: Stage) -> (u32, &'static str) {
    match stage {
        Stage::One => (policy.stage_one_max_extension_days, "6.4"),
        Stage::Two => (policy.stage_two_max_extension_days, "6.15"),
    }
}

/// Every deadline of the case, met or owed, in the order of the case's life. Deadlines the
/// landlord no longer owes (the case was refused, withdrawn or closed first) are left out unless
/// they were met.
pub fn deadlines(case: &Case, policy: &Policy, calendar: &Calendar) -> Vec<Deadline> {
    let mut deadlines = Vec::new();
    let state = case.state();
    let owed = state.is_open();
    let mut push = |kind: DeadlineKind, start: NaiveDate, days: u32, met_on: Option<NaiveDate>| {
        if met_on.is_some() || owed || !kind.is_landlords() {
            deadlines.push(Deadline { kind, due: calendar.add_working_days(start, days), met_on });
        }
    };

    match case.kind() {
        Kind::Complaint => {
            let stage_one = case.stage(Stage::One);
            push(
                DeadlineKind::StageOneAcknowledgement,
                case.received_on(),
                acknowledgement_days(policy, Stage::One),
                stage_one.map(|record| record.acknowledged_on),
            );
            if let Some(record) = stage_one {
                push(
                    DeadlineKind::StageOneResponse,
                    record.acknowledged_on,
                    response_days(policy, Stage::One).saturating_add(record.extension_days()),
                    record.responded_on,
                );
                if let Some(responded_on) = record.responded_on {
                    // A withdrawn complaint leaves the customer nothing to escalate.
                    if state != State::Withdrawn || case.escalation().is_some() {
                        push(
                            DeadlineKind::EscalationWindow,
                            responded_on,
                            policy.escalation_window_days,
                            case.escalation().map(|escalation| escalation.requested_on),
                        );
                    }
                }
            }
            if let Some(escalation) = case.escalation() {
                let stage_two = case.stage(Stage::Two);
                push(
                    DeadlineKind::StageTwoAcknowledgement,
                    escalation.requested_on,
                    acknowledgement_days(policy, Stage::Two),
                    stage_two.map(|record| record.acknowledged_on),
                );
                if let Some(record) = stage_two {
                    push(
                        DeadlineKind::StageTwoResponse,
                        record.acknowledged_on,
                        response_days(policy, Stage::Two).saturating_add(record.extension_days()),
                        record.responded_on,
                    );
                }
            }
        }
        Kind::FormalEnquiry => push(
            DeadlineKind::FormalEnquiryResponse,
            case.received_on(),
            policy.formal_enquiry_response_days,
            case.answered_on(),
        ),
        Kind::Compliment => push(
            DeadlineKind::ComplimentPassedOn,
            case.received_on(),
            policy.compliment_passed_on_days,
            case.passed_on().map(|(date, _)| date),
        ),
        Kind::ServiceRequest => push(
            DeadlineKind::ServiceRequestRouted,
            case.received_on(),
            policy.service_request_contact_days,
            case.routed().map(|(date, _)| date),
        ),
        Kind::FormatRequest => push(
            DeadlineKind::FormatRequestFulfilled,
            case.received_on(),
            policy.format_request_contact_days,
            case.fulfilled_on(),
        ),
    }

    if let (Some(frequency), Some(last_contact)) = (case.contact_frequency(), case.last_contact_on()) {
        if updates_owed(case) {
            deadlines.push(Deadline {
                kind: DeadlineKind::NextUpdate,
                due: calendar.add_working_days(last_contact, frequency.every_working_days),
                met_on: None,
            });
        }
    }

    if case.kind() == Kind::Complaint {
        if let Some(closed_on) = case.closed_on() {
            deadlines.push(Deadline {
                kind: DeadlineKind::SatisfactionSurvey,
                due: calendar.add_working_days(closed_on, policy.survey_after_closure_days),
                met_on: case.survey_sent_on(),
            });
        }
    }
    deadlines
}

/// The next thing the landlord owes on the case: the open deadline due soonest. The customer's own
/// escalation window is not the landlord's to meet, so it is never the next deadline.
pub fn next_owed(case: &Case, policy: &Policy, calendar: &Calendar) -> Option<Deadline> {
    deadlines(case, policy, calendar)
        .into_iter()
        .filter(|deadline| !deadline.is_met() && deadline.kind.is_landlords())
        .min_by_key(|deadline| (deadline.due, deadline.kind))
}

/// What the customer is told will happen next: the date the landlord's next step is due, how many
/// working days that is, and for a complaint the working days for the full answer after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Promise {
    pub kind: DeadlineKind,
    pub due: NaiveDate,
    pub working_days: u32,
    pub later_days: u32,
}

/// The promise made on the confirmation page and in the receipt, from the same deadlines the queue
/// uses. `None` once nothing more is owed.
pub fn promise(case: &Case, policy: &Policy, calendar: &Calendar) -> Option<Promise> {
    let next = next_owed(case, policy, calendar)?;
    let working_days = match next.kind {
        DeadlineKind::StageOneAcknowledgement => acknowledgement_days(policy, Stage::One),
        DeadlineKind::StageTwoAcknowledgement => acknowledgement_days(policy, Stage::Two),
        DeadlineKind::FormalEnquiryResponse => policy.formal_enquiry_response_days,
        DeadlineKind::ComplimentPassedOn => policy.compliment_passed_on_days,
        DeadlineKind::ServiceRequestRouted => policy.service_request_contact_days,
        DeadlineKind::FormatRequestFulfilled => policy.format_request_contact_days,
        _ => calendar.working_days_between(case.last_event_on(), next.due).max(0) as u32,
    };
    let later_days = match next.kind {
        DeadlineKind::StageOneAcknowledgement => response_days(policy, Stage::One),
        DeadlineKind::StageTwoAcknowledgement => response_days(policy, Stage::Two),
        _ => 0,
    };
    Some(Promise { kind: next.kind, due: next.due, working_days, later_days })
}

/// The case's deadline of this kind, if it has one.
pub fn deadline(case: &Case, policy: &Policy, calendar: &Calendar, kind: DeadlineKind) -> Option<Deadline> {
    deadlines(case, policy, calendar).into_iter().find(|deadline| deadline.kind == kind)
}

// Updates are owed while the landlord is working on the case, and after a response only while
// actions promised in it are outstanding (Code 6.6); not while the customer decides whether to
// escalate, nor once an enquiry is answered or a compliment passed on.
fn updates_owed(case: &Case) -> bool {
    match case.state() {
        State::Received | State::Acknowledged { .. } | State::Extended { .. } | State::EscalationRequested => true,
        State::Responded { stage } => case
            .stage(stage)
            .and_then(|record| record.response.as_ref())
            .is_some_and(|response| !response.outstanding_actions().is_empty()),
        State::EscalationDeclined
        | State::EnquiryAnswered
        | State::ComplimentPassedOn
        | State::Routed
        | State::Fulfilled
        | State::Refused
        | State::Withdrawn
        | State::Closed => false,
    }
}

/// Whether a complaint was made within the time limit (Code 2.3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "time-limit", rename_all = "kebab-case")]
pub enum TimeLimit {
    /// Not a complaint: the time limit does not apply.
    NotApplicable,
    /// Neither the date of the issue nor of the customer's awareness is recorded.
    Unknown,
    /// Received by the last day of the limit.
    Within { ends_on: NaiveDate },
    /// Received after the limit ended; staff may have accepted it at their discretion.
    Outside { ended_on: NaiveDate, waived: Option<Discretion> },
}

/// Whether the complaint is within the policy's time limit, counted in months from the issue or
/// from when the customer became aware of it, whichever is later. A complaint received on the
/// same day of the month, a limit later, is within it.
pub fn time_limit(case: &Case, policy: &Policy) -> TimeLimit {
    if case.kind() != Kind::Complaint {
        return TimeLimit::NotApplicable;
    }
    let Some(start) = case.issue_occurred_on().max(case.became_aware_on()) else {
        return TimeLimit::Unknown;
    };
    let Some(ends_on) = start.checked_add_months(Months::new(policy.complaint_time_limit_months)) else {
        return TimeLimit::Within { ends_on: NaiveDate::MAX };
    };
    if case.received_on() <= ends_on {
        TimeLimit::Within { ends_on }
    } else {
        TimeLimit::Outside { ended_on: ends_on, waived: case.time_limit_waived().cloned() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::tests::{acknowledged, complaint, escalated, response, stage_one_responded};
    use crate::domain::case::Receipt;
    use crate::domain::response::tests::{date, definition};
    use crate::domain::{Channel, MadeBy, StaffId};
    use crate::policy::calendar::{CalendarConfig, ExtraHoliday};
    use proptest::prelude::*;

    fn due(case: &Case, kind: DeadlineKind) -> Option<NaiveDate> {
        deadline(case, &Policy::default(), &Calendar::default(), kind).map(|deadline| deadline.due)
    }

    fn bob() -> StaffId {
        "bob".into()
    }

    #[test]
    fn stage_one_acknowledgement_is_due_five_working_days_after_receipt() {
        // Received Monday 2026-03-02: due Monday 2026-03-09.
        assert_eq!(due(&complaint("2026-03-02"), DeadlineKind::StageOneAcknowledgement), Some(date("2026-03-09")));
        // Received Saturday 2026-03-07: day 1 is Monday 9, so due Friday 13.
        assert_eq!(due(&complaint("2026-03-07"), DeadlineKind::StageOneAcknowledgement), Some(date("2026-03-13")));
    }

    #[test]
    fn stage_one_response_is_due_ten_working_days_after_the_acknowledgement() {
        // Acknowledged Tuesday 2026-03-03: due Tuesday 2026-03-17.
        assert_eq!(due(&acknowledged(), DeadlineKind::StageOneResponse), Some(date("2026-03-17")));
        assert_eq!(due(&complaint("2026-03-02"), DeadlineKind::StageOneResponse), None);
    }

    #[test]
    fn an_extension_moves_the_response_due_date() {
        let case = acknowledged()
            .extend(date("2026-03-10"), 5, "Awaiting a report".into(), true, &Policy::default())
            .unwrap()
            .case;
        assert_eq!(due(&case, DeadlineKind::StageOneResponse), Some(date("2026-03-24")));
    }

    #[test]
    fn the_escalation_window_ends_twenty_working_days_after_the_stage_one_response() {
        let case = stage_one_responded();
        let window = deadline(&case, &Policy::default(), &Calendar::default(), DeadlineKind::EscalationWindow).unwrap();
        assert_eq!(window.due, date("2026-04-15"));
        assert!(!window.kind.is_landlords());
        assert_eq!(
            deadline(&escalated(), &Policy::default(), &Calendar::default(), DeadlineKind::EscalationWindow)
                .unwrap()
                .met_on,
            Some(date("2026-03-20"))
        );
    }

    #[test]
    fn stage_two_deadlines_run_from_the_request_and_the_acknowledgement() {
        // Requested Friday 2026-03-20: acknowledgement due Friday 2026-03-27.
        assert_eq!(due(&escalated(), DeadlineKind::StageTwoAcknowledgement), Some(date("2026-03-27")));
        let case = escalated().acknowledge_stage_two(date("2026-03-23"), bob(), definition()).unwrap().case;
        // Acknowledged Monday 2026-03-23: 20 working days, skipping Good Friday and Easter Monday.
        assert_eq!(due(&case, DeadlineKind::StageTwoResponse), Some(date("2026-04-22")));
        let extended =
            case.extend(date("2026-04-01"), 20, "Independent survey".into(), true, &Policy::default()).unwrap().case;
        assert_eq!(due(&extended, DeadlineKind::StageTwoResponse), Some(date("2026-05-21")));
    }

    #[test]
    fn the_next_update_follows_the_agreed_contact_frequency() {
        let case = acknowledged().agree_contact_frequency(date("2026-03-04"), 3, "phone".into()).unwrap().case;
        assert_eq!(due(&case, DeadlineKind::NextUpdate), Some(date("2026-03-09")));
        let updated = case.record_update(date("2026-03-09")).unwrap().case;
        assert_eq!(due(&updated, DeadlineKind::NextUpdate), Some(date("2026-03-12")));
        assert_eq!(due(&acknowledged(), DeadlineKind::NextUpdate), None);
    }

    #[test]
    fn updates_are_owed_after_a_response_only_while_actions_are_outstanding() {
        let with_actions = acknowledged()
            .agree_contact_frequency(date("2026-03-04"), 5, "email".into())
            .unwrap()
            .case
            .respond(date("2026-03-16"), response(Stage::One))
            .unwrap()
            .case;
        assert_eq!(due(&with_actions, DeadlineKind::NextUpdate), Some(date("2026-03-23")));
        let nothing_outstanding = crate::domain::response::tests::with_nothing_outstanding(Stage::One).build().unwrap();
        let without_actions = acknowledged()
            .agree_contact_frequency(date("2026-03-04"), 5, "email".into())
            .unwrap()
            .case
            .respond(date("2026-03-16"), nothing_outstanding)
            .unwrap()
            .case;
        assert_eq!(due(&without_actions, DeadlineKind::NextUpdate), None);
    }

    #[test]
    fn the_survey_is_due_after_closure() {
        let closed = stage_one_responded().close(date("2026-03-17"), Some("x".into())).unwrap().case;
        let survey =
            deadline(&closed, &Policy::default(), &Calendar::default(), DeadlineKind::SatisfactionSurvey).unwrap();
        assert_eq!(survey.due, date("2026-03-24"));
        assert!(!survey.is_met());
        let sent = closed.record_survey_sent(date("2026-03-20")).unwrap().case;
        assert!(deadline(&sent, &Policy::default(), &Calendar::default(), DeadlineKind::SatisfactionSurvey)
            .unwrap()
            .is_met());
    }

    #[test]
    fn a_formal_enquiry_is_due_in_ten_working_days_and_a_compliment_passed_on_in_three() {
        let receive = |kind| {
            Case::receive(Receipt {
                kind,
                received_on: date("2026-03-02"),
                channel: Channel::Online,
                made_by: MadeBy::Customer,
                issue_occurred_on: None,
                became_aware_on: None,
            })
            .unwrap()
            .case
        };
        let enquiry = receive(Kind::FormalEnquiry);
        assert_eq!(due(&enquiry, DeadlineKind::FormalEnquiryResponse), Some(date("2026-03-16")));
        assert_eq!(deadlines(&enquiry, &Policy::default(), &Calendar::default()).len(), 1);
        let compliment = receive(Kind::Compliment);
        assert_eq!(due(&compliment, DeadlineKind::ComplimentPassedOn), Some(date("2026-03-05")));
        let passed = compliment.pass_on_compliment(date("2026-03-06"), "Repairs".into()).unwrap().case;
        let deadline =
            deadline(&passed, &Policy::default(), &Calendar::default(), DeadlineKind::ComplimentPassedOn).unwrap();
        assert_eq!(deadline.status(date("2026-03-09"), &Calendar::default()), DeadlineStatus::MetLate);
    }

    #[test]
    fn deadlines_not_owed_after_a_refusal_or_withdrawal_are_dropped() {
        let refused = acknowledged()
            .refuse(date("2026-03-04"), vec!["legal-proceedings".into()], "In court".into(), &Policy::default())
            .unwrap()
            .case;
        let kinds: Vec<_> =
            deadlines(&refused, &Policy::default(), &Calendar::default()).into_iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [DeadlineKind::StageOneAcknowledgement]);
        let withdrawn = complaint("2026-03-02").withdraw(date("2026-03-03"), None).unwrap().case;
        assert!(deadlines(&withdrawn, &Policy::default(), &Calendar::default()).is_empty());
    }

    #[test]
    fn status_is_on_time_due_soon_overdue_or_met_late() {
        let calendar = Calendar::default();
        // Due Monday 2026-03-09.
        let open = Deadline { kind: DeadlineKind::StageOneAcknowledgement, due: date("2026-03-09"), met_on: None };
        assert_eq!(open.status(date("2026-03-02"), &calendar), DeadlineStatus::OnTime);
        assert_eq!(open.status(date("2026-03-04"), &calendar), DeadlineStatus::OnTime);
        assert_eq!(open.status(date("2026-03-05"), &calendar), DeadlineStatus::DueSoon);
        assert_eq!(open.status(date("2026-03-07"), &calendar), DeadlineStatus::DueSoon);
        assert_eq!(open.status(date("2026-03-09"), &calendar), DeadlineStatus::DueSoon);
        assert_eq!(open.status(date("2026-03-10"), &calendar), DeadlineStatus::Overdue);
        let on_time = Deadline { met_on: Some(date("2026-03-09")), ..open };
        assert_eq!(on_time.status(date("2026-03-20"), &calendar), DeadlineStatus::OnTime);
        assert!(on_time.is_met());
        let late = Deadline { met_on: Some(date("2026-03-10")), ..open };
        assert_eq!(late.status(date("2026-03-20"), &calendar), DeadlineStatus::MetLate);
    }

    #[test]
    fn adding_a_holiday_moves_an_open_deadline() {
        let case = complaint("2026-03-02");
        let policy = Policy::default();
        let before = deadline(&case, &policy, &Calendar::default(), DeadlineKind::StageOneAcknowledgement).unwrap();
        let with_closure = Calendar::from_config(&CalendarConfig {
            extra_holidays: vec![ExtraHoliday { date: date("2026-03-04"), name: "Office closed".into() }],
            removed_days: vec![],
        })
        .unwrap();
        let after = deadline(&case, &policy, &with_closure, DeadlineKind::StageOneAcknowledgement).unwrap();
        assert_eq!(before.due, date("2026-03-09"));
        assert_eq!(after.due, date("2026-03-10"));
    }

    #[test]
    fn a_stricter_policy_brings_deadlines_forward() {
        let policy = Policy { stage_one_acknowledgement_days: 2, ..Policy::default() };
        let ack =
            deadline(&complaint("2026-03-02"), &policy, &Calendar::default(), DeadlineKind::StageOneAcknowledgement)
                .unwrap();
        assert_eq!(ack.due, date("2026-03-04"));
    }

    fn received_with(issue: Option<&str>, aware: Option<&str>) -> Case {
        Case::receive(Receipt {
            kind: Kind::Complaint,
            received_on: date("2026-03-02"),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: issue.map(date),
            became_aware_on: aware.map(date),
        })
        .unwrap()
        .case
    }

    #[test]
    fn a_complaint_within_twelve_months_of_the_issue_is_within_the_time_limit() {
        let policy = Policy::default();
        assert_eq!(
            time_limit(&received_with(Some("2025-03-02"), None), &policy),
            TimeLimit::Within { ends_on: date("2026-03-02") }
        );
        assert!(matches!(
            time_limit(&received_with(Some("2025-03-01"), None), &policy),
            TimeLimit::Outside { waived: None, .. }
        ));
    }

    #[test]
    fn the_time_limit_runs_from_when_the_customer_became_aware() {
        let policy = Policy::default();
        assert!(matches!(
            time_limit(&received_with(Some("2024-01-01"), Some("2025-06-01")), &policy),
            TimeLimit::Within { .. }
        ));
        assert!(matches!(time_limit(&received_with(None, Some("2025-06-01")), &policy), TimeLimit::Within { .. }));
    }

    #[test]
    fn a_longer_time_limit_accepts_older_complaints() {
        let policy = Policy { complaint_time_limit_months: 24, ..Policy::default() };
        assert!(matches!(time_limit(&received_with(Some("2024-06-01"), None), &policy), TimeLimit::Within { .. }));
    }

    #[test]
    fn the_time_limit_is_unknown_without_dates_and_not_applicable_to_compliments() {
        assert_eq!(time_limit(&received_with(None, None), &Policy::default()), TimeLimit::Unknown);
        let compliment = Case::receive(Receipt {
            kind: Kind::Compliment,
            received_on: date("2026-03-02"),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: None,
            became_aware_on: None,
        })
        .unwrap()
        .case;
        assert_eq!(time_limit(&compliment, &Policy::default()), TimeLimit::NotApplicable);
    }

    #[test]
    fn discretion_to_accept_an_old_complaint_is_reported_with_the_time_limit() {
        let policy = Policy::default();
        let case = received_with(Some("2024-01-01"), None)
            .accept_outside_time_limit(date("2026-03-03"), bob(), "Damp reported repeatedly since 2024".into(), &policy)
            .unwrap()
            .case;
        match time_limit(&case, &policy) {
            TimeLimit::Outside { ended_on, waived: Some(discretion) } => {
                assert_eq!(ended_on, date("2025-01-01"));
                assert_eq!(discretion.reason, "Damp reported repeatedly since 2024");
            }
            other => panic!("{other:?}"),
        }
    }

    proptest! {
        #[test]
        fn every_due_date_is_a_working_day(offset in 0u64..20_000, ack in 1u32..=5, respond in 1u32..=10) {
            let received = date("2000-01-01") + chrono::Days::new(offset);
            let policy = Policy { stage_one_acknowledgement_days: ack, stage_one_response_days: respond, ..Policy::default() };
            let calendar = Calendar::default();
            let case = Case::receive(Receipt { kind: Kind::Complaint, received_on: received, channel: Channel::Online, made_by: MadeBy::Customer, issue_occurred_on: None, became_aware_on: None }).unwrap().case;
            let ack_due = deadline(&case, &policy, &calendar, DeadlineKind::StageOneAcknowledgement).unwrap().due;
            prop_assert!(calendar.is_working_day(ack_due));
            prop_assert_eq!(calendar.working_days_between(received, ack_due), i64::from(ack));
            let acknowledged = case.acknowledge_stage_one(ack_due, "alice".into(), definition(), &policy).unwrap().case;
            let response_due = deadline(&acknowledged, &policy, &calendar, DeadlineKind::StageOneResponse).unwrap().due;
            prop_assert!(calendar.is_working_day(response_due));
            prop_assert_eq!(calendar.working_days_between(ack_due, response_due), i64::from(respond));
        }

        #[test]
        fn an_open_deadline_is_overdue_exactly_after_its_due_date(offset in 0u64..20_000, days in 0u64..30) {
            let calendar = Calendar::default();
            let due = date("2000-01-01") + chrono::Days::new(offset);
            let today = due + chrono::Days::new(days);
            let open = Deadline { kind: DeadlineKind::NextUpdate, due, met_on: None };
            prop_assert_eq!(open.status(today, &calendar) == DeadlineStatus::Overdue, days > 0);
            let before = due - chrono::Days::new(days);
            prop_assert_ne!(open.status(before, &calendar), DeadlineStatus::Overdue);
        }
    }
}
