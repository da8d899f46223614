//! Blessing: the expectation that a report meets now, each entry a speaker and the most
//! distinctive words of the claim, so that a copy edit elsewhere in it still matches.

use super::matching::matched;
use super::schema::{Expectation, ExpectedClaim, ExpectedConflict};
use crate::lexicon;
use crate::model::{Article, Claim, Conflict};

/// Words a blessed claim phrase keeps at most.
const PHRASE_WORDS: usize = 6;

/// A short phrase of a claim's content, as [`bless`] writes it: its most distinctive run of
/// up to six words (the one whose words are rarest in English: names, figures, uncommon
/// words), within one clause, without quotation marks, without the punctuation at either
/// end, and not ending on a word such as "the". A copy edit elsewhere in the claim leaves
/// it matching.
pub fn phrase(content: &str) -> String {
    let words: Vec<String> = content
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| !matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»'))
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let rarity = |w: &str| -> usize {
        let folded = crate::lexicon::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        if folded.is_empty() {
            return 0;
        }
        crate::matcher::frequency_rank(&folded).unwrap_or(40_000)
    };
    let scores: Vec<usize> = words.iter().map(|w| rarity(w)).collect();
    // A run ends at a pause: a word ending in a comma, a semicolon, a colon or a full stop.
    let pause = |w: &str| w.ends_with([',', ';', ':', '.', '!', '?']);
    let mut best = (0, 0, 0usize);
    for start in 0..words.len() {
        let mut score = 0;
        for end in start..words.len().min(start + PHRASE_WORDS) {
            score += scores[end];
            let len = end + 1 - start;
            if (score, len) > (best.2, best.1 - best.0) && (len >= 3 || words.len() < 3) {
                best = (start, end + 1, score);
            }
            if pause(&words[end]) {
                break;
            }
        }
    }
    // No clause of three words ("yes, of course"): the first words, over the pauses.
    if best.1 == 0 {
        best = (0, words.len().min(PHRASE_WORDS), 0);
    }
    let mut run: Vec<&String> = words[best.0..best.1].iter().collect();
    while run.len() > 3 {
        let last = run[run.len() - 1]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if !lexicon::WEAK_ENDINGS.contains(last.as_str()) {
            break;
        }
        run.pop();
    }
    run.iter()
        .map(|w| w.as_str())
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

pub(super) fn entry_for_claim(claim: &Claim) -> ExpectedClaim {
    ExpectedClaim {
        speaker: claim.speaker.name.clone(),
        words: phrase(&claim.content.text),
    }
}

pub(super) fn entry_for_conflict(conflict: &Conflict, sides: [&Claim; 2]) -> ExpectedConflict {
    ExpectedConflict {
        speakers: [sides[0].speaker.name.clone(), sides[1].speaker.name.clone()],
        words: [
            phrase(&sides[0].content.text),
            phrase(&sides[1].content.text),
        ],
        kind: Some(conflict.kind.as_str().to_string()),
    }
}

/// The expectation that the article's current report meets exactly: every conflict and every
/// claim, in document order. Entries of `previous` that still match are kept as they are
/// (hand-shortened phrases survive a re-bless), and so are its `other_*` settings.
pub fn bless(article: &Article, previous: Option<&Expectation>) -> Expectation {
    bless_with(article, previous, true)
}

/// [`bless`], choosing whether a new sidecar lists the claims (`--bless-claims`) or only the
/// conflicts, so that a copy edit in a quotation fails no check while no conflict changed. A
/// sidecar that already lists claims goes on listing them.
pub fn bless_with(article: &Article, previous: Option<&Expectation>, claims: bool) -> Expectation {
    let base = previous.cloned().unwrap_or_default();
    let list_claims = claims || !base.claims.is_empty();
    let m = matched(article, &base);
    // A contested point is recorded once, by its surest pair (as the text report leads with
    // it); an entry of `previous` that still matches is kept as it is.
    // (A point whose pairs are of several kinds is recorded without one: the check allows
    // a point's other pairs only of the entry's kind.)
    let leads: std::collections::HashMap<&str, bool> = crate::reporter::points(article)
        .into_iter()
        .map(|p| {
            let mixed = p.conflicts.iter().any(|c| c.kind != p.conflicts[0].kind);
            (p.conflicts[0].id.as_str(), mixed)
        })
        .collect();
    let mut expected_conflicts: Vec<ExpectedConflict> = Vec::new();
    for ((conflict, sides), o) in m.conflicts.iter().zip(&m.conflict_owner) {
        match o {
            Some(e) if !expected_conflicts.contains(&base.conflicts[*e]) => {
                expected_conflicts.push(base.conflicts[*e].clone());
            }
            Some(_) => {}
            None if leads.contains_key(conflict.id.as_str()) => {
                let mut entry = entry_for_conflict(conflict, *sides);
                if leads[conflict.id.as_str()] {
                    entry.kind = None;
                }
                expected_conflicts.push(entry);
            }
            None => {}
        }
    }
    // A point whose lead is not listed yet, though a kept entry names its speakers, is there.
    let mut seen_points: Vec<[String; 2]> = Vec::new();
    expected_conflicts.retain(|e| {
        let key = if e.speakers[0] <= e.speakers[1] {
            e.speakers.clone()
        } else {
            [e.speakers[1].clone(), e.speakers[0].clone()]
        };
        let kept_before = base.conflicts.contains(e);
        if seen_points.contains(&key) && !kept_before {
            return false;
        }
        seen_points.push(key);
        true
    });

    let expected_claims = m
        .claims
        .iter()
        .zip(&m.claim_owner)
        .filter_map(|(claim, o)| match o {
            Some(e) => Some(base.claims[*e].clone()),
            None if list_claims => Some(entry_for_claim(claim)),
            None => None,
        })
        .collect();

    Expectation {
        conflicts: expected_conflicts,
        other_conflicts: base.other_conflicts,
        claims: expected_claims,
        other_claims: base.other_claims,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::compare;
    use crate::check::fixture::article;

    #[test]
    fn blessed_expectation_passes_and_is_in_document_order() {
        let a = article();
        let e = bless(&a, None);
        assert!(compare(&a, &e).passed(), "{:?}", compare(&a, &e));
        assert_eq!(e.claims.len(), a.claims.len());
        assert_eq!(e.conflicts.len(), a.conflicts.len());
        assert_eq!(e.claims[0].speaker, "mayor");
        assert!(!e.other_conflicts && e.other_claims);
    }

    #[test]
    fn rebless_keeps_hand_edited_entries_and_settings() {
        let a = article();
        let mut e = bless(&a, None);
        e.claims[0].words = "safe".into();
        e.other_claims = false;
        e.claims.push(ExpectedClaim {
            speaker: "nobody".into(),
            words: String::new(),
        });
        let again = bless(&a, Some(&e));
        assert_eq!(again.claims[0].words, "safe");
        assert!(!again.other_claims);
        assert_eq!(again.claims.len(), a.claims.len());
    }

    #[test]
    fn phrase_keeps_the_most_distinctive_words_without_quotes() {
        assert_eq!(
            phrase("there were \"no new agreements.\""),
            "there were no new agreements"
        );
        // Rarer words win: names and uncommon words over the commonest.
        assert_eq!(
            phrase("one two three four five six seven eight nine"),
            "four five six seven eight nine"
        );
        // Within a clause.
        assert_eq!(
            phrase("the ferry would resume sailing in March, once repairs were done"),
            "ferry would resume sailing in March"
        );
        assert_eq!(
            phrase("The ferry link between Skarra Island and the mainland"),
            "ferry link between Skarra Island"
        );
        assert_eq!(phrase("yes, of course"), "yes, of course");
        // A copy edit at the start leaves the phrase of the rest as it was.
        let edited = "As we said, the harbour lease was signed by Tarrant Bay Holdings";
        let original = "We said the harbour lease was signed by Tarrant Bay Holdings";
        assert_eq!(phrase(edited), phrase(original));
    }
}

#[cfg(test)]
mod point_tests {
    use super::*;
    use crate::check::compare;

    /// Two pairs of one contested point: the union's two claims against the company's.
    const TWO_PAIRS: &str = "Ferry strike

Bluewave Ferries said 40 of its 52 scheduled sailings ran as normal on Tuesday.

The Marine Workers Union said only 12 of the 52 scheduled sailings left port on Tuesday.

The union also said just 12 of the 52 scheduled sailings had crews on board on Tuesday.
";

    #[test]
    fn bless_records_each_contested_point_once_and_check_accepts_its_other_pairs() {
        let a = crate::analyze("strike.txt", TWO_PAIRS);
        let points = crate::reporter::points(&a);
        assert_eq!(points.len(), 1, "{:#?}", a.conflicts);
        assert!(points[0].conflicts.len() >= 2, "{:#?}", a.conflicts);
        let e = bless(&a, None);
        assert_eq!(e.conflicts.len(), 1, "{e:#?}");
        assert!(compare(&a, &e).passed(), "{:#?}", compare(&a, &e));
    }

    #[test]
    fn a_copy_edit_at_the_start_of_a_claim_still_meets_its_sidecar() {
        let a = crate::analyze("strike.txt", TWO_PAIRS);
        let e = bless_with(&a, None, true);
        let edited = TWO_PAIRS.replace("said only 12", "said merely 12");
        let b = crate::analyze("strike.txt", &edited);
        assert!(compare(&b, &e).passed(), "{:#?}", compare(&b, &e));
    }
}
