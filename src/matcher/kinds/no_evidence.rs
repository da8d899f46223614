//! No evidence: one side says there is no evidence, proof or sign of what the other asserts
//! ("there is no evidence Dunn opposed the war before it began" against "he opposed the war
//! from the start"). What follows "no evidence" is doubted, not asserted, and shares the
//! other claim's words, a verb among them.

use super::wording::{phrase_of_at_most, quote_snippet};
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::keys::Key;
use crate::matcher::profile::{Profile, is_topic_word};
use crate::matcher::vectors;
use crate::model::{ConflictKind, Stance};

/// What one side finds no evidence of, and the other asserts.
pub(super) struct NoEvidence;

impl ConflictRule for NoEvidence {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        if !found.is_empty() {
            return;
        }
        let Pair { ca, cb, a, b, .. } = *pair;
        for (doubter, other, pd, po) in [(ca, cb, a, b), (cb, ca, b, a)] {
            // ("No evidence" is a negation: most claims have none.)
            if doubter.stance != Stance::Assert
                || other.stance != Stance::Assert
                || pd.negation.is_none()
            {
                continue;
            }
            let Some((no, from)) = doubted(pd) else {
                continue;
            };
            // The doubted clause's words the other side says too, outside any negation there.
            let shared: Vec<(Key, usize)> = pd
                .keys
                .iter()
                .filter(|&(k, &at)| {
                    at >= from
                        && !pd.words[at].capitalized
                        && po.keys.contains_key(k)
                        && !po.negated.contains_key(k)
                })
                .map(|(k, at)| (*k, *at))
                .collect();
            // (A verb and no noun: "paid", "opposed", not "roof".)
            let verb = shared.iter().any(|&(_, at)| {
                let w = &pd.words[at].lower;
                vectors::may_be_verb(w) && !vectors::may_be_noun(w)
            });
            if shared.len() < 2 || !verb || po.negation.is_some() {
                continue;
            }
            // From "no evidence" to the last word the other side says too: "no evidence Dunn
            // opposed the war".
            let last = shared.iter().map(|&(_, at)| at).max().unwrap_or(from);
            found.push(Finding {
                kind: ConflictKind::Denial,
                confidence: 0.65,
                reason: format!(
                    "{} finds \"{}\" of {}'s {}",
                    doubter.speaker.name,
                    phrase_of_at_most(pd.text, &pd.words, no, last + 1, 10),
                    other.speaker.name,
                    quote_snippet(po, 6)
                ),
            });
            return;
        }
    }
}

/// Where a claim says "no evidence" ("no proof", "no sign", "no indication") and where the
/// clause begins that it finds no evidence of, after "that", "of" or "to suggest (that)".
fn doubted(p: &Profile) -> Option<(usize, usize)> {
    let ws = &p.words;
    let at = ws.windows(2).position(|w| {
        w[0].lower == "no"
            && matches!(
                w[1].lower.as_ref(),
                "evidence" | "proof" | "sign" | "signs" | "indication"
            )
    })?;
    let mut k = at + 2;
    let skip = |w: &str| {
        matches!(
            w,
            "that"
                | "of"
                | "to"
                | "suggest"
                | "suggesting"
                | "support"
                | "whatsoever"
                | "at"
                | "all"
        )
    };
    while ws.get(k).is_some_and(|w| skip(w.lower.as_ref())) {
        k += 1;
    }
    // What follows must say something: a topic word within the next few.
    (k < ws.len()
        && ws[k..]
            .iter()
            .take(4)
            .any(|w| is_topic_word(w, lexicon::matcher())))
    .then_some((at, k))
}
