//! Negation: one side negates a key that the other asserts without negation ("there was no
//! contract" against "the agreement had been signed": contract ≈ agreement).

use super::context::{
    assumed, conditional, future, modal_near, reported_near, under_denied_clause,
};
use super::provenance::denies_origin;
use super::wording::{
    align, clause_break, existential_there, period_after_last, phrase, time_scope, window_through,
};
use super::{ConflictRule, Finding, Pair};
use crate::lexicon;
use crate::matcher::keys::Key;
use crate::matcher::profile::{
    Profile, adverbial_no, event_denied, event_predicate_end, is_time_word, is_topic_word,
    passes_negation_on,
};
use crate::matcher::stem::stem;
use crate::matcher::vectors;
use crate::model::{ConflictKind, Stance};

/// A shared word negated on one side only.
pub(super) struct Negation;

impl ConflictRule for Negation {
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>) {
        let Pair {
            ca,
            cb,
            a,
            b,
            topic,
            keys,
            boost,
            ..
        } = *pair;
        for (neg, pos, pn, pp) in [(ca, cb, a, b), (cb, ca, b, a)] {
            if pos.stance != Stance::Assert || neg.stance == Stance::Deny {
                continue;
            }
            // "pay no carbon tax" denies a tax, not carbon: a noun denied under "no" or
            // "without" as the kind of another is opposed only where that other noun is
            // ("the carbon price rose" asserts no tax). (The other way round, "without
            // warning" against "fired warning shots", the shots did warn.)
            let same_head = |k: &Key, ni: usize| {
                !under_no(pn, ni)
                    || modified_noun(pn, ni)
                        .is_none_or(|head| modified_noun(pp, pp.keys[k]) == Some(head))
            };
            // (A name is who, not what is denied: "No president, not Ana Ruiz, could …".)
            let named = |i: usize| i > 0 && pn.words[i].capitalized;
            let shared_negated = || {
                pn.negated.iter().filter(|(k, i)| {
                    pp.keys.contains_key(k)
                        && !pp.negated.contains_key(k)
                        && same_head(k, **i)
                        && !named(**i)
                })
            };
            // The verb a "no" subject denies first: "no agreement on sharing data had been
            // signed" denies the signing, whatever else the other side shares.
            // (Or the state a negated verb of making denies: "will not make the roads any
            // quieter" denies "quieter", whatever roads the other side names.)
            // (Or the predicate a "no" subject is denied: "No hospital in the county is going
            // to close" denies the closing, not the hospitals.)
            let hit = shared_negated()
                .find(|(_, i)| Some(**i) == pn.denied_verb)
                .or_else(|| shared_negated().find(|(_, i)| in_denied_predicate(pn, **i)))
                .or_else(|| {
                    shared_negated().find(|(_, i)| {
                        pn.negation
                            .is_some_and(|cue| causative_object(pn, cue, **i).is_some())
                    })
                })
                // (The first word denied, by either: "no agreement on any timetable" denies
                // the agreement that "we agreed on a timetable" asserts.)
                .or_else(|| {
                    shared_negated()
                        .chain(deed_in_other_words(pn, pp))
                        .min_by_key(|(_, i)| **i)
                });
            // One shared word is enough only when the negation governs it directly and it is a
            // synonym-group word ("no new agreements" against "the contract was signed").
            // ("Not paying taxes", "cannot win support", "didn't denounce legal immigration"
            // deny the paying, the winning, the denouncing: a verb between governs the word.)
            // (Or it is the event a negated "took place" or "happened" denies: "the meeting
            // never took place".)
            let tight = hit.is_some_and(|(key, &ni)| {
                pn.negation
                    .is_some_and(|cue| ni < cue && pn.denied_verb == Some(ni))
                    || denied_outright(pn, ni)
                    || coming_to_be_denied(pn, ni)
                    || pronoun_denied(pn, ni)
                    || said_back(pn, pp, ni)
                    || keys.is_group(*key)
                        && pn.negation.is_some_and(|cue| {
                            // ("not going to pay" against "should pay": "going to" only
                            // says when, and both sides speak of what is to be done.)
                            let to_be_done =
                                modal_before(pp, pp.keys[key], &["should", "must", "will"]);
                            let when = to_be_done
                                && pn.words[cue + 1..ni.max(cue + 1)]
                                    .windows(2)
                                    .any(|p| p[0].lower == "going" && p[1].lower == "to");
                            let cue = if when { cue + 2 } else { cue };
                            ni > cue
                                && ni - cue <= 2
                                && !pn.words[cue + 1..ni].iter().any(|w| {
                                    w.lower.ends_with("ing")
                                        || vectors::may_be_verb(&w.lower)
                                            && !vectors::may_be_adjective(&w.lower)
                                            && !lexicon::AUXILIARIES.contains(w.lower.as_ref())
                                            && !lexicon::COPULAS.contains(w.lower.as_ref())
                                })
                        })
            });
            // The word a negation governs is what it denies ("cannot accept"); the words after
            // that ("a dam", "not raising his hands") are its objects: the other side naming them
            // ("a gun in his hand") says nothing of what is denied.
            let direct = hit.is_some_and(|(_, &ni)| {
                // (Or the claim's own negation, which may be an idiom: "anything but".)
                let cue = (0..ni).rev().find(|&k| {
                    lexicon::matcher().is_negation(&pn.words[k].lower) || pn.negation == Some(k)
                });
                // (A verb of belief passes the negation on to its clause's predicate: "don't
                // think that plan is wise".)
                cue.is_some_and(|c| {
                    let from = if passes_negation_on(&pn.words, c) {
                        (c + 2..ni)
                            .rev()
                            .find(|&k| {
                                let w = pn.words[k].lower.as_ref();
                                lexicon::AUXILIARIES.contains(w) || lexicon::COPULAS.contains(w)
                            })
                            .unwrap_or(c)
                    } else {
                        c
                    };
                    // (Any topic word, though its key came earlier in the claim: "denounced
                    // her because she didn't denounce legal immigration". Not a record of it:
                    // "no record of an application" denies the application.)
                    let from = if pn.words[c].lower == "no"
                        && pn.words.get(c + 2).is_some_and(|w| w.lower == "of")
                        && pn.words.get(c + 1).is_some_and(|w| {
                            matches!(
                                w.lower.as_ref(),
                                "record" | "records" | "trace" | "evidence" | "proof" | "sign"
                            )
                        }) {
                        from.max(c + 2)
                    } else {
                        from
                    };
                    // ("will not make Americans safer" denies that they are safer: a verb of
                    // making passes the negation on to the state it brings about.)
                    let from = match causative_object(pn, c, ni) {
                        Some(_) => ni - 1,
                        None => from,
                    };
                    // ("not going to pay": "going to" only says when; "never received any
                    // warning": a light verb carries the noun's deed.)
                    !pn.words[(from + 1).min(ni)..ni].iter().any(|w| {
                        w.lower != "going"
                            && !lexicon::LIGHT_VERBS.contains(w.lower.as_ref())
                            && is_topic_word(w, lexicon::matcher())
                    })
                })
                    || pn.denied_verb == Some(ni)
                    || in_denied_predicate(pn, ni)
                    // ("no outside crews": a noun after "no" governs its modifiers.)
                    || cue.is_some_and(|c| {
                        ni - c <= 3
                            && under_no(pn, ni)
                            && (c + 1..ni).all(|k| modified_noun(pn, k).is_some())
                    })
            });
            let hit = hit.filter(|_| tight || (direct && topic.weight >= 2.0));
            // "no record of any such report", "no evidence of fraud" deny what follows: the
            // record or the evidence itself is no word the other side is denied ("preserve all
            // records", "complaints with evidence attached").
            let hit = hit.filter(|&(_, &ni)| !record_of_what_follows(pn, ni));
            // "the funding did not come from the ministry" denies where the funding came from,
            // not the ministry: the provenance rule weighs it, with what came.
            let hit = hit.filter(|_| !denies_origin(pn));
            // "no such meeting had taken place" points back: it denies a meeting named before
            // it, not one planned after ("would hold a mass meeting of workers").
            let hit = hit.filter(|&(_, &ni)| {
                ni == 0 || pn.words[ni - 1].lower != "such" || pos.content.start < neg.content.start
            });
            // "no oil had entered the waterway" denies the entering, not the oil: the other
            // side's "recovered 800 barrels of oil" says nothing of it.
            // (Unless that verb is a light one, which carries the noun's deed: "no such warning
            // was received" denies the warning.)
            let hit = hit.filter(|(_, ni)| {
                pn.denied_verb
                    .is_none_or(|v| v == **ni || passive_light_verb(pn, v))
            });
            // "two hearings would be held in September" and "the council had not held a
            // hearing", "closed six stores last year" and "no stores will close": what is to
            // come and what was done are about different times.
            let hit = hit.filter(|(key, ni)| !times_apart(pn, **ni, pp, pp.keys[*key]));
            // "two deaths since 2022" and "no deaths in the past 12 months": two stretches of
            // time.
            let hit = hit.filter(|(key, ni)| {
                let at = pp.keys[*key];
                match (
                    time_scope(pn.text, &pn.words, **ni),
                    time_scope(pp.text, &pp.words, at),
                ) {
                    (Some(x), Some(y)) => x == y,
                    _ => true,
                }
            });
            // "They're not closing this plant because it's losing money": a negation before a
            // reason denies the reason, not the deed.
            let hit = hit.filter(|(_, ni)| !reason_denied(pn, **ni));
            // "the Senate had enough votes" and "did not have the votes in the House": a body
            // or place named on each side, and neither named by the other, are two scopes.
            let hit = hit.filter(|_| !named_apart(pp, pn));
            // "the deal would remove tariffs": a hypothetical asserts nothing to negate; nor does
            // "residents' personal information was not accessed" assert the information.
            let hit = hit.filter(|(key, ni)| {
                let at = pp.keys[*key];
                // (Nor one negated in a clause the matcher sets aside: "whose name has not been
                // released".)
                // ("paid zero in taxes" says no paying either.)
                // (Not past "but": "ready to appear behind closed doors, but would not be part
                // of a public show" asserts the closed doors.)
                let negated_near = pp.words[at.saturating_sub(3)..at]
                .iter()
                .chain(
                    pp.words[at..(at + 5).min(pp.words.len())]
                        .iter()
                        .take_while(|w| w.lower != "but"),
                )
                .any(|w| lexicon::matcher().is_negation(&w.lower) || w.lower == "zero")
                // ("had not given the club a personal gift": a thing a negated verb hands on.)
                || object_of_negated_verb(pp, at)
                // ("Nobody wants to see a single hospital close": what no one does is not
                // asserted, however far into the clause.)
                || nobody_before(pp, at)
                // "has proposed little", "did few of them": a quantity of nearly none.
                || pp.words.get(at + 1).is_some_and(|w| {
                    matches!(w.lower.as_ref(), "little" | "few")
                        && pp.words.get(at + 2).is_none_or(|x| x.lower != "more")
                });
                // "they oppose turbines on the ridge" sets the word aside as "no turbines" does
                // (not "it is no answer to refuse the turbines").
                let opposed = (at.saturating_sub(3)..at).any(|o| {
                    lexicon::OPPOSING_WORDS.contains(pp.words[o].lower.as_ref())
                        && !pp.words[o.saturating_sub(4)..o]
                            .iter()
                            .any(|w| lexicon::matcher().is_negation(&w.lower))
                });
                // "the mayor's plan" refers to the mayor; it asserts nothing about being one.
                let possessive = pp.words[at].lower.ends_with("'s");
                // (Nor "Neither Ryan nor his team has asked for his endorsement".)
                let denied = in_denied_predicate(pp, at);
                // ("Mexico should pay for it" against "we are not going to pay": a demand and
                // a refusal of it are opposed positions, though a demand asserts no deed.)
                let demand = modal_before(pp, at, &["should", "must"]);
                let refusal = pn.negation.is_some() && future(pn, **ni);
                // ("more guns would make Americans safer" against "guns will not make them
                // safer": a forecast and the denial of it.)
                let forecast =
                    modal_before(pp, at, &["will", "would"]) && negates_to_come(pn, **ni);
                (!modal_near(pp, at) || (demand && refusal) || forecast)
                    && !reported_near(pp, at)
                    && !assumed(pp, at)
                    && !under_denied_clause(pp, at)
                    && !negated_near
                    && !opposed
                    && !possessive
                    && !denied
            });
            // "hasn't worked" denies a deed; "the working class", "the minimum wage" name a thing,
            // and assert no deed to deny. ("was not a minor incident" against "a minor incident"
            // names the thing on both sides.)
            let hit = hit.filter(|&(key, &ni)| {
                let at = pp.keys[key];
                let thing_against_deed =
                    named_thing(pp, at) && !named_thing(pn, ni) && deed_denied(pn, ni);
                !thing_against_deed || same_state(pn, ni, pp, at)
            });
            // "The deployment is not a rescue operation" says what something is not: only a side
            // saying what something is ("it was a rescue operation", "called it a stunt")
            // opposes it, not one that merely names the thing ("crews rescuing fishermen").
            let hit = hit.filter(|&(key, &ni)| {
                pn.negation.is_none_or(|cue| {
                    !copular(pn, cue, ni)
                        || predicative(pp, pp.keys[key])
                        || same_state(pn, ni, pp, pp.keys[key])
                })
            });
            // "No country can stay outside the talks" says nothing of countries: a "no" subject
            // is denied its predicate, and the other side must share that. (Unless the
            // predicate only says it happened: "no meeting had taken place".)
            let hit = hit.filter(|&(_, &ni)| {
                pn.negation
                    .is_none_or(|cue| !in_denied_subject(pn, cue, ni))
                    || pn.denied_verb == Some(ni)
                    || denied_outright(pn, ni)
            });
            // "he would not vote for either of them" and "they would vote for Lund": a deed
            // done by someone else, as the pronouns before the two verbs say.
            let hit = hit.filter(|&(key, &ni)| {
                match (pronoun_subject(pn, ni), pronoun_subject(pp, pp.keys[key])) {
                    (Some(x), Some(y)) => x == y,
                    _ => true,
                }
            });
            // "You pay your taxes" says what anyone does; "blasted him for not paying" what one
            // person did not: "you" before the asserted word speaks of people in general,
            // unless the negated side says "you" too.
            let hit = hit.filter(|&(key, &ni)| {
                let at = pp.keys[key];
                let you = |p: &Profile, i: usize| {
                    p.words[i.saturating_sub(4)..i]
                        .iter()
                        .any(|w| matches!(w.lower.as_ref(), "you" | "you're" | "you've"))
                };
                !(at > 0 && pp.words[at - 1].lower == "you") || you(pn, ni)
            });
            // "No decision had been made about an appeal" and "the court's decision": a thing
            // someone owns is one of its kind, not the one whose making is denied.
            let hit = hit.filter(|&(key, _)| {
                let at = pp.keys[key];
                let owned = pp.words[at.saturating_sub(3)..at]
                    .iter()
                    .any(|w| w.lower.ends_with("'s") || w.lower.ends_with("’s"));
                !(owned && pn.negation.is_some_and(|cue| pn.words[cue].lower == "no"))
            });
            // "If the agency wanted anyone else's files, it would just take them; it wouldn't
            // offer a deal": a denial in what would happen if denies nothing that happened.
            let hit = hit.filter(|_| {
                pn.negation.is_none_or(|cue| {
                    let modal = pn.words[cue.saturating_sub(2)..=cue].iter().any(|w| {
                        let w = w.lower.trim_end_matches("n't").trim_end_matches("n’t");
                        matches!(
                            w,
                            "would" | "could" | "should" | "might" | "wouldn" | "couldn"
                        )
                    });
                    !(modal
                        && pn.words[..cue]
                            .iter()
                            .any(|w| matches!(w.lower.as_ref(), "if" | "unless")))
                })
            });
            // "producers abroad that pay no carbon tax" denies the paying of those producers:
            // the other side must speak of them too ("the company pays $50 million in carbon
            // tax" does not).
            let hit = hit.filter(|&(_, &ni)| {
                pn.negation.is_none_or(|cue| {
                    // ("told them that …" opens what was told: "that" is a relative pronoun
                    // only after a noun.)
                    // (Nor after a name: "told Ana Ruiz that …".)
                    let after_noun = |k: usize| {
                        k > 0
                            && !pn.words[k - 1].capitalized
                            && pn.places[k - 1].is_some_and(|at| vectors::is_noun_at(at as usize))
                    };
                    let relative = (cue.saturating_sub(3)..cue).rev().find(|&k| {
                        match pn.words[k].lower.as_ref() {
                            "who" | "which" => true,
                            "that" => after_noun(k),
                            _ => false,
                        }
                    });
                    let Some(r) = relative.filter(|&r| r > 0 && r < ni) else {
                        return true;
                    };
                    // (Any word of the noun phrase before it will do: "17 villages in the
                    // upper valley that had received no aid" and "aid reached all villages".)
                    let before: Vec<Key> = pn
                        .keys
                        .iter()
                        .filter(|(_, at)| **at + 6 >= r && **at < r)
                        .map(|(key, _)| *key)
                        .collect();
                    before.is_empty() || before.iter().any(|key| pp.keys.contains_key(key))
                })
            });
            // "conditions nobody should ever have to work in", "he should not have signed it":
            // a norm, under a negation, denies no deed the other side reports done ("crews
            // had worked 20-hour shifts"). (It does oppose what is said to be fit: "families
            // should not be drinking the water" against "the water was safe to drink".)
            let hit = hit.filter(|&(key, _)| {
                pn.negation.is_none_or(|cue| {
                    let norm = pn.words[cue.saturating_sub(1)..(cue + 2).min(pn.words.len())]
                        .iter()
                        .any(|w| {
                            let w = w.lower.trim_end_matches("n't").trim_end_matches("n’t");
                            matches!(w, "should" | "shouldn" | "ought" | "must" | "mustn")
                        });
                    let at = pp.keys[key];
                    let w = pp.words[at].lower.as_ref();
                    let done = (w.ends_with("ed") || lexicon::matcher().irregular.get(w).is_some())
                        && in_the_past(pp, at);
                    !(norm && done)
                })
            });
            // "You don't win a race with rallies alone", "You are not going to win an
            // election by proposing small changes": a rule of thumb for anyone denies no
            // one's deed.
            let hit = hit.filter(|_| {
                pn.negation.is_none_or(|cue| {
                    let w = |k: usize| pn.words[k].lower.as_ref();
                    let you = |k: usize| matches!(w(k), "you" | "you're" | "you’re" | "you'll");
                    !(cue > 0 && you(cue - 1)
                        || cue > 1
                            && w(cue - 2) == "you"
                            && (lexicon::AUXILIARIES.contains(w(cue - 1))
                                || lexicon::COPULAS.contains(w(cue - 1))))
                })
            });
            // "Lee will release the files" says what is to come; "Lee is not releasing them"
            // what is not being done now: a denial opposes it only when it speaks of what is
            // to come too ("Lee won't release them").
            // (Nor "would not pay", reported speech's "will not pay".)
            let hit =
                hit.filter(|&(key, &ni)| !future(pp, pp.keys[key]) || negates_to_come(pn, ni));
            // "has no more speeches scheduled", "no longer runs the firm": what has stopped
            // now is not opposed by what was done before ("continued to deliver speeches",
            // "his speeches in 2007").
            let hit = hit.filter(|&(key, &ni)| {
                let stopped = pn.negation.is_some_and(|cue| {
                    pn.words[cue].lower == "no"
                        && pn.words.get(cue + 1).is_some_and(|w| {
                            matches!(w.lower.as_ref(), "more" | "longer" | "further")
                        })
                });
                // ("he's not backing any candidate" says what he does now, not that he never
                // "backed both McCain and Giuliani" in 2008.)
                let now = pn.negation.is_some_and(|cue| {
                    cue > 0
                        && ni == cue + 1
                        && pn.words[ni].lower.ends_with("ing")
                        && pn.words[cue].lower == "not"
                        && {
                            let be = pn.words[cue - 1].lower.as_ref();
                            matches!(be, "is" | "are" | "am")
                                || be.ends_with("'s")
                                || be.ends_with("’s")
                                || be.ends_with("'re")
                                || be.ends_with("’re")
                        }
                });
                let at = pp.keys[key];
                // (The deed's own past tense, not a perfect's participle: "he backed", not
                // "he has backed".)
                let done = {
                    let w = pp.words[at].lower.as_ref();
                    (w.ends_with("ed") || lexicon::matcher().irregular.get(w).is_some())
                        && !(at > 0 && lexicon::HAVE_BE.contains(pp.words[at - 1].lower.as_ref()))
                };
                // ("she expected no further increase this year": "further" says one came
                // before, so only another to come opposes it, not "this increase is
                // necessary".)
                let further = stopped
                    && pn.negation.is_some_and(|cue| {
                        pn.words.get(cue + 1).is_some_and(|w| w.lower == "further")
                    });
                !((stopped || now) && in_the_past(pp, at))
                    && !(now && done)
                    && (!further || future(pp, at))
            });
            // "A leopard doesn't change its spots": a negation of what any one of a kind does
            // (an indefinite subject, in the present) is a saying, no one's deed.
            let hit = hit.filter(|_| pn.negation.is_none_or(|cue| !generic(pn, cue)));
            // ("A clerk who pockets the takings is held to account" says what befalls anyone
            // who does it: no one's deed that "he hadn't been held to account" denies.)
            let hit = hit.filter(|&(key, _)| !generic_assertion(pp, pp.keys[key]));
            // "his chances of backing the levy", "praised for cycling", "she is willing to back
            // it": an act named or weighed is not asserted, and its denial opposes nothing.
            // (Unless the claim charges someone with it: "accused the mill of releasing dye".)
            let hit = hit.filter(|&(key, _)| {
                let at = pp.keys[key];
                !weighed(pp, at) || charged_deed(pos, pp, at)
            });
            // "would stop deliveries unless it was paid": a condition asserts no payment.
            let hit = hit.filter(|&(key, _)| !conditional(pp, pp.keys[key]));
            // "the U.S.-backed rebels": the last word of a compound describes the rebels; it
            // asserts no backing that "no support" would deny.
            let hit = hit.filter(|&(key, _)| {
                let w = &pp.words[pp.keys[key]];
                !(w.at > 0 && pp.text.as_bytes()[w.at - 1] == b'-' && w.lower.ends_with("ed"))
            });
            // "without closing a single branch" and "to close a deficit": one verb, done to two
            // things, is two deeds.
            // (Unless the two are one thing in other words: "the regional trade deal", "the
            // Pacific trade partnership".)
            let hit = hit.filter(|&(key, &ni)| {
                let at = pp.keys[key];
                let (x, y) = (object(pn, ni), object(pp, at));
                !one_asks(pn, ni, pp, at)
                    && (x.is_empty()
                        || y.is_empty()
                        || x.iter().any(|(k, _)| y.iter().any(|(l, _)| k == l))
                        || vectors::cosine(&meaning(pn, &x), &meaning(pp, &y)) >= SAME_THING)
            });
            // "never used his personal account to send secret files" denies a use for that
            // purpose: the other side must speak of the purpose too ("his use of a personal
            // account for routine mail" does not).
            let hit = hit.filter(|&(key, &ni)| {
                purpose(pn, ni).is_none_or(|words| {
                    pn.keys
                        .iter()
                        .any(|(k, i)| words.contains(i) && pp.keys.contains_key(k))
                        || pn.keys.get(key).is_some_and(|i| words.contains(i))
                })
            });
            // "won't vote for Lund" and "will vote for Berg": one verb done to or for two
            // named people is two deeds. (Any of the other side's uses of the word naming
            // someone may be the one denied: "working with Berg and working for Lund's party".)
            let hit = hit.filter(|&(key, &ni)| {
                let x = if deed_denied(pn, ni) {
                    named_object(pn, ni)
                } else {
                    Vec::new()
                };
                let word = &pp.words[pp.keys[key]].lower;
                let stem: String = word.chars().take(5).collect();
                let objects: Vec<Vec<&str>> = (0..pp.words.len())
                    .filter(|&k| pp.words[k].lower.starts_with(stem.as_str()))
                    .map(|k| named_object(pp, k))
                    .filter(|y| !y.is_empty())
                    .collect();
                x.is_empty()
                    || objects.is_empty()
                    || objects.iter().any(|y| y.iter().any(|w| x.contains(w)))
            });
            if let (Some((key, &ni)), Some(cue)) = (hit, pn.negation) {
                let pi = pp.keys[key];
                let aligned = align(pn, ni, pp, pi);
                // "no agreement on sharing … had ever been signed": a long subject is elided.
                // ("agreed to nothing": a negation right after the word is its own.)
                let after = (ni + 1..(ni + 3).min(pn.words.len()))
                    .take_while(|&k| !clause_break(pn.text, &pn.words, k - 1))
                    .find(|&k| lexicon::matcher().is_negation(&pn.words[k].lower));
                let negated_phrase = if let Some(k) = after.filter(|_| ni > cue) {
                    phrase(pn.text, &pn.words, ni, k + 1)
                } else if ni < cue {
                    // "the meeting never took place": the event, then its denial.
                    phrase(pn.text, &pn.words, ni, (cue + 3).min(pn.words.len()))
                } else if let Some(end) = event_predicate_end(&pn.words, ni)
                    .filter(|&end| end <= cue + 8 && denied_outright(pn, ni))
                {
                    // "no meeting had taken place": the denial with its event.
                    phrase(pn.text, &pn.words, cue, end)
                } else if let Some(v) = light_deed_denied(pn, ni) {
                    // "no such alert was received": the denial with its verb.
                    phrase(pn.text, &pn.words, cue, v + 1)
                } else if let Some(own) = (cue + 1..ni)
                    .rev()
                    .find(|&k| lexicon::matcher().is_negation(&pn.words[k].lower))
                    .filter(|_| (cue..ni).any(|k| clause_break(pn.text, &pn.words, k)))
                {
                    // The negation of the word's own sentence when the claim has two: "These
                    // are not rumours. The water is not safe" quotes "is not safe".
                    let aux = lexicon::AUXILIARIES.contains(pn.words[own - 1].lower.as_ref())
                        && !clause_break(pn.text, &pn.words, own - 1);
                    phrase(pn.text, &pn.words, own - usize::from(aux), pn.end_of(ni))
                } else if ni + 1 > cue + 8 {
                    format!(
                        "{} … {}",
                        phrase(pn.text, &pn.words, cue, cue + 4),
                        phrase(pn.text, &pn.words, ni - 3, ni + 1)
                    )
                } else {
                    // ("would not sail", "had not met": a verb's negation with the auxiliary
                    // before it; not "is no …").
                    let aux = cue > 0
                        && pn.words[cue].lower != "no"
                        && lexicon::AUXILIARIES.contains(pn.words[cue - 1].lower.as_ref())
                        && !clause_break(pn.text, &pn.words, cue - 1)
                        && ni + 1 - (cue - 1) <= 8;
                    // (A negating idiom whole: "anything but", "far from".)
                    let idiom = cue > 0 && matches!(pn.words[cue].lower.as_ref(), "but" | "from");
                    // ("no signed lease": the noun that the word after "no" describes, of
                    // one word or two, is what there is none of.)
                    let end = pn.end_of(ni);
                    let described = pn.words[cue].lower == "no" && ni == cue + 1;
                    let noun = (end..(end + 2).min(pn.words.len()))
                        .take_while(|&k| {
                            described
                                && !clause_break(pn.text, &pn.words, k - 1)
                                && !lexicon::STOPWORDS.contains(pn.words[k].lower.as_ref())
                                && crate::matcher::vectors::may_be_noun(&pn.words[k].lower)
                                && !crate::matcher::vectors::may_be_adjective(&pn.words[k].lower)
                        })
                        .count();
                    phrase(
                        pn.text,
                        &pn.words,
                        if aux || idiom { cue - 1 } else { cue },
                        end + noun,
                    )
                };
                let asserted = window_through(pp.text, &pp.words, pi, pp.end_of(pi), 3);
                let reason = format!("\"{asserted}\" vs \"{negated_phrase}\": {aligned}; negation");
                let mut weight = if pp.negation.is_some() { 0.55 } else { 0.65 };
                // "not the first detection, but the cleanest": a negation that a "but" corrects
                // qualifies the point rather than denying it.
                // ("blamed the attack on a troubled man, not on his faith": a negation after
                // a comma that sets another thing against the one said corrects it too.)
                let corrects = pn.words[cue].lower == "not"
                    && cue > 0
                    && {
                        let prev = &pn.words[cue - 1];
                        pn.text[prev.at + prev.surface.len()..pn.words[cue].at].contains(',')
                    }
                    && pn.words.get(cue + 1).is_some_and(|n| {
                        lexicon::DETERMINERS.contains(n.lower.as_ref())
                            || matches!(n.lower.as_ref(), "on" | "in" | "at" | "to" | "for" | "by")
                    });
                if corrects || pn.words[cue + 1..].iter().any(|w| w.lower == "but") {
                    weight -= 0.15;
                }
                found.push(Finding {
                    kind: ConflictKind::Negation,
                    confidence: weight + boost,
                    reason,
                });
            }
        }
    }
}

