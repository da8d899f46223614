//! Word lists compiled into the binary from `data/`: `build.rs` turns them into static
//! tables (see `lexicon/compile.rs`), so a run parses and hashes no list.
//!
//! A list of one entry a line is the static its row in build.rs's `FILES` names: a
//! [`WordList`] to test words against (`lexicon::CALENDAR.contains("march")`), or a slice in
//! file order where order matters. The lists with columns are read through [`attribution`]
//! and [`matcher`].
//!
//! Every lookup key is lower case with typographic apostrophes folded to `'`. The store
//! (hash, line reader, table probing) is `lexicon/store.rs`, shared with `build.rs`.

use std::borrow::Cow;
use std::hash::BuildHasherDefault;

use crate::model::Stance;

mod store;

pub use store::{NumberSet, WordHasher, data_lines, fold, fold_into, split_bytes};

/// A hash map keyed by words, hashed with [`WordHasher`].
pub type WordMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A hash set of words, hashed with [`WordHasher`].
pub type WordSet<K> = std::collections::HashSet<K, BuildHasherDefault<WordHasher>>;
/// A phrase of a synonym group after its first word, and its group ([`PHRASES_BY_FIRST`]).
pub type PhraseRest = (&'static [&'static str], u32);

// `Text`, `TEXTS` and the tables, written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

impl Text {
    /// The text itself. Every data file but the four with folded copies is folded as
    /// written, which a test checks.
    #[inline]
    pub(crate) fn text(self) -> &'static str {
        TEXTS[self as usize]
    }
}

/// A word of the lists, by place: its text, where it starts and how long it is. Four bytes
/// where a `&str` takes sixteen: the tables' pages are touched only where a lookup lands.
#[derive(Clone, Copy)]
pub struct ListWord {
    text: Text,
    len: u8,
    at: u16,
}

impl ListWord {
    /// The word's text.
    #[inline]
    pub fn as_str(self) -> &'static str {
        let at = usize::from(self.at);
        &self.text.text()[at..at + usize::from(self.len)]
    }

    /// The word's length in bytes, in a constant's reach.
    pub const fn byte_len(self) -> usize {
        self.len as usize
    }

    /// Byte `k` of the word, in a constant's reach.
    pub const fn byte(self, k: usize) -> u8 {
        TEXTS[self.text as usize].as_bytes()[self.at as usize + k]
    }

    /// The word's bytes: [`ListWord::as_str`] without the checks of char boundaries.
    #[inline]
    fn bytes(self) -> &'static [u8] {
        let at = usize::from(self.at);
        &self.text.text().as_bytes()[at..at + usize::from(self.len)]
    }
}

impl PartialEq for ListWord {
    #[inline]
    fn eq(&self, other: &ListWord) -> bool {
        self.len == other.len && self.bytes() == other.bytes()
    }
}

impl Eq for ListWord {}

impl std::fmt::Display for ListWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for ListWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

/// Whether a folded noun's first sense in WordNet is a person, whatever else it is
/// ("architect", "guard", "suspect").
pub fn names_a_person(word: &str) -> bool {
    PERSON_NOUNS.contains(word)
        || PERSON_VERB_NOUNS.contains(word)
        || PERSON_OTHER_NOUNS.contains(word)
}

/// `word` without the possessive endings "'s" and "’s" at its end, as
/// `word.trim_end_matches("'s").trim_end_matches("’s")` leaves it, without building a
/// substring searcher for each word.
pub fn without_possessive(word: &str) -> &str {
    let mut w = word;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w
}

/// `word` folded, borrowed when it already is.
fn folded(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Owned(fold(word))
    } else {
        Cow::Borrowed(word)
    }
}

/// Folded words of the data files to what the files say about them: the entries in the order
/// the files give them, and a table of their numbers laid out by `build.rs` with
/// [`WordHasher`] (open addressing, at most half full).
#[derive(Debug, Clone, Copy)]
pub struct WordTable<V: 'static> {
    entries: &'static [(ListWord, V)],
    /// See [`store::slot`].
    slots: &'static [u32],
    /// The lengths of its words, a bit each ([`store::length_bit`]): most lists hold words of
    /// a few lengths, and a word of another is turned away before it is hashed.
    lengths: u64,
    /// A bit a word ([`store::sieve_bit`]) from its length and first and last bytes: a word
    /// of a length the table has is still turned away by it, before it is hashed.
    sieve: &'static [u64; store::SIEVE_WORDS],
}

