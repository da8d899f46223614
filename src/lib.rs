//! claimcheck: who claims what in a news article, and where its sources contradict each other.
//!
//! The pipeline has three stages, each a module with one job:
//! 1. [`parser`]: article text → attributed claims (on the [`document`] model);
//! 2. [`matcher`]: claims of different sources → conflicts;
//! 3. [`reporter`]: one [`model::Article`] per input → text, JSON or JSON Lines.
//!
//! The library never prints; the binary parses arguments, runs, renders and picks the exit
//! status.

#[cfg(test)]
mod cases;
pub mod check;
pub mod document;
pub mod input;
pub mod lexicon;
pub mod markup;
pub mod matcher;
pub mod model;
pub mod parser;
pub mod records;
pub mod reporter;
pub mod several;
pub mod story;

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError, mpsc};

use document::Document;
use model::Article;

/// Runs the whole pipeline on one article's text. `path` is only carried into the report.
pub fn analyze(path: &str, text: &str) -> Article {
    analyze_titled(path, text, None)
}

/// [`analyze`] for an article whose headline is given apart from its text (a news archive's
/// record): the text is all body, and `title`, when given, is the report's title.
pub fn analyze_titled(path: &str, text: &str, title: Option<&str>) -> Article {
    let parts = several::articles_in(text);
    if parts.len() > 1 {
        let whole = Document::outline(text);
        let reports = parts
            .into_iter()
            .enumerate()
            .map(|(n, r)| {
                let title = if n == 0 { title } else { None };
                (r.start, analyze_one(path, &text[r], title))
            })
            .collect();
        return several::join(path, &whole, reports);
    }
    analyze_one(path, text, title)
}

/// [`analyze_titled`] for a text that is one article.
fn analyze_one(path: &str, text: &str, title: Option<&str>) -> Article {
    // Outlined only: the parser cuts the text into tokens a window at a time.
    let mut doc = Document::outline(text);
    if title.is_some() {
        doc.title = None;
    }
    let found = parser::find(&mut doc);
    let parsed = parser::assemble(&doc, found);
    let conflicts = matcher::find_conflicts(&doc, &parsed.claims, &parsed.sources);
    Article {
        path: path.to_string(),
        text: None,
        title: title
            .map(str::to_string)
            .or_else(|| doc.title.map(|t| doc.slice(t).to_string())),
        sources: parsed.sources,
        claims: parsed.claims,
        conflicts,
    }
}

/// [`analyze`] for an input that may be a web page or Markdown ([`markup`]): its article is
/// extracted first, and the report carries the extracted text its offsets refer to.
pub fn analyze_markup(path: &str, text: &str) -> Result<Article, String> {
    let extracted = match markup::markup_of(path, text) {
        markup::Markup::Text => return Ok(analyze(path, text)),
        markup::Markup::Html => markup::from_html(text)?,
        markup::Markup::Markdown => markup::from_markdown(text),
    };
    let mut article = analyze_titled(path, &extracted.text, extracted.title.as_deref());
    article.text = Some(extracted.text);
    Ok(article)
}

/// The articles of one story (`--across`) and their cross-reference: each input read and
/// analyzed as alone, then [`story::cross_reference`]; inputs that fail are returned apart,
/// in order.
pub struct StoryRun {
    pub articles: Vec<Article>,
    pub story: story::Story,
    pub failures: Vec<(String, String)>,
}

/// Reads and analyzes `inputs` as the reports of one story, using up to `threads` threads.
pub fn analyze_story(
    inputs: Vec<(String, Result<input::Input, input::InputError>)>,
    max_bytes: u64,
    threads: usize,
    min_confidence: f64,
) -> StoryRun {
    let max_bytes = max_bytes.min(document::MAX_TEXT_BYTES as u64);
    // Read first (standard input can be read only once), then analyzed on every thread.
    let texts: Vec<Result<String, input::InputError>> = inputs
        .iter()
        .map(|(_, input)| {
            let bytes = input
                .as_ref()
                .map_err(Clone::clone)
                .and_then(|i| input::read(i, max_bytes))?;
            input::decode(&bytes).map(str::to_string)
        })
        .collect();
    let analyzed = parallel_map(&texts, threads, |i, text| {
        let text = text.as_ref().map_err(|e| e.to_string())?;
        analyze_markup(&inputs[i].0, text)
    });
    let mut articles = Vec::new();
    let mut owned = Vec::new();
    let mut failures = Vec::new();
    for ((result, text), (path, _)) in analyzed.into_iter().zip(texts).zip(&inputs) {
        match result {
            Ok(mut a) => {
                retain_confident(&mut a, min_confidence);
                owned.push(a.text.clone().unwrap_or_else(|| text.unwrap_or_default()));
                articles.push(a);
            }
            Err(error) => failures.push((path.clone(), error)),
        }
    }
    let reports: Vec<story::Report> = articles
        .iter()
        .zip(&owned)
        .map(|(article, text)| story::Report { article, text })
        .collect();
    let story = story::cross_reference(&reports, min_confidence);
    StoryRun {
        articles,
        story,
        failures,
    }
}

