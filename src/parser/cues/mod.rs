//! Attribution cues in one sentence: which words mark an attribution, where the speaker is
//! named, and which words are the claim.

use std::ops::Range;

use crate::document::TokenKind;
use crate::lexicon::{AttributionLexicon, CueWord, PhraseCue, PhraseKind, VerbClass};
use crate::model::{Span, Stance};

use super::text::Words;

use grammar::{content_end, subject_left};
use verb::{after_noun_marker, clearly_verb, dares_or_contests, hedge_before, negated};

mod according_to;
mod citing;
mod finding;
mod grammar;
mod in_finding;
mod nominal;
mod signed;
mod verb;
pub(crate) use grammar::source_frame;

/// Where the speaker of an attribution is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeakerAt {
    /// The words of the mention.
    Tokens(Range<usize>),
    /// The same speaker as the attribution with this index in the sentence (", saying ...").
    SameAs(usize),
    /// The subject that opens the sentence (a participle with no earlier cue).
    SentenceSubject(Range<usize>),
    /// The owner of a noun of saying: "his" in "his claim that …", "the mayor's" in "the
    /// mayor's warning that …".
    Owner(Range<usize>),
}

/// A stretch of the sentence that the speaker claims: a clause, or quotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub tokens: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The cue words (for chains, from "cited" to "saying").
    pub cue: Range<usize>,
    pub speaker: SpeakerAt,
    /// Intermediaries, as mention token ranges.
    pub via: Vec<Range<usize>>,
    pub bodies: Vec<Body>,
    pub stance: Stance,
    pub hedged: bool,
    /// No words of its own: it attributes the quotation that ended the previous sentence.
    pub claims_previous_quote: bool,
}

impl Attribution {
    /// A plain assertion: the speaker at `speaker` says `bodies`, relayed by nobody.
    pub(super) fn asserted(cue: Range<usize>, speaker: SpeakerAt, bodies: Vec<Body>) -> Self {
        Attribution {
            cue,
            speaker,
            via: Vec::new(),
            bodies,
            stance: Stance::Assert,
            hedged: false,
            claims_previous_quote: false,
        }
    }

