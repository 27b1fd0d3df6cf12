//! How to reach the Housing Ombudsman and the landlord, with real telephone, email and web links.

use maud::{html, Markup};

use crate::i18n::Lang;
use crate::landlord::{tel_href, website_href, Landlord, Localised};
use crate::policy::Policy;

/// The Housing Ombudsman's contact details, from the policy settings.
pub fn ombudsman_contact(lang: Lang, policy: &Policy) -> Markup {
    let o = &policy.ombudsman;
    html! {
        div.contact-block {
            p { (lang.t("ombudsman-intro")) }
            ul.list {
                li { (localised(lang, &Localised { text: &o.name, lang: Lang::En })) }
                li { (lang.t("contact-phone")) " " (phone_link(&o.telephone)) }
                @if !o.email.is_empty() {
                    li { (lang.t("contact-email")) " " (email_link(&o.email)) }
                }
                li { (lang.t("contact-website")) " " a.long-address href=(website_href(&o.website)) dir="ltr" { (o.website) } }
                li { (lang.t("contact-post")) " " (o.address) }
            }
        }
    }
}

/// The landlord's other ways in: telephone, in person, letter, email.
pub fn landlord_contact(lang: Lang, landlord: &Landlord) -> Markup {
    html! {
        ul.list {
            li {
                (lang.t("contact-phone")) " " (phone_link(&landlord.telephone))
                " (" (localised(lang, &landlord.opening_hours_in(lang))) ")"
            }
            li { (lang.t("contact-email")) " " (email_link(&landlord.email)) }
            li { (lang.t("contact-post")) " " (landlord.address) }
            li { (lang.t("contact-in-person")) }
        }
    }
}

/// A telephone number as a `tel:` link, kept left to right inside right-to-left text: the bidirectional
/// algorithm would otherwise show "0303 333 0101" as "0101 333 0303" on an Urdu page.
pub fn phone_link(number: &str) -> Markup {
    html! { a href=(tel_href(number)) dir="ltr" { (number) } }
}

/// An email address as a `mailto:` link, kept left to right, and free to wrap on a narrow screen.
pub fn email_link(address: &str) -> Markup {
    html! { a.long-address href=(format!("mailto:{address}")) dir="ltr" { (address) } }
}

/// A reference number, set apart and kept left to right.
pub fn reference(text: &str) -> Markup {
    html! { strong.reference dir="ltr" { (text) } }
}

/// Text from the settings, marked with its language and direction when it is not the page's (English
/// opening hours on a Polish page): screen readers then say it in English (WCAG 3.1.2), and in Urdu it
/// keeps its own order.
pub fn localised(page: Lang, text: &Localised<'_>) -> Markup {
    html! {
        @if text.lang == page { (text.text) } @else { span lang=(text.lang.bcp47()) dir=(text.lang.dir()) { (text.text) } }
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

    #[test]
    fn numbers_and_addresses_stay_left_to_right_and_english_is_marked() {
        let mut landlord = Landlord::default();
        let urdu = render(landlord_contact(Lang::Ur, &landlord));
        assert!(urdu.contains(r#"<a href="tel:03033330101" dir="ltr">0303 333 0101</a>"#), "{urdu}");
        assert!(urdu.contains(r#"href="mailto:info@haltonhousing.org" dir="ltr""#), "{urdu}");
        assert!(!urdu.contains("Monday"), "the default hours are in Urdu: {urdu}");
        landlord.opening_hours_translations.clear();
        let polish = render(landlord_contact(Lang::Pl, &landlord));
        assert!(polish.contains(r#"<span lang="en-GB" dir="ltr">Monday to Friday, 8am to 6pm</span>"#), "{polish}");
        let english = render(landlord_contact(Lang::En, &landlord));
        assert!(english.contains("(Monday to Friday, 8am to 6pm)"), "{english}");
        let ombudsman = render(ombudsman_contact(Lang::Hi, &Policy::default()));
        assert!(
            ombudsman.contains(r#"<li><span lang="en-GB" dir="ltr">Housing Ombudsman Service</span></li>"#),
            "{ombudsman}"
        );
    }
}
