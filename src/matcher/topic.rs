//! What two claims share: their common topic keys, weighed (names and headline words count
//! differently), and how to name it in a report.

use super::keys::Key;
use super::profile::Profile;
use super::vectors;
use crate::lexicon::{self, WordSet};

pub(in crate::matcher) struct Shared {
    /// Shared keys with the word index on each side, in the order of the first claim.
    pub(in crate::matcher) pairs: Vec<(Key, usize, usize)>,
    pub(in crate::matcher) weight: f64,
    /// Weight of the shared common words alone: names set the scene, but two claims are
    /// about the same event when they share what is said of those names.
    pub(in crate::matcher) common: f64,
}

pub(in crate::matcher) fn shared(a: &Profile, b: &Profile, headline: &WordSet<Key>) -> Shared {
    // Both key lists are sorted: one merge pass finds the shared keys.
    let (x, y) = (&a.keys.0, &b.keys.0);
    // One allocation: no more pairs than the shorter list has keys.
    let mut pairs: Vec<(Key, usize, usize)> = Vec::with_capacity(x.len().min(y.len()));
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                pairs.push((x[i].0, x[i].1, y[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    // "separate talks … had ended without agreement": a thing one side sets apart is another
    // than the one the other side speaks of.
    // "violent crime" and "property crime", "tourism revenue" and "export revenue": a shared
    // noun each side qualifies with another word names two kinds of it.
    // "Bern's claim" and "Republican claims": a shared noun that each side gives to another
    // name is two things.
    pairs.retain(|&(_, ia, ib)| {
        set_apart(a, ia) == set_apart(b, ib)
            && !kinds_apart(a, ia, b, ib)
            && !owners_apart(a, ia, b, ib)
    });
    pairs.sort_by_key(|p| p.1);
    let mut weight = 0.0;
    let mut common = 0.0;
    for (k, ia, ib) in &pairs {
        // A name is capitalised wherever it stands; other words only at a sentence start.
        // (An owner at the start is a name too: "Bern's rating fell".)
        let name = |p: &Profile, i: usize| {
            p.words[i].capitalized
                && (i > 0 || lexicon::without_possessive(&p.words[i].lower) != p.words[i].lower)
        };
        let proper = name(a, *ia) || name(b, *ib);
        let w = if proper { 0.5 } else { 1.0 } + if headline.contains(k) { 0.5 } else { 0.0 };
        weight += w;
        if !proper {
            common += w;
        }
    }
    Shared {
        pairs,
        weight,
        common,
    }
}

/// Whether the words before a shared word at `ia` and `ib` qualify it as two kinds: topic
/// words of their own, right before it, lower case, neither said by the other side, one of
/// them a word WordNet knows only as a noun ("property crime" against "violent crime"). Two
/// adjectives ("record profits" against "weak profits") may be what is contested.
fn kinds_apart(a: &Profile, ia: usize, b: &Profile, ib: usize) -> bool {
    let qualifier = |p: &Profile, i: usize| {
        let m = i.checked_sub(1)?;
        let key = p.key_at[m]?;
        (p.glued(m) && (!p.words[m].capitalized || m == 0)).then_some((key, m))
    };
    let (Some((mut x, mut mx)), Some((mut y, mut my))) = (qualifier(a, ia), qualifier(b, ib))
    else {
        return false;
    };
    // ("diesel tax receipts" and "gasoline tax receipts": past a qualifier both share.)
    let mut compound = false;
    while x == y {
        compound = true;
        let (Some(q), Some(r)) = (qualifier(a, mx), qualifier(b, my)) else {
            return false;
        };
        ((x, mx), (y, my)) = (q, r);
    }
    if a.keys.contains_key(&y) || b.keys.contains_key(&x) {
        return false;
    }
    // (WordNet read last: most shared words have no such qualifiers. Only a word it knows as a
    // noun and never as a verb is surely qualified by the word before it: "their incomes
    // increase" is no kind of increase.)
    // (A word both sides follow with the same noun is a noun: the "tax" of "diesel tax
    // receipts" and "gasoline tax receipts"; and so is the head of such a compound.)
    let noun_only = |l: &str| vectors::may_be_noun(l) && !vectors::may_be_adjective(l);
    let head = a.words[ia].lower.as_ref();
    let in_compound = compound
        || matches!((glued_next(a, ia), glued_next(b, ib)),
            (Some(x), Some(y)) if x == y && vectors::may_be_noun(x));
    (noun_only(&a.words[mx].lower) || noun_only(&b.words[my].lower))
        && vectors::may_be_noun(head)
        && (in_compound || !vectors::may_be_verb(head))
}

/// Whether the shared word at `ia` and `ib` follows a different name on each side, right
/// before it or as an owner up to three words before, that the other claim does not say
/// ("Bern's claim" against "Republican claims"): the things of two owners or two kinds.
fn owners_apart(a: &Profile, ia: usize, b: &Profile, ib: usize) -> bool {
    // (Over a figure between: "Bern's 51% claim".)
    let owner = |p: &Profile, i: usize| {
        let head = &p.words[i];
        let possessive = |m: usize| p.words[m].lower.ends_with("'s");
        let m = (i.saturating_sub(3)..i)
            .rev()
            .find(|&m| possessive(m))
            .or(i.checked_sub(1))
            .filter(|&m| m > 0 || possessive(m))?;
        let w = &p.words[m];
        let glued = !p.text[w.at + w.surface.len()..head.at]
            .contains([',', ';', ':', '.', '(', '"', '“', '”']);
        let between_lower = p.words[m + 1..i].iter().all(|x| !x.capitalized);
        if glued && between_lower && w.capitalized && !head.capitalized {
            p.key_at[m]
        } else {
            None
        }
    };
    let (Some(x), Some(y)) = (owner(a, ia), owner(b, ib)) else {
        return false;
    };
    x != y && !a.keys.contains_key(&y) && !b.keys.contains_key(&x)
}

/// The word right after word `i`, folded, when nothing but a space stands between.
fn glued_next<'p>(p: &'p Profile, i: usize) -> Option<&'p str> {
    p.glued(i).then(|| p.words[i + 1].lower.as_ref())
}

/// Whether the word at `i` is in a noun phrase opened by "separate" ("separate talks", "a
/// separate victim survey"), or in a claim whose subject is ("separate talks … had ended
/// without agreement").
fn set_apart(p: &Profile, i: usize) -> bool {
    if !p.has_separate {
        return false;
    }
    let subject_apart = p.words.iter().take(2).any(|w| w.lower == "separate");
    subject_apart
        || p.words[i.saturating_sub(3)..i]
            .iter()
            .rposition(|w| w.lower == "separate")
            .is_some_and(|k| {
                let from = i.saturating_sub(3) + k;
                let w = &p.words[from];
                !p.text[w.at..p.words[i].at].contains([',', ';', '.'])
            })
}

pub(in crate::matcher) fn shared_words(topic: &Shared, a: &Profile, b: &Profile) -> String {
    topic
        .pairs
        .iter()
        // (A word of a phrase shown whole, "press conference", is not shown again.)
        .filter(|(_, ia, ib)| !a.inside_phrase(*ia) && !b.inside_phrase(*ib))
        .take(3)
        .map(|(_, ia, ib)| {
            let (x, y) = (a.said_at(*ia), b.said_at(*ib));
            if lexicon::fold(x) == lexicon::fold(y) {
                x.to_string()
            } else {
                format!("{x} ≈ {y}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(in crate::matcher) fn topic_phrase(topic: &Shared, a: &Profile) -> String {
    topic
        .pairs
        .iter()
        .take(4)
        .map(|(_, ia, _)| a.words[*ia].surface.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}
