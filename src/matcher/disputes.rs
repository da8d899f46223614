//! Disputes: a claim that calls what another source said false, baseless or deceptive ("the
//! president's claims are unfounded", "she exaggerates the figures", "that is a lie") answers
//! the claim it disputes, found by the source it names, the words it shares and nearness.

use std::ops::RangeInclusive;

use super::MAX_APART;
use super::denials;
use super::profile::is_topic_word;
use super::sides::{Names, opposing_sources_in};
use super::words::{Word, key_of, quantities, stem_index, words};
use crate::document::Document;
use crate::lexicon::{self, Gender, WordList, WordSet};
use crate::model::{Claim, Conflict, ConflictKind, Source, Stance};

/// How a claim ranks as the one a dispute answers: named, pointed at, said with the noun's
/// verb, the words shared, nearness.
type Rank = (bool, bool, bool, usize, usize);

/// How many paragraphs before a dispute the claim it answers may be.
const REACH: usize = 8;

/// The index of the first word of `ws` that disputes what was said, when no negation
/// governs it ("not false", "nothing wrong"). The word must be said of words: of a report
/// noun ("a false claim"), of what a pronoun points back to ("it's nonsense", "that is a
/// lie"), of a subject ("the figures are false", "the states were exaggerating"), or be the
/// whole of a short answer ("Nonsense.").
/// "An exaggerated accent" and "bogus ideas" dispute nothing anyone said.
pub(super) fn dispute_at(ws: &[Word]) -> Option<usize> {
    let lex = lexicon::matcher();
    let words = &lexicon::DISPUTE_WORDS;
    let points_back = |w: &Word| {
        lexicon::POINTING_WORDS.contains(w.lower.as_ref())
            || lexicon::REPORT_NOUNS.contains(&w.lower)
    };
    // "the figures are false", "the states were exaggerating", "is simply wrong": said of
    // the subject ("is the wrong place" is not).
    let said_of = |w: &Word| lexicon::SAID_OF.contains(w.lower.as_ref());
    // Words of degree between a verb and its judgement.
    let degree = |w: &str| {
        w.ends_with("ly")
            || w.bytes().all(|b| b.is_ascii_digit())
            || lexicon::DEGREE_WORDS.contains(w)
    };
    // "the things the mayor did wrong": a deed done badly, not words called false.
    let done = |i: usize| i >= 1 && lexicon::DO_FORMS.contains(ws[i - 1].lower.as_ref());
    // "If you think the eclipse photos were fake, …", "when a seller makes false statements":
    // a judgement in a condition is nobody's.
    let conditional = |i: usize| {
        ws[i.saturating_sub(8)..i]
            .iter()
            .any(|x| matches!(x.lower.as_ref(), "if" | "unless" | "when" | "whenever"))
    };
    // A relative clause judges the noun before it, which must be something said ("claims
    // that are false", "figures that were exaggerated"), not any other thing ("spread
    // rumours that are untrue").
    let said_by_subject = |c: usize| {
        let relative = c >= 2 && matches!(ws[c - 1].lower.as_ref(), "that" | "which");
        !relative || {
            let noun = lexicon::without_possessive(&ws[c - 2].lower);
            lexicon::REPORT_NOUNS.contains(noun) || lexicon::FIGURE_NOUNS.contains(noun)
        }
    };
    // "rumours that are untrue": the pointer opens a relative clause on another thing.
    let relative_judged =
        |p: usize| p + 1 < ws.len() && said_of(&ws[p + 1]) && !said_by_subject(p + 1);
    // "plain that he lies": a "that" before a person who lies opens a clause about a deed.
    let person_after = |p: usize, i: usize| {
        ws[p + 1..i]
            .iter()
            .any(|x| matches!(x.lower.as_ref(), "he" | "she" | "they" | "we" | "i" | "you"))
    };
    // "This debate is misleading": a subject that points to a thing, not to words said
    // ("this claim", "that figure" do), is what is judged.
    let thing_judged = |i: usize| {
        (i.saturating_sub(5)..i.saturating_sub(1)).any(|p| {
            matches!(ws[p].lower.as_ref(), "this" | "that" | "these" | "those")
                && ws[p + 2..i].iter().all(|x| said_of(x) || degree(&x.lower))
                && {
                    let n = ws[p + 1].lower.as_ref();
                    !lexicon::REPORT_NOUNS.contains(n)
                        && !lexicon::FIGURE_NOUNS.contains(n)
                        && !said_of(&ws[p + 1])
                        && !lexicon::AUXILIARIES.contains(n)
                        && !degree(n)
                        && super::vectors::may_be_noun(n)
                }
        })
    };
    // "is simply not true", "isn't accurate": a word of truth under a negation disputes as
    // the negation, which is read in its place.
    // ("not politically correct" says nothing of truth.)
    let idiom = |i: usize| {
        (1..=2.min(i)).any(|n| {
            let phrase: Vec<&str> = ws[i - n..=i].iter().map(|w| w.lower.as_ref()).collect();
            lexicon::TRUTH_WORDS.contains(&phrase.join(" "))
        })
    };
    let negated_truth = |i: usize| {
        (lexicon::TRUTH_WORDS.contains(ws[i].lower.as_ref()) && !idiom(i))
            .then(|| {
                (i.saturating_sub(3)..i).rev().find(|&k| {
                    lex.is_negation(&ws[k].lower) && ws[k + 1..i].iter().all(|x| degree(&x.lower))
                })
            })
            .flatten()
    };
    // "Either the general is lying or the ministry is", "whether the figure is false or not":
    // one of two judged, neither said.
    let alternative = |i: usize| {
        ws[i.saturating_sub(6)..i]
            .iter()
            .any(|x| matches!(x.lower.as_ref(), "either" | "whether"))
            && ws[i + 1..(i + 7).min(ws.len())]
                .iter()
                .any(|x| x.lower == "or")
    };
    if let Some((negation, _)) = happening_denied(ws) {
        return Some(negation);
    }
    if let Some(nothing) = nothing_of_the_kind(ws) {
        return Some(nothing);
    }
    let particles = ws
        .iter()
        .any(|w| matches!(w.lower.as_ref(), "up" | "out" | "off" | "down"));
    ws.iter().enumerate().position(|(i, w)| {
        let i = if words.contains(w.lower.as_ref()) || (particles && particle_of(ws, i).is_some()) {
            if ws[i.saturating_sub(3)..i]
                .iter()
                .any(|x| lex.is_negation(&x.lower))
            {
                return false;
            }
            i
        } else if let Some(negation) = negated_truth(i) {
            negation
        } else {
            return false;
        };
        !done(i)
            && !thing_judged(i)
            && !conditional(i)
            && !alternative(i)
            // ("may even be exaggerating its numbers": a judgement only supposed.)
            && !ws[i.saturating_sub(4)..i]
                .iter()
                .any(|x| matches!(x.lower.as_ref(), "may" | "might" | "could" | "perhaps"))
            && (ws.len() <= 5
                || ws
                    .get(i + 1)
                    .is_some_and(|n| lexicon::REPORT_NOUNS.contains(&n.lower))
                // "the wrong place": a determiner makes it describe a noun, not judge words.
                // "that Petraeus lied to investigators": a name after the pointer is the
                // subject of the word, which then tells of a deed, not of words said here.
                || (!(i >= 1 && matches!(ws[i - 1].lower.as_ref(), "the" | "a" | "an"))
                    && (i.saturating_sub(4)..i).any(|p| {
                        points_back(&ws[p])
                            && !ws[p + 1..i].iter().any(|x| x.capitalized)
                            && !person_after(p, i)
                            && !relative_judged(p)
                    }))
                || (i >= 1 && said_of(&ws[i - 1]) && said_by_subject(i - 1))
                // "is simply wrong", "are 100 percent wrong", "was dead wrong".
                || (1..=2).any(|n| {
                    i > n
                        && said_of(&ws[i - n - 1])
                        && ws[i - n..i].iter().all(|x| degree(&x.lower))
                        && said_by_subject(i - n - 1)
                }))
    })
}

