use maud::{html, Markup};

/// A short link ("Change", "Remove", "Next") whose visible word cannot say on its own what it acts on.
/// `label` is the whole phrase a screen reader says, one Fluent message with the thing as a placeable, so
/// each language puts the verb where it belongs ("Change your answer to: Your name", "आपका नाम: जवाब
/// बदलें"). It must contain the visible word, so that speech input can follow it (WCAG 2.5.3).
pub struct ActionLink<'a> {
    pub href: &'a str,
    pub text: &'a str,
    pub label: &'a str,
}

pub fn action_link(link: &ActionLink<'_>, rel: Option<&str>) -> Markup {
    html! {
        a href=(link.href) rel=[rel] {
            span aria-hidden="true" { (link.text) }
            span.visually-hidden { (link.label) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_screen_reader_hears_the_whole_label_and_sees_the_short_word() {
        let link = ActionLink {
            href: "/x", text: "बदलें", label: "आपका पूरा नाम: जवाब बदलें"
        };
        assert_eq!(
            super::super::render(action_link(&link, None)),
            r#"<a href="/x"><span aria-hidden="true">बदलें</span><span class="visually-hidden">आपका पूरा नाम: जवाब बदलें</span></a>"#
        );
    }
}
