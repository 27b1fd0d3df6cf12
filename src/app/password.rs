//! Password hashing as OWASP's Password Storage Cheat Sheet advises: argon2id with m=19456 KiB, t=2, p=1,
//! stored as a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) so the parameters can be raised
//! later and an older hash replaced at the person's next sign-in.
//!
//! Each hash takes about 19 MiB and tens of milliseconds of one core, so hashing runs off the async workers
//! (actix's blocking pool) and at most [`AT_ONCE`] at a time: a flood of sign-in attempts queues here rather
//! than exhausting memory or starving page requests.

use std::sync::OnceLock;

use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version};

use crate::app::{Deps, Error};
use crate::db::DbError;

/// Memory in KiB, passes and lanes: OWASP's minimum for argon2id.
pub const M_COST: u32 = 19_456;
pub const T_COST: u32 = 2;
pub const P_COST: u32 = 1;

/// Hashes at once, on this 2-core machine; each holds 19 MiB while it runs.
pub const AT_ONCE: usize = 2;

fn argon2() -> Argon2<'static> {
    let params = Params::new(M_COST, T_COST, P_COST, None).expect("OWASP's parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// A new PHC string for a (normalised) password, on this thread. The server goes through [`hash`]; the
/// benchmark calls this directly.
pub fn hash_now(password: &str) -> Result<String, String> {
    argon2().hash_password(password.as_bytes()).map(|h| h.to_string()).map_err(|e| e.to_string())
}

/// Whether `password` matches `phc`, and whether the stored hash was made with weaker parameters than now.
pub fn verify_now(password: &str, phc: &str) -> (bool, bool) {
    let Ok(parsed) = PasswordHash::new(phc) else { return (false, false) };
    let matches = argon2().verify_password(password.as_bytes(), &parsed).is_ok();
    let weaker = Params::try_from(&parsed).map_or(true, |p| p.m_cost() < M_COST || p.t_cost() < T_COST)
        || parsed.algorithm.as_str() != "argon2id";
    (matches, matches && weaker)
}

/// A hash of nothing anyone will type, verified against when there is no account, so that an unknown email
/// takes as long as a wrong password (no account enumeration by timing).
fn stand_in() -> &'static str {
    static STAND_IN: OnceLock<String> = OnceLock::new();
    STAND_IN.get_or_init(|| hash_now(&crate::token::random_token()).unwrap_or_default())
}

/// Runs `work` on the blocking pool once a hashing permit is free.
async fn with_permit<T: Send + 'static>(deps: &Deps, work: impl FnOnce() -> T + Send + 'static) -> Result<T, Error> {
    let _permit = deps.hashing.acquire().await.map_err(|e| Error::Db(DbError::Blocking(e.to_string())))?;
    actix_web::web::block(work).await.map_err(|e| Error::Db(DbError::Blocking(e.to_string())))
}

/// The PHC string for a new password.
pub async fn hash(deps: &Deps, password: String) -> Result<String, Error> {
    with_permit(deps, move || hash_now(&password)).await?.map_err(|e| Error::Db(DbError::Blocking(e)))
}

/// The result of checking a password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    pub matches: bool,
    /// A new hash with today's parameters, when the stored one was weaker and the password matched.
    pub rehashed: Option<String>,
}

/// Checks a password against the stored hash, or against a stand-in when there is none.
pub async fn verify(deps: &Deps, password: String, phc: Option<String>) -> Result<Checked, Error> {
    with_permit(deps, move || {
        let (matches, weaker) = match &phc {
            Some(phc) => verify_now(&password, phc),
            None => verify_now(&password, stand_in()),
        };
        let known = phc.is_some();
        let rehashed = if weaker { hash_now(&password).ok() } else { None };
        Checked { matches: matches && known, rehashed }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasps_parameters_in_phc_form() {
        let phc = hash_now("copper kettle under the stairs").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert_eq!(verify_now("copper kettle under the stairs", &phc), (true, false));
        assert_eq!(verify_now("copper kettle", &phc), (false, false));
        assert_ne!(phc, hash_now("copper kettle under the stairs").unwrap(), "a new salt each time");
    }

    #[test]
    fn a_weaker_hash_is_replaced_at_the_next_sign_in() {
        let weak = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8192, 1, 1, None).unwrap())
            .hash_password(b"copper kettle under the stairs")
            .unwrap()
            .to_string();
        assert_eq!(verify_now("copper kettle under the stairs", &weak), (true, true));
        assert_eq!(verify_now("wrong", &weak), (false, false), "only a matching password is rehashed");
    }
}
