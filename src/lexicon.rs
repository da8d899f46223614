//! Word lists compiled into the binary from `data/`, parsed once on first use.
//!
//! The parser's lists and the matcher's lists are built separately so a run pays only for
//! what it needs. Every lookup key is lower case with typographic apostrophes folded to `'`.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
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
    let mut rest = file;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            // Bytes, not chars: the files' whitespace and markers are ASCII. The line's end
            // and its first `#` are found in one pass; few lines have a `#` at all.
            let b = rest.as_bytes();
            let stop = find2(b, b'\n', b'#');
            let (end, cut) = if stop < b.len() && b[stop] == b'#' {
                let end = stop + find2(&b[stop..], b'\n', b'\n');
                let cut = if stop > 0 && b[stop - 1] == b'\t' {
                    stop - 1
                } else {
                    b[stop..end]
                        .windows(2)
                        .position(|w| w == b"\t#")
                        .map_or(end, |i| stop + i)
                };
                (end, cut)
            } else {
                (stop, stop)
            };
            let line = rest[..cut].trim_ascii_end();
            rest = rest.get(end + 1..).unwrap_or("");
            let start = line.trim_ascii_start();
            if !start.is_empty() && !start.starts_with('#') {
                return Some(line);
            }
        }
        None
    })
}

/// The index of the first `x` or `y` in `b`, or its length: eight bytes at a time, which
/// made reading the files' lines four times faster than a loop over bytes.
fn find2(b: &[u8], x: u8, y: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each zero byte of `v` (and of some bytes after one, never before).
    let zeros = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let v = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let hits = zeros(v ^ (ONES * u64::from(x))) | zeros(v ^ (ONES * u64::from(y)));
        if hits != 0 {
            return at + (hits.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let rest = chunks.remainder();
    at + rest
        .iter()
        .position(|&c| c == x || c == y)
        .unwrap_or(rest.len())
}

/// `s` split at every `sep`, an ASCII byte, like `str::split`. A byte loop: the fields are a
/// few bytes long, and a memchr call for each cost more than the loop.
fn fields(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// A whole data file folded (see [`fold`]), made once and kept for the rest of the run: the
/// tables of the files whose entries are not all folded already (names, titles, contractions
/// with ’) borrow their keys from it. Every other file is folded as written, which a test
/// checks, and is used as it is.
fn fold_file(file: &'static str) -> &'static str {
    let mut out = String::with_capacity(file.len());
    let mut rest = file;
    while !rest.is_empty() {
        // ASCII runs at once; the few other characters one by one.
        let n = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..n]);
        out[from..].make_ascii_lowercase();
        let mut chars = rest[n..].chars();
        if let Some(c) = chars.next() {
            fold_into(c.encode_utf8(&mut [0; 4]), &mut out);
        }
        rest = chars.as_str();
    }
    out.leak()
}

/// The meaningful lines of a data file as written and folded, side by side: folding keeps
/// every newline, tab and `#`, so the two list the same lines.
fn folded_lines(file: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    data_lines(file).zip(data_lines(fold_file(file)))
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

/// How many times `byte` occurs in `file`.
fn count(file: &str, byte: u8) -> usize {
    file.bytes().filter(|&b| b == byte).count()
}

/// The lines of a file: what a table of its entries is first sized for. A table of a file
/// of one entry a line is then sized once, and one of several entries a line grows once or
/// twice. A bound on the entries from a count of their separators was two to four times too
/// large (the comments have separators too), and a run spent more time on the page faults
/// of the tables' unused room than growing them costs.
fn lines(file: &str) -> usize {
    count(file, b'\n')
}

/// Folded words of the data files to what the files say about them. The words are borrowed
/// from the compiled-in text (or its folded copy), so a table allocates nothing but itself.
#[derive(Debug, Clone)]
pub struct WordTable<V>(WordMap<&'static str, V>);

impl<V> Default for WordTable<V> {
    fn default() -> Self {
        Self(WordMap::default())
    }
}

impl<V> WordTable<V> {
    fn with_capacity(n: usize) -> Self {
        Self(WordMap::with_capacity_and_hasher(n, Default::default()))
    }

    /// What the table holds for a folded word.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        self.0.get(word)
    }

    /// Whether the table holds a folded word.
    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.0.contains_key(word)
    }

    /// How many words the table holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the table holds no word.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every word with its value, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &V)> {
        self.0.iter().map(|(k, v)| (*k, v))
    }

    /// Every word, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys().copied()
    }

    /// Adds a word, replacing what it held: the last entry wins.
    fn insert(&mut self, word: &'static str, value: V) {
        self.0.insert(word, value);
    }

    /// Adds a word unless it is there already: the first entry wins. Whether it was added.
    fn insert_first(&mut self, word: &'static str, value: V) -> bool {
        match self.0.entry(word) {
            Entry::Vacant(e) => {
                e.insert(value);
                true
            }
            Entry::Occupied(_) => false,
        }
    }
}

