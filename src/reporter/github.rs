//! GitHub Actions output: workflow commands that the Actions runner turns into annotations on
//! the article's lines. Each contested point (the conflicts between two sources, as the text
//! report groups them) gives one `::warning`, at its first side's first claim, naming where
//! the other side is:
//!
//! ```text
//! ::warning file=PATH,line=L,col=C,title=claimcheck KIND conflict::SPEAKER: "quote" vs OTHER: "quote" (at line L2, column C2; confidence X)
//! ```
//!
//! Lines and columns are 1-based, columns in characters. Values are escaped as the Actions
//! toolkit does (see [`super::actions`]). Article text is untrusted: besides, line breaks in
//! quotes become spaces and other control and bidi override characters become visible
//! `\u{..}` escapes, so no article can start a command of its own.

use std::io::{self, Write};

use super::actions::{Annotation, write_command, write_failures};
use super::escape::escape;
use super::points::{Point, points};
use super::{EmitOptions, Emitter, Failure, Format, Rendered, ResultStyle};
use crate::model::Article;
use crate::story::Story;

/// `--format github`.
pub const FORMAT: Format = Format {
    name: "github",
    help: "GitHub Actions workflow commands: a warning per contested point (with --check, an \
           error for each failure)",
    emitter: GithubEmitter::boxed,
    render,
    check: Some(ResultStyle::Github),
};

/// Writes a `::warning` per contested point as the articles come, and an `::error` per
/// failure at the end.
struct GithubEmitter;

impl GithubEmitter {
    fn boxed(_: EmitOptions) -> Box<dyn Emitter> {
        Box::new(GithubEmitter)
    }
}

impl Emitter for GithubEmitter {
    fn article(&mut self, out: &mut dyn Write, article: &Article) -> io::Result<()> {
        write_github_article(out, article)
    }

    fn rendered(&mut self, out: &mut dyn Write, report: &Rendered) -> io::Result<()> {
        out.write_all(&report.bytes)
    }

    fn finish(&mut self, out: &mut dyn Write, failures: &[Failure]) -> io::Result<()> {
        write_github_errors(out, failures)
    }

    fn story(
        &mut self,
        out: &mut dyn Write,
        articles: &[Article],
        story: &Story,
        failures: &[Failure],
    ) -> io::Result<()> {
        for a in articles {
            write_github_article(out, a)?;
        }
        write_github_story(out, articles, story)?;
        write_github_errors(out, failures)
    }
}

fn render(article: &Article, _: EmitOptions) -> io::Result<Rendered> {
    let mut bytes = Vec::new();
    write_github_article(&mut bytes, article)?;
    Ok(Rendered {
        bytes,
        ..Rendered::default()
    })
}

/// Quotes longer than this many characters are cut, ending with `…`.
const QUOTE_WIDTH: usize = 200;

fn quote(s: &str) -> String {
    let s = escape(s);
    if s.chars().count() <= QUOTE_WIDTH {
        return s;
    }
    let cut: String = s.chars().take(QUOTE_WIDTH - 1).collect();
    format!("{}…", cut.trim_end())
}

/// One annotation for a contested point, at the first claim of its first side, naming the
/// other side's place: a pull request shows each disagreement once.
fn point(out: &mut dyn Write, article: &Article, point: &Point) -> io::Result<()> {
    let lead = point.lead();
    let (Some(here), Some(there)) = (
        point.claims[0].first().and_then(|id| article.claim(id)),
        point.claims[1].first().and_then(|id| article.claim(id)),
    ) else {
        return Ok(());
    };
    let title = format!("claimcheck {} conflict", lead.kind.as_str());
    let pairs = match point.conflicts.len() {
        1 => String::new(),
        n => format!("; {n} claim pairs"),
    };
    let message = format!(
        "{}: \"{}\" vs {}: \"{}\" (at line {}, column {}; confidence {:.2}{pairs})",
        escape(&here.speaker.name),
        quote(&here.content.text),
        escape(&there.speaker.name),
        quote(&there.content.text),
        there.content.line,
        there.content.column,
        lead.confidence
    );
    let at = Annotation::file(&article.path)
        .at(here.content.line, here.content.column)
        .title(&title);
    write_command(out, "warning", &at, &message)
}

/// Writes a `::warning` per contested point, and an `::error` per input that failed.
pub fn write_github(
    out: &mut dyn Write,
    articles: &[Article],
    failures: &[Failure],
) -> io::Result<()> {
    for article in articles {
        write_github_article(out, article)?;
    }
    write_github_errors(out, failures)
}

/// Writes a `::warning` per contested point of the article, as the text report lists them.
pub fn write_github_article(out: &mut dyn Write, article: &Article) -> io::Result<()> {
    for p in points(article) {
        point(out, article, &p)?;
    }
    Ok(())
}

/// With `--across`: for each contested point that sets claims of two articles against each
/// other, a `::warning` in each of the two articles, at its side's first claim, naming the
/// other article's place. (Points inside one article are annotated with that article.)
pub fn write_github_story(
    out: &mut dyn Write,
    articles: &[Article],
    story: &Story,
) -> io::Result<()> {
    let joined = &story.joined;
    for p in points(joined) {
        let lead = p.lead();
        let first = |side: usize| {
            let id = p.claims[side].first()?;
            let place = story.place(id)?;
            let article = &articles[place.article];
            Some((article, article.claim(&place.claim)?))
        };
        let (Some((a, x)), Some((b, y))) = (first(0), first(1)) else {
            continue;
        };
        if std::ptr::eq(a, b) {
            continue;
        }
        let title = format!("claimcheck {} conflict across articles", lead.kind.as_str());
        for ((here_article, here), (there_article, there)) in [((a, x), (b, y)), ((b, y), (a, x))] {
            let message = format!(
                "{}: \"{}\" vs {} in {}:{}:{}: \"{}\" (confidence {:.2})",
                escape(&here.speaker.name),
                quote(&here.content.text),
                escape(&there.speaker.name),
                escape(&there_article.path),
                there.content.line,
                there.content.column,
                quote(&there.content.text),
                lead.confidence
            );
            let at = Annotation::file(&here_article.path)
                .at(here.content.line, here.content.column)
                .title(&title);
            write_command(out, "warning", &at, &message)?;
        }
    }
    Ok(())
}

/// Writes an `::error` per input that failed.
pub fn write_github_errors(out: &mut dyn Write, failures: &[Failure]) -> io::Result<()> {
    write_failures(out, failures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_warning_per_contested_point_naming_the_other_side() {
        let article = crate::analyze(
            "a.txt",
            "The mayor said the bridge is safe. The engineer said the bridge is not safe. \
             The mayor said the bridge is safe for trucks. The engineer said the bridge is not \
             safe for trucks.\n",
        );
        assert!(article.conflicts.len() > 1, "{article:#?}");
        let mut out = Vec::new();
        write_github(&mut out, &[article], &[]).unwrap();
        let s = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 1, "{s}");
        assert!(lines[0].starts_with("::warning file=a.txt,line=1,col="));
        assert!(
            lines[0].contains(",title=claimcheck negation conflict::mayor: \"the bridge is safe"),
            "{s}"
        );
        assert!(
            lines[0].contains(" vs engineer: \"the bridge is not safe"),
            "{s}"
        );
        assert!(lines[0].contains("(at line 1, column "), "{s}");
        assert!(lines[0].contains(" claim pairs)"), "{s}");
    }
}
