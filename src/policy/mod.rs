//! The landlord's complaint handling policy as typed settings, and the check of those settings
//! against the Housing Ombudsman's Complaint Handling Code 2024.
//!
//! Every timescale the product enforces is a setting here, read from the `[policy]` table of the
//! configuration, with defaults that meet the 2024 Code. A landlord may be stricter than the Code
//! (answer sooner, allow a longer time limit) but never looser: [`Policy::check`] names every
//! breach with its section, and the server refuses to start on a policy that has any.
//!
//! This module deliberately does not decide anything about a particular case (that is
//! `crate::domain`), read files or the environment (the caller passes the text), or hold the
//! landlord's own name and contact details, which belong to the site's settings.

pub mod calendar;

use std::fmt;

use serde::{Deserialize, Serialize};

/// The exclusion reasons the product knows, by key, with the plain-English meaning staff see.
/// These are the reasons the seed policies give that the 2024 Code still accepts as fair (Code 2.2);
/// the web site translates each key through its own messages.
pub const EXCLUSION_REASONS: &[(&str, &str)] = &[
    (
        "older-than-time-limit",
        "the issue is older than the complaint time limit, or the customer knew of it for longer without contacting us",
    ),
    ("first-service-request", "it is a first request for a service"),
    ("legal-proceedings", "it is the subject of legal proceedings"),
    ("already-considered", "it was already considered under an earlier complaint"),
    ("other-policy-appeal", "it is an appeal against a decision made under another policy"),
    ("insurance-or-injury-claim", "it is an insurance or personal injury claim"),
    ("staff-matter", "it is a staff matter for HR procedures"),
];

/// The plain-English meaning of an exclusion reason key, if the product knows it.
pub fn exclusion_reason_description(key: &str) -> Option<&'static str> {
    EXCLUSION_REASONS.iter().find(|(known, _)| *known == key).map(|(_, description)| *description)
}

/// The Housing Ombudsman's contact details, given in every extension notice, refusal and final
/// response. They are configuration rather than code because the Ombudsman can move.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// The landlord's complaint handling policy. All timescales are in working days (see
/// [`calendar::Calendar`]) unless the name says months.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    /// How many stages the complaint procedure has. The Code requires exactly 2 (Code 5.2, 5.3).
    pub stages: u8,
    /// Whether the landlord runs a separate informal stage before stage 1 (the seeds' "stage 0" or
    /// "informal complaint"). The Code forbids it: quick fixes are early resolution within stage 1.
    pub stage_zero: bool,
    /// Acknowledge, define and log a complaint within this many working days of receipt (Code 6.2).
    pub stage_one_acknowledgement_days: u32,
    /// Respond at stage 1 within this many working days of the acknowledgement (Code 6.3).
    pub stage_one_response_days: u32,
    /// The longest extension of the stage 1 response, in further working days (Code 6.4).
    pub stage_one_max_extension_days: u32,
    /// A customer may ask for stage 2 within this many working days of the stage 1 response.
    /// A later request is not refused automatically: staff decide, with reasons.
    pub escalation_window_days: u32,
    /// Whether a customer must give reasons to escalate. The Code says they must not be required to
    /// (Code 6.12); the product asks, and the answer is optional.
    pub escalation_reasons_required: bool,
    /// Acknowledge a stage 2 request within this many working days of it (Code 6.11).
    pub stage_two_acknowledgement_days: u32,
    /// Respond at stage 2 within this many working days of the acknowledgement (Code 6.14).
    pub stage_two_response_days: u32,
    /// The longest extension of the stage 2 response, in further working days (Code 6.15).
    pub stage_two_max_extension_days: u32,
    /// Answer a formal enquiry (from an MP, councillor, board member or advocate) within this many
    /// working days of receipt.
    pub formal_enquiry_response_days: u32,
    /// Pass a compliment on to the team or person within this many working days of receipt.
    pub compliment_passed_on_days: u32,
    /// Contact the customer about a service request (a first request for a service or for
    /// information), having passed it to the service that handles it, within this many working days.
    pub service_request_contact_days: u32,
    /// Contact the customer to arrange a document in another format or language within this many
    /// working days of the request.
    pub format_request_contact_days: u32,
    /// Send the satisfaction survey within this many working days of closing a complaint.
    pub survey_after_closure_days: u32,
    /// A complaint is accepted within this many months of the issue, or of the customer becoming
    /// aware of it; staff may accept an older one at their discretion (Code 2.3).
    pub complaint_time_limit_months: u32,
    /// The reasons, by key (see [`EXCLUSION_REASONS`]), for which a complaint or an escalation may
    /// be refused (Code 2.2, 5.11).
    pub exclusion_reasons: Vec<String>,
    /// The Housing Ombudsman's contact details.
    pub ombudsman: Ombudsman,
    /// The languages offered, as language tags; the first is the default.
    pub languages: Vec<String>,
}

