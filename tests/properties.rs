//! What must hold for any text, however broken or hostile: `claimcheck::analyze` returns (no
//! panic); every offset it reports lies inside the text, on a char boundary, with start <= end;
//! `text[start..end]` is the content; line and column agree with the offset; the JSON
//! serialisation parses back; the text report shows no raw control or bidi character.

use claimcheck::model::{Article, Span};
use claimcheck::reporter::{TextOptions, write_text};
use proptest::prelude::*;
use serde_json::Value;

mod common;
use common::{line_column, strip_sgr};

/// Pieces of news text and of what breaks it, to be strung together at random.
const FRAGMENTS: &[&str] = &[
    "said",
    " said ",
    "says",
    "told reporters",
    "according to",
    "denied",
    "cited",
    "as saying",
    "claimed that",
    "however",
    "not",
    "never",
    "the minister",
    "Ann Lee",
    "Dr.",
    "Mr. Smith",
    "U.S.",
    "he",
    "she",
    "they",
    "the company",
    "Reuters",
    ", a spokeswoman for the ministry,",
    "who spoke on condition of anonymity",
    "the army has 5 tanks",
    "$1.4 billion",
    "1,200",
    "2.5%",
    "rose",
    "fell",
    "won",
    "lost",
    "the vote",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "''",
    "«",
    "»",
    "„",
    ".",
    ". ",
    ",",
    ":",
    ";",
    "!",
    "?",
    "…",
    "—",
    "-",
    "(",
    ")",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\r\r",
    "\u{FEFF}",
    "\u{200B}",
    "\u{200D}",
    "\u{202E}",
    "\u{2066}",
    "\u{1b}[31m",
    "\u{7}",
    "\u{85}",
    "\u{2028}",
    "é",
    "e\u{301}",
    "👩\u{200D}👩\u{200D}👧",
    "🎉",
    "Türkiye",
    "Ὀδυσσεύς",
    "北京",
    "עברית",
];

/// Text strung together from [`FRAGMENTS`] and bits of arbitrary text, mostly with spaces
/// between them, and sentences shaped like attributions with some of those inside.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<String>(),
        2 => "[A-Z][a-z]{0,8}",
    ];
    let glue = proptest::sample::select(&[" ", " ", " ", " ", "", ", ", "\n", ". "][..]);
    let run = proptest::collection::vec((piece, glue), 0..40)
        .prop_map(|v| v.into_iter().map(|(p, g)| p + g).collect::<String>());
    let attribution = (
        proptest::sample::select(&["\"", "“", "«", "„", "''", ""][..]),
        run.clone(),
        proptest::sample::select(&["\"", "”", "»", "“", "''", ""][..]),
        proptest::sample::select(&[",", ".", "", ":"][..]),
        proptest::sample::select(&[" said ", " told reporters ", " denied ", " says ", " "][..]),
        run.clone(),
        proptest::sample::select(&[".\n\n", ". ", "\r\n", "\r", ""][..]),
    )
        .prop_map(|(o, a, c, p, cue, b, end)| format!("{o}{a}{p}{c}{cue}{b}{end}"));
    let sentence = prop_oneof![1 => run, 2 => attribution];
    proptest::collection::vec(sentence, 0..6).prop_map(|v| v.concat())
}

fn check_span(text: &str, what: &str, start: usize, end: usize) -> Result<(), TestCaseError> {
    prop_assert!(start <= end, "{what}: {start} > {end}");
    prop_assert!(end <= text.len(), "{what}: {end} past {}", text.len());
    prop_assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} not on char boundaries"
    );
    Ok(())
}

