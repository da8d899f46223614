//! Speech denied: one side says a person never said what the other reports them saying
//! ("the deputy secretary never said any such thing" against "the deputy secretary had told
//! her the funds were on hold"; "I never said anything of the kind" against "Ruiz said she
//! would resign"). The denial shares no word with what was said: the person and a verb of
//! saying tie it to the report.

use super::wording::{phrase, window};
use super::{ConflictRule, Finding, Pair};
use crate::lexicon::{self, VerbClass};
use crate::matcher::profile::Profile;
use crate::model::{Claim, ConflictKind, Stance};

/// A denial that someone said something, against the claim that reports them saying it,
/// when no rule before found anything.
pub(super) struct SpeechDenied;

impl ConflictRule for SpeechDenied {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        if !found.is_empty() {
            return;
        }
        let Pair { ca, cb, a, b, .. } = *pair;
        for (neg, pos, pn, pp) in [(ca, cb, a, b), (cb, ca, b, a)] {
            if pos.stance != Stance::Assert {
                continue;
            }
            let Some((from, to, subject)) = denied_speech(neg, pn) else {
                continue;
            };
            if let Some(v) = reported_speech(pp, &subject) {
                found.push(Finding {
                    kind: ConflictKind::Denial,
                    confidence: 0.65,
                    reason: format!(
                        "\"{}\" vs \"{}\": a saying denied",
                        phrase(pn.text, &pn.words, from, to),
                        window(pp.text, &pp.words, v, 3),
                    ),
                });
                return;
            }
        }
    }
}

fn is_speech_verb(w: &str) -> bool {
    lexicon::attribution()
        .verb(w)
        .is_some_and(|v| v.class == VerbClass::Speech)
}

/// A denial that its subject said anything of the kind: the subject's words (the speaker's
/// for "I" or "we"), and where the denial starts and ends. `None` for any other claim, and
/// for a pronoun that may stand for anyone ("he never said any such thing").
fn denied_speech(claim: &Claim, p: &Profile) -> Option<(usize, usize, Vec<String>)> {
    let ws = &p.words;
    let w = |k: usize| ws[k].lower.as_ref();
    // (Every pair asks: most claims have no such phrase, and each phrase has one of these.)
    if !ws
        .iter()
        .any(|x| matches!(x.lower.as_ref(), "such" | "kind" | "sort" | "like"))
    {
        return None;
    }
    // Where a listed phrase of what was not said starts at `at` and ends.
    let said_nothing = |at: usize| {
        (at..(at + 4).min(ws.len())).map(|k| k + 1).find(|&e| {
            let said = ws[at..e]
                .iter()
                .map(|x| x.lower.as_ref())
                .collect::<Vec<_>>()
                .join(" ");
            lexicon::SAID_NOTHING_OBJECTS.contains(said.as_str())
        })
    };
    // (The claim's own negation leaves out one before a verb of saying, which asserts
    // nothing of the world: it is read here.)
    let cue = (0..ws.len()).find(|&k| lexicon::matcher().is_negation(w(k)))?;
    // Where the denial opens (its subject is before it) and ends: at the verb before the
    // negation that opens the phrase ("said nothing of the kind"), or at the negation.
    let (opens, end) = if cue > 0 && is_speech_verb(w(cue - 1)) {
        (cue - 1, said_nothing(cue)?)
    } else {
        // "never said any such thing", "did not say anything of the kind", "has never told
        // her any such thing" (after at most one object pronoun).
        let verb = (cue + 1..(cue + 3).min(ws.len()))
            .take_while(|&k| k == cue + 1 || w(k - 1) == "ever")
            .find(|&k| is_speech_verb(w(k)))?;
        let mut at = verb + 1;
        if ws
            .get(at)
            .is_some_and(|x| lexicon::OBJECT_PRONOUNS.contains(x.lower.as_ref()))
        {
            at += 1;
        }
        (cue, said_nothing(at)?)
    };
    // The subject: the words before the negation (or the verb) and its auxiliaries, back to
    // the claim's start or a comma.
    let mut s = opens;
    while s > 0 && lexicon::AUXILIARIES.contains(w(s - 1)) {
        s -= 1;
    }
    let first = (s.saturating_sub(4)..s)
        .rev()
        .take_while(|&k| !p.text[ws[k].at..ws[k + 1].at].contains(','))
        .last()?;
    let subject: Vec<String> = match ws[first..s] {
        [ref one] if matches!(one.lower.as_ref(), "i" | "we") => claim
            .speaker
            .name
            .split_whitespace()
            .map(lexicon::fold)
            .collect(),
        _ => ws[first..s]
            .iter()
            .filter(|x| !lexicon::STOPWORDS.contains(x.lower.as_ref()))
            .map(|x| x.lower.to_string())
            .collect(),
    };
    (!subject.is_empty()).then_some((first, end, subject))
}

/// Where the claim reports its subject, named by one of `subject`'s words, saying something:
/// a verb of saying within its first words, after that name ("Deputy Secretary Reed had told
/// her …", "the minister said in May that …"), not under a negation.
fn reported_speech(p: &Profile, subject: &[String]) -> Option<usize> {
    let ws = &p.words;
    (1..ws.len().min(10)).find(|&v| {
        is_speech_verb(&ws[v].lower)
            && p.negation.is_none_or(|n| n > v)
            && ws[v.saturating_sub(5)..v]
                .iter()
                .any(|x| subject.iter().any(|s| *s == x.lower))
    })
}
