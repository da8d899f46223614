//! What the matcher knows about one claim: its topic keys with the words they stand at, the
//! words a negation governs, its figures, its contrast marker, and its meaning as one vector.
//! Built once a claim; every rule reads it.

use super::keys::{Key, KeyMap, Keys, WordInfo};
use super::phrases::key_phrases;
use super::vectors;
use super::words::{Quantity, StemIndex, Word, each_folded_word, quantities, words};
use crate::document::Document;
use crate::lexicon::{self, MatcherLexicon};
use crate::model::Claim;

/// What the matcher keeps of one claim.
pub(in crate::matcher) struct Profile<'a> {
    /// The claim's content, which `words` were read from.
    pub(in crate::matcher) text: &'a str,
    pub(in crate::matcher) words: Vec<Word<'a>>,
    /// Topic keys with the index of their first word.
    pub(in crate::matcher) keys: KeyMap,
    /// Keys governed by a negation: the first content words after it.
    pub(in crate::matcher) negated: KeyMap,
    /// Index of the negation cue word, if any.
    pub(in crate::matcher) negation: Option<usize>,
    /// The verb a "no" subject denies, by word index ("no agreement had been signed").
    pub(in crate::matcher) denied_verb: Option<usize>,
    /// Stems that have an antonym, with their word index: the only words the antonym test
    /// needs to pair up, so it stays cheap.
    pub(in crate::matcher) opposable: Vec<(u32, usize)>,
    pub(in crate::matcher) quantities: Vec<Quantity>,
    /// Each figure with a unit as a key ("34 percent"): claims citing the same figure are
    /// compared even when they share no word.
    pub(in crate::matcher) figures: Vec<Key>,
    /// A contrast marker in the narration around the claim ("however", "but", "insists").
    pub(in crate::matcher) contrast: Option<Contrast>,
    /// The claim's topic words as one vector: what it is about, in any words.
    pub(in crate::matcher) meaning: [f32; vectors::DIMS],
    /// [`Profile::meaning`] in fixed point ([`vectors::quantized`]): the pair loop compares
    /// it with every claim near a negated one.
    pub(in crate::matcher) meaning_q: [i16; vectors::QUANTIZED],
    /// Each topic word's place among the word vectors ([`vectors::find`]).
    pub(in crate::matcher) places: Vec<Option<u32>>,
    /// Each word's topic key, if it is a topic word.
    pub(in crate::matcher) key_at: Vec<Option<Key>>,
    /// What the claim says there is none of ("no weapon"): [`NoneOf`].
    pub(in crate::matcher) none_of: Option<NoneOf>,
    /// The first "no", "none" or "nobody", where the test of a count of none starts to
    /// look: it is asked of every claim for each class, and most claims have none.
    pub(in crate::matcher) first_no: Option<usize>,
    /// Words setting a level against a mark ("above the limit"): [`threshold_marks`].
    pub(in crate::matcher) marks: Vec<(bool, usize, Key)>,
    /// What the claim's words name kinds of ("handgun": weapon, firearm), by place, sorted:
    /// read on first use ([`Profile::kinds`]), as few claims meet a claim that says there is
    /// none of something.
    kinds: std::cell::OnceCell<Vec<u32>>,
    /// What the claim's counts are of, one bit a class ([`super::kinds::classes_counted`]):
    /// read for every claim it is set against, so worked out once.
    pub(in crate::matcher) counted: u8,
    /// Whether the claim opens with a pronoun and a copula
    /// ([`super::kinds::pronoun_subject`]): read for every claim it is set against.
    pub(in crate::matcher) pronoun_subject: bool,
    /// The first "less" before a word ("less safe"), where the test of a comparison both
    /// ways starts to look: it is asked for every pair, and most claims have none.
    pub(in crate::matcher) first_less: Option<usize>,
    /// Whether a word is "separate" ([`super::topic::shared`] asks it of every shared word,
    /// and most claims have none).
    pub(in crate::matcher) has_separate: bool,
    /// Where each phrase of a synonym group ends, by its first word ("carried out":
    /// [`key_phrases`]), sorted.
    pub(in crate::matcher) phrases: Vec<(usize, usize)>,
}

