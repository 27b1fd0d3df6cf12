//! The second factor of a staff sign-in: time-based one-time codes (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30
//! seconds, one step either side for a slow clock or slow fingers), and recovery codes for a lost phone.
//!
//! Pure functions: the use cases draw the random secret and codes, keep the secret encrypted and the codes
//! hashed, and record the last step used so a code cannot be used twice.

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Seconds in one step.
pub const STEP_SECONDS: i64 = 30;
/// Digits in a code.
pub const DIGITS: u32 = 6;
/// Recovery codes given at enrolment.
pub const RECOVERY_CODES: usize = 10;
/// Characters of a recovery code (grouped 5 and 5): from 32 letters and digits, about 50 bits each.
pub const RECOVERY_LENGTH: usize = 10;
/// The letters and digits a recovery code is made of: Crockford's base32, without I, L, O or U, so that
/// nothing is misread (an O typed is read as 0, an I or L as 1).
pub const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The HOTP value (RFC 4226) of `secret` at counter `step`.
pub fn code_at(secret: &[u8], step: i64) -> u32 {
    let mut mac = <Hmac<Sha1> as Mac>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = (digest[19] & 0x0f) as usize;
    let binary =
        u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    binary % 10u32.pow(DIGITS)
}

/// The step a Unix time falls in.
pub fn step_of(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(STEP_SECONDS)
}

/// Why a code was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not 6 digits.
    Malformed,
    /// Not the code of this step or the one either side.
    Wrong,
    /// Right, but used already: a code works once.
    Reused,
}

/// A code typed by a person (spaces and hyphens ignored), checked at `unix_seconds`: one step either side is
/// accepted, and never a step at or before `last_step`, the step of the last code used. Returns the step the
/// code belongs to, to be stored as the new last step.
pub fn accept_code(secret: &[u8], typed: &str, unix_seconds: i64, last_step: Option<i64>) -> Result<i64, CodeProblem> {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if digits.len() != DIGITS as usize || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(CodeProblem::Malformed);
    }
    let typed: u32 = digits.parse().map_err(|_| CodeProblem::Malformed)?;
    let now = step_of(unix_seconds);
    let step = [now - 1, now, now + 1].into_iter().find(|s| code_at(secret, *s) == typed).ok_or(CodeProblem::Wrong)?;
    if last_step.is_some_and(|last| step <= last) {
        return Err(CodeProblem::Reused);
    }
    Ok(step)
}

/// RFC 4648 base32 without padding: how authenticator apps take a secret.
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for byte in bytes {
        buffer = (buffer << 8) | u32::from(*byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// A secret as a person types it into an app: base32 in groups of four.
pub fn grouped(bytes: &[u8]) -> String {
    base32(bytes).as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// The `otpauth://` address a QR code carries (Google's Key Uri Format, which every app reads).
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let encode =
        |text: &str| percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string();
    let (label, issuer) = (encode(&format!("{issuer}:{account}")), encode(issuer));
    format!(
        "otpauth://totp/{label}?secret={}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        base32(secret)
    )
}

/// A recovery code from random bytes (one byte a character), as shown: `ABCDE-FGHJK`.
pub fn recovery_code(random: &[u8; RECOVERY_LENGTH]) -> String {
    let chars: String = random.iter().map(|b| RECOVERY_ALPHABET[(b & 31) as usize] as char).collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// A recovery code as typed, in the form that is hashed: capitals, without spaces or hyphens. `None` if it
/// cannot be one.
pub fn typed_recovery_code(typed: &str) -> Option<String> {
    let plain: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .map(|c| match c {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    (plain.len() == RECOVERY_LENGTH && plain.bytes().all(|b| RECOVERY_ALPHABET.contains(&b))).then_some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 secret and times, with the last 6 of the 8 digits given there.
    #[test]
    fn codes_match_rfc_6238() {
        let secret = b"12345678901234567890";
        for (time, code) in [
            (59, 287_082),
            (1_111_111_109, 81_804),
            (1_111_111_111, 50_471),
            (1_234_567_890, 5_924),
            (2_000_000_000, 279_037),
        ] {
            assert_eq!(code_at(secret, step_of(time)), code, "at {time}");
        }
    }

    #[test]
    fn accept_code() {
        let secret = b"12345678901234567890";
        let at = 1_111_111_109;
        let step = step_of(at);
        assert_eq!(super::accept_code(secret, "081804", at, None), Ok(step));
        assert_eq!(super::accept_code(secret, "081 804", at, None), Ok(step), "spaces are fine");
        // One step either side, for a slow clock or slow fingers; not two.
        assert_eq!(super::accept_code(secret, "081804", at + 30, None), Ok(step));
        assert_eq!(super::accept_code(secret, "081804", at - 30, None), Ok(step));
        assert_eq!(super::accept_code(secret, "081804", at + 60, None), Err(CodeProblem::Wrong));
        // Once only, and never an older one.
        assert_eq!(super::accept_code(secret, "081804", at, Some(step)), Err(CodeProblem::Reused));
        let earlier = format!("{:06}", code_at(secret, step - 1));
        assert_eq!(super::accept_code(secret, &earlier, at, Some(step)), Err(CodeProblem::Reused));
        assert_eq!(super::accept_code(secret, "000000", at, None), Err(CodeProblem::Wrong));
        assert_eq!(super::accept_code(secret, "12345", at, None), Err(CodeProblem::Malformed));
        assert_eq!(super::accept_code(secret, "abcdef", at, None), Err(CodeProblem::Malformed));
    }

    #[test]
    fn secrets_are_given_in_base32() {
        // RFC 4648's test vectors.
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32(b"fooba"), "MZXW6YTB");
        assert_eq!(base32(b"f"), "MY");
        assert_eq!(grouped(b"12345678901234567890"), "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        let uri = otpauth_uri("Talk to Us", "ann@example.org", b"12345678901234567890");
        assert_eq!(
            uri,
            "otpauth://totp/Talk%20to%20Us%3Aann%40example%2Eorg?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Talk%20to%20Us&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn recovery_codes_are_easy_to_read_and_type() {
        assert_eq!(recovery_code(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 31]), "01234-5678Z");
        assert_eq!(recovery_code(&[10, 11, 12, 13, 14, 15, 16, 17, 18, 255]), "ABCDE-FGHJZ");
        assert_eq!(typed_recovery_code(" abcde fghjz "), Some("ABCDEFGHJZ".to_string()));
        assert_eq!(typed_recovery_code("OIL23-45678"), Some("01123456 78".replace(' ', "")));
        assert_eq!(typed_recovery_code("123456"), None);
        assert_eq!(typed_recovery_code("ABCDE-FGHJU"), None, "no U in the alphabet");
    }
}
