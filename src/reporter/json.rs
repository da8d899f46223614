//! JSON (one document) and JSON Lines (one article per line) output. The layout is documented
//! in `docs/json-format.md`.

use std::io::{self, Write};

use serde::Serialize;

use super::Failure;
use crate::model::{Article, SCHEMA_VERSION};

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Document<'a> {
    schema_version: u32,
    tool: Tool,
    articles: &'a [Article],
    errors: &'a [Failure],
}

/// The whole report as one pretty-printed JSON document, with a final newline.
pub fn write_json(out: &mut dyn Write, articles: &[Article], errors: &[Failure]) -> io::Result<()> {
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        tool: Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        articles,
        errors,
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

/// One article as one line of JSON.
pub fn write_jsonl_article(out: &mut dyn Write, article: &Article) -> io::Result<()> {
    serde_json::to_writer(&mut *out, article).map_err(io::Error::other)?;
    writeln!(out)
}

/// An input that failed, as one line `{"path": …, "error": …}`.
pub fn write_jsonl_error(out: &mut dyn Write, failure: &Failure) -> io::Result<()> {
    serde_json::to_writer(&mut *out, failure).map_err(io::Error::other)?;
    writeln!(out)
}
