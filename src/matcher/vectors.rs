//! Static word vectors (GloVe 6B 50d, 40,000 words, one byte a component; see
//! `data/vectors/README.md`): how close two claims are in meaning when they share few words
//! ("the crowd" and "joined the rally", "died" and "dead").

use std::sync::OnceLock;

/// Components of a vector.
pub const DIMS: usize = 50;

static WORDS: &str = include_str!("../../data/vectors/words.txt");
static RANKS: &[u8] = include_bytes!("../../data/vectors/ranks.bin");
static VECTORS: &[u8] = include_bytes!("../../data/vectors/vectors.bin");

/// Where each word of `WORDS` starts, in its sorted order.
fn starts() -> &'static [u32] {
    static STARTS: OnceLock<Vec<u32>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut out = Vec::with_capacity(RANKS.len() / 2);
        let mut at = 0;
        for line in WORDS.split_terminator('\n') {
            out.push(at as u32);
            at += line.len() + 1;
        }
        out
    })
}

fn word(k: usize, starts: &[u32]) -> &'static str {
    let from = starts[k] as usize;
    let to = starts.get(k + 1).map_or(WORDS.len(), |&s| s as usize) - 1;
    &WORDS[from..to]
}

/// The vector of a folded word and its frequency rank (0 is the most frequent word).
pub fn lookup(folded: &str) -> Option<(&'static [u8], usize)> {
    let starts = starts();
    let (mut lo, mut hi) = (0, starts.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        match word(mid, starts).cmp(folded) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => {
                lo = mid;
                hi = mid;
            }
        }
    }
    let k = lo;
    if k >= starts.len() || word(k, starts) != folded {
        return None;
    }
    let rank = u16::from_le_bytes([RANKS[2 * k], RANKS[2 * k + 1]]) as usize;
    Some((&VECTORS[k * DIMS..(k + 1) * DIMS], rank))
}

/// The weighted mean of the vectors of `words` (folded), frequent words weighing less: the
/// rarer a word, the more it says what a claim is about.
pub fn mean<'w>(words: impl Iterator<Item = &'w str>) -> [f32; DIMS] {
    let mut sum = [0f32; DIMS];
    for w in words {
        if let Some((v, rank)) = lookup(w) {
            let weight = ((rank + 2) as f32).ln();
            for (s, &x) in sum.iter_mut().zip(v) {
                *s += weight * f32::from(x as i8);
            }
        }
    }
    sum
}

/// Cosine of two vectors; 0 when either is empty.
pub fn cosine(a: &[f32; DIMS], b: &[f32; DIMS]) -> f64 {
    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na: f32 = a.iter().map(|x| x * x).sum();
    let nb: f32 = b.iter().map(|x| x * x).sum();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        f64::from(dot / (na.sqrt() * nb.sqrt()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f64 {
        cosine(&mean(a.split(' ')), &mean(b.split(' ')))
    }

    #[test]
    fn the_word_list_is_sorted_and_matches_the_vectors() {
        let starts = starts();
        assert_eq!(starts.len() * 2, RANKS.len());
        assert_eq!(starts.len() * DIMS, VECTORS.len());
        for k in 1..starts.len() {
            assert!(word(k - 1, starts) < word(k, starts));
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
    }
}
