//! Positions: one source takes a side for a measure, a plan or a course and another takes
//! the side against the same one ("Toomey endorsed the compromise", "the NRA opposed the
//! compromise").

use super::antonym::{comparison_pair, predicate};
use super::wording::window_through;
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::profile::{Profile, is_topic_word};
use crate::matcher::topic::shared_words;
use crate::matcher::vectors;
use crate::model::{Claim, ConflictKind, Stance};

/// A side taken for a thing against a side taken against it.
pub(super) struct Positions;

/// How sure a side for against a side against the same thing is: as sure as a contrast the
/// narration marks with opposite polarity.
const CONFIDENCE: f64 = 0.6;

impl ConflictRule for Positions {
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
            boost,
            ..
        } = *pair;
        let (Some(for_a), Some(for_b)) = (side(ca), side(cb)) else {
            return;
        };
        // The same thing: the first words that name it on each side are one ("the
        // compromise led by Collins" and "the compromise"; not "major trade treaties" and
        // "the deal"), and no name ("endorsed Clinton for president" and "opposed Clinton on
        // trade" take sides on a person, not on one measure).
        // A gerund's object is part of the thing: "taxing consumption" and "taxing carbon
        // emissions" are two measures.
        let paired = |ia: usize, ib: usize| topic.pairs.iter().any(|&(_, x, y)| x == ia && y == ib);
        let same_thing = match (head(a), head(b)) {
            (Some(ha), Some(hb)) => {
                paired(ha, hb)
                    && !a.words[ha].capitalized
                    && !b.words[hb].capitalized
                    && (!gerund(a, ha)
                        || matches!((next_topic(a, ha), next_topic(b, hb)),
                            (Some(na), Some(nb)) if paired(na, nb)))
            }
            _ => false,
        };
        if !same_thing {
            return;
        }
        // The cue and the thing, up to the word that names it: "endorsed the compromise",
        // "supports an overhaul".
        let said = |c: &Claim, p: &Profile| {
            let cue = c.cue.as_ref().map_or("", |cue| cue.text.as_str());
            let end = head(p).map_or(0, |h| h + 1);
            let object: Vec<&str> = p.words[..end].iter().map(|w| w.surface).collect();
            format!("{cue} {}", object.join(" "))
        };
        // "want policies that create more revenue" and "want policies that create less
        // revenue": one side each for opposite amounts of one thing. (Two sides against
        // them would be read as for; they are left.)
        let amounts =
            || comparison_pair(a, b).or_else(|| comparison_pair(b, a).map(|(x, y)| (y, x)));
        let reason = if for_a != for_b {
            format!(
                "\"{}\" vs \"{}\": for and against; shared: {}",
                said(ca, a),
                said(cb, b),
                shared_words(topic, a, b)
            )
        } else if for_a && let Some((ia, ib)) = amounts() {
            format!(
                "\"{}\" vs \"{}\": for {} and for {}; shared: {}",
                window_through(a.text, &a.words, ia, ia + 2, 2),
                window_through(b.text, &b.words, ib, ib + 2, 2),
                predicate(a, ia),
                predicate(b, ib),
                shared_words(topic, a, b)
            )
        } else {
            return;
        };
        found.push(Finding {
            kind: ConflictKind::Contrast,
            confidence: CONFIDENCE + boost,
            reason,
        });
    }
}

/// For (`true`) or against (`false`) what the claim names, when it takes a side.
fn side(c: &Claim) -> Option<bool> {
    match c.stance {
        Stance::Support => Some(true),
        Stance::Oppose => Some(false),
        _ => None,
    }
}

/// The first topic word of what a side is taken on: the thing itself ("the compromise",
/// "raising the minimum wage").
fn head(p: &Profile) -> Option<usize> {
    p.words
        .iter()
        .position(|w| is_topic_word(w, lexicon::matcher()))
}

/// The topic word after the one at `i`: a gerund's object ("taxing carbon").
fn next_topic(p: &Profile, i: usize) -> Option<usize> {
    (i + 1..p.words.len()).find(|&k| is_topic_word(&p.words[k], lexicon::matcher()))
}

/// Whether the word at `i` is a gerund ("raising", "taxing").
fn gerund(p: &Profile, i: usize) -> bool {
    let w: &str = &p.words[i].lower;
    w.ends_with("ing") && vectors::may_be_verb(w)
}
