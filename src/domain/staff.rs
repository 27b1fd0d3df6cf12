//! Staff accounts: who may do what in the back office, and the rules for changing an account.
//!
//! A member of staff is an email address, a display name, one or more roles and a state. Each rule is one
//! named function returning the new value or a [`StaffError`] that says what to do. No I/O here: the use
//! cases in `crate::app::staff` load the account, ask these functions, and record the change with its audit.

use std::fmt;

use thiserror::Error;

use crate::domain::email::EmailAddress;

/// What a member of staff may do. A person may have several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Sees and assigns every case.
    ComplaintsOfficer,
    /// Works the cases assigned to them; sees others read only.
    Handler,
    /// Can take stage 2.
    Manager,
    /// The governing body's member responsible for complaints (Code 9.5): reads every case and report.
    MemberResponsible,
    /// Staff accounts and settings; no case work unless given a case role too.
    Administrator,
}

impl Role {
    pub const ALL: [Role; 5] =
        [Role::ComplaintsOfficer, Role::Handler, Role::Manager, Role::MemberResponsible, Role::Administrator];

    /// The role's name on the command line, in forms and in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::ComplaintsOfficer => "complaints-officer",
            Role::Handler => "handler",
            Role::Manager => "manager",
            Role::MemberResponsible => "member-responsible",
            Role::Administrator => "administrator",
        }
    }

    pub fn parse(text: &str) -> Result<Role, StaffError> {
        let text = text.trim();
        Role::ALL.into_iter().find(|r| r.as_str() == text).ok_or_else(|| StaffError::UnknownRole(text.to_string()))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person's roles: at least one, each once, in a fixed order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Roles(Vec<Role>);

impl Roles {
    /// The roles given, or [`StaffError::NoRole`]: every account has at least one role.
    pub fn new(mut roles: Vec<Role>) -> Result<Roles, StaffError> {
        roles.sort();
        roles.dedup();
        if roles.is_empty() {
            return Err(StaffError::NoRole);
        }
        Ok(Roles(roles))
    }

    /// Roles by name, as typed on the command line or stored.
    pub fn parse<S: AsRef<str>>(names: &[S]) -> Result<Roles, StaffError> {
        Roles::new(names.iter().map(|n| Role::parse(n.as_ref())).collect::<Result<_, _>>()?)
    }

    /// The stored form: names separated by commas.
    pub fn stored(&self) -> String {
        self.0.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",")
    }

    /// The roles from their stored form.
    pub fn from_stored(text: &str) -> Result<Roles, StaffError> {
        Roles::parse(&text.split(',').collect::<Vec<_>>())
    }

    pub fn has(&self, role: Role) -> bool {
        self.0.contains(&role)
    }

    pub fn iter(&self) -> impl Iterator<Item = Role> + '_ {
        self.0.iter().copied()
    }
}

/// What a request may need beyond being signed in. Checked on the server for every request, so a URL typed by
/// hand is refused exactly as a hidden button would be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Staff accounts: invite, change roles, disable, enable, new links, reset two-factor.
    ManageAccounts,
}

/// Whether someone with these roles may do this (administrators manage accounts; no other role does).
pub fn allows(roles: &Roles, permission: Permission) -> bool {
    match permission {
        Permission::ManageAccounts => roles.has(Role::Administrator),
    }
}

/// Changing a person's roles: at least one role, and never taking the administrator role from the last
/// active administrator.
pub fn change_roles(
    state: AccountState,
    from: &Roles,
    to: Roles,
    other_active_administrators: i64,
) -> Result<Roles, StaffError> {
    if from.has(Role::Administrator) && !to.has(Role::Administrator) {
        keep_an_administrator(state, from, other_active_administrators)?;
    }
    Ok(to)
}

/// Where an account stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountState {
    /// Made, with a link to set a password that has not been used yet.
    Invited,
    /// Has a password and may sign in.
    Active,
    /// May not sign in; kept for the record.
    Disabled,
}

impl AccountState {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountState::Invited => "invited",
            AccountState::Active => "active",
            AccountState::Disabled => "disabled",
        }
    }

    pub fn parse(text: &str) -> Option<AccountState> {
        [AccountState::Invited, AccountState::Active, AccountState::Disabled].into_iter().find(|s| s.as_str() == text)
    }
}

/// The longest display name, in characters.
pub const NAME_MAX: usize = 100;

/// A new account, checked: a real email address (kept in lower case, so one person has one account), a
/// name, and at least one role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAccount {
    pub email: String,
    pub name: String,
    pub roles: Roles,
}

impl NewAccount {
    pub fn new(email: &str, name: &str, roles: Roles) -> Result<NewAccount, StaffError> {
        let email = EmailAddress::parse(email).map_err(|_| StaffError::BadEmail(email.trim().to_string()))?;
        let name = name.trim();
        if name.is_empty() {
            return Err(StaffError::NoName);
        }
        if name.chars().count() > NAME_MAX {
            return Err(StaffError::NameTooLong);
        }
        Ok(NewAccount { email: email.as_str().to_lowercase(), name: name.to_string(), roles })
    }
}

