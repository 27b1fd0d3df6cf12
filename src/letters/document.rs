//! The document model of a letter: a title, a subject and a list of blocks, in one language. Builders in
//! [`crate::letters`] make letters; [`crate::letters::render`] writes them out. Nothing here knows how a
//! letter is sent.

use crate::i18n::Lang;
use crate::journeys::submission::LetterFormat;

/// One part of a letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A section heading (the letter's title is separate).
    Heading(String),
    /// A paragraph. A message with several lines gives several paragraphs.
    Para(String),
    /// A bulleted list.
    List(Vec<String>),
    /// Labelled facts, such as "Your reference: HH-…".
    Facts(Vec<(String, String)>),
    /// Ways to get in touch, one a line: a label ("Phone:"), then the value as it is, a link in the HTML part
    /// when it has one. Values are never wrapped in Fluent's isolation marks, so mail programs can find
    /// telephone numbers, addresses and web links in them.
    Links(Vec<Link>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    /// A telephone number, address or web address: kept left to right in right-to-left letters.
    pub value: String,
    pub href: Option<String>,
    /// Words after the value, in their own language: the opening hours, which the settings may give only
    /// in English.
    pub note: Option<Note>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub lang: Lang,
}

/// A letter before it is written out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    /// What kind of letter this is (`receipt`, `stage-1-response`…), stored with the message.
    pub kind: String,
    pub lang: Lang,
    pub subject: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// How big the HTML part's type is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintSize {
    Standard,
    /// 18 point: for customers who asked for large print.
    Large,
}

impl PrintSize {
    /// The size for a correspondence format chosen in the journey.
    pub fn for_format(format: LetterFormat) -> PrintSize {
        if format == LetterFormat::LargePrint {
            PrintSize::Large
        } else {
            PrintSize::Standard
        }
    }
}

impl Block {
    /// One paragraph per non-empty line of `text`.
    pub fn paras(text: &str) -> impl Iterator<Item = Block> + '_ {
        text.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| Block::Para(l.to_string()))
    }
}
