//! A verb of saying, believing or denying with its subject and its content: "X said that …",
//! "“…,” said X", "X told reporters …", "X denied …", and where its content starts and ends.

use std::ops::Range;

use crate::document::TokenKind;
use crate::lexicon::{self, AttributionLexicon, ListWord, Verb, VerbClass};
use crate::matcher::vectors;
use crate::model::Stance;

use super::{
    At, Attribution, Body, CueRule, Hit, HitKind, Made, Scan, Site, SpeakerAt, report_frame,
};
use crate::parser::text::Words;

use super::grammar::{
    comma_before, has_words, is_time, lex_role, np_right, opens_with_subject, skip_dateline,
    skip_forward, skip_object, starts_quote, subject_left, time_at, trails, trim_range,
};

/// A verb form used as a verb here, not as a noun ("the claims"), an infinitive ("to say"),
/// a passive ("was reported") or a negated non-statement ("did not say").
pub(super) fn is_verb_use(words: &Words, i: usize, floor: usize, w: &str) -> bool {
    if i == floor {
        // Sentence-initial "Said ..." is rare; "Reports say" has the noun first.
        return false;
    }
    let prev = words.lower(i - 1);
    // ("to say" is no statement, but "was quick to say", "tried to argue" are.)
    let to_prefix = prev == "to"
        && lexicon::VERB_PREFIX_PHRASES.iter().any(|p| {
            i >= floor + p.len() && (0..p.len()).all(|k| words.lower(i - p.len() + k) == p[k])
        });
    if after_noun_marker(words, i, floor) || (prev == "to" && !to_prefix) || prev == "having" {
        return false;
    }
    if lexicon::PASSIVE_BE.contains(prev) && !w.ends_with("ing") {
        return false;
    }
    // "The man accused of buying the guns told police …": a participle right after its noun
    // is a passive; the accused is no speaker. ("who he accused of lying" has its subject.)
    if matches!(w, "accused" | "charged" | "suspected")
        && i + 1 < words.len()
        && matches!(words.lower(i + 1), "of" | "with")
        && !lexicon::SUBJECT_PRONOUNS.contains(prev)
    {
        return false;
    }
    if w.ends_with("ing")
        && !(after_opener(words, i, floor, |_| false) || lexicon::BEFORE_ING_CUE.contains(prev))
    {
        return false;
    }
    !negated(words, i, floor)
}

/// The latest of the sentence's `earlier` attributions whose speaker's words start at
/// `start`: a later verb of the same subject goes on with that speaker.
fn earlier_speaker_at(earlier: &[Attribution], start: usize) -> Option<usize> {
    earlier.iter().rposition(|a| {
        matches!(&a.speaker, SpeakerAt::Tokens(r) | SpeakerAt::SentenceSubject(r)
            if r.start == start)
    })
}

/// Whether word `i` (above `floor`) follows a comma or a dash, or a word `opens` accepts,
/// with an adverb perhaps between: "…, saying", "…, later saying", "upon saying". (A comma
/// inside a closing quotation mark is the comma: "a defense of “our values,” saying".)
fn after_opener(words: &Words, i: usize, floor: usize, opens: impl Fn(&str) -> bool) -> bool {
    let opener = |k: usize| {
        let w = words.lower(k);
        matches!(w, "," | "—" | "–")
            || opens(w)
            || (words.kind(k) == TokenKind::CloseQuote && k > floor && words.text(k - 1) == ",")
    };
    opener(i - 1)
        || (i > floor + 1 && lexicon::VERB_PREFIX.contains(words.lower(i - 1)) && opener(i - 2))
}

/// Whether the word at `k` is a verb of saying or finding that is no noun as often ("said",
/// "show"): a noun-like form right before it is its subject's head.
pub(super) fn verb_follows(words: &Words, k: usize) -> bool {
    words.is_word(k)
        && (lexicon::FINDING_VERBS.contains(words.lower(k))
            || words
                .cue_word(k)
                .is_some_and(|c| c.verb.is_some() && !c.noun_like))
}

/// A noun-like form ("claims", "states") reads as a verb after a name, a pronoun or a role
/// noun, or before "that", a colon, a comma or a quotation.
pub(super) fn clearly_verb(
    words: &Words,
    i: usize,
    sentence: Range<usize>,
    lex: &AttributionLexicon,
) -> bool {
    // ("The FEC reports show …", "the county report said …": a noun before the verb it is
    // the subject of.)
    if i + 1 < sentence.end && verb_follows(words, i + 1) {
        return false;
    }
    let next_ok = i + 1 >= sentence.end || {
        let n = i + 1;
        matches!(words.lower(n), "that" | ":") || words.kind(n) == TokenKind::OpenQuote
    };
    let prev_ok = i > sentence.start && {
        let p = i - 1;
        let w = words.lower(p);
        // A name right before: "Smith claims", but not "a New York Times report",
        // "the FBI email" or "22% of Republican claims", where the name modifies a noun.
        let name_subject = words.is_capitalized(p) && p > sentence.start && {
            let mut run = p;
            while run > sentence.start && words.is_capitalized(run - 1) {
                run -= 1;
            }
            run == sentence.start
                || !(lexicon::DETERMINERS.contains(words.lower(run - 1))
                    || lexicon::NAME_OBJECT_PREPOSITIONS.contains(words.lower(run - 1)))
        };
        lexicon::CUE_SUBJECT_PRONOUNS.contains(w) || name_subject || lex.roles().contains_key(w)
    };
    next_ok || prev_ok
}

/// Past the words that join a sentence to the one before and the phrases that open it before
/// its subject, each ended by a comma: "Before the convention, …", "Walking to the next
/// house, …", and the state after a town in one ("At a rally in Ashby, Vale, on Sunday, …").
fn skip_openings(words: &Words, mut from: usize, end: usize) -> usize {
    // ("And then Lind went on the attack, saying …": a conjunction and an adverb that join
    // the sentence to the one before, when a name or "then" follows; "But the other
    // candidate, Ana Ruiz, …" is read past its first comma below.)
    while from + 1 < end
        && matches!(words.lower(from), "and" | "but" | "so" | "then" | "yet")
        && (words.lower(from + 1) == "then" || words.is_capitalized(from + 1))
    {
        from += 1;
    }
    for _ in 0..3 {
        let Some(c) = (from..end.min(from + 12)).find(|&k| words.text(k) == ",") else {
            break;
        };
        if c + 1 >= end {
            break;
        }
        let w = words.lower(from);
        // ("Walking to the next house, …": a participle; "Manning said" names someone.)
        let participle = w.len() > 4
            && w.ends_with("ing")
            && vectors::is_common_word(w)
            && lexicon::first_name_gender(w).is_none();
        // ("in Ashby, Vale, …": a town's state or country.)
        let state = from >= 3
            && words.text(from - 1) == ","
            && words.is_capitalized(from - 2)
            && (from.saturating_sub(6)..from - 2)
                .rev()
                .take_while(|&k| {
                    words.is_capitalized(k) || words.text(k) == "." || {
                        matches!(words.lower(k), "in" | "at" | "from")
                    }
                })
                .any(|k| matches!(words.lower(k), "in" | "at" | "from"))
            && c - from <= 2
            && (from..c).all(|k| words.is_capitalized(k));
        if !opens_with_subject(words, from) || participle || state {
            from = c + 1;
        } else {
            break;
        }
    }
    from
}

/// Whether the sentence at `start` opens with a clause of time: "When …", "By the time …"
/// ("As the paper reported, …" is an attribution).
fn opens_with_time_clause(words: &Words, start: usize) -> bool {
    let w = words.lower(start);
    matches!(w, "when" | "after" | "before" | "until" | "once")
        || (w == "by"
            && start + 2 < words.len()
            && words.lower(start + 1) == "the"
            && words.lower(start + 2) == "time")
}

