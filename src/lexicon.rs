//! Word lists compiled into the binary from `data/`, parsed once on first use.
//!
//! The parser's lists and the matcher's lists are built separately so a run pays only for
//! what it needs. Every lookup key is lower case with typographic apostrophes folded to `'`.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasherDefault, Hash, Hasher};
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

/// The texts the lists' words live in: the data files, the folded copies of the four whose
/// entries are not all folded as written, and the stems the stem index writes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Text {
    Countries,
    BeliefVerbs,
    Calendar,
    CuePhrases,
    DenyPhrases,
    DenyVerbs,
    DoubtCues,
    Hedges,
    NewsAgencies,
    NonStatements,
    NounLike,
    QuoteVerbs,
    ReportNouns,
    RoleNouns,
    SpeechVerbs,
    Titles,
    Antonyms,
    ContrastMarkers,
    GenericNouns,
    IrregularPlurals,
    IrregularVerbs,
    Negation,
    Stopwords,
    Synonyms,
    /// Folded copies of the files with capitals or ’ in their entries (names, titles,
    /// contractions), made on first use.
    CountriesFolded,
    NewsAgenciesFolded,
    TitlesFolded,
    NegationFolded,
    /// The stems that end in a "y" their word does not have ("notified": "notify").
    Stems,
}

/// The texts made at run time (the folded copies, then the stems), once made.
static MADE: [OnceLock<&'static str>; 5] = [const { OnceLock::new() }; 5];

/// The data files, in the order of [`Text`]'s first variants.
const DATA: [&str; 24] = [
    include_str!("../data/countries.tsv"),
    include_str!("../data/lexicon/belief_verbs.txt"),
    include_str!("../data/lexicon/calendar.txt"),
    include_str!("../data/lexicon/cue_phrases.txt"),
    include_str!("../data/lexicon/deny_phrases.txt"),
    include_str!("../data/lexicon/deny_verbs.txt"),
    include_str!("../data/lexicon/doubt_cues.txt"),
    include_str!("../data/lexicon/hedges.txt"),
    include_str!("../data/lexicon/news_agencies.txt"),
    include_str!("../data/lexicon/non_statements.txt"),
    include_str!("../data/lexicon/noun_like_verb_forms.txt"),
    include_str!("../data/lexicon/quote_verbs.txt"),
    include_str!("../data/lexicon/report_nouns.txt"),
    include_str!("../data/lexicon/role_nouns.txt"),
    include_str!("../data/lexicon/speech_verbs.txt"),
    include_str!("../data/lexicon/titles.txt"),
    include_str!("../data/matcher/antonyms.txt"),
    include_str!("../data/matcher/contrast_markers.txt"),
    include_str!("../data/matcher/generic_nouns.txt"),
    include_str!("../data/matcher/irregular_plurals.txt"),
    include_str!("../data/matcher/irregular_verbs.txt"),
    include_str!("../data/matcher/negation.txt"),
    include_str!("../data/matcher/stopwords.txt"),
    include_str!("../data/matcher/synonyms.txt"),
];

impl Text {
    /// The text itself. Every data file but the four with folded copies is folded as
    /// written, which a test checks.
    #[inline]
    pub(crate) fn text(self) -> &'static str {
        let i = self as usize;
        if let Some(text) = DATA.get(i) {
            return text;
        }
        match MADE[i - DATA.len()].get() {
            Some(text) => text,
            None => self.make(),
        }
    }

    /// Makes a folded copy (see [`fold`]) of a whole data file, once, and keeps it for the
    /// rest of the run. The stems are written by [`StemText`].
    #[cold]
    fn make(self) -> &'static str {
        let file = match self {
            Text::CountriesFolded => Text::Countries,
            Text::NewsAgenciesFolded => Text::NewsAgencies,
            Text::TitlesFolded => Text::Titles,
            Text::NegationFolded => Text::Negation,
            _ => return "",
        };
        MADE[self as usize - DATA.len()].get_or_init(|| {
            let mut out = String::with_capacity(file.text().len());
            let mut rest = file.text();
            while !rest.is_empty() {
                // ASCII runs at once; the few other characters one by one.
                let n = ascii_run(rest.as_bytes());
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
        })
    }

    /// The meaningful lines of the text (see [`data_lines`]).
    fn lines(self) -> impl Iterator<Item = &'static str> {
        data_lines(self.text())
    }

    /// The lines of a file as written and folded, side by side: folding keeps every newline,
    /// tab and `#`, so the two list the same lines.
    fn folded_lines(self, folded: Text) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.lines().zip(folded.lines())
    }

    /// `s`, a slice of this text, as a [`ListWord`].
    fn word(self, s: &'static str) -> ListWord {
        let at = s.as_ptr() as usize - self.text().as_ptr() as usize;
        debug_assert_eq!(self.text().get(at..at + s.len()), Some(s));
        ListWord {
            text: self,
            len: u8::try_from(s.len()).expect("list entries are under 256 bytes"),
            at: u16::try_from(at).expect("data files are under 64 KiB"),
        }
    }
}

