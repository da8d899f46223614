//! Antonyms: opposite predicates on a shared topic ("rose" against "fell", "legal" against
//! "illegal", "above the threshold" against "below it").

use super::context::{conditional, modal_near, near_keys};
use super::wording::{clause_break, window_through};
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::keys::Key;
use crate::matcher::profile::{Profile, is_topic_word, passes_negation_on, phrasal_change};
use crate::matcher::topic::shared_words;
use crate::matcher::vectors;
use crate::matcher::words::{StemIndex, number_word, parse_number};
use crate::model::{ConflictKind, Stance};

/// Opposite words on one topic.
pub(super) struct Antonym;

impl ConflictRule for Antonym {
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
        // "the board denied any ward had closed" and "the ward had been fully open": an
        // opposite of what one side denies is what it says too.
        if (ca.stance == Stance::Deny) != (cb.stance == Stance::Deny) {
            return;
        }
        // (The shared topic first: it is the cheap test.)
        if topic.weight >= 1.0
            && topic.common > 0.0
            && let Some((ia, ib)) = antonym_pair(a, b, index)
                .or_else(|| threshold_pair(a, b))
                .or_else(|| {
                    comparison_pair(a, b).or_else(|| comparison_pair(b, a).map(|(x, y)| (y, x)))
                })
        {
            let reason = format!(
                "\"{}\" vs \"{}\": {} / {} are opposites; shared: {}",
                window_through(a.text, &a.words, ia, a.end_of(ia), 2),
                window_through(b.text, &b.words, ib, b.end_of(ib), 2),
                predicate(a, ia),
                predicate(b, ib),
                shared_words(topic, a, b)
            );
            found.push(Finding {
                kind: ConflictKind::Antonym,
                confidence: 0.6 + boost,
                reason,
            });
        }
    }
}

/// The word that says the change, with its particle: "fell", "push up", "pulled out".
pub(super) fn predicate(p: &Profile, i: usize) -> String {
    let ws = &p.words;
    match phrasal_change(ws, i) {
        Some(_) => format!("{} {}", ws[i].lower, ws[i + 1].lower),
        // ("less safe": the comparison with its adjective; "pay less": with its verb.)
        None if matches!(ws[i].lower.as_ref(), "less" | "more")
            && i + 1 < ws.len()
            && (vectors::may_be_adjective(&ws[i + 1].lower)
                || vectors::may_be_noun(&ws[i + 1].lower)) =>
        {
            format!("{} {}", ws[i].lower, ws[i + 1].lower)
        }
        None if matches!(ws[i].lower.as_ref(), "less" | "more") && i > 0 => {
            format!("{} {}", ws[i - 1].lower, ws[i].lower)
        }
        None if p.end_of(i) > i + 1 => p.said_at(i).to_lowercase(),
        None => ws[i].lower.to_string(),
    }
}

/// "the city is less safe than it was" and "the city is safer today": one adjective,
/// compared one way by `less` and the other by `more` (or its "-er" form), of one thing (a
/// word shared within six words before each). The places of "less" and of the other
/// comparison.
pub(super) fn comparison_pair(less: &Profile, more: &Profile) -> Option<(usize, usize)> {
    let from = less.first_less? + 1;
    // ("less revenue" and "more revenue": an amount of one thing, compared the same two ways.)
    let lessened = (from..less.words.len()).filter(|&i| {
        less.words[i - 1].lower == "less"
            && (vectors::may_be_adjective(&less.words[i].lower)
                || vectors::may_be_noun(&less.words[i].lower))
    });
    for i in lessened {
        let adjective = less.words[i].lower.as_ref();
        let graded = vectors::may_be_adjective(adjective);
        let Some(j) = (0..more.words.len()).find(|&j| {
            let w = more.words[j].lower.as_ref();
            (j > 0 && more.words[j - 1].lower == "more" && w == adjective)
                || (graded && comparative_base(w).is_some_and(|base| base == adjective))
        }) else {
            continue;
        };
        // The word that says "more": "more" itself, or the comparative.
        let jm = if more.words[j].lower == adjective {
            j - 1
        } else {
            j
        };
        let negated = |p: &Profile, k: usize| {
            p.words[k.saturating_sub(3)..k]
                .iter()
                .any(|w| lexicon::matcher().is_negation(&w.lower))
        };
        let own = |p: &Profile, k: usize| p.keys.iter().find(|(_, at)| **at == k).map(|(x, _)| *x);
        let (adj_a, adj_b) = (own(less, i), own(more, j));
        // (Shared before the comparison: its subject, "the ferries are less crowded this
        // summer" and "the docks are more crowded this summer" compare two things.)
        let before = |p: &Profile, k: usize| -> Vec<Key> {
            p.keys
                .iter()
                .filter(|(_, at)| **at < k && k - **at <= 6)
                .map(|(key, _)| *key)
                .collect()
        };
        let theirs = before(more, jm);
        let same_subject = before(less, i - 1)
            .into_iter()
            .any(|k| Some(k) != adj_a && Some(k) != adj_b && theirs.contains(&k));
        if same_subject
            && !negated(less, i - 1)
            && !negated(more, jm)
            && !conditional(less, i)
            && !conditional(more, j)
        {
            return Some((i - 1, jm));
        }
    }
    verb_compared(less, more, from - 1)
}

