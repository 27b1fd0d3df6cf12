//! Display settings: text size and contrast, kept in a cookie.

use maud::{html, Markup};

use crate::i18n::Lang;
use crate::views::components::{
    button, form, notification_banner, paragraphs, radios, Button, Choice, FormParams, LabelStyle, NotificationBanner,
    Radios,
};
use crate::views::layout::{Display, TextSize};

pub fn display_settings(lang: Lang, current: Display, csrf: &str, return_to: &str, saved: bool) -> Markup {
    let sizes: Vec<Choice> = TextSize::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().into(),
            label: lang.t(&format!("option-text-size-{}", s.as_str())),
            hint: None,
            lang: None,
        })
        .collect();
    let contrasts: Vec<Choice> = ["standard", "high"]
        .iter()
        .map(|c| Choice {
            value: c.to_string(),
            label: lang.t(&format!("option-contrast-{c}")),
            hint: None,
            lang: None,
        })
        .collect();
    html! {
        @if saved {
            (notification_banner(NotificationBanner {
                title: &lang.t("notification-success-title"),
                heading: &lang.t("display-saved"),
                body: None,
                success: true,
            }))
        }
        h1.heading-l { (lang.t("display-title")) }
        (paragraphs(&lang.t("display-intro")))
        (form(FormParams { action: &format!("/{}/display", lang.tag()), csrf, hidden: &[("return", return_to)] }, html! {
            (radios(Radios {
                name: "text-size",
                legend: &lang.t("field-text-size-label"),
                legend_style: LabelStyle::Label,
                hint: None,
                choices: &sizes,
                selected: current.size.as_str(),
                error: None,
            }))
            (radios(Radios {
                name: "contrast",
                legend: &lang.t("field-contrast-label"),
                legend_style: LabelStyle::Label,
                hint: None,
                choices: &contrasts,
                selected: if current.high_contrast { "high" } else { "standard" },
                error: None,
            }))
            (button(Button { text: &lang.t("button-save"), secondary: false }))
        }))
        p { a href=(format!("/{}{}", lang.tag(), return_to)) { (lang.t("display-return")) } }
    }
}