/// An account's email as stored and looked up: trimmed and in lower case.
pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Disabling an account: refused when it would leave no active administrator, so nobody could manage
/// accounts in the browser any more. `other_active_administrators` counts the active administrators other
/// than this account.
pub fn disable(
    state: AccountState,
    roles: &Roles,
    other_active_administrators: i64,
) -> Result<AccountState, StaffError> {
    if state == AccountState::Disabled {
        return Err(StaffError::AlreadyDisabled);
    }
    keep_an_administrator(state, roles, other_active_administrators)?;
    Ok(AccountState::Disabled)
}

/// The rule that one active administrator always remains.
pub fn keep_an_administrator(
    state: AccountState,
    roles: &Roles,
    other_active_administrators: i64,
) -> Result<(), StaffError> {
    if state == AccountState::Active && roles.has(Role::Administrator) && other_active_administrators == 0 {
        return Err(StaffError::LastAdministrator);
    }
    Ok(())
}

/// Re-enabling a disabled account: it goes back to invited if it never set a password, else to active.
pub fn enable(state: AccountState, has_password: bool) -> Result<AccountState, StaffError> {
    match state {
        AccountState::Disabled if has_password => Ok(AccountState::Active),
        AccountState::Disabled => Ok(AccountState::Invited),
        _ => Err(StaffError::NotDisabled),
    }
}

/// A new link to set a password: not for a disabled account, which must be enabled first.
pub fn new_password_link(state: AccountState) -> Result<(), StaffError> {
    match state {
        AccountState::Disabled => Err(StaffError::LinkForDisabled),
        _ => Ok(()),
    }
}

/// Failed sign-ins allowed under one email address before any wait.
pub const FREE_TRIES_PER_ACCOUNT: i32 = 5;
/// Failed sign-ins allowed from one client address before any wait: more, since a whole office may share
/// one address.
pub const FREE_TRIES_PER_ADDRESS: i32 = 20;
/// The longest wait, and the lock once the waits have run out.
pub const LOCK_MINUTES: i64 = 15;
/// A count of failures is forgotten this long after the last one.
pub const FORGET_FAILURES_AFTER_HOURS: i64 = 24;

/// The wait after `failures` failed sign-ins when `free` are allowed: none for the free tries, then 1, 2, 4
/// and 8 minutes, then a 15-minute lock for every failure after that (OWASP ASVS 6.3.1: slow attempts down
/// per account without locking anyone out for good).
pub fn wait_after_failures(failures: i32, free: i32) -> Option<chrono::Duration> {
    let over = failures - free;
    match over {
        ..=0 => None,
        1..=4 => Some(chrono::Duration::minutes(1 << (over - 1))),
        _ => Some(chrono::Duration::minutes(LOCK_MINUTES)),
    }
}

/// Until when a key with these failures is refused a try, if it is now.
pub fn refused_until(
    failures: Option<(i32, chrono::NaiveDateTime)>,
    free: i32,
    now: chrono::NaiveDateTime,
) -> Option<chrono::NaiveDateTime> {
    let (count, last) = failures?;
    let until = last + wait_after_failures(count, free)?;
    (now < until).then_some(until)
}

/// The count of failures after one more, forgetting those from long ago.
pub fn one_more_failure(failures: Option<(i32, chrono::NaiveDateTime)>, now: chrono::NaiveDateTime) -> i32 {
    match failures {
        Some((count, last)) if now - last < chrono::Duration::hours(FORGET_FAILURES_AFTER_HOURS) => count + 1,
        _ => 1,
    }
}

