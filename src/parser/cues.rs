//! Attribution cues in one sentence: which words mark an attribution, where the speaker is
//! named, and which words are the claim.

use std::ops::Range;

use crate::document::TokenKind;
use crate::lexicon::{AttributionLexicon, PhraseCue, PhraseKind, VerbClass};
use crate::model::{Span, Stance};

use super::text::Words;

/// Where the speaker of an attribution is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeakerAt {
    /// The words of the mention.
    Tokens(Range<usize>),
    /// The same speaker as the attribution with this index in the sentence (", saying ...").
    SameAs(usize),
    /// The subject that opens the sentence (a participle with no earlier cue).
    SentenceSubject(Range<usize>),
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
    pub fn cue_span(&self, words: &Words) -> Span {
        Span::new(words.start(self.cue.start), words.end(self.cue.end - 1))
    }
}

#[derive(Debug, Clone, PartialEq)]
enum HitKind {
    Verb {
        lemma: String,
        class: VerbClass,
    },
    SourceAfter,
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
}

#[derive(Debug, Clone, PartialEq)]
struct Hit {
    range: Range<usize>,
    kind: HitKind,
}

const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "another", "his", "her", "its", "their",
    "our",
];

/// Words that end a noun phrase when reading leftwards from a verb.
const NP_STOPS: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "while",
    "but",
    "because",
    "when",
    "where",
    "after",
    "before",
    "if",
    "as",
    "although",
    "though",
    "since",
    "so",
    "or",
    "nor",
    "than",
    "to",
    "then",
    "and",
    "not",
    "never",
    "also",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "did",
    "do",
    "does",
    "said",
    "says",
    "told",
    "until",
    "unless",
    "whether",
    "what",
    "how",
    "why",
    "there",
    "here",
    "however",
    "meanwhile",
    "instead",
    "yet",
    "still",
    "by",
    "on",
    "with",
    "about",
    "into",
    "over",
    "against",
    "under",
    "between",
    "through",
    "during",
    "without",
    "within",
    "like",
    "per",
    "amid",
    "among",
    "i",
    "we",
    "you",
    "me",
    "us",
    "him",
    "them",
];

/// Prepositions that may sit inside a speaker's description ("head of", "spokesman for").
const NP_PREPOSITIONS: &[&str] = &["of", "for", "at", "in", "from", "behind", "near", "through"];

/// Words skipped between a subject and its verb ("has", "also", "quickly", "later").
const VERB_PREFIX: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "earlier",
    "again",
    "then",
    "previously",
    "already",
    "repeatedly",
    "publicly",
    "privately",
    "once",
    "now",
    "first",
    "further",
    "still",
    "too",
    "always",
    "often",
    "long",
    "separately",
    "initially",
    "subsequently",
    "quickly",
    "reportedly",
    "allegedly",
    "will",
    "would",
    "could",
    "might",
    "may",
    "did",
    "does",
    "do",
    "just",
];

/// Multi-word adverbials that may sit between a subject and its verb.
const VERB_PREFIX_PHRASES: &[&[&str]] = &[
    &["from", "time", "to", "time"],
    &["at", "times"],
    &["in", "the", "past"],
    &["once", "again"],
    &["in", "turn"],
    &["for", "years"],
    &["for", "months"],
    &["in", "recent", "days"],
    &["in", "recent", "weeks"],
];

/// Adverbs set off by commas between subject and verb ("Türkiye, however, insists").
const PARENTHETICAL: &[&str] = &[
    "however",
    "meanwhile",
    "though",
    "too",
    "also",
    "instead",
    "nevertheless",
    "nonetheless",
    "separately",
    "earlier",
    "later",
    "still",
    "in turn",
    "for its part",
    "for his part",
    "for her part",
    "for their part",
    "in response",
    "in a statement",
    "in contrast",
    "by contrast",
    "on the other hand",
    "in an interview",
];

/// Words that may stand between a cue and its "that" ("said in a statement on Tuesday that").
const BEFORE_THAT: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "late",
    "early",
    "earlier",
    "later",
    "last",
    "this",
    "a",
    "an",
    "the",
    "its",
    "his",
    "her",
    "their",
    "statement",
    "statements",
    "interview",
    "post",
    "posts",
    "social",
    "media",
    "news",
    "conference",
    "briefing",
    "speech",
    "letter",
    "reporters",
    "journalists",
    "lawmakers",
    "parliament",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "yesterday",
    "today",
    "tonight",
    "television",
    "radio",
    "broadcast",
    "email",
    "emailed",
    "written",
    "joint",
    "press",
    "release",
    "us",
    "me",
    "him",
    "them",
    "also",
    "repeatedly",
    "previously",
    "publicly",
    "separately",
    "further",
    "online",
    "website",
    "message",
    "video",
    "televised",
    "address",
    "remarks",
    "comments",
    "testimony",
    "hearing",
    "court",
    "filing",
    "documents",
    "report",
    "recently",
];

const TIME_WORDS: &[&str] = &[
    "overnight",
    "recently",
    "earlier",
    "later",
    "again",
    "also",
    "once",
    "repeatedly",
    "previously",
    "publicly",
    "privately",
    "separately",
    "further",
];

/// A word that dates or frames a statement: a day, a month, or [`TIME_WORDS`].
fn is_time(w: &str) -> bool {
    TIME_WORDS.contains(&w) || crate::lexicon::is_calendar(w)
}

const PREPOSITIONS_AFTER_CUE: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "from",
    "to",
    "after",
    "before",
    "within",
    "via",
    "through",
    "with",
    "by",
    "late",
    "early",
    "earlier",
    "later",
    "last",
    "this",
    "next",
    "when",
    "while",
    "as",
    "aboard",
    "outside",
    "inside",
    "near",
    "following",
    "of",
    "for",
    "onstage",
    "backstage",
];

const AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "lawmakers",
    "legislators",
    "parliament",
    "congress",
    "supporters",
    "residents",
    "investors",
    "analysts",
    "students",
    "voters",
    "members",
    "delegates",
    "colleagues",
    "listeners",
    "viewers",
    "readers",
    "staff",
    "employees",
    "workers",
    "crowd",
    "audience",
    "us",
    "me",
    "him",
    "her",
    "them",
];

