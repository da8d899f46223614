//! The report value: what the parser and matcher produce and every renderer reads.
//!
//! Field names are part of the documented JSON format (`docs/json-format.md`) and are read by
//! the evaluation scorers; rename nothing without bumping [`SCHEMA_VERSION`].

use serde::Serialize;

/// Version of the JSON report layout.
pub const SCHEMA_VERSION: u32 = 1;

/// A byte range of the article, 0-based, end excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// Who made a claim, as the article names them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Speaker {
    pub name: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// The words that name the speaker at this attribution ("he", "the official", "Washington").
    pub mention: Option<Span>,
    /// A pronoun ("he", "they") with no one before it to stand for: the name is the
    /// pronoun, and the claim takes part in no conflict.
    pub unresolved: bool,
}

/// The words that mark the attribution ("said", "according to", "cited ... as saying").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cue {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// What was claimed, with its place in the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Content {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, counted in characters.
    pub column: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Words inside quotation marks, set off as a quotation.
    Direct,
    /// A reported clause that quotes some of the speaker's words.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Assert,
    Deny,
    Doubt,
    /// A side taken for a measure, a plan or a course ("supports the plan"): a position,
    /// not a statement.
    Support,
    /// A side taken against one ("opposed the bill").
    Oppose,
}

impl Stance {
    /// Whether the claim takes a side (`support`, `oppose`): a position, not a statement.
    pub fn is_side(self) -> bool {
        matches!(self, Stance::Support | Stance::Oppose)
    }

    /// Every stance, in the order the JSON documentation lists them.
    pub const ALL: [Stance; 5] = [
        Stance::Assert,
        Stance::Deny,
        Stance::Doubt,
        Stance::Support,
        Stance::Oppose,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub id: String,
    pub kind: ClaimKind,
    pub speaker: Speaker,
    /// Intermediaries that relay the speaker's words, outermost last (e.g. a news agency).
    pub via: Vec<String>,
    pub cue: Option<Cue>,
    pub content: Content,
    pub stance: Stance,
    /// Softened by "reportedly", "allegedly", "may", "might" and the like.
    pub hedged: bool,
    /// Index into [`Article::sources`].
    #[serde(skip)]
    pub source: usize,
}

/// One speaker of the article with every claim attributed to them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub name: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// As [`Speaker::unresolved`].
    pub unresolved: bool,
    pub claims: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    Negation,
    Antonym,
    Numeric,
    Denial,
    Contrast,
}

impl ConflictKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictKind::Negation => "negation",
            ConflictKind::Antonym => "antonym",
            ConflictKind::Numeric => "numeric",
            ConflictKind::Denial => "denial",
            ConflictKind::Contrast => "contrast",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    pub id: String,
    /// Exactly two claim ids, from different sources.
    pub claims: [String; 2],
    pub kind: ConflictKind,
    /// 0 to 1, rounded to two decimals so output stays byte-stable.
    pub confidence: f64,
    pub topic: String,
    pub reason: String,
}

/// The report for one input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    pub path: String,
    /// The text the offsets refer to, when the input was not plain text (a web page, a
    /// Markdown file): the article extracted from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub title: Option<String>,
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    pub conflicts: Vec<Conflict>,
}

impl Article {
    /// The claim with this id. The parser numbers claims in order (`c1`, `c2`, …), so the
    /// number says where to look; an article built otherwise is searched.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        let numbered = id
            .strip_prefix('c')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| self.claims.get(n.checked_sub(1)?))
            .filter(|c| c.id == id);
        numbered.or_else(|| self.claims.iter().find(|c| c.id == id))
    }

    /// The two claims a conflict pairs, when both are in this article.
    pub fn conflict_claims(&self, conflict: &Conflict) -> Option<(&Claim, &Claim)> {
        Some((
            self.claim(&conflict.claims[0])?,
            self.claim(&conflict.claims[1])?,
        ))
    }
}
