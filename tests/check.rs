//! Sidecar expectations (`--check`, `--bless`), GitHub Actions output (`--format github`) and
//! `--generate`, run through the built binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use claimcheck::check::{self, Expectation, ExpectedClaim, ExpectedConflict};

const BRIDGE: &str = "Bridge closure disputed\n\n\
    The mayor said the bridge is safe for traffic. The city engineer said the bridge is not \
    safe for traffic.\n\n\
    \"We will reopen the road on Monday,\" said Anna Weber, the transport minister.\n";

const QUIET: &str = "Library hours\n\n\"We will open the library on Sundays,\" said Anna Weber.\n";

fn claimcheck(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("claimcheck runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn last_line(o: &Output) -> String {
    stdout(o).lines().last().unwrap_or_default().to_string()
}

/// A fresh directory for one test, with the given files.
fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("check")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

fn write_expectation(dir: &Path, file: &str, e: &Expectation) {
    std::fs::write(dir.join(file), check::to_json(e)).unwrap();
}

#[test]
fn compare_names_what_is_missing_and_what_is_unexpected() {
    let article = claimcheck::analyze("a.txt", BRIDGE);
    let e = Expectation {
        conflicts: vec![ExpectedConflict {
            speakers: ["Weber".into(), "mayor".into()],
            words: ["reopen".into(), "safe".into()],
            kind: None,
        }],
        claims: vec![ExpectedClaim {
            speaker: "ANNA".into(),
            words: "reopen the road".into(),
        }],
        ..Expectation::default()
    };
    let c = check::compare(&article, &e);
    assert_eq!(
        c.missing,
        vec![check::Expected::Conflict(e.conflicts[0].clone())]
    );
    assert_eq!(c.unexpected.len(), 1);
    assert_eq!(
        c.unexpected[0].confidence,
        article.conflicts.first().map(|x| x.confidence)
    );
    assert_eq!((c.unexpected[0].line, c.unexpected[0].column), (3, 16));
}

#[test]
fn blessed_expectation_is_deterministic_and_met() {
    let article = claimcheck::analyze("a.txt", BRIDGE);
    let e = check::bless(&article, None);
    assert_eq!(
        check::to_json(&e),
        check::to_json(&check::bless(&article, None))
    );
    assert!(check::compare(&article, &e).passed());
    let speakers: Vec<&str> = e.claims.iter().map(|c| c.speaker.as_str()).collect();
    assert_eq!(speakers, ["mayor", "city engineer", "Anna Weber"]);
}

#[test]
fn check_passes_after_bless_and_bless_is_idempotent() {
    let dir = scratch("round_trip", &[("a.txt", BRIDGE), ("b.txt", QUIET)]);
    let o = claimcheck(&["--bless", "."], &dir);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert_eq!(last_line(&o), "2 written, 0 unchanged");
    let first = std::fs::read_to_string(dir.join("a.expect.json")).unwrap();
    assert!(first.ends_with("}\n"));
    assert!(dir.join("b.expect.json").exists());

    let o = claimcheck(&["--bless", "a.txt", "b.txt"], &dir);
    assert_eq!(last_line(&o), "0 written, 2 unchanged");
    assert_eq!(
        std::fs::read_to_string(dir.join("a.expect.json")).unwrap(),
        first
    );

    let o = claimcheck(&["--check", "."], &dir);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert_eq!(stdout(&o), "ok ./a.txt\nok ./b.txt\n2 passed, 0 failed\n");
}

#[test]
fn check_fails_with_details_and_exit_1() {
    let dir = scratch("fails", &[("a.txt", BRIDGE), ("b.txt", QUIET)]);
    claimcheck(&["--bless", "b.txt"], &dir);
    write_expectation(
        &dir,
        "a.expect.json",
        &Expectation {
            claims: vec![ExpectedClaim {
                speaker: "Weber".into(),
                words: "close the road".into(),
            }],
            ..Expectation::default()
        },
    );
    let o = claimcheck(&["--check", "a.txt", "b.txt"], &dir);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let out = stdout(&o);
    assert!(out.starts_with("FAILED a.txt\n"), "{out}");
    assert!(
        out.contains("\n    missing claim: Weber: \"close the road\"\n"),
        "{out}"
    );
    assert!(
        out.contains("\n    unexpected conflict at a.txt:3:16: mayor: "),
        "{out}"
    );
    assert!(out.contains("\nok b.txt\n"), "{out}");
    assert_eq!(last_line(&o), "1 passed, 1 failed");
}

#[test]
fn articles_without_sidecar_are_skipped() {
    let dir = scratch("skipped", &[("a.txt", BRIDGE), ("b.txt", QUIET)]);
    claimcheck(&["--bless", "b.txt"], &dir);
    let o = claimcheck(&["--check", "."], &dir);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert_eq!(
        stdout(&o),
        "ok ./b.txt\nskipped 1 article without a sidecar\n1 passed, 0 failed\n"
    );

    // No sidecar at all: a CI job pointed at the wrong folder must not pass quietly.
    let o = claimcheck(&["--check", "a.txt"], &dir);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(last_line(&o), "0 passed, 0 failed");
    assert!(String::from_utf8_lossy(&o.stderr).contains("write them with --bless"));
    let o = claimcheck(&["--check", "--allow-missing", "a.txt"], &dir);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn broken_sidecar_or_missing_article_is_an_error_with_exit_2() {
    let dir = scratch("errors", &[("a.txt", BRIDGE), ("b.txt", QUIET)]);
    claimcheck(&["--bless", "b.txt"], &dir);
    std::fs::write(dir.join("a.expect.json"), "{\"claim\": []}\n").unwrap();
    let o = claimcheck(&["--check", ".", "gone.txt"], &dir);
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    assert_eq!(last_line(&o), "1 passed, 2 failed");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("claimcheck: ./a.expect.json: not a valid expectation: unknown field `claim`"),
        "{err}"
    );
    assert!(
        err.contains("claimcheck: gone.txt: no such file or directory"),
        "{err}"
    );

    for args in [
        &["--check"][..],
        &["--check", "--format", "json", "."],
        &["--bless", "-"],
    ] {
        let o = claimcheck(args, &dir);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {o:?}");
    }
}

#[test]
fn rebless_keeps_hand_written_phrases() {
    let dir = scratch("rebless", &[("a.txt", BRIDGE)]);
    claimcheck(&["--bless", "--bless-claims", "a.txt"], &dir);
    let path = dir.join("a.expect.json");
    let mut e = check::parse(&std::fs::read(&path).unwrap()).unwrap();
    e.claims[2].words = "reopen".into();
    e.claims.push(ExpectedClaim {
        speaker: "nobody".into(),
        words: String::new(),
    });
    write_expectation(&dir, "a.expect.json", &e);
    assert_eq!(
        claimcheck(&["--check", "a.txt"], &dir).status.code(),
        Some(1)
    );

    let o = claimcheck(&["--bless", "a.txt"], &dir);
    assert_eq!(last_line(&o), "1 written, 0 unchanged");
    let again = check::parse(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(again.claims.len(), 3);
    assert_eq!(again.claims[2].words, "reopen");
    assert_eq!(
        claimcheck(&["--check", "a.txt"], &dir).status.code(),
        Some(0)
    );
}

#[cfg(unix)]
#[test]
fn bless_never_writes_through_a_symlinked_sidecar() {
    let dir = scratch("symlink", &[("a.txt", BRIDGE), ("b.txt", QUIET)]);
    let outside = scratch("symlink_outside", &[("target.json", "{}\n")]);
    // A link to a file that parses as an expectation, and a dangling one.
    std::os::unix::fs::symlink(outside.join("target.json"), dir.join("a.expect.json")).unwrap();
    std::os::unix::fs::symlink(outside.join("new.json"), dir.join("b.expect.json")).unwrap();
    for args in [
        &["--bless", "a.txt", "b.txt"][..],
        &["--check", "a.txt", "b.txt"],
    ] {
        let o = claimcheck(args, &dir);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {o:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("a.expect.json: is a symbolic link"), "{err}");
        assert!(err.contains("b.expect.json: is a symbolic link"), "{err}");
    }
    assert_eq!(
        std::fs::read_to_string(outside.join("target.json")).unwrap(),
        "{}\n"
    );
    assert!(!outside.join("new.json").exists());
}

#[cfg(unix)]
#[test]
fn a_fifo_sidecar_is_refused_without_waiting() {
    let dir = scratch("fifo", &[("a.txt", BRIDGE)]);
    let made = Command::new("mkfifo")
        .arg(dir.join("a.expect.json"))
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        return; // no mkfifo here
    }
    for mode in ["--check", "--bless"] {
        let o = claimcheck(&[mode, "a.txt"], &dir);
        assert_eq!(o.status.code(), Some(2), "{mode}: {o:?}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("a.expect.json: is not a regular file"),
            "{mode}: {o:?}"
        );
    }
}

#[test]
fn a_sidecar_that_is_not_a_json_object_is_refused() {
    let dir = scratch("array", &[("a.txt", BRIDGE)]);
    std::fs::write(dir.join("a.expect.json"), "[[], true]\n").unwrap();
    let o = claimcheck(&["--check", "a.txt"], &dir);
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("a sidecar is a JSON object"),
        "{o:?}"
    );
}

