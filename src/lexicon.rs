//! Word lists compiled into the binary from `data/`, parsed once on first use.
//!
//! The parser's lists and the matcher's lists are built separately so a run pays only for
//! what it needs. Every lookup key is lower case with typographic apostrophes folded to `'`.

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::model::Stance;

/// A hash map keyed by words, hashed with [`WordHasher`].
pub type WordMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A hash set of words, hashed with [`WordHasher`].
pub type WordSet<K> = std::collections::HashSet<K, BuildHasherDefault<WordHasher>>;

/// A fast, unkeyed hash for the word lists (the multiply-rotate hash of rustc's `FxHasher`).
///
/// The lists are looked up once or more for every word of every article, and std's keyed
/// SipHash took a tenth of the pipeline's time. A keyed hash guards tables that an attacker
/// fills; these tables are filled only from `data/` at build time, and article words are only
/// looked up, which no choice of words can make slower than the fixed tables' longest probe.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        // The last 1 to 7 bytes, read with fixed-size loads (which may overlap): copying them
        // into a buffer was a call to memcpy for every word looked up. `str` hashes end with a
        // 0xff byte, so words of different lengths still hash apart.
        let rest = chunks.remainder();
        let n = rest.len();
        if n >= 4 {
            let lo = u32::from_le_bytes(rest[..4].try_into().expect("4 bytes"));
            let hi = u32::from_le_bytes(rest[n - 4..].try_into().expect("4 bytes"));
            self.add(u64::from(lo) | u64::from(hi) << 32);
        } else if n > 0 {
            let v = u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16;
            self.add(v);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // The table picks buckets with the low bits: bring the well-mixed high bits down.
        self.0.rotate_left(26)
    }
}