    pub fn cue_span(&self, words: &Words) -> Span {
        Span::new(words.start(self.cue.start), words.end(self.cue.end - 1))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum HitKind {
    Verb {
        lemma: String,
        class: VerbClass,
    },
    SourceAfter,
    /// "In a poll released Monday, …": a document that opens the sentence.
    InFinding,
    Doubt,
    /// "cited X as saying": the speaker sits inside the cue.
    Chain {
        inner: Range<usize>,
    },
    /// "citing X" with no "as saying": names the source of a report.
    Citing {
        source: Range<usize>,
    },
    /// A quotation signed by a dash, or introduced by its speaker and a colon.
    Signed {
        name: Range<usize>,
    },
    /// A noun of saying after its owner: "her warning that …".
    Nominal {
        owner: Range<usize>,
    },
    /// A document's participle of finding: "polls showing her well behind".
    Showing {
        source: Range<usize>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Hit {
    range: Range<usize>,
    kind: HitKind,
}

/// Finds the attributions of the sentence `sentence` (a token range).
pub fn find(words: &Words, sentence: Range<usize>, lex: &AttributionLexicon) -> Vec<Attribution> {
    let hits = hits(words, sentence.clone(), lex);
    attribute_hits(words, sentence, &hits, lex)
}

/// The attribution of a headline that opens with its speaker and a colon ("Marlow: Harbour
/// Tax Will Not Rise", "Lee: ‘We Checked Every Name’"), whatever cue words its summary holds
/// ("Ruiz: Report Questions The Count" is Ruiz's, not the report's).
pub fn find_headline_speaker(
    words: &Words,
    sentence: Range<usize>,
    lex: &AttributionLexicon,
) -> Vec<Attribution> {
    let colon = sentence
        .clone()
        .find(|&k| words.text(k) == ":" && !words.quoted(k));
    let marks = Marks {
        close_quote: None,
        colon,
    };
    let hits: Vec<Hit> = signed::colon_speaker(words, sentence.clone(), &marks, lex)
        .into_iter()
        .collect();
    attribute_hits(words, sentence, &hits, lex)
}

/// The attributions that the cues `hits` of the sentence `sentence` make, in order.
fn attribute_hits(
    words: &Words,
    sentence: Range<usize>,
    hits: &[Hit],
    lex: &AttributionLexicon,
) -> Vec<Attribution> {
    if hits.is_empty() {
        return Vec::new();
    }
    let end = content_end(words, sentence.clone());
    let mut out: Vec<Attribution> = Vec::new();
    // Where the text not yet claimed by an earlier attribution starts.
    let mut cursor = sentence.start;
    for (h, hit) in hits.iter().enumerate() {
        let next_start = hits[h + 1..]
            .iter()
            .find_map(|n| region_start(words, n, hit.range.end, lex))
            .unwrap_or(end);
        let site = Site {
            words,
            sentence: sentence.clone(),
            cursor,
            forward_end: next_start.max(hit.range.end).min(end),
            end,
            earlier: &out,
            later: &hits[h + 1..],
            lex,
        };
        match rule_of(&hit.kind).attribute(&site, hit) {
            // ("Priebus, in the wake of a poll showing him behind, told …": an aside's finding
            // leaves the sentence's subject to its verb.)
            Made::Claim(a) if matches!(hit.kind, HitKind::Showing { .. }) => out.push(a),
            // A side taken claims no text from what follows: its object may speak ("defended
            // the contractor who said he was owed money"), and a cue after it may report it
            // ("The board praised the plan, its chairman said").
            Made::Claim(a) if takes_a_side(hit) => out.push(a),
            Made::Claim(mut a) => {
                a.hedged |= hedge_before(words, hit.range.start, sentence.start);
                cursor = a
                    .bodies
                    .iter()
                    .map(|b| b.tokens.end)
                    .chain(std::iter::once(hit.range.end))
                    .max()
                    .unwrap_or(cursor)
                    .max(cursor);
                out.push(a);
            }
            Made::Relay(source) => {
                cursor = source.end;
                out.iter_mut()
                    .rfind(|a| !a.stance.is_side())
                    .expect("a relay follows a statement")
                    .via
                    .push(source);
            }
            Made::Nothing => {}
        }
    }
    out
}

/// Where a cue stands and what the sentence holds around it: what a construction reads to
/// make its attribution.
pub(super) struct Site<'s, 'w, 'a> {
    pub words: &'s Words<'w, 'a>,
    pub sentence: Range<usize>,
    /// Where the text not yet claimed by an earlier attribution starts.
    pub cursor: usize,
    /// Where the next attribution's own words start (or the sentence's content ends).
    pub forward_end: usize,
    /// Where the sentence's content ends.
    pub end: usize,
    /// The attributions made so far in the sentence.
    pub earlier: &'s [Attribution],
    /// The cues of the sentence after this one.
    pub later: &'s [Hit],
    pub lex: &'s AttributionLexicon,
}

/// What a construction makes of one of its cues.
pub(super) enum Made {
    Claim(Attribution),
    /// A source that relays the attribution before it: "…, X said, according to A".
    Relay(Range<usize>),
    Nothing,
}

/// A sentence scanned for cues: what a construction's detector reads.
pub(super) struct Scan<'s, 'w, 'a> {
    pub words: &'s Words<'w, 'a>,
    pub sentence: Range<usize>,
    pub lex: &'s AttributionLexicon,
}

/// The marks of a sentence with no cue word that a quotation's speaker may be named by,
/// noted while its words were read for cues rather than looked for again.
pub(super) struct Marks {
    /// The last closing quotation mark.
    pub close_quote: Option<usize>,
    /// The first colon outside quotation marks.
    pub colon: Option<usize>,
}

/// A word of the sentence where a cue may start, read once for every rule that looks.
pub(super) struct At<'w> {
    pub i: usize,
    /// The word folded ([`Words::lower`]).
    pub lower: &'w str,
    /// What the cue lists say of it.
    pub entry: Option<&'static CueWord>,
}

/// One family of attribution constructions: it finds its cues and makes the attribution of
/// each. (Multi-word cues of the lexicon, "according to", "cast doubt on", are read before
/// any rule is asked, by [`hits`].)
pub(super) trait CueRule: Sync {
    /// The rule's cue starting at word `at`, if it has one there; `None` asks the next rule.
    /// Asked at every word that is neither quoted nor inside a cue already found.
    fn detect(&self, _scan: &Scan, _at: &At) -> Option<Hit> {
        None
    }

