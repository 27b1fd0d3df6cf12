use super::*;
use crate::domain::response::tests::{complete, date, definition};
use crate::domain::response::{Decision, MissingPart, Response, ResponseBuilder, ResponseError};
use crate::domain::{Channel, Kind, MadeBy, StaffId, Stage};
use crate::policy::calendar::Calendar;
use crate::policy::Policy;

pub(crate) fn complaint(received: &str) -> Case {
    Case::receive(Receipt {
        kind: Kind::Complaint,
        received_on: date(received),
        channel: Channel::Online,
        made_by: MadeBy::Customer,
        issue_occurred_on: Some(date(received)),
        became_aware_on: None,
    })
    .unwrap()
    .case
}

pub(crate) fn response(stage: Stage) -> Response {
    complete(stage).build().unwrap()
}

fn alice() -> StaffId {
    "alice".into()
}
fn bob() -> StaffId {
    "bob".into()
}

/// A complaint received on Monday 2026-03-02, acknowledged the next day by Alice.
pub(crate) fn acknowledged() -> Case {
    complaint("2026-03-02")
        .acknowledge_stage_one(date("2026-03-03"), alice(), definition(), &Policy::default())
        .unwrap()
        .case
}

/// The same complaint, responded to at stage 1 on 2026-03-16.
pub(crate) fn stage_one_responded() -> Case {
    acknowledged().respond(date("2026-03-16"), response(Stage::One)).unwrap().case
}

/// The same complaint, escalated on 2026-03-20.
pub(crate) fn escalated() -> Case {
    stage_one_responded()
        .request_escalation(date("2026-03-20"), None, &Policy::default(), &Calendar::default())
        .unwrap()
        .case
}

#[test]
fn a_complaint_goes_through_both_stages_to_closure() {
    let policy = Policy::default();
    let mut events = Vec::new();
    let mut record = |transition: Result<Transition, CaseError>| {
        let transition = transition.unwrap();
        events.extend(transition.events);
        transition.case
    };
    let case = record(Case::receive(Receipt {
        kind: Kind::Complaint,
        received_on: date("2026-03-02"),
        channel: Channel::Online,
        made_by: MadeBy::Customer,
        issue_occurred_on: Some(date("2026-02-20")),
        became_aware_on: None,
    }));
    let case = record(case.acknowledge_stage_one(date("2026-03-03"), alice(), definition(), &Policy::default()));
    let case = record(case.extend(date("2026-03-10"), 5, "Waiting for the contractor's report".into(), true, &policy));
    assert_eq!(case.state(), State::Extended { stage: Stage::One });
    let case = record(case.respond(date("2026-03-16"), response(Stage::One)));
    let case = record(case.request_escalation(date("2026-03-20"), Some("  ".into()), &policy, &Calendar::default()));
    assert_eq!(case.escalation().unwrap().reasons, None);
    let case = record(case.acknowledge_stage_two(date("2026-03-23"), bob(), definition()));
    let case = record(case.respond(date("2026-04-02"), response(Stage::Two)));
    let case = record(case.close(date("2026-04-02"), Some("Book contractors with a confirmed slot".into())));
    let case = record(case.record_survey_sent(date("2026-04-07")));
    assert_eq!(case.state(), State::Closed);
    assert_eq!(events.len(), 9);
    assert_eq!(Case::replay(&events).unwrap(), case);
}

#[test]
fn stage_two_handler_must_differ_from_stage_one() {
    let error = escalated().acknowledge_stage_two(date("2026-03-23"), alice(), definition()).unwrap_err();
    assert_eq!(error, CaseError::StageTwoHandlerHandledStageOne { handler: alice() });
    assert!(error.to_string().contains("Code 6.13"));
}

