//! What a complaint definition and a stage response must contain, as checked structures.
//!
//! A [`Response`] can only be built (or read back from storage) with every part the Code requires
//! of it (Code 6.9 at stage 1, 6.18 at stage 2): the stage, the complaint definition, a decision on
//! each point, the reasons, each remedy with what will happen and by when, the outstanding
//! actions with dates, how to escalate (to stage 2, or to the Housing Ombudsman), and the
//! Ombudsman's contact details. Building one without a part is an error naming the part, so a
//! letter missing something cannot be sent.
//!
//! This module deliberately does not write the letter: wording, language and layout belong to the
//! web site's templates, which render these parts.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::{is_blank, Stage};
use crate::policy::Ombudsman;

/// The landlord's understanding of the complaint, point by point, and the outcomes the customer
/// wants: set out in the acknowledgement and agreed with the customer (Code 5.6, 6.2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "DefinitionParts", into = "DefinitionParts")]
pub struct ComplaintDefinition {
    points: Vec<String>,
    outcomes_wanted: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct DefinitionParts {
    points: Vec<String>,
    outcomes_wanted: Vec<String>,
}

/// Why a complaint definition cannot be accepted.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DefinitionError {
    #[error("The complaint definition has no points: say what the complaint is about.")]
    NoPoints,
    #[error("The complaint definition does not say what outcomes the customer wants; if it is unclear, ask them (Code 5.6).")]
    NoOutcomes,
    #[error("The complaint definition lists the point \"{0}\" twice.")]
    RepeatedPoint(String),
}

impl ComplaintDefinition {
    /// The points and outcomes, trimmed, with blank entries dropped; at least one of each.
    pub fn new(points: Vec<String>, outcomes_wanted: Vec<String>) -> Result<ComplaintDefinition, DefinitionError> {
        let tidy = |items: Vec<String>| -> Vec<String> {
            items.into_iter().map(|item| item.trim().to_string()).filter(|item| !item.is_empty()).collect()
        };
        let points = tidy(points);
        let outcomes_wanted = tidy(outcomes_wanted);
        if points.is_empty() {
            return Err(DefinitionError::NoPoints);
        }
        if outcomes_wanted.is_empty() {
            return Err(DefinitionError::NoOutcomes);
        }
        for (index, point) in points.iter().enumerate() {
            if points[..index].contains(point) {
                return Err(DefinitionError::RepeatedPoint(point.clone()));
            }
        }
        Ok(ComplaintDefinition { points, outcomes_wanted })
    }

    /// The landlord's understanding of the complaint, one point at a time.
    pub fn points(&self) -> &[String] {
        &self.points
    }

    /// The outcomes the customer is seeking.
    pub fn outcomes_wanted(&self) -> &[String] {
        &self.outcomes_wanted
    }
}

impl TryFrom<DefinitionParts> for ComplaintDefinition {
    type Error = DefinitionError;
    fn try_from(parts: DefinitionParts) -> Result<Self, Self::Error> {
        ComplaintDefinition::new(parts.points, parts.outcomes_wanted)
    }
}

impl From<ComplaintDefinition> for DefinitionParts {
    fn from(definition: ComplaintDefinition) -> Self {
        DefinitionParts { points: definition.points, outcomes_wanted: definition.outcomes_wanted }
    }
}

/// The decision on one point of the complaint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    Upheld,
    PartlyUpheld,
    NotUpheld,
}

impl Decision {
    /// Whether something went wrong on this point, so that it needs putting right (Code 7.1).
    pub fn found_fault(self) -> bool {
        matches!(self, Decision::Upheld | Decision::PartlyUpheld)
    }
}

/// The decision on one point of the complaint definition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointDecision {
    pub point: String,
    pub decision: Decision,
}

/// The kinds of remedy a landlord can offer (Code 7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RemedyKind {
    Apology,
    Acknowledgement,
    Explanation,
    ActionNow,
    ReconsiderDecision,
    AmendRecord,
    /// Compensation, in pence: for time and trouble, distress, or quantifiable losses.
    Compensation {
        pence: u64,
    },
    ChangeOfPolicyOrProcedure,
}

/// One remedy: what will happen, and by when (Code 7.3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remedy {
    pub kind: RemedyKind,
    pub what_will_happen: String,
    pub by: NaiveDate,
}

/// An action still to be done when the response is sent, and the date it will be done by
/// (Code 6.6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutstandingAction {
    pub what: String,
    pub by: NaiveDate,
}

