//! Speakers: reading a mention ("the head of Russia's military cooperation service, Dmitry
//! Shugayev", "he", "Washington", "the official") and resolving it to one entity of the article.

use std::collections::HashMap;

use crate::lexicon::{self, AttributionLexicon, EntityClass, Gender, fold};
use crate::matcher::vectors;
use crate::model::Span;
use crate::parser::cues::source_frame;

use super::text::Words;

/// What a mention says about its speaker.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    /// he, she, they, it.
    Pronoun {
        class: EntityClass,
        gender: Option<Gender>,
    },
    /// "the official", "the company": a back-reference by a role noun.
    RoleRef { head: String },
    /// A country or its seat of government standing for its government ("Washington").
    Government { country: usize },
    /// A name or description that stands for itself.
    Named(Named),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Named {
    pub name: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub class: Option<EntityClass>,
    /// Folded last word of the description ("official"), for later role references.
    pub head: Option<String>,
    /// A proper name (person or organisation), not a description.
    pub proper: bool,
    pub gender: Option<Gender>,
    /// An employer named by a role noun in the possessive ("the company's head of
    /// compliance"): resolved against earlier speakers.
    pub employer_ref: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
}

/// Reads the mention in word range `range` of `words`.
pub fn read_mention(
    words: &Words,
    range: std::ops::Range<usize>,
    lex: &AttributionLexicon,
) -> Option<Mention> {
    let mut range = range;
    // Trim punctuation at both ends.
    while range.start < range.end && !words.is_word(range.start) {
        range.start += 1;
    }
    while range.start < range.end && !words.is_word(range.end - 1) {
        range.end -= 1;
    }
    if range.is_empty() {
        return None;
    }
    let span = Span::new(words.start(range.start), words.end(range.end - 1));
    // A party tag or aside in brackets is not part of the name: "Rep. Ann Lee (D-Ohio)". The
    // tag says the person's party.
    let mut party = None;
    if let Some(open) = (range.start..range.end).find(|&i| words.text(i) == "(") {
        party = party_of_tag(words.text_of(open + 1..range.end));
        range.end = open;
        while range.start < range.end && !words.is_word(range.end - 1) {
            range.end -= 1;
        }
        if range.is_empty() {
            return None;
        }
    }
    let first = words.lower(range.start);
    // "It's a", "That's partly", "I'd": a pronoun and its verb open a clause, not a name.
    if pronoun_and_verb(first) {
        return None;
    }
    if range.len() == 1 {
        // "Her vow to go after companies … claiming": a possessive begins a noun phrase and
        // names no speaker; "according to him", "according to her": an object pronoun does.
        let possessive = match first {
            "his" | "its" | "their" => true,
            "her" => range.end < words.len() && words.is_word(range.end),
            _ => false,
        };
        if possessive {
            return None;
        }
        if let Some(kind) = pronoun(first) {
            return Some(Mention { span, kind });
        }
        // "More challenging …", "Even so …", "I'd": a function word alone names nobody,
        // unless it stands for people ("Some say", "Others", "Many").
        let people = matches!(
            first,
            "some"
                | "others"
                | "many"
                | "most"
                | "all"
                | "both"
                | "one"
                | "someone"
                | "anyone"
                | "everyone"
                | "several"
                | "few"
        );
        if !people && crate::lexicon::STOPWORDS.contains(first) {
            return None;
        }
    }
    // Strip leading determiners for every other reading.
    let definite = first == "the";
    let mut body = range.clone();
    // ("Another official" stays whole: it is not the official met before; so does "those
    // surveyed", the people a participle says.)
    while body.start < body.end
        && lexicon::MENTION_DETERMINERS.contains(words.lower(body.start))
        && !(words.lower(body.start) == "another" && body.start + 1 < body.end)
        && !(words.lower(body.start) == "those"
            && body.len() == 2
            && words.lower(body.end - 1).ends_with("ed"))
        && !(words.lower(body.start) == "a"
            && body.start + 1 < body.end
            && fraction(words.lower(body.start + 1)))
    {
        body.start += 1;
    }
    if body.is_empty() {
        return None;
    }
    let phrase = words.text_of(body.clone());
    if let Some(country) = lex.countries().lookup(phrase)
        && (!lex.countries().by_demonym.contains_key(&fold(phrase)) || phrase.ends_with('s'))
    {
        // "Washington", "the Kremlin", "Turkey": the government speaks.
        if lex.countries().by_demonym.contains_key(&fold(phrase)) {
            // "the Russians", "Americans": a group of that nationality.
            let name = lex.countries().canonical[country].to_string();
            return Some(Mention {
                span,
                kind: MentionKind::Named(Named {
                    name: phrase.to_string(),
                    affiliation: Some(name),
                    class: Some(EntityClass::Group),
                    ..Named::default()
                }),
            });
        }
        return Some(Mention {
            span,
            kind: MentionKind::Government { country },
        });
    }
    if let Some(agency) = lex.agencies().get(&fold(phrase)) {
        return Some(Mention {
            span,
            kind: MentionKind::Named(Named {
                name: agency.to_string(),
                class: Some(EntityClass::Org),
                proper: true,
                ..Named::default()
            }),
        });
    }
    // A short definite role noun refers back: "the official", "the company", "the vice
    // president" (a role of two words the role list holds).
    if definite && body.len() <= 2 && !body.clone().any(|k| words.is_capitalized(k)) {
        let head = if body.len() == 2 {
            format!(
                "{} {}",
                words.lower(body.start),
                words.lower(body.start + 1)
            )
        } else {
            words.lower(body.start).to_string()
        };
        if lex.roles().contains_key(&head) {
            return Some(Mention {
                span,
                kind: MentionKind::RoleRef { head },
            });
        }
    }
    // ("the former three-term governor": words that only describe a person's role before it.)
    if definite && (2..=4).contains(&body.len()) && !body.clone().any(|k| words.is_capitalized(k)) {
        let head = words.lower(body.end - 1);
        let describes = |k: usize| {
            let w = words.lower(k);
            w == "former" || w.contains('-') || crate::matcher::vectors::is_only_adjective(w)
        };
        if lex
            .roles()
            .get(head)
            .is_some_and(|r| r.class == EntityClass::Person)
            && (body.start..body.end - 1).all(describes)
        {
            return Some(Mention {
                span,
                kind: MentionKind::RoleRef {
                    head: head.to_string(),
                },
            });
        }
    }
    let mut named = read_named(words, body.clone(), lex);
    // ("Sen. Ann Lee, R-Ky., said": a tag in the apposition is no part of the role.)
    if let Some(role) = named.role.take_if(|r| r.contains('-')) {
        let mut tagged = None;
        let parts: Vec<&str> = role
            .split(", ")
            .filter(|part| match party_of_tag(part) {
                Some(p) if !part.contains(' ') => {
                    tagged = Some(p);
                    false
                }
                _ => true,
            })
            .collect();
        party = party.or(tagged);
        named.role = Some(parts.join(", ")).filter(|r| !r.is_empty());
    }
    if named.affiliation.is_none() && named.proper {
        named.affiliation = party;
    }
    // "Chris Cox, who runs the NRA's lobbying arm, says": whom a person leads or works for.
    if named.affiliation.is_none() && named.proper {
        named.affiliation = led_body(words, range.end, lex, &named.name);
    }
    // ("a guard said": after a determiner, a noun that is also a verb is the noun.)
    let determined = body.start > range.start;
    if !named.proper && !is_speaker_description(words, body, definite, determined, lex) {
        return None;
    }
    Some(Mention {
        span,
        kind: MentionKind::Named(named),
    })
}

/// The party a tag after a name gives ("D-Ohio", "R-S.C.": the party's letter, a hyphen and
/// the state), by `data/lexicon/party_tags.txt`.
fn party_of_tag(tag: &str) -> Option<String> {
    let (letter, state) = tag.split_once('-')?;
    if !state.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let letter = fold(letter.trim());
    lexicon::PARTY_TAGS.iter().find_map(|entry| match entry {
        [l, party] if *l == letter => {
            let mut chars = party.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
        }
        _ => None,
    })
}

/// A word for a share of a whole: "third", "quarters", "two-thirds".
fn fraction(word: &str) -> bool {
    matches!(
        word.trim_end_matches('s'),
        "third" | "quarter" | "fifth" | "two-third" | "three-quarter"
    )
}

