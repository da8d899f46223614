//! Single-threaded speed of each stage on news text: `cargo bench --bench pipeline`.
//!
//! - `parse`: [`Document::outline`] and [`parser::parse`] (text to attributed claims);
//! - `match`: [`matcher::find_conflicts`] on claims parsed beforehand;
//! - `analyze`: the whole [`claimcheck::analyze`] (document, parser, matcher, report value).
//!
//! Throughput is shown in bytes of article text per second and in articles per second (the
//! `item/s` column counts articles; for `thousand_claims` it counts claims). Inputs are
//! described in `benches/common/mod.rs`; the process-level figures (start-up, peak memory,
//! all cores) are in the README's "Performance" section.

mod common;

use claimcheck::document::Document;
use claimcheck::{analyze, matcher, parser};
use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

/// The seed article (3 KB, a typical wire story).
mod seed {
    use super::*;

    fn counters<'a, 'b>(b: Bencher<'a, 'b>) -> Bencher<'a, 'b> {
        b.counter(BytesCount::of_str(common::seed()))
            .counter(ItemsCount::new(1usize))
    }

    #[divan::bench]
    fn parse(b: Bencher) {
        let text = common::seed();
        counters(b).bench(|| {
            let mut doc = Document::outline(black_box(text));
            parser::parse(&mut doc)
        });
    }

    #[divan::bench(name = "match")]
    fn match_(b: Bencher) {
        let (doc, parsed) = &common::seed_prepared().docs[0];
        counters(b)
            .bench(|| matcher::find_conflicts(black_box(doc), &parsed.claims, &parsed.sources));
    }

    #[divan::bench]
    fn analyze(b: Bencher) {
        let text = common::seed();
        counters(b).bench(|| super::analyze("seed.txt", black_box(text)));
    }
}

/// At least 10 MB of news articles (the polnear training texts, repeated), one after another.
#[divan::bench_group(sample_count = 10, sample_size = 1)]
mod corpus {
    use super::*;

    fn counters<'a, 'b>(b: Bencher<'a, 'b>) -> Bencher<'a, 'b> {
        let c = common::corpus();
        b.counter(BytesCount::new(c.bytes))
            .counter(ItemsCount::new(c.articles.len()))
    }

    #[divan::bench]
    fn parse(b: Bencher) {
        let c = common::corpus();
        counters(b).bench(|| {
            let mut claims = 0;
            for text in &c.articles {
                let mut doc = Document::outline(black_box(text));
                claims += parser::parse(&mut doc).claims.len();
            }
            claims
        });
    }

    #[divan::bench(name = "match")]
    fn match_(b: Bencher) {
        let prepared = common::corpus_prepared();
        counters(b).bench(|| {
            let mut conflicts = 0;
            for (doc, parsed) in &prepared.docs {
                conflicts +=
                    matcher::find_conflicts(black_box(doc), &parsed.claims, &parsed.sources).len();
            }
            conflicts
        });
    }

    #[divan::bench]
    fn analyze(b: Bencher) {
        let c = common::corpus();
        counters(b).bench(|| {
            let mut claims = 0;
            for text in &c.articles {
                claims += super::analyze("corpus.txt", black_box(text)).claims.len();
            }
            claims
        });
    }
}

/// One article of 1,000 `"…," X said.` paragraphs from five speakers on one topic; the
/// `item/s` column counts the claims the parser finds in it.
#[divan::bench_group(sample_count = 10, sample_size = 1)]
mod thousand_claims {
    use super::*;

    fn counters<'a, 'b>(b: Bencher<'a, 'b>) -> Bencher<'a, 'b> {
        b.counter(BytesCount::of_str(common::thousand_claims()))
            .counter(ItemsCount::new(common::thousand_claims_prepared().claims))
    }

    #[divan::bench]
    fn parse(b: Bencher) {
        let text = common::thousand_claims();
        counters(b).bench(|| {
            let mut doc = Document::outline(black_box(text));
            parser::parse(&mut doc)
        });
    }

    #[divan::bench(name = "match")]
    fn match_(b: Bencher) {
        let (doc, parsed) = &common::thousand_claims_prepared().docs[0];
        counters(b)
            .bench(|| matcher::find_conflicts(black_box(doc), &parsed.claims, &parsed.sources));
    }

    #[divan::bench]
    fn analyze(b: Bencher) {
        let text = common::thousand_claims();
        counters(b).bench(|| super::analyze("claims.txt", black_box(text)));
    }
}