/// Stems written out for the stem index: each is a [`ListWord`] of [`Text::Stems`] once
/// [`StemText::finish`] has made them the text.
#[derive(Debug, Default)]
pub(crate) struct StemText(String);

impl StemText {
    /// `base` followed by "y", as a word.
    pub(crate) fn push_y(&mut self, base: &str) -> ListWord {
        let at = self.0.len();
        self.0.push_str(base);
        self.0.push('y');
        ListWord {
            text: Text::Stems,
            len: u8::try_from(self.0.len() - at).expect("stems are under 256 bytes"),
            at: u16::try_from(at).expect("stems are under 64 KiB"),
        }
    }

    /// Makes the stems written the text their words are read from; before this, none may be
    /// hashed or compared.
    pub(crate) fn finish(self) {
        MADE[Text::Stems as usize - DATA.len()]
            .set(self.0.leak())
            .expect("the stem index is built once");
    }
}

/// A word of the lists, by place: its text, where it starts and how long it is. Four bytes
/// where a `&str` takes sixteen: the tables are most of start-up's memory, and every 4 KiB
/// page of it is a page fault. It hashes and compares as its text, so a table keyed by words
/// is looked up with a `&str`.
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

    /// The word's bytes: [`ListWord::as_str`] without the checks of char boundaries, which
    /// were a third of hashing a word.
    #[inline]
    fn bytes(self) -> &'static [u8] {
        let at = usize::from(self.at);
        &self.text.text().as_bytes()[at..at + usize::from(self.len)]
    }

    /// The first `len` bytes of the word (a char boundary).
    pub(crate) fn prefix(self, len: usize) -> ListWord {
        debug_assert!(self.as_str().is_char_boundary(len));
        ListWord {
            len: u8::try_from(len.min(usize::from(self.len))).expect("shorter"),
            ..self
        }
    }
}

impl PartialEq for ListWord {
    #[inline]
    fn eq(&self, other: &ListWord) -> bool {
        self.len == other.len && self.bytes() == other.bytes()
    }
}

impl Eq for ListWord {}

impl Hash for ListWord {
    /// As `str` hashes (`Hasher::write_str`): the bytes, then 0xff. A test checks the two
    /// agree, which looking a word up with a `&str` needs.
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.bytes());
        state.write_u8(0xff);
    }
}

impl std::borrow::Borrow<str> for ListWord {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

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
    first_byte(
        b,
        |v| zeros(v ^ (ONES * u64::from(x))) | zeros(v ^ (ONES * u64::from(y))),
        |c| c == x || c == y,
    )
}

/// The length of the ASCII bytes `b` starts with, eight at a time.
fn ascii_run(b: &[u8]) -> usize {
    first_byte(b, |v| v & 0x8080_8080_8080_8080, |c| !c.is_ascii())
}

