//! The document model: an article's text cut into paragraphs, sentences and tokens, each with
//! byte offsets into the original text, plus the quotations found in each paragraph.
//!
//! Everything here is a single left-to-right pass over the text: no regex backtracking and
//! no rescanning, so hostile input (one huge paragraph, thousands of quote marks) stays linear.
//! A token takes 12 bytes (offsets are `u32`), so a document is limited to [`MAX_TEXT_BYTES`].

use crate::lexicon;
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

/// The longest text a [`Document`] takes (2 GiB): token offsets, and the parser's folded
/// copies of words (at most 1.5 times as long), are stored in 32 bits.
pub const MAX_TEXT_BYTES: usize = 1 << 31;

/// One token: its byte range in the text, its kind and whether it is quoted. Offsets are kept
/// as `u32` so that a token takes 12 bytes; read them with [`Token::start`] and [`Token::end`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    pub kind: TokenKind,
    /// Inside a double quotation (the marks themselves are not).
    pub quoted: bool,
}

impl Token {
    /// A token of `text[start..end]`; both offsets must be at most [`MAX_TEXT_BYTES`].
    pub fn new(start: usize, end: usize, kind: TokenKind, quoted: bool) -> Self {
        debug_assert!(start <= end && end <= MAX_TEXT_BYTES);
        Token {
            start: start as u32,
            end: end as u32,
            kind,
            quoted,
        }
    }

    /// Byte offset of the token's first byte.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just past the token's last byte.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The token's byte range.
    pub fn span(&self) -> Span {
        Span::new(self.start(), self.end())
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
    /// In order of their opening marks (the parser binary-searches them).
    pub quotes: Vec<Quote>,
}

#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    /// The tokens of `paragraphs`, numbered from the first of them.
    pub tokens: Vec<Token>,
    /// The paragraphs cut into tokens now: all of them after [`Document::new`]; a window of
    /// them at a time while [`crate::parser::find`] reads a long text, so that a file of
    /// thousands of articles never holds all its tokens at once. [`Document::paragraph`]
    /// finds one by its number among all.
    pub paragraphs: Vec<Paragraph>,
    /// The number among all the document's paragraphs of `paragraphs[0]`.
    pub first_paragraph: usize,
    /// The headline, when the first paragraph is one; it is not searched for claims.
    pub title: Option<Span>,
    /// Every paragraph's span, cut into tokens or not.
    paragraph_spans: Vec<Span>,
    /// Byte offsets where lines start (`u32`: a document is at most [`MAX_TEXT_BYTES`]).
    line_starts: Vec<u32>,
    /// Every [`CHAR_STEP`] bytes or so, a char boundary and the number of chars before it,
    /// so that a column is counted from the nearest checkpoint rather than from the start of
    /// a line that may be megabytes long.
    char_marks: Vec<(usize, usize)>,
}

/// Bytes between two entries of `Document::char_marks`.
const CHAR_STEP: usize = 1024;

impl<'a> Document<'a> {
    /// Cuts `text` into paragraphs, sentences and tokens. `text` should already have any
    /// byte-order mark removed by the caller only if offsets are not meant to count it; the
    /// parser skips a leading BOM itself, so offsets always count from the file's first byte.
    ///
    /// # Panics
    ///
    /// When `text` is longer than [`MAX_TEXT_BYTES`] (2 GiB); callers that read files refuse
    /// such inputs first ([`crate::analyze_inputs`] does).
    pub fn new(text: &'a str) -> Self {
        let mut doc = Document::outline(text);
        doc.tokenize(0..doc.paragraph_count());
        doc
    }

    /// Finds the lines, paragraphs and headline of `text` but cuts no paragraph into tokens
    /// yet: [`Document::tokenize`] does, a window at a time.
    ///
    /// # Panics
    ///
    /// As [`Document::new`].
    pub fn outline(text: &'a str) -> Self {
        assert!(
            text.len() <= MAX_TEXT_BYTES,
            "claimcheck documents are limited to {MAX_TEXT_BYTES} bytes"
        );
        let line_starts = line_starts(text);
        let paragraph_spans = paragraph_spans(text, &line_starts);
        // (A text of one paragraph has nothing for a headline to head: it is the story.)
        let title = paragraph_spans
            .first()
            .filter(|p| paragraph_spans.len() > 1 && looks_like_headline(&text[p.start..p.end]))
            .copied();
        Document {
            text,
            tokens: Vec::new(),
            paragraphs: Vec::new(),
            first_paragraph: 0,
            title,
            paragraph_spans,
            line_starts,
            char_marks: char_marks(text),
        }
    }

