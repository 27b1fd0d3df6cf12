//! What a finished journey records: its answers parsed into the case, the customer, any representative,
//! contact preferences and adjustments, each value in its type. [`parse`] checks every applicable page of
//! the journey and builds the [`Submission`] in one go, so "is it finished?" and "what does it say?" cannot
//! disagree, and nothing is filled in by a silent default: a value the journey never asks for is given by
//! the journey's own rule (a compliment's letters are in the page's language), never guessed.

use chrono::NaiveDate;

use super::validate::{check_stored, date_answer, FieldError};
use super::{Answers, Journey};
use crate::domain::correspondence::SendTo;
use crate::domain::email::EmailAddress;
use crate::domain::{Kind, MadeBy};
use crate::i18n::Lang;

/// An enum whose values are the option values of a question.
macro_rules! options {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $value:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as stored and as used in message keys.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $value),+
                }
            }

            pub fn parse(value: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|option| option.as_str() == value)
            }
        }
    };
}

options!(
    /// How the customer holds their home.
    Tenure { Tenant = "tenant", Leaseholder = "leaseholder", SharedOwner = "shared-owner", Other = "other" }
);
options!(
    /// How the representative has the customer's consent to act.
    Consent { Written = "written", Verbal = "verbal", LegalAuthority = "legal-authority", Constituent = "constituent" }
);
options!(
    /// Who the representative is to the customer. An MP, councillor or board member is an official.
    RepRole {
        FamilyFriend = "family-friend",
        Advocate = "advocate",
        SupportWorker = "support-worker",
        Solicitor = "solicitor",
        Other = "other",
        Mp = "mp",
        Councillor = "councillor",
        BoardMember = "board-member",
    }
);
options!(
    /// The form letters come in.
    LetterFormat {
        Standard = "standard",
        LargePrint = "large-print",
        Braille = "braille",
        Audio = "audio",
        EasyRead = "easy-read",
    }
);
options!(
    /// A way the customer may be contacted.
    ContactMethod { Email = "email", Phone = "phone", Letter = "letter", Text = "text" }
);
options!(
    /// How often the customer wants to hear how the case is going.
    UpdateFrequency { Weekly = "weekly", Fortnightly = "fortnightly", WhenNews = "when-news" }
);
options!(
    /// A request or disclosure recorded on the customer.
    AdjustmentKind { Format = "format", Language = "language", Adjustment = "adjustment", Disability = "disability" }
);

