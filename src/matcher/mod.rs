//! Stage 2: claims of different sources → conflicts.
//!
//! Two claims are compared when their sources differ and do not speak for the same side.
//! They are about the same thing when they share topic keys (stems or synonym groups); they
//! oppose each other when one negates what the other asserts, when they use antonyms, when
//! they give different figures for the same quantity, when one denies or doubts the other,
//! or, weakest, when a contrast marker sets one against the other.

mod denials;
mod disputes;
mod figures;
mod profile;
mod related_negation;
mod scorer;
mod stem;
mod vectors;

use std::collections::{HashMap, VecDeque};

use crate::document::Document;
use crate::lexicon::{self, MatcherLexicon, WordMap, WordSet};
use crate::model::{Claim, Conflict, ConflictKind, Source, Stance};

use denials::{answered_reports, named_denials};
use figures::{differs, same_quantity};
pub use scorer::{FEATURE_NAMES, Features};
pub use vectors::{frequency_rank, is_common_word};

use profile::{
    KeyText, Quantity, StemIndex, Word, key_text, quantities, stem_index, stem_of, words,
};

/// Default for `--min-confidence`, chosen from the dev figures (see README).
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.6;

/// At most this many conflicts involve one claim.
const MAX_PER_CLAIM: usize = 12;

/// Pairs of sources whose sides are remembered at once: enough for every pair of an
/// article, while a long file of many articles keeps the table small.
const OPPOSED_CACHE: usize = 4096;

/// At most this many claims of a named source are paired with one denial.
const MAX_NAMED_PAIRS: usize = 8;

/// Claims further apart than this (in claims) are not compared; keeps matching linear.
pub const MAX_APART: usize = 256;

/// A topic key, interned: comparing claims compares numbers, not strings. Numbers are kept
/// from one article to the next on a thread (see [`KEYS`]) and mean nothing in themselves:
/// no result depends on their order.
type Key = u32;

/// The topic keys met so far on this thread, interned, with what the matcher needs to know
/// of each.
#[derive(Default)]
struct Keys {
    /// Stems and figures ("#34 percent") to their key.
    ids: WordMap<String, Key>,
    /// Synonym groups to their key.
    groups: WordMap<usize, Key>,
    /// Folded word to its key, so a word met again skips stemming.
    by_word: WordMap<String, WordKey>,
    /// The key is a synonym group ("contract ≈ agreement"), not a single stem.
    group: Vec<bool>,
    /// A word with an opposite ("rise", "fall"): any figure can take it.
    changeable: Vec<bool>,
}

/// What a word of an article is to the matcher, worked out once per article.
#[derive(Clone, Copy)]
struct WordKey {
    key: Key,
    /// The number of its stem when it has an antonym.
    opposable: Option<u32>,
    /// Its place among the word vectors, if it has one.
    vector: Option<u32>,
}

impl Keys {
    fn push(&mut self, group: bool, changeable: bool) -> Key {
        let id = self.group.len() as Key;
        self.group.push(group);
        self.changeable.push(changeable);
        id
    }

    fn id(&mut self, key: KeyText, index: &StemIndex) -> Key {
        match key {
            KeyText::Group(g) => {
                if let Some(&id) = self.groups.get(&g) {
                    return id;
                }
                let id = self.push(true, index.is_changeable(&key));
                self.groups.insert(g, id);
                id
            }
            KeyText::Stem(ref s) => {
                if let Some(&id) = self.ids.get(s.as_ref()) {
                    return id;
                }
                let id = self.push(false, index.is_changeable(&key));
                self.ids.insert(s.clone().into_owned(), id);
                id
            }
        }
    }

    /// The key of a figure with a unit: claims citing the same figure share it.
    fn figure(&mut self, q: &Quantity) -> Key {
        let key = format!("#{} {}", q.value, q.unit);
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = self.push(false, false);
        self.ids.insert(key, id);
        id
    }

    /// The key of a folded word, and its antonym number.
    fn of_word(&mut self, lower: &str, lex: &MatcherLexicon, index: &StemIndex) -> WordKey {
        if let Some(&k) = self.by_word.get(lower) {
            return k;
        }
        let key = self.id(key_text(lower, lex, index), index);
        // Only words with an antonym need their stem kept.
        let opposable = if index.may_oppose(lower) {
            index.opposable(&stem_of(lower, lex).text())
        } else {
            None
        };
        let vector = vectors::find(lower).map(|k| k as u32);
        let k = WordKey {
            key,
            opposable,
            vector,
        };
        self.by_word.insert(lower.to_string(), k);
        k
    }

    fn is_group(&self, k: Key) -> bool {
        self.group[k as usize]
    }

    fn is_changeable(&self, k: Key) -> bool {
        self.changeable[k as usize]
    }
}

/// Keys with the index of their first word, sorted by key for merge joins and lookups.
#[derive(Default)]
struct KeyMap(Vec<(Key, usize)>);

impl KeyMap {
    /// From (key, word index) pairs in word order, keeping each key's first word.
    fn from_pairs(mut pairs: Vec<(Key, usize)>) -> Self {
        pairs.sort_by_key(|p| p.0);
        pairs.dedup_by_key(|p| p.0);
        KeyMap(pairs)
    }

    fn get(&self, k: &Key) -> Option<&usize> {
        self.0
            .binary_search_by_key(k, |p| p.0)
            .ok()
            .map(|i| &self.0[i].1)
    }

    fn contains_key(&self, k: &Key) -> bool {
        self.get(k).is_some()
    }

    fn keys(&self) -> impl Iterator<Item = &Key> {
        self.0.iter().map(|p| &p.0)
    }

    fn iter(&self) -> impl Iterator<Item = (&Key, &usize)> {
        self.0.iter().map(|p| (&p.0, &p.1))
    }
}

impl std::ops::Index<&Key> for KeyMap {
    type Output = usize;
    fn index(&self, k: &Key) -> &usize {
        self.get(k).expect("key of this map")
    }
}

