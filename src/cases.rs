//! Test cases kept as data: `tests/data/cases/parser/*.toml`, an article and what the parser
//! must find in it, and `tests/data/cases/matcher/*.toml`, an article, the claims on it and
//! the conflicts the matcher must find between them. `tests/data/cases/README.md` describes
//! the format; here are its serde types, the checks and the runner that the table-driven
//! tests (`parser::tests::parser_cases`, `matcher::tests::matcher_cases`) call.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::document::Document;
use crate::model::{
    Claim, ClaimKind, Conflict, ConflictKind, Content, Cue, Source, Span, Speaker, Stance,
};

/// One case file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The article, exactly as the parser or matcher reads it.
    pub article: String,
    /// A known gap: the case is run only by the ignored test (`cargo test -- --ignored`).
    pub ignore: Option<String>,
    /// Matcher cases: the claims are the parser's (the case checks attribution too), not
    /// listed by hand.
    #[serde(default)]
    pub claims_from_parser: bool,
    /// Matcher cases: the claims the matcher is given, in article order.
    #[serde(default)]
    pub claim: Vec<HandClaim>,
    pub expect: Expect,
}

/// A claim written by hand for a matcher case. Its place is found in the article: `text`
/// after the previous claim (else within it, else anywhere), `cue` and `mention` as the
/// occurrences nearest to it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandClaim {
    pub speaker: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// A pronoun nothing before stands for.
    #[serde(default)]
    pub unresolved: bool,
    /// The words that name the speaker, when the matcher must see where they stand.
    pub mention: Option<String>,
    pub cue: Option<String>,
    pub text: String,
    #[serde(default = "indirect")]
    pub kind: Kind,
    #[serde(default = "assert")]
    pub stance: StanceName,
    #[serde(default)]
    pub hedged: bool,
    #[serde(default)]
    pub via: Vec<String>,
}

fn indirect() -> Kind {
    Kind::Indirect
}

fn assert() -> StanceName {
    StanceName::Assert
}

/// [`ClaimKind`] as a case names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Direct,
    Partial,
    Indirect,
}

impl From<Kind> for ClaimKind {
    fn from(k: Kind) -> Self {
        match k {
            Kind::Direct => ClaimKind::Direct,
            Kind::Partial => ClaimKind::Partial,
            Kind::Indirect => ClaimKind::Indirect,
        }
    }
}

/// [`Stance`] as a case names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StanceName {
    Assert,
    Deny,
    Doubt,
    Support,
    Oppose,
}

impl From<StanceName> for Stance {
    fn from(s: StanceName) -> Self {
        match s {
            StanceName::Assert => Stance::Assert,
            StanceName::Deny => Stance::Deny,
            StanceName::Doubt => Stance::Doubt,
            StanceName::Support => Stance::Support,
            StanceName::Oppose => Stance::Oppose,
        }
    }
}

/// [`ConflictKind`] as a case names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KindOfConflict {
    Negation,
    Antonym,
    Numeric,
    Denial,
    Contrast,
}

impl From<KindOfConflict> for ConflictKind {
    fn from(k: KindOfConflict) -> Self {
        match k {
            KindOfConflict::Negation => ConflictKind::Negation,
            KindOfConflict::Antonym => ConflictKind::Antonym,
            KindOfConflict::Numeric => ConflictKind::Numeric,
            KindOfConflict::Denial => ConflictKind::Denial,
            KindOfConflict::Contrast => ConflictKind::Contrast,
        }
    }
}

/// One phrase or several.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Phrases {
    One(String),
    Many(Vec<String>),
}

impl Default for Phrases {
    fn default() -> Self {
        Phrases::Many(Vec::new())
    }
}

impl Phrases {
    fn iter(&self) -> impl Iterator<Item = &String> {
        match self {
            Phrases::One(p) => std::slice::from_ref(p).iter(),
            Phrases::Many(ps) => ps.iter(),
        }
    }

    fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

/// What must hold of the report. Every field may be left out; a case must give at least one.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// How many claims.
    pub claims: Option<usize>,
    pub claims_at_least: Option<usize>,
    /// How many sources.
    pub sources: Option<usize>,
    /// Every source's name, in order.
    pub source_names: Option<Vec<String>>,
    /// Every claim's speaker name, in order.
    pub speakers: Option<Vec<String>>,
    /// Every claim's content, in order.
    pub texts: Option<Vec<String>>,
    /// How many claims have exactly this speaker name.
    #[serde(default)]
    pub by_speaker: BTreeMap<String, usize>,
    /// How many claims are of this kind.
    #[serde(default)]
    pub by_kind: BTreeMap<Kind, usize>,
    /// No claim's speaker is named this.
    #[serde(default)]
    pub no_speaker: Vec<String>,
    /// No claim's speaker name contains this.
    #[serde(default)]
    pub no_speaker_contains: Vec<String>,
    /// No claim has this cue.
    #[serde(default)]
    pub no_cue: Vec<String>,
    /// No claim's content contains this.
    #[serde(default)]
    pub no_claim_contains: Vec<String>,
    /// One claim each, and what must hold of it.
    #[serde(default)]
    pub claim: Vec<ClaimCheck>,
    /// Some claim meets every check of the entry.
    #[serde(default)]
    pub some_claim: Vec<ClaimCheck>,
    /// One source each, by place.
    #[serde(default)]
    pub source: Vec<SourceCheck>,
    /// How many conflicts (at the default `--min-confidence`).
    pub conflicts: Option<usize>,
    /// One conflict each, by place.
    #[serde(default)]
    pub conflict: Vec<ConflictCheck>,
    /// The conflicts of a kind and reason: how many (at least one when `count` is left out).
    #[serde(default)]
    pub conflicts_where: Vec<ConflictsWhere>,
    /// The conflicts are of at least this many kinds.
    pub kinds_at_least: Option<usize>,
    /// Every pair of claims the rules weigh (before the scorer) has a side by this source.
    pub candidates_involve: Option<String>,
}

impl Expect {
    /// Whether the entry checks claims or sources (what the parser found).
    pub fn checks_claims(&self) -> bool {
        self.claims.is_some()
            || self.claims_at_least.is_some()
            || self.sources.is_some()
            || self.source_names.is_some()
            || self.speakers.is_some()
            || self.texts.is_some()
            || !self.by_speaker.is_empty()
            || !self.by_kind.is_empty()
            || !self.no_speaker.is_empty()
            || !self.no_speaker_contains.is_empty()
            || !self.no_cue.is_empty()
            || !self.no_claim_contains.is_empty()
            || !self.claim.is_empty()
            || !self.some_claim.is_empty()
            || !self.source.is_empty()
            || self.conflict.iter().any(|c| !c.claim.is_empty())
    }

    /// Whether the entry checks conflicts (what the matcher found).
    pub fn checks_conflicts(&self) -> bool {
        self.conflicts.is_some()
            || !self.conflict.is_empty()
            || !self.conflicts_where.is_empty()
            || self.kinds_at_least.is_some()
            || self.candidates_involve.is_some()
    }
}

/// Which claim an entry is about, and what must hold of it. The claim is the one `at` that
/// place (1-based), or the `nth` (default the first) of those whose content contains
/// `with`, whose speaker is named `by` and whose kind is `of_kind`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimCheck {
    pub at: Option<usize>,
    pub with: Option<String>,
    pub by: Option<String>,
    pub of_kind: Option<Kind>,
    pub nth: Option<usize>,

    pub speaker: Option<String>,
    pub speaker_contains: Option<String>,
    pub speaker_starts_with: Option<String>,
    pub speaker_lacks: Option<String>,
    /// The same speaker name as the claim at this place.
    pub same_speaker_as: Option<usize>,
    pub text: Option<String>,
    #[serde(default)]
    pub text_contains: Phrases,
    pub text_starts_with: Option<String>,
    pub text_lacks: Option<String>,
    pub kind: Option<Kind>,
    pub stance: Option<StanceName>,
    pub hedged: Option<bool>,
    pub unresolved: Option<bool>,
    /// The intermediaries, exactly.
    pub via: Option<Vec<String>>,
    /// Some intermediary is exactly this.
    pub via_any: Option<String>,
    /// Some intermediary's name contains this.
    pub via_any_contains: Option<String>,
    pub role_contains: Option<String>,
    pub affiliation: Option<String>,
    #[serde(default)]
    pub no_affiliation: bool,
    pub affiliation_not: Option<String>,
    pub cue: Option<String>,
    /// The words the speaker mention spans in the article.
    pub mention: Option<String>,
    /// The place (1-based) of the claim's source among the sources.
    pub source: Option<usize>,
}

