//! A component of the back office (the staff issues); until then only its test renders it.
#![allow(dead_code)]
use maud::{html, Markup};

use super::{action_link, ActionLink};

/// One item of the list of pages.
pub enum PageItem<'a> {
    Page {
        href: &'a str,
        /// The number as the language writes it (Bengali digits on Bengali pages).
        number: &'a str,
        /// What a screen reader says for it: "Page 2".
        label: &'a str,
        current: bool,
    },
    /// Pages left out between two numbers.
    Gap,
}

pub struct Pagination<'a> {
    /// The navigation's name for screen readers ("Pages of results").
    pub label: &'a str,
    /// "Previous" and "Next", each labelled so it makes sense out of context ("Previous page").
    pub previous: Option<ActionLink<'a>>,
    pub next: Option<ActionLink<'a>>,
    pub items: &'a [PageItem<'a>],
}

/// GOV.UK's pagination: previous and next links around the page numbers, the current one marked with
/// `aria-current="page"`. In a right-to-left language the row mirrors, as the reading order does.
pub fn pagination(p: Pagination<'_>) -> Markup {
    html! {
        nav.pagination aria-label=(p.label) {
            @if let Some(previous) = &p.previous { (action_link(previous, Some("prev"))) }
            @if !p.items.is_empty() {
                ul.pagination-list {
                    @for item in p.items {
                        @match item {
                            PageItem::Page { href, number, label, current } => {
                                li { a href=(href) aria-label=(label) aria-current=[current.then_some("page")] { (number) } }
                            }
                            PageItem::Gap => { li.pagination-gap { "⋯" } }
                        }
                    }
                }
            }
            @if let Some(next) = &p.next { (action_link(next, Some("next"))) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_page_is_marked_and_steps_say_what_they_are() {
        let items = [
            PageItem::Page { href: "?page=1", number: "1", label: "Page 1", current: false },
            PageItem::Page { href: "?page=2", number: "2", label: "Page 2", current: true },
            PageItem::Gap,
            PageItem::Page { href: "?page=9", number: "9", label: "Page 9", current: false },
        ];
        let html = super::super::render(pagination(Pagination {
            label: "Pages of results",
            previous: Some(ActionLink { href: "?page=1", text: "Previous", label: "Previous page" }),
            next: Some(ActionLink { href: "?page=3", text: "Next", label: "Next page" }),
            items: &items,
        }));
        assert!(html.starts_with(r#"<nav class="pagination" aria-label="Pages of results">"#));
        assert!(html.contains(r#"<a href="?page=1" rel="prev"><span aria-hidden="true">Previous</span><span class="visually-hidden">Previous page</span></a>"#));
        assert!(html.contains(r#"<li><a href="?page=2" aria-label="Page 2" aria-current="page">2</a></li>"#));
        assert!(html.contains(r#"<li><a href="?page=1" aria-label="Page 1">1</a></li>"#));
        assert!(html.contains(r#"<li class="pagination-gap">⋯</li>"#));
        assert!(html.ends_with(
            r#"rel="next"><span aria-hidden="true">Next</span><span class="visually-hidden">Next page</span></a></nav>"#
        ));
    }

    #[test]
    fn the_first_page_has_no_previous_link() {
        let html = super::super::render(pagination(Pagination {
            label: "Pages",
            previous: None,
            next: Some(ActionLink { href: "?page=2", text: "Next", label: "Next page" }),
            items: &[],
        }));
        assert!(!html.contains("rel=\"prev\""));
        assert!(!html.contains("<ul"));
    }
}
