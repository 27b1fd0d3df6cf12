//! `talk-to-us policy ...`: check a configuration's policy against the Complaint Handling Code,
//! show the policy in force, and print the shipped presets.
//!
//! `policy check FILE` reads only the `[policy]` table (the other tables of the configuration are
//! the server's business) and reports every breach of the Code, one a line, with the same
//! messages the server gives when it refuses to start. This module deliberately does not write
//! configuration files: `policy preset NAME > talk-to-us.toml` is the way to start one.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use serde::Serialize;

use crate::policy::{preset, Breaches, Policy, MEETS_THE_CODE, PRESETS};

#[derive(Clone, Debug, PartialEq, Eq, Subcommand)]
pub enum PolicyCommand {
    /// Check the [policy] table of a configuration file against the Complaint Handling Code 2024
    /// and report every breach with its section.
    Check {
        /// The configuration file (TOML).
        file: PathBuf,
    },
    /// Print the policy in force as a [policy] table: the defaults, with the file's settings.
    Show {
        /// The configuration file (TOML); without it, the defaults.
        file: Option<PathBuf>,
    },
    /// List the shipped presets.
    Presets,
    /// Print a shipped preset: a whole configuration file, with what each setting is for.
    Preset {
        /// The preset's name, as `policy presets` lists them.
        name: String,
    },
}

impl PolicyCommand {
    /// Runs the command. The text has no final newline.
    pub fn run(self) -> Result<String, String> {
        match self {
            PolicyCommand::Check { file } => {
                let policy = read_policy(&file)?;
                policy
                    .meeting_the_code()
                    .map(|_| MEETS_THE_CODE.to_string())
                    .map_err(|breaches: Breaches| breaches.to_string())
            }
            PolicyCommand::Show { file } => {
                let policy = match file {
                    Some(file) => read_policy(&file)?,
                    None => Policy::default(),
                };
                #[derive(Serialize)]
                struct Configuration<'a> {
                    policy: &'a Policy,
                }
                toml::to_string(&Configuration { policy: &policy })
                    .map(|text| text.trim_end().to_string())
                    .map_err(|error| format!("Could not write the policy as TOML: {error}."))
            }
            PolicyCommand::Presets => Ok(PRESETS
                .iter()
                .map(|preset| format!("{} {}", preset.name, preset.summary))
                .collect::<Vec<_>>()
                .join("\n")),
            PolicyCommand::Preset { name } => {
                preset(&name).map(|preset| preset.toml.trim_end().to_string()).ok_or_else(|| {
                    format!(
                        "There is no preset called '{name}'; the presets are {}.",
                        PRESETS.iter().map(|preset| preset.name).collect::<Vec<_>>().join(", ")
                    )
                })
            }
        }
    }
}

fn read_policy(path: &Path) -> Result<Policy, String> {
    let text = std::fs::read_to_string(path).map_err(|error| format!("Could not read {}: {error}.", path.display()))?;
    Policy::from_config_toml(&text).map_err(|error| format!("{}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(name: &str, text: &str) -> PathBuf {
        let path = std::env::temp_dir().join(format!("ttu-policy-unit-{}-{name}.toml", std::process::id()));
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn a_lawful_policy_passes_the_check() {
        let path = write("lawful", "[server]\nport = 80\n[policy]\nstage_two_response_days = 15\n");
        let result = PolicyCommand::Check { file: path.clone() }.run();
        std::fs::remove_file(path).unwrap();
        assert_eq!(result, Ok(MEETS_THE_CODE.to_string()));
    }

    #[test]
    fn every_breach_is_reported_one_a_line() {
        let path =
            write("breaches", "[policy]\nstages = 3\nstage_one_response_days = 15\ncomplaint_time_limit_months = 6\n");
        let result = PolicyCommand::Check { file: path.clone() }.run();
        std::fs::remove_file(path).unwrap();
        assert_eq!(
            result,
            Err([
                "Code 2.3: the complaint time limit is 6 months; the Code requires at least 12.",
                "Code 5.3: the policy has 3 stages; the Code allows exactly two, stage 1 and stage 2.",
                "Code 6.3: the stage 1 response time is 15 working days; the Code allows at most 10.",
            ]
            .join("\n"))
        );
    }

    #[test]
    fn an_unknown_key_is_named() {
        let path = write("unknown", "[policy]\nstage_0_days = 5\n");
        let result = PolicyCommand::Check { file: path.clone() }.run();
        std::fs::remove_file(path).unwrap();
        let message = result.unwrap_err();
        assert!(message.contains("stage_0_days"), "{message}");
        assert!(!message.contains('\n'), "{message}");
    }

    #[test]
    fn show_prints_a_policy_table_that_reads_back() {
        let text = PolicyCommand::Show { file: None }.run().unwrap();
        assert!(text.starts_with("[policy]"), "{text}");
        assert_eq!(Policy::from_config_toml(&text), Ok(Policy::default()));
    }

    #[test]
    fn presets_are_listed_and_printed() {
        let list = PolicyCommand::Presets.run().unwrap();
        assert_eq!(list.lines().count(), PRESETS.len());
        let text = PolicyCommand::Preset { name: "jjh-2020".into() }.run().unwrap();
        assert!(text.contains("stage_two_response_days = 15"));
        let error = PolicyCommand::Preset { name: "stage-3".into() }.run().unwrap_err();
        assert!(error.contains("default, halton-2019"), "{error}");
    }
}