/// A word the negation governs and a word of the other side, not negated there, of which
/// one names the deed of the other ("no agreement was reached" and "the two sides agreed",
/// "did not pay" and "the payment was made"): the other side's key and the negated word's
/// place, as the shared words give them.
fn deed_in_other_words<'p>(pn: &'p Profile, pp: &'p Profile) -> Option<(&'p Key, &'p usize)> {
    pn.negated.iter().find_map(|(_, ni)| {
        let n = pn.places[*ni]? as usize;
        if pn.words[*ni].capitalized && *ni > 0 {
            return None;
        }
        pp.keys
            .iter()
            .find(|(key, at)| {
                !pp.negated.contains_key(key)
                    && pp.places[**at].is_some_and(|p| {
                        let p = p as usize;
                        vectors::names_deed_of(n, p) || vectors::names_deed_of(p, n)
                    })
            })
            .map(|(key, _)| (key, ni))
    })
}

/// The personal pronoun of the third person ("he", "she", "they") that is the subject of
/// the verb at `i`, before its auxiliaries, negation and adverbs ("they would vote", "he had
/// never backed"); `None` when another word stands there. Two different ones name different
/// people.
fn pronoun_subject<'p>(p: &'p Profile, i: usize) -> Option<&'p str> {
    let mut k = i;
    while k > 0 {
        k -= 1;
        let w = p.words[k].lower.as_ref();
        if lexicon::AUXILIARIES.contains(w)
            || lexicon::matcher().is_negation(w)
            || (w.len() > 4 && w.ends_with("ly"))
        {
            continue;
        }
        return matches!(w, "he" | "she" | "they").then_some(w);
    }
    None
}

