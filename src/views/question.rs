//! Renders any question page of any journey from its [`Step`] definition, with the same components and the
//! same message-key scheme, so every question behaves the same way.

use maud::{html, Markup};

use super::components::{
    button, checkboxes, date_input, error_summary, form, radios, text_input, textarea, Button, Checkboxes, Choice,
    DateInput, ErrorLink, FormParams, LabelStyle, Radios, TextArea, TextInput,
};
use crate::i18n::{Arg, Lang};
use crate::journeys::validate::{ErrorArg, FieldError};
use crate::journeys::{Answers, Field, FieldKind, InputType, Journey, Step, Width};

/// What a question page shows.
pub struct Question<'a> {
    pub lang: Lang,
    pub journey: Journey,
    pub step: &'a Step,
    pub answers: &'a Answers,
    pub errors: &'a [FieldError],
    pub csrf: &'a str,
    /// Whether the person came from "check your answers" and should return there.
    pub change: bool,
    /// Arguments every intro and hint may use (`months`, `landlord`…).
    pub args: &'a [(&'static str, Arg)],
}

impl Question<'_> {
    fn behalf(&self) -> bool {
        self.step.behalf_variant && matches!(self.answers.get("who"), Some("someone-else") | Some("official"))
    }

    fn key(&self, base: String) -> String {
        if self.behalf() {
            format!("{base}-behalf")
        } else {
            base
        }
    }

    pub fn title(&self) -> String {
        self.lang.t(&self.key(format!("step-{}-title", self.step.slug)))
    }

    fn message(&self, key: &str) -> String {
        let mut args = self.args.to_vec();
        args.extend(EXAMPLES.iter().map(|(name, value)| (*name, Arg::Text(value.to_string()))));
        self.lang.t_args(key, &args)
    }

    fn error_text(&self, error: &FieldError) -> String {
        match error.arg {
            Some(ErrorArg::Max(max)) => self.lang.t_args(&error.key, &[("max", Arg::Number(max as i64))]),
            Some(ErrorArg::Character(c)) => self.lang.t_args(&error.key, &[("character", Arg::Text(c.to_string()))]),
            None => self.message(&error.key),
        }
    }
}

/// The examples hints and error messages give, as placeables rather than words in the messages, so that
/// Fluent isolates them: a phone number inside Urdu then reads left to right, in its own order. The phone
/// numbers are from Ofcom's ranges kept for drama, so they reach nobody.
/// The reference example comes with the page's other arguments, since it starts with the landlord's prefix.
const EXAMPLES: [(&str, &str); 4] = [
    ("phone-example", "01632 960 001"),
    ("mobile-example", "07700 900 982"),
    ("email-example", "name@example.com"),
    ("postcode-example", "WA8 7QX"),
];

/// The anchor the error summary links to for a field.
pub fn error_anchor(field: &Field) -> String {
    match field.kind {
        FieldKind::Date => format!("#{}-day", field.name),
        _ => format!("#{}", field.name),
    }
}

/// The main content of a question page.
pub fn question_main(q: &Question<'_>) -> Markup {
    let lang = q.lang;
    let single = q.step.fields.len() == 1;
    let links: Vec<ErrorLink> = q
        .errors
        .iter()
        .map(|e| {
            let href = q
                .step
                .fields
                .iter()
                .find(|f| f.name == e.field)
                .map(error_anchor)
                .unwrap_or_else(|| format!("#{}", e.field));
            ErrorLink { href, message: q.error_text(e) }
        })
        .collect();
    let action = format!("/{}/{}/{}", lang.tag(), q.journey.slug(), q.step.slug);
    let hidden: &[(&str, &str)] = if q.change { &[("change", "1")] } else { &[] };
    html! {
        (error_summary(&lang.t("error-summary-title"), &links))
        @if !single || q.step.fields.is_empty() {
            h1.heading-l { (q.title()) }
        }
        @if q.step.intro {
            div.intro { (super::components::paragraphs(&q.message(&format!("step-{}-intro", q.step.slug)))) }
        }
        (form(FormParams { action: &action, csrf: q.csrf, hidden }, html! {
            @for field in q.step.fields {
                (field_markup(q, field, if single { LabelStyle::PageHeading } else { LabelStyle::Label }))
            }
            (button(Button { text: &lang.t("button-continue"), secondary: false }))
        }))
    }
}