#[test]
fn bless_replaces_a_sidecar_whole_and_leaves_no_temporary_file() {
    let dir = scratch("atomic", &[("a.txt", BRIDGE)]);
    std::fs::write(dir.join("a.expect.json"), "{}\n").unwrap();
    let o = claimcheck(&["--bless", "a.txt"], &dir);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    let text = std::fs::read(dir.join("a.expect.json")).unwrap();
    assert!(check::parse(&text).is_ok());
}

#[test]
fn check_with_github_format_annotates_what_could_not_be_read() {
    let dir = scratch("github_errors", &[("a.txt", BRIDGE)]);
    std::fs::write(dir.join("a.expect.json"), "{\"claim\": []}\n").unwrap();
    let o = claimcheck(
        &["--check", "--format", "github", "a.txt", "gone.txt"],
        &dir,
    );
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    let out = stdout(&o);
    assert!(
        out.contains("::error file=a.expect.json,title=claimcheck::not a valid expectation"),
        "{out}"
    );
    assert!(
        out.contains("::error file=gone.txt,title=claimcheck::no such file or directory"),
        "{out}"
    );
}

#[test]
fn sidecar_text_cannot_act_on_the_terminal_or_the_actions_runner() {
    let dir = scratch("hostile_sidecar", &[("a.txt", BRIDGE)]);
    let e = Expectation {
        claims: vec![ExpectedClaim {
            speaker: "\u{1b}]0;owned\u{7} ##[error]planted".into(),
            words: "##[stop-commands]token".into(),
        }],
        ..Expectation::default()
    };
    write_expectation(&dir, "a.expect.json", &e);
    for format in ["text", "github"] {
        let o = claimcheck(&["--check", "--format", format, "a.txt"], &dir);
        assert_eq!(o.status.code(), Some(1), "{o:?}");
        let out = stdout(&o);
        assert!(!out.contains('\u{1b}'), "{format}: {out}");
        if format == "github" {
            assert!(!out.contains("##["), "{out}");
        }
    }
}

