//! Stage 1: article → attributed claims.
//!
//! Each sentence is searched for attribution cues (reporting verbs, "according to",
//! "cited X as saying", doubt phrases). A cue's speaker is the noun phrase before it (or after
//! it, in `"…," said X`), and its content is the clause after it, or the text before it when
//! the attribution trails (`…, X said.`). Quotations become direct claims; a reported clause
//! holding a quotation is a partial claim. Quotations with no cue of their own take the
//! speaker of their paragraph, or of the previous paragraph when a quote runs on.

mod antecedent;
mod cues;
mod nested;
mod speaker;

pub use speaker::{initials_key, same_by_initials, same_name, title_gender};
mod text;

use std::ops::Range;
use std::rc::Rc;

use crate::document::{Document, TokenKind};
use crate::lexicon::{self, AttributionLexicon, Gender};
use crate::model::{Claim, ClaimKind, Content, Cue, Source, Span, Speaker, Stance};

use cues::{Attribution, Body};
use speaker::{Mention, MentionKind, Named, Registry, read_mention};
use text::Words;

/// Claims and the sources they come from, ids assigned in document order.
#[derive(Debug, Default)]
pub struct Parsed {
    pub claims: Vec<Claim>,
    pub sources: Vec<Source>,
}

/// A claim before its speaker is resolved to an entity.
#[derive(Debug, Clone)]
struct Pending {
    kind: ClaimKind,
    content: Span,
    attribution: Option<Rc<AttributionRef>>,
    stance: Stance,
    hedged: bool,
}

/// The resolved attribution a claim hangs on, shared by the claims of one cue.
#[derive(Debug, Clone)]
struct AttributionRef {
    entity: usize,
    mention: Option<Span>,
    cue: Option<Span>,
    via: Vec<String>,
}

/// Finds the claims of `doc` and their sources. Leaves `doc` without tokens.
pub fn parse(doc: &mut Document) -> Parsed {
    let found = find(doc);
    assemble(doc, found)
}

/// Claims found but not yet built: they hold byte spans, no token indices, so the document's
/// tokens may be dropped before [`assemble`].
pub struct Found {
    pending: Vec<Pending>,
    registry: Registry,
}

/// How much text the parser cuts into tokens at a time. Tokens and the parser's view of them
/// take about three times the text they cover; an article is one window, a file of thousands
/// of articles many, so that memory does not grow with the tokens of the whole file.
const WINDOW_BYTES: usize = 1 << 18;

/// The first half of [`parse`]: reads the tokens and finds the claims. A document cut into
/// tokens whole ([`Document::new`]) is read at once; one only outlined
/// ([`Document::outline`]) is cut and read a window of paragraphs at a time. Either way the
/// claims are the same, and `doc` is left without tokens.
pub fn find(doc: &mut Document) -> Found {
    find_by_windows(doc, WINDOW_BYTES)
}

fn find_by_windows(doc: &mut Document, window_bytes: usize) -> Found {
    let mut reader = Reader::default();
    let count = doc.paragraph_count();
    if doc.is_tokenized() {
        reader.read(doc, 0..count);
    } else {
        for window in windows(doc, window_bytes) {
            // A paragraph more after: a quotation left open at a paragraph's end looks at the
            // speaker of the next. Paragraphs before: a cue looks at the token before its
            // sentence (`"…?" Graham asked.`), and a pronoun at the names of the paragraphs
            // before it (`antecedent::PARAGRAPHS_BACK`).
            let back = antecedent::PARAGRAPHS_BACK.max(1);
            doc.tokenize(window.start.saturating_sub(back)..(window.end + 1).min(count));
            reader.read(doc, window);
        }
    }
    doc.drop_tokens();
    Found {
        pending: reader.pending,
        registry: reader.registry,
    }
}

/// Runs of whole paragraphs of at least `bytes` bytes each (the last may be shorter).
fn windows(doc: &Document, bytes: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (p, len) in doc.paragraph_lengths().enumerate() {
        size += len;
        if size >= bytes {
            out.push(start..p + 1);
            (start, size) = (p + 1, 0);
        }
    }
    if start < doc.paragraph_count() {
        out.push(start..doc.paragraph_count());
    }
    out
}

/// What the parser carries from one paragraph to the next.
#[derive(Default)]
struct Reader {
    registry: Registry,
    pending: Vec<Pending>,
    /// Speaker of the latest attributed claim, and its paragraph.
    last_attribution: Option<(usize, Rc<AttributionRef>)>,
    /// Whether the previous paragraph left a quotation open.
    previous_unclosed: bool,
}

impl Reader {
    /// Reads paragraphs `range` (numbered among all), which `doc` has cut into tokens, with
    /// the paragraph after them when there is one.
    fn read(&mut self, doc: &Document, range: Range<usize>) {
        let lex = lexicon::attribution();
        let words = Words::new(doc);
        for p in range {
            self.read_paragraph(doc, &words, p, lex);
        }
    }