/// Whether one of two uses of a verb takes a question ("No one knew who she was") and the
/// other a thing ("I know the family"): a question's answer is no thing named, so the two
/// are different deeds.
pub(super) fn one_asks(pn: &Profile, ni: usize, pp: &Profile, at: usize) -> bool {
    let asks = |p: &Profile, i: usize| {
        p.words.get(i + 1).is_some_and(|w| {
            matches!(
                w.lower.as_ref(),
                "who" | "what" | "where" | "whether" | "how" | "why" | "when"
            )
        })
    };
    (asks(pn, ni) && !object(pp, at).is_empty()) || (asks(pp, at) && !object(pn, ni).is_empty())
}

/// The words of a purpose after the negated word at `ni` in its clause ("never used the
/// account to send secret files": send secret files), when a negation before it denies a
/// deed: "to" and a verb within six words, then up to five words.
fn purpose(p: &Profile, ni: usize) -> Option<std::ops::Range<usize>> {
    if p.negation.is_none_or(|cue| cue >= ni) {
        return None;
    }
    let end = (ni + 7).min(p.words.len());
    let to = (ni + 1..end)
        .take_while(|&k| !clause_break(p.text, &p.words, k - 1))
        .find(|&k| {
            p.words[k].lower == "to"
                && p.words.get(k + 1).is_some_and(|v| {
                    // ("not where we need to be": "to be" names no deed.)
                    !v.capitalized
                        && v.lower != "be"
                        && vectors::may_be_verb(&v.lower)
                        && !lexicon::OBJECT_DETERMINERS.contains(v.lower.as_ref())
                })
        })?;
    Some(to + 1..(to + 6).min(p.words.len()))
}

