//! Text from a message, as paragraphs or as a bulleted list: one line of the message a paragraph or an item.

use maud::{html, Markup};

/// Splits a message into paragraphs, one per line.
pub fn paragraphs(text: &str) -> Markup {
    html! {
        @for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            p { (line) }
        }
    }
}

/// Each line of a message as a bulleted list item.
pub fn bullets(text: &str) -> Markup {
    html! {
        ul.list.list-bullet {
            @for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                li { (line) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::components::render;

    #[test]
    fn each_line_is_a_paragraph_or_an_item_and_blank_lines_are_dropped() {
        assert_eq!(render(paragraphs("One.\n\n  Two.  ")), "<p>One.</p><p>Two.</p>");
        assert_eq!(render(bullets("a\nb")), r#"<ul class="list list-bullet"><li>a</li><li>b</li></ul>"#);
    }
}
