//! Cleaning and checking answers. Input is cleaned once, when it arrives (whitespace trimmed, control
//! characters removed), and kept even when it is wrong, so a person never loses what they typed; checks then
//! name each problem with a Fluent error key.

use chrono::{Datelike, Months, NaiveDate};

use super::{Answers, Field, FieldKind, InputType, Step};
use crate::domain::email::{EmailAddress, EmailProblem};
pub use crate::text::clean;

/// A problem with one field: the field's name (its anchor on the page) and the Fluent key that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub key: String,
    /// What the message names: the length limit (`error-too-long`), or the character an email address
    /// cannot have (`error-email-character`).
    pub arg: Option<ErrorArg>,
}

/// A value a problem's message puts in its sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorArg {
    Max(usize),
    Character(char),
}

impl FieldError {
    pub fn new(field: &'static str, key: impl Into<String>) -> FieldError {
        FieldError { field, key: key.into(), arg: None }
    }

    fn too_long(field: &'static str, max: usize) -> FieldError {
        FieldError { field, key: "error-too-long".into(), arg: Some(ErrorArg::Max(max)) }
    }
}

/// The message key (and its value) saying what is wrong with an email address.
fn email_problem(field: &'static str, problem: EmailProblem) -> FieldError {
    let key = match problem {
        EmailProblem::NoAt => "error-email-no-at",
        EmailProblem::Spaces => "error-email-spaces",
        EmailProblem::TwoDotsTogether => "error-email-two-dots",
        EmailProblem::DotAtStartOrEnd => "error-email-dot-at-edge",
        EmailProblem::Character(c) => {
            return FieldError { field, key: "error-email-character".into(), arg: Some(ErrorArg::Character(c)) }
        }
        EmailProblem::Domain => "error-email-domain",
        EmailProblem::Invalid => "error-email-invalid",
    };
    FieldError::new(field, key)
}

/// The names a field is submitted under.
pub fn input_names(field: &Field) -> Vec<String> {
    match field.kind {
        FieldKind::Date => ["day", "month", "year"].iter().map(|p| format!("{}-{p}", field.name)).collect(),
        _ => vec![field.name.to_string()],
    }
}

/// Turns a submitted form into this step's answers, cleaned. Fields absent from the form become empty
/// answers, so clearing a box or unticking every checkbox is remembered.
pub fn collect(step: &Step, form: &[(String, String)]) -> Answers {
    let mut answers = Answers::default();
    for field in step.fields {
        match &field.kind {
            FieldKind::Checkboxes { options } => {
                let chosen: Vec<&str> = options
                    .iter()
                    .copied()
                    .filter(|option| form.iter().any(|(k, v)| k == field.name && v == option))
                    .collect();
                answers.set(field.name, &chosen.join(","));
            }
            FieldKind::TextArea { .. } => answers.set(field.name, &clean(first(form, field.name), true)),
            _ => {
                // Dates and phone numbers may be typed in the reader's own digits (৩, ३, ۳, ３…).
                let numeric = matches!(field.kind, FieldKind::Date | FieldKind::Text { input: InputType::Tel, .. });
                for name in input_names(field) {
                    let value = clean(first(form, &name), false);
                    answers.set(&name, &if numeric { ascii_digits(&value) } else { value });
                }
            }
        }
    }
    answers
}

/// Writes Bengali, Devanagari, Arabic-Indic, Urdu (extended Arabic-Indic) and full-width digits as 0-9.
pub fn ascii_digits(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            let zero = ['\u{09E6}', '\u{0966}', '\u{0660}', '\u{06F0}', '\u{FF10}']
                .into_iter()
                .find(|zero| (*zero..=char::from_u32(*zero as u32 + 9).unwrap_or(*zero)).contains(&c));
            match zero {
                Some(zero) => char::from(b'0' + (c as u32 - zero as u32) as u8),
                None => c,
            }
        })
        .collect()
}

fn first<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// Checks a step's stored answers, in the order the fields appear on the page.
pub fn check_stored(step: &Step, answers: &Answers, today: NaiveDate) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = step.fields.iter().filter_map(|f| check_field(f, answers, today)).collect();
    for (field, key) in (step.cross_check)(answers) {
        if !errors.iter().any(|e| e.field == field) {
            errors.push(FieldError::new(field, key));
        }
    }
    let order = |name: &str| step.fields.iter().position(|f| f.name == name).unwrap_or(usize::MAX);
    errors.sort_by_key(|e| order(e.field));
    errors
}