#[test]
fn stage_two_handler_must_differ_from_anyone_who_handled_stage_one() {
    let case = acknowledged().reassign(Stage::One, date("2026-03-04"), bob()).unwrap().case;
    let case = case.respond(date("2026-03-16"), response(Stage::One)).unwrap().case;
    let case =
        case.request_escalation(date("2026-03-20"), None, &Policy::default(), &Calendar::default()).unwrap().case;
    assert!(case.acknowledge_stage_two(date("2026-03-23"), alice(), definition()).is_err());
    assert!(case.acknowledge_stage_two(date("2026-03-23"), bob(), definition()).is_err());
    let case = case.acknowledge_stage_two(date("2026-03-23"), "carol".into(), definition()).unwrap().case;
    assert_eq!(
        case.reassign(Stage::Two, date("2026-03-24"), alice()),
        Err(CaseError::StageTwoHandlerHandledStageOne { handler: alice() })
    );
}

#[test]
fn escalation_before_the_stage_one_response_is_refused() {
    let policy = Policy::default();
    let calendar = Calendar::default();
    assert_eq!(
        acknowledged().request_escalation(date("2026-03-05"), None, &policy, &calendar),
        Err(CaseError::EscalationBeforeStageOneResponse)
    );
    assert_eq!(
        complaint("2026-03-02").request_escalation(date("2026-03-05"), None, &policy, &calendar),
        Err(CaseError::EscalationBeforeStageOneResponse)
    );
}

#[test]
fn escalation_after_stage_two_is_refused() {
    let case = escalated()
        .acknowledge_stage_two(date("2026-03-23"), bob(), definition())
        .unwrap()
        .case
        .respond(date("2026-04-02"), response(Stage::Two))
        .unwrap()
        .case;
    let policy = Policy::default();
    let calendar = Calendar::default();
    assert_eq!(
        case.request_escalation(date("2026-04-03"), None, &policy, &calendar),
        Err(CaseError::EscalationAfterStageTwo)
    );
    let closed = case.close(date("2026-04-03"), Some("Learning".into())).unwrap().case;
    assert_eq!(
        closed.request_escalation(date("2026-04-06"), None, &policy, &calendar),
        Err(CaseError::EscalationAfterStageTwo)
    );
}

#[test]
fn a_complaint_closed_after_stage_one_can_still_be_escalated() {
    let closed = stage_one_responded().close(date("2026-03-17"), Some("Confirm contractor slots".into())).unwrap().case;
    let case =
        closed.request_escalation(date("2026-03-20"), None, &Policy::default(), &Calendar::default()).unwrap().case;
    assert_eq!(case.state(), State::EscalationRequested);
    assert_eq!(case.closed_on(), None);
}

#[test]
fn a_late_escalation_goes_to_staff_and_is_never_refused_automatically() {
    // Window: 20 working days after 2026-03-16, so it closes on 2026-04-15 (Easter 2026 is 3 to 6 April).
    let policy = Policy::default();
    let calendar = Calendar::default();
    let in_time = stage_one_responded().request_escalation(date("2026-04-15"), None, &policy, &calendar).unwrap().case;
    assert!(!in_time.escalation().unwrap().late);
    let late = stage_one_responded().request_escalation(date("2026-04-16"), None, &policy, &calendar).unwrap().case;
    assert!(late.escalation().unwrap().late);
    assert_eq!(late.state(), State::EscalationRequested);
    assert_eq!(
        late.acknowledge_stage_two(date("2026-04-17"), bob(), definition()),
        Err(CaseError::LateEscalationUndecided)
    );
    assert_eq!(
        late.accept_late_escalation(date("2026-04-17"), bob(), " ".into()),
        Err(CaseError::DiscretionWithoutReason)
    );
    let accepted =
        late.accept_late_escalation(date("2026-04-17"), bob(), "The customer was in hospital".into()).unwrap().case;
    assert!(accepted.acknowledge_stage_two(date("2026-04-17"), bob(), definition()).is_ok());
    assert_eq!(
        in_time.accept_late_escalation(date("2026-04-16"), bob(), "x".into()),
        Err(CaseError::EscalationNotLate)
    );
}

