//! The grammar the constructions share: noun phrases to the left and right of a cue, the
//! subject of a verb of saying, and what to skip between a cue and its content ("told
//! reporters on Monday that").

use std::ops::Range;

use crate::document::TokenKind;
use crate::lexicon::{self, AttributionLexicon};
use crate::matcher::vectors;

use crate::parser::text::Words;

/// A word that dates or frames a statement: a day, a month, or [`lexicon::TIME_WORDS`].
pub(super) fn is_time(w: &str) -> bool {
    lexicon::TIME_WORDS.contains(w) || lexicon::CALENDAR.contains(w)
}

/// [`is_time`] for word `k`, where a day or a month takes a capital: "the march" is no date.
pub(super) fn time_at(words: &Words, k: usize) -> bool {
    lexicon::TIME_WORDS.contains(words.lower(k)) || words.is_calendar(k)
}

/// Whether word `k` is a capitalised word right after a first name, so a surname however
/// else it reads: "Carla May", "Ann Will".
fn surname_at(words: &Words, k: usize, floor: usize) -> bool {
    k > floor
        && words.is_capitalized(k)
        && words.is_capitalized(k - 1)
        && lexicon::first_name_gender(words.lower(k - 1)).is_some()
}

/// A unit that measures a span of time, singular or plural: "hours", "a day".
fn is_time_unit(w: &str) -> bool {
    matches!(
        w.strip_suffix('s').unwrap_or(w),
        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "moment" | "decade"
    )
}

pub(super) fn lex_role(words: &Words, i: usize) -> bool {
    lexicon::attribution().roles().contains_key(words.lower(i))
}

/// Index of the comma (or dash) just before `i`, skipping nothing else; `i` when there is
/// none. A closing quotation mark before the comma stays in the body.
pub(super) fn comma_before(words: &Words, i: usize, floor: usize) -> usize {
    if i > floor && matches!(words.text(i - 1), "," | "—" | "–" | "-" | ":") {
        return i - 1;
    }
    i
}

pub(super) fn starts_quote(words: &Words, i: usize) -> bool {
    i < words.len() && words.kind(i) == TokenKind::OpenQuote
}

pub(super) fn has_words(words: &Words, range: Range<usize>) -> bool {
    range.into_iter().any(|i| words.is_word(i))
}

pub(super) fn trim_range(words: &Words, range: Range<usize>) -> Range<usize> {
    let mut s = skip_dateline(words, range.clone());
    let mut e = range.end;
    while s < e && words.kind(s) == TokenKind::Punct && !matches!(words.text(s), "$" | "€" | "£")
    {
        s += 1;
    }
    while e > s
        && matches!(words.text(e - 1), "," | ";" | ":" | "—" | "–")
        && words.kind(e - 1) == TokenKind::Punct
    {
        e -= 1;
    }
    s..e
}

/// A dateline opening a story ("WELLINGTON -", "KYIV, Ukraine —") is not part of a claim.
pub(super) fn skip_dateline(words: &Words, range: Range<usize>) -> usize {
    let mut k = range.start;
    let mut caps = 0;
    // "OSTREL, July 24 (Reuters) —": a place in capitals, a date, an agency.
    while k < range.end && k < range.start + 10 {
        let t = words.text(k);
        if words.is_word(k)
            && t.chars().any(char::is_alphabetic)
            && !t.chars().any(char::is_lowercase)
            && t.len() > 1
        {
            caps += 1;
        } else if !(words.is_capitalized(k)
            || t.bytes().all(|b| b.is_ascii_digit())
            || matches!(t, "," | "(" | ")" | "."))
        {
            break;
        }
        k += 1;
    }
    if caps > 0 && k < range.end && matches!(words.text(k), "-" | "—" | "–") {
        k + 1
    } else {
        range.start
    }
}

/// The sentence without its final full stop (a quotation's own stop stays inside it).
pub(super) fn content_end(words: &Words, sentence: Range<usize>) -> usize {
    let mut e = sentence.end;
    while e > sentence.start
        && words.kind(e - 1) == TokenKind::Punct
        && !words.quoted(e - 1)
        && matches!(words.text(e - 1), "." | "!" | "?" | "…" | ";")
    {
        e -= 1;
    }
    e
}

/// Whether word `k` fits a title in title case ("The Morning Hour", "State of the Union").
fn title_word(words: &Words, k: usize) -> bool {
    words.is_capitalized(k) || lexicon::STOPWORDS.contains(words.lower(k))
}

