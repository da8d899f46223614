//! Rendering `--check` results in test-runner style, to any writer: `ok PATH`, or `FAILED
//! PATH` and a line per problem, and the closing counts; with GitHub Actions annotations when
//! the format asks for them.

use std::fmt;
use std::io::{self, Write};
use std::path::Path;

use super::compare::{Comparison, Expected};
use super::schema::{ExpectedClaim, ExpectedConflict};
use super::sidecar::sidecar_path;
use crate::reporter::ResultStyle;
use crate::reporter::actions::{Annotation, inert, write_command};
use crate::reporter::escape;

impl fmt::Display for ExpectedClaim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: \"{}\"", escape(&self.speaker), escape(&self.words))
    }
}

impl fmt::Display for ExpectedConflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: \"{}\" vs {}: \"{}\"",
            escape(&self.speakers[0]),
            escape(&self.words[0]),
            escape(&self.speakers[1]),
            escape(&self.words[1])
        )
    }
}

impl Expected {
    fn noun(&self) -> &'static str {
        match self {
            Expected::Claim(_) => "claim",
            Expected::Conflict(_) => "conflict",
        }
    }

    /// `kind` of a conflict, in parentheses, or nothing.
    fn tag(&self, confidence: Option<f64>) -> String {
        let kind = match self {
            Expected::Conflict(c) => c.kind.as_deref(),
            Expected::Claim(_) => None,
        };
        match (kind, confidence) {
            (Some(k), Some(x)) => format!(" ({}, confidence {x:.2})", escape(k)),
            (Some(k), None) => format!(" ({})", escape(k)),
            (None, Some(x)) => format!(" (confidence {x:.2})"),
            (None, None) => String::new(),
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Claim(c) => c.fmt(f),
            Expected::Conflict(c) => c.fmt(f),
        }
    }
}

/// Writes one article's result: `ok PATH`, or `FAILED PATH` and a line per problem.
pub fn write_result(
    out: &mut dyn Write,
    path: &str,
    comparison: &Comparison,
    style: ResultStyle,
) -> io::Result<()> {
    let here = |line: usize, column: usize| (path.to_string(), line, column);
    write_result_located(
        out,
        path,
        &sidecar_path(Path::new(path)),
        comparison,
        style,
        &here,
    )
}

/// [`write_result`] for a report whose lines and columns `locate` turns into the file, line
/// and column a reader opens (a story's joined text into its articles).
pub fn write_result_located(
    out: &mut dyn Write,
    path: &str,
    sidecar: &Path,
    comparison: &Comparison,
    style: ResultStyle,
    locate: &dyn Fn(usize, usize) -> (String, usize, usize),
) -> io::Result<()> {
    // Sidecar and article text, escaped for a terminal, and for the Actions runner's log.
    let plain = |s: &str| match style {
        ResultStyle::Github => inert(&escape(s)),
        ResultStyle::Plain => escape(s),
    };
    if comparison.passed() {
        return writeln!(out, "ok {}", plain(path));
    }
    writeln!(out, "FAILED {}", plain(path))?;
    for m in &comparison.missing {
        let what = format!("missing {}: {}{}", m.noun(), m, m.tag(None));
        writeln!(out, "    {}", plain(&what))?;
        if style == ResultStyle::Github {
            let title = format!("claimcheck missing {}", m.noun());
            let sidecar = sidecar.display().to_string();
            write_command(
                out,
                "error",
                &Annotation::file(path).title(&title),
                &format!("{m}{} expected by {sidecar} but not found", m.tag(None)),
            )?;
        }
    }
    for u in &comparison.unexpected {
        let (file, line, column) = locate(u.line, u.column);
        let at = format!("{file}:{line}:{column}");
        let what = format!(
            "unexpected {} at {at}: {}{}",
            u.entry.noun(),
            u.entry,
            u.entry.tag(u.confidence)
        );
        writeln!(out, "    {}", plain(&what))?;
        if style == ResultStyle::Github {
            let title = format!("claimcheck unexpected {}", u.entry.noun());
            write_command(
                out,
                "error",
                &Annotation::file(&file).at(line, column).title(&title),
                &format!(
                    "{}{} is not in the sidecar",
                    u.entry,
                    u.entry.tag(u.confidence)
                ),
            )?;
        }
    }
    Ok(())
}

/// The counts that close a `--check` run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Articles that meet their sidecar.
    pub passed: usize,
    /// Articles that do not.
    pub failed: usize,
    /// Articles or sidecars that could not be read; they count as failed.
    pub errors: usize,
    /// Articles without a sidecar.
    pub skipped: usize,
}

/// Writes the end of a `--check` run; its last line is always `N passed, N failed`.
pub fn write_summary(out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
    if summary.skipped > 0 {
        let noun = if summary.skipped == 1 {
            "article"
        } else {
            "articles"
        };
        writeln!(out, "skipped {} {noun} without a sidecar", summary.skipped)?;
    }
    if summary.failed > 0 {
        writeln!(
            out,
            "if the new reports are right, run claimcheck --bless on the failed articles and review the diff"
        )?;
    }
    writeln!(
        out,
        "{} passed, {} failed",
        summary.passed,
        summary.failed + summary.errors
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::article;
    use crate::check::{Expectation, bless, compare};

    #[test]
    fn result_lines() {
        let a = article();
        let mut out = Vec::new();
        write_result(
            &mut out,
            "a.txt",
            &compare(&a, &bless(&a, None)),
            ResultStyle::Plain,
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "ok a.txt\n");
        let mut out = Vec::new();
        let c = compare(&a, &Expectation::default());
        write_result(&mut out, "a.txt", &c, ResultStyle::Github).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.starts_with("FAILED a.txt\n    unexpected conflict at a.txt:3:"),
            "{s}"
        );
        assert!(s.contains("\n::error file=a.txt,line=3,col="), "{s}");
    }

    #[test]
    fn summary_ends_with_passed_and_failed() {
        let mut out = Vec::new();
        let summary = Summary {
            passed: 2,
            failed: 1,
            errors: 1,
            skipped: 1,
        };
        write_summary(&mut out, &summary).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.starts_with("skipped 1 article without a sidecar\n"),
            "{s}"
        );
        assert!(s.ends_with("\n2 passed, 2 failed\n"), "{s}");
        let mut out = Vec::new();
        write_summary(&mut out, &Summary::default()).unwrap();
        assert_eq!(out, b"0 passed, 0 failed\n");
    }
}
