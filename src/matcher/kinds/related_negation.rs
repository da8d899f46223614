//! Negation in other words: one side negates what the other asserts with a word of related
//! meaning ("nobody was consulted" against "the company briefed the staff", "no one was
//! hurt" against "two workers were injured"). The exact-word negation rule cannot see these;
//! word vectors say the two words are close in meaning, and WordNet that they are predicates
//! of one broad class (both of communication, say), not merely of one subject. Or WordNet
//! says the asserted verb is a way of doing the negated one ("never touched him" against "struck
//! him").

use super::context::{modal_near, reported_near};
use super::wording::{phrase, window};
use super::{ConflictRule, Finding, Pair, in_other_words};
use crate::lexicon;
use crate::matcher::profile::Profile;
use crate::matcher::vectors;
use crate::matcher::words;
use crate::model::{Claim, Stance};

/// Words closer than this (cosine of their GloVe vectors) say the same thing in other words.
const CLOSE_WORDS: f64 = 0.74;

/// Claims closer than this in meaning (their topic words as one vector) are about one thing.
pub(in crate::matcher) const CLOSE_CLAIMS: f64 = 0.8;

/// What is negated and asserted is a predicate: verbs and adjectives ("consulted",
/// "briefed", "unharmed", "injured"). Nouns close in vectors are mostly neighbours of one
/// kind ("polls", "candidates"; "soldiers", "civilians"), not one thing.
const PREDICATES: u8 = vectors::VERB | vectors::ADJECTIVE;

/// The most frequent words go with everything ("need", "help", "stand"): never a related
/// word.
const COMMON_WORDS: usize = 1000;

/// One side negates a word related to one the other asserts, when no rule before found
/// anything.
pub(super) struct RelatedNegation;

impl ConflictRule for RelatedNegation {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        if found.is_empty() {
            found.extend(
                related_negation(pair.ca, pair.cb, pair.a, pair.b)
                    .map(|(_, reason)| in_other_words(reason)),
            );
        }
    }

    fn reads_other_words(&self) -> bool {
        true
    }
}