/// Whether what follows a cue is only adverbials ("on Tuesday", "in a statement", "at the
/// mine gate on Thursday"), so the claim is the text before the attribution.
pub(super) fn trails(words: &Words, rest: Range<usize>) -> bool {
    let word_count = rest.clone().filter(|&i| words.is_word(i)).count();
    if word_count == 0 {
        return true;
    }
    let first = words.lower(rest.start);
    // `said on CNN's "State of the Union"`, `said of the claim during a call to KRVN's "Morning
    // Hour"`: a quoted title in a place phrase, or in title case, is no claim.
    let quoted = || {
        rest.clone()
            .filter(|&i| words.quoted(i) && words.is_word(i))
    };
    let title_case = quoted().all(|i| title_word(words, i));
    let placed_title = title_case
        && quoted().next().is_some_and(|q| {
            (q.saturating_sub(4).max(rest.start)..q)
                .any(|k| lexicon::TITLE_PLACE_PREPOSITIONS.contains(words.lower(k)))
        });
    let title_only = (lexicon::TITLE_PLACE_PREPOSITIONS.contains(first) || placed_title)
        && quoted().count() <= 6;

    if !title_only && rest.clone().any(|i| words.kind(i) == TokenKind::OpenQuote) {
        return false;
    }
    // "said happily on the radio as returns came in": an adverb before a phrase of place or
    // time is part of it.
    if rest.len() > 2
        && words.is_word(rest.start)
        && vectors::is_ly_modifier(first)
        && lexicon::PREPOSITIONS_AFTER_CUE.contains(words.lower(rest.start + 1))
    {
        return trails(words, rest.start + 1..rest.end);
    }
    // "said over the phone", but not "said over 300 people came".
    if first == "over" {
        return rest.len() > 1
            && !words
                .lower(rest.start + 1)
                .starts_with(|c: char| c.is_ascii_digit())
            && !matches!(words.lower(rest.start + 1), "a" | "an" | "half")
            && word_count <= 8;
    }
    // "complained about his mic" but not "said about 2,300 people", "said about half of
    // the staff", "said about a third of them".
    if first == "about" {
        return rest.len() > 1 && !figure_at(words, rest.start + 1, rest.end) && word_count <= 14;
    }
    // "at least 10 people …", "as many as 30 percent …" are a clause, not an adverbial.
    let quantity = rest.len() > 1
        && match first {
            "at" => matches!(words.lower(rest.start + 1), "least" | "most"),
            "as" => {
                rest.len() > 2
                    && matches!(
                        words.lower(rest.start + 1),
                        "many" | "much" | "few" | "little"
                    )
                    && words.lower(rest.start + 2) == "as"
            }
            _ => false,
        };
    // "told reporters this was the only chance": "this" or "that" and a verb open a clause.
    if matches!(first, "this" | "that")
        && rest.len() > 1
        && lexicon::AUXILIARIES.contains(words.lower(rest.start + 1))
    {
        return false;
    }
    // "said this week", "said last Tuesday" tell when; "said this plan would fail", "said
    // last year was the hardest" open a clause: a verb two or three words on. ("said this in
    // the past" says this.)
    if matches!(first, "this" | "last" | "next")
        && (rest.start + 2..(rest.start + 4).min(rest.end))
            .any(|k| lexicon::AUXILIARIES.contains(words.lower(k)))
    {
        return false;
    }
    // "said after the vote she would not accept …": a phrase of time, then a clause of
    // its own (a subject pronoun and an auxiliary), is the claim, not an adverbial.
    // (Only a plain phrase between: "said when asked whether he would run" is no claim.)
    let plain = |k: usize| {
        let w = words.lower(k);
        words.is_word(k)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !matches!(
                w,
                "whether" | "if" | "that" | "how" | "what" | "why" | "than"
            )
            && !lexicon::SUBJECT_PRONOUNS.contains(w)
    };
    // ("told of a conversation she had", "shown with any sanctity they have": an object,
    // not a time.)
    let timed = !matches!(first, "of" | "with" | "about" | "for" | "to" | "than");
    // ("said in winter it runs half empty": a pronoun and a verb in the present.)
    let verb = |k: usize| {
        let w = words.lower(k);
        lexicon::AUXILIARIES.contains(w)
            || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !words.is_capitalized(k))
    };
    let clause_follows = timed
        && rest.clone().skip(2).take(5).any(|k| {
            k + 1 < rest.end
                && lexicon::SUBJECT_PRONOUNS.contains(words.lower(k))
                && verb(k + 1)
                && (rest.start + 1..k).all(plain)
        });
    if clause_follows {
        return false;
    }
    // "said without further comment", "said, pointing at the harbour": a phrase
    // of a gerund with no clause in it is no claim, however long ("said raising taxes
    // would hurt" is one).
    // (Set off by a comma, and running to the end but for names after a comma: "pointing
    // at the harbour in Ashby, Vale", not "apart from that, margins fell".)
    let set_off = rest.start > 0
        && words.text(rest.start - 1) == ","
        && first.len() > 4
        && first.ends_with("ing")
        && !words.is_capitalized(rest.start)
        // ("said, growing numbers of …" opens a clause; "said, speaking by phone" and
        // "said, referring to the vote" do not: a preposition after the participle. "said,
        // going on to contrast …" goes on saying.)
        && (!vectors::may_be_adjective(first)
            || (rest.len() > 1
                && first != "going"
                && matches!(
                    words.lower(rest.start + 1),
                    "to" | "by" | "at" | "from" | "with" | "of" | "in" | "on" | "for" | "into"
                )))
        && !rest
            .clone()
            .any(|i| words.text(i) == "," && i + 1 < rest.end && !words.is_capitalized(i + 1));
    // ("said, pointing to debt that has doubled": past a preposition, "that" after its noun
    // opens a clause on the noun, not what was said.)
    // ("referring to reports that …" still reports: a report noun's "that" is what it says.)
    let object_clause = (set_off
        && rest.len() > 3
        && lexicon::PREPOSITIONS_AFTER_CUE.contains(words.lower(rest.start + 1)))
    .then(|| {
        (rest.start + 3..rest.end)
            .find(|&k| matches!(words.lower(k), "that" | "which"))
            .filter(|&k| {
                !lexicon::REPORT_NOUNS.contains(words.lower(k - 1))
                    && (rest.start + 2..k)
                        .all(|j| words.is_word(j) && !lexicon::AUXILIARIES.contains(words.lower(j)))
            })
    })
    .flatten();
    let scanned = rest.start..object_clause.unwrap_or(rest.end);
    if (first == "without" || set_off)
        && !scanned.clone().any(|i| {
            let w = words.lower(i);
            lexicon::AUXILIARIES.contains(w) || w == "that" || w.ends_with("n't")
        })
    {
        return true;
    }
    // A temporal clause ("after the meeting ended", "when she resigned") is no claim,
    // however long.
    let clause = lexicon::TEMPORAL_OPENERS.contains(first);
    (word_count <= 14 || clause)
        && !quantity
        && (lexicon::PREPOSITIONS_AFTER_CUE.contains(first) || is_time(first))
}

/// Skips punctuation, time words and an adverbial that ends in "that" after a cue.
pub(super) fn skip_forward(words: &Words, from: usize, end: usize) -> usize {
    // "said — on the radio, as it happens — that …": an aside between dashes first (one
    // only: a run of dashes is no aside).
    let dash = |k: usize| matches!(words.text(k), "—" | "–" | "--");
    let from = if from < end
        && dash(from)
        && let Some(close) = (from + 1..end.min(from + 16)).find(|&k| dash(k))
        && close > from + 1
        && close + 1 < end
        && !dash(close + 1)
        && (from + 1..close).all(|k| !words.quoted(k) && !matches!(words.text(k), "." | "?" | "!"))
    {
        close + 1
    } else {
        from
    };
    let mut j = from;
    // "said in a statement on Tuesday that …"; "told reporters at the site that …": a place
    // or time phrase before "that".
    let place_at = |k: usize| k < end && lexicon::PLACE_BEFORE_THAT.contains(words.lower(k));
    if let Some(that) = that_after_adverbial(words, from, end, place_at(j), 10, false) {
        return that;
    }
    // A longer one of place, when no clause of its own comes first: "said Thursday during a
    // taping of a radio show in Brenton, Ohio, that …".
    let long_place =
        place_at(j) || (place_at(j + 1) && (is_time(words.lower(j)) || words.is_capitalized(j)));
    if long_place && let Some(that) = that_after_adverbial(words, from, end, true, 20, true) {
        return that;
    }
    loop {
        if j >= end {
            return j;
        }
        let w = words.lower(j);
        if matches!(w, ":" | "," | "—" | "–") || is_time(w) {
            j += 1;
        } else if w == "on" && j + 1 < end && is_time(words.lower(j + 1)) {
            j += 2;
        } else if matches!(w, "last" | "this" | "next")
            && j + 1 < end
            && (is_time_unit(words.lower(j + 1))
                || is_time(words.lower(j + 1))
                || matches!(words.lower(j + 1), "weekend" | "night" | "morning" | "evening"))
            // ("saying this year will be better": the time is what the claim is about.)
            && !(j + 2 < end && lexicon::AUXILIARIES.contains(words.lower(j + 2)))
        {
            // "told the Ledger last week she would …": when it was said, not what.
            j += 2;
        } else {
            return j;
        }
    }
}

/// Where the words after the adverbial before a conjunction "that" start, when at most
/// `reach` words of an adverbial (of place, when `place`) come before it; `None` when none
/// does. `clauses_end` stops a phrase of place at a clause of its own: "said on Monday it
/// was withdrawing lanterns after reports that …" is said on Monday, its "that" the
/// reports'; "called on the council to drop him after the builder claimed that …" holds
/// the builder's claim ("a news conference announcing that …" is the speaker's).
fn that_after_adverbial(
    words: &Words,
    from: usize,
    end: usize,
    place: bool,
    reach: usize,
    clauses_end: bool,
) -> Option<usize> {
    let mut k = from;
    while k < end && k < from + reach {
        let w = words.lower(k);
        // "after the meeting that was held …": a relative "that" opens no claim.
        let relative = k + 1 < end && lexicon::CLAUSE_VERBS.contains(words.lower(k + 1));
        // "cast doubt on that account": "that" is a determiner there, not a conjunction.
        let conjunction = w == "that"
            && !words.quoted(k)
            && !(k + 1 < end && lexicon::REPORT_NOUNS.contains(words.lower(k + 1)));
        if conjunction && !(place && relative) {
            return Some(k + 1);
        }
        let clause_word = clauses_end
            && (lexicon::AUXILIARIES.contains(w)
                || lexicon::SUBJECT_PRONOUNS.contains(w)
                || lexicon::REPORT_NOUNS.contains(w)
                || (!w.ends_with("ing")
                    && words
                        .cue_word(k)
                        .is_some_and(|c| c.verb.is_some() && !c.noun_like)));
        let ok = !words.is_word(k) && matches!(w, "," | ".")
            || (place && words.is_word(k) && !words.quoted(k) && !clause_word)
            || lexicon::BEFORE_THAT.contains(w)
            || is_time(w)
            || words.is_capitalized(k)
            || w.chars().all(|c| c.is_ascii_digit());
        if !ok {
            return None;
        }
        k += 1;
    }
    None
}

