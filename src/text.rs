//! Cleaning text as it arrives: one rule for every answer typed and every name put in an email header, so
//! no control or invisible formatting character reaches a page, a letter or a header.

/// Removes control characters and surrounding whitespace. Free text keeps its line breaks (as `\n`).
pub fn clean(raw: &str, multiline: bool) -> String {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = unified
        .chars()
        .map(|c| if c == '\t' || (c == '\n' && !multiline) { ' ' } else { c })
        .filter(|c| (multiline && *c == '\n') || !(c.is_control() || is_invisible_formatting(*c)))
        .collect();
    kept.trim().to_string()
}

/// Bidirectional overrides and similar can disguise text for staff; joiners used by Indic scripts are kept.
fn is_invisible_formatting(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrounding_whitespace_control_and_invisible_formatting_characters_are_removed() {
        assert_eq!(clean("  Ann\u{0007} Lee \u{202E} ", false), "Ann Lee");
        assert_eq!(clean("line one\r\nline two", true), "line one\nline two");
        assert_eq!(clean("line one\nline two", false), "line one line two");
    }
}
