//! Provenance: where a thing came from, said by one side and denied by the other ("the figure
//! came from the ministry" against "the number did not come from any ministry analysis").
//! "Come" is too light a verb for the negation rule to weigh alone; here the thing and its
//! source, both shared, say the two claims are about one origin.

use super::wording::{clause_break, phrase_of_at_most};
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::profile::{Profile, is_topic_word};
use crate::matcher::vectors;
use crate::matcher::words::{key_of, stem_index};
use crate::model::{ConflictKind, Stance};

/// One side says a thing came from a source, the other that it did not.
pub(super) struct Provenance;

impl ConflictRule for Provenance {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        if !found.is_empty() || pair.ca.stance != Stance::Assert || pair.cb.stance != Stance::Assert
        {
            return;
        }
        let (a, b) = (pair.a, pair.b);
        // (One side must deny where something came from: most pairs stop here.)
        if !denies_origin(a) && !denies_origin(b) {
            return;
        }
        for x in origins(a) {
            for y in origins(b) {
                if x.negated == y.negated || !same_thing(a, &x, b, &y) {
                    continue;
                }
                let shared: Vec<&str> = x
                    .source
                    .iter()
                    .filter(|(k, _)| y.source.iter().any(|(l, _)| l == k))
                    .map(|&(_, at)| a.words[at].surface)
                    .collect();
                if shared.is_empty() {
                    continue;
                }
                let source = shared.join(" ");
                found.push(Finding {
                    kind: ConflictKind::Negation,
                    confidence: 0.7,
                    reason: format!(
                        "\"{}\" vs \"{}\": where it came from ({source}); negation",
                        phrase_of_at_most(a.text, &a.words, x.from, x.to, 10),
                        phrase_of_at_most(b.text, &b.words, y.from, y.to, 10),
                    ),
                });
                return;
            }
        }
    }
}

/// "the figure came from the ministry": whether it is denied, the thing (the topic word right
/// before the verb or its auxiliaries and negation), the keys of the source's words after
/// "from" (names too) with their places, and the span of the phrase.
struct Origin {
    negated: bool,
    thing: usize,
    source: Vec<(String, usize)>,
    from: usize,
    to: usize,
}

/// Each "came from" (or "originated from") of a claim with a thing before it and a source
/// after it.
fn origins(p: &Profile) -> Vec<Origin> {
    let ws = &p.words;
    let lex = lexicon::matcher();
    let mut out = Vec::new();
    for (v, w) in ws.iter().enumerate() {
        if !is_coming(&w.lower) || ws.get(v + 1).is_none_or(|f| f.lower != "from") {
            continue;
        }
        // Back over auxiliaries and a negation to the thing: "the number did not come".
        let mut k = v;
        let mut negated = false;
        while k > 0 && !clause_break(p.text, ws, k - 1) {
            let before = ws[k - 1].lower.as_ref();
            if lex.is_negation(before) {
                negated = true;
            } else if !(lexicon::AUXILIARIES.contains(before) || before == "actually") {
                break;
            }
            k -= 1;
        }
        if k == 0 || !is_topic_word(&ws[k - 1], lex) || ws[k - 1].capitalized {
            continue;
        }
        let thing = k - 1;
        let mut source = Vec::new();
        for (k, w) in ws.iter().enumerate().take(v + 8).skip(v + 2) {
            if is_topic_word(w, lex) {
                source.push((key_of(&w.lower, lex, stem_index()), k));
            }
            if clause_break(p.text, ws, k) {
                break;
            }
        }
        if let Some(&(_, last)) = source.last() {
            // The phrase from the thing's determiner to the source's last word, at most ten
            // words: "the number did not come from any ministry analysis".
            let to = last + 1;
            let from = if to - thing < 10 && thing > 0 {
                thing - 1
            } else {
                thing
            };
            out.push(Origin {
                negated,
                thing,
                source,
                from,
                to,
            });
        }
    }
    out
}

/// Whether a claim's negation denies where something came from ("did not come from").
pub(super) fn denies_origin(p: &Profile) -> bool {
    p.negation.is_some_and(|cue| {
        p.words
            .iter()
            .skip(cue + 1)
            .take(2)
            .position(|w| is_coming(&w.lower))
            .is_some_and(|k| p.words.get(cue + 2 + k).is_some_and(|f| f.lower == "from"))
    })
}

fn is_coming(w: &str) -> bool {
    matches!(
        w,
        "come" | "comes" | "came" | "coming" | "originate" | "originated" | "originates"
    )
}

/// Whether the things said to come from somewhere are one: one key, or nouns close in
/// meaning ("the figure", "the number").
fn same_thing(a: &Profile, x: &Origin, b: &Profile, y: &Origin) -> bool {
    let (wa, wb) = (&a.words[x.thing].lower, &b.words[y.thing].lower);
    let lex = lexicon::matcher();
    key_of(wa, lex, stem_index()) == key_of(wb, lex, stem_index())
        || vectors::find(wa)
            .zip(vectors::find(wb))
            .and_then(|(ka, kb)| vectors::similarity_at(ka, kb, 0, vectors::NOUN))
            .is_some_and(|s| s >= 0.6)
}