/// What the matcher keeps of one claim.
struct Profile<'a> {
    /// The claim's content, which `words` were read from.
    text: &'a str,
    words: Vec<Word<'a>>,
    /// Topic keys with the index of their first word.
    keys: KeyMap,
    /// Keys governed by a negation: the first content words after it.
    negated: KeyMap,
    /// Index of the negation cue word, if any.
    negation: Option<usize>,
    /// The verb a "no" subject denies, by word index ("no agreement had been signed").
    denied_verb: Option<usize>,
    /// Stems that have an antonym, with their word index: the only words the antonym test
    /// needs to pair up, so it stays cheap.
    opposable: Vec<(u32, usize)>,
    quantities: Vec<Quantity>,
    /// Each figure with a unit as a key ("34 percent"): claims citing the same figure are
    /// compared even when they share no word.
    figures: Vec<Key>,
    /// A contrast marker in the narration around the claim ("however", "but", "insists").
    contrast: Option<Contrast>,
    /// The claim's topic words as one vector: what it is about, in any words.
    meaning: [f32; vectors::DIMS],
    /// Each topic word's place among the word vectors ([`vectors::find`]).
    places: Vec<Option<u32>>,
}

/// A marker that sets a claim against what came before it.
struct Contrast {
    marker: String,
    /// In the narration ("However, the company said …"), not the cue verb ("insisted").
    narrated: bool,
    /// Where the claim's sentence starts, when a verb of saying comes before the marker in
    /// it: "Putney said the video was unclear, but he said …" sets the claim against the one
    /// of its own sentence, not against claims before it.
    answers_own_sentence: Option<usize>,
}

/// Words of time: no topic of their own ("last year" in two claims about different
/// things), and a negation's scope passes over them.
const TIME_WORDS: &[&str] = &[
    "last", "next", "year", "years", "week", "weeks", "month", "months", "day", "days", "morning",
    "evening", "night", "again", "yet", "since", "hour", "hours", "minute", "minutes", "seconds",
    "period", "decade", "weekend",
];

/// Units say how a figure is measured, not what the claim is about.
const UNIT_WORDS: &[&str] = &[
    "percent",
    "per",
    "cent",
    "%",
    "percentage",
    "points",
    "thousand",
    "million",
    "billion",
    "trillion",
    "hundred",
    "dozen",
];

fn is_topic_word(w: &Word, lex: &MatcherLexicon) -> bool {
    w.lower.chars().count() > 1
        && !lex.stopwords.contains(w.lower.as_ref())
        && !UNIT_WORDS.contains(&w.lower.as_ref())
        && !w.lower.ends_with('%')
        && !lex.is_negation(&w.lower)
        && !TIME_WORDS.contains(&w.lower.as_ref())
        // "March" is a month, "the march" a protest.
        && !(w.capitalized && lexicon::is_calendar(&w.lower))
        && !w
            .lower
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

fn profile<'a>(
    doc: &Document,
    claim: &'a Claim,
    lex: &MatcherLexicon,
    index: &StemIndex,
    interned: &mut Keys,
) -> Profile<'a> {
    let ws = words(&claim.content.text);
    let mut keys = Vec::new();
    let mut opposable = Vec::new();
    let mut places = vec![None; ws.len()];
    for (i, w) in ws.iter().enumerate() {
        if is_topic_word(w, lex) {
            let k = interned.of_word(&w.lower, lex, index);
            keys.push((k.key, i));
            places[i] = k.vector;
            // "push up prices" rises; "drive down costs" falls.
            if let Some(change) = phrasal_change(&ws, i) {
                opposable.extend(index.opposable(change).map(|o| (o, i)));
            } else if let Some(o) = k.opposable {
                opposable.push((o, i));
            }
        }
    }
    let keys = KeyMap::from_pairs(keys);
    let mut negated = Vec::new();
    let mut negation = None;
    let mut denied = None;
    // "I am not saying the drug doesn't work": a negated verb of saying negates nothing said
    // here, and cancels the negation it introduces.
    let mut cancel_next = false;
    for (i, w) in ws.iter().enumerate() {
        if lex.is_negation(&w.lower) && !lex.weak_negations.contains(w.lower.as_ref()) {
            // "without warning" negates the warning itself.
            let meta = w.lower != "without"
                && ws.get(i + 1).is_some_and(|n| {
                    lexicon::attribution().is_verb(n.lower.as_ref())
                        || matches!(n.lower.as_ref(), "think" | "believe" | "mean")
                });
            if meta {
                cancel_next = true;
                continue;
            }
            // "no more than ten" is a figure; "not to drink" an instruction, not a denial.
            let next = ws.get(i + 1).map(|n| n.lower.as_ref());
            // "it was not clear whether …": uncertainty, not a denial.
            // "nothing more important than the treaty" ranks the treaty first: a
            // comparison, not a denial.
            let comparison = matches!(
                next,
                Some(
                    "more"
                        | "less"
                        | "fewer"
                        | "better"
                        | "worse"
                        | "greater"
                        | "bigger"
                        | "higher"
                        | "lower"
                        | "larger"
                        | "smaller"
                )
            ) && ws[i + 2..(i + 8).min(ws.len())]
                .iter()
                .any(|x| x.lower == "than");
            if comparison
                || matches!(
                    next,
                    Some("to" | "clear" | "known" | "sure" | "certain" | "immediately")
                )
            {
                continue;
            }
            if cancel_next {
                cancel_next = false;
                continue;
            }
            // "ready to act again if prices do not ease", "without it the fund would run a
            // deficit": a condition, not a denial.
            // "cannot hold back an outbreak without clean water": two negations make a need;
            // "the officer, whose name has not been released, …": a relative clause describes
            // someone, it denies nothing the claim is about.
            let condition = ws[i.saturating_sub(5)..i].iter().any(|x| {
                matches!(
                    x.lower.as_ref(),
                    "if" | "unless" | "whether" | "whose" | "who" | "which"
                )
            }) || (w.lower == "without"
                && (next.is_some_and(|n| matches!(n, "it" | "this" | "that" | "them"))
                    || ws[i.saturating_sub(6)..i]
                        .iter()
                        .any(|x| lex.is_negation(&x.lower))));
            if condition {
                continue;
            }
            // "Don't shoot", "Do not touch it": a request, which asserts nothing to deny.
            let sentence_start = |k: usize| {
                k == 0 || {
                    let prev = &ws[k - 1];
                    claim.content.text[prev.at + prev.surface.len()..ws[k].at]
                        .contains(['.', '!', '?', ':', '"', '“'])
                }
            };
            let imperative = (w.lower == "don't" && sentence_start(i))
                || (w.lower == "not" && i > 0 && ws[i - 1].lower == "do" && sentence_start(i - 1));
            if imperative {
                continue;
            }
            negation.get_or_insert(i);
            // "none of the messages was marked classified" denies the marking, not the
            // messages: the scope starts after the verb.
            let scope = if matches!(w.lower.as_ref(), "none" | "neither") && next == Some("of") {
                ws.iter()
                    .enumerate()
                    .skip(i + 2)
                    .take(7)
                    .find(|(_, x)| {
                        matches!(
                            x.lower.as_ref(),
                            "is" | "are"
                                | "was"
                                | "were"
                                | "has"
                                | "have"
                                | "had"
                                | "will"
                                | "would"
                                | "could"
                                | "can"
                                | "did"
                                | "does"
                        )
                    })
                    .map_or(ws.len(), |(k, _)| k + 1)
            } else {
                i + 1
            };
            // "no agreement … had ever been signed": a subject with "no" denies its verb too.
            if w.lower == "no"
                && let Some(k) = denied_verb(&ws, i + 1, &claim.content.text)
                && is_topic_word(&ws[k], lex)
            {
                negated.push((interned.of_word(&ws[k].lower, lex, index).key, k));
                denied.get_or_insert(k);
            }
            // The first two topic words within the next five words are what is negated.
            let mut taken = 0;
            for (k, x) in ws.iter().enumerate().skip(scope).take(5) {
                // The scope ends with the sentence: "the answer has been no. Our members …".
                let between = &claim.content.text[ws[k - 1].at + ws[k - 1].surface.len()..x.at];
                // … and with the clause: "no evidence that residents' data was taken" negates
                // the evidence, not the residents.
                if lex.is_negation(&x.lower)
                    || between.contains(['.', '!', '?', ';', ','])
                    || matches!(
                        x.lower.as_ref(),
                        "that" | "which" | "who" | "whose" | "because" | "while" | "although"
                    )
                    // "nobody became mayor to cut libraries": a purpose, not what is denied.
                    || (taken > 0 && x.lower == "to")
                {
                    break;
                }
                // "did not fall last year": the time is no topic word, so not what is denied.
                if is_topic_word(x, lex) {
                    negated.push((interned.of_word(&x.lower, lex, index).key, k));
                    taken += 1;
                    if taken == 2 {
                        break;
                    }
                }
            }
        }
    }
    let quantities = quantities(&ws, lex, index);
    let meaning = vectors::mean_of(places.iter().flatten().map(|&k| k as usize));
    let figures = quantities
        .iter()
        .filter(|q| !q.unit.is_empty())
        .map(|q| interned.figure(q))
        .collect();
    Profile {
        text: &claim.content.text,
        figures,
        words: ws,
        keys,
        negated: KeyMap::from_pairs(negated),
        negation,
        denied_verb: denied,
        opposable,
        quantities,
        contrast: contrast_marker(doc, claim, lex),
        meaning,
        places,
    }
}

