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
use icu::list::options::ListFormatterOptions;
use icu::list::ListFormatter;
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

    /// Items joined as this language lists them (CLDR, through ICU4X): "email, phone and letter",
    /// "電郵、電話和信件", "ای میل، فون اور خط".
    pub fn list(self, items: &[String]) -> String {
        thread_local! {
            static FORMATTERS: Vec<Option<ListFormatter>> = Lang::ALL
                .iter()
                .map(|l| {
                    let locale = icu::locale::Locale::try_from_str(l.bcp47()).ok()?;
                    ListFormatter::try_new_and(locale.into(), ListFormatterOptions::default()).ok()
                })
                .collect();
        }
        FORMATTERS.with(|formatters| match &formatters[self.index()] {
            Some(formatter) => formatter.format_to_string(items.iter().map(String::as_str)),
            None => items.join(", "),
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
    fn lists_use_each_languages_separators_and_word_for_and() {
        let three = ["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(Lang::En.list(&three), "a, b and c");
        assert_eq!(Lang::ZhHant.list(&three), "a、b和c");
        assert!(Lang::Ur.list(&three).contains('،'), "{}", Lang::Ur.list(&three));
        assert_eq!(Lang::Pl.list(&three), "a, b i c");
        assert_eq!(Lang::En.list(&three[..1]), "a");
        assert_eq!(Lang::En.list(&[]), "");
    }

    #[test]
    fn numbers_use_each_locales_default_digits() {
        assert_eq!(Lang::Bn.number(15), "১৫");
        assert_eq!(Lang::Ur.number(15), "15");
        assert_eq!(Lang::Hi.number(15), "15");
    }

    /// The back office is English only for now (issue 10): its messages live in `en-GB/staff.ftl`, each
    /// named `staff-…`, so they cannot collide with the public site's, and no other locale has them yet.
    #[test]
    fn staff_messages_are_english_and_apart_from_the_public_sites() {
        let staff = include_str!("../locales/en-GB/staff.ftl");
        let keys: Vec<&str> = staff
            .lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k))
            .collect();
        assert!(keys.len() > 20, "{keys:?}");
        for key in &keys {
            assert!(key.starts_with("staff-"), "{key}");
            // Every placeable of the message, given a number (which also stands in for text).
            let line = staff.lines().position(|l| l.starts_with(&format!("{key} ="))).unwrap_or(0);
            let source: String = staff.lines().skip(line).take(6).collect::<Vec<_>>().join("\n");
            let names: Vec<&'static str> =
                placeables(&source).into_iter().map(|n| &*Box::leak(n.into_boxed_str())).collect();
            let args: Vec<(&'static str, Arg)> = names.into_iter().map(|n| (n, Arg::Number(2))).collect();
            assert!(!Lang::En.t_args(key, &args).contains('⟦'), "{key}");
            assert!(!own_keys(Lang::En).contains(*key), "{key} is also a public message");
        }
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let folder = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.bcp47());
            assert!(
                !std::path::Path::new(&folder).join("staff.ftl").exists(),
                "{folder}/staff.ftl: add it to the checks"
            );
        }
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

    /// The `$variables` a message's source text uses.
    fn placeables(source: &str) -> std::collections::BTreeSet<String> {
        source
            .split('$')
            .skip(1)
            .map(|rest| rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect())
            .collect()
    }

    #[test]
    fn every_translation_uses_the_same_placeables_as_english() {
        let english = sources_by_key(Lang::En);
        let mut problems = Vec::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            for (key, text) in sources_by_key(lang) {
                let (want, got) = (placeables(&english[&key]), placeables(&text));
                if want != got {
                    problems.push(format!("{} {key}: English has {want:?}, this has {got:?}", lang.tag()));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn chinese_uses_traditional_characters_only() {
        // Simplified forms that most often slip into traditional text (這們個時說國會發問題… in traditional).
        let simplified = "这们个时说国会发问题对为关经过还进与实种应现认动务办请让设体网电邮";
        let text = locale_sources(Lang::ZhHant).join("\n");
        let found: Vec<char> = simplified.chars().filter(|c| text.contains(*c)).collect();
        assert!(found.is_empty(), "zh-Hant has simplified characters: {found:?}");
    }

    /// The placeables that count something, so their words take a plural form.
    const COUNTS: [&str; 14] = [
        "later",
        "days",
        "ack",
        "stage1",
        "stage1ext",
        "window",
        "ack2",
        "stage2",
        "stage2ext",
        "enquiry",
        "compliment",
        "months",
        "max",
        "working-days",
    ];

    fn counted_messages() -> Vec<String> {
        let english = locale_sources(Lang::En).join("\n");
        let mut keys = Vec::new();
        let mut current: Option<String> = None;
        for line in english.lines() {
            if let Some((key, _)) = line.split_once(" =").filter(|(k, _)| !k.starts_with([' ', '#'])) {
                current = Some(key.to_string());
            }
            if let Some(key) = &current {
                if COUNTS.iter().any(|c| line.contains(&format!("${c} "))) && !keys.contains(key) {
                    keys.push(key.clone());
                }
            }
        }
        keys
    }

    fn with_count(lang: Lang, key: &str, n: i64) -> String {
        let mut args: Vec<(&'static str, Arg)> = COUNTS.iter().map(|c| (*c, Arg::Number(n))).collect();
        for name in ["date", "landlord", "phone", "email", "reference", "question", "old", "new", "received"] {
            args.push((name, Arg::Text("X".into())));
        }
        lang.t_args(key, &args)
    }

    /// `text` with every run of digits (Latin or Bengali) written as N.
    fn digits_as_n(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            if c.is_numeric() {
                if !out.ends_with('N') {
                    out.push('N');
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn every_plural_message_renders_for_every_count_in_every_locale() {
        let keys = counted_messages();
        assert!(keys.len() >= 9, "the messages with counts: {keys:?}");
        let counts = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 102];
        for lang in Lang::ALL {
            let locale = icu::locale::Locale::try_from_str(lang.bcp47()).expect("a locale");
            let rules = icu::plurals::PluralRules::try_new_cardinal(locale.into()).expect("plural rules");
            for key in &keys {
                let mut by_category: HashMap<icu::plurals::PluralCategory, String> = HashMap::new();
                for n in counts {
                    let text = with_count(lang, key, n);
                    assert!(
                        !text.contains('⟦') && !text.contains("{$") && !text.contains("{ $"),
                        "{} {key} {n}: {text}",
                        lang.tag()
                    );
                    // The words around the number depend only on the number's plural category.
                    let shape = digits_as_n(&text);
                    let category = rules.category_for(n as usize);
                    if let Some(seen) = by_category.get(&category) {
                        assert_eq!(
                            seen,
                            &shape,
                            "{} {key}: {n} reads differently from another {category:?} count",
                            lang.tag()
                        );
                    } else {
                        by_category.insert(category, shape);
                    }
                }
            }
        }
    }

    #[test]
    fn english_says_1_working_day_and_2_working_days() {
        for key in counted_messages() {
            let one = with_count(Lang::En, &key, 1);
            let plural_after_one = ["1 working days", "1 extra working days", "1 months", "1 characters"];
            assert!(!plural_after_one.iter().any(|p| one.contains(p)), "{key}: {one}");
            let two = with_count(Lang::En, &key, 2);
            let single_after_two = [
                "2 working day ",
                "2 working day.",
                "2 extra working day ",
                "2 extra working day.",
                "2 month ",
                "2 character ",
            ];
            assert!(!single_after_two.iter().any(|p| two.contains(p)), "{key}: {two}");
        }
    }

    /// Each message's source text (all its variants), by key.
    fn sources_by_key(lang: Lang) -> HashMap<String, String> {
        let mut out: HashMap<String, String> = HashMap::new();
        let mut current: Option<String> = None;
        for line in locale_sources(lang).join("\n").lines() {
            let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            if let (true, Some((key, value))) = (starts_message, line.split_once('=')) {
                let key = key.trim_end().to_string();
                out.insert(key.clone(), value.to_string());
                current = Some(key);
            } else if let (Some(key), true) = (&current, line.starts_with(' ') && !line.trim().is_empty()) {
                out.entry(key.clone()).or_default().push_str(&format!("\n{line}"));
            } else {
                current = None;
            }
        }
        out
    }

    struct Term {
        english: String,
        said: Vec<String>,
        kept: Vec<String>,
        never: Vec<String>,
    }

    /// The terms and the "said another way" exceptions of `locales/<tag>/TERMS.md`.
    fn terms_of(lang: Lang) -> (Vec<Term>, Vec<(String, String)>) {
        let path = format!("{}/locales/{}/TERMS.md", env!("CARGO_MANIFEST_DIR"), lang.bcp47());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let (mut terms, mut exempt, mut another_way) = (Vec::new(), Vec::new(), false);
        for line in text.lines() {
            if let Some(title) = line.strip_prefix("## ") {
                another_way = title.trim().to_lowercase().starts_with("said another way");
            }
            if !line.starts_with('|') || line.trim_start_matches('|').trim_start().starts_with('-') {
                continue;
            }
            let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
            if matches!(cells[0].to_lowercase().as_str(), "english" | "key") {
                continue;
            }
            let list = |i: usize| -> Vec<String> {
                cells
                    .get(i)
                    .map(|c| c.split(';').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect())
                    .unwrap_or_default()
            };
            if another_way {
                exempt.push((cells[0].to_string(), cells.get(1).unwrap_or(&"").to_lowercase()));
            } else {
                let mut said = list(1);
                said.extend(list(2));
                terms.push(Term { english: cells[0].to_lowercase(), said, kept: list(3), never: list(4) });
            }
        }
        (terms, exempt)
    }

    /// Where `phrase` starts a word in `text`, case aside.
    fn word_starts(text: &str, phrase: &str) -> Vec<usize> {
        let lower = text.to_lowercase();
        lower
            .match_indices(phrase)
            .filter(|(i, _)| !lower[..*i].chars().next_back().is_some_and(|c| c.is_ascii_alphabetic()))
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn every_locale_uses_its_one_translation_of_each_term() {
        let english = sources_by_key(Lang::En);
        let mut problems = Vec::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let (mut terms, exempt) = terms_of(lang);
            assert!(terms.len() >= 10, "{} TERMS.md lists {} terms", lang.tag(), terms.len());
            terms.sort_by_key(|t| std::cmp::Reverse(t.english.len()));
            let own = sources_by_key(lang);
            for (key, source) in &english {
                let mut rest = source.to_lowercase();
                let translated = own.get(key).map(String::as_str).unwrap_or("");
                for term in &terms {
                    if word_starts(&rest, &term.english).is_empty() {
                        continue;
                    }
                    rest = rest.replace(&term.english, " ");
                    let excused = exempt.iter().any(|(k, t)| k == key && *t == term.english);
                    if !excused && !term.said.iter().any(|s| translated.contains(s.as_str())) {
                        problems.push(format!(
                            "{} {key}: English says \"{}\", but none of {:?}",
                            lang.tag(),
                            term.english,
                            term.said
                        ));
                    }
                }
            }
            for (key, text) in &own {
                for term in &terms {
                    if let Some(wrong) = term.never.iter().find(|w| text.contains(w.as_str())) {
                        problems.push(format!(
                            "{} {key}: \"{wrong}\" is never the word for \"{}\"",
                            lang.tag(),
                            term.english
                        ));
                    }
                    let mut rest = text.clone();
                    for kept in &term.kept {
                        rest = rest.replace(kept.as_str(), " ");
                    }
                    if !word_starts(&rest, &term.english).is_empty() {
                        problems.push(format!(
                            "{} {key}: the English \"{}\" is left in the text",
                            lang.tag(),
                            term.english
                        ));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    }
}
