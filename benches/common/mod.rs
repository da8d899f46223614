//! Inputs shared by the benchmarks: the seed article, a news corpus of at least 10 MB, an
//! article with 1,000 claims, and hostile shapes. Everything is built once, on first use, and
//! kept for the whole run, so the timed code only ever sees ready text (and, for the matcher,
//! ready documents and claims).
//!
//! Real text is read relative to the crate root (`../shared/...`) when it is there; otherwise
//! an equivalent is generated, so `cargo bench` runs on any checkout. The shapes and sizes are
//! fixed, so figures stay comparable between runs and machines.

#![allow(dead_code)] // each bench target uses part of this module

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use claimcheck::document::Document;
use claimcheck::parser::{self, Parsed};

/// The corpus is repeated until it holds at least this many bytes.
pub const CORPUS_MIN_BYTES: usize = 10_000_000;
/// Size of the one-paragraph hostile input.
pub const PARAGRAPH_BYTES: usize = 5_000_000;
/// Quotation marks in the quote-heavy hostile input.
pub const QUOTE_MARKS: usize = 100_000;
/// Paragraphs in the many-lines hostile input.
pub const LINES: usize = 100_000;
/// Claims in the matcher's large article.
pub const CLAIMS: usize = 1_000;

/// A set of articles and their total size.
pub struct Corpus {
    pub name: &'static str,
    pub articles: Vec<String>,
    pub bytes: usize,
}

impl Corpus {
    fn new(name: &'static str, articles: Vec<String>) -> Self {
        let bytes = articles.iter().map(String::len).sum();
        Corpus {
            name,
            articles,
            bytes,
        }
    }
}

/// A corpus already cut into documents and parsed, for timing the matcher alone.
pub struct Prepared {
    pub docs: Vec<(Document<'static>, Parsed)>,
    pub claims: usize,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `*.txt` file of `dir`, in name order; empty when the folder is missing.
fn read_dir_texts(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// A news article with a headline, direct and indirect claims, a denial and figures.
pub fn generated_article(n: usize) -> String {
    format!(
        "Council and port clash over harbour bridge {n}\n\n\
         The harbour bridge in Eastmoor will stay closed until March, the city council said on \
         Tuesday, after inspectors found corrosion in two of its steel supports.\n\n\
         \"The repairs will cost about $4.2 million and take at least four months,\" said \
         Councillor Priya Natarajan, who chairs the transport committee.\n\n\
         The port authority disputed the figure. \"Our engineers put the cost at $1.9 million, \
         and the bridge could reopen in December,\" said Tom Reed, the authority's director.\n\n\
         Natarajan rejected that estimate. \"Nobody who has seen the supports believes the \
         bridge can reopen in December,\" she said.\n\n\
         A spokeswoman for the ferry operator, Lena Ortiz, said extra crossings would run while \
         the bridge is closed, according to a statement.\n\n\
         Reed denied that the authority had delayed the inspection. \"We reported the corrosion \
         the day we found it,\" he told reporters.\n"
    )
}

/// The seed article, or a generated one when the seed is not in the checkout.
pub fn seed() -> &'static str {
    static SEED: OnceLock<String> = OnceLock::new();
    SEED.get_or_init(|| {
        std::fs::read_to_string(root().join("../shared/seeds/000_4d4943778a46a10c.txt"))
            .unwrap_or_else(|_| generated_article(0))
    })
}

/// News text: every file of `../shared/eval/polnear-train/text` (else `data/fixtures/*.txt`,
/// else generated articles), repeated until the corpus holds at least [`CORPUS_MIN_BYTES`].
pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut base = read_dir_texts(&root().join("../shared/eval/polnear-train/text"));
        if base.is_empty() {
            base = read_dir_texts(&root().join("data/fixtures"));
        }
        if base.is_empty() {
            base = (0..100).map(generated_article).collect();
        }
        let mut articles = Vec::new();
        let mut bytes = 0;
        while bytes < CORPUS_MIN_BYTES {
            for a in &base {
                bytes += a.len();
                articles.push(a.clone());
            }
        }
        Corpus::new("corpus", articles)
    })
}

/// The corpus cut into documents and parsed once.
pub fn corpus_prepared() -> &'static Prepared {
    static PREPARED: OnceLock<Prepared> = OnceLock::new();
    PREPARED.get_or_init(|| prepare(&corpus().articles))
}

/// The seed article cut into a document and parsed once.
pub fn seed_prepared() -> &'static Prepared {
    static PREPARED: OnceLock<Prepared> = OnceLock::new();
    PREPARED.get_or_init(|| prepare(std::slice::from_ref(leak(seed().to_string()))))
}

fn leak(s: String) -> &'static String {
    Box::leak(Box::new(s))
}

