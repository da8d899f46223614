//! A pronoun whose person has not spoken yet: "Asked about the count, Dr. Ana Lee stood by
//! it. 'We checked every name,' she said." The registry knows only speakers; the person a
//! "he" or "she" points back to is often named in the narration before. This reads back
//! from the pronoun for the nearest personal name that fits it.

use std::ops::Range;

use crate::document::TokenKind;
use crate::lexicon::{self, AttributionLexicon, EntityClass, Gender};
use crate::model::Span;

use super::speaker::{Mention, MentionKind, Named, is_title, title_gender};
use super::text::Words;

/// How many paragraphs before its own a pronoun's person may be named in. News paragraphs
/// are a sentence or two; the parser keeps these in hand when it reads in windows.
pub const PARAGRAPHS_BACK: usize = 3;

/// How many bytes before a surname its full name is looked for, and among how many of its
/// mentions there.
const FULL_NAME_REACH: usize = 32 * 1024;
const FULL_NAME_MENTIONS: usize = 16;

/// How many bytes before a pronoun its person may be named, whatever the paragraphs: a file
/// of one long paragraph (a transcript, a hostile input) is not read back to its start for
/// every "he" (three paragraphs of news are a few thousand bytes).
const NARRATION_REACH: usize = 8 * 1024;

/// The first token a pronoun at token `before` may point back to.
fn reach(words: &Words, before: usize) -> usize {
    let doc = words.doc;
    let p = doc.paragraph_at(words.start(before));
    let from = (p.saturating_sub(PARAGRAPHS_BACK)..=p)
        .find_map(|q| doc.paragraph(q))
        .map_or(before, |para| para.tokens.start);
    within_reach(words, before, from)
}

/// `from`, or the first token at most [`NARRATION_REACH`] bytes before token `before` when
/// that is later.
fn within_reach(words: &Words, before: usize, from: usize) -> usize {
    let at = if before < words.len() {
        words.start(before)
    } else {
        words.doc.text.len()
    };
    first_token_in(
        words,
        from..before.max(from),
        at.saturating_sub(NARRATION_REACH),
    )
}

/// The nearest personal name before token `before` that a pronoun of `gender` can point
/// back to: a title and a name ("Mr. Lund", "Sen. Ana Ruiz") or two or three capitalised
/// words that name no place, body or date ("Ana Ruiz"). A title that says a gender ("Mrs.")
/// or a first name ("Ana") that says a gender must agree with the pronoun's.
pub fn in_narration(
    words: &Words,
    before: usize,
    gender: Option<Gender>,
    lex: &AttributionLexicon,
) -> Option<Mention> {
    nearest_person(words, before, reach(words, before), gender, lex)
}

/// The nearest personal name that fits `gender` starting between bytes `from` and `before`.
pub fn in_narration_between(
    words: &Words,
    from: usize,
    before: usize,
    gender: Option<Gender>,
    lex: &AttributionLexicon,
) -> Option<Mention> {
    nearest_person(
        words,
        first_token_from(words, before),
        first_token_from(words, from),
        gender,
        lex,
    )
}

/// The first token that starts at byte `at` or after.
pub fn first_token_from(words: &Words, at: usize) -> usize {
    first_token_in(words, 0..words.len(), at)
}