impl<V> WordTable<V> {
    /// What the table holds for a folded word.
    // The tests of length and sieve, which turn away most words looked up, inlined where the
    // table is read; the probe out of line (as one call, `get` saved and restored a
    // dozen registers for every word, turned away or not).
    #[inline(always)]
    pub fn get(&self, word: &str) -> Option<&V> {
        if self.lengths & store::length_bit(word.len()) == 0 {
            return None;
        }
        let bit = store::sieve_bit(word.as_bytes());
        if self.sieve[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.probe(word)
    }

    /// [`WordTable::get`] past its sieve: the word hashed and probed for.
    #[inline(never)]
    fn probe(&self, word: &str) -> Option<&V> {
        let hash = store::word_hash(word.as_bytes());
        let word = word.as_bytes();
        let e = store::probe(self.slots, hash, |e| {
            let w = self.entries[e].0;
            // The length first: it is at hand without finding the entry's text.
            usize::from(w.len) == word.len() && store::same_bytes(w.bytes(), word)
        })?;
        Some(&self.entries[e].1)
    }

    /// Whether the table holds a folded word.
    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// How many words the table holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the table holds no word.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every word with its value, in the order of the files.
    pub fn iter(&self) -> impl Iterator<Item = (ListWord, &V)> {
        self.entries.iter().map(|(k, v)| (*k, v))
    }

    /// Every word, in the order of the files.
    pub fn keys(&self) -> impl Iterator<Item = ListWord> + '_ {
        self.entries.iter().map(|(k, _)| *k)
    }
}

/// A set of folded words of the data files, kept like [`WordTable`]'s.
#[derive(Debug, Clone, Copy)]
pub struct WordList(WordTable<()>);

