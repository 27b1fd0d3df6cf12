//! Email addresses, checked once when they are typed with the same parser the outbox sends with, so an
//! address the site accepts is one the mailer can use: the confirmation never promises a copy that will
//! fail later. A refused address says what is wrong with it.

use std::fmt;
use std::str::FromStr;

/// An address the mailer can send to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress(lettre::Address);

/// What is wrong with an address, most specific first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmailProblem {
    /// No `@`, or nothing before or after it.
    NoAt,
    Spaces,
    /// `ann..lee@…`
    TwoDotsTogether,
    /// `.ann@…` or `ann.@…`
    DotAtStartOrEnd,
    /// A character an address cannot have, such as `(`, `:` or `,`.
    Character(char),
    /// The part after the `@` is not a domain such as `example.org`.
    Domain,
    /// Anything else the mailer refuses.
    Invalid,
}

impl EmailAddress {
    /// Parses an address as typed (surrounding spaces are ignored).
    pub fn parse(text: &str) -> Result<EmailAddress, EmailProblem> {
        let text = text.trim();
        let Some((local, domain)) = text.rsplit_once('@') else { return Err(EmailProblem::NoAt) };
        if local.is_empty() || domain.is_empty() {
            return Err(EmailProblem::NoAt);
        }
        if text.chars().any(char::is_whitespace) {
            return Err(EmailProblem::Spaces);
        }
        if local.contains("..") {
            return Err(EmailProblem::TwoDotsTogether);
        }
        if local.starts_with('.') || local.ends_with('.') {
            return Err(EmailProblem::DotAtStartOrEnd);
        }
        if let Some(c) = local.chars().chain(domain.chars()).find(|c| "()<>[]:;,\\\"@".contains(*c) || c.is_control()) {
            return Err(EmailProblem::Character(c));
        }
        let labels: Vec<&str> = domain.split('.').collect();
        let bad_label = |label: &&str| label.is_empty() || label.starts_with('-') || label.ends_with('-');
        if labels.len() < 2 || labels.iter().any(bad_label) {
            return Err(EmailProblem::Domain);
        }
        let address = lettre::Address::from_str(text).map_err(|_| EmailProblem::Invalid)?;
        Ok(EmailAddress(address))
    }

    pub fn as_str(&self) -> &str {
        self.0.as_ref()
    }

    /// The address as the mailer takes it.
    pub fn address(&self) -> &lettre::Address {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_the_mailer_cannot_use_is_refused_at_input_with_its_reason() {
        for (typed, problem) in [
            ("ann.lee.example.org", EmailProblem::NoAt),
            ("@example.org", EmailProblem::NoAt),
            ("ann@", EmailProblem::NoAt),
            ("ann lee@example.org", EmailProblem::Spaces),
            ("ann..lee@example.org", EmailProblem::TwoDotsTogether),
            ("ann.@example.org", EmailProblem::DotAtStartOrEnd),
            (".ann@example.org", EmailProblem::DotAtStartOrEnd),
            ("ann(lee)@example.org", EmailProblem::Character('(')),
            ("ann:lee@example.org", EmailProblem::Character(':')),
            ("ann,lee@example.org", EmailProblem::Character(',')),
            ("ann@-example.org", EmailProblem::Domain),
            ("ann@example-.org", EmailProblem::Domain),
            ("ann@example", EmailProblem::Domain),
            ("ann@example..org", EmailProblem::Domain),
        ] {
            assert_eq!(EmailAddress::parse(typed), Err(problem), "{typed}");
        }
    }

    #[test]
    fn every_address_accepted_is_one_the_mailer_takes() {
        for typed in
            ["ann.lee@example.org", " zofia+housing@example.co.uk ", "o'brien@example.ie", "a_b-c@mail.example.org"]
        {
            let address = EmailAddress::parse(typed).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
            assert_eq!(address.as_str(), typed.trim());
            assert!(address.as_str().parse::<lettre::Address>().is_ok());
        }
    }
}