    /// Finds the claims of paragraph `p` (numbered among all).
    fn read_paragraph(
        &mut self,
        doc: &Document,
        words: &Words,
        p: usize,
        lex: &AttributionLexicon,
    ) {
        let para = doc.paragraph(p).expect("the window's paragraphs are cut");
        // A headline is read only for a speaker that opens it with a colon ("Marlow: The
        // harbour tax will not rise"); its other words are a summary in headline style, whose
        // subjects are seldom speakers ("Big Win For Harbour Workers").
        let title = doc.title == Some(para.span) && p == 0;
        let mut para_claims: Vec<Pending> = Vec::new();
        let mut orphan_quotes: Vec<(Range<usize>, usize)> = Vec::new();
        for sentence in &para.sentences {
            let mut found = cues::find(words, sentence.tokens.clone(), lex);
            if title {
                found.retain(|a| {
                    words.text(a.cue.start) == ":" || headline_says(words, a, sentence.tokens.start)
                });
                if found.is_empty() {
                    found = cues::find_headline_speaker(words, sentence.tokens.clone(), lex);
                }
                // ("Lund Just Said …", "Lund Finally Says …": an adverb in title case is no
                // part of the speaker's name.)
                for a in &mut found {
                    if let cues::SpeakerAt::Tokens(r) = &mut a.speaker {
                        while r.len() > 1 && {
                            let w = words.lower(r.end - 1);
                            lexicon::VERB_PREFIX.contains(w)
                                || crate::matcher::vectors::is_ly_modifier(w)
                        } {
                            r.end -= 1;
                        }
                    }
                }
            }
            let mut resolved: Vec<Option<Rc<AttributionRef>>> = Vec::with_capacity(found.len());
            for a in &found {
                resolved.push(resolve(words, a, &mut self.registry, lex, &resolved));
            }
            let quotes = quotes_in(doc, para, sentence.tokens.clone());
            let mut covered = vec![false; quotes.len()];
            for (a, r) in found.iter().zip(&resolved) {
                let Some(r) = r else { continue };
                if a.claims_previous_quote {
                    // The quotation that ended the previous sentence, still unattributed.
                    let previous = orphan_quotes
                        .last()
                        .filter(|(q, _)| q.end == sentence.tokens.start)
                        .map(|(q, _)| q.clone());
                    if let Some(q) = previous {
                        orphan_quotes.pop();
                        para_claims.push(direct(words, q, r.clone(), a));
                    }
                }
                for body in &a.bodies {
                    add_body(words, body, a, r, &quotes, &mut covered, &mut para_claims);
                }
            }
            // Quotations with no cue of their own in this sentence.
            for (qi, q) in quotes.iter().enumerate() {
                // A quoted word or two in narration ("the so-called ‘Buffett rule’", a show's
                // title) is a scare quote or a name, not a claim, unless a cue claims it.
                if covered[qi] || words_in(words, q.clone()) < 4 {
                    continue;
                }
                let nearest = found
                    .iter()
                    .zip(&resolved)
                    .filter_map(|(a, r)| r.as_ref().map(|r| (a, r)))
                    .min_by_key(|(a, _)| a.cue.start.abs_diff(q.start));
                match nearest {
                    Some((a, r)) => para_claims.push(direct(words, q.clone(), r.clone(), a)),
                    None => orphan_quotes.push((q.clone(), sentence.tokens.start)),
                }
            }
        }
        // Orphan quotes take the paragraph's speaker, else the previous paragraph's when the
        // paragraph opens with a quotation (the news convention for continued quotes).
        if !orphan_quotes.is_empty() {
            let first_quote_opens_para = para
                .quotes
                .first()
                .is_some_and(|q| q.open == para.tokens.start);
            let para_speaker = para_claims.iter().find_map(|c| c.attribution.clone());
            // A quote left open at the paragraph's end and reopened in the next paragraph is
            // attributed there (`"…` then `"…," she said.`) when the next one names a speaker.
            let ends_open = para.quotes.last().is_some_and(|q| q.close.is_none());
            let next_opens = doc
                .paragraph(p + 1)
                .is_some_and(|n| n.quotes.first().is_some_and(|q| q.open == n.tokens.start));
            let inherited = if para_speaker.is_some() {
                para_speaker
            } else if let Some(a) = (ends_open && next_opens)
                .then(|| next_paragraph_speaker(doc, words, p, &mut self.registry, lex))
                .flatten()
            {
                Some(a)
            } else if first_quote_opens_para || self.previous_unclosed {
                self.last_attribution
                    .as_ref()
                    .filter(|(lp, _)| p - lp <= 2)
                    .map(|(_, a)| a.clone())
            } else if ends_open {
                next_paragraph_speaker(doc, words, p, &mut self.registry, lex)
            } else {
                None
            };
            if let Some(a) = inherited {
                // `"A," the spokeswoman said. "B."`: B is the nearest earlier speaker's. The
                // quotations come in order, so one pass over the claims by position finds
                // each one's nearest (a paragraph of 100,000 quotations stays linear).
                let mut earlier: Vec<(usize, Option<Rc<AttributionRef>>)> = para_claims
                    .iter()
                    .map(|c| (c.content.start, c.attribution.clone()))
                    .collect();
                earlier.sort_by_key(|(start, _)| *start);
                let mut next = 0;
                let mut nearest: Option<(usize, Option<Rc<AttributionRef>>)> = None;
                for (q, _) in orphan_quotes {
                    let at = words.start(q.start);
                    while next < earlier.len() && earlier[next].0 < at {
                        if nearest.as_ref().is_none_or(|(s, _)| earlier[next].0 >= *s) {
                            nearest = Some(earlier[next].clone());
                        }
                        next += 1;
                    }
                    let attribution = match &nearest {
                        Some((_, r)) => r.clone(),
                        None => Some(a.clone()),
                    };
                    let content = quote_content(words, q.clone());
                    para_claims.push(Pending {
                        kind: ClaimKind::Direct,
                        content,
                        attribution: attribution.clone(),
                        stance: Stance::Assert,
                        hedged: is_hedged(words, q),
                    });
                    // Later than every claim before it: the nearest for what follows.
                    nearest = Some((content.start, attribution));
                }
            }
        }
        // (A headline's speaker does not go on speaking in the story's quotations.)
        if let Some(a) = para_claims
            .iter()
            .rev()
            .find_map(|c| c.attribution.clone())
            .filter(|_| !title)
        {
            self.last_attribution = Some((p, a));
        }
        // After the paragraph's speaker is taken: a relayed source does not speak on.
        relayed_reports(words, para, &mut para_claims, &mut self.registry, lex);
        self.previous_unclosed = para.quotes.last().is_some_and(|q| q.close.is_none());
        self.pending.extend(para_claims);
    }
}

