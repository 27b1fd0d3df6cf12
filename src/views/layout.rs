//! The frame of every page: `lang` and `dir`, the title, skip link, header with the language navigation,
//! the back link, the main content and the footer. The display settings (text size, contrast) are classes on
//! `html`, so they work with no script.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::components::{back_link, email_link, language_nav, phone_link};
use crate::i18n::Lang;
use crate::landlord::Landlord;

/// Text size and contrast, remembered in a cookie.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Display {
    pub size: TextSize,
    pub high_contrast: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    VeryLarge,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::VeryLarge];

    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
            TextSize::VeryLarge => "very-large",
        }
    }

    pub fn parse(value: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

impl Display {
    /// Reads the cookie value `SIZE.CONTRAST`, such as `large.high`; anything else is the standard display.
    pub fn parse(value: &str) -> Display {
        let (size, contrast) = value.split_once('.').unwrap_or((value, ""));
        Display { size: TextSize::parse(size).unwrap_or_default(), high_contrast: contrast == "high" }
    }

    pub fn cookie_value(self) -> String {
        format!("{}.{}", self.size.as_str(), if self.high_contrast { "high" } else { "standard" })
    }

    pub(crate) fn classes(self) -> String {
        let mut classes = format!("text-{}", self.size.as_str());
        if self.high_contrast {
            classes.push_str(" contrast-high");
        }
        classes
    }
}

/// What is the same on every page of a request.
pub struct Chrome<'a> {
    pub lang: Lang,
    pub display: Display,
    pub stylesheet: &'a str,
    pub landlord: &'a Landlord,
    /// The current path without its language, for the language navigation: `/complaint/who`.
    pub path_after_lang: &'a str,
}

/// What differs from page to page.
pub struct Page<'a> {
    pub title: &'a str,
    pub error: bool,
    pub back: Option<&'a str>,
    pub main: Markup,
}

/// A tiny SVG favicon inline, so the browser makes no extra request for it.
pub(crate) const FAVICON: &str = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%23005a30'/%3E%3C/svg%3E";

pub fn layout(chrome: &Chrome<'_>, page: Page<'_>) -> Markup {
    let lang = chrome.lang;
    let service = lang.t("service-name");
    // The start page's own title is the service's name: say it once.
    let named = if page.title == service { service.clone() } else { format!("{} – {}", page.title, service) };
    let title = if page.error {
        format!("{} {} – {}", lang.t("error-title-prefix"), named, chrome.landlord.name)
    } else {
        format!("{} – {}", named, chrome.landlord.name)
    };
    let home = format!("/{}/", lang.tag());
    html! {
        (DOCTYPE)
        html lang=(lang.bcp47()) dir=(lang.dir()) class=(chrome.display.classes()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                link rel="stylesheet" href=(chrome.stylesheet);
                link rel="icon" href=(PreEscaped(FAVICON));
            }
            body {
                a.skip-link href="#main" { (lang.t("skip-link")) }
                header.header {
                    div.width.header-inner {
                        a.header-service href=(home) {
                            span.header-landlord { (chrome.landlord.name) }
                            " "
                            span.header-name { (service) }
                        }
                        (language_nav(lang, &lang.t("language-nav-label"), chrome.path_after_lang))
                    }
                }
                div.width.page {
                    // The back link opens the main landmark, so it is inside one (axe's `region`) without a
                    // landmark of its own for screen readers to pass.
                    main #main.main tabindex="-1" {
                        @if let Some(href) = page.back { (back_link(href, &lang.t("back-link"))) }
                        (page.main)
                    }
                }
                footer.footer {
                    div.width {
                        h2.visually-hidden { (lang.t("footer-heading")) }
                        ul.footer-links {
                            li { a href=(format!("/{}/policy", lang.tag())) { (lang.t("footer-policy")) } }
                            li { a href=(format!("/{}/accessibility", lang.tag())) { (lang.t("footer-accessibility")) } }
                            li { a href=(format!("/{}/privacy", lang.tag())) { (lang.t("footer-privacy")) } }
                            li { a href=(format!("/{}/display?return={}", lang.tag(), chrome.path_after_lang)) { (lang.t("footer-display")) } }
                        }
                        p.footer-contact {
                            (chrome.landlord.name) ". "
                            (lang.t("footer-phone")) " "
                            (phone_link(&chrome.landlord.telephone))
                            ". "
                            (lang.t("footer-email")) " "
                            (email_link(&chrome.landlord.email))
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(lang: Lang, error: bool) -> String {
        let landlord = Landlord::default();
        let chrome = Chrome {
            lang,
            display: Display::parse("large.high"),
            stylesheet: "/static/app-1.css",
            landlord: &landlord,
            path_after_lang: "/",
        };
        layout(&chrome, Page { title: "Title", error, back: None, main: html! { p { "x" } } }).into_string()
    }

    #[test]
    fn urdu_pages_are_right_to_left() {
        let html = render(Lang::Ur, false);
        assert!(html.contains(r#"<html lang="ur" dir="rtl""#), "{html}");
        assert!(render(Lang::Pl, false).contains(r#"<html lang="pl" dir="ltr""#));
    }

    #[test]
    fn display_settings_are_classes_on_the_page() {
        assert!(render(Lang::En, false).contains(r#"class="text-large contrast-high""#));
    }

    #[test]
    fn an_error_page_title_starts_with_error() {
        let html = render(Lang::En, true);
        assert!(html.contains("<title>Error: Title"), "{html}");
    }

    #[test]
    fn display_cookie_round_trips() {
        for value in ["standard.standard", "large.high", "very-large.standard"] {
            assert_eq!(Display::parse(value).cookie_value(), value);
        }
        assert_eq!(Display::parse("huge.neon"), Display::default());
    }
}
