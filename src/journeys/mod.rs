//! The four public journeys as data: which question pages each has, in what order, which apply to whose
//! answers, and how each answer is checked.
//!
//! A journey is a list of [`Step`]s; a step is a page of one or more [`Field`]s. The web layer renders any step
//! with the same components and the same Fluent key scheme (`step-{slug}-title`, `field-{name}-label`,
//! `option-{name}-{value}`, `error-{name}-required`), so adding a question is a line here and a few messages.
//! Nothing here touches HTTP, SQL or HTML.

pub mod answers;
pub mod reference;
pub mod submission;
pub mod summary;
pub mod validate;

pub use answers::Answers;

/// The journeys a customer can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Journey {
    Complaint,
    Enquiry,
    Compliment,
    Format,
}

impl Journey {
    pub const ALL: [Journey; 4] = [Journey::Complaint, Journey::Enquiry, Journey::Compliment, Journey::Format];

    /// The journey's part of the URL, also its Fluent key stem.
    pub fn slug(self) -> &'static str {
        match self {
            Journey::Complaint => "complaint",
            Journey::Enquiry => "enquiry",
            Journey::Compliment => "compliment",
            Journey::Format => "format",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Journey> {
        Journey::ALL.into_iter().find(|j| j.slug() == slug)
    }

    pub fn steps(self) -> &'static [Step] {
        match self {
            Journey::Complaint => COMPLAINT,
            Journey::Enquiry => ENQUIRY,
            Journey::Compliment => COMPLIMENT,
            Journey::Format => FORMAT,
        }
    }

    pub fn step(self, slug: &str) -> Option<&'static Step> {
        self.steps().iter().find(|s| s.slug == slug)
    }

    /// The steps that apply to these answers, in order.
    pub fn applicable(self, answers: &Answers) -> impl Iterator<Item = &'static Step> + '_ {
        self.steps().iter().filter(move |s| (s.applies)(answers))
    }

    pub fn first_step(self) -> &'static Step {
        &self.steps()[0]
    }

    /// The applicable step after `slug`, or `None` when the next page is "check your answers".
    pub fn next_after(self, slug: &str, answers: &Answers) -> Option<&'static Step> {
        self.applicable(answers).skip_while(|s| s.slug != slug).nth(1)
    }

    /// The applicable step before `slug`, or `None` at the start.
    pub fn previous_before(self, slug: &str, answers: &Answers) -> Option<&'static Step> {
        let steps: Vec<&Step> = self.applicable(answers).collect();
        let at = steps.iter().position(|s| s.slug == slug)?;
        at.checked_sub(1).map(|i| steps[i])
    }

    /// Adds the answers that other answers imply, after every page: today, whether the date of the issue is
    /// older than the policy's time limit.
    pub fn after_answer(self, answers: &mut Answers, today: chrono::NaiveDate, policy: &crate::policy::Policy) {
        validate::mark_older_than_time_limit(answers, today, policy.complaint_time_limit_months);
    }

    /// The first applicable step whose answers are missing or invalid, if any.
    pub fn first_incomplete(self, answers: &Answers, today: chrono::NaiveDate) -> Option<&'static Step> {
        self.applicable(answers).find(|s| !validate::check_stored(s, answers, today).is_empty())
    }
}

/// One question page.
#[derive(Debug)]
pub struct Step {
    pub slug: &'static str,
    pub fields: &'static [Field],
    /// Whether the page is part of the journey for these answers.
    pub applies: fn(&Answers) -> bool,
    /// Whether the page has an introduction paragraph (`step-{slug}-intro`).
    pub intro: bool,
    /// Whether titles and labels differ when someone acts for the customer (keys gain `-behalf`).
    pub behalf_variant: bool,
    /// Checks that involve more than one field: returns `(field, error key)` pairs.
    pub cross_check: fn(&Answers) -> Vec<(&'static str, &'static str)>,
}

