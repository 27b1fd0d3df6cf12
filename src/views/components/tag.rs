//! A component of the back office (the staff issues); until then only its test renders it.
#![allow(dead_code)]
use maud::{html, Markup};

/// A tag's colour. It only echoes the text: the words always say the status, for people who cannot tell
/// colours apart and in forced-colour modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagColour {
    Blue,
    Grey,
    Green,
    Yellow,
    Red,
}

pub struct Tag<'a> {
    pub text: &'a str,
    pub colour: TagColour,
}

/// A status tag ("Open", "Overdue"), as GOV.UK's tag.
pub fn tag(t: Tag<'_>) -> Markup {
    let c = t.colour;
    // Blue is the plain tag.
    html! {
        strong.tag.tag-grey[c == TagColour::Grey].tag-green[c == TagColour::Green]
            .tag-yellow[c == TagColour::Yellow].tag-red[c == TagColour::Red] { (t.text) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_says_its_status_in_words() {
        let html = super::super::render(tag(Tag { text: "Overdue", colour: TagColour::Red }));
        assert_eq!(html, r#"<strong class="tag tag-red">Overdue</strong>"#);
        let html = super::super::render(tag(Tag { text: "Open", colour: TagColour::Blue }));
        assert_eq!(html, r#"<strong class="tag">Open</strong>"#);
    }
}
