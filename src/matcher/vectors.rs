//! Static word vectors (GloVe 6B 50d, 40,000 words, one byte a component; see
//! `data/vectors/README.md`): how close two claims are in meaning when they share few words
//! ("the crowd" and "joined the rally", "died" and "dead").

/// Components of a vector.
pub const DIMS: usize = 50;

static WORDS: &str = include_str!("../../data/vectors/words.txt");
static RANKS: &[u8] = include_bytes!("../../data/vectors/ranks.bin");
static VECTORS: &[u8] = include_bytes!("../../data/vectors/vectors.bin");
/// Each word's parts of speech in WordNet: bit 0 noun, 1 verb, 2 adjective, 3 adverb.
static CLASSES: &[u8] = include_bytes!("../../data/vectors/classes.bin");
/// Each word's broad class of meaning in WordNet (the lexicographer file of its verb's, else
/// its adjective's, first sense; 255 when none).
static SENSES: &[u8] = include_bytes!("../../data/vectors/senses.bin");
/// Pairs of places (a kind, what it is a kind of) by WordNet's hypernyms, sorted: two
/// little-endian u16 each ("handgun", "weapon").
static KINDS: &[u8] = include_bytes!("../../data/vectors/kinds.bin");
static KINDS_FIRST: Firsts = firsts(KINDS);
/// Pairs of places (a way of doing, what it is a way of doing) by WordNet's verb hypernyms,
/// sorted: two little-endian u16 each ("struck", "touched").
static VERB_KINDS: &[u8] = include_bytes!("../../data/vectors/verb_kinds.bin");
static VERB_KINDS_FIRST: Firsts = firsts(VERB_KINDS);
/// Pairs of places (a noun, a verb whose deed or event it names) by WordNet's derivational
/// links, sorted: two little-endian u16 each ("agreement", "agreed").
static DERIVATIONS: &[u8] = include_bytes!("../../data/vectors/derivations.bin");
static DERIVATIONS_FIRST: Firsts = firsts(DERIVATIONS);

/// A bit a place (places are u16): which places open a pair of a table. Most places open
/// none, and the pair tests ask of every pair of words, so a bit turns them away before the
/// binary search.
type Firsts = [u64; 1 << 10];

/// The places that open a pair of `table`, computed at compile time.
const fn firsts(table: &[u8]) -> Firsts {
    let mut bits = [0u64; 1 << 10];
    let mut k = 0;
    while 4 * k + 1 < table.len() {
        let a = u16::from_le_bytes([table[4 * k], table[4 * k + 1]]) as usize;
        bits[a / 64] |= 1 << (a % 64);
        k += 1;
    }
    bits
}

/// Whether the word at place `kind` names a kind of what the word at place `hyper` names:
/// "handgun" of "weapon", "treaty" of "agreement" (see `scripts/lexicon/build_kinds.py`).
pub fn is_kind_of(kind: usize, hyper: usize) -> bool {
    listed(KINDS, &KINDS_FIRST, kind, hyper)
}

/// Whether the verb at place `way` names a way of doing what the verb at place `hyper`
/// names: "struck" of "touched", "bribed" of "paid" (see
/// `scripts/lexicon/build_verb_kinds.py`).
pub fn is_way_of(way: usize, hyper: usize) -> bool {
    listed(VERB_KINDS, &VERB_KINDS_FIRST, way, hyper)
}

/// Whether the noun at place `noun` names the deed or event of the verb at place `verb`:
/// "agreement" of "agreed", "payment" of "pay" (see `scripts/lexicon/build_derivations.py`).
pub fn names_deed_of(noun: usize, verb: usize) -> bool {
    listed(DERIVATIONS, &DERIVATIONS_FIRST, noun, verb)
}

