//! Article text made safe to show: every format that prints article text (and `--check`'s
//! results) escapes it here, so that no article can act on a terminal or a log.

/// Article text made safe for a terminal: line breaks and tabs become spaces; control
/// characters (C0, DEL, C1), bidi overrides and isolates, and invisible format characters
/// (zero-width space, word joiner, BOM, tag characters) become visible `\u{XXXX}` escapes, so
/// an article can neither act on the terminal nor hide or reorder what is shown. A
/// backslash is left as it is: the escapes are for a reader, not meant to be parsed back.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // Runs of printable ASCII, most of any text, are copied whole: only the characters
    // between them are looked at one by one.
    while !rest.is_empty() {
        let plain = rest
            .bytes()
            .position(|b| !is_plain(b))
            .unwrap_or(rest.len());
        out.push_str(&rest[..plain]);
        rest = &rest[plain..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        push_escaped(&mut out, c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Whether a byte is printable ASCII, which [`push_escaped`] keeps as it is.
#[inline]
pub(super) fn is_plain(b: u8) -> bool {
    (b' '..=b'~').contains(&b)
}

/// Whether `c` must not reach a terminal as it is.
fn is_hostile(c: char) -> bool {
    c.is_control()
        || matches!(c,
            // Bidi embeddings, overrides, isolates and marks.
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
            // Invisible: zero-width space and non-joiner, word joiner, invisible operators,
            // deprecated format controls, Mongolian vowel separator, BOM, interlinear
            // annotation marks, tag characters. (The zero-width joiner stays: emoji use it.)
            | '\u{200B}' | '\u{200C}' | '\u{2060}'..='\u{2064}' | '\u{206A}'..='\u{206F}'
            | '\u{180E}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}')
}

/// Appends `c` as [`escape`] shows it.
pub(super) fn push_escaped(out: &mut String, c: char) {
    if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') {
        out.push(' ');
    } else if is_hostile(c) {
        out.push_str(&format!("\\u{{{:04X}}}", c as u32));
    } else {
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_controls_and_bidi_overrides() {
        assert_eq!(escape("a\u{1b}[31mb"), "a\\u{001B}[31mb");
        assert_eq!(escape("x\u{202E}y"), "x\\u{202E}y");
        assert_eq!(escape("ok “quoted”"), "ok “quoted”");
    }

    #[test]
    fn escape_shows_invisible_characters_and_keeps_emoji() {
        assert_eq!(escape("a\u{200B}b\u{FEFF}c"), "a\\u{200B}b\\u{FEFF}c");
        assert_eq!(escape("x\u{E0041}y"), "x\\u{E0041}y");
        assert_eq!(escape("a\u{2028}b\r\nc"), "a b  c");
        assert_eq!(escape("👩\u{200D}👧 é\u{301}"), "👩\u{200D}👧 é\u{301}");
    }

    #[test]
    fn escape_copies_printable_ascii_as_each_character_would_be() {
        for b in 0..128u8 {
            let c = char::from(b);
            let mut one = String::new();
            push_escaped(&mut one, c);
            assert_eq!(is_plain(b), one == c.to_string(), "{b}");
            let s = format!("ab{c}“{c}”cd{c}");
            let slow: String = s.chars().fold(String::new(), |mut out, c| {
                push_escaped(&mut out, c);
                out
            });
            assert_eq!(escape(&s), slow);
        }
    }
}
