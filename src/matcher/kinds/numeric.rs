//! Numeric: different figures for the same quantity ("9,000 cubic metres" against "1,200
//! cubic metres"); [`super::figures`] says when two figures count the same thing.

use super::counted::DURATION;
use super::figures::{lasted, same_quantity, speakers_own, supposed, tolls_differ};
use super::wording::clause_back;
use super::{ConflictRule, Finding, Pair, gives_its_figures};
use crate::lexicon;
use crate::matcher::profile::Profile;
use crate::matcher::topic::shared_words;
use crate::matcher::words::Quantity;
use crate::model::ConflictKind;

/// Two figures of one quantity that cannot both hold.
pub(super) struct Numeric;

impl ConflictRule for Numeric {
    fn reads_sides(&self) -> bool {
        true
    }

    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        let Pair {
            ca,
            cb,
            a,
            b,
            topic,
            keys,
            boost,
            ..
        } = *pair;
        if !gives_its_figures(ca) || !gives_its_figures(cb) {
            return;
        }
        // Claims that share no word nor figure may still give one span of time: how long
        // something went on ("the access lasted less than six hours", "could read the
        // database for at least three weeks").
        let apart = topic.pairs.is_empty() && !a.figures.iter().any(|f| b.figures.contains(f));
        if apart && a.counted & b.counted & DURATION == 0 {
            return;
        }
        for qa in &a.quantities {
            for qb in &b.quantities {
                // ("Charged within 48 hours" is a deadline met, not a span: with no shared
                // word it is set against nothing.)
                if apart && !(lasted_for(a, qa) && lasted_for(b, qb)) {
                    continue;
                }
                // A side that also gives the other's figure agrees on it, and its different
                // figure is another quantity: "a rise of 3 per cent" against "7.5 per cent over
                // two years, made up of the 3 per cent rise". Unless it negates it: "about 90
                // percent, not 97 percent".
                // (Nor a figure only supposed: "if we went to $15, … I support $12".)
                let restated = |q: &Quantity, p: &Profile| {
                    p.quantities.iter().any(|x| {
                        x.unit == q.unit
                            && x.value == q.value
                            && !supposed(p, x)
                            && !(x.at > 0
                                && lexicon::matcher().is_negation(&p.words[x.at - 1].lower))
                    })
                };
                // "reported paying $2.3 million" and "reported paying $1.8 million": each
                // source's own sum.
                if speakers_own(a, qa) && speakers_own(b, qb) {
                    continue;
                }
                // "two emails sent to her and 10 sent to his aides": a figure the claim adds to
                // another of the same thing is a part of a total, not the total the other side
                // may give.
                if one_of_parts(a, qa) || one_of_parts(b, qb) {
                    continue;
                }
                // "stuck between 4.0 and 4.2 percent" holds "4.1 percent": a figure inside
                // the other side's range agrees with it.
                let inside =
                    |r: Option<(f64, f64)>, v: f64| r.is_some_and(|(lo, hi)| lo <= v && v <= hi);
                if inside(range_of(b, qb), qa.value) || inside(range_of(a, qa), qb.value) {
                    continue;
                }
                // "there should be six debates" asks for a figure; "she has agreed to three"
                // counts what is. (Two asks for different figures are still opposed.)
                if asked_for(a, qa) != asked_for(b, qb) {
                    continue;
                }
                if same_quantity(qa, qb, a, b, keys, topic)
                    && tolls_differ(qa, qb, a, b)
                    && !restated(qa, b)
                    && !restated(qb, a)
                {
                    let reason = if apart {
                        format!(
                            "{} vs {}: different spans of how long it went on",
                            qa.surface, qb.surface
                        )
                    } else {
                        format!(
                            "{} vs {}: different figures for the same quantity; shared: {}",
                            qa.surface,
                            qb.surface,
                            shared_words(topic, a, b)
                        )
                    };
                    let conf = if topic.weight >= 2.0 { 0.75 } else { 0.65 };
                    found.push(Finding {
                        kind: ConflictKind::Numeric,
                        confidence: conf + boost,
                        reason,
                    });
                }
            }
        }
    }

    fn reads_other_words(&self) -> bool {
        true
    }
}

/// Whether a figure is a span something went on for: [`lasted`], and not "within".
fn lasted_for(p: &Profile, q: &Quantity) -> bool {
    lasted(p, q)
        && !p.words[..q.at]
            .iter()
            .rev()
            .take(3)
            .any(|w| w.lower == "within")
}