/// Skips the hearer of "told": "reporters", "Reuters", "the BBC", "a news conference".
pub(super) fn skip_object(
    words: &Words,
    from: usize,
    end: usize,
    lex: &AttributionLexicon,
) -> (usize, Option<Range<usize>>) {
    let (j, agency) = skip_named_object(words, from, end, lex);
    // "told conservative radio host Ana Lee on Wednesday that …", "told The Post and
    // Courier newspaper of Ashby that …": a hearer however described, up to a "that"
    // a few words on with no verb between.
    let plain = |k: usize| {
        let w = words.lower(k);
        (words.is_word(k) || w == ",")
            && !words.quoted(k)
            && !lexicon::AUXILIARIES.contains(w)
            && (words.is_capitalized(k) || !w.ends_with("ed"))
            && !w.ends_with("ing")
            // ("denied reports that …": what is denied, no hearer.)
            && !lexicon::REPORT_NOUNS.contains(w)
    };
    let that = (j..end.min(from + 12))
        .find(|&k| words.lower(k) == "that" && !words.quoted(k))
        .filter(|&t| t > j && (from..t).all(plain))
        // "told her audience, a mix of students and business people in Leeds, that …":
        // the hearer's apposition, set off by commas, however long.
        .or_else(|| {
            (j < end && words.text(j) == ",")
                .then(|| {
                    (j + 1..end.min(j + 24)).find(|&k| {
                        words.lower(k) == "that" && !words.quoted(k) && words.text(k - 1) == ","
                    })
                })
                .flatten()
                .filter(|&t| (j..t).all(plain))
        });
    match that {
        Some(t) => (t, agency),
        None => (j, agency),
    }
}

/// [`skip_object`]'s hearer by its name ("Reuters", "the BBC") or as an audience
/// ("reporters", "a packed council meeting").
fn skip_named_object(
    words: &Words,
    from: usize,
    end: usize,
    lex: &AttributionLexicon,
) -> (usize, Option<Range<usize>>) {
    let mut j = from;
    if j < end && matches!(words.lower(j), "the" | "a" | "an") {
        j += 1;
    }
    let start = j;
    // "told her audience", "told his supporters": an audience of the speaker's own.
    if j + 1 < end
        && matches!(words.lower(j), "her" | "his" | "their" | "its" | "our")
        && lexicon::AUDIENCES.contains(words.lower(j + 1))
    {
        return (j + 2, None);
    }
    while j < end && words.is_capitalized(j) && !words.quoted(j) {
        j += 1;
    }
    if j > start {
        let name = words.text_of(start..j);
        let agency = lex
            .agencies()
            .contains_key(&lexicon::fold(name))
            .then_some(start..j);
        // "told KRVN's “Morning Hour”": a show's title after the network's name, in title
        // case, is the hearer too.
        if words.text(j - 1).ends_with("'s") || words.text(j - 1).ends_with("’s") {
            let mut k = j;
            if k < end && words.kind(k) == TokenKind::OpenQuote {
                k += 1;
                let title = k;
                while k < end && k < title + 6 && words.is_word(k) && title_word(words, k) {
                    k += 1;
                }
                if k > title && k < end && words.kind(k) == TokenKind::CloseQuote {
                    return (k + 1, agency);
                }
            }
        }
        // "The Ledger of Brenton", "the Courier of Ashby": the place the outlet is named for.
        if j + 1 < end
            && words.lower(j) == "of"
            && words.is_capitalized(j + 1)
            && !words.quoted(j + 1)
        {
            j += 1;
            while j < end && words.is_capitalized(j) && !words.quoted(j) {
                j += 1;
            }
        }
        // "the Reuters news agency", "the Daily Mail newspaper", then "simply".
        let stop = j;
        while j < stop + 3
            && j < end
            && words.is_word(j)
            && (lexicon::OUTLET_NOUNS.contains(words.lower(j))
                || vectors::is_ly_modifier(words.lower(j)))
        {
            j += 1;
        }
        return (j, agency);
    }
    if j < end && lexicon::AUDIENCES.contains(words.lower(j)) {
        return (j + 1, None);
    }
    // "told a packed council meeting on Monday": a described audience, up to a preposition
    // or the end, is no claim.
    if j > from {
        let mut k = j;
        while k < end
            && k < j + 5
            && words.is_word(k)
            && !words.quoted(k)
            && !lexicon::AUDIENCE_STOPS.contains(words.lower(k))
        {
            k += 1;
        }
        if k > j && (k >= end || matches!(words.lower(k), "that" | "on" | "in" | "at" | "," | "."))
        {
            return (k, None);
        }
    }
    (from, None)
}

/// Where a participle stands that a time phrase ending at `end` follows ("released last
/// week", "published on Monday"), after a noun it describes; `None` when there is none.
fn participle_and_time(words: &Words, end: usize, floor: usize) -> Option<usize> {
    let timely = |k: usize| {
        let w = words.lower(k);
        is_time(w)
            || matches!(
                w,
                "last" | "this" | "on" | "week" | "month" | "year" | "weekend"
            )
    };
    let mut k = end;
    while k > floor && end - k < 3 && words.is_word(k - 1) && timely(k - 1) {
        k -= 1;
    }
    if k == end || k < floor + 3 {
        return None;
    }
    let p = k - 1;
    let w = words.lower(p);
    let noun = words.lower(p - 1);
    // ("a poll out this week", "a survey taken last month": out, or an irregular
    // participle, as well.)
    ((w.ends_with("ed") || w == "out" || lexicon::matcher().irregular.get(w).is_some())
        && !words.is_capitalized(p)
        && words.is_word(p - 1)
        && !lexicon::AUXILIARIES.contains(noun)
        && !lexicon::PASSIVE_BE.contains(noun))
    .then_some(p)
}

/// The subject noun phrase that ends just before `verb`, with an apposition or relative
/// clause set off by commas ("Andes Pacific Copper, which runs the mine, said").
pub(super) fn subject_left(
    words: &Words,
    verb: usize,
    floor: usize,
    lex: &AttributionLexicon,
) -> Option<Range<usize>> {
    // "All the economists I consulted said": a relative clause without "who" ends the
    // subject; its pronoun is not the speaker.
    let contact = verb >= floor + 3
        && matches!(words.lower(verb - 2), "i" | "we")
        && words.lower(verb - 1).ends_with("ed")
        && words.is_word(verb - 3)
        && !words.is_capitalized(verb - 3)
        && !lexicon::STOPWORDS.contains(words.lower(verb - 3));
    let subject = if contact {
        subject_left_of(words, verb - 2, floor, lex)?
    } else {
        subject_left_of(words, verb, floor, lex)?
    };
    // "an internal memo seen by Reuters says", "the owner of a barn burned down by vandals
    // (during a storm) said": a participle and its agent describe the subject, which is
    // before them; the agent only saw, obtained or did something.
    // (Only a subject right before its verb: in "a penalty imposed by the commission, which
    // argued", the commission is the one who argued.)
    // "The inspectors who visited the schools after their roofs failed, for instance,
    // said": a relative clause ends with the noun found; the subject is the phrase that
    // opens the sentence before "who".
    // ("But some who advocate free speech argue": after a conjunction too.)
    let conjunction = matches!(words.lower(floor), "but" | "and" | "so" | "yet");
    let opening = floor + usize::from(conjunction);
    if let Some(w) = (opening + 1..subject.start)
        .rev()
        .take(30)
        .find(|&k| words.lower(k) == "who")
        && (w..subject.start).all(|k| words.is_word(k) && !words.quoted(k))
        && np_left(words, w, opening, lex) == opening
    {
        return Some(opening..w);
    }
    // "Greens hoping to take the council in November say", "a criminal group claiming
    // responsibility for the attack put the number at": a participle right after the noun
    // that opens the sentence (a plural, or any noun after a determiner, with up to two
    // words before it) starts what describes it; the subject is that noun.
    // (After a clause's conjunction: ", while a criminal group claiming …".)
    // (Or that opens a clause after a comma or a conjunction: "…, but a committee
    // representing the creditors said".)
    let clause = (floor..subject.start)
        .rev()
        .find(|&k| matches!(words.text(k), "," | ";") || matches!(words.lower(k), "but" | "and"))
        .map_or(floor, |k| k + 1);
    let opens = (clause..subject.start)
        .find(|&k| {
            words.is_word(k) && !matches!(words.lower(k), "while" | "whereas" | "and" | "but")
        })
        .unwrap_or(floor);
    let determiner = matches!(words.lower(opens), "the" | "a" | "an" | "one" | "another");
    let first = opens + usize::from(determiner);
    let plain = |k: usize| {
        words.lower(k).len() > 2
            && !words.is_capitalized(k)
            && !words.lower(k).ends_with("ing")
            && !lexicon::STOPWORDS.contains(words.lower(k))
    };
    let described = (first + 1..(first + 4).min(subject.start)).find(|&p| {
        let head = words.lower(p - 1);
        let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
        words.lower(p).len() > 4
            && words.lower(p).ends_with("ing")
            && !words.is_capitalized(p)
            && (plural && p == first + 1 || determiner && (first..p).all(plain))
    });
    if let Some(p) = described
        && (opens..subject.start).all(|k| words.is_word(k) && !words.quoted(k))
    {
        return Some(opens..p);
    }
    // A document seen or obtained speaks however it is set off: "a memo seen by AP, dated
    // Jan. 16, says".
    let adjacent = (subject.end..verb).all(|k| words.is_word(k) && !words.quoted(k));
    if let Some(p) = participle_before_agent(words, subject.start, floor, lex)
        && (adjacent || lexicon::OBTAINING_PARTICIPLES.contains(words.lower(p)))
    {
        let described = np_left(words, p, floor, lex);
        if described < p {
            return Some(described..p);
        }
    }
    Some(subject)
}