#[test]
fn bless_lists_conflicts_so_a_copy_edit_elsewhere_still_passes() {
    let dir = scratch("bless_points", &[("a.txt", BRIDGE), ("b.txt", BRIDGE)]);
    claimcheck(&["--bless", "a.txt"], &dir);
    claimcheck(&["--bless", "--bless-claims", "b.txt"], &dir);
    let a = check::parse(&std::fs::read(dir.join("a.expect.json")).unwrap()).unwrap();
    let b = check::parse(&std::fs::read(dir.join("b.expect.json")).unwrap()).unwrap();
    assert!(a.claims.is_empty() && !a.conflicts.is_empty(), "{a:?}");
    assert_eq!(b.claims.len(), 3, "{b:?}");
    // A copy edit in the quotation that is in no conflict.
    let edited = BRIDGE.replace("reopen the road on Monday", "open the road again on Monday");
    std::fs::write(dir.join("a.txt"), &edited).unwrap();
    std::fs::write(dir.join("b.txt"), &edited).unwrap();
    assert_eq!(
        claimcheck(&["--check", "a.txt"], &dir).status.code(),
        Some(0)
    );
    assert_eq!(
        claimcheck(&["--check", "b.txt"], &dir).status.code(),
        Some(1)
    );
    // A sidecar that lists claims goes on listing them.
    claimcheck(&["--bless", "b.txt"], &dir);
    let b = check::parse(&std::fs::read(dir.join("b.expect.json")).unwrap()).unwrap();
    assert_eq!(b.claims.len(), 3, "{b:?}");
}

