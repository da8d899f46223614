//! Stage 2: claims of different sources → conflicts.
//!
//! Two claims are compared when their sources differ and do not speak for the same side.
//! They are about the same thing when they share topic keys (stems or synonym groups); they
//! oppose each other when one negates what the other asserts, when they use antonyms, when
//! they give different figures for the same quantity, when one denies or doubts the other,
//! or, weakest, when a contrast marker sets one against the other.
//!
//! Here: which pairs are compared and how their findings are weighed. Beside it: `profile`
//! (a claim's words, stems and figures), `keys` (topic keys), `topic` (what two claims
//! share), `sides` (which sources can disagree), `kinds/` (one rule a kind of conflict),
//! `denials` and `disputes` (denials that answer claims named or meant), `scorer` (the
//! fitted weights), `vectors` (word vectors and WordNet classes).

mod denials;
mod disputes;
mod keys;
mod kinds;
mod phrases;
mod profile;
mod scorer;
mod sides;
mod stem;
mod topic;
pub(crate) mod vectors;
pub(crate) mod words;

use std::collections::hash_map::Entry;
use std::collections::{HashMap, VecDeque};

use crate::document::Document;
use crate::lexicon::{self, WordMap, WordSet};
use crate::model::{Claim, Conflict, ConflictKind, Source};

use denials::{answered_reports, named_denials};
pub use scorer::{FEATURE_NAMES, Features};
pub use vectors::{frequency_rank, is_common_word};

use keys::{Key, Keys};
use profile::{Profile, is_topic_word, profile};
use sides::opposing_sources_in;
use topic::{shared, topic_phrase};
use words::{StemIndex, stem_index, words};

/// Default for `--min-confidence`, chosen from the dev figures (see README).
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.6;

/// At most this many conflicts involve one claim.
const MAX_PER_CLAIM: usize = 12;

/// Pairs of sources whose sides are remembered at once: enough for every pair of an
/// article, while a long file of many articles keeps the table small.
const OPPOSED_CACHE: usize = 4096;

/// Claims further apart than this (in claims) are not compared; keeps matching linear. No
/// conflict the scorer reports on any annotated set or on PolNeAr's 924 articles is more than
/// 18 claims apart (a reader sets a claim against what is near it); a window of 256 made a
/// long file compare each claim with four times as many others, all of them for nothing.
pub const MAX_APART: usize = 64;

/// Finds the conflicts between claims of different sources, each pair once, with the
/// scorer's confidence. Ids are `k1`, `k2`, … in the order of the pairs' first claims.
pub fn find_conflicts(doc: &Document, claims: &[Claim], sources: &[Source]) -> Vec<Conflict> {
    find_conflicts_within(doc, claims, sources, Reach::ARTICLE)
}

/// Which pairs of claims the matcher compares: claims that share a topic key (or a figure),
/// at most `apart` claims from each other, and for each key at most `per_key` claims after
/// a claim; none of the same group when `groups` gives each claim's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reach<'a> {
    pub apart: usize,
    pub per_key: usize,
    /// Partners a claim takes at most, from its rarest keys first.
    pub partners: usize,
    pub groups: Option<&'a [usize]>,
}

impl<'a> Reach<'a> {
    /// One article: every claim within [`MAX_APART`] that shares a key.
    pub const ARTICLE: Reach<'static> = Reach {
        apart: MAX_APART,
        per_key: usize::MAX,
        partners: usize::MAX,
        groups: None,
    };

    /// The claims of a story's articles, `articles` giving each claim's: only claims of two
    /// articles are compared (each article was read alone before), however far apart, each
    /// key pairing a claim with the next [`STORY_PER_KEY`] claims of other articles that have
    /// it and at most [`STORY_PARTNERS`] in all, from its rarest keys first, so that a rare
    /// name or figure pairs claims across the whole story and a word every article uses
    /// costs no more than a window.
    pub fn across(articles: &'a [usize]) -> Self {
        Reach {
            apart: usize::MAX,
            per_key: STORY_PER_KEY,
            partners: STORY_PARTNERS,
            groups: Some(articles),
        }
    }

    fn apart(&self, i: usize, j: usize) -> bool {
        self.groups.is_none_or(|g| g[i] != g[j])
    }
}