impl ClaimCheck {
    fn selects(&self) -> bool {
        self.at.is_some() || self.with.is_some() || self.by.is_some() || self.of_kind.is_some()
    }

    /// The entry as a reader of a failure sees it: "claim 2", "claim 1 with \"…\"".
    fn name(&self) -> String {
        let mut s = String::from("claim");
        if let Some(at) = self.at {
            let _ = write!(s, " {at}");
        }
        if let Some(n) = self.nth {
            let _ = write!(s, " (number {n})");
        }
        if let Some(w) = &self.with {
            let _ = write!(s, " with {w:?}");
        }
        if let Some(b) = &self.by {
            let _ = write!(s, " by {b:?}");
        }
        if let Some(k) = self.of_kind {
            let _ = write!(s, " of kind {k:?}");
        }
        s
    }

    fn select<'c>(&self, claims: &'c [Claim]) -> Result<&'c Claim, String> {
        if let Some(at) = self.at {
            if self.with.is_some() || self.by.is_some() || self.of_kind.is_some() {
                return Err(format!("{}: `at` takes no other selector", self.name()));
            }
            return at
                .checked_sub(1)
                .and_then(|i| claims.get(i))
                .ok_or_else(|| format!("{}: there are {} claims", self.name(), claims.len()));
        }
        let nth = self.nth.unwrap_or(1);
        claims
            .iter()
            .filter(|c| {
                self.with
                    .as_ref()
                    .is_none_or(|w| c.content.text.contains(w))
            })
            .filter(|c| self.by.as_ref().is_none_or(|b| c.speaker.name == *b))
            .filter(|c| self.of_kind.is_none_or(|k| c.kind == k.into()))
            .nth(nth.saturating_sub(1))
            .filter(|_| nth >= 1)
            .ok_or_else(|| format!("{}: no such claim", self.name()))
    }

    /// Every check of the entry that `claim` fails, as "what: expected …, found …".
    fn failures(&self, claim: &Claim, claims: &[Claim], text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut expect =
            |what: &str, ok: bool, expected: &dyn std::fmt::Debug, found: &dyn std::fmt::Debug| {
                if !ok {
                    out.push(format!("{what}: expected {expected:?}, found {found:?}"));
                }
            };
        let name = &claim.speaker.name;
        let content = &claim.content.text;
        if let Some(s) = &self.speaker {
            expect("speaker", name == s, s, name);
        }
        if let Some(s) = &self.speaker_contains {
            expect(
                "speaker",
                name.contains(s.as_str()),
                &Plain(format!("one containing {s:?}")),
                name,
            );
        }
        if let Some(s) = &self.speaker_starts_with {
            expect(
                "speaker",
                name.starts_with(s.as_str()),
                &Plain(format!("one starting with {s:?}")),
                name,
            );
        }
        if let Some(s) = &self.speaker_lacks {
            expect(
                "speaker",
                !name.contains(s.as_str()),
                &Plain(format!("one without {s:?}")),
                name,
            );
        }
        if let Some(at) = self.same_speaker_as {
            let other = at.checked_sub(1).and_then(|i| claims.get(i));
            let other = other.map(|c| c.speaker.name.as_str());
            expect(
                &format!("speaker of claim {at}"),
                other == Some(name.as_str()),
                &other,
                name,
            );
        }
        if let Some(t) = &self.text {
            expect("text", content == t, t, content);
        }
        for p in self.text_contains.iter() {
            expect(
                "text",
                content.contains(p.as_str()),
                &Plain(format!("one containing {p:?}")),
                content,
            );
        }
        if let Some(p) = &self.text_starts_with {
            expect(
                "text",
                content.starts_with(p.as_str()),
                &Plain(format!("one starting with {p:?}")),
                content,
            );
        }
        if let Some(p) = &self.text_lacks {
            expect(
                "text",
                !content.contains(p.as_str()),
                &Plain(format!("one without {p:?}")),
                content,
            );
        }
        if let Some(k) = self.kind {
            expect("kind", claim.kind == k.into(), &k, &claim.kind);
        }
        if let Some(s) = self.stance {
            expect("stance", claim.stance == s.into(), &s, &claim.stance);
        }
        if let Some(h) = self.hedged {
            expect("hedged", claim.hedged == h, &h, &claim.hedged);
        }
        if let Some(u) = self.unresolved {
            let found = claim.speaker.unresolved;
            expect("unresolved", found == u, &u, &found);
        }
        if let Some(v) = &self.via {
            expect("via", claim.via == *v, v, &claim.via);
        }
        if let Some(v) = &self.via_any {
            expect(
                "via",
                claim.via.contains(v),
                &Plain(format!("a list with {v:?}")),
                &claim.via,
            );
        }
        if let Some(v) = &self.via_any_contains {
            let ok = claim.via.iter().any(|x| x.contains(v.as_str()));
            expect(
                "via",
                ok,
                &Plain(format!("a list with a name containing {v:?}")),
                &claim.via,
            );
        }
        let role = claim.speaker.role.as_deref();
        if let Some(r) = &self.role_contains {
            let ok = role.unwrap_or_default().contains(r.as_str());
            expect("role", ok, &Plain(format!("one containing {r:?}")), &role);
        }
        let affiliation = claim.speaker.affiliation.as_deref();
        if let Some(a) = &self.affiliation {
            expect(
                "affiliation",
                affiliation == Some(a.as_str()),
                a,
                &affiliation,
            );
        }
        if self.no_affiliation {
            expect(
                "affiliation",
                affiliation.is_none(),
                &None::<&str>,
                &affiliation,
            );
        }
        if let Some(a) = &self.affiliation_not {
            let ok = affiliation != Some(a.as_str());
            expect(
                "affiliation",
                ok,
                &Plain(format!("one other than {a:?}")),
                &affiliation,
            );
        }
        if let Some(c) = &self.cue {
            let found = claim.cue.as_ref().map(|q| q.text.as_str());
            expect("cue", found == Some(c.as_str()), c, &found);
        }
        if let Some(m) = &self.mention {
            let found = claim.speaker.mention.and_then(|s| text.get(s.start..s.end));
            expect("mention", found == Some(m.as_str()), m, &found);
        }
        if let Some(n) = self.source {
            let found = claim.source + 1;
            expect("source (place)", found == n, &n, &found);
        }
        out
    }

    fn checks_anything(&self) -> bool {
        self.speaker.is_some()
            || self.speaker_contains.is_some()
            || self.speaker_starts_with.is_some()
            || self.speaker_lacks.is_some()
            || self.same_speaker_as.is_some()
            || self.text.is_some()
            || !self.text_contains.is_empty()
            || self.text_starts_with.is_some()
            || self.text_lacks.is_some()
            || self.kind.is_some()
            || self.stance.is_some()
            || self.hedged.is_some()
            || self.unresolved.is_some()
            || self.via.is_some()
            || self.via_any.is_some()
            || self.via_any_contains.is_some()
            || self.role_contains.is_some()
            || self.affiliation.is_some()
            || self.no_affiliation
            || self.affiliation_not.is_some()
            || self.cue.is_some()
            || self.mention.is_some()
            || self.source.is_some()
    }
}

