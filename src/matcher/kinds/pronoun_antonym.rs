//! Opposite predicates of one subject named two ways: "the suspect was armed" against "he
//! was unarmed", said just after it. The antonym rule needs a shared word; here a pronoun
//! that starts the later claim stands for the person the earlier one names.

use super::wording::window;
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::profile::Profile;
use crate::matcher::words::StemIndex;
use crate::model::{Claim, ConflictKind};

/// How many lines after the named subject the pronoun's claim may stand.
const REACH_LINES: usize = 4;

/// An opposite said of a pronoun standing for the other claim's subject.
pub(super) struct PronounAntonym;

impl ConflictRule for PronounAntonym {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        if !found.is_empty() {
            return;
        }
        let subject = one_subject_antonyms(pair.ca, pair.cb, pair.a, pair.b, pair.index)
            .map(|at| (at, "said of one subject"));
        let object = || {
            one_object_antonyms(pair.ca, pair.cb, pair.a, pair.b, pair.index)
                .map(|at| (at, "done to one thing"))
        };
        if let Some(((ia, ib), of)) = subject.or_else(object) {
            let (a, b) = (pair.a, pair.b);
            found.push(Finding {
                kind: ConflictKind::Antonym,
                confidence: 0.6,
                reason: format!(
                    "\"{}\" vs \"{}\": {} / {} are opposites, {of}",
                    window(a.text, &a.words, ia, 2),
                    window(b.text, &b.words, ib, 2),
                    a.words[ia].lower,
                    b.words[ib].lower
                ),
            });
        }
    }

    fn reads_other_words(&self) -> bool {
        true
    }
}

/// Whether two claims may set opposites against each other across a pronoun: both have a
/// word with an opposite, within a few lines of each other.
fn may_face(ca: &Claim, cb: &Claim, a: &Profile, b: &Profile) -> bool {
    !a.opposable.is_empty()
        && !b.opposable.is_empty()
        && ca.content.line.abs_diff(cb.content.line) <= REACH_LINES
}

/// The places of opposite predicates of one subject in two claims (either order): each
/// right after a copula that follows its claim's subject, one subject a person named or
/// described ("the suspect", "Lund"), the other "he", "she" or "they" opening a claim said
/// within a few lines after.
pub(in crate::matcher) fn one_subject_antonyms(
    ca: &Claim,
    cb: &Claim,
    a: &Profile,
    b: &Profile,
    index: &StemIndex,
) -> Option<(usize, usize)> {
    if !may_face(ca, cb, a, b) {
        return None;
    }
    let (first, second) = if ca.content.line <= cb.content.line {
        (a, b)
    } else {
        (b, a)
    };
    if !pronoun_subject(second) || !person_subject(first) {
        return None;
    }
    first_opposites(a, b, index, |ia, ib| {
        predicate_at(a, ia) && predicate_at(b, ib)
    })
}

/// The places of opposite verbs done to one thing in two claims (either order): "would sign
/// the measure" and, said within a few lines after, "would veto it": the later verb's object
/// is "it" or "them", the earlier's a noun phrase; both verbs after the same modal.
pub(in crate::matcher) fn one_object_antonyms(
    ca: &Claim,
    cb: &Claim,
    a: &Profile,
    b: &Profile,
    index: &StemIndex,
) -> Option<(usize, usize)> {
    if !may_face(ca, cb, a, b) {
        return None;
    }
    let later_is_b = ca.content.line <= cb.content.line;
    let modal = |p: &Profile, i: usize| -> Option<&'static str> {
        let w = if i > 0 {
            p.words[i - 1].lower.as_ref()
        } else {
            ""
        };
        ["would", "will", "could", "might"]
            .into_iter()
            .find(|m| *m == w)
    };
    first_opposites(a, b, index, |ia, ib| {
        // (Positions, said with the same modal: "would sign" and "would veto".)
        let (first, i1, second, i2) = if later_is_b {
            (a, ia, b, ib)
        } else {
            (b, ib, a, ia)
        };
        modal(a, ia).is_some()
            && modal(a, ia) == modal(b, ib)
            && object_pronoun(second, i2)
            && object_noun(first, i1)
    })
}

/// The places of the first two opposite words of `a` and `b` that `fits` takes.
fn first_opposites(
    a: &Profile,
    b: &Profile,
    index: &StemIndex,
    fits: impl Fn(usize, usize) -> bool,
) -> Option<(usize, usize)> {
    a.opposable.iter().find_map(|&(sa, ia)| {
        b.opposable
            .iter()
            .find(|&&(sb, ib)| index.are_antonyms(sa, sb) && fits(ia, ib))
            .map(|&(_, ib)| (ia, ib))
    })
}

/// Whether the verb at `i` takes "it" or "them" as its object, which ends the clause: "he
/// would veto it".
fn object_pronoun(p: &Profile, i: usize) -> bool {
    p.words
        .get(i + 1)
        .is_some_and(|w| matches!(w.lower.as_ref(), "it" | "them"))
        && super::wording::clause_break(p.text, &p.words, i + 1)
}

/// Whether the verb at `i` takes a noun phrase opening with a determiner as its object: "would
/// sign the measure".
fn object_noun(p: &Profile, i: usize) -> bool {
    p.words.get(i + 1).is_some_and(|w| {
        matches!(
            w.lower.as_ref(),
            "the" | "this" | "that" | "these" | "those" | "a" | "an" | "its" | "their"
        )
    })
}

/// Whether a claim has an opposable verb whose object is "it" or "them" at its clause's end:
/// it may stand against an earlier claim's verb done to a thing it names.
pub(in crate::matcher) fn pronoun_object(p: &Profile) -> bool {
    p.opposable.iter().any(|&(_, i)| object_pronoun(p, i))
}

/// Whether the word at `i` is the predicate of the claim's subject: a copula right before
/// it, the subject (one to three words) before that, and nothing else.
fn predicate_at(p: &Profile, i: usize) -> bool {
    (1..=4).contains(&i) && lexicon::COPULAS.contains(p.words[i - 1].lower.as_ref())
}

/// Whether a claim opens with a personal pronoun and a copula: "he was unarmed".
pub(in crate::matcher) fn pronoun_subject(p: &Profile) -> bool {
    p.words.len() > 2
        && matches!(p.words[0].lower.as_ref(), "he" | "she" | "they")
        && lexicon::COPULAS.contains(p.words[1].lower.as_ref())
}

/// Whether a claim opens with a person, named or described, and a copula: "the suspect
/// was", "Lund was" (a noun whose first sense in WordNet is a person, whatever else it is).
fn person_subject(p: &Profile) -> bool {
    let copula = p
        .words
        .iter()
        .take(4)
        .position(|w| lexicon::COPULAS.contains(w.lower.as_ref()));
    copula.is_some_and(|c| {
        c > 0 && {
            let head = &p.words[c - 1];
            head.capitalized || lexicon::names_a_person(&head.lower)
        }
    })
}
