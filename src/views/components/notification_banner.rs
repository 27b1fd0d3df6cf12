use maud::{html, Markup};

pub struct NotificationBanner<'a> {
    /// The banner's small title ("Important", or "Success"), which names the region.
    pub title: &'a str,
    /// The message itself, in bold.
    pub heading: &'a str,
    /// More detail under the heading, if any.
    pub body: Option<Markup>,
    /// A success banner confirms what the person just did, so it is announced at once (`role="alert"`) and
    /// takes focus when the page loads, as GOV.UK's does and as the error summary does (`autofocus` on a
    /// `tabindex="-1"` element: no script); any other is a landmark (`role="region"`) found when reading.
    pub success: bool,
}

/// GOV.UK's notification banner, at the top of the main content, above the page's heading. One a page: its
/// title has a fixed id.
pub fn notification_banner(b: NotificationBanner<'_>) -> Markup {
    html! {
        div.notification.notification-success[b.success] role=(if b.success { "alert" } else { "region" })
            tabindex=[b.success.then_some("-1")] autofocus[b.success] aria-labelledby="notification-title" {
            h2.notification-title #notification-title { (b.title) }
            div.notification-content {
                p.notification-heading { (b.heading) }
                @if let Some(body) = b.body { (body) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_success_banner_is_an_alert_named_by_its_title() {
        let html = super::super::render(notification_banner(NotificationBanner {
            title: "Success",
            heading: "Your settings are saved.",
            body: None,
            success: true,
        }));
        assert_eq!(
            html,
            concat!(
                r#"<div class="notification notification-success" role="alert" tabindex="-1" autofocus aria-labelledby="notification-title">"#,
                r#"<h2 class="notification-title" id="notification-title">Success</h2>"#,
                r#"<div class="notification-content"><p class="notification-heading">Your settings are saved.</p></div></div>"#
            )
        );
    }

    #[test]
    fn any_other_banner_is_a_region() {
        let html = super::super::render(notification_banner(NotificationBanner {
            title: "Important",
            heading: "The service closes early on Friday.",
            body: Some(html! { p { "Call us instead." } }),
            success: false,
        }));
        assert!(html.starts_with(r#"<div class="notification" role="region" aria-labelledby="notification-title">"#));
        assert!(html.contains(r#"</p><p>Call us instead.</p></div></div>"#));
    }
}
