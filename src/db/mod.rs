//! The database: one codebase for SQLite (embedded, the default) and PostgreSQL.
//!
//! The backend is chosen here from the URL's scheme, never by trial, so a mistyped URL is an error rather than
//! a new empty SQLite file, and the real connection error reaches the person starting the server. Every write
//! goes through [`write`], which on SQLite begins with `BEGIN IMMEDIATE` so concurrent writers queue on the
//! busy timeout instead of failing with "database is locked". This module knows nothing of HTTP, HTML or email.

pub mod models;
pub mod schema;

use std::path::PathBuf;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// One connection to either backend.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(diesel::SqliteConnection),
    Postgres(diesel::PgConnection),
}

pub type DbPool = Pool<ConnectionManager<DbConnection>>;
pub type Conn = PooledConnection<ConnectionManager<DbConnection>>;

/// A database URL whose backend is known.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
    Postgres(String),
}

impl std::fmt::Debug for DatabaseUrl {
    /// With any password hidden.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DatabaseUrl::Sqlite(path) => write!(f, "sqlite://{}", path.display()),
            DatabaseUrl::Postgres(url) => f.write_str(&redact(url)),
        }
    }
}

impl DatabaseUrl {
    /// Accepts `sqlite://PATH` (or `sqlite:PATH`) and `postgres://…` / `postgresql://…`.
    pub fn parse(url: &str) -> Result<DatabaseUrl, String> {
        if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
            if path.is_empty() {
                return Err(
                    "TTU_DATABASE_URL (database.url) names no SQLite file: write sqlite://./data/talk-to-us.sqlite."
                        .into(),
                );
            }
            return Ok(DatabaseUrl::Sqlite(PathBuf::from(path)));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DatabaseUrl::Postgres(url.to_string()));
        }
        Err(format!(
            "TTU_DATABASE_URL (database.url) must start with sqlite:// or postgres://, not \"{}\".",
            redact(url)
        ))
    }
}

/// Hides any password in a URL before it is shown or logged.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("****"));
            parsed.to_string()
        }
        _ => url.to_string(),
    }
}

#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        if let DbConnection::Sqlite(c) = conn {
            // synchronous=FULL: with WAL, NORMAL can lose the last commits on power loss, and a reference
            // shown to a tenant must survive.
            c.batch_execute("PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")
                .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// Opens the pool for a URL given as text (the command line and tests), creating and migrating the
/// database as needed.
pub fn connect(url: &str, pool_size: u32) -> Result<DbPool, String> {
    connect_to(&DatabaseUrl::parse(url)?, pool_size)
}

/// Opens the pool, creating and migrating the database as needed.
pub fn connect_to(parsed: &DatabaseUrl, pool_size: u32) -> Result<DbPool, String> {
    let connection_url = match parsed {
        DatabaseUrl::Sqlite(path) => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| {
                    format!("The folder for the SQLite database, {}, cannot be created: {e}.", dir.display())
                })?;
            }
            // Set once: journal_mode persists in the file, and setting it per connection races at pool start.
            let mut first = diesel::SqliteConnection::establish(&path.to_string_lossy())
                .map_err(|e| format!("The SQLite database {} cannot be opened: {e}.", path.display()))?;
            first
                .batch_execute("PRAGMA journal_mode = WAL;")
                .map_err(|e| format!("The SQLite database {} cannot use WAL: {e}.", path.display()))?;
            path.to_string_lossy().into_owned()
        }
        DatabaseUrl::Postgres(url) => {
            diesel::PgConnection::establish(url)
                .map_err(|e| format!("PostgreSQL at {} cannot be reached: {}.", redact(url), e.to_string().trim()))?;
            url.clone()
        }
    };
    let manager = match parsed {
        DatabaseUrl::Sqlite(_) => ConnectionManager::<DbConnection>::new(format!("sqlite://{connection_url}")),
        DatabaseUrl::Postgres(_) => ConnectionManager::<DbConnection>::new(connection_url),
    };
    let pool = Pool::builder()
        .max_size(pool_size.max(1))
        .connection_timeout(Duration::from_secs(10))
        .connection_customizer(Box::new(SqlitePragmas))
        .build(manager)
        .map_err(|e| format!("The database connection pool cannot start: {e}."))?;
    migrate(&pool)?;
    Ok(pool)
}