/// The index of the first byte of `b` that `hit` holds for, or its length. Eight bytes are
/// read at a time as a little-endian word: `hits` of it has the high bit of the first such
/// byte set, and no bit set before it.
fn first_byte(b: &[u8], hits: impl Fn(u64) -> u64, hit: impl Fn(u8) -> bool) -> usize {
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let found = hits(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        if found != 0 {
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let rest = chunks.remainder();
    at + rest.iter().position(|&c| hit(c)).unwrap_or(rest.len())
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

/// Folded words of the data files to what the files say about them, keyed by [`ListWord`]: a
/// table allocates nothing but itself, four bytes a key.
#[derive(Debug, Clone)]
pub struct WordTable<V>(WordMap<ListWord, V>);

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
    pub fn iter(&self) -> impl Iterator<Item = (ListWord, &V)> {
        self.0.iter().map(|(k, v)| (*k, v))
    }

    /// Every word, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = ListWord> + '_ {
        self.0.keys().copied()
    }

    /// Adds a word, replacing what it held: the last entry wins.
    fn insert(&mut self, word: ListWord, value: V) {
        self.0.insert(word, value);
    }

    /// Adds a word unless it is there already: the first entry wins. Whether it was added.
    fn insert_first(&mut self, word: ListWord, value: V) -> bool {
        match self.0.entry(word) {
            Entry::Vacant(e) => {
                e.insert(value);
                true
            }
            Entry::Occupied(_) => false,
        }
    }
}

/// A set of folded words of the data files, kept like [`WordTable`]'s.
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
    pub fn iter(&self) -> impl Iterator<Item = ListWord> + '_ {
        self.0.keys()
    }

    fn insert(&mut self, word: ListWord) {
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
    pub lemma: ListWord,
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
    pub by_name: WordTable<u16>,
    /// Capitals and seats of government ("washington", "kremlin").
    pub by_seat: WordTable<u16>,
    pub by_demonym: WordTable<u16>,
    /// Longest entry in words, to bound phrase lookups.
    pub max_words: usize,
}

impl Countries {
    fn build() -> Self {
        // About two names and two demonyms a country (the name and a short form, the
        // adjective and the plural), and a seat or two: sized so, no table grows.
        let n = lines(Text::Countries.text());
        let mut c = Countries {
            by_name: WordTable::with_capacity(2 * n),
            by_seat: WordTable::with_capacity(n),
            by_demonym: WordTable::with_capacity(2 * n),
            ..Countries::default()
        };
        // A name or variant: the first country to list it keeps it.
        let mut max_words = 0;
        let mut add = |map: &mut WordTable<u16>, s: &'static str, idx: u16| {
            let s = s.trim_ascii();
            let key = s.strip_prefix("the ").unwrap_or(s);
            if !key.is_empty() {
                max_words = usize::max(max_words, 1 + count(key, b' '));
                map.insert_first(Text::CountriesFolded.word(key), idx);
            }
        };
        for (line, folded) in Text::Countries.folded_lines(Text::CountriesFolded) {
            let name = fields(line, b'\t').next().unwrap_or("").trim_ascii();
            if name.is_empty() {
                continue;
            }
            let idx = u16::try_from(c.canonical.len()).expect("countries fit u16");
            c.canonical.push(name.to_string());
            let mut columns = fields(folded, b'\t');
            add(&mut c.by_name, columns.next().unwrap_or(""), idx);
            for map in [&mut c.by_name, &mut c.by_seat, &mut c.by_demonym] {
                if let Some(list) = columns.next() {
                    for item in fields(list, b'|') {
                        add(map, item, idx);
                    }
                }
            }
        }
        c.max_words = max_words;
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
    COUNTRIES.get_or_init(Countries::build)
}

/// See [`AttributionLexicon::roles`].
pub fn roles() -> &'static WordTable<RoleNoun> {
    static ROLES: OnceLock<WordTable<RoleNoun>> = OnceLock::new();
    ROLES.get_or_init(build_roles)
}

fn build_roles() -> WordTable<RoleNoun> {
    let file = Text::RoleNouns;
    let mut roles = WordTable::with_capacity(lines(file.text()));
    for line in file.lines() {
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
        roles.insert(file.word(noun), RoleNoun { class, gender });
    }
    roles
}