/// Lower case with ’ folded to ', the form every list is keyed by.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// Appends the folded form of `word` (see [`fold`]) to `out`, without allocating when `out`
/// has room.
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let from = out.len();
        out.push_str(word);
        out[from..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '’' | 'ʼ' | '‘' => out.push('\''),
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// Meaningful lines of a data file: comments (`#`) and blank lines dropped, and any trailing
/// `\t# ...` annotation cut off.
pub fn data_lines(file: &str) -> impl Iterator<Item = &str> {
    file.lines().filter_map(|line| {
        // Bytes, not chars: the files' whitespace and markers are ASCII, and a character
        // search and Unicode trims per line were a tenth of start-up.
        let bytes = line.as_bytes();
        let end = bytes
            .windows(2)
            .position(|w| w == b"\t#")
            .unwrap_or(bytes.len());
        let line = line[..end].trim_ascii_end();
        let start = line.trim_ascii_start();
        if start.is_empty() || start.starts_with('#') {
            None
        } else {
            Some(line)
        }
    })
}

/// How many times `byte` occurs in `file`: an upper bound on a list's entries, to size its
/// table once (growing the tables was a twentieth of start-up).
fn count(file: &str, byte: u8) -> usize {
    file.bytes().filter(|&b| b == byte).count()
}

/// An upper bound on the entries of a file of one word per line or of `sep`-separated words.
fn entries(file: &str, sep: u8) -> usize {
    count(file, b'\n') + if sep == b'\n' { 0 } else { count(file, sep) }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    /// Verbs of saying: said, argued, insisted.
    Speech,
    /// Verbs of belief or intention: believes, wants; attributions, but weaker.
    Belief,
    /// Verbs of denial: denied, rejected, dismissed.
    Deny,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    pub lemma: String,
    pub class: VerbClass,
}

impl Verb {
    pub fn stance(&self) -> Stance {
        match self.class {
            VerbClass::Deny => Stance::Deny,
            _ => Stance::Assert,
        }
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
#[derive(Debug, Default)]
pub struct Countries {
    pub canonical: Vec<String>,
    /// Every name and variant (folded, without a leading "the") to its country.
    pub by_name: WordMap<String, usize>,
    /// Capitals and seats of government ("washington", "kremlin").
    pub by_seat: WordMap<String, usize>,
    pub by_demonym: WordMap<String, usize>,
    /// Longest entry in words, to bound phrase lookups.
    pub max_words: usize,
}

impl Countries {
    fn parse(file: &str) -> Self {
        let mut c = Countries::default();
        let n = entries(file, b'|');
        c.by_name.reserve(n);
        c.by_seat.reserve(n / 2);
        c.by_demonym.reserve(n / 2);
        for line in data_lines(file) {
            let fields: Vec<&str> = line.split('\t').collect();
            let Some(name) = fields.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
                continue;
            };
            let idx = c.canonical.len();
            c.canonical.push(name.to_string());
            // One buffer for every name: a key is allocated only when it is new.
            let mut folded = String::new();
            let mut add = |map: &mut WordMap<String, usize>, s: &str| {
                folded.clear();
                fold_into(s.trim(), &mut folded);
                let key = folded.strip_prefix("the ").unwrap_or(&folded);
                if key.is_empty() {
                    return;
                }
                let words = 1 + key.bytes().filter(|&b| b == b' ').count();
                c.max_words = c.max_words.max(words);
                if !map.contains_key(key) {
                    map.insert(key.to_string(), idx);
                }
            };
            add(&mut c.by_name, name);
            for (field, map) in [
                (1, &mut c.by_name),
                (2, &mut c.by_seat),
                (3, &mut c.by_demonym),
            ] {
                if let Some(list) = fields.get(field) {
                    for item in list.split('|') {
                        add(map, item);
                    }
                }
            }
        }
        c
    }

    /// The country a phrase names, as a name, a seat or a demonym.
    pub fn lookup(&self, phrase: &str) -> Option<usize> {
        let folded = fold(phrase);
        let key = folded.strip_prefix("the ").unwrap_or(&folded);
        self.by_name
            .get(key)
            .or_else(|| self.by_seat.get(key))
            .or_else(|| self.by_demonym.get(key))
            .copied()
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
#[derive(Debug, Default)]
pub struct AttributionLexicon {
    pub verbs: WordMap<String, Verb>,
    /// Multi-word cues, as folded word sequences.
    pub phrases: Vec<(Vec<String>, PhraseCue)>,
    pub doubt: Vec<Vec<String>>,
    pub titles: WordSet<String>,
    pub hedges: WordSet<String>,
    pub non_statements: Vec<Vec<String>>,
    /// Verb forms that are as often nouns ("states", "claims"): verbs only in clear contexts.
    pub noun_like: WordSet<String>,
    /// Verbs that attribute only a quotation that follows at once ("she continued, “…”").
    pub quote_verbs: WordMap<String, String>,
    /// First word of every multi-word list above to its entries, for one lookup per token.
    pub first_words: WordMap<String, Vec<PhraseRef>>,
    /// Every word that `verbs`, `quote_verbs` or `noun_like` holds or that a multi-word entry
    /// uses, to its entry in `cue_words`: the cue finder looks each word up once, not once a
    /// list, and compares phrases by entry number.
    pub cue_index: WordMap<String, CueId>,
    pub cue_words: Vec<CueWord>,
}

// The countries, role nouns and agencies are lists of their own, built on first use, so
// that another thread can build them while this one builds the rest of the parser's lists.
impl AttributionLexicon {
    pub fn countries(&self) -> &'static Countries {
        countries()
    }

    pub fn roles(&self) -> &'static WordMap<String, RoleNoun> {
        roles()
    }

    /// Folded name or variant of a news agency or outlet to its canonical name.
    pub fn agencies(&self) -> &'static WordMap<String, String> {
        agencies()
    }
}

/// See [`AttributionLexicon::countries`].
pub fn countries() -> &'static Countries {
    static COUNTRIES: OnceLock<Countries> = OnceLock::new();
    COUNTRIES.get_or_init(|| Countries::parse(include_str!("../data/countries.tsv")))
}

