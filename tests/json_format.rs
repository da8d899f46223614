//! Keeps `docs/json-format.md` and the JSON output in step: the document's field table is
//! parsed, and the real `--format json` and `--format jsonl` output on the fixture articles
//! must have every documented field, with the documented type, and no other field.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// One row of the field table.
#[derive(Debug)]
struct Field {
    /// `string`, `integer`, `number`, `boolean`, `object` or `array`.
    base: String,
    nullable: bool,
    /// For a string field with "one of ...": every value it may take.
    one_of: Vec<String>,
    /// Documented as present "Only when" something holds: an object may lack it.
    optional: bool,
}

/// The documented fields by path (`articles[].claims[].id`), read from the table under
/// "## Fields".
fn documented() -> BTreeMap<String, Field> {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json-format.md"))
            .unwrap();
    let section = doc
        .split("\n## Fields\n")
        .nth(1)
        .expect("a '## Fields' section")
        .split("\n## ")
        .next()
        .unwrap();
    let mut fields = BTreeMap::new();
    for row in section.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
        assert_eq!(cells.len(), 3, "row of three cells: {row}");
        let path = cells[0].trim_matches('`').to_string();
        let ty = cells[1];
        let nullable = ty.ends_with(" or null");
        let base = ty.split([' ', ',']).next().unwrap().to_string();
        assert!(
            ["string", "integer", "number", "boolean", "object", "array"].contains(&base.as_str()),
            "{path}: unknown type {ty:?}"
        );
        let one_of: Vec<String> = if ty.contains("one of") {
            ty.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect()
        } else {
            Vec::new()
        };
        assert!(
            fields
                .insert(
                    path.clone(),
                    Field {
                        base,
                        nullable,
                        one_of,
                        optional: cells[2].starts_with("Only when"),
                    }
                )
                .is_none(),
            "{path} documented twice"
        );
    }
    assert!(fields.len() > 20, "the field table was found");
    fields
}

fn type_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// Checks `value` found at `path` against the table, recording the paths seen with a value
/// that is not null.
fn check(
    fields: &BTreeMap<String, Field>,
    path: &str,
    value: &Value,
    seen: &mut BTreeSet<String>,
    label: &str,
) {
    let field = fields
        .get(path)
        .unwrap_or_else(|| panic!("{label}: `{path}` is in the output but not documented"));
    let actual = type_of(value);
    if actual == "null" {
        assert!(
            field.nullable,
            "{label}: `{path}` is null but not documented as nullable"
        );
        return;
    }
    // An integer is also a number.
    let fits = actual == field.base || (actual == "integer" && field.base == "number");
    assert!(
        fits,
        "{label}: `{path}` is {actual}, documented as {}",
        field.base
    );
    if !field.one_of.is_empty() {
        let s = value.as_str().unwrap();
        assert!(
            field.one_of.iter().any(|v| v == s),
            "{label}: `{path}` is {s:?}, not one of {:?}",
            field.one_of
        );
    }
    seen.insert(path.to_string());
    match value {
        Value::Object(map) => {
            check_object(fields, path, map, seen, label);
        }
        Value::Array(items) => {
            for item in items {
                check(fields, &format!("{path}[]"), item, seen, label);
            }
        }
        _ => {}
    }
}

fn check_object(
    fields: &BTreeMap<String, Field>,
    path: &str,
    map: &serde_json::Map<String, Value>,
    seen: &mut BTreeSet<String>,
    label: &str,
) {
    let children: BTreeSet<String> = fields
        .keys()
        .filter(|k| {
            let rest = if path.is_empty() {
                Some(k.as_str())
            } else {
                k.strip_prefix(path).and_then(|r| r.strip_prefix('.'))
            };
            rest.is_some_and(|r| !r.contains(['.', '[']))
        })
        .cloned()
        .collect();
    let present: BTreeSet<String> = map.keys().map(|k| join(path, k)).collect();
    let missing: Vec<&String> = children
        .difference(&present)
        .filter(|k| !fields[k.as_str()].optional)
        .collect();
    assert!(
        missing.is_empty(),
        "{label}: documented fields missing: {missing:?}"
    );
    for (key, value) in map {
        check(fields, &join(path, key), value, seen, label);
    }
}

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

/// Every fixture plus a missing file, so that `errors` is not empty.
fn inputs() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/fixtures");
    let mut paths: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| format!("data/fixtures/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    paths.sort();
    assert!(paths.len() >= 6, "fixtures found");
    // A web page, so that the extracted `text` is seen too.
    paths.push("tests/data/markup/harbour.html".to_string());
    paths.push("data/fixtures/no_such_article.txt".to_string());
    paths
}

