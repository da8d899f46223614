//! Stage 3: renderers over the report value, one per output format. Each writes to any
//! `io::Write`; none decides the exit status.

pub mod github;
mod json;
mod points;
mod text;

pub use github::{write_github, write_github_article, write_github_errors, write_github_story};
pub use json::{
    JsonWriter, write_json, write_jsonl_article, write_jsonl_error, write_jsonl_record,
    write_jsonl_story,
};
pub use points::{Point, points};
pub use text::{TextOptions, Totals, escape, write_story_text, write_text, write_totals};

/// An input that could not be analyzed, as reported in JSON `errors`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Failure {
    pub path: String,
    pub error: String,
}
