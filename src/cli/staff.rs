//! `talk-to-us staff add|list|disable|enable|reset`: staff accounts from the server's command line, for the
//! first administrator and for when nobody can sign in. Each change is audited as made from the command line.
//!
//! `add` and `reset` print a one-time link to set a password (valid 24 hours): hand it to the person by a
//! safe route. Nothing printed is a password or a session.

use clap::Subcommand;

use crate::app::staff::{self, By, Done, Link};
use crate::app::Deps;
use crate::domain::staff::{email_key, Roles};
use crate::settings::Settings;

#[derive(Clone, Debug, PartialEq, Eq, Subcommand)]
pub enum StaffCommand {
    /// Make an account and print a link for the person to set their password.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// complaints-officer, handler, manager, member-responsible or administrator; give one or more.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
    },
    /// List every account with its roles and state.
    List,
    /// Stop an account from signing in.
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Let a disabled account sign in again.
    Enable {
        #[arg(long)]
        email: String,
    },
    /// Print a new link to set a password, replacing any earlier link.
    Reset {
        #[arg(long)]
        email: String,
    },
    /// Remove a person's authenticator and recovery codes: they set up a new one when they next sign in.
    ResetTwoFactor {
        #[arg(long)]
        email: String,
    },
}

impl StaffCommand {
    pub fn run(self, settings: Settings) -> Result<String, String> {
        actix_web::rt::System::new().block_on(async move {
            let deps = Deps::new(settings, crate::clock::Clock::system())?;
            let failed = |e: crate::app::Error| e.to_string();
            match self {
                StaffCommand::Add { email, name, roles } => {
                    let roles = Roles::parse(&roles).map_err(|e| e.to_string())?;
                    let done = staff::invite(&deps, &email, &name, roles, By::CommandLine).await.map_err(failed)?;
                    link_text(done, &format!("Account made for {}", email_key(&email)))
                }
                StaffCommand::List => {
                    let accounts = staff::list(&deps).await.map_err(failed)?;
                    if accounts.is_empty() {
                        return Ok("No staff accounts yet.".into());
                    }
                    Ok(accounts
                        .iter()
                        .map(|a| format!("{}\t{}\t{}\t{}", a.email, a.name, a.roles.stored(), a.state.as_str()))
                        .collect::<Vec<_>>()
                        .join("\n"))
                }
                StaffCommand::Disable { email } => {
                    done_text(staff::disable(&deps, &email, By::CommandLine).await.map_err(failed)?, "Disabled")
                }
                StaffCommand::Enable { email } => {
                    done_text(staff::enable(&deps, &email, By::CommandLine).await.map_err(failed)?, "Enabled")
                }
                StaffCommand::ResetTwoFactor { email } => done_text(
                    staff::reset_two_factor(&deps, &email, By::CommandLine).await.map_err(failed)?,
                    "Two-factor sign-in reset. They will set up an authenticator when they next sign in",
                ),
                StaffCommand::Reset { email } => {
                    let done = staff::reset(&deps, &email, By::CommandLine).await.map_err(failed)?;
                    link_text(done, &format!("New link for {}", email_key(&email)))
                }
            }
        })
    }
}

fn link_text(done: Done<Link>, what: &str) -> Result<String, String> {
    match done {
        Done::Done(link) => Ok(format!(
            "{what}. The link to set a password works once, until {} UTC:\n{}",
            link.expires_at.format("%Y-%m-%d %H:%M"),
            link.url
        )),
        Done::Refused(refusal) => Err(refusal.to_string()),
    }
}

fn done_text(done: Done<()>, what: &str) -> Result<String, String> {
    match done {
        Done::Done(()) => Ok(format!("{what}.")),
        Done::Refused(refusal) => Err(refusal.to_string()),
    }
}
