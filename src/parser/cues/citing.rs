//! Citing chains: "A cited B as saying …" (B speaks, through A) and "…, citing B" (B is the
//! source of a report).

use std::ops::Range;

use crate::document::TokenKind;
use crate::lexicon::AttributionLexicon;
use crate::model::Stance;

use super::{At, Attribution, Body, CueRule, Hit, HitKind, Made, Scan, Site, SpeakerAt};
use crate::parser::text::Words;

use super::grammar::{np_right, skip_forward, subject_left, trim_range};

/// "cited X as saying", "quoted X as saying", and "citing X".
/// `w` is the folded word `i`. Every word is asked, and most are none of these: they are
/// turned away here, inlined, and the rest is read out of line.
#[inline]
fn chain_at(words: &Words, i: usize, w: &str, sentence: Range<usize>) -> Option<Hit> {
    if !matches!(
        w,
        "cited" | "cites" | "cite" | "quoted" | "quotes" | "quote" | "citing" | "quoting"
    ) {
        return None;
    }
    chain_after(words, i, w, sentence)
}

/// [`chain_at`] at one of its words.
#[inline(never)]
fn chain_after(words: &Words, i: usize, w: &str, sentence: Range<usize>) -> Option<Hit> {
    let limit = (i + 30).min(sentence.end);
    for k in i + 1..limit.saturating_sub(1) {
        if words.quoted(k) || words.kind(k) == TokenKind::OpenQuote {
            break;
        }
        if words.lower(k) == "as" && crate::lexicon::AS_SAYING.contains(words.lower(k + 1)) {
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
        // ("reported, citing internal emails, that …": an aside to the verb of saying
        // before it, whose claim follows "that".)
        let aside = i > 0
            && words.text(i - 1) == ","
            && source.end + 1 < sentence.end
            && words.text(source.end) == ","
            && words.lower(source.end + 1) == "that";
        if !source.is_empty() && !aside {
            return Some(Hit {
                range: i..i + 1,
                kind: HitKind::Citing { source },
            });
        }
    }
    None
}

/// "reports that Russia and Türkiye signed a contract … citing the head of …": the report's
/// content is attributed to the cited source, relayed by the outlet named in the sentence.
pub(super) fn report_attribution(
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
            && crate::lexicon::REPORT_WORDS_BEFORE_THAT.contains(words.lower(k - 1))
    })?;
    let start = that + 1;
    let mut stop = start;
    while stop < hit.range.start.min(end) {
        let w = words.lower(stop);
        if stop > start
            && ((w == "," || crate::lexicon::CITED_CLAUSE_BREAKS.contains(w))
                && !words.quoted(stop))
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
pub(super) fn agency_in(
    words: &Words,
    range: Range<usize>,
    lex: &AttributionLexicon,
) -> Option<Range<usize>> {
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

/// "A cited B as saying …" (B speaks, through A) and "…, citing B" (B is the source).
pub(super) struct Citing;

impl CueRule for Citing {
    fn detect(&self, scan: &Scan, at: &At) -> Option<Hit> {
        chain_at(scan.words, at.i, at.lower, scan.sentence.clone())
    }

    fn attribute(&self, site: &Site, hit: &Hit) -> Made {
        let Site {
            words,
            ref sentence,
            forward_end,
            end,
            lex,
            ..
        } = *site;
        match &hit.kind {
            HitKind::Chain { inner } => {
                let start = skip_forward(words, hit.range.end, forward_end);
                // "Ana Ruiz was quoted by state media as saying …": the subject speaks, through
                // the agent.
                let passive = words.lower(inner.start) == "by"
                    && inner.len() > 1
                    && hit.range.start > sentence.start
                    && matches!(
                        words.lower(hit.range.start - 1),
                        "was" | "were" | "is" | "are" | "been"
                    );
                let (speaker, via) = if passive {
                    let subject = subject_left(words, hit.range.start - 1, sentence.start, lex);
                    match subject {
                        Some(subject) => (subject, Some(inner.start + 1..inner.end)),
                        None => return Made::Nothing,
                    }
                } else {
                    let via = subject_left(words, hit.range.start, sentence.start, lex);
                    (inner.clone(), via)
                };
                Made::Claim(Attribution {
                    cue: hit.range.clone(),
                    speaker: SpeakerAt::Tokens(speaker),
                    via: via.into_iter().collect(),
                    bodies: vec![Body {
                        tokens: start..forward_end.max(start),
                    }],
                    stance: Stance::Assert,
                    hedged: false,
                    claims_previous_quote: false,
                })
            }
            HitKind::Citing { source } => {
                report_attribution(words, sentence, hit, source.clone(), end, lex)
                    .map_or(Made::Nothing, Made::Claim)
            }
            _ => Made::Nothing,
        }
    }
}