/// Whether a description can name a speaker: its head is a role noun ("official",
/// "critics"), a plural, or it holds a name ("Peru's environmental agency"). Dates,
/// numbers and stray words ("this month", "2010", "very") cannot.
fn is_speaker_description(
    words: &Words,
    body: std::ops::Range<usize>,
    definite: bool,
    determined: bool,
    lex: &AttributionLexicon,
) -> bool {
    let head = words.lower(body.end - 1);
    // "Reyes and others": a name and the people with it.
    let name_and_others = head == "others"
        && body.end >= body.start + 3
        && words.lower(body.end - 2) == "and"
        && words.is_capitalized(body.end - 3);
    if name_and_others {
        return true;
    }
    // "47 percent", "52% of voters", "4 in 10", "one in five", "four out of 10 voters": a
    // share of those polled answers for them.
    let count = |i: usize| {
        let w = words.lower(i);
        (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
            || w == "one"
            || crate::matcher::words::number_word(w).is_some()
    };
    let share = (body.start..body.end).any(|i| {
        let w = words.lower(i);
        w.starts_with(|c: char| c.is_ascii_digit())
            && (w.ends_with('%')
                || (i + 1 < body.end && matches!(words.lower(i + 1), "percent" | "%" | "per")))
    }) || (body.start..body.end).any(|i| {
        // ("a third", "two-thirds", "a quarter of voters")
        fraction(words.lower(i))
            && i > 0
            && (count(i - 1) || matches!(words.lower(i - 1), "a" | "one"))
    }) || (body.start..body.end).any(|i| {
        count(i)
            && i + 2 < body.end
            && (words.lower(i + 1) == "in" && count(i + 2)
                || (words.lower(i + 1) == "out"
                    && words.lower(i + 2) == "of"
                    && i + 3 < body.end
                    && count(i + 3)))
    });
    // ("those surveyed", "those polled": the people the participle says.)
    let those = body.len() == 2 && words.lower(body.start) == "those" && head.ends_with("ed");
    if share || those {
        return true;
    }
    if head.chars().any(|c| c.is_ascii_digit())
        || lexicon::NOT_HEADS.contains(head)
        || words.is_calendar(body.end - 1)
    {
        return false;
    }
    if lex.roles().contains_key(head)
        || (body.start..body.end).any(|i| {
            words.is_capitalized(i) && !lexicon::MENTION_DETERMINERS.contains(words.lower(i))
        })
    {
        return true;
    }
    let first = words.lower(body.start);
    let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
    let adjective = ["ous", "ful", "able", "ible", "ical", "less", "ive"]
        .iter()
        .any(|e| head.ends_with(e));
    // ("self-described", "London-based": a compound in "-ed" is an adjective.)
    let verb_like = |w: &str| {
        (w.ends_with("ed") && !w.contains('-')) || vectors::is_ly_modifier(w) || lex.is_verb(w)
    };
    // One bare word that is no role ("a similar", "resist") names nobody, unless it reads as
    // a person: "a narrator", "a commenter", "a protester".
    let agent = ["er", "or", "ist", "ant", "ent", "ian", "man", "woman"]
        .iter()
        .any(|e| head.ends_with(e))
        || lexicon::PERSON_NOUNS.contains(head)
        || (determined && lexicon::PERSON_VERB_NOUNS.contains(head));
    if body.len() == 1 && !plural && !definite && !agent {
        return false;
    }
    // ("which helps explain why …": one word right after a relative pronoun is its verb,
    // unless it names who or what speaks: "which polls show".)
    let after_relative =
        body.start > 0 && matches!(words.lower(body.start - 1), "which" | "that" | "who");
    if body.len() == 1
        && after_relative
        && !agent
        && !lex.roles().contains_key(head)
        && !lexicon::FINDING_NOUNS.contains(head)
    {
        return false;
    }
    // ("early returns", "daily figures": an adjective in "-ly" opens a description.)
    let opens_verb_like =
        verb_like(first) && !(first.ends_with("ly") && vectors::may_be_adjective(first));
    // ("The reports show", "the estimates said": after a determiner or other words, a noun
    // of a document or of saying that is also a verb form is the noun.)
    let document = (determined || body.len() > 1)
        && (lexicon::FINDING_NOUNS.contains(head) || lexicon::REPORT_NOUNS.contains(head));
    !(verb_like(head) && !document
        || opens_verb_like && !(document && body.len() == 1)
        || adjective
        || (body.start..body.end).any(|i| {
            // (Not a number compounded into a describing word: "the 30-second ad".)
            let w = words.lower(i);
            w.starts_with(|c: char| c.is_ascii_digit())
                && !w.rsplit_once('-').is_some_and(|(_, last)| {
                    last.len() > 1 && last.bytes().all(|b| b.is_ascii_alphabetic())
                })
        }))
}

/// Reads the owner of a noun of saying in word range `range`: "his" in "his claim that …",
/// "the mayor's" in "the mayor's warning that …". A possessive pronoun stands for its
/// subject pronoun ("his" for "he"), a name in the possessive for the name.
pub fn read_owner(
    words: &Words,
    range: std::ops::Range<usize>,
    lex: &AttributionLexicon,
) -> Option<Mention> {
    if range.len() == 1 {
        let subject = match words.lower(range.start) {
            "his" => Some("he"),
            "her" => Some("she"),
            "their" => Some("they"),
            "its" => Some("it"),
            _ => None,
        };
        if let Some(subject) = subject {
            let span = Span::new(words.start(range.start), words.end(range.start));
            return Some(Mention {
                span,
                kind: pronoun(subject)?,
            });
        }
    }
    // The owner's words without the possessive are read as any mention: "Donald Trump's" as
    // "Donald Trump", a man's name; "the minister's" as "the minister", a role.
    let text = words.text_of(range.clone());
    let bare = lexicon::without_possessive(text);
    if bare.is_empty() {
        return None;
    }
    let doc = crate::document::Document::new(bare);
    let inner = Words::new(&doc);
    let mut m = read_mention(&inner, 0..inner.len(), lex)?;
    m.span = Span::new(words.start(range.start), words.end(range.end - 1));
    Some(m)
}

/// "I'm", "I'd", "he's", "that's": a pronoun and its verb written as one word (not
/// "O'Brien" or "Lund's").
fn pronoun_and_verb(word: &str) -> bool {
    ["'m", "'d", "'ve", "'ll", "'re"]
        .iter()
        .any(|e| word.ends_with(e))
        || word.strip_suffix("'s").is_some_and(|base| {
            pronoun(base).is_some()
                || matches!(base, "who" | "that" | "there" | "what" | "here" | "this")
        })
}

fn pronoun(word: &str) -> Option<MentionKind> {
    let (class, gender) = match word {
        "he" | "him" => (EntityClass::Person, Some(Gender::Male)),
        "she" | "her" => (EntityClass::Person, Some(Gender::Female)),
        "they" | "them" => (EntityClass::Group, None),
        "it" => (EntityClass::Org, None),
        _ => return None,
    };
    Some(MentionKind::Pronoun { class, gender })
}

/// Splits a description into a proper name and a role, and finds the affiliation.
fn read_named(words: &Words, body: std::ops::Range<usize>, lex: &AttributionLexicon) -> Named {
    // Apposition: "NAME, ROLE" or "ROLE, NAME".
    let comma = (body.start..body.end).find(|&i| words.text(i) == ",");
    let (name_range, role_range) = match comma {
        Some(c) => {
            let left = body.start..c;
            let mut right = c + 1..body.end;
            while right.start < right.end
                && lexicon::MENTION_DETERMINERS.contains(words.lower(right.start))
            {
                right.start += 1;
            }
            // ("Her challenger, opposition leader Tom Reed": a person's name after a role ends
            // the apposition, and is the name.)
            let left_proper = proper_tail(words, left.clone(), lex);
            let person_named_last = proper_tail(words, right.clone(), lex).is_some_and(|r| {
                r.end == right.end
                    && r.start > right.start
                    // (Not a firm's name after its person: "Ann Lee of the law firm Grey Lund".)
                    && !(right.start..r.start).any(|k| words.lower(k) == "of")
                    && r.len() >= 2
                    && (lexicon::first_name_gender(words.lower(r.start)).is_some()
                        || r.len() <= 3
                            && (r.start..r.end).all(|k| !lex.roles().contains_key(words.lower(k))))
                    && {
                        let before = words.lower(r.start - 1);
                        lex.roles().contains_key(before)
                            || lexicon::PERSON_NOUNS.contains(before)
                            || is_title(before)
                    }
            });
            if (proper_tail(words, right.clone(), lex).is_some_and(|r| r == right)
                && left_proper.as_ref().is_none_or(|r| *r != left))
                || (person_named_last && left_proper.is_none())
            {
                (right, Some(left))
            } else {
                (left, Some(right))
            }
        }
        None => (body.clone(), None),
    };
    let mut named = Named::default();
    let (name_range, person_employer) = match person_of_organisation(words, name_range.clone(), lex)
    {
        Some((person, employer)) => (person, Some(employer)),
        None => (name_range, None),
    };
    // Within the name part: trailing capitalised run is the name, what precedes is role.
    // "The company behind a grain terminal at Port Halloran": a name after a preposition is
    // a place or an employer inside a description, not the speaker's name.
    // (Nor is a name framing an anonymous source: "a person close to the Lunds".)
    let framed = (name_range.start + 1..name_range.end)
        .find(|&k| source_frame(words.lower(k - 1), words.lower(k)));
    let tail = proper_tail(words, name_range.clone(), lex).filter(|t| {
        (t.start == name_range.start
            || !lexicon::PLACE_PREPOSITIONS.contains(words.lower(t.start - 1))
            || words.is_capitalized(t.start - 1))
            && framed.is_none_or(|k| t.start < k)
    });
    let mut role_parts: Vec<String> = Vec::new();
    let mut employer = None;
    match tail {
        Some(tail) if !tail.is_empty() => {
            // Titles at the front of the name belong to the role: "Dr.", "Gov.", "President".
            let mut name = tail.clone();
            while name.len() > 1 && is_title(words.lower(name.start)) {
                name.start += 1;
            }
            // "Housing Minister Simon Carrow": a title inside the run ends the role; the name
            // is the capitalised words after it.
            if let Some(t) = (name.start + 1..name.end.saturating_sub(2))
                .rev()
                .find(|&k| is_title(words.lower(k)))
                && (t + 1..name.end)
                    .all(|k| words.is_capitalized(k) && !lex.roles().contains_key(words.lower(k)))
                && name.end - t <= 4
            {
                name.start = t + 1;
            }
            // "Vice President Ana Ruiz", "County Recorder Ana Ruiz", "Comedian Ana Ruiz": a
            // role before a first name and a surname is no part of the name ("Mary Ann Ruiz",
            // "South Carolina Democrat" and "Ann Ruiz Foundation" stay whole).
            if name.len() >= 3
                && let Some(k) = (name.start + 1..name.end - 1)
                    .rev()
                    .take_while(|&k| name.end - k <= 3)
                    .find(|&k| lexicon::first_name_gender(words.lower(k)).is_some())
                && {
                    let role = words.lower(k - 1);
                    lex.roles().contains_key(role) || lexicon::PERSON_NOUNS.contains(role)
                }
                && (name.start..k).all(|i| lexicon::first_name_gender(words.lower(i)).is_none())
                && (k + 1..name.end).all(|i| !lex.roles().contains_key(words.lower(i)))
            {
                name.start = k;
            }
            // "Minister of Fisheries Ana Lopez": what the title is of belongs to it too; the
            // name starts at a first name, or is the last two words.
            if name.len() > 2 && matches!(words.lower(name.start), "of" | "for") {
                name.start = (name.start + 2..name.end - 1)
                    .find(|&k| lexicon::first_name_gender(words.lower(k)).is_some())
                    .unwrap_or(name.end - 2);
            }
            let before = name_range.start..name.start;
            if !before.is_empty() {
                role_parts.push(words.text_of(before.clone()).to_string());
            }
            // "Hanne Lund of Northport Technical University": a person of an organisation,
            // not "the Bank of England".
            // (Or a first name and a surname before it: "Ana Ruiz of the Coastal Institute".)
            let of = (name.start + 1..name.end).find(|&i| words.lower(i) == "of");
            let org_from = |of: usize| of + 1 + usize::from(words.lower(of + 1) == "the");
            if let Some(of) = of
                && of + 1 < name.end
                && org_from(of) < name.end
                && !lex.roles().contains_key(words.lower(of - 1))
                && (lex
                    .roles()
                    .get(words.lower(name.end - 1))
                    .is_some_and(|r| r.class == EntityClass::Org)
                    || (2..=3).contains(&(of - name.start))
                        && lexicon::first_name_gender(words.lower(name.start)).is_some())
            {
                employer = Some(words.text_of(org_from(of)..name.end).to_string());
                named.class = Some(EntityClass::Person);
                name.end = of;
            }
            named.name = spaced(words.text_of(name.clone()));
            named.proper = true;
            named.class = named.class.or(name_class(words, name.clone(), lex));
            // "Mrs. Lund", "Ana Ruiz": the title or the first name says who "she" can be.
            named.gender = (name_range.start..name.start)
                .find_map(|i| title_gender(words.lower(i)))
                .or_else(|| {
                    (name.len() >= 2)
                        .then(|| lexicon::first_name_gender(words.lower(name.start)))
                        .flatten()
                });
            if named.gender.is_some() {
                named.class.get_or_insert(EntityClass::Person);
            }
            // "Brede Valley District Council" is later "the council".
            // "the Ministry of Fisheries" is later "the ministry".
            let of = (name.start + 1..name.end).find(|&i| words.lower(i) == "of");
            let last = words.lower(of.unwrap_or(name.end) - 1);
            if lex
                .roles()
                .get(last)
                .is_some_and(|r| r.class != EntityClass::Person)
            {
                named.head = Some(last.to_string());
            }
            if (name_range.start..name.start).any(|i| is_title(words.lower(i))) {
                named.class.get_or_insert(EntityClass::Person);
            }
        }
        _ => {
            named.name = spaced(words.text_of(name_range.clone()));
            // An anonymous source ("a person close to the campaign") is no body named by its
            // last word, and no later "he", "they" or "the campaign" stands for it.
            if framed.is_none() {
                let head = words.lower(name_range.end - 1).to_string();
                if let Some(role) = lex.roles().get(&head) {
                    named.class = Some(role.class);
                    named.gender = role.gender;
                }
                named.head = Some(head);
            }
        }
    }
    // "Sarah Lund, 69,": an age is no role.
    let age = |r: &std::ops::Range<usize>| {
        (r.start..r.end)
            .all(|i| !words.is_word(i) || words.text(i).bytes().all(|b| b.is_ascii_digit()))
    };
    if let Some(role) = role_range.filter(|r| !r.is_empty() && !age(r)) {
        role_parts.push(words.text_of(role.clone()).to_string());
        // "head of the national grid operator": the role is "head", not "operator".
        let head_at = (role.start..role.end)
            .find(|&i| i > role.start && lexicon::ROLE_HEAD_PREPOSITIONS.contains(words.lower(i)))
            .map_or(role.end - 1, |i| i - 1);
        let head = words.lower(head_at).to_string();
        if let Some(r) = lex.roles().get(&head) {
            if named.proper && named.class.is_none() {
                named.class = Some(r.class);
            }
            named.gender = named.gender.or(r.gender);
        }
        named.head.get_or_insert(head);
    }
    if !role_parts.is_empty() {
        named.role = Some(role_parts.join(", "));
    }
    named.affiliation = person_employer
        .or_else(|| affiliation(words, body.clone(), lex, &named.name))
        .or(employer);
    if named.affiliation.is_none() {
        // "the company's head of compliance", "a club spokeswoman": an organisation noun in
        // the possessive or before a person's role names the employer.
        // "police spokeswoman Irina Maske": a body of people employs too.
        let is_org = |w: &str| {
            lex.roles()
                .get(w)
                .is_some_and(|r| r.class != EntityClass::Person)
        };
        let person_head = lex
            .roles()
            .get(words.lower(body.end - 1))
            .is_some_and(|r| r.class == EntityClass::Person);
        named.employer_ref = (body.start..body.end).find_map(|i| {
            let w = words.lower(i);
            // "Federation leader Anton Brekk": a capitalised organisation noun before a
            // person's role still names the employer; other capitalised words are names.
            let person_next = i + 1 < body.end
                && lex
                    .roles()
                    .get(words.lower(i + 1))
                    .is_some_and(|r| r.class == EntityClass::Person);
            if words.is_capitalized(i) && !(person_next && is_org(w)) {
                return None;
            }
            // ("the prime minister's spokesman": a person's role in the possessive names
            // whom the spokesman speaks for.)
            if let Some(base) = w.strip_suffix("'s") {
                let person_role = person_head
                    && lex
                        .roles()
                        .get(base)
                        .is_some_and(|r| r.class == EntityClass::Person);
                return (is_org(base) || person_role).then(|| base.to_string());
            }
            ((person_head || person_next) && i + 1 < body.end && is_org(w)).then(|| w.to_string())
        });
    }
    named
}

/// "Mara Quill of the Western Institute of Engineering": a person's name (a first name, or a
/// title, before a surname) followed by "of" and a capitalised name is that person, employed
/// there; "the Bank of England", "Secretary of State" are one name.
fn person_of_organisation(
    words: &Words,
    range: std::ops::Range<usize>,
    lex: &AttributionLexicon,
) -> Option<(std::ops::Range<usize>, String)> {
    let of = (range.start + 1..range.end).find(|&i| words.lower(i) == "of")?;
    let mut org = of + 1;
    while org < range.end && matches!(words.lower(org), "the" | "a") {
        org += 1;
    }
    if org >= range.end
        || !(org..range.end).all(|i| {
            words.is_capitalized(i)
                || !words.is_word(i)
                || lexicon::NAME_CONNECTORS.contains(words.lower(i))
        })
    {
        return None;
    }
    let mut first = range.start;
    while first < of && is_title(words.lower(first)) {
        first += 1;
    }
    let titled = first > range.start;
    let person = first..of;
    let person_like = (if titled { 1..=3 } else { 2..=3 }).contains(&person.len())
        && person.clone().all(|i| {
            words.is_capitalized(i)
                && !lex.roles().contains_key(words.lower(i))
                && lex.countries().lookup(words.text(i)).is_none()
        })
        && (titled || lexicon::first_name_gender(words.lower(first)).is_some());
    person_like.then(|| (range.start..of, words.text_of(org..range.end).to_string()))
}

/// The gender a title says: "Mr.", "Mrs.", "Ms.".
pub fn title_gender(word: &str) -> Option<Gender> {
    match word.trim_end_matches('.') {
        "mr" => Some(Gender::Male),
        "mrs" | "ms" | "miss" => Some(Gender::Female),
        _ => None,
    }
}

/// Whether a word before a role makes it another office: "vice president", "deputy
/// director", "assistant secretary", "lieutenant governor".
pub fn subordinate_office(word: &str) -> bool {
    matches!(
        word,
        "vice" | "deputy" | "assistant" | "associate" | "lieutenant" | "under"
    )
}

pub fn is_title(word: &str) -> bool {
    lexicon::TITLES.contains(word) || lexicon::TITLES.contains(word.trim_end_matches('.'))
}

/// The longest run of capitalised words (with name connectors inside) ending the range, when
/// it is a name: not a country, demonym or title alone.
fn proper_tail(
    words: &Words,
    range: std::ops::Range<usize>,
    lex: &AttributionLexicon,
) -> Option<std::ops::Range<usize>> {
    if range.is_empty() {
        return None;
    }
    // "the Selwick Fishermen's Federation", "the People's Party": a possessive inside an
    // organisation's name, unless it names a place ("Russia's Foreign Ministry").
    let org_name = lex
        .roles()
        .get(words.lower(range.end - 1))
        .is_some_and(|r| r.class == EntityClass::Org)
        && words.is_capitalized(range.end - 1);
    let in_name = |i: usize, start: usize| {
        let w = words.lower(i);
        let Some(base) = w.strip_suffix("'s").or_else(|| w.strip_suffix("s'")) else {
            return true;
        };
        org_name
            && start < range.end
            && lex.countries().lookup(base).is_none()
            && lex.countries().lookup(words.text(i)).is_none()
    };
    let mut start = range.end;
    while start > range.start {
        let i = start - 1;
        let cap = words.is_capitalized(i) && in_name(i, start);
        // ("the Department of the Interior", "Friends of the Earth": "of the" joins a name's
        // words as "of" does.)
        let connector = start < range.end
            && i > range.start
            && (lexicon::NAME_CONNECTORS.contains(words.lower(i)) && words.is_capitalized(i - 1)
                || words.lower(i) == "the"
                    && words.lower(i - 1) == "of"
                    && i - 1 > range.start
                    && words.is_capitalized(i - 2));
        // ("the Vesta Teachers' Union": the apostrophe of a plural possessive, glued to its
        // word, inside an organisation's name.)
        let plural_possessive = org_name
            && start < range.end
            && i > range.start
            && matches!(words.text(i), "'" | "’")
            && words.start(i) == words.end(i - 1)
            && words.text(i - 1).ends_with('s')
            && words.is_capitalized(i - 1);
        if cap || connector || plural_possessive {
            start = i;
        } else {
            break;
        }
    }
    if start == range.end {
        return None;
    }
    // A sentence-initial function word is not part of a name.
    while start < range.end && lexicon::NOT_NAME_STARTS.contains(words.lower(start)) {
        start += 1;
    }
    let tail = start..range.end;
    if tail.is_empty() {
        return None;
    }
    let phrase = words.text_of(tail.clone());
    let folded = fold(phrase);
    if lex.countries().by_demonym.contains_key(&folded)
        || lex.countries().lookup(phrase).is_some() && tail.len() < range.len()
    {
        return None;
    }
    if tail.clone().all(|i| is_title(words.lower(i))) {
        return None;
    }
    // "Turkish Defense Ministry": a demonym-led organisation name is still a name.
    Some(tail)
}

fn name_class(
    words: &Words,
    name: std::ops::Range<usize>,
    lex: &AttributionLexicon,
) -> Option<EntityClass> {
    let head = words.lower(name.end - 1);
    match lex.roles().get(head) {
        Some(r) if r.class != EntityClass::Person => Some(EntityClass::Org),
        Some(_) => None,
        None => {
            if lex
                .agencies()
                .contains_key(&fold(words.text_of(name.clone())))
            {
                Some(EntityClass::Org)
            } else {
                None
            }
        }
    }
}

/// The body a relative clause right after a name says its person leads or works for
/// (", who runs the NRA's lobbying arm,", ", who heads the Harbour Union,"), read as a
/// description's affiliation is.
fn led_body(words: &Words, end: usize, lex: &AttributionLexicon, name: &str) -> Option<String> {
    let w = |k: usize| if k < words.len() { words.lower(k) } else { "" };
    if end + 3 >= words.len() || words.text(end) != "," || w(end + 1) != "who" {
        return None;
    }
    let verb = w(end + 2);
    let leads = matches!(
        verb,
        "runs"
            | "ran"
            | "leads"
            | "led"
            | "heads"
            | "headed"
            | "chairs"
            | "chaired"
            | "directs"
            | "directed"
            | "founded"
            | "represents"
            | "represented"
    ) || (matches!(verb, "works" | "worked") && w(end + 3) == "for");
    if !leads {
        return None;
    }
    let clause_end = (end + 3..(end + 12).min(words.len()))
        .find(|&k| words.text(k) == "," || !words.is_word(k))
        .unwrap_or((end + 12).min(words.len()));
    // (The whole clause is read as a description: "for ORG" is found as in "spokeswoman for
    // ORG".)
    affiliation(words, end + 2..clause_end, lex, name)
}

/// The affiliation a description states: a possessive ("Russia's military cooperation
/// service"), a demonym ("a Turkish defense official") or a country named inside it.
fn affiliation(
    words: &Words,
    body: std::ops::Range<usize>,
    lex: &AttributionLexicon,
    name: &str,
) -> Option<String> {
    let countries = lex.countries();
    // "the union representing workers at Talvik Aluminium's smelter": whom it represents is
    // not its employer, nor where they work; "a lawyer representing Ana Ruiz" works for
    // whom it names right after.
    let participle = (body.start + 1..body.end).find(|&k| words.lower(k) == "representing");
    if let Some(k) = participle {
        let mut s = k + 1;
        while s < body.end && words.lower(s) == "the" {
            s += 1;
        }
        let mut e = s;
        while e < body.end && words.is_capitalized(e) {
            e += 1;
        }
        if e > s {
            return Some(lexicon::without_possessive(words.text_of(s..e)).to_string());
        }
    }
    let body = body.start..participle.unwrap_or(body.end);
    for i in body.clone() {
        let w = words.lower(i);
        if let Some(base) = w.strip_suffix("'s") {
            if let Some(c) = countries.lookup(base) {
                return Some(countries.canonical[c].to_string());
            }
            // "Andes Pacific's general manager": a capitalised possessive names the employer.
            if words.is_capitalized(i) {
                let mut s = i;
                while s > body.start && words.is_capitalized(s - 1) {
                    s -= 1;
                }
                let text = words.text_of(s..i + 1);
                let text = lexicon::without_possessive(text);
                if text != name {
                    return Some(text.to_string());
                }
            }
        }
    }
    for i in body.clone() {
        let w = words.lower(i);
        if let Some(&c) = countries.by_demonym.get(w) {
            return Some(countries.canonical[usize::from(c)].to_string());
        }
    }
    for i in body.clone() {
        if words.is_capitalized(i)
            && let Some(c) = countries.lookup(words.text(i))
        {
            return Some(countries.canonical[c].to_string());
        }
    }
    // "a senior Talvaran security official": a capitalised adjective that reads as a
    // demonym names the side even when the country is not in the list.
    for i in body.clone() {
        let t = words.text(i);
        let demonym = ["an", "ian", "ese", "ish", "i"]
            .iter()
            .any(|e| t.ends_with(e));
        if words.is_capitalized(i)
            && demonym
            && t.chars().count() > 4
            && i + 1 < body.end
            && !words.is_capitalized(i + 1)
        {
            return Some(t.to_string());
        }
    }
    // "director of the Northern Rivers Environment Agency", "spokeswoman for Nordvik Ferries".
    for i in body.clone() {
        if matches!(words.lower(i), "of" | "for") {
            let mut s = i + 1;
            while s < body.end && matches!(words.lower(s), "the" | "a") {
                s += 1;
            }
            let mut e = s;
            while e < body.end
                && (words.is_capitalized(e)
                    || (e > s && matches!(words.lower(e), "of" | "and" | "&")))
            {
                e += 1;
            }
            while e > s && !words.is_capitalized(e - 1) {
                e -= 1;
            }
            if e > s {
                let org = words.text_of(s..e);
                // ("Secretary of the Treasury Ana Ruiz": what the title is of, before her
                // name.)
                let org = org
                    .strip_suffix(name)
                    .map(str::trim_end)
                    .filter(|o| !o.is_empty())
                    .unwrap_or(org);
                // Not the tail of the name itself: "the Federation of Ostrand Trade Unions".
                if !name.contains(org) {
                    return Some(org.to_string());
                }
            }
        }
    }
    None
}

/// One speaker of the article, built up over its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub name: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub class: Option<EntityClass>,
    pub gender: Option<Gender>,
    pub head: Option<String>,
    pub proper: bool,
    /// Byte offset of the latest mention, for recency.
    pub last_seen: usize,
    /// Whether its name reads as a document's or a body's, not a person's ([`document`],
    /// [`titled_like_a_body`]): worked out when a pronoun first asks (it asks of every
    /// entity near it), forgotten when the name changes.
    pub named_like_a_body: std::cell::Cell<Option<bool>>,
    /// Where its name's [`NameParts`] lie: worked out on its first comparison (a name is
    /// compared with every entity of a window), forgotten when the name changes.
    pub name_parts: std::cell::Cell<Option<[u32; 6]>>,
}