/// Reports inside the paragraph's quotations ("The company told us that …"): claims of the
/// source named there, relayed by the quoted speaker.
fn relayed_reports(
    words: &Words,
    para: &crate::document::Paragraph,
    claims: &mut Vec<Pending>,
    registry: &mut Registry,
    lex: &AttributionLexicon,
) {
    // The direct claim of each quotation, by where its content starts.
    let direct_at: lexicon::WordMap<usize, usize> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == ClaimKind::Direct)
        .map(|(k, c)| (c.content.start, k))
        .collect();
    for (n, q) in para.quotes.iter().enumerate() {
        // An unclosed quotation stops where the next opens, as in `quotes_in`.
        let next_open = para.quotes.get(n + 1).map_or(para.tokens.end, |x| x.open);
        let range = q.open..q.close.map_or(next_open, |c| c + 1);
        let Some(outer) = direct_at
            .get(&quote_content(words, range.clone()).start)
            .and_then(|&k| claims[k].attribution.clone())
        else {
            continue;
        };
        for report in nested::find(words, range, lex) {
            let Some(m) = read_mention(words, report.subject.clone(), lex) else {
                continue;
            };
            // A pronoun is a source only before a quotation of its own ("She told me,
            // 'I am staying'"); before "that" it is too often the speaker's own story.
            let pronoun = matches!(m.kind, MentionKind::Pronoun { .. });
            if pronoun && !report.quotation {
                continue;
            }
            // Only a source the article has already met: inside a quotation, "Everything
            // that you have said" and "Pollsters tried to tell us that" are no attributions.
            let known = registry.entities.len();
            // (A pronoun may stand for a person the narration named: "The mayor, Ana Ruiz,
            // visited … 'She told me, …'".)
            let Some(entity) = registry.resolve(&m, lex).or_else(|| {
                pronoun
                    .then(|| named_before(words, report.subject.start, &m, registry, lex))
                    .flatten()
            }) else {
                continue;
            };
            if entity >= known && !pronoun {
                registry.truncate(known);
                continue;
            }
            let mut content = trim_content(words, report.content.clone());
            if entity == outer.entity || content.is_empty() {
                continue;
            }
            // Quotation marks inside the reported words make it a partial quotation, closing
            // mark included: "this was 'a minor incident'".
            let is_mark = |k: usize| matches!(words.text(k), "'" | "‘" | "’") && !words.is_word(k);
            let marks: Vec<usize> = report.content.clone().filter(|&k| is_mark(k)).collect();
            let quoting = !marks.is_empty();
            if let Some(&last) = marks.last()
                && marks.len().is_multiple_of(2)
                && words.end(last) > content.end
            {
                content.end = words.end(last);
            }
            claims.push(Pending {
                kind: if report.quotation {
                    ClaimKind::Direct
                } else if quoting {
                    ClaimKind::Partial
                } else {
                    ClaimKind::Indirect
                },
                content,
                attribution: Some(Rc::new(AttributionRef {
                    entity,
                    mention: Some(m.span),
                    cue: Some(Span::new(
                        words.start(report.cue.start),
                        words.end(report.cue.end - 1),
                    )),
                    via: vec![registry.entities[outer.entity].name.clone()],
                })),
                stance: if report.deny {
                    Stance::Deny
                } else {
                    Stance::Assert
                },
                hedged: is_hedged(words, report.content),
            });
        }
    }
}

/// Resolves the speaker of the first attribution of paragraph `p + 1`, for a quote that runs
/// on into it.
fn next_paragraph_speaker(
    doc: &Document,
    words: &Words,
    p: usize,
    registry: &mut Registry,
    lex: &AttributionLexicon,
) -> Option<Rc<AttributionRef>> {
    let next = doc.paragraph(p + 1)?;
    let sentence = next.sentences.first()?;
    let found = cues::find(words, sentence.tokens.clone(), lex);
    let a = found.first()?;
    resolve(words, a, registry, lex, &[])
}

fn resolve(
    words: &Words,
    a: &Attribution,
    registry: &mut Registry,
    lex: &AttributionLexicon,
    earlier: &[Option<Rc<AttributionRef>>],
) -> Option<Rc<AttributionRef>> {
    let via: Vec<String> = a
        .via
        .iter()
        .filter_map(|r| read_mention(words, r.clone(), lex))
        .map(|m| via_name(&m, registry, lex))
        .collect();
    let (entity, mention) = match &a.speaker {
        cues::SpeakerAt::Tokens(range) | cues::SpeakerAt::Owner(range) => {
            let owner = matches!(a.speaker, cues::SpeakerAt::Owner(_));
            let m = if owner {
                speaker::read_owner(words, range.clone(), lex)?
            } else {
                read_mention(words, range.clone(), lex)?
            };
            // "it was doubtful he would …", "it seems clear that …": an "it" before a copula
            // stands for nobody.
            let expletive = matches!(
                m.kind,
                MentionKind::Pronoun {
                    class: crate::lexicon::EntityClass::Org,
                    ..
                }
            ) && lexicon::LINKING_VERBS.contains(words.lower(a.cue.start));
            if expletive {
                return None;
            }
            // (An owner's pronoun is a speaker met before or none: "her" in "as she doubled
            // down on her claim" is not the nearest name of the narration.)
            let owner_pronoun = owner && matches!(m.kind, MentionKind::Pronoun { .. });
            let entity = framed_subject(words, range.start, &m, a, registry, lex)
                .or_else(|| subject_body_before(words, range.start, &m, registry, lex))
                .or_else(|| {
                    // (Then only a person the narration names with the pronoun's gender.)
                    let known = registry.entities.len();
                    let e = subject_person_before(words, range.start, &m, a, registry, lex)?;
                    let gender = match m.kind {
                        MentionKind::Pronoun { gender, .. } => gender,
                        _ => None,
                    };
                    if owner_pronoun && name_gender(&registry.entities[e].name) != gender {
                        registry.truncate(known);
                        return None;
                    }
                    Some(e)
                })
                .or_else(|| titled_in_paragraph(words, range.start, &m, registry, lex))
                .or_else(|| registry.resolve(&m, lex))
                .or_else(|| {
                    (!owner_pronoun)
                        .then(|| named_before(words, range.start, &m, registry, lex))
                        .flatten()
                })
                .or_else(|| {
                    // An "it" that points back at no body names no speaker ("At the bottom it
                    // says …"): a thing, not a source to mark unresolved.
                    let it = matches!(
                        m.kind,
                        MentionKind::Pronoun {
                            class: crate::lexicon::EntityClass::Org,
                            ..
                        }
                    );
                    // ("The council revisited its promise to …": an owner's pronoun that
                    // points back at nobody leaves the claim nobody's. So does a side taken:
                    // "After he blasted the film, …" tells of no one's position.)
                    let side = a.stance.is_side() && matches!(m.kind, MentionKind::Pronoun { .. });
                    (!it && !owner_pronoun && !side).then(|| unresolved(words, &m, registry, lex))
                })?;
            // "Lee, who said …": the relative pronoun names the speaker at the
            // attribution, as a "he" would; the name before it says who.
            let at = relative_pronoun(words, range.end, a.cue.start)
                .map_or(m.span, |k| Span::new(words.start(k), words.end(k)));
            (entity, Some(at))
        }
        cues::SpeakerAt::SameAs(k) => {
            let r = earlier.get(*k)?.as_ref()?;
            (r.entity, r.mention)
        }
        cues::SpeakerAt::SentenceSubject(range) => {
            let m = read_mention(words, range.clone(), lex)?;
            // "The foreman left the room, saying …": a description that no earlier speaker
            // fits is the one the narration named so, or a source by its own words.
            let pronoun = matches!(m.kind, MentionKind::Pronoun { .. });
            // ("Mr. Lund was detained. He denounced the raid, telling reporters …": the
            // person the narration made its subject since the latest speaker.)
            let entity = subject_person_before(words, range.start, &m, a, registry, lex)
                .or_else(|| titled_in_paragraph(words, range.start, &m, registry, lex))
                .or_else(|| registry.resolve(&m, lex))
                .or_else(|| named_before(words, range.start, &m, registry, lex))
                .or_else(|| (!pronoun).then(|| unresolved(words, &m, registry, lex)))?;
            (entity, Some(m.span))
        }
    };
    let cue = a.cue_span(words);
    Some(Rc::new(AttributionRef {
        entity,
        mention,
        cue: Some(cue),
        via,
    }))
}

