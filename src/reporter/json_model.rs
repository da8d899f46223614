//! The report as JSON and JSON Lines write it: each article with its conflicts' places and
//! its contested points, and the story of `--across`. The layout is documented in
//! `docs/json-format.md`.

use serde::Serialize;

use super::points::points;
use crate::model::Article;

/// An article as written: the report, and its conflicts grouped into contested points as the
/// text report shows them.
#[derive(Serialize)]
pub(super) struct ArticleOut<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: &'a Option<String>,
    title: &'a Option<String>,
    sources: &'a [crate::model::Source],
    claims: &'a [crate::model::Claim],
    conflicts: Vec<ConflictOut<'a, crate::model::Conflict>>,
    points: Vec<PointOut<'a, &'a str, &'a str>>,
}

/// A conflict, with where each of its two claims is, so that a script need not look the
/// claims up to point at them.
#[derive(Serialize)]
struct ConflictOut<'a, C> {
    #[serde(flatten)]
    conflict: &'a C,
    places: Vec<Place>,
}

#[derive(Serialize)]
struct Place {
    line: usize,
    column: usize,
}

/// One contested point: two sources, the claims of each (`Claim`: an id in an article, a
/// place in a story), the conflicts that pair them; `across` only in a story.
#[derive(Serialize)]
struct PointOut<'a, Claim, Id> {
    topic: &'a str,
    kind: &'static str,
    confidence: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    across: Option<bool>,
    sides: [SideOut<'a, Claim>; 2],
    conflicts: Vec<Id>,
}

#[derive(Serialize)]
struct SideOut<'a, Claim> {
    source: usize,
    name: &'a str,
    claims: Vec<Claim>,
}

impl<'a> ArticleOut<'a> {
    pub(super) fn of(article: &'a Article) -> Self {
        let points = points(article)
            .into_iter()
            .map(|p| {
                let lead: &'a crate::model::Conflict = p.conflicts[0];
                let sides = p.sides;
                let conflicts = p.conflicts.iter().map(|c| c.id.as_str()).collect();
                let [first, second] = p.claims;
                let side = |i: usize, claims: Vec<&'a str>| SideOut {
                    source: sides[i],
                    name: &article.sources[sides[i]].name,
                    claims,
                };
                PointOut {
                    topic: &lead.topic,
                    kind: lead.kind.as_str(),
                    confidence: lead.confidence,
                    across: None,
                    sides: [side(0, first), side(1, second)],
                    conflicts,
                }
            })
            .collect();
        let conflicts = article
            .conflicts
            .iter()
            .map(|conflict| ConflictOut {
                conflict,
                places: conflict
                    .claims
                    .iter()
                    .filter_map(|id| article.claim(id))
                    .map(|c| Place {
                        line: c.content.line,
                        column: c.content.column,
                    })
                    .collect(),
            })
            .collect();
        ArticleOut {
            path: &article.path,
            text: &article.text,
            title: &article.title,
            sources: &article.sources,
            claims: &article.claims,
            conflicts,
            points,
        }
    }
}

impl ArticleOut<'_> {
    /// The article as compact JSON, the bytes `serde_json::to_writer` writes, with its
    /// sources and claims written by [`super::direct`].
    pub(super) fn write_compact(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        use super::direct::{write_claim, write_list, write_source, write_str};
        out.extend_from_slice(b"{\"path\":");
        write_str(out, self.path);
        if let Some(text) = self.text {
            out.extend_from_slice(b",\"text\":");
            write_str(out, text);
        }
        out.extend_from_slice(b",\"title\":");
        match self.title {
            Some(title) => write_str(out, title),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"sources\":");
        write_list(out, self.sources, write_source);
        out.extend_from_slice(b",\"claims\":");
        write_list(out, self.claims, write_claim);
        out.extend_from_slice(b",\"conflicts\":");
        serde_json::to_writer(&mut *out, &self.conflicts)?;
        out.extend_from_slice(b",\"points\":");
        serde_json::to_writer(&mut *out, &self.points)?;
        out.push(b'}');
        Ok(())
    }
}

