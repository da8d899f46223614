//! Contrast, the weakest kind: a marker in the later claim's narration ("However, …", "But
//! …") sets it against an earlier claim of the other side on the same topic.

use super::{ConflictRule, Finding, Pair};
use crate::lexicon::{self, VerbClass};
use crate::matcher::keys::Key;
use crate::matcher::profile::Profile;
use crate::matcher::sides::measurement;
use crate::matcher::topic::Shared;
use crate::matcher::topic::shared_words;
use crate::matcher::vectors;
use crate::model::{Claim, ConflictKind, Stance};

/// Whether a claim is what its source thinks or expects ("strategists believe whoever wins
/// will …"): a marker sets such guesses against claims too loosely to call them disputed.
fn opinion(c: &Claim) -> bool {
    c.cue.as_ref().is_some_and(|cue| {
        cue.text.split_whitespace().any(|w| {
            lexicon::attribution()
                .verb(&lexicon::fold(w))
                .is_some_and(|v| v.class == VerbClass::Opinion)
        })
    })
}

/// A contrast marker setting one claim against the other, when no other rule found
/// anything.
pub(super) struct Contrast;

impl ConflictRule for Contrast {
    fn reads_sides(&self) -> bool {
        true
    }

    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        let Pair {
            ca,
            cb,
            a,
            b,
            topic,
            boost,
            ..
        } = *pair;
        // A marker that is only the cue verb ("insisted") needs opposite polarity as well.
        // (What a poll or records show is set against opinions with "but" all the time;
        // it takes a stronger rule to dispute a measurement. Asked last: most claims have
        // no marker, and reading the names is the dearest test.)
        if found.is_empty()
            && let Some(contrast) = b.contrast.as_ref()
            && cb.content.line >= ca.content.line
            && cb.content.line - ca.content.line <= 6
            && contrast
                .answers_own_sentence
                .is_none_or(|from| ca.content.start >= from)
            && !measurement(&ca.speaker.name)
            && !measurement(&cb.speaker.name)
            && !opinion(ca)
            && !opinion(cb)
        {
            // A denial reads as negative too: "denied the plan" and "the plan is not legal" agree.
            let negative = |c: &Claim, p: &Profile| {
                p.negation.is_some()
                    != matches!(c.stance, Stance::Deny | Stance::Doubt | Stance::Oppose)
            };
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
            // "her plans would complicate the code" and "his experience makes him qualified":
            // claims about two people answer different questions.
            let about = |p: &Profile| match p.words.first().map(|w| w.lower.as_ref()) {
                Some("he" | "his" | "him") => Some(true),
                Some("she" | "her" | "hers") => Some(false),
                _ => None,
            };
            let two_people = matches!((about(a), about(b)), (Some(x), Some(y)) if x != y);
            // "parents still want neighborhood schools" after "families still want their own
            // neighborhood schools": a claim the other restates, with no polarity between
            // them, agrees with it whatever "But" says.
            let restated = !polar && topic.pairs.len() >= 2 && restates(a, b, topic);
            // Two long passages share words on many points; "but" between them does not say
            // which one they differ on.
            let long = |p: &Profile| p.words.len() >= LONG_CLAIM;
            let passages = long(a) && long(b);
            // A denial that names whose words it answers is set against those alone.
            let denial_elsewhere = [(ca, a, cb), (cb, b, ca)].iter().any(|(d, pd, other)| {
                matches!(d.stance, Stance::Deny | Stance::Doubt)
                    && !super::denial::answers(pd, other)
            });
            if enough && !two_people && !restated && !passages && !denial_elsewhere {
                let reason = format!(
                    "\"{}\" sets the claims against each other; shared: {}",
                    contrast.marker,
                    shared_words(topic, a, b)
                );
                // A narrated "However," with opposite polarity on each side is the clearest.
                let base = match (contrast.narrated, polar) {
                    (true, true) => 0.6,
                    (true, false) => 0.55,
                    _ => 0.5,
                };
                found.push(Finding {
                    kind: ConflictKind::Contrast,
                    confidence: base + boost,
                    reason,
                });
            }
        }
    }
}

/// Whether the shorter claim says nothing the longer does not: every topic word of it is
/// shared, or the one that is not has a near neighbour among the longer claim's own
/// ("parents" and "families"; not "ready" and "unsafe").
fn restates(a: &Profile, b: &Profile, topic: &Shared) -> bool {
    let (short, long) = if a.keys.0.len() <= b.keys.0.len() {
        (a, b)
    } else {
        (b, a)
    };
    let shared = |k: &Key| topic.pairs.iter().any(|(s, _, _)| s == k);
    let mut unshared = short.keys.0.iter().filter(|(k, _)| !shared(k));
    let Some(&(_, only)) = unshared.next() else {
        return true;
    };
    if unshared.next().is_some() {
        return false;
    }
    let Some(place) = short.places[only] else {
        return false;
    };
    long.places.iter().flatten().any(|&other| {
        vectors::similarity_at(place as usize, other as usize, 0, vectors::NOUN)
            .is_some_and(|s| s >= NEIGHBOURS)
    })
}

/// A claim of this many words or more is a passage rather than one point.
const LONG_CLAIM: usize = 20;

/// Two nouns this close in their word vectors name one group ("parents", "families").
const NEIGHBOURS: f64 = 0.7;
