//! The landlord the site belongs to: its name and how to reach it, shown on every page and in every letter,
//! and the links made from its contact details.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::i18n::Lang;

/// The landlord the site belongs to. Shown on every page and in every letter.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Landlord {
    pub name: String,
    pub telephone: String,
    pub email: String,
    pub address: String,
    pub website: String,
    /// When the telephone is answered, in English.
    pub opening_hours: String,
    /// The opening hours in the other languages, by language tag (`bn`, `hi`, `ur`, `zh-hant`, `pl`). A
    /// language without one is shown the English, marked as English.
    pub opening_hours_translations: BTreeMap<String, String>,
    /// Letters and digits put before every reference, for example `HH` in `HH-7K3F-9QX2`.
    pub reference_prefix: String,
}

impl Default for Landlord {
    fn default() -> Self {
        Landlord {
            name: "Halton Housing".into(),
            telephone: "0303 333 0101".into(),
            email: "info@haltonhousing.org".into(),
            address: "Halton Housing, Widnes, Cheshire".into(),
            website: "https://www.haltonhousing.co.uk".into(),
            opening_hours: "Monday to Friday, 8am to 6pm".into(),
            opening_hours_translations: DEFAULT_HOURS
                .iter()
                .map(|(tag, text)| (tag.to_string(), text.to_string()))
                .collect(),
            reference_prefix: "HH".into(),
        }
    }
}

/// The default opening hours in each language but English.
const DEFAULT_HOURS: [(&str, &str); 5] = [
    ("bn", "সোমবার থেকে শুক্রবার, সকাল ৮টা থেকে সন্ধ্যা ৬টা"),
    ("hi", "सोमवार से शुक्रवार, सुबह 8 बजे से शाम 6 बजे तक"),
    ("ur", "پیر سے جمعہ، صبح 8 بجے سے شام 6 بجے تک"),
    ("zh-hant", "星期一至星期五，上午8時至下午6時"),
    ("pl", "od poniedziałku do piątku, od 8:00 do 18:00"),
];

/// Text from the settings in the language it is written in: the page's own language where the settings
/// give it, English otherwise (so the page can mark it `lang="en-GB"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Localised<'a> {
    pub text: &'a str,
    pub lang: Lang,
}

impl Landlord {
    /// The opening hours in `lang` if the settings give them, or else in English.
    pub fn opening_hours_in(&self, lang: Lang) -> Localised<'_> {
        match self.opening_hours_translations.get(lang.tag()) {
            Some(text) if lang != Lang::En && !text.trim().is_empty() => Localised { text, lang },
            _ => Localised { text: &self.opening_hours, lang: Lang::En },
        }
    }
}

/// A `tel:` link for a telephone number as people write it.
pub fn tel_href(phone: &str) -> String {
    format!("tel:{}", phone.replace(' ', ""))
}

/// A link for a website written with or without its scheme.
pub fn website_href(site: &str) -> String {
    if site.starts_with("http://") || site.starts_with("https://") {
        site.to_string()
    } else {
        format!("https://{site}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_hours_are_in_the_pages_language_or_marked_english() {
        let mut landlord = Landlord::default();
        for lang in Lang::ALL {
            assert_eq!(landlord.opening_hours_in(lang).lang, lang, "the default hours are in {}", lang.tag());
        }
        landlord.opening_hours_translations.remove("pl");
        assert_eq!(
            landlord.opening_hours_in(Lang::Pl),
            Localised { text: "Monday to Friday, 8am to 6pm", lang: Lang::En }
        );
    }

    #[test]
    fn contact_details_become_links() {
        assert_eq!(tel_href("0303 333 0101"), "tel:03033330101");
        assert_eq!(website_href("www.housing-ombudsman.org.uk"), "https://www.housing-ombudsman.org.uk");
        assert_eq!(website_href("https://example.org"), "https://example.org");
    }
}