/// Where a phrase of time or occasion ending before token `j` starts: "(on) Thursday
/// evening", "last week", "earlier this month", "in a statement", "at a news conference".
fn time_or_occasion_before(words: &Words, j: usize, floor: usize) -> Option<usize> {
    let w = |k: usize| words.lower(k);
    let mut k = j;
    // "in a statement", "at a news conference", "in a written statement".
    if k > floor + 2 && lexicon::OCCASION_NOUNS.contains(w(k - 1)) && !words.is_capitalized(k - 1) {
        let mut d = k - 2;
        if !lexicon::DETERMINERS.contains(w(d)) && d > floor + 1 {
            d -= 1;
        }
        if lexicon::DETERMINERS.contains(w(d))
            && d > floor + 1
            && matches!(w(d - 1), "in" | "at" | "during" | "on")
        {
            return Some(d - 1);
        }
        return None;
    }
    // "(less than) two weeks ago", "a year ago".
    if k > floor + 2 && w(k - 1) == "ago" {
        let count = w(k - 3);
        if is_time_unit(w(k - 2))
            && (matches!(count, "a" | "an" | "few" | "several")
                || count.bytes().all(|b| b.is_ascii_digit())
                || crate::matcher::words::number_word(count).is_some())
        {
            k -= 3;
            if k > floor + 1 && matches!(w(k - 1), "than") && matches!(w(k - 2), "less" | "more") {
                k -= 2;
            } else if k > floor && matches!(w(k - 1), "about" | "nearly" | "almost" | "just") {
                k -= 1;
            }
            return Some(k);
        }
        return None;
    }
    let day_part = |x: &str| matches!(x, "morning" | "afternoon" | "evening" | "night");
    let period = |x: &str| matches!(x, "week" | "month" | "year" | "weekend");
    let mut dated = false;
    if k > floor && day_part(w(k - 1)) {
        k -= 1;
    }
    if k > floor && lexicon::CALENDAR.contains(w(k - 1)) && words.is_capitalized(k - 1) {
        k -= 1;
        dated = true;
    } else if k > floor && period(w(k - 1)) {
        k -= 1;
    } else if k == j || !(k > floor && matches!(w(k - 1), "this" | "last" | "that")) {
        // A part of the day alone needs "this" or "last" ("this morning").
        return None;
    }
    if k > floor
        && matches!(
            w(k - 1),
            "last" | "this" | "next" | "that" | "early" | "late"
        )
    {
        k -= 1;
        dated = true;
        if k > floor && w(k) == "this" && matches!(w(k - 1), "earlier" | "later") {
            k -= 1;
        }
    }
    // ("in January", "on Tuesday": a preposition makes a bare day or month a time phrase.)
    let led = k > floor && matches!(w(k - 1), "on" | "in");
    if !dated || k == j - 1 && lexicon::CALENDAR.contains(w(k)) && !led {
        // ("Smith Tuesday said" is the time rule's.)
        return None;
    }
    if k > floor && matches!(w(k - 1), "on" | "in") {
        k -= 1;
    }
    Some(k)
}

/// The place of the participle in "… burned by [vandals (during a storm)]" when the
/// agent phrase of "by" ends at the subject found at `s`: a past participle right after a
/// noun (not after "was" or "has"), with at most two phrases of place or time between.
fn participle_before_agent(
    words: &Words,
    s: usize,
    floor: usize,
    lex: &AttributionLexicon,
) -> Option<usize> {
    let mut k = s;
    for _ in 0..3 {
        while k > floor && lexicon::DETERMINERS.contains(words.lower(k - 1)) {
            k -= 1;
        }
        if k < floor + 3 || !words.is_word(k - 1) {
            return None;
        }
        let before = words.lower(k - 1);
        if before == "by" {
            let participle = |w: &str| {
                lexicon::OBTAINING_PARTICIPLES.contains(w)
                    || (w.len() > 3 && w.ends_with("ed"))
                    || lexicon::matcher().irregular.get(w).is_some()
            };
            // ("burned down by": a word may follow the participle.)
            let mut p = k - 2;
            if !participle(words.lower(p)) && p > floor + 1 && participle(words.lower(p - 1)) {
                p -= 1;
            }
            let participle = participle(words.lower(p));
            let after_noun = words.is_word(p - 1)
                && !lexicon::PASSIVE_BE.contains(words.lower(p - 1))
                && !lexicon::HAVE_BE.contains(words.lower(p - 1))
                && !words.is_capitalized(p);
            return (participle && after_noun).then_some(p);
        }
        if !matches!(
            before,
            "during" | "in" | "at" | "on" | "near" | "outside" | "after"
        ) {
            return None;
        }
        k = np_left(words, k - 1, floor, lex);
    }
    None
}

