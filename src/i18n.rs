//! Languages: which ones the site speaks, Fluent message lookup, language negotiation, and localised dates
//! and numbers.
//!
//! Fluent does not localise numbers or dates, so dates come from ICU4X (CLDR data: month names, order and
//! digits for each locale) and numbers passed to messages are written in each locale's default CLDR digits
//! (Bengali digits for `bn`, Latin digits for the rest). A missing message renders visibly as `⟦key⟧` so
//! tests can find it; it never silently shows English.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, Loader};
use icu::calendar::Gregorian;
use icu::datetime::fieldsets::YMDE;
use icu::datetime::FixedCalendarDateTimeFormatter;
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en-GB",
        customise: |bundle| {
            if bundle.locales.first().map(|l| l.language.as_str()) == Some("bn") {
                bundle.set_formatter(Some(bengali_numbers));
            }
        },
    };
}

/// The languages of the site, in the order the language navigation shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Bn,
    Hi,
    Ur,
    ZhHant,
    Pl,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Bn, Lang::Hi, Lang::Ur, Lang::ZhHant, Lang::Pl];

    /// The tag in URLs (`/ur/…`) and in stored preferences.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Bn => "bn",
            Lang::Hi => "hi",
            Lang::Ur => "ur",
            Lang::ZhHant => "zh-hant",
            Lang::Pl => "pl",
        }
    }

    /// The BCP 47 tag for `lang` and `hreflang` attributes, and the locale folder's name.
    pub fn bcp47(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Bn => "bn",
            Lang::Hi => "hi",
            Lang::Ur => "ur",
            Lang::ZhHant => "zh-Hant",
            Lang::Pl => "pl",
        }
    }

    /// The language's name in itself, for the language navigation.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Bn => "বাংলা",
            Lang::Hi => "हिन्दी",
            Lang::Ur => "اردو",
            Lang::ZhHant => "繁體中文",
            Lang::Pl => "Polski",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ur
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        let lower = tag.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == lower || l.bcp47().eq_ignore_ascii_case(&lower))
    }

    fn langid(self) -> &'static LanguageIdentifier {
        static IDS: OnceLock<Vec<LanguageIdentifier>> = OnceLock::new();
        let ids = IDS.get_or_init(|| {
            Lang::ALL.iter().map(|l| l.bcp47().parse().unwrap_or_else(|_| LanguageIdentifier::default())).collect()
        });
        &ids[self.index()]
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// The message `key`, or `⟦key⟧` if no locale has it.
    pub fn t(self, key: &str) -> String {
        LOCALES.try_lookup(self.langid(), key).unwrap_or_else(|| missing(key))
    }

    /// The message `key` with arguments. Numbers are given as `Arg::Number`, so plurals and digits follow
    /// the locale.
    pub fn t_args(self, key: &str, args: &[(&'static str, Arg)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let v = match value {
                    Arg::Text(s) => FluentValue::from(s.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                (Cow::Borrowed(*name), v)
            })
            .collect();
        LOCALES.try_lookup_with_args(self.langid(), key, &map).unwrap_or_else(|| missing(key))
    }

    /// Whether this language has its own text for `key` (not the English fallback).
    pub fn has_own(self, key: &str) -> bool {
        own_keys(self).contains(key)
    }

    /// A date written out in full, with its weekday, in this language: "Tuesday 1 December 2026".
    pub fn date(self, date: NaiveDate) -> String {
        thread_local! {
            // ICU4X formatters are not thread safe; each worker thread keeps its own, made on first use.
            static FORMATTERS: Vec<Option<FixedCalendarDateTimeFormatter<Gregorian, YMDE>>> = Lang::ALL
                .iter()
                .map(|l| {
                    let locale = icu::locale::Locale::try_from_str(l.bcp47()).ok()?;
                    FixedCalendarDateTimeFormatter::try_new(locale.into(), YMDE::long()).ok()
                })
                .collect();
        }
        let icu_date = icu::calendar::Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8);
        FORMATTERS.with(|formatters| match (&formatters[self.index()], icu_date) {
            (Some(formatter), Ok(d)) => formatter.format(&d).to_string(),
            _ => date.format("%-d %B %Y").to_string(),
        })
    }

    /// A whole number in this language's default digits.
    pub fn number(self, n: i64) -> String {
        let plain = n.to_string();
        if self == Lang::Bn {
            to_bengali_digits(&plain)
        } else {
            plain
        }
    }
}

/// An argument to a message.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

fn missing(key: &str) -> String {
    tracing::warn!(key, "missing Fluent message");
    format!("⟦{key}⟧")
}

fn to_bengali_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x09E6 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

fn bengali_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(to_bengali_digits(&n.as_string())),
        _ => None,
    }
}

/// The message keys defined in a locale's own files.
pub fn own_keys(lang: Lang) -> &'static std::collections::BTreeSet<String> {
    static KEYS: OnceLock<Vec<std::collections::BTreeSet<String>>> = OnceLock::new();
    let all = KEYS.get_or_init(|| Lang::ALL.iter().map(|l| keys_in(&locale_sources(*l))).collect());
    &all[lang.index()]
}

