//! A token view for the parser: each token's text, its folded form and helpers to read
//! ranges back as article text.

use crate::document::{Document, TokenKind};
use crate::lexicon::{self, CueId, CueWord, fold_into};

/// `cue_id` of a token that no cue list holds.
const NO_CUE: CueId = CueId::MAX;

pub struct Words<'d, 'a> {
    pub doc: &'d Document<'a>,
    /// The tokens whose folded form differs from their text; the `n`th of them has the `n`th
    /// of `spans`. A bit a token rather than an index: the view stays small beside the tokens.
    folds: Marked,
    /// Byte ranges of `folded`.
    spans: Vec<(u32, u32)>,
    /// The folded forms of the words that have upper case or non-ASCII letters, end to end.
    folded: String,
    /// The tokens that a cue list holds; the `n`th of them is `cues[n]` in the lexicon's
    /// `cue_words`, looked up once here.
    cue_of: Marked,
    cues: Vec<CueId>,
    cue_words: &'static [CueWord],
}

/// A set of token indices with the rank of each: a bit a token, and a running count every 64.
#[derive(Default)]
struct Marked {
    bits: Vec<u64>,
    /// Per word of `bits`: how many tokens before it are marked.
    before: Vec<u32>,
    count: u32,
}

impl Marked {
    /// An empty set with room for tokens up to `tokens`: one allocation, not one per doubling.
    fn with_room(tokens: usize) -> Self {
        let words = tokens.div_ceil(64);
        Marked {
            bits: Vec::with_capacity(words),
            before: Vec::with_capacity(words),
            count: 0,
        }
    }

    /// Marks token `i`; tokens are marked in increasing order.
    fn mark(&mut self, i: usize) {
        let w = i / 64;
        while self.bits.len() <= w {
            self.bits.push(0);
            self.before.push(self.count);
        }
        self.bits[w] |= 1 << (i % 64);
        self.count += 1;
    }

    /// How many tokens before `i` are marked, when `i` is.
    #[inline]
    fn rank(&self, i: usize) -> Option<usize> {
        let word = *self.bits.get(i / 64)?;
        let bit = 1u64 << (i % 64);
        (word & bit != 0)
            .then(|| self.before[i / 64] as usize + (word & (bit - 1)).count_ones() as usize)
    }
}

/// Whether `bytes` hold an ASCII capital or a non-ASCII byte: what folding may change. Read
/// eight bytes at a time, as every word of a text is: for each byte, its high bit, or the
/// high bits of its low seven bits plus 0x3f (set from 'A' up) and plus 0x25 (set past 'Z').
/// No sum carries into the next byte, as none exceeds 0x7f + 0x3f.
fn has_upper_or_non_ascii(bytes: &[u8]) -> bool {
    const LOW_SEVEN: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let flagged = |v: u64| {
        let low = v & LOW_SEVEN;
        let from_a = low + ONES * 0x3f;
        let past_z = low + ONES * 0x25;
        (v | (from_a & !past_z)) & HIGH != 0
    };
    let mut rest = bytes;
    while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
        if flagged(u64::from_le_bytes(*chunk)) {
            return true;
        }
        rest = tail;
    }
    // The last 1 to 7 bytes, with loads that may overlap (a zero byte is never flagged).
    let n = rest.len();
    let v = if n >= 4 {
        let lo = u32::from_le_bytes(rest[..4].try_into().expect("4 bytes"));
        let hi = u32::from_le_bytes(rest[n - 4..].try_into().expect("4 bytes"));
        u64::from(lo) | u64::from(hi) << 32
    } else if n > 0 {
        u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
    } else {
        0
    };
    flagged(v)
}

