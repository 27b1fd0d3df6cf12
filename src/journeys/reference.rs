//! Case references: short, unambiguous and easy to read aloud, such as `HH-7K3F-9QX2`.

use rand::Rng;

/// Digits and capitals without 0, O, 1, I, L and U, which are confused with each other or spell words.
pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new random reference with the landlord's prefix: two groups of four characters.
pub fn generate(prefix: &str, rng: &mut impl Rng) -> String {
    let mut group = || -> String { (0..4).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect() };
    let first = group();
    let second = group();
    format!("{prefix}-{first}-{second}")
}

/// Reads a reference typed by a person: any case, spaces or dashes anywhere.
pub fn normalise(typed: &str) -> String {
    typed.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_avoid_confusable_characters() {
        let mut rng = rand::thread_rng();
        for _ in 0..1000 {
            let reference = generate("HH", &mut rng);
            let body = reference.strip_prefix("HH-").unwrap();
            assert_eq!(body.len(), 9);
            assert_eq!(&body[4..5], "-");
            assert!(!body.chars().any(|c| "0O1ILU".contains(c)), "{reference}");
        }
    }

    #[test]
    fn typed_references_are_normalised() {
        assert_eq!(normalise(" hh-7k3f 9qx2 "), "HH7K3F9QX2");
    }
}
