//! How sure a conflict is: a logistic model over what the rule that found it saw and the
//! context of the pair (how far apart the claims are, how much they share, whether the
//! article sets one against the other). The rules propose; the model, fitted on annotated
//! real and written news by `scripts/scorer/fit.py`, weighs. Its weights are
//! `data/matcher/scorer.tsv`, compiled in.

use super::profile::Profile;
use super::topic::Shared;
use super::words::words;
use super::{Candidate, denials};
use crate::document::Document;
use crate::lexicon;
use crate::model::{Claim, ClaimKind, ConflictKind, Source, Stance};

/// The features, in the order of [`Features`]; their names are the weights file's keys.
pub const FEATURE_NAMES: [&str; COUNT] = [
    "bias",
    "rule_negation",
    "rule_antonym",
    "rule_numeric",
    "rule_denial",
    "rule_contrast",
    "rule_dispute",
    "rule_confidence",
    "shared_weight",
    "shared_common",
    "shared_fraction",
    "similarity",
    "negated_shared",
    "negation_differs",
    "antonyms",
    "shorter_words",
    "longer_words",
    "paragraphs_apart",
    "same_paragraph",
    "contrast_marker",
    "deny_or_doubt",
    "hedged",
    "both_direct",
    "pronoun_source",
    "names_other_source",
    "hits_of_claims",
    "article_claims",
    "article_sources",
    "aligned_context",
    "one_shared_word",
];

const COUNT: usize = 30;

/// One value per name of [`FEATURE_NAMES`].
pub type Features = [f64; COUNT];

/// The place of feature `name`; names are checked by the tests, so a wrong one fails them.
fn at(name: &str) -> usize {
    FEATURE_NAMES
        .iter()
        .position(|n| *n == name)
        .unwrap_or_else(|| panic!("no feature {name}"))
}

fn flag(b: bool) -> f64 {
    f64::from(u8::from(b))
}

/// The features of one pair that its two claims alone decide; `first` comes first in the
/// article.
pub(super) fn pair_features(
    doc: &Document,
    first: &Claim,
    second: &Claim,
    a: &Profile,
    b: &Profile,
    topic: &Shared,
) -> Features {
    let mut f = [0.0; COUNT];
    f[at("bias")] = 1.0;
    f[at("shared_weight")] = topic.weight.ln_1p();
    f[at("shared_common")] = topic.common.ln_1p();
    let fewer = a.keys.0.len().min(b.keys.0.len()).max(1) as f64;
    f[at("shared_fraction")] = topic.pairs.len() as f64 / fewer;
    f[at("similarity")] = super::vectors::cosine(&a.meaning, &b.meaning);
    let one_sided = |x: &Profile, y: &Profile| {
        x.negated
            .keys()
            .any(|k| y.keys.contains_key(k) && !y.negated.contains_key(k))
    };
    f[at("negated_shared")] = flag(one_sided(a, b) || one_sided(b, a));
    f[at("negation_differs")] = flag(a.negation.is_some() != b.negation.is_some());
    let index = super::words::stem_index();
    f[at("antonyms")] = flag(
        a.opposable
            .iter()
            .any(|(x, _)| b.opposable.iter().any(|(y, _)| index.are_antonyms(*x, *y))),
    );
    let (la, lb) = (a.words.len() as f64, b.words.len() as f64);
    f[at("shorter_words")] = la.min(lb).ln_1p();
    f[at("longer_words")] = la.max(lb).ln_1p();
    let (pa, pb) = (
        doc.paragraph_at(first.content.start),
        doc.paragraph_at(second.content.start),
    );
    f[at("paragraphs_apart")] = (pb.abs_diff(pa) as f64).ln_1p();
    f[at("same_paragraph")] = flag(pa == pb);
    f[at("contrast_marker")] = flag(b.contrast.is_some());
    let doubting = |c: &Claim| matches!(c.stance, Stance::Deny | Stance::Doubt);
    f[at("deny_or_doubt")] = flag(doubting(first) || doubting(second));
    f[at("hedged")] = flag(first.hedged || second.hedged);
    f[at("both_direct")] =
        flag(first.kind == ClaimKind::Direct && second.kind == ClaimKind::Direct);
    // Shared words that stand near each other on both sides ("the harbour deal was signed",
    // "no harbour deal has been signed") say the claims speak of one thing; a lone shared
    // word ("taxes") is a theme of the whole article.
    let aligned = topic
        .pairs
        .iter()
        .map(|(k, ia, ib)| {
            topic
                .pairs
                .iter()
                .filter(|(q, ja, jb)| q != k && ja.abs_diff(*ia) <= 4 && jb.abs_diff(*ib) <= 4)
                .count()
        })
        .max()
        .unwrap_or(0);
    f[at("aligned_context")] = (aligned as f64).ln_1p();
    f[at("one_shared_word")] = flag(topic.pairs.len() == 1);
    f
}

/// The most claims and sources an article of the fitting sets has.
const MOST_CLAIMS: usize = 120;
const MOST_SOURCES: usize = 60;

/// Marks a pair found by a dispute ("the claims are unfounded") answering a claim.
pub(super) fn mark_dispute(f: &mut Features) {
    f[at("rule_dispute")] = 1.0;
}

