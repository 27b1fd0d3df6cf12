//! Where mail goes: an SMTP server (`smtp://user:pass@host:port?tls=starttls|tls|none`) or a folder of
//! `.eml` files (`file://DIR`, the default, so the site runs with no mail server).
//!
//! Every send is wrapped in a timeout, since lettre's own covers only connecting. An SMTP reply in the 5xx
//! range, or a message that cannot be addressed, is a permanent failure; anything else (no connection, a
//! timeout, a 4xx reply) is transient and retried. Credentials are never logged or shown.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::message::{header, Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::db::models::outbox::Message;
use crate::domain::email::EmailAddress;
use crate::settings::{TlsMode, TransportConfig};

/// Why a send failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SendError {
    /// A 5xx reply or a message that cannot be sent as it is: not retried unchanged.
    pub permanent: bool,
    /// What went wrong, for staff (it may quote the server, which may quote an address).
    pub detail: String,
    /// Safe for the log: the SMTP reply code or the kind of failure, never an address.
    pub code: String,
}

impl SendError {
    fn transient(code: &str, detail: impl Into<String>) -> SendError {
        SendError { permanent: false, detail: detail.into(), code: code.into() }
    }
    fn permanent(code: &str, detail: impl Into<String>) -> SendError {
        SendError { permanent: true, detail: detail.into(), code: code.into() }
    }
}

/// A ready transport. Make it inside the running async runtime (the SMTP pool starts a task).
pub enum Mailer {
    Smtp(SmtpMailer),
    File(PathBuf),
}

/// lettre's pooled SMTP transport, made again after a timeout: a send cut off by the timeout would otherwise
/// put its stalled connection back in the pool for the next message. Dropping a pool starts a task, which
/// panics once the runtime has gone (as when a server shuts down); then the pool is left for the process's end.
pub struct SmtpMailer {
    builder: lettre::transport::smtp::AsyncSmtpTransportBuilder,
    transport: std::sync::Mutex<Option<AsyncSmtpTransport<Tokio1Executor>>>,
}

impl SmtpMailer {
    fn current(&self) -> Option<AsyncSmtpTransport<Tokio1Executor>> {
        self.transport.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Drops the pool (closing its connections) and starts a new one.
    fn renew(&self) {
        let fresh = self.builder.clone().build();
        let old = self.transport.lock().unwrap_or_else(|e| e.into_inner()).replace(fresh);
        drop(old);
    }

    async fn send(&self, email: &OutgoingEmail, timeout: Duration) -> Result<(), SendError> {
        let Some(transport) = self.current() else {
            return Err(SendError::transient("closed", "the mail transport has closed"));
        };
        match tokio::time::timeout(timeout, transport.send(email.message.clone())).await {
            Err(_) => {
                drop(transport);
                self.renew();
                Err(SendError::transient("timeout", format!("no answer within {} seconds", timeout.as_secs())))
            }
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(classify(&e)),
        }
    }
}

impl Drop for SmtpMailer {
    fn drop(&mut self) {
        let transport = self.transport.get_mut().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(transport) = transport {
            if tokio::runtime::Handle::try_current().is_err() {
                std::mem::forget(transport);
            }
        }
    }
}

impl Mailer {
    pub fn new(config: &TransportConfig, timeout: Duration) -> Result<Mailer, String> {
        match config {
            TransportConfig::File(dir) => {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("The mail folder {} cannot be made: {e}.", dir.display()))?;
                Ok(Mailer::File(dir.clone()))
            }
            TransportConfig::Smtp { host, port, tls, username, password } => {
                let tls = match tls {
                    TlsMode::None => Tls::None,
                    TlsMode::StartTls => Tls::Required(tls_parameters(host)?),
                    TlsMode::Tls => Tls::Wrapper(tls_parameters(host)?),
                };
                let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host.as_str())
                    .port(*port)
                    .tls(tls)
                    .timeout(Some(timeout));
                if let Some(user) = username {
                    builder = builder.credentials(Credentials::new(user.clone(), password.clone().unwrap_or_default()));
                }
                let transport = std::sync::Mutex::new(Some(builder.clone().build()));
                Ok(Mailer::Smtp(SmtpMailer { builder, transport }))
            }
        }
    }

    /// Sends one message, giving up after `timeout`.
    pub async fn send(&self, email: &OutgoingEmail, timeout: Duration) -> Result<(), SendError> {
        match self {
            Mailer::File(dir) => {
                let dir = dir.clone();
                let name = email.file_name.clone();
                let bytes = email.message.formatted();
                let written = tokio::time::timeout(
                    timeout,
                    actix_web::rt::task::spawn_blocking(move || write_atomically(&dir, &name, &bytes)),
                )
                .await;
                match written {
                    Ok(Ok(Ok(()))) => Ok(()),
                    Ok(Ok(Err(e))) => Err(SendError::transient("file", e.to_string())),
                    Ok(Err(e)) => Err(SendError::transient("file", e.to_string())),
                    Err(_) => Err(SendError::transient("timeout", "writing the mail file timed out")),
                }
            }
            Mailer::Smtp(smtp) => smtp.send(email, timeout).await,
        }
    }
}

