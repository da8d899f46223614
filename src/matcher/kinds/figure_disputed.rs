//! A figure disputed without a figure of one's own: "turnout was nowhere near the official
//! figure", "the real toll is far higher than the government's count" against the source
//! that gave the figure of that turnout, that toll.

use super::wording::phrase;
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::profile::is_time_word;
use crate::matcher::words::Word;
use crate::model::{ConflictKind, Stance};

/// A claim putting the other side's figure of one thing far from the truth.
pub(super) struct FigureDisputed;

/// The figure's claim names the disputed thing at most this many words from its figure
/// ("turnout had reached 63 per cent").
const NEAR_FIGURE: usize = 6;

impl ConflictRule for FigureDisputed {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        let Pair { ca, cb, a, b, .. } = *pair;
        for (pd, pf, cf) in [(a, b, cb), (b, a, ca)] {
            if cf.stance != Stance::Assert || pf.quantities.is_empty() {
                continue;
            }
            let Some((at, noun)) = disputed_figure(&pd.words) else {
                continue;
            };
            // What the figure counts is the disputing claim's subject, which the figure's
            // claim names beside its figure.
            let counted = pd
                .keys
                .iter()
                .filter(|(_, i)| **i < at)
                .find_map(|(key, _)| {
                    let near = pf.keys.get(key)?;
                    pf.quantities
                        .iter()
                        .find(|q| q.at.abs_diff(*near) <= NEAR_FIGURE)
                        .map(|q| (*near, q))
                });
            let Some((near, q)) = counted else { continue };
            let reason = format!(
                "\"{}\" vs \"{}\": {}, the figure disputed",
                phrase(pf.text, &pf.words, near.min(q.at), near.max(q.at) + 1),
                phrase(pd.text, &pd.words, at, noun + 1),
                pf.words[near].lower,
            );
            found.push(Finding {
                kind: ConflictKind::Numeric,
                confidence: 0.65,
                reason,
            });
        }
    }
}

/// Where a claim puts "the figure" far from the truth: the first word of "nowhere near",
/// "far from", "far higher than", "much lower than", "well below" …, and the figure noun it
/// is said of ("the official figure", "the government's count"), not negated ("not far
/// from") and not a figure of another time ("last year's figure").
fn disputed_figure(ws: &[Word]) -> Option<(usize, usize)> {
    let w = |k: usize| ws.get(k).map_or("", |x| x.lower.as_ref());
    let compared = |k: usize| {
        matches!(
            w(k),
            "higher" | "lower" | "greater" | "smaller" | "larger" | "bigger" | "above" | "below"
        )
    };
    (0..ws.len()).find_map(|i| {
        let len = match (w(i), w(i + 1)) {
            ("nowhere", "near") | ("far", "from") => 2,
            ("far" | "much" | "well" | "way", _) if compared(i + 1) => {
                2 + usize::from(w(i + 2) == "than")
            }
            _ => return None,
        };
        let negated = ws[i.saturating_sub(2)..i]
            .iter()
            .any(|x| lexicon::matcher().is_negation(&x.lower));
        if negated {
            return None;
        }
        // ("the official figure", "the government's count", "their estimate".)
        let noun = (i + len..(i + len + 4).min(ws.len()))
            .find(|&k| lexicon::FIGURE_NOUNS.contains(w(k)) && w(k) != "data")?;
        let of_another_time = (i + len..noun).any(|k| {
            let owner = lexicon::without_possessive(w(k));
            owner != w(k) && is_time_word(owner)
        });
        (!of_another_time).then_some((i, noun))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::words::words;

    fn disputed(text: &str) -> bool {
        disputed_figure(&words(text)).is_some()
    }

    #[test]
    fn a_figure_put_far_from_the_truth() {
        assert!(disputed(
            "turnout had been nowhere near the official figure"
        ));
        assert!(disputed(
            "the real toll is far higher than the government's count"
        ));
        assert!(disputed("losses were well above their estimate"));
        assert!(!disputed("turnout was not far from the official figure"));
        assert!(!disputed("turnout is far higher than last year's figure"));
        assert!(!disputed("the school is nowhere near the river"));
        assert!(!disputed("prices are much higher than they were"));
    }
}