#[test]
fn escalation_reasons_are_optional() {
    let case = stage_one_responded()
        .request_escalation(
            date("2026-03-20"),
            Some("The boiler still leaks".into()),
            &Policy::default(),
            &Calendar::default(),
        )
        .unwrap()
        .case;
    assert_eq!(case.escalation().unwrap().reasons.as_deref(), Some("The boiler still leaks"));
    assert!(escalated().escalation().unwrap().reasons.is_none());
}

#[test]
fn an_extension_beyond_the_maximum_is_refused() {
    let policy = Policy::default();
    let case = acknowledged().extend(date("2026-03-10"), 6, "Awaiting a survey".into(), true, &policy).unwrap().case;
    let error = case.extend(date("2026-03-11"), 5, "Survey delayed".into(), false, &policy).unwrap_err();
    assert_eq!(error, CaseError::ExtensionBeyondMaximum { stage: Stage::One, total: 11, maximum: 10, section: "6.4" });
    assert!(case.extend(date("2026-03-11"), 4, "Survey delayed".into(), false, &policy).is_ok());
}

#[test]
fn a_stage_two_extension_is_limited_by_the_stage_two_maximum() {
    let policy = Policy::default();
    let case = escalated().acknowledge_stage_two(date("2026-03-23"), bob(), definition()).unwrap().case;
    assert!(case.extend(date("2026-03-24"), 20, "Independent survey".into(), true, &policy).is_ok());
    assert!(matches!(
        case.extend(date("2026-03-24"), 21, "Independent survey".into(), true, &policy),
        Err(CaseError::ExtensionBeyondMaximum { stage: Stage::Two, section: "6.15", .. })
    ));
}

#[test]
fn a_stricter_policy_limits_extensions_further() {
    let policy = Policy { stage_one_max_extension_days: 5, ..Policy::default() };
    assert!(acknowledged().extend(date("2026-03-10"), 6, "Survey".into(), true, &policy).is_err());
}

#[test]
fn an_extension_gives_reasons() {
    assert_eq!(
        acknowledged().extend(date("2026-03-10"), 5, " ".into(), true, &Policy::default()),
        Err(CaseError::ExtensionWithoutReasons)
    );
    assert_eq!(
        acknowledged().extend(date("2026-03-10"), 0, "x".into(), true, &Policy::default()),
        Err(CaseError::ExtensionOfZeroDays)
    );
}

#[test]
fn only_an_acknowledged_stage_can_be_extended() {
    assert!(matches!(
        complaint("2026-03-02").extend(date("2026-03-03"), 5, "x".into(), true, &Policy::default()),
        Err(CaseError::NotAllowed { .. })
    ));
    assert!(matches!(
        stage_one_responded().extend(date("2026-03-17"), 5, "x".into(), true, &Policy::default()),
        Err(CaseError::NotAllowed { .. })
    ));
}

#[test]
fn a_refusal_without_reasons_is_refused() {
    let policy = Policy::default();
    let case = complaint("2026-03-02");
    assert_eq!(
        case.refuse(date("2026-03-03"), vec![], "It is in court".into(), &policy),
        Err(CaseError::RefusalWithoutReasons)
    );
    assert_eq!(
        case.refuse(date("2026-03-03"), vec!["legal-proceedings".into()], " ".into(), &policy),
        Err(CaseError::RefusalWithoutExplanation)
    );
    let refused = case
        .refuse(
            date("2026-03-03"),
            vec!["legal-proceedings".into()],
            "The matter is before the county court.".into(),
            &policy,
        )
        .unwrap()
        .case;
    assert_eq!(refused.state(), State::Refused);
    assert_eq!(refused.refusal().unwrap().reasons, ["legal-proceedings"]);
}