pub(super) fn after_noun_marker(words: &Words, i: usize, floor: usize) -> bool {
    if i == floor {
        return false;
    }
    let prev = words.lower(i - 1);
    // "the most basic question": a determiner and a superlative before an adjective.
    let superlative = i >= floor + 3
        && matches!(words.lower(i - 2), "most" | "least")
        && lexicon::DETERMINERS.contains(words.lower(i - 3));
    // ("despite repeated warnings": a preposition's object, not a verb; "From said" is a
    // name.)
    let object_of = lexicon::FRONTED_PREPOSITIONS.contains(prev)
        && !words.is_capitalized(i - 1)
        && !words.lower(i).ends_with("ing");
    // ("Many said", "Some told …": a quantifier standing alone before a verb that is never
    // a noun is its subject.)
    let alone = matches!(prev, "many" | "some" | "several")
        && words
            .cue_word(i)
            .is_some_and(|c| c.verb.is_some() && !c.noun_like);
    // ("300 pledged votes", "12 reported cases", "the most pledged delegates": a participle
    // after a number or a word of amount describes what is counted.)
    let counted = words.lower(i).ends_with("ed")
        && ((prev.starts_with(|c: char| c.is_ascii_digit())
            && prev.bytes().all(|b| b.is_ascii_digit() || b == b','))
            || matches!(prev, "most" | "more" | "fewer" | "least"))
        && i + 1 < words.len()
        && words.is_word(i + 1)
        && !words.is_capitalized(i + 1)
        && {
            let next = words.lower(i + 1);
            next.len() > 3 && next.ends_with('s') && vectors::may_be_noun(next)
        };
    // ("Fox News said": a marker word inside a name ends the name, the verb's subject.)
    let in_name = i >= floor + 2 && words.is_capitalized(i - 1) && words.is_capitalized(i - 2);
    lexicon::DETERMINERS.contains(prev)
        || (lexicon::NOUN_MARKERS.contains(prev) && !alone && !in_name)
        || counted
        || object_of
        || (prev.ends_with("'s") && words.is_word(i - 1))
        || superlative
}

/// "challenged Ana Ruiz to a debate", "challenging Lee and former Mayor Park for the
/// nomination", "challenged him to …": a verb of doubt whose object is a person, then "to"
/// or "for", dares or contests; it doubts nothing said ("questioned Ruiz's commitment to
/// the plan" does).
pub(super) fn dares_or_contests(words: &Words, after: usize, end: usize) -> bool {
    let dare = |k: usize| k < end && matches!(words.lower(k), "to" | "for");
    if after < end && lexicon::OBJECT_PRONOUNS.contains(words.lower(after)) {
        return dare(after + 1);
    }
    // A name: capitalised words, titles' full stops, "and", "former"; no owner.
    let name_word = |k: usize| {
        let w = words.lower(k);
        (words.is_capitalized(k) && !w.ends_with("'s")) || matches!(w, "." | "and" | "former")
    };
    let mut k = after;
    while k < end && k < after + 8 && name_word(k) {
        k += 1;
    }
    k > after && words.is_capitalized(after) && dare(k) && !words.is_capitalized(k)
}

pub(super) fn negated(words: &Words, i: usize, floor: usize) -> bool {
    let mut k = i;
    let mut steps = 0;
    while k > floor && steps < 3 {
        let w = words.lower(k - 1);
        if matches!(w, "not" | "never" | "neither" | "nor") || w.ends_with("n't") {
            return true;
        }
        if !lexicon::BEFORE_NEGATED_CUE.contains(w) {
            return false;
        }
        k -= 1;
        steps += 1;
    }
    false
}

/// Whether the name at `at` (capitalised words, and "the", "of" or "and" between them) is
/// followed by what it is called: "Ruiz a liar", "Ruiz “a liar”", "Ruiz the worst".
fn names_then_calls(words: &Words, at: usize, end: usize) -> bool {
    if !words.is_capitalized(at) {
        return false;
    }
    let mut k = at;
    while k < end
        && words.is_word(k)
        && (words.is_capitalized(k)
            || (matches!(words.lower(k), "the" | "of" | "and")
                && k + 1 < end
                && words.is_capitalized(k + 1)))
    {
        k += 1;
    }
    k < end
        && (words.kind(k) == TokenKind::OpenQuote
            || (words.is_word(k) && matches!(words.lower(k), "a" | "an" | "the")))
}

/// Whether a verb of taking a side at `at` (its last word before `after`) takes the thing it
/// is for or against right after it: "supports the plan", "opposed raising taxes". "Support
/// from black voters", "85 percent support among", "tremendous support" are the noun;
/// "backed off", "backed by the union" say no side taken by the subject.
fn takes_a_side(
    words: &Words,
    at: usize,
    after: usize,
    sentence: &Range<usize>,
    lemma: &str,
) -> bool {
    // "plans to veto the bill": an infinitive, for the verbs that take one.
    let infinitive = lexicon::INFINITIVE_SIDE_VERBS.contains(lemma)
        && after + 1 < sentence.end
        && words.lower(after) == "to"
        && words.is_word(after + 1)
        && !words.is_capitalized(after + 1)
        && !lexicon::DETERMINERS.contains(words.lower(after + 1))
        && vectors::may_be_verb(words.lower(after + 1));
    let next = infinitive
        || after < sentence.end && words.is_word(after) && {
            let w = words.lower(after);
            !lexicon::NP_PREPOSITIONS.contains(w)
                && !lexicon::PREPOSITIONS_AFTER_CUE.contains(w)
                && !matches!(
                    w,
                    "among" | "by" | "off" | "away" | "down" | "up" | "out" | "to" | "with" | "as"
                    // ("policies she supported that …": the thing is before, not after.)
                    | "that" | "which" | "who"
                )
                && !lexicon::AUXILIARIES.contains(w)
        };
    // (A count, a share or a word that describes before it makes it a noun.)
    let noun = at > sentence.start && words.is_word(at - 1) && {
        let p = words.lower(at - 1);
        p.starts_with(|c: char| c.is_ascii_digit())
            || matches!(p, "percent" | "%" | "of" | "for" | "and" | "or")
            || (!words.is_capitalized(at - 1)
                && (vectors::may_be_adjective(p) && !vectors::may_be_noun(p)))
    };
    next && !noun
}

/// Where the thing a side is taken on ends, in `body` right after the verb: the name or the
/// noun phrase ("endorsed Cruz last week", "supported her by a 40-point margin", "criticized
/// Clinton's record and said …"), not the clause that goes on after it. A gerund's clause is
/// the thing whole ("supports raising the levy to $15 an hour"), as are an infinitive's ("plans
/// to veto the bill") and a quotation.
fn side_object_end(words: &Words, body: Range<usize>) -> usize {
    let first = body.start;
    if !words.is_word(first) || words.quoted(first) {
        return body.end;
    }
    let w = words.lower(first);
    if (w.ends_with("ing") && !words.is_capitalized(first) && vectors::may_be_verb(w)) || w == "to"
    {
        return body.end;
    }
    let mut k = first + 1;
    while k < body.end {
        if !words.is_word(k) {
            if matches!(words.kind(k), TokenKind::OpenQuote | TokenKind::CloseQuote)
                || matches!(words.text(k), "-" | "'" | "’" | "." | "&")
            {
                k += 1;
                continue;
            }
            break;
        }
        let w = words.lower(k);
        // "wants policies that create more revenue": a relative clause on the noun says which
        // of them is wanted, so it is part of the thing. (Not "who": "backs the contractor
        // who said …" takes a side on a person, named already.)
        if matches!(w, "that" | "which")
            && words.is_word(k - 1)
            && k + 1 < body.end
            && opens_relative_predicate(words, k + 1)
        {
            return relative_clause_end(words, k + 1, body.end);
        }
        let joins = matches!(w, "and" | "or") && {
            // "Sanders and Clinton", "the House and the Senate": another of the same; "and has
            // appeared", "but only after" go on with the clause.
            k + 1 < body.end
                && words.is_word(k + 1)
                && (words.is_capitalized(k + 1)
                    || lexicon::DETERMINERS.contains(words.lower(k + 1)))
        };
        // "actions on immigration": what a common noun is on goes with it ("Trump on Tuesday",
        // "the bill on the floor" do not).
        let topic = w == "on"
            && !words.is_capitalized(k - 1)
            && k + 1 < body.end
            && words.is_word(k + 1)
            && !time_at(words, k + 1)
            && !lexicon::DETERMINERS.contains(words.lower(k + 1));
        let ends = (matches!(w, "and" | "or") && !joins)
            || (w != "of" && !topic && lexicon::NP_PREPOSITIONS.contains(w))
            || (!topic
                && (lexicon::NP_STOPS.contains(w) || lexicon::PREPOSITIONS_AFTER_CUE.contains(w)))
            || lexicon::AUXILIARIES.contains(w)
            || time_at(words, k)
            || (!words.is_capitalized(k) && vectors::is_ly_modifier(w));
        if ends {
            break;
        }
        k += 1;
    }
    k
}

/// Whether word `k`, right after a relative "that" or "which", is the clause's verb
/// ("that create", "which would"), not the subject of a clause of its own ("that the city").
fn opens_relative_predicate(words: &Words, k: usize) -> bool {
    let w = words.lower(k);
    words.is_word(k)
        && !words.is_capitalized(k)
        && !lexicon::DETERMINERS.contains(w)
        && (lexicon::AUXILIARIES.contains(w) || vectors::may_be_verb(w))
}

