//! Denials aimed at what another source said: by name ("dismissed Grey Lantern's figure as
//! exaggerated") or by pointing back ("dismissed the report as speculation", "denied that any
//! such meeting had taken place").

use super::MAX_APART;
use super::kinds::phrase;
use super::profile::is_topic_word;
use super::sides::{Names, opposing_sources_in};
use super::words::{key_of, stem_index, words};

/// At most this many claims of a named source are paired with one denial.
const MAX_NAMED_PAIRS: usize = 8;
use crate::document::Document;
use crate::lexicon::{self, WordMap, WordSet};
use crate::model::{Claim, Conflict, ConflictKind, Source, Stance};

/// How far back (in lines) the report a denial points at may be.
const ANSWER_REACH: usize = 6;

/// A denial or doubt aimed at "the report" or "that account" answers the latest claim of
/// another side before it, and the claims of that side's paragraph; what the denier says
/// next in its own paragraph answers them too ("dismissed the report as speculation and said
/// there were no plans to close the site").
pub(super) fn answered_reports(
    doc: &Document,
    claims: &[Claim],
    sources: &[Source],
    name_facts: &Names,
    out: &mut Vec<Conflict>,
) {
    let mut pairs: WordSet<(usize, usize)> = claim_pairs(claims, out)
        .into_iter()
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect();
    for (j, d) in claims.iter().enumerate() {
        if !matches!(d.stance, Stance::Deny | Stance::Doubt) {
            continue;
        }
        let ws = words(&d.content.text);
        let aimed = ws.len() <= 10
            && ws.first().is_some_and(|w| {
                lexicon::AIMED_OPENERS.contains(w.lower.as_ref())
            })
            && ws
                .iter()
                .skip(1)
                .take(2)
                .any(|w| lexicon::REPORT_NOUNS.contains(&w.lower))
            // "the opposition's claims" names whose claims: no guessing which came before.
            && !ws[1].lower.ends_with("'s");
        // "denied that any such meeting had taken place", "denied that any result sheets had
        // been altered": aimed at the claim of a meeting, of result sheets.
        let lex = lexicon::matcher();
        let such_at = ws.windows(2).position(|p| {
            matches!(p[0].lower.as_ref(), "such" | "any") && is_topic_word(&p[1], lex)
        });
        let such = such_at.map(|k| key_of(&ws[k + 1].lower, lex, stem_index()));
        // "any plans to close the plant", "any intention of selling the club": the keys of
        // the deed planned and of the first topic word after it.
        let planned = such_at
            .filter(|&k| {
                matches!(
                    ws[k + 1].lower.as_ref(),
                    "plan" | "plans" | "intention" | "intentions" | "attempt" | "attempts"
                ) && ws
                    .get(k + 2)
                    .is_some_and(|w| matches!(w.lower.as_ref(), "to" | "of"))
            })
            .and_then(|k| {
                let verb = ws.get(k + 3).filter(|w| is_topic_word(w, lex))?;
                let object = ws[k + 4..]
                    .iter()
                    .take(3)
                    .find(|w| is_topic_word(w, lex))
                    .map(|w| key_of(&w.lower, lex, stem_index()));
                Some((key_of(&verb.lower, lex, stem_index()), object))
            });
        if !aimed && such.is_none() {
            continue;
        }
        let from = j.saturating_sub(MAX_APART);
        let answerable_within = |i: &usize, lines: usize| {
            let c = &claims[*i];
            c.stance == Stance::Assert
                && c.content.line + lines >= d.content.line
                && opposing_sources_in(c, d, sources, name_facts)
        };
        let answerable = |i: &usize| answerable_within(i, ANSWER_REACH);
        // "the report", "the story": what a newspaper reported or a source told one, before
        // whatever was said since.
        let news = ws
            .iter()
            .skip(1)
            .take(2)
            .any(|w| matches!(w.lower.as_ref(), "report" | "reports" | "story" | "stories"));
        let reported = |i: &usize| {
            let c = &claims[*i];
            !c.via.is_empty()
                || c.cue
                    .as_ref()
                    .is_some_and(|k| k.text.to_lowercase().starts_with("report"))
        };
        // "rejected the accusations": what was said with "accused" first.
        let stem: String = ws
            .iter()
            .find(|w| lexicon::REPORT_NOUNS.contains(&w.lower))
            .map(|w| w.lower.chars().take(5).collect())
            .unwrap_or_default();
        let same_verb = |i: &usize| said_with(&claims[*i], &stem);
        let latest = (from..j).rev().filter(answerable);
        let mentions = |i: &usize, key: &String| {
            words(&claims[*i].content.text)
                .iter()
                .any(|w| is_topic_word(w, lex) && key_of(&w.lower, lex, stem_index()) == *key)
        };
        // "the mayor took the money" … "Mayor Tom Reed denied the allegations": what was said
        // about the denier, by name or by role.
        // (Its name's last capitalised word: "Clinton campaign" is about Clinton, not any
        // campaign.)
        let denier: Vec<String> = d
            .speaker
            .name
            .split_whitespace()
            .rfind(|w| w.starts_with(char::is_uppercase))
            .or_else(|| d.speaker.name.split_whitespace().last())
            .into_iter()
            .chain(
                d.speaker
                    .role
                    .as_deref()
                    .into_iter()
                    .flat_map(str::split_whitespace),
            )
            .map(lexicon::fold)
            .filter(|w| w.chars().count() >= 3 && !lexicon::STOPWORDS.contains(w.as_str()))
            .collect();
        // (Its people's adjective names it too: "a Vessian patrol" is about Vessia, "Ostran
        // jets" about Ostra.)
        let names_denier_within = |i: &usize, n: usize| {
            words(&claims[*i].content.text).iter().take(n).any(|w| {
                let w = w.lower.trim_end_matches("'s");
                denier.iter().any(|d| names_or_people_of(w, d))
            })
        };
        let about_denier = |i: &usize| names_denier_within(i, usize::MAX);
        // "dismissed the clinic charge": a noun before the report noun says what the report
        // was about; only a claim that speaks of it, or was said by it, is the one
        // answered. (A noun that may name a speaker, "the police account", may say whose
        // account it is instead: then a claim of it is only preferred.)
        let about = aimed
            .then(|| {
                ws.get(1)
                    .filter(|_| ws.len() > 2 && lexicon::REPORT_NOUNS.contains(&ws[2].lower))
            })
            .flatten()
            .filter(|w| {
                is_topic_word(w, lex)
                    && !w.capitalized
                    && super::vectors::may_be_noun(&w.lower)
                    && !super::vectors::may_be_adjective(&w.lower)
            })
            .map(|w| {
                let speaker = lexicon::attribution()
                    .roles()
                    .contains_key(w.lower.as_ref());
                (
                    key_of(&w.lower, lex, stem_index()),
                    w.lower.to_string(),
                    speaker,
                )
            });
        // "rejected the Ardeshi charge", "dismissed the Kremlin account": a name before the
        // report noun says whose it is; only a claim of a source of that name is answered.
        let whose = aimed
            .then(|| ws.get(1))
            .flatten()
            .filter(|w| {
                w.capitalized && ws.len() > 2 && lexicon::REPORT_NOUNS.contains(&ws[2].lower)
            })
            .map(|w| w.lower.to_string());
        let by_whom = |i: &usize| {
            whose.as_ref().is_none_or(|name| {
                let c = &claims[*i];
                [
                    Some(c.speaker.name.as_str()),
                    c.speaker.role.as_deref(),
                    c.speaker.affiliation.as_deref(),
                ]
                .into_iter()
                .flatten()
                .flat_map(|s| {
                    lexicon::fold(s)
                        .split_whitespace()
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .any(|w| names_or_people_of(name, w.trim_end_matches("'s")))
            })
        };
        let on_topic = |i: &usize| {
            by_whom(i)
                && about.as_ref().is_none_or(|(key, word, _)| {
                    let c = &claims[*i];
                    let says =
                        |name: &str| lexicon::fold(name).split_whitespace().any(|w| w == word);
                    mentions(i, key)
                        || says(&c.speaker.name)
                        || c.speaker.role.as_deref().is_some_and(says)
                        || c.speaker.affiliation.as_deref().is_some_and(says)
                })
        };
        // "rejected that version" alone says nothing to set against the report: only a
        // report it plainly answers (one said with the same word, about the denier, or a
        // newspaper's) takes it as a side; "dismissed the report as speculation" says
        // enough to answer the latest claim.
        let bare = ws.len() <= 2;
        let target = match (&such, &planned) {
            // ("The mayor took bribes" … "the mayor denied taking any money", "denied any
            // wrongdoing": a deed denied answers, else, what was said of the denier as its
            // subject.)
            // ("denied any plans to close the plant": the deed planned, its verb and the
            // topic word after it, is what the claim it answers speaks of.)
            (Some(_), Some((verb, object))) if !aimed => latest
                .clone()
                .find(|i| mentions(i, verb) && object.as_ref().is_none_or(|o| mentions(i, o))),
            (Some(key), _) if !aimed => latest.clone().find(|i| mentions(i, key)).or_else(|| {
                let deed = d.stance == Stance::Deny && such_at.is_some_and(|k| k <= 2);
                latest
                    .clone()
                    .filter(|_| deed)
                    .find(|i| names_denier_within(i, 3))
            }),
            // What was said with the same word may be further back: the lead paragraph's
            // accusation.
            _ => {
                let pick = |topical: bool| {
                    let on_topic = |i: &usize| !topical || on_topic(i);
                    (from..j)
                        .rev()
                        .filter(|i| answerable_within(i, 4 * ANSWER_REACH))
                        .filter(on_topic)
                        .find(same_verb)
                        .or_else(|| latest.clone().filter(on_topic).find(about_denier))
                        .or_else(|| {
                            latest
                                .clone()
                                .filter(on_topic)
                                .find(|i| news && reported(i))
                        })
                        // (Said what about, it may point further back, as far as the same
                        // word: "dismissed the clinic charge" answers the ad's clinic, said
                        // paragraphs before.)
                        .or_else(|| {
                            about.as_ref().filter(|_| topical)?;
                            (from..j)
                                .rev()
                                .filter(|i| answerable_within(i, 4 * ANSWER_REACH))
                                .find(on_topic)
                        })
                        // (A bare one, only in its own paragraph: "The agency concluded X.
                        // Critics questioned that determination.")
                        .or_else(|| {
                            latest.clone().find(on_topic).filter(|&i| {
                                !bare
                                    || doc.paragraph_at(claims[i].content.start)
                                        == doc.paragraph_at(d.content.start)
                            })
                        })
                };
                pick(true).or_else(|| {
                    about
                        .as_ref()
                        .is_some_and(|(_, _, speaker)| *speaker)
                        .then(|| pick(false))
                        .flatten()
                })
            }
        };
        let Some(t) = target else {
            continue;
        };
        let target = &claims[t];
        // ("rejected the accusation" answers what was accused, not what the accuser noted in
        // the same sentence.)
        let by_verb = same_verb(&t);
        let reported: Vec<usize> = (from..=t)
            .rev()
            .filter(|&i| {
                claims[i].source == target.source
                    && claims[i].content.line == target.content.line
                    && claims[i].stance == Stance::Assert
                    && (!by_verb || same_verb(&i))
            })
            .take(3)
            .collect();
        // (Of several claims of one account, the ones the denier's own words take up, when
        // they take up any: "rejected the police account … 'My client was driving within
        // the limit'" answers the speed, not "had been interviewed under caution".)
        let own_keys = topic_keys(
            (j + 1..claims.len().min(j + 8))
                .filter(|&i| claims[i].source == d.source)
                .map(|i| &claims[i]),
        );
        let taken_up = |i: &usize| takes_up(&claims[*i], &own_keys);
        let answers: Vec<usize> = std::iter::once(j)
            .chain((j + 1..claims.len().min(j + 8)).filter(|&i| {
                // In the denial's own sentence: "rejected the claim, saying …". Or the
                // denier's next claim, opening the next sentence of the paragraph: "Ashby
                // rejected that suggestion. The department first learned of it in April, she
                // said."
                let between = doc
                    .text
                    .get(d.content.end..claims[i].content.start)
                    .unwrap_or(".");
                let ends = between.matches(['.', '!', '?']).count();
                let next_sentence = i == j + 1 && ends == 1 && !between.contains('\n');
                // (Or its next paragraph, when the denial is a paragraph of its own: "Ilves
                // rejected the accusation. ¶ 'There is no such deal,' he said.")
                let next_paragraph = i == j + 1 && ends == 1 && claims[i].source == d.source && {
                    let p = doc.paragraph_at(d.content.start);
                    doc.paragraph_at(claims[i].content.start) == p + 1
                        && doc.paragraph_start(p).is_some_and(|start| {
                            !doc.text[start..d.content.start].contains(['.', '!', '?'])
                        })
                };
                // (Next, its spokesman speaks for it: "The ministry rejected the accusation.
                // 'There is no side letter,' said Paulo Reyes, a ministry spokesman.")
                let own_side = claims[i].source == d.source
                    || next_sentence
                        && !claims[i].speaker.unresolved
                        && !opposing_sources_in(&claims[i], d, sources, name_facts);
                // ("disputed both critiques, but says that in retrospect …": what "but"
                // adds concedes, it answers nothing.)
                own_side
                    && claims[i].stance == Stance::Assert
                    && (ends == 0 && !between.contains('\n') || next_sentence || next_paragraph)
                    && !between
                        .split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("but"))
            }))
            .take(3)
            .collect();
        // ("rejected that characterization" points at one claim, the one it answers: not
        // the others of its paragraph.)
        let one = aimed
            && matches!(ws[0].lower.as_ref(), "that" | "this")
            && !ws[1..]
                .iter()
                .find(|w| lexicon::REPORT_NOUNS.contains(&w.lower))
                .is_some_and(|w| w.lower.ends_with('s'));
        // (Of its account's claims, the one the denial's answer takes up: "Officers fired
        // tear gas … Koenen said her medics had treated 46 people" and "rejected that account.
        // 'Our officers showed great restraint'" answers the tear gas.)
        let answer_keys = topic_keys(answers[1..].iter().map(|&i| &claims[i]));
        let answered = |i: &usize| takes_up(&claims[*i], &answer_keys);
        let reported = if one {
            vec![reported.iter().copied().find(answered).unwrap_or(t)]
        } else if reported.len() > 1 && reported.iter().any(taken_up) {
            reported.into_iter().filter(taken_up).collect()
        } else {
            reported
        };
        let verb = d.cue.as_ref().map_or("denies", |k| k.text.as_str());
        // "the report", "that account", "such meeting".
        let topic = match ws
            .iter()
            .position(|w| lexicon::REPORT_NOUNS.contains(&w.lower))
        {
            Some(noun) if aimed => phrase(&d.content.text, &ws, 0, noun + 1),
            _ => {
                let at = such_at.unwrap_or(0);
                phrase(&d.content.text, &ws, at, (at + 2).min(ws.len()))
            }
        };
        for &r in &reported {
            for &a in &answers {
                if !pairs.insert((r.min(a), r.max(a))) {
                    continue;
                }
                out.push(Conflict {
                    id: format!("k{}", out.len() + 1),
                    claims: [claims[r].id.clone(), claims[a].id.clone()],
                    kind: ConflictKind::Denial,
                    confidence: if a == j { 0.65 } else { 0.6 },
                    topic: topic.clone(),
                    reason: format!(
                        "{} {} \"{}\", answering {}",
                        d.speaker.name,
                        verb,
                        clip_words(&d.content.text, 8),
                        target.speaker.name
                    ),
                });
            }
        }
    }
}

/// The keys of the topic words of some claims.
fn topic_keys<'c>(claims: impl Iterator<Item = &'c Claim>) -> WordSet<String> {
    let lex = lexicon::matcher();
    claims
        .flat_map(|c| words(&c.content.text))
        .filter(|w| is_topic_word(w, lex))
        .map(|w| key_of(&w.lower, lex, stem_index()))
        .collect()
}

