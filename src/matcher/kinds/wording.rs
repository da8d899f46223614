//! The words of a reason: a few words around each side's expression, never a fragment cut
//! mid-phrase or run into the next sentence.

use crate::matcher::profile::Profile;
use crate::matcher::words::Word;

/// The first `max` words of a claim (or up to three more or fewer, to end on a word of
/// meaning), quoted.
pub(in crate::matcher) fn quote_snippet(p: &Profile, max: usize) -> String {
    let lower: Vec<&str> = p.words.iter().map(|w| w.lower.as_ref()).collect();
    let keep = words_to_keep(&lower, max);
    let text: Vec<&str> = p.words.iter().take(keep).map(|w| w.surface).collect();
    let more = if p.words.len() > keep { " …" } else { "" };
    format!("\"{}{}\"", text.join(" "), more)
}

/// How many of `words` (lower case) a quotation of about `n` words keeps: `n`, or up to three
/// more to reach the end of a phrase ("with the federal government", not "with the federal
/// …"), or else up to three fewer, never ending on a function word or on an adjective
/// without its noun.
pub(in crate::matcher) fn words_to_keep(words: &[&str], n: usize) -> usize {
    if words.len() <= n {
        return words.len();
    }
    // (Whether a quotation of `kept` words would end open.)
    let open = |kept: usize| {
        let w = words[kept - 1].trim_matches(|ch: char| !ch.is_alphanumeric());
        crate::lexicon::STOPWORDS.contains(w) || crate::matcher::vectors::is_only_adjective(w)
    };
    let mut c = n;
    while c < words.len().min(n + 3) && open(c) {
        c += 1;
    }
    if !open(c) {
        return c;
    }
    c = n;
    while c > n.saturating_sub(3).max(1) && open(c) {
        c -= 1;
    }
    c
}

/// "contract ≈ agreement" when synonyms align ("implemented ≈ carried out" when a phrase
/// does), else the shared word.
pub(in crate::matcher) fn align(pn: &Profile, ni: usize, pp: &Profile, pi: usize) -> String {
    let said = |p: &Profile, i: usize| {
        if p.end_of(i) > i + 1 {
            p.said_at(i).to_lowercase()
        } else {
            p.words[i].lower.to_string()
        }
    };
    let (a, b) = (said(pp, pi), said(pn, ni));
    if a == b {
        a.to_string()
    } else {
        format!("{a} ≈ {b}")
    }
}

/// The text of the words from `from` to `to` (exclusive, at most eight) of `text`, the text
/// `ws` were read from, as written ("D.C.", "Mr. Lund's"), spaces collapsed.
pub(in crate::matcher) fn phrase(text: &str, ws: &[Word], from: usize, to: usize) -> String {
    phrase_of_at_most(text, ws, from, to, 8)
}

