//! Reading form posts ourselves, so that an oversized body or invalid UTF-8 gets a clear, translated page
//! rather than a bare error, and the limit is the configured one.

use actix_web::web;
use futures_util::StreamExt;

#[derive(Debug, PartialEq, Eq)]
pub enum FormError {
    TooLarge,
    BadEncoding,
    Unreadable,
}

/// The submitted fields, in order. Repeated names (checkboxes) appear once per value.
pub type Fields = Vec<(String, String)>;

/// Reads an `application/x-www-form-urlencoded` body of at most `limit` bytes.
pub async fn read(mut payload: web::Payload, limit: usize) -> Result<Fields, FormError> {
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| FormError::Unreadable)?;
        if body.len() + chunk.len() > limit {
            return Err(FormError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    parse(&body)
}

/// Decodes a urlencoded body, refusing (rather than silently replacing) bytes that are not UTF-8.
pub fn parse(body: &[u8]) -> Result<Fields, FormError> {
    let mut fields = Vec::new();
    for pair in body.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
        let mut parts = pair.splitn(2, |b| *b == b'=');
        let name = decode(parts.next().unwrap_or_default())?;
        let value = decode(parts.next().unwrap_or_default())?;
        fields.push((name, value));
    }
    Ok(fields)
}

fn decode(raw: &[u8]) -> Result<String, FormError> {
    let spaced: Vec<u8> = raw.iter().map(|b| if *b == b'+' { b' ' } else { *b }).collect();
    let bytes: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
    String::from_utf8(bytes).map_err(|_| FormError::BadEncoding)
}

/// The first value of a field, or "".
/// Every value of a field given more than once (checkboxes), in order.
pub fn values<'a>(fields: &'a Fields, name: &str) -> Vec<&'a str> {
    fields.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
}

pub fn value<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urlencoded_fields_are_decoded_in_order() {
        let fields = parse(b"who=myself&contact-methods=email&contact-methods=text&name=Zofia+W%C3%B3jcik").unwrap();
        assert_eq!(fields[0], ("who".into(), "myself".into()));
        assert_eq!(fields[2].1, "text");
        assert_eq!(fields[3].1, "Zofia Wójcik");
    }

    #[test]
    fn invalid_utf8_is_refused_not_replaced() {
        assert_eq!(parse(b"name=%FF%FE"), Err(FormError::BadEncoding));
    }
}