impl Entity {
    fn name_parts(&self) -> Option<NameParts<'_>> {
        let name = self.name.as_str();
        if let Some([cs, ce, fs, fe, ls, le]) =
            self.name_parts.get().map(|at| at.map(|i| i as usize))
        {
            return Some(NameParts {
                name,
                core: &name[cs..ce],
                first: &name[fs..fe],
                last: &name[ls..le],
            });
        }
        let parts = NameParts::of(name)?;
        let at = |part: &str| (part.as_ptr() as usize - name.as_ptr() as usize) as u32;
        let span = |part: &str| [at(part), at(part) + part.len() as u32];
        let ([cs, ce], [fs, fe], [ls, le]) =
            (span(parts.core), span(parts.first), span(parts.last));
        self.name_parts.set(Some([cs, ce, fs, fe, ls, le]));
        Some(parts)
    }

    fn named_like_a_body(&self) -> bool {
        if let Some(known) = self.named_like_a_body.get() {
            return known;
        }
        let body = document(&self.name) || titled_like_a_body(&self.name);
        self.named_like_a_body.set(Some(body));
        body
    }
}

/// Every entity of one article, in order of first mention.
#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    /// Entities by the first and the last word of their name, folded ([`name_word`]), each
    /// list in increasing order: a name is compared only with those [`same_name`] could
    /// take, not with every entity of a long file. Built once the article has more than
    /// [`INDEXED`] entities (a short article's few are compared faster than hashed).
    by_word: Option<HashMap<String, Vec<usize>>>,
}

