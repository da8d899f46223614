//! Matching a sidecar's entries with a report's items, one to one: an entry meets an item
//! when its speaker's words are words of the item's speaker and its phrase is in the item's
//! words (any case, any spacing, quotation marks ignored).

use std::collections::HashMap;
use std::rc::Rc;

use super::schema::{Expectation, ExpectedClaim, ExpectedConflict};
use crate::model::{Article, Claim, Conflict};

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

/// The report's conflicts and claims in document order, each with the expected entry it
/// meets, if any.
pub(super) struct Matched<'a> {
    pub(super) conflicts: Vec<(&'a Conflict, [&'a Claim; 2])>,
    pub(super) conflict_owner: Vec<Option<usize>>,
    pub(super) claims: Vec<&'a Claim>,
    pub(super) claim_owner: Vec<Option<usize>>,
}

/// Matches an expectation's entries one to one with the report's items. Near-linear: each
/// expected item is tried only against the items its speaker's words can reach (see
/// [`Prepared`]).
pub(super) fn matched<'a>(article: &'a Article, expectation: &Expectation) -> Matched<'a> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