    /// The rule's cue when no word of the sentence is any rule's: a quotation signed with a
    /// dash has no cue word.
    fn detect_alone(&self, _scan: &Scan, _marks: &Marks) -> Option<Hit> {
        None
    }

    /// The attribution of one of its cues ([`rule_of`] says whose a cue is).
    fn attribute(&self, _site: &Site, _hit: &Hit) -> Made {
        Made::Nothing
    }
}

/// The constructions, in the order their cues are looked for at each word. A new
/// construction is a file and a line here (and in [`rule_of`] if its cues are its own kind).
static RULES: &[&dyn CueRule] = &[
    &citing::Citing,
    &verb::QuoteVerb,
    &verb::Estimate,
    &finding::Finding,
    &in_finding::InFinding,
    &nominal::Nominal,
    &verb::VerbOfSaying,
    &signed::Signed,
];

/// The construction whose cue a hit is.
fn rule_of(kind: &HitKind) -> &'static dyn CueRule {
    match kind {
        HitKind::Verb { .. } | HitKind::Doubt => &verb::VerbOfSaying,
        HitKind::SourceAfter => &according_to::AccordingTo,
        HitKind::InFinding => &in_finding::InFinding,
        HitKind::Chain { .. } | HitKind::Citing { .. } => &citing::Citing,
        HitKind::Signed { .. } => &signed::Signed,
        HitKind::Nominal { .. } => &nominal::Nominal,
        HitKind::Showing { .. } => &finding::Finding,
    }
}

/// Where the frame before `start` opens when the words before it are ", a claim" / ", the
/// report" and the like: a report noun that turns the clause before it into what the next
/// speaker addresses ("X said the lease was signed, a claim officials rejected").
pub(super) fn report_frame(words: &Words, start: usize) -> Option<usize> {
    if start < 2 {
        return None;
    }
    let noun = words.lower(start - 1);
    let set_off = |k: usize| matches!(words.text(k), "," | "-" | "--" | "—" | "–");
    // ("…, something he denied": "something" needs no determiner.)
    if noun == "something" && set_off(start - 2) {
        return Some(start - 1);
    }
    // ("…, a figure the ministry said was simply wrong": a count or an estimate is framed so
    // too.)
    ((crate::lexicon::REPORT_NOUNS.contains(noun) || crate::lexicon::FIGURE_NOUNS.contains(noun))
        && start >= 3
        && matches!(words.lower(start - 2), "a" | "an" | "the")
        && set_off(start - 3))
    .then_some(start - 2)
}