/// The negation and the verb of a claim that opens by saying what was pointed at never
/// happened: "That never happened", "It did not happen", "None of that took place".
pub(super) fn happening_denied(ws: &[Word]) -> Option<(usize, usize)> {
    let lex = lexicon::matcher();
    let opens = ws
        .first()
        .is_some_and(|w| matches!(w.lower.as_ref(), "that" | "this" | "it" | "none"));
    if !opens {
        return None;
    }
    // (What happened, not what may: "did not happen", not "cannot happen again".)
    let did = |i: usize| {
        matches!(
            ws[i - 1].lower.as_ref(),
            "didn't" | "did" | "not" | "never" | "ever"
        ) && !ws[..i].iter().any(|w| {
            matches!(
                w.lower.as_ref(),
                "can" | "cannot" | "can't" | "will" | "won't" | "would" | "must" | "should"
            )
        })
    };
    let verb = (1..ws.len().min(6)).find(|&i| match ws[i].lower.as_ref() {
        "happened" | "occurred" => true,
        "happen" | "occur" => did(i),
        "place" => ws[i - 1].lower == "took" || (ws[i - 1].lower == "take" && did(i - 1)),
        _ => false,
    })?;
    let negation = if ws[0].lower == "none" {
        0
    } else {
        (1..verb).find(|&k| lex.is_negation(&ws[k].lower))?
    };
    Some((negation, verb))
}