fn subject_left_of(
    words: &Words,
    verb: usize,
    floor: usize,
    lex: &AttributionLexicon,
) -> Option<Range<usize>> {
    let mut j = verb;
    // "could not resist pointing out": before a cue in "-ing", a verb that takes it (and
    // "not") belongs to the subject's predicate.
    if words.lower(verb).ends_with("ing")
        && j > floor
        && lexicon::CATENATIVE_VERBS.contains(words.lower(j - 1))
    {
        j -= 1;
        while j > floor && matches!(words.lower(j - 1), "not" | "never" | "can't" | "couldn't") {
            j -= 1;
        }
    }
    loop {
        // (A capital makes a name of it: "Carla May said", "Will said".)
        if j > floor
            && lexicon::VERB_PREFIX.contains(words.lower(j - 1))
            && !words.is_capitalized(j - 1)
        {
            j -= 1;
            continue;
        }
        if j > floor
            && words.is_word(j - 1)
            && vectors::is_ly_modifier(words.lower(j - 1))
            && !words.is_capitalized(j - 1)
            && words.lower(j - 1) != "only"
        {
            j -= 1;
            continue;
        }
        // "A poll released last week showed …": a participle and its time describe the
        // subject, which ends before them.
        if let Some(p) = participle_and_time(words, j, floor) {
            j = p;
            continue;
        }
        // "Lund on Thursday evening said", "Vale last week said", "Lund in a statement
        // said": when or where the words were said.
        if let Some(k) = time_or_occasion_before(words, j, floor) {
            j = k;
            continue;
        }
        // "The Courier on Monday cited …", "Smith yesterday said …". (Not "Carla May said":
        // a month after a first name is a surname.)
        if j > floor && time_at(words, j - 1) && !surname_at(words, j - 1, floor) {
            j -= 1;
            if j > floor && words.lower(j - 1) == "on" {
                j -= 1;
            }
            continue;
        }
        // (The word before the verb is read once: most phrases end in another.)
        let last = if j > floor { words.lower(j - 1) } else { "" };
        // "Polls there show", "officials here say": where the subject is, after it.
        if matches!(last, "there" | "here")
            && j > floor + 1
            && words.is_word(j - 2)
            && !lexicon::STOPWORDS.contains(words.lower(j - 2))
            && !lex.is_verb(words.lower(j - 2))
            && !words.lower(j - 2).ends_with("ed")
        {
            j -= 1;
            continue;
        }
        if let Some(len) = lexicon::VERB_PREFIX_PHRASES.iter().find_map(|p| {
            (p.last() == Some(&last)
                && j >= floor + p.len()
                && (0..p.len() - 1).all(|k| words.lower(j - p.len() + k) == p[k]))
            .then_some(p.len())
        }) {
            j -= len;
            continue;
        }
        // ", however," between subject and verb. (Its comma may sit inside a quotation that
        // ends it: ", citing ''the magic of the city,'' said".)
        let comma = if j > floor + 3
            && words.kind(j - 1) == TokenKind::CloseQuote
            && words.text(j - 2) == ","
        {
            j - 2
        } else {
            j.saturating_sub(1)
        };
        if j > floor + 2
            && words.text(comma) == ","
            && let Some(c) = (floor..comma)
                .rev()
                .take(11)
                .find(|&c| words.text(c) == ",")
        {
            let inner = words.text_of(c + 1..comma).to_lowercase();
            // ", at a later press gaggle," / ", in a statement," between subject and verb;
            // ", dated Jan. 16,", ", published on Monday,": a participle describing it.
            // (Not ", retired teacher Ann Lee,": a participle with a time or a
            // preposition after it.)
            let opener = words.lower(c + 1);
            let dated = c + 2 < comma && {
                let next = words.lower(c + 2);
                is_time(next)
                    || lexicon::CALENDAR.contains(next.trim_end_matches('.'))
                    || matches!(
                        next,
                        "by" | "on" | "in" | "at" | "last" | "this" | "earlier"
                    )
                    || (words.is_capitalized(c + 2) && words.text(c + 2).ends_with('.'))
            };
            // (", struck by the story,", ", asked about the fees,": a participle and its
            // agent or topic.)
            let then = |w: &str| c + 2 < comma && words.lower(c + 2) == w;
            let participle_phrase = !words.is_capitalized(c + 1)
                && ((then("by") && vectors::may_be_verb(opener))
                    || (opener.ends_with("ed") && (then("about") || then("for"))));
            let place = lexicon::INSERTED_PHRASE_OPENERS.contains(opener)
                || (!words.is_capitalized(c + 1) && opener.ends_with("ed") && dated)
                || participle_phrase;
            if lexicon::PARENTHETICAL.contains(inner.as_str()) || place {
                j = c;
                continue;
            }
        }
        break;
    }
    if j <= floor {
        return None;
    }
    if let Some(subject) = dashed_subject(words, j, floor, lex) {
        return Some(subject);
    }
    // "Two residents who said they watched from a porch …": the relative pronoun's noun.
    // ("who said and did the same things": no statement follows.) A named body too, with
    // any verb of saying before "that" ("the Harbour Board, which contended that").
    // (Not "who argued that": giving people those claims sent later pronouns astray more
    // often than it found PolNeAR's attributions.)
    let statement = verb + 1 < words.len() && !matches!(words.lower(verb + 1), "and" | "or");
    // ("who told reporters": a hearer of the news, not an order to someone, "who told his
    // staff to stay".)
    let told_news = matches!(words.lower(verb), "told" | "tells")
        && verb + 2 < words.len()
        && matches!(words.lower(verb + 1), "reporters" | "journalists")
        && !matches!(words.lower(verb + 2), "to" | "about" | "of");
    // ("who endorsed Clinton", "which opposed the bill": a side taken is the relative
    // pronoun's noun's as a statement is.)
    let side = lex
        .verb(words.lower(verb))
        .is_some_and(|v| v.class.is_side());
    let said = matches!(words.lower(verb), "said" | "say" | "says") || told_news || side;
    let says = said || (verb + 1 < words.len() && words.lower(verb + 1) == "that");
    let relative = if j > floor + 1 {
        words.lower(j - 1)
    } else {
        ""
    };
    // (A "which" after a comma and a name: "the report, which said" is left to the report.
    // Or after a document that finds: "the leak of the audit, which concluded that".)
    let named_body = relative == "which"
        && j > floor + 2
        && words.text(j - 2) == ","
        && ((floor.max(j.saturating_sub(6))..j - 2).any(|k| words.is_capitalized(k))
            || lexicon::FINDING_NOUNS.contains(words.lower(j - 3)));
    // (A body's name is names, roles and their small words: "the Harbour Board", not "Lund
    // sent a second letter, which said".)
    let body_name = |r: Range<usize>| {
        r.clone().all(|k| {
            words.is_capitalized(k)
                || !words.is_word(k)
                || lexicon::DETERMINERS.contains(words.lower(k))
                || matches!(words.lower(k), "of" | "for" | "and")
                || lex_role(words, k)
        })
    };
    // ("The ferry union, which opposed the timetable": any noun before the comma takes the
    // side.)
    let which_side = relative == "which" && side && j > floor + 2 && words.text(j - 2) == ",";
    let named_body = named_body && !which_side;
    if (relative == "who" && said || (named_body || which_side) && says) && statement {
        let mut head = np_left(words, j - 1, floor, lex);
        // ("echoing some commentators who have suggested": the participle's object is the
        // speaker.)
        while head + 1 < j - 1
            && (!words.is_capitalized(head) || head == floor)
            && words.lower(head).ends_with("ing")
        {
            head += 1;
        }
        let head = object_of_verb(words, head, j - 1);
        if head < j - 1 && (!named_body || body_name(head..j - 1)) {
            return Some(head..j - 1);
        }
        // "backed by Ada Brook, who said": the name before the comma; "Ada Brook, the
        // senior Democrat on the panel, who said": with its apposition.
        let end = j - 2;
        if end > floor && words.text(end) == "," {
            let mut head = np_left_bracketed(words, end, floor, lex);
            // "was a blow for Mr. Lund, who said": the name after a preposition that no
            // role noun governs.
            if let Some(p) =
                (head + 1..end).find(|&p| lexicon::NP_PREPOSITIONS.contains(words.lower(p)))
                && !words.is_capitalized(p - 1)
                && !lex.roles().contains_key(words.lower(p - 1))
            {
                head = p + 1;
            }
            let apposition = (floor + 1..head)
                .rev()
                .take(12)
                .find(|&c| !words.is_word(c))
                .filter(|&c| {
                    words.text(c) == "," && lexicon::DETERMINERS.contains(words.lower(c + 1))
                });
            if let Some(comma) = apposition {
                let name = np_left_bracketed(words, comma, floor, lex);
                if name < comma && words.is_capitalized(name) {
                    head = name;
                }
            }
            // "said Ana Ruiz, 24, from Leeds, who said": a place or an age set off by commas
            // belongs to the name before them.
            let mut end = end;
            for _ in 0..2 {
                // (Set off by a comma: "came from Tom Reed, who said" is who.)
                let placed = head > floor + 1
                    && lexicon::PLACE_PREPOSITIONS.contains(words.lower(head - 1))
                    && words.text(head - 2) == ","
                    || (head..end).all(|k| words.text(k).bytes().all(|b| b.is_ascii_digit()));
                if !placed {
                    break;
                }
                end = (floor + 1..head)
                    .rev()
                    .take(3)
                    .find(|&c| words.text(c) == ",")?;
                head = np_left_bracketed(words, end, floor, lex);
            }
            let head = object_of_verb(words, head, end);
            if head < end && (!named_body || body_name(head..end)) {
                return Some(head..end);
            }
        }
    }
    // "Rep. Ann Lee (D-Ohio) said": the bracket belongs to the subject.
    let mut bracket_end = None;
    if words.text(j - 1) == ")"
        && let Some(open) = (floor..j - 1)
            .rev()
            .take(12)
            .find(|&k| words.text(k) == "(")
    {
        bracket_end = Some(j);
        j = open;
    }
    if let Some(end) = bracket_end {
        let start = np_left(words, j, floor, lex);
        return (start < j).then_some(start..end);
    }
    if words.text(j - 1) == "," {
        // "NAME, APPOSITION, said", "NAME, which ..., said", and up to four appositions:
        // "Ana Ruiz, the mayor, one of the plan's critics, said", "Ana Ruiz, 59, of Dunmore,
        // Pa., who watched it, said".
        let comma = j - 1;
        let mut previous = comma;
        let mut relative_at = None;
        let mut intro_end = None;
        for _ in 0..4 {
            let Some(c) = (floor..previous)
                .rev()
                .take(40)
                .find(|&c| words.text(c) == "," && !words.quoted(c))
            else {
                break;
            };
            // "On Wednesday, however, the director, Ana Ruiz, said": a connective set off by
            // commas ends the opening; the subject starts after it. (Not after a subject:
            // "Lee, meanwhile, who …, said".)
            if c + 2 == previous
                && (lexicon::NOT_SUBJECT_OPENERS.contains(words.lower(c + 1))
                    || words.lower(c + 1) == "though")
                && !opens_with_subject(words, floor)
            {
                intro_end = Some(previous);
                break;
            }
            // "Earlier, an engineer appointed by the inquiry, Ana Ruiz, said": an opening
            // phrase ends at the sentence's first comma; the subject starts after it.
            // ("(Mr. Lund, who …, has denied …)": a sentence in brackets opens after the
            // bracket.)
            let mut opener = floor;
            while opener < c
                && (matches!(words.lower(opener), "but" | "and" | "so" | "yet")
                    || words.text(opener) == "(")
            {
                opener += 1;
            }
            if !(floor..c).any(|k| words.text(k) == ",")
                && !opens_with_subject(words, opener)
                && c + 1 < comma
            {
                intro_end = Some(c);
                break;
            }
            let first = words.lower(c + 1);
            // "…, and who spoke on condition of anonymity, said": a second relative clause.
            let relative = matches!(first, "who" | "which" | "whose")
                || (first == "and"
                    && c + 2 < previous
                    && matches!(words.lower(c + 2), "who" | "which" | "whose"));
            // "Quina Jones, 25, said", "…, then 38, said": an age is an apposition too.
            let digits = |w: &str| !w.is_empty() && w.chars().all(|ch| ch.is_ascii_digit());
            let age = (c + 2 == previous && digits(first))
                || (c + 3 == previous
                    && matches!(first, "then" | "now")
                    && digits(words.lower(c + 2)));
            // "X, executive director of Y, said": a role without an article; "X, speaking on
            // condition of anonymity, said", "His lawyer, reached by phone, said": a
            // participle phrase.
            let role = (c + 1..previous)
                .any(|t| words.is_word(t) && lex.roles().contains_key(words.lower(t)))
                || ((first.ends_with("ing") || first.ends_with("ed"))
                    && !words.is_capitalized(c + 1));
            // "Ana Ruiz, of Dunmore, Pa., said", "Ana Ruiz, 24, from Leeds, said": where the
            // person is from.
            let from_place = |c: usize| {
                c + 2 < comma
                    && matches!(words.lower(c + 1), "of" | "from")
                    && words.is_capitalized(c + 2)
            };
            let apposition = lexicon::DETERMINERS.contains(first)
                || relative
                || age
                || role
                || first == "one"
                || from_place(c)
                || (c + 1 < previous && words.is_capitalized(c + 1));
            if !apposition {
                break;
            }
            // "The firm owes $3 billion, its chief executive, Mara Holt, said": a role opened
            // by a determiner before the name is where the subject starts; what is before
            // it is the claim.
            // (Not when a name or an age is before it: "Ana Ruiz, 67, a retired nurse in
            // Dunmore, Pa., said", "Ana Ruiz, the editor of the city's paper, The Courier,
            // said".)
            let named_after = previous < comma && words.is_capitalized(previous + 1);
            let clause_before = {
                let from = (floor..c)
                    .rev()
                    .find(|&k| words.text(k) == ",")
                    .map_or(floor, |k| k + 1);
                let ws: Vec<usize> = (from..c).filter(|&k| words.is_word(k)).collect();
                ws.len() >= 4 && ws.iter().any(|&k| !words.is_capitalized(k))
            };
            if named_after && role && lexicon::DETERMINERS.contains(first) && clause_before {
                return Some(c + 1..comma);
            }
            if relative {
                relative_at.get_or_insert(c);
            }
            previous = c;
            // Stop at the first segment that is a name on its own.
            let head_start = np_left_bracketed(words, previous, floor, lex);
            let whole = head_start == floor || !words.is_word(head_start - 1);
            // "… -- which the firm's chief executive, Mara Holt, called": a relative pronoun
            // or a dash bounds the subject; what is before it is another clause.
            // ("who lives in the state capital, Dunmore, said": "who" is the subject.)
            let bounded = head_start > floor
                && (matches!(words.lower(head_start - 1), "which" | "whom")
                    || matches!(words.text(head_start - 1), "—" | "–" | "-"))
                && (words.is_capitalized(head_start)
                    || lexicon::DETERMINERS.contains(words.lower(head_start)));
            if head_start < previous && bounded {
                break;
            }
            // (Nor a state after its town: "of Dunmore, Pa.".)
            let state_of_town = (floor..previous)
                .rev()
                .take(6)
                .find(|&k| words.text(k) == ",")
                .is_some_and(from_place);
            if head_start < previous
                && whole
                && words.is_capitalized(head_start)
                && !lexicon::DETERMINERS.contains(words.lower(head_start))
                && !from_place(c)
                && !state_of_town
            {
                break;
            }
        }
        if let Some(c) = intro_end {
            return Some(c + 1..comma);
        }
        if previous == comma {
            return None;
        }
        let head_start = np_left_bracketed(words, previous, floor, lex);
        if head_start == previous {
            return None;
        }
        // "The group, which calls itself Grey Lantern, said": the relative clause names it.
        if let Some(r) = relative_at {
            let seg = r + 1..comma;
            if let Some(k) = (seg.start..seg.end.saturating_sub(1)).find(|&k| {
                matches!(
                    (words.lower(k), words.lower(k + 1)),
                    ("calls", "itself")
                        | ("call", "themselves")
                        | ("known", "as")
                        | ("called", _)
                        | ("named", _)
                        | ("name" | "only" | "himself" | "herself", "as")
                )
            }) {
                let mut s = k + if words.lower(k) == "called" || words.lower(k) == "named" {
                    1
                } else {
                    2
                };
                while s < seg.end && matches!(words.lower(s), "the" | "a") {
                    s += 1;
                }
                let mut e = s;
                while e < seg.end && words.is_capitalized(e) {
                    e += 1;
                }
                if e > s {
                    return Some(s..e);
                }
            }
        }
        // "An admissions officer who has worked there for a decade, and who …, said": the
        // subject is what the first relative clause describes.
        if relative_at == Some(previous)
            && let Some(who) = (head_start.saturating_sub(12).max(floor)..previous)
                .find(|&k| matches!(words.lower(k), "who" | "which") && !words.quoted(k))
        {
            let head = np_left(words, who, floor, lex);
            if head < who {
                return Some(head..who);
            }
        }
        return Some(match relative_at {
            Some(r) if r == previous => head_start..previous,
            _ => head_start..comma,
        });
    }
    let start = np_left(words, j, floor, lex);
    // "A senior official who spoke on condition of anonymity said": the subject is before
    // the relative clause.
    if let Some(who) = (floor..j)
        .rev()
        .take(10)
        .find(|&k| matches!(words.lower(k), "who" | "whom") && !words.quoted(k))
    {
        let after_preposition =
            start > who + 1 && lexicon::WHO_PREPOSITIONS.contains(words.lower(start - 1));
        // "A woman who has accused the senator of fraud said": what the clause's verb
        // governs is no subject either.
        // ("An official who spoke anonymously to discuss internal strategy said": nor what an
        // infinitive in the clause governs.)
        let clause_verb = start > who + 1
            && (lexicon::HAVE_BE.contains(words.lower(who + 1))
                || words.lower(who + 1).ends_with("ed")
                || (start < j && words.lower(start - 1) == "to"));
        if (after_preposition || clause_verb) && who > floor && (who..j).all(|k| words.is_word(k)) {
            let head = np_left(words, who, floor, lex);
            if head < who {
                return Some(head..who);
            }
        }
    }
    // "The woman accused of driving onto the Strip told police …": a passive participle
    // after its noun runs on to the verb; the subject is the noun before it.
    if let Some(k) = (floor + 1..start.min(j)).rev().take(15).find(|&k| {
        matches!(words.lower(k), "accused" | "charged" | "suspected")
            && matches!(words.lower(k + 1), "of" | "with")
    }) && (k..j).all(|x| words.is_word(x))
    {
        let head = np_left(words, k, floor, lex);
        if head < k {
            return Some(head..k);
        }
    }
    if start == j {
        return None;
    }
    Some(start..j)
}