/// Where the next attribution's own words start, when they end the previous clause: its
/// subject after a comma or a conjunction ("X said A, while Y said B"). An attribution
/// nested in a reported clause ("said the tests showed") does not cut it.
fn region_start(words: &Words, hit: &Hit, floor: usize, lex: &AttributionLexicon) -> Option<usize> {
    let start = match &hit.kind {
        HitKind::Verb { .. } | HitKind::Doubt => {
            if words.lower(hit.range.start).ends_with("ing")
                && hit.range.start > floor
                && words.text(hit.range.start - 1) == ","
            {
                return Some(hit.range.start - 1);
            }
            subject_left(words, hit.range.start, floor, lex).map_or(hit.range.start, |s| s.start)
        }
        HitKind::SourceAfter
        | HitKind::InFinding
        | HitKind::Citing { .. }
        | HitKind::Signed { .. } => hit.range.start,
        // ("thinks his record and polls showing a tie give him a chance": a finding inside
        // another's clause cuts nothing.)
        HitKind::Showing { .. } => return None,
        // ("X said that Lee's claim that … is false": a noun of saying sits inside the clause
        // of the cue before it and cuts nothing.)
        HitKind::Nominal { .. } => return None,
        HitKind::Chain { .. } => {
            subject_left(words, hit.range.start, floor, lex).map_or(hit.range.start, |s| s.start)
        }
    };
    if start <= floor {
        return None;
    }
    let prev = words.lower(start - 1);
    // "…, a claim officials rejected", "…, a claim that officials have rejected": the frame
    // noun ends the previous clause.
    let relative = start > floor && matches!(prev, "that" | "which");
    if start >= floor + 3
        && let Some(frame) = report_frame(words, start)
    {
        return Some(frame);
    }
    if relative
        && start >= floor + 4
        && let Some(frame) = report_frame(words, start - 1)
    {
        return Some(frame);
    }
    // "…, which officials dispute": a denial of the clause before it.
    let denies = match &hit.kind {
        HitKind::Verb { class, .. } => *class == VerbClass::Deny,
        HitKind::Doubt => true,
        _ => false,
    };
    if denies && prev == "which" && start >= floor + 2 && words.text(start - 2) == "," {
        return Some(start - 1);
    }
    // "…, a reduction she said could be absorbed": a noun phrase before a pronoun subject is
    // what the speaker talks about, and it ends the previous clause.
    if crate::lexicon::SUBJECT_PRONOUNS.contains(words.lower(start))
        && let Some(det) = (floor + 1..start)
            .rev()
            .take(4)
            .take_while(|&k| words.is_word(k) && !words.is_capitalized(k))
            .find(|&k| matches!(words.lower(k), "a" | "an" | "the"))
        && words.text(det - 1) == ","
    {
        return Some(det);
    }
    // ("as many as 30 percent of voters say": the second "as" bounds a figure, it joins no
    // clause.)
    let bound = prev == "as"
        && start >= floor + 3
        && matches!(words.lower(start - 2), "many" | "much" | "few" | "little")
        && words.lower(start - 3) == "as";
    // ("…, after officials said …": a clause set off by a comma and a subordinator.)
    let subordinate = start >= floor + 2
        && words.text(start - 2) == ","
        && crate::lexicon::CITED_CLAUSE_BREAKS.contains(prev);
    if (matches!(prev, "," | ";" | "—" | "–" | "―" | ":")
        || (crate::lexicon::CLAUSE_JOINS.contains(prev) && !bound)
        || subordinate)
        || words.kind(start - 1) == TokenKind::CloseQuote
    {
        Some(start)
    } else {
        None
    }
}

/// Whether a cue is a verb of taking a side ("supports", "opposed").
fn takes_a_side(h: &Hit) -> bool {
    matches!(h.kind, HitKind::Verb { class, .. } if class.is_side())
}

/// Whether a modal or "to" in the two words before `at` makes its verb only supposed or
/// wished: "would support", "plans to oppose".
fn supposed(words: &Words, at: usize, floor: usize) -> bool {
    (at.saturating_sub(2).max(floor)..at).any(|j| {
        matches!(
            words.lower(j),
            "would" | "will" | "could" | "might" | "may" | "can" | "should" | "must" | "to"
        )
    })
}

