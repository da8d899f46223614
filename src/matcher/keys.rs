//! Topic keys: each word's stem or synonym group, interned, so that comparing claims compares
//! numbers, not strings.

use super::profile::{listed_topic, may_be_topic};
use super::vectors;
use super::words::{KeyText, Quantity, StemIndex, Word, key_text, stem_of};
use crate::lexicon::{self, MatcherLexicon, WordMap};

/// A topic key, interned: comparing claims compares numbers, not strings. Numbers are kept
/// from one article to the next on a thread (see [`KEYS`]) and mean nothing in themselves:
/// no result depends on their order.
pub(in crate::matcher) type Key = u32;

/// The topic keys met so far on this thread, interned, with what the matcher needs to know
/// of each.
pub(in crate::matcher) struct Keys {
    /// Stems and figures ("#34 percent") to their key.
    pub(in crate::matcher) ids: WordMap<String, Key>,
    /// Synonym groups to their key.
    pub(in crate::matcher) groups: WordMap<usize, Key>,
    /// Folded word to what the lists say of it and, once it was a topic word, its key: a
    /// word met again skips the lists and stemming. Only words [`may_be_topic`] lets through
    /// are kept, and all but a few list words are topic words, so `keyed` bounds its size.
    by_word: WordMap<String, WordFacts>,
    /// How many words of `by_word` have their key.
    pub(in crate::matcher) keyed: usize,
    /// The key is a synonym group ("contract ≈ agreement"), not a single stem.
    pub(in crate::matcher) group: Vec<bool>,
    /// A word with an opposite ("rise", "fall"): any figure can take it.
    pub(in crate::matcher) changeable: Vec<bool>,
}

impl Default for Keys {
    /// Room for the words and keys of an article or two: grown from empty, the maps were
    /// rehashed some ten times in a one-article run.
    fn default() -> Self {
        Keys {
            ids: WordMap::with_capacity_and_hasher(1024, Default::default()),
            groups: WordMap::with_capacity_and_hasher(256, Default::default()),
            by_word: WordMap::with_capacity_and_hasher(1024, Default::default()),
            keyed: 0,
            group: Vec::with_capacity(1024),
            changeable: Vec::with_capacity(1024),
        }
    }
}

/// What a word of an article is to the matcher, worked out once per article.
#[derive(Clone, Copy)]
pub(in crate::matcher) struct WordKey {
    pub(in crate::matcher) key: Key,
    /// The number of its stem when it has an antonym.
    pub(in crate::matcher) opposable: Option<u32>,
    /// Its place among the word vectors, if it has one.
    pub(in crate::matcher) vector: Option<u32>,
}

/// What the lists say of a folded word that [`may_be_topic`] lets through, and its key once
/// it was met as a topic word.
#[derive(Clone, Copy)]
struct WordFacts {
    /// See [`listed_topic`].
    listed_topic: bool,
    /// A month or a day: no topic word when capitalized ("March").
    calendar: bool,
    negation: bool,
    key: Option<WordKey>,
}

/// What the matcher needs of a word of a claim, read once.
#[derive(Clone, Copy)]
pub(in crate::matcher) struct WordInfo {
    /// Its key when it is a topic word ([`super::profile::is_topic_word`]).
    pub(in crate::matcher) key: Option<WordKey>,
    /// Whether it is a negation ([`MatcherLexicon::is_negation`]).
    pub(in crate::matcher) negation: bool,
}

impl Keys {
    /// What the matcher needs of word `w`: [`super::profile::is_topic_word`], its key when it
    /// is one ([`Keys::of_word`]), and whether it negates, from one lookup of the folded
    /// word once it was met before.
    pub(in crate::matcher) fn word(
        &mut self,
        w: &Word,
        lex: &MatcherLexicon,
        index: &StemIndex,
    ) -> WordInfo {
        let lower: &str = &w.lower;
        if !may_be_topic(lower) {
            return WordInfo {
                key: None,
                negation: lex.is_negation(lower),
            };
        }
        let facts = match self.by_word.get(lower) {
            Some(&f) => f,
            None => {
                let f = WordFacts {
                    listed_topic: listed_topic(lower, lex),
                    calendar: lexicon::CALENDAR.contains(lower),
                    negation: lex.is_negation(lower),
                    key: None,
                };
                self.by_word.insert(lower.to_string(), f);
                f
            }
        };
        let topic = facts.listed_topic && !(w.capitalized && facts.calendar);
        let key = match facts.key {
            Some(k) => topic.then_some(k),
            None if topic => Some(self.new_word_key(lower, lex, index)),
            None => None,
        };
        WordInfo {
            key,
            negation: facts.negation,
        }
    }

