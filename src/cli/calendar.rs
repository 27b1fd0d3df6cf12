//! TEMPORARY stub until the policy engine lands.
#[derive(clap::Subcommand)]
pub enum CalendarCommand {
    /// Not yet available.
    Todo,
}
impl CalendarCommand {
    pub fn run(self) -> Result<String, String> {
        Err("not yet available".into())
    }
}
