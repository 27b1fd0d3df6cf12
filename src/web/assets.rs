//! Static assets, embedded in the binary and served under content-hashed names with long-lived caching.

use sha2::{Digest, Sha256};

use super::compress::Precompressed;

pub struct Asset {
    pub name: String,
    pub content_type: &'static str,
    pub body: Precompressed,
    /// Already-compressed formats (WOFF2) are served as they are.
    pub compressible: bool,
}

pub struct Assets {
    pub stylesheet: Asset,
    pub urdu_font: Asset,
    /// The back office's timeout warning: the site's only script, and only on staff pages.
    pub staff_script: Asset,
}

fn hashed(stem: &str, ext: &str, body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    format!("{stem}-{}.{ext}", &hex::encode(digest)[..12])
}

impl Assets {
    pub fn new() -> Assets {
        let font_body = include_bytes!("../../static/nastaliq-urdu-subset.woff2").to_vec();
        let font_name = hashed("nastaliq-urdu-subset", "woff2", &font_body);
        // The stylesheet names the font by its plain name; point it at the hashed one.
        let css =
            include_str!("../../static/app.css").replace("nastaliq-urdu-subset.woff2", &format!("/static/{font_name}"));
        let css_name = hashed("app", "css", css.as_bytes());
        let script = include_bytes!("../../static/staff-timeout.js").to_vec();
        Assets {
            stylesheet: Asset {
                name: css_name,
                content_type: "text/css; charset=utf-8",
                body: Precompressed::new(css.into_bytes()),
                compressible: true,
            },
            urdu_font: Asset {
                name: font_name,
                content_type: "font/woff2",
                body: Precompressed { identity: font_body, brotli: Vec::new(), gzip: Vec::new() },
                compressible: false,
            },
            staff_script: Asset {
                name: hashed("staff-timeout", "js", &script),
                content_type: "text/javascript; charset=utf-8",
                body: Precompressed::new(script),
                compressible: true,
            },
        }
    }

    pub fn find(&self, name: &str) -> Option<&Asset> {
        [&self.stylesheet, &self.urdu_font, &self.staff_script].into_iter().find(|a| a.name == name)
    }

    pub fn stylesheet_url(&self) -> String {
        format!("/static/{}", self.stylesheet.name)
    }

    pub fn staff_script_url(&self) -> String {
        format!("/static/{}", self.staff_script.name)
    }
}

impl Default for Assets {
    fn default() -> Self {
        Self::new()
    }
}
