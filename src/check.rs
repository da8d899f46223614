//! Expectations: what an article's report must contain, kept beside the article as a sidecar
//! `x.expect.json` for `x.txt`, so that CI notices when the parser or matcher changes what is
//! found. The format is documented in `docs/expectations.md`.
//!
//! [`compare`] says what an expectation misses and what the report has beyond it; [`bless`]
//! writes the expectation that the current report meets. Both are pure; [`load`] and
//! [`store`] read and write sidecars, and [`write_result`] renders one article's result in
//! test-runner style to any writer.
//!
//! ```
//! use claimcheck::check::{bless, compare};
//!
//! let article = claimcheck::analyze(
//!     "a.txt",
//!     "The mayor said the bridge is safe. The engineer said the bridge is not safe.\n",
//! );
//! let expectation = bless(&article, None);
//! assert!(compare(&article, &expectation).passed());
//! ```

use std::collections::HashMap;
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::model::{Article, Claim, Conflict};
use crate::reporter::actions::{Annotation, inert, write_command};
use crate::reporter::escape;

/// Words a blessed claim phrase keeps at most.
const PHRASE_WORDS: usize = 6;

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

/// An expected item, as reported missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// An entry of `claims`.
    Claim(ExpectedClaim),
    /// An entry of `conflicts`.
    Conflict(ExpectedConflict),
}

/// An item of the report that the expectation does not list (and does not allow).
#[derive(Debug, Clone, PartialEq)]
pub struct Unexpected {
    /// The claim or conflict id in the report.
    pub id: String,
    /// 1-based line of the claim (of a conflict, its first claim in the article).
    pub line: usize,
    /// 1-based column of the same, in characters.
    pub column: usize,
    /// The conflict's confidence; `None` for a claim.
    pub confidence: Option<f64>,
    /// The entry that would expect it, as [`bless`] writes it.
    pub entry: Expected,
}

/// The outcome of comparing one article's report with its expectation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comparison {
    /// Expected items the report lacks, conflicts first, in the sidecar's order.
    pub missing: Vec<Expected>,
    /// Report items not expected, conflicts first, in document order.
    pub unexpected: Vec<Unexpected>,
}

impl Comparison {
    /// True when nothing is missing and nothing unexpected.
    pub fn passed(&self) -> bool {
        self.missing.is_empty() && self.unexpected.is_empty()
    }
}

/// Why a sidecar could not be read or written.
#[derive(Debug)]
pub enum SidecarError {
    /// The file could not be read or written.
    Io(io::Error),
    /// The file is not JSON of the expectation format.
    Invalid(serde_json::Error),
    /// The path is not a plain file claimcheck may read or replace: a symbolic link (never
    /// followed, so that a planted link cannot make CI write outside the tree), a FIFO or a
    /// device, a file over [`MAX_SIDECAR_BYTES`], or JSON that is not an object.
    Refused(&'static str),
}

impl fmt::Display for SidecarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SidecarError::Io(e) => write!(f, "{}", e.to_string().to_lowercase()),
            SidecarError::Invalid(e) => write!(f, "not a valid expectation: {e}"),
            SidecarError::Refused(why) => write!(f, "{why}"),
        }
    }
}

/// The largest sidecar read (64 MiB): a sidecar lists an article's claims and conflicts.
pub const MAX_SIDECAR_BYTES: u64 = 64 << 20;

/// What is at a sidecar's path: nothing, or a regular file; anything else is refused.
fn plain_file(path: &Path) -> Result<Option<std::fs::Metadata>, SidecarError> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(SidecarError::Io(e)),
        Ok(m) if m.file_type().is_symlink() => Err(SidecarError::Refused(
            "is a symbolic link; a sidecar must be a regular file (links are not followed)",
        )),
        Ok(m) if !m.is_file() => Err(SidecarError::Refused(
            "is not a regular file; a sidecar must be one",
        )),
        Ok(m) => Ok(Some(m)),
    }
}

/// The bytes of a sidecar known to be a regular file, within [`MAX_SIDECAR_BYTES`].
fn read_plain(path: &Path) -> Result<Vec<u8>, SidecarError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(SidecarError::Io)?;
    let mut bytes = Vec::new();
    file.take(MAX_SIDECAR_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(SidecarError::Io)?;
    if bytes.len() as u64 > MAX_SIDECAR_BYTES {
        return Err(SidecarError::Refused("is larger than 64 MiB"));
    }
    Ok(bytes)
}

impl std::error::Error for SidecarError {}

/// The sidecar of an article: `x.expect.json` beside `x.txt`.
pub fn sidecar_path(article: &Path) -> PathBuf {
    article.with_extension("expect.json")
}