/// A set of folded words of the data files, borrowed like [`WordTable`]'s.
#[derive(Debug, Clone, Default)]
pub struct WordList(WordTable<()>);

impl WordList {
    fn with_capacity(n: usize) -> Self {
        Self(WordTable::with_capacity(n))
    }

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

    /// Every word, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys()
    }

    fn insert(&mut self, word: &'static str) {
        self.0.insert(word, ());
    }
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    pub lemma: &'static str,
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
    pub by_name: WordTable<usize>,
    /// Capitals and seats of government ("washington", "kremlin").
    pub by_seat: WordTable<usize>,
    pub by_demonym: WordTable<usize>,
    /// Longest entry in words, to bound phrase lookups.
    pub max_words: usize,
}

impl Countries {
    fn parse(file: &'static str) -> Self {
        let n = lines(file);
        let mut c = Countries {
            by_name: WordTable::with_capacity(n),
            by_seat: WordTable::with_capacity(n),
            by_demonym: WordTable::with_capacity(n),
            ..Countries::default()
        };
        // A name or variant: the first country to list it keeps it.
        fn add(map: &mut WordTable<usize>, max_words: &mut usize, s: &'static str, idx: usize) {
            let s = s.trim_ascii();
            let key = s.strip_prefix("the ").unwrap_or(s);
            if key.is_empty() {
                return;
            }
            *max_words = (*max_words).max(1 + count(key, b' '));
            map.insert_first(key, idx);
        }
        for (line, folded) in folded_lines(file) {
            let name = fields(line, b'\t').next().unwrap_or("").trim_ascii();
            if name.is_empty() {
                continue;
            }
            let idx = c.canonical.len();
            c.canonical.push(name.to_string());
            let mut columns = fields(folded, b'\t');
            let first = columns.next().unwrap_or("");
            add(&mut c.by_name, &mut c.max_words, first, idx);
            for map in [&mut c.by_name, &mut c.by_seat, &mut c.by_demonym] {
                if let Some(list) = columns.next() {
                    for item in fields(list, b'|') {
                        add(map, &mut c.max_words, item, idx);
                    }
                }
            }
        }
        c
    }

    /// The country a phrase names, as a name, a seat or a demonym.
    pub fn lookup(&self, phrase: &str) -> Option<usize> {
        let folded = folded(phrase);
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
    pub titles: WordList,
    pub hedges: WordList,
    /// Every word that a verb list, the quotation verbs or the noun-like forms hold or that a
    /// multi-word entry uses, to its entry in `cue_words`: the cue finder looks each word up
    /// once, not once a list, and compares phrases by entry number.
    pub cue_index: WordTable<CueId>,
    pub cue_words: Vec<CueWord>,
    /// Every multi-word entry (cue phrases, doubt cues, non-statements) grouped by its first
    /// word: a [`CueWord`] holds the range of its group.
    phrases: Vec<Phrase>,
    /// The words of every multi-word entry, as `cue_index` numbers.
    phrase_ids: Vec<CueId>,
}

/// A multi-word entry: its kind, and where its words' numbers are in `phrase_ids`.
#[derive(Debug, Clone, Copy)]
struct Phrase {
    kind: PhraseKind,
    len: u8,
    at: u32,
}

// The countries, role nouns and agencies are lists of their own, built on first use, so
// that another thread can build them while this one builds the rest of the parser's lists.
impl AttributionLexicon {
    pub fn countries(&self) -> &'static Countries {
        countries()
    }