#[test]
fn a_refusal_uses_only_the_policy_exclusion_reasons() {
    let policy = Policy { exclusion_reasons: vec!["legal-proceedings".into()], ..Policy::default() };
    assert_eq!(
        complaint("2026-03-02").refuse(date("2026-03-03"), vec!["staff-matter".into()], "HR".into(), &policy),
        Err(CaseError::UnknownExclusionReason("staff-matter".into()))
    );
}

#[test]
fn a_complaint_within_the_time_limit_cannot_be_refused_as_too_old() {
    assert_eq!(
        complaint("2026-03-02").refuse(
            date("2026-03-03"),
            vec!["older-than-time-limit".into()],
            "Too old".into(),
            &Policy::default()
        ),
        Err(CaseError::NotOutsideTimeLimit)
    );
    let old = Case::receive(Receipt {
        kind: Kind::Complaint,
        received_on: date("2026-03-02"),
        channel: Channel::Online,
        made_by: MadeBy::Customer,
        issue_occurred_on: Some(date("2024-01-10")),
        became_aware_on: None,
    })
    .unwrap()
    .case;
    assert!(old
        .refuse(
            date("2026-03-03"),
            vec!["older-than-time-limit".into()],
            "The issue was in January 2024.".into(),
            &Policy::default()
        )
        .is_ok());
}

#[test]
fn a_complaint_cannot_be_refused_after_its_stage_one_response() {
    assert!(matches!(
        stage_one_responded().refuse(
            date("2026-03-17"),
            vec!["legal-proceedings".into()],
            "x".into(),
            &Policy::default()
        ),
        Err(CaseError::NotAllowed { .. })
    ));
}

#[test]
fn a_declined_escalation_without_reasons_is_refused() {
    let policy = Policy::default();
    assert_eq!(
        escalated().decline_escalation(date("2026-03-23"), vec![], "x".into(), &policy),
        Err(CaseError::DeclineWithoutReasons)
    );
    assert_eq!(
        escalated().decline_escalation(date("2026-03-23"), vec!["legal-proceedings".into()], "".into(), &policy),
        Err(CaseError::DeclineWithoutExplanation)
    );
    assert_eq!(
        escalated().decline_escalation(date("2026-03-23"), vec!["unreasonable".into()], "x".into(), &policy),
        Err(CaseError::UnknownExclusionReason("unreasonable".into()))
    );
    let declined = escalated()
        .decline_escalation(
            date("2026-03-23"),
            vec!["legal-proceedings".into()],
            "Court proceedings began on 21 March.".into(),
            &policy,
        )
        .unwrap()
        .case;
    assert_eq!(declined.state(), State::EscalationDeclined);
    assert!(declined.close(date("2026-03-24"), Some("Learning".into())).is_ok());
}

#[test]
fn a_response_missing_a_required_part_is_an_error() {
    let without_reasons = complete(Stage::One).reasons(" ");
    let error = acknowledged().respond(date("2026-03-16"), without_reasons).unwrap_err();
    assert_eq!(error, CaseError::Response(ResponseError::Missing(MissingPart::Reasons)));
    assert_eq!(error.to_string(), "The response is missing the reasons for the decision.");
    let without_route = ResponseBuilder::from(response(Stage::One)).how_to_escalate("");
    assert_eq!(
        acknowledged().respond(date("2026-03-16"), without_route).unwrap_err().to_string(),
        "The response is missing how to escalate the complaint to stage 2."
    );
}

#[test]
fn a_response_must_be_for_the_stage_in_progress() {
    assert_eq!(
        acknowledged().respond(date("2026-03-10"), response(Stage::Two)),
        Err(CaseError::ResponseForWrongStage { response_stage: Stage::Two, case_stage: Stage::One })
    );
    assert!(matches!(
        complaint("2026-03-02").respond(date("2026-03-10"), response(Stage::One)),
        Err(CaseError::NotAllowed { .. })
    ));
}

