//! JSON (one document) and JSON Lines (one article per line) output. The layout is documented
//! in `docs/json-format.md`.

use std::io::{self, Write};

use serde::Serialize;

use super::Failure;
use super::points::points;
use crate::model::{Article, SCHEMA_VERSION};

/// An article as written: the report, and its conflicts grouped into contested points as the
/// text report shows them.
#[derive(Serialize)]
struct ArticleOut<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: &'a Option<String>,
    title: &'a Option<String>,
    sources: &'a [crate::model::Source],
    claims: &'a [crate::model::Claim],
    conflicts: Vec<ConflictOut<'a, crate::model::Conflict>>,
    points: Vec<PointOut<'a, &'a str, &'a str>>,
}

/// A conflict, with where each of its two claims is, so that a script need not look the
/// claims up to point at them.
#[derive(Serialize)]
struct ConflictOut<'a, C> {
    #[serde(flatten)]
    conflict: &'a C,
    places: Vec<Place>,
}

#[derive(Serialize)]
struct Place {
    line: usize,
    column: usize,
}

/// One contested point: two sources, the claims of each (`Claim`: an id in an article, a
/// place in a story), the conflicts that pair them; `across` only in a story.
#[derive(Serialize)]
struct PointOut<'a, Claim, Id> {
    topic: &'a str,
    kind: &'static str,
    confidence: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    across: Option<bool>,
    sides: [SideOut<'a, Claim>; 2],
    conflicts: Vec<Id>,
}

#[derive(Serialize)]
struct SideOut<'a, Claim> {
    source: usize,
    name: &'a str,
    claims: Vec<Claim>,
}

impl<'a> ArticleOut<'a> {
    fn of(article: &'a Article) -> Self {
        let points = points(article)
            .into_iter()
            .map(|p| {
                let lead: &'a crate::model::Conflict = p.conflicts[0];
                let sides = p.sides;
                let conflicts = p.conflicts.iter().map(|c| c.id.as_str()).collect();
                let [first, second] = p.claims;
                let side = |i: usize, claims: Vec<&'a str>| SideOut {
                    source: sides[i],
                    name: &article.sources[sides[i]].name,
                    claims,
                };
                PointOut {
                    topic: &lead.topic,
                    kind: lead.kind.as_str(),
                    confidence: lead.confidence,
                    across: None,
                    sides: [side(0, first), side(1, second)],
                    conflicts,
                }
            })
            .collect();
        let conflicts = article
            .conflicts
            .iter()
            .map(|conflict| ConflictOut {
                conflict,
                places: conflict
                    .claims
                    .iter()
                    .filter_map(|id| article.claim(id))
                    .map(|c| Place {
                        line: c.content.line,
                        column: c.content.column,
                    })
                    .collect(),
            })
            .collect();
        ArticleOut {
            path: &article.path,
            text: &article.text,
            title: &article.title,
            sources: &article.sources,
            claims: &article.claims,
            conflicts,
            points,
        }
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
        let sep = if self.articles == 0 { "" } else { "," };
        write!(out, "{sep}\n    ")?;
        self.articles += 1;
        pretty(out, &ArticleOut::of(article), 2)
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

/// One article as one line of JSON.
pub fn write_jsonl_article(out: &mut dyn Write, article: &Article) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &ArticleOut::of(article)).map_err(io::Error::from)?;
    writeln!(out)
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

/// The story of `--across`, beside the articles: its sources merged, the statements several
/// articles carry, its conflicts with each side's article and place, and its points.
#[derive(Serialize)]
struct StoryOut<'a> {
    sources: &'a [crate::story::StorySource],
    statements: &'a [crate::story::Statement],
    conflicts: Vec<ConflictOut<'a, crate::story::StoryConflict>>,
    points: Vec<PointOut<'a, &'a crate::story::Place, String>>,
}

impl<'a> StoryOut<'a> {
    fn of(articles: &'a [Article], story: &'a crate::story::Story) -> Self {
        let place_of = |p: &crate::story::Place| {
            articles[p.article].claim(&p.claim).map(|c| Place {
                line: c.content.line,
                column: c.content.column,
            })
        };
        let conflicts = story
            .conflicts
            .iter()
            .map(|conflict| ConflictOut {
                conflict,
                places: conflict.claims.iter().filter_map(place_of).collect(),
            })
            .collect();
        // The joined article's conflicts are the story's, in the same order.
        let ids: std::collections::HashMap<&str, &str> = story
            .joined
            .conflicts
            .iter()
            .zip(&story.conflicts)
            .map(|(k, s)| (k.id.as_str(), s.id.as_str()))
            .collect();
        let story_id = |c: &crate::model::Conflict| -> String {
            ids.get(c.id.as_str())
                .copied()
                .unwrap_or_default()
                .to_string()
        };
        let joined = &story.joined;
        let points = points(joined)
            .into_iter()
            .map(|p| {
                let lead: &'a crate::model::Conflict = p.conflicts[0];
                let sides = p.sides;
                let across = p.conflicts.iter().any(|c| {
                    let [x, y] = &c.claims;
                    story.place(x).map(|p| p.article) != story.place(y).map(|p| p.article)
                });
                let conflicts = p.conflicts.iter().map(|c| story_id(c)).collect();
                let [first, second] = p.claims;
                let side = |i: usize, claims: Vec<&'a str>| SideOut {
                    source: sides[i],
                    name: &story.sources[sides[i]].name,
                    claims: claims.iter().filter_map(|id| story.place(id)).collect(),
                };
                PointOut {
                    topic: &lead.topic,
                    kind: lead.kind.as_str(),
                    confidence: lead.confidence,
                    across: Some(across),
                    sides: [side(0, first), side(1, second)],
                    conflicts,
                }
            })
            .collect();
        StoryOut {
            sources: &story.sources,
            statements: &story.statements,
            conflicts,
            points,
        }
    }
}

impl JsonWriter {
    /// [`JsonWriter::finish`] for a story: `story` goes between `articles` and `errors`.
    pub fn finish_story(
        self,
        out: &mut dyn Write,
        articles: &[Article],
        story: &crate::story::Story,
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

/// The story line of `--across --format jsonl`, after the articles' lines: `{"story": …}`.
pub fn write_jsonl_story(
    out: &mut dyn Write,
    articles: &[Article],
    story: &crate::story::Story,
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