fn tls_parameters(host: &str) -> Result<TlsParameters, String> {
    TlsParameters::new(host.to_string()).map_err(|e| format!("TLS for the mail server cannot be set up: {e}."))
}

/// Replies that say the service's own mail settings are wrong (authentication, encryption), not that this
/// message cannot be delivered: every message would get them, so they are retried while staff fix the settings
/// (the late-email alert tells them).
const SETTINGS_REPLIES: &[&str] = &["530", "534", "535", "538"];

fn classify(e: &lettre::transport::smtp::Error) -> SendError {
    let code = e.status().map(|c| c.to_string());
    let detail = e.to_string();
    if code.as_deref().is_some_and(|c| SETTINGS_REPLIES.contains(&c)) {
        SendError::transient(code.as_deref().unwrap_or("5xx"), detail)
    } else if e.is_permanent() {
        SendError::permanent(code.as_deref().unwrap_or("5xx"), detail)
    } else if e.is_transient() {
        SendError::transient(code.as_deref().unwrap_or("4xx"), detail)
    } else if e.is_timeout() {
        SendError::transient("timeout", detail)
    } else if e.is_client() {
        // For example, no login method in common with the server: a settings problem too.
        SendError::transient("client", detail)
    } else {
        SendError::transient("connection", detail)
    }
}

/// Writes `name` into `dir` whole or not at all: a crash never leaves half a message.
fn write_atomically(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = dir.join(format!(".{name}.tmp"));
    let mut file = std::fs::File::create(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&tmp, dir.join(name))
}

/// An outbox row made into an email.
pub struct OutgoingEmail {
    pub message: lettre::Message,
    /// The `.eml` file name for the file transport: the same on every try, so a resend overwrites.
    pub file_name: String,
}

/// The addresses every message is sent from.
#[derive(Clone, Debug)]
pub struct Addresses {
    pub from: Mailbox,
    pub reply_to: Mailbox,
}

impl Addresses {
    pub fn parse(from: &str, reply_to: &str) -> Result<Addresses, String> {
        Ok(Addresses {
            from: from.parse().map_err(|e| format!("mail.from \"{from}\" is not an email address: {e}."))?,
            reply_to: reply_to
                .parse()
                .map_err(|e| format!("mail.reply_to \"{reply_to}\" is not an email address: {e}."))?,
        })
    }

    /// The right-hand side of every Message-ID.
    pub fn domain(&self) -> String {
        self.from.email.domain().to_string()
    }
}

/// Builds the email for an outbox row. The recipient comes from the row's address, parsed as one address:
/// a line break or a second address in a name or an address cannot add a header or a recipient.
pub fn build_email(m: &Message, addresses: &Addresses) -> Result<OutgoingEmail, SendError> {
    let letter = &m.letter;
    // The same check as when the address was typed, so an address the site accepted is one it can send to.
    let to_address = EmailAddress::parse(&letter.to_address)
        .map_err(|e| SendError::permanent("address", format!("the address cannot be used: {e:?}")))?
        .address()
        .clone();
    // The display name is encoded by lettre; it is cleaned as every answer is (no control or invisible
    // formatting characters, line breaks made spaces) first, so none can reach a header.
    let name = crate::text::clean(&letter.to_name, false);
    let to = Mailbox::new(Some(name.trim().to_string()).filter(|n| !n.is_empty()), to_address);
    let subject: String = letter.subject.chars().filter(|c| !c.is_control()).collect();
    let date = std::time::SystemTime::from(m.created_at.and_utc());
    let message = lettre::Message::builder()
        .from(addresses.from.clone())
        .reply_to(addresses.reply_to.clone())
        .to(to)
        .subject(subject)
        .date(date)
        .message_id(Some(m.message_id.clone()))
        .header(ContentLanguage(letter.language.clone()))
        .header(AutoSubmitted)
        .multipart(MultiPart::alternative_plain_html(letter.body_text.clone(), letter.body_html.clone()))
        .map_err(|e| SendError::permanent("build", format!("the message cannot be built: {e}")))?;
    let file_name = format!("{}.eml", m.message_id.trim_matches(|c| c == '<' || c == '>').replace(['@', '/'], "_"));
    Ok(OutgoingEmail { message, file_name })
}

/// `Auto-Submitted: auto-generated` (RFC 3834): out-of-office replies are not sent back to it.
#[derive(Clone, Debug)]
struct AutoSubmitted;

impl header::Header for AutoSubmitted {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }

    fn display(&self) -> header::HeaderValue {
        header::HeaderValue::new(Self::name(), "auto-generated".to_string())
    }
}

/// The `Content-Language` header: the language the message is written in.
#[derive(Clone, Debug)]
struct ContentLanguage(String);

impl header::Header for ContentLanguage {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ContentLanguage(s.to_string()))
    }

    fn display(&self) -> header::HeaderValue {
        let tag: String = self.0.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        header::HeaderValue::new(Self::name(), tag)
    }
}