    pub fn roles(&self) -> &'static WordTable<RoleNoun> {
        roles()
    }

    /// Folded name or variant of a news agency or outlet to its canonical name.
    pub fn agencies(&self) -> &'static WordTable<&'static str> {
        agencies()
    }

    /// What the verb lists say about a folded word.
    #[inline]
    pub fn verb(&self, word: &str) -> Option<&Verb> {
        let &id = self.cue_index.get(word)?;
        self.cue_words[id as usize].verb.as_ref()
    }

    /// Whether a verb list holds a folded word.
    #[inline]
    pub fn is_verb(&self, word: &str) -> bool {
        self.verb(word).is_some()
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
    static COUNTRIES: OnceLock<Countries> = OnceLock::new();
    COUNTRIES.get_or_init(|| Countries::parse(include_str!("../data/countries.tsv")))
}

/// See [`AttributionLexicon::roles`].
pub fn roles() -> &'static WordTable<RoleNoun> {
    static ROLES: OnceLock<WordTable<RoleNoun>> = OnceLock::new();
    ROLES.get_or_init(build_roles)
}

fn build_roles() -> WordTable<RoleNoun> {
    let file = include_str!("../data/lexicon/role_nouns.txt");
    let mut roles = WordTable::with_capacity(lines(file));
    for line in data_lines(file) {
        let mut fields = fields(line, b'\t').map(str::trim_ascii);
        let noun = fields.next().unwrap_or("");
        let class = match fields.next() {
            Some("org") => EntityClass::Org,
            Some("group") => EntityClass::Group,
            _ => EntityClass::Person,
        };
        let gender = match fields.next() {
            Some("m") => Some(Gender::Male),
            Some("f") => Some(Gender::Female),
            _ => None,
        };
        roles.insert(noun, RoleNoun { class, gender });
    }
    roles
}

/// See [`AttributionLexicon::agencies`].
pub fn agencies() -> &'static WordTable<&'static str> {
    static AGENCIES: OnceLock<WordTable<&'static str>> = OnceLock::new();
    AGENCIES.get_or_init(build_agencies)
}

fn build_agencies() -> WordTable<&'static str> {
    let file = include_str!("../data/lexicon/news_agencies.txt");
    let mut agencies = WordTable::with_capacity(lines(file));
    for (line, folded) in folded_lines(file) {
        let names = |s: &'static str| {
            fields(s, b'|')
                .map(str::trim_ascii)
                .filter(|s| !s.is_empty())
        };
        let Some(canonical) = names(line).next() else {
            continue;
        };
        // The canonical name and every variant, folded.
        for key in names(folded) {
            agencies.insert(key, canonical);
        }
    }
    agencies
}

/// The number of a word in `AttributionLexicon::cue_index`. Two bytes: the parser keeps one
/// for every token of an article, and the lists hold a few thousand words.
pub type CueId = u16;

/// What the lists that find cues say about one word.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CueWord {
    pub verb: Option<Verb>,
    /// The multi-word entries that start with the word, as a range of the lexicon's: see
    /// [`AttributionLexicon::phrases_of`].
    phrases: (u16, u16),
    /// Lemma, when the word attributes only a quotation next to it.
    pub quote_verb: Option<&'static str>,
    pub noun_like: bool,
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