/// "The drainage board disagreed. In its response it said …": "it" is the body that opens a
/// sentence of the narration after the latest speaker it could be; "they", opening its
/// sentence, the plural subject of the sentence before ([`plural_subject_before`]).
fn subject_body_before(
    words: &Words,
    at: usize,
    m: &Mention,
    registry: &mut Registry,
    lex: &AttributionLexicon,
) -> Option<usize> {
    let MentionKind::Pronoun { class, .. } = m.kind else {
        return None;
    };
    let body = match class {
        // (The thing that opened the sentence before and spoke there first: "The campaign
        // leaflet says … It also says" is the leaflet, not the campaign.)
        crate::lexicon::EntityClass::Org => {
            antecedent::document_opening(words, at).or_else(|| {
                antecedent::body_in_narration(words, at, class, lex)
                    .filter(|body| antecedent::opens_sentence(words.doc.text, body.span.start))
            })?
        }
        crate::lexicon::EntityClass::Group => plural_subject_before(words, at, lex)?,
        crate::lexicon::EntityClass::Person => return None,
    };
    resolve_if_nearer(&body, m, registry, lex)
}

/// "Nine towns led by Ashby are suing the agency. They argue that …": a "they" opening its
/// sentence (at token `at`) is the plural noun phrase that opens the sentence before, up to
/// its verb.
fn plural_subject_before(words: &Words, at: usize, lex: &AttributionLexicon) -> Option<Mention> {
    let doc = words.doc;
    let p = doc.paragraph_at(words.start(at));
    let para = doc.paragraph(p)?;
    let here = para.sentences.iter().position(|s| s.tokens.contains(&at))?;
    if para.sentences[here].tokens.start != at {
        return None;
    }
    let previous = match here.checked_sub(1) {
        Some(k) => para.sentences[k].tokens.clone(),
        None => doc
            .paragraph(p.checked_sub(1)?)?
            .sentences
            .last()?
            .tokens
            .clone(),
    };
    // The subject runs to the first verb: an auxiliary, a verb of saying, or a form in
    // "-ed" after a noun ("Nine towns led by …").
    let mut end = previous.start;
    while end < previous.end && end < previous.start + 8 && words.is_word(end) && !words.quoted(end)
    {
        let w = words.lower(end);
        if lexicon::AUXILIARIES.contains(w)
            || lex.is_verb(w)
            || (end > previous.start
                && w.len() >= 3
                && w.ends_with("ed")
                && !words.is_capitalized(end))
        {
            break;
        }
        end += 1;
    }
    if end == previous.start || end >= previous.end || !words.is_word(end) {
        return None;
    }
    let head = words.lower(end - 1);
    let plural = head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !words.is_capitalized(end - 1)
        && crate::matcher::is_common_word(head);
    // (A determiner alone is no subject.)
    let bare =
        lexicon::DETERMINERS.contains(words.lower(previous.start)) && end - previous.start < 2;
    if !plural || bare {
        return None;
    }
    read_mention(words, previous.start..end, lex)
}

/// The narrated antecedent `found` for pronoun `m`, if it was named after the latest speaker
/// the pronoun could be.
fn resolve_if_nearer(
    found: &Mention,
    m: &Mention,
    registry: &mut Registry,
    lex: &AttributionLexicon,
) -> Option<usize> {
    if registry
        .last_fit(m)
        .is_some_and(|seen| seen >= found.span.start)
    {
        return None;
    }
    registry.resolve(found, lex)
}

/// "Aides said Mr. Lund wanted the post, something he denied", "…, a claim she rejected": a
/// person's pronoun that denies the clause its frame sums up is the first person named in
/// that clause, its subject, when one fits the pronoun.
fn framed_subject(
    words: &Words,
    at: usize,
    m: &Mention,
    a: &Attribution,
    registry: &mut Registry,
    lex: &AttributionLexicon,
) -> Option<usize> {
    let MentionKind::Pronoun { class, gender } = m.kind else {
        return None;
    };
    if a.stance != Stance::Deny
        || !antecedent::personal(class, gender)
        || cues::report_frame(words, at).is_none()
    {
        return None;
    }
    let body = a
        .bodies
        .iter()
        .find(|b| b.tokens.start < at && b.tokens.end > at)?;
    let from = words.start(body.tokens.start);
    let mut first = None;
    let mut before = words.start(at);
    while let Some(person) = antecedent::in_narration_between(words, from, before, gender, lex)
        && person.span.start < before
    {
        before = person.span.start;
        first = Some(person);
    }
    registry.resolve(&first?, lex)
}

