//! Parser tests: the table-driven run of the cases of `tests/data/cases/parser/` (short
//! articles written for them, and what the parser must find in each; see
//! `tests/data/cases/README.md`), and tests of the parser's parts.

use super::*;
use crate::cases::{self, Case};

/// Every case of `tests/data/cases/parser/` but those marked `ignore`.
#[test]
fn parser_cases() {
    cases::run_all("parser", false, parser_case);
}

/// The cases marked `ignore`: known gaps of the parser.
#[test]
#[ignore = "known parser gaps: the cases of tests/data/cases/parser/ marked `ignore`"]
fn ignored_parser_cases() {
    cases::run_all("parser", true, parser_case);
}

/// What of `case` fails: reading the article a paragraph at a time (every paragraph a window
/// of its own) must find what reading it whole finds, and that must meet the expectations.
fn parser_case(case: &Case) -> Vec<String> {
    if case.claims_from_parser || !case.claim.is_empty() || case.expect.checks_conflicts() {
        return vec!["a parser case gives an article and checks claims and sources only".into()];
    }
    let text = case.article.as_str();
    let whole = parse(&mut Document::new(text));
    let mut doc = Document::outline(text);
    let found = find_by_windows(&mut doc, 1);
    let windowed = assemble(&doc, found);
    let mut failures = Vec::new();
    if windowed.claims != whole.claims || windowed.sources != whole.sources {
        failures.push(format!(
            "a paragraph at a time, the parser finds other claims or sources:\n{}",
            cases::describe(&windowed.claims, &windowed.sources, &[])
        ));
    }
    failures.extend(cases::claim_failures(
        &case.expect,
        &whole.claims,
        &whole.sources,
        text,
    ));
    if !failures.is_empty() {
        failures.push(cases::describe(&whole.claims, &whole.sources, &[]));
    }
    failures
}

#[test]
fn windows_are_runs_of_whole_paragraphs_of_at_least_the_size_asked() {
    let doc = Document::outline("aaaa\n\nbb\n\ncc\n\ndddddd\n\ne");
    assert_eq!(windows(&doc, 4), vec![0..1, 1..3, 3..4, 4..5]);
    assert_eq!(windows(&doc, 1000), vec![0..5]);
    assert_eq!(windows(&doc, 1).len(), 5);
}

#[test]
fn numbered_ids_read_as_formatted_ones() {
    for n in [0, 1, 9, 10, 11, 99, 100, 12345, usize::MAX] {
        assert_eq!(numbered('c', n), format!("c{n}"));
    }
}
