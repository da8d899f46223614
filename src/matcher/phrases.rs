//! Phrases of the synonym groups ("carry out" with "implement", "take into custody" with
//! "arrest", "call off" with "cancel"): a claim that says one in any form of its first word
//! ("carried out", "took into custody") speaks of its group, as a single word of it would.

use std::sync::OnceLock;

use super::keys::{Keys, WordInfo, WordKey};
use super::profile::is_unit_word;
use super::stem::stem_of;
use super::words::{KeyText, StemIndex, Word};
use crate::lexicon::{self, MatcherLexicon, WordMap, WordSet};

/// The phrases of the synonym groups, by the stem of their first word.
struct Phrases {
    /// First word's stem → the rest of each phrase's words, and its group.
    by_first: WordMap<&'static str, Vec<(Vec<&'static str>, usize)>>,
    /// A group's opposite, by the first single word of it that has one: "pulled out"
    /// opposes what "withdraw" does.
    opposable: WordMap<usize, u32>,
    /// The second word of every phrase: a word followed by none of these starts none.
    seconds: WordSet<&'static str>,
    /// The first two letters of every phrase's first word: a word that opens otherwise is
    /// not stemmed to be looked up.
    openings: WordSet<[u8; 2]>,
}

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let lex = lexicon::matcher();
        let mut by_first: WordMap<&'static str, Vec<(Vec<&'static str>, usize)>> =
            WordMap::default();
        let mut seconds = WordSet::default();
        // ("took place" is an event's coming to pass, as "happened": the event predicates
        // are read word by word, not as topics.)
        let events: WordSet<u32> = lexicon::EVENT_PREDICATES
            .iter()
            .filter_map(|w| lex.synonyms.get(w.as_str()).copied())
            .collect();
        // (The phrases are listed at build time: going through every entry, most of them
        // single words, would cost each run more than a short article does.)
        let mut opposable: WordMap<usize, u32> = WordMap::default();
        for &(phrase, stem, group, opposite) in lexicon::SYNONYM_PHRASES {
            if events.contains(&group) {
                continue;
            }
            let mut parts = phrase.split(' ').skip(1);
            let Some(second) = parts.next() else {
                continue;
            };
            seconds.insert(second);
            if let Some(o) = opposite {
                opposable.insert(group as usize, o);
            }
            by_first.entry(stem).or_default().push((
                std::iter::once(second).chain(parts).collect(),
                group as usize,
            ));
        }
        let openings = lexicon::PHRASE_OPENINGS.iter().copied().collect();
        Phrases {
            by_first,
            opposable,
            seconds,
            openings,
        }
    })
}

/// Gives the first word of each phrase of a synonym group in `ws` that group's key ("the
/// reform was carried out" then shares a key with "implemented"); returns where each
/// phrase starts and ends.
pub(super) fn key_phrases(
    ws: &[Word],
    info: &mut [WordInfo],
    lex: &MatcherLexicon,
    index: &StemIndex,
    keys: &mut Keys,
) -> Vec<(usize, usize)> {
    let table = phrases();
    let mut found = Vec::new();
    for i in 0..ws.len().saturating_sub(1) {
        let opening = match ws[i].lower.as_bytes() {
            [a, b, ..] => [*a, *b],
            _ => continue,
        };
        if !table.openings.contains(&opening) || !table.seconds.contains(ws[i + 1].lower.as_ref()) {
            continue;
        }
        let stem = stem_of(&ws[i].lower, lex).text();
        let Some(candidates) = table.by_first.get(stem.as_ref()) else {
            continue;
        };
        let said = |rest: &[&str]| {
            ws.len() > i + rest.len()
                && rest
                    .iter()
                    .zip(&ws[i + 1..])
                    .all(|(r, w)| *r == w.lower.as_ref())
        };
        // A phrase of a figure ("per cent") is a unit, not a topic; one of a stop word
        // ("take", "get") is one when its last word is ("take into custody").
        let topical = |rest: &[&str]| {
            !is_unit_word(&ws[i].lower)
                && (info[i].key.is_some() || info[i + rest.len()].key.is_some())
        };
        if let Some((rest, group)) = candidates
            .iter()
            .find(|(rest, _)| said(rest) && topical(rest))
        {
            found.push((i, i + 1 + rest.len()));
            let key = keys.id(KeyText::Group(*group), index);
            let old = info[i].key;
            info[i].key = Some(WordKey {
                key,
                opposable: table
                    .opposable
                    .get(group)
                    .copied()
                    .or_else(|| old.and_then(|k| k.opposable)),
                vector: old.and_then(|k| k.vector),
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::words::{stem_index, words};

    fn keys_of(text: &str, keys: &mut Keys) -> Vec<Option<u32>> {
        let lex = lexicon::matcher();
        let index = stem_index();
        let ws = words(text);
        let mut info: Vec<WordInfo> = ws.iter().map(|w| keys.word(w, lex, index)).collect();
        key_phrases(&ws, &mut info, lex, index, keys);
        info.iter().map(|i| i.key.map(|k| k.key)).collect()
    }

    #[test]
    fn a_phrase_in_any_form_of_its_first_word_takes_its_group() {
        let mut keys = Keys::default();
        let single = keys_of("implemented", &mut keys)[0];
        assert!(single.is_some());
        assert_eq!(keys_of("it was carried out", &mut keys)[2], single);
        assert_eq!(keys_of("they carry out", &mut keys)[1], single);
        // The first word alone, or before other words, is itself.
        assert_ne!(keys_of("carried the boxes", &mut keys)[0], single);
        assert_ne!(keys_of("carried", &mut keys)[0], single);
    }
}