/// See [`AttributionLexicon::roles`].
pub fn roles() -> &'static WordMap<String, RoleNoun> {
    static ROLES: OnceLock<WordMap<String, RoleNoun>> = OnceLock::new();
    ROLES.get_or_init(|| {
        let file = include_str!("../data/lexicon/role_nouns.txt");
        let mut roles = WordMap::default();
        roles.reserve(entries(file, b'\n'));
        for line in data_lines(file) {
            let fields: Vec<&str> = line.split('\t').collect();
            let class = match fields.get(1).map(|s| s.trim()) {
                Some("org") => EntityClass::Org,
                Some("group") => EntityClass::Group,
                _ => EntityClass::Person,
            };
            let gender = match fields.get(2).map(|s| s.trim()) {
                Some("m") => Some(Gender::Male),
                Some("f") => Some(Gender::Female),
                _ => None,
            };
            roles.insert(fold(fields[0].trim()), RoleNoun { class, gender });
        }
        roles
    })
}

/// See [`AttributionLexicon::agencies`].
pub fn agencies() -> &'static WordMap<String, String> {
    static AGENCIES: OnceLock<WordMap<String, String>> = OnceLock::new();
    AGENCIES.get_or_init(|| {
        let file = include_str!("../data/lexicon/news_agencies.txt");
        let mut agencies = WordMap::default();
        agencies.reserve(entries(file, b'|'));
        for line in data_lines(file) {
            let mut names = line.split('|').map(str::trim).filter(|s| !s.is_empty());
            let Some(canonical) = names.next() else {
                continue;
            };
            agencies.insert(fold(canonical), canonical.to_string());
            for variant in names {
                agencies.insert(fold(variant), canonical.to_string());
            }
        }
        agencies
    })
}

/// The number of a word in `AttributionLexicon::cue_index`. Two bytes: the parser keeps one
/// for every token of an article, and the lists hold a few thousand words.
pub type CueId = u16;

/// What the lists that find cues say about one word.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CueWord {
    pub verb: Option<Verb>,
    /// The multi-word entries that start with the word, as in `first_words`, each with the
    /// `cue_index` numbers of its words.
    pub phrases: Vec<(PhraseRef, Vec<CueId>)>,
    /// Lemma, when the word attributes only a quotation next to it.
    pub quote_verb: Option<String>,
    pub noun_like: bool,
}

/// Where a multi-word entry lives: which list, and its index there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseRef {
    Cue(usize),
    Doubt(usize),
    NonStatement(usize),
}

fn words_of(s: &str) -> Vec<String> {
    s.split_whitespace().map(fold).collect()
}

fn add_verbs(map: &mut WordMap<String, Verb>, file: &str, class: VerbClass) {
    for line in data_lines(file) {
        let mut forms = line.split_whitespace();
        let Some(lemma) = forms.next() else { continue };
        let lemma = fold(lemma);
        for form in std::iter::once(lemma.as_str()).chain(forms) {
            map.entry(fold(form)).or_insert_with(|| Verb {
                lemma: lemma.clone(),
                class,
            });
        }
    }
}