#[test]
fn remedies_and_actions_are_not_due_before_the_response() {
    let error = acknowledged().respond(date("2026-06-01"), response(Stage::One)).unwrap_err();
    assert!(matches!(error, CaseError::ActionDueBeforeResponse { .. }), "{error}");
}

#[test]
fn steps_cannot_be_dated_before_the_last_event() {
    assert_eq!(
        acknowledged().respond(date("2026-03-02"), response(Stage::One)),
        Err(CaseError::DateBeforeLastEvent { on: date("2026-03-02"), last: date("2026-03-03") })
    );
}

#[test]
fn the_issue_cannot_be_after_the_receipt() {
    assert!(matches!(
        Case::receive(Receipt {
            kind: Kind::Complaint,
            received_on: date("2026-03-02"),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: Some(date("2026-03-05")),
            became_aware_on: None,
        }),
        Err(CaseError::DateAfterReceipt { what: "issue", .. })
    ));
}

#[test]
fn a_complaint_can_be_withdrawn_while_open_only() {
    let withdrawn = acknowledged().withdraw(date("2026-03-05"), Some("Resolved by phone".into())).unwrap().case;
    assert_eq!(withdrawn.state(), State::Withdrawn);
    assert_eq!(withdrawn.ended_on(), Some(date("2026-03-05")));
    assert!(withdrawn.withdraw(date("2026-03-06"), None).is_err());
}

#[test]
fn a_complaint_is_closed_with_a_learning_outcome() {
    assert_eq!(
        stage_one_responded().close(date("2026-03-17"), Some(" ".into())),
        Err(CaseError::ClosingWithoutLearningOutcome)
    );
    assert!(matches!(acknowledged().close(date("2026-03-17"), Some("x".into())), Err(CaseError::NotAllowed { .. })));
}

#[test]
fn the_survey_is_sent_once_after_closure() {
    assert!(stage_one_responded().record_survey_sent(date("2026-03-17")).is_err());
    let closed = stage_one_responded().close(date("2026-03-17"), Some("x".into())).unwrap().case;
    let surveyed = closed.record_survey_sent(date("2026-03-18")).unwrap().case;
    assert!(surveyed.record_survey_sent(date("2026-03-19")).is_err());
}

#[test]
fn a_complaint_outside_the_time_limit_is_accepted_only_with_recorded_discretion() {
    let policy = Policy::default();
    let old = Case::receive(Receipt {
        kind: Kind::Complaint,
        received_on: date("2026-03-02"),
        channel: Channel::Online,
        made_by: MadeBy::Customer,
        issue_occurred_on: Some(date("2024-01-10")),
        became_aware_on: None,
    })
    .unwrap()
    .case;
    assert_eq!(
        old.accept_outside_time_limit(date("2026-03-03"), alice(), "".into(), &policy),
        Err(CaseError::DiscretionWithoutReason)
    );
    assert_eq!(
        old.acknowledge_stage_one(date("2026-03-03"), alice(), definition(), &policy),
        Err(CaseError::OutsideTimeLimit { ended_on: date("2025-01-10") })
    );
    let accepted = old
        .accept_outside_time_limit(date("2026-03-03"), alice(), "Ongoing damp; first reported in 2024".into(), &policy)
        .unwrap()
        .case;
    assert_eq!(accepted.time_limit_waived().unwrap().by, alice());
    assert!(accepted.acknowledge_stage_one(date("2026-03-04"), alice(), definition(), &policy).is_ok());
    assert_eq!(
        complaint("2026-03-02").accept_outside_time_limit(date("2026-03-03"), alice(), "x".into(), &policy),
        Err(CaseError::WithinTimeLimit)
    );
}