/// Where a relative clause whose verb is at `from` ends in a body ending at `end`: at a
/// punctuation mark that closes a phrase, at "but", or at an "and" or "or" that opens a
/// phrase of its own ("and Republicans want …", "or the city pays").
fn relative_clause_end(words: &Words, from: usize, end: usize) -> usize {
    let mut k = from;
    while k < end {
        if !words.is_word(k) {
            if matches!(words.kind(k), TokenKind::OpenQuote | TokenKind::CloseQuote)
                || matches!(words.text(k), "-" | "'" | "’" | "." | "&" | "$" | "%")
            {
                k += 1;
                continue;
            }
            break;
        }
        let w = words.lower(k);
        if w == "but"
            || (matches!(w, "and" | "or")
                && k + 1 < end
                && words.is_word(k + 1)
                && (words.is_capitalized(k + 1)
                    || lexicon::DETERMINERS.contains(words.lower(k + 1))))
        {
            break;
        }
        k += 1;
    }
    k
}

pub(super) fn hedge_before(words: &Words, i: usize, floor: usize) -> bool {
    (i.saturating_sub(3).max(floor)..i)
        .any(|k| words.is_word(k) && lexicon::HEDGES.contains(words.lower(k)))
}

#[allow(clippy::too_many_arguments)]
pub(super) fn verb_attribution(
    words: &Words,
    hit: &Hit,
    lemma: &str,
    class: VerbClass,
    sentence: &Range<usize>,
    cursor: usize,
    forward_end: usize,
    earlier: &[Attribution],
    lex: &AttributionLexicon,
) -> Option<Attribution> {
    let stance = class.stance();
    let first = words.lower(hit.range.start);
    if class.is_side() && !takes_a_side(words, hit.range.start, hit.range.end, sentence, lemma) {
        return None;
    }
    // "a group called Save the Pier", "a play called “Low Tide”", "one newly formed trust
    // called …": "called" after an indefinite noun (its determiner up to six words back)
    // names it. ("A spokesman for the mayor called Ruiz a liar" calls a person something: a
    // second object follows the name.)
    if matches!(first, "called" | "named")
        && hit.range.end < sentence.end
        && (words.is_capitalized(hit.range.end)
            || words.kind(hit.range.end) == TokenKind::OpenQuote)
        && (hit.range.start.saturating_sub(6).max(sentence.start)..hit.range.start)
            .rev()
            .take_while(|&k| words.is_word(k))
            .any(|k| matches!(words.lower(k), "a" | "an" | "one"))
        && !names_then_calls(words, hit.range.end, sentence.end)
    {
        return None;
    }
    // "Clinton called Sanders to congratulate him": a call made to someone, to do something
    // or for something, says nothing of them.
    // ("called Wednesday for the justice to resign" demands it.)
    if lemma == "call"
        && hit.range.end < sentence.end
        && !lexicon::CALENDAR.contains(words.lower(hit.range.end))
        && dares_or_contests(words, hit.range.end, sentence.end)
    {
        return None;
    }
    // "By the time the inquiry concluded, …", "When the hearing ended, …": a verb that
    // closes an opening clause of time says nothing.
    let after = hit.range.end;
    if after + 1 < sentence.end
        && words.text(after) == ","
        && words.kind(after + 1) != TokenKind::OpenQuote
        && opens_with_time_clause(words, sentence.start)
        && !(sentence.start..hit.range.start).any(|k| words.text(k) == ",")
    {
        return None;
    }
    let participle = first.ends_with("ing")
        && hit.range.start > sentence.start
        && after_opener(words, hit.range.start, sentence.start, |w| {
            lexicon::PARTICIPLE_OPENERS.contains(w)
        });
    let mut via = Vec::new();
    let (speaker, subject_start) = if participle {
        // "X defended not paying an architect who said he was cheated, saying …": the one a
        // relative clause describes is not who goes on with the participle.
        // (Nor a document's finding: "polls showing a tie, … by questioning".)
        let relative = |a: &Attribution| {
            a.cue.start > 0 && matches!(words.lower(a.cue.start - 1), "who" | "which")
                || words.lower(a.cue.start) == "showing"
        };
        let before = earlier.iter().rposition(|a| !relative(a));
        let speaker = if let Some(k) = before {
            SpeakerAt::SameAs(k)
        } else {
            // "Before the convention, Cleveland Police Chief Calvin Williams lobbied …,
            // saying …": skip a dateline and an opening phrase that ends in a comma.
            let from = skip_openings(
                words,
                skip_dateline(words, sentence.start..hit.range.start),
                hit.range.start,
            );
            if from >= hit.range.start || !opens_with_subject(words, from) {
                return None;
            }
            // Only a plain subject, a name or a description, cut before its verb.
            let mut e = from;
            // Adjectives count when a role or a name follows: "The former Republican
            // presidential candidate".
            let nominal = |k: usize| {
                words.is_word(k)
                    && (words.is_capitalized(k)
                        || lex.roles().contains_key(words.lower(k))
                        || lexicon::PERSON_NOUNS.contains(words.lower(k)))
            };
            // "Reid frequently mocked Romney for …": the subject ends at its verb, a past
            // tense after the name or an adverb before one.
            let predicate = |k: usize| {
                let w = words.lower(k);
                !words.is_capitalized(k)
                    && ((w.ends_with("ed") && k > from && nominal(k - 1))
                        || (vectors::is_ly_modifier(w)
                            && k + 1 < hit.range.start
                            && !words.is_capitalized(k + 1)
                            && words.lower(k + 1).ends_with("ed")))
            };
            while e < hit.range.start
                && words.is_word(e)
                && !predicate(e)
                && (nominal(e)
                    || lexicon::DETERMINERS.contains(words.lower(e))
                    || (e > from && matches!(words.lower(e), "of" | "for" | "at"))
                    || (!lexicon::NP_STOPS.contains(words.lower(e))
                        && !lex.is_verb(words.lower(e))
                        && (e + 1..(e + 4).min(hit.range.start)).any(nominal)))
            {
                e += 1;
            }
            // What follows the subject must be its verb, not more of a phrase.
            if e == from
                || e - from > 10
                || e >= hit.range.start
                || words.text(e) == "," && e + 1 == hit.range.start
            {
                return None;
            }
            SpeakerAt::SentenceSubject(from..e)
        };
        (speaker, hit.range.start)
    } else if let Some(after) = inverted_subject(words, hit, sentence.start, forward_end) {
        let start = hit.range.start;
        let s = SpeakerAt::Tokens(after.clone());
        // The speaker's words end the cue region.
        let bodies = backward_bodies(words, cursor, start);
        let mut a = Attribution {
            cue: hit.range.clone(),
            speaker: s,
            via,
            bodies,
            stance,
            hedged: false,
            claims_previous_quote: false,
        };
        let rest = skip_forward(words, after.end, forward_end);
        // "The contrast with the mayor, said Ana Ruiz, would be clear": the subject before the
        // cue and its verb after the speaker are one claim, the attribution inside it.
        if continues_after(words, after.end, forward_end)
            && let [b] = a.bodies.as_mut_slice()
            && !starts_quote(words, b.tokens.start)
            && !b
                .tokens
                .clone()
                .any(|k| lexicon::AUXILIARIES.contains(words.lower(k)))
        {
            b.tokens.end = forward_end;
            return Some(a);
        }
        if rest < forward_end && has_words(words, rest..forward_end) && starts_quote(words, rest) {
            a.bodies.push(Body {
                tokens: rest..forward_end,
            });
        }
        return Some(a);
    } else if let Some(r) = speaker_before_who(words, hit, earlier, sentence.start) {
        // "“…,” said Ana Ruiz, who added that …": the speaker named after the cue before is
        // the relative pronoun's, and the clause after this cue is theirs.
        (SpeakerAt::Tokens(r), hit.range.end)
    } else if let Some(k) = relative_before(words, hit, earlier, cursor) {
        // "Lee, who says the count was rushed, said …": the one the relative clause
        // describes goes on with the main verb.
        (SpeakerAt::SameAs(k), hit.range.start)
    } else {
        match subject_left(words, hit.range.start, sentence.start.max(cursor), lex) {
            // "Everything the mayor says is …", "Whatever his doubts, …": a free relative or
            // a concession, whose verb is no one's claim; "All told, …" means "in all".
            Some(subject)
                if (subject.start.saturating_sub(1)..=subject.start).any(|k| {
                    k >= sentence.start
                        && matches!(
                            words.lower(k),
                            "everything" | "anything" | "whatever" | "whichever"
                        )
                }) || (subject.len() == 1
                    && words.lower(subject.start) == "all"
                    && first == "told"
                    && words.text(hit.range.end) == ",")
                    // "No group has claimed responsibility", "Nobody said": no one's words;
                    // "Despite challenging the figures, Lee said": a phrase, not a subject.
                    || matches!(words.lower(subject.start), "no" | "nobody" | "none")
                    || (subject.len() == 1
                        && lexicon::NOT_SUBJECT_OPENERS.contains(words.lower(subject.start))) =>
            {
                return None;
            }
            Some(subject) => {
                let start = subject.start;
                (SpeakerAt::Tokens(subject), start)
            }
            // "She urges her husband to stop and repeatedly says, …": a second verb of the
            // sentence's subject.
            None => 'subject: {
                let mut k = hit.range.start;
                while k > sentence.start
                    && (lexicon::VERB_PREFIX.contains(words.lower(k - 1))
                        || vectors::is_ly_modifier(words.lower(k - 1)))
                {
                    k -= 1;
                }
                // "CITY, Sept 22 (Reuters) — Valdonia accused …, and said …": past the dateline.
                let opening = skip_openings(words, skip_dateline(words, sentence.start..k), k);
                // ("Democrats want more, and Republicans want less (they want lower rates and
                // suggest …)": a pronoun opening a later clause of the sentence is the
                // subject of its verbs.)
                let opening = (opening + 1..k)
                    .rev()
                    .find(|&p| {
                        lexicon::SPEAKER_PRONOUNS.contains(words.lower(p))
                            && !words.quoted(p)
                            && matches!(words.lower(p - 1), "(" | ";" | "," | "and" | "but")
                    })
                    .unwrap_or(opening);
                // ("…, but said …" as well: "conceded the name was wrong, but said …".)
                let coordinated = k > opening && matches!(words.lower(k - 1), "and" | "but");
                let subject = np_right(words, opening, k);
                // (A long phrase is fine when a name opens it: "Maria Santos of Keane
                // Securities called the results … and said …", or before "said" when a verb
                // follows the sentence's subject: "He also voiced doubts about the new ferry
                // timetable in the north and said …"; see below. Not "have conceded 11 goals".)
                let long = subject.len() > 6 && !words.is_capitalized(opening + 1);
                // "Ana Ruiz of the port board defended the plan and said …": the speaker of
                // the sentence's earlier cue, when it opens the sentence, goes on with a verb
                // of saying joined to it.
                let joined = coordinated
                    && (lemma == "say" || class == VerbClass::Speech)
                    && opens_with_subject(words, opening);
                if let Some(k) = joined
                    .then(|| earlier_speaker_at(earlier, opening))
                    .flatten()
                {
                    break 'subject (SpeakerAt::SameAs(k), hit.range.start);
                }
                if !coordinated || subject.is_empty() || !opens_with_subject(words, opening) {
                    return None;
                }
                // A pronoun, or the name that opens the sentence, up to its verb.
                let first = words.lower(opening);
                let subject = if lexicon::SPEAKER_PRONOUNS.contains(first) {
                    opening..opening + 1
                } else {
                    let mut e = opening;
                    // ("Valdonia accused …": "accused" is the verb here, not a role.)
                    // ("Presumptive Green mayoral nominee Ana Ruiz called …": an
                    // adjective before a role or a name is part of the title.)
                    let titling = |k: usize| {
                        words.is_capitalized(k) || lex.roles().contains_key(words.lower(k))
                    };
                    while e < subject.end
                        && words.is_word(e)
                        && (words.is_capitalized(e)
                            || lexicon::DETERMINERS.contains(words.lower(e))
                            || (lex.roles().contains_key(words.lower(e))
                                // ("Council members complained …": people after a name.)
                                || e > opening && lexicon::PERSON_NOUNS.contains(words.lower(e)))
                                && !lex.is_verb(words.lower(e))
                            || (vectors::may_be_adjective(words.lower(e))
                                && !lex.is_verb(words.lower(e))
                                && e + 1 < subject.end
                                && titling(e + 1))
                            // ("The appeals court overruled … and said …": a noun naming
                            // which body.)
                            || (e > opening
                                && !lex.is_verb(words.lower(e))
                                && !words.lower(e).ends_with("ed")
                                && vectors::may_be_noun(words.lower(e))
                                && e + 1 < subject.end
                                && lex.roles().contains_key(words.lower(e + 1))
                                && !lex.is_verb(words.lower(e + 1))))
                    {
                        e += 1;
                    }
                    opening..e
                };
                // ("The agency was forced into a rare correction of its figures and said …":
                // the subject, then its verb; a past tense too rare for the word lists,
                // "philosophized", is one as well.)
                let verb_next = subject.end < k && {
                    let next = words.lower(subject.end);
                    !words.is_capitalized(subject.end)
                        && (lex.is_verb(next)
                            || lexicon::VERB_PREFIX.contains(next)
                            || vectors::may_be_verb(next)
                            || next.len() > 4 && next.ends_with("ed"))
                };
                if subject.is_empty() || (long && !(verb_next && lemma == "say")) {
                    return None;
                }
                // Only a speaker can be the subject: a pronoun, a name or a role.
                let first = words.lower(subject.start);
                // ("The Herald read the letter and said …": "the" and a proper name.)
                // (A name that is all of the subject: a verb after it, not "The Reyes ad".)
                let the_name = first == "the"
                    && subject.len() >= 2
                    && (subject.start + 1..subject.end).all(|k| words.is_capitalized(k))
                    && subject.end < k
                    && {
                        let next = words.lower(subject.end);
                        !words.is_capitalized(subject.end)
                            && (lex.is_verb(next) || vectors::may_be_verb(next))
                            && !lex.roles().contains_key(next)
                    };
                let speakerlike = lexicon::SPEAKER_PRONOUNS.contains(first)
                    || (words.is_capitalized(subject.start)
                        && !lexicon::DETERMINERS.contains(first)
                        && !matches!(first, "any" | "some" | "no" | "every"))
                    || the_name
                    || lex.roles().contains_key(words.lower(subject.end - 1));
                if !speakerlike || lemma != "say" && class != VerbClass::Speech {
                    return None;
                }
                // "A spokesman for the firm said …, but confirmed …": the speaker of the
                // sentence's earlier cue, whole.
                match earlier_speaker_at(earlier, subject.start) {
                    Some(k) => (SpeakerAt::SameAs(k), hit.range.start),
                    None => (SpeakerAt::SentenceSubject(subject), hit.range.start),
                }
            }
        }
    };
    // The words after the cue: objects, adverbials, then the clause.
    let mut start = hit.range.end;
    let ends_in_preposition = hit.range.len() > 1
        && lexicon::CUE_END_PREPOSITIONS.contains(words.lower(hit.range.end - 1));
    // (A cue phrase holds its hearer already: after "told reporters", "the pier would
    // close" is the claim, not another hearer.)
    let heard = hit.range.len() > 1 && !ends_in_preposition;
    if ends_in_preposition || (!heard && matches!(lemma, "tell" | "inform" | "assure" | "brief")) {
        let (object_end, agency) = skip_object(words, start, forward_end, lex);
        if let Some(a) = agency {
            via.push(a);
        }
        start = object_end;
    }
    // "released a statement Wednesday saying …", "responded Friday, saying …": a participle
    // of saying after the cue, past a time, is the cue's (as PolNeAR marks it).
    let mut k = start;
    while k < forward_end && (words.text(k) == "," || is_time(words.lower(k))) {
        k += 1;
    }
    if k < forward_end && !words.quoted(k) && matches!(words.lower(k), "saying" | "stating") {
        start = k + 1;
    }
    // "said, without evidence, that …", "told reporters, however, that …", "reported on
    // Tuesday, citing two officials, that …": a few words between commas before the cue's
    // "that" are the narrator's, not the claim.
    let mut comma = start;
    while comma < forward_end
        && comma < start + 3
        && (matches!(
            words.lower(comma),
            "on" | "late" | "early" | "last" | "this"
        ) || is_time(words.lower(comma)))
    {
        comma += 1;
    }
    if comma < forward_end
        && words.text(comma) == ","
        && let Some(k) = (comma + 2..(comma + 12).min(forward_end)).find(|&k| words.text(k) == ",")
        && k + 2 < forward_end
        && words.lower(k + 1) == "that"
        && (start..=k + 1).all(|i| !words.quoted(i) && words.kind(i) != TokenKind::OpenQuote)
    {
        start = k + 2;
    }
    let after_cue = start;
    // ", while a criminal group put the number at 38 million": a contrasting clause with a
    // subject of its own is not part of the claim.
    let forward_end = (start..forward_end)
        .find(|&k| {
            words.text(k) == ","
                && !words.quoted(k)
                && k + 1 < forward_end
                && matches!(words.lower(k + 1), "while" | "whereas")
        })
        .unwrap_or(forward_end);
    // "the Harbour Board, which contended that the fees were unpaid, is …": a relative
    // clause's claim ends where the sentence it sits in goes on.
    // (The pronoun right before the verb, not a clause describing the subject: "Ana Ruiz,
    // who leads the union, said the fees, compiled …".)
    let relative = (subject_start..hit.range.start).any(|k| {
        matches!(words.lower(k), "who" | "which")
            && k > 0
            && words.text(k - 1) == ","
            && (k + 1..hit.range.start).all(|m| {
                lexicon::VERB_PREFIX.contains(words.lower(m))
                    || vectors::is_ly_modifier(words.lower(m))
            })
    });
    let forward_end = if relative {
        (start..forward_end)
            .find(|&k| {
                words.text(k) == ","
                    && !words.quoted(k)
                    && k + 1 < forward_end
                    && (lexicon::AUXILIARIES.contains(words.lower(k + 1))
                        || (!words.is_capitalized(k + 1) && past_tense(words.lower(k + 1))))
            })
            .unwrap_or(forward_end)
    } else {
        forward_end
    };
    // "While the mayor said the pier was sound, the board …": in a clause of concession the
    // claim ends at the comma that closes the clause; the main clause is the narration's.
    let forward_end = if conceding(words, subject_start, sentence.start) {
        (start + 1..forward_end)
            .find(|&k| words.text(k) == "," && !words.quoted(k) && k + 1 < forward_end)
            .unwrap_or(forward_end)
    } else {
        forward_end
    };
    let start = skip_forward(words, start, forward_end);
    // "questioned that determination, waging a campaign …": what is aimed at ends with its
    // noun; the participle after it tells what the speaker did next.
    let aimed = start + 1 < forward_end
        && matches!(
            words.lower(start),
            "that" | "the" | "this" | "these" | "those"
        )
        && lexicon::REPORT_NOUNS.contains(words.lower(start + 1));
    let forward_end = if aimed {
        (start + 2..forward_end)
            .find(|&k| {
                words.text(k) == ","
                    && k + 1 < forward_end
                    && !words.is_capitalized(k + 1)
                    && words.lower(k + 1).ends_with("ing")
            })
            .unwrap_or(forward_end)
    } else {
        forward_end
    };
    let rest = start..forward_end.max(start);
    // "…, the agency said on Thursday, more than seven times …": after a time phrase, a
    // comma closes the attribution; what follows comments on the claim before it.
    let comma_closed = start > after_cue + 1
        && words.text(start - 1) == ","
        && (after_cue..start - 1).any(|i| words.is_word(i))
        && !rest.clone().any(|i| words.kind(i) == TokenKind::OpenQuote)
        && !backward_bodies(words, cursor, subject_start).is_empty();
    // "said that in March only 22 homes were standing": after "that" comes a clause, however
    // it opens.
    let after_that = start > after_cue && words.lower(start - 1) == "that";
    // "“…,” she told fishing crews in Ashby": after "told", words with no clause in
    // them (no "that", quotation, auxiliary, pronoun subject, past tense or "to" of what
    // the hearer should do) are the hearer and where or when.
    let hearer_only = lemma == "tell"
        && !rest.is_empty()
        && !rest.clone().any(|i| {
            let w = words.lower(i);
            let pronoun = w.split('\'').next().unwrap_or(w);
            words.kind(i) == TokenKind::OpenQuote
                || matches!(w, "that" | "to")
                || w.ends_with("n't")
                || lexicon::AUXILIARIES.contains(w)
                || lexicon::SUBJECT_PRONOUNS.contains(pronoun)
                || (w.len() > 3 && w.ends_with("ed") && !words.is_capitalized(i))
                // ("told reporters the photo broke the rules", "… violates the rules".)
                || (!words.is_capitalized(i) && (past_tense(w) || finite_verb(words, i)))
        });
    let trailing =
        !participle && !after_that && (comma_closed || hearer_only || trails(words, rest.clone()));
    // "responded with loud cheers", "responding to the strike": after a verb of answering, "with"
    // or "to" tells how it answered or to what, not what was said. ("by" may still lead to
    // words: "responded by reading out the figures to show that …"; and a quotation around it is
    // what was said: "“No,” she replied with a smile.")
    let how_answered = matches!(lemma, "respond" | "reply" | "answer")
        && start < forward_end
        && !words.quoted(start)
        && matches!(words.lower(start), "to" | "with")
        && !rest.clone().any(|i| words.kind(i) == TokenKind::OpenQuote);
    if how_answered && !trailing {
        return None;
    }
    let mut bodies = Vec::new();
    if trailing {
        bodies = backward_bodies(words, cursor, subject_start);
        // "It is his job, he said, to talk to the council": an infinitive after the cue set
        // off by commas goes on with the clause before it, the cue inside.
        let goes_on = !participle
            && rest.len() > 1
            && start > 0
            && words.text(start - 1) == ","
            && subject_start > 0
            && words.text(subject_start - 1) == ","
            && words.lower(rest.start) == "to"
            && words.is_word(rest.start + 1)
            && !words.is_capitalized(rest.start + 1)
            && !lexicon::DETERMINERS.contains(words.lower(rest.start + 1))
            && vectors::may_be_verb(words.lower(rest.start + 1));
        if goes_on
            && let [b] = bodies.as_mut_slice()
            && !starts_quote(words, b.tokens.start)
        {
            b.tokens.end = rest.end;
        }
        if bodies.is_empty() {
            // "…, a claim officials in Canberra rejected": the claim is the clause before.
            let mut k = subject_start;
            if k > sentence.start && matches!(words.lower(k - 1), "that" | "which") {
                k -= 1;
            }
            // "…, which officials dispute": "which" alone frames it for a denial.
            let which = stance == Stance::Deny
                && k > sentence.start + 1
                && k < subject_start
                && words.lower(k) == "which"
                && words.text(k - 1) == ",";
            let k = if which { k + 2 } else { k };
            let frame = if which {
                Some(k - 2)
            } else if k >= sentence.start + 3 {
                report_frame(words, k)
            } else {
                None
            };
            if let Some(frame) = frame {
                // The clause is the previous attribution's ("X said that …, a claim Y denied").
                // (Of the bodies that reach the frame, the one that starts first: "said that
                // officers waited hours before calling an ambulance, a timeline …" frames the
                // whole clause, not the object of "calling".)
                let comma = frame - 1;
                let reaching = earlier
                    .iter()
                    .flat_map(|a| &a.bodies)
                    .filter(|b| b.tokens.start < comma && b.tokens.end + 1 >= comma)
                    .map(|b| b.tokens.start)
                    .min();
                let from = reaching
                    .or_else(|| {
                        earlier
                            .last()
                            .and_then(|a| a.bodies.last())
                            .map(|b| b.tokens.start)
                    })
                    .map_or(cursor, |start| start.min(cursor));
                bodies = backward_bodies(words, from, frame);
                // The frame is part of what the speaker says: "… — a point that officials
                // have disputed"; so is what the speaker called it ("something he denied to
                // me as laughable").
                let called = rest.clone().take(4).any(|k| words.lower(k) == "as");
                let end = if called { rest.end } else { hit.range.end };
                for body in &mut bodies {
                    body.tokens.end = end;
                }
            }
        }
        if bodies.is_empty() {
            // `"… Rubio!" US Senator Jeff Sessions said.`: the quotation ended the previous
            // sentence; the paragraph gives it to this attribution.
            if subject_start == sentence.start
                && words.kind(subject_start.saturating_sub(1)) == TokenKind::CloseQuote
            {
                return Some(Attribution {
                    cue: hit.range.clone(),
                    speaker,
                    via,
                    bodies: Vec::new(),
                    stance,
                    hedged: false,
                    claims_previous_quote: true,
                });
            }
            return None;
        }
    } else if has_words(words, rest.clone()) {
        // `"A," he said, "B."`: a quotation before the cue belongs to it as well, and so
        // does a clause that the words after the cue continue: "guards fired only warning
        // shots, the ministry said, and detained two soldiers".
        let before = backward_bodies(words, cursor, subject_start);
        // "Two soldiers were wounded, he said, one of them seriously": what follows the cue
        // only adds to the clause before it.
        let elaboration = lexicon::ELABORATION_OPENERS.contains(words.lower(start))
            && rest.clone().filter(|&k| words.is_word(k)).count() <= 6;
        let coordinated = !participle
            && start > after_cue
            && words.text(start - 1) == ","
            && (matches!(words.lower(start), "and" | "but") || elaboration);
        // "The new clubhouse, the council said, will open in May": a subject before
        // the cue and its verb after it are one clause, the cue inside it.
        let split_subject = !participle
            && start > after_cue
            && words.text(start - 1) == ","
            && finite_verb(words, start)
            && subject_start > 0
            && words.text(subject_start - 1) == ","
            && matches!(before.as_slice(), [b] if !starts_quote(words, b.tokens.start)
            && b.tokens.clone().filter(|&k| words.is_word(k)).count() <= 12
            && !b.tokens.clone().any(|k| {
                words.quoted(k) || lexicon::AUXILIARIES.contains(words.lower(k))
            }));
        if split_subject {
            bodies.push(Body {
                tokens: before[0].tokens.start..rest.end,
            });
        } else {
            if coordinated || before.iter().any(|b| starts_quote(words, b.tokens.start)) {
                bodies.extend(before);
            }
            // `chanted "What curfew?" and kept going`: a quotation right after the cue is the
            // claim, not the narration that follows it.
            let rest = if starts_quote(words, rest.start) {
                let mut e = rest.start;
                while e < rest.end
                    && (words.quoted(e)
                        || matches!(words.kind(e), TokenKind::OpenQuote | TokenKind::CloseQuote)
                        || (!words.is_word(e)
                            && e + 1 < rest.end
                            && words.kind(e + 1) == TokenKind::OpenQuote))
                {
                    e += 1;
                }
                // … unless the clause goes on with the quotation as its subject: `said "well over
                // 600 firefighters" were now working the fire`.
                // Nor when the quotation ends in a figure whose noun follows it: `said "well over
                // twenty thousand" people had taken part`.
                // Nor after "that": the quotation is part of the clause it opens, and a lower-case
                // word after it goes on with that clause (`said that "we need to be ready" for
                // the storm`).
                let continues = e < rest.end
                    && (lexicon::CLAUSE_VERBS.contains(words.lower(e))
                        || quoted_figure_goes_on(words, rest.start..e)
                        || quoted_clause_goes_on(words, rest.start..e));
                if continues { rest } else { rest.start..e }
            } else {
                rest
            };
            if !(elaboration && coordinated && !bodies.is_empty()) {
                bodies.push(Body { tokens: rest });
            }
        }
    } else if subject_start > cursor {
        bodies = backward_bodies(words, cursor, subject_start);
    }
    if bodies.is_empty() {
        return None;
    }
    // A side is taken on what follows the verb; the words before it ("Steering clear of the
    // rhetoric, Kasich sought to …") are the narration's.
    if class.is_side() {
        bodies.retain(|b| b.tokens.start >= hit.range.end);
        for body in &mut bodies {
            body.tokens.end = side_object_end(words, body.tokens.clone());
        }
        if bodies.is_empty() {
            return None;
        }
    }
    Some(Attribution {
        cue: hit.range.clone(),
        speaker,
        via,
        bodies,
        stance,
        hedged: false,
        claims_previous_quote: false,
    })
}

