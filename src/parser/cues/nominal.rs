//! "The mayor's claim that the fund is empty", "her warning that prices will rise", "his
//! promise to cut fees": a noun of saying after its owner. The owner is the speaker, the
//! clause after the noun the claim. Without an owner ("the claim that …") nobody is named.

use std::ops::Range;

use crate::document::TokenKind;
use crate::lexicon::{self, AttributionLexicon};
use crate::matcher::vectors;
use crate::parser::text::Words;

use super::{At, Attribution, Body, CueRule, Hit, HitKind, Made, Scan, Site, SpeakerAt};

/// A noun of saying ([`lexicon::CLAIM_NOUNS`], [`lexicon::PLEDGE_NOUNS`]) after its owner.
pub(super) struct Nominal;

impl CueRule for Nominal {
    fn detect(&self, scan: &Scan, at: &At) -> Option<Hit> {
        // Asked at every word: the common miss is one flag of the cue lists' entry, read
        // once for every rule.
        if !at.entry.is_some_and(|e| e.nominal) {
            return None;
        }
        let next = at.i + 1;
        if next >= scan.sentence.end {
            return None;
        }
        if !matches!(scan.words.lower(next), "that" | "to")
            && !matches!(scan.words.lower(next), "in" | "during" | "at" | "on")
        {
            return None;
        }
        nominal_at(scan, at)
    }

    fn attribute(&self, site: &Site, hit: &Hit) -> Made {
        let HitKind::Nominal { owner } = &hit.kind else {
            return Made::Nothing;
        };
        let words = site.words;
        // "Lee rejected Ruiz's claim that …": inside what an earlier cue of the sentence
        // attributes, the noun is what that speaker talks about, and the clause theirs.
        // ("Ruiz's claim that … was false, Lee said": so is a noun before a later cue.)
        let nested = site
            .earlier
            .iter()
            .any(|a| a.bodies.iter().any(|b| b.tokens.contains(&hit.range.start)))
            || site
                .later
                .iter()
                .any(|h| !matches!(h.kind, HitKind::Nominal { .. }));
        if nested {
            return Made::Nothing;
        }
        let start = clause_start(words, hit.range.start, hit.range.end, site.end, site.lex)
            .expect("a nominal hit has its clause");
        let end = clause_end(words, start, site.forward_end.max(start));
        if !(start..end).any(|k| words.is_word(k)) {
            return Made::Nothing;
        }
        Made::Claim(Attribution::asserted(
            hit.range.clone(),
            SpeakerAt::Owner(owner.clone()),
            vec![Body { tokens: start..end }],
        ))
    }
}

/// [`Nominal`]'s cue at a noun of saying: an owner before it and a clause after it.
#[inline(never)]
fn nominal_at(scan: &Scan, at: &At) -> Option<Hit> {
    let Scan {
        words,
        ref sentence,
        lex,
    } = *scan;
    let i = at.i;
    let after = when_or_where_said(words, i + 1, sentence.end).unwrap_or(i + 1);
    clause_start(words, i, after, sentence.end, lex)?;
    let owner = owner_before(words, i, sentence.start, lex)?;
    if owner.start > sentence.start && object_of_other(words, owner.start - 1, lex) {
        return None;
    }
    Some(Hit {
        range: i..after,
        kind: HitKind::Nominal { owner },
    })
}

/// Where "that" stands after a phrase of when or where something was said that follows the
/// noun at `from` ("her assertion during the debate that …", "his claim in a radio interview
/// that …"): a preposition and up to five words, none a verb, no punctuation between.
fn when_or_where_said(words: &Words, from: usize, end: usize) -> Option<usize> {
    if !matches!(words.lower(from), "in" | "during" | "at" | "on") {
        return None;
    }
    (from + 2..(from + 7).min(end))
        .take_while(|&k| words.is_word(k))
        .find(|&k| words.lower(k) == "that")
        .filter(|&that| {
            (from + 1..that).all(|k| {
                let w = words.lower(k);
                !lexicon::AUXILIARIES.contains(w)
                    && (words.is_capitalized(k)
                        || !vectors::may_be_verb(w)
                        || lexicon::DETERMINERS.contains(w)
                        || vectors::may_be_noun(w) && !w.ends_with("ed"))
            })
        })
}

