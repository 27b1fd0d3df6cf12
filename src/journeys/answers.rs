//! A journey's answers in progress: field name to value, kept server-side between pages.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Answers keyed by field name. Checkbox answers are stored comma-separated (option values hold no commas).
/// An empty value counts as no answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, String>);

impl Answers {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str).filter(|v| !v.is_empty())
    }

    /// The raw value, empty if absent: what to put back into a form field.
    pub fn value(&self, name: &str) -> &str {
        self.0.get(name).map(String::as_str).unwrap_or("")
    }

    pub fn list(&self, name: &str) -> Vec<&str> {
        self.get(name).map(|v| v.split(',').filter(|s| !s.is_empty()).collect()).unwrap_or_default()
    }

    pub fn set(&mut self, name: &str, value: &str) {
        self.0.insert(name.to_string(), value.to_string());
    }

    pub fn remove(&mut self, name: &str) {
        self.0.remove(name);
    }

    /// Copies in every answer of `other`, replacing what was there.
    pub fn merge(&mut self, other: Answers) {
        self.0.extend(other.0);
    }

    /// Answers from name and value pairs (for tests and examples).
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Answers {
        let mut answers = Answers::default();
        for (name, value) in pairs {
            answers.set(name, value);
        }
        answers
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|v| v.is_empty())
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "{}".into())
    }

    /// Reads stored answers; unreadable JSON gives no answers rather than an error page.
    pub fn from_json(text: &str) -> Answers {
        serde_json::from_str(text).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_values_count_as_no_answer() {
        let mut a = Answers::default();
        a.set("email", "");
        assert_eq!(a.get("email"), None);
        assert_eq!(a.value("email"), "");
    }

    #[test]
    fn checkbox_answers_are_lists() {
        let mut a = Answers::default();
        a.set("contact-methods", "email,letter");
        assert_eq!(a.list("contact-methods"), vec!["email", "letter"]);
    }

    #[test]
    fn answers_survive_a_round_trip_through_json() {
        let mut a = Answers::default();
        a.set("customer-name", "Zofia Wójcik");
        a.set("what-happened", "اردو متن");
        assert_eq!(Answers::from_json(&a.to_json()), a);
    }
}
