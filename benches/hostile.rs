//! Single-threaded speed on hostile shapes of input: `cargo bench --bench hostile`.
//!
//! Each shape is measured at its full size, for the same three stages as `pipeline`
//! (`parse`, `match`, `analyze`). What is hostile about them:
//! - `paragraph_5mb`: 5 MB of news text with no line break, so one paragraph; every per-
//!   paragraph or per-sentence scan that looks at the whole paragraph becomes quadratic;
//! - `quotes_100k`: one paragraph with 100,000 quotation marks, straight and curly, nested,
//!   unclosed and attributed;
//! - `lines_100k`: 100,000 one-line paragraphs, with quotations that run on over lines.
//!
//! Linear code runs these at the corpus's MB/s; a figure far below it points at a quadratic
//! step (see the README's "Performance" section).

mod common;

use claimcheck::document::Document;
use claimcheck::{matcher, parser};
use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

/// The text of the shape named `name`.
fn text(name: &str) -> &'static str {
    match name {
        "paragraph_5mb" => common::one_paragraph(),
        "quotes_100k" => common::many_quotes(),
        "lines_100k" => common::many_lines(),
        "pronouns_60k" => common::unfit_pronouns(),
        _ => unreachable!("unknown shape {name}"),
    }
}

const SHAPES: &[&str] = &["paragraph_5mb", "quotes_100k", "lines_100k", "pronouns_60k"];

#[divan::bench(args = SHAPES, sample_count = 3, sample_size = 1)]
fn parse(b: Bencher, name: &str) {
    let text = text(name);
    b.counter(BytesCount::of_str(text)).bench(|| {
        let mut doc = Document::outline(black_box(text));
        parser::parse(&mut doc).claims.len()
    });
}

#[divan::bench(name = "match", args = SHAPES, sample_count = 3, sample_size = 1)]
fn match_(b: Bencher, name: &str) {
    let text = text(name);
    let mut doc = Document::outline(text);
    let parsed = parser::parse(&mut doc);
    b.counter(BytesCount::of_str(text))
        .bench(|| matcher::find_conflicts(black_box(&doc), &parsed.claims, &parsed.sources).len());
}

#[divan::bench(args = SHAPES, sample_count = 3, sample_size = 1)]
fn analyze(b: Bencher, name: &str) {
    let text = text(name);
    b.counter(BytesCount::of_str(text)).bench(|| {
        claimcheck::analyze("hostile.txt", black_box(text))
            .claims
            .len()
    });
}