#[test]
fn a_formal_enquiry_is_answered_then_closed() {
    let enquiry = Case::receive(Receipt {
        kind: Kind::FormalEnquiry,
        received_on: date("2026-03-02"),
        channel: Channel::Online,
        made_by: MadeBy::Customer,
        issue_occurred_on: None,
        became_aware_on: None,
    })
    .unwrap()
    .case;
    assert!(matches!(
        enquiry.acknowledge_stage_one(date("2026-03-03"), alice(), definition(), &Policy::default()),
        Err(CaseError::WrongKind { kind: Kind::FormalEnquiry, .. })
    ));
    let answered = enquiry.answer_enquiry(date("2026-03-10")).unwrap().case;
    assert_eq!(answered.state(), State::EnquiryAnswered);
    let closed = answered.close(date("2026-03-10"), None).unwrap().case;
    assert_eq!(closed.state(), State::Closed);
}

#[test]
fn a_compliment_is_passed_on_then_closed() {
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
    assert_eq!(
        compliment.pass_on_compliment(date("2026-03-03"), " ".into()),
        Err(CaseError::Blank("team or person the compliment was passed to"))
    );
    assert!(matches!(compliment.answer_enquiry(date("2026-03-03")), Err(CaseError::WrongKind { .. })));
    let passed = compliment.pass_on_compliment(date("2026-03-03"), "Repairs team".into()).unwrap().case;
    assert_eq!(passed.passed_on(), Some((date("2026-03-03"), "Repairs team")));
    assert!(passed.close(date("2026-03-03"), None).is_ok());
}

#[test]
fn a_contact_frequency_is_at_least_every_working_day() {
    assert_eq!(
        acknowledged().agree_contact_frequency(date("2026-03-03"), 0, "phone".into()),
        Err(CaseError::ContactFrequencyOfZeroDays)
    );
    let agreed = acknowledged().agree_contact_frequency(date("2026-03-03"), 3, "phone".into()).unwrap().case;
    assert_eq!(agreed.contact_frequency().unwrap().every_working_days, 3);
}

#[test]
fn replay_refuses_a_history_that_breaks_a_rule() {
    let stage_one =
        Event::Acknowledged { stage: Stage::One, on: date("2026-03-03"), handler: alice(), definition: definition() };
    assert_eq!(Case::replay(std::slice::from_ref(&stage_one)), Err(CaseError::NoReceipt));
    assert_eq!(Case::replay(&[]), Err(CaseError::NoReceipt));
    let received = Event::Received {
        kind: Kind::Complaint,
        on: date("2026-03-02"),
        channel: Channel::Online,
        made_by: MadeBy::Customer,
        issue_occurred_on: None,
        became_aware_on: None,
    };
    let stage_two =
        Event::Acknowledged { stage: Stage::Two, on: date("2026-03-04"), handler: bob(), definition: definition() };
    assert!(matches!(Case::replay(&[received, stage_one, stage_two]), Err(CaseError::NotAllowed { .. })));
}

#[test]
fn events_round_trip_through_storage() {
    let events = vec![
        Event::Received {
            kind: Kind::Complaint,
            on: date("2026-03-02"),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: None,
            became_aware_on: None,
        },
        Event::Acknowledged { stage: Stage::One, on: date("2026-03-03"), handler: alice(), definition: definition() },
        Event::Responded { on: date("2026-03-16"), response: Box::new(response(Stage::One)) },
    ];
    // Stored one JSON object an event, as the database keeps them.
    let stored: Vec<String> = events.iter().map(|event| serde_json::to_string(event).unwrap()).collect();
    assert!(stored[0].starts_with(r#"{"event":"received","kind":"complaint""#), "{}", stored[0]);
    let back: Vec<Event> = stored.iter().map(|text| serde_json::from_str(text).unwrap()).collect();
    assert_eq!(back, events);
    assert!(Case::replay(&back).is_ok());
}

#[test]
fn overall_decision_is_kept_with_the_response() {
    let case = stage_one_responded();
    let record = case.stage(Stage::One).unwrap();
    assert_eq!(record.response.as_ref().unwrap().overall_decision(), Decision::PartlyUpheld);
    assert_eq!(record.handler(), Some(&alice()));
}