/// Adds to every candidate what depends on the others and on the article: the rules'
/// findings, how many findings its claims are in, the pronoun and naming of its sources and
/// the article's size.
pub(super) fn add_article_features(found: &mut [Candidate], claims: &[Claim], sources: &[Source]) {
    let mut hits = vec![0usize; claims.len()];
    for c in found.iter() {
        if !c.hits.is_empty() {
            hits[c.claims[0]] += 1;
            hits[c.claims[1]] += 1;
        }
    }
    let pronoun = |c: &Claim| {
        lexicon::SOURCE_PRONOUNS.contains(lexicon::fold(&sources[c.source].name).as_str())
    };
    // Each claim's words, read once: a claim is in many candidates.
    let mut stripped: Vec<Option<Vec<&str>>> = vec![None; claims.len()];
    let mut names = |k: usize, other: &Claim| {
        let c = &claims[k];
        let ws = stripped[k].get_or_insert_with(|| {
            words(&c.content.text)
                .iter()
                .map(|w| lexicon::without_possessive(w.surface))
                .collect()
        });
        denials::names(&c.content.text, ws, &sources[other.source].name)
    };
    // The article's size in statements and in the sources that make them, as when the
    // weights were fitted: a side taken ("endorsed Cruz") is no statement.
    let statement = |c: &&Claim| !c.stance.is_side();
    let statements = claims.iter().filter(statement).count();
    let mut speaking: Vec<usize> = claims.iter().filter(statement).map(|c| c.source).collect();
    speaking.sort_unstable();
    speaking.dedup();
    let speaking = speaking.len();
    for c in found.iter_mut() {
        let [i, j] = c.claims;
        let (ca, cb) = (&claims[i], &claims[j]);
        let f = &mut c.features;
        let mut best: Option<f64> = None;
        for h in &c.hits {
            let name = match h.kind {
                ConflictKind::Negation => "rule_negation",
                ConflictKind::Antonym => "rule_antonym",
                ConflictKind::Numeric => "rule_numeric",
                ConflictKind::Denial => "rule_denial",
                ConflictKind::Contrast => "rule_contrast",
            };
            f[at(name)] = 1.0;
            best = Some(best.map_or(h.confidence, |b: f64| b.max(h.confidence)));
        }
        f[at("rule_confidence")] = best.map_or(0.0, |b| b - 0.6);
        f[at("pronoun_source")] = flag(pronoun(ca) || pronoun(cb));
        f[at("names_other_source")] = flag(names(j, ca) || names(i, cb));
        f[at("hits_of_claims")] = ((hits[i] + hits[j]) as f64).ln_1p();
        // Capped at the most an article of the fitting sets has: a file of many articles
        // is weighed as one long article, not as something the weights never saw.
        f[at("article_claims")] = (statements.min(MOST_CLAIMS) as f64).ln_1p();
        f[at("article_sources")] = (speaking.min(MOST_SOURCES) as f64).ln_1p();
    }
}

/// The probability that a candidate with these features is a real conflict.
pub(super) fn score(f: &Features) -> f64 {
    let w = weights();
    let z: f64 = f.iter().zip(w.iter()).map(|(x, w)| x * w).sum();
    1.0 / (1.0 + (-z).exp())
}

/// The fitted weights by name, read from `data/matcher/scorer.tsv` by `build.rs`.
const FITTED: &[(&str, f64)] = include!(concat!(env!("OUT_DIR"), "/scorer_weights.rs"));

/// The fitted weights, by feature, laid out at compile time; a feature the file does not
/// name weighs nothing, and a name that is no feature fails the build.
static WEIGHTS: Features = by_feature(FITTED);

fn weights() -> &'static Features {
    &WEIGHTS
}

const fn by_feature(pairs: &[(&str, f64)]) -> Features {
    let mut w = [0.0; COUNT];
    let mut i = 0;
    while i < pairs.len() {
        let mut k = 0;
        while k < COUNT && !same_text(FEATURE_NAMES[k], pairs[i].0) {
            k += 1;
        }
        assert!(
            k < COUNT,
            "a weight for no feature in data/matcher/scorer.tsv"
        );
        w[k] = pairs[i].1;
        i += 1;
    }
    w
}

const fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weights_file_names_only_known_features() {
        for line in lexicon::data_lines(include_str!("../../data/matcher/scorer.tsv")) {
            let name = line.split('\t').next().unwrap_or("").trim();
            assert!(FEATURE_NAMES.contains(&name), "unknown feature {name}");
        }
    }

    #[test]
    fn weights_are_laid_out_by_name() {
        let w = by_feature(&[("hedged", 0.25), ("bias", -1.5)]);
        assert_eq!(w[0], -1.5);
        assert_eq!(w[at("hedged")], 0.25);
        assert_eq!(w.iter().filter(|x| **x != 0.0).count(), 2);
    }

    #[test]
    fn the_compiled_weights_are_the_files() {
        for line in lexicon::data_lines(include_str!("../../data/matcher/scorer.tsv")) {
            let mut parts = line.split('\t');
            let name = parts.next().unwrap_or("").trim();
            let value: f64 = parts.next().unwrap_or("").trim().parse().unwrap();
            assert_eq!(weights()[at(name)], value, "{name}");
        }
    }

    #[test]
    fn the_score_is_a_probability_rising_with_the_evidence() {
        let mut f = [0.0; COUNT];
        f[0] = 1.0;
        let low = score(&f);
        assert!((0.0..=1.0).contains(&low));
    }
}