impl AttributionLexicon {
    fn build() -> Self {
        let mut lex = AttributionLexicon::default();
        // Denial first so that a verb listed in both keeps its stronger reading.
        let verbs = [
            (
                include_str!("../data/lexicon/deny_verbs.txt"),
                VerbClass::Deny,
            ),
            (
                include_str!("../data/lexicon/speech_verbs.txt"),
                VerbClass::Speech,
            ),
            (
                include_str!("../data/lexicon/belief_verbs.txt"),
                VerbClass::Belief,
            ),
        ];
        lex.verbs
            .reserve(verbs.iter().map(|(f, _)| entries(f, b' ')).sum());
        for (file, class) in verbs {
            add_verbs(&mut lex.verbs, file, class);
        }
        for line in data_lines(include_str!("../data/lexicon/cue_phrases.txt")) {
            let mut parts = line.split('\t');
            let phrase = parts.next().unwrap_or("");
            let kind = match parts.next().map(str::trim) {
                Some("source_after") => PhraseCue::SourceAfter,
                Some("frame") => PhraseCue::Frame,
                _ => PhraseCue::Verb,
            };
            let words = words_of(phrase);
            if words.len() > 1 {
                lex.phrases.push((words, kind));
            }
        }
        for line in data_lines(include_str!("../data/lexicon/deny_phrases.txt")) {
            let words = words_of(line.split('\t').next().unwrap_or(""));
            if words.len() > 1 {
                lex.phrases.push((words, PhraseCue::Deny));
            }
        }
        for line in data_lines(include_str!("../data/lexicon/doubt_cues.txt")) {
            let words = words_of(line);
            if !words.is_empty() {
                lex.doubt.push(words);
            }
        }
        lex.titles = one_word_lines(include_str!("../data/lexicon/titles.txt"));
        let quote_verbs = include_str!("../data/lexicon/quote_verbs.txt");
        lex.quote_verbs.reserve(entries(quote_verbs, b' '));
        for line in data_lines(quote_verbs) {
            let mut forms = line.split_whitespace();
            let Some(lemma) = forms.next().map(fold) else {
                continue;
            };
            for form in std::iter::once(lemma.clone()).chain(forms.map(fold)) {
                lex.quote_verbs.insert(form, lemma.clone());
            }
        }
        lex.noun_like = one_word_lines(include_str!("../data/lexicon/noun_like_verb_forms.txt"));
        lex.hedges = one_word_lines(include_str!("../data/lexicon/hedges.txt"));
        for line in data_lines(include_str!("../data/lexicon/non_statements.txt")) {
            let words = words_of(line);
            if !words.is_empty() {
                lex.non_statements.push(words);
            }
        }
        // Longest phrases first so "said in a statement" wins over "said".
        lex.phrases
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        lex.doubt
            .sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        lex.non_statements
            .sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        lex.first_words
            .reserve(lex.phrases.len() + lex.doubt.len() + lex.non_statements.len());
        for (i, (words, _)) in lex.phrases.iter().enumerate() {
            lex.first_words
                .entry(words[0].clone())
                .or_default()
                .push(PhraseRef::Cue(i));
        }
        for (i, words) in lex.doubt.iter().enumerate() {
            lex.first_words
                .entry(words[0].clone())
                .or_default()
                .push(PhraseRef::Doubt(i));
        }
        for (i, words) in lex.non_statements.iter().enumerate() {
            lex.first_words
                .entry(words[0].clone())
                .or_default()
                .push(PhraseRef::NonStatement(i));
        }
        lex.index_cue_words();
        lex
    }

    /// Builds `cue_index` and `cue_words` from the lists.
    fn index_cue_words(&mut self) {
        let phrase_words = self
            .phrases
            .iter()
            .map(|(p, _)| p)
            .chain(&self.doubt)
            .chain(&self.non_statements)
            .flatten();
        // Numbered as first met: a number only names a word, so no sort is needed (sorting
        // a few thousand strings was a quarter of the parser's start-up).
        let mut index: WordMap<String, CueId> = WordMap::default();
        // Phrases' words are mostly new: twice the single words is about right.
        index.reserve(2 * (self.verbs.len() + self.quote_verbs.len() + self.noun_like.len()));
        let mut words: Vec<&String> = Vec::with_capacity(index.capacity());
        for w in self
            .verbs
            .keys()
            .chain(self.quote_verbs.keys())
            .chain(self.noun_like.iter())
            .chain(phrase_words)
        {
            if !index.contains_key(w.as_str()) {
                // The last number is kept for "none".
                let id = CueId::try_from(words.len())
                    .ok()
                    .filter(|&id| id < CueId::MAX)
                    .expect("cue lists too long for CueId");
                index.insert(w.clone(), id);
                words.push(w);
            }
        }
        let ids = |phrase: &[String]| -> Vec<CueId> { phrase.iter().map(|w| index[w]).collect() };
        let entries = words
            .iter()
            .map(|w| CueWord {
                verb: self.verbs.get(*w).cloned(),
                phrases: self
                    .first_words
                    .get(*w)
                    .into_iter()
                    .flatten()
                    .map(|r| {
                        let phrase = match *r {
                            PhraseRef::Cue(k) => &self.phrases[k].0,
                            PhraseRef::Doubt(k) => &self.doubt[k],
                            PhraseRef::NonStatement(k) => &self.non_statements[k],
                        };
                        (*r, ids(phrase))
                    })
                    .collect(),
                quote_verb: self.quote_verbs.get(*w).cloned(),
                noun_like: self.noun_like.contains(*w),
            })
            .collect();
        self.cue_words = entries;
        self.cue_index = index;
    }
}