/// Runs any pending migrations for the pool's backend.
pub fn migrate(pool: &DbPool) -> Result<usize, String> {
    let mut conn = pool.get().map_err(|e| format!("No database connection for migrations: {e}."))?;
    let applied = match &mut *conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
        DbConnection::Postgres(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|v| v.len()),
    };
    applied.map_err(|e| format!("The database migrations failed: {e}."))
}

/// Undoes the newest migration (for an operator going back a version, and for the test that each
/// migration's `down.sql` runs). Returns the version undone.
pub fn revert_last_migration(pool: &DbPool) -> Result<String, String> {
    let mut conn = pool.get().map_err(|e| format!("No database connection for migrations: {e}."))?;
    let reverted = match &mut *conn {
        DbConnection::Sqlite(c) => c.revert_last_migration(SQLITE_MIGRATIONS).map(|v| v.to_string()),
        DbConnection::Postgres(c) => c.revert_last_migration(POSTGRES_MIGRATIONS).map(|v| v.to_string()),
    };
    reverted.map_err(|e| format!("The migration could not be undone: {e}."))
}

/// Runs `work` in one write transaction, committed only if it returns `Ok`.
///
/// On SQLite the transaction begins `IMMEDIATE`, taking the write lock at once: a transaction that reads and
/// then writes would otherwise fail under concurrent writers instead of waiting.
pub fn write<T, E>(conn: &mut DbConnection, work: impl FnOnce(&mut DbConnection) -> Result<T, E>) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    match conn {
        DbConnection::Postgres(_) => conn.transaction(work),
        DbConnection::Sqlite(_) => {
            conn.batch_execute("BEGIN IMMEDIATE")?;
            let mut guard = RollbackGuard { conn, done: false };
            let result = work(guard.conn);
            match result {
                Ok(value) => {
                    guard.conn.batch_execute("COMMIT")?;
                    guard.done = true;
                    Ok(value)
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// Rolls an open SQLite transaction back if the work failed or panicked, so the pooled connection is clean.
struct RollbackGuard<'a> {
    conn: &'a mut DbConnection,
    done: bool,
}

impl Drop for RollbackGuard<'_> {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.conn.batch_execute("ROLLBACK");
        }
    }
}

/// Whether an error is a unique-constraint violation (the same on both backends).
pub fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(e, diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _))
}

/// Errors from database work run off the async workers.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("database pool: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("database task: {0}")]
    Blocking(String),
    /// A stored value this version cannot read.
    #[error("database record: {0}")]
    Corrupt(String),
    /// Someone else changed the case since it was read.
    #[error("the case was changed by someone else since it was read")]
    Conflict,
}

/// The pool, with a way to run blocking database work without blocking the async workers.
#[derive(Clone)]
pub struct Database {
    pool: DbPool,
}

impl Database {
    pub fn new(pool: DbPool) -> Database {
        Database { pool }
    }

    pub fn pool(&self) -> &DbPool {
        &self.pool
    }

    /// Runs `work` on a pooled connection in actix's blocking thread pool.
    pub async fn run<T, F>(&self, work: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
    {
        let pool = self.pool.clone();
        actix_web::web::block(move || {
            let mut conn = pool.get()?;
            work(&mut conn)
        })
        .await
        .map_err(|e| DbError::Blocking(e.to_string()))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_and_postgres_urls_are_recognised() {
        assert_eq!(DatabaseUrl::parse("sqlite://./data/x.sqlite"), Ok(DatabaseUrl::Sqlite("./data/x.sqlite".into())));
        assert!(matches!(DatabaseUrl::parse("postgres://u@localhost/db"), Ok(DatabaseUrl::Postgres(_))));
        assert!(matches!(DatabaseUrl::parse("postgresql://u@localhost/db"), Ok(DatabaseUrl::Postgres(_))));
    }

    #[test]
    fn a_mistyped_scheme_never_means_sqlite() {
        for url in ["postgre://x", "sqlit://x", "./data/x.sqlite", "mysql://x", ""] {
            assert!(DatabaseUrl::parse(url).is_err(), "{url} must be refused");
        }
    }

    #[test]
    fn passwords_are_redacted() {
        let shown = redact("postgres://ttu:secret@db.example/ttu");
        assert!(!shown.contains("secret"));
        assert!(shown.contains("****"));
    }
}
