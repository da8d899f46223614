//! Which sources can contradict each other: different sources that do not speak for the same
//! side (a ministry and its spokeswoman; Ankara and a Turkish official).

use crate::lexicon;
use crate::model::{Claim, Source};

/// Each source's [`NameFacts`], read on first use: the side test is asked of every pair of
/// sources whose claims share a word, and again by the denials and disputes.
pub(in crate::matcher) type Names = [std::cell::OnceCell<NameFacts>];

/// Claims can conflict only when they come from different sources that do not speak for
/// the same side (a ministry and its spokeswoman; Ankara and a Turkish official). Each
/// source's name is read once for the article, into `names`.
pub(in crate::matcher) fn opposing_sources_in(
    a: &Claim,
    b: &Claim,
    sources: &[Source],
    names: &Names,
) -> bool {
    opposing_sources_named(a, b, sources, |s| {
        names[s].get_or_init(|| NameFacts::of(&sources[s].name, sources[s].affiliation.as_deref()))
    })
}

fn opposing_sources_named<N: std::borrow::Borrow<NameFacts>>(
    a: &Claim,
    b: &Claim,
    sources: &[Source],
    names: impl Fn(usize) -> N,
) -> bool {
    // A "he" nobody before stands for could be anyone, the other side included.
    if a.source == b.source || a.speaker.unresolved || b.speaker.unresolved {
        return false;
    }
    let (sa, sb) = (&sources[a.source], &sources[b.source]);
    let (na, nb) = (names(a.source), names(b.source));
    let (na, nb) = (na.borrow(), nb.borrow());
    // Two polls, or a poll and a share of its answers, are separate measurements, not a
    // dispute.
    let measured = |n: &NameFacts| n.poll_share || n.measurement;
    if na.within_other(nb) || (measured(na) && measured(nb)) || na.describes(nb) || nb.describes(na)
    {
        return false;
    }
    // (Two members of one party may still disagree, as rivals in a primary do; a member and
    // the party's own group do not: `named_by`.)
    match (&sa.affiliation, &sb.affiliation) {
        // ("Cameron" and "David Cameron": one person's two names speak for one side.)
        (Some(x), Some(y))
            if (x == y && !lexicon::is_party(x))
                || same_people(x, y)
                || (x != y && crate::parser::same_name(x, y)) =>
        {
            false
        }
        // ("Chris Cox", of the NRA, and "National Rifle Association".)
        _ => {
            let abbreviated = |s: &Source, t: &Source| {
                s.affiliation
                    .as_deref()
                    .is_some_and(|x| crate::parser::same_by_initials(x, &t.name))
            };
            !(na.named_by(nb) || nb.named_by(na) || abbreviated(sa, sb) || abbreviated(sb, sa))
        }
    }
}

/// What the side test reads of a source's name: its honorific, its capitalised words,
/// whether it is a poll share, whether it names a document or measurement ("the new poll",
/// "FEC records"), and its words and its affiliation's, folded.
pub(in crate::matcher) struct NameFacts {
    honorific: Option<&'static str>,
    /// Folded once here: a long file compares a name with hundreds of others.
    capitalised: Vec<String>,
    poll_share: bool,
    measurement: bool,
    /// The name's words and its affiliation's, folded.
    words: Vec<String>,
    affiliation: Option<Vec<String>>,
    /// The name's last word is a noun for an organisation ("agency", "ministry").
    org_head: bool,
}

impl NameFacts {
    pub(in crate::matcher) fn of(name: &str, affiliation: Option<&str>) -> Self {
        // ("the union representing workers at Talvik's smelter": whom a body represents is
        // not its name; Talvik's own spokeswoman is on the other side.)
        // (Found by bytes: `split` sets up a substring searcher for every source.)
        const REPRESENTING: &[u8] = b" representing ";
        let name = name
            .as_bytes()
            .windows(REPRESENTING.len())
            .position(|w| w == REPRESENTING)
            .map_or(name, |at| &name[..at]);
        let folded = |s: &str| s.split_whitespace().map(lexicon::fold).collect::<Vec<_>>();
        let words = folded(name);
        let org_head = words.last().is_some_and(|w| {
            lexicon::attribution()
                .roles()
                .get(w)
                .is_some_and(|r| r.class == crate::lexicon::EntityClass::Org)
        });
        NameFacts {
            honorific: honorific(name),
            capitalised: capitalised(name).map(lexicon::fold).collect(),
            poll_share: poll_share(name),
            measurement: measurement(name),
            words,
            affiliation: affiliation.map(folded),
            org_head,
        }
    }