/// Whether the claim gives another figure of the same thing as `q`, joined to it by "and":
/// "two emails sent to Powell and 10 emails sent to his aides".
fn one_of_parts(p: &Profile, q: &Quantity) -> bool {
    !q.noun.is_empty()
        && p.quantities.iter().any(|x| {
            let (first, second) = if x.at < q.at { (x, q) } else { (q, x) };
            x.at != q.at
                && x.unit == q.unit
                && x.noun == q.noun
                && second.at - first.at <= 12
                && p.words[first.at + 1..second.at]
                    .iter()
                    .any(|w| w.lower == "and")
        })
}

/// The range a figure opens or closes, low end first: "between 4.0 and 4.2 percent", "12 to
/// 15 dead", "two or three". ("from 24 to 28" is a change, not a range.)
fn range_of(p: &Profile, q: &Quantity) -> Option<(f64, f64)> {
    p.quantities.iter().find_map(|x| {
        let (first, second) = if x.at < q.at { (x, q) } else { (q, x) };
        let before = first.from.checked_sub(1).map(|k| p.words[k].lower.as_ref());
        let joined = match p.words.get(first.at + 1)?.lower.as_ref() {
            "and" => before == Some("between"),
            "to" => before != Some("from"),
            "or" => true,
            _ => false,
        };
        // (The first number takes the second's unit: "between 4.0 and 4.2 percent".)
        let unit = first.unit.is_empty() || first.unit == second.unit;
        (x.at != q.at && second.at == first.at + 2 && unit && joined)
            .then(|| (first.value.min(second.value), first.value.max(second.value)))
    })
}

/// Whether a figure is what someone asks for: "should", "must" or "ought" before it in its
/// clause ("there should be six debates", "the fund must reach $2 million"), or a verb of
/// needing or asking right before it ("the rules require 40 signatures", "needs at least 30
/// votes", "had asked for 200 million").
fn asked_for(p: &Profile, q: &Quantity) -> bool {
    // ("would need to fall by a fifth", "would have to raise rates by 20 percent": what is
    // needed, not what is.)
    let modal = clause_back(p.text, &p.words, q.at, 7).any(|k| {
        let w = p.words[k].lower.as_ref();
        (matches!(w, "should" | "must" | "ought") && q.at - k <= 5)
            || (matches!(w, "need" | "needs" | "have" | "has")
                && p.words.get(k + 1).is_some_and(|n| n.lower == "to"))
    });
    let needed = (q.at.saturating_sub(3)..q.at).rev().any(|k| {
        matches!(
            p.words[k].lower.as_ref(),
            "require" | "requires" | "required" | "need" | "needs" | "needed"
        ) && p.words[k + 1..q.at]
            .iter()
            .all(|w| lexicon::APPROXIMATORS.contains(w.lower.as_ref()) || w.lower == "least")
    });
    // "had asked for 200 million kron", "demanded a 9 percent rise": what one side asks of
    // the other is not what was given.
    let mut k = q.at;
    while k > 0 && {
        let w = p.words[k - 1].lower.as_ref();
        lexicon::APPROXIMATORS.contains(w)
            || lexicon::BOUND_WORDS.contains(w)
            || matches!(w, "a" | "an")
    } {
        k -= 1;
    }
    let word = |k: usize| p.words[k].lower.as_ref();
    // "I support a $12 minimum wage", "proposed a 35 percent rate": a side taken for a
    // figure asks for it too. (With its article: "the plant supports 4,000 jobs" counts.)
    let taken = k >= 1
        && p.words[k..q.at]
            .iter()
            .any(|w| matches!(w.lower.as_ref(), "a" | "an"))
        && matches!(
            word(k - 1),
            "support"
                | "supports"
                | "supported"
                | "supporting"
                | "favor"
                | "favors"
                | "favored"
                | "favour"
                | "favours"
                | "favoured"
                | "endorse"
                | "endorses"
                | "endorsed"
                | "propose"
                | "proposes"
                | "proposed"
                | "proposing"
                | "want"
                | "wants"
                | "wanted"
        );
    let asked = k >= 1
        && (matches!(
            word(k - 1),
            "demand"
                | "demands"
                | "demanded"
                | "demanding"
                | "seek"
                | "seeks"
                | "sought"
                | "seeking"
                | "request"
                | "requests"
                | "requested"
                | "requesting"
        ) || (k >= 2
            && word(k - 1) == "for"
            && matches!(
                word(k - 2),
                "ask" | "asks" | "asked" | "asking" | "call" | "calls" | "called" | "calling"
            )));
    modal || needed || asked || taken
}