/// "Asked about the figure, Dr Lee stood by the count. 'We checked every name,' she said.":
/// "he" or "she" is the person who is the subject of a sentence of the narration after the
/// latest speaker they could be (the sentence's first name, after an opening phrase at most).
fn subject_person_before(
    words: &Words,
    at: usize,
    m: &Mention,
    a: &Attribution,
    registry: &mut Registry,
    lex: &AttributionLexicon,
) -> Option<usize> {
    let MentionKind::Pronoun { class, gender } = m.kind else {
        return None;
    };
    if !antecedent::personal(class, gender) {
        return None;
    }
    let text = words.doc.text;
    let (person, earlier_paragraph) = match antecedent::in_paragraph(words, at, gender, lex) {
        Some(p) => (p, false),
        None => (
            antecedent::in_paragraph_before(
                words,
                at,
                registry.last_fit(m).unwrap_or(0),
                gender,
                lex,
            )?,
            true,
        ),
    };
    let start = person.span.start;
    // Across a paragraph the name itself says the gender: "Ana Ruiz …\n\n“…,” she said", not
    // "Vales endorsed …\n\n“…,” she said".
    if earlier_paragraph {
        // (The full name for a surname: "Wend" stands for "Paul Wend".)
        let name = match &person.kind {
            MentionKind::Named(n) if n.role.is_none() => n.name.as_str(),
            _ => &text[start..person.span.end],
        };
        let first = |name: &str| {
            name.split_whitespace()
                .next()
                .unwrap_or_default()
                .trim_end_matches('.')
                .to_lowercase()
        };
        // (Or the title it was named with: "Mr. Oksal was detained.\n\nHe said …".)
        let said = speaker::title_gender(&first(&text[start..person.span.end]))
            .or_else(|| speaker::title_gender(&first(name)))
            .or_else(|| lexicon::first_name_gender(&first(name)));
        if said.is_none() || said != gender {
            return None;
        }
    }
    // Plainly a person: a title or a first name that says a gender ("Harbour Rovers" may be
    // a club).
    let titled = text[start..person.span.end]
        .split_whitespace()
        .next()
        .is_some_and(|w| speaker::is_title(&w.trim_end_matches('.').to_lowercase()));
    let gendered = matches!(&person.kind, MentionKind::Named(n) if n.gender.is_some());
    // (Nor one the claim speaks of by name: "… Voss had been cleared, she said" is not Voss.)
    let surname = text[start..person.span.end].split_whitespace().last();
    // (A loop of strip_suffix does what trim_end_matches("'s") does, without building a
    // substring searcher for every word of the claim.)
    fn without_s(mut w: &str) -> &str {
        while let Some(rest) = w.strip_suffix("'s") {
            w = rest;
        }
        w
    }
    let named_in_claim = surname.is_some_and(|name| {
        a.bodies.iter().any(|b| {
            b.tokens
                .clone()
                .any(|k| words.is_word(k) && without_s(words.text(k)) == name)
        })
    });
    if !(titled || gendered) || named_in_claim {
        return None;
    }
    // (An opening phrase: "Asked about the figure, Dr Lee …"; no quotation, no clause of its
    // own.)
    let sentence = text[..start]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |k| k + 1);
    let opening = text[sentence..start].trim();
    // ("Council Liberal Ana Ruiz": capitalised words before the name are its title.)
    let titled_run = opening
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    // ("Clinton campaign spokeswoman Ana Ruiz criticized …", "Former senior adviser Tom Hale
    // …": a role noun before the name, after names, other roles and words that describe the
    // role, is its title; "He avoided criticism of front-runner Lund" is a clause.)
    let role_run = {
        let role = |w: &str| lexicon::PERSON_NOUNS.contains(w) || lexicon::roles().get(w).is_some();
        let mut run = opening
            .split_whitespace()
            .map(|w| (w, lexicon::without_possessive(w).to_lowercase()));
        let last = run.next_back();
        opening.split_whitespace().count() <= 6
            && !opening.contains([',', ';', ':', '(', ')', '"', '“', '”'])
            && last.is_some_and(|(_, w)| role(&w))
            && run.all(|(w, lower)| {
                let named = w.starts_with(char::is_uppercase)
                    && !lexicon::PERSONAL_PRONOUNS.contains(lower.as_str());
                // (No verb, pronoun or small word.)
                let describes = !lexicon::STOPWORDS.contains(lower.as_str())
                    && !crate::matcher::vectors::may_be_verb(&lower);
                named || role(&lower) || describes
            })
    };
    // ("The rival candidate, Defence Minister Ana Ruiz, did not …": the title after an
    // apposition's comma is the name's.)
    let before_title = match opening.rsplit_once(',') {
        Some((head, title))
            if title
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase)) =>
        {
            &opening[..head.len() + 1]
        }
        _ => opening,
    };
    // ("According to Banescu, Welland was booked at 11:50 p.m. “…,” he said": the sentence
    // is Banescu's claim, not narration; its subject loses to its source when that source is
    // a person the pronoun fits.)
    let attributed = opening
        .get(..12)
        .is_some_and(|o| o.eq_ignore_ascii_case("according to"));
    if attributed
        && registry
            .last_person_fit(m)
            .is_some_and(|seen| seen >= sentence)
    {
        return None;
    }
    // ("The ministry declared Lund was a leader of the scheme. He was detained": the subject
    // of a reported clause, when no person opens the sentence to say it; in the narration,
    // not a speaker's words.)
    let after = antecedent::first_token_from(words, person.span.end);
    let verb_follows =
        after < words.len() && words.is_word(after) && !words.is_capitalized(after) && {
            let w = words.lower(after);
            lexicon::AUXILIARIES.contains(w)
                || lexicon::COPULAS.contains(w)
                || lexicon::HAVE_BE.contains(w)
                || (w.ends_with("ed") && crate::matcher::vectors::may_be_verb(w))
        };
    let reported = verb_follows
        && !words.quoted(antecedent::first_token_from(words, start))
        && opening
            .rsplit(char::is_whitespace)
            .next()
            .and_then(|w| lex.verb(&w.to_lowercase()))
            .is_some_and(|v| v.class == lexicon::VerbClass::Speech)
        && antecedent::in_narration_between(words, sentence, start, gender, lex).is_none()
        && !opening.split_whitespace().any(|w| {
            let w = lexicon::without_possessive(w.trim_matches(|c: char| !c.is_alphanumeric()));
            registry.entities.iter().any(|e| {
                e.class != Some(crate::lexicon::EntityClass::Org)
                    && e.class != Some(crate::lexicon::EntityClass::Group)
                    && e.name.split_whitespace().last() == Some(w)
            })
        });
    let subject = antecedent::opens_sentence(text, start)
        || reported
        || titled_run
        || role_run
        || (before_title.ends_with(',')
            && before_title.split_whitespace().count() <= 8
            && !before_title.contains(['"', '“', '”', '\'']));
    if !subject {
        return None;
    }
    resolve_if_nearer(&person, m, registry, lex)
}

/// Whether a headline's attribution is a verb of saying in title case after its speaker, its
/// claim after it: "Ferry Boss Says Fares Will Fall", "Lund Denies Any Deal". The speaker
/// opens the headline (`start`) or follows a colon or a dash: in "17 Of The Best Things
/// Voters Said In 2015" the verb is in a clause that describes the things.
fn headline_says(words: &Words, a: &Attribution, start: usize) -> bool {
    let verb = words
        .cue_word(a.cue.start)
        .and_then(|e| e.verb.as_ref())
        .is_some_and(|v| {
            matches!(
                v.class,
                lexicon::VerbClass::Speech | lexicon::VerbClass::Deny
            )
        });
    verb && a.cue.len() == 1
        && words.is_capitalized(a.cue.start)
        && matches!(&a.speaker, cues::SpeakerAt::Tokens(r) if r.end == a.cue.start
            && (r.start == start || matches!(words.text(r.start - 1), ":" | "—" | "–" | "-")))
        && a.bodies.iter().all(|b| b.tokens.start > a.cue.start)
}

