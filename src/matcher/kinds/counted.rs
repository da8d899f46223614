//! What a count is of when the claims say it in other words: the people at one gathering
//! ("60,000 people joined the march", "police put the crowd at 12,000"), the dead of one
//! event ("1,340 people had been confirmed dead", "counted 2,000 bodies"), its injured, those
//! who left their homes ("1,200 people had been evacuated", "5,000 residents fled"). Each
//! class is a word list; a count is of a class when its noun, the noun it is put "at" or
//! "of", or what is said of the people it counts is in the list.

use crate::lexicon::{self, WordList};
use crate::matcher::profile::Profile;
use crate::matcher::words::Quantity;

/// The classes of count, each with its words.
pub(in crate::matcher) const CLASSES: [(Class, &WordList); 4] = [
    (Class::Crowd, &lexicon::CROWD_WORDS),
    (Class::Dead, &lexicon::TOLL_WORDS),
    (Class::Injured, &lexicon::INJURY_WORDS),
    (Class::Displaced, &lexicon::DISPLACED_WORDS),
];

/// What a count is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::matcher) enum Class {
    Crowd,
    Dead,
    Injured,
    Displaced,
}

impl Class {
    /// The class's name in a reason.
    pub(in crate::matcher) fn name(self) -> &'static str {
        match self {
            Class::Crowd => "the crowd",
            Class::Dead => "the dead",
            Class::Injured => "the injured",
            Class::Displaced => "those who left their homes",
        }
    }

    pub(in crate::matcher) fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// The counts of a claim that are of one class's words, each with the place of the word that
/// says so: a figure after a class noun and "at" or "of" ("the crowd at 12,000", "a death
/// toll of 45"), a bare one after a class verb ("drew 40,000", "killed 30"), one that counts
/// a class noun ("12,000 protesters", "2,000 bodies"), or a count of people said to be so,
/// past the auxiliaries and a word of standing ("60,000 people joined", "1,340 people had
/// been confirmed dead", "some 5,000 marched").
/// The people a count names, by key, when it names a kind of them ("14 enemy soldiers",
/// "three civilians"); `None` for no noun or a noun of anyone ("people", "residents").
pub(in crate::matcher) fn people_counted(p: &Profile, q: &Quantity) -> Option<String> {
    let n = q.noun_at?;
    let j = (n..(n + 2).min(p.words.len())).find(|&j| people(&p.words[j].lower))?;
    let w = p.words[j].lower.as_ref();
    (!lexicon::GENERIC_NOUNS.contains(w)).then(|| {
        crate::matcher::words::key_of(w, lexicon::matcher(), crate::matcher::words::stem_index())
    })
}

/// Where a claim says that none of a class was counted: "no one had been hurt", "nobody
/// was killed", "no soldiers died": the index of "no", "nobody" or "none".
pub(in crate::matcher) fn none_counted(p: &Profile, class: &WordList) -> Option<usize> {
    let ws = &p.words;
    (p.first_no?..ws.len()).find(|&k| {
        let w = ws[k].lower.as_ref();
        // (Every word of a claim is asked, for each class: its first letter passes over most.)
        if !w.starts_with('n') {
            return false;
        }
        let subject_end = match w {
            "nobody" | "none" => k + 1,
            "no" if ws.get(k + 1).is_some_and(|w| w.lower == "one") => k + 2,
            "no" if ws.get(k + 1).is_some_and(|w| people(&w.lower)) => k + 2,
            _ => return false,
        };
        let mut j = subject_end;
        while ws.get(j).is_some_and(|w| {
            let x = w.lower.as_ref();
            lexicon::HAVE_BE.contains(x) || matches!(x, "been" | "be")
        }) {
            j += 1;
        }
        ws.get(j).is_some_and(|w| class.contains(w.lower.as_ref()))
    })
}

/// Whether a noun names people: "soldiers", "guards", "residents".
fn people(w: &str) -> bool {
    lexicon::names_a_person(w) || lexicon::GENERIC_NOUNS.contains(w)
}

pub(in crate::matcher) fn counts_of<'q>(
    p: &'q Profile<'_>,
    class: &'q WordList,
) -> impl Iterator<Item = (&'q Quantity, usize)> + 'q {
    let of_class = move |k: usize| class_words_end(p, class, k).is_some();
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
        // A bare figure right after a verb of the class: "the march drew about 40,000", "the
        // blast killed 30".
        // (Or one of people: "the fire killed at least 14 people".)
        if k >= 1 && of_class(k - 1) && q.noun_at.is_none_or(|n| people(&p.words[n].lower)) {
            return Some((q, k - 1));
        }
        // The figure's own noun, or what is said of it or of "people" after it.
        let mut after = q.noun_at.map_or(q.at + 1, |n| {
            if lexicon::GENERIC_NOUNS.contains(p.words[n].lower.as_ref()) {
                n + 1
            } else {
                n
            }
        });
        // ("14 enemy soldiers were killed", "eleven guards at the depot had died": past the
        // people counted, and where they were, to what is said of them.)
        if let Some(n) = q.noun_at.filter(|&n| n == after) {
            let mut j = n;
            while j < n + 2
                && p.words.get(j).is_some_and(|w| {
                    let x = w.lower.as_ref();
                    !people(x)
                        && !class.contains(x)
                        && !lexicon::STOPWORDS.contains(x)
                        && !lexicon::HAVE_BE.contains(x)
                })
            {
                j += 1;
            }
            if p.words.get(j).is_some_and(|w| people(&w.lower)) {
                after = j + 1;
                // ("guards at the depot had been killed": past where they were.)
                if p.words.get(after).is_some_and(|w| {
                    matches!(w.lower.as_ref(), "at" | "in" | "on" | "from" | "near")
                }) && let Some(v) = (after + 1..(after + 5).min(p.words.len()))
                    .find(|&v| lexicon::HAVE_BE.contains(p.words[v].lower.as_ref()))
                {
                    after = v;
                }
            }
        }
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
            class_words_end(p, class, after).map(|end| (q, end))
        }
    })
}

