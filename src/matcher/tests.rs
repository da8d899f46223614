//! Matcher tests on short texts written for them.

use crate::analyze;

#[test]
fn negation_against_a_synonym_is_a_conflict() {
    let a = analyze(
        "t",
        "Talks\n\nThe trade minister, Ana Lund, said the agreement had been signed.\n\nA union spokesman said there was \"no contract\" yet.",
    );
    assert_eq!(a.conflicts.len(), 1, "{:#?}", a);
}