/// Where a verb of saying, showing or doing is followed by "nothing of the kind" (or "of
/// the sort") or "no such thing": "the text they cite says nothing of the kind", "I said no
/// such thing", "The memo shows nothing of the sort", "It was nothing of the kind". The
/// index is of "nothing" or "no".
/// ("There is no such thing as a free lunch" disputes nothing: no such verb.)
fn nothing_of_the_kind(ws: &[Word]) -> Option<usize> {
    let w = |k: usize| ws.get(k).map_or("", |x| x.lower.as_ref());
    (1..ws.len()).find(|&i| {
        let phrase = match w(i) {
            "nothing" => {
                w(i + 1) == "of" && w(i + 2) == "the" && matches!(w(i + 3), "kind" | "sort")
            }
            "no" => w(i + 1) == "such" && w(i + 2) == "thing" && w(i + 3) != "as",
            _ => false,
        };
        let verb = matches!(
            w(i - 1),
            "say"
                | "says"
                | "said"
                | "show"
                | "shows"
                | "showed"
                | "shown"
                | "do"
                | "does"
                | "did"
                | "done"
                | "mean"
                | "means"
                | "meant"
                | "suggest"
                | "suggests"
                | "suggested"
                | "state"
                | "states"
                | "stated"
                | "contain"
                | "contains"
                | "contained"
        );
        // ("It was nothing of the kind": what another called it, denied.)
        let copula = w(i) == "nothing" && lexicon::COPULAS.contains(w(i - 1));
        // ("The mayor said nothing of the kind", "I said no such thing": a person's saying
        // denied is the speech-denied rule's, which ties it to the report of that person.)
        // (Right before the verb: "the text of the law (Section 10, Part D) says" is not.)
        let person = i >= 2 && ws[i - 1].at <= ws[i - 2].at + ws[i - 2].surface.len() + 1 && {
            let s = w(i - 2);
            lexicon::PERSONAL_PRONOUNS.contains(s)
                || lexicon::PERSON_NOUNS.contains(s)
                || lexicon::roles().get(s).is_some()
                || ws[i - 2].capitalized
        };
        phrase && ((verb && !person) || copula)
    })
}

/// Where the particle of a verb of two words at `i` stands (`dispute_phrasals.txt`): "she
/// made it up", "they cooked the whole thing up", "It was all made up". Only what was made
/// up, pointed at, may part them ("made up 20 percent of the budget" makes nothing up).
fn particle_of(ws: &[Word], i: usize) -> Option<usize> {
    (i + 1..(i + 5).min(ws.len())).find(|&k| {
        matches!(ws[k].lower.as_ref(), "up" | "out" | "off" | "down")
            && lexicon::DISPUTE_PHRASALS
                .contains(format!("{} {}", ws[i].lower, ws[k].lower).as_str())
            && if k == i + 1 {
                k + 1 == ws.len()
            } else {
                ws[i + 1..k].iter().all(|x| {
                    lexicon::POINTING_WORDS.contains(x.lower.as_ref())
                        || lexicon::REPORT_NOUNS.contains(&x.lower)
                        || matches!(
                            x.lower.as_ref(),
                            "the" | "whole" | "entire" | "things" | "stuff" | "everything"
                        )
                })
            }
    })
}

/// The number of a figure named before the dispute word ("the agency's 18 percent figure",
/// "its 2,000 estimate"): a number with a figure noun at most three words after it. "100
/// percent wrong" names no figure.
fn named_figure<'t>(ws: &'t [Word]) -> Option<&'t str> {
    ws.iter().enumerate().find_map(|(i, w)| {
        (w.lower.starts_with(|c: char| c.is_ascii_digit())
            && ws[i + 1..]
                .iter()
                .take(3)
                .any(|n| lexicon::FIGURE_NOUNS.contains(n.lower.as_ref())))
        .then_some(w.lower.as_ref())
    })
}

/// Whether a claim says something that can be false: more than eight words, or a verb or a
/// copula among its words (not in a name) and no opening preposition. "just after midnight
/// on the radio", "before the committee in October" are where and when a sentence was said,
/// not statements.
fn says_something(ws: &[Word]) -> bool {
    let opening = ws
        .iter()
        .find(|w| {
            !matches!(
                w.lower.as_ref(),
                "just" | "shortly" | "right" | "soon" | "only"
            )
        })
        .is_some_and(|w| {
            matches!(
                w.lower.as_ref(),
                "after" | "before" | "on" | "in" | "at" | "during" | "since" | "until" | "from"
            )
        });
    ws.len() > 8
        || !opening
            && ws.iter().any(|w| {
                let l = w.lower.as_ref();
                lexicon::COPULAS.contains(l)
                    || lexicon::AUXILIARIES.contains(l)
                    || (!w.capitalized && super::vectors::may_be_verb(l))
            })
}

/// The words that spell out what a dispute at `at` calls false: the clause a report noun
/// opens with "that", right after the dispute word ("a false claim that he opposed the
/// war") or before it ("the claim that the plant leaked is false"). `None` when the dispute
/// only points ("the claims are false").
fn spelled_out<'w, 't>(ws: &'w [Word<'t>], at: usize) -> Option<&'w [Word<'t>]> {
    let opens = |r: usize| {
        lexicon::REPORT_NOUNS.contains(&ws[r].lower)
            && ws.get(r + 1).is_some_and(|w| w.lower == "that")
    };
    let content = if at + 2 < ws.len() && opens(at + 1) {
        &ws[at + 3..]
    } else {
        let r = (0..at.saturating_sub(2)).rev().find(|&r| opens(r))?;
        &ws[r + 2..at]
    };
    (content.len() >= 2).then_some(content)
}

