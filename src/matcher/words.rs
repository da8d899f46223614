//! The words of a claim as the matcher reads them: split and folded, stemmed, normalised to
//! synonym groups (the keys [`super::keys`] interns), and its figures with their units and
//! bounds.

use std::borrow::Cow;

use super::stem::packed_prefix;
pub use super::stem::{stem, stem_of};
use crate::document::is_alphanumeric;
use crate::lexicon::{self, MatcherLexicon, NumberSet, WordTable, fold};

/// A word of a claim's content.
#[derive(Debug, Clone, PartialEq)]
pub struct Word<'a> {
    pub surface: &'a str,
    /// Folded form; borrowed when the word already is lower case.
    pub lower: std::borrow::Cow<'a, str>,
    pub capitalized: bool,
    /// Offset of the word in the claim's content text.
    pub at: usize,
}

/// The character at byte `p` of `text` (a char boundary) and its length, decoded only when
/// it is not ASCII.
#[inline]
fn char_at(text: &str, p: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(p)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text[p..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// Whether folding changes a character of a word.
#[inline]
fn needs_fold(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase() || matches!(c, '’' | 'ʼ' | '‘')
    }
}

/// What an ASCII byte is to a word: [`LOWER`] a lower-case letter or a digit, [`UPPER`] a
/// capital, 0 anything else; every other byte 0 too (decoded as a character).
static WORD_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_alphanumeric() {
            LOWER
        } else {
            0
        };
        b += 1;
    }
    table
};
const LOWER: u8 = 1;
const UPPER: u8 = 2;

/// Splits text into words: letters and digits with inner apostrophes, hyphens, and the
/// separators of numbers (1,200 and 2.5).
pub fn words(text: &str) -> Vec<Word<'_>> {
    // About one word in six bytes of news text: one allocation for most claims.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut i = 0;
    while let Some((start, j, c, fold_needed)) = next_word(text, i) {
        let surface = &text[start..j];
        out.push(Word {
            surface,
            lower: if fold_needed {
                std::borrow::Cow::Owned(fold(surface))
            } else {
                std::borrow::Cow::Borrowed(surface)
            },
            capitalized: c.is_uppercase(),
            at: start,
        });
        i = j;
    }
    out
}

/// Each word of `text` as [`words`] splits it, folded, with its surface, until `f` returns
/// false: for a caller that only looks words up, without the list or a string a word.
pub fn each_folded_word(text: &str, mut f: impl FnMut(&str, &str) -> bool) {
    let mut folded = String::new();
    let mut i = 0;
    while let Some((start, j, _, fold_needed)) = next_word(text, i) {
        let surface = &text[start..j];
        let lower = if fold_needed {
            folded.clear();
            lexicon::fold_into(surface, &mut folded);
            folded.as_str()
        } else {
            surface
        };
        if !f(lower, surface) {
            return;
        }
        i = j;
    }
}

/// The first word of `text` at or after byte `i`: where it starts and ends, its first
/// character, and whether folding changes it.
#[inline(always)]
fn next_word(text: &str, mut i: usize) -> Option<(usize, usize, char, bool)> {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        // ASCII spaces and punctuation, most of what lies between words, without decoding.
        if b < 0x80 && WORD_BYTE[usize::from(b)] == 0 && b != b'$' {
            i += 1;
            continue;
        }
        let (c, len) = char_at(text, i).expect("a char boundary inside the text");
        if !(is_alphanumeric(c) || c == '$' || c == '€' || c == '£') {
            i += len;
            continue;
        }
        let start = i;
        let mut j = i + len;
        // Whether folding changes the word, found in the same pass: the classes of its ASCII
        // letters or'ed together (UPPER set by a capital), and the test of any other.
        let mut classes = 0u8;
        let mut fold_needed = needs_fold(c);
        loop {
            // ASCII letters and digits, the common case, join by a table lookup.
            while let Some(&b) = bytes.get(j) {
                let class = WORD_BYTE[usize::from(b)];
                if class == 0 {
                    break;
                }
                classes |= class;
                j += 1;
            }
            let Some((d, dl)) = char_at(text, j) else {
                break;
            };
            let joins = if is_alphanumeric(d) || d == '%' {
                true
            } else if matches!(d, '-' | '\'' | '’' | ',' | '.') {
                // Only a joiner needs the character after it.
                let next = char_at(text, j + dl).map(|x| x.0);
                if matches!(d, ',' | '.') {
                    // (The byte before: the last of the character before, which is an ASCII
                    // digit only when that character is one.)
                    bytes[j - 1].is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit())
                } else {
                    next.is_some_and(is_alphanumeric)
                }
            } else {
                false
            };
            if !joins {
                break;
            }
            fold_needed |= needs_fold(d);
            j += dl;
        }
        fold_needed |= classes & UPPER != 0;
        fold_needed |= classes & UPPER != 0;
        return Some((start, j, c, fold_needed));
    }
    None
}

/// Synonym groups and antonym pairs keyed by stem, so inflected forms find them: computed
/// from the lists by `build.rs` (`src/lexicon/compile.rs`), so a run builds nothing.
pub struct StemIndex {
    /// Stem to the first synonym group with a word of that stem.
    synonyms: WordTable<u32>,
    /// Every stem that has an antonym, numbered, so that pairs are compared as numbers.
    /// These are the words that say a figure changed ("rise", "fall", "increase"): any
    /// figure can rise or fall, so they do not say which figure it is.
    opposable: WordTable<u32>,
    /// Pairs of [`StemIndex::opposable`] numbers, the smaller first, as `a << 32 | b`.
    antonyms: NumberSet,
    /// Synonym groups holding a word with an antonym: changeable like the word.
    changeable_groups: NumberSet,
    /// First three letters of every word with an antonym or an irregular form, packed (see
    /// [`packed_prefix`]): a cheap test before stemming.
    prefixes: NumberSet,
}

impl StemIndex {
    /// Whether a folded word may have an antonym (no false negatives).
    pub fn may_oppose(&self, lower: &str) -> bool {
        packed_prefix(lower).is_some_and(|p| self.prefixes.contains(u64::from(p)))
    }

    /// The number of a stem that has an antonym.
    pub fn opposable(&self, stem: &str) -> Option<u32> {
        self.opposable.get(stem).copied()
    }

