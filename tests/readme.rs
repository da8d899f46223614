//! Keeps the README from drifting: it opens with the two set-up commands, and every example
//! block that starts with `$ claimcheck ARGS` shows what the binary prints for those
//! arguments (`[…]` on a line of its own ends the comparison; inside a line it stands for
//! any text).

use std::path::Path;
use std::process::Command;

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

#[test]
fn readme_starts_with_the_two_set_up_commands() {
    let text = readme();
    let first_block = text
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .unwrap();
    let lines: Vec<&str> = first_block.lines().collect();
    assert_eq!(lines.len(), 2, "{first_block}");
    assert!(
        lines[0].contains("claimcheck data/fixtures/"),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with("cargo test"), "{}", lines[1]);
    assert!(text.starts_with("# claimcheck\n\n```sh\n"));
}

/// Whether `line` matches `pattern`, where `[…]` in the pattern stands for any text.
fn matches(pattern: &str, line: &str) -> bool {
    let mut parts = pattern.split("[…]");
    let first = parts.next().unwrap();
    let Some(mut rest) = line.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    for (i, part) in parts.iter().enumerate() {
        if i + 1 == parts.len() {
            return rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.is_empty()
}

#[test]
fn readme_examples_show_what_the_binary_prints() {
    let text = readme();
    let mut checked = 0;
    for block in text.split("```text\n").skip(1) {
        let block = block.split("```").next().unwrap();
        let mut lines = block.lines();
        let Some(command) = lines.next().and_then(|l| l.strip_prefix("$ claimcheck ")) else {
            continue;
        };
        let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(command.split_whitespace())
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("CLICOLOR_FORCE")
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let mut got = stdout.lines();
        let mut whole = true;
        for expected in lines {
            if expected == "[…]" {
                whole = false;
                break;
            }
            let line = got.next().unwrap_or_default();
            assert!(
                matches(expected, line),
                "README example `claimcheck {command}`:\n  README: {expected}\n  binary: {line}"
            );
        }
        if whole {
            assert_eq!(
                got.next(),
                None,
                "README example `claimcheck {command}` prints more"
            );
        }
        checked += 1;
    }
    assert!(checked >= 2, "examples found: {checked}");
}

#[test]
fn the_placeholder_matches_any_text() {
    assert!(matches("a[…]c", "abbbc"));
    assert!(matches("{\"x\":[…],\"y\":1}", "{\"x\":[1,2],\"y\":1}"));
    assert!(!matches("a[…]c", "abd"));
    assert!(matches("plain", "plain"));
    assert!(!matches("plain", "plainer"));
}