/// Whether a quotation (`quote`, marks included) ends in a figure and the clause goes on with
/// what it counts: a lower-case word right after the closing mark (`"dozens" of people`,
/// `"more than 300" homes were lost`), not a word that joins another clause ("and", "but").
fn quoted_figure_goes_on(words: &Words, quote: Range<usize>) -> bool {
    let Some(last) = quote.clone().rev().find(|&k| words.is_word(k)) else {
        return false;
    };
    let w = words.lower(last);
    let figure = w.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || crate::matcher::words::number_word(w).is_some()
        || matches!(
            w.trim_end_matches('s'),
            "dozen" | "hundred" | "thousand" | "million" | "billion"
        );
    let next = quote.end;
    figure
        && words.is_word(next)
        && !words.is_capitalized(next)
        && !lexicon::CLAUSE_JOINS.contains(words.lower(next))
}

/// Whether a quotation (`quote`, marks included) opens a clause after "that" and the clause
/// goes on after its closing mark: a lower-case word that joins no other clause ("and",
/// "but") and the quotation not ended by a stop of its own ("… ready." as the crowd …).
fn quoted_clause_goes_on(words: &Words, quote: Range<usize>) -> bool {
    let next = quote.end;
    let ended = quote
        .clone()
        .rev()
        .find(|&k| !matches!(words.kind(k), TokenKind::OpenQuote | TokenKind::CloseQuote))
        .is_some_and(|k| matches!(words.text(k), "." | "!" | "?" | ","));
    quote.start > 0
        && words.lower(quote.start - 1) == "that"
        && !ended
        && words.is_word(next)
        && !words.is_capitalized(next)
        && !lexicon::CLAUSE_JOINS.contains(words.lower(next))
}

