//! Negation of a kind: one side says there was none of a thing ("he had no weapon", "without
//! any vehicles") and the other names one of that kind ("he got out holding a handgun",
//! "a truck was seen"). The exact-word negation rule cannot see these; WordNet's hypernyms
//! say that a handgun is a weapon ([`vectors::is_kind_of`]).

use super::context::{modal_near, reported_near};
use super::wording::{phrase, window};
use super::{ConflictRule, Finding, Pair, in_other_words};
use crate::matcher::profile::Profile;
use crate::matcher::vectors;
use crate::model::{Claim, Stance};

/// One side says there is none of what the other names a kind of, when no rule before found
/// anything.
pub(super) struct KindNegation;

impl ConflictRule for KindNegation {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        if found.is_empty() {
            found.extend(kind_negation(pair.ca, pair.cb, pair.a, pair.b).map(in_other_words));
        }
    }

    fn reads_other_words(&self) -> bool {
        true
    }
}

/// The reason, if one claim says there is none of what the other names a kind of.
fn kind_negation(ca: &Claim, cb: &Claim, a: &Profile, b: &Profile) -> Option<String> {
    for (neg, pos, pn, pp) in [(ca, cb, a, b), (cb, ca, b, a)] {
        if pos.stance != Stance::Assert || neg.stance == Stance::Deny || pp.negation.is_some() {
            continue;
        }
        let Some(none) = pn.none_of.filter(|_| names_kind(pn, pp)) else {
            continue;
        };
        let hit =
            kind_at(pp, none.place).filter(|&pi| !modal_near(pp, pi) && !reported_near(pp, pi));
        if let Some(pi) = hit {
            return Some(format!(
                "\"{}\" vs \"{}\": {} is a kind of {}; negation",
                window(pp.text, &pp.words, pi, 3),
                phrase(pn.text, &pn.words, none.cue, none.noun + 1),
                pp.words[pi].lower,
                pn.words[none.noun].lower
            ));
        }
    }
    None
}

/// Whether `pos` names a kind of what `neg` says there is none of: the pairs worth comparing.
pub(in crate::matcher) fn names_kind(neg: &Profile, pos: &Profile) -> bool {
    neg.none_of
        .is_some_and(|none| pos.kinds().binary_search(&(none.place as u32)).is_ok())
}

/// The first word of a claim that names a kind of the word at place `hyper` (a name is who,
/// not what; a noun before another noun says which of that other thing: "a parlor game" is
/// no room).
fn kind_at(p: &Profile, hyper: usize) -> Option<usize> {
    (0..p.words.len()).find(|&i| {
        !(p.words[i].capitalized && i > 0)
            && p.places[i].is_some_and(|at| vectors::is_kind_of(at as usize, hyper))
            && !modifies_a_noun(p, i)
    })
}

/// Whether the word at `i` stands before a noun, with no mark between: "parlor game", "gun
/// lobby". (Not before a verb's past or third person: "the gun fired", "a truck stops".)
fn modifies_a_noun(p: &Profile, i: usize) -> bool {
    p.words.get(i + 1).is_some_and(|n| {
        let l = n.lower.as_ref();
        let verb_form = vectors::may_be_verb(l) && (l.ends_with("ed") || l.ends_with('s'));
        p.glued(i)
            && vectors::may_be_noun(l)
            && !verb_form
            && !crate::lexicon::STOPWORDS.contains(l)
    })
}
