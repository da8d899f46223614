//! Quotations with no verb of saying: signed with a dash (`"…" ― Ana Ruiz`), introduced by
//! their speaker and a colon (`Ruiz continued: "…"`, `Marlow: The harbour tax …` at a line's start).

use std::ops::Range;

use crate::document::TokenKind;
use crate::lexicon::{self, AttributionLexicon};

use super::{Attribution, Body, CueRule, Hit, HitKind, Made, Marks, Scan, Site, SpeakerAt};
use crate::parser::text::Words;

use super::grammar::{np_right, opens_with_subject};

/// Attributions without a reporting verb: a quotation signed with a dash (`"…" ― Ana Ruiz`)
/// and a quotation introduced by a colon after its speaker (`Ruiz continued: "…"`).
fn dash_or_colon(
    words: &Words,
    sentence: Range<usize>,
    marks: &Marks,
    lex: &AttributionLexicon,
) -> Option<Hit> {
    if let Some(close) = marks.close_quote {
        let mut k = close + 1;
        while k < sentence.end && matches!(words.text(k), "," | ".") {
            k += 1;
        }
        if k + 1 < sentence.end
            && matches!(words.text(k), "―" | "—" | "–" | "-")
            && words.is_capitalized(k + 1)
        {
            let name = np_right(words, k + 1, sentence.end);
            if name.end > name.start {
                return Some(Hit {
                    range: k..k + 1,
                    kind: HitKind::Signed { name },
                });
            }
        }
    }
    colon_speaker(words, sentence, marks, lex)
}

/// A speaker and a colon that introduce what follows: a quotation (`Ruiz continued: "…"`)
/// or, at a line's start, a statement (`Marlow: The harbour tax …`).
pub(super) fn colon_speaker(
    words: &Words,
    sentence: Range<usize>,
    marks: &Marks,
    lex: &AttributionLexicon,
) -> Option<Hit> {
    let colon = marks.colon?;
    // "Clinton: “…”", "- Philip Bump: “…”", "pollster Daron Shaw: “…”": a name and a colon
    // introduce the quotation, transcript style.
    if colon + 1 < sentence.end && words.kind(colon + 1) == TokenKind::OpenQuote {
        let mut end = colon;
        if end > sentence.start
            && words.text(end - 1) == ")"
            && let Some(open) = (sentence.start..end - 1)
                .rev()
                .take(12)
                .find(|&k| words.text(k) == "(")
        {
            end = open;
        }
        let mut start = end;
        while start > sentence.start && start + 5 > end && words.is_capitalized(start - 1) {
            start -= 1;
        }
        let before_ok = start == sentence.start
            || matches!(words.text(start - 1), "-" | "—" | "–" | ":" | "." | "(")
            || lex.roles().contains_key(words.lower(start - 1));
        let name = start..end;
        if !name.is_empty() && before_ok && !lex.is_verb(words.lower(start)) {
            return Some(Hit {
                range: colon..colon + 1,
                kind: HitKind::Signed { name },
            });
        }
    }
    if let Some(name) = line_speaker(words, sentence.clone(), colon, lex) {
        return Some(Hit {
            range: colon..colon + 1,
            kind: HitKind::Signed { name },
        });
    }
    let inverted = lex.is_verb(words.lower(sentence.start));
    if colon + 1 < sentence.end
        && words.kind(colon + 1) == TokenKind::OpenQuote
        && (inverted || opens_with_subject(words, sentence.start))
    {
        // "Said Ellis: …": an inverted verb, then the speaker.
        if inverted && sentence.start + 1 < colon {
            let name = sentence.start + 1..colon;
            if words.is_capitalized(name.start) && name.len() <= 6 {
                return Some(Hit {
                    range: colon..colon + 1,
                    kind: HitKind::Signed { name },
                });
            }
        }
        // The speaker opens the clause: "Limbaugh continued:", "The senator added:".
        let mut e = sentence.start;
        while e < colon
            && words.is_word(e)
            && (words.is_capitalized(e)
                || lexicon::DETERMINERS.contains(words.lower(e))
                || lex.roles().contains_key(words.lower(e))
                || (e > sentence.start && words.lower(e) == "of"))
        {
            e += 1;
        }
        let subject = sentence.start..e;
        let verb_words = (e..colon).filter(|&i| words.is_word(i)).count();
        if !subject.is_empty() && e < colon && (1..=10).contains(&verb_words) {
            return Some(Hit {
                range: colon..colon + 1,
                kind: HitKind::Signed { name: subject },
            });
        }
    }
    None
}