/// The first token of `tokens` that starts at byte `at` or after (`tokens.end` if none).
fn first_token_in(words: &Words, tokens: Range<usize>, at: usize) -> usize {
    let (mut lo, mut hi) = (tokens.start, tokens.end);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if words.start(mid) < at {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// [`in_narration`] within the pronoun's own paragraph.
pub fn in_paragraph(
    words: &Words,
    before: usize,
    gender: Option<Gender>,
    lex: &AttributionLexicon,
) -> Option<Mention> {
    let doc = words.doc;
    let from = doc
        .paragraph(doc.paragraph_at(words.start(before)))
        .map_or(before, |para| para.tokens.start);
    nearest_person(words, before, from, gender, lex)
}

/// [`in_narration`] within the paragraph before the pronoun's, when the pronoun's own opens
/// with a quotation or the pronoun: "Ana Ruiz, who chairs the panel, agreed.\n\n“We will vote,”
/// she said."
/// Only names after byte `after` are looked at (a person named before the latest speaker
/// the pronoun fits would lose to that speaker anyway).
pub fn in_paragraph_before(
    words: &Words,
    before: usize,
    after: usize,
    gender: Option<Gender>,
    lex: &AttributionLexicon,
) -> Option<Mention> {
    let doc = words.doc;
    let p = doc.paragraph_at(words.start(before));
    let own = doc.paragraph(p)?;
    // (Or a paragraph the pronoun opens: "Mr. Lund was detained on Monday.\n\nHe said …".)
    if words.kind(own.tokens.start) != TokenKind::OpenQuote && own.tokens.start != before {
        return None;
    }
    let previous = doc.paragraph(p.checked_sub(1)?)?;
    let from = (previous.tokens.start..previous.tokens.end)
        .find(|&k| words.start(k) > after)
        .unwrap_or(previous.tokens.end);
    nearest_person(words, previous.tokens.end, from, gender, lex)
}

/// The nearest personal name between tokens `from` and `before` (see [`in_narration`]).
fn nearest_person(
    words: &Words,
    before: usize,
    from: usize,
    gender: Option<Gender>,
    lex: &AttributionLexicon,
) -> Option<Mention> {
    let from = within_reach(words, before, from);
    let mut i = before;
    while i > from {
        i -= 1;
        if !(words.is_word(i) && words.is_capitalized(i)) {
            continue;
        }
        // The capitalised run ending at `i`, over the full stops of titles and initials.
        let end = i + 1;
        let mut start = i;
        while start > from {
            let k = start - 1;
            // (The full stop of a title or an initial, not of a sentence: "on Tuesday.
            // Sanders also pledged".)
            let glue = words.text(k) == "."
                && k > 0
                && words.is_capitalized(k - 1)
                && (words.text(k - 1).chars().count() <= 2 || is_title(words.lower(k - 1)));
            // A name is written on one line: "Growth\n\nAna Lee" is a headline and a name.
            let apart = words.doc.text[words.end(k)..words.start(k + 1)].contains('\n');
            if !apart && (glue || (words.is_word(k) && words.is_capitalized(k))) {
                start = k;
            } else {
                break;
            }
        }
        i = start;
        // ("an analyst at Penwick Securities", "a spokesman for Dorne Mining": the body a
        // role is held at or for, not a person. "Secretary of State Ana Ruiz" and "a
        // supporter of Ruiz" name one.)
        let held_at = start >= 2
            && matches!(words.lower(start - 1), "at" | "for")
            && !words.is_capitalized(start - 2)
            && {
                let r = lexicon::without_possessive(words.lower(start - 2));
                lexicon::PERSON_NOUNS.contains(r) || lex.roles().get(r).is_some()
            };
        if held_at {
            continue;
        }
        if let Some(name) = person(words, start..end, gender, lex) {
            return Some(name);
        }
    }
    None
}

/// A role noun whose person has not spoken under that role ("The actress said …"): the
/// people the narration before token `before` gave it as a title ("Oscar-winning actress
/// Mara Quill, star of …", "party chairman Rolf Amsel", "Gov. Ana Ruiz"), with the role, the
/// nearest first, `most` of them at most.
pub fn titled_people(
    words: &Words,
    before: usize,
    head: &str,
    lex: &AttributionLexicon,
    most: usize,
) -> Vec<Mention> {
    let mut found = Vec::new();
    let reach = words.start(before).saturating_sub(FULL_NAME_REACH);
    // ("the vice president": a role of two words is its two words in a row.)
    let (first, last) = head.split_once(' ').unwrap_or(("", head));
    // The role, or its abbreviation, opens with the role's first letter: a word that opens
    // with another ASCII letter is neither, and is passed over without being folded (the
    // look-back reads thousands of words).
    let initial = last.as_bytes().first().copied().unwrap_or(0);
    let mut i = before;
    while i > 0 && words.start(i - 1) >= reach {
        i -= 1;
        let opening = words.doc.text.as_bytes()[words.start(i)];
        if opening.is_ascii_alphabetic() && opening.to_ascii_lowercase() != initial {
            continue;
        }
        // (Or its title's abbreviation: "the governor" and "Gov. Ana Ruiz". The title list
        // is asked last, of a word the role starts with: it takes a string made for it.)
        let abbreviated = || {
            let short = words.lower(i).trim_end_matches('.');
            first.is_empty()
                && (words.text(i).ends_with('.') || words.text(i + 1) == ".")
                && short.len() >= 2
                && last.starts_with(short)
                && is_title(&format!("{short}."))
        };
        if !(words.is_word(i) && (words.lower(i) == last || abbreviated()) && !words.quoted(i)) {
            continue;
        }
        // ("the president" is not "Vice President Ana Ruiz".)
        if first.is_empty() && i > 0 && super::speaker::subordinate_office(words.lower(i - 1)) {
            continue;
        }
        let from = if first.is_empty() {
            i
        } else if i > 0 && words.is_word(i - 1) && words.lower(i - 1) == first {
            i - 1
        } else {
            continue;
        };
        // The capitalised run after the role, on its line, up to three names and their
        // initials.
        let mut end = i + 1;
        while end < before.min(i + 6)
            && (words.is_word(end) && words.is_capitalized(end) || words.text(end) == ".")
            && !words.doc.text[words.end(end - 1)..words.start(end)].contains('\n')
        {
            end += 1;
        }
        if end > i + 1
            && let Some(mut m) = person(words, i + 1..end, None, lex)
        {
            if let MentionKind::Named(n) = &mut m.kind {
                n.role.get_or_insert_with(|| {
                    words.doc.text[words.start(from)..words.end(i)].to_string()
                });
            }
            found.push(m);
            if found.len() == most {
                break;
            }
        }
    }
    found
}

/// The name in the capitalised run `run` if it reads as a person's and fits `gender`.
fn person(
    words: &Words,
    run: Range<usize>,
    gender: Option<Gender>,
    lex: &AttributionLexicon,
) -> Option<Mention> {
    // (On the stack: a pronoun's person is looked for among every capitalised run before
    // it. No name with its titles takes more words.)
    const MOST_WORDS: usize = 12;
    let mut buffer = [0usize; MOST_WORDS];
    let mut count = 0;
    for k in run.clone().filter(|&k| words.is_word(k)) {
        if count == MOST_WORDS {
            return None;
        }
        buffer[count] = k;
        count += 1;
    }
    let mut tokens = &buffer[..count];
    // "Former President Bill Clinton", "Indiana Gov. Mike Pence": the name starts at its
    // title.
    if let Some(t) = tokens
        .iter()
        .position(|&k| is_title(words.lower(k)))
        .filter(|&t| t > 0 && t + 1 < tokens.len())
    {
        tokens = &tokens[t..];
    }
    let titled = tokens
        .iter()
        .take_while(|&&k| is_title(words.lower(k)))
        .count();
    let titles = &tokens[..titled];
    // "Adm. Harry B. Harris Jr.": a generational suffix is no name word.
    let mut names = &tokens[titles.len()..];
    while let Some((&last, rest)) = names.split_last()
        && !rest.is_empty()
        && lexicon::NAME_SUFFIXES.contains(words.lower(last).trim_end_matches('.'))
    {
        names = rest;
    }
    let mut described = None;
    // "Council Liberal Ana Ruiz": capitalised words before a first name describe the
    // person; the name starts at the first name.
    if titles.is_empty()
        && let Some(f) = (1..names.len().saturating_sub(1)).find(|&k| {
            names.len() - k <= 3 && lexicon::first_name_gender(words.lower(names[k])).is_some()
        })
        && lexicon::first_name_gender(words.lower(names[0])).is_none()
    {
        described = Some(words.text_of(names[0]..names[f]).trim().to_string());
        names = &names[f..];
    }
    if names.is_empty() || names.len() > 3 {
        return None;
    }
    if titles.is_empty() && names.len() < 2 {
        return surname(words, names[0], gender, lex);
    }
    let stop = &lexicon::STOPWORDS;
    let countries = lex.countries();
    let not_a_person = names.iter().any(|&k| {
        let w = words.lower(k);
        // "Harry B. Harris": an initial.
        if k > names[0] && words.text(k).chars().count() == 1 {
            return false;
        }
        let base = lexicon::without_possessive(w);
        stop.contains(base)
            || lexicon::CALENDAR.contains(base)
            || countries.lookup(words.text(k)).is_some()
            || countries.by_demonym.contains_key(base)
            || lex.roles().get(base).is_some()
    });
    // "Democratic National Convention", "White House": a name of words of the language,
    // the first no first name, names a body or a place, not a person ("Rush Limbaugh" does).
    let first = words.lower(names[0]);
    let common_opening = titles.is_empty()
        && lexicon::first_name_gender(first).is_none()
        && names
            .iter()
            .all(|&k| crate::matcher::is_common_word(words.lower(k)));
    if not_a_person || common_opening {
        return None;
    }
    let said = titles
        .iter()
        .find_map(|&k| title_gender(words.lower(k)))
        .or_else(|| {
            (names.len() >= 2)
                .then(|| lexicon::first_name_gender(words.lower(names[0])))
                .flatten()
        });
    if let (Some(p), Some(t)) = (gender, said)
        && p != t
    {
        return None;
    }
    let (first, last) = (names[0], names[names.len() - 1]);
    let name = words.text_of(first..last + 1);
    let name = lexicon::without_possessive(name);
    let role = (!titles.is_empty())
        .then(|| words.text_of(titles[0]..first).trim().to_string())
        .or(described);
    Some(Mention {
        span: Span::new(
            words.start(titles.first().copied().unwrap_or(first)),
            words.end(last),
        ),
        kind: MentionKind::Named(Named {
            // (One space between the words, whatever the text has: "James\u{a0}Comey".)
            name: name.split_whitespace().collect::<Vec<_>>().join(" "),
            role,
            class: Some(EntityClass::Person),
            proper: true,
            gender: said.or(gender),
            ..Named::default()
        }),
    })
}

/// A surname alone ("Bradley criticized …") stands for the person the article named in full
/// before it ("Rebecca Bradley"): a first name whose gender the pronoun's agrees with, or a
/// title that says one ("Mrs. Bradley"), or a first name of no known gender when the surname
/// is its clause's subject. The full name is the entity's, the mention the surname where it
/// stands.
fn surname(
    words: &Words,
    k: usize,
    gender: Option<Gender>,
    lex: &AttributionLexicon,
) -> Option<Mention> {
    let gender = gender?;
    // A name inside a quotation is the speaker's words, not the narration's.
    if words.quoted(k) {
        return None;
    }
    let text = words.text(k);
    let last = lexicon::without_possessive(text);
    if last.chars().count() < 2 || !last.chars().all(char::is_alphabetic) {
        return None;
    }
    let stop = &lexicon::STOPWORDS;
    let lower = last.to_lowercase();
    if stop.contains(lower.as_str())
        || lexicon::CALENDAR.contains(&lower)
        || lex.countries().lookup(last).is_some()
        || lex.countries().by_demonym.contains_key(lower.as_str())
        || lex.roles().get(lower.as_str()).is_some()
        || is_title(&lower)
    {
        return None;
    }
    // The full name is looked for in the text just before (a long article's worth), so that
    // a file of many pronouns does not search the whole file again for each.
    let end = words.start(k);
    let mut from = end.saturating_sub(FULL_NAME_REACH);
    while !words.doc.text.is_char_boundary(from) {
        from += 1;
    }
    let before = &words.doc.text[from..end];
    // A first name of no known gender ("Bernie Sanders") only for a surname that is the
    // subject of its clause ("Sanders also pledged", "the ministry declared Sanders was"),
    // not an object or an owner ("supporting Sanders", "Obama's presidency").
    let reported = k > 0
        && (words.lower(k - 1) == "that"
            || words
                .cue_word(k - 1)
                .and_then(|c| c.verb.as_ref())
                .is_some_and(|v| v.class == lexicon::VerbClass::Speech));
    let subject = text == last
        && (k == 0 || !words.is_word(k - 1) || words.lower(k - 1) == "and" || reported)
        && k + 1 < words.len()
        && words.is_word(k + 1)
        && !words.is_capitalized(k + 1);
    let full = full_names(before, last, lex, subject)
        .find(|(_, said)| said.is_none_or(|s| s == gender))?;
    Some(Mention {
        span: Span::new(words.start(k), words.start(k) + last.len()),
        kind: MentionKind::Named(Named {
            name: full.0,
            class: Some(EntityClass::Person),
            proper: true,
            gender: Some(gender),
            ..Named::default()
        }),
    })
}

/// Where `needle` starts in `hay`, the last first, none overlapping the one after it: what
/// memchr's `memmem::rfind_iter` gives. Each candidate is found by its first byte with
/// `memrchr`, which is vectorized; the reverse substring searcher took some 2,000
/// instructions a match, as it has no such prefilter.
fn rfind_all<'h>(hay: &'h [u8], needle: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    // Matches lie within `hay[..end]`.
    let mut end = Some(hay.len());
    std::iter::from_fn(move || {
        let e = end?;
        let Some(&first) = needle.first() else {
            // (An empty needle is found at every place, as memchr finds it.)
            end = e.checked_sub(1);
            return Some(e);
        };
        end = None;
        // A match at `s` ends by `e`: `s < limit`.
        let mut limit = (e + 1).checked_sub(needle.len())?;
        loop {
            let s = memchr::memrchr(first, &hay[..limit])?;
            if hay[s..].starts_with(needle) {
                end = Some(s);
                return Some(s);
            }
            limit = s;
        }
    })
}

/// The full names ending in `last` in `text`, nearest first, with the gender their first name
/// or title says: "Rebecca Bradley", "Harry M. Reid", "Mrs. Bradley"; or with none, after a
/// title that says none: "Sen. Bernie Sanders".
fn full_names<'t>(
    text: &'t str,
    last: &'t str,
    lex: &'t AttributionLexicon,
    unknown_first_names: bool,
) -> impl Iterator<Item = (String, Option<Gender>)> + 't {
    // The nearest mentions only: a surname said at every turn is not searched back to the
    // start each time.
    // (This runs for every surname a pronoun may stand for.)
    rfind_all(text.as_bytes(), last.as_bytes())
        .take(FULL_NAME_MENTIONS)
        .filter_map(move |at| {
            let after = text[at + last.len()..].chars().next();
            if after.is_some_and(char::is_alphanumeric) {
                return None;
            }
            // (Any space: "nominee\u{a0}Paul Wend" has a no-break one.)
            let head = text[..at].strip_suffix(char::is_whitespace)?;
            let mut parts = head.rsplit(char::is_whitespace);
            let mut first = parts.next()?;
            // A middle initial: "Harry M. Reid".
            if first.len() == 2 && first.ends_with('.') && first.starts_with(char::is_uppercase) {
                first = parts.next()?;
            }
            let word = first.trim_start_matches(|c: char| !c.is_alphabetic());
            if !word.starts_with(char::is_uppercase) || !word.chars().all(char::is_alphabetic) {
                return None;
            }
            let lower = word.to_lowercase();
            // "In Hillary Clinton's race": a word of the sentence, though a first name too.
            if lexicon::STOPWORDS.contains(lower.as_str()) {
                return None;
            }
            let said = title_gender(&lower).or_else(|| lexicon::first_name_gender(&lower));
            // A first name of no known gender ("Bernie") is a person's after a title, or in a
            // name that is no place, body or role word.
            let countries = lex.countries();
            let plain_name = unknown_first_names
            && countries.lookup(word).is_none()
            && !countries.by_demonym.contains_key(lower.as_str())
            && lex.roles().get(lower.as_str()).is_none()
            && !is_title(&lower)
            && !lexicon::CALENDAR.contains(&lower)
            && lexicon::first_name_gender(&lower).is_none()
            && word.chars().count() >= 3
            && !crate::matcher::is_common_word(&lower)
            // "Hillary Rodham Clinton", "New York Post": the start of the name is further back.
            && !parts.clone().next().is_some_and(|t| t.starts_with(char::is_uppercase));
            if said.is_none()
                && !plain_name
                && !parts.next().is_some_and(|t| is_title(&t.to_lowercase()))
            {
                return None;
            }
            // Where the first name starts in `head` (`first` is a slice of it).
            let from = first.as_ptr() as usize - head.as_ptr() as usize + first.len() - word.len();
            let name = if title_gender(&lower).is_some() {
                last.to_string()
            } else {
                format!("{} {last}", &head[from..])
            };
            Some((name, said))
        })
}