/// A source by place (1-based): its name and its claims' ids.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceCheck {
    pub at: usize,
    pub name: Option<String>,
    pub claims: Option<Vec<String>>,
}

/// A conflict by place (1-based), and what must hold of it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictCheck {
    pub at: usize,
    pub kind: Option<KindOfConflict>,
    /// Its two sides' speakers contain these names, in either order.
    pub between: Option<[String; 2]>,
    #[serde(default)]
    pub reason_contains: Phrases,
    pub topic: Option<String>,
    /// Its two claims, chosen among them by `by` (cases whose claims are the parser's).
    #[serde(default)]
    pub claim: Vec<ClaimCheck>,
}

/// The conflicts of `kind` whose reason contains `reason_contains` and starts with
/// `reason_starts_with`: `count` of them, or at least one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictsWhere {
    pub kind: Option<KindOfConflict>,
    pub reason_contains: Option<String>,
    pub reason_starts_with: Option<String>,
    pub count: Option<usize>,
    /// Each one's first claim contains this.
    pub first_claim_contains: Option<String>,
    /// Each one's second claim contains this.
    pub second_claim_contains: Option<String>,
}

/// An entry's `Debug` without the fields it leaves out.
fn compact(entry: &impl std::fmt::Debug) -> String {
    let full = format!("{entry:?}");
    let unset =
        regex::Regex::new(r"\w+: (None|Many\(\[\]\)|false), |, \w+: (None|Many\(\[\]\)|false)\b")
            .expect("a valid pattern");
    unset.replace_all(&full, "").into_owned()
}

