//! A limit on form posts per client address, so nobody can flood the database with submissions or guess at
//! tokens. Page views are never limited. A fixed one-minute window per address, held in memory: enough for
//! one server. Behind a reverse proxy, name it in `server.trusted_proxies` so the limit applies to each
//! client rather than to the proxy (see [`super::extract::client_addr`]).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::web;

use super::error::AppError;
use super::extract::{client_addr, lang_of_path};
use super::AppState;
use crate::i18n::Lang;

const WINDOW: Duration = Duration::from_secs(60);

pub struct PostLimiter {
    per_minute: u32,
    windows: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl PostLimiter {
    /// `per_minute` of 0 turns the limit off.
    pub fn new(per_minute: u32) -> PostLimiter {
        PostLimiter { per_minute, windows: Mutex::new(HashMap::new()) }
    }

    /// Counts a post from `client`: `Ok` if it is within the limit, else the seconds until the client's
    /// window ends.
    pub fn allow(&self, client: IpAddr, now: Instant) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() > 10_000 {
            windows.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = windows.entry(client).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        if entry.1 <= self.per_minute {
            Ok(())
        } else {
            Err(WINDOW.saturating_sub(now.duration_since(entry.0)).as_secs().max(1))
        }
    }
}

/// Refuses a post over the client's limit with a page saying to wait, and `Retry-After`.
pub async fn limit_posts(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if req.method() == Method::POST {
        if let Some(state) = req.app_data::<web::Data<AppState>>() {
            if let Some(client) = client_addr(req.request(), &state.settings().server.trusted_proxies) {
                if let Err(wait) = state.post_limiter.allow(client, Instant::now()) {
                    tracing::warn!("form posts over the per-address limit");
                    let lang = lang_of_path(req.path()).unwrap_or(Lang::En);
                    return Ok(req.error_response(AppError::too_many(lang, wait)).map_into_right_body());
                }
            }
        }
    }
    Ok(next.call(req).await?.map_into_left_body())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posts_over_the_limit_are_refused_until_the_minute_passes() {
        let limiter = PostLimiter::new(3);
        let client: IpAddr = "192.0.2.1".parse().unwrap();
        let other: IpAddr = "192.0.2.2".parse().unwrap();
        let start = Instant::now();
        assert!((0..3).all(|_| limiter.allow(client, start).is_ok()));
        assert_eq!(limiter.allow(client, start + Duration::from_secs(15)), Err(45), "retry after the window");
        assert!(limiter.allow(other, start).is_ok(), "each address has its own limit");
        assert!(limiter.allow(client, start + Duration::from_secs(61)).is_ok());
    }

    #[test]
    fn a_limit_of_zero_is_off() {
        let limiter = PostLimiter::new(0);
        let client: IpAddr = "192.0.2.1".parse().unwrap();
        assert!((0..1000).all(|_| limiter.allow(client, Instant::now()).is_ok()));
    }
}
