//! Stage 3: renderers over the report value, one file per output format. Each writes to any
//! `io::Write`; none decides the exit status.
//!
//! A format is a file here holding an [`Emitter`] and a `FORMAT` entry naming it; [`FORMATS`]
//! lists them all, and `--format` takes its values from that list. A new format is a new file
//! and its name added to the `formats!` line below.
//!
//! ```
//! use claimcheck::reporter::{EmitOptions, format};
//!
//! let article = claimcheck::analyze(
//!     "a.txt",
//!     "The mayor said the bridge is safe. The engineer said the bridge is not safe.\n",
//! );
//! let mut emitter = (format("jsonl").unwrap().emitter)(EmitOptions::default());
//! let mut out = Vec::new();
//! emitter.article(&mut out, &article).unwrap();
//! emitter.finish(&mut out, &[]).unwrap();
//! assert!(out.starts_with(b"{\"path\":\"a.txt\""));
//! ```

use std::io::{self, Write};

use crate::model::Article;
use crate::story::Story;

pub mod actions;
mod direct;
mod escape;
mod json_model;
mod points;

pub use escape::escape;
pub use github::{write_github, write_github_article, write_github_errors, write_github_story};
pub use json::{JsonWriter, write_json};
pub use jsonl::{write_jsonl_article, write_jsonl_error, write_jsonl_record, write_jsonl_story};
pub use points::{Point, points};
pub use text::{TextOptions, Totals, write_story_text, write_text, write_totals};

/// Declares each format's module, and lists its `FORMAT` in [`FORMATS`].
macro_rules! formats {
    ($($format:ident),*) => {
        $(mod $format;)*

        /// Every output format, in the order `--help` lists them; the first is the default.
        pub static FORMATS: &[Format] = &[$($format::FORMAT),*];
    };
}

// The registry: a new format is a file in this folder and its name here.
formats!(text, json, jsonl, github);

/// The format of this name, if there is one.
pub fn format(name: &str) -> Option<&'static Format> {
    FORMATS.iter().find(|f| f.name == name)
}

/// An output format: what `--format` calls it, and how to write a run in it.
#[derive(Debug)]
pub struct Format {
    /// The value of `--format`.
    pub name: &'static str,
    /// One line for `--help`.
    pub help: &'static str,
    /// Makes the emitter for one run.
    pub emitter: fn(EmitOptions) -> Box<dyn Emitter>,
    /// Renders one article's report apart from the run, on any thread; the run's emitter
    /// places it among the others with [`Emitter::rendered`].
    pub render: fn(&Article, EmitOptions) -> io::Result<Rendered>,
    /// How `--check` writes its results in this format; `None` when `--check` does not take
    /// it.
    pub check: Option<ResultStyle>,
}

/// What the command line asks of every format's emitter (each reads what concerns it).
#[derive(Debug, Clone, Copy, Default)]
pub struct EmitOptions {
    /// Colour the output (only text does).
    pub color: bool,
    /// List every claim, not only the contested points.
    pub claims: bool,
    /// Show claim text whole rather than cut to a line.
    pub full: bool,
    /// The run covers many articles (text: one line for an article with nothing contested,
    /// and totals at the end).
    pub many: bool,
}

/// One article's report as [`Format::render`] made it: its own bytes, without what separates
/// it from the reports around it, and what the emitter needs to place it.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    bytes: Vec<u8>,
    /// The article has no conflict and the report is one line (text over many articles).
    brief: bool,
    /// What the article adds to the totals of a text run over many articles.
    claims: usize,
    points: usize,
}

/// Writes one run's report in one format, to the writer each call is handed. A run is
/// either [`Emitter::article`] (or [`Emitter::rendered`]) per article in input order, then
/// [`Emitter::finish`]; or, with `--across`, one [`Emitter::story`].
pub trait Emitter {
    /// Writes one article's report, as the articles come.
    fn article(&mut self, out: &mut dyn Write, article: &Article) -> io::Result<()>;

    /// Writes one article's report rendered beforehand by this format's [`Format::render`]
    /// with this emitter's options: the same bytes as [`Emitter::article`].
    fn rendered(&mut self, out: &mut dyn Write, report: &Rendered) -> io::Result<()>;

    /// Writes what closes a run: the inputs that failed, and any totals.
    fn finish(&mut self, out: &mut dyn Write, failures: &[Failure]) -> io::Result<()>;

    /// Writes a story (`--across`): its articles, the story told across them, and the
    /// inputs that failed.
    fn story(
        &mut self,
        out: &mut dyn Write,
        articles: &[Article],
        story: &Story,
        failures: &[Failure],
    ) -> io::Result<()>;
}

/// How `--check` results are written: plain test-runner lines, or those plus a GitHub Actions
/// `::error` command per problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResultStyle {
    /// Lines for people and logs.
    #[default]
    Plain,
    /// The same lines, each problem followed by a GitHub Actions `::error` command.
    Github,
}

/// An input that could not be analyzed, as reported in JSON `errors`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Failure {
    pub path: String,
    pub error: String,
}

/// Two reports for the reporters' tests: an article with no claim and one with a conflict.
#[cfg(test)]
pub(crate) fn clean_and_disputed() -> (crate::model::Article, crate::model::Article) {
    let clean = crate::analyze("a.txt", "Nothing to see.\n\nThe harbour is calm.\n");
    let disputed = crate::analyze(
        "b.txt",
        "The mayor said the bridge is safe. The engineer said the bridge is not safe.\n",
    );
    (clean, disputed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_are_unique_and_found() {
        for (i, f) in FORMATS.iter().enumerate() {
            assert!(
                std::ptr::eq(format(f.name).unwrap(), &FORMATS[i]),
                "{}",
                f.name
            );
        }
        assert!(format("xml").is_none());
    }

    #[test]
    fn reports_rendered_apart_are_placed_as_articles_are_written() {
        let (clean, disputed) = clean_and_disputed();
        let articles = [&clean, &disputed, &clean, &clean, &disputed];
        for f in FORMATS {
            for (many, claims) in [(false, false), (true, false), (true, true)] {
                let options = EmitOptions {
                    many,
                    claims,
                    ..EmitOptions::default()
                };
                let (mut written, mut placed) = (Vec::new(), Vec::new());
                let mut emitter = (f.emitter)(options);
                for a in articles {
                    emitter.article(&mut written, a).unwrap();
                }
                emitter.finish(&mut written, &[]).unwrap();
                let mut emitter = (f.emitter)(options);
                for a in articles {
                    let report = (f.render)(a, options).unwrap();
                    emitter.rendered(&mut placed, &report).unwrap();
                }
                emitter.finish(&mut placed, &[]).unwrap();
                assert_eq!(
                    String::from_utf8(placed).unwrap(),
                    String::from_utf8(written).unwrap(),
                    "{} {options:?}",
                    f.name
                );
            }
        }
    }
}
