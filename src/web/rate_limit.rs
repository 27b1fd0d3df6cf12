//! A limit on form posts per client address, so nobody can flood the database with submissions or guess at
//! tokens. Page views are never limited. A fixed one-minute window per address, held in memory: enough for
//! one server; behind a proxy the limit applies to the proxy's address unless it passes the client's own.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct PostLimiter {
    per_minute: u32,
    windows: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl PostLimiter {
    /// `per_minute` of 0 turns the limit off.
    pub fn new(per_minute: u32) -> PostLimiter {
        PostLimiter { per_minute, windows: Mutex::new(HashMap::new()) }
    }

    /// Counts a post from `client` and says whether it is within the limit.
    pub fn allow(&self, client: IpAddr, now: Instant) -> bool {
        if self.per_minute == 0 {
            return true;
        }
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() > 10_000 {
            windows.retain(|_, (start, _)| now.duration_since(*start) < Duration::from_secs(60));
        }
        let entry = windows.entry(client).or_insert((now, 0));
        if now.duration_since(entry.0) >= Duration::from_secs(60) {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= self.per_minute
    }
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
        assert!((0..3).all(|_| limiter.allow(client, start)));
        assert!(!limiter.allow(client, start));
        assert!(limiter.allow(other, start), "each address has its own limit");
        assert!(limiter.allow(client, start + Duration::from_secs(61)));
    }

    #[test]
    fn a_limit_of_zero_is_off() {
        let limiter = PostLimiter::new(0);
        let client: IpAddr = "192.0.2.1".parse().unwrap();
        assert!((0..1000).all(|_| limiter.allow(client, Instant::now())));
    }
}