#[test]
fn check_with_github_format_adds_error_annotations() {
    let dir = scratch("check_github", &[("a.txt", BRIDGE)]);
    write_expectation(&dir, "a.expect.json", &Expectation::default());
    let o = claimcheck(&["--check", "--format", "github", "a.txt"], &dir);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains(
            "\n::error file=a.txt,line=3,col=16,title=claimcheck unexpected conflict::mayor: "
        ),
        "{out}"
    );
    assert_eq!(last_line(&o), "0 passed, 1 failed");
}

#[test]
fn github_format_escapes_properties_and_message() {
    let text = "Turnout dispute\n\nThe mayor said turnout rose 50% this year. \
        The clerk said turnout rose 20% this year.\n";
    let name = "odd, name: 100%\r.txt";
    let dir = scratch("github", &[(name, text)]);
    let o = claimcheck(&["--format", "github", name], &dir);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    // One contested point, one annotation, naming where the other side is.
    assert_eq!(lines.len(), 1, "{out}");
    let file = "file=odd%2C name%3A 100%25%0D.txt";
    assert!(
        lines[0].starts_with(&format!(
            "::warning {file},line=3,col=16,title=claimcheck numeric conflict::mayor: \"turnout rose 50%25 this year\" vs clerk: \"turnout rose 20%25 this year\" (at line 3, column 59; confidence "
        )),
        "{out}"
    );

    let o = claimcheck(&["--format", "github", "gone.txt"], &dir);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stdout(&o),
        "::error file=gone.txt,title=claimcheck::no such file or directory\n"
    );
}

#[test]
fn generate_prints_completions_and_man_page() {
    let dir = scratch("generate", &[]);
    for (what, marker) in [
        ("bash", "complete -F _claimcheck"),
        ("zsh", "#compdef claimcheck"),
        ("fish", "complete -c claimcheck -l check"),
        ("man", ".TH claimcheck 1"),
    ] {
        let o = claimcheck(&["--generate", what], &dir);
        assert_eq!(o.status.code(), Some(0), "{what}: {o:?}");
        let out = stdout(&o);
        assert!(out.contains(marker), "{what}: {out}");
        assert!(out.contains("bless"), "{what}");
        assert!(o.stderr.is_empty(), "{what}");
    }
    assert_eq!(
        claimcheck(&["--generate", "tcsh"], &dir).status.code(),
        Some(2)
    );
}

/// Every fixture article has a sidecar, and meets it. When a change to the parser or matcher
/// changes a report, this fails: run `claimcheck --bless data/fixtures`, read the diff of the
/// `*.expect.json` files, and commit them with the change if the new reports are right. A new
/// fixture needs its sidecar blessed the same way.
#[test]
fn fixtures_meet_their_sidecars() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut articles = Vec::new();
    let mut sidecars = Vec::new();
    for entry in std::fs::read_dir(root.join("data/fixtures")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".expect.json") {
            sidecars.push(stem.to_string());
        } else if let Some(stem) = name.strip_suffix(".txt") {
            articles.push(stem.to_string());
        }
    }
    articles.sort();
    sidecars.sort();
    assert!(!articles.is_empty(), "no fixture in data/fixtures");
    assert_eq!(
        sidecars, articles,
        "each data/fixtures/x.txt needs x.expect.json: run claimcheck --bless on it and review"
    );
    let o = claimcheck(&["--check", "data/fixtures"], root);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        last_line(&o),
        format!("{} passed, 0 failed", articles.len())
    );
}