    /// Whether two opposable stems (by number) are antonyms.
    pub fn are_antonyms(&self, a: u32, b: u32) -> bool {
        self.antonyms
            .contains(u64::from(a.min(b)) << 32 | u64::from(a.max(b)))
    }

    /// Whether a key names something any figure can do ("rise", "fall").
    pub fn is_changeable(&self, key: &KeyText) -> bool {
        match key {
            KeyText::Group(g) => {
                u32::try_from(*g).is_ok_and(|g| self.changeable_groups.contains(u64::from(g)))
            }
            KeyText::Stem(s) => self.opposable.contains_key(s.as_ref()),
        }
    }
}

/// The matcher's synonyms and antonyms by stem.
pub fn stem_index() -> &'static StemIndex {
    static INDEX: StemIndex = StemIndex {
        synonyms: lexicon::STEM_SYNONYMS,
        opposable: lexicon::STEM_OPPOSABLE,
        antonyms: lexicon::STEM_ANTONYMS,
        changeable_groups: lexicon::STEM_CHANGEABLE_GROUPS,
        prefixes: lexicon::STEM_PREFIXES,
    };
    &INDEX
}

/// The key of a word: a synonym group, or a stem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyText<'w> {
    Group(usize),
    Stem(Cow<'w, str>),
}

/// [`key_of`] without building the key's text.
pub fn key_text<'w>(lower: &'w str, lex: &'w MatcherLexicon, index: &StemIndex) -> KeyText<'w> {
    if let Some(&g) = lex.synonyms.get(lower) {
        return KeyText::Group(g as usize);
    }
    let s = stem_of(lower, lex).text();
    match index.synonyms.get(s.as_ref()) {
        Some(&g) => KeyText::Group(g as usize),
        None => KeyText::Stem(s),
    }
}

/// The key two claims must share to be about the same thing: a synonym group or a stem.
pub fn key_of(lower: &str, lex: &MatcherLexicon, index: &StemIndex) -> String {
    match key_text(lower, lex, index) {
        KeyText::Group(g) => format!("~{g}"),
        KeyText::Stem(s) => s.into_owned(),
    }
}

/// A figure in a claim: its value, the unit or counted noun, and whether it is approximate.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub value: f64,
    /// Currency or measure ("$", "metre", "percent"), or "" for a bare count.
    pub unit: String,
    /// The noun the figure counts or measures, as a key ("" when none follows).
    pub noun: String,
    /// Index of that noun among the claim's words.
    pub noun_at: Option<usize>,
    pub approximate: bool,
    /// "more than 650" is at least 650; "no more than ten" at most ten.
    pub bound: Bound,
    /// A relative change ("34 percent less likely", "20% higher"), not a share or an amount.
    pub relative: bool,
    pub surface: String,
    /// Index of the figure among the claim's words (of its last number: "seven in ten" is
    /// read at "ten").
    pub at: usize,
    /// The claim's words the figure is written in, its units with it: `from..end` ("seven in
    /// ten", "2,000 litres").
    pub from: usize,
    pub end: usize,
}

/// Which side of its value a figure may lie on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// The value itself, or about it.
    Point,
    /// At least the value: "more than", "over", "at least".
    AtLeast,
    /// At most the value: "less than", "under", "up to", "no more than", "nearly".
    AtMost,
}

/// The bound the words before figure `i` put on it.
fn bound_before(ws: &[Word], i: usize) -> Bound {
    let w = |k: usize| i.checked_sub(k).map(|j| ws[j].lower.as_ref());
    match (w(3), w(2), w(1)) {
        // "no higher than 45 percent" is at most 45; "no fewer than ten" at least ten.
        (
            Some("no" | "not"),
            Some("more" | "greater" | "higher" | "larger" | "bigger"),
            Some("than"),
        ) => Bound::AtMost,
        (Some("no" | "not"), Some("fewer" | "less" | "lower" | "smaller"), Some("than")) => {
            Bound::AtLeast
        }
        (_, Some("more" | "greater" | "higher"), Some("than")) | (_, Some("at"), Some("least")) => {
            Bound::AtLeast
        }
        (_, Some("less" | "fewer" | "lower"), Some("than"))
        | (_, Some("up"), Some("to"))
        | (_, Some("at"), Some("most")) => Bound::AtMost,
        (_, _, Some("over" | "above" | "upwards" | "exceeding")) => Bound::AtLeast,
        // "within 18 hours" of something is at most 18 hours after it. ("Nearly 20,000",
        // "almost 20,000" are about 20,000, a little under: approximate, not a bound that
        // 5,000 keeps.)
        (_, _, Some("under" | "below" | "barely" | "maximum" | "within")) => Bound::AtMost,
        _ => Bound::Point,
    }
}

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
    ("k", 1e3),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];

/// A figure with its scale written on ("£12bn", "$3.1bn", "€30m", "2tn"): "m" and "k" only
/// after a currency sign, since "5m" alone is as often five metres.
fn scaled(s: &str) -> Option<f64> {
    if !s.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£')) {
        return None;
    }
    let money = s.starts_with(['$', '€', '£']);
    let t = s.trim_start_matches(['$', '€', '£']);
    let digits = t.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (number, suffix) = t.split_at(digits);
    let scale = match suffix.to_ascii_lowercase().as_str() {
        "bn" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
        "mn" | "mln" => 1e6,
        "m" if money => 1e6,
        "k" if money => 1e3,
        _ => return None,
    };
    Some(parse_number(number)? * scale)
}

