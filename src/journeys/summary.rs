//! The answers of a journey as text in a language: the question as asked and what was answered. Used by
//! "check your answers", the printable record and the letters, so all three say the same. Pure: no HTML.

use super::{Answers, Field, FieldKind, Journey};
use crate::i18n::Lang;

/// One answer as text: which step and field it belongs to, its question, and what was answered (empty if
/// nothing was).
pub struct AnswerText {
    pub step: &'static str,
    pub field: &'static str,
    pub question: String,
    pub text: String,
}

/// Every applicable answer of a journey, as text in `lang`: for "check your answers", the record and emails.
pub fn answer_texts(lang: Lang, journey: Journey, answers: &Answers) -> Vec<AnswerText> {
    let behalf = matches!(answers.get("who"), Some("someone-else") | Some("official"));
    let mut out = Vec::new();
    for step in journey.applicable(answers) {
        let single = step.fields.len() == 1;
        for field in step.fields {
            let variant = if step.behalf_variant && behalf { "-behalf" } else { "" };
            let question = if single {
                lang.t(&format!("step-{}-title{variant}", step.slug))
            } else {
                lang.t(&format!("field-{}-label{variant}", field.name))
            };
            out.push(AnswerText {
                step: step.slug,
                field: field.name,
                question,
                text: answer_text(lang, field, answers),
            });
        }
    }
    out
}

/// An answer as the person would read it on "check your answers".
pub fn answer_text(lang: Lang, field: &Field, answers: &Answers) -> String {
    let name = field.name;
    match &field.kind {
        FieldKind::Language { .. } => {
            answers.get(name).and_then(Lang::from_tag).map(|l| l.native_name().to_string()).unwrap_or_default()
        }
        FieldKind::Radios { .. } => {
            answers.get(name).map(|v| lang.t(&format!("option-{name}-{v}"))).unwrap_or_default()
        }
        FieldKind::Checkboxes { .. } => {
            lang.list(&answers.list(name).iter().map(|v| lang.t(&format!("option-{name}-{v}"))).collect::<Vec<_>>())
        }
        FieldKind::Date => super::validate::date_answer(answers, name).map(|d| lang.date(d)).unwrap_or_default(),
        _ => answers.value(name).to_string(),
    }
}
