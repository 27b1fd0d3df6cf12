use maud::{html, Markup};

use crate::i18n::Lang;

/// GOV.UK's language navigation: every language by its own name, in its own `lang`, linking to the same page
/// in that language. The current language is marked, not linked.
pub fn language_nav(current: Lang, label: &str, path_after_lang: &str) -> Markup {
    html! {
        nav.language-nav aria-label=(label) {
            ul.language-list {
                @for lang in Lang::ALL {
                    li.language-item {
                        @if lang == current {
                            span aria-current="true" lang=(lang.bcp47()) { (lang.native_name()) }
                        } @else {
                            a href=(format!("/{}{}", lang.tag(), path_after_lang)) lang=(lang.bcp47()) hreflang=(lang.bcp47()) rel="alternate" {
                                (lang.native_name())
                            }
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

    #[test]
    fn each_language_is_named_in_itself_and_links_to_the_same_page() {
        let html = super::super::render(language_nav(Lang::En, "Choose a language", "/complaint/who"));
        assert!(html.contains(r#"<span aria-current="true" lang="en-GB">English</span>"#));
        assert!(html.contains(r#"href="/ur/complaint/who" lang="ur" hreflang="ur" rel="alternate">اردو</a>"#));
        assert!(html.contains(r#"hreflang="zh-Hant""#));
    }
}
