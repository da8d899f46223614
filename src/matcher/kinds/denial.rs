//! Denial: one side denies or doubts, and its content covers what the other asserts
//! ("denied that the plant had leaked chemicals" against "the plant has been leaking
//! chemicals").

use super::antonym::antonym_pair;
use super::wording::quote_snippet;
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::profile::Profile;
use crate::matcher::topic::shared_words;
use crate::matcher::vectors;
use crate::model::{Claim, ConflictKind, Stance};

/// A denial or doubt of what the other side asserts.
pub(super) struct Denial;

impl ConflictRule for Denial {
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
            index,
            boost,
            ..
        } = *pair;
        for (d, other, pd, po) in [(ca, cb, a, b), (cb, ca, b, a)] {
            // ("Lind denied agreeing to the merger" against "Lind had agreed to the merger": a
            // short denial whose every word the other side says, of the denier, shares little
            // but all it has.)
            // (The surname read only when asked: most pairs are turned away before.)
            let of_denier = || {
                let surname = d.speaker.name.split_whitespace().last().unwrap_or_default();
                po.words.iter().any(|w| {
                    w.surface == surname
                        || matches!(w.lower.as_ref(), "he" | "she" | "him" | "her" | "they")
                })
            };
            // ("Tom Reld denied agreeing to the merger": a deed the denier denies doing; the
            // other side must say it of him.)
            let own_deed = pd.words.first().is_some_and(|w| {
                w.lower.len() > 4 && w.lower.ends_with("ing") && vectors::may_be_verb(&w.lower)
            });
            // (A deed, not a thing named: "contradicted her public statements" is the aimed
            // denials' to pair.)
            let deed = own_deed
                || pd
                    .words
                    .first()
                    .is_some_and(|w| matches!(w.lower.as_ref(), "he" | "she" | "they"));
            let covered = || {
                deed && pd.keys.0.len() >= 2
                    && pd.keys.keys().all(|k| po.keys.contains_key(k))
                    && of_denier()
            };
            // ("questioned how he would be helped by it": a question of how or why asks,
            // it doubts nothing said; "questioned whether …" does.)
            let asks = d.stance == Stance::Doubt
                && pd.words.first().is_some_and(|w| {
                    matches!(
                        w.lower.as_ref(),
                        "how" | "why" | "what" | "who" | "when" | "where"
                    )
                });
            if !matches!(d.stance, Stance::Deny | Stance::Doubt)
                || asks
                || other.stance != Stance::Assert
                || (topic.common < 2.5 && !covered())
                || (own_deed && !of_denier())
                || rejects_a_request(pd)
            {
                continue;
            }
            // A denial and a claim that negates the same thing agree ("denied it leaked" and
            // "it has never leaked").
            // ("…, a claim officials denied": a denial framing the very words it answers
            // disagrees, negation or not.)
            let framed =
                d.content.start == other.content.start && d.content.end >= other.content.end;
            // ("18 died, a figure the union rejected": a denial whose words run through its own
            // cue frames the claim they repeat, and answers that claim alone.)
            let frames = d
                .cue
                .as_ref()
                .is_some_and(|c| d.content.start <= c.start && c.end <= d.content.end);
            if frames && !framed {
                continue;
            }
            // (So do a denial and a claim opposing the same thing: "pushed back on the
            // charges and fought any rule changes" and "opposes making any changes".)
            let opposes_shared = || {
                po.words.iter().enumerate().any(|(o, w)| {
                    lexicon::OPPOSING_WORDS.contains(w.lower.as_ref())
                        && po
                            .keys
                            .iter()
                            .any(|(k, &at)| at > o && at <= o + 5 && pd.keys.contains_key(k))
                })
            };
            // (And a claim saying the opposite of what is denied: "denied any ward had closed"
            // and "the ward had been fully open".)
            let agrees = !framed
                && (po.negated.keys().any(|k| pd.keys.contains_key(k))
                    || opposes_shared()
                    || antonym_pair(pd, po, index).is_some());
            if !agrees && answers(pd, other) {
                let verb = d.cue.as_ref().map_or("denies", |c| c.text.as_str());
                let reason = format!(
                    "{} {} {}; shared: {}",
                    d.speaker.name,
                    verb,
                    quote_snippet(pd, 6),
                    shared_words(topic, a, b)
                );
                found.push(Finding {
                    kind: ConflictKind::Denial,
                    confidence: 0.7 + boost,
                    reason,
                });
            }
        }
    }
}

/// "rejected a request to open the contract file", "turned down the offer": what is rejected
/// is an act asked for, not a statement another source made.
fn rejects_a_request(pd: &Profile) -> bool {
    pd.words
        .iter()
        .take(3)
        .any(|w| lexicon::REQUEST_NOUNS.contains(&w.lower))
}

/// Whether a denial (its profile `pd`) may answer `other`: a denial that says whose words it
/// answers ("rebutted the Harbour Board's accusation that …", "Vales’ accusations") answers that
/// source, not whoever else shares its words.
pub(super) fn answers(pd: &Profile, other: &Claim) -> bool {
    // ("Vales’ accusations": a name in "s" may take the apostrophe alone.)
    let whose = pd.words.iter().take(3).find_map(|w| {
        let name = w
            .surface
            .strip_suffix("'s")
            .or_else(|| w.surface.strip_suffix("’s"))
            .or_else(|| {
                let after = &pd.text[w.at + w.surface.len()..];
                (w.surface.ends_with('s') && after.starts_with(['\'', '’'])).then_some(w.surface)
            })?;
        (w.capitalized && name.chars().count() >= 2).then_some(name)
    });
    whose.is_none_or(|name| {
        let speaker = &other.speaker;
        speaker.name.contains(name)
            || speaker
                .affiliation
                .as_deref()
                .is_some_and(|a| a.contains(name))
    })
}