    /// How many paragraphs the whole document has.
    pub fn paragraph_count(&self) -> usize {
        self.paragraph_spans.len()
    }

    /// The byte length of each paragraph, in order: what windows are cut by.
    pub fn paragraph_lengths(&self) -> impl Iterator<Item = usize> + '_ {
        self.paragraph_spans.iter().map(|s| s.end - s.start)
    }

    /// The number of the paragraph that holds byte `offset` (or the last before it).
    pub fn paragraph_at(&self, offset: usize) -> usize {
        self.paragraph_spans
            .partition_point(|s| s.start <= offset)
            .saturating_sub(1)
    }

    /// Where paragraph `p` (numbered among all) starts, in bytes.
    pub fn paragraph_start(&self, p: usize) -> Option<usize> {
        self.paragraph_spans.get(p).map(|s| s.start)
    }

    /// Whether every paragraph is cut into tokens now.
    pub fn is_tokenized(&self) -> bool {
        self.first_paragraph == 0 && self.paragraphs.len() == self.paragraph_spans.len()
    }

    /// Paragraph `p`, numbered among all the document's, when it is cut into tokens now.
    pub fn paragraph(&self, p: usize) -> Option<&Paragraph> {
        self.paragraphs.get(p.checked_sub(self.first_paragraph)?)
    }

    /// Cuts paragraphs `range` (numbered among all) into sentences and tokens, in place of
    /// those cut before.
    pub fn tokenize(&mut self, range: std::ops::Range<usize>) {
        self.drop_tokens();
        let text = self.text;
        let spans = &self.paragraph_spans[range.clone()];
        let bytes: usize = spans.iter().map(|s| s.end - s.start).sum();
        // News text has a token every five bytes or so; the guess is a few percent off
        // either way. A whole article keeps its tokens through the parser, so they are not
        // left with room to spare.
        let mut tokens = Vec::with_capacity(bytes / 5);
        let mut paragraphs = Vec::with_capacity(spans.len());
        for &span in spans {
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
        tokens.shrink_to_fit();
        self.tokens = tokens;
        self.paragraphs = paragraphs;
        self.first_paragraph = range.start;
    }

    /// Frees the tokens and paragraphs, three times the text's size, once the parser is done
    /// with them: the later stages read only the text, the title and line positions.
    pub fn drop_tokens(&mut self) {
        self.tokens = Vec::new();
        self.paragraphs = Vec::new();
        self.first_paragraph = 0;
    }

    pub fn token_text(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start()..t.end()]
    }

    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.start..span.end]
    }

    /// 1-based line and character column of a byte offset. Lines end at LF, CRLF or a lone CR.
    /// A byte-order mark opening the text is a character of line 1 (see docs/json-format.md).
    /// An offset past the end counts as the end; one inside a character, as that character.
    /// Takes O(log n) plus at most [`CHAR_STEP`] bytes of counting, however long the line.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s as usize <= offset) - 1;
        let start = self.line_starts[line] as usize;
        // A line start within CHAR_STEP bytes is nearer than the checkpoints can be.
        let column = if offset - start <= CHAR_STEP {
            self.text[start..offset].chars().count() + 1
        } else {
            self.chars_before(offset) - self.chars_before(start) + 1
        };
        (line + 1, column)
    }

    /// How many characters precede byte `offset`, which must be a char boundary.
    fn chars_before(&self, offset: usize) -> usize {
        let mark = self.char_marks.partition_point(|&(b, _)| b <= offset) - 1;
        let (byte, chars) = self.char_marks[mark];
        chars + self.text[byte..offset].chars().count()
    }
}

fn char_marks(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut marks = Vec::with_capacity(bytes.len() / CHAR_STEP + 1);
    marks.push((0, 0));
    let (mut at, mut chars) = (0, 0);
    loop {
        // The first char boundary at least CHAR_STEP bytes after the previous mark.
        let mut next = at + CHAR_STEP;
        while next < bytes.len() && !text.is_char_boundary(next) {
            next += 1;
        }
        if next >= bytes.len() {
            return marks;
        }
        chars += count_chars(&bytes[at..next]);
        marks.push((next, chars));
        at = next;
    }
}