/// Whether the negation at `cue` says what any one of a kind does not do: a present "doesn't"
/// or "can't" after a subject of "a" or "an" and at most two more words that opens its
/// clause ("A leopard doesn't change its spots", "an honest man can't …").
fn generic(p: &Profile, cue: usize) -> bool {
    let present = matches!(
        p.words[cue].lower.as_ref(),
        "doesn't" | "doesn’t" | "don't" | "don’t" | "can't" | "can’t" | "cannot"
    );
    let opens = (cue.saturating_sub(4)..cue.saturating_sub(1)).find(|&k| {
        matches!(p.words[k].lower.as_ref(), "a" | "an")
            && (k == 0 || clause_break(p.text, &p.words, k - 1))
    });
    present && opens.is_some_and(|k| (k + 1..cue).all(|w| !p.words[w].capitalized))
}

/// Whether the noun at `at` is an object of a verb negated before it in its clause, within
/// ten words and no relative clause or infinitive between: "had not given the club a
/// personal gift" (not "do not pay anyone to appear at debates").
fn object_of_negated_verb(p: &Profile, at: usize) -> bool {
    let noun = p.places[at].is_some_and(|k| vectors::is_noun_at(k as usize));
    noun && (at.saturating_sub(10)..at.saturating_sub(1)).any(|cue| {
        matches!(p.words[cue].lower.as_ref(), "not" | "never")
            && vectors::may_be_verb(&p.words[cue + 1].lower)
            && !(cue..at).any(|k| {
                clause_break(p.text, &p.words, k)
                    || matches!(
                        p.words[k + 1].lower.as_ref(),
                        "who" | "which" | "that" | "where" | "when" | "and" | "but" | "to"
                    )
            })
    })
}