/// Reads a sidecar; `Ok(None)` when there is none. Only a regular file is read (see
/// [`SidecarError::Refused`]).
pub fn load(path: &Path) -> Result<Option<Expectation>, SidecarError> {
    let Some(metadata) = plain_file(path)? else {
        return Ok(None);
    };
    if metadata.len() > MAX_SIDECAR_BYTES {
        return Err(SidecarError::Refused("is larger than 64 MiB"));
    }
    parse(&read_plain(path)?).map(Some)
}

/// Parses a sidecar's content: a JSON object of the expectation format (an array would be
/// read by position, so it is refused).
pub fn parse(bytes: &[u8]) -> Result<Expectation, SidecarError> {
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|&b| b != b'{') {
        return Err(SidecarError::Refused(
            "not a valid expectation: a sidecar is a JSON object",
        ));
    }
    serde_json::from_slice(bytes).map_err(SidecarError::Invalid)
}

/// The sidecar text of an expectation: pretty JSON with a final newline.
pub fn to_json(expectation: &Expectation) -> String {
    let mut s = serde_json::to_string_pretty(expectation).expect("an expectation serializes");
    s.push('\n');
    s
}

/// Writes a sidecar unless it already holds exactly this expectation; true if it wrote.
///
/// The new text goes to a temporary file beside the sidecar, is flushed to disk and then
/// renamed over it: a failed write (disk full, quota) leaves the old sidecar whole, and a
/// reader never sees half a file. A symbolic link or other non-regular file at the path is
/// refused, never written through.
pub fn store(path: &Path, expectation: &Expectation) -> Result<bool, SidecarError> {
    let text = to_json(expectation);
    if plain_file(path)?.is_some() && read_plain(path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(false);
    }
    let name = path
        .file_name()
        .map_or_else(|| "sidecar".into(), |n| n.to_string_lossy().into_owned());
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| {
        use std::io::Write as _;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(SidecarError::Io(e));
    }
    Ok(true)
}

/// Lower case, quotation marks dropped, curly apostrophes straightened, spaces collapsed.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»') {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '‘' | '’' | '‛' | '`' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether every word of `expected` is a word of the speaker's name, in any case.
pub fn speaker_matches(expected: &str, name: &str) -> bool {
    let have = name_words(name);
    name_words(expected).iter().all(|w| have.contains(w))
}

/// Whether `content` contains the phrase `words`, ignoring case, spacing and quotation marks.
pub fn words_match(words: &str, content: &str) -> bool {
    normalize(content).contains(&normalize(words))
}

/// A maximum one-to-one matching of expected items to actual ones: for each actual item, the
/// expected item it meets, if any. `edges[e]` lists the actual items expected item `e` fits,
/// in order. Each expected item first takes the first free item it fits (a fresh sidecar
/// lists the report's items in order, so this settles nearly all); only the rest look for
/// augmenting paths (Kuhn's), with one visit mark reused, not a fresh one per item.
///
/// Entries written alike share one list (an `Rc`), and a cursor into it: the first free item
/// of a list only moves forward, so a thousand identical entries cost one pass, not a
/// thousand.
fn assign(edges: &[Rc<Vec<usize>>], actual: usize) -> Vec<Option<usize>> {
    let mut owner: Vec<Option<usize>> = vec![None; actual];
    let mut left = Vec::new();
    let mut cursor: HashMap<*const Vec<usize>, usize> = HashMap::new();
    for (e, fits) in edges.iter().enumerate() {
        let from = cursor.entry(Rc::as_ptr(fits)).or_insert(0);
        while *from < fits.len() && owner[fits[*from]].is_some() {
            *from += 1;
        }
        match fits.get(*from) {
            Some(&a) => owner[a] = Some(e),
            None if !fits.is_empty() => left.push(e),
            None => {}
        }
    }
    fn augment(
        e: usize,
        edges: &[Rc<Vec<usize>>],
        seen: &mut [usize],
        round: usize,
        owner: &mut [Option<usize>],
    ) -> bool {
        for &a in edges[e].iter() {
            if seen[a] == round {
                continue;
            }
            seen[a] = round;
            if owner[a].is_none_or(|other| augment(other, edges, seen, round, owner)) {
                owner[a] = Some(e);
                return true;
            }
        }
        false
    }
    let mut seen = vec![usize::MAX; actual];
    for (round, e) in left.into_iter().enumerate() {
        augment(e, edges, &mut seen, round, &mut owner);
    }
    owner
}

