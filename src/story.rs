//! One story told by several articles (`claimcheck --across`): their sources merged into one
//! list, a statement that several articles carry kept as one with several places, and the
//! conflicts between claims of different sources anywhere in the story, within one article
//! or across two.
//!
//! The articles are read one by one as always, so that no speaker leaks from one into
//! another, and each one's conflicts are the story's; then their claims are set one after
//! another in a text that joins the articles, and the matcher compares claims of two
//! articles there ([`matcher::Reach::across`]): each claim with a few claims of other
//! articles that share its rarest words or figures, so the time stays linear in the story's
//! claims.

use std::collections::HashMap;

use serde::Serialize;

use crate::document::Document;
use crate::lexicon;
use crate::matcher;
use crate::model::{Article, Claim, Conflict, ConflictKind, Source, Stance};
use crate::parser::{initials_key, same_by_initials, same_name, title_gender};

/// An article of the story with the text its offsets refer to.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub article: &'a Article,
    pub text: &'a str,
}

/// A claim of the story: its article (an index into the story's articles) and its id there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    pub article: usize,
    pub claim: String,
}

/// A source merged across the articles: the same person by full name or by surname, the
/// same body by name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorySource {
    pub name: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// Each article that quotes the source, with its claims there.
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub article: usize,
    pub claims: Vec<String>,
}

/// The same words of the same source carried by more than one article: one statement,
/// never in conflict with itself, counted once.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    /// An index into the story's sources.
    pub source: usize,
    pub places: Vec<Place>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryConflict {
    pub id: String,
    pub claims: [Place; 2],
    pub kind: ConflictKind,
    pub confidence: f64,
    pub topic: String,
    pub reason: String,
    /// Whether the two claims are in different articles.
    pub across: bool,
}

/// The story: sources, statements carried more than once, and conflicts.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub sources: Vec<StorySource>,
    pub statements: Vec<Statement>,
    pub conflicts: Vec<StoryConflict>,
    /// The story as one article: every claim of every article in order (ids `c1`, `c2`, …
    /// over the joined text), the story's sources and conflicts. Contested points are
    /// grouped from it as from any article.
    pub joined: Article,
    /// Where each claim of `joined` is, by its index.
    pub places: Vec<Place>,
    /// Each claim of `joined` to the places of the other articles that carry the same
    /// statement.
    pub also: Vec<Vec<Place>>,
}

impl Story {
    /// The place of a claim of [`Story::joined`], by its id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        let n: usize = id.strip_prefix('c')?.parse().ok()?;
        self.places.get(n.checked_sub(1)?)
    }

    /// Same-statement places of a claim of [`Story::joined`] in other articles.
    pub fn also(&self, id: &str) -> &[Place] {
        id.strip_prefix('c')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| self.also.get(n.checked_sub(1)?))
            .map_or(&[], Vec::as_slice)
    }
}