/// [`phrase`] of at most `max` words: a whole noun phrase a reason quotes ("the number did
/// not come from any State Department analysis").
pub(in crate::matcher) fn phrase_of_at_most(
    text: &str,
    ws: &[Word],
    from: usize,
    to: usize,
    max: usize,
) -> String {
    let to = to.min(ws.len()).min(from + max);
    if from >= to {
        return String::new();
    }
    let span = text
        .get(ws[from].at..ws[to - 1].at + ws[to - 1].surface.len())
        .unwrap_or_default();
    let span = span.trim_end_matches([',', ';', ':', '(', '—', '–']);
    span.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A few words around word `i`, within its sentence and clause: never a fragment that runs
/// into the next sentence ("the plant closed. Workers").
pub(in crate::matcher) fn window(text: &str, ws: &[Word], i: usize, radius: usize) -> String {
    window_through(text, ws, i, i + 1, radius)
}

/// [`window`] around the words from `i` to `end` (exclusive), kept whole: a phrase
/// ("stepped down") is not cut after its first word.
pub(in crate::matcher) fn window_through(
    text: &str,
    ws: &[Word],
    i: usize,
    end: usize,
    radius: usize,
) -> String {
    let mut from = i;
    while from > 0 && i - from < radius && !clause_break(text, ws, from - 1) {
        from -= 1;
    }
    let mut to = i + 1;
    while to < ws.len() && to - i <= radius && !clause_break(text, ws, to - 1) {
        to += 1;
    }
    to = to.max(end.min(ws.len()));
    // A window ends on a word that carries meaning ("the ferry is short of crew", not "… of
    // crew, the") and starts on no word that joins it to what came before ("make the harbour
    // pay", not "and make the harbour pay"): either is a phrase cut short.
    let function = |k: usize| crate::lexicon::STOPWORDS.contains(ws[k].lower.as_ref());
    let to_at_least = end.max(i + 1);
    while to - 1 > i && to > to_at_least && function(to - 1) {
        to -= 1;
    }
    // Nor on an adjective without its noun ("did not ban legal parking", not "… legal").
    let mut extra = 0;
    while extra < 2
        && to < ws.len()
        && !clause_break(text, ws, to - 1)
        && (crate::matcher::vectors::is_only_adjective(&ws[to - 1].lower)
            // ("for the new stadium": an adjective after a determiner, its noun next.)
            || (to >= 2
                && crate::lexicon::DETERMINERS.contains(ws[to - 2].lower.as_ref())
                && crate::matcher::vectors::may_be_adjective(&ws[to - 1].lower)
                && crate::matcher::vectors::may_be_noun(&ws[to].lower)
                && !crate::matcher::vectors::may_be_adjective(&ws[to].lower)))
        && !function(to)
    {
        to += 1;
        extra += 1;
    }
    // Nor on a word or two after a comma past the expression ("was safe to drink, days"):
    // the window ends at the comma.
    let comma_after = |k: usize| {
        text.get(ws[k].at + ws[k].surface.len()..ws[k + 1].at)
            .is_some_and(|gap| gap.contains(','))
    };
    if let Some(k) = (end.max(i + 1).saturating_sub(1)..to - 1).find(|&k| comma_after(k))
        && to - (k + 1) <= 2
    {
        to = k + 1;
    }
    let joins = |k: usize| crate::lexicon::JOINING_WORDS.contains(ws[k].lower.as_ref());
    while from < i && joins(from) {
        from += 1;
    }
    // Nor on a word inside a phrase ("Monday were largely sent", of "the emails released
    // Monday were …"): it starts a little earlier where that phrase does, or else at the
    // verb after it.
    if !starts_phrase(text, ws, from) {
        let earlier = (from.saturating_sub(3)..from)
            .rev()
            .take_while(|&k| !clause_break(text, ws, k) && !joins(k))
            .find(|&k| starts_phrase(text, ws, k))
            .filter(|&k| to - k <= 8)
            .map(|k| {
                let determiner = k > 0
                    && to - k < 8
                    && !clause_break(text, ws, k - 1)
                    && crate::lexicon::DETERMINERS.contains(ws[k - 1].lower.as_ref())
                    && ws[k - 1].surface != "that";
                k - usize::from(determiner)
            });
        // (Inside a name, the rest of the name: "Ana Ruiz had met", not "had met".)
        let in_name = ws[from].capitalized && ws.get(from + 1).is_some_and(|w| w.capitalized);
        let verb = || {
            (from..i).filter(|_| !in_name).find(|&k| {
                let w = ws[k].lower.as_ref();
                crate::lexicon::AUXILIARIES.contains(w) || crate::lexicon::COPULAS.contains(w)
            })
        };
        if let Some(k) = earlier.or_else(verb) {
            from = k;
        }
    }
    // Nor does it start on a figure's unit without its number ("18 percent figure", not
    // "percent figure").
    let number = |k: usize| {
        ws[k]
            .surface
            .starts_with(|c: char| c.is_ascii_digit() || "$€£".contains(c))
    };
    let unit = |k: usize| {
        let w = ws[k].lower.as_ref();
        crate::lexicon::MEASURES.contains(w)
            || crate::lexicon::MEASURES.contains(w.trim_end_matches('s'))
            || matches!(w, "million" | "billion" | "trillion" | "thousand")
    };
    if from > 0 && from < i && unit(from) && !clause_break(text, ws, from - 1) && number(from - 1) {
        from -= 1;
    }
    // Words written as one ("D.C.", "S-400s") are not cut apart.
    let glued = |k: usize| {
        text.get(ws[k].at + ws[k].surface.len()..ws[k + 1].at)
            .is_some_and(|gap| !gap.chars().any(char::is_whitespace))
    };
    while from > 0 && glued(from - 1) {
        from -= 1;
    }
    while to < ws.len() && glued(to - 1) {
        to += 1;
    }
    // A phrase with its determiner: "the new ferry contract", not "new ferry contract" (nor
    // "that" when it opens a clause: "said that prices rose").
    if from > 0
        && from < i
        && to - from < 8
        && !clause_break(text, ws, from - 1)
        && crate::lexicon::DETERMINERS.contains(ws[from - 1].lower.as_ref())
        && ws[from - 1].surface != "that"
    {
        from -= 1;
    }
    // A subject's prepositional phrase is not the subject: "its lease with the federal
    // government had been signed" reads "its lease … had been signed", not "the federal
    // government had been signed".
    if let Some(head) = head_before_preposition(text, ws, from, i, to) {
        return head;
    }
    phrase(text, ws, from, to)
}

/// When a window opens on the object of a preposition inside a subject ("the federal
/// government" of "its lease with the federal government had been signed") and goes on to the
/// subject's auxiliary, the subject's head and the window from that auxiliary, elided between:
/// "its lease … had been signed".
fn head_before_preposition(
    text: &str,
    ws: &[Word],
    from: usize,
    i: usize,
    to: usize,
) -> Option<String> {
    if from < 2 || clause_break(text, ws, from - 1) || clause_break(text, ws, from - 2) {
        return None;
    }
    if !matches!(
        ws[from - 1].lower.as_ref(),
        "with" | "of" | "for" | "on" | "at" | "in" | "from" | "by"
    ) {
        return None;
    }
    let verb = (from + 1..=i).find(|&k| {
        let w = ws[k].lower.as_ref();
        crate::lexicon::AUXILIARIES.contains(w) || crate::lexicon::COPULAS.contains(w)
    })?;
    // The head: from where its phrase starts to the preposition, at most four words.
    let start = (from.saturating_sub(5)..from - 1)
        .rev()
        .take_while(|&k| !clause_break(text, ws, k))
        .find(|&k| crate::lexicon::DETERMINERS.contains(ws[k].lower.as_ref()))?;
    if start + 4 < from - 1 || ws[start].lower == "that" {
        return None;
    }
    Some(format!(
        "{} … {}",
        phrase(text, ws, start, from - 1),
        phrase(text, ws, verb, to)
    ))
}

/// Whether a phrase may start at word `k`: at a sentence's or clause's start, after a comma,
/// a quotation mark or a conjunction, at a determiner, a pronoun or a word that opens a
/// clause ("before she left"), or at a word of meaning after a function word ("that Lund had
/// …"). Not at a word of meaning after another ("Monday were …" after "released").
fn starts_phrase(text: &str, ws: &[Word], k: usize) -> bool {
    let opens = |w: &str| {
        crate::lexicon::DETERMINERS.contains(w)
            || crate::lexicon::SUBJECT_PRONOUNS.contains(w)
            || crate::lexicon::CITED_CLAUSE_BREAKS.contains(w)
    };
    let w = ws[k].lower.as_ref();
    if k == 0 || clause_break(text, ws, k - 1) || opens(w) {
        return true;
    }
    let prev = ws[k - 1].lower.as_ref();
    let gap = text
        .get(ws[k - 1].at + ws[k - 1].surface.len()..ws[k].at)
        .unwrap_or_default();
    gap.contains([',', '"', '“', '”', '‘', '’', '\''])
        || matches!(prev, "and" | "or" | "but" | "nor")
        || (crate::lexicon::STOPWORDS.contains(prev) && !crate::lexicon::STOPWORDS.contains(w))
}

/// The places of up to `n` words before word `at`, nearest first, while no clause ends
/// between them and it.
pub(in crate::matcher) fn clause_back<'a>(
    text: &'a str,
    ws: &'a [Word],
    at: usize,
    n: usize,
) -> impl Iterator<Item = usize> + 'a {
    (at.saturating_sub(n)..at)
        .rev()
        .take_while(move |&k| !clause_break(text, ws, k))
}