/// See [`AttributionLexicon::agencies`].
pub fn agencies() -> &'static WordTable<ListWord> {
    static AGENCIES: OnceLock<WordTable<ListWord>> = OnceLock::new();
    AGENCIES.get_or_init(build_agencies)
}

fn build_agencies() -> WordTable<ListWord> {
    let (file, folded) = (Text::NewsAgencies, Text::NewsAgenciesFolded);
    let mut agencies = WordTable::with_capacity(lines(file.text()));
    for (line, folded_line) in file.folded_lines(folded) {
        let names = |s: &'static str| {
            fields(s, b'|')
                .map(str::trim_ascii)
                .filter(|s| !s.is_empty())
        };
        let Some(canonical) = names(line).next() else {
            continue;
        };
        // The canonical name and every variant, folded.
        for key in names(folded_line) {
            agencies.insert(folded.word(key), file.word(canonical));
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
    pub quote_verb: Option<ListWord>,
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
            (Text::DenyVerbs, VerbClass::Deny),
            (Text::SpeechVerbs, VerbClass::Speech),
            (Text::BeliefVerbs, VerbClass::Belief),
        ];
        let phrase_files = [
            Text::CuePhrases,
            Text::DenyPhrases,
            Text::DoubtCues,
            Text::NonStatements,
        ];
        let phrase_lines: usize = phrase_files.iter().map(|f| lines(f.text())).sum();
        let verb_lines: usize = verbs.iter().map(|(f, _)| lines(f.text())).sum();
        let mut lex = AttributionLexicon {
            titles: one_word_lines(Text::TitlesFolded),
            hedges: one_word_lines(Text::Hedges),
            ..AttributionLexicon::default()
        };
        let n = verb_lines
            + lines(Text::QuoteVerbs.text())
            + lines(Text::NounLike.text())
            + phrase_lines;
        let mut cues = CueWords {
            index: WordTable::with_capacity(n),
            words: Vec::with_capacity(n),
        };
        for (file, class) in verbs {
            for line in file.lines() {
                let mut forms = line.split_ascii_whitespace().map(|w| file.word(w));
                let Some(lemma) = forms.next() else { continue };
                for form in std::iter::once(lemma).chain(forms) {
                    cues.entry(form).verb.get_or_insert(Verb { lemma, class });
                }
            }
        }
        let file = Text::QuoteVerbs;
        for line in file.lines() {
            let mut forms = line.split_ascii_whitespace().map(|w| file.word(w));
            let Some(lemma) = forms.next() else { continue };
            for form in std::iter::once(lemma).chain(forms) {
                cues.entry(form).quote_verb = Some(lemma);
            }
        }
        let file = Text::NounLike;
        for line in file.lines() {
            cues.entry(file.word(line.trim_ascii())).noun_like = true;
        }
        // Each multi-word entry's words numbered in one buffer; grouped by first word below.
        let mut phrases: Vec<(CueId, Phrase)> = Vec::with_capacity(phrase_lines);
        let mut ids: Vec<CueId> = Vec::with_capacity(3 * phrase_lines);
        // The files list a phrase's inflections one after another ("tell reporters", "told
        // reporters"): a word is most often the one at its place in the entry before, whose
        // number is kept so, and looked up only when it differs.
        let mut before: Vec<(&'static str, CueId)> = Vec::new();
        let mut add = |cues: &mut CueWords, file: Text, text: &'static str, kind: PhraseKind| {
            let at = ids.len();
            let mut n = 0;
            for w in text.split_ascii_whitespace() {
                let id = match before.get_mut(n) {
                    Some((b, id)) if *b == w => *id,
                    Some(slot) => {
                        *slot = (w, cues.id(file.word(w)));
                        slot.1
                    }
                    None => {
                        let id = cues.id(file.word(w));
                        before.push((w, id));
                        id
                    }
                };
                ids.push(id);
                n += 1;
            }
            before.truncate(n);
            let len = u8::try_from(ids.len() - at).expect("a phrase of 255 words at most");
            let at = u32::try_from(at).expect("phrase words fit u32");
            phrases.push((ids[at as usize], Phrase { kind, len, at }));
        };
        // Whether a trimmed entry has two words or more (the files' whitespace is ASCII).
        let several = |s: &str| s.bytes().any(|b| b.is_ascii_whitespace());
        let file = Text::CuePhrases;
        for line in file.lines() {
            let mut parts = fields(line, b'\t');
            let phrase = parts.next().unwrap_or("").trim_ascii();
            let kind = match parts.next().map(str::trim_ascii) {
                Some("source_after") => PhraseCue::SourceAfter,
                Some("frame") => PhraseCue::Frame,
                _ => PhraseCue::Verb,
            };
            if several(phrase) {
                add(&mut cues, file, phrase, PhraseKind::Cue(kind));
            }
        }
        let file = Text::DenyPhrases;
        for line in file.lines() {
            let phrase = fields(line, b'\t').next().unwrap_or("").trim_ascii();
            if several(phrase) {
                add(&mut cues, file, phrase, PhraseKind::Cue(PhraseCue::Deny));
            }
        }
        for (file, kind) in [
            (Text::DoubtCues, PhraseKind::Doubt),
            (Text::NonStatements, PhraseKind::NonStatement),
        ] {
            for line in file.lines() {
                let phrase = line.trim_ascii();
                if !phrase.is_empty() {
                    add(&mut cues, file, phrase, kind);
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
    fn id(&mut self, word: ListWord) -> CueId {
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

    fn entry(&mut self, word: ListWord) -> &mut CueWord {
        let id = self.id(word);
        &mut self.words[id as usize]
    }
}

/// A word list of one word per line, built into a set on first use.
fn word_set(cell: &'static OnceLock<WordList>, file: Text) -> &'static WordList {
    cell.get_or_init(|| one_word_lines(file))
}

/// The entries of a list of one word (or phrase) a line, folded as written.
fn one_word_lines(file: Text) -> WordList {
    let mut set = WordList::with_capacity(lines(file.text()));
    for line in file.lines() {
        set.insert(file.word(line.trim_ascii()));
    }
    set
}

/// Whether a folded word is a noun that points back at what somebody said ("report",
/// "account", "claims").
pub fn is_report_noun(word: &str) -> bool {
    static WORDS: OnceLock<WordList> = OnceLock::new();
    word_set(&WORDS, Text::ReportNouns).contains(word)
}

/// Whether a folded word counts almost anything ("people", "homes", "cases").
pub fn is_generic_noun(word: &str) -> bool {
    static WORDS: OnceLock<WordList> = OnceLock::new();
    word_set(&WORDS, Text::GenericNouns).contains(word)
}

/// Whether a folded word names a day or a month ("tuesday", "march", "yesterday").
pub fn is_calendar(word: &str) -> bool {
    static WORDS: OnceLock<WordList> = OnceLock::new();
    word_set(&WORDS, Text::Calendar).contains(word)
}

/// The gender a folded first name says ("hillary": female; "jordan": none), from
/// `data/lexicon/first_names.tsv` (US Census 1990 first names).
pub fn first_name_gender(word: &str) -> Option<Gender> {
    // The file is sorted: a binary search over its bytes, with nothing built at start-up.
    static FILE: &str = include_str!("../data/lexicon/first_names.tsv");
    let header: usize = FILE
        .split_inclusive('\n')
        .take_while(|l| l.starts_with('#'))
        .map(str::len)
        .sum();
    let body = &FILE[header..];
    let line = sorted_line(body, word)?;
    match line.split_once('\t')?.1.trim_ascii() {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

/// The line of `text` (lines sorted by their first tab-separated field, byte order) whose
/// first field is `key`.
fn sorted_line<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    let bytes = text.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        // The line that holds byte `mid`.
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = bytes[mid..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| mid + i);
        let line = &text[start..end];
        let field = line.split('\t').next().unwrap_or("");
        match field.cmp(key) {
            std::cmp::Ordering::Equal => return Some(line),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// The parser's lists, built on first use.
pub fn attribution() -> &'static AttributionLexicon {
    static LEX: OnceLock<AttributionLexicon> = OnceLock::new();
    LEX.get_or_init(AttributionLexicon::build)
}

/// The matcher's word lists.
#[derive(Debug, Default)]
pub struct MatcherLexicon {
    /// Folded word to the number of its synonym group (its line).
    pub synonyms: WordTable<u32>,
    /// Antonym pairs as listed, one way round (the stem index looks them up).
    pub antonyms: Vec<(ListWord, ListWord)>,
    pub negations: WordList,
    pub weak_negations: WordList,
    pub stopwords: WordList,
    pub contrast: WordTable<bool>,
    /// Irregular inflected form to its base: "told" -> "tell", "children" -> "child".
    pub irregular: WordTable<ListWord>,
}

impl MatcherLexicon {
    fn build() -> Self {
        let synonyms = Text::Synonyms;
        let irregular = [Text::IrregularVerbs, Text::IrregularPlurals];
        let mut lex = MatcherLexicon {
            // A group a line, its words separated by commas.
            synonyms: WordTable::with_capacity(
                lines(synonyms.text()) + count(synonyms.text(), b','),
            ),
            negations: WordList::with_capacity(lines(Text::Negation.text())),
            weak_negations: WordList::default(),
            stopwords: one_word_lines(Text::Stopwords),
            contrast: WordTable::with_capacity(lines(Text::ContrastMarkers.text())),
            irregular: WordTable::with_capacity(irregular.iter().map(|f| lines(f.text())).sum()),
            ..MatcherLexicon::default()
        };
        for (group, line) in synonyms.lines().enumerate() {
            let group = u32::try_from(group).expect("synonym groups fit u32");
            for word in fields(line, b',') {
                let w = word.trim_ascii();
                if !w.is_empty() {
                    lex.synonyms.insert_first(synonyms.word(w), group);
                }
            }
        }
        let file = Text::Antonyms;
        lex.antonyms.reserve(lines(file.text()));
        for line in file.lines() {
            let mut parts = fields(line, b'\t').map(str::trim_ascii);
            if let (Some(a), Some(b)) = (parts.next(), parts.next())
                && !a.is_empty()
                && !b.is_empty()
                && a != b
            {
                lex.antonyms.push((file.word(a), file.word(b)));
            }
        }
        // The cues are folded (some are written with ’); the strength is read as written.
        for (line, folded) in Text::Negation.folded_lines(Text::NegationFolded) {
            let cue = fields(folded, b'\t').next().unwrap_or("").trim_ascii();
            if cue.is_empty() {
                continue;
            }
            let cue = Text::NegationFolded.word(cue);
            if fields(line, b'\t').nth(1).map(str::trim_ascii) == Some("weak") {
                lex.weak_negations.insert(cue);
            } else {
                lex.negations.insert(cue);
            }
        }
        let file = Text::ContrastMarkers;
        for line in file.lines() {
            let mut parts = fields(line, b'\t').map(str::trim_ascii);
            let marker = parts.next().unwrap_or("");
            let strong = parts.next() != Some("weak");
            if !marker.is_empty() {
                lex.contrast.insert(file.word(marker), strong);
            }
        }
        for file in irregular {
            for line in file.lines() {
                let mut forms = line.split_ascii_whitespace();
                let Some(base) = forms.next() else { continue };
                for form in forms {
                    if form != base {
                        lex.irregular.insert_first(file.word(form), file.word(base));
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
    fn first_names_say_a_gender_unless_shared() {
        assert_eq!(first_name_gender("michael"), Some(Gender::Male));
        assert_eq!(first_name_gender("hillary"), Some(Gender::Female));
        assert_eq!(first_name_gender("jordan"), None);
        assert_eq!(first_name_gender("harbour"), None);
    }

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
    fn ascii_runs_end_at_the_first_other_byte() {
        for text in [
            "",
            "abc",
            "abcdefghijklmnop",
            "abcdefghé",
            "é",
            "abcdefgh’ijk",
            "ab’",
        ] {
            let n = text
                .bytes()
                .position(|b| !b.is_ascii())
                .unwrap_or(text.len());
            assert_eq!(ascii_run(text.as_bytes()), n, "{text:?}");
        }
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

    /// Every data file.
    const FILES: [Text; 24] = [
        Text::Countries,
        Text::BeliefVerbs,
        Text::Calendar,
        Text::CuePhrases,
        Text::DenyPhrases,
        Text::DenyVerbs,
        Text::DoubtCues,
        Text::Hedges,
        Text::NewsAgencies,
        Text::NonStatements,
        Text::NounLike,
        Text::QuoteVerbs,
        Text::ReportNouns,
        Text::RoleNouns,
        Text::SpeechVerbs,
        Text::Titles,
        Text::Antonyms,
        Text::ContrastMarkers,
        Text::GenericNouns,
        Text::IrregularPlurals,
        Text::IrregularVerbs,
        Text::Negation,
        Text::Stopwords,
        Text::Synonyms,
    ];

    #[test]
    fn data_texts_are_their_files() {
        // Each file's first line names it: DATA must list the files in Text's order.
        let names = [
            "countries.tsv",
            "belief_verbs.txt",
            "calendar.txt",
            "cue_phrases.txt",
            "deny_phrases.txt",
            "deny_verbs.txt",
            "doubt_cues.txt",
            "hedges.txt",
            "news_agencies.txt",
            "non_statements.txt",
            "noun_like_verb_forms.txt",
            "quote_verbs.txt",
            "report_nouns.txt",
            "role_nouns.txt",
            "speech_verbs.txt",
            "titles.txt",
            "antonyms.txt",
            "contrast_markers.txt",
            "generic_nouns.txt",
            "irregular_plurals.txt",
            "irregular_verbs.txt",
            "negation.txt",
            "stopwords.txt",
            "synonyms.txt",
        ];
        for (file, name) in FILES.into_iter().zip(names) {
            let first = file.text().lines().next().unwrap();
            assert!(first.starts_with(&format!("# {name}")), "{file:?}: {first}");
        }
    }

    /// The files folded at start-up, with their folded copies; every other is used as
    /// written.
    const FOLDED_AT_START: [(Text, Text); 4] = [
        (Text::Countries, Text::CountriesFolded),
        (Text::NewsAgencies, Text::NewsAgenciesFolded),
        (Text::Titles, Text::TitlesFolded),
        (Text::Negation, Text::NegationFolded),
    ];

    #[test]
    fn data_files_are_folded_ascii_as_written() {
        // The lists borrow their words from the files as they are: an entry written in upper
        // case or with ’ would never match. (Put a list that needs either among
        // FOLDED_AT_START and build it from `folded_lines`.)
        for file in FILES {
            if FOLDED_AT_START.iter().any(|(f, _)| *f == file) {
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
        for file in FILES {
            for c in file.text().chars().filter(|c| c.is_whitespace()) {
                assert!(matches!(c, ' ' | '\t' | '\n'), "{file:?}: {c:?}");
            }
        }
    }

    #[test]
    fn folded_files_keep_their_lines() {
        for (file, folded) in FOLDED_AT_START {
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
        let text = Text::CuePhrases;
        let line = text.lines().next().unwrap();
        let word = text.word(&line[..2]);
        assert_eq!(word.as_str(), &line[..2]);
        assert_eq!(word.prefix(1).as_str(), &line[..1]);
        assert_eq!(std::mem::size_of::<ListWord>(), 4);
        let hash = |h: &dyn Fn(&mut WordHasher)| {
            let mut state = WordHasher::default();
            h(&mut state);
            state.finish()
        };
        assert_eq!(hash(&|s| word.hash(s)), hash(&|s| line[..2].hash(s)));
        let mut table = WordTable::with_capacity(1);
        table.insert(word, 7);
        assert_eq!(table.get(&line[..2]), Some(&7));
        assert_eq!(table.get(&line[..1]), None);
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
        assert!(!m.stopwords.is_empty());
    }
}