/// The word that says the change, with its particle: "fell", "push up".
fn predicate(ws: &[Word], i: usize) -> String {
    match phrasal_change(ws, i) {
        Some(_) => format!("{} {}", ws[i].lower, ws[i + 1].lower),
        None => ws[i].lower.to_string(),
    }
}

/// The change a verb of motion with "up" or "down" says: "would push up prices" is a rise.
fn phrasal_change(ws: &[Word], i: usize) -> Option<&'static str> {
    let verb = matches!(
        ws[i].lower.as_ref(),
        "push"
            | "pushed"
            | "pushes"
            | "pushing"
            | "drive"
            | "drove"
            | "driven"
            | "drives"
            | "driving"
            | "go"
            | "went"
            | "gone"
            | "goes"
            | "going"
            | "send"
            | "sent"
            | "sends"
            | "sending"
            | "force"
            | "forced"
            | "forces"
            | "forcing"
            | "bring"
            | "brought"
            | "brings"
            | "bringing"
    );
    match ws.get(i + 1).map(|w| w.lower.as_ref()) {
        Some("up") if verb => Some("ris"),
        Some("down") if verb => Some("fall"),
        _ => None,
    }
}

/// A contrast marker in the narration of the claim's sentence, before its content: "However,
/// Türkiye insists …", "But the company said …". Markers inside the quoted words don't count.
fn contrast_marker(doc: &Document, claim: &Claim, lex: &MatcherLexicon) -> Option<Contrast> {
    let start = claim
        .cue
        .as_ref()
        .map_or(claim.content.start, |c| c.start.min(claim.content.start));
    let mention = claim.speaker.mention.map_or(start, |m| m.start.min(start));
    // From the start of the sentence (a full stop, or the paragraph start) to the cue.
    let text = doc.text;
    // Looking back at most LOOK_BACK bytes: on a run-on line without full stops every claim
    // would rescan the line (n²). Real sentences are far shorter.
    const LOOK_BACK: usize = 4096;
    let mut floor = mention.saturating_sub(LOOK_BACK);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let from = text[floor..mention]
        .rfind(['.', '\n', '\r', '!', '?'])
        .map_or(floor, |i| floor + i + 1);
    let narration = &text[from..start.max(from)];
    let mut said = false;
    for w in words(narration) {
        if lex.contrast.get(w.lower.as_ref()) == Some(&true) {
            return Some(Contrast {
                marker: w.surface.to_string(),
                narrated: true,
                answers_own_sentence: said.then_some(from),
            });
        }
        said |= lexicon::attribution().is_verb(w.lower.as_ref());
    }
    let cue = claim
        .cue
        .as_ref()
        .map(|c| lexicon::fold(&c.text))
        .unwrap_or_default();
    if lex.contrast.get(cue.as_str()) == Some(&true) {
        return Some(Contrast {
            marker: claim
                .cue
                .as_ref()
                .map(|c| c.text.clone())
                .unwrap_or_default(),
            narrated: false,
            answers_own_sentence: None,
        });
    }
    None
}

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

