//! TEMPORARY stub until the policy engine lands.
#[derive(clap::Subcommand)]
pub enum PolicyCommand {
    /// Not yet available.
    Todo,
}
impl PolicyCommand {
    pub fn run(self) -> Result<String, String> {
        Err("not yet available".into())
    }
}