/// Shows its text as it is: what a check expected, in words.
struct Plain(String);

impl std::fmt::Debug for Plain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Every claim, source and conflict, one a line, for failure messages.
pub fn describe(claims: &[Claim], sources: &[Source], conflicts: &[Conflict]) -> String {
    let mut s = String::from("found claims:");
    for c in claims {
        let via = if c.via.is_empty() {
            String::new()
        } else {
            format!(" via {:?}", c.via)
        };
        let _ = write!(
            s,
            "\n  {} {:?} {:?} {}{via}: «{}»",
            c.id, c.kind, c.stance, c.speaker.name, c.content.text
        );
    }
    let names: Vec<&str> = sources.iter().map(|x| x.name.as_str()).collect();
    let _ = write!(s, "\nfound sources: {names:?}");
    if !conflicts.is_empty() {
        s.push_str("\nfound conflicts:");
    }
    for k in conflicts {
        let who = |id: &str| speaker_of(claims, id).unwrap_or("?").to_string();
        let _ = write!(
            s,
            "\n  {} {} {:.2} {} vs {}: {}",
            k.id,
            k.kind.as_str(),
            k.confidence,
            who(&k.claims[0]),
            who(&k.claims[1]),
            k.reason
        );
    }
    s
}

fn claim_by_id<'c>(claims: &'c [Claim], id: &str) -> Option<&'c Claim> {
    claims.iter().find(|c| c.id == id)
}

fn speaker_of<'c>(claims: &'c [Claim], id: &str) -> Option<&'c str> {
    claim_by_id(claims, id).map(|c| c.speaker.name.as_str())
}