/// The story of `--across`, beside the articles: its sources merged, the statements several
/// articles carry, its conflicts with each side's article and place, and its points.
#[derive(Serialize)]
pub(super) struct StoryOut<'a> {
    sources: &'a [crate::story::StorySource],
    statements: &'a [crate::story::Statement],
    conflicts: Vec<ConflictOut<'a, crate::story::StoryConflict>>,
    points: Vec<PointOut<'a, &'a crate::story::Place, String>>,
}

impl<'a> StoryOut<'a> {
    pub(super) fn of(articles: &'a [Article], story: &'a crate::story::Story) -> Self {
        let place_of = |p: &crate::story::Place| {
            articles[p.article].claim(&p.claim).map(|c| Place {
                line: c.content.line,
                column: c.content.column,
            })
        };
        let conflicts = story
            .conflicts
            .iter()
            .map(|conflict| ConflictOut {
                conflict,
                places: conflict.claims.iter().filter_map(place_of).collect(),
            })
            .collect();
        // The joined article's conflicts are the story's, in the same order.
        let ids: std::collections::HashMap<&str, &str> = story
            .joined
            .conflicts
            .iter()
            .zip(&story.conflicts)
            .map(|(k, s)| (k.id.as_str(), s.id.as_str()))
            .collect();
        let story_id = |c: &crate::model::Conflict| -> String {
            ids.get(c.id.as_str())
                .copied()
                .unwrap_or_default()
                .to_string()
        };
        let joined = &story.joined;
        let points = points(joined)
            .into_iter()
            .map(|p| {
                let lead: &'a crate::model::Conflict = p.conflicts[0];
                let sides = p.sides;
                let across = p.conflicts.iter().any(|c| {
                    let [x, y] = &c.claims;
                    story.place(x).map(|p| p.article) != story.place(y).map(|p| p.article)
                });
                let conflicts = p.conflicts.iter().map(|c| story_id(c)).collect();
                let [first, second] = p.claims;
                let side = |i: usize, claims: Vec<&'a str>| SideOut {
                    source: sides[i],
                    name: &story.sources[sides[i]].name,
                    claims: claims.iter().filter_map(|id| story.place(id)).collect(),
                };
                PointOut {
                    topic: &lead.topic,
                    kind: lead.kind.as_str(),
                    confidence: lead.confidence,
                    across: Some(across),
                    sides: [side(0, first), side(1, second)],
                    conflicts,
                }
            })
            .collect();
        StoryOut {
            sources: &story.sources,
            statements: &story.statements,
            conflicts,
            points,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, Stance};

    fn both(article: &Article) -> (String, String) {
        let out = ArticleOut::of(article);
        let mut direct = Vec::new();
        out.write_compact(&mut direct).unwrap();
        (
            String::from_utf8(direct).unwrap(),
            serde_json::to_string(&out).unwrap(),
        )
    }

    #[test]
    fn write_compact_writes_what_serde_json_writes() {
        let text = "Budget talks\n\n\"Taxes will rise,\" said Finance Minister Ana Ruiz. \
                    The opposition leader, Tom Hale, denied that taxes would rise. \
                    \"That is a lie,\" he said, according to aides.\n";
        let mut article = crate::analyze("a \"path\".txt", text);
        assert!(article.claims.len() >= 2 && !article.conflicts.is_empty());
        assert_eq!(both(&article).0, both(&article).1);
        // Every variant and option the claims and sources can take.
        article.text = Some("tab\there \u{1} \\ done".to_string());
        article.title = None;
        let kinds = [ClaimKind::Direct, ClaimKind::Partial, ClaimKind::Indirect];
        let stances = Stance::ALL;
        for (n, claim) in article.claims.iter_mut().enumerate() {
            claim.kind = kinds[n % 3];
            claim.stance = stances[(n + 1) % stances.len()];
            claim.hedged = n % 2 == 0;
            claim.via = vec!["aides".to_string(); n % 3];
            claim.cue = if n % 2 == 0 { None } else { claim.cue.take() };
            claim.speaker.role = Some(format!("role \"{n}\""));
            claim.speaker.affiliation = (n % 2 == 1).then(|| "party".to_string());
            claim.speaker.mention = None;
            claim.speaker.unresolved = n % 2 == 0;
        }
        for source in &mut article.sources {
            source.role = Some("minister".to_string());
            source.unresolved = true;
        }
        let (direct, serde) = both(&article);
        assert_eq!(direct, serde);
    }
}