/// Whether a pronoun can stand for a person found in the narration: "he", "she".
pub fn personal(class: EntityClass, gender: Option<Gender>) -> bool {
    class == EntityClass::Person && gender.is_some()
}

/// The nearest body before token `before` that "they" (`Group`) or "it" (`Org`) can point
/// back to: a plural noun of people ("the economists", "Senate Democrats", "officials"), or
/// an organisation ("the campaign", "the State Department"), with the capitalised words that
/// name it. Nouns come from the role-noun list; capitalised plurals of people ("Democrats",
/// "Millennials") and singular nouns of a people ("generation", `people_collectives.txt`)
/// count as groups.
pub fn body_in_narration(
    words: &Words,
    before: usize,
    class: EntityClass,
    lex: &AttributionLexicon,
) -> Option<Mention> {
    let from = reach(words, before);
    for k in (from..before).rev() {
        // A noun inside a quotation is the speaker's words, not the narration's.
        if !words.is_word(k) || words.quoted(k) {
            continue;
        }
        let w = words.lower(k);
        // "As Johnson and Weld stumped across New England, they …": two named together.
        if class == EntityClass::Group
            && let Some(pair) = named_pair(words, k, from, lex)
        {
            return Some(pair);
        }
        let role = lex.roles().get(w);
        let fits = match class {
            EntityClass::Group => {
                role.is_some_and(|r| r.class == EntityClass::Group)
                    // "The under-30 generation says …. They want": a body of people in
                    // the singular.
                    || lexicon::PEOPLE_COLLECTIVES.contains(w)
                    // "Six Gannett newspapers …. They called him": bodies in the plural.
                    || w.strip_suffix('s').is_some_and(|one| {
                        lex.roles()
                            .get(one)
                            .is_some_and(|r| r.class == EntityClass::Org)
                    })
                    || (words.is_capitalized(k)
                        && k > 0
                        && words.is_word(k - 1)
                        && ["ans", "ists", "crats", "als"]
                            .iter()
                            .any(|e| w.ends_with(e)))
            }
            EntityClass::Org => {
                role.is_some_and(|r| r.class == EntityClass::Org)
                    && k > 0
                    && (words.is_capitalized(k) || determined(words, k, from))
            }
            EntityClass::Person => false,
        };
        // "the company's chief": a possessive names an owner, not what "it" stands for.
        if !fits || words.text(k).ends_with("'s") || words.text(k).ends_with("’s") {
            continue;
        }
        // "Senate Democrats", "the State Department": the capitalised words of its name,
        // within its sentence, without a capital that only starts it ("The economists").
        let stop = &lexicon::STOPWORDS;
        let mut start = k;
        while start > from
            && words.is_word(start - 1)
            && words.is_capitalized(start - 1)
            && !stop.contains(words.lower(start - 1))
            && words.end(start - 1) + 1 >= words.start(start)
        {
            start -= 1;
        }
        let name = words.text_of(start..k + 1);
        return Some(Mention {
            span: Span::new(words.start(start), words.end(k)),
            kind: MentionKind::Named(Named {
                name: name.to_string(),
                class: Some(class),
                head: Some(w.to_string()),
                proper: start < k || words.is_capitalized(k),
                ..Named::default()
            }),
        });
    }
    None
}

