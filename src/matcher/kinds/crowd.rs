//! Crowds: two counts of the people at one gathering said in other words ("60,000 people
//! joined the march" against "police put the crowd at 12,000"). The figure rule needs a
//! shared word for what is counted; here the words around each figure say it is a crowd.

use super::figures::differs;
use super::wording::window;
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::profile::Profile;
use crate::matcher::words::Quantity;
use crate::model::ConflictKind;

/// Two different counts of one crowd, when no rule before found anything.
pub(super) struct Crowd;

impl ConflictRule for Crowd {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        if !found.is_empty() {
            return;
        }
        let (a, b) = (pair.a, pair.b);
        for qa in crowd_counts(a) {
            for qb in crowd_counts(b) {
                // "85,000 marched" and "a group of about 30 threw bottles": not one crowd.
                let (x, y) = (qa.value.min(qb.value), qa.value.max(qb.value));
                if y > 20.0 * x || !differs(qa, qb) {
                    continue;
                }
                found.push(Finding {
                    kind: ConflictKind::Numeric,
                    confidence: 0.6,
                    reason: format!(
                        "\"{}\" vs \"{}\": the crowd, {} vs {}",
                        window(a.text, &a.words, qa.at, 3),
                        window(b.text, &b.words, qb.at, 3),
                        qa.surface,
                        qb.surface
                    ),
                });
                return;
            }
        }
    }

    fn reads_other_words(&self) -> bool {
        true
    }
}

/// The counts of a claim that are of the people at a gathering: a figure after a crowd noun
/// and "at" or "of" ("the crowd at 12,000", "a turnout of 40,000"), one that counts a crowd
/// noun ("12,000 protesters"), or a count of people said to attend, join or march ("60,000
/// people joined the march", "some 5,000 marched").
pub(in crate::matcher) fn crowd_counts<'q>(
    p: &'q Profile<'_>,
) -> impl Iterator<Item = &'q Quantity> + 'q {
    let crowd = |k: usize| {
        p.words
            .get(k)
            .is_some_and(|w| lexicon::CROWD_WORDS.contains(w.lower.as_ref()))
    };
    p.quantities.iter().filter(move |q| {
        if !q.unit.is_empty() || q.relative {
            return false;
        }
        // Back over "about", "more than" to "at" or "of" and the noun before it.
        let mut k = q.at;
        while k > 1
            && (lexicon::APPROXIMATORS.contains(p.words[k - 1].lower.as_ref())
                || lexicon::BOUND_WORDS.contains(p.words[k - 1].lower.as_ref()))
            && !(crowd(k - 2) && matches!(p.words[k - 1].lower.as_ref(), "at" | "of"))
        {
            k -= 1;
        }
        let named = k >= 2 && matches!(p.words[k - 1].lower.as_ref(), "at" | "of") && crowd(k - 2);
        // The figure's own noun, or the verb said of it or of "people" after it.
        let after = q.noun_at.map_or(q.at + 1, |n| {
            if lexicon::GENERIC_NOUNS.contains(p.words[n].lower.as_ref()) {
                n + 1
            } else {
                n
            }
        });
        named || crowd(after)
    })
}
