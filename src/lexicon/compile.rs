//! The builders of the word lists' tables, run by `build.rs` (not part of the crate): they read
//! the data files as the lists' types expect and write the tables out as Rust statics, laid
//! out with the hash they are looked up with (see `store.rs`), so a run parses and hashes
//! nothing. The types written out are those of `src/lexicon.rs`.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt::Write as _;
use std::sync::OnceLock;

use crate::store::{
    EMPTY, MAX_ENTRIES, SIEVE_WORDS, data_lines, fields, fold, length_bit, number_hash,
    second_word_bit, sieve_bit, slot, word_hash,
};

/// The texts words live in: `(variant of lexicon's Text, text)`, set once by `build.rs`.
pub static TEXTS: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();

/// The text of `Text::Stems`, known once the stem index has stemmed every word.
static STEMS: OnceLock<&'static str> = OnceLock::new();

/// A text, by its place in [`TEXTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text(pub usize);

impl Text {
    pub fn text(self) -> &'static str {
        match &TEXTS.get().expect("texts set")[self.0] {
            (name, _) if name == "Stems" => STEMS.get().expect("stems written"),
            (_, text) => text,
        }
    }

    fn lines(self) -> impl Iterator<Item = &'static str> {
        data_lines(self.text())
    }

    /// The lines of a file as written and folded, side by side: folding keeps every newline,
    /// tab and `#`, so the two list the same lines.
    fn folded_lines(self, folded: Text) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.lines().zip(folded.lines())
    }

    /// `s`, a slice of this text, as a word.
    fn word(self, s: &'static str) -> Word {
        let at = s.as_ptr() as usize - self.text().as_ptr() as usize;
        assert_eq!(self.text().get(at..at + s.len()), Some(s));
        Word {
            text: self.0,
            at,
            len: s.len(),
        }
    }
}

/// A word of the lists by place, as lexicon's `ListWord`; equal and hashed as its text.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    text: usize,
    at: usize,
    len: usize,
}

impl Word {
    pub fn as_str(self) -> &'static str {
        &Text(self.text).text()[self.at..self.at + self.len]
    }

    fn prefix(self, len: usize) -> Word {
        assert!(self.as_str().is_char_boundary(len.min(self.len)));
        Word {
            len: len.min(self.len),
            ..self
        }
    }

    /// The word as a Rust expression.
    fn rust(self) -> String {
        let name = &TEXTS.get().expect("texts set")[self.text].0;
        assert!(self.len < 256, "list entries are under 256 bytes");
        assert!(self.at < 65536, "data files are under 64 KiB");
        format!(
            "ListWord {{ text: Text::{name}, len: {}, at: {} }}",
            self.len, self.at
        )
    }
}

/// A table of words while it is built: entries in the order added, found by text.
#[derive(Debug)]
pub struct Table<V> {
    entries: Vec<(Word, V)>,
    index: HashMap<&'static str, usize>,
}

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table {
            entries: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<V> Table<V> {
    pub fn get(&self, word: &str) -> Option<&V> {
        self.index.get(word).map(|&i| &self.entries[i].1)
    }

    fn contains_key(&self, word: &str) -> bool {
        self.index.contains_key(word)
    }

    fn len(&self) -> usize {
        self.entries.len()
    }

    fn keys(&self) -> impl Iterator<Item = Word> + '_ {
        self.entries.iter().map(|(w, _)| *w)
    }

    /// Adds a word, replacing what it held: the last entry wins.
    fn insert(&mut self, word: Word, value: V) {
        match self.index.entry(word.as_str()) {
            Entry::Occupied(e) => self.entries[*e.get()].1 = value,
            Entry::Vacant(e) => {
                e.insert(self.entries.len());
                self.entries.push((word, value));
            }
        }
    }

    /// Adds a word unless it is there already: the first entry wins. The entry's number.
    fn insert_first(&mut self, word: Word, value: V) -> usize {
        match self.index.entry(word.as_str()) {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => {
                e.insert(self.entries.len());
                self.entries.push((word, value));
                self.entries.len() - 1
            }
        }
    }

    /// The table as a `WordTable` expression, its values written by `value`.
    fn rust(&self, value: impl Fn(&V) -> String) -> String {
        let n = self.entries.len();
        assert!(
            n <= MAX_ENTRIES,
            "a table holds at most {MAX_ENTRIES} words"
        );
        let mut slots = vec![EMPTY; (2 * n).next_power_of_two()];
        let mask = slots.len() - 1;
        for (e, (w, _)) in self.entries.iter().enumerate() {
            let hash = word_hash(w.as_str().as_bytes());
            let mut i = hash as usize & mask;
            while slots[i] != EMPTY {
                i = (i + 1) & mask;
            }
            slots[i] = slot(e, hash);
        }
        let mut out = String::from("WordTable { entries: &[");
        for (w, v) in &self.entries {
            let _ = write!(out, "({}, {}),", w.rust(), value(v));
        }
        let lengths = self
            .entries
            .iter()
            .fold(0u64, |bits, (w, _)| bits | length_bit(w.as_str().len()));
        let mut sieve = [0u64; SIEVE_WORDS];
        for (w, _) in &self.entries {
            let bit = sieve_bit(w.as_str().as_bytes());
            sieve[bit / 64] |= 1 << (bit % 64);
        }
        out.push_str("], slots: &");
        let _ = write!(out, "{slots:?}, lengths: {lengths}, sieve: &{sieve:?} }}");
        out
    }
}