/// A word list of one word per line, built into a set on first use.
fn word_set(cell: &'static OnceLock<WordSet<String>>, data: &str) -> &'static WordSet<String> {
    cell.get_or_init(|| one_word_lines(data))
}

/// The folded entries of a list of one word (or phrase) a line.
fn one_word_lines(data: &str) -> WordSet<String> {
    let mut set = WordSet::default();
    set.reserve(entries(data, b'\n'));
    set.extend(data_lines(data).map(|l| fold(l.trim())));
    set
}

/// Whether a folded word is a noun that points back at what somebody said ("report",
/// "account", "claims").
pub fn is_report_noun(word: &str) -> bool {
    static WORDS: OnceLock<WordSet<String>> = OnceLock::new();
    word_set(&WORDS, include_str!("../data/lexicon/report_nouns.txt")).contains(word)
}

/// Whether a folded word counts almost anything ("people", "homes", "cases").
pub fn is_generic_noun(word: &str) -> bool {
    static WORDS: OnceLock<WordSet<String>> = OnceLock::new();
    word_set(&WORDS, include_str!("../data/matcher/generic_nouns.txt")).contains(word)
}

/// Whether a folded word names a day or a month ("tuesday", "march", "yesterday").
pub fn is_calendar(word: &str) -> bool {
    static WORDS: OnceLock<WordSet<String>> = OnceLock::new();
    word_set(&WORDS, include_str!("../data/lexicon/calendar.txt")).contains(word)
}

/// The parser's lists, built on first use.
pub fn attribution() -> &'static AttributionLexicon {
    static LEX: OnceLock<AttributionLexicon> = OnceLock::new();
    LEX.get_or_init(AttributionLexicon::build)
}

/// The matcher's word lists.
#[derive(Debug, Default)]
pub struct MatcherLexicon {
    /// Folded word to the index of its synonym group.
    pub synonyms: WordMap<String, usize>,
    pub antonyms: WordSet<(String, String)>,
    pub negations: WordSet<String>,
    pub weak_negations: WordSet<String>,
    pub stopwords: WordSet<String>,
    pub contrast: WordMap<String, bool>,
    /// Irregular inflected form to its base: "told" -> "tell", "children" -> "child".
    pub irregular: WordMap<String, String>,
}