impl Registry {
    /// The entity a mention names, adding it when new; `None` when a pronoun or role noun
    /// has nothing to refer back to.
    pub fn resolve(&mut self, mention: &Mention, lex: &AttributionLexicon) -> Option<usize> {
        let at = mention.span.start;
        let found = match &mention.kind {
            MentionKind::Pronoun { class, gender } => {
                self.recent(at, |e| compatible(e, *class, *gender))
            }
            // "the official" is the "Turkish defense official"; "the federation" is not its
            // "Federation leader".
            MentionKind::RoleRef { head } => {
                self.recent(at, |e| holds_role(e, head, lex)).or_else(|| {
                    // "the company", "the firm": the latest named organisation. Other nouns
                    // ("the group", "the agency") name a kind of body and must match it;
                    // "the organization" is a body of any kind.
                    let any_body = matches!(head.as_str(), "organization" | "organisation");
                    if any_body {
                        self.recent(at, may_be_a_body)
                    } else if lexicon::GENERIC_COMPANY.contains(head.as_str()) {
                        // (Not a body named for another kind: "the university" or "the
                        // ministry" is no company.)
                        self.recent(at, |e| {
                            let other_kind = e
                                .head
                                .as_deref()
                                .is_some_and(|h| !lexicon::GENERIC_COMPANY.contains(h));
                            !other_kind && may_be_a_body(e)
                        })
                    } else if lexicon::PUBLIC_BODY.contains(head.as_str()) {
                        // "the Department of Forestry …" is later "the agency". (A body only
                        // described, "the prison service", is not "the ministry".)
                        self.recent(at, |e| {
                            e.head.as_deref().is_some_and(|h| {
                                lexicon::PUBLIC_BODY.contains(h) && (e.proper || h == head)
                            })
                        })
                    } else {
                        None
                    }
                })
            }
            MentionKind::Government { country } => {
                let name = lex.countries().canonical[*country].to_string();
                let i = self.find_or_add(Entity {
                    name: name.clone(),
                    role: Some("government".to_string()),
                    affiliation: Some(name),
                    class: Some(EntityClass::Org),
                    gender: None,
                    head: Some("government".to_string()),
                    proper: true,
                    last_seen: at,
                    named_like_a_body: Default::default(),
                    name_parts: Default::default(),
                });
                Some(i)
            }
            MentionKind::Named(n) => {
                let window = self.entities.len().saturating_sub(WINDOW);
                let existing = if n.proper {
                    self.latest_same_name(&n.name, window, |e| !kinds_clash(n, e))
                        .or_else(|| {
                            // "the head of the service" first, "the head of the service, Ana Ruiz"
                            // later: the description was this person all along.
                            let role = n.role.as_deref()?;
                            let i = self.entities[window..]
                                .iter()
                                .rposition(|e| !e.proper && word_eq(&e.name, role))?
                                + window;
                            let e = &mut self.entities[i];
                            e.name = n.name.clone();
                            e.proper = true;
                            e.role = n.role.clone();
                            self.index_name(i);
                            Some(i)
                        })
                        .or_else(|| self.latest_by_initials(n))
                } else {
                    // "the defense official" after "a Turkish defense official".
                    let name = n.name.as_str();
                    self.entities[window..]
                        .iter()
                        .rposition(|e| !e.proper && word_eq(&e.name, name))
                        .or_else(|| {
                            self.entities[window..]
                                .iter()
                                .rposition(|e| !e.proper && ends_with_words(&e.name, name))
                        })
                        .or_else(|| {
                            // "the regional health board" after "the North Valley Health
                            // Board": a body named by the last two words of its name.
                            let words: Vec<&str> = name.split_whitespace().collect();
                            let tail = words.get(words.len().checked_sub(2)?..)?.join(" ");
                            self.entities[window..].iter().rposition(|e| {
                                e.proper && may_be_a_body(e) && ends_with_words(&e.name, &tail)
                            })
                        })
                        .or_else(|| {
                            // "Police have said …" then "…, police said": one word capitalised
                            // only where it opened a sentence.
                            if name.contains(' ') {
                                return None;
                            }
                            self.entities[window..].iter().rposition(|e| {
                                e.proper
                                    && !e.name.contains(' ')
                                    && e.name.eq_ignore_ascii_case(name)
                            })
                        })
                        .map(|i| i + window)
                };
                match existing {
                    Some(i) => {
                        let e = &mut self.entities[i];
                        // ("GEC" first, "the Grain Exchange Council" later: the name written
                        // out.)
                        // (Not "Rival Ana Ruiz" for "Ana Ruiz": a title glued before a
                        // full name is no fuller name.)
                        // (Nor "Wasserman Schultz" for "Debbie Wasserman Schultz": a first name
                        // before a surname of two words is the name written out.)
                        let opens_with_first_name = |name: &str| {
                            name.split_whitespace()
                                .next()
                                .is_some_and(|w| lexicon::first_name_gender(&fold(w)).is_some())
                        };
                        let extends = !e.name.contains(' ')
                            || e.name.split_whitespace().next() == n.name.split_whitespace().next()
                            || opens_with_first_name(&n.name);
                        let renamed = n.name.len() > e.name.len()
                            && ((extends && same_name(&e.name, &n.name))
                                || same_by_initials(&e.name, &n.name));
                        // ("Rival Ana Ruiz" first, "Ana Ruiz" later: the name without it.)
                        let untitled = n.name.len() < e.name.len()
                            && n.name.contains(' ')
                            && e.name.split_whitespace().next() != n.name.split_whitespace().next()
                            && !opens_with_first_name(&e.name);
                        // (A description never renames a name: "the regional health board"
                        // stays "North Valley Health Board".)
                        let described = !n.proper && e.proper;
                        let (renamed, untitled) = (renamed && !described, untitled && !described);
                        if renamed || untitled {
                            e.name = n.name.clone();
                        }
                        if e.role.is_none() {
                            e.role = n.role.clone();
                        }
                        if e.affiliation.is_none() {
                            e.affiliation = n.affiliation.clone();
                        }
                        if e.class.is_none() {
                            e.class = n.class;
                        }
                        if e.head.is_none() {
                            e.head = n.head.clone();
                        }
                        if renamed || untitled {
                            self.index_name(i);
                        }
                        Some(i)
                    }
                    None => {
                        let employer = n.employer_ref.as_ref().and_then(|head| {
                            // "the agency's director" works for an agency; "the company's
                            // chief" for whichever company the article is about.
                            let generic = lexicon::GENERIC_COMPANY.contains(head.as_str());
                            // (A person's role ends on a body only in a phrase of place: "the
                            // school's head" works for no "representative at the school"; a
                            // body's own role names what it is, "a watchdog group".)
                            let person_role = lexicon::attribution()
                                .roles()
                                .get(head.as_str())
                                .is_some_and(|r| r.class == EntityClass::Person);
                            let role_fits = |e: &Entity| {
                                person_role
                                    || (e.class != Some(EntityClass::Person) && e.gender.is_none())
                            };
                            // ("the prime minister's spokesman": the person of that role.)
                            // (A company is the body named last, whether or not it is
                            // known to be one: "Corvane rejected …" after a directorate.)
                            let i = self.recent(at, |e| {
                                e.head.as_deref() == Some(head.as_str())
                                    || (generic && e.class == Some(EntityClass::Org))
                                    || (role_fits(e)
                                        && e.proper
                                        && e.role.as_deref().is_some_and(|r| {
                                            r.rsplit(' ')
                                                .next()
                                                .is_some_and(|last| word_eq(last, head))
                                        }))
                                    || (generic
                                        && e.proper
                                        && e.class.is_none()
                                        && e.gender.is_none()
                                        && e.role.is_none())
                            })?;
                            Some(self.entities[i].name.clone())
                        });
                        // "his campaign", "her office": the body of whom the pronoun stands for.
                        let employer = employer.or_else(|| {
                            if n.proper {
                                return None;
                            }
                            let mut name_words = n.name.split_whitespace();
                            let owner = name_words.next()?.to_lowercase();
                            // ("his rival", "her critics" stand against whom the pronoun
                            // stands for.)
                            if name_words.any(|w| {
                                lexicon::OPPONENT_NOUNS.contains(w.to_lowercase().as_str())
                            }) {
                                return None;
                            }
                            let gender = match owner.as_str() {
                                "his" => Gender::Male,
                                "her" => Gender::Female,
                                _ => return None,
                            };
                            let i = self.recent(at, |e| {
                                e.proper
                                    && e.gender == Some(gender)
                                    && compatible(e, EntityClass::Person, Some(gender))
                            })?;
                            Some(self.entities[i].name.clone())
                        });
                        self.entities.push(Entity {
                            name: n.name.clone(),
                            role: n.role.clone(),
                            affiliation: n.affiliation.clone().or(employer),
                            class: n.class,
                            gender: n.gender,
                            head: n.head.clone(),
                            proper: n.proper,
                            last_seen: at,
                            named_like_a_body: Default::default(),
                            name_parts: Default::default(),
                        });
                        self.index_name(self.entities.len() - 1);
                        Some(self.entities.len() - 1)
                    }
                }
            }
        };
        if let Some(i) = found {
            let e = &mut self.entities[i];
            e.last_seen = e.last_seen.max(at);
            if let MentionKind::Pronoun {
                gender: Some(g), ..
            } = mention.kind
            {
                e.gender.get_or_insert(g);
                e.class.get_or_insert(EntityClass::Person);
            }
        }
        found
    }

