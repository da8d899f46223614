//! Whether a word of a claim asserts anything: not when a modal ("could", "would"), a report
//! ("reportedly", "allegedly") or a condition ("if") stands near it.

use super::wording::clause_break;
use crate::matcher::keys::Key;
use crate::matcher::profile::Profile;
use crate::matcher::words::Word;

/// Topic keys within six words of word `i`, other than its own.
pub(in crate::matcher) fn near_keys<'p>(
    p: &'p Profile<'_>,
    i: usize,
) -> impl Iterator<Item = Key> + 'p {
    p.keys
        .iter()
        .filter(move |(_, k)| **k != i && k.abs_diff(i) <= 6)
        .map(|(key, _)| *key)
}

/// Word `i` sits in a report the speaker relays rather than asserts: "reports that a deal
/// had been concluded were premature".
pub(in crate::matcher) fn reported_near(p: &Profile, i: usize) -> bool {
    let from = i.saturating_sub(5);
    p.words[from..i].windows(2).any(|w| {
        w[1].lower == "that" && crate::lexicon::REPORTED_WORDS.contains(w[0].lower.as_ref())
    })
}

/// Word `i` is in a condition: "if", "unless" or "without it" a few words before it ("without
/// it the fund would run a deficit").
pub(in crate::matcher) fn conditional(p: &Profile, i: usize) -> bool {
    let before = &p.words[i.saturating_sub(10)..i];
    before
        .iter()
        .any(|w| matches!(w.lower.as_ref(), "if" | "unless"))
        || before.windows(2).any(|w| {
            w[0].lower == "without" && matches!(w[1].lower.as_ref(), "it" | "this" | "that")
        })
}

/// Word `i` is in a clause that a negated verb before it governs: "he cannot name a single
/// instance when his father had given such a gift", "she does not recall that the board
/// voted": the clause is what the speaker cannot say, not what happened. (Not after a
/// denial denied: "I don't dispute that …" asserts it.)
pub(in crate::matcher) fn under_denied_clause(p: &Profile, i: usize) -> bool {
    let Some(opener) = (i.saturating_sub(8)..i).rev().find(|&k| {
        matches!(
            p.words[k].lower.as_ref(),
            "when" | "that" | "where" | "whether"
        )
    }) else {
        return false;
    };
    let before = &p.words[opener.saturating_sub(7)..opener];
    // ("I don't dispute that the bridges need work", "no one denies that …": a denial
    // denied asserts the clause.)
    let denial = before.iter().any(|w| {
        crate::lexicon::attribution()
            .verb(w.lower.as_ref())
            .is_some_and(|v| v.class == crate::lexicon::VerbClass::Deny)
            || w.lower.starts_with("doubt")
    });
    !denial
        && before.iter().any(|w| {
            let w = w.lower.as_ref();
            matches!(w, "not" | "never" | "cannot") || w.ends_with("n't") || w.ends_with("n’t")
        })
}

/// Word `i` is in what a claim assumes: "assuming", "supposing" or "provided" a few words
/// before it ("corporate taxes should be near zero, assuming that shareholders then pay
/// more").
pub(in crate::matcher) fn assumed(p: &Profile, i: usize) -> bool {
    p.words[i.saturating_sub(10)..i]
        .iter()
        .any(|w| matches!(w.lower.as_ref(), "assuming" | "supposing" | "provided"))
}

/// A modal or conditional before word `i` in its clause, or within three words after it
/// ("would", "could", "if", "rather"): "one might expect the debates to matter" asserts no
/// mattering, "he would rather win" no winning.
pub(in crate::matcher) fn modal_near(p: &Profile, i: usize) -> bool {
    // ("commissioned in May" is a month.)
    let modal = |w: &Word| {
        crate::lexicon::MODAL_WORDS.contains(w.lower.as_ref())
            && !(w.capitalized && w.lower == "may")
    };
    let mut before = false;
    for k in (i.saturating_sub(8)..i).rev() {
        if clause_break(p.text, &p.words, k)
            || p.text[p.words[k].at..p.words[k + 1].at].contains(',')
        {
            break;
        }
        if modal(&p.words[k]) {
            before = true;
            break;
        }
    }
    // (Not past a conjunction: "was unsafe and should be closed" says it is unsafe.)
    let after = p.words[i..(i + 4).min(p.words.len())]
        .iter()
        .take_while(|w| !matches!(w.lower.as_ref(), "and" | "but" | "or"))
        .any(modal);
    let hedge = before || after;
    // "would" is often reported speech's "will" ("said the ferry would resume"); it marks a
    // hypothetical when the word is its subject ("the deal would remove tariffs").
    hedge || p.words.get(i + 1).is_some_and(|w| w.lower == "would")
}

/// Word `i` is what will be: "will", "shall", "'ll" or "going to" before it in its clause
/// ("Lee will be releasing the files", "we are going to release them").
pub(in crate::matcher) fn future(p: &Profile, i: usize) -> bool {
    for k in (i.saturating_sub(6)..i).rev() {
        if clause_break(p.text, &p.words, k) {
            return false;
        }
        let w = p.words[k].lower.as_ref();
        let going_to = w == "going" && p.words.get(k + 1).is_some_and(|n| n.lower == "to");
        if going_to
            || matches!(w, "will" | "shall" | "won't" | "won’t")
            || w.ends_with("'ll")
            || w.ends_with("’ll")
        {
            return true;
        }
    }
    false
}