impl AttributionLexicon {
    fn build() -> Self {
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
        let quote_verbs = include_str!("../data/lexicon/quote_verbs.txt");
        let noun_like = include_str!("../data/lexicon/noun_like_verb_forms.txt");
        let cue_phrases = include_str!("../data/lexicon/cue_phrases.txt");
        let deny_phrases = include_str!("../data/lexicon/deny_phrases.txt");
        let doubt = include_str!("../data/lexicon/doubt_cues.txt");
        let non_statements = include_str!("../data/lexicon/non_statements.txt");
        let phrase_files = [cue_phrases, deny_phrases, doubt, non_statements];
        let phrase_lines: usize = phrase_files.iter().map(|f| lines(f)).sum();
        let verb_lines: usize = verbs.iter().map(|(f, _)| lines(f)).sum();
        let mut lex = AttributionLexicon {
            titles: one_word_lines(fold_file(include_str!("../data/lexicon/titles.txt"))),
            hedges: one_word_lines(include_str!("../data/lexicon/hedges.txt")),
            ..AttributionLexicon::default()
        };
        let n = verb_lines + lines(quote_verbs) + lines(noun_like) + phrase_lines;
        let mut cues = CueWords {
            index: WordTable::with_capacity(n),
            words: Vec::with_capacity(n),
        };
        for (file, class) in verbs {
            for line in data_lines(file) {
                let mut forms = line.split_ascii_whitespace();
                let Some(lemma) = forms.next() else { continue };
                for form in std::iter::once(lemma).chain(forms) {
                    cues.entry(form).verb.get_or_insert(Verb { lemma, class });
                }
            }
        }
        for line in data_lines(quote_verbs) {
            let mut forms = line.split_ascii_whitespace();
            let Some(lemma) = forms.next() else { continue };
            for form in std::iter::once(lemma).chain(forms) {
                cues.entry(form).quote_verb = Some(lemma);
            }
        }
        for line in data_lines(noun_like) {
            cues.entry(line.trim_ascii()).noun_like = true;
        }
        // Each multi-word entry's words numbered in one buffer; grouped by first word below.
        let mut phrases: Vec<(CueId, Phrase)> = Vec::with_capacity(phrase_lines);
        let mut ids: Vec<CueId> = Vec::with_capacity(3 * phrase_lines);
        let mut add = |cues: &mut CueWords, text: &'static str, kind: PhraseKind| {
            let at = ids.len();
            ids.extend(text.split_ascii_whitespace().map(|w| cues.id(w)));
            let len = u8::try_from(ids.len() - at).expect("a phrase of 255 words at most");
            let at = u32::try_from(at).expect("phrase words fit u32");
            phrases.push((ids[at as usize], Phrase { kind, len, at }));
        };
        let words = |s: &str| s.split_ascii_whitespace().take(2).count();
        for line in data_lines(cue_phrases) {
            let mut parts = fields(line, b'\t');
            let phrase = parts.next().unwrap_or("").trim_ascii();
            let kind = match parts.next().map(str::trim_ascii) {
                Some("source_after") => PhraseCue::SourceAfter,
                Some("frame") => PhraseCue::Frame,
                _ => PhraseCue::Verb,
            };
            if words(phrase) > 1 {
                add(&mut cues, phrase, PhraseKind::Cue(kind));
            }
        }
        for line in data_lines(deny_phrases) {
            let phrase = fields(line, b'\t').next().unwrap_or("").trim_ascii();
            if words(phrase) > 1 {
                add(&mut cues, phrase, PhraseKind::Cue(PhraseCue::Deny));
            }
        }
        for (file, kind) in [
            (doubt, PhraseKind::Doubt),
            (non_statements, PhraseKind::NonStatement),
        ] {
            for line in data_lines(file) {
                let phrase = line.trim_ascii();
                if words(phrase) > 0 {
                    add(&mut cues, phrase, kind);
                }
            }
        }
        // Grouped by first word, in the order added, by counting: each word's group starts
        // where the groups of the words numbered before it end.
        let number = |n: usize| u16::try_from(n).expect("multi-word entries fit u16");
        let mut ends = vec![0u16; cues.words.len()];
        for (first, _) in &phrases {
            ends[*first as usize] += 1;
        }
        let mut end = 0;
        for (word, n) in cues.words.iter_mut().zip(&mut ends) {
            let start = end;
            end = number(usize::from(start) + usize::from(*n));
            word.phrases = (start, end);
            *n = start;
        }
        let mut grouped = vec![
            Phrase {
                kind: PhraseKind::Doubt,
                len: 0,
                at: 0
            };
            phrases.len()
        ];
        for (first, phrase) in phrases {
            let at = &mut ends[first as usize];
            grouped[usize::from(*at)] = phrase;
            *at += 1;
        }
        lex.phrases = grouped;
        lex.phrase_ids = ids;
        lex.cue_index = cues.index;
        lex.cue_words = cues.words;
        lex
    }
}