/// The relative pronoun between a speaker's words ending at `from` and its cue at `cue`:
/// "Lee, who said …", "the agency, which also reported …".
fn relative_pronoun(words: &Words, from: usize, cue: usize) -> Option<usize> {
    let mut k = from;
    while k < cue && words.text(k) == "," {
        k += 1;
    }
    (k < cue
        && matches!(words.lower(k), "who" | "which")
        && (k + 1..cue).all(|j| {
            let w = words.lower(j);
            words.is_word(j)
                && (lexicon::VERB_PREFIX.contains(w) || crate::matcher::vectors::is_ly_modifier(w))
        }))
    .then_some(k)
}

/// The gender a person's name says by its title or first name ("Mr. Lund", "Ana Ruiz"), if
/// any.
fn name_gender(name: &str) -> Option<crate::lexicon::Gender> {
    name.split_whitespace()
        .find_map(|w| match w.to_lowercase().trim_end_matches('.') {
            "mr" => Some(crate::lexicon::Gender::Male),
            "mrs" | "ms" => Some(crate::lexicon::Gender::Female),
            w => lexicon::first_name_gender(w),
        })
}

/// A pronoun or role noun no earlier speaker fits: the person or body named in the narration
/// before it.
fn named_before(
    words: &Words,
    at: usize,
    m: &Mention,
    registry: &mut Registry,
    lex: &AttributionLexicon,
) -> Option<usize> {
    let name = match &m.kind {
        MentionKind::Pronoun { class, gender } if antecedent::personal(*class, *gender) => {
            antecedent::in_narration(words, at, *gender, lex)
        }
        MentionKind::Pronoun { class, .. } => antecedent::body_in_narration(words, at, *class, lex),
        // "The actress said": the person the narration named with that title.
        MentionKind::RoleRef { head } if person_role(head, lex) => {
            // The one the paragraph names before it ("Cruz defends his record: '…,' the
            // senator says"), else a speaker met before whom the narration gave that title,
            // the latest ("Sen. Ana Ruiz … Ruiz said … Sen. Lund … the senator said" is
            // Ruiz), else the nearest so titled; each by the titled name, which gives the
            // speaker its full name and role.
            let people = antecedent::titled_people(words, at, head, lex, 8);
            let spoken = registry.latest_of(m.span.start, &people).and_then(|e| {
                people.iter().find(|p| {
                    matches!(&p.kind, MentionKind::Named(n)
                        if speaker::same_name(&n.name, &registry.entities[e].name))
                })
            });
            named_in_paragraph(words, m.span.start, &people)
                .or(spoken)
                .or(people.first())
                .cloned()
        }
        _ => None,
    }?;
    // (Seen where the pronoun or role noun stands, not only where the narration named it: a
    // "he" after "the campaign manager said …" is the manager, not someone who spoke between.)
    let found = registry.resolve(&name, lex)?;
    registry.seen(found, m.span.start);
    Some(found)
}

/// "'…,' McCain said. The longtime senator said …", after "GOP Sen. John McCain": a role
/// noun is the person given that title whom its paragraph names last before it (outside
/// quotations), before any earlier speaker of that role.
fn titled_in_paragraph(
    words: &Words,
    at: usize,
    m: &Mention,
    registry: &mut Registry,
    lex: &AttributionLexicon,
) -> Option<usize> {
    let MentionKind::RoleRef { head } = &m.kind else {
        return None;
    };
    if !person_role(head, lex) {
        return None;
    }
    // (The paragraph must name someone before the role noun, or no one given the role is
    // the one meant; the look-back for them reads thousands of words.)
    paragraph_names(words, m.span.start).next()?;
    let people = antecedent::titled_people(words, at, head, lex, 8);
    let found = named_in_paragraph(words, m.span.start, &people)?;
    let e = registry.resolve(found, lex)?;
    registry.seen(e, m.span.start);
    Some(e)
}

/// Whether a role noun names a person's role ("the senator", not "the agency").
fn person_role(head: &str, lex: &AttributionLexicon) -> bool {
    lex.roles()
        .get(head)
        .is_some_and(|r| r.class == crate::lexicon::EntityClass::Person)
}

/// The one of `people` whose surname the paragraph names last before byte `at`, outside
/// quotations.
fn named_in_paragraph<'m>(words: &Words, at: usize, people: &'m [Mention]) -> Option<&'m Mention> {
    paragraph_names(words, at).find_map(|k| {
        let word = lexicon::without_possessive(words.text(k));
        people.iter().find(|p| {
            matches!(&p.kind, MentionKind::Named(n)
                if n.name.split_whitespace().last() == Some(word))
        })
    })
}

/// The capitalised words of the paragraph before byte `at`, outside quotations, the last
/// first.
fn paragraph_names<'w>(words: &'w Words, at: usize) -> impl Iterator<Item = usize> + 'w {
    let doc = words.doc;
    let last = antecedent::first_token_from(words, at);
    // (A paragraph outside the tokens cut so far names no one.)
    let from = doc
        .paragraph(doc.paragraph_at(at))
        .map_or(last, |para| para.tokens.start);
    (from..last)
        .rev()
        .filter(|&k| words.is_word(k) && words.is_capitalized(k) && !words.quoted(k))
}

/// A pronoun or role noun with nothing to refer back to names a source by its own words.
fn unresolved(
    words: &Words,
    m: &Mention,
    registry: &mut Registry,
    lex: &AttributionLexicon,
) -> usize {
    let text = &words.doc.text[m.span.start..m.span.end];
    let name = text
        .strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .unwrap_or(text);
    let head = match &m.kind {
        MentionKind::RoleRef { head } => Some(head.clone()),
        _ => None,
    };
    let fallback = Mention {
        span: m.span,
        kind: MentionKind::Named(Named {
            name: name.to_string(),
            class: head
                .as_ref()
                .and_then(|h| lex.roles().get(h))
                .map(|r| r.class),
            head,
            ..Named::default()
        }),
    };
    registry.resolve(&fallback, lex).unwrap_or(0)
}

