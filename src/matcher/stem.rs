//! The matcher's stemmer, on its own so that `build.rs` can compile it too: the stem index
//! of the synonym and antonym lists is computed at build time with the same code that stems
//! an article's words.

use std::borrow::Cow;

use crate::lexicon::MatcherLexicon;

/// A stem as slices of the word it comes from (or of its irregular base): no allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stem<'w> {
    pub base: &'w str,
    /// "ies" became "y": the stem is `base` then "y".
    pub y: bool,
}

impl<'w> Stem<'w> {
    /// The stem as text; allocates only for the "ies" → "y" stems.
    pub fn text(self) -> Cow<'w, str> {
        if self.y {
            Cow::Owned(format!("{}y", self.base))
        } else {
            Cow::Borrowed(self.base)
        }
    }
}

/// A light, consistent stemmer: irregular forms to their base, then common inflections off.
/// Both sides of a comparison go through it, so it only has to be consistent, not exact.
pub fn stem(word: &str, lex: &MatcherLexicon) -> String {
    stem_of(word, lex).text().into_owned()
}

/// [`stem`] without allocating.
pub fn stem_of<'w>(word: &'w str, lex: &'w MatcherLexicon) -> Stem<'w> {
    // A loop of strip_suffix does what trim_end_matches("'s") does, without building a
    // substring searcher for every word.
    let mut w = word;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    if let Some(base) = lex.irregular.get(w) {
        return Stem {
            base: strip_e(base.as_str()),
            y: false,
        };
    }
    // Most words are ASCII, whose length is their count of characters.
    let n = if w.is_ascii() {
        w.len()
    } else {
        w.chars().count()
    };
    let s = if n > 4 && (w.ends_with("ies") || w.ends_with("ied")) {
        // "notified" and "notifies" are "notify".
        // A stem ending in "y" keeps its last letter: no "e" to strip.
        return Stem {
            base: &w[..w.len() - 3],
            y: true,
        };
    } else if n > 7 && (w.ends_with("tion") || w.ends_with("sion")) {
        // "inspection" and "inspected", "evacuation" and "evacuated": one root.
        &w[..w.len() - 3]
    } else if n > 8 && (w.ends_with("tions") || w.ends_with("sions")) {
        &w[..w.len() - 4]
    } else if n > 5 && w.ends_with("ing") {
        undouble(&w[..w.len() - 3])
    } else if n > 5 && (w.ends_with("reed") || w.ends_with("teed")) {
        // agreed, guaranteed: the verb itself ends in "ee".
        &w[..w.len() - 1]
    } else if n > 4 && w.ends_with("eed") {
        // succeed, proceed, exceed, speed: the verb itself ends in "eed" ("succeeded" is
        // "succeed" too).
        w
    } else if n > 4 && w.ends_with("ed") {
        undouble(&w[..w.len() - 2])
    } else if n > 4
        && (w.ends_with("sses") || w.ends_with("shes") || w.ends_with("ches") || w.ends_with("xes"))
    {
        &w[..w.len() - 2]
    } else if n > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        &w[..w.len() - 1]
    } else {
        w
    };
    // "boycott" and "tariffs" as "boycotted": a doubled last consonant goes, as it does
    // before "-ed".
    let s = undouble(s);
    // "aides" is "aide", not "aid": a few nouns keep their "e".
    Stem {
        base: if lex.keeps_final_e(s) { s } else { strip_e(s) },
        y: false,
    }
}

fn undouble(s: &str) -> &str {
    let b = s.as_bytes();
    if b.len() > 3
        && b[b.len() - 1] == b[b.len() - 2]
        && !matches!(
            b[b.len() - 1],
            b'l' | b's' | b'z' | b'a' | b'e' | b'i' | b'o' | b'u'
        )
        && b[b.len() - 1].is_ascii_alphabetic()
    {
        &s[..s.len() - 1]
    } else {
        s
    }
}

fn strip_e(s: &str) -> &str {
    if s.len() > 3 && s.ends_with('e') && !s.ends_with("ee") {
        &s[..s.len() - 1]
    } else {
        s
    }
}

/// The first three letters of a word (all of a shorter one) as a number, when they are at
/// most three bytes long: the lists' words are ASCII (a test of `lexicon` checks), so a
/// longer prefix is none of theirs. Four bytes instead of a sixteen-byte `&str` a key.
pub fn packed_prefix(word: &str) -> Option<u32> {
    let end = word.char_indices().nth(3).map_or(word.len(), |(i, _)| i);
    let prefix = &word.as_bytes()[..end];
    (prefix.len() <= 3).then(|| {
        // The length in the top byte keeps "ab" and "ab\0" apart.
        prefix
            .iter()
            .rev()
            .fold(prefix.len() as u32, |key, &b| key << 8 | u32::from(b))
    })
}