    /// The latest of the last [`ACRONYM_REACH`] entities whose name `n` abbreviates, or that
    /// abbreviates it: "GEC" after "Grain Exchange Council". A person's initials are no
    /// acronym ("AP" is not "Ana Pérez").
    fn latest_by_initials(&self, n: &Named) -> Option<usize> {
        let person = |name: &str, gender: Option<Gender>, class: Option<EntityClass>| {
            gender.is_some()
                || class == Some(EntityClass::Person)
                || name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| lexicon::first_name_gender(&fold(w)).is_some())
        };
        // (Cheap tests first: a new name is compared with 64 entities, and only an acronym
        // and a name of several words can be one body.)
        let acronym = |name: &str| !name.contains(' ') && name.starts_with(char::is_uppercase);
        let short = acronym(&n.name);
        if (!short && !n.name.contains(' ')) || person(&n.name, n.gender, n.class) {
            return None;
        }
        let from = self.entities.len().saturating_sub(ACRONYM_REACH);
        self.entities[from..]
            .iter()
            .rposition(|e| {
                e.proper
                    && short != acronym(&e.name)
                    && e.name.contains(' ') != n.name.contains(' ')
                    && same_by_initials(&e.name, &n.name)
                    && !person(&e.name, e.gender, e.class)
            })
            .map(|i| i + from)
    }

    /// Where the speaker a pronoun would resolve to was last mentioned, without resolving it.
    pub fn last_fit(&self, mention: &Mention) -> Option<usize> {
        let MentionKind::Pronoun { class, gender } = mention.kind else {
            return None;
        };
        self.recent(mention.span.start, |e| compatible(e, class, gender))
            .map(|i| self.entities[i].last_seen)
    }

    /// The latest speaker before byte `before` that one of `people` names.
    pub fn latest_of(&self, before: usize, people: &[Mention]) -> Option<usize> {
        self.recent(before, |e| {
            people
                .iter()
                .any(|p| matches!(&p.kind, MentionKind::Named(n) if same_name(&n.name, &e.name)))
        })
    }

    /// [`Registry::last_fit`] among speakers known to be people: of a person's class or of a
    /// known gender.
    pub fn last_person_fit(&self, mention: &Mention) -> Option<usize> {
        let MentionKind::Pronoun { class, gender } = mention.kind else {
            return None;
        };
        self.recent(mention.span.start, |e| {
            (e.class == Some(EntityClass::Person) || e.gender.is_some())
                && compatible(e, class, gender)
        })
        .map(|i| self.entities[i].last_seen)
    }

    /// Marks entity `i` as mentioned at byte `at`.
    pub fn seen(&mut self, i: usize, at: usize) {
        let e = &mut self.entities[i];
        e.last_seen = e.last_seen.max(at);
    }

    fn recent(&self, before: usize, ok: impl Fn(&Entity) -> bool) -> Option<usize> {
        // The entity seen last (the latest added of those seen at once) that `ok` accepts.
        // Newest first: later entities are mostly seen later, so once one is accepted few
        // older ones are seen later still, and `ok`, which reads the name, is rarely asked.
        let mut best: Option<(usize, usize)> = None;
        let window = self.entities.len().saturating_sub(WINDOW);
        for (i, e) in self.entities.iter().enumerate().skip(window).rev() {
            if e.last_seen <= before && best.is_none_or(|(_, seen)| e.last_seen > seen) && ok(e) {
                best = Some((i, e.last_seen));
            }
        }
        best.map(|(i, _)| i)
    }

    fn find_or_add(&mut self, entity: Entity) -> usize {
        if let Some(i) = self
            .entities
            .iter()
            .position(|e| e.name == entity.name && e.role == entity.role)
        {
            return i;
        }
        self.entities.push(entity);
        self.index_name(self.entities.len() - 1);
        self.entities.len() - 1
    }

    /// Files entity `i` under the first and last word of its (new) name, once there is an
    /// index.
    /// Forgets the entities added since the registry held `len`, from the name index too.
    pub fn truncate(&mut self, len: usize) {
        self.entities.truncate(len);
        if let Some(by_word) = self.by_word.as_mut() {
            for list in by_word.values_mut() {
                list.truncate(list.partition_point(|&i| i < len));
            }
        }
    }

    fn index_name(&mut self, i: usize) {
        // (Called whenever a name is set: what was worked out of the old one goes.)
        self.entities[i].named_like_a_body.set(None);
        self.entities[i].name_parts.set(None);
        let Some(by_word) = self.by_word.as_mut() else {
            return;
        };
        let Some(parts) = self.entities[i].name_parts() else {
            return;
        };
        for w in [parts.first, parts.last] {
            let list = by_word.entry(name_word(w)).or_default();
            if let Err(at) = list.binary_search(&i) {
                list.insert(at, i);
            }
        }
    }

    /// The latest entity from `window` on whose name is [`same_name`] as `name`. Such a
    /// name shares a word with it that is the first or the last of one of the two: in a long
    /// article the entities filed under `name`'s first and last word are the only ones to
    /// compare.
    fn latest_same_name(
        &mut self,
        name: &str,
        window: usize,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        // (A name of no words is the same only as itself.)
        let parts = NameParts::of(name);
        let same = |e: &Entity| match &parts {
            Some(parts) => e.name_parts().is_some_and(|p| same_parts(&p, parts)),
            None => e.name == name,
        };
        if self.entities.len() <= INDEXED {
            return self.entities[window..]
                .iter()
                .rposition(|e| same(e) && fits(e))
                .map(|i| i + window);
        }
        if self.by_word.is_none() {
            self.by_word = Some(HashMap::new());
            for i in 0..self.entities.len() {
                self.index_name(i);
            }
        }
        let by_word = self.by_word.as_ref()?;
        let parts = parts.as_ref()?;
        [parts.first, parts.last]
            .into_iter()
            .filter_map(|w| by_word.get(&name_word(w)))
            .filter_map(|list| {
                list.iter()
                    .rev()
                    .take_while(|&&i| i >= window)
                    .find(|&&i| same(&self.entities[i]) && fits(&self.entities[i]))
            })
            .max()
            .copied()
    }
}

