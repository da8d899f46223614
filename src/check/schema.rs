//! The sidecar's schema: what an `x.expect.json` holds, as serde reads and writes it. The
//! format is documented in `docs/expectations.md`.

use serde::{Deserialize, Serialize};

/// What one article's report must contain: the sidecar file's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// Conflicts that must be reported.
    #[serde(default)]
    pub conflicts: Vec<ExpectedConflict>,
    /// Whether conflicts not listed in `conflicts` are allowed; when false they fail the check.
    #[serde(default)]
    pub other_conflicts: bool,
    /// Claims that must be found.
    #[serde(default)]
    pub claims: Vec<ExpectedClaim>,
    /// Whether claims not listed in `claims` are allowed; when false they fail the check.
    #[serde(default = "yes")]
    pub other_claims: bool,
}

fn yes() -> bool {
    true
}

impl Default for Expectation {
    fn default() -> Self {
        Expectation {
            conflicts: Vec::new(),
            other_conflicts: false,
            claims: Vec::new(),
            other_claims: true,
        }
    }
}

/// A claim that must be found: its speaker, and a phrase of its content.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedClaim {
    /// Words of the speaker's name; every one must be a word of the name (any case).
    pub speaker: String,
    /// A phrase the claim's content contains (any case, any spacing, quotation marks ignored).
    #[serde(default)]
    pub words: String,
}

/// A conflict that must be reported: the two sides, each a speaker and a phrase.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedConflict {
    /// The speakers of the two sides, matched like [`ExpectedClaim::speaker`].
    pub speakers: [String; 2],
    /// A phrase of each side's claim, in the order of `speakers`.
    #[serde(default)]
    pub words: [String; 2],
    /// The kind of conflict (`negation`, `antonym`, `numeric`, `denial`, `contrast`); any kind
    /// when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
