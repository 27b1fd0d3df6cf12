//! The second factor: setting up an authenticator app, and the code (or a recovery code) asked for after the
//! password. The TOTP secret is sealed with ChaCha20-Poly1305 under a key derived from the server's secret,
//! bound to the account it belongs to; recovery codes are kept as keyed hashes. A code is accepted once:
//! the step of the last code used is recorded in the same statement that checks it.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::app::sign_in::{count_failure, locked_until, throttle_keys, Member, Stage};
use crate::app::{Deps, Error};
use crate::db::models::staff::{self as accounts, AuditEntry};
use crate::db::{self, DbConnection, DbError};
use crate::domain::two_factor::{
    accept_code, grouped, otpauth_uri, recovery_code, typed_recovery_code, CodeProblem, RECOVERY_CODES, RECOVERY_LENGTH,
};
use crate::token::{derive_key, hash_token, random_token};

/// Bytes of a TOTP secret: 160 bits, as RFC 4226 recommends.
const SECRET_BYTES: usize = 20;

fn cipher(deps: &Deps) -> ChaCha20Poly1305 {
    ChaCha20Poly1305::new(Key::from_slice(&derive_key(&deps.secret, "totp-secrets")))
}

/// A secret sealed for one account: `v1.NONCE.CIPHERTEXT` in hex.
fn seal(deps: &Deps, staff_id: i32, secret: &[u8]) -> Result<String, Error> {
    let mut nonce = [0u8; 12];
    rand::thread_rng().fill_bytes(&mut nonce);
    let aad = staff_id.to_be_bytes();
    let sealed = cipher(deps)
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: secret, aad: &aad })
        .map_err(|_| corrupt("a secret could not be sealed"))?;
    Ok(format!("v1.{}.{}", hex::encode(nonce), hex::encode(sealed)))
}

fn open(deps: &Deps, staff_id: i32, sealed: &str) -> Result<Vec<u8>, Error> {
    let mut parts = sealed.split('.');
    let (Some("v1"), Some(nonce), Some(body), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err(corrupt("a sealed secret has an unknown form"));
    };
    let nonce = hex::decode(nonce).map_err(|_| corrupt("a sealed secret's nonce"))?;
    let body = hex::decode(body).map_err(|_| corrupt("a sealed secret's body"))?;
    if nonce.len() != 12 {
        return Err(corrupt("a sealed secret's nonce"));
    }
    let aad = staff_id.to_be_bytes();
    cipher(deps)
        .decrypt(Nonce::from_slice(&nonce), Payload { msg: &body, aad: &aad })
        .map_err(|_| corrupt("a sealed secret does not open with this server's key (was TTU_SECRET_KEY changed?)"))
}

fn corrupt(what: &str) -> Error {
    Error::Db(DbError::Corrupt(what.to_string()))
}

/// The keyed hash a recovery code is kept as.
fn recovery_hash(deps: &Deps, staff_id: i32, plain: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&derive_key(&deps.secret, "recovery-codes"))
        .expect("HMAC takes any key length");
    mac.update(format!("{staff_id}:{plain}").as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// What the set-up page shows: the secret to type and the QR code to scan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enrolment {
    /// Base32 in groups of four.
    pub secret: String,
    /// The QR code as an SVG document (no image request, no script).
    pub qr_svg: String,
}

/// The secret being set up, drawn and kept (sealed) on first asking, so reloading the page shows the same.
pub async fn enrolment(deps: &Deps, member: &Member) -> Result<Enrolment, Error> {
    let id = member.id;
    let pending = deps.db.run(move |conn| Ok(accounts::by_id(conn, id)?.and_then(|a| a.totp_pending))).await?;
    let secret = match pending {
        Some(sealed) => open(deps, id, &sealed)?,
        None => {
            let mut secret = vec![0u8; SECRET_BYTES];
            rand::thread_rng().fill_bytes(&mut secret);
            let sealed = seal(deps, id, &secret)?;
            deps.db.run(move |conn| Ok(accounts::set_totp_pending(conn, id, &sealed)?)).await?;
            secret
        }
    };
    let uri = otpauth_uri(&format!("Talk to Us – {}", deps.settings.landlord.name), &member.email, &secret);
    let qr_svg = qrcode::QrCode::new(uri.as_bytes())
        .map_err(|e| corrupt(&format!("the QR code: {e}")))?
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .build();
    Ok(Enrolment { secret: grouped(&secret), qr_svg })
}

/// The outcome of setting up an authenticator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Enrolled {
    /// Set up, and signed in under a new session token (for the cookie, and nowhere else): these recovery
    /// codes are shown once, now, and never again.
    Done {
        recovery_codes: Vec<String>,
        token: String,
    },
    Problem(CodeProblem),
}