/// See [`Reach::across`].
const STORY_PER_KEY: usize = 8;
const STORY_PARTNERS: usize = 16;

/// [`find_conflicts`] with the pairs `reach` allows.
pub fn find_conflicts_within(
    doc: &Document,
    claims: &[Claim],
    sources: &[Source],
    reach: Reach,
) -> Vec<Conflict> {
    // A conflict is as sure as the weaker of its two judges: the rule that found it, which
    // knows the words, and the scorer, which knows how often such findings held on real
    // articles. Either one alone lets through what the other would catch.
    let mut scored: Vec<(f64, Candidate)> = candidates_within(doc, claims, sources, reach)
        .into_iter()
        .map(|c| (scorer::score(&c.features).min(c.rule_confidence()), c))
        .filter(|(p, _)| *p >= MIN_SCORE)
        .collect();
    // A claim in dozens of conflicts is one disputed point said many times: its surest
    // pairs show it, and the report stays readable (and linear in size).
    let mut order: Vec<usize> = (0..scored.len()).collect();
    order.sort_by(|&x, &y| scored[y].0.total_cmp(&scored[x].0).then(x.cmp(&y)));
    let mut per_claim = vec![0usize; claims.len()];
    let mut keep = vec![false; scored.len()];
    for k in order {
        let [i, j] = scored[k].1.claims;
        if per_claim[i] < MAX_PER_CLAIM && per_claim[j] < MAX_PER_CLAIM {
            per_claim[i] += 1;
            per_claim[j] += 1;
            keep[k] = true;
        }
    }
    one_contrast_per_source(&scored, claims, &mut keep);
    said_again_in_full(&mut scored, claims, &mut keep);
    let mut out = Vec::new();
    for (k, (p, c)) in scored.drain(..).enumerate() {
        if !keep[k] {
            continue;
        }
        let mut conflict = c.into_conflict();
        conflict.confidence = (p * 100.0).round() / 100.0;
        conflict.id = format!("k{}", out.len() + 1);
        out.push(conflict);
    }
    out
}

/// A contrast marker ("However, …") sets its claim against one earlier claim of each other
/// source: the surest, or none when a stronger rule already pairs the two sources on that
/// claim. The other claims of the source sharing a word with it are no more contested.
fn one_contrast_per_source(scored: &[(f64, Candidate)], claims: &[Claim], keep: &mut [bool]) {
    // (marked claim, other source) → the kept contrast for them, or None when another kind
    // pairs them.
    let mut chosen: HashMap<(usize, usize), Option<usize>> = HashMap::new();
    for (k, (p, c)) in scored.iter().enumerate() {
        if !keep[k] {
            continue;
        }
        let [i, j] = c.claims;
        let slot = chosen.entry((j, claims[i].source));
        if c.kind() != ConflictKind::Contrast {
            *slot.or_default() = None;
            continue;
        }
        match slot {
            Entry::Vacant(v) => {
                v.insert(Some(k));
            }
            Entry::Occupied(mut o) => {
                // The surer contrast, then the nearer claim.
                if let Some(best) = *o.get()
                    && (*p, i) > (scored[best].0, scored[best].1.claims[0])
                {
                    o.insert(Some(k));
                }
            }
        }
    }
    for (k, (_, c)) in scored.iter().enumerate() {
        if keep[k] && c.kind() == ConflictKind::Contrast {
            let [i, j] = c.claims;
            keep[k] = chosen[&(j, claims[i].source)] == Some(k);
        }
    }
}