/// A rule's confidence in a negation said in other words: word vectors relate more words
/// than mean the same, so it is no surer than the default threshold.
const RELATED_NEGATION: f64 = 0.6;

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
        self.hits
            .into_iter()
            .max_by(|x, y| {
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
        if interned.by_word.len() + interned.ids.len() > MAX_INTERNED {
            *interned = Keys::default();
        }
        find_with(doc, claims, sources, interned, reach)
    });
    scorer::add_article_features(&mut found, claims, sources);
    found.sort_by_key(|c| c.claims);
    found
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
                .map(|w| interned.of_word(&w.lower, lex, index).key)
                .collect()
        })
        .unwrap_or_default();
    // Only claims that share a topic key are compared, and only within `reach.apart` claims
    // of each other: in an article MAX_APART, so that a hostile article of 10,000 claims on
    // one topic takes linear time (no PolNeAr article has more than 110 claims); a story
    // ([`Reach::across`]) reaches across all its claims, `reach.per_key` partners a key.
    // A claim's profile is built when it enters that window and dropped when it leaves, so
    // a long article holds at most MAX_APART + 1 of them; `by_key` holds the claims profiled
    // so far, in order, for each key.
    let mut window: VecDeque<Profile> = VecDeque::new();
    let mut by_key: WordMap<Key, Vec<usize>> = WordMap::default();
    let mut opposed: WordMap<(usize, usize), bool> = WordMap::default();
    let mut out: Vec<Candidate> = Vec::new();
    for i in 0..claims.len() {
        let last = i.saturating_add(reach.apart).min(claims.len() - 1);
        while i + window.len() <= last {
            let j = i + window.len();
            let p = profile(doc, &claims[j], lex, index, interned);
            for k in p.keys.keys().chain(&p.figures) {
                let with = by_key.entry(*k).or_default();
                if with.last() != Some(&j) {
                    with.push(j);
                }
            }
            window.push_back(p);
        }
        let mut partners: Vec<usize> = Vec::new();
        let take = |k: &Key, partners: &mut Vec<usize>| {
            let with = &by_key[k];
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
            keys.sort_by_key(|k| (by_key[*k].len(), **k));
            for k in keys {
                if partners.len() >= reach.partners {
                    break;
                }
                take(k, &mut partners);
            }
        }
        // Claims close in meaning though in other words ("consulted", "briefed"), for a
        // negation in other words: one of the two must negate.
        for (d, p) in window.iter().enumerate().skip(1).take(MAX_APART) {
            if reach.apart(i, i + d)
                && (window[0].negation.is_some() || p.negation.is_some())
                && vectors::cosine(&window[0].meaning, &p.meaning) >= related_negation::CLOSE_CLAIMS
            {
                partners.push(i + d);
            }
        }
        partners.sort_unstable();
        partners.dedup();
        for j in partners {
            // The answer depends on the two sources alone, either way round: a long file
            // pairs the same sources again and again.
            let (x, y) = (claims[i].source, claims[j].source);
            if opposed.len() == OPPOSED_CACHE {
                opposed.clear();
            }
            let opposed = *opposed
                .entry((x.min(y), x.max(y)))
                .or_insert_with(|| opposing_sources(&claims[i], &claims[j], sources));
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
    named_denials(claims, sources, &mut denials);
    answered_reports(doc, claims, sources, &mut denials);
    let named = denials.len();
    denials.extend(disputes::disputes(doc, claims, sources));
    if !denials.is_empty() {
        let at: HashMap<&str, usize> = claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let mut known: HashMap<[usize; 2], usize> =
            out.iter().enumerate().map(|(k, c)| (c.claims, k)).collect();
        // A denial is often paired with many claims: each is profiled once.
        let mut profiles: Vec<Option<Profile>> = Vec::new();
        profiles.resize_with(claims.len(), || None);
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
                        if profiles[k].is_none() {
                            profiles[k] = Some(profile(doc, &claims[k], lex, index, interned));
                        }
                    }
                    let (Some(a), Some(b)) = (&profiles[pair[0]], &profiles[pair[1]]) else {
                        unreachable!("both profiled above")
                    };
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

/// Claims can conflict only when they come from different sources that do not speak for
/// the same side (a ministry and its spokeswoman; Ankara and a Turkish official).
fn opposing_sources(a: &Claim, b: &Claim, sources: &[Source]) -> bool {
    // A "he" nobody before stands for could be anyone, the other side included.
    if a.source == b.source || a.speaker.unresolved || b.speaker.unresolved {
        return false;
    }
    let (sa, sb) = (&sources[a.source], &sources[b.source]);
    if one_name_within_other(&sa.name, &sb.name) {
        return false;
    }
    match (&sa.affiliation, &sb.affiliation) {
        (Some(x), Some(y)) if x == y || same_people(x, y) => false,
        _ => {
            // One names the other as its affiliation: "Andes Pacific" and its manager.
            // "director of the Northern Rivers Environment Agency" and "the regional
            // environment agency": an organisation and a member named by the same head noun.
            let names = |s: &Source, other: &Source| {
                other
                    .affiliation
                    .as_deref()
                    .is_some_and(|aff| same_words(aff, &s.name) || same_org_head(aff, &s.name))
            };
            !(names(sa, sb) || names(sb, sa))
        }
    }
}

/// Every capitalised word of one name is in the other: one person or body under two
/// names ("Okafor" and "Mayor Grace Okafor", "the Lund campaign" and "Mrs. Lund's
/// campaign"), or a body and its own campaign. "Grace Okafor" and "Peter Okafor" stay apart.
fn one_name_within_other(a: &str, b: &str) -> bool {
    // "Mr. Lund" and "Ms. Lund" are two people.
    fn honorific(name: &str) -> Option<&'static str> {
        let first = name.split_whitespace().next()?.trim_end_matches('.');
        ["Mr", "Mrs", "Ms", "Miss"]
            .into_iter()
            .find(|h| first.eq_ignore_ascii_case(h))
            .map(|h| if h == "Mr" { "m" } else { "f" })
    }
    fn capitalised(name: &str) -> impl Iterator<Item = &str> + Clone {
        name.split(|c: char| c.is_whitespace() || c == ',')
            .enumerate()
            // "The ministry" and "The union": a capital that only starts a sentence.
            .filter(|&(i, w)| {
                w.chars().next().is_some_and(char::is_uppercase) && (i > 0 || !stopword(w))
            })
            .map(|(_, w)| {
                let w = w.trim_end_matches(['.', ':', ';']);
                w.strip_suffix("'s")
                    .or_else(|| w.strip_suffix("’s"))
                    .unwrap_or(w)
            })
    }
    fn stopword(w: &str) -> bool {
        let w = w.trim_end_matches(['.', ':', ';']);
        lexicon::matcher().stopwords.contains(&lexicon::fold(w))
    }
    if let (Some(p), Some(q)) = (honorific(a), honorific(b))
        && p != q
    {
        return false;
    }
    let (x, y) = (capitalised(a), capitalised(b));
    let (short, long) = if x.clone().count() <= y.clone().count() {
        (x, y)
    } else {
        (y, x)
    };
    let mut short = short.peekable();
    short.peek().is_some() && short.all(|w| long.clone().any(|l| same_folded(l, w)))
}

/// "Talvara" and "Talvaran", "Maravia" and "Maravian": a place and its demonym.
fn same_people(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 4
        && long.starts_with(short.trim_end_matches(['a', 'e', 'i', 'o', 'y']))
        && ["n", "an", "ian", "ese", "ish", "i"]
            .iter()
            .any(|e| long.ends_with(e))
        && long.len() - short.len() <= 4
}

fn same_org_head(a: &str, b: &str) -> bool {
    match (a.split_whitespace().last(), b.split_whitespace().last()) {
        (Some(x), Some(y)) => {
            same_folded(x, y)
                && lexicon::attribution()
                    .roles()
                    .get(&lexicon::fold(x))
                    .is_some_and(|r| r.class == crate::lexicon::EntityClass::Org)
        }
        _ => false,
    }
}

fn same_words(a: &str, b: &str) -> bool {
    let within = |s: &str, w: &str| s.split_whitespace().any(|x| same_folded(x, w));
    a.split_whitespace().next().is_some()
        && (a.split_whitespace().all(|w| within(b, w))
            || b.split_whitespace().all(|w| within(a, w)))
}

/// `fold(x) == fold(y)`, without folding into new strings when both are ASCII (names
/// are compared for every pair of claims that may conflict).
fn same_folded(x: &str, y: &str) -> bool {
    if x.is_ascii() && y.is_ascii() {
        x.eq_ignore_ascii_case(y)
    } else {
        lexicon::fold(x) == lexicon::fold(y)
    }
}

struct Shared {
    /// Shared keys with the word index on each side, in the order of the first claim.
    pairs: Vec<(Key, usize, usize)>,
    weight: f64,
    /// Weight of the shared common words alone: names set the scene, but two claims are
    /// about the same event when they share what is said of those names.
    common: f64,
}

fn shared(a: &Profile, b: &Profile, headline: &WordSet<Key>) -> Shared {
    // Both key lists are sorted: one merge pass finds the shared keys.
    let (x, y) = (&a.keys.0, &b.keys.0);
    let mut pairs: Vec<(Key, usize, usize)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                pairs.push((x[i].0, x[i].1, y[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    pairs.sort_by_key(|p| p.1);
    let mut weight = 0.0;
    let mut common = 0.0;
    for (k, ia, ib) in &pairs {
        // A name is capitalised wherever it stands; other words only at a sentence start.
        let proper = (a.words[*ia].capitalized && *ia > 0) || (b.words[*ib].capitalized && *ib > 0);
        let w = if proper { 0.5 } else { 1.0 } + if headline.contains(k) { 0.5 } else { 0.0 };
        weight += w;
        if !proper {
            common += w;
        }
    }
    Shared {
        pairs,
        weight,
        common,
    }
}

/// The participle of the clause whose subject starts at word `from` ("no agreement on data
/// had ever been signed": "signed"), within eight words and the clause.
fn denied_verb(ws: &[profile::Word], from: usize, text: &str) -> Option<usize> {
    let end = (from + 8).min(ws.len());
    let mut k = from + 1;
    while k < end {
        let between = &text[ws[k - 1].at + ws[k - 1].surface.len()..ws[k].at];
        if between.contains(['.', '!', '?', ';', ',']) {
            return None;
        }
        if matches!(
            ws[k].lower.as_ref(),
            "has" | "have" | "had" | "was" | "were" | "is" | "are"
        ) {
            let mut v = k + 1;
            while v < ws.len() && matches!(ws[v].lower.as_ref(), "ever" | "yet" | "been" | "being")
            {
                v += 1;
            }
            return (v < ws.len() && ws[v].lower.ends_with("ed")).then_some(v);
        }
        k += 1;
    }
    None
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
    let mut candidates: Vec<(ConflictKind, f64, String)> = Vec::new();
    if topic.pairs.is_empty() && !same_figure {
        // Claims close in meaning but in other words: only a negation in other words.
        return related_negation::related_negation(ca, cb, a, b)
            .map(|(_, reason)| Conflict {
                id: String::new(),
                claims: [ca.id.clone(), cb.id.clone()],
                kind: ConflictKind::Negation,
                confidence: RELATED_NEGATION,
                topic: String::new(),
                reason,
            })
            .into_iter()
            .collect();
    }
    let boost = ((topic.weight - 1.0) * 0.05).clamp(0.0, 0.2);

    // Denial: one side denies or doubts, and its content covers what the other asserts.
    for (d, other, pd, po) in [(ca, cb, a, b), (cb, ca, b, a)] {
        // A denial and a claim that negates the same thing agree ("denied it leaked" and
        // "it has never leaked").
        let agrees = po.negated.keys().any(|k| pd.keys.contains_key(k));
        // "rebutted Exxon's accusation that …": a denial that says whose words it answers
        // answers that source, not whoever else shares its words.
        let whose = pd.words.iter().take(3).find_map(|w| {
            let name = w
                .surface
                .strip_suffix("'s")
                .or_else(|| w.surface.strip_suffix("’s"))?;
            (w.capitalized && name.chars().count() >= 2).then_some(name)
        });
        let answers_other = whose.is_none_or(|name| {
            let speaker = &other.speaker;
            speaker.name.contains(name)
                || speaker
                    .affiliation
                    .as_deref()
                    .is_some_and(|a| a.contains(name))
        });
        if matches!(d.stance, Stance::Deny | Stance::Doubt)
            && other.stance == Stance::Assert
            && !agrees
            && answers_other
            && topic.common >= 2.5
        {
            let verb = d.cue.as_ref().map_or("denies", |c| c.text.as_str());
            let reason = format!(
                "{} {} {}; shared: {}",
                d.speaker.name,
                verb,
                quote_snippet(pd, 6),
                shared_words(&topic, a, b)
            );
            candidates.push((ConflictKind::Denial, 0.7 + boost, reason));
        }
    }

    // Negation: one side negates a key that the other asserts without negation. A claim
    // reported as denied or doubted asserts nothing, so it cannot be negated.
    for (neg, pos, pn, pp) in [(ca, cb, a, b), (cb, ca, b, a)] {
        if pos.stance != Stance::Assert || neg.stance == Stance::Deny {
            continue;
        }
        let shared_negated = || {
            pn.negated
                .iter()
                .filter(|(k, _)| pp.keys.contains_key(k) && !pp.negated.contains_key(k))
        };
        // The verb a "no" subject denies first: "no agreement on sharing data had been
        // signed" denies the signing, whatever else the other side shares.
        let hit = shared_negated()
            .find(|(_, i)| Some(**i) == pn.denied_verb)
            .or_else(|| shared_negated().min_by_key(|(_, i)| **i));
        // One shared word is enough only when the negation governs it directly and it is a
        // synonym-group word ("no new agreements" against "the contract was signed").
        // ("Not paying taxes" denies the paying: a verb between governs the word.)
        let tight = hit.is_some_and(|(key, &ni)| {
            keys.is_group(*key)
                && pn.negation.is_some_and(|cue| {
                    ni > cue
                        && ni - cue <= 2
                        && !pn.words[cue + 1..ni]
                            .iter()
                            .any(|w| w.lower.ends_with("ing"))
                })
        });
        // The word a negation governs is what it denies ("cannot accept"); the words after
        // that ("a dam", "not raising his hands") are its objects: the other side naming them
        // ("a gun in his hand") says nothing of what is denied.
        let direct = hit.is_some_and(|(_, &ni)| {
            let cue = (0..ni)
                .rev()
                .find(|&k| lexicon::matcher().is_negation(&pn.words[k].lower));
            cue.is_some_and(|c| !pn.keys.iter().any(|(_, &k)| k > c && k < ni))
                || pn.denied_verb == Some(ni)
        });
        let hit = hit.filter(|_| tight || (direct && topic.weight >= 2.0));
        // "the deal would remove tariffs": a hypothetical asserts nothing to negate; nor does
        // "residents' personal information was not accessed" assert the information.
        let hit = hit.filter(|(key, _)| {
            let at = pp.keys[*key];
            // (Nor one negated in a clause the matcher sets aside: "whose name has not been
            // released".)
            let negated_near = pp.words[at.saturating_sub(3)..(at + 5).min(pp.words.len())]
                .iter()
                .any(|w| lexicon::matcher().is_negation(&w.lower))
                // "has proposed little", "did few of them": a quantity of nearly none.
                || pp.words.get(at + 1).is_some_and(|w| {
                    matches!(w.lower.as_ref(), "little" | "few")
                        && pp.words.get(at + 2).is_none_or(|x| x.lower != "more")
                });
            // "the mayor's plan" refers to the mayor; it asserts nothing about being one.
            let possessive = pp.words[at].lower.ends_with("'s");
            !modal_near(pp, at) && !reported_near(pp, at) && !negated_near && !possessive
        });
        // "hasn't worked" denies a deed; "the working class", "the minimum wage" name a thing,
        // and assert no deed to deny. ("was not a minor incident" against "a minor incident"
        // names the thing on both sides.)
        let hit = hit.filter(|&(key, &ni)| {
            let at = pp.keys[key];
            let named = |p: &Profile, i: usize| {
                let determiner = |k: usize| {
                    matches!(
                        p.words[k].lower.as_ref(),
                        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
                    )
                };
                (i >= 1 && determiner(i - 1)) || (i >= 2 && determiner(i - 2))
            };
            let deed_denied = !named(pn, ni)
                && (ni.saturating_sub(2)..ni).any(|k| {
                    let w = pn.words[k].lower.as_ref();
                    w == "not" || w == "never" || w.ends_with("n't")
                });
            !(named(pp, at) && deed_denied)
        });
        if let (Some((key, &ni)), Some(cue)) = (hit, pn.negation) {
            let pi = pp.keys[key];
            let aligned = align(pn, ni, pp, pi);
            // "no agreement on sharing … had ever been signed": a long subject is elided.
            let negated_phrase = if ni + 1 > cue + 8 {
                format!(
                    "{} … {}",
                    phrase(pn.text, &pn.words, cue, cue + 4),
                    phrase(pn.text, &pn.words, ni - 3, ni + 1)
                )
            } else {
                phrase(pn.text, &pn.words, cue, ni + 1)
            };
            let asserted = window(pp.text, &pp.words, pi, 3);
            let reason = format!("\"{asserted}\" vs \"{negated_phrase}\": {aligned}; negation");
            let mut weight = if pp.negation.is_some() { 0.55 } else { 0.65 };
            // "not the first detection, but the cleanest": a negation that a "but" corrects
            // qualifies the point rather than denying it.
            if pn.words[cue..].iter().any(|w| w.lower == "but") {
                weight -= 0.15;
            }
            candidates.push((ConflictKind::Negation, weight + boost, reason));
        }
    }

    // Antonyms: opposite predicates on a shared topic.
    if let Some((ia, ib)) = antonym_pair(a, b, index).or_else(|| threshold_pair(a, b))
        && topic.weight >= 1.0
    {
        let reason = format!(
            "\"{}\" vs \"{}\": {} / {} are opposites; shared: {}",
            window(a.text, &a.words, ia, 2),
            window(b.text, &b.words, ib, 2),
            predicate(&a.words, ia),
            predicate(&b.words, ib),
            shared_words(&topic, a, b)
        );
        candidates.push((ConflictKind::Antonym, 0.6 + boost, reason));
    }

    // Numeric: different figures for the same quantity.
    for qa in &a.quantities {
        for qb in &b.quantities {
            // A side that also gives the other's figure agrees on it, and its different
            // figure is another quantity: "a rise of 3 per cent" against "7.5 per cent over
            // two years, made up of the 3 per cent rise". Unless it negates it: "about 90
            // percent, not 97 percent".
            let restated = |q: &Quantity, p: &Profile| {
                p.quantities.iter().any(|x| {
                    x.unit == q.unit
                        && x.value == q.value
                        && !(x.at > 0 && lexicon::matcher().is_negation(&p.words[x.at - 1].lower))
                })
            };
            if same_quantity(qa, qb, a, b, keys, &topic)
                && differs(qa, qb)
                && !restated(qa, b)
                && !restated(qb, a)
            {
                let reason = format!(
                    "{} vs {}: different figures for the same quantity; shared: {}",
                    qa.surface,
                    qb.surface,
                    shared_words(&topic, a, b)
                );
                let conf = if topic.weight >= 2.0 { 0.75 } else { 0.65 };
                candidates.push((ConflictKind::Numeric, conf + boost, reason));
            }
        }
    }

    // The same figure, negated by the other side: "the 34 percent figure can't be taken at
    // face value" against "34 percent less likely".
    for (neg, pos, pn, pp) in [(ca, cb, a, b), (cb, ca, b, a)] {
        let Some(cue) = pn.negation else { continue };
        if pos.stance != Stance::Assert || neg.stance == Stance::Deny {
            continue;
        }
        // Or "named 62 prisoners, not 40": a figure the negation governs directly.
        let disputed = pn.quantities.iter().find(|qn| {
            let direct = qn.at > 0 && lexicon::matcher().is_negation(&pn.words[qn.at - 1].lower);
            (direct || !qn.unit.is_empty() && qn.at < cue && cue - qn.at <= 8)
                && pp
                    .quantities
                    .iter()
                    .any(|qp| qp.unit == qn.unit && (qp.value - qn.value).abs() < 1e-9)
        });
        if let Some(q) = disputed {
            let negated = if q.at > cue {
                phrase(pn.text, &pn.words, q.at - 1, q.at + 1)
            } else {
                phrase(pn.text, &pn.words, q.at, cue + 4)
            };
            let reason = format!(
                "\"{}\" vs \"{negated}\": the same figure, negated",
                q.surface
            );
            candidates.push((ConflictKind::Negation, 0.66 + boost, reason));
        }
    }

    // Contrast: a marker in the later claim's narration ("However, …", "But …") sets it
    // against an earlier claim of the other side on the same topic, a few paragraphs back.
    // A marker that is only the cue verb ("insisted") needs opposite polarity as well.
    if candidates.is_empty()
        && let Some(contrast) = b.contrast.as_ref()
        && cb.content.line >= ca.content.line
        && cb.content.line - ca.content.line <= 6
        && contrast
            .answers_own_sentence
            .is_none_or(|from| ca.content.start >= from)
    {
        // A denial reads as negative too: "denied the plan" and "the plan is not legal" agree.
        let negative =
            |c: &Claim, p: &Profile| p.negation.is_some() != (c.stance != Stance::Assert);
        // Or a shared word negated on one side only: "no board meeting" and "directors met".
        let key_polar = topic
            .pairs
            .iter()
            .any(|(k, _, _)| a.negated.contains_key(k) != b.negated.contains_key(k));
        let polar = negative(ca, a) != negative(cb, b) || key_polar;
        let enough = if contrast.narrated {
            topic.common >= 1.0 && (topic.weight >= 1.5 || polar)
        } else {
            polar && topic.common >= 2.0 && topic.weight >= 2.5
        };
        if enough {
            let reason = format!(
                "\"{}\" sets the claims against each other; shared: {}",
                contrast.marker,
                shared_words(&topic, a, b)
            );
            // A narrated "However," with opposite polarity on each side is the clearest.
            let base = match (contrast.narrated, polar) {
                (true, true) => 0.6,
                (true, false) => 0.55,
                _ => 0.5,
            };
            candidates.push((ConflictKind::Contrast, base + boost, reason));
        }
    }

    // The other rules found nothing: a negation in other words, perhaps.
    if candidates.is_empty()
        && let Some((_, reason)) = related_negation::related_negation(ca, cb, a, b)
    {
        candidates.push((ConflictKind::Negation, RELATED_NEGATION, reason));
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
    candidates
        .into_iter()
        .map(|(kind, confidence, reason)| Conflict {
            id: String::new(),
            claims: [ca.id.clone(), cb.id.clone()],
            kind,
            confidence: ((confidence - hedge).clamp(0.0, 1.0) * 100.0).round() / 100.0,
            topic: topic.clone(),
            reason,
        })
        .collect()
}

/// The first `max` words of a claim, quoted.
fn quote_snippet(p: &Profile, max: usize) -> String {
    let text: Vec<&str> = p.words.iter().take(max).map(|w| w.surface).collect();
    let more = if p.words.len() > max { " …" } else { "" };
    format!("\"{}{}\"", text.join(" "), more)
}

/// "contract ≈ agreement" when synonyms align, else the shared word.
fn align(pn: &Profile, ni: usize, pp: &Profile, pi: usize) -> String {
    let a = &pp.words[pi].lower;
    let b = &pn.words[ni].lower;
    if a == b {
        a.to_string()
    } else {
        format!("{a} ≈ {b}")
    }
}

fn shared_words(topic: &Shared, a: &Profile, b: &Profile) -> String {
    topic
        .pairs
        .iter()
        .take(3)
        .map(|(_, ia, ib)| {
            let (x, y) = (&a.words[*ia].surface, &b.words[*ib].surface);
            if lexicon::fold(x) == lexicon::fold(y) {
                x.to_string()
            } else {
                format!("{x} ≈ {y}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn topic_phrase(topic: &Shared, a: &Profile) -> String {
    topic
        .pairs
        .iter()
        .take(4)
        .map(|(_, ia, _)| a.words[*ia].surface.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of the words from `from` to `to` (exclusive, at most eight) of `text`, the text
/// `ws` were read from, as written ("D.C.", "Mr. Lund's"), spaces collapsed.
fn phrase(text: &str, ws: &[Word], from: usize, to: usize) -> String {
    let to = to.min(ws.len()).min(from + 8);
    if from >= to {
        return String::new();
    }
    let span = text
        .get(ws[from].at..ws[to - 1].at + ws[to - 1].surface.len())
        .unwrap_or_default();
    let span = span.trim_end_matches([',', ';', ':', '(', '—', '–']);
    span.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A few words around word `i`, within its sentence and clause: never a fragment that runs
/// into the next sentence ("the plant closed. Workers").
fn window(text: &str, ws: &[Word], i: usize, radius: usize) -> String {
    let mut from = i;
    while from > 0 && i - from < radius && !clause_break(text, ws, from - 1) {
        from -= 1;
    }
    let mut to = i + 1;
    while to < ws.len() && to - i <= radius && !clause_break(text, ws, to - 1) {
        to += 1;
    }
    // Words written as one ("D.C.", "S-400s") are not cut apart.
    let glued = |k: usize| {
        text.get(ws[k].at + ws[k].surface.len()..ws[k + 1].at)
            .is_some_and(|gap| !gap.chars().any(char::is_whitespace))
    };
    while from > 0 && glued(from - 1) {
        from -= 1;
    }
    while to < ws.len() && glued(to - 1) {
        to += 1;
    }
    phrase(text, ws, from, to)
}

/// Whether a sentence or clause ends between word `k` and the next: a full stop (not after an
/// initial or a short title, "D.C.", "Mr."), a question or exclamation mark, a semicolon, a
/// colon, a dash, a bracket.
fn clause_break(text: &str, ws: &[Word], k: usize) -> bool {
    let Some(next) = ws.get(k + 1) else {
        return true;
    };
    let end = ws[k].at + ws[k].surface.len();
    let gap = text.get(end..next.at).unwrap_or(" ");
    let abbreviation = ws[k].capitalized && ws[k].surface.chars().count() <= 3;
    gap.contains(['?', '!', ';', ':', '—', '–', '(', ')'])
        || (gap.contains('.') && !abbreviation && gap.chars().any(char::is_whitespace))
}

/// Topic keys within six words of word `i`, other than its own.
fn near_keys<'p>(p: &'p Profile<'_>, i: usize) -> impl Iterator<Item = Key> + 'p {
    p.keys
        .iter()
        .filter(move |(_, k)| **k != i && k.abs_diff(i) <= 6)
        .map(|(key, _)| *key)
}

/// Word `i` sits in a report the speaker relays rather than asserts: "reports that a deal
/// had been concluded were premature".
fn reported_near(p: &Profile, i: usize) -> bool {
    let from = i.saturating_sub(5);
    p.words[from..i].windows(2).any(|w| {
        w[1].lower == "that"
            && matches!(
                w[0].lower.as_ref(),
                "report"
                    | "reports"
                    | "claim"
                    | "claims"
                    | "rumour"
                    | "rumours"
                    | "rumor"
                    | "rumors"
                    | "suggestion"
                    | "suggestions"
                    | "speculation"
            )
    })
}

/// Word `i` is in a condition: "if", "unless" or "without it" a few words before it ("without
/// it the fund would run a deficit").
fn conditional(p: &Profile, i: usize) -> bool {
    let before = &p.words[i.saturating_sub(10)..i];
    before
        .iter()
        .any(|w| matches!(w.lower.as_ref(), "if" | "unless"))
        || before.windows(2).any(|w| {
            w[0].lower == "without" && matches!(w[1].lower.as_ref(), "it" | "this" | "that")
        })
}

/// A modal or conditional before word `i` in its clause, or within three words after it
/// ("would", "could", "if", "rather"): "one might expect the debates to matter" asserts no
/// mattering, "he would rather win" no winning.
fn modal_near(p: &Profile, i: usize) -> bool {
    // ("commissioned in May" is a month.)
    let modal = |w: &Word| {
        matches!(
            w.lower.as_ref(),
            "could" | "might" | "may" | "can" | "if" | "should" | "whether" | "rather"
        ) && !(w.capitalized && w.lower == "may")
    };
    let mut before = false;
    for k in (i.saturating_sub(8)..i).rev() {
        if clause_break(p.text, &p.words, k)
            || p.text[p.words[k].at..p.words[k + 1].at].contains(',')
        {
            break;
        }
        if modal(&p.words[k]) {
            before = true;
            break;
        }
    }
    let after = p.words[i..(i + 4).min(p.words.len())].iter().any(modal);
    let hedge = before || after;
    // "would" is often reported speech's "will" ("said the ferry would resume"); it marks a
    // hypothetical when the word is its subject ("the deal would remove tariffs").
    hedge || p.words.get(i + 1).is_some_and(|w| w.lower == "would")
}

/// "above the legal limit" and "within the legal limit": a level on either side of one mark.
fn threshold_pair(a: &Profile, b: &Profile) -> Option<(usize, usize)> {
    let side = |w: &str| match w {
        "above" | "over" | "exceeding" | "beyond" => Some(true),
        "below" | "under" | "within" => Some(false),
        _ => None,
    };
    // Each word that sets a level against a mark, with the mark's key a few words on; not
    // under a negation ("not above").
    let marks = |p: &Profile| -> Vec<(bool, usize, Key)> {
        let mut out = Vec::new();
        for (i, w) in p.words.iter().enumerate() {
            let Some(high) = side(&w.lower) else { continue };
            if p.negation.is_some_and(|n| n < i && i - n <= 3) {
                continue;
            }
            out.extend(
                p.keys
                    .iter()
                    .filter(|(_, k)| **k > i && **k <= i + 3)
                    .map(|(key, _)| (high, i, *key)),
            );
        }
        out
    };
    let (ma, mb) = (marks(a), marks(b));
    ma.iter().find_map(|(ha, ia, ka)| {
        mb.iter()
            .find(|(hb, _, kb)| ha != hb && ka == kb)
            .map(|(_, ib, _)| (*ia, *ib))
    })
}

fn antonym_pair(a: &Profile, b: &Profile, index: &StemIndex) -> Option<(usize, usize)> {
    // "left out", "cut off": a verb with a particle says something else than the verb alone.
    let phrasal = |p: &Profile, i: usize| {
        p.words
            .get(i + 1)
            .is_some_and(|w| matches!(w.lower.as_ref(), "out" | "off" | "behind" | "aside"))
    };
    for (sa, ia) in &a.opposable {
        for (sb, ib) in &b.opposable {
            if index.are_antonyms(*sa, *sb) && !phrasal(a, *ia) && !phrasal(b, *ib) {
                // An antonym under negation on one side agrees rather than opposes.
                let na = a.negation.is_some_and(|n| n < *ia && ia - n <= 3);
                let nb = b.negation.is_some_and(|n| n < *ib && ib - n <= 3);
                // The opposite predicates must be said of the same thing: a key shared
                // within six words of each ("wages fell" and "wages rose").
                let same_subject = near_keys(a, *ia).any(|k| near_keys(b, *ib).any(|x| x == k));
                // "salaries will rise" and "pay fell between 2010 and 2022": a forecast and a
                // record are about different times.
                // (A verb's tense: "will be compulsory" says what something is.)
                let future = |p: &Profile, i: usize| {
                    let w = |k: usize| i.checked_sub(k).map(|j| p.words[j].lower.as_ref());
                    let modal = |x: Option<&str>| matches!(x, Some("will" | "would" | "shall"));
                    modal(w(1)) || (modal(w(2)) && w(1) != Some("be"))
                };
                // "the release of 11 aid workers" and "the release of 40 detained members":
                // both say release.
                let both_say = |p: &Profile, o: u32| p.opposable.iter().any(|(x, _)| *x == o);
                if na == nb
                    && same_subject
                    && !both_say(b, *sa)
                    && !both_say(a, *sb)
                    && !conditional(a, *ia)
                    && !conditional(b, *ib)
                    && !modal_near(a, *ia)
                    && !modal_near(b, *ib)
                    && future(a, *ia) == future(b, *ib)
                {
                    return Some((*ia, *ib));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests;
