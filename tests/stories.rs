//! `--across`: the stories in `tests/data/stories/` (their `expected` says what a reader
//! expects, see its README), and the seed article told as three separate reports.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

fn run(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

fn story(args: &[&str]) -> Value {
    let (_, out) = run(&[&["--across", "--format", "json"], args].concat());
    let report: Value = serde_json::from_str(&out).unwrap();
    report["story"].clone()
}

/// A pair of names in either order, as one key.
fn pair(a: &str, b: &str) -> String {
    let (x, y) = if a <= b { (a, b) } else { (b, a) };
    format!("{x} | {y}")
}

/// The contested points across articles, and the sources of reprinted statements.
fn found(story: &Value) -> (BTreeSet<String>, BTreeSet<String>) {
    let points = story["points"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["across"] == true)
        .map(|p| {
            let side = |i: usize| p["sides"][i]["name"].as_str().unwrap().to_string();
            pair(&side(0), &side(1))
        })
        .collect();
    let sources = story["sources"].as_array().unwrap();
    let reprinted = story["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let i = s["source"].as_u64().unwrap() as usize;
            sources[i]["name"].as_str().unwrap().to_string()
        })
        .collect();
    (points, reprinted)
}

fn expected(dir: &Path) -> (BTreeSet<String>, BTreeSet<String>) {
    let text = std::fs::read_to_string(dir.join("expected")).unwrap();
    let mut points = BTreeSet::new();
    let mut reprinted = BTreeSet::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix("reprinted:") {
            reprinted.insert(name.trim().to_string());
        } else {
            let (a, b) = line.split_once(" | ").expect("`A | B`");
            points.insert(pair(a.trim(), b.trim()));
        }
    }
    (points, reprinted)
}

fn stories() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/stories");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 4, "four stories or more");
    dirs
}

#[test]
fn each_story_has_the_contested_points_and_reprints_a_reader_expects() {
    for dir in stories() {
        let s = story(&[dir.to_str().unwrap()]);
        assert_eq!(found(&s), expected(&dir), "{}", dir.display());
    }
}

#[test]
fn the_exit_status_says_whether_the_story_is_contested() {
    for dir in stories() {
        let (status, _) = run(&["--across", "-q", dir.to_str().unwrap()]);
        let contested = !expected(&dir).0.is_empty();
        assert_eq!(status, Some(i32::from(contested)), "{}", dir.display());
    }
}

#[test]
fn github_annotates_both_articles_of_a_point_across_them() {
    let (_, out) = run(&[
        "--across",
        "--format",
        "github",
        "tests/data/stories/turnout-dispute",
    ]);
    let across: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("conflict across articles"))
        .collect();
    assert_eq!(across.len(), 2, "{out}");
    assert!(across[0].contains("file=tests/data/stories/turnout-dispute/1-commission.txt"));
    assert!(across[1].contains("file=tests/data/stories/turnout-dispute/2-opposition.txt"));
}

#[test]
fn the_text_report_shows_every_place_and_who_is_quoted_where() {
    let (_, out) = run(&[
        "--across",
        "--color",
        "never",
        "tests/data/stories/ferry-strike",
    ]);
    assert!(
        out.starts_with("Story: 3 articles, "),
        "a header for the story\n{out}"
    );
    assert!(
        out.contains("2 contested points (2 across articles)"),
        "{out}"
    );
    assert!(out.contains("Sources by article:"), "{out}");
    assert!(
        out.contains("tests/data/stories/ferry-strike/2-union.txt:3:"),
        "each side's place\n{out}"
    );
    let (_, out) = run(&[
        "--across",
        "--claims",
        "--color",
        "never",
        "tests/data/stories/ferry-strike",
    ]);
    assert_eq!(out.matches("Claims of ").count(), 3, "{out}");
}