/// The similarity of the negated and the asserted word, and the reason, if one claim
/// negates a word related to one the other asserts.
fn related_negation(ca: &Claim, cb: &Claim, a: &Profile, b: &Profile) -> Option<(f64, String)> {
    if a.negation.is_none() && b.negation.is_none() {
        return None;
    }
    // Claims in other words must be close in meaning; claims that share a word may speak of
    // one deed in a word for a way of doing it ("never touched him" / "struck him").
    let close = vectors::cosine(&a.meaning, &b.meaning) >= CLOSE_CLAIMS;
    if !close && !a.keys.keys().any(|k| b.keys.contains_key(k)) {
        return None;
    }
    let lex = lexicon::matcher();
    let mut best: Option<(f64, String)> = None;
    for (neg, pos, pn, pp) in [(ca, cb, a, b), (cb, ca, b, a)] {
        if pos.stance != Stance::Assert || neg.stance == Stance::Deny || pp.negation.is_some() {
            continue;
        }
        let Some(cue) = pn.negation else { continue };
        // The word the negation governs: the first negated topic word.
        let Some((nk, &ni)) = pn.negated.iter().min_by_key(|(_, i)| **i) else {
            continue;
        };
        let negated = pn.words[ni].lower.as_ref();
        let Some(negated_at) = pn.places[ni] else {
            continue;
        };
        // (Apart in meaning, only a verb's way of doing is looked for.)
        if !close && !vectors::is_verb_at(negated_at as usize) {
            continue;
        }
        // "has never offered more than four percent" bounds a figure: it says how much was
        // offered, not that nothing was; only that figure may be disputed.
        let bounds_a_figure = pn.words.get(ni + 1).is_some_and(|w| {
            matches!(
                w.lower.as_ref(),
                "more" | "less" | "fewer" | "over" | "under"
            )
        }) && pn.quantities.iter().any(|q| q.at > ni && q.at <= ni + 4);
        if bounds_a_figure {
            continue;
        }
        for (pk, &pi) in pp.keys.iter() {
            let w = &pp.words[pi];
            // Exact words are the negation rule's; names are who, not what.
            if pk == nk || (w.capitalized && pi > 0) {
                continue;
            }
            // ("struck" is a way of touching, by WordNet: as good as the same word, when
            // it is said as a deed done, "struck", not "strikes" or "a strike".)
            // (The word's form first: most words are no past, and the table is searched.)
            let way = deed_done(&w.lower, lex)
                && pp.places[pi]
                    .is_some_and(|at| vectors::is_way_of(at as usize, negated_at as usize));
            // (The vectors first: they set most words aside for the price of a lookup.)
            let sim = if way {
                Some(1.0)
            } else if close {
                pp.places[pi]
                    .filter(|&at| vectors::same_sense_class(negated_at as usize, at as usize))
                    .and_then(|at| {
                        vectors::similarity_at(
                            negated_at as usize,
                            at as usize,
                            COMMON_WORDS,
                            PREDICATES,
                        )
                    })
            } else {
                None
            };
            let Some(sim) = sim else {
                continue;
            };
            if sim < CLOSE_WORDS || best.as_ref().is_some_and(|(s, _)| sim <= *s) {
                continue;
            }
            // A word after a determiner ("his hateful words") is a noun there, however
            // WordNet also knows it, unless the negated side names it too ("not paying fees":
            // "their fees").
            let determined =
                |k: usize| k > 0 && lexicon::DETERMINERS.contains(pp.words[k - 1].lower.as_ref());
            // (A topic word's place is known: no search of the word list.)
            let only_adjective = |k: usize| match pp.places[k] {
                Some(at) => vectors::is_only_adjective_at(at as usize),
                None => vectors::is_only_adjective(pp.words[k].lower.as_ref()),
            };
            let noun =
                || determined(pi) || (pi > 1 && determined(pi - 1) && only_adjective(pi - 1));
            if (!pn.keys.contains_key(pk) && noun())
                || words::stem(&w.lower, lex) == words::stem(negated, lex)
                || modal_near(pp, pi)
                || reported_near(pp, pi)
                || super::negation::one_asks(pn, ni, pp, pi)
                || super::negation::times_apart(pn, ni, pp, pi)
            {
                continue;
            }
            // ("to punch is to touch": the two verbs in their base form.)
            let relation = if way {
                format!(
                    "to {} is to {}",
                    verb_base(&w.lower, lex),
                    verb_base(negated, lex)
                )
            } else {
                format!("{} ≈ {}", w.lower, negated)
            };
            let reason = format!(
                "\"{}\" vs \"{}\": {relation}; negation",
                window(pp.text, &pp.words, pi, 3),
                phrase(pn.text, &pn.words, cue, ni + 1),
            );
            best = Some((sim, reason));
        }
    }
    best
}

/// A verb form's base, for a reason a reader can follow: "struck" strike, "punched" punch,
/// "injured" injure; the form itself when no base is found.
fn verb_base<'w>(w: &'w str, lex: &'w lexicon::MatcherLexicon) -> std::borrow::Cow<'w, str> {
    use std::borrow::Cow;
    if let Some(base) = lex.irregular.get(w).filter(|b| b.as_str() != w) {
        return Cow::Borrowed(base.as_str());
    }
    let candidates = [
        w.strip_suffix("ied").map(|s| format!("{s}y")),
        w.strip_suffix("ed").map(str::to_string),
        w.strip_suffix('d').map(str::to_string),
        w.strip_suffix("ed").and_then(|s| {
            let b = s.as_bytes();
            (b.len() > 2 && b[b.len() - 1] == b[b.len() - 2]).then(|| s[..s.len() - 1].to_string())
        }),
        w.strip_suffix("ing").map(str::to_string),
        w.strip_suffix("ing").map(|s| format!("{s}e")),
        w.strip_suffix('s').map(str::to_string),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|c| c.len() > 1 && vectors::may_be_verb(c))
        .map_or(Cow::Borrowed(w), Cow::Owned)
}

/// Whether a word is a verb's past or participle, a deed said as done ("struck", "bribed"),
/// not a base or a third person that may be a noun ("strike", "flights").
fn deed_done(w: &str, lex: &lexicon::MatcherLexicon) -> bool {
    w.ends_with("ed") || lex.irregular.get(w).is_some_and(|base| base.as_str() != w)
}
