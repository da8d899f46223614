//! JSON Lines output: one article object per line as the articles come, then a line per
//! input that failed. The layout is documented in `docs/json-format.md`.

use std::io::{self, Write};

use serde::Serialize;

use super::json_model::{ArticleOut, StoryOut};
use super::{EmitOptions, Emitter, Failure, Format, Rendered};
use crate::model::Article;
use crate::story::Story;

/// `--format jsonl`.
pub const FORMAT: Format = Format {
    name: "jsonl",
    help: "One JSON object per article, one per line",
    emitter: JsonlEmitter::boxed,
    render,
    check: None,
};

fn render(article: &Article, _: EmitOptions) -> io::Result<Rendered> {
    Ok(Rendered {
        bytes: line_of(article)?,
        ..Rendered::default()
    })
}

/// Writes a line per article as it comes, and a line per failure at the end.
struct JsonlEmitter;

impl JsonlEmitter {
    fn boxed(_: EmitOptions) -> Box<dyn Emitter> {
        Box::new(JsonlEmitter)
    }
}

impl Emitter for JsonlEmitter {
    fn article(&mut self, out: &mut dyn Write, article: &Article) -> io::Result<()> {
        write_jsonl_article(out, article)
    }

    fn rendered(&mut self, out: &mut dyn Write, report: &Rendered) -> io::Result<()> {
        out.write_all(&report.bytes)
    }

    fn finish(&mut self, out: &mut dyn Write, failures: &[Failure]) -> io::Result<()> {
        for f in failures {
            write_jsonl_error(out, f)?;
        }
        Ok(())
    }

    fn story(
        &mut self,
        out: &mut dyn Write,
        articles: &[Article],
        story: &Story,
        failures: &[Failure],
    ) -> io::Result<()> {
        for a in articles {
            write_jsonl_article(out, a)?;
        }
        write_jsonl_story(out, articles, story)?;
        self.finish(out, failures)
    }
}

/// One article as one line of JSON.
pub fn write_jsonl_article(out: &mut dyn Write, article: &Article) -> io::Result<()> {
    out.write_all(&line_of(article)?)
}

/// One article's line, newline included.
fn line_of(article: &Article) -> io::Result<Vec<u8>> {
    // Serialized in memory, then written at once: serde_json writes every key, comma and
    // quote apart, and each was a call through `dyn Write` into the `BufWriter`. Its claims
    // are written without serde, which cost a few hundred instructions a field.
    let mut line = Vec::with_capacity(8192);
    ArticleOut::of(article)
        .write_compact(&mut line)
        .map_err(io::Error::from)?;
    line.push(b'\n');
    Ok(line)
}

/// One archive record's result as one line: its `id`, its other fields as they came, then the
/// article's report (see `docs/json-format.md`).
pub fn write_jsonl_record(
    out: &mut dyn Write,
    id: &serde_json::Value,
    extra: &serde_json::Map<String, serde_json::Value>,
    article: &Article,
) -> io::Result<()> {
    let report = serde_json::to_string(&ArticleOut::of(article)).map_err(io::Error::from)?;
    write!(
        out,
        "{{\"id\":{}",
        serde_json::to_string(id).map_err(io::Error::from)?
    )?;
    for (key, value) in extra {
        // The report's own fields win: a record's "claims" is not passed through.
        if matches!(
            key.as_str(),
            "path" | "title" | "sources" | "claims" | "conflicts" | "points"
        ) {
            continue;
        }
        write!(
            out,
            ",{}:{}",
            serde_json::to_string(key).map_err(io::Error::from)?,
            serde_json::to_string(value).map_err(io::Error::from)?
        )?;
    }
    writeln!(out, ",{}", &report[1..])
}

/// An input that failed, as one line `{"path": …, "error": …}`.
pub fn write_jsonl_error(out: &mut dyn Write, failure: &Failure) -> io::Result<()> {
    serde_json::to_writer(&mut *out, failure).map_err(io::Error::from)?;
    writeln!(out)
}

/// The story line of `--across --format jsonl`, after the articles' lines: `{"story": …}`.
pub fn write_jsonl_story(
    out: &mut dyn Write,
    articles: &[Article],
    story: &Story,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        story: StoryOut<'a>,
    }
    serde_json::to_writer(
        &mut *out,
        &Line {
            story: StoryOut::of(articles, story),
        },
    )
    .map_err(io::Error::from)?;
    writeln!(out)
}
