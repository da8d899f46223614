//! A token view for the parser: each token's text, its folded form and helpers to read
//! ranges back as article text.

use crate::document::{Document, TokenKind};
use crate::lexicon::fold;

pub struct Words<'d, 'a> {
    pub doc: &'d Document<'a>,
    lower: Vec<String>,
}

impl<'d, 'a> Words<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        let lower = doc
            .tokens
            .iter()
            .map(|t| {
                let s = &doc.text[t.start..t.end];
                if t.kind == TokenKind::Word
                    && s.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80)
                {
                    fold(s)
                } else {
                    String::new()
                }
            })
            .collect();
        Words { doc, lower }
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.doc.token_text(i)
    }

    /// Folded text (lower case, ’ as '); punctuation as written.
    pub fn lower(&self, i: usize) -> &str {
        let l = &self.lower[i];
        if l.is_empty() {
            self.doc.token_text(i)
        } else {
            l
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
        self.doc.tokens[i].start
    }

    pub fn end(&self, i: usize) -> usize {
        self.doc.tokens[i].end
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

    /// Whether the folded words starting at `i` are `phrase`.
    pub fn matches_at(&self, i: usize, phrase: &[String]) -> bool {
        i + phrase.len() <= self.len()
            && phrase
                .iter()
                .enumerate()
                .all(|(k, w)| self.lower(i + k) == w)
    }
}
