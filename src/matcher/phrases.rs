//! Phrases of the synonym groups ("carry out" with "implement", "take into custody" with
//! "arrest", "call off" with "cancel"): a claim that says one in any form of its first word
//! ("carried out", "took into custody") speaks of its group, as a single word of it would.

use super::keys::{Keys, WordInfo, WordKey};
use super::profile::is_unit_word;
use super::stem::stem_of;
use super::words::{KeyText, StemIndex, Word};
use crate::lexicon::{self, MatcherLexicon};

// The phrases' tables are listed by `build.rs` (`lexicon::PHRASES_BY_FIRST` and the tables
// beside it), sorted, and found by binary search: building them at the first claim cost a
// short article some 70,000 instructions.

/// The rest of each phrase whose first word has stem `stem`, with its group, in list order.
fn phrases_by_first(stem: &str) -> Option<&'static [lexicon::PhraseRest]> {
    let table = lexicon::PHRASES_BY_FIRST;
    table
        .binary_search_by(|(s, _)| (*s).cmp(stem))
        .ok()
        .map(|k| table[k].1)
}

/// A group's opposite, by the first single word of it that has one: "pulled out" opposes
/// what "withdraw" does.
fn phrase_opposable(group: u32) -> Option<u32> {
    let table = lexicon::PHRASE_OPPOSABLE;
    table
        .binary_search_by_key(&group, |p| p.0)
        .ok()
        .map(|k| table[k].1)
}

/// Whether a word that opens with these two bytes may open a phrase.
fn opens_phrase([a, b]: [u8; 2]) -> bool {
    if a < 128 && b < 128 {
        lexicon::PHRASE_OPENING_MASKS[usize::from(a)] & (1 << b) != 0
    } else {
        lexicon::PHRASE_OPENINGS.binary_search(&[a, b]).is_ok()
    }
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
    let mut found = Vec::new();
    for i in 0..ws.len().saturating_sub(1) {
        let opening = match ws[i].lower.as_bytes() {
            [a, b, ..] => [*a, *b],
            _ => continue,
        };
        let second = |k: usize| {
            ws.get(k)
                .is_some_and(|w| lexicon::PHRASE_SECONDS.contains(w.lower.as_ref()))
        };
        let pronoun_between = lexicon::PARTICLE_OBJECTS.contains(ws[i + 1].lower.as_ref());
        if !opens_phrase(opening) || !(second(i + 1) || (pronoun_between && second(i + 2))) {
            continue;
        }
        let stem = stem_of(&ws[i].lower, lex).text();
        let Some(candidates) = phrases_by_first(stem.as_ref()) else {
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
        // A verb and its particle with a pronoun for the object between them: "turned it
        // down", "called everything off".
        let split = |rest: &[&str]| {
            rest.len() == 1
                && ws.len() > i + 2
                && lexicon::PARTICLE_OBJECTS.contains(ws[i + 1].lower.as_ref())
                && rest[0] == ws[i + 2].lower.as_ref()
        };
        let found_at = |rest: &[&str]| {
            if said(rest) {
                Some(i + 1 + rest.len())
            } else if split(rest) {
                Some(i + 3)
            } else {
                None
            }
        };
        if let Some((end, group)) = candidates.iter().find_map(|(rest, group)| {
            found_at(rest)
                .filter(|_| topical(rest))
                .map(|end| (end, group))
        }) {
            found.push((i, end));
            let key = keys.id(KeyText::Group(*group as usize), index);
            let old = info[i].key;
            info[i].key = Some(WordKey {
                key,
                opposable: phrase_opposable(*group).or_else(|| old.and_then(|k| k.opposable)),
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
    fn the_phrase_tables_are_sorted_for_binary_search() {
        assert!(
            lexicon::PHRASES_BY_FIRST
                .windows(2)
                .all(|p| p[0].0 < p[1].0)
        );
        for &opening in lexicon::PHRASE_OPENINGS {
            assert!(opens_phrase(opening));
        }
        assert!(!opens_phrase(*b"zq"));
        assert!(
            lexicon::PHRASE_OPPOSABLE
                .windows(2)
                .all(|p| p[0].0 < p[1].0)
        );
        assert!(lexicon::PHRASE_OPENINGS.windows(2).all(|p| p[0] < p[1]));
        assert!(phrases_by_first("carri").is_some() || phrases_by_first("carry").is_some());
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

    #[test]
    fn a_pronoun_between_a_verb_and_its_particle_keeps_the_phrase() {
        let mut keys = Keys::default();
        let single = keys_of("rejected", &mut keys)[0];
        assert!(single.is_some());
        assert_eq!(keys_of("they turned it down", &mut keys)[1], single);
        assert_eq!(keys_of("nobody turned anything down", &mut keys)[1], single);
        // (A noun between is another phrase, or none: "turned the car down the lane".)
        assert_ne!(keys_of("turned the car down", &mut keys)[0], single);
        // (At the end of a claim, no particle to find.)
        assert_ne!(keys_of("they turned it", &mut keys)[1], single);
    }
}
