//! "The poll shows the mayor ahead", "a study found that …": a document or a measurement
//! reports its findings. "show" and "find" are cues only after such a subject; "he found a
//! seat" and "the video shows a car" state nothing.

use crate::document::TokenKind;
use crate::lexicon;
use crate::lexicon::VerbClass;

use super::grammar::{np_left, subject_left};
use super::{At, Attribution, Body, CueRule, Hit, HitKind, Made, Scan, Site, SpeakerAt};

/// A finding verb after a document or measurement noun.
pub(super) struct Finding;

impl CueRule for Finding {
    /// "polls showing her well behind": the document's finding, to the end of its clause.
    fn attribute(&self, site: &Site, hit: &Hit) -> Made {
        let HitKind::Showing { source } = &hit.kind else {
            return Made::Nothing;
        };
        let words = site.words;
        // ("data showing that turnout fell": not the "that".)
        let from = hit.range.end + usize::from(words.lower(hit.range.end) == "that");
        let end = (from..site.forward_end)
            .find(|&k| matches!(words.text(k), "," | ";" | "—" | "–" | "(" | ")"))
            .unwrap_or(site.forward_end);
        if end <= from + 1 {
            return Made::Nothing;
        }
        Made::Claim(Attribution::asserted(
            hit.range.clone(),
            SpeakerAt::Tokens(source.clone()),
            vec![Body { tokens: from..end }],
        ))
    }

    fn detect(&self, scan: &Scan, at: &At) -> Option<Hit> {
        // As for the other verb rules: the common miss stays cheap (a finding verb is in
        // the cue lists, as a verb of belief).
        if at.entry.is_none_or(|e| e.verb.is_none()) || !lexicon::FINDING_VERBS.contains(at.lower) {
            return None;
        }
        finding_at(scan, at)
    }
}

/// [`Finding`]'s cue at a form of "show" or "find".
#[inline(never)]
fn finding_at(scan: &Scan, at: &At) -> Option<Hit> {
    let Scan {
        words,
        ref sentence,
        lex,
    } = *scan;
    let i = at.i;
    // ("…, records show." and "…, records show, and …": after what it found, set off by a
    // comma, at the end of its clause. "a man who, records show, does not use it" sets
    // the finding inside the clause.)
    let clause_ends = |k: usize| {
        k >= sentence.end
            || words.text(k) == "."
            || (words.text(k) == ","
                && (k + 1 >= sentence.end || matches!(words.lower(k + 1), "and" | "but")))
    };
    let after_claim = i >= sentence.start + 2
        && clause_ends(i + 1)
        && (sentence.start..i).any(|k| words.text(k) == ",");
    // ("found "no evidence …"": or a quotation.)
    let before_words =
        i + 1 < sentence.end && (words.is_word(i + 1) || words.kind(i + 1) == TokenKind::OpenQuote);
    if words.is_capitalized(i) || !(after_claim || before_words) {
        return None;
    }
    // ("with polls showing her well behind", "a new poll showing Lund ahead": a participle
    // right after the document's noun says what it found.)
    if at.lower.ends_with("ing") {
        let after_document =
            i > sentence.start + 1 && lexicon::FINDING_NOUNS.contains(words.lower(i - 1));
        if !(after_document && before_words) {
            return None;
        }
        let source = np_left(words, i, sentence.start, lex)..i;
        // (Only the document, not what it follows: "despite polls", "in the wake of a
        // poll".)
        // (Nor the verb that handed it on: "the campaign released data showing".)
        let start = (source.start..i - 1)
            .rev()
            .find(|&k| {
                let w = words.lower(k);
                !words.is_word(k)
                    || lexicon::NP_PREPOSITIONS.contains(w)
                    || lexicon::FRONTED_PREPOSITIONS.contains(w)
                    || ((w.ends_with("ed") || w.ends_with("ing")) && !words.is_capitalized(k))
            })
            .map_or(source.start, |k| k + 1);
        let start = (start..i - 1)
            .find(|&k| !lexicon::FRONTED_PREPOSITIONS.contains(words.lower(k)))
            .unwrap_or(i - 1);
        // ("The poll showing Lund ahead came out on Monday": in the sentence's subject, what
        // it found runs into the sentence's own verb.)
        if (sentence.start..start).all(|k| lexicon::DETERMINERS.contains(words.lower(k))) {
            return None;
        }
        return Some(Hit {
            range: i..i + 1,
            kind: HitKind::Showing { source: start..i },
        });
    }
    // "records show", "a study by the institute found": the subject's head, before any
    // preposition, names what found it ("the author of the report found" is a person).
    let subject = subject_left(words, i, sentence.start, lex)?;
    let mut start = subject.start;
    if start > sentence.start + 1 && matches!(words.lower(start - 1), "by" | "of" | "from") {
        start = np_left(words, start - 1, sentence.start, lex);
    }
    // ("A University of New Hampshire poll": a preposition inside a name is no boundary.)
    let in_name = |k: usize| {
        k > start
            && k + 1 < subject.end
            && words.is_capitalized(k - 1)
            && words.is_capitalized(k + 1)
    };
    // ("Video of the stop shows that …": a recording, only for what it shows to be so.)
    let shows_that = at.lower.starts_with("sh") && words.lower(i + 1) == "that";
    let head = (start..subject.end)
        .take_while(|&k| !lexicon::NP_PREPOSITIONS.contains(words.lower(k)) || in_name(k))
        .find(|&k| {
            let w = words.lower(k);
            lexicon::FINDING_NOUNS.contains(w) || shows_that && lexicon::RECORDING_NOUNS.contains(w)
        });
    // ("Investigators found no evidence that …": anyone reports finding none.)
    let none_found = !at.lower.starts_with("sh")
        && i + 2 < sentence.end
        && words.lower(i + 1) == "no"
        && matches!(words.lower(i + 2), "evidence" | "proof" | "sign" | "signs");
    // ("The inspector's office found that …": whoever finds that something is so says so.)
    // (A clause after "that", not a thing: "finds that in his work".)
    let found_that = !at.lower.starts_with("sh")
        && words.lower(i + 1) == "that"
        && i + 2 < sentence.end
        && words.is_word(i + 2)
        && !lexicon::NP_PREPOSITIONS.contains(words.lower(i + 2));
    if head.is_none() && !none_found && !found_that {
        return None;
    }
    let lemma = if at.lower.starts_with("sh") {
        "show"
    } else {
        "find"
    };
    Some(Hit {
        range: i..i + 1,
        kind: HitKind::Verb {
            lemma: lemma.to_string(),
            class: VerbClass::Speech,
        },
    })
}