/// A subject whose apposition is set off by dashes, ending at `j`: "Ana Ruiz — a teacher from
/// Dunmore — says", or a description with the name inside them: "A former
/// candidate -- Tom Reyes, who lost in 2008 -- said". The name is the subject.
fn dashed_subject(
    words: &Words,
    j: usize,
    floor: usize,
    lex: &AttributionLexicon,
) -> Option<Range<usize>> {
    let is_dash = |k: usize| matches!(words.text(k), "—" | "–" | "-") && !words.quoted(k);
    if j <= floor + 2 || !is_dash(j - 1) {
        return None;
    }
    let mut close = j - 1;
    if close > floor && words.text(close - 1) == "-" {
        close -= 1;
    }
    let open = (floor..close)
        .rev()
        .take(30)
        .find(|&k| is_dash(k) && words.text(k) == words.text(j - 1))?;
    let mut open_start = open;
    if open_start > floor && words.text(open_start - 1) == "-" {
        open_start -= 1;
    }
    let inner = open + 1..close;
    if inner.is_empty() || !(inner.clone()).all(|k| words.is_word(k) || words.text(k) == ",") {
        return None;
    }
    // The name inside the dashes, up to its own comma.
    if words.is_capitalized(inner.start) {
        let end = inner
            .clone()
            .find(|&k| words.text(k) == ",")
            .unwrap_or(inner.end);
        if (inner.start..end)
            .all(|k| words.is_capitalized(k) || lexicon::NAME_CONNECTORS.contains(words.lower(k)))
        {
            return Some(inner.start..end);
        }
    }
    let start = np_left(words, open_start, floor, lex);
    (start < open_start && words.is_capitalized(start)).then_some(start..open_start)
}

