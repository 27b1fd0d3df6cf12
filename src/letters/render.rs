//! A letter written out twice: as plain text and as a simple, accessible HTML page (`lang`, `dir`, real
//! headings, lists, no images, readable with styles off). Large print changes only the HTML's type size; the
//! plain text is the same for everyone. Email sends both; the back office's preview and print view will
//! show the HTML.

use maud::{html, Markup, DOCTYPE};

use super::document::{Block, Letter, PrintSize};
use crate::i18n::Lang;

/// A letter written out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub fn render(letter: &Letter, size: PrintSize) -> Rendered {
    let (text, html) = (text(letter), html_page(letter, size).into_string());
    // Fluent's isolation marks keep Latin references, dates and numbers in place in right-to-left text.
    // Left-to-right letters are better without them: a reference copied from one has no hidden characters.
    if letter.lang.is_rtl() {
        Rendered { subject: letter.subject.clone(), text, html }
    } else {
        Rendered {
            subject: without_isolation_marks(&letter.subject),
            text: without_isolation_marks(&text),
            html: without_isolation_marks(&html),
        }
    }
}

/// How many characters a heading's underline needs: its visible characters, at most 60.
fn visible_width(heading: &str) -> usize {
    without_isolation_marks(heading).chars().count().clamp(3, 60)
}

