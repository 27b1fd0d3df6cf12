//! A component of the back office (the staff issues); until then only its test renders it.
#![allow(dead_code)]
use maud::{html, Markup};

/// One event in a case's history.
pub struct TimelineEvent<'a> {
    pub heading: &'a str,
    /// The moment, machine-readable, for `<time datetime>`: `2026-12-01` or `2026-12-01T14:05:00Z`.
    pub datetime: &'a str,
    /// The same moment as the reader's language writes it.
    pub date: &'a str,
    /// Who did it, as the caller words it ("by Ann Lee"), if anyone.
    pub who: Option<&'a str>,
    pub body: Option<Markup>,
}

/// A case's history, oldest or newest first as the caller orders it (after the MOJ timeline). An ordered
/// list, because the order is the point; headings are `h3`, under the page's section heading.
pub fn timeline(events: &[TimelineEvent<'_>]) -> Markup {
    html! {
        ol.timeline {
            @for event in events {
                li.timeline-item {
                    h3.timeline-heading { (event.heading) }
                    @if let Some(who) = event.who { p.timeline-by { (who) } }
                    p.timeline-date { time datetime=(event.datetime) { (event.date) } }
                    @if let Some(body) = &event.body { div.timeline-body { (body) } }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_event_has_a_machine_readable_time() {
        let html = super::super::render(timeline(&[
            TimelineEvent {
                heading: "Complaint received",
                datetime: "2026-12-01T09:30:00Z",
                date: "1 December 2026 at 9:30am",
                who: None,
                body: None,
            },
            TimelineEvent {
                heading: "Acknowledged",
                datetime: "2026-12-02",
                date: "2 December 2026",
                who: Some("by Ann Lee"),
                body: Some(html! { p { "Letter sent by email." } }),
            },
        ]));
        assert!(html.starts_with(
            r#"<ol class="timeline"><li class="timeline-item"><h3 class="timeline-heading">Complaint received</h3>"#
        ));
        assert!(html.contains(r#"<p class="timeline-date"><time datetime="2026-12-01T09:30:00Z">1 December 2026 at 9:30am</time></p></li>"#));
        assert!(html.contains(r#"<p class="timeline-by">by Ann Lee</p>"#));
        assert!(html.contains(r#"<div class="timeline-body"><p>Letter sent by email.</p></div></li></ol>"#));
    }
}