/// The value of a number word ("nine", "seventeen", "dozen"): a match, which compiles to a
/// few comparisons where a scan of the list took dozens for every word of every claim.
fn one_number_word(w: &str) -> Option<f64> {
    Some(match w {
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" => 100.0,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// The people after "of" at `k` when a toll or a deed done to them counts them: past
/// determiners and owners ("her country's", "the union's") a noun that names a person, then
/// within four words a word of the dead or the injured ("had died", "were hurt") or a passive
/// participle ("had been taken into custody", "were released").
fn toll_after_of(ws: &[Word], k: usize) -> Option<usize> {
    let k = past_owners(ws, k);
    let people = ws.get(k)?;
    let toll = |w: &Word| {
        let w = w.lower.as_ref();
        lexicon::TOLL_WORDS.contains(w) || lexicon::INJURY_WORDS.contains(w)
    };
    let participle = |j: usize| {
        ws.get(j).is_some_and(|w| {
            let w = w.lower.as_ref();
            !lexicon::HAVE_BE.contains(w)
                && (w.ends_with("ed") || lexicon::matcher().irregular.get(w).is_some())
        })
    };
    let passive = (k + 1..(k + 5).min(ws.len())).any(|j| {
        matches!(ws[j].lower.as_ref(), "were" | "was" | "been")
            && (participle(j + 1)
                || (ws[j + 1..].first().is_some_and(|w| w.lower.ends_with("ly"))
                    && participle(j + 2)))
    });
    (lexicon::names_a_person(&people.lower)
        && (ws[k + 1..(k + 5).min(ws.len())].iter().any(toll) || passive))
        .then_some(k)
}

/// The people after "of" at `k` when a toll word stands right before the count at `i`
/// ("killed nine of their soldiers", "wounded three of the guards"): past determiners and
/// owners, a noun that names a person.
fn toll_before_of(ws: &[Word], i: usize, k: usize) -> Option<usize> {
    let before = ws.get(i.checked_sub(1)?)?.lower.as_ref();
    if !(lexicon::TOLL_WORDS.contains(before) || lexicon::INJURY_WORDS.contains(before)) {
        return None;
    }
    let k = past_owners(ws, k);
    lexicon::names_a_person(&ws.get(k)?.lower).then_some(k)
}

/// The first word from `k` past at most four determiners and owners ("the", "her
/// country's").
fn past_owners(ws: &[Word], mut k: usize) -> usize {
    let end = (k + 4).min(ws.len());
    while k < end && {
        let w = ws[k].lower.as_ref();
        lexicon::PARTITIVE_DETERMINERS.contains(w) || w.ends_with("'s")
    } {
        k += 1;
    }
    k
}

/// A number written as a word: "nine", "seventeen", "forty-two", "a dozen".
///
/// Inlined, so that the tests that turn away most words cost no call; the rest is
/// [`number_word_listed`].
#[inline]
pub(crate) fn number_word(w: &str) -> Option<f64> {
    // Most words are none: the longest number word is ten letters, hyphened two of them.
    if w.len() > 17 || !w.starts_with(['t', 'f', 's', 'e', 'n', 'h', 'd']) {
        return None;
    }
    number_word_listed(w)
}

/// [`number_word`] past its first tests.
fn number_word_listed(w: &str) -> Option<f64> {
    let one = one_number_word;
    one(w).or_else(|| {
        // (A byte loop: the word is short, and `split_once` set up a searcher.)
        let hyphen = w.bytes().position(|b| b == b'-')?;
        let (tens, unit) = (&w[..hyphen], &w[hyphen + 1..]);
        // ("one" alone is no figure, but "twenty-one" is.)
        let (t, u) = (one(tens)?, if unit == "one" { 1.0 } else { one(unit)? });
        ((20.0..100.0).contains(&t) && t % 10.0 == 0.0 && u < 10.0).then_some(t + u)
    })
}

/// Whether a stem is one of [`lexicon::MEASURES`]' (listed by `build.rs`).
fn is_measure_stem(s: &str) -> bool {
    lexicon::MEASURE_STEMS.binary_search(&s).is_ok()
}

/// Always inlined, so that the test that turns away most words costs no call (as a mere
/// hint it was not taken); the parsing is [`parse_figure`].
#[inline(always)]
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    // Every word of a claim is asked: one that opens with an ASCII character other than a
    // digit or '$' is turned away before the trimming (€ and £ are not ASCII).
    let first = *s.as_bytes().first()?;
    if first < 0x80 && first != b'$' && !first.is_ascii_digit() {
        return None;
    }
    parse_figure(s)
}

/// [`parse_number`] past its first test.
#[inline(never)]
fn parse_figure(s: &str) -> Option<f64> {
    let t = s.trim_start_matches(['$', '€', '£']).trim_end_matches('%');
    // Most words are no figure: decide before allocating.
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if t.contains(',') {
        t.replace(',', "").parse::<f64>().ok()
    } else {
        t.parse::<f64>().ok()
    }
}

/// A fraction as a share in percent: "half", "a third of", "two thirds of", "three quarters
/// of".
///
/// Always inlined, so that the test that turns away most words costs no call.
#[inline(always)]
fn fraction_at(ws: &[Word], i: usize) -> Option<f64> {
    let w = ws.get(i)?.lower.as_ref();
    // The last letter of "half", "third(s)", "quarter(s)", "fifth(s)" and "tenth(s)".
    if !matches!(w.as_bytes().last(), Some(b'f' | b'd' | b's' | b'r' | b'h')) {
        return None;
    }
    fraction_of(ws, i, w)
}

/// [`fraction_at`] past its first test: `w` is word `i`.
#[inline(never)]
fn fraction_of(ws: &[Word], i: usize, w: &str) -> Option<f64> {
    if w == "half" {
        return Some(50.0);
    }
    // (Most words end otherwise: no split for them.)
    if !(w.ends_with("third")
        || w.ends_with("thirds")
        || w.ends_with("quarter")
        || w.ends_with("quarters")
        || w.ends_with("fifth")
        || w.ends_with("fifths")
        || w.ends_with("tenth")
        || w.ends_with("tenths"))
    {
        return None;
    }
    // ("two-thirds of", "one-quarter of": the count glued on.)
    let (glued, w) = match w.split_once('-') {
        Some((count, part)) => (Some(count), part),
        None => (None, w),
    };
    let part = match w {
        "third" | "thirds" => 100.0 / 3.0,
        "quarter" | "quarters" => 25.0,
        "fifth" | "fifths" => 20.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    };
    let count = match glued.or_else(|| i.checked_sub(1).map(|k| ws[k].lower.as_ref())) {
        Some("a" | "one") => 1.0,
        Some("two") => 2.0,
        Some("three") => 3.0,
        Some("four") => 4.0,
        _ => return None,
    };
    // ("a third of the vote", or a change by it: "fell by a fifth", "down by less than a
    // tenth". Not an order: "the fifth day", "a third term".)
    let before_count = i.checked_sub(2).map(|k| ws[k].lower.as_ref());
    let by = glued.is_none()
        && matches!(
            before_count,
            Some(
                "by" | "than"
                    | "about"
                    | "almost"
                    | "nearly"
                    | "roughly"
                    | "around"
                    | "only"
                    | "just"
            )
        )
        && (i.saturating_sub(5)..i - 1).any(|k| ws[k].lower == "by");
    (ws.get(i + 1).is_some_and(|n| n.lower == "of") || by).then_some(count * part)
}

/// A share said as a ratio, read at its second number: "seven in ten", "four out of five",
/// "one in four" (as a percentage, with where its first number stands).
///
/// Always inlined: the figures ask it of every word of every claim, and the test of the
/// words between, which turns away nearly all of them, cost less than the call.
#[inline(always)]
fn ratio_at(ws: &[Word], i: usize) -> Option<(f64, usize)> {
    // The words between the numbers first: they turn away nearly every word of a claim
    // before any number is parsed. (Past the end there is no second number.)
    if i >= ws.len() {
        return None;
    }
    let from = match (i.checked_sub(1), i.checked_sub(2)) {
        (Some(k), _) if ws[k].lower == "in" => k.checked_sub(1)?,
        (Some(k), Some(o)) if ws[k].lower == "of" && ws[o].lower == "out" => o.checked_sub(1)?,
        _ => return None,
    };
    ratio_from(ws, i, from)
}

/// [`ratio_at`] past the words between: the numbers at `from` and `i`.
#[inline(never)]
fn ratio_from(ws: &[Word], i: usize, from: usize) -> Option<(f64, usize)> {
    let number = |k: usize| {
        let w = ws.get(k)?;
        parse_number(w.surface)
            .filter(|_| w.surface.bytes().all(|b| b.is_ascii_digit()))
            .or_else(|| number_word(&w.lower))
            // ("one in ten": "one" alone is no figure, but a ratio's part may be one.)
            .or_else(|| (w.lower == "one").then_some(1.0))
    };
    let whole = number(i)?;
    let part = number(from)?;
    (part >= 1.0 && part < whole && whole <= 100.0).then_some((100.0 * part / whole, from))
}

/// Whether the fraction at `i` takes its count from the word before it ("two thirds").
fn counted_fraction(ws: &[Word], i: usize) -> bool {
    i > 0 && !ws[i].lower.contains('-') && ws[i].lower != "half"
}

/// Whether "one" at `i` counts the noun after it: after "only", "just", "exactly" or "to"
/// ("agreed to one debate"), before a noun that is no word of time ("one day").
fn single_counted(ws: &[Word], i: usize) -> bool {
    i > 0
        && matches!(
            ws[i - 1].lower.as_ref(),
            "only" | "just" | "exactly" | "to" | "merely"
        )
        && ws.get(i + 1).is_some_and(|n| {
            !n.capitalized
                && super::vectors::may_be_noun(&n.lower)
                && !super::profile::is_time_word(&n.lower)
        })
}

/// The figures of a claim. Years (1900 to 2100 standing alone), ordinals and vague plurals
/// ("hundreds", "tens of thousands") are not figures.
pub fn quantities(ws: &[Word], lex: &MatcherLexicon, index: &StemIndex) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        let number = parse_number(w.surface)
            .or_else(|| number_word(&w.lower))
            .or_else(|| scaled(w.surface))
            // "one million", "one hundred": "one" alone is seldom a figure. ("A hundred and
            // ten stores", "a thousand jobs" too.)
            .or_else(|| {
                (w.lower == "a"
                    && ws
                        .get(i + 1)
                        .is_some_and(|n| matches!(n.lower.as_ref(), "hundred" | "thousand")))
                .then_some(1.0)
            })
            .or_else(|| {
                (w.lower == "one"
                    && ws.get(i + 1).is_some_and(|n| {
                        n.lower == "hundred" || SCALES.iter().any(|(s, _)| *s == n.lower)
                    }))
                .then_some(1.0)
            })
            // "agreed to one debate", "only one bid": a single thing counted after a word
            // that asks how many.
            .or_else(|| (w.lower == "one" && single_counted(ws, i)).then_some(1.0));
        // "two thirds of" is read at "thirds", "seven in ten" at "ten".
        if number.is_some()
            && (fraction_at(ws, i + 1).is_some()
                || ratio_at(ws, i + 2).is_some()
                || ratio_at(ws, i + 3).is_some())
        {
            i += 1;
            continue;
        }
        let ratio = ratio_at(ws, i);
        let fraction = fraction_at(ws, i).or(ratio.map(|(share, _)| share));
        let Some(mut value) = fraction.or(number) else {
            i += 1;
            continue;
        };
        // "9/11", "24/7", "a 2-1 vote": numbers glued by one mark name a date, a score or a
        // ratio, and count nothing.
        let glued = |x: &Word, y: &Word| {
            x.at + x.surface.len() + 1 == y.at
                && parse_number(x.surface).is_some()
                && parse_number(y.surface).is_some()
        };
        if (i > 0 && glued(&ws[i - 1], w)) || ws.get(i + 1).is_some_and(|n| glued(w, n)) {
            i += 1;
            continue;
        }
        let is_year = !w.surface.contains([',', '.', '$', '%'])
            && (1900.0..=2100.0).contains(&value)
            && w.surface.len() == 4;
        // "a Kestrel 420", "Route 66", "Section 230": a number right after a name is part of
        // the name, and counts nothing. (Not a date, "March 28", nor an owner, "the region's 260".)
        let named = i > 0
            && w.surface.bytes().all(|b| b.is_ascii_digit())
            && ws[i - 1].capitalized
            && !ws[i - 1].lower.ends_with("'s")
            && !lexicon::CALENDAR.contains(ws[i - 1].lower.as_ref());
        // "on June 11", "11 June": a day of a month, a date, counts nothing either.
        let month = |x: &Word| {
            x.capitalized
                && lexicon::CALENDAR.contains(x.lower.as_ref())
                && !x.lower.ends_with("day")
                && !matches!(x.lower.as_ref(), "tonight" | "tomorrow")
        };
        let day = w.surface.bytes().all(|b| b.is_ascii_digit())
            && (1.0..=31.0).contains(&value)
            && ((i > 0 && month(&ws[i - 1])) || ws.get(i + 1).is_some_and(month));
        if is_year || named || day {
            i += 1;
            continue;
        }
        let mut unit = String::new();
        if w.surface.starts_with('$') {
            unit = "$".into();
        } else if w.surface.starts_with('€') {
            unit = "€".into();
        } else if w.surface.starts_with('£') {
            unit = "£".into();
        } else if w.surface.ends_with('%') || fraction.is_some() {
            unit = "percent".into();
        }
        // "the top 1 percent", "the bottom 20 percent of earners": a group of people, not a
        // figure anyone disputes.
        let percent = unit == "percent"
            || ws
                .get(i + 1)
                .is_some_and(|n| matches!(n.lower.as_ref(), "percent" | "per"));
        let group = percent
            && i > 0
            && matches!(
                ws[i - 1].lower.as_ref(),
                "top" | "bottom" | "richest" | "poorest" | "wealthiest"
            );
        if group {
            i += 1;
            continue;
        }
        let approximate = i > 0 && lexicon::APPROXIMATORS.contains(ws[i - 1].lower.as_ref());
        let bound = bound_before(ws, i);
        // "the first 600 homes", "another 40 contractors": a part, not the whole quantity.
        let partial = i > 0 && lexicon::PART_WORDS.contains(ws[i - 1].lower.as_ref());
        // "two of the chains": a part of what another figure may count whole. "6:40 a.m.":
        // a time of day, not a figure.
        let partitive = fraction.is_none()
            && !w.surface.ends_with('%')
            && ws.get(i + 1).is_some_and(|n| n.lower == "of")
            && ws.get(i + 2).is_some_and(|n| {
                lexicon::PARTITIVE_DETERMINERS.contains(n.lower.as_ref())
            })
            // "40 of its 52 sailings" counts sailings, as "1,150 of the 3,400 jobs" does.
            && ws
                .get(i + 3)
                .is_none_or(|n| parse_number(n.surface).is_none());
        let clock = |k: usize| {
            let w = |d: usize| ws.get(k + d).map(|x| x.lower.as_ref());
            matches!(w(1), Some("am" | "pm"))
                || (matches!(w(1), Some("a" | "p")) && w(2) == Some("m"))
        };
        // ("half past four", "a quarter to five", "ten past six", "five o'clock": the hour
        // named by the minutes before it or the "o'clock" after it.)
        let hour = (i >= 2
            && match ws[i - 1].lower.as_ref() {
                "past" => {
                    matches!(ws[i - 2].lower.as_ref(), "half" | "quarter" | "minutes")
                        || parse_number(ws[i - 2].surface).is_some()
                }
                "to" => matches!(ws[i - 2].lower.as_ref(), "quarter" | "minutes"),
                _ => false,
            })
            || ws
                .get(i + 1)
                .is_some_and(|n| matches!(n.lower.as_ref(), "o'clock" | "o’clock"));
        let time_of_day = hour
            || clock(i)
            || (ws
                .get(i + 1)
                .is_some_and(|n| parse_number(n.surface).is_some())
                && clock(i + 1));
        // "fewer than five of her country's servicemen had died": a part of some people that a
        // toll counts is that toll.
        // (Or "killed nine of their soldiers": a toll word before the part.)
        let toll = partitive
            && (toll_after_of(ws, i + 2).is_some() || toll_before_of(ws, i, i + 2).is_some());
        // "the highest level in four years", "the first time in 30 years": the span over which
        // a superlative holds, not a figure anyone gives for something.
        let superlative_span = i > 0
            && ws[i - 1].lower == "in"
            && ws.get(i + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_ref(),
                    "years" | "months" | "weeks" | "days" | "decades" | "centuries"
                )
            })
            && ws[i.saturating_sub(7)..i - 1].iter().any(|x| {
                let l = x.lower.as_ref();
                matches!(l, "first" | "most" | "least" | "worst")
                    || (l.ends_with("est")
                        && crate::matcher::vectors::may_be_graded_adjective(l, "est"))
            });
        if partial || (partitive && !toll) || time_of_day || superlative_span {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // "11 parts per billion" is "11 ppb".
        if ws.get(j).is_some_and(|n| n.lower == "parts")
            && ws.get(j + 1).is_some_and(|n| n.lower == "per")
            && let Some(short) = ws.get(j + 2).and_then(|n| match n.lower.as_ref() {
                "million" => Some("ppm"),
                "billion" => Some("ppb"),
                "trillion" => Some("ppt"),
                _ => None,
            })
        {
            unit = short.into();
            j += 3;
        }
        // "14 per cent" is "14 percent".
        if ws.get(j).is_some_and(|n| n.lower == "per")
            && ws.get(j + 1).is_some_and(|n| n.lower == "cent")
        {
            unit = "percent".into();
            j += 2;
        }
        // "two hundred thousand": a hundreds word, then a scale.
        let spelled = parse_number(w.surface).is_none();
        // (The place of the last word spelled: the groups after it are smaller.)
        let mut place = if spelled && w.lower == "hundred" {
            100.0
        } else {
            1.0
        };
        let (scaled_value, after, scaled_place) = hundreds_and_scale(ws, j, value, f64::INFINITY);
        if after > j {
            (value, j, place) = (scaled_value, after, scaled_place);
        }
        // "two thousand four hundred", "a hundred and ten": smaller groups spelled after a
        // hundred or a scale add to it.
        // (Each word one space after the last: "two hundred, five hundred" is two figures.)
        let next_to = |x: usize, y: usize| {
            ws.get(y)
                .is_some_and(|b| ws[x].at + ws[x].surface.len() + 1 == b.at)
        };
        while spelled && place > 1.0 && next_to(j - 1, j) {
            let and = ws[j].lower == "and";
            let k = j + usize::from(and);
            if and && !next_to(j, k) {
                break;
            }
            let Some(group) = ws
                .get(k)
                .filter(|n| n.lower != "dozen" && n.lower != "hundred")
                .and_then(|n| number_word(&n.lower))
            else {
                break;
            };
            // ("three million two hundred thousand": a smaller scale after the group.)
            let (group, end, group_place) = hundreds_and_scale(ws, k + 1, group, place);
            if group >= place {
                break;
            }
            value += group;
            j = end;
            place = group_place;
        }
        // Measure words ("cubic metres", "percent") and then the counted noun.
        while let Some(n) = ws.get(j) {
            let s = stem(&n.lower, lex);
            if lexicon::MEASURES.contains(n.lower.as_ref()) || is_measure_stem(&s) {
                // "ten thousand dollars" is "$10,000", "30 euros" "€30". (Not "pounds", also
                // a weight.)
                let s = match s.as_str() {
                    "dollar" if unit.is_empty() => "$".to_string(),
                    "euro" if unit.is_empty() => "€".to_string(),
                    _ => s,
                };
                if unit.is_empty() || unit == "percent" {
                    unit = if unit.is_empty() { s } else { unit };
                } else if !["$", "€", "£"].contains(&unit.as_str()) {
                    unit = format!("{unit} {s}");
                }
                j += 1;
            } else {
                break;
            }
        }
        // "500 or more employees", "50 or fewer seats": a bound written after the figure.
        let mut bound = bound;
        if ws.get(j).is_some_and(|n| n.lower == "or")
            && let Some(after) = ws.get(j + 1).and_then(|n| match n.lower.as_ref() {
                "more" | "greater" | "higher" | "above" | "over" => Some(Bound::AtLeast),
                "fewer" | "less" | "lower" | "below" | "under" => Some(Bound::AtMost),
                _ => None,
            })
        {
            bound = after;
            j += 2;
        }
        // "fares would go up by as much as 12 percent", "rents rose by 8 percent": a
        // change, not the level another figure gives.
        let by_change = {
            let hedge =
                |w: &str| lexicon::APPROXIMATORS.contains(w) || matches!(w, "as" | "much" | "to");
            // (From a fraction's count: "by a third".)
            let mut k = if fraction.is_some()
                && i > 0
                && matches!(
                    ws[i - 1].lower.as_ref(),
                    "a" | "one" | "two" | "three" | "four"
                ) {
                i - 1
            } else {
                i
            };
            let start = k;
            while k > 0 && start - k < 4 && hedge(ws[k - 1].lower.as_ref()) {
                k -= 1;
            }
            k >= 2
                && ws[k - 1].lower == "by"
                && (matches!(ws[k - 2].lower.as_ref(), "up" | "down")
                    || index.may_oppose(&ws[k - 2].lower))
        };
        // "15 percent over the limit": a figure measured from a mark is a change too.
        let over_mark = ws
            .get(j)
            .is_some_and(|n| matches!(n.lower.as_ref(), "over" | "under"))
            && ws.get(j + 1).is_some_and(|n| {
                matches!(n.lower.as_ref(), "the" | "its" | "their" | "last" | "this")
            });
        let relative = by_change
            || over_mark
            || ws
                .get(j)
                .is_some_and(|n| lexicon::COMPARATIVES.contains(n.lower.as_ref()));
        let mut noun = String::new();
        let mut noun_at = None;
        let mut k = j;
        if ws.get(k).is_some_and(|n| n.lower == "of") {
            k += 1;
            // (Past the determiners and owners to the people a toll counts.)
            if let Some(people) = toll_after_of(ws, k).or_else(|| toll_before_of(ws, i, k)) {
                k = people;
            } else if fraction.is_some() {
                // ("one in ten of the company's vessels": a share counts what it is a share
                // of, past its determiners and owners.)
                while ws.get(k).is_some_and(|n| {
                    lexicon::PARTITIVE_DETERMINERS.contains(n.lower.as_ref())
                        || (n.lower.ends_with("'s") && !n.capitalized)
                }) {
                    k += 1;
                }
            }
            // "1,150 of the 3,400 jobs": a part of a counted whole counts the same noun.
            if ws
                .get(k)
                .is_some_and(|n| matches!(n.lower.as_ref(), "the" | "its" | "their"))
                && ws
                    .get(k + 1)
                    .is_some_and(|n| parse_number(n.surface).is_some())
            {
                k += 2;
            }
        }
        if let Some(n) = ws.get(k)
            && !lexicon::STOPWORDS.contains(n.lower.as_ref())
            && !lexicon::FIGURE_PREPOSITIONS.contains(n.lower.as_ref())
            && parse_number(n.surface).is_none()
        {
            // "26,000 registered residents": past a participle to the noun it describes.
            // ("148 excessive-force complaints": or a compound joined by a hyphen.)
            let described = (n.lower.ends_with("ed") || n.lower.contains('-'))
                && ws.get(k + 1).is_some_and(|m| {
                    !lexicon::STOPWORDS.contains(m.lower.as_ref())
                        && !lexicon::FIGURE_PREPOSITIONS.contains(m.lower.as_ref())
                });
            // "500 dead fish": past a toll's "dead" or "injured" to what it describes, unless
            // that is people ("12 dead civilians" counts the dead). (Other adjectives stay what
            // is counted: "four new stores" are not all the stores.)
            let toll_of_things = !described
                && (lexicon::TOLL_WORDS.contains(n.lower.as_ref())
                    || lexicon::INJURY_WORDS.contains(n.lower.as_ref()))
                && ws.get(k + 1).is_some_and(|m| {
                    let m = m.lower.as_ref();
                    !lexicon::STOPWORDS.contains(m)
                        && !lexicon::FIGURE_PREPOSITIONS.contains(m)
                        && super::vectors::may_be_noun(m)
                        && !lexicon::GENERIC_NOUNS.contains(m)
                        && !lexicon::PERSON_NOUNS.contains(m)
                });
            if described || toll_of_things {
                k += 1;
            }
            noun = key_of(&ws[k].lower, lex, index);
            noun_at = Some(k);
        }
        // "the number of overdue bridges is under 600": a bare figure a number of something
        // is said to be counts that something.
        if noun.is_empty()
            && unit.is_empty()
            && fraction.is_none()
            && let Some(k) = number_of_before(ws, i)
        {
            noun = key_of(&ws[k].lower, lex, index);
            noun_at = Some(k);
        }
        // ("two thirds": the fraction's count with it.)
        let from = ratio.map_or(
            i - usize::from(fraction.is_some() && counted_fraction(ws, i)),
            |(_, from)| from,
        );
        let end = j.min(ws.len());
        // "wiped 150 million euros off its value", "would take £120 a year off the bill": a
        // sum or share taken off is a change. ("40 boats off the coast" are where they are.)
        let per = usize::from(
            ws.get(end)
                .is_some_and(|n| matches!(n.lower.as_ref(), "a" | "per" | "each" | "every"))
                && ws
                    .get(end + 1)
                    .is_some_and(|n| matches!(n.lower.as_ref(), "year" | "month" | "week" | "day")),
        ) * 2;
        let taken_off = !unit.is_empty() && ws.get(end + per).is_some_and(|n| n.lower == "off");
        let relative = relative || taken_off;
        out.push(Quantity {
            value,
            unit,
            noun,
            noun_at,
            approximate,
            bound,
            relative,
            at: i,
            from,
            end,
            surface: ws[from..end]
                .iter()
                .map(|w| w.surface)
                .collect::<Vec<_>>()
                .join(" "),
        });
        i = j.max(i + 1);
    }
    // "between 23 and 28 people", "12 to 15 dead": the first figure of a range counts what
    // the second does.
    for k in 1..out.len() {
        let (first, second) = (&out[k - 1], &out[k]);
        let joined = second.at == first.at + 2
            && matches!(ws[first.at + 1].lower.as_ref(), "and" | "to" | "or");
        if joined && first.noun.is_empty() && first.unit == second.unit {
            out[k - 1].noun = out[k].noun.clone();
            out[k - 1].noun_at = out[k].noun_at;
        }
    }
    out
}