/// Every claim and source check of `expect` that fails.
pub fn claim_failures(
    expect: &Expect,
    claims: &[Claim],
    sources: &[Source],
    text: &str,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut expect_eq =
        |what: &str, ok: bool, expected: &dyn std::fmt::Debug, found: &dyn std::fmt::Debug| {
            if !ok {
                out.push(format!("{what}: expected {expected:?}, found {found:?}"));
            }
        };
    if let Some(n) = expect.claims {
        expect_eq("claims", claims.len() == n, &n, &claims.len());
    }
    if let Some(n) = expect.claims_at_least {
        expect_eq(
            "claims",
            claims.len() >= n,
            &Plain(format!("at least {n}")),
            &claims.len(),
        );
    }
    if let Some(n) = expect.sources {
        expect_eq("sources", sources.len() == n, &n, &sources.len());
    }
    let source_names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
    if let Some(names) = &expect.source_names {
        expect_eq("source names", source_names == *names, names, &source_names);
    }
    let speakers: Vec<&str> = claims.iter().map(|c| c.speaker.name.as_str()).collect();
    if let Some(names) = &expect.speakers {
        expect_eq("speakers", speakers == *names, names, &speakers);
    }
    let texts: Vec<&str> = claims.iter().map(|c| c.content.text.as_str()).collect();
    if let Some(t) = &expect.texts {
        expect_eq("texts", texts == *t, t, &texts);
    }
    for (name, &n) in &expect.by_speaker {
        let found = speakers.iter().filter(|s| **s == name).count();
        expect_eq(&format!("claims by {name:?}"), found == n, &n, &found);
    }
    for (&kind, &n) in &expect.by_kind {
        let found = claims.iter().filter(|c| c.kind == kind.into()).count();
        expect_eq(&format!("claims of kind {kind:?}"), found == n, &n, &found);
    }
    for name in &expect.no_speaker {
        expect_eq(
            "speakers",
            !speakers.contains(&name.as_str()),
            &Plain(format!("none named {name:?}")),
            &speakers,
        );
    }
    for part in &expect.no_speaker_contains {
        let ok = !speakers.iter().any(|s| s.contains(part.as_str()));
        expect_eq(
            "speakers",
            ok,
            &Plain(format!("none containing {part:?}")),
            &speakers,
        );
    }
    for cue in &expect.no_cue {
        let cues: Vec<&str> = claims
            .iter()
            .filter_map(|c| c.cue.as_ref())
            .map(|q| q.text.as_str())
            .collect();
        expect_eq(
            "cues",
            !cues.contains(&cue.as_str()),
            &Plain(format!("none {cue:?}")),
            &cues,
        );
    }
    for part in &expect.no_claim_contains {
        let ok = !texts.iter().any(|t| t.contains(part.as_str()));
        expect_eq(
            "claim texts",
            ok,
            &Plain(format!("none containing {part:?}")),
            &texts,
        );
    }
    for check in &expect.source {
        let Some(s) = check.at.checked_sub(1).and_then(|i| sources.get(i)) else {
            out.push(format!(
                "source {}: there are {} sources",
                check.at,
                sources.len()
            ));
            continue;
        };
        if let Some(name) = &check.name
            && s.name != *name
        {
            out.push(format!(
                "source {} name: expected {name:?}, found {:?}",
                check.at, s.name
            ));
        }
        if let Some(ids) = &check.claims
            && s.claims != *ids
        {
            out.push(format!(
                "source {} claims: expected {ids:?}, found {:?}",
                check.at, s.claims
            ));
        }
    }
    for check in &expect.claim {
        match check.select(claims) {
            Ok(c) => out.extend(
                check
                    .failures(c, claims, text)
                    .into_iter()
                    .map(|f| format!("{} ({}): {f}", check.name(), c.id)),
            ),
            Err(e) => out.push(e),
        }
    }
    for check in &expect.some_claim {
        if !claims
            .iter()
            .any(|c| check.failures(c, claims, text).is_empty())
        {
            out.push(format!("no claim meets {}", compact(check)));
        }
    }
    out
}