/// Finishes setting up: the code typed must come from the new secret.
pub async fn enrol(deps: &Deps, member: &Member, code: &str, address: Option<String>) -> Result<Enrolled, Error> {
    let id = member.id;
    let pending = deps.db.run(move |conn| Ok(accounts::by_id(conn, id)?.and_then(|a| a.totp_pending))).await?;
    let Some(sealed) = pending else { return Ok(Enrolled::Problem(CodeProblem::Wrong)) };
    let secret = open(deps, id, &sealed)?;
    let now = deps.clock.now();
    let step = match accept_code(&secret, code, now.timestamp(), None) {
        Ok(step) => step,
        Err(problem) => {
            fail(deps, member, "two-factor-set-up-failed", address, now).await?;
            return Ok(Enrolled::Problem(problem));
        }
    };
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    let mut hashes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let mut random = [0u8; RECOVERY_LENGTH];
        rand::thread_rng().fill_bytes(&mut random);
        let code = recovery_code(&random);
        let plain = typed_recovery_code(&code).ok_or_else(|| corrupt("a recovery code"))?;
        hashes.push(recovery_hash(deps, id, &plain));
        codes.push(code);
    }
    let session = member.session_id;
    let token = random_token();
    let token_hash = hash_token(&token);
    deps.db
        .run(move |conn| {
            db::write(conn, |conn| {
                accounts::enrol_totp(conn, id, &sealed, step)?;
                accounts::replace_recovery_codes(conn, id, &hashes)?;
                accounts::set_session_stage(conn, session, Stage::Full.as_str(), &token_hash)?;
                audit(conn, "two-factor-set-up", id, address.as_deref(), "10 recovery codes given", now)?;
                audit(conn, "signed-in", id, address.as_deref(), "", now)
            })
        })
        .await?;
    Ok(Enrolled::Done { recovery_codes: codes, token })
}

/// The outcome of the second step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Passed {
    /// Signed in with a code from the app, under a new session token.
    Code {
        token: String,
    },
    /// Signed in with a recovery code, under a new session token: this many codes are left.
    RecoveryCode {
        left: i64,
        token: String,
    },
    Problem(CodeProblem),
    /// Too many wrong codes (or passwords) for this account: the half-made session is ended.
    Locked {
        until: DateTime<Utc>,
    },
}

/// Checks the code typed after the password: one from the app, or a recovery code. Wrong codes count
/// towards the same limit as wrong passwords.
pub async fn second_factor(
    deps: &Deps,
    member: &Member,
    typed: &str,
    address: Option<String>,
) -> Result<Passed, Error> {
    let id = member.id;
    let session = member.session_id;
    let now = deps.clock.now();
    let keys = throttle_keys(&member.email, address.as_deref());
    let locked = deps
        .db
        .run(move |conn| {
            let until = locked_until(conn, &keys, now)?;
            if until.is_some() {
                accounts::end_session(conn, session, now.naive_utc())?;
            }
            Ok(until)
        })
        .await?;
    if let Some(until) = locked {
        return Ok(Passed::Locked { until });
    }
    let token = random_token();
    let token_hash = hash_token(&token);
    let account = deps.db.run(move |conn| Ok(accounts::by_id(conn, id)?)).await?;
    let Some(account) = account else { return Ok(Passed::Problem(CodeProblem::Wrong)) };
    let Some(sealed) = account.totp_secret else { return Ok(Passed::Problem(CodeProblem::Wrong)) };
    if let Some(plain) = typed_recovery_code(typed) {
        let hash = recovery_hash(deps, id, &plain);
        let address2 = address.clone();
        let left = deps
            .db
            .run(move |conn| {
                db::write(conn, |conn| {
                    if !accounts::use_recovery_code(conn, id, &hash, now.naive_utc())? {
                        return Ok(None);
                    }
                    let left = accounts::recovery_codes_left(conn, id)?;
                    accounts::set_session_stage(conn, session, Stage::Full.as_str(), &token_hash)?;
                    audit(conn, "recovery-code-used", id, address2.as_deref(), &format!("{left} left"), now)?;
                    audit(conn, "signed-in", id, address2.as_deref(), "", now)?;
                    Ok::<_, DbError>(Some(left))
                })
            })
            .await?;
        return match left {
            Some(left) => Ok(Passed::RecoveryCode { left, token }),
            None => {
                fail(deps, member, "two-factor-failed", address, now).await?;
                Ok(Passed::Problem(CodeProblem::Wrong))
            }
        };
    }
    let secret = open(deps, id, &sealed)?;
    let step = match accept_code(&secret, typed, now.timestamp(), account.totp_last_step) {
        Ok(step) => step,
        Err(problem) => {
            fail(deps, member, "two-factor-failed", address, now).await?;
            return Ok(Passed::Problem(problem));
        }
    };
    let passed = deps
        .db
        .run(move |conn| {
            db::write(conn, |conn| {
                // Checked and recorded in one statement: two requests with the same code cannot both pass.
                if accounts::use_totp_step(conn, id, step)? == 0 {
                    return Ok(Passed::Problem(CodeProblem::Reused));
                }
                accounts::set_session_stage(conn, session, Stage::Full.as_str(), &token_hash)?;
                audit(conn, "signed-in", id, address.as_deref(), "", now)?;
                Ok::<_, DbError>(Passed::Code { token })
            })
        })
        .await?;
    Ok(passed)
}

/// Audits a wrong code and counts it towards the account's limit.
async fn fail(
    deps: &Deps,
    member: &Member,
    action: &'static str,
    address: Option<String>,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let (id, keys) = (member.id, throttle_keys(&member.email, address.as_deref()));
    deps.db
        .run(move |conn| {
            db::write(conn, |conn| {
                audit(conn, action, id, address.as_deref(), "", now)?;
                if count_failure(conn, &keys, now)? {
                    audit(conn, "locked", id, address.as_deref(), "15 minutes", now)?;
                }
                Ok(())
            })
        })
        .await?;
    Ok(())
}

fn audit(
    conn: &mut DbConnection,
    action: &str,
    id: i32,
    address: Option<&str>,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let actor = format!("staff:{id}");
    let entry = AuditEntry { actor: &actor, action, staff_id: Some(id), address, detail };
    Ok(accounts::audit(conn, &entry, now.naive_utc())?)
}
