//! Turnout: two shares of one electorate that voted, said in other words ("turnout reached
//! 58 percent" against "fewer than half of registered voters bothered to vote", "put turnout
//! at 38 percent" against "nearly two thirds of voters had cast ballots"). The figure rule
//! needs a shared word for what a share is of; here the words around each share say that it
//! is turnout.

use super::counted::TURNOUT;
use super::figures::{differs, same_scope};
use super::wording::window;
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::profile::Profile;
use crate::matcher::words::Quantity;
use crate::model::ConflictKind;

/// Two different turnouts, when no rule before found anything.
pub(super) struct Turnout;

impl ConflictRule for Turnout {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        if !found.is_empty() {
            return;
        }
        let (a, b) = (pair.a, pair.b);
        // (Read once a claim: most pairs have no turnout on one side.)
        if a.counted & b.counted & TURNOUT == 0 {
            return;
        }
        for qa in turnout_shares(a) {
            for qb in turnout_shares(b) {
                if differs(qa, qb) && same_scope(qa, qb, a, b) {
                    found.push(Finding {
                        kind: ConflictKind::Numeric,
                        confidence: 0.6,
                        reason: format!(
                            "\"{}\" vs \"{}\": turnout, {} vs {}",
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
    }

    fn reads_other_words(&self) -> bool {
        true
    }
}

/// The shares of a claim that are turnout: one after a noun of turnout ("turnout reached 58
/// percent", "turnout at 38 percent"), or a share of people said to have voted ("two thirds of
/// registered voters had cast ballots"; not "54 percent of the vote", a share of the votes,
/// nor "the 50 percent threshold").
pub(super) fn turnout_shares<'q>(p: &'q Profile<'_>) -> impl Iterator<Item = &'q Quantity> + 'q {
    let w = |k: usize| p.words[k].lower.as_ref();
    p.quantities.iter().filter(move |q| {
        if q.unit != "percent" || q.relative {
            return false;
        }
        let named = (q.at.saturating_sub(6)..q.at).any(|k| lexicon::TURNOUT_WORDS.contains(w(k)));
        let end = q.end;
        let of = (end..(end + 2).min(p.words.len())).find(|&k| w(k) == "of");
        let voted = of.is_some_and(|of| {
            // Past the first word of whom the share is ("of registered voters"), within seven
            // words of "of".
            let first = if p.words.get(of + 1).is_some_and(|x| x.lower == "the") {
                of + 2
            } else {
                of + 1
            };
            (first + 1..(of + 8).min(p.words.len())).any(|k| lexicon::VOTING_WORDS.contains(w(k)))
        });
        // ("cleared the 50 percent threshold": a share that names another noun right after
        // it is that noun, a mark, not the turnout; "a 58 percent turnout" is one.)
        let of_other = q.noun_at == Some(end) && !lexicon::TURNOUT_WORDS.contains(w(end));
        (named || voted) && !of_other
    })
}