/// Whether the negation before `ni` denies a state its preposition says ("is not behind
/// schedule") and the other side puts its noun in that state ("three years behind its
/// original schedule").
fn same_state(pn: &Profile, ni: usize, pp: &Profile, at: usize) -> bool {
    let Some(cue) = pn.negation.filter(|&c| c + 1 < ni && ni - c <= 3) else {
        return false;
    };
    let preposition = pn.words[cue + 1].lower.as_ref();
    let is_preposition = lexicon::STOPWORDS.contains(preposition)
        && !lexicon::DETERMINERS.contains(preposition)
        && !lexicon::AUXILIARIES.contains(preposition)
        && !lexicon::COPULAS.contains(preposition)
        && pn.words[cue.saturating_sub(1)..cue]
            .iter()
            .any(|w| lexicon::COPULAS.contains(w.lower.as_ref()));
    // (The state said of the noun: a copula before the preposition, "was at least three
    // years behind".)
    is_preposition
        && (at.saturating_sub(3)..at).any(|k| {
            pp.words[k].lower == preposition
                && pp.words[k.saturating_sub(6)..k]
                    .iter()
                    .any(|w| lexicon::COPULAS.contains(w.lower.as_ref()))
        })
}

/// Whether the word at `at` is the predicate of a claim about anyone of a kind: the claim
/// opens with an indefinite subject ("A clerk who …") and the word follows a verb in the
/// present ("is held", "are paid").
fn generic_assertion(p: &Profile, at: usize) -> bool {
    let indefinite = p.words.len() > 1
        && matches!(p.words[0].lower.as_ref(), "a" | "an")
        && !p.words[1].capitalized;
    indefinite
        && (at.saturating_sub(2)..at)
            .any(|k| matches!(p.words[k].lower.as_ref(), "is" | "are" | "gets" | "get"))
}

/// Whether the word at `at` tells of the past: a verb in the past or a past auxiliary in
/// the four words before it, a year beside it or a time gone by after it, in its clause
/// ("continued to deliver speeches", "his speeches in 2007", "closures last winter").
fn in_the_past(p: &Profile, at: usize) -> bool {
    let from = (at.saturating_sub(4)..at)
        .rev()
        .find(|&k| clause_break(p.text, &p.words, k))
        .map_or(at.saturating_sub(4), |k| k + 1);
    let to = (at..(at + 4).min(p.words.len()))
        .find(|&k| clause_break(p.text, &p.words, k))
        .map_or((at + 5).min(p.words.len()), |k| k + 1);
    let past = |w: &str| {
        matches!(w, "was" | "were" | "did" | "had") || w.ends_with("ed") && vectors::may_be_verb(w)
    };
    let year = |w: &str| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    };
    // ("two closures last winter", "a strike two years ago": a time gone by after the word.)
    let gone_by = |k: usize| {
        let w = p.words[k].lower.as_ref();
        (w == "last" && k + 1 < to) || w == "ago" || w == "yesterday"
    };
    p.words[from..at].iter().any(|w| past(&w.lower))
        || p.words[from..to].iter().any(|w| year(&w.lower))
        || (at + 1..to).any(gone_by)
}

/// Whether the word at `ni` is a deed denied: "not", "never" or an "n't" within the two
/// words before it ("hasn't worked", "won't be voting").
fn deed_denied(p: &Profile, ni: usize) -> bool {
    (ni.saturating_sub(2)..ni).any(|k| {
        let w = p.words[k].lower.as_ref();
        w == "not" || w == "never" || w.ends_with("n't")
    })
}

/// Whether the negation nearest before word `i` is "no" or "without", which open a noun
/// phrase ("no carbon tax", "without student loans").
fn under_no(p: &Profile, i: usize) -> bool {
    (0..i)
        .rev()
        .find(|&k| lexicon::matcher().is_negation(&p.words[k].lower))
        .is_some_and(|k| {
            matches!(p.words[k].lower.as_ref(), "no" | "without") && !adverbial_no(&p.words, k)
        })
}

/// The noun that the noun at `i` modifies right after it, stemmed ("carbon tax": tax;
/// "records management": management); none when the word heads its phrase or is a verb
/// ("they pay taxes").
fn modified_noun(p: &Profile, i: usize) -> Option<String> {
    let (w, next) = (&p.words[i], p.words.get(i + 1)?);
    let joined = p.glued(i);
    let noun = |k: usize| p.places[k].is_some_and(|at| vectors::is_noun_at(at as usize));
    let verbal = i > 0 && {
        let prev = p.words[i - 1].lower.as_ref();
        prev == "to"
            || lexicon::AUXILIARIES.contains(prev)
            || matches!(prev, "i" | "we" | "you" | "they" | "he" | "she" | "it")
    };
    // ("a memo warning that …", "no meeting last night": a participle or a time after
    // the noun is no noun it modifies.)
    let head = next.lower.as_ref();
    let participle = head.ends_with("ing") || head.ends_with("ed");
    (joined
        && !verbal
        && !participle
        && !is_time_word(head)
        && !next.capitalized
        && !w.lower.ends_with("'s")
        && noun(i)
        && noun(i + 1))
    .then(|| stem(head, lexicon::matcher()))
}

