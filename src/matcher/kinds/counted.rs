//! What a count is of when the claims say it in other words: the people at one gathering
//! ("60,000 people joined the march", "police put the crowd at 12,000"), the dead of one
//! event ("1,340 people had been confirmed dead", "counted 2,000 bodies"), its injured. Each
//! class is a word list; a count is of a class when its noun, the noun it is put "at" or
//! "of", or what is said of the people it counts is in the list.

use crate::lexicon::{self, WordList};
use crate::matcher::profile::Profile;
use crate::matcher::words::Quantity;

/// The classes of count, each with its words.
pub(in crate::matcher) const CLASSES: [(Class, &WordList); 3] = [
    (Class::Crowd, &lexicon::CROWD_WORDS),
    (Class::Dead, &lexicon::TOLL_WORDS),
    (Class::Injured, &lexicon::INJURY_WORDS),
];

/// What a count is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::matcher) enum Class {
    Crowd,
    Dead,
    Injured,
}

impl Class {
    /// The class's name in a reason.
    pub(in crate::matcher) fn name(self) -> &'static str {
        match self {
            Class::Crowd => "the crowd",
            Class::Dead => "the dead",
            Class::Injured => "the injured",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// The counts of a claim that are of one class's words, each with the place of the word that
/// says so: a figure after a class noun and
/// "at" or "of" ("the crowd at 12,000", "a death toll of 45"), one that counts a class noun
/// ("12,000 protesters", "2,000 bodies"), or a count of people said to be so, past the
/// auxiliaries and a word of standing ("60,000 people joined", "1,340 people had been
/// confirmed dead", "some 5,000 marched").
pub(in crate::matcher) fn counts_of<'q>(
    p: &'q Profile<'_>,
    class: &'q WordList,
) -> impl Iterator<Item = (&'q Quantity, usize)> + 'q {
    let of_class = move |k: usize| {
        p.words
            .get(k)
            .is_some_and(|w| class.contains(w.lower.as_ref()))
    };
    p.quantities.iter().filter_map(move |q| {
        if !q.unit.is_empty() || q.relative {
            return None;
        }
        // Back over "about", "more than" to "at" or "of" and the noun before it.
        let mut k = q.at;
        while k > 1
            && (lexicon::APPROXIMATORS.contains(p.words[k - 1].lower.as_ref())
                || lexicon::BOUND_WORDS.contains(p.words[k - 1].lower.as_ref()))
            && !(of_class(k - 2) && matches!(p.words[k - 1].lower.as_ref(), "at" | "of"))
        {
            k -= 1;
        }
        let named =
            k >= 2 && matches!(p.words[k - 1].lower.as_ref(), "at" | "of") && of_class(k - 2);
        // The figure's own noun, or what is said of it or of "people" after it.
        let mut after = q.noun_at.map_or(q.at + 1, |n| {
            if lexicon::GENERIC_NOUNS.contains(p.words[n].lower.as_ref()) {
                n + 1
            } else {
                n
            }
        });
        if q.noun_at.is_none_or(|n| n < after) {
            while p.words.get(after).is_some_and(|w| {
                let w = w.lower.as_ref();
                lexicon::HAVE_BE.contains(w)
                    || matches!(w, "been" | "being" | "be")
                    || lexicon::STATUS_WORDS.contains(w)
            }) {
                after += 1;
            }
        }
        if named {
            Some((q, k - 2))
        } else {
            of_class(after).then_some((q, after))
        }
    })
}

/// The classes a claim counts, one bit each.
pub(in crate::matcher) fn classes_counted(p: &Profile) -> u8 {
    CLASSES
        .iter()
        .filter(|(_, words)| counts_of(p, words).next().is_some())
        .fold(0, |bits, (class, _)| bits | class.bit())
}
