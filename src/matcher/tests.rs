//! Matcher tests: the table-driven run of the cases of `tests/data/cases/matcher/` (claims on
//! a short article, with invented names, and the conflicts the matcher must find between
//! them; see `tests/data/cases/README.md`), and properties checked on every case's article
//! and on articles generated here.

use crate::cases::{self, Case};
use crate::document::Document;
use crate::matcher::DEFAULT_MIN_CONFIDENCE;
use crate::model::Article;

/// The article as a reader sees it by default: the conflicts at least as confident as
/// `--min-confidence` asks by default.
fn analyze(path: &str, text: &str) -> Article {
    let mut a = crate::analyze(path, text);
    crate::retain_confident(&mut a, DEFAULT_MIN_CONFIDENCE);
    a
}

/// Two opposed claims with `between` claims on another topic between them, and the pairs
/// the rules find in them.
fn apart(between: usize) -> (Article, Vec<super::Candidate>) {
    let mut text = String::from(
        "Talks\n\nThe trade minister, Ana Lund, said the agreement had been signed.\n\n",
    );
    for _ in 0..between {
        text.push_str("A park ranger said the trail was long.\n\n");
    }
    text.push_str("A union spokesman said there was \"no contract\" yet.");
    let a = analyze("t", &text);
    assert_eq!(a.claims.len(), between + 2, "{}", describe(&a));
    let mut doc = Document::new(&text);
    let parsed = crate::parser::parse(&mut doc);
    let found = super::candidates(&doc, &parsed.claims, &parsed.sources);
    (a, found)
}

#[test]
fn claims_max_apart_are_compared_and_no_further() {
    // Profiles are built as claims enter the comparison window: its edges must not move.
    // (The scorer may doubt a pair so far apart; the rules must still weigh it.)
    assert_eq!(apart(super::MAX_APART - 1).1.len(), 1);
    assert!(apart(super::MAX_APART).1.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Helpers

fn speaker<'a>(a: &'a Article, id: &str) -> &'a str {
    &a.claim(id)
        .unwrap_or_else(|| panic!("conflict names unknown claim {id}"))
        .speaker
        .name
}

/// Every claim and conflict of `a`, one a line, for failure messages.
fn describe(a: &Article) -> String {
    let mut s = String::from("claims:");
    for c in &a.claims {
        s.push_str(&format!(
            "\n  {} {:?} {}: «{}»",
            c.id, c.stance, c.speaker.name, c.content.text
        ));
    }
    s.push_str("\nconflicts:");
    for k in &a.conflicts {
        s.push_str(&format!(
            "\n  {} {} {:.2} {} vs {}: {}",
            k.id,
            k.kind.as_str(),
            k.confidence,
            speaker(a, &k.claims[0]),
            speaker(a, &k.claims[1]),
            k.reason
        ));
    }
    s
}

// ---------------------------------------------------------------------------------------------
// The cases of tests/data/cases/matcher/

/// Every case of `tests/data/cases/matcher/` but those marked `ignore`.
#[test]
fn matcher_cases() {
    cases::run_all("matcher", false, matcher_case);
}

/// The cases marked `ignore`: known gaps of the matcher.
#[test]
#[ignore = "known matcher gaps: the cases of tests/data/cases/matcher/ marked `ignore`"]
fn ignored_matcher_cases() {
    cases::run_all("matcher", true, matcher_case);
}