impl MatcherLexicon {
    fn build() -> Self {
        let mut lex = MatcherLexicon::default();
        let synonyms = include_str!("../data/matcher/synonyms.txt");
        lex.synonyms.reserve(entries(synonyms, b','));
        let antonyms = include_str!("../data/matcher/antonyms.txt");
        lex.antonyms.reserve(2 * entries(antonyms, b'\n'));
        let stopwords = include_str!("../data/matcher/stopwords.txt");
        lex.stopwords.reserve(entries(stopwords, b'\n'));
        let irregular = [
            include_str!("../data/matcher/irregular_verbs.txt"),
            include_str!("../data/matcher/irregular_plurals.txt"),
        ];
        lex.irregular
            .reserve(irregular.iter().map(|f| entries(f, b' ')).sum());
        for (group, line) in data_lines(synonyms).enumerate() {
            for word in line.split(',') {
                let w = fold(word.trim());
                if !w.is_empty() {
                    lex.synonyms.entry(w).or_insert(group);
                }
            }
        }
        for line in data_lines(antonyms) {
            let mut parts = line.split('\t').map(|s| fold(s.trim()));
            if let (Some(a), Some(b)) = (parts.next(), parts.next())
                && !a.is_empty()
                && !b.is_empty()
                && a != b
            {
                lex.antonyms.insert((a.clone(), b.clone()));
                lex.antonyms.insert((b, a));
            }
        }
        for line in data_lines(include_str!("../data/matcher/negation.txt")) {
            let mut parts = line.split('\t');
            let cue = fold(parts.next().unwrap_or("").trim());
            if cue.is_empty() {
                continue;
            }
            if parts.next().map(str::trim) == Some("weak") {
                lex.weak_negations.insert(cue);
            } else {
                lex.negations.insert(cue);
            }
        }
        for line in data_lines(stopwords) {
            lex.stopwords.insert(fold(line.trim()));
        }
        for line in data_lines(include_str!("../data/matcher/contrast_markers.txt")) {
            let mut parts = line.split('\t');
            let marker = fold(parts.next().unwrap_or("").trim());
            let strong = parts.next().map(str::trim) != Some("weak");
            if !marker.is_empty() {
                lex.contrast.insert(marker, strong);
            }
        }
        for file in irregular {
            for line in data_lines(file) {
                let mut forms = line.split_whitespace().map(fold);
                let Some(base) = forms.next() else { continue };
                for form in forms {
                    if form != base {
                        lex.irregular.entry(form).or_insert_with(|| base.clone());
                    }
                }
            }
        }
        lex
    }

    pub fn are_antonyms(&self, a: &str, b: &str) -> bool {
        self.antonyms.contains(&(a.to_string(), b.to_string()))
    }

    pub fn is_negation(&self, w: &str) -> bool {
        self.negations.contains(w) || w.ends_with("n't")
    }
}

/// The matcher's lists, built on first use.
pub fn matcher() -> &'static MatcherLexicon {
    static LEX: OnceLock<MatcherLexicon> = OnceLock::new();
    LEX.get_or_init(MatcherLexicon::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_lines_drop_comments_blanks_and_annotations() {
        let lines: Vec<&str> = data_lines("# header\n\nsay said\t# 120\n  # indented\nx").collect();
        assert_eq!(lines, vec!["say said", "x"]);
    }

    #[test]
    fn fold_into_appends_and_agrees_with_lowercasing() {
        let mut out = String::from("x");
        fold_into("ABC", &mut out);
        fold_into("Ÿİ’S", &mut out);
        assert_eq!(out, format!("xabc{}'s", "Ÿİ".to_lowercase()));
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
        let c = Countries::parse(
            "# c\nTürkiye\tTurkey|Turkiye\tAnkara\tTurkish|Turks\nUnited States\tU.S.|the United States\tWashington|White House\tAmerican\n",
        );
        let tr = c.lookup("Turkey").unwrap();
        assert_eq!(c.canonical[tr], "Türkiye");
        assert_eq!(c.lookup("ankara"), Some(tr));
        assert_eq!(c.lookup("Turkish"), Some(tr));
        let us = c.lookup("the United States").unwrap();
        assert_eq!(c.lookup("White House"), Some(us));
        assert_eq!(c.lookup("Narnia"), None);
    }

    #[test]
    fn phrase_words_are_words() {
        // The parser numbers only word tokens: a phrase word of punctuation alone would
        // never match.
        let a = attribution();
        let words = a.phrases.iter().map(|(p, _)| p);
        for w in words.chain(&a.doubt).chain(&a.non_statements).flatten() {
            assert!(w.chars().any(char::is_alphanumeric), "{w:?}");
        }
    }

    #[test]
    fn shipped_lists_are_not_empty() {
        let a = attribution();
        assert!(a.verbs.get("said").is_some_and(|v| v.lemma == "say"));
        assert!(
            a.verbs
                .get("denied")
                .is_some_and(|v| v.class == VerbClass::Deny)
        );
        assert!(a.countries().canonical.len() > 150);
        let m = matcher();
        assert!(m.is_negation("not"));
        assert!(!m.stopwords.is_empty());
    }
}