/// Whether a sorted table of pairs of places holds `(a, b)`.
fn listed(table: &[u8], first: &Firsts, a: usize, b: usize) -> bool {
    if first.get(a / 64).is_none_or(|w| w & (1 << (a % 64)) == 0) {
        return false;
    }
    let pair = |k: usize| {
        let at = |i: usize| u16::from_le_bytes([table[4 * k + i], table[4 * k + i + 1]]) as usize;
        (at(0), at(2))
    };
    let (mut lo, mut hi) = (0, table.len() / 4);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match pair(mid).cmp(&(a, b)) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// What the word at place `kind` names a kind of, by place ([`is_kind_of`]).
pub fn kinds_of(kind: usize) -> impl Iterator<Item = usize> {
    let at = |k: usize, i: usize| u16::from_le_bytes([KINDS[4 * k + i], KINDS[4 * k + i + 1]]);
    let pairs = KINDS.len() / 4;
    let (mut lo, mut hi) = (0, pairs);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if (at(mid, 0) as usize) < kind {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    (lo..pairs)
        .take_while(move |&k| at(k, 0) as usize == kind)
        .map(move |k| at(k, 2) as usize)
}

/// Whether WordNet knows the word at a place as a noun.
pub fn is_noun_at(k: usize) -> bool {
    CLASSES[k] & NOUN != 0
}

/// Whether a folded word may be an adjective, or one graded with `suffix` ("er": "safer",
/// "busier", "bigger"; "est": "highest"), which WordNet lists under the adjective.
pub fn may_be_graded_adjective(w: &str, suffix: &str) -> bool {
    may_be_adjective(w)
        || w.strip_suffix(suffix).is_some_and(|stem| {
            let undoubled = stem.len() > 2
                && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
            may_be_adjective(stem)
                || may_be_adjective(&format!("{stem}e"))
                || (undoubled && may_be_adjective(&stem[..stem.len() - 1]))
                || stem
                    .strip_suffix('i')
                    .is_some_and(|s| may_be_adjective(&format!("{s}y")))
        })
}

/// Whether WordNet knows the word at place `k` as a verb, among other things.
pub fn is_verb_at(k: usize) -> bool {
    CLASSES[k] & VERB != 0
}

/// Whether two words (by place) are predicates of one broad class of meaning in WordNet:
/// "briefed" and "consulted" (communication), not "mean" and "wait".
pub fn same_sense_class(ka: usize, kb: usize) -> bool {
    SENSES[ka] != 255 && SENSES[ka] == SENSES[kb]
}

/// How frequent a folded word is: its rank among the 40,000 most frequent (0 the most
/// frequent), `None` for a rarer word (most names and numbers).
pub fn frequency_rank(folded: &str) -> Option<usize> {
    find(folded).map(|k| u16::from_le_bytes([RANKS[2 * k], RANKS[2 * k + 1]]) as usize)
}

/// Whether WordNet knows a folded word as a common noun, verb, adjective or adverb ("state",
/// "wins"), as it does few given names ("bernie").
pub fn is_common_word(folded: &str) -> bool {
    find(folded).is_some_and(|k| CLASSES[k] != 0)
}

/// Whether WordNet knows a folded word only as an adjective ("legal", "unsafe"): a phrase
/// that ends on one has not yet said what it describes.
pub fn is_only_adjective(folded: &str) -> bool {
    find(folded).is_some_and(is_only_adjective_at)
}

/// [`is_only_adjective`] of the word at place `k` ([`find`]).
pub fn is_only_adjective_at(k: usize) -> bool {
    CLASSES[k] == 0b100
}

/// Whether WordNet knows a folded word as a noun, among other things ("appeals", "harbour").
pub fn may_be_noun(folded: &str) -> bool {
    find(folded).is_some_and(is_noun_at)
}

/// Whether WordNet knows a folded word as a verb, among other things ("talk", "run").
pub fn may_be_verb(folded: &str) -> bool {
    find(folded).is_some_and(|k| CLASSES[k] & VERB != 0)
}

/// Whether WordNet knows a folded word as an adjective, among other things ("early",
/// "daily").
pub fn may_be_adjective(folded: &str) -> bool {
    find(folded).is_some_and(|k| CLASSES[k] & ADJECTIVE != 0)
}

/// Whether a folded word in "-ly" reads as an adverb or an adjective ("quickly", "early",
/// "elderly"), not as a noun or a verb ("family", "rally", "supply"); a word WordNet does not
/// know is taken as an adverb.
pub fn is_ly_modifier(folded: &str) -> bool {
    folded.ends_with("ly")
        && find(folded).is_none_or(|k| CLASSES[k] == 0 || CLASSES[k] & (ADJECTIVE | ADVERB) != 0)
}

/// Bytes of a line of `WORDS`: the word, spaces, a newline (see `data/vectors/README.md`).
const WIDTH: usize = 24;

/// How many words there are.
#[cfg(test)]
fn count() -> usize {
    WORDS.len() / WIDTH
}

#[cfg(test)]
fn word(k: usize) -> &'static str {
    WORDS[k * WIDTH..(k + 1) * WIDTH - 1].trim_end_matches(' ')
}

/// The vector of a folded word and its frequency rank (0 is the most frequent word).
#[cfg(test)]
pub fn lookup(folded: &str) -> Option<(&'static [u8], usize)> {
    find(folded).map(|k| {
        let rank = u16::from_le_bytes([RANKS[2 * k], RANKS[2 * k + 1]]) as usize;
        (&VECTORS[k * DIMS..(k + 1) * DIMS], rank)
    })
}

/// For each byte, the first line of `WORDS` whose word opens with it or a later byte: the
/// words that open with byte `b` are the lines from `FIRST_LINES[b]` to `FIRST_LINES[b + 1]`,
/// where [`find`] searches (a new word of a claim took sixteen steps of the whole list).
static FIRST_LINES: [u32; 257] = first_lines(WORDS.as_bytes());

/// See [`FIRST_LINES`]; computed at compile time.
const fn first_lines(words: &[u8]) -> [u32; 257] {
    let n = words.len() / WIDTH;
    let mut out = [0u32; 257];
    let (mut b, mut k) = (0, 0);
    while b < 257 {
        while k < n && (words[k * WIDTH] as usize) < b {
            k += 1;
        }
        out[b] = k as u32;
        b += 1;
    }
    out
}

/// The place of a folded word in the sorted list.
pub fn find(folded: &str) -> Option<usize> {
    // The key padded with spaces as the lines are: space sorts before every byte of a word,
    // so padded lines sort as the words do, and compare without trimming.
    let key = folded.as_bytes();
    if key.len() >= WIDTH {
        return None;
    }
    let mut padded = [b' '; WIDTH - 1];
    padded[..key.len()].copy_from_slice(key);
    let lines = WORDS.as_bytes();
    let line = |k: usize| &lines[k * WIDTH..(k + 1) * WIDTH - 1];
    // A line compared as three big-endian numbers, which order as its bytes do (the third
    // overlaps the second by a byte, equal by the time the third is compared): no call to
    // memcmp at every step of the search, for every new word of every claim.
    let numbers = |bytes: &[u8]| {
        let at = |k: usize| u64::from_be_bytes(bytes[k..k + 8].try_into().expect("8 bytes"));
        (at(0), at(8), at(WIDTH - 9))
    };
    let key = numbers(&padded[..]);
    // Only the lines that open with the key's first byte.
    let first = usize::from(padded[0]);
    let (mut lo, mut hi) = (FIRST_LINES[first] as usize, FIRST_LINES[first + 1] as usize);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match numbers(line(mid)).cmp(&key) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

/// The weighted mean of the vectors of `words` (folded), frequent words weighing less: the
/// rarer a word, the more it says what a claim is about.
#[cfg(test)]
pub fn mean<'w>(words: impl Iterator<Item = &'w str>) -> [f32; DIMS] {
    mean_of(words.filter_map(find))
}

/// [`mean`] of words given by their place in the list ([`find`]), scaled to unit length
/// (all zero when no word has a vector), so that the [`cosine`] of two is a dot product.
pub fn mean_of(places: impl Iterator<Item = usize>) -> [f32; DIMS] {
    let mut sum = [0f32; DIMS];
    for k in places {
        let rank = u16::from_le_bytes([RANKS[2 * k], RANKS[2 * k + 1]]) as usize;
        let weight = ((rank + 2) as f32).ln();
        for (s, &x) in sum.iter_mut().zip(&VECTORS[k * DIMS..(k + 1) * DIMS]) {
            *s += weight * f32::from(x as i8);
        }
    }
    let norm = sum.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        sum.iter_mut().for_each(|x| *x /= norm);
    }
    sum
}