/// An article's claims read once for matching: each claim's name words and normalised
/// content, and the claims by name word, so that an expected claim is tried only against
/// claims whose speaker has its rarest word.
struct Prepared<'a> {
    article: &'a Article,
    names: Vec<Vec<String>>,
    contents: Vec<String>,
    by_word: HashMap<String, Vec<usize>>,
    /// Each claim's index in `article.claims`, by id.
    index: HashMap<&'a str, usize>,
}

impl<'a> Prepared<'a> {
    fn new(article: &'a Article) -> Self {
        let names: Vec<Vec<String>> = article
            .claims
            .iter()
            .map(|c| name_words(&c.speaker.name))
            .collect();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, words) in names.iter().enumerate() {
            for w in words {
                let list = by_word.entry(w.clone()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        Prepared {
            article,
            contents: article
                .claims
                .iter()
                .map(|c| normalize(&c.content.text))
                .collect(),
            names,
            by_word,
            index: article
                .claims
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), i))
                .collect(),
        }
    }

    /// The claims (indices into `article.claims`, in that order) an expected speaker and
    /// phrase fit.
    fn fitting(&self, speaker: &str, words: &str) -> Vec<usize> {
        let wanted = name_words(speaker);
        let phrase = normalize(words);
        let fits = |i: usize| {
            wanted.iter().all(|w| self.names[i].contains(w)) && self.contents[i].contains(&phrase)
        };
        let rarest = wanted
            .iter()
            .map(|w| self.by_word.get(w).map_or(&[][..], Vec::as_slice))
            .min_by_key(|list| list.len());
        match rarest {
            Some(list) => list.iter().copied().filter(|&i| fits(i)).collect(),
            None => (0..self.article.claims.len())
                .filter(|&i| fits(i))
                .collect(),
        }
    }
}

/// The claims of the article in document order.
fn claims_in_order(article: &Article) -> Vec<&Claim> {
    let mut claims: Vec<&Claim> = article.claims.iter().collect();
    claims.sort_by(|x, y| {
        (x.content.start, x.content.end, &x.id).cmp(&(y.content.start, y.content.end, &y.id))
    });
    claims
}

/// The conflicts of the article whose claims exist, each with its two claims in document
/// order, sorted by their positions.
fn conflicts_in_order(article: &Article) -> Vec<(&Conflict, [&Claim; 2])> {
    let mut out: Vec<(&Conflict, [&Claim; 2])> = article
        .conflicts
        .iter()
        .filter_map(|c| {
            let a = article.claim(&c.claims[0])?;
            let b = article.claim(&c.claims[1])?;
            Some((
                c,
                if a.content.start <= b.content.start {
                    [a, b]
                } else {
                    [b, a]
                },
            ))
        })
        .collect();
    out.sort_by(|(x, xs), (y, ys)| {
        (xs[0].content.start, xs[1].content.start, x.kind, &x.id).cmp(&(
            ys[0].content.start,
            ys[1].content.start,
            y.kind,
            &y.id,
        ))
    });
    out
}

/// Words a blessed phrase does not end with, when it can end elsewhere.
const WEAK_ENDINGS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "that",
    "the", "to", "which", "who", "with",
];

/// A short phrase of a claim's content, as [`bless`] writes it: its most distinctive run of
/// up to six words (the one whose words are rarest in English: names, figures, uncommon
/// words), within one clause, without quotation marks, without the punctuation at either
/// end, and not ending on a word such as "the". A copy edit elsewhere in the claim leaves
/// it matching.
pub fn phrase(content: &str) -> String {
    let words: Vec<String> = content
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| !matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»'))
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let rarity = |w: &str| -> usize {
        let folded = crate::lexicon::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        if folded.is_empty() {
            return 0;
        }
        crate::matcher::frequency_rank(&folded).unwrap_or(40_000)
    };
    let scores: Vec<usize> = words.iter().map(|w| rarity(w)).collect();
    // A run ends at a pause: a word ending in a comma, a semicolon, a colon or a full stop.
    let pause = |w: &str| w.ends_with([',', ';', ':', '.', '!', '?']);
    let mut best = (0, 0, 0usize);
    for start in 0..words.len() {
        let mut score = 0;
        for end in start..words.len().min(start + PHRASE_WORDS) {
            score += scores[end];
            let len = end + 1 - start;
            if (score, len) > (best.2, best.1 - best.0) && (len >= 3 || words.len() < 3) {
                best = (start, end + 1, score);
            }
            if pause(&words[end]) {
                break;
            }
        }
    }
    // No clause of three words ("yes, of course"): the first words, over the pauses.
    if best.1 == 0 {
        best = (0, words.len().min(PHRASE_WORDS), 0);
    }
    let mut run: Vec<&String> = words[best.0..best.1].iter().collect();
    while run.len() > 3 {
        let last = run[run.len() - 1]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if !WEAK_ENDINGS.contains(&last.as_str()) {
            break;
        }
        run.pop();
    }
    run.iter()
        .map(|w| w.as_str())
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

fn entry_for_claim(claim: &Claim) -> ExpectedClaim {
    ExpectedClaim {
        speaker: claim.speaker.name.clone(),
        words: phrase(&claim.content.text),
    }
}

fn entry_for_conflict(conflict: &Conflict, sides: [&Claim; 2]) -> ExpectedConflict {
    ExpectedConflict {
        speakers: [sides[0].speaker.name.clone(), sides[1].speaker.name.clone()],
        words: [
            phrase(&sides[0].content.text),
            phrase(&sides[1].content.text),
        ],
        kind: Some(conflict.kind.as_str().to_string()),
    }
}

/// The report's conflicts and claims in document order, each with the expected entry it
/// meets, if any.
struct Matched<'a> {
    conflicts: Vec<(&'a Conflict, [&'a Claim; 2])>,
    conflict_owner: Vec<Option<usize>>,
    claims: Vec<&'a Claim>,
    claim_owner: Vec<Option<usize>>,
}