impl WordList {
    /// Whether the list holds a folded word.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains_key(word)
    }

    /// How many words the list holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the list holds no word.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every word, in the order of the files.
    pub fn iter(&self) -> impl Iterator<Item = ListWord> + '_ {
        self.0.keys()
    }

    /// Word `k` in the order of the files, in a constant's reach (tables derived from a
    /// list are worked out at compile time, not at start-up).
    pub const fn word_at(&self, k: usize) -> Option<ListWord> {
        if k < self.0.entries.len() {
            Some(self.0.entries[k].0)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    /// Verbs of saying: said, argued, insisted.
    Speech,
    /// Verbs of opinion and expectation: thinks, believes, expects; attributions, but weaker.
    Opinion,
    /// Verbs of knowledge, perception or desire: knows, saw, wants; no attribution.
    Belief,
    /// Verbs of denial: denied, rejected, dismissed.
    Deny,
    /// Verbs of taking a side for something: supports, endorsed.
    Support,
    /// Verbs of taking a side against something: opposes, opposed.
    Oppose,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    pub lemma: ListWord,
    pub class: VerbClass,
}

impl VerbClass {
    /// Whether the verb takes a side ("supports", "opposed"): it tells of no words said.
    pub fn is_side(self) -> bool {
        matches!(self, VerbClass::Support | VerbClass::Oppose)
    }

    /// The stance of a claim a verb of the class reports.
    pub fn stance(self) -> Stance {
        match self {
            VerbClass::Deny => Stance::Deny,
            VerbClass::Support => Stance::Support,
            VerbClass::Oppose => Stance::Oppose,
            _ => Stance::Assert,
        }
    }
}

impl Verb {
    pub fn stance(&self) -> Stance {
        self.class.stance()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityClass {
    Person,
    Org,
    Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleNoun {
    pub class: EntityClass,
    pub gender: Option<Gender>,
}

/// Countries with their names, seats of government and demonyms.
/// Countries with their names, seats of government and demonyms.
#[derive(Debug)]
pub struct Countries {
    /// Each country's name as written.
    pub canonical: &'static [&'static str],
    /// Every name and variant (folded, without a leading "the") to its country.
    pub by_name: WordTable<u16>,
    /// Capitals and seats of government ("washington", "kremlin").
    pub by_seat: WordTable<u16>,
    pub by_demonym: WordTable<u16>,
    /// Longest entry in words, to bound phrase lookups.
    pub max_words: usize,
}

impl Countries {
    /// The country a phrase names, as a name, a seat or a demonym.
    pub fn lookup(&self, phrase: &str) -> Option<usize> {
        // A short ASCII phrase, most of those asked (every capitalised word of a speaker's
        // description), is folded on the stack: no string is made for it.
        let mut ascii = [0u8; 32];
        let folded = match ascii.get_mut(..phrase.len()) {
            Some(buf) if phrase.is_ascii() => {
                buf.copy_from_slice(phrase.as_bytes());
                buf.make_ascii_lowercase();
                Cow::Borrowed(std::str::from_utf8(buf).expect("ASCII"))
            }
            _ => folded(phrase),
        };
        let key = folded.strip_prefix("the ").unwrap_or(&folded);
        self.by_name
            .get(key)
            .or_else(|| self.by_seat.get(key))
            .or_else(|| self.by_demonym.get(key))
            .map(|&c| usize::from(c))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseCue {
    /// "according to X": the source follows.
    SourceAfter,
    /// A verb phrase: "told reporters", "pointed out".
    Verb,
    /// A frame around a statement: "in a statement".
    Frame,
    /// A phrasal denial: "ruled out", "brushed aside".
    Deny,
}

/// The parser's word lists.
/// The parser's word lists.
#[derive(Debug)]
pub struct AttributionLexicon {
    /// Every word that a verb list, the quotation verbs or the noun-like forms hold or that a
    /// multi-word entry uses, to its entry in `cue_words`: the cue finder looks each word up
    /// once, not once a list, and compares phrases by entry number.
    pub cue_index: WordTable<CueId>,
    pub cue_words: &'static [CueWord],
    /// Every multi-word entry (cue phrases, doubt cues, non-statements) grouped by its first
    /// word: a [`CueWord`] holds the range of its group.
    phrases: &'static [Phrase],
    /// The words of every multi-word entry, as `cue_index` numbers.
    phrase_ids: &'static [CueId],
}

/// A multi-word entry: its kind, and where its words' numbers are in `phrase_ids`.
#[derive(Debug, Clone, Copy)]
struct Phrase {
    kind: PhraseKind,
    len: u8,
    at: u32,
}

// The countries, role nouns and agencies are lists of their own, built on first use: an
// article without a capitalised mention needs none of them.
impl AttributionLexicon {
    pub fn countries(&self) -> &'static Countries {
        countries()
    }

    pub fn roles(&self) -> &'static WordTable<RoleNoun> {
        roles()
    }

    /// Folded name or variant of a news agency or outlet to its canonical name.
    pub fn agencies(&self) -> &'static WordTable<ListWord> {
        agencies()
    }

    /// What the verb lists say about a folded word.
    #[inline]
    pub fn verb(&self, word: &str) -> Option<&Verb> {
        let &id = self.cue_index.get(word)?;
        self.cue_words[id as usize].verb.as_ref()
    }

    /// Whether a verb list holds a folded word as a verb of saying, opinion, belief or
    /// denial (a verb of taking a side, "supported", tells of no words said).
    #[inline]
    pub fn is_verb(&self, word: &str) -> bool {
        self.verb(word).is_some_and(|v| !v.class.is_side())
    }

    /// Whether a folded word is a verb of saying, opinion, belief or denial, or of wanting
    /// something done ("want", "intend": `infinitive_side_verbs.txt`): a negation before
    /// one is the speaker's stance, not the negation of what follows ("does not want to
    /// admit it", "did not say").
    #[inline]
    pub fn passes_negation_on(&self, word: &str) -> bool {
        self.verb(word)
            .is_some_and(|v| !v.class.is_side() || INFINITIVE_SIDE_VERBS.contains(v.lemma.as_str()))
    }

    /// The multi-word entries that start with a cue word, each with the `cue_index` numbers
    /// of its words (the first is the word itself): cue phrases, then doubt cues, then
    /// non-statements, each list in file order. The cue finder takes the longest that
    /// matches, so "said in a statement" wins over "in a statement".
    pub fn phrases_of<'a>(
        &'a self,
        word: &CueWord,
    ) -> impl Iterator<Item = (PhraseKind, &'a [CueId])> + 'a {
        let (from, to) = word.phrases;
        self.phrases[usize::from(from)..usize::from(to)]
            .iter()
            .map(|p| {
                let at = p.at as usize;
                (p.kind, &self.phrase_ids[at..at + usize::from(p.len)])
            })
    }
}
/// See [`AttributionLexicon::countries`].
pub fn countries() -> &'static Countries {
    &COUNTRIES
}

/// See [`AttributionLexicon::roles`].
pub fn roles() -> &'static WordTable<RoleNoun> {
    &ROLES
}

/// See [`AttributionLexicon::agencies`].
pub fn agencies() -> &'static WordTable<ListWord> {
    &AGENCIES
}