/// Whether the word at `k`, right before the owner, makes the noun what someone else
/// talks about: a verb ("Lee rejected Ruiz's claim that …", "sought to clarify the mayor's
/// remark"), "about" ("asked about his claim that …") or "despite". A verb's own subject
/// said it when it said anything, and then the clause is usually theirs; "including" lists.
fn object_of_other(words: &Words, k: usize, lex: &AttributionLexicon) -> bool {
    if !words.is_word(k) {
        return false;
    }
    let w = words.lower(k);
    if words.is_capitalized(k) && w != "despite" {
        return false;
    }
    // ("Despite Lee's claim that …, the figures show …": a concession, the claim set against
    // the narration's own account, not reported for itself.)
    if matches!(w, "about" | "despite") {
        return true;
    }
    if w == "including"
        || lexicon::AUXILIARIES.contains(w)
        || lexicon::DETERMINERS.contains(w)
        || lexicon::FRONTED_PREPOSITIONS.contains(w)
        || lexicon::NP_PREPOSITIONS.contains(w)
        || lexicon::STOPWORDS.contains(w)
    {
        return false;
    }
    w.ends_with("ed") || w.ends_with("ing") || lex.is_verb(w) || vectors::may_be_verb(w)
}

/// Where the claim after the noun at `noun` starts, "that" or "to" standing at `after`: past
/// "that" ("her claim that the fund …"), or at "to" and a verb after a noun of promising
/// ("his vow to stay"). `None` when no clause follows: "his statement that was released",
/// "her claim to the seat".
fn clause_start(
    words: &Words,
    noun: usize,
    after: usize,
    end: usize,
    lex: &AttributionLexicon,
) -> Option<usize> {
    if after + 1 >= end || !words.is_word(after) {
        return None;
    }
    let noun = words.lower(noun);
    match words.lower(after) {
        "that" => {
            // `"…that, if elected, …"`, `that "…"`: a comma or a quotation mark may open it.
            let mut k = after + 1;
            while k < end && (words.text(k) == "," || words.kind(k) == TokenKind::OpenQuote) {
                k += 1;
            }
            if k >= end || !words.is_word(k) {
                return None;
            }
            let w = words.lower(k);
            // ("the statement that was read", "the claims that led to …": "that" opens a
            // relative clause, its verb right after it.)
            let relative = !words.is_capitalized(k)
                && (lexicon::AUXILIARIES.contains(w)
                    || lex.is_verb(w)
                    || (w.ends_with("ed") && !vectors::may_be_noun(w)));
            (!relative && lexicon::CLAIM_NOUNS.contains(noun)).then_some(after + 1)
        }
        "to" => {
            let w = words.lower(after + 1);
            let verb = words.is_word(after + 1)
                && !words.is_capitalized(after + 1)
                && !lexicon::DETERMINERS.contains(w)
                && vectors::may_be_verb(w);
            (verb && lexicon::PLEDGE_NOUNS.contains(noun)).then_some(after)
        }
        _ => None,
    }
}