/// The "hundred" and the scale ("thousand", "million") after a figure's number, from word
/// `j`: the value they make, the word after them and the place of the last of them (1 for
/// none). Each must be below `below`: a group spelled after "three million" may be "two
/// hundred thousand", not "two million".
fn hundreds_and_scale(ws: &[Word], mut j: usize, mut value: f64, below: f64) -> (f64, usize, f64) {
    let mut place = 1.0;
    if value < 100.0 && below > 100.0 && ws.get(j).is_some_and(|n| n.lower == "hundred") {
        value *= 100.0;
        j += 1;
        place = 100.0;
    }
    if let Some((_, scale)) = ws
        .get(j)
        .and_then(|n| SCALES.iter().find(|(s, _)| *s == n.lower))
        .filter(|(_, scale)| *scale < below)
    {
        value *= scale;
        j += 1;
        place = *scale;
    }
    (value, j, place)
}

/// The noun a bare figure at `i` counts when a clause says "the number of NOUN is (about)
/// FIGURE" ("the total of overdue bridges stood at 600"): the last word of the noun phrase
/// after "number of", before its verb.
fn number_of_before(ws: &[Word], i: usize) -> Option<usize> {
    let n = (i.saturating_sub(10)..i.saturating_sub(2))
        .rev()
        .find(|&n| {
            matches!(ws[n].lower.as_ref(), "number" | "total" | "count" | "tally")
                && ws[n + 1].lower == "of"
        })?;
    let verb = (n + 2..i).find(|&k| {
        let w = ws[k].lower.as_ref();
        lexicon::COPULAS.contains(w)
            || lexicon::AUXILIARIES.contains(w)
            || matches!(w, "stands" | "stood" | "reached" | "totaled" | "totalled")
    })?;
    // (Only words that may qualify a figure between the verb and it: "is about", "was under",
    // "stood at".)
    let between_ok = ws[verb + 1..i].iter().all(|w| {
        let w = w.lower.as_ref();
        lexicon::APPROXIMATORS.contains(w)
            || matches!(
                w,
                "at" | "under"
                    | "over"
                    | "below"
                    | "above"
                    | "more"
                    | "fewer"
                    | "less"
                    | "than"
                    | "nearly"
                    | "almost"
                    | "just"
                    | "only"
                    | "now"
                    | "still"
            )
    });
    let head = verb.checked_sub(1)?;
    (between_ok && head > n + 1 && !lexicon::STOPWORDS.contains(ws[head].lower.as_ref()) && {
        let w = ws[head].lower.as_ref();
        super::vectors::may_be_noun(w)
            || w.strip_suffix('s').is_some_and(super::vectors::may_be_noun)
    })
    .then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_measure_stems_built_are_the_stems_of_the_measures() {
        let lex = lexicon::matcher();
        let mut stems: Vec<String> = lexicon::MEASURES
            .iter()
            .map(|m| stem(m.as_str(), lex))
            .collect();
        stems.sort_unstable();
        stems.dedup();
        assert_eq!(lexicon::MEASURE_STEMS, stems);
    }

    #[test]
    fn stems_agree_across_inflections() {
        let lex = lexicon::matcher();
        assert_eq!(stem("signed", lex), stem("sign", lex));
        assert_eq!(stem("agreements", lex), stem("agreement", lex));
        assert_eq!(stem("systems", lex), stem("system", lex));
        assert_eq!(stem("agreed", lex), stem("agree", lex));
        assert_eq!(stem("stopping", lex), stem("stop", lex));
        // A doubled vowel is the verb's own: "agreeing" is "agree", as "agreed" is.
        assert_eq!(stem("agreeing", lex), stem("agreed", lex));
        assert_eq!(stem("seeing", lex), stem("see", lex));
        // A verb that itself ends in "eed", and one in a doubled consonant.
        assert_eq!(stem("succeeded", lex), stem("succeed", lex));
        assert_eq!(stem("exceeds", lex), stem("exceed", lex));
        assert_eq!(stem("boycotted", lex), stem("boycott", lex));
        assert_eq!(stem("tariffs", lex), stem("tariff", lex));
    }

    #[test]
    fn a_noun_that_is_another_word_without_its_e_keeps_it() {
        let lex = lexicon::matcher();
        assert_eq!(stem("aides", lex), stem("aide", lex));
        assert_ne!(stem("aides", lex), stem("aid", lex));
        assert_ne!(stem("morale", lex), stem("moral", lex));
        // Other words still lose it: "close", "closed", "closing" meet.
        assert_eq!(stem("close", lex), stem("closing", lex));
        assert_eq!(stem("aided", lex), stem("aid", lex));
    }

    #[test]
    fn prefixes_pack_apart() {
        let keys = ["", "a", "ab", "abc", "ab\0", "\0", "abd", "ba"].map(packed_prefix);
        for (i, a) in keys.iter().enumerate() {
            assert!(a.is_some());
            assert!(keys[i + 1..].iter().all(|b| b != a), "{i}");
        }
        assert_eq!(packed_prefix("abcdef"), packed_prefix("abc"));
        assert_eq!(packed_prefix("été"), None);
        let index = stem_index();
        assert!(index.may_oppose("increases") && index.may_oppose("told"));
    }

    #[test]
    fn synonyms_share_a_key() {
        let lex = lexicon::matcher();
        let index = stem_index();
        assert_eq!(
            key_of("contract", lex, index),
            key_of("agreements", lex, index)
        );
        assert_ne!(
            key_of("contract", lex, index),
            key_of("payment", lex, index)
        );
    }

    #[test]
    fn a_negated_comparison_bounds_a_figure_from_the_other_side() {
        let lex = crate::lexicon::matcher();
        for (text, bound) in [
            ("turnout was no higher than 45 percent", Bound::AtMost),
            ("not more than 45 percent voted", Bound::AtMost),
            ("no fewer than 45 people", Bound::AtLeast),
            ("no less than 45 tonnes", Bound::AtLeast),
            ("more than 45 people", Bound::AtLeast),
        ] {
            let q = quantities(&words(text), lex, stem_index());
            assert_eq!(q[0].bound, bound, "{text}");
        }
    }

    #[test]
    fn a_part_of_a_counted_whole_counts_the_same_noun() {
        let lex = crate::lexicon::matcher();
        let q = quantities(
            &words("40 of its 52 scheduled sailings ran"),
            lex,
            stem_index(),
        );
        let figures: Vec<(f64, &str)> = q.iter().map(|q| (q.value, q.noun.as_str())).collect();
        assert_eq!(figures[0].0, 40.0, "{q:#?}");
        assert_eq!(
            figures[0].1,
            key_of("sailings", lex, stem_index()),
            "{q:#?}"
        );
    }

    #[test]
    fn fractions_are_shares_and_two_thirds_is_one_figure() {
        // Each figure of a text: its rounded value, its unit and its surface.
        let read = |text: &str| {
            let q = quantities(&words(text), crate::lexicon::matcher(), stem_index());
            let rows: Vec<(f64, String, String)> = q
                .iter()
                .map(|q| (q.value.round(), q.unit.clone(), q.surface.clone()))
                .collect();
            (q, rows)
        };
        let (q, rows) =
            read("fewer than half of voters and two thirds of members, but the third day");
        let shares: Vec<(f64, &str)> = rows.iter().map(|r| (r.0, r.1.as_str())).collect();
        assert_eq!(shares, [(50.0, "percent"), (67.0, "percent")], "{q:#?}");
        assert_eq!(q[0].bound, Bound::AtMost);
        assert_eq!(q[1].surface, "two thirds");
        // Glued by a hyphen, the same share.
        let (q, rows) = read("nearly two-thirds of voters and one-quarter of members");
        let shares: Vec<(f64, &str)> = rows.iter().map(|r| (r.0, r.2.as_str())).collect();
        assert_eq!(
            shares,
            [(67.0, "two-thirds"), (25.0, "one-quarter")],
            "{q:#?}"
        );
    }

    #[test]
    fn quantities_read_scale_unit_and_noun() {
        let lex = lexicon::matcher();
        let index = stem_index();
        let q = quantities(
            &words("a $2.5 billion deal and its $1.4 billion payment in 2019"),
            lex,
            index,
        );
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].value, 2.5e9);
        assert_eq!(q[0].unit, "$");
        assert_ne!(q[0].noun, q[1].noun);
        let q = quantities(&words("about 9,000 cubic metres of waste"), lex, index);
        assert_eq!(q[0].value, 9000.0);
        assert!(q[0].approximate);
        assert!(q[0].unit.contains("metr"));
    }

    #[test]
    fn the_first_figure_of_a_range_counts_what_the_second_does() {
        let lex = lexicon::matcher();
        let index = stem_index();
        let q = quantities(&words("between 23 and 28 members oppose it"), lex, index);
        assert_eq!(q.len(), 2, "{q:#?}");
        assert!(!q[0].noun.is_empty());
        assert_eq!(q[0].noun, q[1].noun);
        // A figure with a noun of its own keeps it.
        let q = quantities(&words("23 members and 28 boats"), lex, index);
        assert_ne!(q[0].noun, q[1].noun, "{q:#?}");
    }

    #[test]
    fn numbers_glued_by_a_mark_are_dates_not_figures() {
        let lex = lexicon::matcher();
        let ws = words("since the 9/11 attacks the line has run 24/7 with 40 staff");
        let q = quantities(&ws, lex, stem_index());
        let values: Vec<f64> = q.iter().map(|q| q.value).collect();
        assert_eq!(values, [40.0], "{q:#?}");
    }

    #[test]
    fn numbers_in_words_and_scales_written_on() {
        let lex = lexicon::matcher();
        let values = |text: &str| -> Vec<f64> {
            quantities(&words(text), lex, stem_index())
                .iter()
                .map(|q| q.value)
                .collect()
        };
        assert_eq!(values("two hundred thousand people"), [2e5]);
        assert_eq!(values("seventeen boats and forty-two crew"), [17.0, 42.0]);
        assert_eq!(values("twenty-one vessels"), [21.0]);
        assert_eq!(values("a £12bn bridge and €30m of repairs"), [12e9, 30e6]);
        assert_eq!(values("Rs 4,000 crore"), [4e10]);
        assert_eq!(values("one million voters"), [1e6]);
        // Smaller groups spelled after a hundred or a scale add to it.
        assert_eq!(values("two thousand four hundred inspectors"), [2400.0]);
        assert_eq!(values("a hundred and ten stores"), [110.0]);
        assert_eq!(values("three million two hundred thousand"), [3.2e6]);
        assert_eq!(values("two hundred and fifty-one seats"), [251.0]);
        // (Not a larger group after a smaller one, nor digits.)
        assert_eq!(values("two hundred, five hundred"), [200.0, 500.0]);
        assert_eq!(values("4 thousand nine"), [4000.0, 9.0]);
        // "5m" alone is as often five metres.
        assert_eq!(values("a 5m wall"), Vec::<f64>::new());
    }
}
