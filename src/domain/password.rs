//! What makes a staff password acceptable, as NIST SP 800-63B and OWASP ASVS 6 advise: long enough, any
//! characters (normalised with NFKC, so the same password typed on another keyboard still matches), no rules
//! about capitals or symbols, no forced expiry, and not easy to guess: not one of the common passwords, not
//! the person's own name or email, not the service's name. Guessability is measured with zxcvbn and its own
//! dictionaries, not a hand-made list.

use unicode_normalization::UnicodeNormalization;
use zxcvbn::feedback::Warning;
use zxcvbn::Score;

/// The fewest characters a password may have.
pub const MIN_CHARS: usize = 8;
/// The most: well over the 64 that NIST asks to allow, so a long passphrase is never cut short.
pub const MAX_CHARS: usize = 256;

/// Why a password is not accepted. Each is a sentence in `staff.ftl` (`staff-password-error-…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    Empty,
    TooShort,
    TooLong,
    /// One of the most common passwords.
    Common,
    /// Has the person's own name in it.
    HasName,
    /// Has the person's email address, or the part before the @.
    HasEmail,
    /// Has the service's or the landlord's name in it.
    HasServiceName,
    /// Would be guessed too soon.
    EasyToGuess,
    /// The two copies typed differ.
    Mismatch,
}

impl PasswordProblem {
    /// The Fluent message's key.
    pub fn key(self) -> &'static str {
        match self {
            PasswordProblem::Empty => "staff-password-error-empty",
            PasswordProblem::TooShort => "staff-password-error-too-short",
            PasswordProblem::TooLong => "staff-password-error-too-long",
            PasswordProblem::Common => "staff-password-error-common",
            PasswordProblem::HasName => "staff-password-error-name",
            PasswordProblem::HasEmail => "staff-password-error-email",
            PasswordProblem::HasServiceName => "staff-password-error-service",
            PasswordProblem::EasyToGuess => "staff-password-error-guessable",
            PasswordProblem::Mismatch => "staff-password-error-mismatch",
        }
    }
}

/// A password as it is hashed and checked: NFKC-normalised.
pub fn normalise(password: &str) -> String {
    password.nfkc().collect()
}

/// Only the letters and digits, in lower case: "Ann-Lee" and "ann lee" are the same name inside a password.
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Who the password is for, and the names it must not be made of.
pub struct Owner<'a> {
    pub name: &'a str,
    pub email: &'a str,
    /// The service's and the landlord's names.
    pub service_names: &'a [&'a str],
}

/// Checks a new password (the two copies typed) and returns it normalised, ready to hash.
pub fn acceptable_password(password: &str, again: &str, owner: &Owner<'_>) -> Result<String, PasswordProblem> {
    let password = normalise(password);
    if password.is_empty() {
        return Err(PasswordProblem::Empty);
    }
    let length = password.chars().count();
    if length < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let plain = letters(&password);
    let email = owner.email.trim().to_lowercase();
    let local = letters(email.split('@').next().unwrap_or(""));
    if password.to_lowercase().contains(&email) {
        return Err(PasswordProblem::HasEmail);
    }
    let name = letters(owner.name);
    let words: Vec<String> = owner.name.split_whitespace().map(letters).filter(|w| w.chars().count() >= 3).collect();
    if (name.chars().count() >= 3 && plain.contains(&name)) || words.contains(&plain) {
        return Err(PasswordProblem::HasName);
    }
    if local.chars().count() >= 3 && plain.contains(&local) {
        return Err(PasswordProblem::HasEmail);
    }
    if owner.service_names.iter().map(|s| letters(s)).any(|s| s.chars().count() >= 4 && plain.contains(&s)) {
        return Err(PasswordProblem::HasServiceName);
    }
    let mut inputs: Vec<&str> = owner.name.split_whitespace().collect();
    inputs.extend([owner.email, email.split('@').next().unwrap_or("")]);
    inputs.extend(owner.service_names.iter().copied());
    let guess = zxcvbn::zxcvbn(&password, &inputs);
    let common = guess.feedback().and_then(|f| f.warning()).is_some_and(|w| {
        matches!(
            w,
            Warning::ThisIsATop10Password
                | Warning::ThisIsATop100Password
                | Warning::ThisIsACommonPassword
                | Warning::ThisIsSimilarToACommonlyUsedPassword
        )
    });
    if common {
        return Err(PasswordProblem::Common);
    }
    if guess.score() < Score::Three {
        return Err(PasswordProblem::EasyToGuess);
    }
    if normalise(again) != password {
        return Err(PasswordProblem::Mismatch);
    }
    Ok(password)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWNER: Owner<'static> =
        Owner { name: "Ann Lee", email: "ann.lee@example.org", service_names: &["Talk to Us", "Halton Housing"] };

    fn check(password: &str) -> Result<String, PasswordProblem> {
        super::acceptable_password(password, password, &OWNER)
    }

    #[test]
    fn acceptable_password() {
        assert!(check("copper kettle under the stairs").is_ok());
        assert_eq!(check(""), Err(PasswordProblem::Empty));
        assert_eq!(check("k3ttle!"), Err(PasswordProblem::TooShort));
        assert_eq!(check(&"copper kettle ".repeat(20)), Err(PasswordProblem::TooLong));
        assert!(check(&"copper kettle under the stairs ".repeat(8)[..200]).is_ok(), "200 characters are fine");
        assert_eq!(check("password1"), Err(PasswordProblem::Common));
        assert_eq!(check("qwertyuiop"), Err(PasswordProblem::Common));
        assert_eq!(check("Ann.Lee.2026!"), Err(PasswordProblem::HasName));
        assert_eq!(check("write to ann.lee@example.org"), Err(PasswordProblem::HasEmail));
        let other = Owner { name: "Ann Lee", email: "complaints.lead@example.org", service_names: &[] };
        assert_eq!(
            super::acceptable_password("complaintslead 2026", "complaintslead 2026", &other),
            Err(PasswordProblem::HasEmail)
        );
        assert_eq!(check("talktous-staff-2026"), Err(PasswordProblem::HasServiceName));
        assert_eq!(check("aaaaaaaaaa"), Err(PasswordProblem::EasyToGuess));
        assert_eq!(
            super::acceptable_password("copper kettle under the stairs", "copper kettle", &OWNER),
            Err(PasswordProblem::Mismatch)
        );
    }

    #[test]
    fn any_characters_are_allowed_and_normalised_with_nfkc() {
        // Full-width Latin letters are the same password as the ordinary ones, once normalised.
        let wide = "ｃｏｐｐｅｒ ｋｅｔｔｌｅ ｕｎｄｅｒ ｔｈｅ ｓｔａｉｒｓ";
        assert_eq!(check(wide), Ok("copper kettle under the stairs".to_string()));
        assert!(check("ক্রিকেট খেলা বিকেলে পার্কে").is_ok(), "Bengali");
        assert!(check("زرد پتنگ چھت پر اڑی").is_ok(), "Urdu");
        assert!(check("Żółta żaba śpi w stawie").is_ok(), "Polish");
    }
}