fn prepare(texts: &'static [String]) -> Prepared {
    let docs: Vec<(Document<'static>, Parsed)> = texts
        .iter()
        .map(|t| {
            let mut doc = Document::outline(t);
            let parsed = parser::parse(&mut doc);
            (doc, parsed)
        })
        .collect();
    let claims = docs.iter().map(|(_, p)| p.claims.len()).sum();
    Prepared { docs, claims }
}

/// One article of [`CLAIMS`] paragraphs `"…," X said.`: five speakers, one bridge, and
/// statements that agree, negate each other and give different figures, so most pairs of
/// claims share a topic and many conflict.
pub fn thousand_claims() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        const SPEAKERS: &[&str] = &[
            "Mayor Ana Ruiz",
            "Councillor Tom Reed",
            "Lena Ortiz, a spokeswoman for the port authority",
            "union leader Marek Novak",
            "the transport ministry",
        ];
        const CLAIMS_SAID: &[&str] = &[
            "The bridge will reopen in May",
            "The bridge will not reopen in May",
            "The repairs cost $4.2 million",
            "The repairs cost $1.9 million",
            "Inspectors found serious corrosion in the supports",
            "Inspectors found no corrosion in the supports",
            "The ferry will run extra crossings while the bridge is closed",
            "The council delayed the inspection for two years",
            "The council never delayed the inspection",
            "About 12,000 drivers cross the bridge every day",
            "About 30,000 drivers cross the bridge every day",
            "The closure will hurt shops in the old town",
            "The closure will help the ferry operator",
        ];
        let mut s = String::from("Eastmoor bridge row deepens as repair bill grows\n\n");
        for i in 0..CLAIMS {
            let claim = CLAIMS_SAID[(i * 7) % CLAIMS_SAID.len()];
            let speaker = SPEAKERS[(i + i / SPEAKERS.len()) % SPEAKERS.len()];
            s.push_str(&format!("\"{claim}, as of week {i},\" {speaker} said.\n\n"));
        }
        s
    })
}

/// The 1,000-claim article parsed once, for the matcher alone.
pub fn thousand_claims_prepared() -> &'static Prepared {
    static PREPARED: OnceLock<Prepared> = OnceLock::new();
    PREPARED.get_or_init(|| prepare(std::slice::from_ref(leak(thousand_claims().to_string()))))
}

/// Hostile shape: the corpus with every run of white space made one space, so [`PARAGRAPH_BYTES`]
/// of news text form one paragraph (a file whose line breaks were lost).
pub fn one_paragraph() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut s = String::with_capacity(PARAGRAPH_BYTES + 64);
        'fill: loop {
            for a in &corpus().articles {
                for w in a.split_whitespace() {
                    if s.len() + w.len() + 1 > PARAGRAPH_BYTES {
                        break 'fill;
                    }
                    s.push_str(w);
                    s.push(' ');
                }
            }
        }
        s
    })
}

/// Hostile shape: one paragraph of [`QUOTE_MARKS`] straight and curly quotation marks around
/// short quotations, some attributed (`"Yes," he said.`), most not, some nested or unclosed.
pub fn many_quotes() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        // Each piece holds 8 marks.
        const PIECE: &str =
            "\"Yes,\" he said. \"No.\" “Never “again,” she said” \"ok \"maybe\" then. ";
        let marks_per_piece = PIECE
            .chars()
            .filter(|c| matches!(c, '"' | '“' | '”'))
            .count();
        PIECE.repeat(QUOTE_MARKS / marks_per_piece)
    })
}

/// Hostile shape: [`LINES`] one-line paragraphs: narration, quotations running on over lines,
/// and short attributed lines from three speakers.
pub fn many_lines() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut s = String::with_capacity(LINES * 40);
        for i in 0..LINES {
            let line = match i % 4 {
                0 => format!("Line {i} of the report is plain narration."),
                1 => format!("\"Point {i} opens a quotation that runs on"),
                2 => "\"and closes it here,\" the official said.".to_string(),
                _ => format!("Delegate {} said the talks went well.", i % 3),
            };
            s.push_str(&line);
            s.push('\n');
        }
        s
    })
}

/// Hostile shape: [`PRONOUN_PARAGRAPHS`] paragraphs, each a surname and a "she said" that no
/// name before fits (the surname is a man's): every pronoun looks back for a full name.
pub fn unfit_pronouns() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut s = String::from("Board\n\nPeter Holm met the board.\n\n");
        for i in 0..PRONOUN_PARAGRAPHS {
            s.push_str(&format!("Holm arrived at {i}. \"Fine,\" she said.\n\n"));
        }
        s
    })
}

/// Paragraphs of [`unfit_pronouns`] (about 2.5 MB).
pub const PRONOUN_PARAGRAPHS: usize = 60_000;