/// The subject of the verb at `verb`: the words back to the clause's start ("showing that
/// your allegations are false": your allegations), with an aside set off by commas that
/// spells it out ("many of their arguments, like that the troops left too soon, are
/// refuted").
fn subject_before<'w, 't>(text: &str, ws: &'w [Word<'t>], verb: usize) -> &'w [Word<'t>] {
    let opens = |k: usize| {
        k == 0
            || matches!(ws[k - 1].lower.as_ref(), "that" | "which" | "who")
            // ("he believes they are wrong": a verb of saying or belief opens its clause.)
            || lexicon::attribution().is_verb(ws[k - 1].lower.as_ref())
            || text[ws[k - 1].at + ws[k - 1].surface.len()..ws[k].at]
                .contains([',', ';', ':', '.', '"', '“', '”', '(', ')'])
    };
    let mut end = verb;
    let mut last = verb;
    loop {
        let start = (0..=last).rev().find(|&k| opens(k)).unwrap_or(0);
        let aside = start == end && start > 0 && text[..ws[start].at].trim_end().ends_with(',');
        if !aside {
            return &ws[start..verb];
        }
        // (Past the aside to the comma that opens it.)
        let Some(open) = (0..start).rev().find(|&k| {
            k > 0 && text[ws[k - 1].at + ws[k - 1].surface.len()..ws[k].at].contains(',')
        }) else {
            return &ws[..0];
        };
        end = open;
        last = open.saturating_sub(1);
    }
}

/// Verbs that name what their object is: "called the demand a political ploy", "branded
/// the report a smear", "dismissed the inquiry as a stunt".
fn is_verb_of_naming(verb: &str) -> bool {
    // Every form but the base, which a cue of a past report seldom is: "calls", "called",
    // "calling".
    let base = ["ing", "ed", "es", "s", "d"]
        .iter()
        .find_map(|end| verb.strip_suffix(end))
        .unwrap_or(verb);
    lexicon::NAMING_STEMS.contains(base)
}

/// The first dispute word of what a verb of naming calls its object ("the contempt vote a
/// cynical political stunt"), unless negated.
fn named_as(ws: &[Word]) -> Option<usize> {
    let lex = lexicon::matcher();
    let words = &lexicon::DISPUTE_WORDS;
    // "called Dr. Vale a quack and a fake": a person called names, not words called false.
    // ("called Smith's report a fake" names the report.)
    if ws
        .first()
        .is_some_and(|w| w.capitalized && !w.lower.ends_with("'s") && !w.lower.ends_with("’s"))
        && ws
            .get(1)
            .is_some_and(|w| !w.capitalized && !lexicon::REPORT_NOUNS.contains(&w.lower))
    {
        return None;
    }
    ws.iter().enumerate().position(|(i, w)| {
        words.contains(w.lower.as_ref())
            && !ws[i.saturating_sub(3)..i]
                .iter()
                .any(|x| lex.is_negation(&x.lower))
    })
}