/// A claim that only points at what it answers ("disputed that account", "rejected the
/// characterization") says no more than the words its source goes on to say ("saying every
/// ballot was counted"): where those words are set against the same claim, the pointing
/// claim's pair is that point said twice. It is dropped, and the pair that says the point
/// in full is as sure as the surer of the two.
fn said_again_in_full(scored: &mut [(f64, Candidate)], claims: &[Claim], keep: &mut [bool]) {
    // ("that account", "the police account", "that finding as well"; not "the report as
    // speculation", which says what it calls it.)
    let pointing = |c: &Claim| {
        let ws = words(&c.content.text);
        let Some(noun) = ws
            .iter()
            .take(POINTING_WORDS)
            .position(|w| lexicon::REPORT_NOUNS.contains(&w.lower))
        else {
            return false;
        };
        let rest: Vec<&str> = ws[noun + 1..].iter().map(|w| w.lower.as_ref()).collect();
        ws[0..noun]
            .first()
            .is_some_and(|w| lexicon::AIMED_OPENERS.contains(w.lower.as_ref()))
            && matches!(rest.as_slice(), [] | ["too"] | ["as", "well"])
    };
    // (claim set against, source that answers) → the surest pair whose answer says more.
    let mut in_full: HashMap<(usize, usize), usize> = HashMap::new();
    let mut pointed = Vec::new();
    for (k, (p, c)) in scored.iter().enumerate() {
        if !keep[k] {
            continue;
        }
        let [i, j] = c.claims;
        for (answer, other) in [(i, j), (j, i)] {
            if pointing(&claims[answer]) {
                pointed.push((k, other, answer));
            } else {
                let best = in_full.entry((other, claims[answer].source)).or_insert(k);
                if scored[*best].0 < *p {
                    *best = k;
                }
            }
        }
    }
    for (k, other, answer) in pointed {
        if let Some(&full) = in_full.get(&(other, claims[answer].source)) {
            keep[k] = false;
            scored[full].0 = scored[full].0.max(scored[k].0);
        }
    }
}

/// How far into a pointing claim its noun ("account", "finding") may stand.
const POINTING_WORDS: usize = 3;

/// Conflicts the scorer is less sure of than this are not reported at all, whatever
/// `--min-confidence` asks for.
const MIN_SCORE: f64 = 0.3;

/// A pair of claims of opposing sources in which some rule found a conflict: what each rule
/// found and the features the scorer weighs it by.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Indices into the claims, in article order.
    pub claims: [usize; 2],
    /// What each rule that fired found, with the rule's own confidence.
    pub hits: Vec<Conflict>,
    pub features: Features,
}

impl Candidate {
    /// The confidence of the surest rule that found the pair.
    fn rule_confidence(&self) -> f64 {
        self.hits.iter().map(|h| h.confidence).fold(0.0, f64::max)
    }

    /// The conflict to report: the finding of the surest rule.
    fn into_conflict(self) -> Conflict {
        let at = self.surest();
        self.hits
            .into_iter()
            .nth(at)
            .expect("a candidate is a pair some rule found")
    }

    /// The kind of the conflict reported.
    fn kind(&self) -> ConflictKind {
        self.hits[self.surest()].kind
    }

    /// Where the surest rule's finding is among the hits.
    fn surest(&self) -> usize {
        (0..self.hits.len())
            .max_by(|&x, &y| {
                let (x, y) = (&self.hits[x], &self.hits[y]);
                x.confidence
                    .total_cmp(&y.confidence)
                    .then(y.kind.cmp(&x.kind))
            })
            .expect("a candidate is a pair some rule found")
    }
}

/// Every pair of claims the matcher weighs, in the order of their first claims, with what
/// the rules found and the scorer's features (what `scripts/scorer/fit.py` fits on).
pub fn candidates(doc: &Document, claims: &[Claim], sources: &[Source]) -> Vec<Candidate> {
    candidates_within(doc, claims, sources, Reach::ARTICLE)
}

fn candidates_within(
    doc: &Document,
    claims: &[Claim],
    sources: &[Source],
    reach: Reach,
) -> Vec<Candidate> {
    let mut found = KEYS.with_borrow_mut(|interned| {
        // A cache, not a record: dropped between articles once it holds many words.
        if interned.keyed + interned.ids.len() > MAX_INTERNED {
            *interned = Keys::default();
        }
        find_with(doc, claims, sources, interned, reach)
    });
    scorer::add_article_features(&mut found, claims, sources);
    found.sort_by_key(|c| c.claims);
    found
}

