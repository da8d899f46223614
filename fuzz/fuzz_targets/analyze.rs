//! Bytes → UTF-8 → `claimcheck::analyze`: must never panic, and what it reports must point
//! into the text on character boundaries and serialise to JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let article = claimcheck::analyze("fuzz.txt", text);
    for claim in &article.claims {
        let c = &claim.content;
        assert!(c.start <= c.end && c.end <= text.len());
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        assert_eq!(&text[c.start..c.end], c.text);
        if let Some(cue) = &claim.cue {
            assert!(cue.start <= cue.end && cue.end <= text.len());
            assert!(text.is_char_boundary(cue.start) && text.is_char_boundary(cue.end));
        }
        if let Some(m) = claim.speaker.mention {
            assert!(m.start <= m.end && m.end <= text.len());
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
    }
    let json = serde_json::to_string(&article).expect("article serialises");
    let _: serde_json::Value = serde_json::from_str(&json).expect("JSON parses back");
});
