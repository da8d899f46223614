//! Counts of one class in other words: the people at one gathering ("60,000 people joined
//! the march" against "police put the crowd at 12,000"), the dead of one event ("1,340 people
//! had been confirmed dead" against "counted well over 2,000 bodies"), its injured. The
//! figure rule needs a shared word for what is counted; here the words around each figure
//! say what it counts ([`super::counted`]).

use super::counted::{
    ANAPHORIC, CLASSES, Class, anaphoric_counts, counts_of, none_counted, people_counted,
};
use super::figures::{different_deeds, differs, same_scope};
use super::wording::{clause_break, phrase};
use super::{ConflictRule, Finding, Pair, gives_its_figures};
use crate::lexicon;
use crate::matcher::profile::Profile;
use crate::matcher::words::Quantity;
use crate::model::ConflictKind;

/// How many lines after the count it points back at "the number" may stand.
const REACH_LINES: usize = 4;

/// Two different counts of one class, when no rule before found anything.
pub(super) struct CountsInOtherWords;

impl ConflictRule for CountsInOtherWords {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        if !found.is_empty() || !gives_its_figures(pair.ca) || !gives_its_figures(pair.cb) {
            return;
        }
        let (a, b) = (pair.a, pair.b);
        for (class, words) in CLASSES {
            if a.counted & b.counted & class.bit() == 0 {
                continue;
            }
            for (qa, wa) in counts_of(a, words) {
                for (qb, wb) in counts_of(b, words) {
                    // "85,000 marched" and "a group of about 30 threw bottles": not one crowd.
                    let (x, y) = (qa.value.min(qb.value), qa.value.max(qb.value));
                    // (Two deeds of the class are one: "had been evacuated" and "had fled".)
                    let deeds_of_class = said_of(qa, wa) && said_of(qb, wb);
                    if y > 20.0 * x
                        || !differs(qa, qb)
                        || (different_deeds(qa, qb, a, b) && !deeds_of_class)
                    {
                        continue;
                    }
                    // "14 soldiers were killed" and "three civilians were killed": other dead.
                    if let (Some(x), Some(y)) = (people_counted(a, qa), people_counted(b, qb))
                        && x != y
                    {
                        continue;
                    }
                    // A toll of another time, place or holder is of another event.
                    if class != Class::Crowd && !same_scope(qa, qb, a, b) {
                        continue;
                    }
                    found.push(Finding {
                        kind: ConflictKind::Numeric,
                        confidence: 0.6,
                        reason: format!(
                            "\"{}\" vs \"{}\": {}, {} vs {}",
                            count_phrase(a, qa, wa),
                            count_phrase(b, qb, wb),
                            class.name(),
                            qa.surface,
                            qb.surface
                        ),
                    });
                    return;
                }
            }
        }
        // "No one had been hurt" against "eleven guards had been killed": none of the dead or
        // injured against a count of them (none hurt is none dead too; none dead says
        // nothing of the injured).
        if pair.topic.weight >= 2.0 {
            for (pn, po) in [(a, b), (b, a)] {
                for (class, words) in CLASSES {
                    let denied = match class {
                        Class::Crowd | Class::Displaced => None,
                        Class::Dead => none_counted(pn, words)
                            .or_else(|| none_counted(pn, &lexicon::INJURY_WORDS)),
                        Class::Injured => none_counted(pn, words),
                    };
                    let Some(at) = denied else { continue };
                    let Some((q, w)) = counts_of(po, words).find(|(q, _)| q.value >= 1.0) else {
                        continue;
                    };
                    found.push(Finding {
                        kind: ConflictKind::Numeric,
                        confidence: 0.6,
                        reason: format!(
                            "\"{}\" vs \"{}\": {}, none vs {}",
                            phrase(pn.text, &pn.words, at, (at + 5).min(pn.words.len())),
                            count_phrase(po, q, w),
                            class.name(),
                            q.surface
                        ),
                    });
                    return;
                }
            }
        }
        // "The UN agency put the number at nearly 20,000" against "5,000 refugees had crossed":
        // "the number" is of what the other side counted, said close before it.
        for (anaphoric, other, pn, po) in [(pair.ca, pair.cb, a, b), (pair.cb, pair.ca, b, a)] {
            if pn.counted & ANAPHORIC == 0
                || anaphoric.content.line < other.content.line
                || anaphoric.content.line > other.content.line + REACH_LINES
            {
                continue;
            }
            for (qn, wn) in anaphoric_counts(pn) {
                let Some(qo) = po.quantities.iter().find(|qo| {
                    let (x, y) = (qn.value.min(qo.value), qn.value.max(qo.value));
                    qo.unit == qn.unit
                        && !qo.relative
                        && y <= 20.0 * x
                        && differs(qn, qo)
                        && same_scope(qn, qo, pn, po)
                }) else {
                    continue;
                };
                let reason = format!(
                    "\"{}\" vs \"{}\": {}, {} vs {}",
                    count_phrase(po, qo, qo.noun_at.unwrap_or(qo.at)),
                    count_phrase(pn, qn, wn),
                    qo.noun_at.map_or("the count", |k| po.words[k].surface),
                    qo.surface,
                    qn.surface
                );
                found.push(Finding {
                    kind: ConflictKind::Numeric,
                    confidence: 0.6,
                    reason,
                });
                return;
            }
        }
    }

    fn reads_other_words(&self) -> bool {
        true
    }
}

/// The words from a count to the word that says what it counts ("1,340 people had been
/// confirmed dead", "the crowd at 12,000"), with up to two words before, in their clause.
fn count_phrase(p: &Profile, q: &Quantity, class_at: usize) -> String {
    let (lo, hi) = (q.at.min(class_at), q.at.max(class_at));
    let mut from = lo;
    while from > 0 && lo - from < 2 && !clause_break(p.text, &p.words, from - 1) {
        from -= 1;
    }
    let function = |w: &str| {
        lexicon::STOPWORDS.contains(w)
            && !lexicon::BOUND_WORDS.contains(w)
            && !lexicon::APPROXIMATORS.contains(w)
    };
    // ("well over 500", "just under 300": a bound's own adverb stays.)
    while from < lo
        && function(p.words[from].lower.as_ref())
        && !(lexicon::BOUND_WORDS.contains(p.words[from + 1].lower.as_ref())
            || lexicon::APPROXIMATORS.contains(p.words[from + 1].lower.as_ref()))
    {
        from += 1;
    }
    phrase(p.text, &p.words, from, hi + 1)
}

/// Whether the class word at `w` is said of the people a count names, after them: "1,200
/// people had been evacuated", not "the crowd at 12,000".
fn said_of(q: &Quantity, w: usize) -> bool {
    w > q.noun_at.unwrap_or(q.at)
}