/// Entities an article has before its registry indexes them by name.
const INDEXED: usize = 64;

/// A word of a name as [`word_eq`] compares it: lower case, curly apostrophes straight.
fn name_word(w: &str) -> String {
    w.chars()
        .map(|c| {
            if matches!(c, '’' | 'ʼ' | '‘') {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn compatible(e: &Entity, class: EntityClass, gender: Option<Gender>) -> bool {
    match class {
        EntityClass::Person => {
            // (The name is read last: a long file's pronouns pass hundreds of entities.)
            if !(gender.is_none() || e.gender.is_none() || e.gender == gender) {
                return false;
            }
            // ("Some Democrats" are several, whatever their capitals.)
            let several = || {
                e.name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| lexicon::GROUP_QUANTIFIERS.contains(w.to_lowercase().as_str()))
            };
            // ("Oxley and Brandt" are two, whatever their capitals.)
            let pair = || joins_two(&e.name) || e.name.as_bytes().windows(3).any(|w| w == b" & ");
            match e.class {
                Some(EntityClass::Person) => !pair(),
                None => e.proper && !several() && !pair() && !e.named_like_a_body(),
                _ => false,
            }
        }
        EntityClass::Group => {
            // ("The report said …. Republicans want less (they want …)": one document is
            // "it", never "they".)
            let one_document = e.head.as_deref().is_some_and(|h| {
                !h.ends_with('s')
                    && (lexicon::FINDING_NOUNS.contains(h) || lexicon::REPORT_NOUNS.contains(h))
            });
            !one_document
                && (matches!(e.class, Some(EntityClass::Group) | Some(EntityClass::Org))
                    || e.name.ends_with('s'))
        }
        EntityClass::Org => {
            matches!(e.class, Some(EntityClass::Org))
                || (e.proper && e.class.is_none() && e.gender.is_none())
        }
    }
}

/// Whether an entity is or may be an organisation: one, or a name of no known class, gender
/// or role ("the company" and "the organization" may stand for it).
fn may_be_a_body(e: &Entity) -> bool {
    e.class == Some(EntityClass::Org)
        || (e.proper && e.class.is_none() && e.gender.is_none() && e.role.is_none())
}

/// A single word naming a document or finding, capitalised only to open a sentence: "Polls
/// show …", "Records say …".
fn document(name: &str) -> bool {
    !name.contains(' ') && {
        let w = fold(name);
        lexicon::FINDING_NOUNS.contains(w.as_str()) || lexicon::REPORT_NOUNS.contains(w.as_str())
    }
}

/// A name of several words of the dictionary, with no first name, no title and no word for
/// a person at its end ("Harbour Watch", "Harbour Rovers", not "Vale Fisherman"):
/// a publication, a club or a body, not a person "he" or "she" can stand for.
fn titled_like_a_body(name: &str) -> bool {
    // (Asked of every entity a pronoun might stand for: one word at a time, the cheapest
    // refusals first.)
    let Some((_, last)) = name.rsplit_once(' ') else {
        return false;
    };
    let plain = |w: &str| {
        let w = fold(w);
        !lexicon::is_first_name(&w) && vectors::is_common_word(&w)
    };
    let first = name.split_whitespace().next().unwrap_or_default();
    let last_folded = fold(last);
    let lex = lexicon::attribution();
    !is_title(&fold(first))
        && !lex.roles().contains_key(last_folded.as_str())
        && !lexicon::PERSON_NOUNS.contains(last_folded.as_str())
        && name.split_whitespace().all(plain)
}

/// A person and a group or body, or a man and a woman, are two speakers however alike their
/// names: "Mr. Rusk" and "Ms. Rusk", "Mr. Rusk" and "Rusk advisers".
fn kinds_clash(n: &Named, e: &Entity) -> bool {
    let group = |c: Option<EntityClass>| c == Some(EntityClass::Group);
    let genders = n.gender.is_some() && e.gender.is_some() && n.gender != e.gender;
    (n.gender.is_some() && group(e.class)) || (e.gender.is_some() && group(n.class)) || genders
}

/// Whether an entity is one a role noun refers back to: of that head ("the official" and
/// the "Turkish defense official"), or a person given that role ("the senator" and "Sen. Ana
/// Ruiz"); "the federation" is not its "Federation leader".
fn holds_role(e: &Entity, head: &str, lex: &AttributionLexicon) -> bool {
    e.head.as_deref() == Some(head)
        || (role_has(e, head)
            && lex
                .roles()
                .get(head)
                .is_none_or(|r| r.class == EntityClass::Person))
}

fn role_has(e: &Entity, head: &str) -> bool {
    e.role.as_deref().is_some_and(|r| {
        // ("the vice president": the role's words in a row.)
        if head.contains(' ') {
            let r = fold(r);
            return r == head
                || r.ends_with(&format!(" {head}"))
                || r.starts_with(&format!("{head} "));
        }
        let words: Vec<String> = r
            .split_whitespace()
            .map(|w| fold(w.trim_matches(',')))
            .collect();
        words.iter().enumerate().any(|(k, w)| {
            // ("the president" is not the "Vice President".)
            if k > 0 && subordinate_office(&words[k - 1]) {
                return false;
            }
            // An abbreviated title is the title written out: "Adm." the admiral, "Gov." the
            // governor.
            let abbreviation = w
                .strip_suffix('.')
                .is_some_and(|stem| stem.len() >= 2 && head.starts_with(stem));
            *w == head || abbreviation
        })
    })
}

/// "Rourke" names the same person as "Thomas Rourke", "Reed" as "Jonas Reed III" and "Paul
/// Okafor" as "Former Senior Adviser Paul Okafor"; "Andes Pacific" the same company as "Andes
/// Pacific Copper", "Harbour Press" as "The Harbour Press".
pub fn same_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    match (NameParts::of(a), NameParts::of(b)) {
        (Some(a), Some(b)) => same_parts(&a, &b),
        _ => false,
    }
}

/// A name as [`same_name`] first reads it: its core ([`name_core`]) and the core's first and
/// last words. Worked out once for a name compared with every entity of a window, not once a
/// comparison.
struct NameParts<'a> {
    name: &'a str,
    core: &'a str,
    first: &'a str,
    last: &'a str,
}

impl<'a> NameParts<'a> {
    /// `None` for a name of no words, which is the same name as itself only.
    fn of(name: &'a str) -> Option<Self> {
        let core = name_core(name);
        let (first, last) = first_and_last(core)?;
        Some(NameParts {
            name,
            core,
            first,
            last,
        })
    }
}

/// [`same_name`] of two names' parts.
fn same_parts(a: &NameParts, b: &NameParts) -> bool {
    if a.name == b.name {
        return true;
    }
    let (core_a, core_b) = (a.core, b.core);
    // Every test below asks that a first or last word of one name be a first or last word of
    // the other: most names compared share none, and are turned away here before the rest.
    let (fa, la, fb, lb) = (a.first, a.last, b.first, b.last);
    if !(word_eq(fa, fb) || word_eq(la, lb) || word_eq(fa, lb) || word_eq(la, fb)) {
        return false;
    }
    let (a, b) = (a.name, b.name);
    // "Johnson and Weld" are two people, neither of them "Johnson" or "Weld" alone.
    if joins_two(a) || joins_two(b) {
        return false;
    }
    // "Supporters of Sanders", "a prosecutor for David Petraeus" are not Sanders or Petraeus.
    if described_by_object(core_a, core_b) || described_by_object(core_b, core_a) {
        return false;
    }
    let (a, b) = (core_a, core_b);
    // A surname alone, or a leading part of an organisation's name. A name is compared with
    // hundreds of entities in a long file, so words are counted only when both names have
    // two or more and their first or last words agree.
    let (mut wa, mut wb) = (a.split_whitespace(), b.split_whitespace());
    let (Some(x), Some(y)) = (wa.next(), wb.next()) else {
        return false;
    };
    let last_is = |s: &str, w: &str| {
        s.split_whitespace()
            .next_back()
            .is_some_and(|l| word_eq(l, w))
    };
    // ("Andes" and "Andes Pacific", "Halden" and its "Halden poll"; not "Okafor" and
    // "Okafor supporters", a group named for the person.)
    let opens = |one: &str, other: &str, first: &str| {
        word_eq(one, first)
            && other
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| !c.is_lowercase()) || document(w))
    };
    match (wa.next().is_some(), wb.next().is_some()) {
        // One word: the first or the last word of the other name.
        (false, _) => opens(x, b, y) || last_is(b, x),
        (true, false) => opens(y, a, x) || last_is(a, y),
        // Two words or more each: the shorter opens the longer, or a person's full name
        // ends it (a role before the name).
        (true, true) => {
            let (la, lb) = (
                a.split_whitespace().next_back(),
                b.split_whitespace().next_back(),
            );
            if !word_eq(x, y) && !word_eq(la.unwrap_or_default(), lb.unwrap_or_default()) {
                return false;
            }
            let (na, nb) = (a.split_whitespace().count(), b.split_whitespace().count());
            let (short, long) = if na <= nb { (a, b) } else { (b, a) };
            if !word_eq(x, y) {
                // (A title before it is capitalised: "ex-wife of Ana Ruiz" is someone else.)
                // (Or the shorter is a surname of two words and the longer opens with a first
                // name: "Wasserman Schultz" is "Debbie Wasserman Schultz".)
                let first = short.split_whitespace().next().unwrap_or_default();
                let long_first = long.split_whitespace().next().unwrap_or_default();
                return na != nb
                    && short
                        .split_whitespace()
                        .rev()
                        .zip(long.split_whitespace().rev())
                        .all(|(x, y)| word_eq(x, y))
                    && long
                        .split_whitespace()
                        .take(na.max(nb) - na.min(nb))
                        .all(|w| w.starts_with(char::is_uppercase))
                    && (lexicon::first_name_gender(&fold(first)).is_some()
                        || lexicon::first_name_gender(&fold(long_first)).is_some());
            }
            short
                .split_whitespace()
                .zip(long.split_whitespace())
                .all(|(x, y)| word_eq(x, y))
        }
    }
}