    /// The other source names this one as its affiliation: "Andes Pacific" and its manager
    /// (every word of one in the other). "director of the Northern Rivers Environment
    /// Agency" and "the regional environment agency": an organisation and a member named by
    /// the same head noun.
    fn named_by(&self, other: &NameFacts) -> bool {
        let Some(aff) = &other.affiliation else {
            return false;
        };
        let within = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
        let same_words = !aff.is_empty() && (within(aff, &self.words) || within(&self.words, aff));
        // (Not when this one's name is another's: "the Ardeshi interior ministry" and a
        // spokesman of "Velmoor's defence ministry".)
        let same_org_head = self.org_head
            && aff.last().is_some()
            && aff.last() == self.words.last()
            && self.capitalised.iter().all(|w| aff.contains(w));
        same_words || same_org_head
    }

    /// This is a description of the body the other names: "the regional health board" and
    /// "North Valley Health Board" (no capitalised word here, an organisation's head noun, and
    /// the last two words of both names alike).
    fn describes(&self, other: &NameFacts) -> bool {
        fn tail(n: &NameFacts) -> Option<&[String]> {
            n.words.len().checked_sub(2).map(|k| &n.words[k..])
        }
        self.capitalised.is_empty()
            && self.org_head
            && !other.capitalised.is_empty()
            && tail(self).is_some_and(|t| Some(t) == tail(other))
    }

    /// Every capitalised word of one name is in the other: one person or body under two
    /// names ("Okafor" and "Mayor Grace Okafor", "the Lund campaign" and "Mrs. Lund's
    /// campaign"), or a body and its own campaign. "Grace Okafor" and "Peter Okafor" stay
    /// apart, and so do "Mr. Lund" and "Ms. Lund".
    fn within_other(&self, other: &NameFacts) -> bool {
        if let (Some(p), Some(q)) = (self.honorific, other.honorific)
            && p != q
        {
            return false;
        }
        let (x, y) = (&self.capitalised, &other.capitalised);
        let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        !short.is_empty() && short.iter().all(|w| long.contains(w))
    }
}

/// "the new poll", "FEC records from the 2008 cycle": a source that reports what it
/// measured or found, by the head of its name (the last word before a preposition; "Research
/// Director Ana Ruiz" is a person).
pub(in crate::matcher) fn measurement(name: &str) -> bool {
    // ("emails unearthed in the inquiry": past the participle to its noun.)
    let head = name
        .split_whitespace()
        .take_while(|w| !matches!(*w, "of" | "from" | "by" | "in" | "for" | "on"))
        .filter(|w| !w.ends_with("ed"))
        .last();
    head.is_some_and(|w| {
        w.len() <= 14 && lexicon::FINDING_NOUNS.contains(w.to_ascii_lowercase().as_str())
    })
}

/// "26 percent of Democrats", "one in three", "almost half of respondents": a share of the
/// people a poll asked. Two shares give different people's answers to one poll; neither
/// disputes the other.
fn poll_share(name: &str) -> bool {
    // (Asked for every pair of sources that may conflict: no folding into new strings.)
    let number = |w: &str| {
        w.eq_ignore_ascii_case("one")
            || w.bytes().all(|b| b.is_ascii_digit())
            || super::words::number_word(&w.to_ascii_lowercase()).is_some()
    };
    let mut before: [&str; 2] = ["", ""];
    for w in name.split_whitespace() {
        let share = w.ends_with('%')
            || (w.len() <= 12 && lexicon::SHARE_WORDS.contains(w.to_ascii_lowercase().as_str()));
        let in_between = before[1].eq_ignore_ascii_case("in") && number(before[0]) && number(w);
        if share || in_between {
            return true;
        }
        before = [before[1], w];
    }
    false
}