/// Like [`np_left`], over a bracket that ends the phrase: "Rep. Jim Jordan (R-Ohio)".
pub(super) fn np_left_bracketed(
    words: &Words,
    end: usize,
    floor: usize,
    lex: &AttributionLexicon,
) -> usize {
    if end > floor
        && words.text(end - 1) == ")"
        && let Some(open) = (floor..end - 1)
            .rev()
            .take(12)
            .find(|&k| words.text(k) == "(")
    {
        let start = np_left(words, open, floor, lex);
        if start < open {
            return start;
        }
    }
    np_left(words, end, floor, lex)
}

/// Start of the noun phrase that ends at `end` (exclusive), reading leftwards.
/// The people a relative "who said" describes when they are the object of a verb before
/// them: "refused to pay the architects who said" is "the architects", "The owner met
/// architects who said" is "architects": the phrase starts after its last lower-case verb
/// in the past or after "to".
fn object_of_verb(words: &Words, head: usize, end: usize) -> usize {
    let verb = |k: usize| {
        words.is_word(k)
            && !words.is_capitalized(k)
            && ((k > 0 && words.lower(k - 1) == "to") || super::verb::past_tense(words.lower(k)))
    };
    (head..end.saturating_sub(1))
        .rev()
        .find(|&k| verb(k))
        .map_or(head, |k| k + 1)
}

pub(super) fn np_left(words: &Words, end: usize, floor: usize, lex: &AttributionLexicon) -> usize {
    // "Although in March she said": a subject pronoun is the whole noun phrase.
    if end > floor
        && words.is_word(end - 1)
        && lexicon::SUBJECT_PRONOUNS.contains(words.lower(end - 1))
    {
        return end - 1;
    }
    let mut j = end;
    let mut after_determiner = false;
    // Where a name joined to people ("Ruiz and two aides") starts, once one is.
    let mut joined: Option<usize> = None;
    while j > floor && end - j < 14 {
        let t = j - 1;
        // "the nurses' union", "Farmers’ groups": a plural's possessive apostrophe, glued to
        // its word, belongs to the noun phrase.
        if plural_possessive(words, t, floor) && j < end && !after_determiner {
            j -= 1;
            continue;
        }
        if !words.is_word(t) || words.quoted(t) {
            break;
        }
        let w = words.lower(t);
        let preposition = lexicon::NP_PREPOSITIONS.contains(w);
        // "people familiar with the matter", "a source close to the board", "two people
        // with knowledge of the plans": the frames of an anonymous source.
        let frame = t > floor && source_frame(words.lower(t - 1), w);
        if frame {
            j -= 2;
            after_determiner = false;
            continue;
        }
        // ("people with direct knowledge of …": an adjective may stand before it.)
        let knowledge = |k: usize| k < end && words.lower(k) == "knowledge";
        if w == "with" && j < end && (knowledge(j) || knowledge(j + 1)) && t > floor {
            j -= 1;
            continue;
        }
        if after_determiner && !preposition {
            break;
        }
        if w == "and"
            && t > floor
            && words.is_capitalized(t - 1)
            && j < end
            && words.is_capitalized(j)
        {
            j -= 1;
            continue;
        }
        // "Ruiz and two aides said", "Mr. Lund and other leaders said", "Ruiz and others
        // said": a name and the people with it. (Not two roles of one person: "the senator
        // and presidential candidate".)
        let people = |k: usize| {
            let w = words.lower(k);
            w == "others" || lexicon::PERSON_NOUNS.contains(w)
        };
        if w == "and"
            && t > floor
            && words.is_word(t - 1)
            && words.is_capitalized(t - 1)
            && j < end
            && people(end - 1)
        {
            let mut name = t - 1;
            while name > floor && words.is_word(name - 1) && words.is_capitalized(name - 1) {
                name -= 1;
            }
            joined = Some(name);
            j -= 1;
            continue;
        }
        // "US" is a name, not "us".
        let acronym =
            words.text(t).len() > 1 && words.text(t).chars().all(|c| c.is_uppercase() || c == '.');
        // "Carla May", "Ann Will": after a first name, a capitalised word is a surname.
        if lexicon::NP_STOPS.contains(w) && !preposition && !acronym && !surname_at(words, t, floor)
        {
            break;
        }
        if preposition {
            // Only inside a description: "head of", "spokesman for", "officials in".
            if t == floor
                || !words.is_word(t - 1)
                || lexicon::NP_STOPS.contains(words.lower(t - 1))
                || lexicon::DETERMINERS.contains(words.lower(t - 1))
            {
                break;
            }
            if j == end {
                break;
            }
            // ("the inquiry into the collapse", not "takes into account": a verb's own
            // preposition ends the description.)
            let before = words.lower(t - 1);
            if w == "into"
                && before.ends_with(['s', 'd', 'g'])
                && vectors::may_be_verb(before)
                && !words.is_capitalized(t - 1)
            {
                break;
            }
        }
        // ("The FEC reports show": a form as often a noun, right before the verb, is the
        // subject's head.)
        let head_noun = j == end
            && words.cue_word(t).is_some_and(|c| c.noun_like)
            && end < words.len()
            && super::verb::verb_follows(words, end);
        if lex.is_verb(w) && !words.is_capitalized(t) && !lex.roles().contains_key(w) && !head_noun
        {
            break;
        }
        if vectors::is_ly_modifier(w)
            && !words.is_capitalized(t)
            && w.len() > 4
            && !lex.roles().contains_key(w)
        {
            break;
        }
        after_determiner = lexicon::DETERMINERS.contains(w);
        j -= 1;
    }
    // A description does not start with a preposition.
    while j < end && lexicon::NP_PREPOSITIONS.contains(words.lower(j)) {
        j += 1;
    }
    // Nor does a name joined to people start with "and" or run into the words before the
    // name ("into account both Democrats and …").
    if let Some(name) = joined
        && j < name
        && !words.is_capitalized(j)
        && !lexicon::DETERMINERS.contains(words.lower(j))
    {
        j = name;
    }
    while j < end && words.lower(j) == "and" {
        j += 1;
    }
    j
}

