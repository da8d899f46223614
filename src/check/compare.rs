//! Comparing a report with its sidecar: what the expectation misses, and what the report has
//! beyond it.

use super::bless::{entry_for_claim, entry_for_conflict};
use super::matching::{matched, speaker_matches};
use super::schema::{Expectation, ExpectedClaim, ExpectedConflict};
use crate::model::{Article, Claim, Conflict};

/// An expected item, as reported missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// An entry of `claims`.
    Claim(ExpectedClaim),
    /// An entry of `conflicts`.
    Conflict(ExpectedConflict),
}

/// An item of the report that the expectation does not list (and does not allow).
#[derive(Debug, Clone, PartialEq)]
pub struct Unexpected {
    /// The claim or conflict id in the report.
    pub id: String,
    /// 1-based line of the claim (of a conflict, its first claim in the article).
    pub line: usize,
    /// 1-based column of the same, in characters.
    pub column: usize,
    /// The conflict's confidence; `None` for a claim.
    pub confidence: Option<f64>,
    /// The entry that would expect it, as [`bless`](super::bless()) writes it.
    pub entry: Expected,
}

/// The outcome of comparing one article's report with its expectation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comparison {
    /// Expected items the report lacks, conflicts first, in the sidecar's order.
    pub missing: Vec<Expected>,
    /// Report items not expected, conflicts first, in document order.
    pub unexpected: Vec<Unexpected>,
}

impl Comparison {
    /// True when nothing is missing and nothing unexpected.
    pub fn passed(&self) -> bool {
        self.missing.is_empty() && self.unexpected.is_empty()
    }
}

/// Compares an article's report with what its sidecar expects.
pub fn compare(article: &Article, expectation: &Expectation) -> Comparison {
    let mut result = Comparison::default();
    let m = matched(article, expectation);
    let met = |owner: &[Option<usize>], n: usize| {
        let mut met = vec![false; n];
        for e in owner.iter().flatten() {
            met[*e] = true;
        }
        met
    };
    let conflicts_met = met(&m.conflict_owner, expectation.conflicts.len());
    for (e, _) in expectation
        .conflicts
        .iter()
        .zip(&conflicts_met)
        .filter(|(_, m)| !**m)
    {
        result.missing.push(Expected::Conflict(e.clone()));
    }
    if !expectation.other_conflicts {
        for ((conflict, sides), o) in m.conflicts.iter().zip(&m.conflict_owner) {
            // Another pair of an expected contested point (the same two speakers) is part of
            // what the sidecar expects.
            if o.is_none() && !same_point(expectation, conflict, sides) {
                result.unexpected.push(Unexpected {
                    id: conflict.id.clone(),
                    line: sides[0].content.line,
                    column: sides[0].content.column,
                    confidence: Some(conflict.confidence),
                    entry: Expected::Conflict(entry_for_conflict(conflict, *sides)),
                });
            }
        }
    }
    let claims_met = met(&m.claim_owner, expectation.claims.len());
    for (e, _) in expectation
        .claims
        .iter()
        .zip(&claims_met)
        .filter(|(_, m)| !**m)
    {
        result.missing.push(Expected::Claim(e.clone()));
    }
    if !expectation.other_claims {
        for (claim, o) in m.claims.iter().zip(&m.claim_owner) {
            if o.is_none() {
                result.unexpected.push(Unexpected {
                    id: claim.id.clone(),
                    line: claim.content.line,
                    column: claim.content.column,
                    confidence: None,
                    entry: Expected::Claim(entry_for_claim(claim)),
                });
            }
        }
    }
    result
}

/// Whether an entry of `expectation` names the two speakers of `sides` (either way round)
/// and allows the conflict's kind: the pair is of a contested point the sidecar expects.
fn same_point(expectation: &Expectation, conflict: &Conflict, sides: &[&Claim; 2]) -> bool {
    let [a, b] = [&sides[0].speaker.name, &sides[1].speaker.name];
    expectation.conflicts.iter().any(|e| {
        let kind_ok = e
            .kind
            .as_deref()
            .is_none_or(|k| k.eq_ignore_ascii_case(conflict.kind.as_str()));
        kind_ok
            && ((speaker_matches(&e.speakers[0], a) && speaker_matches(&e.speakers[1], b))
                || (speaker_matches(&e.speakers[0], b) && speaker_matches(&e.speakers[1], a)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::bless;
    use crate::check::fixture::article;

    #[test]
    fn missing_and_unexpected_items_are_reported() {
        let a = article();
        let e = Expectation {
            claims: vec![ExpectedClaim {
                speaker: "Weber".into(),
                words: "close the road".into(),
            }],
            ..Expectation::default()
        };
        let c = compare(&a, &e);
        assert_eq!(c.missing, vec![Expected::Claim(e.claims[0].clone())]);
        assert_eq!(c.unexpected.len(), a.conflicts.len());
        assert!(!c.passed());
        let lenient = Expectation {
            other_conflicts: true,
            ..Expectation::default()
        };
        assert!(compare(&a, &lenient).passed());
    }

    #[test]
    fn one_expected_entry_covers_one_item_only() {
        let a = article();
        let e = Expectation {
            claims: vec![
                ExpectedClaim {
                    speaker: String::new(),
                    words: "safe for traffic".into(),
                },
                ExpectedClaim {
                    speaker: "mayor".into(),
                    words: String::new(),
                },
            ],
            other_conflicts: true,
            ..Expectation::default()
        };
        // The first entry could take the mayor's claim; the matching gives it the engineer's.
        assert!(compare(&a, &e).passed());
        let mut three = e.clone();
        three.claims.push(three.claims[0].clone());
        assert_eq!(compare(&a, &three).missing.len(), 1);
    }

    #[test]
    fn conflict_sides_match_in_either_order_and_kind_must_agree() {
        let a = article();
        let blessed = bless(&a, None);
        let mut e = blessed.clone();
        e.conflicts[0].speakers.swap(0, 1);
        e.conflicts[0].words.swap(0, 1);
        assert!(compare(&a, &e).passed());
        e.conflicts[0].kind = Some("numeric".into());
        let c = compare(&a, &e);
        assert_eq!(c.missing.len(), 1);
        assert_eq!(c.unexpected.len(), 1);
    }
}