/// Whether `whole` describes someone by `name` as the object of its last "of" or "for"
/// ("Supporters of Sanders", "one of the prosecutors for David Petraeus", "critics of Mr.
/// Lund"): what follows it is the name, after at most a title, an article or first names. A
/// title's "of" leads on to more than the name ("Secretary of State Tom Nides").
fn described_by_object(whole: &str, name: &str) -> bool {
    let words: Vec<&str> = whole.split_whitespace().collect();
    let Some(p) = words.iter().rposition(|w| matches!(*w, "of" | "for")) else {
        return false;
    };
    let (Some(last), Some(name_last)) = (words.last(), name.split_whitespace().next_back()) else {
        return false;
    };
    p > 0
        && p + 1 < words.len()
        && word_eq(last, name_last)
        && words[p + 1..words.len() - 1].iter().all(|w| {
            let f = fold(w);
            is_title(&f)
                || matches!(f.as_str(), "the" | "a" | "an")
                || lexicon::first_name_gender(&f).is_some()
                || name.split_whitespace().any(|n| word_eq(n, w))
        })
}

/// The first and the last word of a name (the same word when it has one).
fn first_and_last(name: &str) -> Option<(&str, &str)> {
    // Most names are ASCII: their words found by bytes, not by decoding every character.
    // (The ASCII white space `split_whitespace` splits at, vertical tab included.)
    if name.is_ascii() {
        let bytes = name.as_bytes();
        let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
        let start = bytes.iter().position(|b| !space(b))?;
        let end = bytes.iter().rposition(|b| !space(b))? + 1;
        let words = &bytes[start..end];
        let first_end = words.iter().position(space).map_or(end, |k| start + k);
        let last_start = words
            .iter()
            .rposition(space)
            .map_or(start, |k| start + k + 1);
        return Some((&name[start..first_end], &name[last_start..end]));
    }
    let mut words = name.split_whitespace();
    let first = words.next()?;
    Some((first, words.next_back().unwrap_or(first)))
}

/// A name as a reader writes it: its words one space apart, whatever the text's spacing or
/// line breaks between them ("an exhaustive  study").
fn spaced(text: &str) -> String {
    // (Two spaces found by bytes: a substring search sets up a searcher for every name.)
    if text.contains(|c: char| c.is_whitespace() && c != ' ')
        || text.as_bytes().windows(2).any(|w| w == b"  ")
    {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        text.to_string()
    }
}

/// A name without a leading "The" and a trailing suffix ("Jr.", "III"): the words that tell
/// two names apart.
fn name_core(name: &str) -> &str {
    let name = name
        .strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name);
    // (The last space found by a byte loop: names are short, and `rsplit_once` set up a
    // searcher for each of the thousands of names compared.)
    match name.as_bytes().iter().rposition(|&b| b == b' ') {
        Some(at) if at > 0 && is_name_suffix(&name[at + 1..]) => name[..at].trim_end_matches(','),
        _ => name,
    }
}

/// Whether a word is a name's suffix ("Jr.", "III"), read without allocating: names are
/// compared often.
fn is_name_suffix(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    let mut lower = [0u8; 3];
    word.len() <= lower.len() && word.is_ascii() && {
        for (l, b) in lower.iter_mut().zip(word.bytes()) {
            *l = b.to_ascii_lowercase();
        }
        std::str::from_utf8(&lower[..word.len()]).is_ok_and(|w| lexicon::NAME_SUFFIXES.contains(w))
    }
}

/// The letters an acronym and the name it abbreviates share ("EPA" for both "EPA" and
/// "Environmental Protection Agency"), for names that could be either.
pub fn initials_key(name: &str) -> Option<String> {
    let key = if name.contains(' ') {
        initials(name)
    } else {
        name.chars().filter(|c| *c != '.').collect()
    };
    ((2..=6).contains(&key.chars().count()) && key.chars().all(char::is_uppercase)).then_some(key)
}