/// `AttributionLexicon::cue_index` and `cue_words` while they are built.
struct CueWords {
    index: WordTable<CueId>,
    words: Vec<CueWord>,
}

impl CueWords {
    /// The number of a word, given the next when it is new. Numbers only name words: they
    /// are given as met, not sorted.
    fn id(&mut self, word: &'static str) -> CueId {
        let next = self.words.len();
        match self.index.0.entry(word) {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => {
                // The last number is kept for "none".
                let id = CueId::try_from(next)
                    .ok()
                    .filter(|&id| id < CueId::MAX)
                    .expect("cue lists too long for CueId");
                self.words.push(CueWord::default());
                *e.insert(id)
            }
        }
    }

    fn entry(&mut self, word: &'static str) -> &mut CueWord {
        let id = self.id(word);
        &mut self.words[id as usize]
    }
}

/// A word list of one word per line, built into a set on first use.
fn word_set(cell: &'static OnceLock<WordList>, data: &'static str) -> &'static WordList {
    cell.get_or_init(|| one_word_lines(data))
}

/// The entries of a list of one word (or phrase) a line, folded as written.
fn one_word_lines(data: &'static str) -> WordList {
    let mut set = WordList::with_capacity(lines(data));
    for line in data_lines(data) {
        set.insert(line.trim_ascii());
    }
    set
}

/// Whether a folded word is a noun that points back at what somebody said ("report",
/// "account", "claims").
pub fn is_report_noun(word: &str) -> bool {
    static WORDS: OnceLock<WordList> = OnceLock::new();
    word_set(&WORDS, include_str!("../data/lexicon/report_nouns.txt")).contains(word)
}

/// Whether a folded word counts almost anything ("people", "homes", "cases").
pub fn is_generic_noun(word: &str) -> bool {
    static WORDS: OnceLock<WordList> = OnceLock::new();
    word_set(&WORDS, include_str!("../data/matcher/generic_nouns.txt")).contains(word)
}

/// Whether a folded word names a day or a month ("tuesday", "march", "yesterday").
pub fn is_calendar(word: &str) -> bool {
    static WORDS: OnceLock<WordList> = OnceLock::new();
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
    pub synonyms: WordTable<usize>,
    /// Antonym pairs as listed, one way round (the stem index looks them up).
    pub antonyms: Vec<(&'static str, &'static str)>,
    pub negations: WordList,
    pub weak_negations: WordList,
    pub stopwords: WordList,
    pub contrast: WordTable<bool>,
    /// Irregular inflected form to its base: "told" -> "tell", "children" -> "child".
    pub irregular: WordTable<&'static str>,
}

impl MatcherLexicon {
    fn build() -> Self {
        let synonyms = include_str!("../data/matcher/synonyms.txt");
        let antonyms = include_str!("../data/matcher/antonyms.txt");
        let negation = include_str!("../data/matcher/negation.txt");
        let contrast = include_str!("../data/matcher/contrast_markers.txt");
        let irregular = [
            include_str!("../data/matcher/irregular_verbs.txt"),
            include_str!("../data/matcher/irregular_plurals.txt"),
        ];
        let mut lex = MatcherLexicon {
            // A group a line, its words separated by commas.
            synonyms: WordTable::with_capacity(lines(synonyms) + count(synonyms, b',')),
            negations: WordList::with_capacity(lines(negation)),
            weak_negations: WordList::default(),
            stopwords: one_word_lines(include_str!("../data/matcher/stopwords.txt")),
            contrast: WordTable::with_capacity(lines(contrast)),
            irregular: WordTable::with_capacity(irregular.iter().map(|f| lines(f)).sum()),
            ..MatcherLexicon::default()
        };
        lex.antonyms.reserve(lines(antonyms));
        for (group, line) in data_lines(synonyms).enumerate() {
            for word in fields(line, b',') {
                let w = word.trim_ascii();
                if !w.is_empty() {
                    lex.synonyms.insert_first(w, group);
                }
            }
        }
        for line in data_lines(antonyms) {
            let mut parts = fields(line, b'\t').map(str::trim_ascii);
            if let (Some(a), Some(b)) = (parts.next(), parts.next())
                && !a.is_empty()
                && !b.is_empty()
                && a != b
            {
                lex.antonyms.push((a, b));
            }
        }
        // The cues are folded (some are written with ’); the strength is read as written.
        for (line, folded) in folded_lines(negation) {
            let cue = fields(folded, b'\t').next().unwrap_or("").trim_ascii();
            if cue.is_empty() {
                continue;
            }
            if fields(line, b'\t').nth(1).map(str::trim_ascii) == Some("weak") {
                lex.weak_negations.insert(cue);
            } else {
                lex.negations.insert(cue);
            }
        }
        for line in data_lines(contrast) {
            let mut parts = fields(line, b'\t').map(str::trim_ascii);
            let marker = parts.next().unwrap_or("");
            let strong = parts.next() != Some("weak");
            if !marker.is_empty() {
                lex.contrast.insert(marker, strong);
            }
        }
        for file in irregular {
            for line in data_lines(file) {
                let mut forms = line.split_ascii_whitespace();
                let Some(base) = forms.next() else { continue };
                for form in forms {
                    if form != base {
                        lex.irregular.insert_first(form, base);
                    }
                }
            }
        }
        lex
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
        // Only a tab before `#` starts an annotation.
        let text = "a#b\nc #d\ne#f\t# g\t# h\n\t#\n#\nlast\t";
        let lines: Vec<&str> = data_lines(text).collect();
        assert_eq!(lines, vec!["a#b", "c #d", "e#f", "last"]);
    }