/// A set of numbers as a `NumberSet` expression.
fn number_set(numbers: impl IntoIterator<Item = u64>) -> String {
    let mut numbers: Vec<u64> = numbers.into_iter().collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut slots = vec![u64::MAX; (2 * numbers.len()).next_power_of_two()];
    let mask = slots.len() - 1;
    for n in numbers {
        assert_ne!(n, u64::MAX);
        let mut i = number_hash(n) as usize & mask;
        while slots[i] != u64::MAX {
            i = (i + 1) & mask;
        }
        slots[i] = n;
    }
    format!("NumberSet {{ slots: &{slots:?} }}")
}

fn list_rust(t: &Table<()>) -> String {
    format!("WordList({})", t.rust(|_| "()".into()))
}

/// The texts and tables, written as Rust: what `src/lexicon.rs` includes.
#[derive(Default)]
pub struct Out {
    pub rust: String,
}

impl Out {
    fn item(&mut self, doc: &str, decl: &str, expr: &str) {
        let _ = writeln!(self.rust, "/// {doc}\n{decl} = {expr};\n");
    }
}

/// The files with capitals or ’ in their entries, and the texts their folded copies are.
pub const FOLDED: [(&str, &str); 4] = [
    ("Countries", "CountriesFolded"),
    ("NewsAgencies", "NewsAgenciesFolded"),
    ("Titles", "TitlesFolded"),
    ("Negation", "NegationFolded"),
];

/// Folded copy of a whole file (see `fold`).
pub fn folded_text(text: &str) -> String {
    fold(text)
}

/// Looks a text up by its variant name.
fn t(name: &str) -> Text {
    let texts = TEXTS.get().expect("texts set");
    Text(
        texts
            .iter()
            .position(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no text {name}")),
    )
}

/// The entries of a list of one word (or phrase) a line, folded as written.
fn one_word_lines(file: Text) -> Table<()> {
    let mut set = Table::default();
    for line in file.lines() {
        set.insert(file.word(line.trim_ascii()), ());
    }
    set
}

/// How the crate reaches a data file (the third column of build.rs's `FILES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Through what a builder below makes of it: a file with columns, or one of several
    /// files that one table holds.
    Built,
    /// As the static `lexicon::NAME`, a `WordList` of its entries: for membership tests.
    Set,
    /// As the static `lexicon::NAME`, a `&[&str]` of its entries in file order: for scans
    /// where order matters (the first that matches, a prefix).
    Slice,
    /// As the static `lexicon::NAME`, a `&[&[&str]]` of its entries' words in file order:
    /// phrases matched word by word, the first that matches taken.
    Phrases,
}

/// Writes the static `NAME` of a file reached by name (see [`Reach`]); its text is the
/// variant `file` of `Text`.
pub fn write_list(out: &mut Out, name: &str, file: &str, path: &str, reach: Reach) {
    // A file with capitals or ’ in its entries is read from its folded copy: its words are
    // looked up folded.
    let file = FOLDED
        .iter()
        .find(|(f, _)| *f == file)
        .map_or(t(file), |(_, folded)| t(folded));
    let entries = file.lines().map(str::trim_ascii);
    let (kind, expr) = match reach {
        Reach::Built => return,
        Reach::Set => (
            "a set",
            format!("WordList = {}", list_rust(&one_word_lines(file))),
        ),
        Reach::Slice => {
            let entries: Vec<&str> = entries.collect();
            ("in file order", format!("&[&str] = &{entries:?}"))
        }
        Reach::Phrases => {
            let phrases: Vec<String> = entries
                .map(|p| format!("&{:?}", p.split_ascii_whitespace().collect::<Vec<_>>()))
                .collect();
            (
                "in file order, each cut into its words",
                format!("&[&[&str]] = &[{}]", phrases.join(",")),
            )
        }
    };
    let _ = writeln!(
        out.rust,
        "/// The entries of `{path}`, {kind}: the file says what they are for.\npub static {name}: {expr};\n"
    );
}