/// The claims that have a key, in order. Most keys are in one or two claims of an article:
/// those are kept in place, not in an allocation of their own (one a key was some 70,000
/// allocations over 840 articles).
#[derive(Default)]
struct ClaimList {
    len: usize,
    first: [usize; 2],
    more: Vec<usize>,
}

impl ClaimList {
    fn push(&mut self, j: usize) {
        if self.len < self.first.len() {
            self.first[self.len] = j;
        } else {
            if self.len == self.first.len() {
                self.more.extend_from_slice(&self.first);
            }
            self.more.push(j);
        }
        self.len += 1;
    }

    fn as_slice(&self) -> &[usize] {
        if self.len <= self.first.len() {
            &self.first[..self.len]
        } else {
            &self.more
        }
    }
}

thread_local! {
    /// Keys outlive the article: most words of an article were met in earlier ones, and
    /// stemming and interning each word again per article was a fifth of the matcher's time.
    static KEYS: std::cell::RefCell<Keys> = std::cell::RefCell::new(Keys::default());
}

/// Words and figures [`KEYS`] holds at most between two articles (a few MB).
const MAX_INTERNED: usize = 1 << 15;

fn find_with(
    doc: &Document,
    claims: &[Claim],
    sources: &[Source],
    interned: &mut Keys,
    reach: Reach,
) -> Vec<Candidate> {
    let lex = lexicon::matcher();
    let index = stem_index();
    let headline: WordSet<Key> = doc
        .title
        .map(|t| {
            words(doc.slice(t))
                .iter()
                .filter(|w| is_topic_word(w, lex))
                .map(|w| interned.of_word(w, lex, index).key)
                .collect()
        })
        .unwrap_or_default();
    // Only claims that share a topic key are compared, and only within `reach.apart` claims
    // of each other: in an article MAX_APART, so that a hostile article of 10,000 claims on
    // one topic takes linear time; a story
    // ([`Reach::across`]) reaches across all its claims, `reach.per_key` partners a key.
    // A claim's profile is built when it enters that window and dropped when it leaves, so
    // a long article holds at most MAX_APART + 1 of them; `by_key` holds the claims profiled
    // so far, in order, for each key.
    // Sized for the whole window at once: a profile is large, and growing the deque a step at
    // a time moved every profile held.
    let mut window: VecDeque<Profile> =
        VecDeque::with_capacity(reach.apart.saturating_add(1).min(claims.len()));
    // (Sized for a few keys a claim: grown from empty, it was rehashed some eight times an
    // article.)
    let mut by_key: WordMap<Key, ClaimList> =
        WordMap::with_capacity_and_hasher(claims.len().min(4096) * 8, Default::default());
    let mut opposed: WordMap<(usize, usize), bool> = WordMap::default();
    // Each source's name as the side test reads it, read on first use.
    let names: Vec<std::cell::OnceCell<sides::NameFacts>> =
        std::iter::repeat_with(std::cell::OnceCell::new)
            .take(sources.len())
            .collect();
    let mut out: Vec<Candidate> = Vec::new();
    // Each claim's partners, in one buffer for all the claims.
    let mut partners: Vec<usize> = Vec::new();
    for i in 0..claims.len() {
        let last = i.saturating_add(reach.apart).min(claims.len() - 1);
        while i + window.len() <= last {
            let j = i + window.len();
            let p = profile(doc, &claims[j], lex, index, interned);
            for k in p.keys.keys().chain(&p.figures) {
                let with = by_key.entry(*k).or_default();
                if with.as_slice().last() != Some(&j) {
                    with.push(j);
                }
            }
            window.push_back(p);
        }
        partners.clear();
        let take = |k: &Key, partners: &mut Vec<usize>| {
            let with = by_key[k].as_slice();
            let from = with.partition_point(|&j| j <= i);
            let to = with.partition_point(|&j| j <= i.saturating_add(reach.apart));
            let others = with[from..to].iter().filter(|&&j| reach.apart(i, j));
            partners.extend(others.take(reach.per_key));
        };
        let keys = window[0].keys.keys().chain(&window[0].figures);
        if reach.per_key == usize::MAX {
            // An article: every key, in any order (no list built per claim).
            keys.for_each(|k| take(k, &mut partners));
        } else {
            // A story: the rarest keys first (a name, a figure), until the claim has its
            // partners.
            let mut keys: Vec<&Key> = keys.collect();
            keys.sort_by_key(|k| (by_key[*k].as_slice().len(), **k));
            for k in keys {
                if partners.len() >= reach.partners {
                    break;
                }
                take(k, &mut partners);
            }
        }
        // Claims close in meaning though in other words ("consulted", "briefed"), for a
        // negation in other words: one of the two must negate. Or one says there is none of
        // a thing the other names a kind of ("no weapon", "a handgun"). Or both count one
        // class of thing ("60,000 marched", "the crowd at 12,000"), or one puts "the number"
        // at a figure. Or opposites are said of a person and of a pronoun for them ("the
        // driver was armed", "he was unarmed").
        // (Read once for the claim, not again for each one it is set against.)
        let counted = window[0].counted;
        let opens_opposite = !window[0].opposable.is_empty();
        let opens_pronoun = window[0].pronoun_subject;
        for (d, p) in window.iter().enumerate().skip(1).take(MAX_APART) {
            if reach.apart(i, i + d)
                && ((window[0].negation.is_some() || p.negation.is_some())
                    && vectors::cosine_at_least(
                        &window[0].meaning,
                        &window[0].meaning_q,
                        &p.meaning,
                        &p.meaning_q,
                        kinds::CLOSE_CLAIMS,
                    )
                    || kinds::names_kind(&window[0], p)
                    || kinds::names_kind(p, &window[0])
                    || (counted != 0 && kinds::may_count_alike(counted, p.counted))
                    || (opens_opposite
                        && !p.opposable.is_empty()
                        && (opens_pronoun || p.pronoun_subject)
                        && kinds::one_subject_antonyms(
                            &claims[i],
                            &claims[i + d],
                            &window[0],
                            p,
                            index,
                        )
                        .is_some())
                    || (opens_opposite
                        && kinds::pronoun_object(p)
                        && kinds::one_object_antonyms(
                            &claims[i],
                            &claims[i + d],
                            &window[0],
                            p,
                            index,
                        )
                        .is_some()))
            {
                partners.push(i + d);
            }
        }
        partners.sort_unstable();
        partners.dedup();
        for &j in &partners {
            // The answer depends on the two sources alone, either way round: a long file
            // pairs the same sources again and again.
            let (x, y) = (claims[i].source, claims[j].source);
            if opposed.len() == OPPOSED_CACHE {
                opposed.clear();
            }
            let opposed = *opposed
                .entry((x.min(y), x.max(y)))
                .or_insert_with(|| opposing_sources_in(&claims[i], &claims[j], sources, &names));
            if !opposed {
                continue;
            }
            let (a, b) = (&window[0], &window[j - i]);
            let hits = compare(&claims[i], &claims[j], a, b, &headline, interned, index);
            if hits.is_empty() {
                continue;
            }
            let topic = shared(a, b, &headline);
            let features = scorer::pair_features(doc, &claims[i], &claims[j], a, b, &topic);
            out.push(Candidate {
                claims: [i, j],
                hits,
                features,
            });
        }
        window.pop_front();
    }
    let mut denials = Vec::new();
    named_denials(claims, sources, &names, &mut denials);
    answered_reports(doc, claims, sources, &names, &mut denials);
    let named = denials.len();
    denials.extend(disputes::disputes(doc, claims, sources, &names));
    if !denials.is_empty() {
        let at: HashMap<&str, usize> = claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let mut known: HashMap<[usize; 2], usize> =
            out.iter().enumerate().map(|(k, c)| (c.claims, k)).collect();
        // A denial is often paired with many claims: each is profiled once. (Kept by claim
        // for the few claims denials pair, not in a slot for every claim: a long file has
        // tens of thousands.)
        let mut profiles: HashMap<usize, Profile> = HashMap::new();
        for (n, d) in denials.into_iter().enumerate() {
            let (x, y) = (at[d.claims[0].as_str()], at[d.claims[1].as_str()]);
            let pair = [x.min(y), x.max(y)];
            let k = match known.get(&pair) {
                Some(&k) => {
                    out[k].hits.push(d);
                    k
                }
                None => {
                    for &k in &pair {
                        profiles
                            .entry(k)
                            .or_insert_with(|| profile(doc, &claims[k], lex, index, interned));
                    }
                    let (a, b) = (&profiles[&pair[0]], &profiles[&pair[1]]);
                    let topic = shared(a, b, &headline);
                    let features = scorer::pair_features(
                        doc,
                        &claims[pair[0]],
                        &claims[pair[1]],
                        a,
                        b,
                        &topic,
                    );
                    known.insert(pair, out.len());
                    out.push(Candidate {
                        claims: pair,
                        hits: vec![d],
                        features,
                    });
                    out.len() - 1
                }
            };
            if n >= named {
                scorer::mark_dispute(&mut out[k].features);
            }
        }
    }
    out
}