/// What of `case` fails: its claims given to the matcher (or the parser's, when the case
/// says `claims_from_parser`), its conflicts at the default `--min-confidence`.
fn matcher_case(case: &Case) -> Vec<String> {
    let text = case.article.as_str();
    let expect = &case.expect;
    let (claims, sources, conflicts, mut failures) = if case.claims_from_parser {
        if !case.claim.is_empty() {
            return vec!["a case with claims_from_parser lists no [[claim]]".into()];
        }
        let a = analyze("case", text);
        let failures = cases::claim_failures(expect, &a.claims, &a.sources, text);
        (a.claims, a.sources, a.conflicts, failures)
    } else {
        if case.claim.is_empty() {
            return vec!["no [[claim]]: list the claims, or set claims_from_parser".into()];
        }
        if expect.checks_claims() {
            return vec!["checks of claims and sources need claims_from_parser = true".into()];
        }
        let doc = Document::outline(text);
        let (claims, sources) = match cases::hand_claims(case, &doc) {
            Ok(found) => found,
            Err(e) => return vec![e],
        };
        let mut conflicts = super::find_conflicts(&doc, &claims, &sources);
        conflicts.retain(|k| k.confidence >= DEFAULT_MIN_CONFIDENCE);
        (claims, sources, conflicts, Vec::new())
    };
    failures.extend(cases::conflict_failures(expect, &conflicts, &claims, text));
    if let Some(name) = &expect.candidates_involve {
        let doc = Document::outline(text);
        for c in super::candidates(&doc, &claims, &sources) {
            let names = c.claims.map(|i| sources[claims[i].source].name.as_str());
            if !names.contains(&name.as_str()) {
                failures.push(format!(
                    "candidates: expected every pair to involve {name:?}, found {names:?}"
                ));
            }
        }
    }
    if !failures.is_empty() {
        failures.push(cases::describe(&claims, &sources, &conflicts));
    }
    failures
}