impl Profile<'_> {
    /// The text between the word at `i` and the next one; none after the last word.
    pub(in crate::matcher) fn gap_after(&self, i: usize) -> Option<&str> {
        let (w, next) = (&self.words[i], self.words.get(i + 1)?);
        Some(&self.text[w.at + w.surface.len()..next.at])
    }

    /// Whether only spaces stand between the word at `i` and the next one ("peace deal",
    /// not "peace, deal" nor the last word).
    pub(in crate::matcher) fn glued(&self, i: usize) -> bool {
        self.gap_after(i).is_some_and(|g| g.trim().is_empty())
    }

    /// Where the word at `i`, or the phrase it opens, ends.
    pub(in crate::matcher) fn end_of(&self, i: usize) -> usize {
        match self.phrases.binary_search_by_key(&i, |p| p.0) {
            Ok(k) => self.phrases[k].1,
            Err(_) => i + 1,
        }
    }

    /// Whether the word at `i` is in a phrase after its first word ("conference" of "press
    /// conference").
    pub(in crate::matcher) fn inside_phrase(&self, i: usize) -> bool {
        self.phrases.iter().any(|&(s, e)| s < i && i < e)
    }

    /// The words at `i` as the claim says them: the word, or the phrase it opens
    /// ("carried out").
    pub(in crate::matcher) fn said_at(&self, i: usize) -> &str {
        let last = &self.words[self.end_of(i) - 1];
        &self.text[self.words[i].at..last.at + last.surface.len()]
    }

    /// What the claim's words name kinds of, by place, sorted ("handgun": weapon, firearm).
    pub(in crate::matcher) fn kinds(&self) -> &[u32] {
        self.kinds.get_or_init(|| {
            let mut kinds: Vec<u32> = self
                .places
                .iter()
                .flatten()
                .flat_map(|&k| vectors::kinds_of(k as usize))
                .map(|h| h as u32)
                .collect();
            kinds.sort_unstable();
            kinds.dedup();
            kinds
        })
    }
}

/// A marker that sets a claim against what came before it.
pub(in crate::matcher) struct Contrast {
    pub(in crate::matcher) marker: String,
    /// In the narration ("However, the company said …"), not the cue verb ("insisted").
    pub(in crate::matcher) narrated: bool,
    /// Where the claim's sentence starts, when a verb of saying comes before the marker in
    /// it: "Putney said the video was unclear, but he said …" sets the claim against the one
    /// of its own sentence, not against claims before it.
    pub(in crate::matcher) answers_own_sentence: Option<usize>,
}

/// Whether the word after the negation at `cue` is a verb of belief, which passes the
/// negation on to what is believed ("I don't think it's a good idea", "I won't pretend this
/// budget is bad").
pub(in crate::matcher) fn passes_negation_on(ws: &[Word], cue: usize) -> bool {
    ws.get(cue + 1)
        .is_some_and(|w| matches!(w.lower.as_ref(), "think" | "believe" | "pretend"))
}

/// Words of time: no topic of their own ("last year" in two claims about different
/// things), and a negation's scope passes over them.
pub(in crate::matcher) fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "last"
            | "next"
            | "year"
            | "years"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "day"
            | "days"
            | "morning"
            | "evening"
            | "night"
            | "again"
            | "yet"
            | "since"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "seconds"
            | "period"
            | "decade"
            | "weekend"
    )
}

/// Units say how a figure is measured, not what the claim is about.
pub(in crate::matcher) fn is_unit_word(w: &str) -> bool {
    matches!(
        w,
        "percent"
            | "per"
            | "cent"
            | "%"
            | "percentage"
            | "points"
            | "thousand"
            | "million"
            | "billion"
            | "trillion"
            | "hundred"
            | "dozen"
    )
}

pub(in crate::matcher) fn is_topic_word(w: &Word, lex: &MatcherLexicon) -> bool {
    let l: &str = &w.lower;
    // (Cheapest tests first: this runs for every word of every claim.)
    may_be_topic(l) && listed_topic(l, lex) && !(w.capitalized && lexicon::CALENDAR.contains(l))
}

/// The tests of [`is_topic_word`] that read the word's letters alone, no list.
pub(in crate::matcher) fn may_be_topic(l: &str) -> bool {
    // Two characters or more: an ASCII first byte and a second byte say so without reading
    // the whole word.
    (l.len() > 1 && (l.as_bytes()[0] < 0x80 || l.chars().nth(1).is_some()))
        && !l
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b',' || c == b'.')
        && !l.ends_with('%')
}

/// The tests of [`is_topic_word`] that read the lists, but for the calendar's: no unit, time
/// word, stopword or negation.
pub(in crate::matcher) fn listed_topic(l: &str, lex: &MatcherLexicon) -> bool {
    !is_unit_word(l)
        && !is_time_word(l)
        && !lexicon::STOPWORDS.contains(l)
        && !lex.is_negation(l)
        && super::words::number_word(l).is_none()
}

