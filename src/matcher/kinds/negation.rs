//! Negation: one side negates a key that the other asserts without negation ("there was no
//! contract" against "the agreement had been signed": contract ≈ agreement).

use super::context::{modal_near, reported_near};
use super::wording::{align, phrase, window};
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::keys::Key;
use crate::matcher::profile::Profile;
use crate::matcher::vectors;
use crate::model::{ConflictKind, Stance};

/// A shared word negated on one side only.
pub(super) struct Negation;

impl ConflictRule for Negation {
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
        for (neg, pos, pn, pp) in [(ca, cb, a, b), (cb, ca, b, a)] {
            if pos.stance != Stance::Assert || neg.stance == Stance::Deny {
                continue;
            }
            let shared_negated = || {
                pn.negated
                    .iter()
                    .filter(|(k, _)| pp.keys.contains_key(k) && !pp.negated.contains_key(k))
            };
            // The verb a "no" subject denies first: "no agreement on sharing data had been
            // signed" denies the signing, whatever else the other side shares.
            let hit = shared_negated()
                .find(|(_, i)| Some(**i) == pn.denied_verb)
                .or_else(|| shared_negated().min_by_key(|(_, i)| **i));
            // One shared word is enough only when the negation governs it directly and it is a
            // synonym-group word ("no new agreements" against "the contract was signed").
            // ("Not paying taxes" denies the paying: a verb between governs the word.)
            let tight = hit.is_some_and(|(key, &ni)| {
                keys.is_group(*key)
                    && pn.negation.is_some_and(|cue| {
                        ni > cue
                            && ni - cue <= 2
                            && !pn.words[cue + 1..ni]
                                .iter()
                                .any(|w| w.lower.ends_with("ing"))
                    })
            });
            // The word a negation governs is what it denies ("cannot accept"); the words after
            // that ("a dam", "not raising his hands") are its objects: the other side naming them
            // ("a gun in his hand") says nothing of what is denied.
            let direct = hit.is_some_and(|(_, &ni)| {
                let cue = (0..ni)
                    .rev()
                    .find(|&k| lexicon::matcher().is_negation(&pn.words[k].lower));
                cue.is_some_and(|c| !pn.keys.iter().any(|(_, &k)| k > c && k < ni))
                    || pn.denied_verb == Some(ni)
            });
            let hit = hit.filter(|_| tight || (direct && topic.weight >= 2.0));
            // "no oil had entered the waterway" denies the entering, not the oil: the other
            // side's "recovered 800 barrels of oil" says nothing of it.
            let hit = hit.filter(|(_, ni)| pn.denied_verb.is_none_or(|v| v == **ni));
            // "the deal would remove tariffs": a hypothetical asserts nothing to negate; nor does
            // "residents' personal information was not accessed" assert the information.
            let hit = hit.filter(|(key, _)| {
                let at = pp.keys[*key];
                // (Nor one negated in a clause the matcher sets aside: "whose name has not been
                // released".)
                let negated_near = pp.words[at.saturating_sub(3)..(at + 5).min(pp.words.len())]
                .iter()
                .any(|w| lexicon::matcher().is_negation(&w.lower))
                // "has proposed little", "did few of them": a quantity of nearly none.
                || pp.words.get(at + 1).is_some_and(|w| {
                    matches!(w.lower.as_ref(), "little" | "few")
                        && pp.words.get(at + 2).is_none_or(|x| x.lower != "more")
                });
                // "the mayor's plan" refers to the mayor; it asserts nothing about being one.
                let possessive = pp.words[at].lower.ends_with("'s");
                !modal_near(pp, at) && !reported_near(pp, at) && !negated_near && !possessive
            });
            // "hasn't worked" denies a deed; "the working class", "the minimum wage" name a thing,
            // and assert no deed to deny. ("was not a minor incident" against "a minor incident"
            // names the thing on both sides.)
            let hit = hit.filter(|&(key, &ni)| {
                let at = pp.keys[key];
                let named = |p: &Profile, i: usize| {
                    let determiner = |k: usize| {
                        matches!(
                            p.words[k].lower.as_ref(),
                            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
                        )
                    };
                    (i >= 1 && determiner(i - 1)) || (i >= 2 && determiner(i - 2))
                };
                let deed_denied = !named(pn, ni)
                    && (ni.saturating_sub(2)..ni).any(|k| {
                        let w = pn.words[k].lower.as_ref();
                        w == "not" || w == "never" || w.ends_with("n't")
                    });
                !(named(pp, at) && deed_denied)
            });
            // "without closing a single branch" and "to close a deficit": one verb, done to two
            // things, is two deeds.
            // (Unless the two are one thing in other words: "the regional trade deal", "the
            // Pacific trade partnership".)
            let hit = hit.filter(|&(key, &ni)| {
                let (x, y) = (object(pn, ni), object(pp, pp.keys[key]));
                x.is_empty()
                    || y.is_empty()
                    || x.iter().any(|(k, _)| y.iter().any(|(l, _)| k == l))
                    || vectors::cosine(&meaning(pn, &x), &meaning(pp, &y)) >= SAME_THING
            });
            if let (Some((key, &ni)), Some(cue)) = (hit, pn.negation) {
                let pi = pp.keys[key];
                let aligned = align(pn, ni, pp, pi);
                // "no agreement on sharing … had ever been signed": a long subject is elided.
                let negated_phrase = if ni + 1 > cue + 8 {
                    format!(
                        "{} … {}",
                        phrase(pn.text, &pn.words, cue, cue + 4),
                        phrase(pn.text, &pn.words, ni - 3, ni + 1)
                    )
                } else {
                    phrase(pn.text, &pn.words, cue, ni + 1)
                };
                let asserted = window(pp.text, &pp.words, pi, 3);
                let reason = format!("\"{asserted}\" vs \"{negated_phrase}\": {aligned}; negation");
                let mut weight = if pp.negation.is_some() { 0.55 } else { 0.65 };
                // "not the first detection, but the cleanest": a negation that a "but" corrects
                // qualifies the point rather than denying it.
                if pn.words[cue..].iter().any(|w| w.lower == "but") {
                    weight -= 0.15;
                }
                found.push(Finding {
                    kind: ConflictKind::Negation,
                    confidence: weight + boost,
                    reason,
                });
            }
        }
    }
}

/// Objects closer than this in meaning (their words as one vector) are one thing.
const SAME_THING: f64 = 0.6;

/// The object a determiner opens right after word `i`, up to three words: its topic keys
/// with their word index ("closing a single branch": single, branch); none when no
/// determiner follows.
fn object(p: &Profile, i: usize) -> Vec<(Key, usize)> {
    let opens = p.words.get(i + 1).is_some_and(|w| {
        matches!(
            w.lower.as_ref(),
            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "any"
        )
    });
    if !opens {
        return Vec::new();
    }
    p.keys
        .iter()
        .filter(|&(_, &k)| k > i + 1 && k <= i + 4)
        .map(|(key, &k)| (*key, k))
        .collect()
}

/// Words of a claim as one vector.
fn meaning(p: &Profile, words: &[(Key, usize)]) -> [f32; vectors::DIMS] {
    vectors::mean_of(
        words
            .iter()
            .filter_map(|&(_, k)| p.places[k])
            .map(|k| k as usize),
    )
}