/// The number of a word in `AttributionLexicon::cue_index`. Two bytes: the parser keeps one
/// for every token of an article, and the lists hold a few thousand words.
pub type CueId = u16;

/// What the lists that find cues say about one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueWord {
    pub verb: Option<Verb>,
    /// The multi-word entries that start with the word, as a range of the lexicon's: see
    /// [`AttributionLexicon::phrases_of`].
    phrases: (u16, u16),
    /// A bit for the second word of each of those entries ([`store::second_word_bit`]), all
    /// bits when one is the word alone: see [`CueWord::may_open_phrase`].
    phrase_seconds: u64,
    /// Lemma, when the word attributes only a quotation next to it.
    pub quote_verb: Option<ListWord>,
    pub noun_like: bool,
    /// A noun of saying whose owner speaks ("claim", "warning": `claim_nouns.txt`,
    /// `pledge_nouns.txt`).
    pub nominal: bool,
}

impl CueWord {
    /// Whether a multi-word entry that starts with this word may go on with the word of
    /// number `next` (`CueId::MAX` for a word no list holds): when not, none of them matches,
    /// and the cue finder passes over them without reading them ("in" opens 54).
    #[inline]
    pub fn may_open_phrase(&self, next: CueId) -> bool {
        self.phrase_seconds & store::second_word_bit(next) != 0
    }
}

/// Which list a multi-word entry is from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    /// A cue phrase (`cue_phrases.txt`, `deny_phrases.txt`), of its kind.
    Cue(PhraseCue),
    /// A cue of doubt ("cast doubt on").
    Doubt,
    /// A formula that says nothing was claimed ("declined to comment").
    NonStatement,
}

/// Whether an affiliation is a party's members, as a party tag gives it ("Democrats"; see
/// `data/lexicon/party_tags.txt`).
pub fn is_party(affiliation: &str) -> bool {
    PARTY_TAGS.iter().any(|entry| {
        entry
            .get(1)
            .is_some_and(|p| p.eq_ignore_ascii_case(affiliation))
    })
}

/// The gender a folded first name says ("hillary": female; "jordan": none), from
/// `data/lexicon/first_names.tsv` (US Census 1990 first names).
pub fn first_name_gender(word: &str) -> Option<Gender> {
    FIRST_NAMES.get(word).copied().flatten()
}

/// Whether a folded word is a first name of the list, of either gender or both.
pub fn is_first_name(word: &str) -> bool {
    FIRST_NAMES.contains_key(word)
}

/// The parser's lists.
pub fn attribution() -> &'static AttributionLexicon {
    &ATTRIBUTION
}

/// The matcher's word lists.
#[derive(Debug)]
pub struct MatcherLexicon {
    /// Folded word to the number of its synonym group (its line).
    pub synonyms: WordTable<u32>,
    /// Antonym pairs as listed, one way round (the stem index looks them up).
    pub antonyms: &'static [(ListWord, ListWord)],
    pub negations: WordList,
    pub weak_negations: WordList,
    pub contrast: WordTable<bool>,
    /// Irregular inflected form to its base: "told" -> "tell", "children" -> "child".
    pub irregular: WordTable<ListWord>,
    /// Nouns whose final "e" the stemmer keeps: without it they are another word ("aide"
    /// and "aid"). Generated by `scripts/lexicon/build_keep_final_e.py`.
    pub keep_final_e: WordList,
}

impl MatcherLexicon {
    /// Whether the stemmer keeps the final "e" of `stem` ("aide", not "aid").
    pub fn keeps_final_e(&self, stem: &str) -> bool {
        self.keep_final_e.contains(stem)
    }