/// One answer on a page.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub name: &'static str,
    pub kind: FieldKind,
    pub optional: bool,
    /// Whether the field has a hint (`field-{name}-hint`).
    pub hint: bool,
    /// Whether the answer is about the customer, who may not be the person at the keyboard: the browser
    /// is then not asked to fill it in with the user's own details (WCAG 1.3.5 is about the user).
    pub about_customer: bool,
}

impl Field {
    /// The same field, about the customer.
    pub const fn about_customer(self) -> Field {
        Field { about_customer: true, ..self }
    }
}

#[derive(Clone, Copy, Debug)]
pub enum FieldKind {
    Text {
        input: InputType,
        autocomplete: Option<&'static str>,
        width: Width,
        max: usize,
    },
    TextArea {
        max: usize,
        /// Rows shown.
        rows: u8,
        autocomplete: Option<&'static str>,
    },
    /// One of the site's languages, each named in itself.
    Language {
        options: &'static [&'static str],
    },
    Radios {
        options: &'static [&'static str],
    },
    Checkboxes {
        options: &'static [&'static str],
    },
    /// Three inputs: `{name}-day`, `{name}-month`, `{name}-year`. Never in the future.
    Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputType {
    Text,
    Email,
    Tel,
    /// A UK postcode, in any case and spacing.
    Postcode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    Short,
    Medium,
    Full,
}

pub const NAME_MAX: usize = 200;
pub const SHORT_MAX: usize = 100;
pub const FREE_TEXT_MAX: usize = 10_000;

/// The most bytes a browser can send for one character of an answer: a 4-byte UTF-8 character, each byte
/// percent-encoded as `%XX`. A Bengali or Chinese character costs 9.
const MOST_BYTES_PER_CHARACTER: usize = 12;

impl Field {
    /// The most characters the field accepts.
    pub fn max_chars(&self) -> usize {
        match self.kind {
            FieldKind::Text { max, .. } | FieldKind::TextArea { max, .. } => max,
            FieldKind::Radios { options } | FieldKind::Checkboxes { options } | FieldKind::Language { options } => {
                options.iter().map(|option| option.len() + 1).sum()
            }
            FieldKind::Date => 12,
        }
    }
}

/// The largest form body any page of any journey can send with every answer at its limit, in the script
/// that costs the most bytes, plus room for field names and tokens. Limits are in characters of each field
/// after decoding; the body limit must be at least this, so a long answer in Bengali, Hindi, Urdu or Chinese
/// is never refused for its bytes. (It is bigger still by default, so an answer over its limit reaches the
/// page that says so, and is shown back.)
pub fn largest_page_body() -> usize {
    let largest = Journey::ALL
        .iter()
        .flat_map(|journey| journey.steps())
        .map(|step| step.fields.iter().map(Field::max_chars).sum::<usize>())
        .max()
        .unwrap_or(0);
    largest * MOST_BYTES_PER_CHARACTER + 4096
}

/// The languages a customer can choose for letters, as URL tags.
pub const LETTER_LANGUAGES: &[&str] = &["en", "bn", "hi", "ur", "zh-hant", "pl"];
pub const LETTER_FORMATS: &[&str] = &["standard", "large-print", "braille", "audio", "easy-read"];
pub const CONTACT_METHODS: &[&str] = &["email", "phone", "letter", "text"];

const fn text(input: InputType, autocomplete: Option<&'static str>, width: Width, max: usize) -> FieldKind {
    FieldKind::Text { input, autocomplete, width, max }
}

const fn required(name: &'static str, kind: FieldKind, hint: bool) -> Field {
    Field { name, kind, optional: false, hint, about_customer: false }
}

const fn optional(name: &'static str, kind: FieldKind, hint: bool) -> Field {
    Field { name, kind, optional: true, hint, about_customer: false }
}

/// Free text of up to [`FREE_TEXT_MAX`] characters.
const LONG_TEXT: FieldKind = FieldKind::TextArea { max: FREE_TEXT_MAX, rows: 8, autocomplete: None };

/// A postal address.
const ADDRESS: FieldKind = FieldKind::TextArea { max: 500, rows: 4, autocomplete: Some("street-address") };

fn always(_: &Answers) -> bool {
    true
}