/// Every conflict check of `expect` that fails; `conflicts` are those at the default
/// `--min-confidence`.
pub fn conflict_failures(
    expect: &Expect,
    conflicts: &[Conflict],
    claims: &[Claim],
    text: &str,
) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(n) = expect.conflicts
        && conflicts.len() != n
    {
        out.push(format!(
            "conflicts: expected {n}, found {}",
            conflicts.len()
        ));
    }
    for check in &expect.conflict {
        let Some(k) = check.at.checked_sub(1).and_then(|i| conflicts.get(i)) else {
            out.push(format!(
                "conflict {}: there are {} conflicts",
                check.at,
                conflicts.len()
            ));
            continue;
        };
        let name = format!("conflict {} ({})", check.at, k.id);
        if let Some(kind) = check.kind
            && k.kind != kind.into()
        {
            out.push(format!(
                "{name} kind: expected {kind:?}, found {:?}",
                k.kind
            ));
        }
        let sides: Vec<&Claim> = k
            .claims
            .iter()
            .filter_map(|id| claim_by_id(claims, id))
            .collect();
        if let Some([x, y]) = &check.between {
            let (p, q) = (
                speaker_of(claims, &k.claims[0]),
                speaker_of(claims, &k.claims[1]),
            );
            let (p, q) = (p.unwrap_or_default(), q.unwrap_or_default());
            let ok = (p.contains(x.as_str()) && q.contains(y.as_str()))
                || (p.contains(y.as_str()) && q.contains(x.as_str()));
            if !ok {
                out.push(format!(
                    "{name} between: expected {x:?} and {y:?}, found {p:?} and {q:?}"
                ));
            }
        }
        for words in check.reason_contains.iter() {
            if !k.reason.contains(words.as_str()) {
                out.push(format!(
                    "{name} reason: expected it to contain {words:?}, found {:?}",
                    k.reason
                ));
            }
        }
        if let Some(t) = &check.topic
            && k.topic != *t
        {
            out.push(format!("{name} topic: expected {t:?}, found {:?}", k.topic));
        }
        // Shown conflicts are at least as confident as the default threshold.
        if k.confidence < crate::matcher::DEFAULT_MIN_CONFIDENCE {
            out.push(format!(
                "{name} confidence {} is below the default threshold",
                k.confidence
            ));
        }
        for c in &check.claim {
            let by = c.by.as_deref().unwrap_or_default();
            match sides.iter().find(|s| s.speaker.name == by) {
                Some(side) => out.extend(
                    c.failures(side, claims, text)
                        .into_iter()
                        .map(|f| format!("{name}, side by {by:?}: {f}")),
                ),
                None => out.push(format!("{name}: no side by {by:?}")),
            }
        }
    }
    for w in &expect.conflicts_where {
        let matching: Vec<&Conflict> = conflicts
            .iter()
            .filter(|k| w.kind.is_none_or(|kind| k.kind == kind.into()))
            .filter(|k| {
                w.reason_contains
                    .as_ref()
                    .is_none_or(|r| k.reason.contains(r.as_str()))
            })
            .filter(|k| {
                w.reason_starts_with
                    .as_ref()
                    .is_none_or(|r| k.reason.starts_with(r.as_str()))
            })
            .collect();
        let ok = match w.count {
            Some(n) => matching.len() == n,
            None => !matching.is_empty(),
        };
        if !ok {
            let expected = w.count.map_or("at least 1".to_string(), |n| n.to_string());
            out.push(format!(
                "conflicts {}: expected {expected}, found {}",
                compact(w),
                matching.len()
            ));
        }
        let sides = [
            ("first", &w.first_claim_contains),
            ("second", &w.second_claim_contains),
        ];
        for (side, (which, words)) in sides.into_iter().enumerate() {
            let Some(words) = words else { continue };
            for k in &matching {
                let text = claim_by_id(claims, &k.claims[side]).map(|c| c.content.text.as_str());
                if !text.is_some_and(|t| t.contains(words.as_str())) {
                    out.push(format!(
                        "{} {which} claim: expected it to contain {words:?}, found {text:?}",
                        k.id
                    ));
                }
            }
        }
    }
    if let Some(n) = expect.kinds_at_least {
        let mut kinds: Vec<ConflictKind> = conflicts.iter().map(|k| k.kind).collect();
        kinds.sort();
        kinds.dedup();
        if kinds.len() < n {
            out.push(format!(
                "kinds of conflict: expected at least {n}, found {kinds:?}"
            ));
        }
    }
    out
}

/// The claims of a matcher case's `[[claim]]` entries, placed in `doc`, and their sources:
/// one a speaker name, in order of first claim.
pub fn hand_claims(case: &Case, doc: &Document) -> Result<(Vec<Claim>, Vec<Source>), String> {
    let text = doc.text;
    let mut claims: Vec<Claim> = Vec::new();
    let mut sources: Vec<Source> = Vec::new();
    // The previous claim's start and end.
    let (mut from, mut after) = (0, 0);
    for (i, h) in case.claim.iter().enumerate() {
        let at = |what: &str| format!("claim {} ({:?}): {what}", i + 1, h.text);
        let start = [after, from, 0]
            .into_iter()
            .find_map(|f| Some(text.get(f..)?.find(&h.text)? + f))
            .ok_or_else(|| at("text not in the article"))?;
        let end = start + h.text.len();
        (from, after) = (start, end);
        let cue = match &h.cue {
            Some(c) => {
                let (s, e) =
                    nearest(text, c, start, end).ok_or_else(|| at("cue not in the article"))?;
                Some(Cue {
                    text: c.clone(),
                    start: s,
                    end: e,
                })
            }
            None => None,
        };
        let before = cue.as_ref().map_or(start, |c| c.start.min(start));
        let mention = match &h.mention {
            Some(m) => {
                let (s, e) = nearest(text, m, before, before)
                    .ok_or_else(|| at("mention not in the article"))?;
                Some(Span::new(s, e))
            }
            None => None,
        };
        let source = match sources.iter().position(|s| s.name == h.speaker) {
            Some(s) => {
                let known = &sources[s];
                if known.role != h.role
                    || known.affiliation != h.affiliation
                    || known.unresolved != h.unresolved
                {
                    return Err(at(
                        "one speaker name with another role, affiliation or unresolved",
                    ));
                }
                s
            }
            None => {
                sources.push(Source {
                    name: h.speaker.clone(),
                    role: h.role.clone(),
                    affiliation: h.affiliation.clone(),
                    unresolved: h.unresolved,
                    claims: Vec::new(),
                });
                sources.len() - 1
            }
        };
        let id = format!("c{}", i + 1);
        sources[source].claims.push(id.clone());
        let (line, column) = doc.line_column(start);
        claims.push(Claim {
            id,
            kind: h.kind.into(),
            speaker: Speaker {
                name: h.speaker.clone(),
                role: h.role.clone(),
                affiliation: h.affiliation.clone(),
                mention,
                unresolved: h.unresolved,
            },
            via: h.via.clone(),
            cue,
            content: Content {
                text: h.text.clone(),
                start,
                end,
                line,
                column,
            },
            stance: h.stance.into(),
            hedged: h.hedged,
            source,
        });
    }
    Ok((claims, sources))
}