impl Default for Policy {
    /// The 2024 Code's own limits.
    fn default() -> Self {
        Policy {
            stages: 2,
            stage_zero: false,
            stage_one_acknowledgement_days: 5,
            stage_one_response_days: 10,
            stage_one_max_extension_days: 10,
            escalation_window_days: 20,
            escalation_reasons_required: false,
            stage_two_acknowledgement_days: 5,
            stage_two_response_days: 20,
            stage_two_max_extension_days: 20,
            formal_enquiry_response_days: 10,
            compliment_passed_on_days: 3,
            service_request_contact_days: 5,
            format_request_contact_days: 5,
            survey_after_closure_days: 5,
            complaint_time_limit_months: 12,
            exclusion_reasons: EXCLUSION_REASONS.iter().map(|(key, _)| (*key).to_string()).collect(),
            ombudsman: Ombudsman::default(),
            languages: ["en", "bn", "hi", "ur", "zh-hant", "pl"].into_iter().map(String::from).collect(),
        }
    }
}

/// One way in which a policy breaks the Complaint Handling Code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breach {
    /// The section of the 2024 Code, such as "6.3".
    pub section: &'static str,
    /// What is wrong and what the Code allows, as a sentence without the section.
    pub message: String,
}

impl fmt::Display for Breach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Code {}: {}", self.section, self.message)
    }
}

/// Every breach of a policy, for refusing to start: one line each, as `policy check` prints them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breaches(pub Vec<Breach>);

impl fmt::Display for Breaches {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, breach) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{breach}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Breaches {}

/// What `policy check` prints for a policy with no breach.
pub const MEETS_THE_CODE: &str = "The policy meets the Complaint Handling Code 2024.";

fn working_days(count: u32) -> String {
    if count == 1 {
        "1 working day".to_string()
    } else {
        format!("{count} working days")
    }
}

impl Policy {
    /// Reads the `[policy]` table of a whole configuration file. Other tables are ignored; a
    /// missing `[policy]` table means the defaults; an unknown key inside it is an error naming it.
    pub fn from_config_toml(text: &str) -> Result<Policy, String> {
        // Other tables are ignored because this wrapper does not deny unknown fields; reading
        // straight from the text (rather than via a toml::Table) keeps line numbers in errors.
        #[derive(Deserialize)]
        struct Configuration {
            #[serde(default)]
            policy: Policy,
        }
        toml::from_str::<Configuration>(text)
            .map(|configuration| configuration.policy)
            .map_err(|error| toml_error_sentence(text, &error))
    }

    /// Every way in which this policy breaks the Complaint Handling Code 2024, in the order of
    /// the Code's sections; empty when it meets the Code.
    pub fn check(&self) -> Vec<Breach> {
        let mut breaches = Vec::new();
        let mut breach = |section: &'static str, message: String| {
            breaches.push(Breach { section, message });
        };