fn no_cross_check(_: &Answers) -> Vec<(&'static str, &'static str)> {
    Vec::new()
}

fn for_someone_else(a: &Answers) -> bool {
    a.get("who") == Some("someone-else")
}

fn for_official(a: &Answers) -> bool {
    a.get("who") == Some("official")
}

fn on_behalf(a: &Answers) -> bool {
    matches!(a.get("who"), Some("someone-else") | Some("official"))
}

/// Whether the date the customer gave is older than the complaint time limit: the derived answer
/// `when-older` (`yes`/`no`), set by [`Journey::after_answer`].
fn older_than_time_limit(a: &Answers) -> bool {
    a.get("when-older") == Some("yes")
}

fn not_asked_before(a: &Answers) -> bool {
    a.get("asked-before") == Some("no")
}

fn representative_reachable(a: &Answers) -> Vec<(&'static str, &'static str)> {
    if a.get("rep-email").is_none() && a.get("rep-phone").is_none() {
        vec![("rep-email", "error-rep-contact-required")]
    } else {
        Vec::new()
    }
}

fn contact_details_match_methods(a: &Answers) -> Vec<(&'static str, &'static str)> {
    let methods = a.list("contact-methods");
    let mut errors = Vec::new();
    if methods.contains(&"email") && a.get("email").is_none() {
        errors.push(("email", "error-email-needed"));
    }
    if (methods.contains(&"phone") || methods.contains(&"text")) && a.get("phone").is_none() {
        errors.push(("phone", "error-phone-needed"));
    }
    if methods.contains(&"letter") && a.get("customer-address").is_none() {
        errors.push(("contact-methods", "error-address-needed"));
    }
    errors
}

fn send_details_match_choice(a: &Answers) -> Vec<(&'static str, &'static str)> {
    match a.get("send-by") {
        Some("email") if a.get("email").is_none() => vec![("email", "error-email-needed")],
        Some("post") if a.get("customer-address").is_none() => vec![("customer-address", "error-address-needed-here")],
        _ => Vec::new(),
    }
}

const fn page(slug: &'static str, fields: &'static [Field]) -> Step {
    Step { slug, fields, applies: always, intro: false, behalf_variant: false, cross_check: no_cross_check }
}

const WHO: Step =
    page("who", &[required("who", FieldKind::Radios { options: &["myself", "someone-else", "official"] }, false)]);

const REP_CONTACT_FIELDS: [Field; 3] = [
    required("rep-name", text(InputType::Text, Some("name"), Width::Full, NAME_MAX), false),
    optional("rep-email", text(InputType::Email, Some("email"), Width::Full, NAME_MAX), false),
    optional("rep-phone", text(InputType::Tel, Some("tel"), Width::Medium, SHORT_MAX), false),
];

const REPRESENTATIVE: Step = Step {
    applies: for_someone_else,
    cross_check: representative_reachable,
    intro: true,
    ..page(
        "representative",
        &[
            required(
                "rep-role",
                FieldKind::Radios { options: &["family-friend", "advocate", "support-worker", "solicitor", "other"] },
                false,
            ),
            REP_CONTACT_FIELDS[0],
            optional("rep-organisation", text(InputType::Text, Some("organization"), Width::Full, NAME_MAX), true),
            REP_CONTACT_FIELDS[1],
            REP_CONTACT_FIELDS[2],
        ],
    )
};

const OFFICIAL: Step = Step {
    applies: for_official,
    cross_check: representative_reachable,
    intro: true,
    ..page(
        "official",
        &[
            required("official-role", FieldKind::Radios { options: &["mp", "councillor", "board-member"] }, false),
            REP_CONTACT_FIELDS[0],
            optional("rep-organisation", text(InputType::Text, Some("organization"), Width::Full, NAME_MAX), true),
            REP_CONTACT_FIELDS[1],
            REP_CONTACT_FIELDS[2],
        ],
    )
};