/// Whether a claim says a topic word of `keys`.
fn takes_up(c: &Claim, keys: &WordSet<String>) -> bool {
    let lex = lexicon::matcher();
    words(&c.content.text)
        .iter()
        .any(|w| is_topic_word(w, lex) && keys.contains(&key_of(&w.lower, lex, stem_index())))
}

/// Whether a folded word is a folded name, or its people's adjective ("ardeshi" of
/// "ardesh", "ostran" of "ostra"), as the side test reads them.
fn names_or_people_of(word: &str, name: &str) -> bool {
    word == name || super::sides::same_people(word, name)
}

/// Whether a claim was said with a verb that opens with `stem`, the first letters of a noun
/// of saying: "accused" for "the accusation", "alleged" for "the allegations".
pub(super) fn said_with(c: &Claim, stem: &str) -> bool {
    c.cue
        .as_ref()
        .is_some_and(|k| k.text.to_lowercase().starts_with(stem))
}

/// A denial that names whom it answers ("dismissed Grey Lantern's figure as exaggerated",
/// "rejected the Courier's account") conflicts with what that source said before it, even
/// in other words.
pub(super) fn named_denials(
    claims: &[Claim],
    sources: &[Source],
    name_facts: &Names,
    out: &mut Vec<Conflict>,
) {
    // The pairs in conflict, in order: a pair found another way is not named again. Looked
    // up the first time a denial names a source, which most articles never do.
    let mut pairs: Option<WordSet<(usize, usize)>> = None;
    for (j, d) in claims.iter().enumerate() {
        if !matches!(d.stance, Stance::Deny | Stance::Doubt) {
            continue;
        }
        let from = j.saturating_sub(MAX_APART);
        let mut paired = 0;
        // The denial's words, read once; possessives cut, for every source it may name.
        let denial_words = words(&d.content.text);
        let text_words: Vec<&str> = denial_words
            .iter()
            .map(|w| lexicon::without_possessive(w.surface))
            .collect();
        // "questioned the senator about his plan", "challenging the mayor for her seat": an
        // interviewer's question or a rival's race, aimed at a person, disputes no claim
        // ("challenged the mayor on the budget" does dispute her).
        let challenge = d
            .cue
            .as_ref()
            .is_some_and(|c| lexicon::fold(&c.text).starts_with("challeng"));
        let person_asked = |name: &str| {
            let lead: Vec<&str> = name.split_whitespace().collect();
            let n = lead.len();
            text_words.len() > n
                && (text_words[..n] == lead[..]
                    || text_words[0] == lead[n - 1]
                    || (n > 1 && text_words[..n - 1] == lead[1..]))
                && text_words
                    .iter()
                    .take(n + 2)
                    .any(|w| *w == "for" || (!challenge && matches!(*w, "about" | "on" | "over")))
        };
        // "took issue with the idea that the divisions between Reyes and Lund are smaller": a
        // name deep inside what is disputed, with no word for anything said, is a topic, not
        // the source answered ("rejected Lund's claim", "dismissed Lund as wrong").
        let says_something = text_words.iter().any(|w| {
            let w = lexicon::fold(w);
            lexicon::REPORT_NOUNS.contains(w.as_str()) || lexicon::FIGURE_NOUNS.contains(w.as_str())
        });
        let merely_mentioned = |name: &str| {
            let parts: Vec<&str> = name.split_whitespace().collect();
            let first_at = text_words
                .iter()
                .position(|w| parts.contains(w))
                .unwrap_or(usize::MAX);
            !says_something && first_at > 3
        };
        // "rejected the envoy's offer", "disavowed the senator's endorsement": a thing the
        // source gave, not something it said, unless its claim speaks of that thing.
        let lex = lexicon::matcher();
        let owned = |name: &str| -> Option<String> {
            let last = name.split_whitespace().last()?;
            let ws = &denial_words;
            let at = ws.iter().position(|w| {
                let s = w.surface;
                (s.ends_with("'s") || s.ends_with("’s")) && lexicon::without_possessive(s) == last
            })?;
            let noun = ws[at + 1..]
                .iter()
                .take(2)
                .find(|w| is_topic_word(w, lex))?;
            (!lexicon::REPORT_NOUNS.contains(noun.lower.as_ref())
                && !lexicon::FIGURE_NOUNS.contains(noun.lower.as_ref()))
            .then(|| key_of(&noun.lower, lex, stem_index()))
        };
        // "rejected the company's count", "disputed the ministry's figures": what is answered
        // gave a figure.
        // (A source's own: "challenged the senator on the toll" disputes no count.)
        let counted = denial_words.iter().enumerate().take(4).any(|(k, w)| {
            let w = w.lower.as_ref();
            lexicon::FIGURE_NOUNS.contains(w)
                && !matches!(w, "data" | "findings")
                && denial_words[k.saturating_sub(2)..k]
                    .iter()
                    .any(|o| lexicon::without_possessive(o.surface) != o.surface)
        });
        // (In digits or words: "34 beds", "rose by a tenth", "doubled".)
        let gives_figure = |c: &Claim| {
            words(&c.content.text).iter().any(|w| {
                let w = w.lower.as_ref();
                w.starts_with(|ch: char| ch.is_ascii_digit())
                    || super::words::number_word(w).is_some()
                    || matches!(
                        w.trim_end_matches('s'),
                        "half"
                            | "halve"
                            | "halved"
                            | "third"
                            | "quarter"
                            | "fifth"
                            | "tenth"
                            | "percent"
                            | "dozen"
                            | "doubled"
                            | "tripled"
                            | "trebled"
                    )
            })
        };
        for (i, c) in claims[..j].iter().enumerate().skip(from) {
            // A handful of pairs shows the point; a flood of them helps nobody.
            if paired == MAX_NAMED_PAIRS {
                break;
            }
            let source = &sources[c.source];
            // (Whether the denial names the source first: the side test costs more.)
            if c.stance != Stance::Assert
                || !names(&d.content.text, &text_words, &source.name)
                || (counted && !gives_figure(c))
                || !opposing_sources_in(c, d, sources, name_facts)
                || person_asked(&source.name)
                || merely_mentioned(&source.name)
                || owned(&source.name).is_some_and(|key| {
                    !words(&c.content.text).iter().any(|w| {
                        is_topic_word(w, lex) && key_of(&w.lower, lex, stem_index()) == key
                    })
                })
                || !pairs
                    .get_or_insert_with(|| claim_pairs(claims, out))
                    .insert((i, j))
            {
                continue;
            }
            let verb = d.cue.as_ref().map_or("denies", |k| k.text.as_str());
            paired += 1;
            out.push(Conflict {
                id: format!("k{}", out.len() + 1),
                claims: [c.id.clone(), d.id.clone()],
                kind: ConflictKind::Denial,
                confidence: 0.6,
                topic: format!("{}'s account", source.name),
                reason: format!(
                    "{} {} \"{}\", naming {}",
                    d.speaker.name,
                    verb,
                    clip_words(&d.content.text, 8),
                    source.name
                ),
            });
        }
    }
}