/// The seed article cut into the three reports it is made of: the agency's, the denial,
/// Washington's. Read from `../shared/seeds` beside the checkout (never copied here).
#[test]
fn the_seed_story_told_by_three_reports_has_the_seed_articles_two_points() {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_4d4943778a46a10c.txt");
    let text = std::fs::read_to_string(&seed).expect("../shared/seeds beside the checkout");
    let paragraphs: Vec<&str> = text.split("\n\n").map(str::trim).collect();
    let find = |start: &str| {
        paragraphs
            .iter()
            .position(|p| p.starts_with(start))
            .unwrap_or_else(|| panic!("a paragraph starting {start:?}"))
    };
    let (agency, denial, washington) = (
        find("TASS cited"),
        find("A Turkish defense official said"),
        find("Any new defense contract"),
    );
    let dir = std::env::temp_dir().join(format!("claimcheck-seed-story-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let parts = [
        (
            "1-agency.txt",
            "Russia says S-400 contract signed",
            agency..agency + 1,
        ),
        (
            "2-denial.txt",
            "Turkish official denies new deal",
            denial..washington,
        ),
        (
            "3-washington.txt",
            "Washington and Ankara differ",
            washington..paragraphs.len(),
        ),
    ];
    for (name, title, range) in parts {
        let body = paragraphs[range].join("\n\n");
        std::fs::write(dir.join(name), format!("{title}\n\n{body}\n")).unwrap();
    }
    let s = story(&[dir.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    let points = s["points"].as_array().unwrap();
    let sides: BTreeSet<String> = points
        .iter()
        .map(|p| {
            let side = |i: usize| p["sides"][i]["name"].as_str().unwrap().to_string();
            pair(&side(0), &side(1))
        })
        .collect();
    assert_eq!(
        sides,
        BTreeSet::from([
            pair("Dmitry Shugayev", "Turkish defense official"),
            pair("United States", "Türkiye"),
        ]),
        "{s:#}"
    );
    let across: Vec<bool> = points.iter().map(|p| p["across"] == true).collect();
    assert_eq!(across.iter().filter(|a| **a).count(), 1, "{s:#}");
}

/// A copy of a story in a folder of its own.
fn copy_story(name: &str) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/stories")
        .join(name);
    let to = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "story-{name}-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&to);
    std::fs::create_dir_all(&to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
    }
    to
}

#[test]
fn a_story_sidecar_is_blessed_then_checked() {
    let dir = copy_story("turnout-dispute");
    let d = dir.to_str().unwrap();
    let (status, _) = run(&["--across", "--check", d]);
    assert_eq!(status, Some(2), "no story sidecar is an error");
    let (status, _) = run(&["--across", "--check", "--allow-missing", d]);
    assert_eq!(status, Some(0));
    let (status, out) = run(&["--across", "--bless", d]);
    assert_eq!(
        (status, out.as_str()),
        (Some(0), "1 written, 0 unchanged\n")
    );
    assert!(dir.join("story.expect.json").is_file());
    let (status, out) = run(&["--across", "--check", d]);
    assert_eq!(status, Some(0), "{out}");
    // The opposition now gives the commission's figure: the point is gone.
    let opposition = dir.join("2-opposition.txt");
    let text = std::fs::read_to_string(&opposition).unwrap();
    std::fs::write(&opposition, text.replace("45 percent", "61 percent")).unwrap();
    let (status, out) = run(&["--across", "--check", d]);
    assert_eq!(status, Some(1), "{out}");
    assert!(
        out.contains("missing conflict: Central Election Commission"),
        "{out}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unexpected_conflict_of_a_story_is_shown_where_it_is_in_its_article() {
    let dir = copy_story("turnout-dispute");
    let d = dir.to_str().unwrap();
    let opposition = dir.join("2-opposition.txt");
    let text = std::fs::read_to_string(&opposition).unwrap();
    std::fs::write(&opposition, text.replace("45 percent", "61 percent")).unwrap();
    run(&["--across", "--bless", d]);
    std::fs::write(&opposition, text).unwrap();
    let (status, out) = run(&["--across", "--check", d]);
    assert_eq!(status, Some(1), "{out}");
    let place = format!("unexpected conflict at {d}/1-commission.txt:3:53");
    assert!(out.contains(&place), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}