const CONSENT: Step = Step {
    applies: on_behalf,
    ..page(
        "consent",
        &[
            required(
                "consent",
                FieldKind::Radios { options: &["written", "verbal", "legal-authority", "constituent"] },
                true,
            ),
            required("send-to", FieldKind::Radios { options: &["customer", "representative", "both"] }, false),
        ],
    )
};

const CUSTOMER: Step = Step {
    behalf_variant: true,
    ..page(
        "customer",
        &[
            required("customer-name", text(InputType::Text, Some("name"), Width::Full, NAME_MAX), false)
                .about_customer(),
            optional("customer-address", ADDRESS, false).about_customer(),
            optional("customer-postcode", text(InputType::Postcode, Some("postal-code"), Width::Short, 12), false)
                .about_customer(),
            optional("tenancy-reference", text(InputType::Text, None, Width::Medium, 40), true),
        ],
    )
};

const TENURE: Step = Step {
    behalf_variant: true,
    ..page(
        "tenure",
        &[required(
            "tenure",
            FieldKind::Radios { options: &["tenant", "leaseholder", "shared-owner", "other"] },
            false,
        )],
    )
};

const CONTACT: Step = Step {
    behalf_variant: true,
    cross_check: contact_details_match_methods,
    ..page(
        "contact",
        &[
            required("contact-methods", FieldKind::Checkboxes { options: CONTACT_METHODS }, true),
            optional("email", text(InputType::Email, Some("email"), Width::Full, NAME_MAX), true).about_customer(),
            optional("phone", text(InputType::Tel, Some("tel"), Width::Medium, SHORT_MAX), true).about_customer(),
        ],
    )
};

const UPDATES: Step = page(
    "updates",
    &[
        required("update-frequency", FieldKind::Radios { options: &["weekly", "fortnightly", "when-news"] }, false),
        optional("avoid-times", text(InputType::Text, None, Width::Full, NAME_MAX), true),
    ],
);

const LETTERS: Step = Step {
    intro: true,
    ..page(
        "letters",
        &[
            required("letter-language", FieldKind::Language { options: LETTER_LANGUAGES }, false),
            required("letter-format", FieldKind::Radios { options: LETTER_FORMATS }, false),
        ],
    )
};

const ADJUSTMENTS: Step = Step {
    intro: true,
    ..page("adjustments", &[optional("adjustments", LONG_TEXT, true), optional("disability", LONG_TEXT, true)])
};

const COMPLAINT: &[Step] = &[
    WHO,
    REPRESENTATIVE,
    OFFICIAL,
    CONSENT,
    CUSTOMER,
    TENURE,
    page("what-happened", &[required("what-happened", LONG_TEXT, true)]),
    page("when", &[required("when", FieldKind::Date, true)]),
    Step { applies: older_than_time_limit, intro: true, ..page("older", &[]) },
    page("outcome", &[required("outcome", LONG_TEXT, true)]),
    page("asked-before", &[required("asked-before", FieldKind::Radios { options: &["yes", "no"] }, true)]),
    Step {
        applies: not_asked_before,
        intro: true,
        ..page("route", &[required("route", FieldKind::Radios { options: &["service-request", "complaint"] }, false)])
    },
    CONTACT,
    UPDATES,
    LETTERS,
    ADJUSTMENTS,
];

const ENQUIRY: &[Step] = &[
    WHO,
    REPRESENTATIVE,
    OFFICIAL,
    CONSENT,
    CUSTOMER,
    page("request", &[required("request", LONG_TEXT, true)]),
    CONTACT,
    LETTERS,
];

const COMPLIMENT: &[Step] = &[
    page("compliment-about", &[required("compliment-about", text(InputType::Text, None, Width::Full, NAME_MAX), true)]),
    page("compliment-what", &[required("compliment-what", LONG_TEXT, false)]),
    page("named", &[required("named", FieldKind::Radios { options: &["yes", "no"] }, true)]),
    page(
        "compliment-you",
        &[
            required("customer-name", text(InputType::Text, Some("name"), Width::Full, NAME_MAX), false)
                .about_customer(),
            optional("email", text(InputType::Email, Some("email"), Width::Full, NAME_MAX), true).about_customer(),
        ],
    ),
];