/// Finds the attributions of the sentence `sentence` (a token range).
pub fn find(words: &Words, sentence: Range<usize>, lex: &AttributionLexicon) -> Vec<Attribution> {
    let hits = hits(words, sentence.clone(), lex);
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
        let forward_end = next_start.max(hit.range.end).min(end);
        let made = match &hit.kind {
            HitKind::Verb { lemma, class } => verb_attribution(
                words,
                hit,
                lemma,
                *class,
                &sentence,
                cursor,
                forward_end,
                &out,
                lex,
            ),
            HitKind::Doubt => verb_attribution(
                words,
                hit,
                "doubt",
                VerbClass::Speech,
                &sentence,
                cursor,
                forward_end,
                &out,
                lex,
            )
            .map(|mut a| {
                a.stance = Stance::Doubt;
                a
            }),
            HitKind::SourceAfter => {
                // "According to Solberg, the company has …": the source ends at the comma
                // when the attribution opens the sentence.
                let opens = hit.range.start == sentence.start
                    || (hit.range.start == sentence.start + 1 && !words.is_word(sentence.start));
                let mut source = np_right(words, hit.range.end, end);
                if let Some(c) = (source.start..source.end)
                    .find(|&k| words.text(k) == ",")
                    .filter(|_| opens)
                {
                    source.end = c;
                }
                // "after, according to him, Televisa censured …": a pronoun is the whole
                // phrase.
                if !source.is_empty()
                    && matches!(
                        words.lower(source.start),
                        "him" | "her" | "them" | "he" | "she" | "they"
                    )
                {
                    source.end = source.start + 1;
                }
                if source.is_empty() {
                    None
                } else if let Some(prev) = out
                    .last_mut()
                    .filter(|_| words.text(hit.range.start - 1) == ",")
                {
                    // "..., X said, according to A": A relays X.
                    prev.via.push(source.clone());
                    cursor = source.end;
                    continue;
                } else {
                    let before =
                        trim_range(words, cursor..comma_before(words, hit.range.start, cursor));
                    let bodies = if has_words(words, before.clone()) {
                        vec![Body { tokens: before }]
                    } else {
                        let mut s = source.end;
                        while s < end && !words.is_word(s) && words.kind(s) != TokenKind::OpenQuote
                        {
                            s += 1;
                        }
                        vec![Body {
                            tokens: s..forward_end.max(s),
                        }]
                    };
                    Some(Attribution {
                        cue: hit.range.clone(),
                        speaker: SpeakerAt::Tokens(source),
                        via: Vec::new(),
                        bodies,
                        stance: Stance::Assert,
                        hedged: false,
                        claims_previous_quote: false,
                    })
                }
            }
            HitKind::Chain { inner } => {
                let via = subject_left(words, hit.range.start, sentence.start, lex);
                let start = skip_forward(words, hit.range.end, forward_end);
                Some(Attribution {
                    cue: hit.range.clone(),
                    speaker: SpeakerAt::Tokens(inner.clone()),
                    via: via.into_iter().collect(),
                    bodies: vec![Body {
                        tokens: start..forward_end.max(start),
                    }],
                    stance: Stance::Assert,
                    hedged: false,
                    claims_previous_quote: false,
                })
            }
            HitKind::Signed { name } => {
                let quotes: Vec<Body> = if hit.range.start > name.start {
                    // Colon: the quotations after it.
                    vec![Body {
                        tokens: hit.range.end..end,
                    }]
                } else {
                    vec![Body {
                        tokens: sentence.start..hit.range.start,
                    }]
                };
                Some(Attribution {
                    cue: hit.range.clone(),
                    speaker: SpeakerAt::Tokens(name.clone()),
                    via: Vec::new(),
                    bodies: quotes,
                    stance: Stance::Assert,
                    hedged: false,
                    claims_previous_quote: false,
                })
            }
            HitKind::Citing { source } => {
                report_attribution(words, &sentence, hit, source.clone(), end, lex)
            }
        };
        if let Some(mut a) = made {
            a.hedged |= hedge_before(words, hit.range.start, sentence.start, lex);
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
    }
    out
}

/// The speaker that opens a line with a colon, headline or transcript style: "Trump: My plans
/// aren't set in stone", "JAKE TAPPER: Donald Trump released a video". A name of one to four
/// capitalised words that is a name (not "Update:", "Note:", "Big Win For Bernie:"): a first
/// name, or a name the article uses again.
fn line_speaker(
    words: &Words,
    sentence: Range<usize>,
    colon: usize,
    lex: &AttributionLexicon,
) -> Option<Range<usize>> {
    let text = words.doc.text;
    let before = text[..words.start(sentence.start)].trim_end_matches([' ', '\t']);
    let line_start = before.is_empty() || before.ends_with(['\n', '\r']);
    let name = sentence.start..colon;
    if !line_start
        || !(1..=4).contains(&name.len())
        || colon + 3 >= sentence.end
        || !words.is_word(colon + 1)
        || name
            .clone()
            .any(|k| !words.is_word(k) || !words.is_capitalized(k) || lex.is_verb(words.lower(k)))
    {
        return None;
    }
    let written = words.text_of(name.clone());
    let named = written.chars().count() >= 2
        && (crate::lexicon::first_name_gender(words.lower(name.start)).is_some()
            || text.matches(written).nth(1).is_some());
    named.then_some(name)
}

/// Whether the words before `start` are ", a claim" / ", the report" and the like: a
/// report noun that turns the clause before it into what the next speaker addresses
/// ("X said the lease was signed, a claim officials rejected").
fn framed_by_report_noun(words: &Words, start: usize) -> bool {
    crate::lexicon::is_report_noun(words.lower(start - 1))
        && matches!(words.lower(start - 2), "a" | "an" | "the")
        && words.text(start - 3) == ","
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
        HitKind::SourceAfter | HitKind::Citing { .. } | HitKind::Signed { .. } => hit.range.start,
        HitKind::Chain { .. } => {
            subject_left(words, hit.range.start, floor, lex).map_or(hit.range.start, |s| s.start)
        }
    };
    if start <= floor {
        return None;
    }
    let prev = words.lower(start - 1);
    // "…, a claim officials rejected": the frame noun ends the previous clause.
    if start >= floor + 3 && framed_by_report_noun(words, start) {
        return Some(start - 2);
    }
    if matches!(
        prev,
        "," | ";" | "—" | "–" | "―" | "while" | "whereas" | "but" | "and" | "as" | ":"
    ) || words.kind(start - 1) == TokenKind::CloseQuote
    {
        Some(start)
    } else {
        None
    }
}

