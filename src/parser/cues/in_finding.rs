//! "In a poll released Monday, 52 percent chose …": a sentence that opens with "in" and a
//! document or measurement reports what that document found, as "According to the poll, …"
//! does ([`AccordingTo`] makes the attribution).

use crate::lexicon;

use super::according_to::AccordingTo;
use super::{At, CueRule, Hit, HitKind, Made, Scan, Site};

/// "In the survey, …", "But in a study published in May, …".
pub(super) struct InFinding;

impl CueRule for InFinding {
    fn detect(&self, scan: &Scan, at: &At) -> Option<Hit> {
        if at.lower != "in" {
            return None;
        }
        in_finding_at(scan, at.i)
    }

    /// The document's claim, when no cue of the sentence names a speaker of its own: "In
    /// court filings, her lawyer said …" is the lawyer's.
    fn attribute(&self, site: &Site, hit: &Hit) -> Made {
        if !site.later.is_empty() {
            return Made::Nothing;
        }
        AccordingTo.attribute(site, hit)
    }
}

/// How many words the document's phrase may run to before its comma.
const PHRASE_WORDS: usize = 12;

/// [`InFinding`]'s cue at an "in".
#[inline(never)]
fn in_finding_at(scan: &Scan, i: usize) -> Option<Hit> {
    let Scan {
        words, sentence, ..
    } = scan;
    // (Opening the sentence, after a conjunction or a linking adverb at most: "Voters in a
    // poll …" is a clause's own phrase.)
    let linking = |k: usize| {
        matches!(
            words.lower(k),
            "but" | "and" | "yet" | "still" | "however" | "meanwhile" | ","
        )
    };
    // (Nor as the sentence's last word: "In" at the end of a line names nothing.)
    if i > sentence.start + 2 || i + 1 >= sentence.end || !(sentence.start..i).all(linking) {
        return None;
    }
    // ("In going through the ledgers, …": a gerund's clause, not a document.)
    let first = words.lower(i + 1);
    if first.ends_with("ing") && !lexicon::FINDING_NOUNS.contains(first) {
        return None;
    }
    let comma = (i + 1..(i + PHRASE_WORDS + 2).min(sentence.end))
        .find(|&k| !words.is_word(k) && !matches!(words.text(k), "/" | "-" | "'s" | "’s"))
        .filter(|&k| words.text(k) == ",")?;
    // The document is the phrase's head: its last word before a participle or a
    // preposition ("a poll released Monday", "a survey of 900 voters by the institute").
    let head = (i + 1..comma)
        .take_while(|&k| {
            let w = words.lower(k);
            !(k > i + 1 && (w.ends_with("ed") || lexicon::NP_PREPOSITIONS.contains(w) || w == "by"))
        })
        .filter(|&k| words.is_word(k))
        .last()?;
    let after = comma + 1;
    (head > i + 1
        && lexicon::FINDING_NOUNS.contains(words.lower(head))
        && after < sentence.end
        && words.is_word(after))
    .then(|| Hit {
        range: i..i + 1,
        kind: HitKind::InFinding,
    })
}