/// Cross-references the claims of `reports`, keeping conflicts at least `min_confidence`
/// sure.
pub fn cross_reference(reports: &[Report], min_confidence: f64) -> Story {
    let (sources, merged) = merge_sources(reports);
    // The articles one after another, a blank line apart, so that each paragraph stays one.
    let mut text = String::new();
    let mut starts = Vec::with_capacity(reports.len());
    for r in reports {
        starts.push(text.len());
        text.push_str(r.text);
        text.push_str("\n\n");
    }
    let doc = Document::outline(&text);
    let mut claims = Vec::new();
    let mut places = Vec::new();
    for (a, r) in reports.iter().enumerate() {
        for c in &r.article.claims {
            let mut c = c.clone();
            crate::several::move_claim(&mut c, starts[a], &doc);
            c.source = merged[a][c.source];
            places.push(Place {
                article: a,
                claim: c.id.clone(),
            });
            c.id = format!("c{}", claims.len() + 1);
            claims.push(c);
        }
    }
    let mut story_sources: Vec<Source> = sources
        .iter()
        .map(|s| Source {
            name: s.name.clone(),
            role: s.role.clone(),
            affiliation: s.affiliation.clone(),
            unresolved: false,
            claims: Vec::new(),
        })
        .collect();
    for c in &claims {
        story_sources[c.source].claims.push(c.id.clone());
    }
    // A source is unresolved when every claim of it is.
    let mut resolved = vec![false; story_sources.len()];
    for c in &claims {
        resolved[c.source] |= !c.speaker.unresolved;
    }
    for (out, resolved) in story_sources.iter_mut().zip(resolved) {
        out.unresolved = !resolved;
    }
    // One statement, several places: the same source and the same words.
    let mut statement_of: HashMap<(usize, String), usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let statement: Vec<usize> = claims
        .iter()
        .map(|c| {
            let key = (c.source, lexicon::fold(&c.content.text));
            *statement_of.entry(key).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            })
        })
        .collect();
    for (i, &g) in statement.iter().enumerate() {
        groups[g].push(i);
    }
    let also: Vec<Vec<Place>> = (0..claims.len())
        .map(|i| {
            groups[statement[i]]
                .iter()
                .filter(|&&k| places[k].article != places[i].article)
                .map(|&k| places[k].clone())
                .collect()
        })
        .collect();
    let statements = groups
        .iter()
        .filter(|g| g.iter().any(|&k| places[k].article != places[g[0]].article))
        .map(|g| Statement {
            source: claims[g[0]].source,
            places: g.iter().map(|&k| places[k].clone()).collect(),
        })
        .collect();
    // Each article's own conflicts, as it reported them; then the matcher on pairs of claims
    // of two articles.
    let first_claim: Vec<usize> = reports
        .iter()
        .scan(0, |n, r| {
            let first = *n;
            *n += r.article.claims.len();
            Some(first)
        })
        .collect();
    let joined_id = |a: usize, id: &str| -> Option<String> {
        let k = reports[a].article.claims.iter().position(|c| c.id == id)?;
        Some(claims[first_claim[a] + k].id.clone())
    };
    let mut found: Vec<Conflict> = Vec::new();
    for (a, r) in reports.iter().enumerate() {
        for c in &r.article.conflicts {
            if let (Some(x), Some(y)) = (joined_id(a, &c.claims[0]), joined_id(a, &c.claims[1])) {
                found.push(Conflict {
                    claims: [x, y],
                    ..c.clone()
                });
            }
        }
    }
    let article_of: Vec<usize> = places.iter().map(|p| p.article).collect();
    let across = matcher::find_conflicts_within(
        &doc,
        &claims,
        &story_sources,
        matcher::Reach::across(&article_of),
    );
    let index_of = |id: &str| -> usize {
        id.strip_prefix('c')
            .and_then(|n| n.parse::<usize>().ok())
            .map_or(0, |n| n - 1)
    };
    found.extend(
        across
            .into_iter()
            .filter(|c| article_of[index_of(&c.claims[0])] != article_of[index_of(&c.claims[1])]),
    );
    found.extend(answered_reports(reports, &claims, &places));
    // In story order: by the place of each pair's first claim, then its second.
    found.sort_by_key(|c| (index_of(&c.claims[0]), index_of(&c.claims[1])));
    let index = |id: &str| -> usize {
        id.strip_prefix('c')
            .and_then(|n| n.parse::<usize>().ok())
            .map_or(0, |n| n - 1)
    };
    // A statement carried twice pairs with the other side once.
    let mut seen = std::collections::HashSet::new();
    let mut conflicts: Vec<Conflict> = Vec::new();
    for c in found {
        if c.confidence < min_confidence {
            continue;
        }
        let (x, y) = (
            statement[index(&c.claims[0])],
            statement[index(&c.claims[1])],
        );
        if seen.insert((x.min(y), x.max(y))) {
            conflicts.push(c);
        }
    }
    let story_conflicts = conflicts
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let [a, b] = [index(&c.claims[0]), index(&c.claims[1])];
            StoryConflict {
                id: format!("s{}", n + 1),
                claims: [places[a].clone(), places[b].clone()],
                kind: c.kind,
                confidence: c.confidence,
                topic: c.topic.clone(),
                reason: c.reason.clone(),
                across: places[a].article != places[b].article,
            }
        })
        .collect();
    let mut sources = sources;
    for (i, c) in claims.iter().enumerate() {
        let mentions = &mut sources[c.source].mentions;
        let article = places[i].article;
        match mentions.last_mut() {
            Some(m) if m.article == article => m.claims.push(places[i].claim.clone()),
            _ => mentions.push(Mention {
                article,
                claims: vec![places[i].claim.clone()],
            }),
        }
    }
    let joined = Article {
        path: String::new(),
        text: None,
        title: None,
        sources: story_sources,
        claims,
        conflicts,
    };
    Story {
        sources,
        statements,
        conflicts: story_conflicts,
        joined,
        places,
        also,
    }
}