fn field_markup(q: &Question<'_>, field: &Field, style: LabelStyle) -> Markup {
    let lang = q.lang;
    let name = field.name;
    let mut label =
        if style == LabelStyle::PageHeading { q.title() } else { lang.t(&q.key(format!("field-{name}-label"))) };
    if field.optional {
        label = format!("{label} {}", lang.t("label-optional"));
    }
    let hint = field.hint.then(|| q.message(&format!("field-{name}-hint")));
    let error_text = q.errors.iter().find(|e| e.field == name).map(|e| q.error_text(e));
    let prefix = lang.t("error-prefix");
    let error = error_text.as_deref().map(|m| (m, prefix.as_str()));
    // Autocomplete describes the person at the keyboard (WCAG 1.3.5): not a customer someone acts for.
    let about_user = !(q.behalf() && field.about_customer);
    match &field.kind {
        FieldKind::Text { input, autocomplete, width, .. } => text_input(TextInput {
            name,
            label: &label,
            label_style: style,
            hint: hint.as_deref(),
            value: q.answers.value(name),
            error,
            input_type: match input {
                InputType::Text | InputType::Postcode => "text",
                InputType::Email => "email",
                InputType::Tel => "tel",
            },
            autocomplete: if about_user { *autocomplete } else { Some("off") },
            width: match width {
                Width::Short => "input-short",
                Width::Medium => "input-medium",
                Width::Full => "input-full",
            },
            spellcheck: false,
        }),
        FieldKind::TextArea { rows, autocomplete, .. } => textarea(TextArea {
            name,
            label: &label,
            label_style: style,
            hint: hint.as_deref(),
            value: q.answers.value(name),
            error,
            rows: *rows,
            autocomplete: autocomplete.filter(|_| about_user),
        }),
        FieldKind::Radios { options } | FieldKind::Language { options } => {
            let choices = choices(lang, field, options);
            radios(Radios {
                name,
                legend: &label,
                legend_style: style,
                hint: hint.as_deref(),
                choices: &choices,
                selected: q.answers.value(name),
                error,
            })
        }
        FieldKind::Checkboxes { options } => {
            let choices = choices(lang, field, options);
            let selected = q.answers.list(name);
            checkboxes(Checkboxes {
                name,
                legend: &label,
                legend_style: style,
                hint: hint.as_deref(),
                choices: &choices,
                selected: &selected,
                error,
            })
        }
        FieldKind::Date => {
            let parts = ["day", "month", "year"].map(|p| q.answers.value(&format!("{name}-{p}")));
            let labels = [lang.t("date-day"), lang.t("date-month"), lang.t("date-year")];
            date_input(DateInput {
                name,
                legend: &label,
                legend_style: style,
                hint: hint.as_deref(),
                part_labels: [&labels[0], &labels[1], &labels[2]],
                values: parts,
                error,
            })
        }
    }
}

/// The options of a radio group or checkbox list. Languages are named in themselves.
pub fn choices(lang: Lang, field: &Field, options: &[&str]) -> Vec<Choice> {
    let name = field.name;
    options
        .iter()
        .map(|value| {
            if let FieldKind::Language { .. } = field.kind {
                if let Some(l) = Lang::from_tag(value) {
                    return Choice {
                        value: value.to_string(),
                        label: l.native_name().to_string(),
                        hint: None,
                        lang: Some(l.bcp47()),
                    };
                }
            }
            let key = format!("option-{name}-{value}");
            let hint_key = format!("{key}-hint");
            Choice {
                value: value.to_string(),
                label: lang.t(&key),
                hint: Lang::En.has_own(&hint_key).then(|| lang.t(&hint_key)),
                lang: None,
            }
        })
        .collect()
}