/// Why a change to an account is not allowed. Each message is one sentence saying what to do.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StaffError {
    #[error("\"{0}\" is not a role. The roles are complaints-officer, handler, manager, member-responsible and administrator.")]
    UnknownRole(String),
    #[error("Give the person at least one role.")]
    NoRole,
    #[error("\"{0}\" is not an email address. Write it like name@example.org.")]
    BadEmail(String),
    #[error("Give the person's name.")]
    NoName,
    #[error("A name can have at most 100 characters.")]
    NameTooLong,
    #[error("There is already an account with this email address.")]
    EmailTaken,
    #[error("There is no account with this email address.")]
    NoSuchAccount,
    #[error("This account is already disabled.")]
    AlreadyDisabled,
    #[error("This account is not disabled.")]
    NotDisabled,
    #[error("This is the last active administrator. Make another administrator first, so someone can still manage accounts.")]
    LastAdministrator,
    #[error("This account is disabled. Enable it first, then send a new link.")]
    LinkForDisabled,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(names: &[&str]) -> Roles {
        Roles::parse(names).unwrap()
    }

    #[test]
    fn every_account_has_at_least_one_role() {
        assert_eq!(Roles::new(vec![]), Err(StaffError::NoRole));
        assert_eq!(Roles::parse::<&str>(&[]), Err(StaffError::NoRole));
        assert_eq!(roles(&["manager", "handler", "manager"]).stored(), "handler,manager");
        assert_eq!(Roles::from_stored("handler,manager"), Ok(roles(&["handler", "manager"])));
    }

    #[test]
    fn roles_are_spelled_as_on_the_command_line() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert_eq!(Role::parse("admin"), Err(StaffError::UnknownRole("admin".into())));
    }

    #[test]
    fn an_account_has_a_real_email_in_lower_case_and_a_name() {
        let account = NewAccount::new(" Ann.Lee@Example.ORG ", " Ann Lee ", roles(&["handler"])).unwrap();
        assert_eq!((account.email.as_str(), account.name.as_str()), ("ann.lee@example.org", "Ann Lee"));
        assert_eq!(NewAccount::new("ann", "Ann", roles(&["handler"])), Err(StaffError::BadEmail("ann".into())));
        assert_eq!(NewAccount::new("a@example.org", "  ", roles(&["handler"])), Err(StaffError::NoName));
        assert_eq!(
            NewAccount::new("a@example.org", &"x".repeat(101), roles(&["handler"])),
            Err(StaffError::NameTooLong)
        );
    }

    #[test]
    fn keep_an_administrator() {
        let admin = roles(&["administrator"]);
        assert_eq!(disable(AccountState::Active, &admin, 0), Err(StaffError::LastAdministrator));
        assert_eq!(disable(AccountState::Active, &admin, 1), Ok(AccountState::Disabled));
        // An invited administrator who never signed in is not the one keeping the door.
        assert_eq!(disable(AccountState::Invited, &admin, 0), Ok(AccountState::Disabled));
        assert_eq!(disable(AccountState::Active, &roles(&["handler"]), 0), Ok(AccountState::Disabled));
        assert_eq!(disable(AccountState::Disabled, &admin, 3), Err(StaffError::AlreadyDisabled));
    }

    #[test]
    fn wait_after_failures() {
        let minutes = |n: i32| super::wait_after_failures(n, FREE_TRIES_PER_ACCOUNT).map(|d| d.num_minutes());
        assert_eq!((1..=5).map(minutes).collect::<Vec<_>>(), [None; 5], "5 free tries");
        assert_eq!((6..=12).map(minutes).collect::<Vec<_>>(), [1, 2, 4, 8, 15, 15, 15].map(Some));
        assert_eq!(super::wait_after_failures(20, FREE_TRIES_PER_ADDRESS), None, "an office has more");
    }

    #[test]
    fn refused_until_the_wait_is_over_and_old_failures_are_forgotten() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap().and_hms_opt(9, 0, 0).unwrap();
        let minute = chrono::Duration::minutes(1);
        assert_eq!(refused_until(Some((5, at)), 5, at), None);
        assert_eq!(refused_until(Some((6, at)), 5, at), Some(at + minute));
        assert_eq!(refused_until(Some((6, at)), 5, at + minute), None);
        assert_eq!(refused_until(Some((10, at)), 5, at + minute * 14), Some(at + minute * 15));
        assert_eq!(one_more_failure(Some((10, at)), at + minute), 11);
        assert_eq!(one_more_failure(Some((10, at)), at + chrono::Duration::hours(25)), 1);
        assert_eq!(one_more_failure(None, at), 1);
    }

    #[test]
    fn only_administrators_manage_accounts() {
        assert!(allows(&roles(&["administrator"]), Permission::ManageAccounts));
        for role in ["complaints-officer", "handler", "manager", "member-responsible"] {
            assert!(!allows(&roles(&[role]), Permission::ManageAccounts), "{role}");
        }
    }

    #[test]
    fn change_roles() {
        let admin = roles(&["administrator", "handler"]);
        assert_eq!(
            super::change_roles(AccountState::Active, &admin, roles(&["handler"]), 0),
            Err(StaffError::LastAdministrator)
        );
        assert_eq!(super::change_roles(AccountState::Active, &admin, roles(&["handler"]), 1), Ok(roles(&["handler"])));
        assert_eq!(
            super::change_roles(AccountState::Active, &roles(&["handler"]), roles(&["manager"]), 0),
            Ok(roles(&["manager"]))
        );
    }

    #[test]
    fn enabling_returns_an_account_to_where_it_was() {
        assert_eq!(enable(AccountState::Disabled, true), Ok(AccountState::Active));
        assert_eq!(enable(AccountState::Disabled, false), Ok(AccountState::Invited));
        assert_eq!(enable(AccountState::Active, true), Err(StaffError::NotDisabled));
    }

    #[test]
    fn no_new_link_for_a_disabled_account() {
        assert_eq!(new_password_link(AccountState::Disabled), Err(StaffError::LinkForDisabled));
        assert_eq!(new_password_link(AccountState::Invited), Ok(()));
        assert_eq!(new_password_link(AccountState::Active), Ok(()));
    }
}