/// Each dispute with the claim it answers (and that claim's source's other claims of the
/// same paragraph), as denials.
pub(super) fn disputes(
    doc: &Document,
    claims: &[Claim],
    sources: &[Source],
    name_facts: &Names,
) -> Vec<Conflict> {
    let lex = lexicon::matcher();
    let keys = |ws: &[Word]| -> WordSet<String> {
        ws.iter()
            .filter(|w| is_topic_word(w, lex))
            .map(|w| key_of(&w.lower, lex, stem_index()))
            .collect()
    };
    let mut out = Vec::new();
    let dispute_words = &lexicon::DISPUTE_WORDS;
    let (lengths, openings) = &DISPUTE_WORD_SHAPES;
    // The keys of each claim, read once: a claim is weighed by every dispute after it.
    let mut claim_keys: Vec<Option<WordSet<String>>> = vec![None; claims.len()];
    let mut disputing: Vec<Option<bool>> = vec![None; claims.len()];
    // And their words, split once: each test of a claim, for every dispute after it, reads
    // them.
    let mut claim_words: Vec<Option<Vec<Word>>> = vec![None; claims.len()];
    let mut dropped = 0;
    let mut folded = String::new();
    for (j, d) in claims.iter().enumerate() {
        // Most claims dispute nothing: a look at their plain words spares the tokenizer.
        // (Bytes: the dispute words are ASCII, so any other byte ends a word, a no-break
        // space or a dash as well as a space: "100 percent wrong".)
        // (The last few words, for the verb of a particle: "made it up".)
        let mut recent: [&[u8]; 4] = [b""; 4];
        let mut seen = 0;
        let any = pieces(d.content.text.as_bytes()).any(|w| {
            if w.is_empty() {
                return false;
            }
            if matches!(w, b"up" | b"out" | b"off" | b"down")
                && recent.iter().any(|v| {
                    folded.clear();
                    std::str::from_utf8(v).is_ok_and(|v| {
                        lexicon::fold_into(v, &mut folded);
                        folded.push(' ');
                        folded.push_str(std::str::from_utf8(w).unwrap_or_default());
                        lexicon::DISPUTE_PHRASALS.contains(folded.as_str())
                    })
                })
            {
                return true;
            }
            recent[seen % recent.len()] = w;
            seen += 1;
            // ("says nothing of the kind", "said no such thing".)
            if w.eq_ignore_ascii_case(b"nothing") || w.eq_ignore_ascii_case(b"such") {
                return true;
            }
            if !lengths.contains(&w.len()) || !openings.contains(w) {
                return false;
            }
            let Ok(w) = std::str::from_utf8(w) else {
                return false;
            };
            folded.clear();
            lexicon::fold_into(w, &mut folded);
            dispute_words.contains(folded.as_str())
                || lexicon::TRUTH_WORDS.contains(folded.as_str())
        });
        // ("That never happened": a claim that opens with a pointer and a happening.)
        // (Bytes, case folded as compared: no claim is copied for the look.)
        let happening = || {
            let text = d.content.text.as_bytes();
            let head = &text[..text.len().min(48)];
            let opens = |p: &[u8]| {
                head.get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
            };
            let has = |v: &[u8]| head.windows(v.len()).any(|w| w.eq_ignore_ascii_case(v));
            [&b"that "[..], b"this ", b"it ", b"none "]
                .iter()
                .any(|p| opens(p))
                && [&b"happen"[..], b"occur", b"took place"]
                    .iter()
                    .any(|v| has(v))
        };
        if !any && !happening() {
            continue;
        }
        // (Only claims before the dispute are weighed against it.)
        let (earlier, rest) = claim_words.split_at_mut(j);
        let ws: &[Word] = rest[0].get_or_insert_with(|| words(&d.content.text));
        // ("Dismissed the figure as exaggerated" is a denial, which the denials read.)
        let called = d.stance == Stance::Assert
            && d.cue
                .as_ref()
                .is_some_and(|c| is_verb_of_naming(&lexicon::fold(&c.text)));
        let Some(at) = dispute_at(ws).or_else(|| called.then(|| named_as(ws)).flatten()) else {
            continue;
        };
        let dk = keys(ws);
        // (A name both mention is who the article is about, not what is disputed: "Clinton
        // advocated a speedy withdrawal" and "Clinton called it a success".)
        let dk_common: WordSet<String> = keys(
            &ws.iter()
                .filter(|w| !w.capitalized)
                .cloned()
                .collect::<Vec<_>>(),
        );
        let figure = named_figure(&ws[..at]);
        // "the commission's 18 percent figure is misleading" answers the claim of 18 percent.
        let gives_figure = |cw: &[Word]| figure.is_none_or(|f| cw.iter().any(|w| w.lower == f));
        // "a false claim that he opposed the bypass", "the claim that the plant leaked is false":
        // what is disputed, spelled out, must be what the answered claim says.
        let spelled = spelled_out(ws, at).map(keys);
        let says_it = |ks: &WordSet<String>| {
            spelled
                .as_ref()
                .is_none_or(|sk| ks.iter().any(|k| sk.contains(k)))
        };
        let dp = doc.paragraph_at(d.content.start);
        // "Many of their arguments, like that the troops left too soon, are refuted" says
        // what it calls false; "That is a lie" only points. One that says it answers a claim
        // that shares a word with it, or that it names, however near.
        // (What it says is its subject's nouns, before the verb: "total political crap"
        // says nothing, "Your figures are wrong" names only words said.)
        let subject = (0..at)
            .rev()
            .find(|&k| {
                let w = ws[k].lower.as_ref();
                lexicon::COPULAS.contains(w) || lexicon::AUXILIARIES.contains(w)
            })
            .map(|verb| subject_before(&d.content.text, ws, verb))
            // ("began to call the plagiarism allegations unfair": what a verb of naming
            // calls so.)
            .or_else(|| {
                (0..at)
                    .rev()
                    .find(|&k| is_verb_of_naming(&ws[k].lower))
                    .map(|verb| &ws[verb + 1..at])
            })
            .unwrap_or(&ws[..0]);
        // ("The numbers in the leaflet are wrong": where they were said is no more.)
        let said_where = subject
            .iter()
            .position(|w| matches!(w.lower.as_ref(), "in" | "from" | "by"))
            .unwrap_or(subject.len());
        let says_what = subject[..said_where].iter().any(|w| {
            is_topic_word(w, lex)
                && !w.lower.ends_with("ly")
                && super::vectors::may_be_noun(&w.lower)
                && !lexicon::REPORT_NOUNS.contains(&w.lower)
                && !lexicon::FIGURE_NOUNS.contains(w.lower.as_ref())
                && !dispute_words.contains(w.lower.as_ref())
                // (Words said under other names: "his comments were false".)
                && !matches!(
                    w.lower.as_ref(),
                    "comment" | "comments" | "remark" | "remarks" | "fact" | "facts" | "words"
                )
        });
        let stripped: Vec<&str> = ws
            .iter()
            .map(|w| lexicon::without_possessive(w.surface))
            .collect();
        // "called the accusation baseless": what was said with "accused" (the first five
        // letters of the noun of saying before the dispute word, as in a cue).
        let said_as: Option<String> = ws[..at]
            .iter()
            .rfind(|w| lexicon::REPORT_NOUNS.contains(&w.lower))
            .map(|w| w.lower.chars().take(5).collect());
        let accusation = said_as
            .as_deref()
            .is_some_and(|s| matches!(s, "alleg" | "accus" | "charg"));
        let said_so = |t: &Claim| {
            said_as
                .as_deref()
                .is_some_and(|stem| denials::said_with(t, stem))
        };
        // "She just made it up": a "she" or "he" opening the dispute points at a source of
        // that gender, as the source's first name or title says.
        let pronoun = ws.first().and_then(|w| match w.lower.as_ref() {
            "she" => Some(Gender::Female),
            "he" => Some(Gender::Male),
            _ => None,
        });
        let pointed_at = |name: &str| {
            pronoun.is_some_and(|g| {
                name.split_whitespace().next().is_some_and(|first| {
                    let first = lexicon::fold(first);
                    crate::parser::title_gender(&first)
                        .or_else(|| lexicon::first_name_gender(&first))
                        == Some(g)
                })
            })
        };
        // The answered claim: named first, then pointed at, then said with the noun's verb,
        // then sharing the most, then nearest.
        let mut best: Option<(Rank, usize)> = None;
        // (At most MAX_APART claims back, as every rule: one paragraph of a whole file
        // holds thousands.)
        let from = j.saturating_sub(MAX_APART);
        // (Words of claims further back are read by no later dispute: on a long file they
        // would all be held at once.)
        for w in &mut earlier[dropped.min(from)..from] {
            *w = None;
        }
        dropped = dropped.max(from);
        for i in (from..j).rev() {
            let t = &claims[i];
            let tp = doc.paragraph_at(t.content.start);
            if dp - tp.min(dp) > REACH {
                break;
            }
            // (A question asserts nothing to be called false or never to have happened.)
            if t.content.text.trim_end().ends_with('?') {
                continue;
            }
            // A claim that itself calls words false answers them too: two disputes agree.
            // (Nor is a fragment that says nothing called false: "just after midnight on
            // CNN".)
            if t.stance != Stance::Assert {
                continue;
            }
            let tw: &[Word] = earlier[i].get_or_insert_with(|| words(&t.content.text));
            // ("called the allegations baseless" answers the one who alleged, not another
            // who answered them first: "Not one dollar has gone to any intermediary".)
            let answers_them_too =
                accusation && tw.iter().take(4).any(|w| lex.is_negation(&w.lower));
            if answers_them_too
                || !says_something(tw)
                || !gives_figure(tw)
                || *disputing[i].get_or_insert_with(|| dispute_at(tw).is_some())
            {
                continue;
            }
            let named = denials::names(&d.content.text, &stripped, &sources[t.source].name);
            // (A source pointed at is as good as named: "She just made it up" answers the
            // woman quoted before, however far back.)
            let pointed = pointed_at(&sources[t.source].name);
            let shared = claim_keys[i]
                .get_or_insert_with(|| keys(tw))
                .iter()
                .filter(|k| dk.contains(*k))
                .count();
            // (What a poll found is answered only by name: "the arguments are refuted"
            // answers the candidates, not the poll between them.)
            let shared_common = || {
                claim_keys[i]
                    .as_ref()
                    .is_some_and(|ks| ks.iter().any(|k| dk_common.contains(k)))
            };
            if (!named && !pointed && shared == 0 && dp - tp > 1)
                || (!named && says_what && !shared_common())
                || (!named && super::sides::measurement(&sources[t.source].name))
                || !claim_keys[i].as_ref().is_some_and(says_it)
            {
                continue;
            }
            let rank = (named, pointed, said_so(t), shared, usize::MAX - (dp - tp));
            if best.is_none_or(|(r, _)| rank > r) && opposing_sources_in(t, d, sources, name_facts)
            {
                best = Some((rank, i));
            }
        }
        let Some((_, t)) = best else { continue };
        let target = &claims[t];
        let tp = doc.paragraph_at(target.content.start);
        let particle = particle_of(ws, at).filter(|_| !dispute_words.contains(&ws[at].lower));
        let happening = happening_denied(ws).filter(|&(n, _)| n == at);
        let no_such = nothing_of_the_kind(ws).filter(|&n| n == at);
        let says = if no_such.is_some() {
            "answers"
        } else if happening.is_some() {
            "says it"
        } else {
            "calls it"
        };
        let word = if let Some((_, verb)) = happening {
            let from = ws[at].at;
            d.content.text[from..ws[verb].at + ws[verb].surface.len()].to_string()
        } else if no_such.is_some() {
            // ("answers “nothing of the kind”", "answers “no such thing”".)
            let length = if ws[at].lower == "no" { 2 } else { 3 };
            let last = &ws[(at + length).min(ws.len() - 1)];
            format!(
                "“{}”",
                &d.content.text[ws[at].at..last.at + last.surface.len()]
            )
        } else if lexicon::TRUTH_WORDS.contains(ws[at].lower.as_ref()) {
            format!("not {}", ws[at].surface)
        } else if let Some(k) = particle {
            format!("{} {}", ws[at].surface, ws[k].surface)
        } else {
            ws[at].surface.to_string()
        };
        // "called that claim false" points at one claim, the latest: not at the rest of its
        // paragraph.
        let one_claim = ws[..at].windows(2).any(|p| {
            matches!(p[0].lower.as_ref(), "that" | "this")
                && lexicon::REPORT_NOUNS.contains(&p[1].lower)
                && !p[1].lower.ends_with('s')
        });
        let says_all = |cw: &[Word]| {
            says_something(cw) && gives_figure(cw) && (spelled.is_none() || says_it(&keys(cw)))
        };
        // "described the figure as wildly inflated", "the numbers had been inflated": a figure
        // called wrong answers only claims that give one, when the account it answers gives
        // any.
        let gives_count = |cw: &[Word]| !quantities(cw, lex, stem_index()).is_empty();
        // (A figure noun that heads its words, "the sums described by …", not "total
        // political crap"; and not "that figure", which points at one claim.)
        let of_figures = !one_claim
            && (0..at).any(|k| {
                lexicon::FIGURE_NOUNS.contains(ws[k].lower.as_ref())
                    && (k + 1 == at
                        || lexicon::STOPWORDS.contains(ws[k + 1].lower.as_ref())
                        || ws[k + 1].lower.ends_with("ed"))
                    && (k == 0 || !matches!(ws[k - 1].lower.as_ref(), "that" | "this"))
            })
            && (from..j).any(|i| {
                claims[i].source == target.source
                    && gives_count(earlier[i].get_or_insert_with(|| words(&claims[i].content.text)))
            });
        let answered: Vec<usize> = (from..j)
            .filter(|&i| {
                let c = &claims[i];
                let cw = &*earlier[i].get_or_insert_with(|| words(&c.content.text));
                if of_figures && !gives_count(cw) {
                    return false;
                }
                i == t
                    || (!one_claim
                        && c.source == target.source
                        && c.stance == Stance::Assert
                        && doc.paragraph_at(c.content.start) == tp
                        && says_all(cw))
            })
            .collect();
        // (Of several claims of one account, a figure called wrong is the one the disputer's
        // own words in its paragraph take up most: "at least 61 people were dead … 'Their
        // figure is simply wrong'" answers "43 people have died", not "2,400 people had been
        // evacuated". Other words called false may answer all of it.)
        let of_a_figure = of_figures
            || subject
                .iter()
                .any(|w| lexicon::FIGURE_NOUNS.contains(w.lower.as_ref()));
        let own: WordSet<String> = (from..claims.len().min(j + 8))
            .filter(|_| of_a_figure)
            .map(|i| &claims[i])
            .filter(|c| {
                c.id != d.id && c.source == d.source && doc.paragraph_at(c.content.start) == dp
            })
            .flat_map(|c| keys(&words(&c.content.text)))
            .collect();
        let mut taken_up = |i: usize| {
            claim_keys[i]
                .get_or_insert_with(|| keys(&words(&claims[i].content.text)))
                .iter()
                .filter(|k| own.contains(*k))
                .count()
        };
        let shares: Vec<usize> = answered
            .iter()
            .map(|&i| if of_a_figure { taken_up(i) } else { 0 })
            .collect();
        let most = shares.iter().copied().max().unwrap_or(0);
        for (&i, &share) in answered.iter().zip(&shares) {
            if of_a_figure && share < most {
                continue;
            }
            let c = &claims[i];
            out.push(Conflict {
                id: String::new(),
                claims: [c.id.clone(), d.id.clone()],
                kind: ConflictKind::Denial,
                confidence: 0.6,
                topic: format!("{}'s account", c.speaker.name),
                reason: format!(
                    "{} {says} {word}: \"{}\" against {}'s \"{}\"",
                    d.speaker.name,
                    super::kinds::window(&d.content.text, ws, particle.unwrap_or(at), 3),
                    c.speaker.name,
                    denials::clip_words(&c.content.text, 8),
                ),
            });
        }
    }
    out
}

