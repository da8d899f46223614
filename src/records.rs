//! News archives as JSON Lines (`--input-format jsonl`): one article a line,
//! `{"id": …, "title": "…", "text": "…"}`, other fields passed through to its result line.
//! This makes claimcheck a map step over a corpus (GNU parallel, Spark's `pipe`, Beam).

use serde_json::{Map, Value};

/// One archive record.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The record's `id`, any JSON value (`null` when it has none).
    pub id: Value,
    pub title: Option<String>,
    pub text: String,
    /// Every other field, in the order of the key names, for the result line.
    pub extra: Map<String, Value>,
}

/// Reads one line of an archive.
pub fn parse(line: &str) -> Result<Record, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(mut fields) = value else {
        return Err("a record is a JSON object".into());
    };
    let id = fields.remove("id").unwrap_or(Value::Null);
    let title = match fields.remove("title") {
        None | Some(Value::Null) => None,
        Some(Value::String(t)) => Some(t),
        Some(_) => return Err("`title` is not a string".into()),
    };
    let text = match fields.remove("text") {
        Some(Value::String(t)) => t,
        Some(_) => return Err("`text` is not a string".into()),
        None => return Err("no `text` field".into()),
    };
    Ok(Record {
        id,
        title,
        text,
        extra: fields,
    })
}

/// The `id` of a line that may not parse, for its error line: what it has, or `null`.
pub fn id_of(line: &str) -> Value {
    serde_json::from_str::<Value>(line)
        .ok()
        .and_then(|v| v.get("id").cloned())
        .unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_has_text_and_passes_other_fields_through() {
        let r = parse(r#"{"id": 7, "title": "Talks", "text": "Body.", "source": "AP"}"#).unwrap();
        assert_eq!(r.id, Value::from(7));
        assert_eq!(r.title.as_deref(), Some("Talks"));
        assert_eq!(r.text, "Body.");
        assert_eq!(r.extra["source"], Value::from("AP"));
        assert!(parse(r#"{"id": 1}"#).unwrap_err().contains("no `text`"));
        assert!(parse("[1]").is_err());
        assert!(parse("{").unwrap_err().starts_with("not JSON"));
        assert_eq!(id_of(r#"{"id": "x", "text": 3}"#), Value::from("x"));
    }
}