    pub fn is_negation(&self, w: &str) -> bool {
        self.negations.contains(w) || w.ends_with("n't")
    }
}
/// The matcher's lists.
pub fn matcher() -> &'static MatcherLexicon {
    &MATCHER
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_possessive_trims_as_trim_end_matches_does() {
        for w in [
            "Ruiz's", "Ruiz’s", "boss's's", "s's’s", "’s's", "'s", "s", "Ana", "", "it’s's",
        ] {
            assert_eq!(
                without_possessive(w),
                w.trim_end_matches("'s").trim_end_matches("’s"),
                "{w}"
            );
        }
    }

    impl Text {
        /// The meaningful lines of the text.
        fn lines(self) -> impl Iterator<Item = &'static str> {
            data_lines(self.text())
        }

        /// The lines of a file as written and folded, side by side.
        fn folded_lines(self, folded: Text) -> impl Iterator<Item = (&'static str, &'static str)> {
            self.lines().zip(folded.lines())
        }
    }

    #[test]
    fn first_names_say_a_gender_unless_shared() {
        assert_eq!(first_name_gender("michael"), Some(Gender::Male));
        assert_eq!(first_name_gender("hillary"), Some(Gender::Female));
        assert_eq!(first_name_gender("jordan"), None);
        assert_eq!(first_name_gender("harbour"), None);
    }

    #[test]
    fn every_first_name_of_the_file_is_found_with_its_gender() {
        for line in Text::FirstNames.lines() {
            let (name, gender) = line.split_once('\t').unwrap();
            let gender = match gender.trim_ascii() {
                "m" => Some(Gender::Male),
                "f" => Some(Gender::Female),
                _ => None,
            };
            assert!(is_first_name(name), "{name}");
            assert_eq!(first_name_gender(name), gender, "{name}");
        }
    }

    #[test]
    fn data_texts_are_their_files() {
        // Each file's first line names it: the texts are in the order of the files.
        for &(file, path) in DATA_FILES {
            let name = path.rsplit('/').next().unwrap();
            let first = file.text().lines().next().unwrap();
            assert!(first.starts_with(&format!("# {name}")), "{file:?}: {first}");
        }
    }

    #[test]
    fn data_files_are_folded_ascii_as_written() {
        // The lists borrow their words from the files as they are: an entry written in upper
        // case or with ’ would never match. (Put a list that needs either among compile.rs's
        // FOLDED and build it from `folded_lines`.)
        for &(file, _) in DATA_FILES {
            if FOLDED_FILES.iter().any(|&(f, _)| f == file) {
                continue;
            }
            for line in file.lines() {
                assert!(line.is_ascii(), "{file:?}: {line:?} is not ASCII");
                assert_eq!(fold(line), line, "{file:?}: {line:?} is not folded");
            }
        }
    }

    #[test]
    fn data_files_have_only_ascii_whitespace() {
        // So the ASCII trims and splits the lists are read with are the Unicode ones.
        for &(file, _) in DATA_FILES {
            for c in file.text().chars().filter(|c| c.is_whitespace()) {
                assert!(matches!(c, ' ' | '\t' | '\n'), "{file:?}: {c:?}");
            }
        }
    }

    #[test]
    fn folded_files_keep_their_lines() {
        for &(file, folded) in FOLDED_FILES {
            assert_eq!(folded.text(), fold(file.text()), "{file:?}");
            let ours: Vec<(&str, &str)> = file.folded_lines(folded).collect();
            assert_eq!(ours.len(), file.lines().count(), "{file:?}");
            for (line, folded) in ours {
                assert_eq!(fold(line), folded, "{file:?}");
            }
        }
    }

    #[test]
    fn list_words_are_their_text() {
        assert_eq!(std::mem::size_of::<ListWord>(), 4);
        let (word, value) = matcher().contrast.iter().next().unwrap();
        let first = Text::ContrastMarkers.lines().next().unwrap();
        assert!(first.starts_with(word.as_str()));
        assert_eq!(matcher().contrast.get(word.as_str()), Some(value));
        let shorter = &word.as_str()[..word.as_str().len() - 1];
        assert_ne!(matcher().contrast.get(shorter), Some(value));
    }

    #[test]
    fn tables_find_every_word_they_hold_and_no_other() {
        let m = matcher();
        for (word, group) in m.synonyms.iter() {
            assert_eq!(m.synonyms.get(word.as_str()), Some(group), "{word}");
            let longer = format!("{word}q");
            assert_eq!(m.synonyms.get(&longer), None, "{longer}");
        }
        assert!(!STOPWORDS.contains(""));
        assert!(!m.weak_negations.is_empty());
    }

    /// Every multi-word entry of the cue lists as (kind, text), in file order, read here
    /// independently of the builder.
    fn multi_word_entries() -> Vec<(PhraseKind, &'static str)> {
        let mut out = Vec::new();
        let file = |text: Text| text.text();
        for line in file(Text::CuePhrases)
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            let (phrase, kind) = line.split_once('\t').unwrap_or((line, ""));
            let kind = match kind.split('\t').next().unwrap().trim() {
                "source_after" => PhraseCue::SourceAfter,
                "frame" => PhraseCue::Frame,
                _ => PhraseCue::Verb,
            };
            out.push((PhraseKind::Cue(kind), phrase.trim()));
        }
        for line in file(Text::DenyPhrases)
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            let phrase = line.split('\t').next().unwrap().trim();
            out.push((PhraseKind::Cue(PhraseCue::Deny), phrase));
        }
        out.retain(|(_, p)| p.split_whitespace().count() > 1);
        for (name, kind) in [
            (Text::DoubtCues, PhraseKind::Doubt),
            (Text::NonStatements, PhraseKind::NonStatement),
        ] {
            for line in file(name).lines().filter(|l| !l.starts_with('#')) {
                let phrase = line.split("\t#").next().unwrap().trim();
                if !phrase.is_empty() {
                    out.push((kind, phrase));
                }
            }
        }
        out
    }

    #[test]
    fn every_multi_word_entry_is_found_from_its_first_word_in_file_order() {
        let a = attribution();
        let entries = multi_word_entries();
        assert!(entries.len() > 900);
        for (first, &id) in a.cue_index.iter() {
            let expected: Vec<(PhraseKind, Vec<CueId>)> = entries
                .iter()
                .filter(|(_, p)| p.split_whitespace().next() == Some(first.as_str()))
                .map(|(kind, p)| {
                    let ids = p.split_whitespace().map(|w| a.cue_index.get(w).copied());
                    (*kind, ids.collect::<Option<Vec<_>>>().unwrap())
                })
                .collect();
            let found: Vec<(PhraseKind, Vec<CueId>)> = a
                .phrases_of(&a.cue_words[id as usize])
                .map(|(kind, ids)| (kind, ids.to_vec()))
                .collect();
            assert_eq!(found, expected, "{first:?}");
        }
    }

    #[test]
    fn a_multi_word_entry_may_open_before_its_second_word() {
        let a = attribution();
        for (first, &id) in a.cue_index.iter() {
            let word = &a.cue_words[id as usize];
            for (_, ids) in a.phrases_of(word) {
                let next = ids.get(1).copied().unwrap_or(CueId::MAX);
                assert!(word.may_open_phrase(next), "{first:?} {ids:?}");
                if ids.len() == 1 {
                    assert_eq!(word.phrase_seconds, u64::MAX, "{first:?}");
                }
            }
        }
    }

    #[test]
    fn word_maps_find_their_keys() {
        let mut map: WordMap<String, usize> = WordMap::default();
        for (i, w) in ["said", "says", "saying", "a", "", "according to"]
            .iter()
            .enumerate()
        {
            map.insert(w.to_string(), i);
        }
        assert_eq!(map.get("saying"), Some(&2));
        assert_eq!(map.get(""), Some(&4));
        assert_eq!(map.get("according to"), Some(&5));
        assert_eq!(map.get("sai"), None);
    }

    #[test]
    fn fold_lowercases_and_folds_apostrophes() {
        assert_eq!(fold("Russia’s"), "russia's");
        assert_eq!(fold("DON’T"), "don't");
    }

    #[test]
    fn countries_resolve_names_seats_and_demonyms() {
        let c = countries();
        let tr = c.lookup("Turkey").unwrap();
        assert_eq!(c.canonical[tr], "Türkiye");
        assert_eq!(c.lookup("ankara"), Some(tr));
        assert_eq!(c.lookup("Turkish"), Some(tr));
        assert_eq!(c.lookup("Türkiye"), Some(tr));
        let us = c.lookup("the United States").unwrap();
        assert_eq!(c.canonical[us], "United States");
        assert_eq!(c.lookup("White House"), Some(us));
        assert_eq!(c.lookup("Narnia"), None);
        assert!(c.max_words >= 5, "names run to several words");
    }

    #[test]
    fn phrase_words_are_words() {
        // The parser numbers only word tokens: a phrase word of punctuation alone would
        // never match.
        for (_, phrase) in multi_word_entries() {
            for w in phrase.split_whitespace() {
                assert!(w.chars().any(char::is_alphanumeric), "{w:?}");
            }
        }
    }

    #[test]
    fn shipped_lists_are_not_empty() {
        let a = attribution();
        assert!(a.verb("said").is_some_and(|v| v.lemma.as_str() == "say"));
        assert!(a.verb("denied").is_some_and(|v| v.class == VerbClass::Deny));
        assert!(a.countries().canonical.len() > 150);
        let m = matcher();
        assert!(m.is_negation("not"));
        assert!(!STOPWORDS.is_empty());
    }
}
