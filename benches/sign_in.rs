//! Password hashing under load: what one argon2id hash costs (against the argon2 crate called bare with the
//! same parameters, in the same run), and the memory 16 sign-ins at once take, through the server's bound of
//! `AT_ONCE` hashes at a time and, for comparison, all 16 at once.
//!
//! `cargo bench --bench sign_in` prints the figures. Under `cargo test` (no `--bench`) it makes one hash of
//! each kind, so it keeps compiling and working without slowing the test run.

use std::process::Command;
use std::time::Instant;

use argon2::{Algorithm, Argon2, Params, PasswordHasher, Version};
use talk_to_us::app::password::{hash_now, verify_now, AT_ONCE, M_COST, P_COST, T_COST};

const PASSWORD: &str = "copper kettle under the stairs";

/// Counts the bytes the program holds, and the most it held: memory in use, whatever the allocator keeps.
struct Counting;

static LIVE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use std::sync::atomic::Ordering::Relaxed;
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        // SAFETY: the layout is passed on unchanged to the system allocator.
        unsafe { std::alloc::System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        LIVE.fetch_sub(layout.size(), std::sync::atomic::Ordering::Relaxed);
        // SAFETY: `ptr` was allocated by the system allocator with this layout.
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}
const SIGN_INS: usize = 16;

fn bare_hash() -> String {
    let params = Params::new(M_COST, T_COST, P_COST, None).unwrap();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params).hash_password(PASSWORD.as_bytes()).unwrap().to_string()
}

/// 16 sign-ins (a verification each) with at most `at_once` running together; prints the peak memory.
fn sign_ins(at_once: usize) {
    let phc = hash_now(PASSWORD).unwrap();
    let base = LIVE.load(std::sync::atomic::Ordering::Relaxed);
    PEAK.store(base, std::sync::atomic::Ordering::Relaxed);
    let start = Instant::now();
    let queue = std::sync::Mutex::new((0..SIGN_INS).collect::<Vec<_>>());
    std::thread::scope(|scope| {
        for _ in 0..at_once {
            scope.spawn(|| {
                while queue.lock().unwrap().pop().is_some() {
                    assert!(verify_now(PASSWORD, &phc).0);
                }
            });
        }
    });
    let peak = PEAK.load(std::sync::atomic::Ordering::Relaxed);
    println!("{:.1} {}", mib(peak - base), start.elapsed().as_millis());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(n) = args.iter().position(|a| a == "--sign-ins").and_then(|i| args.get(i + 1)) {
        sign_ins(n.parse().unwrap());
        return;
    }
    if !args.iter().any(|a| a == "--bench") {
        assert!(verify_now(PASSWORD, &hash_now(PASSWORD).unwrap()).0);
        assert!(verify_now(PASSWORD, &bare_hash()).0);
        return;
    }
    let rounds = 10;
    let time = |f: &dyn Fn() -> String| {
        let start = Instant::now();
        for _ in 0..rounds {
            f();
        }
        start.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds)
    };
    // Warmed up first, then each timed between the other's runs, so neither gains from going second.
    time(&bare_hash);
    let (mut bare, mut ours) = (0.0, 0.0);
    for _ in 0..3 {
        bare += time(&bare_hash) / 3.0;
        ours += time(&|| hash_now(PASSWORD).unwrap()) / 3.0;
    }
    println!("argon2id m={M_COST} KiB t={T_COST} p={P_COST}, {} hashes each", rounds * 3);
    println!("  bare argon2 crate: {bare:.1} ms a hash");
    println!("  Talk to Us:        {ours:.1} ms a hash ({:.2} × the bare one)", ours / bare);
    let me = std::env::current_exe().unwrap();
    for (label, at_once) in [("the server's bound", AT_ONCE), ("no bound", SIGN_INS)] {
        let out = Command::new(&me).args(["--sign-ins", &at_once.to_string()]).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let mut parts = text.split_whitespace();
        let (held, ms) = (parts.next().unwrap_or("?"), parts.next().unwrap_or("?"));
        println!(
            "  {SIGN_INS} sign-ins, {label} ({at_once} at once): at most {held} MiB held for hashing, {ms} ms in all"
        );
    }
}
