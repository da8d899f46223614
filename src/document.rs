//! The document model: an article's text cut into paragraphs, sentences and tokens, each with
//! byte offsets into the original text, plus the quotations found in each paragraph.
//!
//! Everything here is a single left-to-right pass over the text: no regex backtracking and
//! no rescanning, so hostile input (one huge paragraph, thousands of quote marks) stays linear.

use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner apostrophes, hyphens and abbreviation dots.
    Word,
    /// An opening double quotation mark (", “, «, „).
    OpenQuote,
    /// A closing double quotation mark (", ”, »).
    CloseQuote,
    /// Any other single non-space character.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Inside a double quotation (the marks themselves are not).
    pub quoted: bool,
}

impl Token {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A quotation: the marks and what lies between them, by token index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the paragraph ends first, which in news
    /// style means the quotation continues in the next paragraph.
    pub close: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Token range, end excluded.
    pub tokens: std::ops::Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
}

#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub paragraphs: Vec<Paragraph>,
    /// The headline, when the first paragraph is one; it is not searched for claims.
    pub title: Option<Span>,
    line_starts: Vec<usize>,
    /// Every [`CHAR_STEP`] bytes or so, a char boundary and the number of chars before it,
    /// so that a column is counted from the nearest checkpoint rather than from the start of
    /// a line that may be megabytes long.
    char_marks: Vec<(usize, usize)>,
}

/// Bytes between two entries of `Document::char_marks`.
const CHAR_STEP: usize = 1024;

/// Words that end with a dot which does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
    "adm", "cmdr", "st", "sr", "jr", "rev", "hon", "pres", "amb", "atty", "supt", "insp", "no",
    "vs", "etc", "inc", "corp", "co", "ltd", "llc", "plc", "dept", "univ", "assn", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "approx", "est", "fig",
    "cf", "al", "e.g", "i.e",
];

impl<'a> Document<'a> {
    /// Cuts `text` into paragraphs, sentences and tokens. `text` should already have any
    /// byte-order mark removed by the caller only if offsets are not meant to count it; the
    /// parser skips a leading BOM itself, so offsets always count from the file's first byte.
    pub fn new(text: &'a str) -> Self {
        let line_starts = line_starts(text);
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut paragraphs = Vec::new();
        for span in paragraph_spans(text) {
            let first = tokens.len();
            let quotes = tokenize_paragraph(text, span, &mut tokens);
            let range = first..tokens.len();
            let sentences = split_sentences(text, &tokens, range.clone());
            paragraphs.push(Paragraph {
                span,
                tokens: range,
                sentences,
                quotes,
            });
        }
        let title = paragraphs
            .first()
            .filter(|p| looks_like_headline(&text[p.span.start..p.span.end]))
            .map(|p| p.span);
        Document {
            text,
            tokens,
            paragraphs,
            title,
            line_starts,
            char_marks: char_marks(text),
        }
    }

    pub fn token_text(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.start..span.end]
    }

    /// 1-based line and character column of a byte offset. Lines end at LF, CRLF or a lone CR.
    /// An offset past the end counts as the end; one inside a character, as that character.
    /// Takes O(log n) plus at most [`CHAR_STEP`] bytes of counting, however long the line.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.chars_before(offset) - self.chars_before(start) + 1;
        (line + 1, column)
    }

    /// How many characters precede byte `offset`, which must be a char boundary.
    fn chars_before(&self, offset: usize) -> usize {
        let mark = self.char_marks.partition_point(|&(b, _)| b <= offset) - 1;
        let (byte, chars) = self.char_marks[mark];
        chars + self.text[byte..offset].chars().count()
    }

    /// The paragraph index holding token `i`.
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.tokens.end <= i)
            .min(self.paragraphs.len().saturating_sub(1))
    }
}

fn char_marks(text: &str) -> Vec<(usize, usize)> {
    let mut marks = vec![(0, 0)];
    for (chars, (i, _)) in text.char_indices().enumerate() {
        if i >= marks[marks.len() - 1].0 + CHAR_STEP {
            marks.push((i, chars));
        }
    }
    marks
}

fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => starts.push(i + 1),
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
            _ => {}
        }
        i += 1;
    }
    starts
}

/// Paragraphs are runs of non-blank lines; news files put one paragraph per line, with or
/// without blank lines between, so every line break also ends a paragraph unless the line
/// looks hard-wrapped (the next line continues a sentence in lower case).
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut lines: Vec<Span> = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        let at_break = i == bytes.len() || bytes[i] == b'\n' || bytes[i] == b'\r';
        if at_break {
            lines.push(Span::new(start, i));
            if i < bytes.len() && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    let mut out: Vec<Span> = Vec::new();
    let mut previous_blank = true;
    for line in lines {
        let trimmed = trim_span(text, line);
        if trimmed.is_empty() {
            previous_blank = true;
            continue;
        }
        let continues = !previous_blank
            && out.last().is_some_and(|last| {
                let prev = &text[last.start..last.end];
                let next = &text[trimmed.start..trimmed.end];
                is_hard_wrapped(prev, next)
            });
        if continues {
            out.last_mut().unwrap().end = trimmed.end;
        } else {
            out.push(trimmed);
        }
        previous_blank = false;
    }
    out
}

fn is_hard_wrapped(prev: &str, next: &str) -> bool {
    let ends_open = !prev.ends_with(['.', '!', '?', ':', '"', '”', '»', ')']);
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    ends_open && starts_lower
}

pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.len() - s.trim_end_matches(is_space).len();
    if lead + trail >= s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