/// Cosine of the vectors of two folded words; `None` when either is unknown, among the
/// `common` most frequent words (which go with everything), or when they share no part of
/// speech (GloVe puts "systems" near "integrated": related, but not the same kind of thing).
#[cfg(test)]
pub fn word_similarity(a: &str, b: &str, common: usize) -> Option<f64> {
    similarity_at(find(a)?, find(b)?, common, NOUN | VERB | ADJECTIVE | ADVERB)
}

/// Parts of speech in [`CLASSES`].
pub const NOUN: u8 = 1;
pub const VERB: u8 = 2;
pub const ADJECTIVE: u8 = 4;
pub const ADVERB: u8 = 8;

/// [`word_similarity`] of words given by their place in the list ([`find`]), when they share
/// one of the parts of speech in `classes`.
pub fn similarity_at(ka: usize, kb: usize, common: usize, classes: u8) -> Option<f64> {
    let rank = |k: usize| u16::from_le_bytes([RANKS[2 * k], RANKS[2 * k + 1]]) as usize;
    if CLASSES[ka] & CLASSES[kb] & classes == 0 || rank(ka) < common || rank(kb) < common {
        return None;
    }
    let (va, vb) = (
        &VECTORS[ka * DIMS..(ka + 1) * DIMS],
        &VECTORS[kb * DIMS..(kb + 1) * DIMS],
    );
    let dot: i32 = va
        .iter()
        .zip(vb)
        .map(|(&x, &y)| i32::from(x as i8) * i32::from(y as i8))
        .sum();
    let norm = |v: &[u8]| -> f64 {
        f64::from(v.iter().map(|&x| i32::from(x as i8).pow(2)).sum::<i32>()).sqrt()
    };
    let (na, nb) = (norm(va), norm(vb));
    (na > 0.0 && nb > 0.0).then(|| f64::from(dot) / (na * nb))
}