/// Matches an expectation's entries one to one with the report's items. Near-linear: each
/// expected item is tried only against the items its speaker's words can reach (see
/// [`Prepared`]).
fn matched<'a>(article: &'a Article, expectation: &Expectation) -> Matched<'a> {
    let prepared = Prepared::new(article);

    let conflicts = conflicts_in_order(article);
    // Each claim's conflicts, by place in `conflicts`.
    let mut of_claim: Vec<Vec<usize>> = vec![Vec::new(); article.claims.len()];
    for (k, (conflict, _)) in conflicts.iter().enumerate() {
        for id in &conflict.claims {
            if let Some(&i) = prepared.index.get(id.as_str()) {
                of_claim[i].push(k);
            }
        }
    }
    let mut alike: HashMap<&ExpectedConflict, Rc<Vec<usize>>> = HashMap::new();
    let edges: Vec<Rc<Vec<usize>>> = expectation
        .conflicts
        .iter()
        .map(|e| {
            if let Some(list) = alike.get(e) {
                return list.clone();
            }
            let sides = [0, 1].map(|s| prepared.fitting(&e.speakers[s], &e.words[s]));
            let side_of = |s: usize, id: &str| {
                prepared
                    .index
                    .get(id)
                    .is_some_and(|i| sides[s].binary_search(i).is_ok())
            };
            let mut fits: Vec<usize> = sides[0]
                .iter()
                .flat_map(|&i| of_claim[i].iter().copied())
                .filter(|&k| {
                    let c = conflicts[k].0;
                    let kind_ok = e
                        .kind
                        .as_deref()
                        .is_none_or(|x| x.eq_ignore_ascii_case(c.kind.as_str()));
                    let [x, y] = [c.claims[0].as_str(), c.claims[1].as_str()];
                    kind_ok
                        && ((side_of(0, x) && side_of(1, y)) || (side_of(0, y) && side_of(1, x)))
                })
                .collect();
            fits.sort_unstable();
            fits.dedup();
            let list = Rc::new(fits);
            alike.insert(e, list.clone());
            list
        })
        .collect();
    let conflict_owner = assign(&edges, conflicts.len());

    let claims = claims_in_order(article);
    // Each claim's place in document order.
    let mut rank = vec![0; article.claims.len()];
    for (r, c) in claims.iter().enumerate() {
        rank[prepared.index[c.id.as_str()]] = r;
    }
    let mut alike: HashMap<&ExpectedClaim, Rc<Vec<usize>>> = HashMap::new();
    let edges: Vec<Rc<Vec<usize>>> = expectation
        .claims
        .iter()
        .map(|e| {
            alike
                .entry(e)
                .or_insert_with(|| {
                    let mut fits: Vec<usize> = prepared
                        .fitting(&e.speaker, &e.words)
                        .into_iter()
                        .map(|i| rank[i])
                        .collect();
                    fits.sort_unstable();
                    Rc::new(fits)
                })
                .clone()
        })
        .collect();
    let claim_owner = assign(&edges, claims.len());
    Matched {
        conflicts,
        conflict_owner,
        claims,
        claim_owner,
    }
}