/// The text of a locale's .ftl files, embedded at build time.
pub fn locale_sources(lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::En => vec![
            include_str!("../locales/en-GB/main.ftl"),
            include_str!("../locales/en-GB/pages.ftl"),
            include_str!("../locales/en-GB/mail.ftl"),
        ],
        Lang::Bn => vec![
            include_str!("../locales/bn/main.ftl"),
            include_str!("../locales/bn/pages.ftl"),
            include_str!("../locales/bn/mail.ftl"),
        ],
        Lang::Hi => vec![
            include_str!("../locales/hi/main.ftl"),
            include_str!("../locales/hi/pages.ftl"),
            include_str!("../locales/hi/mail.ftl"),
        ],
        Lang::Ur => vec![
            include_str!("../locales/ur/main.ftl"),
            include_str!("../locales/ur/pages.ftl"),
            include_str!("../locales/ur/mail.ftl"),
        ],
        Lang::ZhHant => vec![
            include_str!("../locales/zh-Hant/main.ftl"),
            include_str!("../locales/zh-Hant/pages.ftl"),
            include_str!("../locales/zh-Hant/mail.ftl"),
        ],
        Lang::Pl => vec![
            include_str!("../locales/pl/main.ftl"),
            include_str!("../locales/pl/pages.ftl"),
            include_str!("../locales/pl/mail.ftl"),
        ],
    }
}

fn keys_in(sources: &[&str]) -> std::collections::BTreeSet<String> {
    sources
        .iter()
        .flat_map(|s| s.lines())
        .filter_map(|line| {
            let (key, _) = line.split_once('=')?;
            let key = key.trim_end();
            let valid = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            valid.then(|| key.to_string())
        })
        .collect()
}

/// Chooses a language from an `Accept-Language` header, or English.
pub fn negotiate(accept_language: &str) -> Lang {
    let mut ranges: Vec<(f32, &str)> = accept_language
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let q = pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0).then_some((q, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    ranges.into_iter().find_map(|(_, tag)| match_tag(tag)).unwrap_or(Lang::En)
}

fn match_tag(tag: &str) -> Option<Lang> {
    let lower = tag.to_ascii_lowercase();
    let primary = lower.split('-').next().unwrap_or("");
    match primary {
        "en" => Some(Lang::En),
        "bn" => Some(Lang::Bn),
        "hi" => Some(Lang::Hi),
        "ur" => Some(Lang::Ur),
        "pl" => Some(Lang::Pl),
        // Only traditional characters are offered: zh-Hant, zh-TW, zh-HK and zh-MO read them.
        "zh" if ["hant", "tw", "hk", "mo"].iter().any(|s| lower.split('-').skip(1).any(|p| p == *s)) => {
            Some(Lang::ZhHant)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urdu_is_right_to_left_and_the_rest_left_to_right() {
        for lang in Lang::ALL {
            assert_eq!(lang.is_rtl(), lang == Lang::Ur);
        }
    }

    #[test]
    fn accept_language_picks_the_best_offered_language() {
        assert_eq!(negotiate("ur-PK,ur;q=0.9,en;q=0.8"), Lang::Ur);
        assert_eq!(negotiate("fr-FR,fr;q=0.9,pl;q=0.5"), Lang::Pl);
        assert_eq!(negotiate("zh-TW"), Lang::ZhHant);
        assert_eq!(negotiate("zh-CN"), Lang::En);
        assert_eq!(negotiate("en;q=0.1,bn;q=0.9"), Lang::Bn);
        assert_eq!(negotiate(""), Lang::En);
    }

    #[test]
    fn dates_are_localised() {
        let d = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let en = Lang::En.date(d);
        assert!(en.contains("January") && en.contains("2027") && en.contains("Monday"), "{en}");
        assert!(Lang::Bn.date(d).contains('২'), "{}", Lang::Bn.date(d));
        assert!(Lang::ZhHant.date(d).contains('年'), "{}", Lang::ZhHant.date(d));
        assert!(Lang::Pl.date(d).contains("stycznia"), "{}", Lang::Pl.date(d));
    }

    #[test]
    fn numbers_use_each_locales_default_digits() {
        assert_eq!(Lang::Bn.number(15), "১৫");
        assert_eq!(Lang::Ur.number(15), "15");
        assert_eq!(Lang::Hi.number(15), "15");
    }

    #[test]
    fn every_english_message_exists_in_every_locale() {
        let english = own_keys(Lang::En);
        assert!(english.len() > 100, "the English locale should have its messages");
        for lang in Lang::ALL {
            let missing: Vec<&String> = english.difference(own_keys(lang)).collect();
            assert!(missing.is_empty(), "{} lacks {} keys: {:?}", lang.bcp47(), missing.len(), missing);
            let extra: Vec<&String> = own_keys(lang).difference(english).collect();
            assert!(extra.is_empty(), "{} has keys English lacks: {:?}", lang.bcp47(), extra);
        }
    }
}
