//! `spawn_app()`: a running server with a fresh database, and a client that keeps cookies and reads CSRF tokens.

use std::net::TcpListener;

use diesel::prelude::*;
use talk_to_us::db::{DbConnection, DbPool};
use talk_to_us::settings::{RawSettings, Settings};

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub pool: DbPool,
    /// The server's data folder (its default mail folder is `mail` inside it).
    pub data_dir: std::path::PathBuf,
    /// The database's URL, for the command line run beside the server.
    pub database_url: String,
    _dir: tempfile::TempDir,
}

/// A fresh, empty PostgreSQL database on the test cluster. The cluster must be running: `tests/run` starts
/// one and sets `TTU_TEST_POSTGRES_URL`. Without it this fails, loudly, rather than skipping.
pub fn fresh_postgres_database() -> String {
    let admin_url = std::env::var("TTU_TEST_POSTGRES_URL").expect(
        "TTU_TEST_POSTGRES_URL is not set: the PostgreSQL tests need the cluster that `tests/run` starts \
         (for example postgres://postgres@127.0.0.1:55432/postgres)",
    );
    let name = format!("ttu_test_{}", &talk_to_us::token::random_token()[..16]);
    let mut admin = diesel::PgConnection::establish(&admin_url)
        .unwrap_or_else(|e| panic!("cannot reach the test PostgreSQL at {admin_url}: {e}"));
    diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut admin).expect("create test database");
    let (base, _) = admin_url.rsplit_once('/').expect("URL has a database name");
    format!("{base}/{name}")
}

/// A fresh database for `backend`: a SQLite file in `dir`, or a new database on the test PostgreSQL cluster.
pub fn database_url(backend: Backend, dir: &std::path::Path) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.join("test.sqlite").display()),
        Backend::Postgres => fresh_postgres_database(),
    }
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

pub async fn spawn_app_with(backend: Backend, adjust: impl FnOnce(&mut RawSettings)) -> TestApp {
    spawn_app_with_clock(backend, adjust, talk_to_us::clock::Clock::system()).await
}

/// A server whose clock the test moves.
pub async fn spawn_app_with_clock(
    backend: Backend,
    adjust: impl FnOnce(&mut RawSettings),
    clock: talk_to_us::clock::Clock,
) -> TestApp {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut settings = RawSettings::default();
    settings.server.bind = "127.0.0.1:0".into();
    settings.server.data_dir = dir.path().to_path_buf();
    settings.database.url = database_url(backend, dir.path());
    settings.database.pool_size = 4;
    adjust(&mut settings);
    let listener = TcpListener::bind("127.0.0.1:0").expect("free port");
    let port = listener.local_addr().unwrap().port();
    settings.server.public_url = format!("http://127.0.0.1:{port}");
    let pool = talk_to_us::db::connect(&settings.database.url, 2).expect("test database");
    let database_url = settings.database.url.clone();
    let settings = Settings::from_raw(settings).expect("valid test settings");
    let app = talk_to_us::Application::build_with_clock(settings, listener, clock).expect("application builds");
    actix_web::rt::spawn(app.run_until_stopped());
    let client =
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).cookie_store(true).build().unwrap();
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        client,
        pool,
        data_dir: dir.path().to_path_buf(),
        database_url,
        _dir: dir,
    }
}

pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn csrf(&self) -> String {
        extract(&self.body, r#"name="csrf" value=""#)
            .unwrap_or_else(|| panic!("no CSRF token on the page:\n{}", self.body))
    }

    pub fn draft(&self) -> String {
        extract(&self.body, r#"name="draft" value=""#).expect("no draft id on the page")
    }

    /// The body without Fluent's invisible isolation marks (U+2068, U+2069) around inserted values, for
    /// checking sentences. The marks stay in the real page: they keep Latin names right inside Urdu text.
    pub fn plain(&self) -> String {
        self.body.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// Fails if the page shows a message key that no locale defines.
    pub fn assert_all_messages_found(&self) {
        assert!(!self.body.contains('⟦'), "a message is missing:\n{}", self.body);
    }
}

fn extract(body: &str, marker: &str) -> Option<String> {
    let start = body.find(marker)? + marker.len();
    let end = body[start..].find('"')? + start;
    Some(body[start..end].to_string())
}

impl TestApp {
    pub async fn get(&self, path: &str) -> Page {
        let response = self.client.get(format!("{}{}", self.address, path)).send().await.expect("GET");
        read(response).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Page {
        let mut request = self.client.get(format!("{}{}", self.address, path));
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        read(request.send().await.expect("GET")).await
    }

    /// A request with any method and headers, and no body.
    pub async fn request(&self, method: &str, path: &str, headers: &[(&str, &str)]) -> Page {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
        let mut request = self.client.request(method, format!("{}{}", self.address, path));
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        read(request.send().await.expect("request")).await
    }

    /// Posts a raw body with the form content type.
    pub async fn post_raw(&self, path: &str, body: Vec<u8>, headers: &[(&str, &str)]) -> Page {
        let mut request = self
            .client
            .post(format!("{}{}", self.address, path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        read(request.send().await.expect("POST")).await
    }

    pub async fn post(&self, path: &str, csrf: &str, fields: &[(&str, &str)]) -> Page {
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf)];
        all.extend_from_slice(fields);
        let body = serde_urlencoded_body(&all);
        self.post_raw(path, body.into_bytes(), &[]).await
    }

    /// Opens a page, takes its CSRF token, and submits the form with these fields.
    pub async fn answer(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let page = self.get(path).await;
        assert_eq!(page.status, 200, "GET {path}:\n{}", page.body);
        self.post(path, &page.csrf(), fields).await
    }

    /// Answers a page that must be accepted, and returns where it leads.
    pub async fn answer_ok(&self, path: &str, fields: &[(&str, &str)]) -> String {
        let page = self.answer(path, fields).await;
        assert_eq!(page.status, 303, "POST {path} was not accepted:\n{}", page.body);
        page.location.expect("a redirect")
    }

    /// Answers a "when" date question with `date`; returns where it leads.
    pub async fn answer_date(&self, path: &str, date: chrono::NaiveDate) -> String {
        let (d, m, y) = (date.format("%d").to_string(), date.format("%m").to_string(), date.format("%Y").to_string());
        self.answer_ok(path, &[("when-day", &d), ("when-month", &m), ("when-year", &y)]).await
    }

    /// Sends the check-answers page and returns the confirmation page.
    pub async fn send(&self, lang: &str, journey: &str) -> Page {
        let check = self.get(&format!("/{lang}/{journey}/check")).await;
        assert_eq!(check.status, 200, "check answers:\n{}", check.body);
        let sent = self.post(&format!("/{lang}/{journey}/check"), &check.csrf(), &[("draft", &check.draft())]).await;
        assert_eq!(sent.status, 303, "send:\n{}", sent.body);
        let confirmation = self.get(sent.location.as_deref().unwrap()).await;
        assert_eq!(confirmation.status, 200);
        confirmation
    }

    pub fn conn(&self) -> diesel::r2d2::PooledConnection<diesel::r2d2::ConnectionManager<DbConnection>> {
        self.pool.get().expect("test connection")
    }
}

pub fn serde_urlencoded_body(fields: &[(&str, &str)]) -> String {
    fields.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&")
}

fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

async fn read(response: reqwest::Response) -> Page {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let location = headers.get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
    let body = response.text().await.unwrap_or_default();
    Page { status, location, headers, body }
}

/// Runs a scenario against both databases.
#[macro_export]
macro_rules! on_both_databases {
    ($($scenario:ident),* $(,)?) => {
        $(
            mod $scenario {
                #[actix_web::test]
                async fn sqlite() {
                    super::$scenario($crate::helpers::Backend::Sqlite).await
                }
                #[actix_web::test]
                async fn postgres() {
                    super::$scenario($crate::helpers::Backend::Postgres).await
                }
            }
        )*
    };
}