/// Writes every table; the stems written out for the stem index are returned, the text of
/// `Text::Stems` (built before it is known, so its words are made after).
pub fn write_all(out: &mut Out) -> &'static str {
    write_countries(out);
    write_roles(out);
    write_agencies(out);
    write_first_names(out);
    write_attribution(out);
    let matcher = write_matcher(out);
    write_stem_index(out, &matcher)
}

fn write_countries(out: &mut Out) {
    let (file, folded) = (t("Countries"), t("CountriesFolded"));
    let mut canonical = Vec::new();
    let mut tables: [Table<u16>; 3] = Default::default();
    // A name or variant: the first country to list it keeps it.
    let mut max_words = 0;
    let mut add = |map: &mut Table<u16>, s: &'static str, idx: u16| {
        let s = s.trim_ascii();
        let key = s.strip_prefix("the ").unwrap_or(s);
        if !key.is_empty() {
            max_words = usize::max(max_words, 1 + key.bytes().filter(|&b| b == b' ').count());
            map.insert_first(folded.word(key), idx);
        }
    };
    for (line, folded_line) in file.folded_lines(folded) {
        let name = fields(line, b'\t').next().unwrap_or("").trim_ascii();
        if name.is_empty() {
            continue;
        }
        let idx = u16::try_from(canonical.len()).expect("countries fit u16");
        canonical.push(name);
        let mut columns = fields(folded_line, b'\t');
        add(&mut tables[0], columns.next().unwrap_or(""), idx);
        for map in &mut tables {
            if let Some(list) = columns.next() {
                for item in fields(list, b'|') {
                    add(map, item, idx);
                }
            }
        }
    }
    let [by_name, by_seat, by_demonym] = tables.map(|t| t.rust(|v| v.to_string()));
    out.item(
        "Countries with their names, seats of government and demonyms.",
        "static COUNTRIES: Countries",
        &format!(
            "Countries {{ canonical: &{canonical:?}, by_name: {by_name}, by_seat: {by_seat}, \
             by_demonym: {by_demonym}, max_words: {max_words} }}"
        ),
    );
}

fn write_roles(out: &mut Out) {
    let file = t("RoleNouns");
    let mut roles = Table::default();
    for line in file.lines() {
        let mut fields = fields(line, b'\t').map(str::trim_ascii);
        let noun = fields.next().unwrap_or("");
        let class = match fields.next() {
            Some("org") => "Org",
            Some("group") => "Group",
            _ => "Person",
        };
        let gender = match fields.next() {
            Some("m") => "Some(Gender::Male)",
            Some("f") => "Some(Gender::Female)",
            _ => "None",
        };
        roles.insert(
            file.word(noun),
            format!("RoleNoun {{ class: EntityClass::{class}, gender: {gender} }}"),
        );
    }
    out.item(
        "Role nouns with the kind of speaker they name.",
        "static ROLES: WordTable<RoleNoun>",
        &roles.rust(String::clone),
    );
}

fn write_agencies(out: &mut Out) {
    let (file, folded) = (t("NewsAgencies"), t("NewsAgenciesFolded"));
    let mut agencies = Table::default();
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
    out.item(
        "Folded names of news agencies to their canonical names.",
        "static AGENCIES: WordTable<ListWord>",
        &agencies.rust(|w| w.rust()),
    );
}

fn write_first_names(out: &mut Out) {
    let file = t("FirstNames");
    let mut names = Table::default();
    for line in file.lines() {
        let mut fields = fields(line, b'\t');
        let name = fields.next().unwrap_or("");
        let gender = match fields.next().map(str::trim_ascii) {
            Some("m") => "Some(Gender::Male)",
            Some("f") => "Some(Gender::Female)",
            _ => "None",
        };
        names.insert(file.word(name), gender.to_string());
    }
    out.item(
        "Folded first names with the gender each says.",
        "static FIRST_NAMES: WordTable<Option<Gender>>",
        &names.rust(String::clone),
    );
}

#[derive(Debug, Clone, Copy)]
struct Verb {
    lemma: Word,
    class: &'static str,
}

#[derive(Debug, Default, Clone)]
struct CueWord {
    verb: Option<Verb>,
    phrases: (u16, u16),
    /// See the crate's `CueWord::phrase_seconds`.
    phrase_seconds: u64,
    quote_verb: Option<Word>,
    noun_like: bool,
    nominal: bool,
}

#[derive(Debug, Clone, Copy)]
struct Phrase {
    kind: &'static str,
    len: u8,
    at: u32,
}