/// Characters that must not reach a terminal from an article.
fn is_raw_hostile(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'
            | '\u{200B}' | '\u{FEFF}' | '\u{2028}' | '\u{2029}')
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let article: Article = claimcheck::analyze("prop.txt", text);
    for c in &article.claims {
        let content = &c.content;
        check_span(text, "content", content.start, content.end)?;
        prop_assert_eq!(&text[content.start..content.end], content.text.as_str());
        let (line, column) = line_column(text, content.start);
        prop_assert_eq!((content.line, content.column), (line, column), "{}", c.id);
        if let Some(cue) = &c.cue {
            check_span(text, "cue", cue.start, cue.end)?;
            prop_assert_eq!(&text[cue.start..cue.end], cue.text.as_str());
        }
        if let Some(Span { start, end }) = c.speaker.mention {
            check_span(text, "mention", start, end)?;
        }
        prop_assert!(c.source < article.sources.len());
        prop_assert!(article.sources[c.source].claims.contains(&c.id));
    }
    for k in &article.conflicts {
        let (a, b) = (article.claim(&k.claims[0]), article.claim(&k.claims[1]));
        prop_assert!(a.is_some() && b.is_some(), "{} names its claims", k.id);
        prop_assert!((0.0..=1.0).contains(&k.confidence));
    }
    let json = serde_json::to_string(&article).expect("serialises");
    let back: Value = serde_json::from_str(&json).expect("parses back");
    prop_assert_eq!(
        back["claims"].as_array().map(Vec::len),
        Some(article.claims.len())
    );
    for (c, v) in article
        .claims
        .iter()
        .zip(back["claims"].as_array().unwrap())
    {
        prop_assert_eq!(v["content"]["text"].as_str(), Some(c.content.text.as_str()));
    }
    let mut out = Vec::new();
    let options = TextOptions {
        color: true,
        claims: true,
        full: true,
        ..TextOptions::default()
    };
    write_text(&mut out, &article, options).expect("writes to a Vec");
    let shown = String::from_utf8(out).expect("the text report is UTF-8");
    let rest = strip_sgr(&shown);
    let raw: Vec<char> = rest.chars().filter(|&c| is_raw_hostile(c)).collect();
    prop_assert!(raw.is_empty(), "raw {:?} in the text report", raw);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_gives_consistent_offsets(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn newsish_text_gives_consistent_offsets(text in newsish()) {
        check(&text)?;
    }

    #[test]
    fn an_article_with_hostile_text_inserted_stays_consistent(
        at in any::<proptest::sample::Index>(),
        insert in newsish(),
    ) {
        let base = "Council and union split over depot closure\n\n\
                    The council said on Monday that the depot would close in March.\n\n\
                    \"The depot will stay open,\" said Maria Lopez, a union official.\n\n\
                    The union denied that the depot would close.\n";
        let mut cut = at.index(base.len() + 1);
        while !base.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = format!("{}{insert}{}", &base[..cut], &base[cut..]);
        check(&text)?;
    }

    #[test]
    fn a_blessed_sidecar_is_met_and_blessing_again_changes_nothing(text in newsish()) {
        let article = claimcheck::analyze("a.txt", &text);
        let expectation = claimcheck::check::bless(&article, None);
        let comparison = claimcheck::check::compare(&article, &expectation);
        prop_assert!(comparison.passed(), "{:?}", comparison);
        // Through the sidecar's own text, as a file would carry it.
        let reread = claimcheck::check::parse(claimcheck::check::to_json(&expectation).as_bytes())
            .expect("a blessed sidecar parses");
        prop_assert_eq!(&reread, &expectation);
        prop_assert_eq!(claimcheck::check::bless(&article, Some(&reread)), expectation);
    }
}

/// Inputs that once broke claimcheck (fuzz finds and hostile shapes that took quadratic time),
/// each named after what broke; see `tests/regressions/README.md`.
#[test]
fn every_regression_input_stays_consistent() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "regression inputs in {}", dir.display());
    for path in paths {
        let bytes = std::fs::read(&path).unwrap();
        // What the CLI would make of the bytes, then the library on whatever is UTF-8.
        let _ = claimcheck::input::decode(&bytes).map(|t| t.len());
        if let Ok(text) = std::str::from_utf8(&bytes)
            && let Err(e) = check(text)
        {
            panic!("{}: {e}", path.display());
        }
    }
}