fn compare(
    ca: &Claim,
    cb: &Claim,
    a: &Profile,
    b: &Profile,
    headline: &WordSet<Key>,
    keys: &Keys,
    index: &StemIndex,
) -> Vec<Conflict> {
    let topic = shared(a, b, headline);
    let same_figure = a.figures.iter().any(|f| b.figures.contains(f));
    // Claims that share no word or figure: only a rule that reads other words.
    let apart = topic.pairs.is_empty() && !same_figure;
    let pair = kinds::Pair {
        ca,
        cb,
        a,
        b,
        topic: &topic,
        keys,
        index,
        boost: ((topic.weight - 1.0) * 0.05).clamp(0.0, 0.2),
    };
    let sided = [ca, cb].iter().any(|c| c.stance.is_side());
    let mut found = Vec::new();
    for rule in kinds::RULES {
        if (!apart || rule.reads_other_words()) && (!sided || rule.reads_sides()) {
            rule.find(&pair, &mut found);
        }
    }
    if apart {
        // No shared word to name the point: the reason's own account of it ("the crowd",
        // "handgun is a kind of weapon"), after the quoted words.
        return found
            .into_iter()
            .take(1)
            .map(|f| Conflict {
                id: String::new(),
                claims: [ca.id.clone(), cb.id.clone()],
                kind: f.kind,
                confidence: f.confidence,
                topic: f
                    .reason
                    .rsplit("\": ")
                    .next()
                    .and_then(|r| r.split([',', ';']).next())
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
                reason: f.reason,
            })
            .collect();
    }
    // (Most pairs oppose in nothing: no point to name.)
    if found.is_empty() {
        return Vec::new();
    }
    let hedge = if ca.hedged || cb.hedged { 0.05 } else { 0.0 };
    let topic = if topic.pairs.is_empty() {
        // Claims that share only a figure are about that figure.
        a.quantities
            .iter()
            .find(|q| {
                b.quantities
                    .iter()
                    .any(|p| p.unit == q.unit && p.value == q.value)
            })
            .map_or_else(String::new, |q| q.surface.clone())
    } else {
        topic_phrase(&topic, a)
    };
    found
        .into_iter()
        .map(|f| Conflict {
            id: String::new(),
            claims: [ca.id.clone(), cb.id.clone()],
            kind: f.kind,
            confidence: ((f.confidence - hedge).clamp(0.0, 1.0) * 100.0).round() / 100.0,
            topic: topic.clone(),
            reason: f.reason,
        })
        .collect()
}

#[cfg(test)]
mod tests;
