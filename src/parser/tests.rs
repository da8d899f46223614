//! Parser tests on short texts written for them.

use super::*;

fn claims(text: &str) -> Vec<Claim> {
    let doc = Document::new(text);
    parse(&doc).claims
}

#[test]
fn direct_quote_with_trailing_attribution() {
    let c = claims("Headline here\n\n\"We will rebuild the bridge,\" the mayor said on Monday.");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].kind, ClaimKind::Direct);
    assert_eq!(c[0].content.text, "We will rebuild the bridge");
    assert_eq!(c[0].speaker.name, "mayor");
}