    /// Works out the key of a topic word met for the first time and keeps it.
    fn new_word_key(&mut self, lower: &str, lex: &MatcherLexicon, index: &StemIndex) -> WordKey {
        let key = self.id(key_text(lower, lex, index), index);
        // Only words with an antonym need their stem kept.
        let opposable = if index.may_oppose(lower) {
            index.opposable(&stem_of(lower, lex).text())
        } else {
            None
        };
        let vector = vectors::find(lower).map(|k| k as u32);
        let k = WordKey {
            key,
            opposable,
            vector,
        };
        if let Some(f) = self.by_word.get_mut(lower) {
            f.key = Some(k);
        }
        self.keyed += 1;
        k
    }

    pub(in crate::matcher) fn push(&mut self, group: bool, changeable: bool) -> Key {
        let id = self.group.len() as Key;
        self.group.push(group);
        self.changeable.push(changeable);
        id
    }

    pub(in crate::matcher) fn id(&mut self, key: KeyText, index: &StemIndex) -> Key {
        match key {
            KeyText::Group(g) => {
                if let Some(&id) = self.groups.get(&g) {
                    return id;
                }
                let id = self.push(true, index.is_changeable(&key));
                self.groups.insert(g, id);
                id
            }
            KeyText::Stem(ref s) => {
                if let Some(&id) = self.ids.get(s.as_ref()) {
                    return id;
                }
                let id = self.push(false, index.is_changeable(&key));
                self.ids.insert(s.clone().into_owned(), id);
                id
            }
        }
    }

    /// The key of a figure with a unit: claims citing the same figure share it.
    pub(in crate::matcher) fn figure(&mut self, q: &Quantity) -> Key {
        let key = format!("#{} {}", q.value, q.unit);
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = self.push(false, false);
        self.ids.insert(key, id);
        id
    }

    /// The key of a topic word ([`super::profile::is_topic_word`]), and its antonym number.
    pub(in crate::matcher) fn of_word(
        &mut self,
        w: &Word,
        lex: &MatcherLexicon,
        index: &StemIndex,
    ) -> WordKey {
        self.word(w, lex, index)
            .key
            .expect("of_word is asked only of topic words")
    }

    pub(in crate::matcher) fn is_group(&self, k: Key) -> bool {
        self.group[k as usize]
    }

    pub(in crate::matcher) fn is_changeable(&self, k: Key) -> bool {
        self.changeable[k as usize]
    }
}

/// Keys with the index of their first word, sorted by key for merge joins and lookups.
#[derive(Default)]
pub(in crate::matcher) struct KeyMap(pub(in crate::matcher) Vec<(Key, usize)>);

impl KeyMap {
    /// From (key, word index) pairs in word order, keeping each key's first word.
    pub(in crate::matcher) fn from_pairs(mut pairs: Vec<(Key, usize)>) -> Self {
        pairs.sort_by_key(|p| p.0);
        pairs.dedup_by_key(|p| p.0);
        KeyMap(pairs)
    }

    pub(in crate::matcher) fn get(&self, k: &Key) -> Option<&usize> {
        self.0
            .binary_search_by_key(k, |p| p.0)
            .ok()
            .map(|i| &self.0[i].1)
    }

    pub(in crate::matcher) fn contains_key(&self, k: &Key) -> bool {
        self.get(k).is_some()
    }

    pub(in crate::matcher) fn keys(&self) -> impl Iterator<Item = &Key> {
        self.0.iter().map(|p| &p.0)
    }

    pub(in crate::matcher) fn iter(&self) -> impl Iterator<Item = (&Key, &usize)> {
        self.0.iter().map(|p| (&p.0, &p.1))
    }
}

impl std::ops::Index<&Key> for KeyMap {
    type Output = usize;
    fn index(&self, k: &Key) -> &usize {
        self.get(k).expect("key of this map")
    }
}
