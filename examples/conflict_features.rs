//! Prints, for each article given, every conflict the matcher's rules propose with the
//! features its scorer weighs, one JSON object per article and line; `scripts/scorer/fit.py`
//! fits the scorer's weights on them:
//!
//!     cargo run --release --example conflict_features -- ARTICLE...

use std::io::Write;

use claimcheck::document::Document;
use claimcheck::{matcher, parser};
use serde_json::json;

fn main() -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let mut doc = Document::outline(&text);
        let found = parser::find(&mut doc);
        let parsed = parser::assemble(&doc, found);
        let candidates = matcher::candidates(&doc, &parsed.claims, &parsed.sources);
        let claims: Vec<_> = parsed
            .claims
            .iter()
            .map(|c| {
                json!({
                    "id": c.id,
                    "source": c.source,
                    "speaker": c.speaker.name,
                    "content": {"start": c.content.start, "end": c.content.end},
                    "text": c.content.text,
                    "cue": c.cue.as_ref().map(|k| k.text.as_str()),
                    "stance": c.stance,
                    "kind": c.kind,
                })
            })
            .collect();
        let candidates: Vec<_> = candidates
            .iter()
            .map(|c| {
                let [i, j] = c.claims;
                let best = c
                    .hits
                    .iter()
                    .max_by(|x, y| x.confidence.total_cmp(&y.confidence));
                json!({
                    "claims": [parsed.claims[i].id, parsed.claims[j].id],
                    "kind": best.map(|h| h.kind),
                    "reason": best.map(|h| h.reason.as_str()),
                    "features": c.features,
                })
            })
            .collect();
        let line = json!({
            "path": path,
            "features": matcher::FEATURE_NAMES,
            "claims": claims,
            "candidates": candidates,
        });
        writeln!(out, "{line}")?;
    }
    out.flush()
}