/// Compares an article's report with what its sidecar expects.
pub fn compare(article: &Article, expectation: &Expectation) -> Comparison {
    let mut result = Comparison::default();
    let m = matched(article, expectation);
    let met = |owner: &[Option<usize>], n: usize| {
        let mut met = vec![false; n];
        for e in owner.iter().flatten() {
            met[*e] = true;
        }
        met
    };
    let conflicts_met = met(&m.conflict_owner, expectation.conflicts.len());
    for (e, _) in expectation
        .conflicts
        .iter()
        .zip(&conflicts_met)
        .filter(|(_, m)| !**m)
    {
        result.missing.push(Expected::Conflict(e.clone()));
    }
    if !expectation.other_conflicts {
        for ((conflict, sides), o) in m.conflicts.iter().zip(&m.conflict_owner) {
            // Another pair of an expected contested point (the same two speakers) is part of
            // what the sidecar expects.
            if o.is_none() && !same_point(expectation, conflict, sides) {
                result.unexpected.push(Unexpected {
                    id: conflict.id.clone(),
                    line: sides[0].content.line,
                    column: sides[0].content.column,
                    confidence: Some(conflict.confidence),
                    entry: Expected::Conflict(entry_for_conflict(conflict, *sides)),
                });
            }
        }
    }
    let claims_met = met(&m.claim_owner, expectation.claims.len());
    for (e, _) in expectation
        .claims
        .iter()
        .zip(&claims_met)
        .filter(|(_, m)| !**m)
    {
        result.missing.push(Expected::Claim(e.clone()));
    }
    if !expectation.other_claims {
        for (claim, o) in m.claims.iter().zip(&m.claim_owner) {
            if o.is_none() {
                result.unexpected.push(Unexpected {
                    id: claim.id.clone(),
                    line: claim.content.line,
                    column: claim.content.column,
                    confidence: None,
                    entry: Expected::Claim(entry_for_claim(claim)),
                });
            }
        }
    }
    result
}

/// The expectation that the article's current report meets exactly: every conflict and every
/// claim, in document order. Entries of `previous` that still match are kept as they are
/// (hand-shortened phrases survive a re-bless), and so are its `other_*` settings.
pub fn bless(article: &Article, previous: Option<&Expectation>) -> Expectation {
    bless_with(article, previous, true)
}

/// [`bless`], choosing whether a new sidecar lists the claims (`--bless-claims`) or only the
/// conflicts, so that a copy edit in a quotation fails no check while no conflict changed. A
/// sidecar that already lists claims goes on listing them.
pub fn bless_with(article: &Article, previous: Option<&Expectation>, claims: bool) -> Expectation {
    let base = previous.cloned().unwrap_or_default();
    let list_claims = claims || !base.claims.is_empty();
    let m = matched(article, &base);
    // A contested point is recorded once, by its surest pair (as the text report leads with
    // it); an entry of `previous` that still matches is kept as it is.
    let leads: std::collections::HashSet<&str> = crate::reporter::points(article)
        .into_iter()
        .map(|p| p.conflicts[0].id.as_str())
        .collect();
    let mut expected_conflicts: Vec<ExpectedConflict> = Vec::new();
    for ((conflict, sides), o) in m.conflicts.iter().zip(&m.conflict_owner) {
        match o {
            Some(e) if !expected_conflicts.contains(&base.conflicts[*e]) => {
                expected_conflicts.push(base.conflicts[*e].clone());
            }
            Some(_) => {}
            None if leads.contains(conflict.id.as_str()) => {
                expected_conflicts.push(entry_for_conflict(conflict, *sides));
            }
            None => {}
        }
    }
    // A point whose lead is not listed yet, though a kept entry names its speakers, is there.
    let mut seen_points: Vec<[String; 2]> = Vec::new();
    expected_conflicts.retain(|e| {
        let key = if e.speakers[0] <= e.speakers[1] {
            e.speakers.clone()
        } else {
            [e.speakers[1].clone(), e.speakers[0].clone()]
        };
        let kept_before = base.conflicts.contains(e);
        if seen_points.contains(&key) && !kept_before {
            return false;
        }
        seen_points.push(key);
        true
    });

    let expected_claims = m
        .claims
        .iter()
        .zip(&m.claim_owner)
        .filter_map(|(claim, o)| match o {
            Some(e) => Some(base.claims[*e].clone()),
            None if list_claims => Some(entry_for_claim(claim)),
            None => None,
        })
        .collect();

    Expectation {
        conflicts: expected_conflicts,
        other_conflicts: base.other_conflicts,
        claims: expected_claims,
        other_claims: base.other_claims,
    }
}

/// Whether an entry of `expectation` names the two speakers of `sides` (either way round)
/// and allows the conflict's kind: the pair is of a contested point the sidecar expects.
fn same_point(expectation: &Expectation, conflict: &Conflict, sides: &[&Claim; 2]) -> bool {
    let [a, b] = [&sides[0].speaker.name, &sides[1].speaker.name];
    expectation.conflicts.iter().any(|e| {
        let kind_ok = e
            .kind
            .as_deref()
            .is_none_or(|k| k.eq_ignore_ascii_case(conflict.kind.as_str()));
        kind_ok
            && ((speaker_matches(&e.speakers[0], a) && speaker_matches(&e.speakers[1], b))
                || (speaker_matches(&e.speakers[0], b) && speaker_matches(&e.speakers[1], a)))
    })
}