/// The owner of the noun at `noun`: a possessive pronoun ("his"), or a name or a role in the
/// possessive ("Lee's", "Mayor Ana Ruiz's", "the minister's"), perhaps with a word or two
/// describing the noun between ("his repeated claims", "the mayor's stern warning").
fn owner_before(
    words: &Words,
    noun: usize,
    floor: usize,
    lex: &AttributionLexicon,
) -> Option<Range<usize>> {
    let mut t = noun;
    for _ in 0..3 {
        if t <= floor || !words.is_word(t - 1) {
            return None;
        }
        let w = words.lower(t - 1);
        if matches!(w, "his" | "her" | "their" | "its") || w.ends_with("'s") {
            break;
        }
        // ("his earlier, repeated claims" has a comma; "his own claim", "her recent
        // warnings", "the mayor's widely reported remark".)
        let describing = !words.is_capitalized(t - 1)
            && (vectors::may_be_adjective(w)
                || vectors::is_ly_modifier(w)
                || w.ends_with("ed")
                || w == "own");
        if !describing || lexicon::DETERMINERS.contains(w) {
            return None;
        }
        t -= 1;
    }
    let o = t.checked_sub(1).filter(|&o| o >= floor)?;
    let w = words.lower(o);
    if matches!(w, "his" | "her" | "their" | "its") {
        return Some(o..o + 1);
    }
    let base = w.strip_suffix("'s")?;
    if base.is_empty() {
        return None;
    }
    if words.is_capitalized(o) {
        // A name: its capitalised words and the title's full stops ("Mr. Lee's", "Mayor Ana
        // Ruiz's"), and a determiner before a capitalised body ("the Council's").
        let mut s = o;
        // ("Despite Lee's claim …": a capitalised function word opening the sentence is no
        // part of the name.)
        while s > floor
            && s > o.saturating_sub(5)
            && words.is_word(s - 1)
            && words.is_capitalized(s - 1)
            && !lexicon::STOPWORDS.contains(words.lower(s - 1))
            && !lexicon::FRONTED_PREPOSITIONS.contains(words.lower(s - 1))
        {
            s -= 1;
        }
        if s > floor && words.lower(s - 1) == "the" {
            s -= 1;
        }
        return Some(s..o + 1);
    }
    // A role: "the minister's", "the new finance minister's": the role and the words that
    // describe it back to "the".
    let role = lex.roles().contains_key(base) || lexicon::PERSON_NOUNS.contains(base);
    if !role {
        return None;
    }
    // (Only after "the": "his father's claim" is a relation, not a speaker met before.)
    let mut s = o;
    while s > floor && s > o.saturating_sub(4) && words.is_word(s - 1) {
        let p = words.lower(s - 1);
        if p == "the" {
            return Some(s - 1..o + 1);
        }
        if lexicon::DETERMINERS.contains(p) {
            return None;
        }
        // ("the harbour master's": a noun naming which master.)
        if !(words.is_capitalized(s - 1)
            || vectors::may_be_adjective(p)
            || vectors::may_be_noun(p)
            || lex.roles().contains_key(p))
        {
            break;
        }
        s -= 1;
    }
    None
}

/// Where the claim starting at `start` ends: at a dash, a semicolon or a bracket, or at a
/// comma once the clause has words of its own ("that, if elected, she would …" goes on).
fn clause_end(words: &Words, start: usize, end: usize) -> usize {
    (start..end)
        .find(|&k| {
            !words.quoted(k)
                && (matches!(words.text(k), "—" | "–" | ";" | "(" | ")")
                    || (words.text(k) == ","
                        && (start..k).filter(|&j| words.is_word(j)).count() >= 3))
        })
        .unwrap_or(end)
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::parser::parse;

    fn claims(text: &str) -> Vec<(String, String)> {
        let parsed = parse(&mut Document::new(text));
        parsed
            .claims
            .iter()
            .map(|c| {
                (
                    parsed.sources[c.source].name.clone(),
                    c.content.text.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn an_owner_and_a_noun_of_saying_attribute_the_clause_after_that() {
        let got = claims(
            "Tolls\n\nMayor Ana Ruiz won the vote. Ruiz's claim that the bridge tolls would \
             fall by half drew laughter.\n",
        );
        assert!(
            got.iter()
                .any(|(s, t)| s.contains("Ruiz")
                    && t.starts_with("the bridge tolls would fall by half")),
            "{got:?}"
        );
    }

    #[test]
    fn a_noun_of_saying_with_no_owner_or_a_relative_that_attributes_nothing() {
        let got = claims(
            "Tolls\n\nThe claim that the tolls would fall was new. His statement that was \
             read aloud named no figure. Lund mocked Ruiz's claim that the bridge was old.\n",
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