/// The article of every matcher case, for the properties below.
fn case_articles() -> Vec<String> {
    cases::files("matcher")
        .iter()
        .map(|p| {
            cases::load(p)
                .unwrap_or_else(|e| panic!("{}: {e}", cases::shown(p)))
                .article
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Properties of every report

#[test]
fn every_conflict_pairs_claims_of_different_sources() {
    for text in &case_articles() {
        let a = analyze("t", text);
        for k in &a.conflicts {
            let [x, y] = [&k.claims[0], &k.claims[1]].map(|id| {
                a.claim(id)
                    .unwrap_or_else(|| panic!("{} names unknown claim {id}", k.id))
            });
            assert_ne!(x.source, y.source, "{}: {}\n{}", k.id, text, describe(&a));
            assert_ne!(
                a.sources[x.source].name,
                a.sources[y.source].name,
                "{}\n{}",
                k.id,
                describe(&a)
            );
        }
    }
}

#[test]
fn each_claim_pair_is_reported_once() {
    for text in &case_articles() {
        let a = analyze("t", text);
        let mut pairs: Vec<(&str, &str)> = a
            .conflicts
            .iter()
            .map(|k| {
                let (x, y) = (k.claims[0].as_str(), k.claims[1].as_str());
                if x <= y { (x, y) } else { (y, x) }
            })
            .collect();
        let all = pairs.len();
        pairs.sort_unstable();
        pairs.dedup();
        assert_eq!(pairs.len(), all, "a pair twice\n{}", describe(&a));
        assert!(
            a.conflicts.iter().all(|k| k.claims[0] != k.claims[1]),
            "{}",
            describe(&a)
        );
    }
}

#[test]
fn confidence_is_between_0_and_1_with_two_decimals() {
    for text in &case_articles() {
        let a = analyze("t", text);
        for k in &a.conflicts {
            assert!(
                (0.0..=1.0).contains(&k.confidence),
                "{} {}\n{}",
                k.id,
                k.confidence,
                describe(&a)
            );
            let cents = k.confidence * 100.0;
            assert!((cents - cents.round()).abs() < 1e-9, "{}", k.confidence);
        }
    }
}

#[test]
fn every_conflict_has_a_reason_and_a_topic() {
    for text in &case_articles() {
        let a = analyze("t", text);
        for k in &a.conflicts {
            assert!(!k.reason.trim().is_empty(), "{}\n{}", k.id, describe(&a));
            assert!(!k.topic.trim().is_empty(), "{}\n{}", k.id, describe(&a));
        }
    }
}

#[test]
fn ids_are_unique_and_numbered_in_order() {
    for text in &case_articles() {
        // Unfiltered: `--min-confidence` drops conflicts but keeps the ids of the rest.
        let a = crate::analyze("t", text);
        let mut ids: Vec<&str> = a.claims.iter().map(|c| c.id.as_str()).collect();
        ids.extend(a.conflicts.iter().map(|k| k.id.as_str()));
        let all = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all, "duplicate id\n{}", describe(&a));
        for (n, k) in a.conflicts.iter().enumerate() {
            assert_eq!(k.id, format!("k{}", n + 1), "{}", describe(&a));
        }
    }
}

#[test]
fn the_same_text_gives_the_same_report() {
    for text in &case_articles() {
        let once = analyze("t", text);
        let again = analyze("t", text);
        assert_eq!(once, again);
        assert_eq!(
            serde_json::to_string(&once).unwrap(),
            serde_json::to_string(&again).unwrap()
        );
    }
}

#[test]
fn no_claim_is_in_more_than_a_dozen_conflicts() {
    let mut text = String::from("Bus depots\n\n");
    for i in 0..60 {
        let (who, n) = if i % 2 == 0 {
            ("Ana Ruiz", 10 + i)
        } else {
            ("Ben Okoro", 500 + i)
        };
        text.push_str(&format!(
            "{who} said the depot has {n} buses on the road.\n\n"
        ));
    }
    let article = analyze("depots.txt", &text);
    assert!(!article.conflicts.is_empty());
    for c in &article.claims {
        let n = article
            .conflicts
            .iter()
            .filter(|k| k.claims.contains(&c.id))
            .count();
        assert!(n <= 12, "{} is in {n} conflicts", c.id);
    }
}

// ---------------------------------------------------------------------------------------------
// Pairs never weighed: what the parser reads as a denial or a contrast must not reach the
// rules at all (so no threshold hides a regression).

const A_GIFT_REJECTED: &str = "Mayor and envoy

Envoy Tarek Lund said the harbour would reopen to trawlers in March.

Mayor Ines Carvalho rejected Lund's offer of a new pier on Tuesday.
";

/// The pairs the rules weigh in `text`, before the scorer's threshold.
fn weighed_pairs(text: &str) -> Vec<super::Candidate> {
    let mut doc = crate::document::Document::new(text);
    let parsed = crate::parser::parse(&mut doc);
    super::candidates(&doc, &parsed.claims, &parsed.sources)
}

#[test]
fn rejecting_a_sources_offer_disputes_none_of_its_claims() {
    assert!(weighed_pairs(A_GIFT_REJECTED).is_empty());
}

const A_PERSON_QUESTIONED: &str = "Radio interview

Senator Mirela Ostrand said the bridge toll would be scrapped next year.

The host, Dag Vinter, questioned Ostrand about the toll on his morning show.
";

#[test]
fn questioning_a_person_about_a_point_disputes_no_claim() {
    assert!(weighed_pairs(A_PERSON_QUESTIONED).is_empty());
}

const A_QUOTED_BUT: &str = "Ferry fares

Mayor Lena Voss said the council would review ferry fares for islanders in May.

“The council met twice, but nothing was settled,” said Aron Falk, a ferry captain. “Ferry fares for islanders are a matter for the council in May.”
";

#[test]
fn a_but_inside_a_quotation_sets_nothing_against_anything() {
    assert!(weighed_pairs(A_QUOTED_BUT).is_empty());
}

const A_NAME_INSIDE_WHAT_IS_DISPUTED: &str = "Harbour talks

Envoy Tarek Lundqvist said the harbour would reopen to trawlers in March.

Several councillors took issue with the idea that the gap between the mayor and Lundqvist was narrowing.
";

#[test]
fn a_name_inside_what_is_disputed_is_a_topic_not_the_source_answered() {
    assert!(weighed_pairs(A_NAME_INSIDE_WHAT_IS_DISPUTED).is_empty());
}

const A_PERSON_CHALLENGED: &str = "Council meeting

Senator Mirela Ostrand said the bridge toll would be scrapped next year.

The council leader, Dag Vinter, challenged Ostrand on the toll at the meeting.
";

#[test]
fn challenging_a_person_on_a_point_is_weighed_as_a_dispute() {
    assert!(!weighed_pairs(A_PERSON_CHALLENGED).is_empty());
}
