//! The store of the word lists: the hash, the reading of data files and the probing of the
//! tables. Pure code with no dependencies, compiled twice: into the crate, and into
//! `build.rs`, which lays the tables out with the same hash they are looked up with.

use std::hash::Hasher;

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
        // Eight bytes at a time, in a plain loop: most words are shorter, and the unrolled
        // loop of `chunks_exact` cost them a dozen instructions of setup.
        let mut rest = bytes;
        while let Some((c, tail)) = rest.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*c));
            rest = tail;
        }
        // The last 1 to 7 bytes, read with fixed-size loads (which may overlap): copying them
        // into a buffer was a call to memcpy for every word looked up. `str` hashes end with a
        // 0xff byte, so words of different lengths still hash apart.
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

/// Whether two byte strings of the same length are equal, compared with the fixed-size loads
/// of [`WordHasher::write`]: the lists' words are short, and a call to `memcmp` for each
/// word found made a lookup save and restore every register it used.
#[inline]
pub fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    debug_assert_eq!(a.len(), b.len());
    let n = a.len().min(b.len());
    let (mut a, mut b) = (&a[..n], &b[..n]);
    while a.len() > 8 {
        if a[..8] != b[..8] {
            return false;
        }
        (a, b) = (&a[8..], &b[8..]);
    }
    let n = a.len();
    if n >= 4 {
        let lo = |s: &[u8]| u32::from_le_bytes(s[..4].try_into().expect("4 bytes"));
        let hi = |s: &[u8]| u32::from_le_bytes(s[n - 4..].try_into().expect("4 bytes"));
        lo(a) == lo(b) && hi(a) == hi(b)
    } else {
        // One to three bytes: the first, the middle and the last are all of them.
        n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1])
    }
}

/// The hash of a word's bytes, as `str` hashes with [`WordHasher`] (the bytes, then 0xff).
#[inline]
pub fn word_hash(word: &[u8]) -> u64 {
    let mut h = WordHasher::default();
    h.write(word);
    h.write_u8(0xff);
    h.finish()
}

/// The hash of a number kept in a [`NumberSet`].
#[inline]
pub fn number_hash(n: u64) -> u64 {
    let mut h = WordHasher::default();
    h.add(n);
    h.finish()
}

/// The bit of a word's length in a table's `lengths` (lengths past 62 share the last bit).
#[inline]
pub fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// The bit of a cue word's number in the mask of the second words of the multi-word entries
/// that another word opens (the lexicon's `CueWord::phrase_seconds`).
#[inline]
pub fn second_word_bit(id: u16) -> u64 {
    1 << (id % 64)
}

/// Words of a table's sieve ([`sieve_bit`]): 4,096 bits. (Sieves sized to their tables,
/// larger for the large ones, turned away no more words and cost a bounds check.)
pub const SIEVE_WORDS: usize = 64;

/// The bit of a word in a table's sieve, from its length and its first and last bytes: a
/// multiply, with no pass over the word. A word whose bit is clear is in no table that has
/// the sieve, and most words looked up are in none, so they are turned away before they are
/// hashed and probed. (The second byte as well turned away too few more for its cost.)
#[inline]
pub fn sieve_bit(word: &[u8]) -> usize {
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return 0;
    };
    let key = u32::from(first) << 16 | u32::from(last) << 8 | (word.len() as u32 & 0xff);
    (key.wrapping_mul(0x9e37_79b1) >> 20) as usize
}

/// An empty slot of a table laid out by `build.rs`.
pub const EMPTY: u32 = u32::MAX;

/// The most entries a table holds: an entry's number takes a slot's low 16 bits, and
/// `u16::MAX` is left for [`EMPTY`].
#[allow(dead_code)] // Used by build.rs.
pub const MAX_ENTRIES: usize = u16::MAX as usize;

