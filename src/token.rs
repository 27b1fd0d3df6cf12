//! Random tokens and their hashes: session cookies, draft ids, Message-IDs, worker names. One place, so
//! every layer that needs a secret value draws it the same way and none imports another layer for it.

use std::path::Path;

use hmac::{Hmac, Mac};
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

/// A key for one purpose, derived from the server's secret (HMAC-SHA256 of the purpose's name), so the
/// secret itself is used for nothing directly and each use has its own key.
pub fn derive_key(secret: &[u8; 32], purpose: &str) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(b"talk-to-us key:");
    mac.update(purpose.as_bytes());
    mac.finalize().into_bytes().into()
}

/// The server's secret for CSRF tokens and session signatures: from `TTU_SECRET_KEY` (64 hex digits) if
/// set, else generated once into the data folder, readable only by its owner.
pub fn load_or_create_secret(data_dir: &Path) -> Result<[u8; 32], String> {
    let from_hex = |text: &str| -> Option<[u8; 32]> { hex::decode(text.trim()).ok()?.try_into().ok() };
    if let Ok(value) = std::env::var("TTU_SECRET_KEY") {
        return from_hex(&value).ok_or_else(|| "TTU_SECRET_KEY must be 64 hexadecimal digits.".to_string());
    }
    let path = data_dir.join("secret.key");
    if let Ok(text) = std::fs::read_to_string(&path) {
        return from_hex(&text).ok_or_else(|| format!("{} is damaged: delete it to make a new one.", path.display()));
    }
    let token = random_token();
    write_private(&path, &token).map_err(|e| format!("{} cannot be written: {e}.", path.display()))?;
    from_hex(&token).ok_or_else(|| "the new secret could not be read back".to_string())
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
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