fn hits(words: &Words, sentence: Range<usize>, lex: &AttributionLexicon) -> Vec<Hit> {
    let scan = Scan {
        words,
        sentence: sentence.clone(),
        lex,
    };
    let mut out: Vec<Hit> = Vec::new();
    let mut blocked_until = sentence.start;
    let mut marks = Marks {
        close_quote: None,
        colon: None,
    };
    let mut i = sentence.start;
    while i < sentence.end {
        if !words.is_word(i) || words.quoted(i) {
            // (Only words are stepped over below, or a cue is found: with no cue, every
            // other token of the sentence passes here.)
            match words.kind(i) {
                TokenKind::CloseQuote => marks.close_quote = Some(i),
                TokenKind::Punct
                    if marks.colon.is_none() && !words.quoted(i) && words.text(i) == ":" =>
                {
                    marks.colon = Some(i);
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        let w = words.lower(i);
        let entry = words.cue_word(i);
        // The longest multi-word entry starting here.
        let mut best: Option<(usize, PhraseKind)> = None;
        // Word i is the phrase's first word; the others are compared by number. A common
        // first word ("in", "said") opens dozens of phrases: the next word's number, read
        // once, passes over most of them, and over all of them when no entry goes on with it.
        if let Some(entry) = entry
            && let next = words.cue_id(i + 1)
            && entry.may_open_phrase(next)
        {
            for (r, ids) in lex.phrases_of(entry) {
                if ids.get(1).is_none_or(|&id| id == next)
                    && i + ids.len() <= sentence.end
                    && best.is_none_or(|(len, _)| ids.len() > len)
                    && (2..ids.len()).all(|k| words.cue_id(i + k) == ids[k])
                {
                    best = Some((ids.len(), r));
                }
            }
        }
        if let Some((len, r)) = best {
            match r {
                PhraseKind::NonStatement => {
                    blocked_until = i + len;
                    i += len;
                    continue;
                }
                PhraseKind::Doubt => {
                    let noun_like = len == 1 && entry.is_some_and(|e| e.noun_like);
                    if !negated(words, i, sentence.start)
                        && !after_noun_marker(words, i, sentence.start)
                        && !dares_or_contests(words, i + len, sentence.end)
                        && (!noun_like || clearly_verb(words, i, sentence.clone(), lex))
                    {
                        out.push(Hit {
                            range: i..i + len,
                            kind: HitKind::Doubt,
                        });
                    }
                    i += len;
                    continue;
                }
                PhraseKind::Cue(cue) => match cue {
                    PhraseCue::SourceAfter => {
                        out.push(Hit {
                            range: i..i + len,
                            kind: HitKind::SourceAfter,
                        });
                        i += len;
                        continue;
                    }
                    PhraseCue::Verb => {
                        if !negated(words, i, sentence.start)
                            && !after_noun_marker(words, i, sentence.start)
                        {
                            let verb = entry.and_then(|e| e.verb.as_ref());
                            let lemma = verb.map_or_else(|| w.to_string(), |v| v.lemma.to_string());
                            let class = verb.map_or(VerbClass::Speech, |v| v.class);
                            out.push(Hit {
                                range: i..i + len,
                                kind: HitKind::Verb { lemma, class },
                            });
                        }
                        i += len;
                        continue;
                    }
                    PhraseCue::Deny => {
                        if !negated(words, i, sentence.start)
                            && !after_noun_marker(words, i, sentence.start)
                        {
                            out.push(Hit {
                                range: i..i + len,
                                kind: HitKind::Verb {
                                    lemma: w.to_string(),
                                    class: VerbClass::Deny,
                                },
                            });
                        }
                        i += len;
                        continue;
                    }
                    PhraseCue::Frame => {}
                },
            }
        }
        if i < blocked_until {
            i += 1;
            continue;
        }
        let at = At { i, lower: w, entry };
        match RULES.iter().find_map(|rule| rule.detect(&scan, &at)) {
            Some(hit) => {
                i = hit.range.end;
                out.push(hit);
            }
            None => i += 1,
        }
    }
    // A side taken inside what another cue reports ("his office said Arnholt has not endorsed
    // anyone", "a survey showed 47 percent backed the reform") is part of that claim; one
    // denied or only supposed ("has not endorsed", "would support") takes no side.
    if out.iter().any(takes_a_side) {
        let first_other = out.iter().position(|h| !takes_a_side(h));
        let mut k = 0;
        out.retain(|h| {
            k += 1;
            !takes_a_side(h)
                || (first_other.is_none_or(|f| k - 1 < f)
                    && !negated(words, h.range.start, sentence.start)
                    && !supposed(words, h.range.start, sentence.start))
        });
    }
    if out.is_empty() {
        // No cue at any word: a quotation may still be signed or introduced by its speaker.
        out.extend(
            RULES
                .iter()
                .find_map(|rule| rule.detect_alone(&scan, &marks)),
        );
    }
    out
}