/// "A report by the planning officers, published on Monday, takes a different view. It says
/// …": the document that opens the sentence before the one "it" opens (a determiner and one
/// describing word at most before it; singular: "report", "analysis", not "records").
pub fn document_opening(words: &Words, before: usize) -> Option<Mention> {
    let from = reach(words, before);
    let ends_sentence = |k: usize| !words.quoted(k) && matches!(words.text(k), "." | "!" | "?");
    // The pronoun opens its sentence; the sentence before starts after the stop before that.
    if before > from
        && !ends_sentence(before - 1)
        && !opens_sentence(words.doc.text, words.start(before))
    {
        return None;
    }
    let stop = (from..before).rev().find(|&k| ends_sentence(k))?;
    let start = (from..stop)
        .rev()
        .find(|&k| ends_sentence(k))
        .map_or(from, |k| k + 1);
    let mut k = start;
    if k < stop && lexicon::NOUN_DETERMINERS.contains(words.lower(k)) {
        k += 1;
    }
    let document = |k: usize| {
        let w = words.lower(k);
        lexicon::FINDING_NOUNS.contains(w)
            && (!w.ends_with('s') || w.ends_with("sis") || w.ends_with("sus"))
    };
    // (Or any thing in the singular that spoke there: "The ad says … It also says …".)
    let spoke = |k: usize| {
        let w = words.lower(k);
        // (A verb of saying next, perhaps after "also": "The council also said".)
        let verb = if k + 1 < stop && words.lower(k + 1) == "also" {
            k + 2
        } else {
            k + 1
        };
        verb < stop
            && words.is_word(verb)
            && lexicon::attribution().verb(words.lower(verb)).is_some()
            && crate::matcher::vectors::may_be_noun(w)
            && !lexicon::STOPWORDS.contains(w)
            && !w.ends_with('s')
            && !lexicon::PERSON_NOUNS.contains(w)
            && !words.is_capitalized(k)
    };
    let fits = |k: usize| document(k) || spoke(k);
    // "A new report", "The annual audit".
    if k + 1 < stop && words.is_word(k) && !fits(k) && fits(k + 1) {
        k += 1;
    }
    if k >= stop || !words.is_word(k) || !fits(k) {
        return None;
    }
    let w = words.lower(k);
    Some(Mention {
        span: Span::new(words.start(k), words.end(k)),
        kind: MentionKind::Named(Named {
            name: words.text(k).to_string(),
            class: Some(EntityClass::Org),
            head: Some(w.to_string()),
            ..Named::default()
        }),
    })
}