fn via_name(m: &Mention, registry: &mut Registry, lex: &AttributionLexicon) -> String {
    match &m.kind {
        MentionKind::Named(n) => n.name.clone(),
        MentionKind::Government { country } => lex.countries().canonical[*country].to_string(),
        _ => registry
            .resolve(m, lex)
            .map(|i| registry.entities[i].name.clone())
            .unwrap_or_default(),
    }
}

fn add_body(
    words: &Words,
    body: &Body,
    a: &Attribution,
    r: &Rc<AttributionRef>,
    quotes: &[Range<usize>],
    covered: &mut [bool],
    out: &mut Vec<Pending>,
) {
    let range = body.tokens.clone();
    if range.is_empty() {
        return;
    }
    let inside: Vec<usize> = (0..quotes.len())
        .filter(|&qi| {
            quotes[qi].start >= range.start && quotes[qi].end <= range.end.max(quotes[qi].start)
        })
        .filter(|&qi| quotes[qi].start < range.end)
        .collect();
    // The body is nothing but quotations (and the punctuation between them): direct claims.
    let only_quotes = !inside.is_empty()
        && (range.start..range.end)
            .all(|i| inside.iter().any(|&qi| quotes[qi].contains(&i)) || !words.is_word(i));
    if only_quotes {
        for qi in inside {
            covered[qi] = true;
            out.push(direct(words, quotes[qi].clone(), r.clone(), a));
        }
        return;
    }
    let kind = if inside.is_empty() {
        ClaimKind::Indirect
    } else {
        ClaimKind::Partial
    };
    for qi in inside {
        covered[qi] = true;
    }
    let range = if kind == ClaimKind::Indirect {
        without_closing_relative(words, range)
    } else {
        range
    };
    let content = trim_content(words, range.clone());
    // "said sarcastically", "added another title": a claim is a clause, not a word or two,
    // unless it is what a denial or a doubt is aimed at ("cast doubt on that account").
    let word_count = range.clone().filter(|&i| words.is_word(i)).count();
    let aimed = a.stance != Stance::Assert
        && word_count == 2
        && range
            .clone()
            .find(|&i| words.is_word(i))
            .is_some_and(|i| lexicon::AIMED_DETERMINERS.contains(words.lower(i)));
    // A side taken is on a thing, which a name or a noun says ("endorsed Cruz").
    let side = a.stance.is_side();
    if content.is_empty() || (kind == ClaimKind::Indirect && word_count < 3 && !aimed && !side) {
        return;
    }
    out.push(Pending {
        kind,
        content,
        attribution: Some(r.clone()),
        stance: a.stance,
        hedged: a.hedged || is_hedged(words, range),
    });
}

fn direct(words: &Words, q: Range<usize>, r: Rc<AttributionRef>, a: &Attribution) -> Pending {
    Pending {
        kind: ClaimKind::Direct,
        content: quote_content(words, q.clone()),
        attribution: Some(r),
        stance: if a.stance == Stance::Doubt {
            Stance::Assert
        } else {
            a.stance
        },
        hedged: is_hedged(words, q),
    }
}

/// Token ranges of the quotations in `range`, marks included; an unclosed quotation runs to
/// the end of the paragraph.
fn quotes_in(
    doc: &Document,
    para: &crate::document::Paragraph,
    range: Range<usize>,
) -> Vec<Range<usize>> {
    // `para.quotes` is in order of `open`: skip to the sentence instead of scanning them all.
    // An unclosed one stops where the next opens (else 100,000 `"` make n² of claim text).
    let first = para.quotes.partition_point(|q| q.open < range.start);
    let next_open = |n: usize| para.quotes.get(n + 1).map_or(para.tokens.end, |q| q.open);
    para.quotes[first..]
        .iter()
        .enumerate()
        .take_while(|(_, q)| q.open < range.end)
        .map(|(n, q)| {
            q.open
                ..q.close
                    .map_or(next_open(first + n), |c| c + 1)
                    .min(range.end.max(q.open + 1))
        })
        .filter(|r| r.len() > 1 || doc.tokens.get(r.start).is_some())
        .collect()
}

fn words_in(words: &Words, range: Range<usize>) -> usize {
    range.filter(|&i| words.is_word(i)).count()
}

/// The words inside a quotation's marks, without a trailing comma.
fn quote_content(words: &Words, q: Range<usize>) -> Span {
    let mut s = q.start;
    let mut e = q.end;
    if s < e && words.kind(s) == TokenKind::OpenQuote {
        s += 1;
    }
    if e > s && words.kind(e - 1) == TokenKind::CloseQuote {
        e -= 1;
    }
    while e > s && matches!(words.text(e - 1), "," | ";" | ":" | "—" | "–") {
        e -= 1;
    }
    if e <= s {
        return Span::new(words.start(q.start), words.start(q.start));
    }
    Span::new(words.start(s), words.end(e - 1))
}

/// A reported clause without the relative clause about a person or a named body that ends
/// it, set off by a comma: "the agency had hired Ana Ruiz, who ran the port for a decade"
/// reports the hiring; who Ruiz is the narration adds. (One about a thing often goes on with
/// what was said, "a smaller boat, which will run twice a day", and stays; so does one
/// closed by a comma inside the clause, "Ruiz, who ran the port, was hired".)
fn without_closing_relative(words: &Words, range: Range<usize>) -> Range<usize> {
    let cut = (range.start + 3..range.end.saturating_sub(1)).find(|&k| {
        words.text(k) == ","
            && (words.lower(k + 1) == "who"
                || (words.lower(k + 1) == "which" && words.is_capitalized(k - 1)))
            && (range.start..k).filter(|&i| words.is_word(i)).count() >= 3
            && (k + 2..range.end).all(|i| words.text(i) != "," && !words.quoted(i))
    });
    cut.map_or(range.clone(), |k| range.start..k)
}