const FORMAT: &[Step] = &[
    page(
        "document",
        &[
            required("document", FieldKind::Radios { options: &["policy", "my-case", "all-letters"] }, false),
            optional("document-reference", text(InputType::Text, None, Width::Medium, 40), true),
        ],
    ),
    Step { intro: false, ..LETTERS },
    page(
        "format-you",
        &[
            required("customer-name", text(InputType::Text, Some("name"), Width::Full, NAME_MAX), false)
                .about_customer(),
            optional("tenancy-reference", text(InputType::Text, None, Width::Medium, 40), true),
        ],
    ),
    Step {
        cross_check: send_details_match_choice,
        ..page(
            "send",
            &[
                required("send-by", FieldKind::Radios { options: &["email", "post"] }, false),
                optional("email", text(InputType::Email, Some("email"), Width::Full, NAME_MAX), true).about_customer(),
                optional("customer-address", ADDRESS, true).about_customer(),
            ],
        )
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers::from_pairs(pairs)
    }

    #[test]
    fn step_slugs_are_unique_within_each_journey() {
        for journey in Journey::ALL {
            let mut slugs: Vec<&str> = journey.steps().iter().map(|s| s.slug).collect();
            slugs.sort();
            let before = slugs.len();
            slugs.dedup();
            assert_eq!(before, slugs.len(), "{journey:?}");
        }
    }

    #[test]
    fn field_names_are_unique_within_each_journey() {
        for journey in Journey::ALL {
            let mut names: Vec<&str> = journey.steps().iter().flat_map(|s| s.fields.iter().map(|f| f.name)).collect();
            names.sort();
            let before = names.len();
            names.dedup();
            // rep-name, rep-email, rep-phone and rep-organisation sit on two alternative pages.
            assert!(before - names.len() <= 4, "{journey:?} repeats a field");
        }
    }

    #[test]
    fn a_customer_acting_alone_skips_the_representative_pages() {
        let a = answers(&[("who", "myself")]);
        assert_eq!(Journey::Complaint.next_after("who", &a).map(|s| s.slug), Some("customer"));
    }

    #[test]
    fn someone_acting_for_a_customer_gives_their_details_and_consent() {
        let a = answers(&[("who", "someone-else")]);
        assert_eq!(Journey::Complaint.next_after("who", &a).map(|s| s.slug), Some("representative"));
        assert_eq!(Journey::Complaint.next_after("representative", &a).map(|s| s.slug), Some("consent"));
        let a = answers(&[("who", "official")]);
        assert_eq!(Journey::Complaint.next_after("who", &a).map(|s| s.slug), Some("official"));
    }

    #[test]
    fn a_first_request_is_offered_the_service_request_route() {
        let a = answers(&[("asked-before", "no")]);
        assert_eq!(Journey::Complaint.next_after("asked-before", &a).map(|s| s.slug), Some("route"));
        let a = answers(&[("asked-before", "yes")]);
        assert_eq!(Journey::Complaint.next_after("asked-before", &a).map(|s| s.slug), Some("contact"));
    }

    #[test]
    fn an_old_complaint_is_told_gently_but_never_blocked() {
        let a = answers(&[("when-older", "yes")]);
        assert_eq!(Journey::Complaint.next_after("when", &a).map(|s| s.slug), Some("older"));
        assert_eq!(Journey::Complaint.next_after("older", &a).map(|s| s.slug), Some("outcome"));
    }

    #[test]
    fn the_last_page_leads_to_check_answers() {
        let a = Answers::default();
        assert!(Journey::Complaint.next_after("adjustments", &a).is_none());
        assert!(Journey::Compliment.next_after("compliment-you", &a).is_none());
    }

    #[test]
    fn back_goes_to_the_previous_applicable_page() {
        let a = answers(&[("who", "myself")]);
        assert_eq!(Journey::Complaint.previous_before("customer", &a).map(|s| s.slug), Some("who"));
        assert!(Journey::Complaint.previous_before("who", &a).is_none());
    }
}
