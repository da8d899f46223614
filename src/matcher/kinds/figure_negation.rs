//! The same figure, negated by the other side: "the 34 percent figure can't be taken at face
//! value" against "34 percent less likely"; "named 62 prisoners, not 40" against "40".

use super::wording::{clause_break, phrase};
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::model::{ConflictKind, Stance};

/// A figure one side gives and the other negates.
pub(super) struct FigureNegation;

impl ConflictRule for FigureNegation {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        let Pair {
            ca,
            cb,
            a,
            b,
            boost,
            ..
        } = *pair;
        for (neg, pos, pn, pp) in [(ca, cb, a, b), (cb, ca, b, a)] {
            let Some(cue) = pn.negation else { continue };
            if pos.stance != Stance::Assert || neg.stance == Stance::Deny {
                continue;
            }
            // Or "named 62 prisoners, not 40": a figure the negation governs directly.
            // ("held for eleven days without being charged": "without" says what went with
            // the span, it disputes no figure.)
            let circumstance = pn.words[cue].lower == "without";
            let disputed = pn.quantities.iter().find(|qn| {
                let direct =
                    qn.at > 0 && lexicon::matcher().is_negation(&pn.words[qn.at - 1].lower);
                // (In the figure's clause: not "$7.25, and you've got a Congress that doesn't".)
                // (Nor after "and" and a verb of its own: "cut output by 40 percent since 2021
                // and could not afford to lose more".)
                let joins_a_verb = |k: usize| {
                    matches!(pn.words[k].lower.as_ref(), "and" | "but" | "yet")
                        && pn.words.get(k + 1).is_some_and(|n| {
                            let n = n.lower.as_ref();
                            lexicon::AUXILIARIES.contains(n)
                                || lexicon::COPULAS.contains(n)
                                || lexicon::MODAL_WORDS.contains(n)
                        })
                };
                let same_clause = || {
                    !(qn.at..cue).any(|k| {
                        clause_break(pn.text, &pn.words, k)
                            || pn.text[pn.words[k].at..pn.words[k + 1].at].contains(',')
                            || joins_a_verb(k)
                    })
                };
                (direct
                    || !circumstance
                        && !qn.unit.is_empty()
                        && qn.at < cue
                        && cue - qn.at <= 8
                        && same_clause())
                    && pp
                        .quantities
                        .iter()
                        .any(|qp| qp.unit == qn.unit && (qp.value - qn.value).abs() < 1e-9)
            });
            if let Some(q) = disputed {
                let negated = if q.at > cue {
                    phrase(pn.text, &pn.words, q.at - 1, q.at + 1)
                } else {
                    phrase(pn.text, &pn.words, q.at, cue + 4)
                };
                let reason = format!(
                    "\"{}\" vs \"{negated}\": the same figure, negated",
                    q.surface
                );
                found.push(Finding {
                    kind: ConflictKind::Negation,
                    confidence: 0.66 + boost,
                    reason,
                });
            }
        }
    }
}