    #[test]
    fn find2_finds_the_first_of_two_bytes() {
        let text = b"abcdefghijklmnopqrstuvwxyz0123456789";
        for i in 0..text.len() {
            for j in i..text.len() {
                let (x, y) = (text[j], text[i]);
                assert_eq!(find2(text, x, y), i);
                assert_eq!(find2(&text[..i], x, y), i);
            }
        }
        // A byte just above a hit (the borrow of the zero test) is no hit.
        assert_eq!(find2(b"\x01\x00\x00\x00\x00\x00\x00\x00", 0, 0), 1);
        assert_eq!(find2(b"\xff\x80\x01\x00abcd", 1, 1), 2);
    }

    #[test]
    fn fields_split_like_str_split() {
        for s in ["", "a", "a\tb", "\ta\t\tb\t", "a|b|"] {
            for sep in [b'\t', b'|'] {
                let ours: Vec<&str> = fields(s, sep).collect();
                let std: Vec<&str> = s.split(sep as char).collect();
                assert_eq!(ours, std, "{s:?}");
            }
        }
    }

    /// Every data file, by name.
    const FILES: [(&str, &str); 25] = [
        ("countries.tsv", include_str!("../data/countries.tsv")),
        (
            "belief_verbs",
            include_str!("../data/lexicon/belief_verbs.txt"),
        ),
        ("calendar", include_str!("../data/lexicon/calendar.txt")),
        (
            "cue_phrases",
            include_str!("../data/lexicon/cue_phrases.txt"),
        ),
        (
            "deny_phrases",
            include_str!("../data/lexicon/deny_phrases.txt"),
        ),
        ("deny_verbs", include_str!("../data/lexicon/deny_verbs.txt")),
        ("doubt_cues", include_str!("../data/lexicon/doubt_cues.txt")),
        ("hedges", include_str!("../data/lexicon/hedges.txt")),
        (
            "news_agencies",
            include_str!("../data/lexicon/news_agencies.txt"),
        ),
        (
            "non_statements",
            include_str!("../data/lexicon/non_statements.txt"),
        ),
        (
            "noun_like",
            include_str!("../data/lexicon/noun_like_verb_forms.txt"),
        ),
        ("pronouns", include_str!("../data/lexicon/pronouns.txt")),
        (
            "quote_verbs",
            include_str!("../data/lexicon/quote_verbs.txt"),
        ),
        (
            "report_nouns",
            include_str!("../data/lexicon/report_nouns.txt"),
        ),
        ("role_nouns", include_str!("../data/lexicon/role_nouns.txt")),
        (
            "speech_verbs",
            include_str!("../data/lexicon/speech_verbs.txt"),
        ),
        ("titles", include_str!("../data/lexicon/titles.txt")),
        ("antonyms", include_str!("../data/matcher/antonyms.txt")),
        (
            "contrast_markers",
            include_str!("../data/matcher/contrast_markers.txt"),
        ),
        (
            "generic_nouns",
            include_str!("../data/matcher/generic_nouns.txt"),
        ),
        (
            "irregular_plurals",
            include_str!("../data/matcher/irregular_plurals.txt"),
        ),
        (
            "irregular_verbs",
            include_str!("../data/matcher/irregular_verbs.txt"),
        ),
        ("negation", include_str!("../data/matcher/negation.txt")),
        ("stopwords", include_str!("../data/matcher/stopwords.txt")),
        ("synonyms", include_str!("../data/matcher/synonyms.txt")),
    ];