/// `cue_index` and `cue_words` while they are built.
#[derive(Default)]
struct CueWords {
    index: Table<u16>,
    words: Vec<CueWord>,
}

impl CueWords {
    /// The number of a word, given the next when it is new. Numbers only name words: they
    /// are given as met, not sorted.
    fn id(&mut self, word: Word) -> u16 {
        // The last number is kept for "none".
        let next = u16::try_from(self.words.len())
            .ok()
            .filter(|&id| id < u16::MAX)
            .expect("cue lists too long for CueId");
        let e = self.index.insert_first(word, next);
        if e == self.words.len() {
            self.words.push(CueWord::default());
        }
        self.index.entries[e].1
    }

    fn entry(&mut self, word: Word) -> &mut CueWord {
        let id = self.id(word);
        &mut self.words[id as usize]
    }
}

fn write_attribution(out: &mut Out) {
    // Denial first so that a verb listed in both keeps its stronger reading.
    let verbs = [
        ("DenyVerbs", "Deny"),
        ("SpeechVerbs", "Speech"),
        ("OpinionVerbs", "Opinion"),
        ("BeliefVerbs", "Belief"),
    ];
    let mut cues = CueWords::default();
    for (file, class) in verbs {
        let file = t(file);
        for line in file.lines() {
            let mut forms = line.split_ascii_whitespace().map(|w| file.word(w));
            let Some(lemma) = forms.next() else { continue };
            for form in std::iter::once(lemma).chain(forms) {
                cues.entry(form).verb.get_or_insert(Verb { lemma, class });
            }
        }
    }
    // "support\tendorse endorses …": a class, then the lemma and its forms.
    let file = t("PositionVerbs");
    for line in file.lines() {
        let mut parts = fields(line, b'\t');
        let class = match parts.next().map(str::trim_ascii) {
            Some("support") => "Support",
            Some("oppose") => "Oppose",
            _ => continue,
        };
        let mut forms = parts
            .next()
            .unwrap_or("")
            .split_ascii_whitespace()
            .map(|w| file.word(w));
        let Some(lemma) = forms.next() else { continue };
        for form in std::iter::once(lemma).chain(forms) {
            cues.entry(form).verb.get_or_insert(Verb { lemma, class });
        }
    }
    let file = t("QuoteVerbs");
    for line in file.lines() {
        let mut forms = line.split_ascii_whitespace().map(|w| file.word(w));
        let Some(lemma) = forms.next() else { continue };
        for form in std::iter::once(lemma).chain(forms) {
            cues.entry(form).quote_verb = Some(lemma);
        }
    }
    let file = t("NounLike");
    for line in file.lines() {
        cues.entry(file.word(line.trim_ascii())).noun_like = true;
    }
    for name in ["ClaimNouns", "PledgeNouns"] {
        let file = t(name);
        for line in file.lines() {
            cues.entry(file.word(line.trim_ascii())).nominal = true;
        }
    }
    // Each multi-word entry's words numbered in one buffer; grouped by first word below.
    let mut phrases: Vec<(u16, Phrase)> = Vec::new();
    let mut ids: Vec<u16> = Vec::new();
    let mut add = |cues: &mut CueWords, file: Text, text: &'static str, kind: &'static str| {
        let at = ids.len();
        for w in text.split_ascii_whitespace() {
            ids.push(cues.id(file.word(w)));
        }
        let len = u8::try_from(ids.len() - at).expect("a phrase of 255 words at most");
        let at = u32::try_from(at).expect("phrase words fit u32");
        phrases.push((ids[at as usize], Phrase { kind, len, at }));
    };
    // Whether a trimmed entry has two words or more (the files' whitespace is ASCII).
    let several = |s: &str| s.bytes().any(|b| b.is_ascii_whitespace());
    let file = t("CuePhrases");
    for line in file.lines() {
        let mut parts = fields(line, b'\t');
        let phrase = parts.next().unwrap_or("").trim_ascii();
        let kind = match parts.next().map(str::trim_ascii) {
            Some("source_after") => "PhraseKind::Cue(PhraseCue::SourceAfter)",
            Some("frame") => "PhraseKind::Cue(PhraseCue::Frame)",
            _ => "PhraseKind::Cue(PhraseCue::Verb)",
        };
        if several(phrase) {
            add(&mut cues, file, phrase, kind);
        }
    }
    let file = t("DenyPhrases");
    for line in file.lines() {
        let phrase = fields(line, b'\t').next().unwrap_or("").trim_ascii();
        if several(phrase) {
            add(&mut cues, file, phrase, "PhraseKind::Cue(PhraseCue::Deny)");
        }
    }
    for (file, kind) in [
        ("DoubtCues", "PhraseKind::Doubt"),
        ("NonStatements", "PhraseKind::NonStatement"),
    ] {
        let file = t(file);
        for line in file.lines() {
            let phrase = line.trim_ascii();
            if !phrase.is_empty() {
                add(&mut cues, file, phrase, kind);
            }
        }
    }
    // Grouped by first word, in the order added (a stable sort by first word's number).
    let number = |n: usize| u16::try_from(n).expect("multi-word entries fit u16");
    phrases.sort_by_key(|(first, _)| *first);
    let mut start = 0;
    for (id, word) in cues.words.iter_mut().enumerate() {
        let end = start + phrases[start..].partition_point(|(f, _)| usize::from(*f) == id);
        word.phrases = (number(start), number(end));
        word.phrase_seconds = phrases[start..end]
            .iter()
            .map(|(_, p)| match p.len {
                1 => u64::MAX,
                _ => second_word_bit(ids[p.at as usize + 1]),
            })
            .fold(0, |mask, bit| mask | bit);
        start = end;
    }
    let words: Vec<String> = cues
        .words
        .iter()
        .map(|w| {
            let verb = w.verb.map_or("None".into(), |v| {
                format!(
                    "Some(Verb {{ lemma: {}, class: VerbClass::{} }})",
                    v.lemma.rust(),
                    v.class
                )
            });
            let quote = w
                .quote_verb
                .map_or("None".into(), |q| format!("Some({})", q.rust()));
            format!(
                "CueWord {{ verb: {verb}, phrases: {:?}, phrase_seconds: {:#x}, quote_verb: \
                 {quote}, noun_like: {}, nominal: {} }}",
                w.phrases, w.phrase_seconds, w.noun_like, w.nominal
            )
        })
        .collect();
    let phrases: Vec<String> = phrases
        .iter()
        .map(|(_, p)| {
            format!(
                "Phrase {{ kind: {}, len: {}, at: {} }}",
                p.kind, p.len, p.at
            )
        })
        .collect();
    out.item(
        "The parser's word lists.",
        "static ATTRIBUTION: AttributionLexicon",
        &format!(
            "AttributionLexicon {{ cue_index: {}, cue_words: &[{}], phrases: &[{}], \
             phrase_ids: &{ids:?} }}",
            cues.index.rust(|v| v.to_string()),
            words.join(","),
            phrases.join(","),
        ),
    );
}

