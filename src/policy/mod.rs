//! TEMPORARY stub until the policy engine lands.
pub mod calendar;
use serde::{Deserialize, Serialize};
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    pub stages: u8,
    pub stage_one_acknowledgement_days: u32,
    pub stage_one_response_days: u32,
    pub stage_one_max_extension_days: u32,
    pub escalation_window_days: u32,
    pub stage_two_acknowledgement_days: u32,
    pub stage_two_response_days: u32,
    pub stage_two_max_extension_days: u32,
    pub formal_enquiry_response_days: u32,
    pub compliment_passed_on_days: u32,
    pub survey_after_closure_days: u32,
    pub complaint_time_limit_months: u32,
    pub exclusion_reasons: Vec<String>,
    pub ombudsman: Ombudsman,
    pub languages: Vec<String>,
}
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Ombudsman {
    pub name: String,
    pub address: String,
    pub telephone: String,
    pub website: String,
    pub email: String,
}
impl Default for Ombudsman {
    fn default() -> Self {
        Ombudsman {
            name: "Housing Ombudsman Service".into(),
            address: "PO Box 1484, Preston PR2 0ET".into(),
            telephone: "0300 111 3000".into(),
            website: "www.housing-ombudsman.org.uk".into(),
            email: "info@housing-ombudsman.org.uk".into(),
        }
    }
}
impl Default for Policy {
    fn default() -> Self {
        Policy {
            stages: 2,
            stage_one_acknowledgement_days: 5,
            stage_one_response_days: 10,
            stage_one_max_extension_days: 10,
            escalation_window_days: 20,
            stage_two_acknowledgement_days: 5,
            stage_two_response_days: 20,
            stage_two_max_extension_days: 20,
            formal_enquiry_response_days: 10,
            compliment_passed_on_days: 3,
            survey_after_closure_days: 5,
            complaint_time_limit_months: 12,
            exclusion_reasons: vec![],
            ombudsman: Ombudsman::default(),
            languages: vec![],
        }
    }
}
pub struct Breach {
    pub section: &'static str,
    pub message: String,
}
impl std::fmt::Display for Breach {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Code {}: {}", self.section, self.message)
    }
}
impl Policy {
    pub fn check(&self) -> Vec<Breach> {
        vec![]
    }
}