/// A part a response must contain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MissingPart {
    Stage,
    Definition,
    DecisionOn(String),
    Reasons,
    Remedies,
    RemedyForFault,
    OutstandingActions,
    HowToEscalate(Stage),
    OmbudsmanDetails,
}

impl fmt::Display for MissingPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MissingPart::Stage => f.write_str("the complaint stage"),
            MissingPart::Definition => f.write_str("the complaint definition"),
            MissingPart::DecisionOn(point) => write!(f, "the decision on the point \"{point}\""),
            MissingPart::Reasons => f.write_str("the reasons for the decision"),
            MissingPart::Remedies => f.write_str("the remedies offered (or a statement that none is offered)"),
            MissingPart::RemedyForFault => {
                f.write_str("a remedy putting right what the decision found went wrong (Code 7.1)")
            }
            MissingPart::OutstandingActions => {
                f.write_str("the outstanding actions with dates (or a statement that there are none)")
            }
            MissingPart::HowToEscalate(Stage::One) => f.write_str("how to escalate the complaint to stage 2"),
            MissingPart::HowToEscalate(Stage::Two) => f.write_str("how to take the complaint to the Housing Ombudsman"),
            MissingPart::OmbudsmanDetails => f.write_str("the Housing Ombudsman's contact details"),
        }
    }
}

/// Why a response cannot be built.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ResponseError {
    #[error("The response is missing {0}.")]
    Missing(MissingPart),
    #[error("The response decides the point \"{0}\", which is not in the complaint definition.")]
    DecisionOnUnknownPoint(String),
    #[error("The response decides the point \"{0}\" twice.")]
    RepeatedDecision(String),
    #[error("A remedy in the response does not say what will happen.")]
    RemedyWithoutDescription,
    #[error("A compensation remedy in the response does not give an amount.")]
    CompensationWithoutAmount,
    #[error("An outstanding action in the response does not say what will happen.")]
    ActionWithoutDescription,
}

/// A complete stage response. Built with [`ResponseBuilder`]; every part is present.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ResponseBuilder", into = "ResponseBuilder")]
pub struct Response {
    stage: Stage,
    definition: ComplaintDefinition,
    decisions: Vec<PointDecision>,
    reasons: String,
    remedies: Vec<Remedy>,
    outstanding_actions: Vec<OutstandingAction>,
    how_to_escalate: String,
    ombudsman: Ombudsman,
}

impl Response {
    pub fn stage(&self) -> Stage {
        self.stage
    }
    pub fn definition(&self) -> &ComplaintDefinition {
        &self.definition
    }
    /// One decision for each point of the definition, in the definition's order.
    pub fn decisions(&self) -> &[PointDecision] {
        &self.decisions
    }
    pub fn reasons(&self) -> &str {
        &self.reasons
    }
    /// Empty when the response says that no remedy is offered.
    pub fn remedies(&self) -> &[Remedy] {
        &self.remedies
    }
    /// Empty when the response says that nothing is outstanding.
    pub fn outstanding_actions(&self) -> &[OutstandingAction] {
        &self.outstanding_actions
    }
    /// How to escalate to stage 2 (stage 1), or to the Housing Ombudsman (stage 2).
    pub fn how_to_escalate(&self) -> &str {
        &self.how_to_escalate
    }
    pub fn ombudsman(&self) -> &Ombudsman {
        &self.ombudsman
    }
    /// The decision for the response as a whole: upheld if every point is, not upheld if none is,
    /// else partly upheld.
    pub fn overall_decision(&self) -> Decision {
        let upheld = |wanted: Decision| self.decisions.iter().all(|d| d.decision == wanted);
        if upheld(Decision::Upheld) {
            Decision::Upheld
        } else if upheld(Decision::NotUpheld) {
            Decision::NotUpheld
        } else {
            Decision::PartlyUpheld
        }
    }
}

/// Collects the parts of a response; [`ResponseBuilder::build`] checks that all are there.
/// Remedies and outstanding actions must be stated even when there are none
/// ([`ResponseBuilder::no_remedy`], [`ResponseBuilder::nothing_outstanding`]), so that
/// forgetting them is an error rather than a silent "none".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ResponseBuilder {
    stage: Option<Stage>,
    definition: Option<ComplaintDefinition>,
    decisions: Vec<PointDecision>,
    reasons: Option<String>,
    remedies: Option<Vec<Remedy>>,
    outstanding_actions: Option<Vec<OutstandingAction>>,
    how_to_escalate: Option<String>,
    ombudsman: Option<Ombudsman>,
}