/// The places of up to `n` words from word `from` on, while no clause ends before them.
pub(in crate::matcher) fn clause_on<'a>(
    text: &'a str,
    ws: &'a [Word],
    from: usize,
    n: usize,
) -> impl Iterator<Item = usize> + 'a {
    (from..ws.len().min(from + n)).take_while(move |&k| k == from || !clause_break(text, ws, k - 1))
}

/// Whether a sentence or clause ends between word `k` and the next: a full stop (not after an
/// initial or a short title, "D.C.", "Mr."), a question or exclamation mark, a semicolon, a
/// colon, a dash, a bracket.
pub(in crate::matcher) fn clause_break(text: &str, ws: &[Word], k: usize) -> bool {
    let Some(next) = ws.get(k + 1) else {
        return true;
    };
    let end = ws[k].at + ws[k].surface.len();
    let gap = text.get(end..next.at).unwrap_or(" ");
    let abbreviation = ws[k].capitalized && ws[k].surface.chars().count() <= 3;
    gap.contains(['?', '!', ';', ':', '—', '–', '(', ')'])
        || (gap.contains('.') && !abbreviation && gap.chars().any(char::is_whitespace))
}

/// Where "there" opens the existential clause whose "no" stands at `cue`: "there was no leak",
/// "there had been no agreement" (only forms of "be" and "have" between, at most three: not
/// what may be, "there would be no deal").
pub(in crate::matcher) fn existential_there(ws: &[Word], cue: usize) -> Option<usize> {
    let verb = |w: &Word| {
        let w = w.lower.as_ref();
        crate::lexicon::HAVE_BE.contains(w) || matches!(w, "be" | "been")
    };
    let start = cue.saturating_sub(4);
    (start..cue)
        .rev()
        .take_while(|&k| ws[k].lower == "there" || verb(&ws[k]))
        .find(|&k| ws[k].lower == "there")
        .filter(|&k| k + 1 < cue)
}