/// Where the class's words starting at word `k` end: `k` for one word, the last for a verb
/// of two or three words as it stands in the text ("took part", "turned out", "lost their
/// lives").
fn class_words_end(p: &Profile, class: &WordList, k: usize) -> Option<usize> {
    let w = p.words.get(k)?;
    if class.contains(w.lower.as_ref()) {
        return Some(k);
    }
    (k + 1..k + 3).find(|&j| {
        p.words.get(j).is_some_and(|n| {
            p.text
                .get(w.at..n.at + n.surface.len())
                .is_some_and(|words| class.contains(words))
        })
    })
}

/// The classes a claim counts, one bit each, and two more: whether it gives a count that
/// names nothing but "the number" ([`ANAPHORIC`]), whether it gives a count at all
/// ([`ANY_COUNT`]).
pub(in crate::matcher) fn classes_counted(p: &Profile) -> u8 {
    let classes = CLASSES
        .iter()
        .filter(|(_, words)| {
            counts_of(p, words).next().is_some() || none_counted(p, words).is_some()
        })
        .fold(0, |bits, (class, _)| bits | class.bit());
    // "No one was hurt" says there are no dead either.
    let classes = if classes & Class::Injured.bit() != 0
        && none_counted(p, &lexicon::INJURY_WORDS).is_some()
    {
        classes | Class::Dead.bit()
    } else {
        classes
    };
    // (Two shares of an electorate that voted, said in other words, are one turnout.)
    let classes = if super::turnout::turnout_shares(p).next().is_some() {
        classes | TURNOUT
    } else {
        classes
    };
    // (Two spans of how long something went on may be one span in other words.)
    let classes = if super::figures::gives_duration(p) {
        classes | DURATION
    } else {
        classes
    };
    let anaphoric = if anaphoric_counts(p).next().is_some() {
        ANAPHORIC
    } else {
        0
    };
    let any = if p.quantities.iter().any(|q| !q.relative) {
        ANY_COUNT
    } else {
        0
    };
    classes | anaphoric | any
}

/// [`classes_counted`]'s bit for a span of how long something went on
/// ([`super::figures::gives_duration`]).
pub(in crate::matcher) const DURATION: u8 = 1 << 4;
/// [`classes_counted`]'s bit for a share that is turnout ([`super::turnout::turnout_shares`]).
pub(in crate::matcher) const TURNOUT: u8 = 1 << 5;
/// [`classes_counted`]'s bit for a count of "the number".
pub(in crate::matcher) const ANAPHORIC: u8 = 1 << 6;
/// [`classes_counted`]'s bit for any count.
pub(in crate::matcher) const ANY_COUNT: u8 = 1 << 7;

/// Whether two claims' [`classes_counted`] may give one count in other words: a class both
/// count, or "the number" on one side and any count on the other.
pub(in crate::matcher) fn may_count_alike(a: u8, b: u8) -> bool {
    let classes = !(ANAPHORIC | ANY_COUNT);
    (a & b & classes) != 0
        || (a & ANAPHORIC != 0 && b & ANY_COUNT != 0)
        || (b & ANAPHORIC != 0 && a & ANY_COUNT != 0)
}

/// The counts of a claim that name nothing but the count itself, put "at" a figure after a
/// determiner: "put the number at nearly 20,000", "estimated the total at 3,000": a count
/// of whatever the story counts, with the place of that noun.
pub(in crate::matcher) fn anaphoric_counts<'q>(
    p: &'q Profile<'_>,
) -> impl Iterator<Item = (&'q Quantity, usize)> + 'q {
    p.quantities.iter().filter_map(move |q| {
        if q.relative || q.noun_at.is_some() {
            return None;
        }
        let w = |i: usize| p.words[i].lower.as_ref();
        // Back over "nearly", "more than" to "at" after the noun ("at" is a bound word too).
        let mut k = q.at;
        while k > 1
            && (lexicon::APPROXIMATORS.contains(w(k - 1))
                || lexicon::BOUND_WORDS.contains(w(k - 1)))
            && !(w(k - 1) == "at" && lexicon::ANAPHORIC_COUNTS.contains(w(k - 2)))
        {
            k -= 1;
        }
        (k >= 3
            && w(k - 1) == "at"
            && lexicon::ANAPHORIC_COUNTS.contains(w(k - 2))
            && matches!(w(k - 3), "the" | "that" | "this" | "its" | "their"))
        .then(|| (q, k - 2))
    })
}