fn output(format: &str) -> String {
    let out = Command::new(BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--claims", "--min-confidence", "0", "--format", format])
        .args(inputs())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "the missing file makes the status 2"
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Documented paths below one of `roots` (`""` is every path) never seen with a value.
fn unseen(
    fields: &BTreeMap<String, Field>,
    seen: &BTreeSet<String>,
    roots: &[&str],
) -> Vec<String> {
    fields
        .keys()
        .filter(|k| roots.iter().any(|r| k.starts_with(r)))
        .filter(|k| !seen.contains(*k))
        .cloned()
        .collect()
}

#[test]
fn json_output_has_exactly_the_documented_fields() {
    let fields = documented();
    let report: Value = serde_json::from_str(&output("json")).unwrap();
    let mut seen = BTreeSet::new();
    let map = report.as_object().expect("the document is an object");
    check_object(&fields, "", map, &mut seen, "--format json");
    assert!(!map.contains_key("story"), "a story only with --across");
    let missing: Vec<String> = unseen(&fields, &seen, &[""])
        .into_iter()
        .filter(|k| !k.starts_with("story"))
        .collect();
    assert!(
        missing.is_empty(),
        "documented but never seen with a value in the fixtures' output: {missing:?}"
    );
    assert_eq!(report["schema_version"], 1);
    assert_eq!(report["tool"]["name"], "claimcheck");
    assert_eq!(report["tool"]["version"], env!("CARGO_PKG_VERSION"));
}

/// `--across` over every story of `tests/data/stories` read as one: all of `story` is seen.
fn across_output(format: &str) -> String {
    let out = Command::new(BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--across", "--min-confidence", "0", "--format", format])
        .arg("tests/data/stories")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the stories are contested");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn across_json_has_exactly_the_documented_story_fields() {
    let fields = documented();
    let report: Value = serde_json::from_str(&across_output("json")).unwrap();
    let mut seen = BTreeSet::new();
    let map = report.as_object().expect("the document is an object");
    check_object(&fields, "", map, &mut seen, "--across --format json");
    let missing = unseen(&fields, &seen, &["story"]);
    assert!(missing.is_empty(), "never seen with --across: {missing:?}");
}

#[test]
fn across_jsonl_ends_the_articles_with_one_story_line() {
    let fields = documented();
    let mut seen = BTreeSet::new();
    let stdout = across_output("jsonl");
    let lines: Vec<&str> = stdout.lines().collect();
    let (last, articles) = lines.split_last().unwrap();
    for line in articles {
        let value: Value = serde_json::from_str(line).unwrap();
        check_object(
            &fields,
            "articles[]",
            value.as_object().unwrap(),
            &mut seen,
            "article line",
        );
    }
    let story: Value = serde_json::from_str(last).unwrap();
    let map = story.as_object().unwrap();
    assert_eq!(map.keys().collect::<Vec<_>>(), ["story"]);
    check(&fields, "story", &map["story"], &mut seen, "story line");
}

#[test]
fn jsonl_lines_are_documented_articles_and_errors() {
    let fields = documented();
    let mut seen = BTreeSet::new();
    let stdout = output("jsonl");
    let mut errors = 0;
    for (n, line) in stdout.lines().enumerate() {
        let value: Value = serde_json::from_str(line).unwrap();
        let map = value.as_object().expect("each line is an object");
        let label = format!("--format jsonl line {}", n + 1);
        if map.contains_key("error") {
            errors += 1;
            check_object(&fields, "errors[]", map, &mut seen, &label);
        } else {
            assert_eq!(errors, 0, "error lines come after the articles");
            check_object(&fields, "articles[]", map, &mut seen, &label);
        }
    }
    assert_eq!(errors, 1);
    let missing = unseen(&fields, &seen, &["articles[].", "errors[]."]);
    assert!(missing.is_empty(), "never seen in JSON Lines: {missing:?}");
}

#[test]
fn documented_example_follows_the_table() {
    let fields = documented();
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json-format.md"))
            .unwrap();
    let example = doc
        .split("```json\n")
        .nth(1)
        .and_then(|s| s.split("\n```").next())
        .expect("a ```json example");
    let value: Value = serde_json::from_str(example).expect("the example is valid JSON");
    let mut seen = BTreeSet::new();
    check_object(
        &fields,
        "",
        value.as_object().unwrap(),
        &mut seen,
        "the example",
    );
    assert_eq!(value["schema_version"], 1);
}

/// The JSON names of `values`, which must be every variant: the `match` in each caller stops
/// compiling when a variant is added, so the table cannot miss it.
fn names<T: serde::Serialize>(values: &[T]) -> Vec<String> {
    values
        .iter()
        .map(|v| {
            serde_json::to_value(v)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn documented_enumerations_list_every_variant() {
    use claimcheck::model::{ClaimKind, ConflictKind, Stance};
    let fields = documented();
    let kinds = [ClaimKind::Direct, ClaimKind::Partial, ClaimKind::Indirect];
    for k in kinds {
        match k {
            ClaimKind::Direct | ClaimKind::Partial | ClaimKind::Indirect => {}
        }
    }
    // (Listed here, not read from the model: a variant added there fails the match below.)
    let stances = [
        Stance::Assert,
        Stance::Deny,
        Stance::Doubt,
        Stance::Support,
        Stance::Oppose,
    ];
    for s in stances {
        match s {
            Stance::Assert | Stance::Deny | Stance::Doubt | Stance::Support | Stance::Oppose => {}
        }
    }
    let conflict_kinds = [
        ConflictKind::Negation,
        ConflictKind::Antonym,
        ConflictKind::Numeric,
        ConflictKind::Denial,
        ConflictKind::Contrast,
    ];
    for k in conflict_kinds {
        match k {
            ConflictKind::Negation
            | ConflictKind::Antonym
            | ConflictKind::Numeric
            | ConflictKind::Denial
            | ConflictKind::Contrast => {}
        }
    }
    assert_eq!(fields["articles[].claims[].kind"].one_of, names(&kinds));
    assert_eq!(fields["articles[].claims[].stance"].one_of, names(&stances));
    for path in [
        "articles[].conflicts[].kind",
        "story.conflicts[].kind",
        "story.points[].kind",
        "articles[].points[].kind",
    ] {
        assert_eq!(fields[path].one_of, names(&conflict_kinds), "{path}");
    }
}