fn check_field(field: &Field, answers: &Answers, today: NaiveDate) -> Option<FieldError> {
    let name = field.name;
    if let FieldKind::Date = field.kind {
        return check_date(field, answers, today).err();
    }
    let Some(value) = answers.get(name) else {
        return (!field.optional).then(|| FieldError::new(name, required_key(name)));
    };
    match &field.kind {
        FieldKind::Text { max, input, .. } => {
            if value.chars().count() > *max {
                return Some(FieldError::too_long(name, *max));
            }
            match input {
                InputType::Email => EmailAddress::parse(value).err().map(|problem| email_problem(name, problem)),
                InputType::Tel if !is_phone(value) => Some(FieldError::new(name, "error-phone-invalid")),
                InputType::Postcode if !is_postcode(value) => Some(FieldError::new(name, "error-postcode-invalid")),
                _ => None,
            }
        }
        FieldKind::TextArea { max, .. } => (value.chars().count() > *max).then(|| FieldError::too_long(name, *max)),
        FieldKind::Radios { options } | FieldKind::Language { options } => {
            (!options.contains(&value)).then(|| FieldError::new(name, required_key(name)))
        }
        FieldKind::Checkboxes { options } => {
            let chosen = answers.list(name);
            (chosen.is_empty() || chosen.iter().any(|c| !options.contains(c)))
                .then(|| FieldError::new(name, required_key(name)))
        }
        FieldKind::Date => None,
    }
}

/// The Fluent key saying a required field is missing.
fn required_key(name: &str) -> String {
    format!("error-{name}-required")
}

/// Reads a date answer (`{name}-day`, `-month`, `-year`).
pub fn date_answer(answers: &Answers, name: &str) -> Option<NaiveDate> {
    let part = |p: &str| answers.get(&format!("{name}-{p}")).and_then(|v| v.parse::<u32>().ok());
    let year = answers.get(&format!("{name}-year"))?.parse::<i32>().ok()?;
    NaiveDate::from_ymd_opt(year, part("month")?, part("day")?)
}

fn check_date(field: &Field, answers: &Answers, today: NaiveDate) -> Result<(), FieldError> {
    let name = field.name;
    let parts = ["day", "month", "year"].map(|p| answers.get(&format!("{name}-{p}")));
    if parts.iter().all(Option::is_none) {
        return if field.optional { Ok(()) } else { Err(FieldError::new(name, required_key(name))) };
    }
    if parts.iter().any(Option::is_none) {
        return Err(FieldError::new(name, "error-date-incomplete"));
    }
    let Some(date) = date_answer(answers, name) else {
        return Err(FieldError::new(name, "error-date-invalid"));
    };
    if date.year() < 1900 {
        return Err(FieldError::new(name, "error-date-invalid"));
    }
    if date > today {
        return Err(FieldError::new(name, "error-date-future"));
    }
    Ok(())
}

/// Marks whether the date the issue happened is older than the complaint time limit (the derived answer
/// `when-older`, `yes` or `no`), so the journey can say so gently (Code 2.3: never a bar by itself).
pub fn mark_older_than_time_limit(answers: &mut Answers, today: NaiveDate, time_limit_months: u32) {
    let older = date_answer(answers, "when")
        .and_then(|d| d.checked_add_months(Months::new(time_limit_months)))
        .map(|limit| limit < today);
    match older {
        Some(true) => answers.set("when-older", "yes"),
        Some(false) => answers.set("when-older", "no"),
        None => answers.remove("when-older"),
    }
}

/// Phone numbers are written in many ways: digits with spaces, dashes, dots, brackets and a leading plus.
pub fn is_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits) && value.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

