//! Contested points: the conflicts between the same two sources, shown together so that a
//! reader sees each disagreement once, with every claim on each side.

use crate::model::{Article, Conflict};

#[derive(Debug, Clone, PartialEq)]
pub struct Point<'a> {
    /// Source indices of the two sides, in order of their first claim.
    pub sides: [usize; 2],
    /// Claim ids on each side, in document order.
    pub claims: [Vec<&'a str>; 2],
    /// The conflicts of this point, strongest first.
    pub conflicts: Vec<&'a Conflict>,
}

impl Point<'_> {
    /// The strongest conflict, which names the point.
    pub fn lead(&self) -> &Conflict {
        self.conflicts[0]
    }
}

/// Groups an article's conflicts by the pair of sources they oppose, strongest point first.
pub fn points(article: &Article) -> Vec<Point<'_>> {
    let mut out: Vec<Point> = Vec::new();
    // Each unordered pair of sources to its point: linear in conflicts however many points.
    let mut index: std::collections::HashMap<[usize; 2], usize> = std::collections::HashMap::new();
    for conflict in &article.conflicts {
        let Some((a, b)) = article.conflict_claims(conflict) else {
            continue;
        };
        let (first, second) = if a.content.start <= b.content.start {
            (a, b)
        } else {
            (b, a)
        };
        let pair = [first.source, second.source];
        let key = [pair[0].min(pair[1]), pair[0].max(pair[1])];
        let at = *index.entry(key).or_insert_with(|| {
            out.push(Point {
                sides: pair,
                claims: [Vec::new(), Vec::new()],
                conflicts: Vec::new(),
            });
            out.len() - 1
        });
        let point = &mut out[at];
        for claim in [first, second] {
            let side = usize::from(claim.source != point.sides[0]);
            point.claims[side].push(&claim.id);
        }
        point.conflicts.push(conflict);
    }
    let position = |id: &str| article.claim(id).map_or(0, |c| c.content.start);
    for p in &mut out {
        p.conflicts
            .sort_by(|x, y| y.confidence.total_cmp(&x.confidence).then(x.id.cmp(&y.id)));
        for side in &mut p.claims {
            side.sort_by_key(|id| (position(id), *id));
            side.dedup();
        }
    }
    out.sort_by(|x, y| {
        y.lead()
            .confidence
            .total_cmp(&x.lead().confidence)
            .then(position(x.claims[0][0]).cmp(&position(y.claims[0][0])))
    });
    out
}