/// The claims of each conflict in `out`, as indices into `claims` in the conflict's order.
/// (Looked up once: scanning `out` for every candidate pair made a long file quadratic.)
fn claim_pairs(claims: &[Claim], out: &[Conflict]) -> WordSet<(usize, usize)> {
    let index: WordMap<&str, usize> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    out.iter()
        .filter_map(|k| {
            let a = *index.get(k.claims[0].as_str())?;
            let b = *index.get(k.claims[1].as_str())?;
            Some((a, b))
        })
        .collect()
}

/// Whether `text` names the source `name`: in full, or by the last word of a proper name of
/// two or more words ("Lantern" alone is too little; "Grey Lantern" or "Rourke" will do).
pub(super) fn names(text: &str, text_words: &[&str], name: &str) -> bool {
    let proper = name
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if name.chars().count() < 3 {
        return false;
    }
    // A source named by what it is ("auditor", "union") is named by its possessive after
    // "the": "disputed the auditor's findings"; a described one ("the hospital's trust") by
    // its head: "the trust's account".
    if !proper {
        let head = name.rsplit(' ').next().unwrap_or(name);
        return [name, head].iter().any(|n| {
            ["'s", "’s"].iter().any(|s| {
                let at = format!("the {n}{s}");
                text.starts_with(&at) || text.contains(&format!(" {at}"))
            })
        });
    }
    if text.contains(name) {
        return true;
    }
    let parts: Vec<&str> = name.split_whitespace().collect();
    parts.len() == 2
        && parts[1].chars().count() >= 4
        && text_words.contains(&parts[1])
        && !lexicon::attribution()
            .roles()
            .contains_key(&lexicon::fold(parts[1]))
}

pub(super) fn clip_words(text: &str, n: usize) -> String {
    let ws: Vec<&str> = text.split_whitespace().collect();
    // (Only the words a cut can fall among are folded.)
    let lower: Vec<String> = ws.iter().take(n + 3).map(|w| lexicon::fold(w)).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let keep = super::kinds::words_to_keep(&lower, n);
    if ws.len() <= keep {
        ws.join(" ")
    } else {
        format!("{} …", ws[..keep].join(" "))
    }
}