/// Postcodes are accepted in any case and spacing; only letters, digits and spaces, at most 8 characters
/// once spaces are removed.
pub fn is_postcode(value: &str) -> bool {
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    (2..=8).contains(&compact.len()) && compact.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::super::Journey;
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn surrounding_whitespace_and_control_characters_are_removed() {
        assert_eq!(clean("  Ann\u{0007} Lee \u{202E} ", false), "Ann Lee");
        assert_eq!(clean("line one\r\nline two", true), "line one\nline two");
        assert_eq!(clean("line one\nline two", false), "line one line two");
    }

    #[test]
    fn a_missing_required_answer_names_its_field() {
        let step = Journey::Complaint.step("what-happened").unwrap();
        let answers = collect(step, &form(&[("what-happened", "   ")]));
        assert_eq!(
            check_stored(step, &answers, today()),
            vec![FieldError::new("what-happened", "error-what-happened-required")]
        );
    }

    #[test]
    fn free_text_over_ten_thousand_characters_is_too_long_but_kept() {
        let step = Journey::Complaint.step("what-happened").unwrap();
        let long = "a".repeat(10_001);
        let answers = collect(step, &form(&[("what-happened", &long)]));
        assert_eq!(answers.value("what-happened").len(), 10_001);
        assert_eq!(check_stored(step, &answers, today())[0].key, "error-too-long");
    }

    #[test]
    fn a_radio_answer_must_be_one_of_the_options() {
        let step = Journey::Complaint.step("who").unwrap();
        let answers = collect(step, &form(&[("who", "the-king")]));
        assert_eq!(check_stored(step, &answers, today())[0].key, "error-who-required");
    }

    #[test]
    fn dates_must_be_real_complete_and_not_in_the_future() {
        let step = Journey::Complaint.step("when").unwrap();
        let check = |d: &str, m: &str, y: &str| {
            let answers = collect(step, &form(&[("when-day", d), ("when-month", m), ("when-year", y)]));
            check_stored(step, &answers, today()).first().map(|e| e.key.clone())
        };
        assert_eq!(check("", "", ""), Some("error-when-required".to_string()));
        assert_eq!(check("3", "", "2026"), Some("error-date-incomplete".to_string()));
        assert_eq!(check("31", "2", "2026"), Some("error-date-invalid".to_string()));
        assert_eq!(check("1", "1", "2027"), Some("error-date-future".to_string()));
        assert_eq!(check("3", "11", "2026"), None);
    }

    #[test]
    fn contact_details_are_needed_for_the_ways_chosen() {
        let step = Journey::Complaint.step("contact").unwrap();
        let answers = collect(step, &form(&[("contact-methods", "email"), ("contact-methods", "text")]));
        let keys: Vec<String> = check_stored(step, &answers, today()).into_iter().map(|e| e.key).collect();
        assert_eq!(keys, vec!["error-email-needed", "error-phone-needed"]);
    }

    #[test]
    fn an_email_address_the_mailer_cannot_use_says_what_is_wrong_and_is_kept() {
        let step = Journey::Complaint.step("contact").unwrap();
        for (typed, key) in [
            ("ann..lee@example.org", "error-email-two-dots"),
            ("ann.@example.org", "error-email-dot-at-edge"),
            (".ann@example.org", "error-email-dot-at-edge"),
            ("ann(lee)@example.org", "error-email-character"),
            ("ann:lee@example.org", "error-email-character"),
            ("ann@-example.org", "error-email-domain"),
            ("ann.lee.example.org", "error-email-no-at"),
            ("a@b.com, c@d.com", "error-email-spaces"),
        ] {
            let answers = collect(step, &form(&[("contact-methods", "email"), ("email", typed)]));
            let errors = check_stored(step, &answers, today());
            assert_eq!(errors.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(), [key], "{typed}");
            assert_eq!(answers.get("email"), Some(typed), "what was typed is kept");
        }
        let answers = collect(step, &form(&[("contact-methods", "email"), ("email", "ann(lee)@example.org")]));
        assert_eq!(check_stored(step, &answers, today())[0].arg, Some(ErrorArg::Character('(')));
    }

    #[test]
    fn phones_and_postcodes_are_accepted_leniently() {
        for phone in ["07700 900123", "+44 (0)151 510 5000", "0151-510-5000", "0151.510.5000"] {
            assert!(is_phone(phone), "{phone}");
        }
        assert!(!is_phone("call me"));
        for postcode in ["wa8 0ru", "WA80RU", " WA8  0RU "] {
            assert!(is_postcode(postcode.trim()), "{postcode}");
        }
        assert!(!is_postcode("WA8 <0RU>"));
    }

    #[test]
    fn dates_and_phone_numbers_typed_in_native_digits_are_understood() {
        assert_eq!(ascii_digits("২৭ ৩ ২০২৬"), "27 3 2026");
        assert_eq!(ascii_digits("२७"), "27");
        assert_eq!(ascii_digits("۰۷۷۰۰"), "07700");
        assert_eq!(ascii_digits("٣"), "3");
        assert_eq!(ascii_digits("２０２６"), "2026");
        let step = Journey::Complaint.step("when").unwrap();
        let answers = collect(step, &form(&[("when-day", "৩"), ("when-month", "১১"), ("when-year", "২০২৬")]));
        assert!(check_stored(step, &answers, today()).is_empty());
        assert_eq!(date_answer(&answers, "when"), NaiveDate::from_ymd_opt(2026, 11, 3));
        let contact = Journey::Complaint.step("contact").unwrap();
        let answers = collect(contact, &form(&[("contact-methods", "phone"), ("phone", "০৭৭০০ ৯০০১২৩")]));
        assert!(check_stored(contact, &answers, today()).is_empty());
    }

    #[test]
    fn a_date_over_twelve_months_old_is_marked_older() {
        let mut answers = Answers::default();
        answers.set("when-day", "1");
        answers.set("when-month", "10");
        answers.set("when-year", "2025");
        mark_older_than_time_limit(&mut answers, today(), 12);
        assert_eq!(answers.get("when-older"), Some("yes"));
        answers.set("when-year", "2026");
        mark_older_than_time_limit(&mut answers, today(), 12);
        assert_eq!(answers.get("when-older"), Some("no"));
    }

    #[test]
    fn unticking_every_checkbox_is_remembered_as_no_answer() {
        let step = Journey::Complaint.step("contact").unwrap();
        let answers = collect(step, &form(&[]));
        assert_eq!(answers.get("contact-methods"), None);
    }
}