/// A denial of "the reports" in one article answers the lead of each other article of the
/// story before it whose headline shares a word with the denier's: "Ankara denies new deal:
/// … denied the reports" against "Deal signed, agency says: A second contract … has been
/// signed". (Inside one article, the matcher pairs such a denial with what it answers.)
fn answered_reports(reports: &[Report], claims: &[Claim], places: &[Place]) -> Vec<Conflict> {
    let headline = |a: usize| -> Vec<String> {
        reports[a]
            .article
            .title
            .as_deref()
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .map(lexicon::fold)
            .filter(|w| w.chars().count() >= 3 && !lexicon::STOPWORDS.contains(w.as_str()))
            .map(|w| w.chars().take(5).collect())
            .collect()
    };
    let mut out = Vec::new();
    for (j, d) in claims.iter().enumerate() {
        let words: Vec<String> = d
            .content
            .text
            .split_whitespace()
            .map(lexicon::fold)
            .collect();
        let pointer = matches!(d.stance, Stance::Deny | Stance::Doubt)
            && words.len() <= 3
            && words.iter().any(|w| lexicon::REPORT_NOUNS.contains(w));
        if !pointer {
            continue;
        }
        let own = headline(places[j].article);
        for a in 0..places[j].article {
            if !headline(a).iter().any(|w| own.contains(w)) {
                continue;
            }
            // The article's lead: its first claim that asserts, of another source.
            let lead = (0..j).find(|&i| {
                places[i].article == a
                    && claims[i].stance == Stance::Assert
                    && claims[i].source != d.source
                    && !claims[i].speaker.unresolved
            });
            if let Some(i) = lead {
                let verb = d.cue.as_ref().map_or("denies", |k| k.text.as_str());
                out.push(Conflict {
                    id: format!("r{}", out.len() + 1),
                    claims: [claims[i].id.clone(), d.id.clone()],
                    kind: ConflictKind::Denial,
                    confidence: 0.6,
                    topic: d.content.text.clone(),
                    reason: format!(
                        "{} {verb} \"{}\", answering {}",
                        d.speaker.name, d.content.text, claims[i].speaker.name
                    ),
                });
            }
        }
    }
    out
}

/// The story's sources, and for each article each of its sources' index among them. A
/// source is merged with an earlier one of the same name, or one whose name is part of it
/// ("Shugayev", "Dmitry Shugayev") when only one earlier source has such a name. A source
/// named by an unresolved pronoun stays apart.
fn merge_sources(reports: &[Report]) -> (Vec<StorySource>, Vec<Vec<usize>>) {
    let mut out: Vec<StorySource> = Vec::new();
    // Resolved sources by folded name, and by the folded first and last words of their
    // names (what `same_name` compares), so that a name is compared only with those that
    // could be the same: a story of a thousand articles has thousands of sources.
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    let ends = |name: &str| -> Vec<String> {
        let mut words = name.split_whitespace().map(lexicon::fold);
        let first = words.next();
        let last = words.next_back();
        first.into_iter().chain(last).collect()
    };
    let mut merged = Vec::with_capacity(reports.len());
    for r in reports {
        let mut ids = Vec::with_capacity(r.article.sources.len());
        for s in &r.article.sources {
            let folded = lexicon::fold(&s.name);
            let partial = || {
                let mut hits: Vec<usize> = ends(&s.name)
                    .iter()
                    .filter_map(|w| by_word.get(w))
                    .flatten()
                    .copied()
                    .filter(|&i| same_name(&out[i].name, &s.name))
                    // "Ms. Marsh" is not "Tom Marsh".
                    .filter(|&i| {
                        match (gender(&out[i].name, &out[i].role), gender(&s.name, &s.role)) {
                            (Some(x), Some(y)) => x == y,
                            _ => true,
                        }
                    })
                    .collect();
                hits.sort_unstable();
                hits.dedup();
                (hits.len() == 1).then(|| hits[0])
            };
            // "EPA" in one article, "Environmental Protection Agency" in another.
            let acronym = || {
                let hits = by_initials.get(&initials_key(&s.name)?)?;
                let mut hits = hits
                    .iter()
                    .copied()
                    .filter(|&i| same_by_initials(&out[i].name, &s.name));
                let first = hits.next()?;
                hits.next().is_none().then_some(first)
            };
            let found = if s.unresolved {
                None
            } else {
                by_name
                    .get(&folded)
                    .copied()
                    .or_else(partial)
                    .or_else(acronym)
            };
            let id = match found {
                Some(i) => {
                    let t = &mut out[i];
                    // The fullest name and the first role and affiliation said.
                    if s.name.chars().count() > t.name.chars().count() {
                        t.name = s.name.clone();
                        by_name.insert(folded, i);
                        for w in ends(&s.name) {
                            by_word.entry(w).or_default().push(i);
                        }
                    }
                    if t.role.is_none() {
                        t.role = s.role.clone();
                    }
                    if t.affiliation.is_none() {
                        t.affiliation = s.affiliation.clone();
                    }
                    i
                }
                None => {
                    let i = out.len();
                    out.push(StorySource {
                        name: s.name.clone(),
                        role: s.role.clone(),
                        affiliation: s.affiliation.clone(),
                        mentions: Vec::new(),
                    });
                    if !s.unresolved {
                        by_name.insert(folded, i);
                        for w in ends(&s.name) {
                            by_word.entry(w).or_default().push(i);
                        }
                        if let Some(key) = initials_key(&s.name) {
                            by_initials.entry(key).or_default().push(i);
                        }
                    }
                    i
                }
            };
            ids.push(id);
        }
        merged.push(ids);
    }
    (out, merged)
}