/// Cosine of two means of [`mean_of`]: 0 when either has no word with a vector.
pub fn cosine(a: &[f32; DIMS], b: &[f32; DIMS]) -> f64 {
    f64::from(a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>())
}

/// Components of a [`quantized`] vector: [`DIMS`] and zeros to a whole number of eight, so
/// that the compiler's vector code needs no remainder.
pub const QUANTIZED: usize = 56;

/// What a [`quantized`] component of 1.0 is.
const SCALE: f32 = 16384.0;

/// A unit vector (or zero) in fixed point, for [`cosine_at_least`]: each component within
/// 1 / [`SCALE`] of the vector's (cut toward zero: rounding called the C library for each
/// component, which cost more than the pair loop saved on a short article).
pub fn quantized(v: &[f32; DIMS]) -> [i16; QUANTIZED] {
    let mut q = [0i16; QUANTIZED];
    for (q, &x) in q.iter_mut().zip(v) {
        *q = (x * SCALE) as i16;
    }
    q
}

/// Whether `cosine(a, b) >= t` of two unit vectors (or zero), as that comparison decides it,
/// given their [`quantized`] forms `qa` and `qb`. The pair loop asks it of every claim near a
/// negated one: the dot product in whole numbers (which the compiler vectorizes; a float
/// sum it must keep in order) is within 1e-3 of the exact one, so it decides all but a
/// sliver round `t`, where [`cosine`] decides.
pub fn cosine_at_least(
    a: &[f32; DIMS],
    qa: &[i16; QUANTIZED],
    b: &[f32; DIMS],
    qb: &[i16; QUANTIZED],
    t: f64,
) -> bool {
    const MARGIN: f64 = 2e-3;
    let dot: i32 = qa
        .iter()
        .zip(qb)
        .map(|(&x, &y)| i32::from(x) * i32::from(y))
        .sum();
    let fast = f64::from(dot) / f64::from(SCALE * SCALE);
    if fast < t - MARGIN {
        false
    } else if fast > t + MARGIN {
        true
    } else {
        cosine(a, b) >= t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f64 {
        cosine(&mean(a.split(' ')), &mean(b.split(' ')))
    }

    #[test]
    fn find_finds_every_word_at_its_line() {
        for k in 0..count() {
            assert_eq!(find(word(k)), Some(k), "{}", word(k));
        }
        assert_eq!(find(""), None);
        assert_eq!(find("zzzzqx"), None);
    }

    #[test]
    fn cosine_at_least_answers_as_cosine_does() {
        let words = [
            "crowd", "rally", "died", "dead", "weapon", "handgun", "the", "budget",
        ];
        for a in words {
            for b in words {
                let (x, y) = (mean(a.split(' ')), mean(b.split(' ')));
                let (qx, qy) = (quantized(&x), quantized(&y));
                let c = cosine(&x, &y);
                for t in [c, c - 1e-7, c + 1e-7, c - 3e-3, c + 3e-3, 0.8, 0.5, 0.0] {
                    assert_eq!(cosine_at_least(&x, &qx, &y, &qy, t), c >= t, "{a} {b} {t}");
                }
            }
        }
    }

    #[test]
    fn the_word_list_is_sorted_and_matches_the_vectors() {
        assert_eq!(WORDS.len() % WIDTH, 0);
        assert_eq!(count() * 2, RANKS.len());
        assert_eq!(count() * DIMS, VECTORS.len());
        assert_eq!(count(), CLASSES.len());
        assert_eq!(count(), SENSES.len());
        for k in 1..count() {
            assert!(word(k - 1) < word(k));
        }
    }

    #[test]
    fn every_word_is_found_at_its_place_and_no_other_is() {
        let listed: std::collections::HashSet<&str> = (0..count()).map(word).collect();
        for k in 0..count() {
            let w = word(k);
            assert_eq!(find(w), Some(k), "{w:?}");
            // A word a byte longer, or a byte shorter, is found only when the list has it.
            let shorter = w.get(..w.len() - 1).unwrap_or("").to_string();
            for other in [format!("{w}a"), format!("{w}~"), shorter] {
                if !listed.contains(other.as_str()) {
                    assert_eq!(find(&other), None, "{other:?}");
                }
            }
        }
    }

    #[test]
    fn common_words_are_found_with_their_rank() {
        let (_, the) = lookup("the").expect("the");
        let (_, harbour) = lookup("harbour").expect("harbour");
        assert!(the < harbour);
        assert!(lookup("qqqzzzx").is_none());
    }

    #[test]
    fn related_words_are_closer_than_unrelated_ones() {
        assert!(sim("died", "dead") > sim("died", "orchestra"));
        assert!(sim("crowd rally", "protesters marched") > sim("crowd rally", "tax revenue"));
        let close = word_similarity("consulted", "briefed", 100).unwrap();
        let far = word_similarity("consulted", "swam", 100).unwrap();
        assert!(close > 0.6 && far < 0.4, "{close} {far}");
        assert_eq!(word_similarity("the", "briefed", 100), None);
        assert_eq!(word_similarity("systems", "integrated", 100), None);
        let place = |w: &str| find(w).unwrap();
        assert!(same_sense_class(place("briefed"), place("consulted")));
        assert!(!same_sense_class(place("mean"), place("wait")));
    }

    #[test]
    fn kinds_are_read_from_wordnet_hypernyms() {
        let place = |w: &str| find(w).unwrap();
        assert_eq!(KINDS.len() % 4, 0);
        assert!(is_kind_of(place("rifle"), place("weapon")));
        assert!(is_kind_of(place("pistols"), place("guns")));
        assert!(!is_kind_of(place("weapon"), place("rifle")));
        assert!(!is_kind_of(place("rifle"), place("rifle")));
        // "arm" is first a limb: no handgun is one.
        assert!(!is_kind_of(place("handgun"), place("arm")));
        let rifle: Vec<usize> = kinds_of(place("rifle")).collect();
        assert!(rifle.contains(&place("weapon")) && rifle.contains(&place("firearms")));
        assert!(rifle.iter().all(|&h| is_kind_of(place("rifle"), h)));
    }

    #[test]
    fn ways_of_doing_are_read_from_wordnet_verb_hypernyms() {
        let place = |w: &str| find(w).unwrap();
        assert_eq!(VERB_KINDS.len() % 4, 0);
        assert!(is_way_of(place("struck"), place("touched")));
        assert!(is_way_of(place("stabbed"), place("injured")));
        assert!(!is_way_of(place("touched"), place("struck")));
        // Motion is too broad a deed: "pushed" is no way of "moved" here.
        assert!(!is_way_of(place("pushed"), place("moved")));
    }
}
