//! claimcheck: who claims what in a news article, and where its sources contradict each other.
//!
//! The pipeline has three stages, each a module with one job:
//! 1. [`parser`]: article text → attributed claims (on the [`document`] model);
//! 2. [`matcher`]: claims of different sources → conflicts;
//! 3. [`reporter`]: one [`model::Article`] per input → text, JSON or JSON Lines.
//!
//! The library never prints; the binary parses arguments, runs, renders and picks the exit
//! status.

pub mod check;
pub mod document;
pub mod input;
pub mod lexicon;
pub mod matcher;
pub mod model;
pub mod parser;
pub mod reporter;

use document::Document;
use model::Article;

/// Runs the whole pipeline on one article's text. `path` is only carried into the report.
pub fn analyze(path: &str, text: &str) -> Article {
    let doc = Document::new(text);
    let parsed = parser::parse(&doc);
    let conflicts = matcher::find_conflicts(&doc, &parsed.claims, &parsed.sources);
    Article {
        path: path.to_string(),
        title: doc.title.map(|t| doc.slice(t).to_string()),
        sources: parsed.sources,
        claims: parsed.claims,
        conflicts,
    }
}

/// Drops conflicts below `min_confidence`; the ids of those kept do not change.
pub fn retain_confident(article: &mut Article, min_confidence: f64) {
    article.conflicts.retain(|c| c.confidence >= min_confidence);
}

/// What became of one input: its report, or why it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Article(Article),
    Failed { path: String, error: String },
}

/// Reads and analyzes every input, using up to `threads` threads; results keep input order.
/// Inputs over `max_bytes`, or over [`document::MAX_TEXT_BYTES`], fail as too large.
pub fn analyze_inputs(
    inputs: Vec<(String, Result<input::Input, input::InputError>)>,
    max_bytes: u64,
    threads: usize,
) -> Vec<Outcome> {
    // A document holds at most MAX_TEXT_BYTES; a larger input is refused like any too large.
    let max_bytes = max_bytes.min(document::MAX_TEXT_BYTES as u64);
    let run = |(path, input): &(String, Result<input::Input, input::InputError>)| -> Outcome {
        let bytes = match input {
            Ok(i) => input::read(i, max_bytes),
            Err(e) => Err(e.clone()),
        };
        match bytes.and_then(|b| input::decode(&b).map(|t| analyze(path, t))) {
            Ok(article) => Outcome::Article(article),
            Err(e) => Outcome::Failed {
                path: path.clone(),
                error: e.to_string(),
            },
        }
    };
    let cores = threads;
    let threads = threads.clamp(1, inputs.len().max(1));
    if threads == 1 && cores > 1 {
        // One input and a core to spare: build the matcher's word lists there while this
        // thread reads and parses; they are a third of a one-article run's time.
        return std::thread::scope(|s| {
            s.spawn(matcher::warm_up);
            inputs.iter().map(run).collect()
        });
    }
    if threads == 1 {
        return inputs.iter().map(run).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut slots: Vec<Option<Outcome>> = vec![None; inputs.len()];
    let done: Vec<Vec<(usize, Outcome)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = inputs.get(i) else { break };
                        mine.push((i, run(item)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("worker panicked"))
            .collect()
    });
    for (i, outcome) in done.into_iter().flatten() {
        slots[i] = Some(outcome);
    }
    slots
        .into_iter()
        .map(|o| o.expect("every input is analyzed"))
        .collect()
}
