//! Attributions inside a quotation: `"The company told us on the first day that this was 'a
//! minor incident'," said the inspector` is the inspector's claim, and also the company's,
//! relayed by the inspector.

use std::ops::Range;

use crate::document::TokenKind;
use crate::lexicon::{self, AttributionLexicon, VerbClass};

use super::text::Words;

/// A report inside a quotation: who, the verb, and what, as token ranges.
#[derive(Debug, PartialEq, Eq)]
pub struct NestedReport {
    pub subject: Range<usize>,
    pub cue: Range<usize>,
    pub content: Range<usize>,
    pub deny: bool,
    /// The content is a quotation of its own (`told me, 'I am staying'`), not a "that" clause.
    pub quotation: bool,
}

/// The longest subject read as a source: a name or a description ("the state's environment
/// agency").
const MAX_SUBJECT_WORDS: usize = 5;

/// How far "that" may follow the verb: "told us on the first day that".
const MAX_BEFORE_THAT: usize = 8;

/// The reports in the quotation of tokens `quote` (its marks included) whose subject is a
/// definite description or a name and whose content is a "that" clause: `the ministry told
/// us that …`, `Andes Pacific said that …`.
pub fn find(words: &Words, quote: Range<usize>, lex: &AttributionLexicon) -> Vec<NestedReport> {
    let mut end = quote.end;
    if end > quote.start && words.kind(end - 1) == TokenKind::CloseQuote {
        end -= 1;
    }
    let mut out = Vec::new();
    let mut clause_start = quote.start;
    let mut i = quote.start;
    while i < end {
        if !words.is_word(i) {
            if matches!(words.text(i), "." | "!" | "?" | ";" | ":")
                || words.kind(i) == TokenKind::OpenQuote
            {
                clause_start = i + 1;
            }
            i += 1;
            continue;
        }
        let Some(verb) = lex
            .verb(words.lower(i))
            .filter(|v| matches!(v.class, VerbClass::Speech | VerbClass::Deny))
        else {
            i += 1;
            continue;
        };
        let subject = clause_start..i;
        let plain = subject.len() <= MAX_SUBJECT_WORDS
            && !subject.is_empty()
            && subject.clone().all(|k| words.is_word(k));
        let first = words.lower(subject.start.min(end - 1));
        let source_like = plain
            && !lexicon::NOT_A_SOURCE.contains(first)
            && (first == "the" || words.is_capitalized(subject.start));
        // "She told me, 'I am staying here'": a person quoted inside the quotation, named or
        // by "he" or "she" ("They say, '…'" is too often anyone who would).
        let third_person = plain && subject.len() == 1 && matches!(first, "he" | "she");
        let mut k = i + 1;
        if k < end && lexicon::HEARERS.contains(words.lower(k)) {
            k += 1;
        }
        if (source_like || third_person)
            && let Some(inner) = inner_quotation(words, k, end)
        {
            out.push(NestedReport {
                subject,
                cue: i..i + 1,
                content: inner.clone(),
                deny: verb.class == VerbClass::Deny,
                quotation: true,
            });
            clause_start = inner.end;
            i = inner.end;
            continue;
        }
        if !source_like {
            i += 1;
            continue;
        }
        let that = (k..(k + MAX_BEFORE_THAT).min(end))
            .take_while(|&j| words.is_word(j))
            .find(|&j| words.lower(j) == "that");
        // ("Donald Trump said he has made a lot of sacrifices": after a name, a clause its
        // subject pronoun opens needs no "that".)
        let named = first != "the" && words.is_capitalized(subject.start);
        let bare_clause = named
            && k < end
            && words.end(i) < words.start(k)
            && lexicon::SUBJECT_PRONOUNS.contains(words.lower(k));
        let Some(that) = that.or_else(|| bare_clause.then(|| k - 1)) else {
            i += 1;
            continue;
        };
        let mut e = that + 1;
        while e < end && !matches!(words.text(e), "." | "!" | "?" | ";") {
            e += 1;
        }
        if (that + 1..e).any(|j| words.is_word(j)) {
            out.push(NestedReport {
                subject,
                cue: i..i + 1,
                content: that + 1..e,
                deny: verb.class == VerbClass::Deny,
                quotation: false,
            });
        }
        clause_start = e;
        i = e;
    }
    out
}

/// The words of a quotation opened right after a report's verb (over a comma or a colon) and
/// closed before `end`: `told me, 'I am staying here'`.
fn inner_quotation(words: &Words, mut k: usize, end: usize) -> Option<Range<usize>> {
    while k < end && matches!(words.text(k), "," | ":") {
        k += 1;
    }
    // (Inside a quotation, the inner marks are single quotes, read as plain marks.)
    let mark = |j: usize, kind: TokenKind, texts: &[&str]| {
        words.kind(j) == kind || (!words.is_word(j) && texts.contains(&words.text(j)))
    };
    if k >= end || !mark(k, TokenKind::OpenQuote, &["'", "‘"]) {
        return None;
    }
    let close = (k + 1..end).find(|&j| mark(j, TokenKind::CloseQuote, &["'", "’"]))?;
    ((k + 1..close).any(|j| words.is_word(j))).then_some(k + 1..close)
}