/// A table slot of entry `e` of a word of hash `hash`: the entry's number in the low 16
/// bits, and above them 16 bits of the hash, so that a probe passes over most other words'
/// slots without reading their entries.
#[allow(dead_code)] // Used by build.rs.
pub fn slot(e: usize, hash: u64) -> u32 {
    debug_assert!(e < MAX_ENTRIES);
    tag(hash) << 16 | e as u32
}

/// The bits of a hash that a slot keeps (the high ones: the low ones pick the slot).
#[inline]
fn tag(hash: u64) -> u32 {
    (hash >> 48) as u32
}

/// The entry `is` accepts among those of the same hash tag, in a table of [`slot`]s laid out
/// by open addressing with linear probing (a power of two long, at most half full, so a word
/// that is not there meets an empty slot within a probe or two).
#[inline]
pub fn probe(slots: &[u32], hash: u64, mut is: impl FnMut(usize) -> bool) -> Option<usize> {
    let mask = slots.len() - 1;
    let tag = tag(hash);
    let mut i = hash as usize & mask;
    loop {
        let s = slots[i];
        if s == EMPTY {
            return None;
        }
        let e = (s & 0xffff) as usize;
        if s >> 16 == tag && is(e) {
            return Some(e);
        }
        i = (i + 1) & mask;
    }
}

/// A set of numbers laid out by `build.rs` as [`probe`]'s tables are, the numbers in the
/// slots themselves (`u64::MAX` empty).
#[derive(Debug, Clone, Copy)]
pub struct NumberSet {
    /// The slots, a power of two of them.
    pub slots: &'static [u64],
}

impl NumberSet {
    /// Whether the set holds `n`.
    #[inline]
    pub fn contains(&self, n: u64) -> bool {
        let mask = self.slots.len() - 1;
        let mut i = number_hash(n) as usize & mask;
        loop {
            match self.slots[i] {
                u64::MAX => return false,
                x if x == n => return true,
                _ => i = (i + 1) & mask,
            }
        }
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
        let found = zeros(v ^ (ONES * u64::from(x))) | zeros(v ^ (ONES * u64::from(y)));
        if found != 0 {
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let rest = chunks.remainder();
    at + rest
        .iter()
        .position(|&c| c == x || c == y)
        .unwrap_or(rest.len())
}

/// `s` split at every `sep`, an ASCII byte, like `str::split`.
#[allow(dead_code)] // Used by build.rs; the crate reads no columns at run time.
pub fn fields(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    // (Cut at an ASCII byte, every piece is whole UTF-8.)
    split_bytes(s.as_bytes(), move |b| b == sep)
        .map(|piece| std::str::from_utf8(piece).unwrap_or_default())
}

/// `bytes` split at every byte `is_sep` accepts, empty pieces included, like `split`.
pub fn split_bytes(bytes: &[u8], is_sep: impl Fn(u8) -> bool) -> impl Iterator<Item = &[u8]> {
    let mut rest = Some(bytes);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.iter().position(|&b| is_sep(b)) {
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

    #[test]
    fn same_bytes_is_slice_equality() {
        let text = b"abcdefghijklmnopqrstuvwxyzabcdefghij";
        for n in 0..20 {
            for i in 0..text.len() - n {
                for j in 0..text.len() - n {
                    let (a, b) = (&text[i..i + n], &text[j..j + n]);
                    assert_eq!(same_bytes(a, b), a == b, "{a:?} {b:?}");
                }
            }
            // One byte changed anywhere.
            let a = &text[..n];
            for k in 0..n {
                let mut b = a.to_vec();
                b[k] ^= 1;
                assert!(!same_bytes(a, &b));
            }
        }
    }

    #[test]
    fn word_hash_is_the_hash_of_str() {
        use std::hash::Hash;
        for w in ["", "a", "said", "according to", "abcdefghijk"] {
            let mut h = WordHasher::default();
            w.hash(&mut h);
            assert_eq!(word_hash(w.as_bytes()), h.finish(), "{w:?}");
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
    fn fold_lowercases_and_folds_apostrophes() {
        assert_eq!(fold("Russia’s"), "russia's");
        assert_eq!(fold("DON’T"), "don't");
    }
}