impl<'d, 'a> Words<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        let lex = lexicon::attribution();
        let mut folds = Marked::with_room(doc.tokens.len());
        let mut spans = Vec::new();
        let mut folded = String::new();
        let (mut cue_of, mut cues) = (Marked::with_room(doc.tokens.len()), Vec::new());
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let s = &doc.text[t.start()..t.end()];
            // Each word's cue is looked up here, with its folded form at hand, rather than
            // found again through `lower` in a second pass.
            let lower = if has_upper_or_non_ascii(s.as_bytes()) {
                let from = folded.len();
                fold_into(s, &mut folded);
                // The document's limit keeps the folded text (at most 1.5 times as long) in
                // u32.
                folds.mark(i);
                spans.push((from as u32, folded.len() as u32));
                &folded[from..]
            } else {
                s
            };
            if let Some(&k) = lex.cue_index.get(lower) {
                cue_of.mark(i);
                cues.push(k);
            }
        }
        Words {
            doc,
            folds,
            spans,
            folded,
            cue_of,
            cues,
            cue_words: lex.cue_words,
        }
    }

    /// The number of word `i` in the lexicon's `cue_index`; `CueId::MAX` when it has none.
    pub fn cue_id(&self, i: usize) -> CueId {
        self.cue_of.rank(i).map_or(NO_CUE, |n| self.cues[n])
    }

    /// What the cue lists say about token `i`, if any holds it.
    pub fn cue_word(&self, i: usize) -> Option<&'static CueWord> {
        let n = self.cue_of.rank(i)?;
        Some(&self.cue_words[self.cues[n] as usize])
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.doc.token_text(i)
    }

    /// Folded text (lower case, ’ as '); punctuation as written. Always inlined: the parser
    /// asks for it a few times a word, and most words are their own folded form, which costs
    /// less than the call.
    #[inline(always)]
    pub fn lower(&self, i: usize) -> &str {
        match self.folds.rank(i) {
            None => self.doc.token_text(i),
            Some(k) => {
                let (from, to) = self.spans[k];
                &self.folded[from as usize..to as usize]
            }
        }
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.doc.tokens[i].kind
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Word
    }

    pub fn quoted(&self, i: usize) -> bool {
        self.doc.tokens[i].quoted
    }

    pub fn start(&self, i: usize) -> usize {
        self.doc.tokens[i].start()
    }

    pub fn end(&self, i: usize) -> usize {
        self.doc.tokens[i].end()
    }

    /// Whether word `i` is a day, a month or "today", "yesterday": a day or a month with a
    /// capital ("the march", "may" are other words).
    pub fn is_calendar(&self, i: usize) -> bool {
        let w = self.lower(i);
        lexicon::CALENDAR.contains(w)
            && (self.is_capitalized(i)
                || matches!(w, "yesterday" | "today" | "tonight" | "tomorrow"))
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        self.is_word(i)
            && self
                .text(i)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase())
    }

    /// The article text from the first to the last token of `range`.
    pub fn text_of(&self, range: std::ops::Range<usize>) -> &'a str {
        if range.is_empty() {
            return "";
        }
        &self.doc.text[self.start(range.start)..self.end(range.end - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_upper_or_non_ascii_reads_every_byte() {
        for n in 0..20 {
            for b in 0..=255u8 {
                for at in 0..n {
                    let mut word = vec![b'a'; n];
                    word[at] = b;
                    let expected = b.is_ascii_uppercase() || b >= 0x80;
                    assert_eq!(has_upper_or_non_ascii(&word), expected, "{word:?}");
                }
            }
            assert!(!has_upper_or_non_ascii(&vec![b'z'; n]));
        }
    }

    #[test]
    fn lower_folds_capitals_and_apostrophes_and_keeps_the_rest() {
        let doc = Document::new("Russia’s ÉLAN said: \"no\" plainly.");
        let words = Words::new(&doc);
        let lower: Vec<&str> = (0..words.len()).map(|i| words.lower(i)).collect();
        assert_eq!(
            lower,
            vec![
                "russia's", "élan", "said", ":", "\"", "no", "\"", "plainly", "."
            ]
        );
    }
}