impl ResponseBuilder {
    pub fn new() -> ResponseBuilder {
        ResponseBuilder::default()
    }
    pub fn stage(mut self, stage: Stage) -> Self {
        self.stage = Some(stage);
        self
    }
    pub fn definition(mut self, definition: ComplaintDefinition) -> Self {
        self.definition = Some(definition);
        self
    }
    pub fn decision(mut self, point: impl Into<String>, decision: Decision) -> Self {
        self.decisions.push(PointDecision { point: point.into(), decision });
        self
    }
    pub fn reasons(mut self, reasons: impl Into<String>) -> Self {
        self.reasons = Some(reasons.into());
        self
    }
    pub fn remedy(mut self, remedy: Remedy) -> Self {
        self.remedies.get_or_insert_with(Vec::new).push(remedy);
        self
    }
    /// States that no remedy is offered.
    pub fn no_remedy(mut self) -> Self {
        self.remedies.get_or_insert_with(Vec::new);
        self
    }
    pub fn outstanding_action(mut self, action: OutstandingAction) -> Self {
        self.outstanding_actions.get_or_insert_with(Vec::new).push(action);
        self
    }
    /// States that no action is outstanding.
    pub fn nothing_outstanding(mut self) -> Self {
        self.outstanding_actions.get_or_insert_with(Vec::new);
        self
    }
    /// How to escalate to stage 2 (at stage 1), or to the Housing Ombudsman (at stage 2).
    pub fn how_to_escalate(mut self, how: impl Into<String>) -> Self {
        self.how_to_escalate = Some(how.into());
        self
    }
    pub fn ombudsman(mut self, ombudsman: Ombudsman) -> Self {
        self.ombudsman = Some(ombudsman);
        self
    }

    /// The response, or the first part missing in the order the letter sets them out.
    pub fn build(self) -> Result<Response, ResponseError> {
        let missing = |part| ResponseError::Missing(part);
        let stage = self.stage.ok_or(missing(MissingPart::Stage))?;
        let definition = self.definition.ok_or(missing(MissingPart::Definition))?;

        for (index, decided) in self.decisions.iter().enumerate() {
            if !definition.points().contains(&decided.point) {
                return Err(ResponseError::DecisionOnUnknownPoint(decided.point.clone()));
            }
            if self.decisions[..index].iter().any(|earlier| earlier.point == decided.point) {
                return Err(ResponseError::RepeatedDecision(decided.point.clone()));
            }
        }
        // In the definition's order, so that the letter answers the points as they were put.
        let mut decisions = Vec::with_capacity(definition.points().len());
        for point in definition.points() {
            let decided = self
                .decisions
                .iter()
                .find(|decided| &decided.point == point)
                .ok_or_else(|| missing(MissingPart::DecisionOn(point.clone())))?;
            decisions.push(decided.clone());
        }

        let reasons = self.reasons.filter(|reasons| !is_blank(reasons)).ok_or(missing(MissingPart::Reasons))?;

        let remedies = self.remedies.ok_or(missing(MissingPart::Remedies))?;
        for remedy in &remedies {
            if is_blank(&remedy.what_will_happen) {
                return Err(ResponseError::RemedyWithoutDescription);
            }
            if remedy.kind == (RemedyKind::Compensation { pence: 0 }) {
                return Err(ResponseError::CompensationWithoutAmount);
            }
        }
        if remedies.is_empty() && decisions.iter().any(|d| d.decision.found_fault()) {
            return Err(missing(MissingPart::RemedyForFault));
        }

        let outstanding_actions = self.outstanding_actions.ok_or(missing(MissingPart::OutstandingActions))?;
        if outstanding_actions.iter().any(|action| is_blank(&action.what)) {
            return Err(ResponseError::ActionWithoutDescription);
        }

        let how_to_escalate =
            self.how_to_escalate.filter(|how| !is_blank(how)).ok_or(missing(MissingPart::HowToEscalate(stage)))?;
        let ombudsman = self
            .ombudsman
            .filter(|details| !is_blank(&details.name) && !is_blank(&details.telephone))
            .ok_or(missing(MissingPart::OmbudsmanDetails))?;

        Ok(Response {
            stage,
            definition,
            decisions,
            reasons,
            remedies,
            outstanding_actions,
            how_to_escalate,
            ombudsman,
        })
    }
}