/// "customers would pay less" and "customers would end up paying more": one verb, done
/// less by one side and more by the other, of one subject (a word shared within 16 words
/// before each). Not a bound of a figure: "pay less than $5". The places of "less" and
/// "more".
fn verb_compared(less: &Profile, more: &Profile, i: usize) -> Option<(usize, usize)> {
    let own = |p: &Profile, k: usize| p.keys.iter().find(|(_, at)| **at == k).map(|(x, _)| *x);
    // ("pay more money" compares an amount, which the comparison of nouns reads.)
    let bound = |p: &Profile, k: usize| {
        !super::wording::clause_break(p.text, &p.words, k)
            && p.words.get(k + 1).is_some_and(|w| {
                w.lower == "than" || (!w.capitalized && vectors::may_be_noun(&w.lower))
            })
    };
    if i == 0 || bound(less, i) {
        return None;
    }
    let verb = own(less, i - 1)?;
    let j = (1..more.words.len()).find(|&j| {
        more.words[j].lower == "more" && !bound(more, j) && own(more, j - 1) == Some(verb)
    })?;
    let before = |p: &Profile, k: usize| -> Vec<Key> {
        p.keys
            .iter()
            .filter(|(key, at)| **at < k && k - **at <= 16 && **key != verb)
            .map(|(key, _)| *key)
            .collect()
    };
    let theirs = before(more, j - 1);
    let negated = |p: &Profile, k: usize| {
        p.words[k.saturating_sub(4)..k]
            .iter()
            .any(|w| lexicon::matcher().is_negation(&w.lower))
    };
    (before(less, i - 1).iter().any(|k| theirs.contains(k))
        && !negated(less, i - 1)
        && !negated(more, j - 1)
        && !conditional(less, i)
        && !conditional(more, j))
    .then_some((i, j))
}

/// The adjective a comparative in "-er" grades ("safer": safe, "busier": busy, "bigger":
/// big), when the word is no noun ("number", "order", "water" are).
fn comparative_base(w: &str) -> Option<String> {
    let stem = w.strip_suffix("er").filter(|s| s.len() >= 2)?;
    if vectors::may_be_noun(w) {
        return None;
    }
    let b = stem.as_bytes();
    let undoubled = b.len() > 2 && b[b.len() - 1] == b[b.len() - 2];
    [
        Some(stem.to_string()),
        Some(format!("{stem}e")),
        undoubled.then(|| stem[..stem.len() - 1].to_string()),
        stem.strip_suffix('i').map(|s| format!("{s}y")),
    ]
    .into_iter()
    .flatten()
    .find(|base| vectors::may_be_adjective(base))
}

/// "above the legal limit" and "within the legal limit": a level on either side of one mark.
fn threshold_pair(a: &Profile, b: &Profile) -> Option<(usize, usize)> {
    a.marks.iter().find_map(|(ha, ia, ka)| {
        b.marks
            .iter()
            .find(|(hb, _, kb)| ha != hb && ka == kb)
            .map(|(_, ib, _)| (*ia, *ib))
    })
}