/// The stretch of time the clause of word `at` speaks of, folded, when it names one: "since
/// 2022", "in the past 12 months" ("past 12 month"), "last year" ("past year"), "this
/// year", "in 2019". Two sides that name different stretches speak of different times.
pub(in crate::matcher) fn time_scope(text: &str, ws: &[Word], at: usize) -> Option<String> {
    let (from, to) = clause_around(text, ws, at);
    let unit = |k: usize| {
        ws.get(k).and_then(|w| {
            let u = w.lower.trim_end_matches('s');
            matches!(u, "year" | "month" | "week" | "day" | "decade" | "quarter").then_some(u)
        })
    };
    (from..to).find_map(|k| {
        let next = ws.get(k + 1)?;
        match ws[k].lower.as_ref() {
            "since" => Some(format!("since {}", next.lower)),
            "past" | "last" => match unit(k + 1) {
                Some(u) => Some(format!("past {u}")),
                None => unit(k + 2).map(|u| format!("past {} {u}", next.lower)),
            },
            "this" => unit(k + 1).map(|u| format!("this {u}")),
            "in" | "during" if is_year(next) => Some(next.lower.to_string()),
            _ => None,
        }
    })
}

/// The words within eight of word `at` in its clause, as `from..=to`.
pub(in crate::matcher) fn clause_around(text: &str, ws: &[Word], at: usize) -> (usize, usize) {
    let mut from = at;
    while from > 0 && at - from < 8 && !clause_break(text, ws, from - 1) {
        from -= 1;
    }
    let mut to = at;
    while to + 1 < ws.len() && to - at < 8 && !clause_break(text, ws, to) {
        to += 1;
    }
    (from, to)
}

/// Whether a word is a year: four digits from 1000 to 2999 ("2015").
pub(in crate::matcher) fn is_year(w: &Word) -> bool {
    w.surface.len() == 4
        && w.surface.bytes().all(|b| b.is_ascii_digit())
        && matches!(w.surface.as_bytes()[0], b'1' | b'2')
}

/// Whether a word names a period "last" dates: "last year", "last week", "last summer".
pub(in crate::matcher) fn period_after_last(w: &str) -> bool {
    matches!(
        w,
        "year" | "month" | "week" | "spring" | "summer" | "autumn" | "fall" | "winter"
    )
}

#[cfg(test)]
mod tests {
    use super::{phrase, window, words_to_keep};
    use crate::matcher::words::words;

    /// The window of `radius` around the first word `at` of `text`.
    fn window_at(text: &str, at: &str, radius: usize) -> String {
        let ws = words(text);
        let i = ws.iter().position(|x| x.surface == at).unwrap();
        window(text, &ws, i, radius)
    }