pub(in crate::matcher) fn profile<'a>(
    doc: &Document,
    claim: &'a Claim,
    lex: &MatcherLexicon,
    index: &StemIndex,
    interned: &mut Keys,
) -> Profile<'a> {
    let ws = words(&claim.content.text);
    // Each word's key (when a topic word) and negation, looked up once for all the tests
    // below.
    let mut info: Vec<WordInfo> = ws.iter().map(|w| interned.word(w, lex, index)).collect();
    let phrases = key_phrases(&ws, &mut info, lex, index, interned);
    negating_idioms(&ws, &mut info);
    // At most a key a word: one allocation.
    let mut keys = Vec::with_capacity(ws.len());
    let mut opposable = Vec::new();
    let mut places = vec![None; ws.len()];
    let mut key_at = vec![None; ws.len()];
    for (i, w) in ws.iter().enumerate() {
        if let Some(k) = info[i].key {
            keys.push((k.key, i));
            places[i] = k.vector;
            key_at[i] = Some(k.key);
            // "the United States", "Great Divide": a word of a name opposes nothing; nor
            // does an owner ("the council's right").
            let in_name = w.capitalized
                && (ws.get(i + 1).is_some_and(|n| n.capitalized)
                    || (i > 0 && {
                        let prev = &ws[i - 1];
                        !claim.content.text[prev.at + prev.surface.len()..w.at]
                            .contains(['.', '!', '?', ':', '"', '“', '‘', '\''])
                    }));
            if in_name || w.lower.ends_with("'s") {
                continue;
            }
            // "push up prices" rises; "drive down costs" falls.
            if let Some(change) = phrasal_change(&ws, i) {
                opposable.extend(index.opposable(change).map(|o| (o, i)));
            } else if let Some(o) = k.opposable {
                opposable.push((o, i));
            }
        }
    }
    // "violent crime is up in every city", "homicides are down 8 percent": a level said to be
    // up or down rose or fell. (Not "is up to the voters", "is down to two candidates".)
    let up_or_down = claim.content.text.contains("up") || claim.content.text.contains("down");
    for i in (1..ws.len()).filter(|_| up_or_down) {
        let change = match ws[i].lower.as_ref() {
            "up" => "ris",
            "down" => "fall",
            _ => continue,
        };
        let after_copula = lexicon::COPULAS.contains(ws[i - 1].lower.as_ref());
        let then = ws.get(i + 1).map(|w| w.lower.as_ref());
        let closes = matches!(
            then,
            None | Some(
                "in" | "by"
                    | "from"
                    | "sharply"
                    | "slightly"
                    | "again"
                    | "this"
                    | "last"
                    | "across"
                    | "nationwide"
                    | "since"
                    | "compared"
                    | "over"
            )
        ) || then.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        if after_copula && closes {
            opposable.extend(index.opposable(change).map(|o| (o, i)));
        }
    }
    let keys = KeyMap::from_pairs(keys);
    let mut negated = Vec::new();
    let mut negation = None;
    let mut denied = None;
    // "I am not saying the drug doesn't work": a negated verb of saying negates nothing said
    // here, and cancels the negation it introduces.
    let mut cancel_next = false;
    // Whether any word is a negation at all: most claims have none, and then say there is
    // none of nothing.
    let mut any_negation = false;
    for (i, w) in ws.iter().enumerate() {
        let negation_word = info[i].negation;
        any_negation |= negation_word;
        if negation_word && !lex.weak_negations.contains(w.lower.as_ref()) {
            // "I don't think it's a good idea" says it is not one: the negation of a verb of
            // belief passes to what is believed (unless that is negated too: "I don't think
            // the drug doesn't work").
            let belief = w.lower != "without" && passes_negation_on(&ws, i);
            let raised = belief
                && !info[i + 2..(i + 10).min(ws.len())]
                    .iter()
                    .any(|x| x.negation);
            // "without warning" negates the warning itself.
            // ("no understanding was reached": after "no", a noun, not a verb of saying.)
            // ("was never warned", "were not told": a passive one denies that someone was
            // told.)
            let passive = i > 0
                && matches!(
                    ws[i - 1].lower.as_ref(),
                    "was" | "were" | "is" | "are" | "be" | "been" | "being"
                );
            let meta = !raised
                && !passive
                && w.lower != "without"
                && w.lower != "no"
                && ws.get(i + 1).is_some_and(|n| {
                    lexicon::attribution().passes_negation_on(n.lower.as_ref())
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
            let comparison = next.is_some_and(|n| lexicon::NEGATED_COMPARATIVES.contains(n))
                && ws[i + 2..(i + 8).min(ws.len())]
                    .iter()
                    .any(|x| x.lower == "than");
            // "there is no question he knew", "no doubt", "no wonder", "no matter what", "not
            // only … but", "not just voters": idioms that deny nothing.
            if comparison || next.is_some_and(|n| lexicon::NEGATION_IDIOMS.contains(n)) {
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
            // ("hard to win without a unified party" makes a need as well; "no contract, no
            // peace" a condition.)
            let hard = |x: &Word| {
                matches!(
                    x.lower.as_ref(),
                    "difficult" | "hard" | "harder" | "impossible" | "tough" | "tougher"
                )
            };
            let paired_no = w.lower == "no"
                && [i.checked_sub(2), i.checked_sub(3), Some(i + 2), Some(i + 3)]
                    .into_iter()
                    .flatten()
                    .any(|k| {
                        let (from, to) = (k.min(i), k.max(i));
                        ws.get(k).is_some_and(|x| x.lower == "no")
                            && claim.content.text[ws[from].at..ws[to].at].contains(',')
                    });
            // ("allowed the public to think that the pain was a pulled muscle and not a clot",
            // "led voters into believing it was not …": a belief the speaker gives others,
            // not the speaker's denial.)
            let clause = (i.saturating_sub(20)..i)
                .rev()
                .find(|&k| super::kinds::clause_break(&claim.content.text, &ws, k))
                .map_or(i.saturating_sub(20), |k| k + 1);
            let others_belief = ws[clause..i].windows(2).any(|p| {
                matches!(p[0].lower.as_ref(), "to" | "into")
                    && matches!(
                        p[1].lower.as_ref(),
                        "think" | "believe" | "thinking" | "believing"
                    )
            });
            let condition = ws[i.saturating_sub(5)..i]
                .iter()
                .any(|x| lexicon::CONDITION_WORDS.contains(x.lower.as_ref()))
                || paired_no
                || others_belief
                || (w.lower == "without"
                    && (next.is_some_and(|n| matches!(n, "it" | "this" | "that" | "them"))
                        || info[i.saturating_sub(6)..i].iter().any(|x| x.negation)
                        || ws[i.saturating_sub(10)..i].iter().any(hard)));
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
            // "No, we are not there yet", "No @Mayor - the plan is not ready": a "no" that
            // answers opens the sentence; the negation of its clause comes after it.
            let answer = w.lower == "no"
                && sentence_start(i)
                && ws.get(i + 1).is_some_and(|n| {
                    claim.content.text[w.at + w.surface.len()..n.at]
                        .contains([',', '-', '—', '–', '.', '!', '@'])
                });
            if imperative || answer {
                continue;
            }
            negation.get_or_insert(i);
            // "at no time did the plant release waste", "in no way harmed": the phrase denies
            // the verb of its clause, not its noun.
            let adverbial = adverbial_no(&ws, i);
            let adverbial_verb = adverbial.then(|| verb_after_adverbial(&ws, i + 2));
            if let Some(Some(k)) = adverbial_verb
                && info[k].key.is_some()
            {
                denied.get_or_insert(k);
            }
            // "none of the messages was marked classified" denies the marking, not the
            // messages: the scope starts after the verb.
            let scope = if let Some(verb) = adverbial_verb {
                verb.unwrap_or(i + 2)
            } else if matches!(w.lower.as_ref(), "none" | "neither") && next == Some("of") {
                ws.iter()
                    .enumerate()
                    .skip(i + 2)
                    .take(7)
                    .find(|(_, x)| lexicon::SUBJECT_VERBS.contains(x.lower.as_ref()))
                    .map_or(ws.len(), |(k, _)| k + 1)
            } else if raised {
                // What is believed is a clause: the negation passes to its predicate, after
                // its subject's verb ("that law enforcement should delegate …", "it's a
                // good idea").
                let from = i + 2;
                ws.iter()
                    .enumerate()
                    .skip(from)
                    .take(6)
                    .find(|(_, x)| {
                        let x = x.lower.as_ref();
                        lexicon::AUXILIARIES.contains(x) || lexicon::COPULAS.contains(x)
                    })
                    .map_or(from, |(k, _)| k + 1)
            } else {
                i + 1
            };
            // "no agreement … had ever been signed": a subject with "no" denies its verb too.
            if w.lower == "no"
                && !adverbial
                && let Some(k) = denied_verb(&ws, i + 1, &claim.content.text)
                && let Some(key) = info[k].key
            {
                negated.push((key.key, k));
                denied.get_or_insert(k);
            }
            // "the meeting never took place", "the talks did not happen": a negated event
            // predicate denies its subject, the topic word just before the negation.
            if event_denied(&ws, i, &claim.content.text)
                && let Some(k) = event_subject(&ws, i)
                && let Some(key) = info[k].key
            {
                negated.push((key.key, k));
                denied.get_or_insert(k);
            }
            // The first two topic words within the next five words are what is negated.
            let mut taken = 0;
            for (k, x) in ws.iter().enumerate().skip(scope).take(5) {
                // The scope ends with the sentence: "the answer has been no. Our members …".
                let between = &claim.content.text[ws[k - 1].at + ws[k - 1].surface.len()..x.at];
                // … and with the clause: "no evidence that residents' data was taken" negates
                // the evidence, not the residents.
                if info[k].negation
                    || between.contains(['.', '!', '?', ';', ','])
                    || lexicon::CLAUSE_OPENERS.contains(x.lower.as_ref())
                    // "nobody became mayor to cut libraries": a purpose, not what is denied.
                    || (taken > 0 && x.lower == "to")
                {
                    break;
                }
                // "did not fall last year": the time is no topic word, so not what is denied.
                if let Some(key) = info[k].key {
                    negated.push((key.key, k));
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
    let none_of = if any_negation {
        none_of(&ws, &places)
    } else {
        None
    };
    let negated = KeyMap::from_pairs(negated);
    let marks = threshold_marks(&ws, negation, &keys);
    let first_no = ws
        .iter()
        .position(|w| matches!(w.lower.as_ref(), "no" | "none" | "nobody"));
    let first_less = ws.iter().position(|w| w.lower == "less");
    let has_separate = ws.iter().any(|w| w.lower == "separate");
    let mut p = Profile {
        none_of,
        first_no,
        first_less,
        has_separate,
        kinds: std::cell::OnceCell::new(),
        counted: 0,
        pronoun_subject: false,
        marks,
        text: &claim.content.text,
        figures,
        words: ws,
        keys,
        negated,
        negation,
        denied_verb: denied,
        opposable,
        quantities,
        contrast: contrast_marker(doc, claim, lex),
        meaning_q: vectors::quantized(&meaning),
        meaning,
        places,
        key_at,
        phrases,
    };
    p.counted = super::kinds::classes_counted(&p);
    p.pronoun_subject = super::kinds::pronoun_subject(&p);
    p
}

/// "was anything but contained", "is far from over": after a copula, idioms that deny what
/// follows them, as "not" would; their last word is the negation.
fn negating_idioms(ws: &[Word], info: &mut [WordInfo]) {
    for i in 1..ws.len().saturating_sub(2) {
        let idiom = match (ws[i].lower.as_ref(), ws[i + 1].lower.as_ref()) {
            ("anything", "but") => true,
            // (Not a distance: "is far from the city".)
            ("far", "from") => !lexicon::DETERMINERS.contains(ws[i + 2].lower.as_ref()),
            _ => false,
        };
        if idiom && lexicon::COPULAS.contains(ws[i - 1].lower.as_ref()) {
            info[i + 1].negation = true;
        }
    }
}

/// The change a verb of motion with "up" or "down" says: "would push up prices" is a rise.
pub(in crate::matcher) fn phrasal_change(ws: &[Word], i: usize) -> Option<&'static str> {
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
/// `text` with what stands between double quotation marks blanked out.
fn unquoted(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['"', '“', '”']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    let mut chars = text.chars().peekable();
    let mut before = ' ';
    while let Some(c) = chars.next() {
        // A straight quotation mark opens before a word and closes after one: the stretch
        // may start right after a quotation ends ("… a precaution." But …).
        let next_is_word = chars.peek().is_some_and(|n| !n.is_whitespace());
        match c {
            '“' => inside = true,
            '”' => inside = false,
            '"' => inside = next_is_word && (before.is_whitespace() || before == '('),
            _ => {}
        }
        // (Blanked byte for byte: offsets in the narration stay those of the text.)
        if inside {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
        before = c;
    }
    std::borrow::Cow::Owned(out)
}

pub(in crate::matcher) fn contrast_marker(
    doc: &Document,
    claim: &Claim,
    lex: &MatcherLexicon,
) -> Option<Contrast> {
    // "But, he added, …", "But Lee added that …": a verb of going on sets the claim against
    // its speaker's own words before, not against another source's.
    let going_on = claim.cue.as_ref().map(|c| lexicon::fold(&c.text));
    if going_on.as_deref().is_some_and(|c| {
        matches!(
            c,
            "added" | "adds" | "adding" | "continued" | "continues" | "went on" | "goes on"
        )
    }) {
        return None;
    }
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
    // Words quoted in that stretch are someone's words, not the narration's: the "but" of
    // "“We lost, but we will be back,” said one aide" sets nothing against anything.
    let narration = unquoted(&text[from..start.max(from)]);
    let mut said = false;
    let mut words_before = 0;
    // (Only looked up: no list of words, no folded string a word.)
    let mut marker = None;
    each_folded_word(&narration, |lower, surface| {
        if lex.contrast.get(lower) == Some(&true) {
            let at = from + (surface.as_ptr() as usize - narration.as_ptr() as usize);
            marker = Some((surface.to_string(), at));
            return false;
        }
        said |= lexicon::attribution().is_verb(lower);
        words_before += 1;
        true
    });
    if let Some((marker, at)) = marker {
        // Before the speaker, a conjunction joins the clauses of its own sentence: "Though
        // the park allows it, the women say …" and "The story is a moving one, but many
        // readers have said …" set the claim against their own first clause, not against
        // what another source said before ("The company, though, said …" does).
        let folded = lexicon::fold(&marker);
        let before_speaker = claim.speaker.mention.is_some_and(|m| at < m.start);
        let joins_own_clauses = before_speaker
            && (matches!(folded.as_str(), "though" | "although" | "whereas")
                || (matches!(folded.as_str(), "but" | "yet") && words_before > 0));
        return Some(Contrast {
            marker,
            narrated: true,
            answers_own_sentence: (said || joins_own_clauses).then_some(from),
        });
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

/// The subject right before the negation at word `cue`, over a plain auxiliary ("the talks
/// did not happen"); none after a modal ("a vote must not happen" asks, it denies nothing).
fn event_subject(ws: &[Word], cue: usize) -> Option<usize> {
    let mut k = cue.checked_sub(1)?;
    while lexicon::AUXILIARIES.contains(ws[k].lower.as_ref()) {
        let w = ws[k].lower.as_ref();
        if lexicon::MODAL_WORDS.contains(w) || matches!(w, "must" | "will" | "would" | "shall") {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    Some(k)
}

/// Whether the negation at word `cue` denies an event predicate: "never took place", "did
/// not happen", "has not occurred".
pub(in crate::matcher) fn event_denied(ws: &[Word], cue: usize, text: &str) -> bool {
    let Some(end) = event_predicate_end(ws, cue) else {
        return false;
    };
    // The predicate ends its clause, or a time follows ("never took place on Monday"); "change
    // never happens from the top down" says how, not whether.
    ws.get(end).is_none_or(|n| {
        let prev = &ws[end - 1];
        text[prev.at + prev.surface.len()..n.at].contains(['.', ',', ';', '!', '?'])
            || matches!(
                n.lower.as_ref(),
                "on" | "last"
                    | "this"
                    | "yesterday"
                    | "today"
                    | "before"
                    | "after"
                    | "until"
                    | "since"
            )
    })
}

/// Where a predicate that only says something happened ("happened", "took place", "had taken
/// place") or came to be ("was reached", "had been made") ends, when it follows the word at
/// `cue`.
pub(in crate::matcher) fn event_predicate_end(ws: &[Word], cue: usize) -> Option<usize> {
    let mut k = cue + 1;
    // ("no meeting with the union had taken place": past who it was with.)
    let predicate = |w: &str| {
        matches!(
            w,
            "have" | "has" | "had" | "take" | "took" | "taken" | "takes" | "was" | "were"
        ) || lexicon::EVENT_PREDICATES.contains(w)
    };
    // ("no understanding of any kind had been reached": past what it was of, too.)
    if ws.get(k).is_some_and(|w| {
        matches!(
            w.lower.as_ref(),
            "with" | "between" | "among" | "on" | "about" | "over" | "of"
        )
    }) && let Some(j) = (k + 1..(k + 5).min(ws.len())).find(|&j| predicate(&ws[j].lower))
    {
        k = j;
    }
    while k < ws.len()
        && matches!(
            ws[k].lower.as_ref(),
            "have" | "has" | "had" | "yet" | "ever"
        )
    {
        k += 1;
    }
    // "no deal was reached", "no understanding had been reached": the thing's coming to be.
    let mut v = k;
    while v < ws.len()
        && matches!(
            ws[v].lower.as_ref(),
            "is" | "was" | "were" | "are" | "be" | "been" | "being" | "ever" | "yet"
        )
    {
        v += 1;
    }
    if v > k
        && ws
            .get(v)
            .is_some_and(|w| lexicon::EXISTENCE_VERBS.contains(w.lower.as_ref()))
    {
        return Some(v + 1);
    }
    let w = ws.get(k)?;
    if lexicon::EVENT_PREDICATES.contains(w.lower.as_ref()) {
        Some(k + 1)
    } else if matches!(w.lower.as_ref(), "take" | "took" | "taken" | "takes")
        && ws.get(k + 1).is_some_and(|n| n.lower == "place")
    {
        Some(k + 2)
    } else {
        None
    }
}

/// Whether the "no" at `i` opens a phrase like "at no time", "in no way", "under no
/// circumstances", which denies the verb of its clause rather than its noun.
pub(in crate::matcher) fn adverbial_no(ws: &[Word], i: usize) -> bool {
    ws[i].lower == "no"
        && i > 0
        && matches!(
            ws[i - 1].lower.as_ref(),
            "at" | "in" | "by" | "under" | "on"
        )
        && ws
            .get(i + 1)
            .is_some_and(|n| lexicon::ADVERBIAL_NO_NOUNS.contains(n.lower.as_ref()))
}

/// The verb that a phrase like "at no time" denies, its clause starting at `from`: the next
/// word ("at no time released"), or after an inverted auxiliary the word after its subject (a
/// pronoun, or a determiner, names, possessives and adjectives and one head noun: "at no time
/// did the Eskerholt site release untreated waste").
fn verb_after_adverbial(ws: &[Word], from: usize) -> Option<usize> {
    let first = ws.get(from)?;
    if !lexicon::AUXILIARIES.contains(first.lower.as_ref()) {
        return Some(from);
    }
    let mut k = from + 1;
    let w = |k: usize| ws.get(k).map(|w| w.lower.as_ref());
    if w(k).is_some_and(|x| lexicon::SUBJECT_PRONOUNS.contains(x)) {
        return (k + 1 < ws.len()).then_some(k + 1);
    }
    if w(k).is_some_and(|x| lexicon::DETERMINERS.contains(x)) {
        k += 1;
    }
    while k < ws.len()
        && (ws[k].capitalized
            || ws[k].lower.ends_with("'s")
            || (vectors::may_be_adjective(&ws[k].lower) && !vectors::may_be_verb(&ws[k].lower)))
    {
        k += 1;
    }
    if k < ws.len() && !ws[k].capitalized && k > from + 1 && ws[k - 1].capitalized {
        // A name, then its head noun: "the Eskerholt site".
        if ws
            .get(k + 1)
            .is_some_and(|n| !n.capitalized && vectors::may_be_verb(&n.lower))
        {
            k += 1;
        }
    } else if k < ws.len() && !ws[k - 1].capitalized {
        // The head noun of a plain subject: "the mill".
        k += 1;
    }
    (k < ws.len() && !ws[k].capitalized && vectors::may_be_verb(&ws[k].lower)).then_some(k)
}

/// The participle of the clause whose subject starts at word `from` ("no agreement on data
/// had ever been signed": "signed"), within eight words and the clause; none when it only
/// says the thing came to be ("no deal was reached").
pub(in crate::matcher) fn denied_verb(ws: &[Word], from: usize, text: &str) -> Option<usize> {
    let end = (from + 8).min(ws.len());
    let mut k = from + 1;
    while k < end {
        let between = &text[ws[k - 1].at + ws[k - 1].surface.len()..ws[k].at];
        if between.contains(['.', '!', '?', ';', ',']) {
            return None;
        }
        if lexicon::HAVE_BE.contains(ws[k].lower.as_ref()) {
            let mut v = k + 1;
            while v < ws.len() && matches!(ws[v].lower.as_ref(), "ever" | "yet" | "been" | "being")
            {
                v += 1;
            }
            // "no hospital is going to close": "going to" says when; the verb after it is
            // what is denied.
            if ws.get(v).is_some_and(|w| w.lower == "going")
                && ws.get(v + 1).is_some_and(|w| w.lower == "to")
                && let Some(verb) = ws.get(v + 2)
            {
                let w = verb.lower.as_ref();
                return (vectors::may_be_verb(w)
                    && !lexicon::STOPWORDS.contains(w)
                    && !lexicon::EXISTENCE_VERBS.contains(w))
                .then_some(v + 2);
            }
            // ("no deal was reached" denies the deal: reaching is only its coming to be.)
            // (A participle: "damaged", "made", "hit", "shut".)
            let participle = |w: &str| {
                w.ends_with("ed")
                    || lexicon::matcher().irregular.get(w).is_some()
                    || vectors::may_be_verb(w)
                        && !vectors::may_be_adjective(w)
                        && !w.ends_with("ing")
                        && !lexicon::STOPWORDS.contains(w)
            };
            return (v < ws.len()
                && participle(&ws[v].lower)
                && !lexicon::EXISTENCE_VERBS.contains(ws[v].lower.as_ref()))
            .then_some(v);
        }
        // "no schools would close", "no troops will be sent": a modal and its verb.
        if matches!(
            ws[k].lower.as_ref(),
            "would" | "will" | "could" | "can" | "should" | "may" | "might" | "must" | "shall"
        ) {
            let mut v = k + 1;
            let mut passive = false;
            while v < ws.len()
                && matches!(
                    ws[v].lower.as_ref(),
                    "ever" | "be" | "have" | "been" | "being"
                )
            {
                passive |= matches!(ws[v].lower.as_ref(), "be" | "been");
                v += 1;
            }
            let w = ws.get(v)?.lower.as_ref();
            let verb = if passive {
                w.ends_with("ed")
            } else {
                vectors::may_be_verb(w) && !lexicon::STOPWORDS.contains(w)
            };
            return (verb && !lexicon::EXISTENCE_VERBS.contains(w)).then_some(v);
        }
        k += 1;
    }
    None
}

/// What a claim says there is none of: the cue, the noun, the noun's place among the word
/// vectors.
#[derive(Clone, Copy)]
pub(in crate::matcher) struct NoneOf {
    pub(in crate::matcher) cue: usize,
    pub(in crate::matcher) noun: usize,
    pub(in crate::matcher) place: usize,
}

/// What a claim's words say there is none of: "no weapon", "no new weapons", "not a single
/// weapon", "without any weapons", "did not have a weapon".
pub(in crate::matcher) fn none_of(ws: &[Word], places: &[Option<u32>]) -> Option<NoneOf> {
    let lex = lexicon::matcher();
    (0..ws.len()).find_map(|cue| {
        let w = ws[cue].lower.as_ref();
        let mut k = cue + 1;
        if !matches!(w, "no" | "without") {
            if !lex.is_negation(w) {
                return None;
            }
            // "did not have a weapon", "never carried any weapons": a verb of having or
            // holding between the negation and the thing.
            while k < ws.len() && k <= cue + 2 && !is_article(&ws[k].lower) {
                k += 1;
            }
            if k >= ws.len() || !is_article(&ws[k].lower) {
                return None;
            }
            k += 1;
        }
        // Over "any", "single" and one modifier: "no new weapons", "not a single gun".
        let is_noun = |i: usize| places[i].is_some_and(|at| vectors::is_noun_at(at as usize));
        let noun = (k..(k + 3).min(ws.len())).find(|&i| is_noun(i))?;
        // ("no official purpose": an adjective that may be a noun describes the noun after it.)
        let noun = if ws.get(noun + 1).is_some_and(|_| is_noun(noun + 1))
            && vectors::may_be_adjective(&ws[noun].lower)
            && ws[noun].at + ws[noun].surface.len() + 1 == ws[noun + 1].at
        {
            noun + 1
        } else {
            noun
        };
        Some(NoneOf {
            cue,
            noun,
            place: places[noun]? as usize,
        })
    })
}

fn is_article(w: &str) -> bool {
    matches!(w, "a" | "an" | "any" | "single")
}

/// Each word of a claim that sets a level against a mark (true above it, false below), with
/// its index and the mark's key a few words on; not under a negation ("not above"). Read
/// once a claim: the antonym rule compares them.
pub(in crate::matcher) fn threshold_marks(
    words: &[Word],
    negation: Option<usize>,
    keys: &KeyMap,
) -> Vec<(bool, usize, Key)> {
    let side = |w: &str| match w {
        "above" | "over" | "exceeding" | "beyond" | "exceeded" | "exceeds" | "exceed"
        | "breached" | "breaching" => Some(true),
        "below" | "under" | "within" => Some(false),
        _ => None,
    };
    // ("three times its permitted level": a multiple above one is above it.)
    let multiple = |i: usize| {
        words[i].lower == "times"
            && i > 0
            && super::words::number_word(&words[i - 1].lower)
                .or_else(|| super::words::parse_number(words[i - 1].surface))
                .is_some_and(|n| n > 1.0)
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let Some(high) = side(&w.lower).or_else(|| multiple(i).then_some(true)) else {
            continue;
        };
        if negation.is_some_and(|n| n < i && i - n <= 3) {
            continue;
        }
        out.extend(
            keys.iter()
                .filter(|(_, k)| **k > i && **k <= i + 3)
                .map(|(key, _)| (high, i, *key)),
        );
    }
    out
}