pub(super) fn antonym_pair(a: &Profile, b: &Profile, index: &StemIndex) -> Option<(usize, usize)> {
    // "left out", "cut off": a verb with a particle says something else than the verb alone.
    // (Unless the verb and its particle are a phrase of a synonym group, "pulled out", which
    // opposes what the group does.)
    let phrasal = |p: &Profile, i: usize| {
        p.end_of(i) == i + 1
            && p.words
                .get(i + 1)
                .is_some_and(|w| matches!(w.lower.as_ref(), "out" | "off" | "behind" | "aside"))
    };
    for (sa, ia) in &a.opposable {
        for (sb, ib) in &b.opposable {
            if index.are_antonyms(*sa, *sb) && !phrasal(a, *ia) && !phrasal(b, *ib) {
                // An antonym under negation on one side agrees rather than opposes.
                // (Any negation within the three words before it: "does not dispute a single
                // finding" agrees with "the report confirmed".)
                // (Or a negation passed on by a verb of belief: "I won't pretend this budget
                // is bad" agrees with "this budget is good".)
                let negated = |p: &Profile, i: usize| {
                    p.negation.is_some_and(|n| {
                        n < i && (i - n <= 3 || i - n <= 8 && passes_negation_on(&p.words, n))
                    }) || p.words[i.saturating_sub(3)..i]
                        .iter()
                        .any(|w| lexicon::matcher().is_negation(&w.lower))
                };
                let (na, nb) = (negated(a, *ia), negated(b, *ib));
                // The opposite predicates must be said of the same thing: a key shared
                // within six words of each ("wages fell" and "wages rose").
                // (Or the head of a long subject: "average waiting times in the emergency
                // department at the city's infirmary fell".)
                let around = |p: &Profile, i: usize| {
                    near_keys(p, i)
                        .chain(subject_head_keys(p, i))
                        .collect::<Vec<_>>()
                };
                let same_subject = near_keys(a, *ia).any(|k| around(b, *ib).contains(&k))
                    || subject_head_keys(a, *ia).any(|k| around(b, *ib).contains(&k));
                // ("12,000 legal immigrants" and "40,000 illegal immigrants": opposite words
                // between a count and its noun count two kinds of it.)
                let counted = |p: &Profile, i: usize| {
                    i > 0 && {
                        let w = p.words[i - 1].lower.as_ref();
                        w.starts_with(|c: char| c.is_ascii_digit()) || number_word(w).is_some()
                    }
                };
                let same_subject = same_subject
                    && !objects_differ(a, *ia, b, *ib)
                    && !(counted(a, *ia) && counted(b, *ib));
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
                // "on unpaid leave" names a thing; "I will remain here" says a deed: the
                // opposites of verbs ("leave", "remain") hold only as verbs on both sides.
                let cross_pos = !vectors::may_be_adjective(&a.words[*ia].lower)
                    && !vectors::may_be_adjective(&b.words[*ib].lower)
                    && nominal(a, *ia) != nominal(b, *ib);
                // "we let that slip", "let it drop": what someone lets happen is no change
                // reported.
                let let_go = |p: &Profile, i: usize| {
                    p.words[i.saturating_sub(3)..i]
                        .iter()
                        .any(|w| w.lower == "let")
                };
                // "something has to be big for his popularity to drop": a deed of "for …
                // to" is one weighed, not one that happened ("decided to close" is decided).
                let infinitive = |p: &Profile, i: usize| {
                    i > 1
                        && p.words[i - 1].lower == "to"
                        && vectors::may_be_verb(&p.words[i].lower)
                        && p.words[i.saturating_sub(6)..i - 1]
                            .iter()
                            .any(|w| w.lower == "for")
                };
                if na == nb
                    && wished(a, *ia) == wished(b, *ib)
                    && !compound_modifier(a, *ia)
                    && !compound_modifier(b, *ib)
                    && !let_go(a, *ia)
                    && !let_go(b, *ib)
                    && !infinitive(a, *ia)
                    && !infinitive(b, *ib)
                    && !cross_pos
                    && same_subject
                    && !both_say(b, *sa)
                    && !both_say(a, *sb)
                    && !conditional(a, *ia)
                    && !conditional(b, *ib)
                    && !modal_near(a, *ia)
                    && !modal_near(b, *ib)
                    && !generic_you(a, *ia)
                    && !generic_you(b, *ib)
                    && !when_clause(a, *ia)
                    && !when_clause(b, *ib)
                    && future(a, *ia) == future(b, *ib)
                {
                    return Some((*ia, *ib));
                }
            }
        }
    }
    None
}