/// The capitals that open a name's words, small words such as "of" left out.
fn initials(name: &str) -> String {
    initials_of(name).collect()
}

/// [`initials`], one capital at a time.
fn initials_of(name: &str) -> impl Iterator<Item = char> + '_ {
    name.split_whitespace()
        .filter(|w| !(*w == "&" || lexicon::INITIALS_SKIPPED.contains(w)))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
}

/// Whether one name is the initials of the other's words: "EPA" and "Environmental
/// Protection Agency", "U.N." and "United Nations" (small words such as "of" left out).
pub fn same_by_initials(a: &str, b: &str) -> bool {
    // (Read without allocating: the registry asks of every new name.)
    fn letters(name: &str) -> impl Iterator<Item = char> + '_ {
        name.chars().filter(|c| *c != '.')
    }
    let acronym = |name: &str| {
        !name.contains(' ')
            && (2..=6).contains(&letters(name).count())
            && letters(name).all(char::is_uppercase)
    };
    let abbreviates =
        |short: &str, long: &str| long.contains(' ') && letters(short).eq(initials_of(long));
    match (acronym(a), acronym(b)) {
        (true, false) => abbreviates(a, b),
        (false, true) => abbreviates(b, a),
        _ => false,
    }
}

/// Whether a name holds " and ": a plain scan of its bytes, as names are short and a name
/// is compared with hundreds of others, where `str::contains` set up a substring searcher
/// at every call.
fn joins_two(name: &str) -> bool {
    name.as_bytes().windows(5).any(|w| w == b" and ")
}

/// How many of the latest entities an acronym is compared with: it follows the name it
/// abbreviates closely.
const ACRONYM_REACH: usize = 64;

/// How many of the latest entities a mention is compared with: every speaker of a real
/// article, while a file of thousands of articles stays linear.
const WINDOW: usize = 512;

/// `hay` ends with the words of `needle` ("Turkish defense official", "defense official").
fn ends_with_words(hay: &str, needle: &str) -> bool {
    hay.len() > needle.len()
        && hay.is_char_boundary(hay.len() - needle.len())
        && hay[..hay.len() - needle.len()].ends_with(' ')
        && word_eq(&hay[hay.len() - needle.len()..], needle)
}

/// Words equal up to case and the form of the apostrophe, without allocating.
fn word_eq(x: &str, y: &str) -> bool {
    // Most names compared differ in their first letter: turned away before either is
    // scanned whole (an ASCII first byte is the first character, which folding keeps ASCII).
    if let (Some(a), Some(b)) = (x.as_bytes().first(), y.as_bytes().first())
        && a.is_ascii()
        && b.is_ascii()
        && !a.eq_ignore_ascii_case(b)
    {
        return false;
    }
    if x.is_ascii() && y.is_ascii() {
        return x.eq_ignore_ascii_case(y);
    }
    let norm = |c: char| {
        if matches!(c, '’' | 'ʼ' | '‘') {
            '\''
        } else {
            c
        }
    };
    x.chars()
        .map(norm)
        .flat_map(char::to_lowercase)
        .eq(y.chars().map(norm).flat_map(char::to_lowercase))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_name_is_spaced_as_a_reader_writes_it() {
        use super::spaced;
        assert_eq!(spaced("Lena  Brask"), "Lena Brask");
        assert_eq!(spaced("Newt\u{a0}Gingrich"), "Newt Gingrich");
        assert_eq!(spaced("the harbour\nboard"), "the harbour board");
        assert_eq!(spaced("Ana Ruiz"), "Ana Ruiz");
    }

    #[test]
    fn an_acronym_is_the_name_it_abbreviates() {
        use super::same_by_initials;
        assert!(same_by_initials("EPA", "Environmental Protection Agency"));
        assert!(same_by_initials("Ministry of Foreign Affairs", "MFA"));
        assert!(same_by_initials("U.N.", "United Nations"));
        assert!(!same_by_initials("EPA", "European Patent Office Agency"));
        assert!(!same_by_initials("Anna", "Ana Nunes"));
    }

    use super::*;
    use crate::document::Document;
    use crate::lexicon;

    fn mention(text: &str) -> Mention {
        let doc = Document::new(text);
        let words = Words::new(&doc);
        read_mention(&words, 0..words.len(), lexicon::attribution()).unwrap()
    }

    fn named(text: &str) -> Named {
        match mention(text).kind {
            MentionKind::Named(n) => n,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn entities_forgotten_leave_the_name_index_too() {
        // More entities than the registry keeps unindexed, so names are looked up by word.
        let lex = lexicon::attribution();
        let mut reg = Registry::default();
        for k in 0..=INDEXED {
            reg.resolve(&mention(&format!("Ana Member{k}")), lex)
                .unwrap();
        }
        let known = reg.entities.len();
        let added = reg.resolve(&mention("Tom Reyes"), lex).unwrap();
        assert_eq!(added, known);
        reg.truncate(known);
        // A name filed under the same word once pointed past the end of the list.
        let again = reg.resolve(&mention("Reyes"), lex).unwrap();
        assert_eq!(again, known);
        assert_eq!(reg.entities[again].name, "Reyes");
    }

    #[test]
    fn same_name_takes_a_surname_or_a_leading_part() {
        assert!(same_name("Rourke", "Thomas Rourke"));
        assert!(same_name("Thomas Rourke", "rourke"));
        assert!(same_name("Thomas", "Thomas Rourke"));
        assert!(same_name("Andes Pacific", "Andes Pacific Copper"));
        assert!(same_name("Mary O'Neil", "O’Neil"));
        assert!(!same_name("Andes Copper", "Andes Pacific Copper"));
        assert!(!same_name("Ana Ruiz", "Luis Ruiz"));
        assert!(!same_name("Ruiz", "Ruiz-Lopez Group"));
        assert!(!same_name("", "Ruiz"));
        assert!(!same_name("Johnson and Weld", "Johnson"));
        assert!(!same_name("Weld", "Johnson and Weld"));
        assert!(same_name("Wasserman Schultz", "Debbie Wasserman Schultz"));
        assert!(same_name("Lily Eskelsen García", "Eskelsen García"));
        assert!(!same_name("Wasserman Schultz", "Debbie Lund Schultz"));
    }

    #[test]
    fn apposition_splits_role_and_name() {
        let n = named("the head of Russia's military cooperation service, Dmitry Shugayev");
        assert_eq!(n.name, "Dmitry Shugayev");
        assert_eq!(
            n.role.as_deref(),
            Some("head of Russia's military cooperation service")
        );
        assert_eq!(n.affiliation.as_deref(), Some("Russia"));
        let n = named("Lucía Ferreyra, the agency's director of inspections");
        assert_eq!(n.name, "Lucía Ferreyra");
        assert_eq!(n.role.as_deref(), Some("agency's director of inspections"));
    }

    #[test]
    fn titles_go_to_the_role() {
        let n = named("Dr. Rosa Quispe");
        assert_eq!(n.name, "Rosa Quispe");
        assert_eq!(n.role.as_deref(), Some("Dr."));
    }

    #[test]
    fn demonym_gives_affiliation() {
        let n = named("A Turkish defense official");
        assert_eq!(n.name, "Turkish defense official");
        assert_eq!(n.affiliation.as_deref(), Some("Türkiye"));
        assert!(!n.proper);
    }

    #[test]
    fn seats_of_government_stand_for_the_government() {
        assert!(matches!(
            mention("Washington").kind,
            MentionKind::Government { .. }
        ));
        assert!(matches!(
            mention("the Kremlin").kind,
            MentionKind::Government { .. }
        ));
        assert!(matches!(
            mention("Ankara").kind,
            MentionKind::Government { .. }
        ));
    }

    #[test]
    fn pronouns_and_role_nouns_refer_back() {
        assert!(matches!(mention("she").kind, MentionKind::Pronoun { .. }));
        assert_eq!(
            mention("the official").kind,
            MentionKind::RoleRef {
                head: "official".into()
            }
        );
    }

    #[test]
    fn registry_merges_surnames_and_resolves_references() {
        let lex = lexicon::attribution();
        let text =
            "Elena Varga, the minister. Varga. she. the minister. The Harbor Company. the company.";
        let doc = Document::new(text);
        let words = Words::new(&doc);
        let find = |w: &str| {
            (0..words.len())
                .filter(|&i| words.text(i) == w)
                .collect::<Vec<_>>()
        };
        let mut reg = Registry::default();
        let full = read_mention(&words, 0..find(".")[0], lex).unwrap();
        let a = reg.resolve(&full, lex).unwrap();
        let varga = find("Varga")[1];
        let b = reg
            .resolve(&read_mention(&words, varga..varga + 1, lex).unwrap(), lex)
            .unwrap();
        assert_eq!(a, b);
        let she = find("she")[0];
        assert_eq!(
            reg.resolve(&read_mention(&words, she..she + 1, lex).unwrap(), lex),
            Some(a)
        );
        let m = find("minister")[1];
        assert_eq!(
            reg.resolve(&read_mention(&words, m - 1..m + 1, lex).unwrap(), lex),
            Some(a)
        );
        let harbor = find("The")[0];
        let co = reg
            .resolve(&read_mention(&words, harbor..harbor + 3, lex).unwrap(), lex)
            .unwrap();
        assert_ne!(co, a);
        let c = find("company")[0];
        assert_eq!(
            reg.resolve(&read_mention(&words, c - 1..c + 1, lex).unwrap(), lex),
            Some(co)
        );
    }
}