    /// The files whose entries are folded at start-up; every other is used as written.
    const FOLDED_AT_START: [&str; 4] = ["countries.tsv", "news_agencies", "titles", "negation"];

    #[test]
    fn data_files_are_folded_ascii_as_written() {
        // The lists borrow their words from the files as they are: an entry written in upper
        // case or with ’ would never match. (Put a list that needs either among
        // FOLDED_AT_START and build it from `folded_lines`.)
        for (name, file) in FILES {
            if FOLDED_AT_START.contains(&name) {
                continue;
            }
            for line in data_lines(file) {
                assert!(line.is_ascii(), "{name}: {line:?} is not ASCII");
                assert_eq!(fold(line), line, "{name}: {line:?} is not folded");
            }
        }
    }

    #[test]
    fn data_files_have_only_ascii_whitespace() {
        // So the ASCII trims and splits the lists are read with are the Unicode ones.
        for (name, file) in FILES {
            for c in file.chars().filter(|c| c.is_whitespace()) {
                assert!(matches!(c, ' ' | '\t' | '\n'), "{name}: {c:?}");
            }
        }
    }

    #[test]
    fn folded_files_keep_their_lines() {
        for (name, file) in FILES {
            let ours: Vec<(&str, &str)> = folded_lines(file).collect();
            assert_eq!(ours.len(), data_lines(file).count(), "{name}");
            for (line, folded) in ours {
                assert_eq!(fold(line), folded, "{name}");
            }
        }
    }

    /// Every multi-word entry of the cue lists as (kind, text), in file order, read here
    /// independently of the builder.
    fn multi_word_entries() -> Vec<(PhraseKind, &'static str)> {
        let mut out = Vec::new();
        let file = |name| FILES.iter().find(|(n, _)| *n == name).unwrap().1;
        for line in file("cue_phrases").lines().filter(|l| !l.starts_with('#')) {
            let (phrase, kind) = line.split_once('\t').unwrap_or((line, ""));
            let kind = match kind.split('\t').next().unwrap().trim() {
                "source_after" => PhraseCue::SourceAfter,
                "frame" => PhraseCue::Frame,
                _ => PhraseCue::Verb,
            };
            out.push((PhraseKind::Cue(kind), phrase.trim()));
        }
        for line in file("deny_phrases").lines().filter(|l| !l.starts_with('#')) {
            let phrase = line.split('\t').next().unwrap().trim();
            out.push((PhraseKind::Cue(PhraseCue::Deny), phrase));
        }
        out.retain(|(_, p)| p.split_whitespace().count() > 1);
        for (name, kind) in [
            ("doubt_cues", PhraseKind::Doubt),
            ("non_statements", PhraseKind::NonStatement),
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
                .filter(|(_, p)| p.split_whitespace().next() == Some(first))
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
        for (_, phrase) in multi_word_entries() {
            for w in phrase.split_whitespace() {
                assert!(w.chars().any(char::is_alphanumeric), "{w:?}");
            }
        }
    }

    #[test]
    fn shipped_lists_are_not_empty() {
        let a = attribution();
        assert!(a.verb("said").is_some_and(|v| v.lemma == "say"));
        assert!(a.verb("denied").is_some_and(|v| v.class == VerbClass::Deny));
        assert!(a.countries().canonical.len() > 150);
        let m = matcher();
        assert!(m.is_negation("not"));
        assert!(!m.stopwords.is_empty());
    }
}
