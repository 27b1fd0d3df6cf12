//! How to reach the Housing Ombudsman and the landlord, with real telephone, email and web links.

use maud::{html, Markup};

use crate::i18n::Lang;
use crate::landlord::{tel_href, website_href, Landlord};
use crate::policy::Policy;

/// The Housing Ombudsman's contact details, from the policy settings.
pub fn ombudsman_contact(lang: Lang, policy: &Policy) -> Markup {
    let o = &policy.ombudsman;
    html! {
        div.contact-block {
            p { (lang.t("ombudsman-intro")) }
            ul.list {
                li { (o.name) }
                li { (lang.t("contact-phone")) " " a href=(tel_href(&o.telephone)) { (o.telephone) } }
                @if !o.email.is_empty() {
                    li { (lang.t("contact-email")) " " a href=(format!("mailto:{}", o.email)) { (o.email) } }
                }
                li { (lang.t("contact-website")) " " a href=(website_href(&o.website)) { (o.website) } }
                li { (lang.t("contact-post")) " " (o.address) }
            }
        }
    }
}

/// The landlord's other ways in: telephone, in person, letter, email.
pub fn landlord_contact(lang: Lang, landlord: &Landlord) -> Markup {
    html! {
        ul.list {
            li { (lang.t("contact-phone")) " " a href=(tel_href(&landlord.telephone)) { (landlord.telephone) } " (" (landlord.opening_hours) ")" }
            li { (lang.t("contact-email")) " " a href=(format!("mailto:{}", landlord.email)) { (landlord.email) } }
            li { (lang.t("contact-post")) " " (landlord.address) }
            li { (lang.t("contact-in-person")) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::components::render;

    #[test]
    fn contact_details_are_real_links() {
        let ombudsman = render(ombudsman_contact(Lang::En, &Policy::default()));
        assert!(ombudsman.contains(r#"href="tel:03001113000""#), "{ombudsman}");
        assert!(ombudsman.contains(r#"href="https://www.housing-ombudsman.org.uk""#), "{ombudsman}");
        let landlord = render(landlord_contact(Lang::En, &Landlord::default()));
        assert!(landlord.contains(r#"href="mailto:info@haltonhousing.org""#), "{landlord}");
    }
}
