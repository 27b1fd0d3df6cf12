//! A component of the back office (the staff issues); until then only its test renders it.
#![allow(dead_code)]
use maud::{html, Markup};

use super::{action_link, summary_list, ActionLink, SummaryRow};

pub struct SummaryCard<'a> {
    pub title: &'a str,
    /// Links that act on the whole card ("Remove"), each labelled with what it acts on.
    pub actions: &'a [ActionLink<'a>],
    pub rows: &'a [SummaryRow],
}

/// GOV.UK's summary card: a summary list under a title, for one of several things on a page (a customer,
/// their representative), with actions on the whole thing beside the title.
pub fn summary_card(c: SummaryCard<'_>) -> Markup {
    html! {
        div.summary-card {
            div.summary-card-header {
                h2.summary-card-title { (c.title) }
                @if !c.actions.is_empty() {
                    ul.summary-card-actions {
                        @for action in c.actions {
                            li { (action_link(action, None)) }
                        }
                    }
                }
            }
            (summary_list(c.rows))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_has_a_title_actions_and_its_list() {
        let rows = [SummaryRow { key: "Name".into(), value: html! { "Ann Lee" }, change: None }];
        let html = super::super::render(summary_card(SummaryCard {
            title: "Representative",
            actions: &[ActionLink {
                href: "/staff/cases/HH-1/representative/remove",
                text: "Remove",
                label: "Remove representative",
            }],
            rows: &rows,
        }));
        assert!(html.starts_with(
            r#"<div class="summary-card"><div class="summary-card-header"><h2 class="summary-card-title">Representative</h2>"#
        ));
        assert!(html.contains(r#"<ul class="summary-card-actions"><li><a href="/staff/cases/HH-1/representative/remove"><span aria-hidden="true">Remove</span><span class="visually-hidden">Remove representative</span></a></li></ul>"#));
        assert!(html.contains(r#"</ul></div><dl class="summary-list">"#));
    }

    #[test]
    fn no_actions_no_list_of_them() {
        let html = super::super::render(summary_card(SummaryCard { title: "Customer", actions: &[], rows: &[] }));
        assert!(!html.contains("summary-card-actions"));
    }
}
