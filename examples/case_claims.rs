//! Prints the `[[claim]]` entries of a matcher case (`tests/data/cases/matcher/`) for an
//! article: its claims as the parser reads them now, with the fields the matcher reads and
//! the defaults left out. Paste them into the case under its `article`, and read them: they
//! are what the matcher will be given.
//!
//!     cargo run --example case_claims -- ARTICLE.txt

use claimcheck::model::{ClaimKind, Stance};

/// A TOML basic string (JSON's escapes are TOML's), with spaces that do not look like one
/// (no-break, zero-width, bidi controls) escaped so that a reader sees them.
fn quoted(s: &str) -> String {
    let json = serde_json::to_string(s).expect("a string serializes");
    json.chars()
        .map(|c| match c {
            '\u{a0}'
            | '\u{2000}'..='\u{200f}'
            | '\u{2028}'..='\u{202f}'
            | '\u{205f}'..='\u{206f}'
            | '\u{feff}' => format!("\\u{:04X}", u32::from(c)),
            c => c.to_string(),
        })
        .collect()
}

fn main() -> std::io::Result<()> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: case_claims ARTICLE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path)?;
    let article = claimcheck::analyze(&path, &text);
    for (i, c) in article.claims.iter().enumerate() {
        if i > 0 {
            println!();
        }
        println!("[[claim]]");
        println!("speaker = {}", quoted(&c.speaker.name));
        if let Some(role) = &c.speaker.role {
            println!("role = {}", quoted(role));
        }
        if let Some(affiliation) = &c.speaker.affiliation {
            println!("affiliation = {}", quoted(affiliation));
        }
        if c.speaker.unresolved {
            println!("unresolved = true");
        }
        // The mention matters to the matcher only when a sentence ends between it and the
        // claim: it reads the narration of the mention's sentence ("However, …").
        let start = c
            .cue
            .as_ref()
            .map_or(c.content.start, |q| q.start.min(c.content.start));
        if let Some(m) = c.speaker.mention
            && m.start < start
            && text[m.start..start].contains(['.', '\n', '\r', '!', '?'])
        {
            println!("mention = {}", quoted(&text[m.start..m.end]));
        }
        if let Some(cue) = &c.cue {
            println!("cue = {}", quoted(&cue.text));
        }
        println!("text = {}", quoted(&c.content.text));
        match c.kind {
            ClaimKind::Indirect => {}
            ClaimKind::Direct => println!("kind = \"direct\""),
            ClaimKind::Partial => println!("kind = \"partial\""),
        }
        match c.stance {
            Stance::Assert => {}
            Stance::Deny => println!("stance = \"deny\""),
            Stance::Doubt => println!("stance = \"doubt\""),
            Stance::Support => println!("stance = \"support\""),
            Stance::Oppose => println!("stance = \"oppose\""),
        }
        if c.hedged {
            println!("hedged = true");
        }
        if !c.via.is_empty() {
            let via: Vec<String> = c.via.iter().map(|v| quoted(v)).collect();
            println!("via = [{}]", via.join(", "));
        }
    }
    Ok(())
}