/// `f` over every item, on up to `threads` threads, the results in order.
fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(usize, &T) -> R + Sync,
) -> Vec<R> {
    let threads = threads.clamp(1, items.len().max(1));
    let chunk = items.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let f = &f;
        let handles: Vec<_> = items
            .chunks(chunk)
            .enumerate()
            .map(|(c, part)| {
                s.spawn(move || {
                    part.iter()
                        .enumerate()
                        .map(|(k, item)| f(c * chunk + k, item))
                        .collect::<Vec<R>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
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

/// Reads and analyzes every input, using up to `threads` threads, and hands each outcome to
/// `sink` in input order as soon as it and every earlier one are done. Inputs over
/// `max_bytes`, or over [`document::MAX_TEXT_BYTES`], fail as too large.
///
/// At most sixteen times as many inputs as threads are in flight or waiting for an earlier
/// one, so memory does not grow with the number of inputs. `sink` runs on the calling thread,
/// which analyzes inputs as well.
pub fn analyze_inputs(
    inputs: Vec<(String, Result<input::Input, input::InputError>)>,
    max_bytes: u64,
    threads: usize,
    sink: impl FnMut(Outcome),
) {
    analyze_inputs_then(inputs, max_bytes, threads, |outcome| outcome, sink);
}

/// [`analyze_inputs`] with `then` applied to each outcome on the thread that analyzed it,
/// before `sink` has it: work done there (rendering a report, say) runs on every thread,
/// where on the calling thread it would hold back the others, which wait on `sink`.
pub fn analyze_inputs_then<T: Send>(
    inputs: Vec<(String, Result<input::Input, input::InputError>)>,
    max_bytes: u64,
    threads: usize,
    then: impl Fn(Outcome) -> T + Sync,
    mut sink: impl FnMut(T),
) {
    // A document holds at most MAX_TEXT_BYTES; a larger input is refused like any too large.
    let max_bytes = max_bytes.min(document::MAX_TEXT_BYTES as u64);
    let run = |(path, input): &(String, Result<input::Input, input::InputError>)| -> T {
        let bytes = match input {
            Ok(i) => input::read(i, max_bytes),
            Err(e) => Err(e.clone()),
        };
        let outcome = match bytes.and_then(|b| {
            input::decode(&b).and_then(|t| analyze_markup(path, t).map_err(input::InputError::Io))
        }) {
            Ok(article) => Outcome::Article(article),
            Err(e) => Outcome::Failed {
                path: path.clone(),
                error: e.to_string(),
            },
        };
        then(outcome)
    };
    let threads = threads.clamp(1, inputs.len().max(1));
    if threads == 1 {
        return inputs.iter().map(run).for_each(sink);
    }
    let window = 16 * threads;
    let queue = Queue {
        state: Mutex::new(QueueState::default()),
        turn: Condvar::new(),
    };
    std::thread::scope(|s| {
        let (done, results) = mpsc::channel::<(usize, T)>();
        for _ in 1..threads {
            let done = done.clone();
            let (queue, inputs, run) = (&queue, &inputs, &run);
            s.spawn(move || {
                let _stop = StopOnPanic(queue);
                while let Some(i) = queue.take(window, inputs.len(), true) {
                    if done.send((i, run(&inputs[i]))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done);
        let _stop = StopOnPanic(&queue);
        // The calling thread is a worker too, handing what is ready to the sink between its
        // own inputs: a thread that only waited for the others would be woken for each
        // outcome, and would take a core's share from them.
        let mut waiting: Vec<Option<T>> = (0..window).map(|_| None).collect();
        let mut emitted = 0;
        while emitted < inputs.len() {
            match queue.take(window, inputs.len(), false) {
                Some(i) => waiting[i % window] = Some(run(&inputs[i])),
                // No input to take: the next outcome to hand on is another thread's.
                None => match results.recv() {
                    Ok((i, outcome)) => waiting[i % window] = Some(outcome),
                    // Every other worker has ended, and one panicked (the scope passes its
                    // panic on).
                    Err(_) => break,
                },
            }
            for (i, outcome) in results.try_iter() {
                waiting[i % window] = Some(outcome);
            }
            let before = emitted;
            while let Some(o) = waiting[emitted % window].take() {
                sink(o);
                emitted += 1;
            }
            if emitted > before {
                queue.emitted(emitted);
            }
        }
    });
}

/// Which input the workers of [`analyze_inputs`] take next, and how far the sink has got.
struct Queue {
    state: Mutex<QueueState>,
    turn: Condvar,
}

#[derive(Default)]
struct QueueState {
    next: usize,
    emitted: usize,
    stop: bool,
    /// Workers waiting for the sink to catch up.
    asleep: usize,
}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, QueueState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The next input to analyze, once it is within `window` of the first not yet handed to
    /// the sink (waiting for that if `wait`, else `None`); `None` when all are taken or a
    /// thread panicked.
    fn take(&self, window: usize, len: usize, wait: bool) -> Option<usize> {
        let mut q = self.lock();
        while wait && !q.stop && q.next < len && q.next >= q.emitted + window {
            q.asleep += 1;
            q = self.turn.wait(q).unwrap_or_else(PoisonError::into_inner);
            q.asleep -= 1;
        }
        if q.stop || q.next >= len || q.next >= q.emitted + window {
            return None;
        }
        q.next += 1;
        Some(q.next - 1)
    }

    fn emitted(&self, emitted: usize) {
        let mut q = self.lock();
        q.emitted = emitted;
        // Waking nobody is still a system call.
        if q.asleep > 0 {
            self.turn.notify_all();
        }
    }
}

/// Wakes and stops the waiting workers when its thread panics, so that no thread waits for
/// an outcome that will never come.
struct StopOnPanic<'a>(&'a Queue);

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.lock().stop = true;
            self.0.turn.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_file_read_in_windows_gives_what_reading_it_whole_gives() {
        // The fixture articles end to end, again and again, past several parser windows.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/fixtures");
        let mut articles: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        articles.sort();
        let mut text = String::new();
        while text.len() < 3 * (1 << 18) + 1000 {
            for a in &articles {
                text.push_str(a);
                text.push_str("\n\n");
            }
        }
        let windowed = analyze("long.txt", &text);
        let mut doc = Document::new(&text);
        assert!(doc.is_tokenized());
        let found = parser::find(&mut doc);
        let whole = parser::assemble(&doc, found);
        assert!(windowed.claims.len() > 1000, "{}", windowed.claims.len());
        assert_eq!(windowed.claims, whole.claims);
        assert_eq!(windowed.sources, whole.sources);
        let conflicts = matcher::find_conflicts(&doc, &whole.claims, &whole.sources);
        assert!(!conflicts.is_empty());
        assert_eq!(windowed.conflicts, conflicts);
    }

    #[test]
    fn outcomes_come_in_input_order_whatever_finishes_first() {
        let dir = std::env::temp_dir().join(format!("claimcheck-order-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut inputs = Vec::new();
        for i in 0..40 {
            // Long and short articles mixed, and missing files, so that they finish out of order.
            let path = dir.join(format!("{i}.txt"));
            let text =
                "The mayor said the bridge is safe. ".repeat(if i % 3 == 0 { 400 } else { 1 });
            std::fs::write(&path, text).unwrap();
            let input = match i % 7 {
                0 => Err(input::InputError::NotFound),
                _ => Ok(input::Input::File(path.clone())),
            };
            inputs.push((path.display().to_string(), input));
        }
        let expected: Vec<String> = inputs.iter().map(|(p, _)| p.clone()).collect();
        for threads in [1, 2, 5] {
            let mut got = Vec::new();
            analyze_inputs(inputs.clone(), u64::MAX, threads, |o| {
                got.push(match o {
                    Outcome::Article(a) => a.path,
                    Outcome::Failed { path, .. } => path,
                })
            });
            assert_eq!(got, expected, "{threads} threads");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