/// Whether words hold no clause of their own: no auxiliary, no past tense in "-ed" but in a
/// name.
fn clause_free(words: &Words, range: Range<usize>) -> bool {
    range.into_iter().all(|k| {
        let w = words.lower(k);
        !words.is_word(k)
            || words.is_capitalized(k)
            || !(lexicon::AUXILIARIES.contains(w) || (w.len() > 4 && w.ends_with("ed")))
    })
}

/// The attribution of a relative clause ("…, who says …,") that ends right before this cue
/// and its comma: its speaker is this verb's subject.
fn relative_before(
    words: &Words,
    hit: &Hit,
    earlier: &[Attribution],
    cursor: usize,
) -> Option<usize> {
    let k = earlier.len().checked_sub(1)?;
    let a = &earlier[k];
    let start = hit.range.start;
    // (A verb of saying: "who said …, issued a statement saying …" leaves the statement to
    // its participle.)
    let saying = matches!(&hit.kind, HitKind::Verb { lemma, .. }
        if matches!(lemma.as_str(), "say" | "tell" | "add"));
    (saying
        && a.cue.start > 0
        && words.lower(a.cue.start - 1) == "who"
        && cursor <= start
        && start > 0
        && start - cursor <= 2
        && words.text(start - 1) == ","
        && (cursor..start).all(|i| !words.is_word(i))
        && a.bodies.iter().all(|b| b.tokens.end <= start))
    .then_some(k)
}

