//! The published pages: the policy, the accessibility statement and the privacy notice.

use maud::{html, Markup};

use crate::i18n::{Arg, Lang};
use crate::landlord::Landlord;
use crate::policy::Policy;
use crate::views::components::{ombudsman_contact, paragraphs};

/// The Talk to Us policy in plain language, every number from the policy settings.
pub fn policy_page(lang: Lang, policy: &Policy, landlord: &Landlord) -> Markup {
    let n = |v: u32| Arg::Number(v as i64);
    let args = [
        ("landlord", Arg::Text(landlord.name.clone())),
        ("ack", n(policy.stage_one_acknowledgement_days)),
        ("stage1", n(policy.stage_one_response_days)),
        ("stage1ext", n(policy.stage_one_max_extension_days)),
        ("window", n(policy.escalation_window_days)),
        ("ack2", n(policy.stage_two_acknowledgement_days)),
        ("stage2", n(policy.stage_two_response_days)),
        ("stage2ext", n(policy.stage_two_max_extension_days)),
        ("enquiry", n(policy.formal_enquiry_response_days)),
        ("compliment", n(policy.compliment_passed_on_days)),
        ("months", n(policy.complaint_time_limit_months)),
    ];
    let section = |id: &str| {
        html! {
            h2.heading-m { (lang.t(&format!("policy-{id}-title"))) }
            (paragraphs(&lang.t_args(&format!("policy-{id}"), &args)))
        }
    };
    html! {
        h1.heading-xl { (lang.t("policy-title")) }
        (paragraphs(&lang.t_args("policy-intro", &args)))
        (section("what"))
        (section("stage-one"))
        (section("stage-two"))
        (section("other"))
        h2.heading-m { (lang.t("policy-not-accepted-title")) }
        p { (lang.t_args("policy-not-accepted-intro", &args)) }
        ul.list.list-bullet {
            @for reason in &policy.exclusion_reasons {
                li { (lang.t(&format!("exclusion-{reason}"))) }
            }
        }
        p { (lang.t("policy-not-accepted-rights")) }
        (section("help"))
        h2.heading-m { (lang.t("ombudsman-title")) }
        (ombudsman_contact(lang, policy))
        (paragraphs(&lang.t("policy-ombudsman-when")))
    }
}

pub fn accessibility_page(lang: Lang, landlord: &Landlord) -> Markup {
    let args = [
        ("landlord", Arg::Text(landlord.name.clone())),
        ("phone", Arg::Text(landlord.telephone.clone())),
        ("email", Arg::Text(landlord.email.clone())),
    ];
    html! {
        h1.heading-xl { (lang.t("accessibility-title")) }
        @for id in ["intro", "how", "formats", "compliance", "problems", "enforcement"] {
            @if id != "intro" { h2.heading-m { (lang.t(&format!("accessibility-{id}-title"))) } }
            (paragraphs(&lang.t_args(&format!("accessibility-{id}"), &args)))
        }
    }
}

pub fn privacy_page(lang: Lang, landlord: &Landlord) -> Markup {
    let args = [("landlord", Arg::Text(landlord.name.clone())), ("email", Arg::Text(landlord.email.clone()))];
    html! {
        h1.heading-xl { (lang.t("privacy-title")) }
        @for id in ["intro", "what", "why", "sharing", "keeping", "cookies", "rights"] {
            @if id != "intro" { h2.heading-m { (lang.t(&format!("privacy-{id}-title"))) } }
            (paragraphs(&lang.t_args(&format!("privacy-{id}"), &args)))
        }
    }
}
