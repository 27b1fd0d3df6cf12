//! The start page.

use maud::{html, Markup};

use crate::i18n::{Arg, Lang};
use crate::journeys::Journey;
use crate::landlord::Landlord;
use crate::policy::Policy;
use crate::views::components::{bullets, landlord_contact, ombudsman_contact, paragraphs};

/// The start page: what Talk to Us is, the four choices, other ways in, representation and the Ombudsman.
pub fn start(lang: Lang, landlord: &Landlord, policy: &Policy) -> Markup {
    let args = [("landlord", Arg::Text(landlord.name.clone()))];
    html! {
        h1.heading-xl { (lang.t("start-title")) }
        (paragraphs(&lang.t_args("start-intro", &args)))
        h2.heading-m { (lang.t("start-promise-title")) }
        (bullets(&lang.t("start-promises")))
        h2.heading-m { (lang.t("start-choose-title")) }
        ul.choice-list {
            @for journey in Journey::ALL {
                li {
                    a.choice-link href=(format!("/{}/{}/{}", lang.tag(), journey.slug(), journey.first_step().slug)) {
                        (lang.t(&format!("start-{}-link", journey.slug())))
                    }
                    p.choice-description { (lang.t(&format!("start-{}-description", journey.slug()))) }
                }
            }
        }
        h2.heading-m { (lang.t("start-behalf-title")) }
        (paragraphs(&lang.t("start-behalf")))
        h2.heading-m { (lang.t("start-other-ways-title")) }
        (landlord_contact(lang, landlord))
        h2.heading-m { (lang.t("start-formats-title")) }
        (paragraphs(&lang.t("start-formats")))
        h2.heading-m { (lang.t("ombudsman-title")) }
        (ombudsman_contact(lang, policy))
        h2.heading-m { (lang.t("start-more-title")) }
        ul.list {
            li { a href=(format!("/{}/policy", lang.tag())) { (lang.t("footer-policy")) } }
            li { a href=(format!("/{}/accessibility", lang.tag())) { (lang.t("footer-accessibility")) } }
            li { a href=(format!("/{}/privacy", lang.tag())) { (lang.t("footer-privacy")) } }
        }
    }
}
