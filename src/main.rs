//! The `talk-to-us` command: runs the site (the default), migrates the database, and the staff tools.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use talk_to_us::settings::Settings;

#[derive(Parser)]
#[command(
    name = "talk-to-us",
    version,
    about = "Talk to Us: complaints, enquiries and compliments for a social landlord"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web site (the default).
    Serve,
    /// Create or update the database, then exit.
    Migrate,
    /// Working days in England and Wales.
    #[command(subcommand)]
    Calendar(talk_to_us::cli::calendar::CalendarCommand),
    /// Check the landlord's policy settings against the Complaint Handling Code.
    #[command(subcommand)]
    Policy(talk_to_us::cli::policy::PolicyCommand),
    /// Deliver email waiting in the outbox, or show its state.
    #[command(subcommand)]
    Outbox(talk_to_us::cli::outbox::OutboxCommand),
    /// Staff accounts: add, list, disable, enable, or reset (a new link to set a password).
    #[command(subcommand)]
    Staff(talk_to_us::cli::staff::StaffCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(),
        Command::Migrate => migrate(),
        Command::Calendar(command) => print(command.run()),
        Command::Policy(command) => print(command.run()),
        Command::Outbox(command) => {
            talk_to_us::init_logging();
            match load_settings() {
                Ok(settings) => print(command.run(settings)),
                Err(code) => code,
            }
        }
        Command::Staff(command) => {
            talk_to_us::init_logging();
            match load_settings() {
                Ok(settings) => print(command.run(settings)),
                Err(code) => code,
            }
        }
    }
}

fn print(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(text) => {
            if !text.is_empty() {
                println!("{}", text.trim_end());
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn load_settings() -> Result<Settings, ExitCode> {
    Settings::load().map_err(|e| {
        eprintln!("{e}");
        ExitCode::FAILURE
    })
}

fn serve() -> ExitCode {
    talk_to_us::init_logging();
    let settings = match load_settings() {
        Ok(s) => s,
        Err(code) => return code,
    };
    let result = actix_web::rt::System::new().block_on(async move {
        let app = talk_to_us::Application::build(settings)?;
        tracing::info!(port = app.port(), "Talk to Us is running");
        app.run_until_stopped().await.map_err(|e| e.to_string())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn migrate() -> ExitCode {
    let settings = match load_settings() {
        Ok(s) => s,
        Err(code) => return code,
    };
    match talk_to_us::db::connect_to(&settings.database.url, 1) {
        Ok(_) => {
            println!("The database is up to date.");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