/// `text` without Fluent's invisible isolation marks (U+2068, U+2069).
pub fn without_isolation_marks(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// In a right-to-left letter, `value` set in Unicode isolates so that the bidirectional algorithm cannot
/// reorder it: left to right (LRI) for a telephone number or an address of the web or email, first-strong
/// (FSI) for anything else, such as a date or a reference. Left-to-right letters need none.
fn isolated(lang: Lang, value: &str, left_to_right: bool) -> String {
    match (lang.is_rtl(), left_to_right) {
        (false, _) => value.to_string(),
        (true, true) => format!("\u{2066}{value}\u{2069}"),
        (true, false) => format!("\u{2068}{value}\u{2069}"),
    }
}

fn text(letter: &Letter) -> String {
    let mut out = String::new();
    out.push_str(&letter.title);
    out.push('\n');
    out.push_str(&"=".repeat(visible_width(&letter.title)));
    out.push('\n');
    for block in &letter.blocks {
        out.push('\n');
        match block {
            Block::Heading(h) => {
                out.push_str(h);
                out.push('\n');
                out.push_str(&"-".repeat(visible_width(h)));
                out.push('\n');
            }
            Block::Para(p) => {
                out.push_str(p);
                out.push('\n');
            }
            Block::List(items) => {
                for item in items {
                    out.push_str("* ");
                    out.push_str(item);
                    out.push('\n');
                }
            }
            Block::Facts(facts) => {
                for (label, value) in facts {
                    out.push_str(label);
                    out.push_str(": ");
                    out.push_str(&isolated(letter.lang, value, false));
                    out.push('\n');
                }
            }
            Block::Links(links) => {
                for link in links {
                    out.push_str("* ");
                    out.push_str(&link.label);
                    out.push(' ');
                    out.push_str(&isolated(letter.lang, &link.value, link.href.is_some()));
                    if let Some(note) = &link.note {
                        out.push_str(" (");
                        out.push_str(&isolated(letter.lang, &note.text, note.lang != letter.lang));
                        out.push(')');
                    }
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn html_page(letter: &Letter, size: PrintSize) -> Markup {
    let (body_size, h1_size, h2_size) = match size {
        PrintSize::Standard => ("12pt", "18pt", "14pt"),
        PrintSize::Large => ("18pt", "26pt", "22pt"),
    };
    let lang = letter.lang;
    let body_style = format!(
        "margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:{body_size};line-height:1.5;\
         color:#0b0c0c;background:#ffffff;max-width:40em"
    );
    html! {
        (DOCTYPE)
        html lang=(lang.bcp47()) dir=(lang.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (letter.subject) }
            }
            body style=(body_style) {
                h1 style=(format!("font-size:{h1_size};line-height:1.25;margin:0 0 16px")) { (letter.title) }
                @for block in &letter.blocks {
                    @match block {
                        Block::Heading(h) => h2 style=(format!("font-size:{h2_size};line-height:1.3;margin:24px 0 8px")) { (h) },
                        Block::Para(p) => p style="margin:0 0 12px" { (p) },
                        Block::List(items) => ul style="margin:0 0 12px;padding-inline-start:1.5em" {
                            @for item in items { li style="margin:0 0 4px" { (item) } }
                        },
                        Block::Facts(facts) => dl style="margin:0 0 12px" {
                            @for (label, value) in facts {
                                dt style="font-weight:bold" { (label) }
                                dd style="margin:0 0 8px" dir="auto" { (value) }
                            }
                        },
                        Block::Links(links) => ul style="margin:0 0 12px;padding-inline-start:1.5em" {
                            @for link in links {
                                li style="margin:0 0 4px" {
                                    (link.label) " "
                                    @match &link.href {
                                        Some(href) => a href=(href) dir="ltr" style="overflow-wrap:anywhere" { (link.value) },
                                        None => span dir="auto" { (link.value) },
                                    }
                                    @if let Some(note) = &link.note {
                                        " ("
                                        @if note.lang == letter.lang { (note.text) }
                                        @else { span lang=(note.lang.bcp47()) dir=(note.lang.dir()) { (note.text) } }
                                        ")"
                                    }
                                }
                            }
                        },
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journeys::submission::LetterFormat;
    use crate::letters::document::{Link, Note};

    fn letter(lang: Lang) -> Letter {
        Letter {
            kind: "test".into(),
            lang,
            subject: "Subject".into(),
            title: "Title <b>".into(),
            blocks: vec![
                Block::Heading("Section".into()),
                Block::Para("One.".into()),
                Block::List(vec!["a".into(), "b".into()]),
                Block::Facts(vec![("Your reference".into(), "HH-2345-6789".into())]),
                Block::Links(vec![Link {
                    label: "Phone:".into(),
                    value: "0300 111 3000".into(),
                    href: Some("tel:03001113000".into()),
                    note: None,
                }]),
            ],
        }
    }

    #[test]
    fn plain_text_has_every_block_in_order() {
        let r = render(&letter(Lang::En), PrintSize::Standard);
        let t = &r.text;
        let order =
            ["Title <b>", "Section", "One.", "* a", "* b", "Your reference: HH-2345-6789", "* Phone: 0300 111 3000"];
        let positions: Vec<usize> = order.iter().map(|s| t.find(s).unwrap_or_else(|| panic!("{s} in {t}"))).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{t}");
    }

    #[test]
    fn html_has_language_direction_headings_and_escaped_text() {
        let r = render(&letter(Lang::Ur), PrintSize::Standard);
        assert!(r.html.contains(r#"<html lang="ur" dir="rtl">"#), "{}", r.html);
        let marked = Letter { title: "\u{2068}HH-2345-6789\u{2069}".into(), ..letter(Lang::Pl) };
        let r2 = render(&marked, PrintSize::Standard);
        assert!(
            !r2.text.contains('\u{2068}') && !r2.html.contains('\u{2068}'),
            "no hidden characters in left-to-right letters"
        );
        let r3 = render(&Letter { lang: Lang::Ur, ..marked }, PrintSize::Standard);
        assert!(r3.text.contains('\u{2068}'), "kept where the text runs right to left");
        assert!(r.html.contains("<h1"));
        assert!(r.html.contains("<h2"));
        assert!(r.html.contains("Title &lt;b&gt;"));
        assert!(!r.html.contains("<img"));
        assert!(
            r.html.contains(
                r#"Phone: <a href="tel:03001113000" dir="ltr" style="overflow-wrap:anywhere">0300 111 3000</a>"#
            ),
            "{}",
            r.html
        );
        let en = render(&letter(Lang::En), PrintSize::Standard);
        assert!(en.html.contains(r#"<html lang="en-GB" dir="ltr">"#), "{}", en.html);
    }

    #[test]
    fn large_print_is_eighteen_point_and_leaves_the_text_alone() {
        let standard = render(&letter(Lang::En), PrintSize::Standard);
        let large = render(&letter(Lang::En), PrintSize::Large);
        assert!(large.html.contains("font-size:18pt"));
        assert!(!standard.html.contains("font-size:18pt;line-height:1.5"));
        assert_eq!(standard.text, large.text);
        assert_eq!(PrintSize::for_format(LetterFormat::LargePrint), PrintSize::Large);
        assert_eq!(PrintSize::for_format(LetterFormat::Braille), PrintSize::Standard);
    }

    #[test]
    fn numbers_and_addresses_keep_their_order_in_right_to_left_text() {
        let mut urdu = letter(Lang::Ur);
        if let Some(Block::Links(links)) = urdu.blocks.last_mut() {
            links[0].note = Some(Note { text: "Monday to Friday".into(), lang: Lang::En });
        }
        let r = render(&urdu, PrintSize::Standard);
        assert!(
            r.text.contains("Phone: \u{2066}0300 111 3000\u{2069} (\u{2066}Monday to Friday\u{2069})"),
            "{:?}",
            r.text
        );
        assert!(r.text.contains("Your reference: \u{2068}HH-2345-6789\u{2069}"), "{:?}", r.text);
        assert!(r.html.contains(r#"dir="ltr" style="overflow-wrap:anywhere">0300 111 3000</a> (<span lang="en-GB" dir="ltr">Monday to Friday</span>)"#), "{}", r.html);
        let english = render(&letter(Lang::En), PrintSize::Standard);
        assert!(!english.text.contains(['\u{2066}', '\u{2068}']), "left-to-right letters need no isolates");
    }
}