impl TryFrom<ResponseBuilder> for Response {
    type Error = ResponseError;
    fn try_from(builder: ResponseBuilder) -> Result<Self, Self::Error> {
        builder.build()
    }
}

impl From<Response> for ResponseBuilder {
    fn from(response: Response) -> Self {
        ResponseBuilder {
            stage: Some(response.stage),
            definition: Some(response.definition),
            decisions: response.decisions,
            reasons: Some(response.reasons),
            remedies: Some(response.remedies),
            outstanding_actions: Some(response.outstanding_actions),
            how_to_escalate: Some(response.how_to_escalate),
            ombudsman: Some(response.ombudsman),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    pub(crate) fn definition() -> ComplaintDefinition {
        ComplaintDefinition::new(
            vec!["The repair to the boiler was not done".into(), "Calls were not returned".into()],
            vec!["The boiler repaired".into(), "An apology".into()],
        )
        .unwrap()
    }

    /// A complete response at the given stage, upholding the first point and not the second.
    pub(crate) fn complete(stage: Stage) -> ResponseBuilder {
        ResponseBuilder::new()
            .stage(stage)
            .definition(definition())
            .decision("The repair to the boiler was not done", Decision::Upheld)
            .decision("Calls were not returned", Decision::NotUpheld)
            .reasons("The repair was booked but the contractor did not attend.")
            .remedy(Remedy {
                kind: RemedyKind::ActionNow,
                what_will_happen: "The boiler will be repaired".into(),
                by: date("2026-05-29"),
            })
            .outstanding_action(OutstandingAction {
                what: "Check the repair with the customer".into(),
                by: date("2026-06-30"),
            })
            .how_to_escalate("Reply to this letter or call us within 20 working days.")
            .ombudsman(Ombudsman::default())
    }

    /// A complete response that promises no further action.
    pub(crate) fn with_nothing_outstanding(stage: Stage) -> ResponseBuilder {
        ResponseBuilder { outstanding_actions: None, ..complete(stage) }.nothing_outstanding()
    }

    fn missing_part(builder: ResponseBuilder) -> String {
        builder.build().unwrap_err().to_string()
    }

    #[test]
    fn a_complete_response_builds() {
        let response = complete(Stage::One).build().unwrap();
        assert_eq!(response.stage(), Stage::One);
        assert_eq!(response.decisions().len(), 2);
        assert_eq!(response.overall_decision(), Decision::PartlyUpheld);
    }

    #[test]
    fn response_must_state_the_stage() {
        let builder = ResponseBuilder { stage: None, ..complete(Stage::One) };
        assert_eq!(missing_part(builder), "The response is missing the complaint stage.");
    }

    #[test]
    fn response_must_state_the_complaint_definition() {
        let builder = ResponseBuilder { definition: None, ..complete(Stage::One) };
        assert_eq!(missing_part(builder), "The response is missing the complaint definition.");
    }

    #[test]
    fn response_must_decide_every_point() {
        let builder = ResponseBuilder { decisions: vec![], ..complete(Stage::One) }
            .decision("Calls were not returned", Decision::NotUpheld);
        assert_eq!(
            missing_part(builder),
            "The response is missing the decision on the point \"The repair to the boiler was not done\"."
        );
    }

    #[test]
    fn response_cannot_decide_a_point_not_in_the_definition() {
        let builder = complete(Stage::One).decision("Something else", Decision::Upheld);
        assert_eq!(builder.build(), Err(ResponseError::DecisionOnUnknownPoint("Something else".into())));
    }

    #[test]
    fn response_cannot_decide_a_point_twice() {
        let builder = complete(Stage::One).decision("Calls were not returned", Decision::Upheld);
        assert!(matches!(builder.build(), Err(ResponseError::RepeatedDecision(_))));
    }

    #[test]
    fn response_must_give_reasons() {
        let builder = complete(Stage::One).reasons("  ");
        assert_eq!(missing_part(builder), "The response is missing the reasons for the decision.");
    }

    #[test]
    fn response_must_state_remedies_or_that_there_are_none() {
        let builder = ResponseBuilder { remedies: None, ..complete(Stage::One) };
        assert_eq!(builder.build(), Err(ResponseError::Missing(MissingPart::Remedies)));
    }

    #[test]
    fn an_upheld_point_needs_a_remedy() {
        let builder = ResponseBuilder { remedies: None, ..complete(Stage::One) }.no_remedy();
        assert_eq!(builder.build(), Err(ResponseError::Missing(MissingPart::RemedyForFault)));
    }

    #[test]
    fn a_response_upholding_nothing_may_offer_no_remedy() {
        let builder = ResponseBuilder { remedies: None, decisions: vec![], ..complete(Stage::One) }
            .decision("The repair to the boiler was not done", Decision::NotUpheld)
            .decision("Calls were not returned", Decision::NotUpheld)
            .no_remedy();
        let response = builder.build().unwrap();
        assert!(response.remedies().is_empty());
        assert_eq!(response.overall_decision(), Decision::NotUpheld);
    }

    #[test]
    fn each_remedy_says_what_will_happen() {
        let builder = complete(Stage::One).remedy(Remedy {
            kind: RemedyKind::Apology,
            what_will_happen: " ".into(),
            by: date("2026-03-20"),
        });
        assert_eq!(builder.build(), Err(ResponseError::RemedyWithoutDescription));
    }

    #[test]
    fn compensation_gives_an_amount() {
        let builder = complete(Stage::One).remedy(Remedy {
            kind: RemedyKind::Compensation { pence: 0 },
            what_will_happen: "Payment for time and trouble".into(),
            by: date("2026-03-20"),
        });
        assert_eq!(builder.build(), Err(ResponseError::CompensationWithoutAmount));
    }

    #[test]
    fn response_must_state_outstanding_actions_or_that_there_are_none() {
        let builder = ResponseBuilder { outstanding_actions: None, ..complete(Stage::One) };
        assert_eq!(
            missing_part(builder.clone()),
            "The response is missing the outstanding actions with dates (or a statement that there are none)."
        );
        assert!(builder.nothing_outstanding().build().is_ok());
    }

    #[test]
    fn each_outstanding_action_says_what_will_happen() {
        let builder =
            complete(Stage::One).outstanding_action(OutstandingAction { what: String::new(), by: date("2026-03-20") });
        assert_eq!(builder.build(), Err(ResponseError::ActionWithoutDescription));
    }

    #[test]
    fn stage_one_response_says_how_to_escalate_to_stage_two() {
        let builder = ResponseBuilder { how_to_escalate: None, ..complete(Stage::One) };
        assert_eq!(missing_part(builder), "The response is missing how to escalate the complaint to stage 2.");
    }

    #[test]
    fn stage_two_response_says_how_to_go_to_the_housing_ombudsman() {
        let builder = ResponseBuilder { how_to_escalate: None, ..complete(Stage::Two) };
        assert_eq!(
            missing_part(builder),
            "The response is missing how to take the complaint to the Housing Ombudsman."
        );
    }

    #[test]
    fn response_gives_the_ombudsman_contact_details() {
        let builder = ResponseBuilder { ombudsman: None, ..complete(Stage::Two) };
        assert_eq!(missing_part(builder), "The response is missing the Housing Ombudsman's contact details.");
        let blank = Ombudsman { telephone: String::new(), ..Ombudsman::default() };
        assert!(complete(Stage::Two).ombudsman(blank).build().is_err());
    }

    #[test]
    fn decisions_follow_the_order_of_the_definition() {
        let builder = ResponseBuilder { decisions: vec![], ..complete(Stage::One) }
            .decision("Calls were not returned", Decision::NotUpheld)
            .decision("The repair to the boiler was not done", Decision::Upheld);
        let response = builder.build().unwrap();
        assert_eq!(response.decisions()[0].point, "The repair to the boiler was not done");
    }

    #[test]
    fn definition_needs_points_and_outcomes() {
        assert_eq!(ComplaintDefinition::new(vec![" ".into()], vec!["x".into()]), Err(DefinitionError::NoPoints));
        assert_eq!(ComplaintDefinition::new(vec!["x".into()], vec![]), Err(DefinitionError::NoOutcomes));
        assert_eq!(
            ComplaintDefinition::new(vec!["x".into(), " x ".into()], vec!["y".into()]),
            Err(DefinitionError::RepeatedPoint("x".into()))
        );
    }

    #[test]
    fn a_stored_response_is_checked_when_read_back() {
        let response = complete(Stage::Two).build().unwrap();
        let text = toml::to_string(&response).unwrap();
        let back: Response = toml::from_str(&text).unwrap();
        assert_eq!(back, response);
        let without_reasons = text.replace("reasons = ", "# reasons = ");
        let error = toml::from_str::<Response>(&without_reasons).unwrap_err();
        assert!(error.to_string().contains("missing the reasons"), "{error}");
    }
}