/// [`NameFacts::within_other`] of two names, for the tests.
#[cfg(test)]
fn one_name_within_other(a: &str, b: &str) -> bool {
    NameFacts::of(a, None).within_other(&NameFacts::of(b, None))
}

/// "Mr. Lund" and "Ms. Lund" are two people.
fn honorific(name: &str) -> Option<&'static str> {
    let first = name.split_whitespace().next()?.trim_end_matches('.');
    ["Mr", "Mrs", "Ms", "Miss"]
        .into_iter()
        .find(|h| first.eq_ignore_ascii_case(h))
        .map(|h| if h == "Mr" { "m" } else { "f" })
}

fn capitalised(name: &str) -> impl Iterator<Item = &str> + Clone {
    name.split(|c: char| c.is_whitespace() || c == ',')
        .enumerate()
        // "The ministry" and "The union": a capital that only starts a sentence.
        .filter(|&(i, w)| {
            w.chars().next().is_some_and(char::is_uppercase) && (i > 0 || !stopword(w))
        })
        .map(|(_, w)| {
            let w = w.trim_end_matches(['.', ':', ';']);
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
        })
}

fn stopword(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ':', ';']);
    lexicon::STOPWORDS.contains(&lexicon::fold(w))
}

/// "Talvara" and "Talvaran", "Maravia" and "Maravian": a place and its demonym.
pub(in crate::matcher) fn same_people(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 4
        && long.starts_with(short.trim_end_matches(['a', 'e', 'i', 'o', 'y']))
        && ["n", "an", "ian", "ese", "ish", "i"]
            .iter()
            .any(|e| long.ends_with(e))
        && long.len() - short.len() <= 4
}

#[cfg(test)]
mod tests {
    use super::NameFacts;
    use super::measurement;
    use super::one_name_within_other as within;

    #[test]
    fn a_source_named_as_the_others_affiliation_is_its_side() {
        let named_by = |name: &str, other: &str, affiliation: &str| {
            NameFacts::of(name, None).named_by(&NameFacts::of(other, Some(affiliation)))
        };
        assert!(named_by("Andes Pacific", "Rosa Quispe", "Andes Pacific"));
        assert!(named_by(
            "Andes Pacific Copper",
            "Rosa Quispe",
            "Andes Pacific"
        ));
        // The same head noun of a body: "the regional environment agency" and a director of
        // the "Northern Rivers Environment Agency".
        assert!(named_by(
            "regional environment agency",
            "Tom Reyes",
            "Northern Rivers Environment Agency"
        ));
        // A head noun that is no body's ("Reyes") says nothing.
        assert!(!named_by("Ana Reyes", "Tom Reyes", "Office of Paul Reyes"));
        assert!(!named_by("the union", "Ana Ruiz", "the ministry"));
    }

    #[test]
    fn a_measurement_is_named_by_its_head() {
        assert!(measurement("new Harbour University poll"));
        assert!(measurement("FEC records from the 2008 cycle"));
        assert!(measurement("emails unearthed in the inquiry"));
        assert!(measurement("Polls"));
        assert!(!measurement("Party Research Director Ana Ruiz"));
        assert!(!measurement("author of the report"));
    }

    #[test]
    fn names_within_names_are_one_side() {
        assert!(within("Okafor", "Mayor Grace Okafor"));
        assert!(within("Mrs. Lund's campaign", "Lund campaign"));
        assert!(within("Journalist Ana Ruiz", "Ruiz"));
        assert!(!within("Grace Okafor", "Peter Okafor"));
        assert!(!within("Mr. Lund", "Ms. Lund"));
        assert!(!within("The ministry", "The union"));
        assert!(!within("North Ridge Democrat", "North Ridge Republican"));
    }
}