/// The matcher's lists while they are built: what the stemmer reads (as lexicon's
/// `MatcherLexicon`), and what the stem index is computed from.
#[derive(Default)]
pub struct Matcher {
    synonyms: Table<u32>,
    /// Synonyms that stand for their own form only ("=talks" in the file): no stem of theirs
    /// joins the group.
    exact_forms: Table<()>,
    antonyms: Vec<(Word, Word)>,
    /// Irregular inflected form to its base: "told" -> "tell", "children" -> "child".
    pub irregular: Table<Word>,
    /// Nouns whose final "e" the stemmer keeps ("aide", not "aid").
    keep_final_e: Table<()>,
}

impl Matcher {
    /// Whether the stemmer keeps the final "e" of `stem` (see `lexicon::MatcherLexicon`).
    pub fn keeps_final_e(&self, stem: &str) -> bool {
        self.keep_final_e.contains_key(stem)
    }
}

fn write_matcher(out: &mut Out) -> Matcher {
    let mut lex = Matcher::default();
    let synonyms = t("Synonyms");
    for (group, line) in synonyms.lines().enumerate() {
        let group = u32::try_from(group).expect("synonym groups fit u32");
        for word in fields(line, b',') {
            let w = word.trim_ascii();
            // "=talks": that form only, not every word of its stem ("talk", "talked").
            let (w, exact) = match w.strip_prefix('=') {
                Some(form) => (form, true),
                None => (w, false),
            };
            if !w.is_empty() {
                let word = synonyms.word(w);
                lex.synonyms.insert_first(word, group);
                if exact {
                    lex.exact_forms.insert_first(word, ());
                }
            }
        }
    }
    let file = t("Antonyms");
    for line in file.lines() {
        let mut parts = fields(line, b'\t').map(str::trim_ascii);
        // ("rise, grow<TAB>fall, drop": every word of one side against every word of the
        // other.)
        if let (Some(left), Some(right)) = (parts.next(), parts.next()) {
            for a in fields(left, b',').map(str::trim_ascii) {
                for b in fields(right, b',').map(str::trim_ascii) {
                    if !a.is_empty() && !b.is_empty() && a != b {
                        lex.antonyms.push((file.word(a), file.word(b)));
                    }
                }
            }
        }
    }
    // The cues are folded (some are written with ’); the strength is read as written.
    let (mut negations, mut weak_negations) = (Table::default(), Table::default());
    let folded = t("NegationFolded");
    for (line, folded_line) in t("Negation").folded_lines(folded) {
        let cue = fields(folded_line, b'\t').next().unwrap_or("").trim_ascii();
        if cue.is_empty() {
            continue;
        }
        let cue = folded.word(cue);
        if fields(line, b'\t').nth(1).map(str::trim_ascii) == Some("weak") {
            weak_negations.insert(cue, ());
        } else {
            negations.insert(cue, ());
        }
    }
    let mut contrast = Table::default();
    let file = t("ContrastMarkers");
    for line in file.lines() {
        let mut parts = fields(line, b'\t').map(str::trim_ascii);
        let marker = parts.next().unwrap_or("");
        let strong = parts.next() != Some("weak");
        if !marker.is_empty() {
            contrast.insert(file.word(marker), strong);
        }
    }
    for file in ["IrregularVerbs", "IrregularPlurals"] {
        let file = t(file);
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
    let file = t("KeepFinalE");
    for line in file.lines() {
        let w = line.trim_ascii();
        if !w.is_empty() {
            lex.keep_final_e.insert(file.word(w), ());
        }
    }
    let antonyms: Vec<String> = lex
        .antonyms
        .iter()
        .map(|(a, b)| format!("({}, {})", a.rust(), b.rust()))
        .collect();
    out.item(
        "The matcher's word lists.",
        "static MATCHER: MatcherLexicon",
        &format!(
            "MatcherLexicon {{ synonyms: {}, antonyms: &[{}], negations: {}, \
             weak_negations: {}, contrast: {}, irregular: {}, keep_final_e: {} }}",
            lex.synonyms.rust(|g| g.to_string()),
            antonyms.join(","),
            list_rust(&negations),
            list_rust(&weak_negations),
            contrast.rust(|s| s.to_string()),
            lex.irregular.rust(|w| w.rust()),
            list_rust(&lex.keep_final_e),
        ),
    );
    lex
}

/// The stem of a word of the lists (see `stem_of`) as a word too: the start of the word or
/// of its irregular base, or, when it ends in a "y" the word lacks ("notified": "notify"),
/// written out in `stems` (the text of `Text::Stems`).
fn stem_word(w: Word, lex: &Matcher, stems: &mut String) -> Word {
    let text = w.as_str();
    let s = crate::stem::stem_of(text, lex);
    if s.y {
        let at = stems.len();
        stems.push_str(s.base);
        stems.push('y');
        return Word {
            text: t("Stems").0,
            at,
            len: stems.len() - at,
        };
    }
    if s.base.as_ptr() == text.as_ptr() {
        return w.prefix(s.base.len());
    }
    // Not the word's own start: the start of its irregular base.
    let mut form = text;
    while let Some(rest) = form.strip_suffix("'s") {
        form = rest;
    }
    let base = *lex
        .irregular
        .get(form)
        .expect("a stem outside its word starts its irregular base");
    assert_eq!(base.as_str().as_ptr(), s.base.as_ptr());
    base.prefix(s.base.len())
}

/// Writes the stem index's tables, once the stems are written out (the text of
/// `Text::Stems`); returns that text.
/// The phrases whose first word has one stem: each one's other words and its group.
type PhrasesOf = Vec<(Vec<&'static str>, u32)>;

fn write_stem_index(out: &mut Out, lex: &Matcher) -> &'static str {
    // Every word stemmed once, first: a stem written out must be in its text before any
    // stem is hashed or compared.
    let mut written = String::new();
    let mut stem = |w: Word| stem_word(w, lex, &mut written);
    // A pair of opposites holds for the synonyms of each side too: "illegal" against
    // "lawful", as "illegal" against "legal" (lawful ≈ legal).
    let with_synonyms = |w: Word| -> Vec<Word> {
        let group = lex.synonyms.get(w.as_str()).copied();
        let mut all: Vec<Word> = lex
            .synonyms
            .entries
            .iter()
            .filter(|&&(x, g)| {
                Some(g) == group
                    && !x.as_str().contains(' ')
                    && !lex.exact_forms.contains_key(x.as_str())
            })
            .map(|&(x, _)| x)
            .collect();
        if !all.iter().any(|x| x.as_str() == w.as_str()) {
            all.insert(0, w);
        }
        all
    };
    // (Only for opposites one of which is the other with a negative prefix, "legal" and
    // "illegal": verbs of change have broad groups, and "cut" ≈ "trim" against "grow" ≈
    // "rise" opposes what was never said to change.)
    let negated_form = |a: &str, b: &str| {
        let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
        ["un", "in", "il", "im", "ir", "dis", "non"]
            .iter()
            .any(|p| long.strip_prefix(p) == Some(short))
    };
    let mut word_pairs: Vec<(Word, Word)> = Vec::new();
    for &(a, b) in &lex.antonyms {
        if !negated_form(a.as_str(), b.as_str()) {
            word_pairs.push((a, b));
            continue;
        }
        for x in with_synonyms(a) {
            for y in with_synonyms(b) {
                if !word_pairs
                    .iter()
                    .any(|(p, q)| p.as_str() == x.as_str() && q.as_str() == y.as_str())
                {
                    word_pairs.push((x, y));
                }
            }
        }
    }
    let pairs: Vec<(Word, Word)> = word_pairs
        .into_iter()
        .map(|(a, b)| (stem(a), stem(b)))
        .collect();
    let groups: Vec<(Word, u32)> = lex
        .synonyms
        .entries
        .iter()
        .filter(|(w, _)| !lex.exact_forms.contains_key(w.as_str()))
        .map(|&(w, g)| (stem(w), g))
        .collect();
    let written: &'static str = String::leak(written);
    STEMS.set(written).expect("stems written once");
    // Numbers only name stems, compared for equality: numbered as met, not sorted.
    let mut opposable: Table<u32> = Table::default();
    let mut antonyms = Vec::new();
    for (a, b) in pairs {
        let mut number = |s: Word| {
            let next = opposable.len() as u32;
            let e = opposable.insert_first(s, next);
            opposable.entries[e].1
        };
        let (x, y) = (number(a), number(b));
        antonyms.push(u64::from(x.min(y)) << 32 | u64::from(x.max(y)));
    }
    // Each phrase of a synonym group ("carry out"), with its group and the antonym number of
    // the group's first single word that has one: the matcher reads phrases in claims without
    // going through every entry, or building a table of them, at start-up.
    let single = |w: &Word| !w.as_str().contains(' ') && !lex.exact_forms.contains_key(w.as_str());
    // ("took place" is an event's coming to pass, as "happened": the event predicates are
    // read word by word, not as topics.)
    let events: Vec<u32> = one_word_lines(t("EventPredicates"))
        .keys()
        .filter_map(|w| lex.synonyms.get(w.as_str()).copied())
        .collect();
    // First word's stem -> the rest of each phrase's words and its group, in list order.
    let mut by_first: Vec<(String, PhrasesOf)> = Vec::new();
    let mut seconds: Table<()> = Table::default();
    // A group's opposite, the last phrase's that gives one.
    let mut phrase_opposable: Vec<(u32, u32)> = Vec::new();
    for &(w, g) in lex
        .synonyms
        .entries
        .iter()
        .filter(|(w, _)| w.as_str().contains(' '))
    {
        if events.contains(&g) {
            continue;
        }
        let opposite = lex
            .synonyms
            .entries
            .iter()
            .filter(|(x, h)| *h == g && single(x))
            .find_map(|(x, _)| {
                let s = crate::stem::stem_of(x.as_str(), lex);
                let stem = if s.y {
                    format!("{}y", s.base)
                } else {
                    s.base.to_string()
                };
                opposable.get(&stem).copied()
            });
        let mut parts = w.as_str().split(' ');
        let first = parts.next().unwrap_or_default();
        let Some(second) = parts.next() else {
            continue;
        };
        let s = crate::stem::stem_of(first, lex);
        let stem = if s.y {
            format!("{}y", s.base)
        } else {
            s.base.to_string()
        };
        seconds.insert(Text(w.text).word(second), ());
        if let Some(o) = opposite {
            phrase_opposable.retain(|&(h, _)| h != g);
            phrase_opposable.push((g, o));
        }
        let rest: Vec<&str> = std::iter::once(second).chain(parts).collect();
        match by_first.iter_mut().find(|(f, _)| *f == stem) {
            Some((_, list)) => list.push((rest, g)),
            None => by_first.push((stem, vec![(rest, g)])),
        }
    }
    by_first.sort_by(|a, b| a.0.cmp(&b.0));
    phrase_opposable.sort_unstable();
    let by_first: Vec<String> = by_first
        .iter()
        .map(|(stem, list)| {
            let list: Vec<String> = list
                .iter()
                .map(|(rest, g)| format!("(&{rest:?}, {g})"))
                .collect();
            format!("({stem:?}, &[{}])", list.join(","))
        })
        .collect();
    out.item(
        "The phrases of the synonym groups but the event predicates', by the stem of their \
         first word, sorted: each phrase's other words and its group, in list order.",
        "pub(crate) const PHRASES_BY_FIRST: &[(&str, &[PhraseRest])]",
        &format!("&[{}]", by_first.join(",")),
    );
    out.item(
        "The second word of every phrase of `PHRASES_BY_FIRST`.",
        "pub(crate) const PHRASE_SECONDS: WordList",
        &list_rust(&seconds),
    );
    out.item(
        "A phrase's group and the antonym number of the group's first single word that has \
         one, sorted by group.",
        "pub(crate) const PHRASE_OPPOSABLE: &[(u32, u32)]",
        &format!("&{phrase_opposable:?}"),
    );
    // The first two letters of each phrase's first word and of that word's irregular forms
    // ("took" for "take"): a word of a claim that opens otherwise opens no phrase.
    let firsts: Vec<&str> = lex
        .synonyms
        .entries
        .iter()
        .filter_map(|(w, _)| w.as_str().split_once(' ').map(|(first, _)| first))
        .collect();
    let irregular = lex
        .irregular
        .entries
        .iter()
        .filter(|(_, base)| firsts.contains(&base.as_str()))
        .map(|(form, _)| form.as_str());
    let mut openings: Vec<[u8; 2]> = firsts
        .iter()
        .copied()
        .chain(irregular)
        .filter_map(|w| w.as_bytes().get(..2).map(|b| [b[0], b[1]]))
        .collect();
    openings.sort_unstable();
    openings.dedup();
    out.item(
        "The first two letters of every phrase's first word and of its irregular forms.",
        "pub(crate) const PHRASE_OPENINGS: &[[u8; 2]]",
        &format!("&{openings:?}"),
    );
    // The same as a bit a second byte by the first, for the ASCII ones: most words of a claim
    // are turned away by one load.
    let mut masks = [0u128; 128];
    for [a, b] in &openings {
        if *a < 128 && *b < 128 {
            masks[usize::from(*a)] |= 1 << b;
        }
    }
    out.item(
        "`PHRASE_OPENINGS` of two ASCII bytes: bit b of entry a for the opening [a, b].",
        "pub(crate) const PHRASE_OPENING_MASKS: [u128; 128]",
        &format!("{masks:?}"),
    );
    // The stems of the measure words ("metres": "metr"), sorted: the matcher's figures ask
    // of a word's stem, and stemming the list at start-up cost a short article 50,000
    // instructions.
    let mut measure_stems: Vec<String> = one_word_lines(t("Measures"))
        .keys()
        .map(|w| crate::stem::stem_of(w.as_str(), lex).text().into_owned())
        .collect();
    measure_stems.sort_unstable();
    measure_stems.dedup();
    out.item(
        "The stems of `data/matcher/measures.txt`, sorted.",
        "pub(crate) const MEASURE_STEMS: &[&str]",
        &format!("&{measure_stems:?}"),
    );
    let words = lex.antonyms.iter().flat_map(|&(a, b)| [a, b]);
    let words = words.chain(lex.irregular.keys());
    let prefixes = words
        .filter_map(|w| crate::stem::packed_prefix(w.as_str()))
        .map(u64::from);
    // A stem shared by two groups takes the first group, whichever word is met first.
    let mut synonyms: Table<u32> = Table::default();
    let mut changeable_groups = Vec::new();
    for (s, g) in groups {
        if opposable.contains_key(s.as_str()) {
            changeable_groups.push(u64::from(g));
        }
        let e = synonyms.insert_first(s, g);
        let first = &mut synonyms.entries[e].1;
        *first = (*first).min(g);
    }
    let number = |n: &u32| n.to_string();
    out.item(
        "Stem to the first synonym group with a word of that stem.",
        "pub(crate) const STEM_SYNONYMS: WordTable<u32>",
        &synonyms.rust(number),
    );
    out.item(
        "Every stem that has an antonym, numbered.",
        "pub(crate) const STEM_OPPOSABLE: WordTable<u32>",
        &opposable.rust(number),
    );
    out.item(
        "Antonym pairs of opposable numbers, the smaller first, as `a << 32 | b`.",
        "pub(crate) const STEM_ANTONYMS: NumberSet",
        &number_set(antonyms),
    );
    out.item(
        "Synonym groups holding a word with an antonym.",
        "pub(crate) const STEM_CHANGEABLE_GROUPS: NumberSet",
        &number_set(changeable_groups),
    );
    out.item(
        "First three letters, packed, of every word with an antonym or an irregular form.",
        "pub(crate) const STEM_PREFIXES: NumberSet",
        &number_set(prefixes),
    );
    written
}