/// The speaker that opens a line with a colon, headline or transcript style: "Marlow: The
/// harbour tax will not rise", "ROSA DELANEY: Will the tax rise?". A name of one to four
/// capitalised words that is a name (not "Update:", "Note:", "Big Win For Harbour Workers:",
/// "The Latest:"): a first name, or a name the article uses again, or a role after "The".
pub(super) fn line_speaker(
    words: &Words,
    sentence: Range<usize>,
    colon: usize,
    lex: &AttributionLexicon,
) -> Option<Range<usize>> {
    let text = words.doc.text;
    let before = text[..words.start(sentence.start)].trim_end_matches([' ', '\t']);
    let line_start = before.is_empty() || before.ends_with(['\n', '\r']);
    let name = sentence.start..colon;
    if !line_start
        || !(1..=4).contains(&name.len())
        || colon + 3 >= sentence.end
        // (A headline quotes between single marks: "Lee: ‘We Checked Every Name’".)
        || !(words.is_word(colon + 1)
            || words.kind(colon + 1) == TokenKind::OpenQuote
            || matches!(words.text(colon + 1), "‘" | "'") && words.is_word(colon + 2))
        || name
            .clone()
            .any(|k| !words.is_word(k) || !words.is_capitalized(k) || lex.is_verb(words.lower(k)))
    {
        return None;
    }
    // "The Latest: …" is a label; "THE MAYOR: …" a speaker by role.
    let role = lex.roles().contains_key(words.lower(name.end - 1));
    let determined = crate::lexicon::DETERMINERS.contains(words.lower(name.start));
    if determined && !role {
        return None;
    }
    let written = words.text_of(name.clone());
    // ("Poll: …", "Historians: …", "Clinton Campaign: …": what a poll, a group of people or
    // a body says, named by its noun.)
    let head = words.lower(name.end - 1);
    let speaks = lexicon::FINDING_NOUNS.contains(head)
        || lexicon::OUTLET_NOUNS.contains(head)
        || lexicon::PERSON_NOUNS.contains(head) && head.ends_with('s')
        || role && !determined;
    let named = (determined && role)
        || written.chars().count() >= 2
            && (crate::lexicon::first_name_gender(words.lower(name.start)).is_some()
                || speaks
                || used_again(text, words.start(name.start), written)
                || surname_alone(words, name.clone(), lex));
    if named {
        return Some(name);
    }
    // "Harbour Critic Ana Ruiz: …": a first name and a surname after a description.
    (name.start + 1..name.end - 1)
        .find(|&k| crate::lexicon::first_name_gender(words.lower(k)).is_some())
        .map(|k| k..name.end)
}

/// Whether a line opens with one word that can only be a name, a surname written alone
/// ("Ruiz: …"): no word of English, no country or people, not all capitals (a label such as
/// "UPDATE" or a transcript's "MAYOR" is read by its own rules).
fn surname_alone(words: &Words, name: Range<usize>, lex: &AttributionLexicon) -> bool {
    let written = words.text_of(name.clone());
    name.len() == 1
        && written.chars().count() >= 3
        && written.chars().skip(1).all(char::is_lowercase)
        && !crate::matcher::vectors::is_common_word(words.lower(name.start))
        && lex.countries().lookup(written).is_none()
        && !lex
            .countries()
            .by_demonym
            .contains_key(words.lower(name.start))
}

/// A quotation signed with a dash or introduced by its speaker and a colon.
pub(super) struct Signed;

impl CueRule for Signed {
    fn detect_alone(&self, scan: &Scan, marks: &Marks) -> Option<Hit> {
        dash_or_colon(scan.words, scan.sentence.clone(), marks, scan.lex)
    }

    fn attribute(&self, site: &Site, hit: &Hit) -> Made {
        let HitKind::Signed { name } = &hit.kind else {
            return Made::Nothing;
        };
        let Site {
            ref sentence, end, ..
        } = *site;
        let quotes: Vec<Body> = if hit.range.start > name.start {
            // Colon: the quotations after it.
            vec![Body {
                tokens: hit.range.end..end,
            }]
        } else {
            vec![Body {
                tokens: sentence.start..hit.range.start,
            }]
        };
        Made::Claim(Attribution::asserted(
            hit.range.clone(),
            SpeakerAt::Tokens(name.clone()),
            quotes,
        ))
    }
}

/// Whether `name`, written at byte `at`, is written again within [`NEAR`] bytes either side:
/// the article uses it as a name (searched near, not through a whole long file, so a
/// transcript of many turns stays linear).
fn used_again(text: &str, at: usize, name: &str) -> bool {
    let mut from = at.saturating_sub(NEAR);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (at + NEAR).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    text[from..to].matches(name).nth(1).is_some()
}

/// How far around a line's opening name [`used_again`] looks.
const NEAR: usize = 32 * 1024;