fn looks_like_headline(s: &str) -> bool {
    s.chars().count() <= 300
        && !s.contains('\n')
        && !s.ends_with(['.', ':', ','])
        && s.split_whitespace().count() <= 40
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '_' | '$' | '%' | '€' | '£' | '¥' | '&')
        || (!c.is_ascii() && is_combining(c))
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Tokenizes one paragraph, appending to `out`, and returns its quotations.
fn tokenize_paragraph(text: &str, para: Span, out: &mut Vec<Token>) -> Vec<Quote> {
    let s = &text[para.start..para.end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        let start = para.start + off;
        if is_space(c) || c.is_control() {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                if is_word_char(d) {
                    j += 1;
                    continue;
                }
                // Inner joiners: don't, Russia's, S-400, 1,200, 2.5, U.S.
                let next = chars.get(j + 1).map(|x| x.1);
                let joins = match d {
                    '-' | '‑' | '\'' | '’' | 'ʼ' => next.is_some_and(|n| n.is_alphanumeric()),
                    ',' => {
                        chars[j - 1].1.is_ascii_digit()
                            && next.is_some_and(|n| n.is_ascii_digit())
                            && chars.get(j + 2).is_some_and(|x| x.1.is_ascii_digit())
                    }
                    '.' => {
                        next.is_some_and(|n| n.is_alphanumeric())
                            && (chars[j - 1].1.is_ascii_digit() || is_initial_run(&chars, i, j))
                    }
                    _ => false,
                };
                if joins {
                    j += 1;
                } else {
                    break;
                }
            }
            // A trailing dot belongs to initials (U.S.) and known abbreviations (Dr.).
            if j < chars.len() && chars[j].1 == '.' {
                let word_end = chars[j].0;
                let word = &s[off..word_end];
                if is_initial_run(&chars, i, j) || is_abbreviation(word) {
                    j += 1;
                }
            }
            let end = para.start + chars.get(j).map_or(s.len(), |x| x.0);
            out.push(Token {
                start,
                end,
                kind: TokenKind::Word,
                quoted: open.is_some(),
            });
            i = j;
            continue;
        }
        // Two apostrophes ('') stand for a double quotation mark in some wire styles.
        let doubled = c == '\'' && chars.get(i + 1).is_some_and(|x| x.1 == '\'');
        let width = if doubled { 2 } else { 1 };
        let c = if doubled { '"' } else { c };
        let end = para.start + chars.get(i + width).map_or(s.len(), |x| x.0);
        let prev = if i == 0 { None } else { Some(chars[i - 1].1) };
        let next = chars.get(i + width).map(|x| x.1);
        let kind = match c {
            '“' | '«' | '„' => Some(TokenKind::OpenQuote),
            // A ” that opens a paragraph or follows a space before a word is a mistyped “.
            '”' if open.is_none()
                && prev.is_none_or(is_space)
                && next.is_some_and(|n| n.is_alphanumeric()) =>
            {
                Some(TokenKind::OpenQuote)
            }
            '”' | '»' => Some(TokenKind::CloseQuote),
            '"' => Some(straight_quote_kind(prev, next, open.is_some())),
            _ => None,
        };
        match kind {
            Some(TokenKind::OpenQuote) => {
                if open.is_none() {
                    open = Some(out.len());
                    out.push(Token {
                        start,
                        end,
                        kind: TokenKind::OpenQuote,
                        quoted: false,
                    });
                } else if c == '"' {
                    // A straight mark that opens while a quote is open: the earlier one was
                    // never closed; treat it as closing there and open anew.
                    quotes.push(Quote {
                        open: open.unwrap(),
                        close: None,
                    });
                    open = Some(out.len());
                    out.push(Token {
                        start,
                        end,
                        kind: TokenKind::OpenQuote,
                        quoted: false,
                    });
                } else {
                    // Nested curly double quote: keep it as content.
                    out.push(Token {
                        start,
                        end,
                        kind: TokenKind::Punct,
                        quoted: true,
                    });
                }
            }
            Some(TokenKind::CloseQuote) => {
                if let Some(o) = open.take() {
                    quotes.push(Quote {
                        open: o,
                        close: Some(out.len()),
                    });
                    out.push(Token {
                        start,
                        end,
                        kind: TokenKind::CloseQuote,
                        quoted: false,
                    });
                } else {
                    out.push(Token {
                        start,
                        end,
                        kind: TokenKind::Punct,
                        quoted: false,
                    });
                }
            }
            _ => {
                let _ = is_apostrophe(c);
                out.push(Token {
                    start,
                    end,
                    kind: TokenKind::Punct,
                    quoted: open.is_some(),
                });
            }
        }
        i += width;
    }
    if let Some(o) = open {
        quotes.push(Quote {
            open: o,
            close: None,
        });
    }
    quotes
}

fn straight_quote_kind(prev: Option<char>, next: Option<char>, inside: bool) -> TokenKind {
    let after_space = prev.is_none_or(|p| is_space(p) || "([{—–-/:".contains(p));
    let before_space = next.is_none_or(|n| is_space(n) || ",.;:!?)]}—–".contains(n));
    if inside {
        if after_space && !before_space {
            TokenKind::OpenQuote
        } else {
            TokenKind::CloseQuote
        }
    } else if before_space && !after_space {
        TokenKind::CloseQuote
    } else {
        TokenKind::OpenQuote
    }
}

/// `U.S`, `U.N`: single letters separated by dots, from `i` up to char index `j`.
fn is_initial_run(chars: &[(usize, char)], i: usize, j: usize) -> bool {
    let run: Vec<char> = chars[i..j].iter().map(|x| x.1).collect();
    if run.is_empty() {
        return false;
    }
    let mut expect_letter = true;
    for c in &run {
        if expect_letter {
            if !c.is_alphabetic() {
                return false;
            }
        } else if *c != '.' {
            return false;
        }
        expect_letter = !expect_letter;
    }
    // `U.S` (ends on a letter) or a single capital initial like `J` in `J. Smith`.
    !expect_letter && (run.len() >= 3 || run[0].is_uppercase())
}

fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Sentence boundaries: `.`, `!` or `?` outside quotes (a closing quote mark may follow),
/// then a token that can start a sentence.
fn split_sentences(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = tokens[i];
        let ch = &text[t.start..t.end];
        let terminal = t.kind == TokenKind::Punct && matches!(ch, "." | "!" | "?" | "…");
        let boundary_after = if terminal {
            // Inside a quote, a full stop ends the sentence only when the quote closes too.
            let mut k = i + 1;
            while k < range.end && tokens[k].kind == TokenKind::CloseQuote {
                k += 1;
            }
            let inside = t.quoted && k == i + 1;
            if inside {
                None
            } else if k >= range.end {
                Some(range.end)
            } else {
                let n = tokens[k];
                let nt = &text[n.start..n.end];
                let starts = n.kind == TokenKind::OpenQuote
                    || nt
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                if starts && !n.quoted { Some(k) } else { None }
            }
        } else {
            None
        };
        if let Some(b) = boundary_after {
            out.push(Sentence { tokens: start..b });
            start = b;
            i = b;
            continue;
        }
        i += 1;
    }
    if start < range.end {
        out.push(Sentence {
            tokens: start..range.end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(doc: &Document) -> Vec<String> {
        (0..doc.tokens.len())
            .map(|i| doc.token_text(i).to_string())
            .collect()
    }

    #[test]
    fn tokens_keep_abbreviations_numbers_and_possessives_whole() {
        let doc =
            Document::new("The U.S. paid $1.4 billion, Russia’s S-400 and 1,200 m. Dr. Ada said.");
        let w = words(&doc);
        assert!(w.contains(&"U.S.".to_string()));
        assert!(w.contains(&"$1.4".to_string()));
        assert!(w.contains(&"Russia’s".to_string()));
        assert!(w.contains(&"S-400".to_string()));
        assert!(w.contains(&"1,200".to_string()));
        assert!(w.contains(&"Dr.".to_string()));
    }

    #[test]
    fn quotes_pair_and_mark_their_tokens() {
        let doc = Document::new("He said: \"We won.\" Then “they left,” she said.");
        let p = &doc.paragraphs[0];
        assert_eq!(p.quotes.len(), 2);
        assert!(p.quotes.iter().all(|q| q.close.is_some()));
        let won = (0..doc.tokens.len())
            .find(|&i| doc.token_text(i) == "won")
            .unwrap();
        assert!(doc.tokens[won].quoted);
        let said = (0..doc.tokens.len())
            .find(|&i| doc.token_text(i) == "said")
            .unwrap();
        assert!(!doc.tokens[said].quoted);
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        let doc = Document::new("\"First part.\n\n\"Second part,\" he said.");
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.paragraphs[0].quotes[0].close, None);
        assert!(doc.paragraphs[1].quotes[0].close.is_some());
    }

    #[test]
    fn sentences_split_outside_quotes_only() {
        let doc = Document::new("Body text.\n\n\"One. Two,\" he said. The U.S. agreed. Next one.");
        let p = &doc.paragraphs[1];
        let texts: Vec<&str> = p
            .sentences
            .iter()
            .map(|s| {
                let a = doc.tokens[s.tokens.start].start;
                let b = doc.tokens[s.tokens.end - 1].end;
                &doc.text[a..b]
            })
            .collect();
        assert_eq!(
            texts,
            vec!["\"One. Two,\" he said.", "The U.S. agreed.", "Next one."]
        );
    }

    #[test]
    fn line_and_column_count_lines_and_characters() {
        let doc = Document::new("ab\r\nçé x\rz");
        let x = doc.text.find('x').unwrap();
        assert_eq!(doc.line_column(x), (2, 4));
        let z = doc.text.find('z').unwrap();
        assert_eq!(doc.line_column(z), (3, 1));
    }

    #[test]
    fn headline_is_the_first_short_line_without_a_full_stop() {
        let doc = Document::new("Minister denies report\n\nThe minister said no.");
        assert_eq!(doc.slice(doc.title.unwrap()), "Minister denies report");
        let doc = Document::new("The minister said no.\n\nMore.");
        assert!(doc.title.is_none());
    }
}