/// Whether the word at `i` is in a clause of time set off after a comma ("prices had risen
/// since June, when the ban was imposed"): what happened then is the time of the claim, not
/// what it says is so now ("the ban had been lifted").
fn when_clause(p: &Profile, i: usize) -> bool {
    (i.saturating_sub(5)..i)
        .rev()
        .take_while(|&k| k + 1 == i || !clause_break(p.text, &p.words, k))
        .any(|k| {
            p.words[k].lower == "when"
                && k > 0
                && p.text[p.words[k - 1].at..p.words[k].at].contains(',')
        })
}

/// Whether the word at `i` is what someone wants or asks for ("wanted the crossing reopened",
/// "urged the council to cut fares"): a wish for a state is no report that it holds, and says
/// rather that its opposite does ("the crossing has been shut").
fn wished(p: &Profile, i: usize) -> bool {
    (i.saturating_sub(4)..i)
        .take_while(|&k| !clause_break(p.text, &p.words, k))
        .any(|k| {
            matches!(
                p.words[k].lower.as_ref(),
                "want"
                    | "wants"
                    | "wanted"
                    | "wish"
                    | "wishes"
                    | "wished"
                    | "hope"
                    | "hopes"
                    | "hoped"
                    | "urge"
                    | "urges"
                    | "urged"
                    | "demand"
                    | "demands"
                    | "demanded"
                    | "seek"
                    | "seeks"
                    | "sought"
            )
        })
}

/// The keys of the subject a verb at `i` ends, when the subject opens its clause and runs on
/// through prepositional phrases ("average waiting times in the emergency department at the
/// city's infirmary fell"): the words before the first preposition. None for a verb six words
/// or fewer from its clause's start, whose subject [`near_keys`] already holds, or one with
/// another verb or a comma between.
fn subject_head_keys<'p>(p: &'p Profile<'_>, i: usize) -> impl Iterator<Item = Key> + 'p {
    let start = (0..i)
        .rev()
        .find(|&k| clause_break(p.text, &p.words, k))
        .map_or(0, |k| k + 1);
    // (The verb's own auxiliaries and a linking verb before it are no second verb: "will
    // remain open", "had been cut"; nor are the words that grade an adjective and the verbs
    // of becoming: "are getting more dangerous".)
    let mut verb_start = i;
    while verb_start > start + 1 && {
        let w = p.words[verb_start - 1].lower.as_ref();
        lexicon::AUXILIARIES.contains(w)
            || lexicon::COPULAS.contains(w)
            || matches!(
                w,
                "remain"
                    | "remains"
                    | "remained"
                    | "stay"
                    | "stays"
                    | "stayed"
                    | "more"
                    | "less"
                    | "getting"
                    | "becoming"
                    | "growing"
            )
    } {
        verb_start -= 1;
    }
    let preposition = (start + 1..i)
        .find(|&k| {
            let w = p.words[k].lower.as_ref();
            lexicon::NP_PREPOSITIONS.contains(w)
                || matches!(
                    w,
                    "on" | "between"
                        | "across"
                        | "along"
                        | "over"
                        | "under"
                        | "around"
                        | "within"
                        | "among"
                        | "with"
                        | "against"
                        | "about"
                )
        })
        .filter(|&j| {
            let plain = |k: usize| {
                let w = &p.words[k];
                let between = &p.text[p.words[k - 1].at + p.words[k - 1].surface.len()..w.at];
                !between.contains(',')
                    && !lexicon::AUXILIARIES.contains(w.lower.as_ref())
                    && (w.capitalized || !w.lower.ends_with("ed"))
                    && !matches!(w.lower.as_ref(), "that" | "which" | "who")
            };
            i - start > 6 && (start + 1..verb_start).all(plain) && j > start && j < verb_start
        });
    p.keys
        .iter()
        .filter(move |(_, k)| preposition.is_some_and(|j| **k >= start && **k < j))
        .map(|(key, _)| *key)
}