/// Whether the token at `t` is a plural's possessive apostrophe: a lone ' or ’ right after
/// a word ending in "s" ("nurses'").
fn plural_possessive(words: &Words, t: usize, floor: usize) -> bool {
    t > floor
        && !words.is_word(t)
        && matches!(words.text(t), "'" | "’")
        && words.is_word(t - 1)
        && words.end(t - 1) == words.start(t)
        && words.text(t - 1).ends_with(['s', 'S'])
}

/// Whether a word and a preposition frame a source described by whom or what it is near:
/// an anonymous one ("people familiar with the matter", "a source close to the board", "an
/// official briefed on the talks"), "a member of the council" (who speaks for no one but the
/// member, unlike "a spokesman for"), "an adviser to Mr. Lund" (not Lund).
pub(crate) fn source_frame(adjective: &str, preposition: &str) -> bool {
    matches!(
        (adjective, preposition),
        ("familiar" | "acquainted", "with")
            | ("close" | "closer", "to")
            | ("briefed", "on")
            | ("involved", "in")
            | ("knowledgeable", "about")
            | ("member" | "members", "of")
            // ("an adviser to Mr. Lund", "top aides to the mayor": people who serve
            // someone, not that someone.)
            | (
                "adviser" | "advisers" | "advisor" | "advisors" | "aide" | "aides" | "assistant"
                    | "assistants" | "counsel" | "consultant" | "consultants",
                "to"
            )
    )
}

/// The noun phrase starting at `from`, with an apposition after a comma, up to a verb, a
/// quotation or the end.
pub(super) fn np_right(words: &Words, from: usize, end: usize) -> Range<usize> {
    let mut j = from;
    let mut last_word_end = from;
    while j < end && j < from + 25 {
        if words.quoted(j) || matches!(words.kind(j), TokenKind::OpenQuote | TokenKind::CloseQuote)
        {
            break;
        }
        let t = words.text(j);
        if t == "," {
            // Continue only into an apposition: "X, the head of Y".
            let next = j + 1;
            if next < end
                && words.is_word(next)
                && (lexicon::DETERMINERS.contains(words.lower(next)) || words.is_capitalized(next))
                && !words.quoted(next)
            {
                j += 1;
                continue;
            }
            break;
        }
        if !words.is_word(j) {
            // "9/11 widow Terry Strada": a slash between words stays in the phrase.
            let slash = t == "/" && j > from && j + 1 < end && words.is_word(j + 1);
            if matches!(t, "(" | ")" | "-" | "&") || slash {
                j += 1;
                continue;
            }
            break;
        }
        let w = words.lower(j);
        // ("said a person close to the couple": the frame goes on.)
        if j > from
            && (lexicon::NAME_PHRASE_ENDS.contains(w) && !words.is_capitalized(j))
            && !source_frame(words.lower(j - 1), w)
        {
            break;
        }
        // "said Wend in his speech", "said Lund at a rally": after a name, a place or an
        // occasion ends the phrase ("officials in the capital" go on).
        if j > from
            && matches!(w, "in" | "at" | "during")
            && words.is_capitalized(j - 1)
            && j + 1 < end
            && lexicon::DETERMINERS.contains(words.lower(j + 1))
        {
            break;
        }
        // "a poll released Monday", "a poll taken last week", "a memo written in March": a
        // participle and a time end the phrase ("Monday" is no source).
        let dated = |k: usize| {
            k < end
                && (time_at(words, k)
                    || matches!(words.lower(k), "last" | "this")
                    || (matches!(words.lower(k), "in" | "on")
                        && k + 1 < end
                        && time_at(words, k + 1)))
        };
        if j > from && super::verb::past_tense(w) && !words.is_capitalized(j) && dated(j + 1) {
            break;
        }
        j += 1;
        last_word_end = j;
    }
    from..last_word_end
}

/// Whether the word at `i` can open a subject: a name, a determiner or a pronoun, not an
/// introductory phrase ("At this point", "On Thursday", "Meanwhile").
pub(super) fn opens_with_subject(words: &Words, i: usize) -> bool {
    let w = words.lower(i);
    // "Hours later, …", "A day earlier, …": a span of time before the subject.
    let span_end = (i..(i + 3).min(words.len())).find(|&k| is_time_unit(words.lower(k)));
    if span_end.is_some_and(|k| {
        k + 1 < words.len() && matches!(words.lower(k + 1), "later" | "earlier" | "ago")
    }) {
        return false;
    }
    // ("62-year-old Tom Reyes": an age before the name.)
    let age = w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with("-year-old");
    if lexicon::SUBJECT_PRONOUNS.contains(w) || lexicon::DETERMINERS.contains(w) || age {
        return true;
    }
    // "Chastened by the audit, the mayor revised her plan": a participle opens the sentence.
    let participle = w.len() > 4
        && w.ends_with("ed")
        && i + 1 < words.len()
        && lexicon::PARTICIPLE_PREPOSITIONS.contains(words.lower(i + 1));
    words.is_capitalized(i)
        && !participle
        && !lexicon::NP_STOPS.contains(w)
        && !lexicon::PREPOSITIONS_AFTER_CUE.contains(w)
        && !is_time(w)
        && (!vectors::is_ly_modifier(w) || named_ly(words, i))
        && !lexicon::NOT_SUBJECT_OPENERS.contains(w)
}

/// Whether a capitalised word in "-ly" at `i` is a first name ("Kimberly", "Beverly"), not an
/// adverb ("Recently, …").
fn named_ly(words: &Words, i: usize) -> bool {
    lexicon::first_name_gender(words.lower(i)).is_some()
}

/// Whether a figure opens at word `k`: digits, a number word ("nine", "a dozen"), "half", or
/// "a"/"an"/"one" before a fraction or a scale ("a third", "a hundred"), before word `end`.
fn figure_at(words: &Words, k: usize, end: usize) -> bool {
    let w = words.lower(k);
    let scale = |x: &str| {
        matches!(
            x,
            "half" | "third" | "quarter" | "dozen" | "hundred" | "thousand" | "million" | "billion"
        )
    };
    w.starts_with(|c: char| c.is_ascii_digit())
        || crate::matcher::words::number_word(w).is_some()
        || w == "half"
        || (matches!(w, "a" | "an" | "one") && k + 1 < end && scale(words.lower(k + 1)))
}