/// Which bytes join a word in the look at a claim's plain words: ASCII letters and digits,
/// '-' and '\''.
static JOINS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'-' || c == b'\'';
        b += 1;
    }
    table
};

/// The pieces of `bytes` between bytes that join no word ([`JOINS`]), empty ones included:
/// what `split` gives, found by a table a byte (the closure's three tests were most of the
/// matcher's look at every claim).
fn pieces(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    lexicon::split_bytes(bytes, |b| !JOINS[usize::from(b)])
}

/// The words a look at a claim's plain words seeks: the dispute words and the words of truth
/// a negation turns into one.
const SOUGHT: [&WordList; 2] = [&lexicon::DISPUTE_WORDS, &lexicon::TRUTH_WORDS];

/// The lengths of the sought words and their openings: a word of another length, or that
/// opens otherwise, is none of them, so most words are passed over unfolded. Worked out at
/// compile time.
static DISPUTE_WORD_SHAPES: (RangeInclusive<usize>, Openings) = {
    let (mut shortest, mut longest) = (usize::MAX, 0);
    let mut n = 0;
    while n < SOUGHT.len() {
        let mut k = 0;
        while let Some(w) = SOUGHT[n].word_at(k) {
            let len = w.byte_len();
            if len < shortest {
                shortest = len;
            }
            if len > longest {
                longest = len;
            }
            k += 1;
        }
        n += 1;
    }
    if longest == 0 {
        shortest = 0;
    }
    (shortest..=longest, Openings::of(&SOUGHT))
};