        for key in &self.exclusion_reasons {
            if exclusion_reason_description(key).is_none() {
                breach(
                    "2.2",
                    format!(
                        "the exclusion reason \"{key}\" is not one the Code accepts as fair; the reasons allowed are {}.",
                        EXCLUSION_REASONS
                            .iter()
                            .map(|(known, _)| format!("\"{known}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
        if self.complaint_time_limit_months < 12 {
            breach(
                "2.3",
                format!(
                    "the complaint time limit is {} month{}; the Code requires at least 12.",
                    self.complaint_time_limit_months,
                    if self.complaint_time_limit_months == 1 { "" } else { "s" }
                ),
            );
        }
        match self.stages {
            2 => {}
            stages if stages > 2 => breach(
                "5.3",
                format!("the policy has {stages} stages; the Code allows exactly two, stage 1 and stage 2."),
            ),
            stages => breach(
                "5.2",
                format!(
                    "the policy has {stages} stage{}; the Code requires exactly two, stage 1 and stage 2.",
                    if stages == 1 { "" } else { "s" }
                ),
            ),
        }
        if self.stage_zero {
            breach(
                "5.2",
                "the policy has a \"stage 0\" before stage 1; the Code allows stage 1 and stage 2 only, so a quick fix is early resolution within stage 1.".to_string(),
            );
        }

        let mut at_most = |section: &'static str, what: &str, value: u32, limit: u32| {
            if value > limit {
                breach(section, format!("the {what} is {}; the Code allows at most {limit}.", working_days(value)));
            }
        };
        at_most("6.2", "stage 1 acknowledgement time", self.stage_one_acknowledgement_days, 5);
        at_most("6.3", "stage 1 response time", self.stage_one_response_days, 10);
        at_most("6.4", "stage 1 maximum extension", self.stage_one_max_extension_days, 10);
        at_most("6.11", "stage 2 acknowledgement time", self.stage_two_acknowledgement_days, 5);
        at_most("6.14", "stage 2 response time", self.stage_two_response_days, 20);
        at_most("6.15", "stage 2 maximum extension", self.stage_two_max_extension_days, 20);

        let mut breach = |section: &'static str, message: String| {
            breaches.push(Breach { section, message });
        };
        if self.escalation_reasons_required {
            breach(
                "6.12",
                "the policy requires customers to give reasons for escalating to stage 2; the Code says they must not be required to.".to_string(),
            );
        }
        let missing: Vec<&str> = [
            ("name", &self.ombudsman.name),
            ("telephone", &self.ombudsman.telephone),
            ("website", &self.ombudsman.website),
        ]
        .into_iter()
        .filter(|(_, value)| value.trim().is_empty())
        .map(|(field, _)| field)
        .collect();
        if !missing.is_empty() {
            breach(
                "6.5",
                format!(
                    "the Housing Ombudsman's {} {} empty; every extension notice and final response must give the Ombudsman's contact details.",
                    missing.join(" and "),
                    if missing.len() == 1 { "is" } else { "are" }
                ),
            );
        }
        breaches
    }

    /// The policy itself if it meets the Code, else every breach: what the server checks before it
    /// starts.
    pub fn meeting_the_code(self) -> Result<Policy, Breaches> {
        let breaches = self.check();
        if breaches.is_empty() {
            Ok(self)
        } else {
            Err(Breaches(breaches))
        }
    }

    /// Whether the policy lists this exclusion reason key.
    pub fn allows_exclusion(&self, key: &str) -> bool {
        self.exclusion_reasons.iter().any(|known| known == key)
    }
}

/// A shipped example policy: a whole configuration file with comments, embedded in the binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    pub name: &'static str,
    pub summary: &'static str,
    pub toml: &'static str,
}

impl Preset {
    /// The policy the preset sets out.
    pub fn policy(&self) -> Result<Policy, String> {
        Policy::from_config_toml(self.toml)
    }
}

/// The presets shipped with the product. `default` is the 2024 Code's limits with the seed
/// landlord's contact details; the others are the seed policies' own settings where they are
/// lawful, each file saying what the seed said and what the Code now requires.
pub const PRESETS: &[Preset] = &[
    Preset {
        name: "default",
        summary: "The Complaint Handling Code 2024's own limits, with Halton Housing's contact details.",
        toml: include_str!("presets/default.toml"),
    },
    Preset {
        name: "halton-2019",
        summary: "Halton Housing's Talk to Us policy (2019) and its 2023 self-assessment, brought up to the 2024 Code.",
        toml: include_str!("presets/halton-2019.toml"),
    },
    Preset {
        name: "halton-2011",
        summary:
            "Halton Housing Trust's Enquiries, Complaints and Compliments policy (2011), brought up to the 2024 Code.",
        toml: include_str!("presets/halton-2011.toml"),
    },
    Preset {
        name: "jjh-2020",
        summary: "Johnnie Johnson Housing's Talk to Us policy (2020), brought up to the 2024 Code.",
        toml: include_str!("presets/jjh-2020.toml"),
    },
];

/// The shipped preset of this name.
pub fn preset(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|preset| preset.name == name)
}

/// A TOML error as one sentence with its line, for a person editing the file.
pub(crate) fn toml_error_sentence(text: &str, error: &toml::de::Error) -> String {
    let message = error.message().split_whitespace().collect::<Vec<_>>().join(" ");
    let message = message.trim_end_matches('.');
    match error.span() {
        Some(span) => {
            let line = text.as_bytes().iter().take(span.start).filter(|byte| **byte == b'\n').count() + 1;
            format!("The configuration is not valid at line {line}: {message}.")
        }
        None => format!("The configuration is not valid: {message}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sections(policy: &Policy) -> Vec<&'static str> {
        policy.check().into_iter().map(|breach| breach.section).collect()
    }

    #[test]
    fn default_policy_meets_the_code() {
        assert_eq!(Policy::default().check(), vec![]);
    }

    #[test]
    fn default_policy_has_the_2024_code_limits() {
        let policy = Policy::default();
        assert_eq!(policy.stages, 2);
        assert_eq!(policy.stage_one_acknowledgement_days, 5);
        assert_eq!(policy.stage_one_response_days, 10);
        assert_eq!(policy.stage_one_max_extension_days, 10);
        assert_eq!(policy.escalation_window_days, 20);
        assert_eq!(policy.stage_two_acknowledgement_days, 5);
        assert_eq!(policy.stage_two_response_days, 20);
        assert_eq!(policy.stage_two_max_extension_days, 20);
        assert_eq!(policy.formal_enquiry_response_days, 10);
        assert_eq!(policy.compliment_passed_on_days, 3);
        assert_eq!(policy.survey_after_closure_days, 5);
        assert_eq!(policy.complaint_time_limit_months, 12);
        assert_eq!(policy.languages, ["en", "bn", "hi", "ur", "zh-hant", "pl"]);
        assert_eq!(policy.exclusion_reasons.len(), 7);
        assert_eq!(policy.ombudsman.telephone, "0300 111 3000");
    }

    #[test]
    fn a_third_stage_breaks_the_code() {
        let policy = Policy { stages: 3, ..Policy::default() };
        assert_eq!(
            policy.check()[0].to_string(),
            "Code 5.3: the policy has 3 stages; the Code allows exactly two, stage 1 and stage 2."
        );
    }

    #[test]
    fn fewer_than_two_stages_breaks_the_code() {
        assert_eq!(sections(&Policy { stages: 1, ..Policy::default() }), ["5.2"]);
        assert_eq!(sections(&Policy { stages: 0, ..Policy::default() }), ["5.2"]);
    }

    #[test]
    fn a_stage_zero_breaks_the_code() {
        let policy = Policy { stage_zero: true, ..Policy::default() };
        let breaches = policy.check();
        assert_eq!(breaches.len(), 1);
        assert_eq!(breaches[0].section, "5.2");
        assert!(breaches[0].message.contains("stage 0"));
    }

    #[test]
    fn stage_one_acknowledgement_over_five_working_days_breaks_the_code() {
        let policy = Policy { stage_one_acknowledgement_days: 6, ..Policy::default() };
        assert_eq!(
            policy.check()[0].to_string(),
            "Code 6.2: the stage 1 acknowledgement time is 6 working days; the Code allows at most 5."
        );
    }

    #[test]
    fn stage_one_response_over_ten_working_days_breaks_the_code() {
        let policy = Policy { stage_one_response_days: 15, ..Policy::default() };
        assert_eq!(
            policy.check()[0].to_string(),
            "Code 6.3: the stage 1 response time is 15 working days; the Code allows at most 10."
        );
    }

    #[test]
    fn stage_one_extension_over_ten_working_days_breaks_the_code() {
        assert_eq!(sections(&Policy { stage_one_max_extension_days: 11, ..Policy::default() }), ["6.4"]);
    }

    #[test]
    fn stage_two_acknowledgement_over_five_working_days_breaks_the_code() {
        assert_eq!(sections(&Policy { stage_two_acknowledgement_days: 10, ..Policy::default() }), ["6.11"]);
    }

    #[test]
    fn stage_two_response_over_twenty_working_days_breaks_the_code() {
        assert_eq!(sections(&Policy { stage_two_response_days: 21, ..Policy::default() }), ["6.14"]);
    }

    #[test]
    fn stage_two_extension_over_twenty_working_days_breaks_the_code() {
        assert_eq!(sections(&Policy { stage_two_max_extension_days: 30, ..Policy::default() }), ["6.15"]);
    }

    #[test]
    fn time_limit_shorter_than_twelve_months_breaks_the_code() {
        let policy = Policy { complaint_time_limit_months: 6, ..Policy::default() };
        assert_eq!(
            policy.check()[0].to_string(),
            "Code 2.3: the complaint time limit is 6 months; the Code requires at least 12."
        );
    }

    #[test]
    fn requiring_reasons_to_escalate_breaks_the_code() {
        assert_eq!(sections(&Policy { escalation_reasons_required: true, ..Policy::default() }), ["6.12"]);
    }

    #[test]
    fn an_unknown_exclusion_reason_breaks_the_code() {
        let policy =
            Policy { exclusion_reasons: vec!["legal-proceedings".into(), "vexatious".into()], ..Policy::default() };
        let breaches = policy.check();
        assert_eq!(breaches.len(), 1);
        assert_eq!(breaches[0].section, "2.2");
        assert!(breaches[0].message.contains("\"vexatious\""));
    }

    #[test]
    fn missing_ombudsman_contact_details_break_the_code() {
        let mut policy = Policy::default();
        policy.ombudsman.telephone = " ".into();
        policy.ombudsman.website = String::new();
        let breaches = policy.check();
        assert_eq!(breaches.len(), 1);
        assert_eq!(breaches[0].section, "6.5");
        assert!(breaches[0].message.contains("telephone and website are empty"));
    }

    #[test]
    fn a_stricter_policy_than_the_code_is_lawful() {
        let policy = Policy {
            stage_one_acknowledgement_days: 2,
            stage_one_response_days: 5,
            stage_one_max_extension_days: 5,
            stage_two_acknowledgement_days: 2,
            stage_two_response_days: 15,
            stage_two_max_extension_days: 10,
            complaint_time_limit_months: 24,
            exclusion_reasons: vec![],
            ..Policy::default()
        };
        assert_eq!(policy.check(), vec![]);
    }

    #[test]
    fn every_breach_is_reported_in_order_of_the_code() {
        let policy = Policy {
            stages: 3,
            stage_one_acknowledgement_days: 7,
            stage_one_response_days: 15,
            stage_one_max_extension_days: 15,
            stage_two_acknowledgement_days: 7,
            stage_two_response_days: 25,
            stage_two_max_extension_days: 25,
            complaint_time_limit_months: 6,
            ..Policy::default()
        };
        assert_eq!(sections(&policy), ["2.3", "5.3", "6.2", "6.3", "6.4", "6.11", "6.14", "6.15"]);
        let error = policy.meeting_the_code().unwrap_err();
        assert_eq!(error.to_string().lines().count(), 8);
    }

    #[test]
    fn one_working_day_is_singular() {
        let policy = Policy { stage_one_response_days: 1, stage_two_acknowledgement_days: 6, ..Policy::default() };
        assert_eq!(
            policy.check()[0].message,
            "the stage 2 acknowledgement time is 6 working days; the Code allows at most 5."
        );
        assert_eq!(working_days(1), "1 working day");
    }

    #[test]
    fn policy_is_read_from_the_policy_table_and_other_tables_are_ignored() {
        let text = r#"
            [landlord]
            name = "Example Homes"
            [server]
            port = 8080
            [policy]
            stage_one_response_days = 8
            languages = ["en", "pl"]
            [policy.ombudsman]
            telephone = "0300 000 0000"
        "#;
        let policy = Policy::from_config_toml(text).unwrap();
        assert_eq!(policy.stage_one_response_days, 8);
        assert_eq!(policy.stage_two_response_days, 20);
        assert_eq!(policy.languages, ["en", "pl"]);
        assert_eq!(policy.ombudsman.telephone, "0300 000 0000");
        assert_eq!(policy.ombudsman.name, "Housing Ombudsman Service");
    }

    #[test]
    fn a_configuration_without_a_policy_table_gets_the_defaults() {
        assert_eq!(Policy::from_config_toml("[server]\nport = 1\n").unwrap(), Policy::default());
    }

    #[test]
    fn an_unknown_policy_key_is_an_error_naming_it() {
        let error = Policy::from_config_toml("[policy]\nstage_three_response_days = 20\n").unwrap_err();
        assert!(error.contains("stage_three_response_days"), "{error}");
        assert!(!error.contains('\n'), "{error}");
    }

    #[test]
    fn a_wrongly_typed_policy_value_is_an_error() {
        let error = Policy::from_config_toml("[policy]\nstages = \"two\"\n").unwrap_err();
        assert!(error.contains("expected u8"), "{error}");
        assert!(error.contains("line 2"), "{error}");
        let error = Policy::from_config_toml("[server]\n[policy\n").unwrap_err();
        assert!(error.contains("not valid at line 2"), "{error}");
    }

    #[test]
    fn policy_round_trips_through_toml() {
        let policy = Policy { stage_two_response_days: 15, ..Policy::default() };
        let text = toml::to_string(&policy).unwrap();
        let back: Policy = toml::from_str(&text).unwrap();
        assert_eq!(back, policy);
    }

    #[test]
    fn every_preset_meets_the_code() {
        for preset in PRESETS {
            let policy = preset.policy().unwrap_or_else(|error| panic!("{}: {error}", preset.name));
            assert_eq!(policy.check(), vec![], "preset {}", preset.name);
        }
    }

    #[test]
    fn the_default_preset_is_the_default_policy() {
        assert_eq!(preset("default").unwrap().policy().unwrap(), Policy::default());
    }

    #[test]
    fn seed_presets_keep_their_lawful_stricter_settings() {
        let jjh = preset("jjh-2020").unwrap().policy().unwrap();
        assert_eq!(jjh.stage_two_response_days, 15);
        assert_eq!(jjh.stage_one_acknowledgement_days, 2);
        let halton_2011 = preset("halton-2011").unwrap().policy().unwrap();
        assert_eq!(halton_2011.stage_one_max_extension_days, 5);
        assert_eq!(halton_2011.compliment_passed_on_days, 3);
        let halton_2019 = preset("halton-2019").unwrap().policy().unwrap();
        assert_eq!(halton_2019.stage_two_max_extension_days, 10);
        assert_eq!(halton_2019.complaint_time_limit_months, 12);
        assert!(preset("none").is_none());
    }
}