/// "cutting the harbour fee rate" and "raising the harbour fee income": opposite verbs on two
/// things (a rate, an income) that share words before their heads. Each verb's object is the
/// run of topic words after its determiners (and a year: "the 2019 plan"); their last words
/// must be one thing.
fn objects_differ(a: &Profile, ia: usize, b: &Profile, ib: usize) -> bool {
    let lex = lexicon::matcher();
    let key_at = |p: &Profile, at: usize| p.keys.0.iter().find(|(_, i)| *i == at).map(|(k, _)| *k);
    let object = |p: &Profile, i: usize| {
        let mut j = i + 1;
        // ("all new permits", "every new fee": a quantifier opens the object too.)
        while j < p.words.len() && {
            let w = p.words[j].lower.as_ref();
            lexicon::DETERMINERS.contains(w)
                || matches!(
                    w,
                    "all" | "any" | "every" | "each" | "some" | "both" | "my" | "your"
                )
                || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                // ("passed at least 30 laws", "closed a dozen of its shops": a count of the
                // object opens it too.)
                || w.bytes().all(|b| b.is_ascii_digit() || b == b',')
                || number_word(w).is_some()
                || (w == "of" && j > i + 1 && number_word(&p.words[j - 1].lower).is_some())
                || matches!(w, "at" | "least" | "most" | "about" | "nearly" | "almost")
        } {
            j += 1;
        }
        let run = p.words[j..]
            .iter()
            .take(4)
            .take_while(|w| is_topic_word(w, lex))
            .count();
        (run > 0).then(|| j + run - 1)
    };
    // "close a dozen stores" and "opened four new stores": objects counted differently are
    // different things, whatever their noun.
    // (A count before "of" is none of the claim's figures: "a dozen of its stores".)
    let count = |p: &Profile, i: usize| {
        p.words
            .iter()
            .skip(i + 1)
            .take(3)
            .find_map(|w| number_word(&w.lower).or_else(|| parse_number(w.surface)))
    };
    if let (Some(x), Some(y)) = (count(a, ia), count(b, ib))
        && x != y
    {
        return true;
    }
    match (object(a, ia), object(b, ib)) {
        (Some(x), Some(y)) => matches!((key_at(a, x), key_at(b, y)), (Some(x), Some(y)) if x != y),
        _ => false,
    }
}

/// Whether the word at `i` is used as a noun: after a determiner, an adjective WordNet knows
/// only as one ("unpaid leave") or "on" ("on leave").
fn nominal(p: &Profile, i: usize) -> bool {
    i > 0 && {
        let prev = p.words[i - 1].lower.as_ref();
        lexicon::DETERMINERS.contains(prev)
            || vectors::is_only_adjective(prev)
            || prev == "on"
            // ("a clear defeat": an adjective that may be a verb too, after a determiner.)
            || i > 1
                && vectors::may_be_adjective(prev)
                && lexicon::DETERMINERS.contains(p.words[i - 2].lower.as_ref())
    }
}

/// Whether the word at `i` is a noun that names the kind of the noun after it ("a peace
/// deal", "war crimes"): a part of a thing's name, no state opposed to "the conflict".
fn compound_modifier(p: &Profile, i: usize) -> bool {
    let (w, Some(next)) = (&p.words[i], p.words.get(i + 1)) else {
        return false;
    };
    p.glued(i)
        && !w.capitalized
        && vectors::may_be_noun(&w.lower)
        && !vectors::may_be_adjective(&w.lower)
        && !vectors::may_be_verb(&w.lower)
        && vectors::may_be_noun(&next.lower)
        && !lexicon::STOPWORDS.contains(next.lower.as_ref())
}

/// "Whenever you try to cut fares, …", "it won't make you any richer": said of a generic
/// "you" two or three words before it, a word states a rule of thumb, not a deed or a trait
/// of anyone the other side speaks of. ("You cut our pay", "you" right before it, is said to
/// someone.)
fn generic_you(p: &Profile, i: usize) -> bool {
    p.words[i.saturating_sub(3)..i.saturating_sub(1)]
        .iter()
        .any(|w| w.lower == "you")
}
