//! "According to X, …" and "…, according to X": the source after its cue.

use crate::document::TokenKind;
use crate::model::Stance;

use super::grammar::{comma_before, has_words, np_right, trim_range};
use super::{Attribution, Body, CueRule, Hit, Made, Site, SpeakerAt};

/// How many words after a source that opens its sentence may still describe it before the
/// comma that ends it ("According to a poll released on Monday, …").
const DESCRIBED_WORDS: usize = 6;

/// "according to", "in the words of": the source follows the cue.
pub(super) struct AccordingTo;

impl CueRule for AccordingTo {
    fn attribute(&self, site: &Site, hit: &Hit) -> Made {
        let Site {
            words,
            ref sentence,
            cursor,
            forward_end,
            end,
            earlier,
            ..
        } = *site;
        // "According to Solberg, the company has …": the source ends at the comma when the
        // attribution opens the sentence.
        // ("But, according to the poll, …": a conjunction or a linking adverb before it
        // still leaves it opening the sentence.)
        let linking = |k: usize| {
            !words.is_word(k)
                || matches!(
                    words.lower(k),
                    "but" | "and" | "yet" | "so" | "still" | "however" | "now" | "meanwhile"
                )
        };
        let opens =
            hit.range.start <= sentence.start + 3 && (sentence.start..hit.range.start).all(linking);
        let mut source = np_right(words, hit.range.end, end);
        if let Some(c) = (source.start..source.end)
            .find(|&k| words.text(k) == ",")
            .filter(|_| opens)
        {
            source.end = c;
        }
        // "after, according to him, Televisa censured …": a pronoun is the whole phrase.
        if !source.is_empty() && crate::lexicon::OBJECT_PRONOUNS.contains(words.lower(source.start))
        {
            source.end = source.start + 1;
        }
        if source.is_empty() {
            return Made::Nothing;
        }
        // "..., X said, according to A": A relays X. (A side taken in a clause before is no
        // statement to relay: "The committee, which backed Ruiz, spent $40,000, according to
        // the filings" is the filings' claim.)
        if earlier.iter().any(|a| !a.stance.is_side()) && words.text(hit.range.start - 1) == "," {
            return Made::Relay(source);
        }
        let mut before = trim_range(words, cursor..comma_before(words, hit.range.start, cursor));
        // "The levy has not driven firms away: the port grew 4 percent, according to the
        // board": what the narration says before a colon is its own; the clause after it is
        // the source's.
        if let Some(colon) = before.clone().rev().find(|&k| words.text(k) == ":")
            && has_words(words, colon + 1..before.end)
        {
            before.start = colon + 1;
        }
        let before = if opens {
            before.end..before.end
        } else {
            before
        };
        // "Turnout, according to the board, has doubled", "The port earns, according to one
        // audit, $40 million": a short start of a clause goes on after the source, the
        // attribution set inside it by commas.
        let after = source.end + 1;
        let goes_on = !opens
            && hit.range.start > sentence.start
            && words.text(hit.range.start - 1) == ","
            && source.end < forward_end
            && words.text(source.end) == ","
            && after < forward_end
            && !words.is_capitalized(after)
            && words.kind(after) != TokenKind::OpenQuote
            && !matches!(
                words.lower(after),
                "who" | "which" | "where" | "when" | "and" | "but" | "or" | "while" | "as"
            )
            && has_words(words, after..forward_end);
        // (A long clause before is whole: what follows the source only adds to it.)
        let short = (before.clone()).filter(|&k| words.is_word(k)).count() <= 5;
        let bodies = if goes_on && short && has_words(words, before.clone()) {
            vec![Body {
                tokens: before.start..forward_end,
            }]
        } else if has_words(words, before.clone()) {
            vec![Body { tokens: before }]
        } else {
            // ("According to a poll released Monday, 52 percent …": the words up to the
            // comma still describe the source.)
            let mut s = (source.end..(source.end + DESCRIBED_WORDS).min(forward_end))
                .take_while(|&k| words.is_word(k) || matches!(words.text(k), "," | "-" | "–" | "/"))
                .find(|&k| words.text(k) == ",")
                .filter(|_| opens)
                .unwrap_or(source.end);
            while s < end && !words.is_word(s) && words.kind(s) != TokenKind::OpenQuote {
                s += 1;
            }
            vec![Body {
                tokens: s..forward_end.max(s),
            }]
        };
        Made::Claim(Attribution {
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