/// Whether the word at `i` names a thing rather than a deed: a determiner or an owner opens
/// its phrase within three words, over modifiers only ("the minimum wage", "a free and fair
/// vote", "the respondents' votes", "the governor's judicial picks").
fn named_thing(p: &Profile, i: usize) -> bool {
    // "the council approved": a past tense after its subject is a deed.
    if p.words[i].lower.ends_with("ed") {
        return false;
    }
    // "won Arnholt's backing", "the backing of the union": a gerund with its doer is the
    // deed done.
    // (Not one that describes a noun after it: "the union's working groups".)
    let gerund = p.words[i].lower.ends_with("ing")
        && p.words
            .get(i + 1)
            .is_none_or(|w| lexicon::STOPWORDS.contains(w.lower.as_ref()));
    let owner = |k: usize| {
        let word = &p.words[k];
        word.lower.ends_with("'s")
            || word.lower.ends_with('s')
                && p.text[word.at + word.surface.len()..].starts_with(['\'', '’'])
    };
    if gerund
        && i > 0
        && (owner(i - 1)
            || p.words[i - 1].lower == "the" && p.words.get(i + 1).is_some_and(|w| w.lower == "of"))
    {
        return false;
    }
    // (Adjectives joined by "and" or "or" are one step: "a free and fair vote".)
    let adjective = |k: usize| {
        let w = p.words[k].lower.as_ref();
        vectors::may_be_adjective(w) && !w.ends_with("ing") && !w.ends_with("ed")
    };
    let mut from = i.saturating_sub(3);
    let mut k = i;
    while k > from {
        k -= 1;
        let w = p.words[k].lower.as_ref();
        if matches!(w, "and" | "or") && k > 0 && k + 1 < i && adjective(k - 1) && adjective(k + 1) {
            from = from.saturating_sub(2);
            continue;
        }
        // (A plural owner's apostrophe is not part of its word: "the members’ votes".)
        let word = &p.words[k];
        let plural_owner =
            w.ends_with('s') && p.text[word.at + word.surface.len()..].starts_with(['\'', '’']);
        if lexicon::NOUN_OPENERS.contains(w) || w.ends_with("'s") || plural_owner {
            // ("has made a lot of sacrifices", "gave a warning": a light verb before the
            // phrase makes its noun the deed done.)
            return !(k >= 1 && light_verb(&p.words[k - 1].lower));
        }
        // A verb or its helpers: the word is what is done ("to vote", "will be releasing").
        // (A conjunction or a figure ends the phrase: "do an about-face and support", "an
        // additional 328 emails" is a count of what was done.)
        let verbal = w.ends_with("ing")
            || matches!(w, "and" | "or" | "but")
            || w.starts_with(|c: char| c.is_ascii_digit())
            || w.ends_with("ed")
            || lexicon::VERBAL_BEFORE.contains(w)
            || w.ends_with("n't")
            || lexicon::COPULAS.contains(w)
            || lexicon::AUXILIARIES.contains(w);
        if verbal {
            return false;
        }
    }
    false
}

/// Whether a word is a verb that carries the deed of the noun after it: the light verbs of
/// `light_verbs.txt` and the stop words among them ("made a sacrifice", "gave a warning",
/// "took a decision").
fn light_verb(w: &str) -> bool {
    lexicon::LIGHT_VERBS.contains(w)
        || matches!(
            w,
            "make"
                | "makes"
                | "made"
                | "making"
                | "give"
                | "gives"
                | "gave"
                | "given"
                | "giving"
                | "take"
                | "takes"
                | "took"
                | "taken"
                | "taking"
        )
}

/// Whether word `v` is a light verb in the passive ("was received", "had been given"): its
/// subject is the deed it carries.
fn passive_light_verb(p: &Profile, v: usize) -> bool {
    v > 0
        && light_verb(&p.words[v].lower)
        && matches!(
            p.words[v - 1].lower.as_ref(),
            "was" | "were" | "is" | "are" | "be" | "been" | "being"
        )
}

/// The passive light verb, within three words after the "no" noun at `ni`, that the claim's
/// negation denies: "no such alert was received" (the verb, "received").
fn light_deed_denied(p: &Profile, ni: usize) -> Option<usize> {
    p.denied_verb
        .filter(|&v| v > ni && v - ni <= 3 && passive_light_verb(p, v))
}

/// Whether the negated words are the other side's own, word for word, with the negation
/// taken out: "she was not at the scene" against "the minister was at the scene when the
/// shots were fired" ("was at the scene": three words or more, through the word at `ni`).
fn said_back(pn: &Profile, pp: &Profile, ni: usize) -> bool {
    let Some(cue) = pn.negation else {
        return false;
    };
    if ni <= cue || ni - cue > 5 {
        return false;
    }
    let verb = cue.checked_sub(1).filter(|&k| {
        let w = pn.words[k].lower.as_ref();
        lexicon::AUXILIARIES.contains(w) || lexicon::COPULAS.contains(w)
    });
    let said: Vec<&str> = verb
        .into_iter()
        .chain(cue + 1..=ni)
        .map(|k| pn.words[k].lower.as_ref())
        .collect();
    // Of one subject: the same word, or a pronoun on either side ("she", "the minister").
    let pronoun = |w: &str| {
        matches!(
            w,
            "he" | "she" | "it" | "they" | "i" | "we" | "you" | "his" | "her" | "their"
        )
    };
    let own = word_before(pn, verb.unwrap_or(cue + 1));
    said.len() >= 3
        && pp.words.windows(said.len()).enumerate().any(|(at, w)| {
            let theirs = word_before(pp, at);
            w.iter().zip(&said).all(|(x, y)| x.lower == *y)
                && (own.is_none_or(pronoun) || theirs.is_none_or(pronoun) || own == theirs)
        })
}

/// The word before word `at`, folded: a subject before its verb.
fn word_before<'p>(p: &'p Profile, at: usize) -> Option<&'p str> {
    at.checked_sub(1).map(|k| p.words[k].lower.as_ref())
}

/// "It was not contained.", "That has not happened": a sentence that denies a pronoun its
/// predicate, the negation right before it, says nothing but that; its predicate is what
/// is denied, of whatever the other side said it of.
fn pronoun_denied(p: &Profile, ni: usize) -> bool {
    let Some(cue) = p.negation else {
        return false;
    };
    let w = |k: usize| p.words[k].lower.as_ref();
    let verbal = |k: usize| lexicon::AUXILIARIES.contains(w(k)) || lexicon::COPULAS.contains(w(k));
    // Back from the negation over one or two auxiliaries to the pronoun.
    let mut s = cue;
    while s > 0 && cue - s < 2 && verbal(s - 1) {
        s -= 1;
    }
    let between = ni == cue + 1 || (ni == cue + 2 && w(cue + 1) == "been");
    between
        && s < cue
        && s > 0
        && matches!(w(s - 1), "it" | "this" | "that")
        && (s == 1 || clause_break(p.text, &p.words, s - 2))
        && clause_break(p.text, &p.words, ni)
}

/// Whether a "no" denies outright that the thing at `ni` was or happened: "no such meeting
/// took place", "there was no leak" (the thing ends the claim's clause; "there is no evidence
/// that …" denies only evidence of something).
fn denied_outright(p: &Profile, ni: usize) -> bool {
    let Some(cue) = p.negation else {
        return false;
    };
    let w = |k: usize| p.words[k].lower.as_ref();
    let modifiers = |from: usize| {
        (from..ni).all(|k| {
            w(k) == "such"
                || vectors::is_only_adjective(w(k))
                || lexicon::DETERMINERS.contains(w(k))
        })
    };
    if ni <= cue || ni - cue > 3 || w(cue) != "no" || !modifiers(cue + 1) {
        return false;
    }
    // (A clause of its own: "places where there are no cities" only says what places.)
    let existential = existential_there(&p.words, cue).is_some_and(|there| {
        there == 0
            || clause_break(p.text, &p.words, there - 1)
            || matches!(w(there - 1), "and" | "but")
    });
    // ("no such alert was received", "no decision was taken": a light verb in the passive,
    // whose subject is the deed it carries; not "no teacher had received the money".)
    event_denied(&p.words, ni, p.text)
        || light_deed_denied(p, ni).is_some()
        || (existential && clause_break(p.text, &p.words, ni))
}

/// Whether the claim's negation denies a verb that only says a thing came to be, so that
/// the thing itself, its object at `ni`, is denied: "has not opened an investigation", "never
/// reached a deal" deny the investigation and the deal that "is under investigation" and
/// "the deal they signed" assert.
fn coming_to_be_denied(p: &Profile, ni: usize) -> bool {
    let Some(cue) = p.negation else {
        return false;
    };
    let w = |k: usize| p.words[k].lower.as_ref();
    let lex = lexicon::matcher();
    let mut v = cue + 1;
    while v < ni && matches!(w(v), "yet" | "ever" | "even" | "been" | "have" | "be") {
        v += 1;
    }
    // (Not "make", whose object is often no thing made: "did not make the changes". And only
    // a thing not pointed at: "never opened the email" denies the opening, not the email.)
    let comes_to_be = v < ni && {
        let verb = stem(w(v), lex);
        !matches!(w(v), "make" | "makes" | "made" | "making")
            && lexicon::EXISTENCE_VERBS
                .iter()
                .any(|x| stem(x.as_str(), lex) == verb)
    };
    comes_to_be
        && ni - v <= 3
        && (v + 1..ni).all(|k| {
            matches!(w(k), "a" | "an" | "any" | "such") || vectors::is_only_adjective(w(k))
        })
}