impl fmt::Display for ExpectedClaim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: \"{}\"", escape(&self.speaker), escape(&self.words))
    }
}

impl fmt::Display for ExpectedConflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: \"{}\" vs {}: \"{}\"",
            escape(&self.speakers[0]),
            escape(&self.words[0]),
            escape(&self.speakers[1]),
            escape(&self.words[1])
        )
    }
}

impl Expected {
    fn noun(&self) -> &'static str {
        match self {
            Expected::Claim(_) => "claim",
            Expected::Conflict(_) => "conflict",
        }
    }

    /// `kind` of a conflict, in parentheses, or nothing.
    fn tag(&self, confidence: Option<f64>) -> String {
        let kind = match self {
            Expected::Conflict(c) => c.kind.as_deref(),
            Expected::Claim(_) => None,
        };
        match (kind, confidence) {
            (Some(k), Some(x)) => format!(" ({}, confidence {x:.2})", escape(k)),
            (Some(k), None) => format!(" ({})", escape(k)),
            (None, Some(x)) => format!(" (confidence {x:.2})"),
            (None, None) => String::new(),
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Claim(c) => c.fmt(f),
            Expected::Conflict(c) => c.fmt(f),
        }
    }
}

/// How [`write_result`] renders (each format says which it takes).
pub use crate::reporter::ResultStyle;

/// Writes one article's result: `ok PATH`, or `FAILED PATH` and a line per problem.
pub fn write_result(
    out: &mut dyn Write,
    path: &str,
    comparison: &Comparison,
    style: ResultStyle,
) -> io::Result<()> {
    let here = |line: usize, column: usize| (path.to_string(), line, column);
    write_result_located(
        out,
        path,
        &sidecar_path(Path::new(path)),
        comparison,
        style,
        &here,
    )
}

/// The sidecar of a story (`--across`): `story.expect.json` in the directory given, or in the
/// folder of the first file given.
pub fn story_sidecar_path(inputs: &[String]) -> PathBuf {
    let first = Path::new(inputs.first().map_or(".", String::as_str));
    if inputs.len() == 1 && first.is_dir() {
        first.join("story.expect.json")
    } else {
        first
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .join("story.expect.json")
    }
}

/// [`write_result`] for a report whose lines and columns `locate` turns into the file, line
/// and column a reader opens (a story's joined text into its articles).
pub fn write_result_located(
    out: &mut dyn Write,
    path: &str,
    sidecar: &Path,
    comparison: &Comparison,
    style: ResultStyle,
    locate: &dyn Fn(usize, usize) -> (String, usize, usize),
) -> io::Result<()> {
    // Sidecar and article text, escaped for a terminal, and for the Actions runner's log.
    let plain = |s: &str| match style {
        ResultStyle::Github => inert(&escape(s)),
        ResultStyle::Plain => escape(s),
    };
    if comparison.passed() {
        return writeln!(out, "ok {}", plain(path));
    }
    writeln!(out, "FAILED {}", plain(path))?;
    for m in &comparison.missing {
        let what = format!("missing {}: {}{}", m.noun(), m, m.tag(None));
        writeln!(out, "    {}", plain(&what))?;
        if style == ResultStyle::Github {
            let title = format!("claimcheck missing {}", m.noun());
            let sidecar = sidecar.display().to_string();
            write_command(
                out,
                "error",
                &Annotation::file(path).title(&title),
                &format!("{m}{} expected by {sidecar} but not found", m.tag(None)),
            )?;
        }
    }
    for u in &comparison.unexpected {
        let (file, line, column) = locate(u.line, u.column);
        let at = format!("{file}:{line}:{column}");
        let what = format!(
            "unexpected {} at {at}: {}{}",
            u.entry.noun(),
            u.entry,
            u.entry.tag(u.confidence)
        );
        writeln!(out, "    {}", plain(&what))?;
        if style == ResultStyle::Github {
            let title = format!("claimcheck unexpected {}", u.entry.noun());
            write_command(
                out,
                "error",
                &Annotation::file(&file).at(line, column).title(&title),
                &format!(
                    "{}{} is not in the sidecar",
                    u.entry,
                    u.entry.tag(u.confidence)
                ),
            )?;
        }
    }
    Ok(())
}

