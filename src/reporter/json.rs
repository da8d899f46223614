//! JSON output: one pretty-printed document for the whole run. The layout is documented in
//! `docs/json-format.md`.

use std::io::{self, Write};

use serde::Serialize;

use super::json_model::{ArticleOut, StoryOut};
use super::{EmitOptions, Emitter, Failure, Format, Rendered};
use crate::model::{Article, SCHEMA_VERSION};
use crate::story::Story;

/// `--format json`.
pub const FORMAT: Format = Format {
    name: "json",
    help: "One JSON document with every article",
    emitter: JsonEmitter::boxed,
    render,
    check: None,
};

/// An element of the document's `articles`, indented as [`JsonWriter::article`] writes it.
fn render(article: &Article, _: EmitOptions) -> io::Result<Rendered> {
    let mut bytes = Vec::with_capacity(16384);
    pretty(&mut bytes, &ArticleOut::of(article), 2)?;
    Ok(Rendered {
        bytes,
        ..Rendered::default()
    })
}

/// Writes the document an article at a time as the articles come; it is begun with the
/// first article, or at the end when there is none.
struct JsonEmitter {
    document: Option<JsonWriter>,
}

impl JsonEmitter {
    fn boxed(_: EmitOptions) -> Box<dyn Emitter> {
        Box::new(JsonEmitter { document: None })
    }

    /// The document, begun if this is its first article.
    fn document(&mut self, out: &mut dyn Write) -> io::Result<&mut JsonWriter> {
        let document = match self.document.take() {
            Some(document) => document,
            None => JsonWriter::start(out)?,
        };
        Ok(self.document.insert(document))
    }
}

impl Emitter for JsonEmitter {
    fn article(&mut self, out: &mut dyn Write, article: &Article) -> io::Result<()> {
        self.document(out)?.article(out, article)
    }

    fn rendered(&mut self, out: &mut dyn Write, report: &Rendered) -> io::Result<()> {
        self.document(out)?.next(out)?;
        out.write_all(&report.bytes)
    }

    fn finish(&mut self, out: &mut dyn Write, failures: &[Failure]) -> io::Result<()> {
        let document = match self.document.take() {
            Some(document) => document,
            None => JsonWriter::start(out)?,
        };
        document.finish(out, failures)
    }

    fn story(
        &mut self,
        out: &mut dyn Write,
        articles: &[Article],
        story: &Story,
        failures: &[Failure],
    ) -> io::Result<()> {
        let mut document = JsonWriter::start(out)?;
        for a in articles {
            document.article(out, a)?;
        }
        document.finish_story(out, articles, story, failures)
    }
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

/// The whole report as one pretty-printed JSON document, with a final newline.
pub fn write_json(out: &mut dyn Write, articles: &[Article], errors: &[Failure]) -> io::Result<()> {
    let mut doc = JsonWriter::start(out)?;
    for a in articles {
        doc.article(out, a)?;
    }
    doc.finish(out, errors)
}

/// Writes the document of [`write_json`] an article at a time, byte for byte as serde_json's
/// pretty printer writes the whole, so that articles need not be kept until the end.
pub struct JsonWriter {
    articles: usize,
}

impl JsonWriter {
    /// Writes the document's opening, up to the `articles` array's first element.
    pub fn start(out: &mut dyn Write) -> io::Result<Self> {
        let tool = Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        };
        write!(
            out,
            "{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"tool\": "
        )?;
        pretty(out, &tool, 1)?;
        write!(out, ",\n  \"articles\": [")?;
        Ok(JsonWriter { articles: 0 })
    }

    /// Writes the next element of `articles`.
    pub fn article(&mut self, out: &mut dyn Write, article: &Article) -> io::Result<()> {
        self.next(out)?;
        pretty(out, &ArticleOut::of(article), 2)
    }

    /// Writes what comes before the next element of `articles`.
    fn next(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let sep = if self.articles == 0 { "" } else { "," };
        self.articles += 1;
        write!(out, "{sep}\n    ")
    }

    /// Closes `articles`, writes `errors` and ends the document with a newline.
    pub fn finish(self, out: &mut dyn Write, errors: &[Failure]) -> io::Result<()> {
        if self.articles > 0 {
            write!(out, "\n  ")?;
        }
        write!(out, "],\n  \"errors\": ")?;
        pretty(out, errors, 1)?;
        writeln!(out, "\n}}")
    }

    /// [`JsonWriter::finish`] for a story: `story` goes between `articles` and `errors`.
    pub fn finish_story(
        self,
        out: &mut dyn Write,
        articles: &[Article],
        story: &Story,
        errors: &[Failure],
    ) -> io::Result<()> {
        if self.articles > 0 {
            write!(out, "\n  ")?;
        }
        write!(out, "],\n  \"story\": ")?;
        pretty(out, &StoryOut::of(articles, story), 1)?;
        write!(out, ",\n  \"errors\": ")?;
        pretty(out, errors, 1)?;
        writeln!(out, "\n}}")
    }
}

/// Pretty-prints `value` as the element at `depth` of a pretty-printed document: JSON strings
/// hold no raw line break, so indenting after each one is enough.
fn pretty(out: &mut dyn Write, value: &(impl Serialize + ?Sized), depth: usize) -> io::Result<()> {
    let mut indented = Indent {
        out,
        pad: &"    "[..2 * depth],
    };
    serde_json::to_writer_pretty(&mut indented, value).map_err(io::Error::from)
}

/// Writes through to `out`, with `pad` after every line feed.
struct Indent<'a> {
    out: &'a mut dyn Write,
    pad: &'a str,
}

impl Write for Indent<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let mut lines = buf.split(|&b| b == b'\n');
        if let Some(first) = lines.next() {
            self.out.write_all(first)?;
        }
        for line in lines {
            self.out.write_all(b"\n")?;
            self.out.write_all(self.pad.as_bytes())?;
            self.out.write_all(line)?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Whole<'a> {
        schema_version: u32,
        tool: Tool,
        articles: Vec<ArticleOut<'a>>,
        errors: &'a [Failure],
    }

    /// What serde_json writes for the whole document at once.
    fn whole(articles: &[Article], errors: &[Failure]) -> String {
        let doc = Whole {
            schema_version: SCHEMA_VERSION,
            tool: Tool {
                name: env!("CARGO_PKG_NAME"),
                version: env!("CARGO_PKG_VERSION"),
            },
            articles: articles.iter().map(ArticleOut::of).collect(),
            errors,
        };
        serde_json::to_string_pretty(&doc).unwrap() + "\n"
    }

    fn streamed(articles: &[Article], errors: &[Failure]) -> String {
        let mut out = Vec::new();
        write_json(&mut out, articles, errors).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn streamed_document_is_what_serde_writes_whole() {
        let a = crate::analyze(
            "a.txt",
            "Bridge row\n\nThe mayor said the bridge is safe. The engineer said the bridge is not safe.\n",
        );
        let b = crate::analyze("b\n.txt", "Nothing \"to\" see.\n");
        let failure = Failure {
            path: "c.txt".to_string(),
            error: "no such file or directory".to_string(),
        };
        let errors = [failure.clone(), failure];
        for (articles, errors) in [
            (&[][..], &[][..]),
            (&[a.clone()][..], &[][..]),
            (&[][..], &errors[..]),
            (&[a, b][..], &errors[..1]),
        ] {
            assert_eq!(streamed(articles, errors), whole(articles, errors));
        }
    }
}