/// The gender a source's title or first name says ("Ms.", "Tom Marsh"), if any.
fn gender(name: &str, role: &Option<String>) -> Option<lexicon::Gender> {
    let titled = role
        .as_deref()
        .and_then(|r| r.split_whitespace().last())
        .and_then(|t| title_gender(&lexicon::fold(t)));
    let mut words = name.split_whitespace();
    let first = words.next()?;
    titled.or_else(|| {
        words
            .next()
            .and_then(|_| lexicon::first_name_gender(&lexicon::fold(first)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    fn story(texts: &[&str]) -> (Vec<Article>, Story) {
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| analyze(&format!("{i}.txt"), t))
            .collect();
        let reports: Vec<Report> = articles
            .iter()
            .zip(texts)
            .map(|(article, text)| Report { article, text })
            .collect();
        let s = cross_reference(&reports, matcher::DEFAULT_MIN_CONFIDENCE);
        (articles, s)
    }

    #[test]
    fn a_surname_in_one_article_is_the_full_name_in_another() {
        let (_, s) = story(&[
            "Port deal\n\nHarbour chief Lena Marsh said the port had been sold.\n",
            "Port sale\n\nMarsh said the buyer would keep every worker.\n",
        ]);
        let names: Vec<&str> = s.sources.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Lena Marsh"]);
        assert_eq!(s.sources[0].mentions.len(), 2);
    }

    #[test]
    fn two_people_who_share_a_surname_stay_apart() {
        let (_, s) = story(&[
            "Port deal\n\nLena Marsh said the port had been sold.\n\nTom Marsh said it had not.\n",
            "Port sale\n\nMarsh said the buyer would keep every worker.\n",
        ]);
        assert_eq!(s.sources.len(), 3, "{:#?}", s.sources);
    }

    #[test]
    fn an_acronym_is_the_body_it_abbreviates() {
        let (_, s) = story(&[
            "Spill\n\nThe Environmental Protection Agency said the river was safe.\n",
            "Spill row\n\nThe EPA said samples would be taken daily.\n",
        ]);
        assert_eq!(s.sources.len(), 1, "{:#?}", s.sources);
    }

    #[test]
    fn a_surname_with_a_title_of_the_other_gender_is_someone_else() {
        let (_, s) = story(&[
            "Port deal\n\nHarbour chief Tom Marsh said the port had been sold.\n",
            "Port sale\n\nMs. Marsh said the buyer would keep every worker.\n",
        ]);
        assert_eq!(s.sources.len(), 2, "{:#?}", s.sources);
    }

    #[test]
    fn a_denial_in_one_article_answers_a_claim_in_another() {
        let (_, s) = story(&[
            "Port deal\n\nThe harbour board said the port sale had been signed on Monday.\n",
            "Port sale\n\nThe union said no sale had been signed.\n",
        ]);
        assert_eq!(s.conflicts.len(), 1, "{:#?}", s.conflicts);
        let c = &s.conflicts[0];
        assert!(c.across);
        assert_eq!([c.claims[0].article, c.claims[1].article], [0, 1]);
    }

    #[test]
    fn a_denial_of_the_reports_answers_the_lead_of_a_report_of_the_same_story() {
        let report = "Port sale signed, board says\n\nThe harbour board said on Monday that the port sale had been signed.\n";
        for (headline, pairs) in [
            ("Union denies port sale", 1),
            ("Union elects new leader", 0),
        ] {
            let denial =
                format!("{headline}\n\nThe dockers' union on Tuesday denied the reports.\n");
            let (_, s) = story(&[report, &denial]);
            assert_eq!(s.conflicts.len(), pairs, "{headline}: {:#?}", s.conflicts);
        }
    }

    #[test]
    fn one_statement_carried_twice_is_one_with_two_places_and_pairs_once() {
        let (_, s) = story(&[
            "Port deal\n\nThe harbour board said the port sale had been signed on Monday.\n",
            "Port deal, again\n\nThe harbour board said the port sale had been signed on Monday.\n",
            "Port sale\n\nThe union said no sale had been signed.\n",
        ]);
        assert_eq!(s.statements.len(), 1, "{:#?}", s.statements);
        assert_eq!(s.statements[0].places.len(), 2);
        assert_eq!(s.conflicts.len(), 1, "{:#?}", s.conflicts);
        assert_eq!(
            s.also("c1"),
            &[Place {
                article: 1,
                claim: "c1".into()
            }]
        );
    }
}