/// The words of an earlier speaker of the sentence named right before ", who" and this cue
/// (adverbs between): "said Ana Ruiz, who added that …", "according to the board, which also
/// said …".
fn speaker_before_who(
    words: &Words,
    hit: &Hit,
    earlier: &[Attribution],
    floor: usize,
) -> Option<Range<usize>> {
    let mut k = hit.range.start;
    while k > floor
        && (lexicon::VERB_PREFIX.contains(words.lower(k - 1))
            || vectors::is_ly_modifier(words.lower(k - 1)))
    {
        k -= 1;
    }
    if k < floor + 2 || !matches!(words.lower(k - 1), "who" | "which") || words.text(k - 2) != "," {
        return None;
    }
    let comma = k - 2;
    earlier.iter().rev().find_map(|a| match &a.speaker {
        SpeakerAt::Tokens(r) if r.end == comma && r.start > a.cue.start => Some(r.clone()),
        _ => None,
    })
}

/// Whether the clause before an inverted cue goes on after its speaker: "The contrast, said
/// Ana Ruiz, would be clear" (a comma, then an auxiliary or a verb in "-s").
fn continues_after(words: &Words, np_end: usize, end: usize) -> bool {
    np_end + 1 < end && words.text(np_end) == "," && finite_verb(words, np_end + 1)
}

/// Whether word `k` opens a predicate: an auxiliary ("would"), or a present tense that can be
/// nothing but a verb ("becomes", "seems"; not "remains", which is a noun too).
fn finite_verb(words: &Words, k: usize) -> bool {
    let w = words.lower(k);
    lexicon::AUXILIARIES.contains(w)
        || (w.len() > 3
            && w.ends_with('s')
            && !words.is_capitalized(k)
            && vectors::may_be_verb(w)
            && !vectors::may_be_noun(w))
}