/// Whether the negation at `cue` denies that something is the word at `ni` ("is not a
/// rescue operation", "isn't a strike", "cannot be chair", "are not donors"): a copula
/// stands by the negation and the word is no verb form.
fn copular(p: &Profile, cue: usize, ni: usize) -> bool {
    let w = |k: usize| p.words[k].lower.as_ref();
    let copula = |x: &str| lexicon::COPULAS.contains(x);
    let by_negation = matches!(w(cue), "isn't" | "aren't" | "wasn't" | "weren't")
        || (cue > 0 && copula(w(cue - 1)))
        || (cue + 1..ni).any(|k| matches!(w(k), "be" | "been"));
    // "there is no agreement" denies that one exists, which "we reached agreement" asserts.
    // (And "there had been no agreement": the thing itself, right after the "no".)
    let existential = (cue.saturating_sub(2)..cue).any(|k| w(k).starts_with("there"))
        || existential_there(&p.words, cue).is_some()
            && (cue + 1..ni).all(|k| vectors::is_only_adjective(w(k)));
    // ("the problem was not requiring a photo ID": after a noun of what something is, a
    // gerund says what; "the firm was not releasing data" is a deed in progress.)
    let what = cue >= 2
        && copula(w(cue - 1))
        && matches!(
            w(cue - 2),
            "problem" | "issue" | "question" | "point" | "goal" | "aim" | "concern" | "answer"
        );
    by_negation
        && !existential
        && ni > cue
        && ni - cue <= 4
        && (what || !w(ni).ends_with("ing"))
        && !w(ni).ends_with("ed")
        && (what || !(cue + 1..ni).any(|k| w(k).ends_with("ing")))
}

/// Whether the word at `at` is said to be what something is: a copula, "as" or a verb of
/// naming among the four words before it ("it was a rescue operation", "called it a stunt").
fn predicative(p: &Profile, at: usize) -> bool {
    p.words[at.saturating_sub(4)..at].iter().any(|x| {
        let x = x.lower.as_ref();
        lexicon::COPULAS.contains(x) || lexicon::PREDICATE_MARKERS.contains(x)
    })
}

/// Where a verb of making stands right after the negation at `cue` ("did not make the streets
/// any safer", "won't keep prices low"), when the word at `ni` is the state it brings about: an
/// adjective within six words after it.
fn causative_object(pn: &Profile, cue: usize, ni: usize) -> Option<usize> {
    let v = (cue + 1..ni.min(cue + 3)).find(|&k| {
        matches!(
            pn.words[k].lower.as_ref(),
            "make"
                | "makes"
                | "made"
                | "making"
                | "keep"
                | "keeps"
                | "kept"
                | "render"
                | "renders"
                | "rendered"
        )
    })?;
    (ni > v + 1 && ni - v <= 6 && vectors::may_be_graded_adjective(&pn.words[ni].lower, "er"))
        .then_some(v)
}

/// Whether a denial speaks of what is to come: "won't release", "will not pay", or
/// reported speech's "would not pay".
fn negates_to_come(pn: &Profile, ni: usize) -> bool {
    future(pn, ni)
        || pn.negation.is_some_and(|cue| {
            future(pn, cue + 1)
                || matches!(pn.words[cue].lower.as_ref(), "wouldn't" | "wouldn’t")
                || (cue > 0 && pn.words[cue - 1].lower == "would")
        })
}

/// Whether each side names a body or a place with "the", as its subject or after "in" ("the
/// Senate had …", "in the House"), that the other does not name at all. (Not "on the High
/// Street" against "since the M37": a street of a town and a road to it.)
fn named_apart(a: &Profile, b: &Profile) -> bool {
    let named = |p: &Profile| -> Vec<String> {
        (1..p.words.len())
            .filter(|&k| {
                p.words[k].capitalized
                    && p.words[k - 1].lower == "the"
                    && (k == 1 || p.words[k - 2].lower == "in")
            })
            .map(|k| p.words[k].lower.to_string())
            .collect()
    };
    let mentions = |p: &Profile, w: &str| p.words.iter().any(|x| x.lower == w);
    let (na, nb) = (named(a), named(b));
    na.iter().any(|w| !mentions(b, w)) && nb.iter().any(|w| !mentions(a, w))
}

/// Whether a "because" and a clause follow the negated word at `i` in its clause, and the
/// claim then asserts the deed ("not closing this plant because it is losing money; they're
/// closing it because …"): what is denied is the reason. ("No hospital will close because of
/// this budget" denies the closing.)
fn reason_denied(p: &Profile, i: usize) -> bool {
    let ws = &p.words;
    let because = (i + 1..ws.len().min(i + 7))
        .take_while(|&k| !clause_break(p.text, ws, k - 1))
        .find(|&k| ws[k].lower == "because" && ws.get(k + 1).is_some_and(|n| n.lower != "of"));
    // (Only when the claim goes on to assert the deed: "… They're closing it because …".
    // "did not go to open tender because time was short" denies the deed, for a reason.)
    let lex = lexicon::matcher();
    let deed = stem(&ws[i].lower, lex);
    because.is_some_and(|b| {
        (b + 1..ws.len()).any(|k| {
            stem(&ws[k].lower, lex) == deed
                && !ws[k.saturating_sub(3)..k]
                    .iter()
                    .any(|w| lex.is_negation(&w.lower))
        })
    })
}

/// Whether the word at `i` is what is to come: "will", "going to" or reported speech's
/// "would" before it in its clause ("hearings would be held").
fn to_come(p: &Profile, i: usize) -> bool {
    future(p, i) || aux_before(p, i, &["would"])
}

/// Whether the negated word at `ni` and the asserted one at `at` are of different times: one
/// to come and the other done ("would ask the governor" and "had received no request").
pub(super) fn times_apart(pn: &Profile, ni: usize, pp: &Profile, at: usize) -> bool {
    to_come(pp, at) && done(pn, ni) || negates_to_come(pn, ni) && done(pp, at)
}

/// Whether the word at `i` is what was done: a perfect or a past "did" before it ("had not
/// held", "has not paid", "did not close"), or an earlier time in its clause ("closed six
/// stores last year", "three years ago").
fn done(p: &Profile, i: usize) -> bool {
    const PAST: &[&str] = &[
        "had",
        "hadn't",
        "hadn’t",
        "has",
        "hasn't",
        "hasn’t",
        "have",
        "haven't",
        "haven’t",
        "did",
        "didn't",
        "didn’t",
    ];
    if aux_before(p, i, PAST) {
        return true;
    }
    let ws = &p.words;
    let mut from = i;
    while from > 0 && i - from < 8 && !clause_break(p.text, ws, from - 1) {
        from -= 1;
    }
    let mut to = i;
    while to + 1 < ws.len() && to - i < 8 && !clause_break(p.text, ws, to) {
        to += 1;
    }
    (from..=to).any(|k| {
        let w = ws[k].lower.as_ref();
        w == "ago"
            || w == "yesterday"
            || (w == "last" && ws.get(k + 1).is_some_and(|n| period_after_last(&n.lower)))
    })
}

/// Whether one of `auxiliaries` stands within three words before the word at `i` in its
/// clause ("would be held", "had not yet held").
fn aux_before(p: &Profile, i: usize, auxiliaries: &[&str]) -> bool {
    for k in (i.saturating_sub(3)..i).rev() {
        if clause_break(p.text, &p.words, k) {
            return false;
        }
        if auxiliaries.contains(&p.words[k].lower.as_ref()) {
            return true;
        }
    }
    false
}

/// Whether one of `modals` stands within three words before the word at `at` ("should also
/// pay").
fn modal_before(p: &Profile, at: usize, modals: &[&str]) -> bool {
    p.words[at.saturating_sub(3)..at]
        .iter()
        .any(|w| modals.contains(&w.lower.as_ref()))
}

