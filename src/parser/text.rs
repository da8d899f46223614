//! A token view for the parser: each token's text, its folded form and helpers to read
//! ranges back as article text.

use crate::document::{Document, TokenKind};
use crate::lexicon::{self, CueId, CueWord, fold_into};

/// `fold_of` value of a token whose folded form is its text.
const AS_WRITTEN: u32 = u32::MAX;
/// `cue_of` value of a token that no cue list holds.
const NO_CUE: CueId = CueId::MAX;

pub struct Words<'d, 'a> {
    pub doc: &'d Document<'a>,
    /// Per token: [`AS_WRITTEN`], or the index in `spans` of its folded form. Four bytes a
    /// token, and one allocation for the whole article rather than one a word.
    fold_of: Vec<u32>,
    /// Byte ranges of `folded`.
    spans: Vec<(u32, u32)>,
    /// The folded forms of the words that have upper case or non-ASCII letters, end to end.
    folded: String,
    /// Per token: [`NO_CUE`], or its entry in the lexicon's `cue_words`, looked up once here.
    cue_of: Vec<CueId>,
    cue_words: &'static [CueWord],
}

impl<'d, 'a> Words<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        let mut fold_of = Vec::with_capacity(doc.tokens.len());
        let mut spans = Vec::new();
        let mut folded = String::new();
        for t in &doc.tokens {
            let s = &doc.text[t.start()..t.end()];
            if t.kind != TokenKind::Word || !s.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80)
            {
                fold_of.push(AS_WRITTEN);
                continue;
            }
            let from = folded.len();
            fold_into(s, &mut folded);
            // The document's limit keeps the folded text (at most 1.5 times as long) in u32.
            fold_of.push(spans.len() as u32);
            spans.push((from as u32, folded.len() as u32));
        }
        let lex = lexicon::attribution();
        let mut words = Words {
            doc,
            fold_of,
            spans,
            folded,
            cue_of: Vec::new(),
            cue_words: &lex.cue_words,
        };
        let cue_of = (0..words.len())
            .map(|i| {
                if words.is_word(i) {
                    lex.cue_index.get(words.lower(i)).copied().unwrap_or(NO_CUE)
                } else {
                    NO_CUE
                }
            })
            .collect();
        words.cue_of = cue_of;
        words
    }

    /// The number of word `i` in the lexicon's `cue_index`; `CueId::MAX` when it has none.
    pub fn cue_id(&self, i: usize) -> CueId {
        self.cue_of[i]
    }

    /// What the cue lists say about token `i`, if any holds it.
    pub fn cue_word(&self, i: usize) -> Option<&'static CueWord> {
        match self.cue_of[i] {
            NO_CUE => None,
            k => Some(&self.cue_words[k as usize]),
        }
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.doc.token_text(i)
    }

    /// Folded text (lower case, ’ as '); punctuation as written.
    pub fn lower(&self, i: usize) -> &str {
        match self.fold_of[i] {
            AS_WRITTEN => self.doc.token_text(i),
            k => {
                let (from, to) = self.spans[k as usize];
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
