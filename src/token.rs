//! Random tokens and their hashes: session cookies, draft ids, Message-IDs, worker names. One place, so
//! every layer that needs a secret value draws it the same way and none imports another layer for it.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// A fresh random 256-bit token, as 64 hex digits.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The SHA-256 of a token, as hex: what is stored in place of the token itself.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether a value looks like a token this module made.
pub fn is_well_formed(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_well_formed() {
        let a = random_token();
        assert!(is_well_formed(&a));
        assert_ne!(a, random_token());
        assert!(!is_well_formed("abc"));
    }

    #[test]
    fn a_hash_never_shows_its_token() {
        let token = random_token();
        let hash = hash_token(&token);
        assert_eq!(hash.len(), 64);
        assert_ne!(hash, token);
        assert_eq!(hash, hash_token(&token));
    }
}