/// A telephone number as typed (digits, spaces, `+-().`), checked when it was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    pub fn parse(value: &str) -> Option<Phone> {
        super::validate::is_phone(value).then(|| Phone(value.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A UK postcode, in capitals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Postcode(String);

impl Postcode {
    pub fn parse(value: &str) -> Option<Postcode> {
        super::validate::is_postcode(value).then(|| Postcode(value.to_uppercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerDetails {
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<Postcode>,
    pub tenancy_reference: Option<String>,
    pub tenure: Option<Tenure>,
    pub email: Option<EmailAddress>,
    pub phone: Option<Phone>,
    pub correspondence_language: Lang,
    pub correspondence_format: LetterFormat,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepresentativeDetails {
    pub name: String,
    pub role: RepRole,
    pub organisation: Option<String>,
    pub email: Option<EmailAddress>,
    pub phone: Option<Phone>,
    pub consent: Consent,
    pub send_to: SendTo,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactPreferences {
    pub methods: Vec<ContactMethod>,
    pub frequency: Option<UpdateFrequency>,
    pub avoid_times: Option<String>,
}

impl ContactPreferences {
    /// The methods as stored: comma-separated values.
    pub fn methods_text(&self) -> String {
        self.methods.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(",")
    }
}

/// A request for a format, language or adjustment, or a disability the customer chose to tell us about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adjustment {
    pub kind: AdjustmentKind,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    pub kind: Kind,
    pub made_by: MadeBy,
    pub customer: CustomerDetails,
    pub representative: Option<RepresentativeDetails>,
    pub summary: String,
    pub outcome_wanted: Option<String>,
    pub occurred_on: Option<NaiveDate>,
    pub first_request: Option<bool>,
    pub about: Option<String>,
    pub happy_to_be_named: Option<bool>,
    pub document: Option<String>,
    pub document_reference: Option<String>,
    pub contact: Option<ContactPreferences>,
    pub adjustments: Vec<Adjustment>,
}

/// Reads the answers of one finished journey, naming each problem the way the question page does.
struct Reader<'a> {
    answers: &'a Answers,
    errors: Vec<FieldError>,
}

impl Reader<'_> {
    fn text(&self, name: &str) -> Option<String> {
        self.answers.get(name).map(str::to_string)
    }

    /// A required answer: its absence is a problem with the field.
    fn required(&mut self, name: &'static str) -> String {
        match self.answers.get(name) {
            Some(value) => value.to_string(),
            None => {
                self.errors.push(FieldError::new(name, format!("error-{name}-required")));
                String::new()
            }
        }
    }

    /// An optional answer parsed into its type; one that does not parse is a problem.
    fn typed<T>(&mut self, name: &'static str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
        let value = self.answers.get(name)?;
        let parsed = parse(value);
        if parsed.is_none() {
            self.errors.push(FieldError::new(name, format!("error-{name}-invalid")));
        }
        parsed
    }

    /// A required answer parsed into its type.
    fn chosen<T>(&mut self, name: &'static str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
        if self.answers.get(name).is_none() {
            self.errors.push(FieldError::new(name, format!("error-{name}-required")));
            return None;
        }
        self.typed(name, parse)
    }
}

/// Checks every applicable page of the journey and, if all are answered and valid, returns the submission.
/// `page_language` is the language of the pages; letters are in it when the journey does not ask
/// (compliments).
pub fn parse(
    journey: Journey,
    answers: &Answers,
    today: NaiveDate,
    page_language: Lang,
) -> Result<Submission, Vec<FieldError>> {
    let errors: Vec<FieldError> =
        journey.applicable(answers).flat_map(|step| check_stored(step, answers, today)).collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut r = Reader { answers, errors: Vec::new() };
    // Compliments and format requests are made by the customer: those journeys do not ask.
    let made_by = match journey {
        Journey::Compliment | Journey::Format => Some(MadeBy::Customer),
        Journey::Complaint | Journey::Enquiry => r.chosen("who", |who| match who {
            "myself" => Some(MadeBy::Customer),
            "someone-else" => Some(MadeBy::Representative),
            "official" => Some(MadeBy::Official),
            _ => None,
        }),
    };
    let made_by = made_by.unwrap_or(MadeBy::Customer);
    let representative = if made_by.on_behalf() {
        let role_field = if made_by == MadeBy::Official { "official-role" } else { "rep-role" };
        let rep = (
            r.required("rep-name"),
            r.chosen(role_field, RepRole::parse),
            r.typed("rep-email", |v| EmailAddress::parse(v).ok()),
            r.typed("rep-phone", Phone::parse),
            r.chosen("consent", Consent::parse),
            r.chosen("send-to", SendTo::parse),
        );
        match rep {
            (name, Some(role), email, phone, Some(consent), Some(send_to)) => Some(RepresentativeDetails {
                name,
                role,
                organisation: r.text("rep-organisation"),
                email,
                phone,
                consent,
                send_to,
            }),
            _ => None,
        }
    } else {
        None
    };
    let asks_for_letters = journey != Journey::Compliment;
    let language = if asks_for_letters { r.chosen("letter-language", Lang::from_tag) } else { Some(page_language) };
    let format =
        if asks_for_letters { r.chosen("letter-format", LetterFormat::parse) } else { Some(LetterFormat::Standard) };
    let (language, format) = (language.unwrap_or(page_language), format.unwrap_or(LetterFormat::Standard));
    let customer = CustomerDetails {
        name: r.required("customer-name"),
        address: r.text("customer-address"),
        postcode: r.typed("customer-postcode", Postcode::parse),
        tenancy_reference: r.text("tenancy-reference"),
        tenure: r.typed("tenure", Tenure::parse),
        email: r.typed("email", |v| EmailAddress::parse(v).ok()),
        phone: r.typed("phone", Phone::parse),
        correspondence_language: language,
        correspondence_format: format,
    };
    let mut adjustments = Vec::new();
    if format != LetterFormat::Standard {
        adjustments.push(Adjustment { kind: AdjustmentKind::Format, detail: format.as_str().to_string() });
    }
    if asks_for_letters && language != Lang::En {
        adjustments.push(Adjustment { kind: AdjustmentKind::Language, detail: language.tag().to_string() });
    }
    if let Some(text) = r.text("adjustments") {
        adjustments.push(Adjustment { kind: AdjustmentKind::Adjustment, detail: text });
    }
    if let Some(text) = r.text("disability") {
        adjustments.push(Adjustment { kind: AdjustmentKind::Disability, detail: text });
    }
    // A format request is sent by post or email: that choice is its contact preference.
    let methods = match answers.get("send-by") {
        Some("post") => Some(vec![ContactMethod::Letter]),
        Some(_) => Some(vec![ContactMethod::Email]),
        None => answers
            .get("contact-methods")
            .map(|_| answers.list("contact-methods").into_iter().filter_map(ContactMethod::parse).collect()),
    };
    let contact = methods.map(|methods| ContactPreferences {
        methods,
        frequency: r.typed("update-frequency", UpdateFrequency::parse),
        avoid_times: r.text("avoid-times"),
    });
    let formal =
        made_by == MadeBy::Official || representative.as_ref().is_some_and(|rep| rep.role == RepRole::Advocate);
    let (kind, summary) = match journey {
        Journey::Complaint if answers.get("route") == Some("service-request") => {
            (Kind::ServiceRequest, r.required("what-happened"))
        }
        Journey::Complaint => (Kind::Complaint, r.required("what-happened")),
        Journey::Enquiry if formal => (Kind::FormalEnquiry, r.required("request")),
        Journey::Enquiry => (Kind::ServiceRequest, r.required("request")),
        Journey::Compliment => (Kind::Compliment, r.required("compliment-what")),
        Journey::Format => (Kind::FormatRequest, r.required("document")),
    };
    let submission = Submission {
        kind,
        made_by,
        customer,
        representative,
        summary,
        outcome_wanted: r.text("outcome"),
        occurred_on: date_answer(answers, "when"),
        first_request: answers.get("asked-before").map(|v| v == "no"),
        about: r.text("compliment-about"),
        happy_to_be_named: answers.get("named").map(|v| v == "yes"),
        document: r.text("document"),
        document_reference: r.text("document-reference"),
        contact,
        adjustments,
    };
    if r.errors.is_empty() {
        Ok(submission)
    } else {
        Err(r.errors)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    /// A finished complaint made for herself by Zofia, with `more` answers added or replacing.
    pub(crate) fn complaint(more: &[(&str, &str)]) -> Answers {
        let mut answers = Answers::from_pairs(&[
            ("who", "myself"),
            ("customer-name", "Zofia Wójcik"),
            ("customer-postcode", "wa8 7qx"),
            ("tenure", "tenant"),
            ("what-happened", "The boiler broke"),
            ("when-day", "1"),
            ("when-month", "11"),
            ("when-year", "2026"),
            ("outcome", "Fix it"),
            ("asked-before", "yes"),
            ("contact-methods", "email"),
            ("email", "zofia@example.org"),
            ("update-frequency", "weekly"),
            ("letter-language", "en"),
            ("letter-format", "standard"),
        ]);
        answers.merge(Answers::from_pairs(more));
        answers
    }

    fn enquiry(more: &[(&str, &str)]) -> Answers {
        let mut answers = Answers::from_pairs(&[
            ("customer-name", "Li Wei"),
            ("request", "When is my transfer?"),
            ("contact-methods", "email"),
            ("email", "li.wei@example.org"),
            ("letter-language", "zh-hant"),
            ("letter-format", "standard"),
            ("rep-name", "A Member"),
            ("rep-email", "a.member@example.org"),
            ("consent", "constituent"),
            ("send-to", "representative"),
        ]);
        answers.merge(Answers::from_pairs(more));
        answers
    }

    fn parsed(journey: Journey, answers: &Answers) -> Submission {
        parse(journey, answers, today(), Lang::En).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn an_enquiry_from_an_mp_is_a_formal_enquiry() {
        let s = parsed(Journey::Enquiry, &enquiry(&[("who", "official"), ("official-role", "mp")]));
        assert_eq!(s.kind, Kind::FormalEnquiry);
        assert_eq!(s.made_by, MadeBy::Official);
        let rep = s.representative.unwrap();
        assert_eq!((rep.role, rep.consent, rep.send_to), (RepRole::Mp, Consent::Constituent, SendTo::Representative));
    }

    #[test]
    fn an_enquiry_from_an_independent_advocate_is_a_formal_enquiry() {
        let advocate = enquiry(&[("who", "someone-else"), ("rep-role", "advocate"), ("consent", "written")]);
        assert_eq!(parsed(Journey::Enquiry, &advocate).kind, Kind::FormalEnquiry);
        let family = enquiry(&[("who", "someone-else"), ("rep-role", "family-friend"), ("consent", "written")]);
        assert_eq!(parsed(Journey::Enquiry, &family).kind, Kind::ServiceRequest);
    }

    #[test]
    fn a_first_request_routed_as_a_service_request_is_not_a_complaint() {
        let s = parsed(Journey::Complaint, &complaint(&[("asked-before", "no"), ("route", "service-request")]));
        assert_eq!((s.kind, s.first_request), (Kind::ServiceRequest, Some(true)));
        let s = parsed(Journey::Complaint, &complaint(&[("asked-before", "no"), ("route", "complaint")]));
        assert_eq!(s.kind, Kind::Complaint);
    }

    #[test]
    fn formats_languages_adjustments_and_disclosures_are_recorded() {
        let answers = complaint(&[
            ("letter-language", "ur"),
            ("letter-format", "large-print"),
            ("adjustments", "Please call after 10am"),
            ("disability", "I am partially sighted"),
        ]);
        let s = parsed(Journey::Complaint, &answers);
        let kinds: Vec<&str> = s.adjustments.iter().map(|a| a.kind.as_str()).collect();
        assert_eq!(kinds, vec!["format", "language", "adjustment", "disability"]);
        assert_eq!(
            (s.customer.correspondence_language, s.customer.correspondence_format),
            (Lang::Ur, LetterFormat::LargePrint)
        );
        assert_eq!(s.customer.postcode.as_ref().map(Postcode::as_str), Some("WA8 7QX"));
        assert_eq!(s.customer.email.as_ref().map(EmailAddress::as_str), Some("zofia@example.org"));
        assert_eq!(s.contact.unwrap().methods_text(), "email");
    }

    #[test]
    fn a_compliment_uses_the_page_language_for_letters() {
        let answers = Answers::from_pairs(&[
            ("compliment-about", "The repairs team"),
            ("compliment-what", "Great repair"),
            ("named", "yes"),
            ("customer-name", "Ann"),
        ]);
        let s = parse(Journey::Compliment, &answers, today(), Lang::Pl).unwrap();
        assert_eq!((s.customer.correspondence_language, s.made_by), (Lang::Pl, MadeBy::Customer));
        assert!(s.adjustments.is_empty(), "nobody asked for Polish letters: the page was in Polish");
    }

    #[test]
    fn unfinished_or_wrong_answers_are_named_and_never_filled_in() {
        let missing = parse(Journey::Complaint, &complaint(&[("who", "")]), today(), Lang::En).unwrap_err();
        assert_eq!(missing[0].field, "who");
        let bad_email = parse(Journey::Complaint, &complaint(&[("email", "ann..lee@example.org")]), today(), Lang::En);
        assert_eq!(bad_email.unwrap_err()[0].key, "error-email-two-dots");
        let unknown = parse(Journey::Complaint, &complaint(&[("tenure", "owner")]), today(), Lang::En).unwrap_err();
        assert_eq!(unknown[0].field, "tenure");
    }
}