fn hits(words: &Words, sentence: Range<usize>, lex: &AttributionLexicon) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::new();
    let mut blocked_until = sentence.start;
    let mut i = sentence.start;
    while i < sentence.end {
        if !words.is_word(i) || words.quoted(i) {
            i += 1;
            continue;
        }
        let w = words.lower(i);
        let entry = words.cue_word(i);
        // The longest multi-word entry starting here.
        let mut best: Option<(usize, PhraseKind)> = None;
        if let Some(entry) = entry {
            for (r, ids) in lex.phrases_of(entry) {
                // Word i is the phrase's first word; the others are compared by number.
                if i + ids.len() <= sentence.end
                    && best.is_none_or(|(len, _)| ids.len() > len)
                    && (1..ids.len()).all(|k| words.cue_id(i + k) == ids[k])
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
        if let Some(hit) = chain_at(words, i, w, sentence.clone()) {
            i = hit.range.end;
            out.push(hit);
            continue;
        }
        // "She continued, “…”": a verb that introduces only the quotation that follows.
        if let Some(lemma) = entry
            .filter(|e| e.verb.is_none())
            .and_then(|e| e.quote_verb.as_ref())
        {
            let mut k = i + 1;
            while k < sentence.end && matches!(words.text(k), "," | ":") {
                k += 1;
            }
            // … or after one: `"…?" a narrator asks.`
            // (The quotation may have ended the previous sentence: `"…?" Graham asked.`)
            let after_quote = (sentence.start.saturating_sub(1)..i)
                .rev()
                .take(10)
                .find(|&q| words.kind(q) == TokenKind::CloseQuote)
                .is_some_and(|q| {
                    (q + 1..i).all(|t| words.is_word(t) || words.text(t) == ",")
                        // A quotation that ends the paragraph before is not this verb's.
                        && !words.doc.text[words.end(q)..words.start(i)].contains('\n')
                });
            let before_quote = k < sentence.end && words.kind(k) == TokenKind::OpenQuote;
            if (before_quote || after_quote) && !words.is_capitalized(i) {
                out.push(Hit {
                    range: i..i + 1,
                    kind: HitKind::Verb {
                        lemma: lemma.to_string(),
                        class: VerbClass::Speech,
                    },
                });
                i += 1;
                continue;
            }
        }
        // "a criminal group put the number at 38 million": an estimate is a claim.
        if matches!(w, "put" | "puts" | "putting") && !words.is_capitalized(i) {
            let figure = |k: usize| {
                k < sentence.end
                    && words
                        .text(k)
                        .trim_start_matches(['$', '€', '£'])
                        .starts_with(|c: char| c.is_ascii_digit())
            };
            let estimate = (i + 2..(i + 7).min(sentence.end))
                .find(|&k| words.lower(k) == "at")
                .is_some_and(|k| figure(k + 1) || figure(k + 2));
            if estimate {
                out.push(Hit {
                    range: i..i + 1,
                    kind: HitKind::Verb {
                        lemma: "put".to_string(),
                        class: VerbClass::Speech,
                    },
                });
                i += 1;
                continue;
            }
        }
        if let Some(v) = entry.and_then(|e| e.verb.as_ref()) {
            // "the United States" is no verb: verbs are lower case.
            if v.class != VerbClass::Belief
                && !words.is_capitalized(i)
                && is_verb_use(words, i, sentence.start, w)
                && (!entry.is_some_and(|e| e.noun_like)
                    || clearly_verb(words, i, sentence.clone(), lex))
            {
                out.push(Hit {
                    range: i..i + 1,
                    kind: HitKind::Verb {
                        lemma: v.lemma.to_string(),
                        class: v.class,
                    },
                });
            }
        }
        i += 1;
    }
    if out.is_empty() {
        // No reporting verb: a quotation may still be signed or introduced by its speaker.
        out.extend(dash_or_colon(words, sentence, lex));
    }
    out
}

/// Attributions without a reporting verb: a quotation signed with a dash (`"…" ― Ana Ruiz`)
/// and a quotation introduced by a colon after its speaker (`Ruiz continued: "…"`).
fn dash_or_colon(words: &Words, sentence: Range<usize>, lex: &AttributionLexicon) -> Option<Hit> {
    let last = (sentence.start..sentence.end)
        .rev()
        .find(|&i| words.kind(i) == TokenKind::CloseQuote);
    if let Some(close) = last {
        let mut k = close + 1;
        while k < sentence.end && matches!(words.text(k), "," | ".") {
            k += 1;
        }
        if k + 1 < sentence.end
            && matches!(words.text(k), "―" | "—" | "–" | "-")
            && words.is_capitalized(k + 1)
        {
            let name = np_right(words, k + 1, sentence.end);
            if name.end > name.start {
                return Some(Hit {
                    range: k..k + 1,
                    kind: HitKind::Signed { name },
                });
            }
        }
    }
    let colon = (sentence.start..sentence.end)
        .find(|&i| !words.quoted(i) && words.kind(i) == TokenKind::Punct && words.text(i) == ":")?;
    // "Clinton: “…”", "- Philip Bump: “…”", "pollster Daron Shaw: “…”": a name and a colon
    // introduce the quotation, transcript style.
    if colon + 1 < sentence.end && words.kind(colon + 1) == TokenKind::OpenQuote {
        let mut end = colon;
        if end > sentence.start
            && words.text(end - 1) == ")"
            && let Some(open) = (sentence.start..end - 1)
                .rev()
                .take(12)
                .find(|&k| words.text(k) == "(")
        {
            end = open;
        }
        let mut start = end;
        while start > sentence.start && start + 5 > end && words.is_capitalized(start - 1) {
            start -= 1;
        }
        let before_ok = start == sentence.start
            || matches!(words.text(start - 1), "-" | "—" | "–" | ":" | "." | "(")
            || lex.roles().contains_key(words.lower(start - 1));
        let name = start..end;
        if !name.is_empty() && before_ok && !lex.is_verb(words.lower(start)) {
            return Some(Hit {
                range: colon..colon + 1,
                kind: HitKind::Signed { name },
            });
        }
    }
    if let Some(name) = line_speaker(words, sentence.clone(), colon, lex) {
        return Some(Hit {
            range: colon..colon + 1,
            kind: HitKind::Signed { name },
        });
    }
    let inverted = lex.is_verb(words.lower(sentence.start));
    if colon + 1 < sentence.end
        && words.kind(colon + 1) == TokenKind::OpenQuote
        && (inverted || opens_with_subject(words, sentence.start))
    {
        // "Said Ellis: …": an inverted verb, then the speaker.
        if inverted && sentence.start + 1 < colon {
            let name = sentence.start + 1..colon;
            if words.is_capitalized(name.start) && name.len() <= 6 {
                return Some(Hit {
                    range: colon..colon + 1,
                    kind: HitKind::Signed { name },
                });
            }
        }
        // The speaker opens the clause: "Limbaugh continued:", "The senator added:".
        let mut e = sentence.start;
        while e < colon
            && words.is_word(e)
            && (words.is_capitalized(e)
                || DETERMINERS.contains(&words.lower(e))
                || lex.roles().contains_key(words.lower(e))
                || (e > sentence.start && words.lower(e) == "of"))
        {
            e += 1;
        }
        let subject = sentence.start..e;
        let verb_words = (e..colon).filter(|&i| words.is_word(i)).count();
        if !subject.is_empty() && e < colon && (1..=10).contains(&verb_words) {
            return Some(Hit {
                range: colon..colon + 1,
                kind: HitKind::Signed { name: subject },
            });
        }
    }
    None
}

/// "cited X as saying", "quoted X as saying", and "citing X".
/// `w` is the folded word `i`.
fn chain_at(words: &Words, i: usize, w: &str, sentence: Range<usize>) -> Option<Hit> {
    if !matches!(
        w,
        "cited" | "cites" | "cite" | "quoted" | "quotes" | "quote" | "citing" | "quoting"
    ) {
        return None;
    }
    let limit = (i + 30).min(sentence.end);
    for k in i + 1..limit.saturating_sub(1) {
        if words.quoted(k) || words.kind(k) == TokenKind::OpenQuote {
            break;
        }
        if words.lower(k) == "as"
            && matches!(
                words.lower(k + 1),
                "saying" | "telling" | "stating" | "writing" | "warning" | "adding"
            )
        {
            let inner = trim_range(words, i + 1..k);
            if inner.is_empty() {
                return None;
            }
            return Some(Hit {
                range: i..k + 2,
                kind: HitKind::Chain { inner },
            });
        }
    }
    if matches!(w, "citing" | "quoting") {
        let source = np_right(words, i + 1, sentence.end);
        if !source.is_empty() {
            return Some(Hit {
                range: i..i + 1,
                kind: HitKind::Citing { source },
            });
        }
    }
    None
}

/// A verb form used as a verb here, not as a noun ("the claims"), an infinitive ("to say"),
/// a passive ("was reported") or a negated non-statement ("did not say").
fn is_verb_use(words: &Words, i: usize, floor: usize, w: &str) -> bool {
    if i == floor {
        // Sentence-initial "Said ..." is rare; "Reports say" has the noun first.
        return false;
    }
    let prev = words.lower(i - 1);
    if after_noun_marker(words, i, floor) || prev == "to" || prev == "having" {
        return false;
    }
    if matches!(
        prev,
        "was" | "were" | "is" | "are" | "been" | "be" | "being"
    ) && !w.ends_with("ing")
    {
        return false;
    }
    if w.ends_with("ing")
        && !matches!(
            prev,
            "," | "is"
                | "was"
                | "were"
                | "are"
                | "been"
                | "—"
                | "–"
                | "by"
                | "upon"
                | "after"
                | "before"
                | "while"
                | "when"
        )
    {
        return false;
    }
    !negated(words, i, floor)
}

/// A noun-like form ("claims", "states") reads as a verb after a name, a pronoun or a role
/// noun, or before "that", a colon, a comma or a quotation.
fn clearly_verb(words: &Words, i: usize, sentence: Range<usize>, lex: &AttributionLexicon) -> bool {
    let next_ok = i + 1 >= sentence.end || {
        let n = i + 1;
        matches!(words.lower(n), "that" | ":") || words.kind(n) == TokenKind::OpenQuote
    };
    let prev_ok = i > sentence.start && {
        let p = i - 1;
        let w = words.lower(p);
        // A name right before: "Smith claims", but not "a New York Times report",
        // "the FBI email" or "22% of Republican claims", where the name modifies a noun.
        let name_subject = words.is_capitalized(p) && p > sentence.start && {
            let mut run = p;
            while run > sentence.start && words.is_capitalized(run - 1) {
                run -= 1;
            }
            run == sentence.start
                || !(DETERMINERS.contains(&words.lower(run - 1))
                    || matches!(
                        words.lower(run - 1),
                        "of" | "for" | "to" | "by" | "with" | "from" | "about" | "against"
                    ))
        };
        matches!(w, "he" | "she" | "they" | "it" | "who" | "we" | "i")
            || name_subject
            || lex.roles().contains_key(w)
    };
    next_ok || prev_ok
}

fn after_noun_marker(words: &Words, i: usize, floor: usize) -> bool {
    if i == floor {
        return false;
    }
    let prev = words.lower(i - 1);
    DETERMINERS.contains(&prev)
        || matches!(
            prev,
            "no" | "any"
                | "some"
                | "such"
                | "new"
                | "first"
                | "latest"
                | "many"
                | "several"
                | "of"
                | "my"
                | "your"
                | "recent"
                | "earlier"
                | "previous"
                | "initial"
                | "media"
                | "news"
                | "press"
        )
        || (prev.ends_with("'s") && words.is_word(i - 1))
}

fn negated(words: &Words, i: usize, floor: usize) -> bool {
    let mut k = i;
    let mut steps = 0;
    while k > floor && steps < 3 {
        let w = words.lower(k - 1);
        if matches!(w, "not" | "never" | "neither" | "nor") || w.ends_with("n't") {
            return true;
        }
        if !matches!(
            w,
            "has"
                | "have"
                | "had"
                | "did"
                | "does"
                | "do"
                | "yet"
                | "also"
                | "so"
                | "far"
                | "publicly"
                | "immediately"
        ) {
            return false;
        }
        k -= 1;
        steps += 1;
    }
    false
}

fn hedge_before(words: &Words, i: usize, floor: usize, lex: &AttributionLexicon) -> bool {
    (i.saturating_sub(3).max(floor)..i)
        .any(|k| words.is_word(k) && lex.hedges.contains(words.lower(k)))
}

#[allow(clippy::too_many_arguments)]
fn verb_attribution(
    words: &Words,
    hit: &Hit,
    lemma: &str,
    class: VerbClass,
    sentence: &Range<usize>,
    cursor: usize,
    forward_end: usize,
    earlier: &[Attribution],
    lex: &AttributionLexicon,
) -> Option<Attribution> {
    let stance = if class == VerbClass::Deny {
        Stance::Deny
    } else {
        Stance::Assert
    };
    let first = words.lower(hit.range.start);
    let participle = first.ends_with("ing")
        && hit.range.start > sentence.start
        && matches!(
            words.lower(hit.range.start - 1),
            "," | "—" | "–" | "upon" | "after" | "before" | "while" | "when" | "by"
        );
    let mut via = Vec::new();
    let (speaker, subject_start) = if participle {
        let speaker = if earlier.is_empty() {
            // "Before the convention, Cleveland Police Chief Calvin Williams lobbied …,
            // saying …": skip a dateline and an opening phrase that ends in a comma.
            let mut from = skip_dateline(words, sentence.start..hit.range.start);
            for _ in 0..2 {
                if !opens_with_subject(words, from)
                    && let Some(c) =
                        (from..hit.range.start.min(from + 12)).find(|&k| words.text(k) == ",")
                {
                    from = c + 1;
                }
            }
            if from >= hit.range.start || !opens_with_subject(words, from) {
                return None;
            }
            // Only a plain subject, a name or a description, cut before its verb.
            let mut e = from;
            // Adjectives count when a role or a name follows: "The former Republican
            // presidential candidate".
            let nominal = |k: usize| {
                words.is_word(k)
                    && (words.is_capitalized(k) || lex.roles().contains_key(words.lower(k)))
            };
            // "Reid frequently mocked Romney for …": the subject ends at its verb, a past
            // tense after the name or an adverb before one.
            let predicate = |k: usize| {
                let w = words.lower(k);
                !words.is_capitalized(k)
                    && ((w.ends_with("ed") && k > from && nominal(k - 1))
                        || (w.ends_with("ly")
                            && k + 1 < hit.range.start
                            && !words.is_capitalized(k + 1)
                            && words.lower(k + 1).ends_with("ed")))
            };
            while e < hit.range.start
                && words.is_word(e)
                && !predicate(e)
                && (nominal(e)
                    || DETERMINERS.contains(&words.lower(e))
                    || (e > from && matches!(words.lower(e), "of" | "for" | "at"))
                    || (!NP_STOPS.contains(&words.lower(e))
                        && !lex.is_verb(words.lower(e))
                        && (e + 1..(e + 4).min(hit.range.start)).any(nominal)))
            {
                e += 1;
            }
            // What follows the subject must be its verb, not more of a phrase.
            if e == from
                || e - from > 10
                || e >= hit.range.start
                || words.text(e) == "," && e + 1 == hit.range.start
            {
                return None;
            }
            SpeakerAt::SentenceSubject(from..e)
        } else {
            SpeakerAt::SameAs(earlier.len() - 1)
        };
        (speaker, hit.range.start)
    } else if let Some(after) = inverted_subject(words, hit, sentence.start, forward_end) {
        let start = hit.range.start;
        let s = SpeakerAt::Tokens(after.clone());
        // The speaker's words end the cue region.
        let bodies = backward_bodies(words, cursor, start);
        let mut a = Attribution {
            cue: hit.range.clone(),
            speaker: s,
            via,
            bodies,
            stance,
            hedged: false,
            claims_previous_quote: false,
        };
        let rest = skip_forward(words, after.end, forward_end);
        if rest < forward_end && has_words(words, rest..forward_end) && starts_quote(words, rest) {
            a.bodies.push(Body {
                tokens: rest..forward_end,
            });
        }
        return Some(a);
    } else {
        match subject_left(words, hit.range.start, sentence.start.max(cursor), lex) {
            Some(subject) => {
                let start = subject.start;
                (SpeakerAt::Tokens(subject), start)
            }
            // "She urges her husband to stop and repeatedly says, …": a second verb of the
            // sentence's subject.
            None => {
                let mut k = hit.range.start;
                while k > sentence.start
                    && (VERB_PREFIX.contains(&words.lower(k - 1))
                        || words.lower(k - 1).ends_with("ly"))
                {
                    k -= 1;
                }
                // "CITY, Sept 22 (Reuters) — Valdonia accused …, and said …": past the dateline.
                let opening = skip_dateline(words, sentence.start..k);
                let coordinated = k > opening && words.lower(k - 1) == "and";
                let subject = np_right(words, opening, k);
                // (A long subject is fine when a name opens it: "Maria Santos of Keane
                // Securities called the results … and said …".)
                if !coordinated
                    || subject.is_empty()
                    || !opens_with_subject(words, opening)
                    || subject.len() > 6 && !words.is_capitalized(opening + 1)
                {
                    return None;
                }
                // A pronoun, or the name that opens the sentence, up to its verb.
                let first = words.lower(opening);
                let subject = if matches!(first, "he" | "she" | "they" | "we" | "i") {
                    opening..opening + 1
                } else {
                    let mut e = opening;
                    // ("Valdonia accused …": "accused" is the verb here, not a role.)
                    while e < subject.end
                        && words.is_word(e)
                        && (words.is_capitalized(e)
                            || DETERMINERS.contains(&words.lower(e))
                            || lex.roles().contains_key(words.lower(e))
                                && !lex.is_verb(words.lower(e)))
                    {
                        e += 1;
                    }
                    opening..e
                };
                if subject.is_empty() {
                    return None;
                }
                // Only a speaker can be the subject: a pronoun, a name or a role.
                let first = words.lower(subject.start);
                let speakerlike = matches!(first, "he" | "she" | "they" | "we" | "i")
                    || (words.is_capitalized(subject.start)
                        && !DETERMINERS.contains(&first)
                        && !matches!(first, "any" | "some" | "no" | "every"))
                    || lex.roles().contains_key(words.lower(subject.end - 1));
                if !speakerlike || lemma != "say" && class != VerbClass::Speech {
                    return None;
                }
                (SpeakerAt::SentenceSubject(subject), hit.range.start)
            }
        }
    };
    // The words after the cue: objects, adverbials, then the clause.
    let mut start = hit.range.end;
    let ends_in_preposition = hit.range.len() > 1
        && matches!(
            words.lower(hit.range.end - 1),
            "with" | "to" | "on" | "in" | "for"
        );
    if ends_in_preposition || matches!(lemma, "tell" | "inform" | "assure" | "brief") {
        let (object_end, agency) = skip_object(words, start, forward_end, lex);
        if let Some(a) = agency {
            via.push(a);
        }
        start = object_end;
    }
    let after_cue = start;
    // ", while a criminal group put the number at 38 million": a contrasting clause with a
    // subject of its own is not part of the claim.
    let forward_end = (start..forward_end)
        .find(|&k| {
            words.text(k) == ","
                && !words.quoted(k)
                && k + 1 < forward_end
                && matches!(words.lower(k + 1), "while" | "whereas")
        })
        .unwrap_or(forward_end);
    let start = skip_forward(words, start, forward_end);
    let rest = start..forward_end.max(start);
    // "…, the agency said on Thursday, more than seven times …": after a time phrase, a
    // comma closes the attribution; what follows comments on the claim before it.
    let comma_closed = start > after_cue + 1
        && words.text(start - 1) == ","
        && (after_cue..start - 1).any(|i| words.is_word(i))
        && !rest.clone().any(|i| words.kind(i) == TokenKind::OpenQuote)
        && !backward_bodies(words, cursor, subject_start).is_empty();
    let trailing = !participle && (comma_closed || trails(words, rest.clone()));
    let mut bodies = Vec::new();
    if trailing {
        bodies = backward_bodies(words, cursor, subject_start);
        if bodies.is_empty() {
            // "…, a claim officials in Canberra rejected": the claim is the clause before.
            let mut k = subject_start;
            if k > sentence.start && matches!(words.lower(k - 1), "that" | "which") {
                k -= 1;
            }
            let framed = k >= sentence.start + 3 && framed_by_report_noun(words, k);
            if framed {
                // The clause is the previous attribution's ("X said that …, a claim Y denied").
                let from = earlier
                    .last()
                    .and_then(|a| a.bodies.last())
                    .map_or(cursor, |b| b.tokens.start.min(cursor));
                bodies = backward_bodies(words, from, k - 2);
            }
        }
        if bodies.is_empty() {
            // `"… Rubio!" US Senator Jeff Sessions said.`: the quotation ended the previous
            // sentence; the paragraph gives it to this attribution.
            if subject_start == sentence.start
                && words.kind(subject_start.saturating_sub(1)) == TokenKind::CloseQuote
            {
                return Some(Attribution {
                    cue: hit.range.clone(),
                    speaker,
                    via,
                    bodies: Vec::new(),
                    stance,
                    hedged: false,
                    claims_previous_quote: true,
                });
            }
            return None;
        }
    } else if has_words(words, rest.clone()) {
        // `"A," he said, "B."`: a quotation before the cue belongs to it as well, and so
        // does a clause that the words after the cue continue: "guards fired only warning
        // shots, the ministry said, and detained two soldiers".
        let before = backward_bodies(words, cursor, subject_start);
        // "Two soldiers were wounded, he said, one of them seriously": what follows the cue
        // only adds to the clause before it.
        let elaboration = matches!(
            words.lower(start),
            "one" | "some" | "most" | "many" | "all" | "none" | "both" | "each" | "including"
        ) && rest.clone().filter(|&k| words.is_word(k)).count() <= 6;
        let coordinated = !participle
            && start > after_cue
            && words.text(start - 1) == ","
            && (matches!(words.lower(start), "and" | "but") || elaboration);
        if coordinated || before.iter().any(|b| starts_quote(words, b.tokens.start)) {
            bodies.extend(before);
        }
        // `chanted "What curfew?" and kept going`: a quotation right after the cue is the
        // claim, not the narration that follows it.
        let rest = if starts_quote(words, rest.start) {
            let mut e = rest.start;
            while e < rest.end
                && (words.quoted(e)
                    || matches!(words.kind(e), TokenKind::OpenQuote | TokenKind::CloseQuote)
                    || (!words.is_word(e)
                        && e + 1 < rest.end
                        && words.kind(e + 1) == TokenKind::OpenQuote))
            {
                e += 1;
            }
            // … unless the clause goes on with the quotation as its subject: `said "well over
            // 600 firefighters" were now working the fire`.
            let continues = e < rest.end
                && matches!(
                    words.lower(e),
                    "were" | "was" | "is" | "are" | "had" | "has" | "have" | "would" | "will"
                );
            if continues { rest } else { rest.start..e }
        } else {
            rest
        };
        if !(elaboration && coordinated && !bodies.is_empty()) {
            bodies.push(Body { tokens: rest });
        }
    } else if subject_start > cursor {
        bodies = backward_bodies(words, cursor, subject_start);
    }
    if bodies.is_empty() {
        return None;
    }
    Some(Attribution {
        cue: hit.range.clone(),
        speaker,
        via,
        bodies,
        stance,
        hedged: false,
        claims_previous_quote: false,
    })
}

/// Whether the word at `i` can open a subject: a name, a determiner or a pronoun, not an
/// introductory phrase ("At this point", "On Thursday", "Meanwhile").
fn opens_with_subject(words: &Words, i: usize) -> bool {
    let w = words.lower(i);
    if matches!(w, "he" | "she" | "they" | "it" | "we") || DETERMINERS.contains(&w) {
        return true;
    }
    // "Chastened by the analyses, Trump revised his plan": a participle opens the sentence.
    let participle = w.len() > 4
        && w.ends_with("ed")
        && i + 1 < words.len()
        && matches!(
            words.lower(i + 1),
            "by" | "about" | "with" | "over" | "after" | "from"
        );
    words.is_capitalized(i)
        && !participle
        && !NP_STOPS.contains(&w)
        && !PREPOSITIONS_AFTER_CUE.contains(&w)
        && !is_time(w)
        && !w.ends_with("ly")
        && !matches!(
            w,
            "meanwhile"
                | "however"
                | "still"
                | "now"
                | "yet"
                | "instead"
                | "also"
                | "in"
                | "at"
                | "on"
                | "for"
                | "among"
                | "despite"
                | "like"
                | "unlike"
                | "amid"
                | "earlier"
                | "later"
                | "separately"
                | "previously"
                | "afterwards"
                | "elsewhere"
                | "asked"
                | "speaking"
        )
}

/// `"…," said Lucía Ferreyra, the agency's director.`: the speaker follows the verb.
fn inverted_subject(words: &Words, hit: &Hit, floor: usize, end: usize) -> Option<Range<usize>> {
    let i = hit.range.start;
    if i == floor || hit.range.len() != 1 {
        return None;
    }
    let prev = i - 1;
    let after_quote = words.kind(prev) == TokenKind::CloseQuote
        || (words.text(prev) == ","
            && prev > floor
            && words.kind(prev - 1) == TokenKind::CloseQuote);
    if !after_quote {
        return None;
    }
    let next = hit.range.end;
    if next >= end || !words.is_word(next) {
        return None;
    }
    let w = words.lower(next);
    let np = np_right(words, next, end);
    if np.is_empty() {
        return None;
    }
    // "said one senior official", "said police", "said 9/11 widow Terry Strada".
    let names_someone = (np.start..np.end).any(|i| words.is_capitalized(i))
        || (np.start..np.end).any(|i| words.is_word(i) && lex_role(words, i));
    if !(DETERMINERS.contains(&w) || matches!(w, "he" | "she" | "they" | "it") || names_someone) {
        return None;
    }
    Some(np)
}

fn lex_role(words: &Words, i: usize) -> bool {
    crate::lexicon::attribution()
        .roles()
        .contains_key(words.lower(i))
}

/// The text before a subject that an attribution claims: quotes and clauses from `cursor`
/// up to the comma or quotation mark that ends them.
fn backward_bodies(words: &Words, cursor: usize, subject_start: usize) -> Vec<Body> {
    let end = comma_before(words, subject_start, cursor);
    if end == subject_start && !(end > cursor && words.kind(end - 1) == TokenKind::CloseQuote) {
        return Vec::new();
    }
    let mut range = trim_range(words, cursor..end);
    // `wife: "She signed an agreement," he told the Times`: a quotation just before the
    // speaker is the claim, not the narration that leads up to it.
    if range.end > range.start
        && words.kind(range.end - 1) == TokenKind::CloseQuote
        && let Some(open) = (range.start..range.end - 1)
            .rev()
            .find(|&k| words.kind(k) == TokenKind::OpenQuote)
    {
        let before = range.start..open;
        let lead_in = before
            .clone()
            .any(|k| matches!(words.text(k), ":" | "," | "(") && !words.quoted(k));
        if lead_in && has_words(words, before) {
            range.start = open;
        }
    }
    if has_words(words, range.clone()) {
        vec![Body { tokens: range }]
    } else {
        Vec::new()
    }
}

/// Index of the comma (or dash) just before `i`, skipping nothing else; `i` when there is
/// none. A closing quotation mark before the comma stays in the body.
fn comma_before(words: &Words, i: usize, floor: usize) -> usize {
    if i > floor && matches!(words.text(i - 1), "," | "—" | "–" | ":") {
        return i - 1;
    }
    i
}

fn starts_quote(words: &Words, i: usize) -> bool {
    i < words.len() && words.kind(i) == TokenKind::OpenQuote
}

fn has_words(words: &Words, range: Range<usize>) -> bool {
    range.into_iter().any(|i| words.is_word(i))
}

fn trim_range(words: &Words, range: Range<usize>) -> Range<usize> {
    let mut s = skip_dateline(words, range.clone());
    let mut e = range.end;
    while s < e && words.kind(s) == TokenKind::Punct && !matches!(words.text(s), "$" | "€" | "£")
    {
        s += 1;
    }
    while e > s
        && matches!(words.text(e - 1), "," | ";" | ":" | "—" | "–")
        && words.kind(e - 1) == TokenKind::Punct
    {
        e -= 1;
    }
    s..e
}

/// A dateline opening a story ("WELLINGTON -", "KYIV, Ukraine —") is not part of a claim.
fn skip_dateline(words: &Words, range: Range<usize>) -> usize {
    let mut k = range.start;
    let mut caps = 0;
    // "OSTREL, July 24 (Reuters) —": a place in capitals, a date, an agency.
    while k < range.end && k < range.start + 10 {
        let t = words.text(k);
        if words.is_word(k)
            && t.chars().any(char::is_alphabetic)
            && !t.chars().any(char::is_lowercase)
            && t.len() > 1
        {
            caps += 1;
        } else if !(words.is_capitalized(k)
            || t.bytes().all(|b| b.is_ascii_digit())
            || matches!(t, "," | "(" | ")" | "."))
        {
            break;
        }
        k += 1;
    }
    if caps > 0 && k < range.end && matches!(words.text(k), "-" | "—" | "–") {
        k + 1
    } else {
        range.start
    }
}

/// The sentence without its final full stop (a quotation's own stop stays inside it).
fn content_end(words: &Words, sentence: Range<usize>) -> usize {
    let mut e = sentence.end;
    while e > sentence.start
        && words.kind(e - 1) == TokenKind::Punct
        && !words.quoted(e - 1)
        && matches!(words.text(e - 1), "." | "!" | "?" | "…" | ";")
    {
        e -= 1;
    }
    e
}

/// Whether what follows a cue is only adverbials ("on Tuesday", "in a statement", "at the
/// mine gate on Thursday"), so the claim is the text before the attribution.
fn trails(words: &Words, rest: Range<usize>) -> bool {
    let word_count = rest.clone().filter(|&i| words.is_word(i)).count();
    if word_count == 0 {
        return true;
    }
    let first = words.lower(rest.start);
    // `said on CNN's "State of the Union"`: a quoted title in a place phrase is no claim.
    let title_only = matches!(first, "on" | "in" | "at" | "during" | "to")
        && rest
            .clone()
            .filter(|&i| words.quoted(i) && words.is_word(i))
            .count()
            <= 6;
    if !title_only && rest.clone().any(|i| words.kind(i) == TokenKind::OpenQuote) {
        return false;
    }
    // "complained about his mic" but not "said about 2,300 people".
    if first == "about" {
        return rest.len() > 1
            && !words
                .lower(rest.start + 1)
                .starts_with(|c: char| c.is_ascii_digit())
            && word_count <= 14;
    }
    // "at least 10 people …" is a clause, not an adverbial.
    let quantity =
        first == "at" && rest.len() > 1 && matches!(words.lower(rest.start + 1), "least" | "most");
    // A temporal clause ("after the meeting ended", "when she resigned") is no claim,
    // however long.
    let clause = matches!(
        first,
        "after" | "when" | "before" | "while" | "as" | "during" | "following" | "since" | "until"
    );
    (word_count <= 14 || clause)
        && !quantity
        && (PREPOSITIONS_AFTER_CUE.contains(&first) || is_time(first))
}

/// Skips punctuation, time words and an adverbial that ends in "that" after a cue.
fn skip_forward(words: &Words, from: usize, end: usize) -> usize {
    let mut j = from;
    // "said in a statement on Tuesday that …"
    let mut k = j;
    // "told reporters at the site that …": a place or time phrase before "that".
    let place = j < end
        && matches!(
            words.lower(j),
            "at" | "in"
                | "on"
                | "during"
                | "after"
                | "before"
                | "outside"
                | "aboard"
                | "near"
                | "from"
        );
    while k < end && k < from + 10 {
        let w = words.lower(k);
        // "after the meeting that was held …": a relative "that" opens no claim.
        let relative = k + 1 < end
            && matches!(
                words.lower(k + 1),
                "was" | "were" | "is" | "are" | "had" | "has" | "have" | "would" | "will"
            );
        // "cast doubt on that account": "that" is a determiner there, not a conjunction.
        let conjunction = w == "that"
            && !words.quoted(k)
            && !(k + 1 < end && crate::lexicon::is_report_noun(words.lower(k + 1)));
        if conjunction && !(place && relative) {
            return k + 1;
        }
        let ok = !words.is_word(k) && matches!(w, "," | ".")
            || (place && words.is_word(k) && !words.quoted(k))
            || BEFORE_THAT.contains(&w)
            || is_time(w)
            || words.is_capitalized(k)
            || w.chars().all(|c| c.is_ascii_digit());
        if !ok {
            break;
        }
        k += 1;
    }
    loop {
        if j >= end {
            return j;
        }
        let w = words.lower(j);
        if matches!(w, ":" | "," | "—" | "–") || is_time(w) {
            j += 1;
        } else if w == "on" && j + 1 < end && is_time(words.lower(j + 1)) {
            j += 2;
        } else {
            return j;
        }
    }
}

/// Skips the hearer of "told": "reporters", "Reuters", "the BBC", "a news conference".
fn skip_object(
    words: &Words,
    from: usize,
    end: usize,
    lex: &AttributionLexicon,
) -> (usize, Option<Range<usize>>) {
    let mut j = from;
    if j < end && matches!(words.lower(j), "the" | "a" | "an") {
        j += 1;
    }
    let start = j;
    while j < end && words.is_capitalized(j) && !words.quoted(j) {
        j += 1;
    }
    if j > start {
        let name = words.text_of(start..j);
        let agency = lex
            .agencies()
            .contains_key(&crate::lexicon::fold(name))
            .then_some(start..j);
        // "the Reuters news agency", "the Daily Mail newspaper", then "simply".
        let stop = j;
        while j < stop + 3
            && j < end
            && words.is_word(j)
            && (matches!(
                words.lower(j),
                "news"
                    | "agency"
                    | "newspaper"
                    | "daily"
                    | "magazine"
                    | "channel"
                    | "network"
                    | "service"
                    | "broadcaster"
                    | "website"
            ) || words.lower(j).ends_with("ly"))
        {
            j += 1;
        }
        return (j, agency);
    }
    if j < end && AUDIENCES.contains(&words.lower(j)) {
        return (j + 1, None);
    }
    // "told a packed council meeting on Monday": a described audience, up to a preposition
    // or the end, is no claim.
    if j > from {
        let mut k = j;
        while k < end
            && k < j + 5
            && words.is_word(k)
            && !words.quoted(k)
            && !matches!(words.lower(k), "that" | "on" | "in" | "at" | "the" | "a")
        {
            k += 1;
        }
        if k > j && (k >= end || matches!(words.lower(k), "that" | "on" | "in" | "at" | "," | "."))
        {
            return (k, None);
        }
    }
    (from, None)
}

/// The subject noun phrase that ends just before `verb`, with an apposition or relative
/// clause set off by commas ("Andes Pacific Copper, which runs the mine, said").
fn subject_left(
    words: &Words,
    verb: usize,
    floor: usize,
    lex: &AttributionLexicon,
) -> Option<Range<usize>> {
    let mut j = verb;
    loop {
        if j > floor && VERB_PREFIX.contains(&words.lower(j - 1)) {
            j -= 1;
            continue;
        }
        if j > floor
            && words.is_word(j - 1)
            && words.lower(j - 1).ends_with("ly")
            && !words.is_capitalized(j - 1)
            && words.lower(j - 1) != "only"
        {
            j -= 1;
            continue;
        }
        // "The Courier on Monday cited …", "Smith yesterday said …".
        if j > floor && is_time(words.lower(j - 1)) {
            j -= 1;
            if j > floor && words.lower(j - 1) == "on" {
                j -= 1;
            }
            continue;
        }
        if let Some(len) = VERB_PREFIX_PHRASES.iter().find_map(|p| {
            (j >= floor + p.len() && (0..p.len()).all(|k| words.lower(j - p.len() + k) == p[k]))
                .then_some(p.len())
        }) {
            j -= len;
            continue;
        }
        // ", however," between subject and verb.
        if j > floor + 2
            && words.text(j - 1) == ","
            && let Some(c) = (floor..j - 1).rev().take(9).find(|&c| words.text(c) == ",")
        {
            let inner = words.text_of(c + 1..j - 1).to_lowercase();
            // ", at a later press gaggle," / ", in a statement," between subject and verb.
            let place = matches!(
                words.lower(c + 1),
                "at" | "in"
                    | "on"
                    | "during"
                    | "after"
                    | "before"
                    | "speaking"
                    | "asked"
                    | "when"
                    | "while"
            );
            if PARENTHETICAL.contains(&inner.as_str()) || place {
                j = c;
                continue;
            }
        }
        break;
    }
    if j <= floor {
        return None;
    }
    // "Two residents who said they watched from a porch …": the relative pronoun's noun.
    if j > floor + 1
        && words.lower(j - 1) == "who"
        && matches!(words.lower(verb), "said" | "say" | "says")
    {
        let head = np_left(words, j - 1, floor, lex);
        if head < j - 1 {
            return Some(head..j - 1);
        }
    }
    // "Rep. Ann Lee (D-Ohio) said": the bracket belongs to the subject.
    let mut bracket_end = None;
    if words.text(j - 1) == ")"
        && let Some(open) = (floor..j - 1)
            .rev()
            .take(12)
            .find(|&k| words.text(k) == "(")
    {
        bracket_end = Some(j);
        j = open;
    }
    if let Some(end) = bracket_end {
        let start = np_left(words, j, floor, lex);
        return (start < j).then_some(start..end);
    }
    if words.text(j - 1) == "," {
        // "NAME, APPOSITION, said", "NAME, which ..., said", and up to three appositions:
        // "Ana Ruiz, the mayor, one of the plan's critics, said".
        let comma = j - 1;
        let mut previous = comma;
        let mut relative_at = None;
        let mut intro_end = None;
        for _ in 0..3 {
            let Some(c) = (floor..previous)
                .rev()
                .take(40)
                .find(|&c| words.text(c) == "," && !words.quoted(c))
            else {
                break;
            };
            // "Earlier, an engineer appointed by the inquiry, Ana Ruiz, said": an opening
            // phrase ends at the sentence's first comma; the subject starts after it.
            let mut opener = floor;
            while opener < c && matches!(words.lower(opener), "but" | "and" | "so" | "yet") {
                opener += 1;
            }
            if !(floor..c).any(|k| words.text(k) == ",")
                && !opens_with_subject(words, opener)
                && c + 1 < comma
            {
                intro_end = Some(c);
                break;
            }
            let first = words.lower(c + 1);
            // "…, and who spoke on condition of anonymity, said": a second relative clause.
            let relative = matches!(first, "who" | "which" | "whose")
                || (first == "and"
                    && c + 2 < previous
                    && matches!(words.lower(c + 2), "who" | "which" | "whose"));
            // "Quina Jones, 25, said": an age is an apposition too.
            let age = c + 2 == previous && first.chars().all(|ch| ch.is_ascii_digit());
            // "X, executive director of Y, said": a role without an article; "X, speaking on
            // condition of anonymity, said", "His lawyer, reached by phone, said": a
            // participle phrase.
            let role = (c + 1..previous)
                .any(|t| words.is_word(t) && lex.roles().contains_key(words.lower(t)))
                || ((first.ends_with("ing") || first.ends_with("ed"))
                    && !words.is_capitalized(c + 1));
            let apposition = DETERMINERS.contains(&first)
                || relative
                || age
                || role
                || first == "one"
                || (c + 1 < previous && words.is_capitalized(c + 1));
            if !apposition {
                break;
            }
            if relative {
                relative_at.get_or_insert(c);
            }
            previous = c;
            // Stop at the first segment that is a name on its own.
            let head_start = np_left_bracketed(words, previous, floor, lex);
            let whole = head_start == floor || !words.is_word(head_start - 1);
            if head_start < previous
                && whole
                && words.is_capitalized(head_start)
                && !DETERMINERS.contains(&words.lower(head_start))
            {
                break;
            }
        }
        if let Some(c) = intro_end {
            return Some(c + 1..comma);
        }
        if previous == comma {
            return None;
        }
        let head_start = np_left_bracketed(words, previous, floor, lex);
        if head_start == previous {
            return None;
        }
        // "The group, which calls itself Grey Lantern, said": the relative clause names it.
        if let Some(r) = relative_at {
            let seg = r + 1..comma;
            if let Some(k) = (seg.start..seg.end.saturating_sub(1)).find(|&k| {
                matches!(
                    (words.lower(k), words.lower(k + 1)),
                    ("calls", "itself")
                        | ("call", "themselves")
                        | ("known", "as")
                        | ("called", _)
                        | ("named", _)
                        | ("name" | "only" | "himself" | "herself", "as")
                )
            }) {
                let mut s = k + if words.lower(k) == "called" || words.lower(k) == "named" {
                    1
                } else {
                    2
                };
                while s < seg.end && matches!(words.lower(s), "the" | "a") {
                    s += 1;
                }
                let mut e = s;
                while e < seg.end && words.is_capitalized(e) {
                    e += 1;
                }
                if e > s {
                    return Some(s..e);
                }
            }
        }
        // "An admissions officer who has worked there for a decade, and who …, said": the
        // subject is what the first relative clause describes.
        if relative_at == Some(previous)
            && let Some(who) = (head_start.saturating_sub(12).max(floor)..previous)
                .find(|&k| matches!(words.lower(k), "who" | "which") && !words.quoted(k))
        {
            let head = np_left(words, who, floor, lex);
            if head < who {
                return Some(head..who);
            }
        }
        return Some(match relative_at {
            Some(r) if r == previous => head_start..previous,
            _ => head_start..comma,
        });
    }
    let start = np_left(words, j, floor, lex);
    // "A senior official who spoke on condition of anonymity said": the subject is before
    // the relative clause.
    if let Some(who) = (floor..j)
        .rev()
        .take(10)
        .find(|&k| matches!(words.lower(k), "who" | "whom") && !words.quoted(k))
    {
        let after_preposition = start > who + 1
            && matches!(
                words.lower(start - 1),
                "on" | "in" | "at" | "with" | "about" | "under"
            );
        // "A woman who has accused the senator of fraud said": what the clause's verb
        // governs is no subject either.
        let clause_verb = start > who + 1
            && (matches!(
                words.lower(who + 1),
                "has" | "have" | "had" | "is" | "was" | "were" | "are"
            ) || words.lower(who + 1).ends_with("ed"));
        if (after_preposition || clause_verb) && who > floor && (who..j).all(|k| words.is_word(k)) {
            let head = np_left(words, who, floor, lex);
            if head < who {
                return Some(head..who);
            }
        }
    }
    if start == j {
        return None;
    }
    Some(start..j)
}

/// Like [`np_left`], over a bracket that ends the phrase: "Rep. Jim Jordan (R-Ohio)".
fn np_left_bracketed(words: &Words, end: usize, floor: usize, lex: &AttributionLexicon) -> usize {
    if end > floor
        && words.text(end - 1) == ")"
        && let Some(open) = (floor..end - 1)
            .rev()
            .take(12)
            .find(|&k| words.text(k) == "(")
    {
        let start = np_left(words, open, floor, lex);
        if start < open {
            return start;
        }
    }
    np_left(words, end, floor, lex)
}

/// Start of the noun phrase that ends at `end` (exclusive), reading leftwards.
fn np_left(words: &Words, end: usize, floor: usize, lex: &AttributionLexicon) -> usize {
    let mut j = end;
    let mut after_determiner = false;
    while j > floor && end - j < 14 {
        let t = j - 1;
        if !words.is_word(t) || words.quoted(t) {
            break;
        }
        let w = words.lower(t);
        let preposition = NP_PREPOSITIONS.contains(&w);
        // "people familiar with the matter", "a source close to the board", "two people
        // with knowledge of the plans": the frames of an anonymous source.
        let frame = t > floor
            && matches!(
                (words.lower(t - 1), w),
                ("familiar" | "acquainted", "with")
                    | ("close" | "closer", "to")
                    | ("briefed", "on")
                    | ("involved", "in")
                    | ("knowledgeable", "about")
            );
        if frame {
            j -= 2;
            after_determiner = false;
            continue;
        }
        if w == "with" && j < end && words.lower(j) == "knowledge" && t > floor {
            j -= 1;
            continue;
        }
        if after_determiner && !preposition {
            break;
        }
        if w == "and"
            && t > floor
            && words.is_capitalized(t - 1)
            && j < end
            && words.is_capitalized(j)
        {
            j -= 1;
            continue;
        }
        // "US" is a name, not "us".
        let acronym =
            words.text(t).len() > 1 && words.text(t).chars().all(|c| c.is_uppercase() || c == '.');
        if NP_STOPS.contains(&w) && !preposition && !acronym {
            break;
        }
        if preposition {
            // Only inside a description: "head of", "spokesman for", "officials in".
            if t == floor
                || !words.is_word(t - 1)
                || NP_STOPS.contains(&words.lower(t - 1))
                || DETERMINERS.contains(&words.lower(t - 1))
            {
                break;
            }
            if j == end {
                break;
            }
        }
        if lex.is_verb(w) && !words.is_capitalized(t) && !lex.roles().contains_key(w) {
            break;
        }
        if w.ends_with("ly")
            && !words.is_capitalized(t)
            && w.len() > 4
            && !lex.roles().contains_key(w)
        {
            break;
        }
        after_determiner = DETERMINERS.contains(&w);
        j -= 1;
    }
    // A description does not start with a preposition.
    while j < end && NP_PREPOSITIONS.contains(&words.lower(j)) {
        j += 1;
    }
    j
}

/// The noun phrase starting at `from`, with an apposition after a comma, up to a verb, a
/// quotation or the end.
fn np_right(words: &Words, from: usize, end: usize) -> Range<usize> {
    let mut j = from;
    let mut last_word_end = from;
    while j < end && j < from + 25 {
        if words.quoted(j) || matches!(words.kind(j), TokenKind::OpenQuote | TokenKind::CloseQuote)
        {
            break;
        }
        let t = words.text(j);
        if t == "," {
            // Continue only into an apposition: "X, the head of Y".
            let next = j + 1;
            if next < end
                && words.is_word(next)
                && (DETERMINERS.contains(&words.lower(next)) || words.is_capitalized(next))
                && !words.quoted(next)
            {
                j += 1;
                continue;
            }
            break;
        }
        if !words.is_word(j) {
            // "9/11 widow Terry Strada": a slash between words stays in the phrase.
            let slash = t == "/" && j > from && j + 1 < end && words.is_word(j + 1);
            if matches!(t, "(" | ")" | "-" | "&") || slash {
                j += 1;
                continue;
            }
            break;
        }
        let w = words.lower(j);
        if j > from
            && (matches!(
                w,
                "that"
                    | "who"
                    | "which"
                    | "as"
                    | "to"
                    | "saying"
                    | "said"
                    | "says"
                    | "told"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "because"
                    | "and"
                    | "but"
                    | "on"
            ) && !words.is_capitalized(j))
        {
            break;
        }
        j += 1;
        last_word_end = j;
    }
    from..last_word_end
}

/// "reports that Russia and Türkiye signed a contract … citing the head of …": the report's
/// content is attributed to the cited source, relayed by the outlet named in the sentence.
fn report_attribution(
    words: &Words,
    sentence: &Range<usize>,
    hit: &Hit,
    source: Range<usize>,
    end: usize,
    lex: &AttributionLexicon,
) -> Option<Attribution> {
    let that = (sentence.start + 1..hit.range.start).find(|&k| {
        words.lower(k) == "that"
            && !words.quoted(k)
            && matches!(
                words.lower(k - 1),
                "report" | "reports" | "news" | "claims" | "reporting"
            )
    })?;
    let start = that + 1;
    let mut stop = start;
    while stop < hit.range.start.min(end) {
        let w = words.lower(stop);
        if stop > start
            && (matches!(
                w,
                "," | "after" | "when" | "as" | "before" | "amid" | "while" | "since"
            ) && !words.quoted(stop))
        {
            break;
        }
        stop += 1;
    }
    let via = agency_in(words, sentence.start..hit.range.start, lex);
    Some(Attribution {
        cue: hit.range.clone(),
        speaker: SpeakerAt::Tokens(source),
        via: via.into_iter().collect(),
        bodies: vec![Body {
            tokens: start..stop,
        }],
        stance: Stance::Assert,
        hedged: false,
        claims_previous_quote: false,
    })
}

/// The first news agency or outlet named in `range`.
fn agency_in(words: &Words, range: Range<usize>, lex: &AttributionLexicon) -> Option<Range<usize>> {
    for i in range.clone() {
        if !words.is_capitalized(i) {
            continue;
        }
        for len in (1..=4).rev() {
            if i + len <= range.end
                && lex
                    .agencies()
                    .contains_key(&crate::lexicon::fold(words.text_of(i..i + len)))
            {
                return Some(i..i + len);
            }
        }
    }
    None
}