/// Whether the phrase at byte `at` opens its sentence, after at most a determiner.
pub fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let before = ["The", "the", "A", "An"]
        .iter()
        .find_map(|d| {
            before
                .strip_suffix(d)
                .filter(|b| b.is_empty() || b.ends_with(char::is_whitespace))
        })
        .unwrap_or(before)
        .trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '”'])
}

/// Two capitalised names joined by "and", ending at token `k`, that "they" can stand for:
/// "Johnson and Weld", not "Bosnia and Herzegovina" or a word opening a sentence.
fn named_pair(words: &Words, k: usize, from: usize, lex: &AttributionLexicon) -> Option<Mention> {
    // "Mr. Haller and Ms. Ostrow": a title before either name goes with it.
    let titled = |t: usize| t > from && is_title(words.lower(t - 1));
    if k < from + 2 {
        return None;
    }
    let and = if titled(k) { k - 2 } else { k - 1 };
    if and < from + 1 || words.lower(and) != "and" || is_title(words.lower(k)) {
        return None;
    }
    let stop = &lexicon::STOPWORDS;
    let countries = lex.countries();
    let name = |t: usize| {
        let w = words.lower(t);
        words.is_word(t)
            && words.is_capitalized(t)
            && !stop.contains(w)
            && !lexicon::CALENDAR.contains(w)
            && countries.lookup(words.text(t)).is_none()
            && !countries.by_demonym.contains_key(w)
            && lex.roles().get(w).is_none()
    };
    if !(name(k) && name(and - 1)) {
        return None;
    }
    let first = if titled(and - 1) { and - 2 } else { and - 1 };
    Some(Mention {
        span: Span::new(words.start(first), words.end(k)),
        kind: MentionKind::Named(Named {
            name: words.text_of(first..k + 1).to_string(),
            class: Some(EntityClass::Group),
            proper: true,
            ..Named::default()
        }),
    })
}