/// How many characters whole UTF-8 `bytes` hold: the bytes that are not continuation bytes
/// (0x80 to 0xBF), counted eight at a time, as every byte of a document is.
fn count_chars(bytes: &[u8]) -> usize {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const BYTE_LANES: u64 = 0x00ff_00ff_00ff_00ff;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    loop {
        // A continuation byte has its top bit set and the next one clear. Each byte lane
        // counts up to 255 words' worth, then the lanes are added up.
        let mut lanes = 0u64;
        let mut words = 0;
        for chunk in chunks.by_ref().take(255) {
            let v = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            lanes += (v & !(v << 1) & HIGHS) >> 7;
            words += 1;
        }
        // Pairs of lanes (at most 510 each), then the four pairs (at most 2,040).
        let pairs = (lanes & BYTE_LANES) + ((lanes >> 8) & BYTE_LANES);
        continuations += (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize;
        if words < 255 {
            break;
        }
    }
    let tail = chunks.remainder();
    let tail_continuations = tail.iter().filter(|&&b| (b as i8) < -0x40).count();
    bytes.len() - continuations - tail_continuations
}

/// Byte offsets where lines start: 0, and after every LF, CRLF or lone CR. The breaks are
/// found by memchr's vectorized search, many bytes a step, not eight at a time.
fn line_starts(text: &str) -> Vec<u32> {
    let bytes = text.as_bytes();
    let mut starts = Vec::with_capacity(bytes.len() / 128 + 1);
    starts.push(0);
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
            starts.push(i as u32 + 1);
        }
    }
    starts
}

/// Paragraphs are runs of non-blank lines; news files put one paragraph per line, with or
/// without blank lines between, so every line break also ends a paragraph unless the line
/// looks hard-wrapped (the next line continues a sentence in lower case). `line_starts` is
/// what [`line_starts`] returns for `text`.
fn paragraph_spans(text: &str, line_starts: &[u32]) -> Vec<Span> {
    let bytes = text.as_bytes();
    let lines = line_starts.iter().enumerate().map(|(k, &start)| {
        let start = start as usize;
        let end = match line_starts.get(k + 1).map(|&n| n as usize) {
            // The line ends before its break: LF, lone CR, or CRLF.
            Some(next) if next >= start + 2 && &bytes[next - 2..next] == b"\r\n" => next - 2,
            Some(next) => next - 1,
            None => bytes.len(),
        };
        Span::new(start, end)
    });
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
    // Kept for the whole run: no room to spare.
    out.shrink_to_fit();
    out
}

fn is_hard_wrapped(prev: &str, next: &str) -> bool {
    let ends_open = !prev.ends_with(['.', '!', '?', ':', '"', '”', '»', ')']);
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    ends_open && starts_lower
}

pub fn is_space(c: char) -> bool {
    // Zero-width and bidi formatting characters separate nothing visible; they are skipped
    // like spaces (and escaped when text is shown).
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
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
    // 300 characters take at most 1,200 bytes: a long paragraph is not counted through.
    let short = s.len() <= 1200 && s.chars().count() <= 300 && !s.contains('\n');
    if !short || s.ends_with([':', ',']) {
        return false;
    }
    let words = s.split_whitespace().count();
    // "O'Malley campaign to shift staff, resources to Iowa.": a headline may end with a full
    // stop when it is one short sentence; a first paragraph of two sentences, of a lead's
    // length, or that reports in the past tense as a story does ("The minister said no."),
    // is the story itself.
    // (A full stop inside a closing quotation mark ends a sentence too: `said it was "a
    // disaster."`.)
    let unquoted = s.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'']);
    if let Some(inner) = unquoted.strip_suffix('.') {
        let one_sentence = !inner.contains(". ") && !inner.contains("? ") && !inner.contains("! ");
        let narrated = s
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "said" | "told" | "according"));
        return one_sentence && !narrated && words <= 20;
    }
    words <= 40
}

