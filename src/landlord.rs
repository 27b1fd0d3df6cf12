//! The landlord the site belongs to: its name and how to reach it, shown on every page and in every letter,
//! and the links made from its contact details.

use serde::Deserialize;

/// The landlord the site belongs to. Shown on every page and in every letter.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Landlord {
    pub name: String,
    pub telephone: String,
    pub email: String,
    pub address: String,
    pub website: String,
    pub opening_hours: String,
    /// Letters and digits put before every reference, for example `HH` in `HH-7K3F-9QX2`.
    pub reference_prefix: String,
}

impl Default for Landlord {
    fn default() -> Self {
        Landlord {
            name: "Halton Housing".into(),
            telephone: "0303 333 0101".into(),
            email: "info@haltonhousing.org".into(),
            address: "Halton Housing, Widnes, Cheshire".into(),
            website: "https://www.haltonhousing.co.uk".into(),
            opening_hours: "Monday to Friday, 8am to 6pm".into(),
            reference_prefix: "HH".into(),
        }
    }
}

/// A `tel:` link for a telephone number as people write it.
pub fn tel_href(phone: &str) -> String {
    format!("tel:{}", phone.replace(' ', ""))
}

/// A link for a website written with or without its scheme.
pub fn website_href(site: &str) -> String {
    if site.starts_with("http://") || site.starts_with("https://") {
        site.to_string()
    } else {
        format!("https://{site}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_details_become_links() {
        assert_eq!(tel_href("0303 333 0101"), "tel:03033330101");
        assert_eq!(website_href("www.housing-ombudsman.org.uk"), "https://www.housing-ombudsman.org.uk");
        assert_eq!(website_href("https://example.org"), "https://example.org");
    }
}