/// Whether a determiner leads the noun at `k`, over a year or a figure between: "the
/// campaign", "its report", "a 2001 memorandum".
fn determined(words: &Words, k: usize, from: usize) -> bool {
    (k.saturating_sub(3).max(from)..k).rev().any(|d| {
        lexicon::NOUN_DETERMINERS.contains(words.lower(d))
            && (d + 1..k).all(|t| words.text(t).chars().all(|c| c.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    /// The person named at the start of `text`, looked for from its last word.
    fn named_from_end(text: &str) -> Option<String> {
        let doc = Document::new(text);
        let words = Words::new(&doc);
        let found = in_narration(
            &words,
            words.len() - 1,
            Some(Gender::Female),
            lexicon::attribution(),
        )?;
        match found.kind {
            MentionKind::Named(n) => Some(n.name),
            _ => None,
        }
    }

    #[test]
    fn a_person_is_looked_for_only_so_far_back_in_one_long_paragraph() {
        let filler = "the committee met again and the talks went on. ";
        let near = format!("Ana Ruiz spoke. {} she", filler.repeat(20));
        assert_eq!(named_from_end(&near).as_deref(), Some("Ana Ruiz"));
        // One paragraph, the name further back than a few paragraphs of news could hold.
        let far = format!("Ana Ruiz spoke. {} she", filler.repeat(400));
        assert!(far.len() > NARRATION_REACH);
        assert_eq!(named_from_end(&far), None);
    }

    #[test]
    fn rfind_all_finds_what_memchr_finds() {
        let cases: &[(&str, &str)] = &[
            ("Ruiz met Ruiz and Ruiz", "Ruiz"),
            ("aaaa", "aa"),
            ("abc", ""),
            ("", "a"),
            ("a", "ab"),
            ("Lee, Lee-Ann and Leeds", "Lee"),
            ("xyz", "q"),
        ];
        for &(hay, needle) in cases {
            let ours: Vec<usize> = super::rfind_all(hay.as_bytes(), needle.as_bytes()).collect();
            let theirs: Vec<usize> =
                memchr::memmem::rfind_iter(hay.as_bytes(), needle.as_bytes()).collect();
            assert_eq!(ours, theirs, "{hay:?} {needle:?}");
        }
    }
}