/// The occurrence of `word` (as a whole word) nearest to the bytes `start..end`, an earlier
/// one on a tie.
fn nearest(text: &str, word: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word)
        .map(|(s, w)| (s, s + w.len()))
        .filter(|&(s, e)| {
            !is_word(text[..s].chars().next_back()) && !is_word(text[e..].chars().next())
        })
        .min_by_key(|&(s, e)| start.saturating_sub(e).max(s.saturating_sub(end)))
}

/// The case files of `tests/data/cases/<kind>/`, sorted by name.
pub fn files(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/cases")
        .join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: no case files", dir.display());
    files
}

/// The path of a case file as the repository names it.
pub fn shown(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Reads a case file.
pub fn load(path: &Path) -> Result<Case, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let case: Case = toml::from_str(&text).map_err(|e| e.to_string())?;
    for check in case.expect.claim.iter().chain(&case.expect.some_claim) {
        if !check.checks_anything() {
            return Err(format!("{} checks nothing", check.name()));
        }
    }
    for check in &case.expect.claim {
        if !check.selects() {
            return Err(format!(
                "{}: say which (at, with, by or of_kind)",
                compact(check)
            ));
        }
    }
    for check in &case.expect.some_claim {
        if check.selects() {
            return Err(format!("some_claim {} takes no selector", compact(check)));
        }
    }
    for check in case.expect.conflict.iter().flat_map(|k| &k.claim) {
        if check.by.is_none()
            || check.at.is_some()
            || check.with.is_some()
            || check.nth.is_some()
            || check.of_kind.is_some()
        {
            return Err(format!(
                "a conflict's claim {} is chosen by `by` alone",
                compact(check)
            ));
        }
        if !check.checks_anything() {
            return Err(format!("{} checks nothing", check.name()));
        }
    }
    if !case.expect.checks_claims() && !case.expect.checks_conflicts() {
        return Err("the case expects nothing".into());
    }
    Ok(case)
}

/// Runs `run` on every case of `tests/data/cases/<kind>/` (the ignored ones when `ignored`,
/// the others when not) and fails with every failing case: its file, what was expected and
/// what was found. `run` returns the failures of a case, or why it could not be run.
pub fn run_all(kind: &str, ignored: bool, run: impl Fn(&Case) -> Vec<String>) {
    let mut failed = Vec::new();
    let mut ran = 0;
    for path in files(kind) {
        let case = match load(&path) {
            Ok(c) => c,
            Err(e) => {
                failed.push(format!("{}\n  unreadable case: {e}", shown(&path)));
                continue;
            }
        };
        if case.ignore.is_some() != ignored {
            continue;
        }
        ran += 1;
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&case)));
        let failures = result.unwrap_or_else(|p| {
            let why = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            vec![format!("panicked: {why}")]
        });
        if !failures.is_empty() {
            let mut s = shown(&path);
            if let Some(why) = &case.ignore {
                let _ = write!(s, " (ignored: {why})");
            }
            for line in failures.iter().flat_map(|f| f.lines()) {
                let _ = write!(s, "\n  {line}");
            }
            failed.push(s);
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {ran} {kind} cases failed:\n\n{}\n",
        failed.len(),
        failed.join("\n\n")
    );
}