/// Whether the word at `at` is the deed a charging cue ("accused", "blamed") names with a
/// gerund after the content's first preposition ("the mill of releasing dye"), or that
/// deed's object: the speaker asserts it was done.
fn charged_deed(claim: &crate::model::Claim, p: &Profile, at: usize) -> bool {
    let charging = claim
        .cue
        .as_ref()
        .is_some_and(|c| lexicon::CHARGING_VERBS.contains(c.text.to_lowercase().as_str()));
    charging
        && p.words
            .iter()
            .take(8)
            .position(|w| matches!(w.lower.as_ref(), "of" | "for" | "with"))
            .is_some_and(|k| {
                p.words.get(k + 1).is_some_and(|g| g.lower.ends_with("ing"))
                    && (k + 1..=k + 4).contains(&at)
            })
}

/// Whether the word at `at` names an act rather than asserts it: a gerund after a
/// preposition ("chances of backing", "praised for cycling") or an act after a word of
/// will or weighing within three words ("willing to back", "considering backing",
/// "trying to avoid paying").
fn weighed(p: &Profile, at: usize) -> bool {
    let w = |k: usize| p.words[k].lower.as_ref();
    // (Or the act's object: "of backing the ferry levy".)
    let gerund_after_preposition = |k: usize| {
        k > 0 && w(k).ends_with("ing") && lexicon::GERUND_PREPOSITIONS.contains(w(k - 1))
    };
    (at.saturating_sub(3)..=at).any(gerund_after_preposition)
        || (at.saturating_sub(3)..at).any(|k| lexicon::WEIGHING_WORDS.contains(w(k)))
}

/// Whether the word at `ni` lies in a subject that the negation at `cue` opens ("no country
/// can …", "not all voters are …", "neither the mayor nor …"): before the subject's first
/// auxiliary or modal, within six words.
fn in_denied_subject(p: &Profile, cue: usize, ni: usize) -> bool {
    ni > cue && denied_subject_verb(p, cue).is_some_and(|aux| ni < aux)
}

/// Whether the word at `at` lies in the predicate a "no" or "neither" subject is denied
/// ("Neither the mayor nor anyone on her staff has asked for his endorsement"): after the
/// subject's verb, in its clause. Such a word is not asserted.
fn in_denied_predicate(p: &Profile, at: usize) -> bool {
    p.negation.is_some_and(|cue| {
        denied_subject_verb(p, cue)
            .is_some_and(|aux| at > aux && !(aux..at).any(|k| clause_break(p.text, &p.words, k)))
    })
}

/// The auxiliary or modal that ends a subject the negation at `cue` opens ("no country
/// can …", "not all voters are …", "neither the mayor nor …"), within six words; none when
/// the negation opens no subject, or its verb only says the subject came to be ("no deal
/// was reached").
fn denied_subject_verb(p: &Profile, cue: usize) -> Option<usize> {
    let w = |k: usize| p.words[k].lower.as_ref();
    // ("No one knew" and "nobody knew" deny the knowing: the subject is a pronoun.)
    let opens = match w(cue) {
        "no" => p.words.get(cue + 1).is_none_or(|n| n.lower != "one"),
        "neither" => true,
        "not" => p
            .words
            .get(cue + 1)
            .is_some_and(|n| matches!(n.lower.as_ref(), "all" | "every" | "one" | "everyone")),
        _ => false,
    };
    if !opens {
        return None;
    }
    // A "no" right after a verb opens its object ("pays no tax"), not a subject.
    if cue > 0 && !p.words[cue - 1].capitalized && !matches!(w(cue - 1), "and" | "but" | "that") {
        let before = &p.text[p.words[cue - 1].at + p.words[cue - 1].surface.len()..p.words[cue].at];
        if !before.contains([',', ';', ':', '.', '"', '“']) {
            return None;
        }
    }
    // ("Neither the speaker nor anyone on his team has asked": both subjects before the verb.)
    let reach = if w(cue) == "neither" { 12 } else { 7 };
    let end = (cue + reach).min(p.words.len());
    // ("No deal was reached" denies the deal itself: its verb only says it came to be.)
    let exists = |aux: usize| {
        p.words[aux + 1..]
            .iter()
            .find(|x| !matches!(x.lower.as_ref(), "ever" | "yet" | "been" | "being"))
            .is_some_and(|x| lexicon::EXISTENCE_VERBS.contains(x.lower.as_ref()))
    };
    (cue + 1..end)
        .find(|&k| lexicon::AUXILIARIES.contains(w(k)))
        .filter(|&aux| !exists(aux))
}

/// Objects closer than this in meaning (their words as one vector) are one thing.
const SAME_THING: f64 = 0.6;

/// The object a determiner opens right after word `i` (or after "of" after it), up to three
/// words, or a plural noun right after it: its topic keys with their word index ("closing a
/// single branch": single, branch; "keep statistics": statistics; "the closure of the
/// plant": plant); none when neither follows.
fn object(p: &Profile, i: usize) -> Vec<(Key, usize)> {
    // ("no closure of the canteen": a deed's noun takes its object after "of".)
    let i = if p.words.get(i + 1).is_some_and(|w| w.lower == "of") {
        i + 1
    } else {
        i
    };
    // ("sent by first-class mail, the first in 2021": a comma ends the phrase; what follows
    // is no object.)
    if p.gap_after(i).is_some_and(|g| g.contains([',', ';', ':'])) {
        return Vec::new();
    }
    let opens = p
        .words
        .get(i + 1)
        .is_some_and(|w| lexicon::OBJECT_DETERMINERS.contains(w.lower.as_ref()));
    if opens {
        return p
            .keys
            .iter()
            .filter(|&(_, &k)| k > i + 1 && k <= i + 4)
            .map(|(key, &k)| (*key, k))
            .collect();
    }
    // ("keep statistics": a plural noun right after the verb is its object too.)
    let bare = p.words.get(i + 1).is_some_and(|w| {
        !w.capitalized
            && w.lower.ends_with('s')
            && p.places[i + 1].is_some_and(|at| vectors::is_noun_at(at as usize))
    });
    if !bare {
        return Vec::new();
    }
    p.keys
        .iter()
        .filter(|&(_, &k)| k == i + 1)
        .map(|(key, &k)| (*key, k))
        .collect()
}

/// The name a verb at `i` is done to or for, right after it or a preposition ("vote for
/// Lund", "working for Berg's party", "endorse Ana Ruiz"): its capitalised words, folded,
/// without the possessive; none when no name follows.
fn named_object<'p>(p: &'p Profile, i: usize) -> Vec<&'p str> {
    let mut j = i + 1;
    if p.words
        .get(j)
        .is_some_and(|w| lexicon::OBJECT_PREPOSITIONS.contains(w.lower.as_ref()))
    {
        j += 1;
    }
    p.words
        .iter()
        .skip(j)
        .take(3)
        .take_while(|w| w.capitalized && !lexicon::CALENDAR.contains(w.lower.as_ref()))
        .map(|w| lexicon::without_possessive(&w.lower))
        .collect()
}

/// Words of a claim as one vector.
fn meaning(p: &Profile, words: &[(Key, usize)]) -> [f32; vectors::DIMS] {
    vectors::mean_of(
        words
            .iter()
            .filter_map(|&(_, k)| p.places[k])
            .map(|k| k as usize),
    )
}

/// Whether the word is the record in "no record of …", "no evidence that …".
fn record_of_what_follows(p: &Profile, at: usize) -> bool {
    at > 0
        && p.words[at - 1].lower == "no"
        && matches!(
            p.words[at].lower.as_ref(),
            "record" | "records" | "trace" | "evidence" | "proof" | "sign"
        )
        && p.words
            .get(at + 1)
            .is_some_and(|w| matches!(w.lower.as_ref(), "of" | "that"))
}

/// Whether a subject that is no one ("nobody", "no one", "none of them") stands before word
/// `at` in its clause: what it does is not asserted ("Nobody on this committee wants to see a
/// single hospital close").
fn nobody_before(p: &Profile, at: usize) -> bool {
    (0..at)
        .rev()
        .take_while(|&k| !clause_break(p.text, &p.words, k))
        .any(|k| {
            let w = p.words[k].lower.as_ref();
            matches!(w, "nobody" | "none")
                || (w == "no" && p.words.get(k + 1).is_some_and(|n| n.lower == "one"))
        })
}
