//! One article's JSON Lines line written directly, byte for byte as serde_json writes
//! [`ArticleOut`](super::json_model::ArticleOut) compactly: most of a line is its claims,
//! and through serde each field of a claim cost a few hundred instructions. The conflicts
//! and points, few, are still written by serde_json. A test checks the two agree.

use crate::model::{Claim, ClaimKind, Cue, Source, Span, Speaker, Stance};

/// The bytes of `v` that are below 0x20, a quotation mark or a backslash (what JSON
/// escapes), as their high bits. The lowest bit set is always such a byte (a borrow only
/// carries upward); bits above it may be set by a borrow.
#[inline]
fn escape_mask(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    // Bytes below 0x20: subtracting 0x20 borrows into the high bit where the byte had none.
    let control = v.wrapping_sub(ONES * 0x20) & !v & HIGHS;
    control | zero_in(v ^ (ONES * u64::from(b'"'))) | zero_in(v ^ (ONES * u64::from(b'\\')))
}

/// The first byte at or after `i` that JSON escapes, or `bytes.len()`: eight bytes at a
/// time, the last few padded with spaces.
#[inline]
fn next_escape(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        let word = match bytes.get(i..i + 8) {
            Some(w) => u64::from_le_bytes(w.try_into().expect("8 bytes")),
            None => {
                let mut padded = [b' '; 8];
                padded[..bytes.len() - i].copy_from_slice(&bytes[i..]);
                u64::from_le_bytes(padded)
            }
        };
        let mask = escape_mask(word);
        if mask != 0 {
            return (i + mask.trailing_zeros() as usize / 8).min(bytes.len());
        }
        i += 8;
    }
    bytes.len()
}

/// `s` as a JSON string, as serde_json escapes it.
pub(super) fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut run = 0;
    loop {
        let i = next_escape(bytes, run);
        out.extend_from_slice(&bytes[run..i]);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\x08' => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\x0c' => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 0xf)],
                ]);
            }
        }
        run = i + 1;
    }
    out.push(b'"');
}

/// "00" to "99", two bytes each.
static DIGIT_PAIRS: [u8; 200] = {
    let mut pairs = [0u8; 200];
    let mut n = 0;
    while n < 100 {
        pairs[2 * n] = b'0' + (n / 10) as u8;
        pairs[2 * n + 1] = b'0' + (n % 10) as u8;
        n += 1;
    }
    pairs
};

/// A count as JSON writes it. Two digits a step from a table (as serde_json's `itoa` does):
/// every claim has five counts.
pub(super) fn write_usize(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    while n >= 100 {
        let pair = 2 * (n % 100);
        n /= 100;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        at -= 2;
        digits[at..at + 2].copy_from_slice(&DIGIT_PAIRS[2 * n..2 * n + 2]);
    } else {
        at -= 1;
        digits[at] = b'0' + n as u8;
    }
    out.extend_from_slice(&digits[at..]);
}

fn write_bool(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

fn write_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn write_strs<S: AsRef<str>>(out: &mut Vec<u8>, items: &[S]) {
    out.push(b'[');
    for (k, s) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        write_str(out, s.as_ref());
    }
    out.push(b']');
}

/// `[a,b,…]` of `items`, each written by `each`.
pub(super) fn write_list<T>(out: &mut Vec<u8>, items: &[T], each: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        each(out, item);
    }
    out.push(b']');
}

/// `{"name":…,"role":…,"affiliation":…`: how a source and a claim's speaker both open.
fn write_who(out: &mut Vec<u8>, name: &str, role: Option<&str>, affiliation: Option<&str>) {
    out.extend_from_slice(b"{\"name\":");
    write_str(out, name);
    out.extend_from_slice(b",\"role\":");
    write_opt_str(out, role);
    out.extend_from_slice(b",\"affiliation\":");
    write_opt_str(out, affiliation);
}