/// `"…," said Lucía Ferreyra, the agency's director.`: the speaker follows the verb.
pub(super) fn inverted_subject(
    words: &Words,
    hit: &Hit,
    floor: usize,
    end: usize,
) -> Option<Range<usize>> {
    let i = hit.range.start;
    if i == floor || hit.range.len() != 1 {
        return None;
    }
    let prev = i - 1;
    let after_quote = words.kind(prev) == TokenKind::CloseQuote
        || (words.text(prev) == ","
            && prev > floor
            && words.kind(prev - 1) == TokenKind::CloseQuote);
    let next = hit.range.end;
    if next >= end || !words.is_word(next) {
        return None;
    }
    // "The bridge is unsafe, said Ana Ruiz, an engineer": a clause of its own before the
    // comma, and a speaker after the verb, not a time ("said Tuesday that …").
    // (A verb with a hearer, "told AFP", names the hearer after it, not the speaker.)
    let hearer = matches!(&hit.kind, HitKind::Verb { lemma, .. }
        if matches!(lemma.as_str(), "tell" | "inform" | "assure" | "brief" | "warn" | "remind" | "ask"));
    // (Only "said" sits inside a clause it attributes: "The contrast, said Ana Ruiz, would be
    // clear"; "His group, called the Harbour Fund, will …" names.)
    let said = matches!(&hit.kind, HitKind::Verb { lemma, .. } if lemma == "say");
    // (Quoted words inside the clause are the narration's: "would do well to begin ''building
    // bridges'' to the board, said …"; a quotation that opens it is `after_quote`'s.)
    let marks = |kind: TokenKind| (floor..prev).filter(|&k| words.kind(k) == kind).count();
    let after_clause = words.text(prev) == ","
        && !hearer
        && !words.quoted(prev)
        && words.kind(floor) != TokenKind::OpenQuote
        && marks(TokenKind::OpenQuote) == marks(TokenKind::CloseQuote)
        && (floor..prev).filter(|&k| words.is_word(k)).count() >= 3
        && !is_time(words.lower(next))
        && !lexicon::CALENDAR.contains(words.lower(next));
    if !after_quote && !after_clause {
        return None;
    }
    // ("The agency, a booking firm, says that Ruiz has lost …": "that" before a name opens
    // the clause said; it is no determiner of the speaker.)
    if words.lower(next) == "that" && next + 1 < end && words.is_capitalized(next + 1) {
        return None;
    }
    let w = words.lower(next);
    let np = np_right(words, next, end);
    if np.is_empty() {
        return None;
    }
    // ("…, said Tom Reyes, an adviser to the council.", "…, a writer who worked there.": a
    // phrase or a relative clause of the apposition's own runs to the end.)
    let in_apposition = np.end < end && np.clone().any(|k| words.text(k) == ",");
    // ("…, a writer who has published books, papers and essays.": a list inside it.)
    let listed = |k: usize| {
        words.text(k) == ","
            && k + 1 < end
            && words.is_word(k + 1)
            && !words.is_capitalized(k + 1)
            && !lexicon::SUBJECT_PRONOUNS.contains(words.lower(k + 1))
    };
    let relative_to_end = in_apposition
        && words.lower(np.end) == "who"
        && (np.end..end).filter(|&k| words.is_word(k)).count() <= 18
        && (np.end..end).all(|k| {
            words.is_word(k) || words.text(k) == "." || words.text(k) == "'s" || listed(k)
        });
    let phrase_to_end = in_apposition
        && matches!(
            words.lower(np.end),
            "to" | "for" | "at" | "of" | "in" | "with" | "on" | "from"
        )
        && (np.end..end).filter(|&k| words.is_word(k)).count() <= 10
        && (np.end..end).all(|k| words.is_word(k) || matches!(words.text(k), "." | "'s" | "’s"))
        && clause_free(words, np.end..end);
    // (Unquoted, the speaker ends the sentence: "…, said Ana Ruiz, an engineer." Otherwise
    // "Ruiz, the mayor, said Valdonia had …" would make the claim its speaker.)
    let ends_sentence = np.end >= end
        || matches!(words.text(np.end), "." | "!" | "?" | ";")
        || phrase_to_end
        || relative_to_end
        || (said && continues_after(words, np.end, end))
        || apposition_goes_on(words, np.clone(), end);
    // And before any apposition it is a name or a role, no clause: "said Ana Ruiz", "said
    // the engineer", not "said the mayor's numbers did not stand up".
    // (A place after the name is no part of it: "said Ana Ruiz in Ashby".)
    let head = np.start
        ..(np.start + 1..np.end)
            .find(|&k| {
                words.text(k) == ","
                    || (matches!(words.lower(k), "in" | "from" | "at")
                        && words.is_capitalized(k - 1)
                        && k + 1 < np.end
                        && words.is_capitalized(k + 1))
            })
            .unwrap_or(np.end);
    let lex = lexicon::attribution();
    // ("said political scientist Ana Ruiz": describing words before a name.)
    let described = |k: usize| {
        let w = words.lower(k);
        k + 1 < head.end
            && words.is_capitalized(head.end - 1)
            && (w == "and"
                || (!lexicon::STOPWORDS.contains(w)
                    && (vectors::may_be_adjective(w) || lexicon::PERSON_NOUNS.contains(w))))
            && !lex.is_verb(w)
    };
    let named = head.len() <= 6
        && head.clone().all(|k| {
            words.is_capitalized(k)
                || lexicon::DETERMINERS.contains(words.lower(k))
                || (lex.roles().contains_key(words.lower(k)) && !lex.is_verb(words.lower(k)))
                || described(k)
        })
        && (words.is_capitalized(head.end - 1) || lex_role(words, head.end - 1));
    if !(after_quote || ends_sentence && named) {
        return None;
    }
    // "Lee, who calls the plan a “disaster,” said she does not believe …": a pronoun with
    // more words after it is the subject of what was said, not a speaker after the verb.
    if matches!(w, "he" | "she" | "they" | "it") && next + 1 < end && words.is_word(next + 1) {
        return None;
    }
    // ("Mr. Reyes, citing ''the magic of the city,'' said the candidate could win": a noun
    // phrase and its auxiliary after the verb are a clause, whose speaker came first.)
    if after_quote
        && (head.start + 1..=head.end).any(|k| {
            k < end
                && words.is_word(k)
                && !words.is_capitalized(k)
                && lexicon::AUXILIARIES.contains(words.lower(k))
        })
    {
        return None;
    }
    // "said one senior official", "said police", "said 9/11 widow Terry Strada".
    let names_someone = (np.start..np.end).any(|i| words.is_capitalized(i))
        || (np.start..np.end).any(|i| words.is_word(i) && lex_role(words, i));
    if !(lexicon::DETERMINERS.contains(w)
        || matches!(w, "he" | "she" | "they" | "it")
        || names_someone)
    {
        return None;
    }
    // (Without the place: "Ana Ruiz in Ashby" is Ana Ruiz.)
    let placed = head.end < np.end && words.text(head.end) != ",";
    Some(if placed { head } else { np })
}

/// Whether a word reads as a verb in the past: "-ed", or an irregular form other than the
/// base ("sent", "told"; not "cut", which is its own base).
pub(super) fn past_tense(word: &str) -> bool {
    word.ends_with("ed")
        || lexicon::matcher()
            .irregular
            .get(word)
            .is_some_and(|base| base.as_str() != word)
}

/// Whether what follows a speaker's noun phrase `np` only goes on describing it to the
/// sentence's `end`: a relative clause or a phrase after a comma ("said Ana Ruiz, who leads
/// the union", "…, with a smile"), a role after a comma ("…, director of the institute"), or
/// more of an apposition after "and" ("…, a pollster and consultant"). An auxiliary or a past
/// tense after it makes the phrase the subject of a clause instead ("said Valdonia and its
/// allies had …").
fn apposition_goes_on(words: &Words, np: Range<usize>, end: usize) -> bool {
    let at = np.end;
    // (A relative clause in the apposition is its own: "another writer who worked there".)
    let clause_free = |from: usize| {
        let to = (from..end)
            .find(|&k| matches!(words.lower(k), "who" | "whose"))
            .unwrap_or(end);
        clause_free(words, from..to)
    };
    match words.text(at) {
        "," if at + 1 < end => {
            let first = words.lower(at + 1);
            lexicon::APPOSITION_CONTINUERS.contains(first)
                || ((lex_role(words, at + 1) || matches!(first, "a" | "an" | "the" | "another"))
                    && (at + 1..end.min(at + 5)).any(|k| {
                        words.is_word(k)
                            && (lex_role(words, k)
                                || lexicon::PERSON_NOUNS.contains(words.lower(k)))
                    })
                    && clause_free(at + 1))
        }
        "and" | "or" => {
            let in_apposition = np.clone().any(|k| words.text(k) == ",");
            in_apposition
                && (at + 1..end).filter(|&k| words.is_word(k)).count() <= 4
                && clause_free(at + 1)
        }
        _ => false,
    }
}

/// Whether the subject starting at `subject_start` opens a clause of concession: "While
/// the mayor said …", "Although in March she said …", "But though Lee says …" (the word
/// of concession, then no comma, up to six words before the subject).
fn conceding(words: &Words, subject_start: usize, floor: usize) -> bool {
    (subject_start.saturating_sub(6).max(floor)..subject_start)
        .rev()
        .take_while(|&k| words.is_word(k) && !words.quoted(k))
        .any(|k| {
            matches!(words.lower(k), "while" | "although" | "though" | "whereas")
                && (k == floor
                    || matches!(words.text(k - 1), "," | ";" | "—" | "–")
                    || matches!(words.lower(k - 1), "and" | "but" | "yet" | "even"))
        })
}