/// `c.is_alphabetic()`, answered without std's table search (a few hundred instructions a
/// character) for the characters news text is full of: ASCII, the letters of Latin-1, and
/// General Punctuation's quotes, dashes and spaces, none of them letters.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' | '\u{2000}'..='\u{206f}' => false,
        'À'..='ÿ' => c != '×' && c != '÷',
        _ => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()`, quick for the characters [`is_alphabetic`] is quick for.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{7f}' | '\u{2000}'..='\u{206f}' => false,
        'À'..='ÿ' => c != '×' && c != '÷',
        _ => c.is_alphanumeric(),
    }
}

fn is_word_char(c: char) -> bool {
    is_alphanumeric(c)
        || matches!(c, '_' | '$' | '%' | '€' | '£' | '¥' | '&')
        || (!c.is_ascii() && is_combining(c))
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The character at byte `i` of `s` (a char boundary) and its length in bytes.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = s[i..]
            .chars()
            .next()
            .expect("a char boundary inside the text");
        (c, c.len_utf8())
    }
}

/// The character at byte `i` of `s`, if any.
#[inline]
fn char_after(s: &str, i: usize) -> Option<char> {
    (i < s.len()).then(|| char_at(s, i).0)
}

/// White space and control characters separate tokens and are dropped.
#[inline]
fn is_skipped(c: char) -> bool {
    if c.is_ascii() {
        c <= ' ' || c == '\u{7f}'
    } else {
        is_space(c) || c.is_control()
    }
}

#[inline]
fn is_word_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '%' | '&')
    } else {
        is_word_char(c)
    }
}

/// Whether the characters of a word read so far are initials (`U.S`, `J`): letters and dots
/// in turn, ending on a letter. Kept up to date one character at a time, so that a long run
/// of dotted letters is not rescanned at every dot.
struct Initials {
    alternating: bool,
    count: usize,
    first_upper: bool,
}

impl Initials {
    fn new(first: char) -> Self {
        Initials {
            alternating: is_alphabetic(first),
            count: 1,
            first_upper: first.is_uppercase(),
        }
    }

    /// Once they stop alternating, characters are initials no more: `count` then no longer
    /// matters, and a caller may stop pushing.
    fn push(&mut self, c: char) {
        if self.alternating {
            self.alternating = if self.count.is_multiple_of(2) {
                is_alphabetic(c)
            } else {
                c == '.'
            };
        }
        self.count += 1;
    }

    /// `U.S` (ends on a letter) or a single capital initial like `J` in `J. Smith`.
    fn complete(&self) -> bool {
        self.alternating && self.count % 2 == 1 && (self.count >= 3 || self.first_upper)
    }
}

/// Which bytes are ASCII letters and digits: one load a byte where most of a text is read,
/// instead of two range tests.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The end (a byte offset in `s`) of the word that starts at byte `i` with `first`.
// Not inlined: in the paragraph's loop, its byte loops kept their indices on the stack for
// want of registers.
#[inline(never)]
fn word_end(s: &str, i: usize, first: char) -> usize {
    let bytes = s.as_bytes();
    let mut initials = Initials::new(first);
    let mut last = first;
    let mut j = i + first.len_utf8();
    while j < bytes.len() {
        // Plain ASCII letters and digits: the common case, without decoding.
        let b = bytes[j];
        if ASCII_ALPHANUMERIC[usize::from(b)] {
            if initials.alternating {
                initials.push(b as char);
                last = b as char;
                j += 1;
                continue;
            }
            // No longer initials, so nothing to track through the run but its last character.
            j += 1;
            while j < bytes.len() && ASCII_ALPHANUMERIC[usize::from(bytes[j])] {
                j += 1;
            }
            last = bytes[j - 1] as char;
            continue;
        }
        let (d, len) = char_at(s, j);
        // ASCII letters and digits are read above: of the rest of ASCII, only these four are
        // word characters (the general test is a call for the space that ends most words).
        let word_char = if d.is_ascii() {
            matches!(d, '_' | '$' | '%' | '&')
        } else {
            is_word_char(d)
        };
        if word_char {
            initials.push(d);
            last = d;
            j += len;
            continue;
        }
        // Inner joiners: don't, Russia's, S-400, 1,200, 2.5, U.S. The character after is
        // read only for these: most words end at a space.
        let next = || char_after(s, j + len);
        let joins = match d {
            '-' | '‑' | '\'' | '’' | 'ʼ' => next().is_some_and(is_alphanumeric),
            ',' => {
                last.is_ascii_digit()
                    && next().is_some_and(|n| n.is_ascii_digit())
                    && char_after(s, j + len + 1).is_some_and(|n| n.is_ascii_digit())
            }
            // (And "D-N.Y": a state's initials after a party's, past the hyphen.)
            '.' => {
                next().is_some_and(is_alphanumeric)
                    && (last.is_ascii_digit()
                        || initials.complete()
                        || (last.is_ascii_uppercase()
                            && j >= i + 2
                            && matches!(bytes[j - 2], b'-' | b'.')
                            && next().is_some_and(|n| n.is_ascii_uppercase())))
            }
            // "JosÃ©", "MÃ¼ller": a letter's UTF-8 read as Latin-1 leaves a symbol after
            // "Ã" or "Â" (perhaps decomposed: "A" and a combining tilde) in the middle of a
            // name; it is still one word.
            '\u{80}'..='\u{BF}' => matches!(last, 'Ã' | 'Â' | '\u{302}' | '\u{303}'),
            _ => false,
        };
        if !joins {
            break;
        }
        initials.push(d);
        last = d;
        j += len;
    }
    // A trailing dot belongs to initials (U.S.) and known abbreviations (Dr.).
    if j < bytes.len() && bytes[j] == b'.' && (initials.complete() || is_abbreviation(&s[i..j])) {
        j += 1;
    }
    j
}

/// Tokenizes one paragraph, appending to `out`, and returns its quotations.
fn tokenize_paragraph(text: &str, para: Span, out: &mut Vec<Token>) -> Vec<Quote> {
    let s = &text[para.start..para.end];
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    // British style quotes with single curly marks (‘…’) where a paragraph has no double
    // ones; a ’ inside a word is an apostrophe, and one after a word closes only an open ‘.
    let singles = !s.contains(['"', '“', '”', '«', '»', '„']);
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < s.len() {
        // The space between words, most of what is skipped, before any decoding.
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let (c, len) = char_at(s, i);
        let start = para.start + i;
        if is_skipped(c) {
            i += len;
            continue;
        }
        if is_word_start(c) {
            let j = word_end(s, i, c);
            out.push(Token::new(
                start,
                para.start + j,
                TokenKind::Word,
                open.is_some(),
            ));
            i = j;
            continue;
        }
        // Two apostrophes ('') stand for a double quotation mark in some wire styles.
        let doubled = c == '\'' && s.as_bytes().get(i + 1) == Some(&b'\'');
        let (c, len) = if doubled { ('"', 2) } else { (c, len) };
        let end = start + len;
        let prev = s[..i].chars().next_back();
        let next = char_after(s, i + len);
        let kind = match c {
            // A “ that ends a word while a quote is open is a mistyped ”.
            '“' if open.is_some()
                && prev.is_some_and(|p| !is_space(p))
                && next.is_none_or(|n| is_space(n) || ",.;:!?".contains(n)) =>
            {
                Some(TokenKind::CloseQuote)
            }
            '“' | '«' | '„' => Some(TokenKind::OpenQuote),
            // A ” that opens a paragraph or follows a space before a word is a mistyped “.
            '”' if open.is_none()
                && (prev.is_none()
                    || prev.is_some_and(is_space) && next.is_some_and(is_alphanumeric)) =>
            {
                Some(TokenKind::OpenQuote)
            }
            '”' | '»' => Some(TokenKind::CloseQuote),
            '‘' if singles
                && open.is_none()
                && prev.is_none_or(|p| is_space(p) || matches!(p, '(' | '—' | '–'))
                && next.is_some_and(is_alphanumeric) =>
            {
                Some(TokenKind::OpenQuote)
            }
            '’' if singles
                && open.is_some()
                && prev.is_some_and(|p| !is_space(p))
                && next.is_none_or(|n| is_space(n) || ",.;:!?)—–".contains(n)) =>
            {
                Some(TokenKind::CloseQuote)
            }
            '"' => Some(straight_quote_kind(prev, next, open.is_some())),
            _ => None,
        };
        match kind {
            Some(TokenKind::OpenQuote) => {
                if let Some(o) = open.filter(|_| c == '"') {
                    // A straight mark that opens while a quote is open: the earlier one was
                    // never closed; treat it as closing there and open anew.
                    quotes.push(Quote {
                        open: o,
                        close: None,
                    });
                    open = Some(out.len());
                    out.push(Token::new(start, end, TokenKind::OpenQuote, false));
                } else if open.is_none() {
                    open = Some(out.len());
                    out.push(Token::new(start, end, TokenKind::OpenQuote, false));
                } else {
                    // Nested curly double quote: keep it as content.
                    out.push(Token::new(start, end, TokenKind::Punct, true));
                }
            }
            Some(TokenKind::CloseQuote) => {
                if let Some(o) = open.take() {
                    quotes.push(Quote {
                        open: o,
                        close: Some(out.len()),
                    });
                    out.push(Token::new(start, end, TokenKind::CloseQuote, false));
                } else {
                    out.push(Token::new(start, end, TokenKind::Punct, false));
                }
            }
            _ => out.push(Token::new(start, end, TokenKind::Punct, open.is_some())),
        }
        i += len;
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

/// A known abbreviation, in any case. The list is lower-case ASCII of six bytes at most (a
/// test checks), so the word is lowered, ASCII only, in a buffer on the stack: no allocation.
fn is_abbreviation(word: &str) -> bool {
    let mut buffer = [0; 6];
    let Some(lower) = buffer.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // Lowering ASCII bytes keeps UTF-8 valid.
    std::str::from_utf8(lower).is_ok_and(|w| lexicon::ABBREVIATIONS.contains(w))
}

/// "… in the U.S. He says …": initials whose dot is the word's ("U.S.", "D.C.") end the
/// sentence too when a capitalised function word, which opens sentences and no names,
/// follows ("He", "The", "But").
fn ends_sentence_as_initials(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let t = tokens[i];
    // Every word of a text is asked: its length and last byte turn away nearly all of them
    // before the word is sliced out.
    if t.end() - t.start() < 4 || text.as_bytes()[t.end() - 1] != b'.' {
        return false;
    }
    let word = &text[t.start()..t.end()];
    let initials = word.len() >= 4
        && word.ends_with('.')
        && word
            .split_terminator('.')
            .all(|part| part.len() == 1 && part.bytes().all(|b| b.is_ascii_alphabetic()));
    if !initials || t.quoted || i + 1 >= end {
        return false;
    }
    let n = tokens[i + 1];
    let next = &text[n.start()..n.end()];
    n.kind == TokenKind::Word
        && next.starts_with(|c: char| c.is_ascii_uppercase())
        && lexicon::STOPWORDS.contains(next.to_ascii_lowercase().as_str())
}

/// The most tokens a sentence takes before it is cut. The longest sentence of the 924
/// PolNeAr articles has 329 tokens; only hostile or broken text (no full stops) reaches this.
pub const MAX_SENTENCE_TOKENS: usize = 500;

/// Sentence boundaries: `.`, `!` or `?` outside quotes (a closing quote mark may follow),
/// then a token that can start a sentence; and a cut after [`MAX_SENTENCE_TOKENS`] tokens.
fn split_sentences(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = tokens[i];
        // Only punctuation is read: most tokens are words.
        let terminal = (t.kind == TokenKind::Punct
            && matches!(&text[t.start()..t.end()], "." | "!" | "?" | "…"))
            || (t.kind == TokenKind::Word && ends_sentence_as_initials(text, tokens, i, range.end));
        let boundary_after = if terminal {
            // Inside a quote, a full stop ends the sentence only when the quote closes too.
            // (And a closing bracket: "(See the record.) Then …".)
            let mut k = i + 1;
            let mut closed = false;
            while k < range.end
                && (tokens[k].kind == TokenKind::CloseQuote
                    || matches!(&text[tokens[k].start()..tokens[k].end()], ")" | "]"))
            {
                closed |= tokens[k].kind == TokenKind::CloseQuote;
                k += 1;
            }
            let inside = t.quoted && !closed;
            if inside {
                None
            } else if k >= range.end {
                Some(range.end)
            } else {
                let n = tokens[k];
                let nt = &text[n.start()..n.end()];
                let capital = |s: &str| {
                    s.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                };
                // ("… Mr. Lee said. (Just look at the record.)": a sentence in brackets.)
                let bracketed = matches!(nt, "(" | "[")
                    && k + 1 < range.end
                    && tokens[k + 1].kind == TokenKind::Word
                    && capital(&text[tokens[k + 1].start()..tokens[k + 1].end()]);
                let starts = n.kind == TokenKind::OpenQuote || capital(nt) || bracketed;
                if starts && !n.quoted { Some(k) } else { None }
            }
        } else {
            None
        };
        // A run-on "sentence" is cut after MAX_SENTENCE_TOKENS tokens: later stages look
        // around each cue within its sentence, which must stay short for them to be linear.
        let boundary_after =
            boundary_after.or_else(|| (i + 1 - start >= MAX_SENTENCE_TOKENS).then_some(i + 1));
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

    #[test]
    fn count_chars_counts_as_chars_count_does() {
        let mut text = String::new();
        for k in 0..3000 {
            text.push(['a', 'é', '’', '😀', ' ', '中'][k * 7 % 6]);
        }
        for start in 0..40 {
            for end in (start..text.len()).step_by(37).chain([text.len()]) {
                if let Some(s) = text.get(start..end) {
                    assert_eq!(
                        count_chars(s.as_bytes()),
                        s.chars().count(),
                        "{start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn quick_letter_tests_agree_with_std_on_every_char() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

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
    fn a_name_garbled_from_utf8_read_as_latin1_stays_one_word() {
        // "Lucía Peñalver" garbled, once with "Ã" and once decomposed ("A" and a tilde).
        let doc = Document::new(
            "LucÃ\u{AD}a Pe\u{C3}\u{B1}alver and PeA\u{303}\u{B1}alver spoke, Ana \u{A9} 2016.",
        );
        let w = words(&doc);
        assert!(w.contains(&"LucÃ\u{AD}a".to_string()), "{w:?}");
        assert!(w.contains(&"Pe\u{C3}\u{B1}alver".to_string()), "{w:?}");
        assert!(w.contains(&"PeA\u{303}\u{B1}alver".to_string()), "{w:?}");
        assert!(w.contains(&"Ana".to_string()), "{w:?}");
    }

    #[test]
    fn abbreviations_are_found_in_any_case_and_all_are_short_enough() {
        // `is_abbreviation` looks up words of six bytes at most, lowered as ASCII: a longer or
        // upper-case entry would never be found.
        for a in lexicon::ABBREVIATIONS.iter() {
            let a = a.as_str();
            assert!(
                a.len() <= 6 && a.is_ascii() && a == a.to_ascii_lowercase(),
                "{a:?}"
            );
            assert!(
                is_abbreviation(a) && is_abbreviation(&a.to_ascii_uppercase()),
                "{a:?}"
            );
        }
        assert!(is_abbreviation("Corp") && is_abbreviation("E.g"));
        assert!(!is_abbreviation("Corps") && !is_abbreviation("") && !is_abbreviation("approxim"));
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
    fn doubled_apostrophes_and_a_leading_closing_mark_open_quotes() {
        let doc = Document::new("''We won,'' he said.\n\n”We lost.” ― Ana Ruiz");
        assert_eq!(doc.paragraphs[0].quotes.len(), 1);
        assert!(doc.paragraphs[0].quotes[0].close.is_some());
        assert_eq!(doc.paragraphs[1].quotes.len(), 1);
        assert!(doc.paragraphs[1].quotes[0].close.is_some());
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        let doc = Document::new("\"First part.\n\n\"Second part,\" he said.");
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.paragraphs[0].quotes[0].close, None);
        assert!(doc.paragraphs[1].quotes[0].close.is_some());
    }

    /// The text of each sentence of paragraph `p`.
    fn sentence_texts<'d>(doc: &'d Document, p: usize) -> Vec<&'d str> {
        doc.paragraphs[p]
            .sentences
            .iter()
            .map(|s| {
                let a = doc.tokens[s.tokens.start].start();
                let b = doc.tokens[s.tokens.end - 1].end();
                &doc.text[a..b]
            })
            .collect()
    }

    #[test]
    fn sentences_split_outside_quotes_only() {
        let doc = Document::new("Body text.\n\n\"One. Two,\" he said. The U.S. agreed. Next one.");
        let texts = sentence_texts(&doc, 1);
        assert_eq!(
            texts,
            vec!["\"One. Two,\" he said.", "The U.S. agreed.", "Next one."]
        );
    }

    #[test]
    fn a_sentence_in_brackets_starts_after_a_full_stop() {
        let doc = Document::new(
            "Body text.\n\nIt was fair, Lee said. (See the record.) Then (a note) ended.",
        );
        let texts = sentence_texts(&doc, 1);
        assert_eq!(
            texts,
            vec![
                "It was fair, Lee said.",
                "(See the record.)",
                "Then (a note) ended."
            ]
        );
    }

    #[test]
    fn line_and_column_count_a_bom_and_far_into_a_long_line() {
        let doc = Document::new("\u{FEFF}ab\ncd");
        assert_eq!(doc.line_column(3), (1, 2));
        assert_eq!(doc.line_column(4), (1, 3));
        assert_eq!(doc.line_column(7), (2, 2));
        let long = format!("{}x", "é".repeat(5000));
        let doc = Document::new(&long);
        assert_eq!(doc.line_column(long.len() - 1), (1, 5001));
        assert_eq!(doc.line_column(long.len()), (1, 5002));
        assert_eq!(doc.line_column(1), (1, 1));
    }

    #[test]
    fn a_run_on_sentence_is_cut_every_max_sentence_tokens() {
        let text = "word ".repeat(MAX_SENTENCE_TOKENS * 2 + 7);
        let doc = Document::new(&text);
        let lens: Vec<usize> = doc.paragraphs[0]
            .sentences
            .iter()
            .map(|s| s.tokens.len())
            .collect();
        assert_eq!(lens, vec![MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 7]);
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
    fn a_token_takes_twelve_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 12);
    }

    #[test]
    fn line_starts_find_every_break_across_word_boundaries() {
        // Breaks at every position within and across the eight-byte words read at once.
        let text = "A\nBc\r\nDef\rGhij\n\nK\r\rLmnopqrs\r\n\r\nT\n";
        let reference: Vec<u32> = std::iter::once(0)
            .chain((0..text.len()).filter_map(|i| {
                let b = text.as_bytes();
                (b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')))
                    .then_some(i as u32 + 1)
            }))
            .collect();
        assert_eq!(line_starts(text), reference);
        let doc = Document::new(text);
        let paragraphs: Vec<&str> = doc.paragraphs.iter().map(|p| doc.slice(p.span)).collect();
        assert_eq!(
            paragraphs,
            vec!["A", "Bc", "Def", "Ghij", "K", "Lmnopqrs", "T"]
        );
    }

    #[test]
    fn char_marks_count_the_characters_before_them() {
        let text = "é€😀a".repeat(700);
        for (byte, chars) in char_marks(&text) {
            assert!(text.is_char_boundary(byte));
            assert_eq!(text[..byte].chars().count(), chars);
        }
    }

    #[test]
    fn long_runs_of_initials_are_one_word() {
        let run = "A.".repeat(50_000);
        let doc = Document::new(&run);
        assert_eq!(doc.tokens.len(), 1);
        assert_eq!(doc.token_text(0), run);
    }

    #[test]
    fn a_window_numbers_its_tokens_from_its_first_paragraph() {
        let text = "One said \"a\".\n\nTwo said \"b\".\n\nThree said \"c\".";
        let mut doc = Document::outline(text);
        assert_eq!(doc.paragraph_count(), 3);
        assert!(doc.tokens.is_empty() && !doc.is_tokenized());
        doc.tokenize(1..3);
        assert_eq!(doc.first_paragraph, 1);
        assert!(doc.paragraph(0).is_none());
        let two = doc.paragraph(1).unwrap();
        assert_eq!(doc.slice(two.span), "Two said \"b\".");
        assert_eq!(two.tokens.start, 0);
        assert_eq!(two.quotes[0].open, 2);
        assert_eq!(doc.token_text(two.tokens.start), "Two");
        let three = doc.paragraph(2).unwrap();
        assert_eq!(doc.token_text(three.tokens.start), "Three");
        assert_eq!(words(&doc).len(), 12);
        doc.tokenize(0..3);
        assert!(doc.is_tokenized());
        assert_eq!(doc.tokens, Document::new(text).tokens);
    }

    #[test]
    fn headline_is_the_first_short_line_and_one_sentence_if_it_ends_with_a_full_stop() {
        let doc = Document::new("Minister denies report\n\nThe minister said no.");
        assert_eq!(doc.slice(doc.title.unwrap()), "Minister denies report");
        let doc = Document::new("Campaign to shift staff, resources to Iowa.\n\nMore.");
        assert_eq!(
            doc.slice(doc.title.unwrap()),
            "Campaign to shift staff, resources to Iowa."
        );
        // A text of one paragraph is the story, however short.
        assert!(Document::new("Minister denies report").title.is_none());
        for lead in [
            "The minister said no.\n\nMore.",
            "The minister said it was \"a disgrace.\"\n\nMore.",
            "Talks failed. Both sides walked out.\n\nMore.",
            "Rescue teams worked through the night on Tuesday to reach dozens of villagers trapped \
             under the rubble of homes in the hills above the town.\n\nMore.",
        ] {
            assert!(Document::new(lead).title.is_none(), "{lead}");
        }
    }
}
