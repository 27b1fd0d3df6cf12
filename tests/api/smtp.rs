//! A real SMTP server for the tests: `tests/smtp/server.py` (aiosmtpd) on a loopback port, with faults on
//! demand, and what it received, parsed by Python's email package. If Python or aiosmtpd is missing the
//! tests fail loudly: `tests/run` installs them.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

/// One message as the server received it.
#[derive(Clone, Debug, Deserialize)]
pub struct Received {
    pub mail_from: String,
    pub rcpt_tos: Vec<String>,
    pub headers: Vec<(String, String)>,
    pub subject: String,
    pub to: String,
    /// The addresses in the To header, as a mail reader sees them.
    pub to_addresses: Vec<String>,
    pub message_id: String,
    pub content_type: String,
    pub text: Option<String>,
    pub html: Option<String>,
    pub raw: String,
}

impl Received {
    pub fn header(&self, name: &str) -> Vec<&str> {
        self.headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str()).collect()
    }

    /// The subject without Fluent's invisible isolation marks.
    pub fn subject(&self) -> String {
        self.subject.replace(['\u{2068}', '\u{2069}'], "")
    }

    pub fn text(&self) -> String {
        self.text.clone().unwrap_or_default().replace(['\u{2068}', '\u{2069}'], "")
    }

    pub fn html(&self) -> String {
        self.html.clone().unwrap_or_default().replace(['\u{2068}', '\u{2069}'], "")
    }
}

pub struct SmtpServer {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

/// A free loopback port (for a server that is "down" until started on it).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl SmtpServer {
    pub fn start() -> SmtpServer {
        Self::start_on(free_port())
    }

    /// Starts the server on `port`, and waits until it listens.
    pub fn start_on(port: u16) -> SmtpServer {
        let dir = tempfile::tempdir().unwrap();
        let mut server = SmtpServer { port, dir, child: None };
        server.run();
        server
    }

    fn run(&mut self) {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/smtp/server.py");
        let mut child = Command::new("/usr/bin/python3")
            .arg(&script)
            .arg(self.port.to_string())
            .arg(self.dir.path())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the test SMTP server needs /usr/bin/python3 with aiosmtpd (tests/run installs python3-aiosmtpd)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert_eq!(
            line.trim(),
            "ready",
            "the test SMTP server (aiosmtpd) did not start; is python3-aiosmtpd installed?"
        );
        self.child = Some(child);
    }

    /// Stops the server (the port then refuses connections).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// `accept`, `tempfail`, `reject`, `stall` or `slow:SECONDS`.
    pub fn set_mode(&self, mode: &str) {
        std::fs::write(self.dir.path().join("mode"), mode).unwrap();
    }

    pub fn url(&self) -> String {
        url_for(self.port)
    }

    pub fn received(&self) -> Vec<Received> {
        let dir = self.dir.path().join("received");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        names.retain(|p| p.extension().is_some_and(|e| e == "json"));
        names.sort();
        names
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).expect("a received message"))
            .collect()
    }

    /// Waits until at least `n` messages have arrived, failing after `seconds`.
    pub async fn wait_for(&self, n: usize, seconds: u64) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        loop {
            let got = self.received();
            if got.len() >= n {
                return got;
            }
            assert!(Instant::now() < deadline, "expected {n} messages within {seconds} s, got {}", got.len());
            actix_web::rt::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

pub fn url_for(port: u16) -> String {
    format!("smtp://127.0.0.1:{port}?tls=none")
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}