/// The text before a subject that an attribution claims: quotes and clauses from `cursor`
/// up to the comma or quotation mark that ends them.
pub(super) fn backward_bodies(words: &Words, cursor: usize, subject_start: usize) -> Vec<Body> {
    let end = comma_before(words, subject_start, cursor);
    if end == subject_start && !(end > cursor && words.kind(end - 1) == TokenKind::CloseQuote) {
        return Vec::new();
    }
    let mut range = trim_range(words, cursor..end);
    // "Still, the port will look again, a source said": the narration's link to what came
    // before is not what the source said.
    if let Some(n) = (1..=4).find(|&n| {
        range.start + n < range.end
            && words.text(range.start + n) == ","
            && (range.start..range.start + n).all(|k| words.is_word(k) && !words.quoted(k))
            && lexicon::PARENTHETICAL.contains(
                words
                    .text_of(range.start..range.start + n)
                    .to_lowercase()
                    .as_str(),
            )
    }) {
        range.start += n + 1;
    }
    // `wife: "She signed an agreement," he told the Times`: a quotation just before the
    // speaker is the claim, not the narration that leads up to it.
    if range.end > range.start
        && words.kind(range.end - 1) == TokenKind::CloseQuote
        && let Some(open) = (range.start..range.end - 1)
            .rev()
            .find(|&k| words.kind(k) == TokenKind::OpenQuote)
    {
        let before = range.start..open;
        let lead_in = before
            .clone()
            .any(|k| matches!(words.text(k), ":" | "," | "(") && !words.quoted(k));
        if lead_in && has_words(words, before) {
            range.start = open;
        }
    }
    if has_words(words, range.clone()) {
        vec![Body { tokens: range }]
    } else {
        Vec::new()
    }
}

/// A verb of saying, believing or denying, and a verb of doubt ("questioned whether").
pub(super) struct VerbOfSaying;

/// [`VerbOfSaying`]'s cue at a word that a verb list holds as `v`.
#[inline(never)]
fn verb_at(scan: &Scan, at: &At, v: &Verb) -> Option<Hit> {
    let Scan {
        words,
        ref sentence,
        lex,
    } = *scan;
    let (i, w, entry) = (at.i, at.lower, at.entry);
    // "called off the talks", "called back", "calls to mind": another verb than calling
    // something a name.
    let particle = v.lemma.as_str() == "call"
        && i + 1 < words.len()
        && (matches!(words.lower(i + 1), "off" | "up" | "back" | "in")
            || (words.lower(i + 1) == "to" && i + 2 < words.len() && words.lower(i + 2) == "mind"));
    // "feared the worst", "felt betrayed", "worried about the cost", "renewed fears": a verb
    // of opinion attributes a claim only when a clause follows it ("fears that …", "believe
    // the plan will fail", "expect Lund to win").
    // (Nor a noun after a determiner or a superlative: "the greatest fear I have seen".)
    let noun_before = i > 0
        && words.is_word(i - 1)
        && (lexicon::DETERMINERS.contains(words.lower(i - 1))
            || words.lower(i - 1).ends_with("est"));
    let clause_follows = || {
        !noun_before
            && words
                .is_word(i + 1)
                .then(|| words.lower(i + 1))
                .is_some_and(|n| {
                    n == "that"
                        || lexicon::PERSONAL_PRONOUNS.contains(n)
                        || lexicon::DETERMINERS.contains(n)
                        || matches!(n, "it" | "there" | "this" | "these" | "those")
                        || words.is_capitalized(i + 1)
                        || n.starts_with(|c: char| c.is_ascii_digit())
                })
    };
    // "the United States" is no verb: verbs are lower case (but in a headline's title case:
    // "Mayor Says Ferry Will Run").
    (v.class != VerbClass::Belief
        && (v.class != VerbClass::Opinion || (i + 1 < words.len() && clause_follows()))
        && !particle
        && (!words.is_capitalized(i) || headline_verb(words, i, sentence, v))
        && is_verb_use(words, i, sentence.start, w)
        && (!entry.is_some_and(|e| e.noun_like) || clearly_verb(words, i, sentence.clone(), lex)))
    .then(|| Hit {
        range: i..i + 1,
        kind: HitKind::Verb {
            lemma: v.lemma.to_string(),
            class: v.class,
        },
    })
}

/// Whether the capitalised word `i` is a verb of saying in a headline written in title case:
/// a capitalised subject before it and a capitalised word or a quotation after it, in the
/// article's first paragraph ("Mayor Says Ferry Will Run", "Lund Denies “Any Deal”").
fn headline_verb(words: &Words, i: usize, sentence: &Range<usize>, v: &Verb) -> bool {
    matches!(v.class, VerbClass::Speech | VerbClass::Deny)
        && i > sentence.start
        && i + 1 < sentence.end
        && words.is_capitalized(i - 1)
        && (words.is_capitalized(i + 1) || words.kind(i + 1) == TokenKind::OpenQuote)
        && words.doc.paragraph_at(words.start(i)) == 0
        // ("Lund: Harbour Tax Will Not Rise" is signed by its colon.)
        && !(sentence.start..i).any(|k| words.text(k) == ":")
        // ("17 Of The Best Things Voters Said In 2015": a list's title, whose verb describes
        // the things.)
        && !words
            .text(sentence.start)
            .starts_with(|c: char| c.is_ascii_digit())
}

impl CueRule for VerbOfSaying {
    fn detect(&self, scan: &Scan, at: &At) -> Option<Hit> {
        // Asked at every word, and most are no verb: the rest is a call apart, so that this
        // test costs no more than itself.
        let v = at.entry.and_then(|e| e.verb.as_ref())?;
        verb_at(scan, at, v)
    }

    fn attribute(&self, site: &Site, hit: &Hit) -> Made {
        let (lemma, class) = match &hit.kind {
            HitKind::Verb { lemma, class } => (lemma.as_str(), *class),
            HitKind::Doubt => ("doubt", VerbClass::Speech),
            _ => return Made::Nothing,
        };
        let made = verb_attribution(
            site.words,
            hit,
            lemma,
            class,
            &site.sentence,
            site.cursor,
            site.forward_end,
            site.earlier,
            site.lex,
        );
        match made {
            Some(mut a) => {
                if hit.kind == HitKind::Doubt {
                    a.stance = Stance::Doubt;
                }
                Made::Claim(a)
            }
            None => Made::Nothing,
        }
    }
}

/// "She continued, “…”", "“…?” a narrator asks": a verb that introduces only the quotation
/// beside it.
pub(super) struct QuoteVerb;

impl CueRule for QuoteVerb {
    fn detect(&self, scan: &Scan, at: &At) -> Option<Hit> {
        // As for `VerbOfSaying`: the common miss stays cheap.
        let lemma = at
            .entry
            .filter(|e| e.verb.is_none())
            .and_then(|e| e.quote_verb.as_ref())?;
        quote_verb_at(scan, at, *lemma)
    }
}

/// [`QuoteVerb`]'s cue at a word that the quotation verbs hold as `lemma`.
#[inline(never)]
fn quote_verb_at(scan: &Scan, at: &At, lemma: ListWord) -> Option<Hit> {
    let Scan {
        words,
        ref sentence,
        ..
    } = *scan;
    let i = at.i;
    let mut k = i + 1;
    while k < sentence.end && matches!(words.text(k), "," | ":") {
        k += 1;
    }
    // … or after one: `"…?" a narrator asks.`
    // (The quotation may have ended the previous sentence: `"…?" Graham asked.`)
    let after_quote = (sentence.start.saturating_sub(1)..i)
        .rev()
        .take(10)
        .find(|&q| words.kind(q) == TokenKind::CloseQuote)
        .is_some_and(|q| {
            (q + 1..i).all(|t| words.is_word(t) || words.text(t) == ",")
                    // A quotation that ends the paragraph before is not this verb's.
                    && !words.doc.text[words.end(q)..words.start(i)].contains('\n')
        });
    let before_quote = k < sentence.end && words.kind(k) == TokenKind::OpenQuote;
    ((before_quote || after_quote) && !words.is_capitalized(i)).then(|| Hit {
        range: i..i + 1,
        kind: HitKind::Verb {
            lemma: lemma.to_string(),
            class: VerbClass::Speech,
        },
    })
}

/// "a criminal group put the number at 38 million": an estimate is a claim.
pub(super) struct Estimate;

impl CueRule for Estimate {
    fn detect(&self, scan: &Scan, at: &At) -> Option<Hit> {
        // As for `VerbOfSaying`: the common miss stays cheap.
        if !matches!(at.lower, "put" | "puts" | "putting") {
            return None;
        }
        estimate_at(scan, at)
    }
}

/// [`Estimate`]'s cue at a form of "put".
#[inline(never)]
fn estimate_at(scan: &Scan, at: &At) -> Option<Hit> {
    let Scan {
        words,
        ref sentence,
        ..
    } = *scan;
    let i = at.i;
    if words.is_capitalized(i) {
        return None;
    }
    let figure = |k: usize| {
        k < sentence.end
            && words
                .text(k)
                .trim_start_matches(['$', '€', '£'])
                .starts_with(|c: char| c.is_ascii_digit())
    };
    let estimate = (i + 2..(i + 7).min(sentence.end))
        .find(|&k| words.lower(k) == "at")
        .is_some_and(|k| figure(k + 1) || figure(k + 2));
    estimate.then(|| Hit {
        range: i..i + 1,
        kind: HitKind::Verb {
            lemma: "put".to_string(),
            class: VerbClass::Speech,
        },
    })
}