/// A reported clause's span without leading and trailing punctuation.
fn trim_content(words: &Words, range: Range<usize>) -> Span {
    let mut s = range.start;
    let mut e = range.end;
    while s < e && words.kind(s) == TokenKind::Punct && !matches!(words.text(s), "$" | "€" | "£")
    {
        s += 1;
    }
    // "dismissed the report as speculation and said …": the "and" joins the next verb.
    // ("…, although she wrote later that …": a clause's join belongs to the next claim; not
    // "for a while", nor "three times as" with no mark before it.)
    let join = |e: usize| {
        let w = words.lower(e - 1);
        match w {
            "and" | "but" | "or" => true,
            "while" => e < 2 || words.lower(e - 2) != "a",
            _ => {
                (lexicon::CLAUSE_JOINS.contains(w) || lexicon::CITED_CLAUSE_BREAKS.contains(w))
                    && e >= 2
                    && words.kind(e - 2) == TokenKind::Punct
            }
        }
    };
    while e > s && (words.kind(e - 1) == TokenKind::Punct || join(e) && !words.quoted(e - 1)) {
        e -= 1;
    }
    if e <= s {
        return Span::new(0, 0);
    }
    Span::new(words.start(s), words.end(e - 1))
}

fn is_hedged(words: &Words, range: Range<usize>) -> bool {
    // "in May" is a month; a hedge is written in lower case.
    range.into_iter().any(|i| {
        words.is_word(i)
            && lexicon::HEDGES.contains(words.lower(i))
            && !(words.lower(i) == "may" && words.is_capitalized(i))
    })
}

/// The second half of [`parse`]: orders the claims found, gives ids, and builds the source
/// list from the entities that spoke. Reads only the text and line positions of `doc`.
pub fn assemble(doc: &Document, found: Found) -> Parsed {
    let Found {
        mut pending,
        registry,
    } = found;
    pending.retain(|c| c.attribution.is_some() && !c.content.is_empty());
    pending.sort_by_key(|c| (c.content.start, c.content.end));
    pending.dedup_by(|b, a| a.content == b.content && entity_of(a) == entity_of(b));
    // The claims are built while these are alive: no room to spare beside them.
    pending.shrink_to_fit();
    // A claim nested inside another (different) claim of the same speaker adds nothing. In
    // (start, end) order, claim i lies inside a later claim only if that one starts where i
    // starts and ends after it; inside an earlier kept one if that ends after i, or ends with
    // i and starts before it. One pass each way instead of comparing every pair (n²).
    let mut keep = vec![true; pending.len()];
    let mut inside_later = vec![false; pending.len()];
    // Per speaker: the start of the nearest later claim, and the furthest end from there.
    // (Only looked up, never iterated: the unkeyed hash of the word lists serves.)
    let mut later: lexicon::WordMap<Option<usize>, (usize, usize)> = Default::default();
    for i in (0..pending.len()).rev() {
        let Span { start, end } = pending[i].content;
        match later.get(&entity_of(&pending[i])) {
            Some(&(s, e)) if s == start => inside_later[i] = e > end,
            _ => {
                later.insert(entity_of(&pending[i]), (start, end));
            }
        }
    }
    // Per speaker: the furthest end of an earlier kept claim, and the first start with it.
    let mut kept: lexicon::WordMap<Option<usize>, (usize, usize)> = Default::default();
    for i in 0..pending.len() {
        let Span { start, end } = pending[i].content;
        let best = kept.get(&entity_of(&pending[i])).copied();
        if inside_later[i] || best.is_some_and(|(e, s)| e > end || (e == end && s < start)) {
            keep[i] = false;
        } else if best.is_none_or(|(e, _)| end > e) {
            kept.insert(entity_of(&pending[i]), (end, start));
        }
    }
    let names = names_told_apart(&registry.entities);
    let mut source_of_entity: Vec<Option<usize>> = vec![None; registry.entities.len()];
    let mut sources: Vec<Source> = Vec::new();
    let mut claims = Vec::with_capacity(keep.iter().filter(|k| **k).count());
    for (c, _) in pending.into_iter().zip(keep).filter(|(_, k)| *k) {
        let a = c.attribution.expect("retained claims are attributed");
        let e = &registry.entities[a.entity];
        let name = &names[a.entity];
        let id = numbered('c', claims.len() + 1);
        // A source named by a bare pronoun is one nothing before it could stand for.
        let unresolved = lexicon::PERSONAL_PRONOUNS.contains(lexicon::fold(&e.name).as_str());
        let source = *source_of_entity[a.entity].get_or_insert_with(|| {
            sources.push(Source {
                name: name.clone(),
                role: e.role.clone(),
                affiliation: e.affiliation.clone(),
                unresolved,
                claims: Vec::new(),
            });
            sources.len() - 1
        });
        sources[source].claims.push(id.clone());
        let (line, column) = doc.line_column(c.content.start);
        claims.push(Claim {
            id,
            kind: c.kind,
            speaker: Speaker {
                name: name.clone(),
                role: e.role.clone(),
                affiliation: e.affiliation.clone(),
                mention: a.mention,
                unresolved,
            },
            via: a.via.clone(),
            cue: a.cue.map(|s| Cue {
                text: doc.slice(s).to_string(),
                start: s.start,
                end: s.end,
            }),
            content: Content {
                text: doc.slice(c.content).to_string(),
                start: c.content.start,
                end: c.content.end,
                line,
                column,
            },
            stance: c.stance,
            hedged: c.hedged,
            source,
        });
    }
    Parsed { claims, sources }
}

fn entity_of(c: &Pending) -> Option<usize> {
    c.attribution.as_ref().map(|a| a.entity)
}

/// Each entity's name as a source, with "Mr." or "Ms." before a name that people of both
/// genders bear ("Mr. Khan" and "Ms. Khan", whom the article names by surname only).
fn names_told_apart(entities: &[speaker::Entity]) -> Vec<String> {
    let mut genders: lexicon::WordMap<&str, (bool, bool)> = Default::default();
    for e in entities {
        let seen = genders.entry(e.name.as_str()).or_default();
        match e.gender {
            Some(Gender::Male) => seen.0 = true,
            Some(Gender::Female) => seen.1 = true,
            None => {}
        }
    }
    entities
        .iter()
        .map(|e| {
            // (A full name is one person's, however the article's pronouns read.)
            let surname = !e.name.contains(' ');
            match (genders.get(e.name.as_str()), e.gender) {
                (Some((true, true)), Some(Gender::Male)) if surname => format!("Mr. {}", e.name),
                (Some((true, true)), Some(Gender::Female)) if surname => {
                    format!("Ms. {}", e.name)
                }
                _ => e.name.clone(),
            }
        })
        .collect()
}
/// `prefix` and `n` in decimal ("c12"): a claim's id, written without the formatting
/// machinery, which cost some 500 instructions an id.
fn numbered(prefix: char, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - at);
    id.push(prefix);
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

#[cfg(test)]
mod tests;