/// The first two letters (ASCII, either case) that a set of words opens with: most words of
/// a text are passed over on a look at two bytes.
struct Openings([u32; 26]);

impl Openings {
    const fn of(lists: &[&WordList]) -> Self {
        let mut bits = [0u32; 26];
        let mut n = 0;
        while n < lists.len() {
            let mut k = 0;
            while let Some(w) = lists[n].word_at(k) {
                if w.byte_len() >= 2 {
                    let (a, b) = (w.byte(0), w.byte(1));
                    if a.is_ascii_lowercase() && b.is_ascii_lowercase() {
                        bits[(a - b'a') as usize] |= 1 << (b - b'a');
                    }
                }
                k += 1;
            }
            n += 1;
        }
        Openings(bits)
    }

    /// Whether `w` may be one of the words: it opens with one of their openings, or with
    /// anything but two ASCII letters (left to the full check).
    fn contains(&self, w: &[u8]) -> bool {
        match w {
            [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
                self.0[usize::from(a - b'a')] & (1 << (b - b'a')) != 0
            }
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_are_what_split_gives() {
        for text in [
            "",
            "a",
            "-",
            "  two  spaces ",
            "100 percent wrong—and “false”, it's a 2-1 lie.",
            "no break\u{a0}space é",
        ] {
            let b = text.as_bytes();
            let split: Vec<&[u8]> = b
                .split(|&c| !c.is_ascii_alphanumeric() && c != b'-' && c != b'\'')
                .collect();
            assert_eq!(pieces(b).collect::<Vec<_>>(), split, "{text}");
        }
    }

    #[test]
    fn verbs_of_naming_in_every_form() {
        for v in [
            "called",
            "calls",
            "calling",
            "branded",
            "dubbed",
            "dismisses",
            "denounced",
        ] {
            assert!(is_verb_of_naming(v), "{v}");
        }
        for v in ["said", "recalled", "told"] {
            assert!(!is_verb_of_naming(v), "{v}");
        }
    }

    #[test]
    fn openings_pass_every_sought_word_and_few_others() {
        let openings = &DISPUTE_WORD_SHAPES.1;
        let sought = SOUGHT.iter().flat_map(|list| list.iter());
        for w in sought.map(lexicon::ListWord::as_str) {
            assert!(openings.contains(w.as_bytes()), "{w}");
            assert!(openings.contains(w.to_uppercase().as_bytes()), "{w}");
        }
        assert!(!openings.contains(b"harbour"));
    }

    #[test]
    fn one_of_two_judged_disputes_nothing() {
        let either = "either the harbour master is lying or the council is";
        assert!(dispute_at(&words(either)).is_none());
        let whether = "nobody knows whether the count is false or not";
        assert!(dispute_at(&words(whether)).is_none());
        assert!(dispute_at(&words("the harbour master is lying")).is_some());
    }

    #[test]
    fn a_judgement_in_a_condition_disputes_nothing() {
        assert!(dispute_at(&words("if you think the eclipse was fake, join us")).is_none());
        // A rule for whenever someone says something false judges nobody's words.
        let law = "the fine applies when a seller makes misleading or false statements";
        assert!(dispute_at(&words(law)).is_none());
        assert!(dispute_at(&words("the eclipse photos were fake")).is_some());
    }

    #[test]
    fn a_dispute_word_is_found_unless_negated() {
        assert!(
            dispute_at(&words(
                "the claims he made on Monday are false and misleading"
            ))
            .is_some()
        );
        assert!(dispute_at(&words("he repeated a false claim about the budget")).is_some());
        assert!(dispute_at(&words("Nonsense.")).is_some());
        assert!(dispute_at(&words("he spoke with an exaggerated accent at the rally")).is_none());
        assert!(dispute_at(&words("she said this is the wrong place for a school")).is_none());
        assert!(dispute_at(&words("the figures he gave on Monday are simply wrong")).is_some());
        assert!(dispute_at(&words("there is nothing false in the report")).is_none());
        assert!(dispute_at(&words("the plant will reopen in May")).is_none());
        assert!(
            dispute_at(&words(
                "the governor did all the things right that the senator did wrong"
            ))
            .is_none()
        );
        assert!(dispute_at(&words("that is wrong")).is_some());
        assert!(dispute_at(&words("That never happened.")).is_some());
        assert!(dispute_at(&words("It did not happen that way")).is_some());
        assert!(dispute_at(&words("This cannot happen again")).is_none());
        assert!(dispute_at(&words("That happened in May")).is_none());
        assert!(dispute_at(&words("They are 100 percent wrong")).is_some());
        assert!(dispute_at(&words("the story as “lazy, made-up nonsense”")).is_some());
        assert!(dispute_at(&words("the claims were dead wrong")).is_some());
        assert!(dispute_at(&words("the case was worse, notably that Petraeus lied")).is_none());
        assert!(dispute_at(&words("which he called false")).is_some());
    }

    #[test]
    fn the_subject_of_a_judgement_is_its_clause_s_words_before_the_verb() {
        let subject = |text: &str, verb: &str| {
            let ws = words(text);
            let at = ws.iter().position(|w| w.lower == verb).expect("the verb");
            let s: Vec<&str> = subject_before(text, &ws, at)
                .iter()
                .map(|w| w.surface)
                .collect();
            s.join(" ")
        };
        assert_eq!(
            subject("records showing that your figures are false", "are"),
            "your figures"
        );
        assert_eq!(subject("he believes they are wrong", "are"), "they");
        assert_eq!(
            subject(
                "many of their points, like that the pier is unsafe, are wrong",
                "are"
            ),
            "many of their points like that the pier is unsafe"
        );
        assert_eq!(subject("claims that have proved false", "have"), "");
    }

    #[test]
    fn a_person_called_names_is_no_dispute_of_words() {
        assert!(named_as(&words("Vale a quack and a fake")).is_none());
        assert!(named_as(&words("Vale's claim a fake")).is_some());
        assert!(named_as(&words("the inquiry a sham")).is_some());
    }
}
