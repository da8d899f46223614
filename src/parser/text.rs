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

impl<'d, 'a> Words<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        let lex = lexicon::attribution();
        let mut folds = Marked::default();
        let mut spans = Vec::new();
        let mut folded = String::new();
        let (mut cue_of, mut cues) = (Marked::default(), Vec::new());
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let s = &doc.text[t.start()..t.end()];
            // Each word's cue is looked up here, with its folded form at hand, rather than
            // found again through `lower` in a second pass.
            let lower = if s.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
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

    /// Folded text (lower case, ’ as '); punctuation as written.
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