/// The counts that close a `--check` run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Articles that meet their sidecar.
    pub passed: usize,
    /// Articles that do not.
    pub failed: usize,
    /// Articles or sidecars that could not be read; they count as failed.
    pub errors: usize,
    /// Articles without a sidecar.
    pub skipped: usize,
}

/// Writes the end of a `--check` run; its last line is always `N passed, N failed`.
pub fn write_summary(out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
    if summary.skipped > 0 {
        let noun = if summary.skipped == 1 {
            "article"
        } else {
            "articles"
        };
        writeln!(out, "skipped {} {noun} without a sidecar", summary.skipped)?;
    }
    if summary.failed > 0 {
        writeln!(
            out,
            "if the new reports are right, run claimcheck --bless on the failed articles and review the diff"
        )?;
    }
    writeln!(
        out,
        "{} passed, {} failed",
        summary.passed,
        summary.failed + summary.errors
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Bridge closure disputed\n\n\
        The mayor said the bridge is safe for traffic. The city engineer said the bridge is \
        not safe for traffic.\n\n\
        \"We will reopen the road on Monday,\" said Anna Weber, the transport minister.\n";

    fn article() -> Article {
        crate::analyze("a.txt", TEXT)
    }

    #[test]
    fn speaker_words_match_in_any_case_and_order() {
        assert!(speaker_matches("weber", "Anna Weber"));
        assert!(speaker_matches("Weber ANNA", "Anna Weber"));
        assert!(speaker_matches("", "Anna Weber"));
        assert!(!speaker_matches("Web", "Anna Weber"));
        assert!(!speaker_matches("Anna Schmidt", "Anna Weber"));
    }

    #[test]
    fn phrases_ignore_case_spacing_and_quotation_marks() {
        assert!(words_match(
            "NO new\n agreements",
            "there were “no new agreements.”"
        ));
        assert!(words_match("Russia's", "Russia’s military"));
        assert!(!words_match(
            "no agreements",
            "there were no new agreements"
        ));
    }

    #[test]
    fn blessed_expectation_passes_and_is_in_document_order() {
        let a = article();
        let e = bless(&a, None);
        assert!(compare(&a, &e).passed(), "{:?}", compare(&a, &e));
        assert_eq!(e.claims.len(), a.claims.len());
        assert_eq!(e.conflicts.len(), a.conflicts.len());
        assert_eq!(e.claims[0].speaker, "mayor");
        assert!(!e.other_conflicts && e.other_claims);
    }

    #[test]
    fn missing_and_unexpected_items_are_reported() {
        let a = article();
        let e = Expectation {
            claims: vec![ExpectedClaim {
                speaker: "Weber".into(),
                words: "close the road".into(),
            }],
            ..Expectation::default()
        };
        let c = compare(&a, &e);
        assert_eq!(c.missing, vec![Expected::Claim(e.claims[0].clone())]);
        assert_eq!(c.unexpected.len(), a.conflicts.len());
        assert!(!c.passed());
        let lenient = Expectation {
            other_conflicts: true,
            ..Expectation::default()
        };
        assert!(compare(&a, &lenient).passed());
    }

    #[test]
    fn one_expected_entry_covers_one_item_only() {
        let a = article();
        let e = Expectation {
            claims: vec![
                ExpectedClaim {
                    speaker: String::new(),
                    words: "safe for traffic".into(),
                },
                ExpectedClaim {
                    speaker: "mayor".into(),
                    words: String::new(),
                },
            ],
            other_conflicts: true,
            ..Expectation::default()
        };
        // The first entry could take the mayor's claim; the matching gives it the engineer's.
        assert!(compare(&a, &e).passed());
        let mut three = e.clone();
        three.claims.push(three.claims[0].clone());
        assert_eq!(compare(&a, &three).missing.len(), 1);
    }

    #[test]
    fn conflict_sides_match_in_either_order_and_kind_must_agree() {
        let a = article();
        let blessed = bless(&a, None);
        let mut e = blessed.clone();
        e.conflicts[0].speakers.swap(0, 1);
        e.conflicts[0].words.swap(0, 1);
        assert!(compare(&a, &e).passed());
        e.conflicts[0].kind = Some("numeric".into());
        let c = compare(&a, &e);
        assert_eq!(c.missing.len(), 1);
        assert_eq!(c.unexpected.len(), 1);
    }

    #[test]
    fn rebless_keeps_hand_edited_entries_and_settings() {
        let a = article();
        let mut e = bless(&a, None);
        e.claims[0].words = "safe".into();
        e.other_claims = false;
        e.claims.push(ExpectedClaim {
            speaker: "nobody".into(),
            words: String::new(),
        });
        let again = bless(&a, Some(&e));
        assert_eq!(again.claims[0].words, "safe");
        assert!(!again.other_claims);
        assert_eq!(again.claims.len(), a.claims.len());
    }

    #[test]
    fn sidecar_json_is_pretty_with_final_newline_and_round_trips() {
        let e = bless(&article(), None);
        let json = to_json(&e);
        assert!(json.ends_with("}\n") && json.contains("\n  \"conflicts\": ["));
        assert_eq!(parse(json.as_bytes()).unwrap(), e);
    }

    #[test]
    fn unknown_fields_and_defaults() {
        assert!(parse(br#"{"other_conflict": true}"#).is_err());
        assert_eq!(parse(b"{}").unwrap(), Expectation::default());
    }

    #[test]
    fn phrase_keeps_the_most_distinctive_words_without_quotes() {
        assert_eq!(
            phrase("there were \"no new agreements.\""),
            "there were no new agreements"
        );
        // Rarer words win: names and uncommon words over the commonest.
        assert_eq!(
            phrase("one two three four five six seven eight nine"),
            "four five six seven eight nine"
        );
        // Within a clause.
        assert_eq!(
            phrase("the ferry would resume sailing in March, once repairs were done"),
            "ferry would resume sailing in March"
        );
        assert_eq!(
            phrase("The ferry link between Skarra Island and the mainland"),
            "ferry link between Skarra Island"
        );
        assert_eq!(phrase("yes, of course"), "yes, of course");
        // A copy edit at the start leaves the phrase of the rest as it was.
        let edited = "As we said, the harbour lease was signed by Tarrant Bay Holdings";
        let original = "We said the harbour lease was signed by Tarrant Bay Holdings";
        assert_eq!(phrase(edited), phrase(original));
    }

    #[test]
    fn sidecar_is_beside_the_article() {
        assert_eq!(
            sidecar_path(Path::new("data/fixtures/a.txt")),
            PathBuf::from("data/fixtures/a.expect.json")
        );
    }

    #[test]
    fn result_lines() {
        let a = article();
        let mut out = Vec::new();
        write_result(
            &mut out,
            "a.txt",
            &compare(&a, &bless(&a, None)),
            ResultStyle::Plain,
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "ok a.txt\n");
        let mut out = Vec::new();
        let c = compare(&a, &Expectation::default());
        write_result(&mut out, "a.txt", &c, ResultStyle::Github).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.starts_with("FAILED a.txt\n    unexpected conflict at a.txt:3:"),
            "{s}"
        );
        assert!(s.contains("\n::error file=a.txt,line=3,col="), "{s}");
    }

    #[test]
    fn summary_ends_with_passed_and_failed() {
        let mut out = Vec::new();
        let summary = Summary {
            passed: 2,
            failed: 1,
            errors: 1,
            skipped: 1,
        };
        write_summary(&mut out, &summary).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.starts_with("skipped 1 article without a sidecar\n"),
            "{s}"
        );
        assert!(s.ends_with("\n2 passed, 2 failed\n"), "{s}");
        let mut out = Vec::new();
        write_summary(&mut out, &Summary::default()).unwrap();
        assert_eq!(out, b"0 passed, 0 failed\n");
    }
}

#[cfg(test)]
mod point_tests {
    use super::*;

    /// Two pairs of one contested point: the union's two claims against the company's.
    const TWO_PAIRS: &str = "Ferry strike

Bluewave Ferries said 40 of its 52 scheduled sailings ran as normal on Tuesday.

The Marine Workers Union said only 12 of the 52 scheduled sailings left port on Tuesday.

The union also said just 12 of the 52 scheduled sailings had crews on board on Tuesday.
";

    #[test]
    fn bless_records_each_contested_point_once_and_check_accepts_its_other_pairs() {
        let a = crate::analyze("strike.txt", TWO_PAIRS);
        let points = crate::reporter::points(&a);
        assert_eq!(points.len(), 1, "{:#?}", a.conflicts);
        assert!(points[0].conflicts.len() >= 2, "{:#?}", a.conflicts);
        let e = bless(&a, None);
        assert_eq!(e.conflicts.len(), 1, "{e:#?}");
        assert!(compare(&a, &e).passed(), "{:#?}", compare(&a, &e));
    }

    #[test]
    fn a_copy_edit_at_the_start_of_a_claim_still_meets_its_sidecar() {
        let a = crate::analyze("strike.txt", TWO_PAIRS);
        let e = bless_with(&a, None, true);
        let edited = TWO_PAIRS.replace("said only 12", "said merely 12");
        let b = crate::analyze("strike.txt", &edited);
        assert!(compare(&b, &e).passed(), "{:#?}", compare(&b, &e));
    }
}