    #[test]
    fn reasons_quote_whole_words_within_one_sentence() {
        let text = "The deal was signed in Washington, D.C. by Mr. Lund. Workers left early.";
        let ws = words(text);
        let at = |w: &str| ws.iter().position(|x| x.surface == w).unwrap();
        // As written, abbreviations kept; the window stops at the sentence's end.
        assert_eq!(window(text, &ws, at("Lund"), 3), "D.C. by Mr. Lund");
        assert_eq!(window(text, &ws, at("Workers"), 3), "Workers left early");
        assert_eq!(
            phrase(text, &ws, at("signed"), at("Washington") + 1),
            "signed in Washington"
        );
    }

    #[test]
    fn a_window_neither_ends_on_a_function_word_nor_starts_on_a_joining_one() {
        let text = "and make the harbour pay for it, the mayor said";
        assert_eq!(window_at(text, "pay", 3), "make the harbour pay");
    }

    #[test]
    fn a_window_takes_the_noun_of_an_adjective_after_a_determiner() {
        // "new" is an adjective and an adverb: after "the", with a noun next, it is the
        // noun's. Not "a hearing last": the word after is an adjective too.
        let text = "the city will pay for the new stadium next year";
        assert_eq!(
            window_at(text, "pay", 3),
            "the city will pay for the new stadium"
        );
        let text = "those statements were wrong during a hearing last week";
        assert_eq!(
            window_at(text, "wrong", 3),
            "those statements were wrong during a hearing"
        );
    }

    #[test]
    fn a_window_does_not_end_on_an_adjective_without_its_noun() {
        let text = "the council did not ban legal parking on the bridge";
        assert_eq!(
            window_at(text, "not", 2),
            "the council did not ban legal parking"
        );
        // "was legal" says all it means: no "and" after it.
        let text = "the plan was legal and had been checked";
        assert_eq!(window_at(text, "was", 1), "the plan was legal");
    }

    #[test]
    fn a_window_starts_where_a_phrase_does() {
        // Not "Friday were mostly lost": the phrase that "Friday" ends starts at "the".
        let text = "he said the letters posted Friday were mostly lost";
        assert_eq!(
            window_at(text, "lost", 3),
            "the letters posted Friday were mostly lost"
        );
        // A name with its title; not "Ana Ruiz", nor "had met the envoy".
        let text = "officials said Deputy Mayor Ana Ruiz had met the envoy";
        assert_eq!(
            window_at(text, "met", 3),
            "Deputy Mayor Ana Ruiz had met the envoy"
        );
    }

    #[test]
    fn a_window_ends_at_a_comma_a_word_or_two_past_the_expression() {
        let text = "he said the pier was safe to use, days before the storm";
        assert_eq!(window_at(text, "safe", 3), "the pier was safe to use");
    }

    #[test]
    fn a_window_elides_a_subject_s_prepositional_phrase() {
        // Not "the committee was wrong": the report was.
        let text = "he said the report of the committee was wrong";
        assert_eq!(window_at(text, "wrong", 3), "the report … was wrong");
    }

    #[test]
    fn a_quotation_cut_short_ends_on_a_word_of_meaning() {
        let words = [
            "its", "lease", "with", "the", "port", "had", "been", "signed", "in", "may",
        ];
        // Not "its lease with the …": on to the noun; not "… the port had …": on to the
        // verb.
        assert_eq!(words_to_keep(&words, 4), 5);
        assert_eq!(words_to_keep(&words, 6), 8);
        // Not "… been signed in …" when the phrase ends too far off: back to the verb.
        assert_eq!(words_to_keep(&words[..10], 9), 8);
        assert_eq!(words_to_keep(&words[..3], 6), 3);
    }

    #[test]
    fn a_window_keeps_a_figure_with_its_unit() {
        let text = "the union's 40 percent figure was misleading";
        assert_eq!(
            window_at(text, "misleading", 3),
            "the union's 40 percent figure was misleading"
        );
        // A year before a phrase is no unit's number.
        let text = "in late 2019 before she opened her shop";
        assert_eq!(window_at(text, "opened", 2), "before she opened her shop");
    }
}