pub(super) fn write_source(out: &mut Vec<u8>, s: &Source) {
    write_who(out, &s.name, s.role.as_deref(), s.affiliation.as_deref());
    out.extend_from_slice(b",\"unresolved\":");
    write_bool(out, s.unresolved);
    out.extend_from_slice(b",\"claims\":");
    write_strs(out, &s.claims);
    out.push(b'}');
}

fn write_span(out: &mut Vec<u8>, s: &Span) {
    out.extend_from_slice(b"{\"start\":");
    write_usize(out, s.start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, s.end);
    out.push(b'}');
}

fn write_speaker(out: &mut Vec<u8>, s: &Speaker) {
    write_who(out, &s.name, s.role.as_deref(), s.affiliation.as_deref());
    out.extend_from_slice(b",\"mention\":");
    match &s.mention {
        Some(m) => write_span(out, m),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"unresolved\":");
    write_bool(out, s.unresolved);
    out.push(b'}');
}

/// `{"text":…,"start":…,"end":…`: how a cue and a claim's content both open.
fn write_text_at(out: &mut Vec<u8>, text: &str, start: usize, end: usize) {
    out.extend_from_slice(b"{\"text\":");
    write_str(out, text);
    out.extend_from_slice(b",\"start\":");
    write_usize(out, start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, end);
}

fn write_cue(out: &mut Vec<u8>, c: &Cue) {
    write_text_at(out, &c.text, c.start, c.end);
    out.push(b'}');
}

pub(super) fn write_claim(out: &mut Vec<u8>, c: &Claim) {
    out.extend_from_slice(b"{\"id\":");
    write_str(out, &c.id);
    out.extend_from_slice(match c.kind {
        ClaimKind::Direct => b",\"kind\":\"direct\"".as_slice(),
        ClaimKind::Partial => b",\"kind\":\"partial\"",
        ClaimKind::Indirect => b",\"kind\":\"indirect\"",
    });
    out.extend_from_slice(b",\"speaker\":");
    write_speaker(out, &c.speaker);
    out.extend_from_slice(b",\"via\":");
    write_strs(out, &c.via);
    out.extend_from_slice(b",\"cue\":");
    match &c.cue {
        Some(cue) => write_cue(out, cue),
        None => out.extend_from_slice(b"null"),
    }
    let t = &c.content;
    out.extend_from_slice(b",\"content\":");
    write_text_at(out, &t.text, t.start, t.end);
    out.extend_from_slice(b",\"line\":");
    write_usize(out, t.line);
    out.extend_from_slice(b",\"column\":");
    write_usize(out, t.column);
    out.extend_from_slice(match c.stance {
        Stance::Assert => b"},\"stance\":\"assert\"".as_slice(),
        Stance::Deny => b"},\"stance\":\"deny\"",
        Stance::Doubt => b"},\"stance\":\"doubt\"",
        Stance::Support => b"},\"stance\":\"support\"",
        Stance::Oppose => b"},\"stance\":\"oppose\"",
    });
    out.extend_from_slice(b",\"hedged\":");
    write_bool(out, c.hedged);
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(s: &str) -> String {
        let mut out = Vec::new();
        write_str(&mut out, s);
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut every = String::new();
        for c in (0u32..0x80).chain([0xe9, 0x201c, 0x2028, 0x1f600]) {
            every.push(char::from_u32(c).expect("a char"));
        }
        for n in 0..every.len() {
            if let Some(s) = every.get(n..) {
                assert_eq!(json(s), serde_json::to_string(s).unwrap());
            }
        }
        let long = "a \"quote\" and a \\ backslash\tand a tab, and more text\u{1}".repeat(3);
        assert_eq!(json(&long), serde_json::to_string(&long).unwrap());
    }

    #[test]
    fn counts_are_written_as_serde_json_writes_them() {
        for n in [0, 7, 10, 99, 100, 101, 1_000, 12_345, 100_000, usize::MAX] {
            let mut out = Vec::new();
            write_usize(&mut out, n);
            assert_eq!(out, serde_json::to_vec(&n).unwrap());
        }
    }
}
