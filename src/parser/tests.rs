//! Parser tests on short texts written for them.

use super::*;

/// The claims of `text`, once it is checked that reading it a paragraph at a time (every
/// paragraph a window of its own) finds the same claims and sources as reading it whole.
fn claims(text: &str) -> Vec<Claim> {
    parse_both_ways(text).claims
}

fn parse_both_ways(text: &str) -> Parsed {
    let whole = parse(&mut Document::new(text));
    let mut doc = Document::outline(text);
    let found = find_by_windows(&mut doc, 1);
    let windowed = assemble(&doc, found);
    assert_eq!(windowed.claims, whole.claims, "windows changed the claims");
    assert_eq!(
        windowed.sources, whole.sources,
        "windows changed the sources"
    );
    whole
}

/// An article: a headline, then paragraphs, separated by blank lines.
fn article(headline: &str, paragraphs: &[&str]) -> String {
    let mut text = headline.to_string();
    for p in paragraphs {
        text.push_str("\n\n");
        text.push_str(p);
    }
    text.push('\n');
    text
}

/// The one claim of `text`; fails when there are none or several.
fn only(text: &str) -> Claim {
    let mut c = claims(text);
    assert_eq!(c.len(), 1, "expected one claim, got {c:#?}");
    c.remove(0)
}

/// The claims whose speaker is named `speaker`.
fn by<'a>(claims: &'a [Claim], speaker: &str) -> Vec<&'a Claim> {
    claims
        .iter()
        .filter(|c| c.speaker.name == speaker)
        .collect()
}

/// The claim whose content contains `words`; fails when there is none.
fn with<'a>(claims: &'a [Claim], words: &str) -> &'a Claim {
    claims
        .iter()
        .find(|c| c.content.text.contains(words))
        .unwrap_or_else(|| panic!("no claim contains {words:?} in {claims:#?}"))
}

#[test]
fn direct_quote_with_trailing_attribution() {
    let c = claims("Headline here\n\n\"We will rebuild the bridge,\" the mayor said on Monday.");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].kind, ClaimKind::Direct);
    assert_eq!(c[0].content.text, "We will rebuild the bridge");
    assert_eq!(c[0].speaker.name, "mayor");
}

// Direct quotes.

#[test]
fn direct_quote_in_curly_marks_with_pronoun_after() {
    let text = article(
        "Ferry route to close",
        &[
            "Ilse Varn, the director of the ferry line, said the timetable would change.",
            "“The ferry will stop running in March,” she said.",
        ],
    );
    let c = claims(&text);
    assert_eq!(c.len(), 2, "{c:#?}");
    let quote = with(&c, "stop running");
    assert_eq!(quote.kind, ClaimKind::Direct);
    assert_eq!(quote.content.text, "The ferry will stop running in March");
    assert_eq!(quote.speaker.name, "Ilse Varn");
}

#[test]
fn single_quotes_nested_in_double_stay_in_the_quote() {
    let c = only(&article(
        "Clinic dispute grows",
        &[
            "\"The clerk told me ‘come back next week’ and then locked the door,\" said Pell \
           Arno, a farmer from Dunmere.",
        ],
    ));
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(
        c.content.text,
        "The clerk told me ‘come back next week’ and then locked the door"
    );
    assert_eq!(c.speaker.name, "Pell Arno");
    assert_eq!(c.stance, Stance::Assert);
}

#[test]
fn direct_quote_in_guillemets() {
    let c = only(&article(
        "Harbour plans",
        &[
            "«The harbour will reopen in June,» said Ilse Varn, the director of the Tarrow Port \
           Authority.",
        ],
    ));
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(c.content.text, "The harbour will reopen in June");
    assert_eq!(c.speaker.name, "Ilse Varn");
    assert!(!c.hedged);
}

#[test]
fn direct_quote_after_said_and_colon() {
    let text = article(
        "Council vote",
        &[
            "Osric Tamm, the council leader, said the vote had been rushed.",
            "He said: \"We have lost this round but not the argument.\"",
        ],
    );
    let c = claims(&text);
    assert_eq!(c.len(), 2, "{c:#?}");
    let quote = with(&c, "lost this round");
    assert_eq!(quote.kind, ClaimKind::Direct);
    assert_eq!(
        quote.content.text,
        "We have lost this round but not the argument."
    );
    assert_eq!(quote.speaker.name, "Osric Tamm");
}

#[test]
fn direct_quote_then_said_name_and_title_of_org() {
    let c = only(&article(
        "Harbour plans",
        &[
            "\"The harbour will reopen in June,\" said Ilse Varn, the director of the Tarrow \
           Port Authority.",
        ],
    ));
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(c.content.text, "The harbour will reopen in June");
    assert_eq!(c.speaker.name, "Ilse Varn");
    let role = c.speaker.role.as_deref().unwrap_or_default();
    assert!(role.contains("director"), "role {role:?}");
    assert_eq!(
        c.speaker.affiliation.as_deref(),
        Some("Tarrow Port Authority")
    );
    assert_eq!(c.cue.as_ref().map(|q| q.text.as_str()), Some("said"));
}

#[test]
fn attribution_in_the_middle_of_a_quote_gives_two_claims() {
    let text = article(
        "Rail strike talks",
        &[
            "Bram Oduya, who leads the drivers union, said talks would resume on Thursday.",
            "\"We are close to a deal,\" he said, \"but the pay offer is still too low.\"",
        ],
    );
    let c = claims(&text);
    let quotes: Vec<&Claim> = c.iter().filter(|c| c.kind == ClaimKind::Direct).collect();
    assert_eq!(quotes.len(), 2, "{c:#?}");
    assert_eq!(quotes[0].content.text, "We are close to a deal");
    assert_eq!(
        quotes[1].content.text,
        "but the pay offer is still too low."
    );
    assert!(quotes.iter().all(|q| q.speaker.name == "Bram Oduya"));
}

#[test]
fn quote_running_over_two_paragraphs() {
    let text = article(
        "Dam inquiry",
        &[
            "Nadia Ferro, an engineer at the Kessel Water Board, said: \"The spillway was \
             never inspected after the flood. Nobody checked the gates for two years.",
            "\"We warned the board in writing three times and nobody answered.\"",
        ],
    );
    let c = claims(&text);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert!(c.iter().all(|c| c.kind == ClaimKind::Direct));
    assert!(c.iter().all(|c| c.speaker.name == "Nadia Ferro"));
    assert!(
        c[0].content
            .text
            .starts_with("The spillway was never inspected")
    );
    assert!(
        c[0].content
            .text
            .contains("Nobody checked the gates for two years")
    );
    assert!(!c[0].content.text.contains("warned"));
    assert_eq!(
        c[1].content.text,
        "We warned the board in writing three times and nobody answered."
    );
}

#[test]
fn quote_running_over_two_paragraphs_attributed_at_the_end() {
    let text = article(
        "Dam inquiry",
        &[
            "\"The spillway was never inspected after the flood. Nobody checked the gates for \
             two years.",
            "\"We warned the board in writing three times,\" said Nadia Ferro, an engineer at \
             the Kessel Water Board.",
        ],
    );
    let c = claims(&text);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert!(c.iter().all(|c| c.speaker.name == "Nadia Ferro"));
    assert!(c[0].content.text.contains("Nobody checked the gates"));
    assert_eq!(
        c[1].content.text,
        "We warned the board in writing three times"
    );
}

#[test]
fn windows_are_runs_of_whole_paragraphs_of_at_least_the_size_asked() {
    let doc = Document::outline("aaaa\n\nbb\n\ncc\n\ndddddd\n\ne");
    assert_eq!(windows(&doc, 4), vec![0..1, 1..3, 3..4, 4..5]);
    assert_eq!(windows(&doc, 1000), vec![0..5]);
    assert_eq!(windows(&doc, 1).len(), 5);
}

/// A cue reads the token before its sentence, which may end the paragraph before: read a
/// window at a time, the parser must still see it.
#[test]
fn a_paragraph_read_in_a_window_of_its_own_still_sees_the_quote_before_it() {
    let text = article(
        "Wetland permit",
        &[
            "\"The permit was never valid,\" council leader Mara Voss said after the hearing. \
             \"Ms. Voss is a crucial witness in this inquiry.\"",
            "Residents called the ruling and the demand for a new hearing a transparent \
             political ploy aimed at embarrassing the council.",
        ],
    );
    let c = claims(&text);
    assert_eq!(c.len(), 3, "{c:#?}");
    assert_eq!(c[2].speaker.name, "Residents");
}

#[test]
fn unattributed_quote_paragraph_continues_previous_speaker() {
    let text = article(
        "Dam inquiry",
        &[
            "Nadia Ferro, an engineer at the water board, said the spillway had never been \
             inspected.",
            "\"We warned the board in writing three times and nobody answered.\"",
        ],
    );
    let c = claims(&text);
    assert_eq!(c.len(), 2, "{c:#?}");
    let quote = with(&c, "warned the board");
    assert_eq!(quote.kind, ClaimKind::Direct);
    assert_eq!(quote.speaker.name, "Nadia Ferro");
    assert_eq!(
        quote.content.text,
        "We warned the board in writing three times and nobody answered."
    );
}

// Partial quotes.

#[test]
fn reported_clause_holding_a_quote_is_partial() {
    let c = only(&article(
        "Trade talks end",
        &["The trade minister, Joris Hale, said there were \"no new agreements.\""],
    ));
    assert_eq!(c.kind, ClaimKind::Partial);
    assert_eq!(c.speaker.name, "Joris Hale");
    assert!(c.content.text.starts_with("there were"), "{c:#?}");
    assert!(c.content.text.contains("no new agreements"));
}

// Indirect speech.

#[test]
fn said_that_clause_is_indirect() {
    let c = only(&article(
        "Mine closure",
        &["Lena Brask, the mayor of Holt, said that the mine would close by the end of the year."],
    ));
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(c.speaker.name, "Lena Brask");
    assert_eq!(c.stance, Stance::Assert);
    assert_eq!(
        c.content.text,
        "the mine would close by the end of the year"
    );
}

#[test]
fn said_without_that_is_indirect() {
    let c = only(&article(
        "Mine closure",
        &["Lena Brask, the mayor of Holt, said the mine would close by the end of the year."],
    ));
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(c.speaker.name, "Lena Brask");
    assert_eq!(
        c.content.text,
        "the mine would close by the end of the year"
    );
}

#[test]
fn other_reporting_verbs_are_indirect_assertions() {
    for verb in [
        "argues",
        "insists",
        "claims",
        "warns",
        "confirms",
        "acknowledges",
    ] {
        let text = article(
            "Mine closure",
            &[&format!(
                "Lena Brask {verb} that the mine will close by the end of the year."
            )],
        );
        let c = only(&text);
        assert_eq!(c.kind, ClaimKind::Indirect, "{verb}");
        assert_eq!(c.speaker.name, "Lena Brask", "{verb}");
        assert_eq!(c.stance, Stance::Assert, "{verb}");
        assert_eq!(
            c.content.text, "the mine will close by the end of the year",
            "{verb}"
        );
    }
}

#[test]
fn denies_that_is_a_denial() {
    let c = only(&article(
        "Mine closure",
        &["Lena Brask denies that the mine will close by the end of the year."],
    ));
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(c.speaker.name, "Lena Brask");
    assert_eq!(c.stance, Stance::Deny);
    assert!(c.content.text.contains("the mine will close"));
}

#[test]
fn told_reporters() {
    let c = only(&article(
        "Mine closure",
        &["Lena Brask told reporters the mine would close by the end of the year."],
    ));
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(c.speaker.name, "Lena Brask");
    assert!(c.via.is_empty(), "reporters are not an intermediary");
    assert_eq!(
        c.content.text,
        "the mine would close by the end of the year"
    );
}

#[test]
fn according_to_before_the_clause() {
    let c = only(&article(
        "Mine closure",
        &["According to Lena Brask, the mine will close by the end of the year."],
    ));
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(c.speaker.name, "Lena Brask");
    assert_eq!(c.content.text, "the mine will close by the end of the year");
}

#[test]
fn attribution_trailing_the_clause() {
    let c = only(&article(
        "Mine closure",
        &["The mine will close by the end of the year, Lena Brask said."],
    ));
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(c.speaker.name, "Lena Brask");
    assert_eq!(c.content.text, "The mine will close by the end of the year");
}

#[test]
fn in_a_statement_said() {
    let c = only(&article(
        "Mine closure",
        &[
            "In a statement, the Holt Mining Company said the mine would close by the end of \
           the year.",
        ],
    ));
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(c.speaker.name, "Holt Mining Company");
    assert_eq!(
        c.content.text,
        "the mine would close by the end of the year"
    );
}

#[test]
fn wrote_on_social_media_that() {
    let c = only(&article(
        "Mine closure",
        &["Lena Brask wrote on social media that the mine would close by the end of the year."],
    ));
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(c.speaker.name, "Lena Brask");
    assert_eq!(
        c.content.text,
        "the mine would close by the end of the year"
    );
}

#[test]
fn has_called_the_move_unjust() {
    let c = only(&article(
        "Mine closure",
        &["Lena Brask has called the move unjust."],
    ));
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(c.speaker.name, "Lena Brask");
    assert_eq!(c.stance, Stance::Assert);
    assert!(c.content.text.contains("unjust"), "{c:#?}");
}

#[test]
fn dismissed_the_report_as_is_a_denial() {
    let c = only(&article(
        "Mine closure",
        &["Lena Brask dismissed the report as a rumour spread by rivals."],
    ));
    assert_eq!(c.speaker.name, "Lena Brask");
    assert_eq!(c.stance, Stance::Deny);
    assert!(
        c.content.text.contains("a rumour spread by rivals"),
        "{c:#?}"
    );
}

#[test]
fn cast_doubt_on_reports_is_doubt() {
    let c = only(&article(
        "Mine closure",
        &["Lena Brask cast doubt on reports that the mine would close by the end of the year."],
    ));
    assert_eq!(c.speaker.name, "Lena Brask");
    assert_eq!(c.stance, Stance::Doubt);
    assert!(
        c.content
            .text
            .contains("the mine would close by the end of the year")
    );
}

#[test]
fn report_citing_its_named_source() {
    let c = claims(&article(
        "Pipeline deal",
        &[
            "Reuters reports that Ostrava and Kelso signed a pipeline deal on Tuesday, citing \
           the head of the energy agency, Piet Moll.",
        ],
    ));
    let moll = by(&c, "Piet Moll");
    assert_eq!(moll.len(), 1, "{c:#?}");
    assert_eq!(moll[0].kind, ClaimKind::Indirect);
    assert_eq!(
        moll[0].content.text,
        "Ostrava and Kelso signed a pipeline deal on Tuesday"
    );
    assert!(moll[0].via.iter().any(|v| v == "Reuters"), "{moll:#?}");
    let role = moll[0].speaker.role.as_deref().unwrap_or_default();
    assert!(role.contains("head of"), "role {role:?}");
}

// Chains.

#[test]
fn cited_as_saying_relays_through_the_citer() {
    let c = only(&article(
        "Border shooting",
        &[
            "The Kestrel News Agency cited a border guard commander, Aron Vesk, as saying that \
           two soldiers were wounded overnight.",
        ],
    ));
    assert_eq!(c.speaker.name, "Aron Vesk");
    assert!(c.via.iter().any(|v| v.contains("Kestrel")), "{c:#?}");
    assert_eq!(c.content.text, "two soldiers were wounded overnight");
}

#[test]
fn told_a_news_agency_relays_through_it() {
    let c = only(&article(
        "Border shooting",
        &[
            "Aron Vesk, a border guard commander, told Reuters that two soldiers were wounded \
           overnight.",
        ],
    ));
    assert_eq!(c.speaker.name, "Aron Vesk");
    assert_eq!(c.via, vec!["Reuters".to_string()]);
    assert_eq!(c.content.text, "two soldiers were wounded overnight");
}

#[test]
fn quoted_as_saying_relays_through_the_quoter() {
    let c = only(&article(
        "Border shooting",
        &[
            "The Dalmor Courier quoted Aron Vesk as saying that two soldiers were wounded \
           overnight.",
        ],
    ));
    assert_eq!(c.speaker.name, "Aron Vesk");
    assert!(c.via.iter().any(|v| v.contains("Dalmor Courier")), "{c:#?}");
    assert_eq!(c.content.text, "two soldiers were wounded overnight");
}

#[test]
fn said_according_to_relays_through_the_source() {
    let c = only(&article(
        "Border shooting",
        &[
            "Two soldiers were wounded overnight, Aron Vesk said, according to the Kestrel News \
           Agency.",
        ],
    ));
    assert_eq!(c.speaker.name, "Aron Vesk");
    assert!(c.via.iter().any(|v| v.contains("Kestrel")), "{c:#?}");
    assert_eq!(c.content.text, "Two soldiers were wounded overnight");
}

#[test]
fn a_report_inside_a_quotation_relays_a_known_source() {
    let text = article(
        "Mill fire",
        &[
            "Corran Textiles said the fire had been put out within an hour.",
            "\"The company told us that the fire was out by noon,\" said Hal Brisk, the fire \
             chief. \"Pollsters tried to tell us that nothing would change.\"",
        ],
    );
    let c = claims(&text);
    let company = by(&c, "Corran Textiles");
    assert_eq!(company.len(), 2, "{c:#?}");
    let relayed = company[1];
    assert_eq!(relayed.content.text, "the fire was out by noon", "{c:#?}");
    assert_eq!(relayed.via, ["Hal Brisk"]);
    assert_eq!(relayed.kind, ClaimKind::Indirect);
    // The quotation is still the chief's, and a source the article never met is no speaker.
    assert_eq!(by(&c, "Hal Brisk").len(), 2, "{c:#?}");
    assert_eq!(c.len(), 4, "{c:#?}");
}

#[test]
fn a_clause_continued_after_a_mid_sentence_cue_is_claimed_on_both_sides() {
    let c = claims(&article(
        "Border clash",
        &["Its guards fired only warning shots, the ministry said, and detained two soldiers."],
    ));
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0].content.text, "Its guards fired only warning shots");
    assert_eq!(c[1].content.text, "and detained two soldiers");
    assert!(c.iter().all(|x| x.speaker.name == "ministry"), "{c:#?}");
}

// Speakers.

#[test]
fn organisation_names_with_of_or_a_possessive_stay_whole_and_are_referred_back_to() {
    let c = claims(&article(
        "Reserve map",
        &[
            "The Ministry of Fisheries said the map had expanded the reserve.",
            "The Selwick Sea Trust said the map had narrowed the reserve.",
            "However, the Selwick Fishermen's Federation insists the crews saw the map late.",
            "The trust said its divers would survey the kelp beds each spring.",
            "The ministry said it would spend more on patrol boats.",
            "Russia's Foreign Ministry said the talks would resume.",
        ],
    ));
    assert_eq!(c.len(), 6, "{c:#?}");
    assert_eq!(by(&c, "Ministry of Fisheries").len(), 2, "{c:#?}");
    assert_eq!(by(&c, "Selwick Sea Trust").len(), 2, "{c:#?}");
    assert_eq!(by(&c, "Selwick Fishermen's Federation").len(), 1, "{c:#?}");
    let foreign = with(&c, "talks would resume");
    assert_eq!(foreign.speaker.name, "Foreign Ministry");
    assert_eq!(foreign.speaker.affiliation.as_deref(), Some("Russia"));
}

#[test]
fn a_capitalised_organisation_before_a_role_is_the_employer() {
    let c = claims(&article(
        "March",
        &[
            "The Federation of Ostrand Trade Unions said 85,000 people had taken part.",
            "Federation leader Anton Brekk said the police figure was an insult.",
        ],
    ));
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0].speaker.name, "Federation of Ostrand Trade Unions");
    assert_eq!(
        c[0].speaker.affiliation, None,
        "not the tail of its own name"
    );
    assert_eq!(c[1].speaker.name, "Anton Brekk");
    assert_eq!(
        c[1].speaker.affiliation.as_deref(),
        Some("Federation of Ostrand Trade Unions")
    );
}

#[test]
fn openings_before_the_subject_are_not_the_speaker() {
    let c = claims(&article(
        "Rates",
        &[
            "OSTREL, July 24 (Reuters) — The National Bank of Ardena raised its main rate on \
             Thursday, saying inflation remained too high.",
            "Earlier, an engineer appointed by the inquiry, Professor Hanne Lund of Northport \
             Technical University, said the corrosion had been severe.",
        ],
    ));
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0].speaker.name, "National Bank of Ardena");
    assert_eq!(c[1].speaker.name, "Hanne Lund");
    assert_eq!(
        c[1].speaker.affiliation.as_deref(),
        Some("Northport Technical University")
    );
}

#[test]
fn a_quotation_after_a_speakers_quotation_is_that_speakers() {
    let c = claims(&article(
        "March",
        &[
            "City police said about 14,000 people had joined the march. \"Our estimate is based \
           on aerial footage,\" police spokeswoman Irina Maske said. \"We stand by it.\"",
        ],
    ));
    assert_eq!(c.len(), 3, "{c:#?}");
    assert_eq!(c[2].content.text, "We stand by it.");
    assert_eq!(c[2].speaker.name, "Irina Maske");
    assert_eq!(c[2].speaker.affiliation.as_deref(), Some("City police"));
}

#[test]
fn an_organisation_noun_refers_to_the_body_not_to_a_person_whose_role_names_it() {
    let c = claims(&article(
        "School",
        &[
            "Council leader Bernard Quist denied that the closure was linked to the site.",
            "Pupils will be offered places at other schools, the council said.",
        ],
    ));
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[1].speaker.name, "council");
}

#[test]
fn anonymous_sources_keep_what_they_are_familiar_with() {
    let c = claims(&article(
        "Board",
        &[
            "Two people familiar with the matter told Reuters that the board had met.",
            "A person close to the board said the chairman had resigned.",
            "Officials briefed on the talks said the deal was off.",
            "Two people with knowledge of the plans said the plant would close.",
        ],
    ));
    let names: Vec<&str> = c.iter().map(|x| x.speaker.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Two people familiar with the matter",
            "person close to the board",
            "Officials briefed on the talks",
            "Two people with knowledge of the plans"
        ],
        "{c:#?}"
    );
}

#[test]
fn a_denial_keeps_its_object_without_the_next_verbs_and() {
    let c = claims(&article(
        "Plant",
        &["A spokesman dismissed the report as speculation and said there were no plans."],
    ));
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0].content.text, "the report as speculation");
    assert_eq!(c[0].stance, Stance::Deny);
}

#[test]
fn relative_clauses_and_participles_around_the_subject() {
    let c = claims(&article(
        "Admissions",
        &[
            "An admissions officer who has worked at the university for more than a decade, and \
             who spoke on condition of anonymity, said staff had long known about the list.",
            "His lawyer, reached by phone, said Pike was cooperating fully with the board.",
            "Two residents of Carver Avenue who said they watched from a porch gave similar \
             accounts.",
        ],
    ));
    let names: Vec<&str> = c.iter().map(|x| x.speaker.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "admissions officer",
            "His lawyer",
            "Two residents of Carver Avenue"
        ],
        "{c:#?}"
    );
}

#[test]
fn a_participle_claim_takes_the_subject_without_its_verb_or_an_opening_participle() {
    let c = claims(&article(
        "Taxes",
        &[
            "Reid frequently mocked Romney for his returns, claiming that the nominee had paid \
             no taxes for ten years.",
            "Chastened by the analyses, Dale revised his plan, promising that the middle class \
             would gain most.",
        ],
    ));
    assert_eq!(with(&c, "paid no taxes").speaker.name, "Reid", "{c:#?}");
    assert_eq!(with(&c, "would gain most").speaker.name, "Dale", "{c:#?}");
}

#[test]
fn a_name_after_a_preposition_modifies_a_noun_like_verb_form() {
    let c = claims(&article(
        "Ratings",
        &[
            "FactWatch rated 22% of Democratic claims as \"entirely true\" compared to 11% of \
             Republican claims.",
        ],
    ));
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn a_name_given_in_a_relative_clause_and_a_subject_after_a_dateline() {
    let c = claims(&article(
        "Border",
        &[
            "PORTO SALIS, Sept 22 (Reuters) — Valdonia accused Kestria of moving troops to the \
             border, and said it had not been notified of the drills in advance.",
            "A spokesman for the movement, who gave his name only as Tomas, said the talks had \
             stalled.",
        ],
    ));
    let notified = with(&c, "not been notified");
    assert_eq!(notified.speaker.name, "Valdonia", "{c:#?}");
    assert_eq!(
        with(&c, "talks had stalled").speaker.name,
        "Tomas",
        "{c:#?}"
    );
}

#[test]
fn estimates_elaborations_and_quotations_that_start_a_clause() {
    let c = claims(&article(
        "Fire",
        &[
            "Two soldiers were wounded, the commander said, one of them seriously.",
            "A criminal group claiming the attack put the number at 38 million.",
            "The sheriff said \"well over 600 firefighters\" were now working the fire.",
        ],
    ));
    let texts: Vec<&str> = c.iter().map(|x| x.content.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Two soldiers were wounded",
            "the number at 38 million",
            "\"well over 600 firefighters\" were now working the fire"
        ],
        "{c:#?}"
    );
}

#[test]
fn a_second_verb_of_a_named_subject() {
    let c = claims(&article(
        "Results",
        &[
            "Maria Santos of Keane Securities praised the results and said the company had earned \
           the right to raise its forecast.",
        ],
    ));
    assert_eq!(c.len(), 1, "{c:#?}");
    assert!(c[0].speaker.name.starts_with("Maria Santos"), "{c:#?}");
    assert_eq!(
        c[0].content.text,
        "the company had earned the right to raise its forecast"
    );
}

#[test]
fn a_public_body_is_later_the_agency() {
    let c = claims(&article(
        "Fire",
        &[
            "The fire was 10 percent contained, according to the Department of Forestry.",
            "The agency said 600 firefighters were working the fire.",
        ],
    ));
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0].speaker.name, c[1].speaker.name, "{c:#?}");
}

#[test]
fn a_role_of_a_named_kind_of_body_takes_no_other_organisation() {
    let c = claims(&article(
        "Spill",
        &[
            "Andes Copper said the leak had been contained.",
            "Lucia Ferra, the agency's director of inspections, said the leak was not contained.",
        ],
    ));
    let ferra = by(&c, "Lucia Ferra");
    assert_eq!(ferra.len(), 1, "{c:#?}");
    assert_ne!(
        ferra[0].speaker.affiliation.as_deref(),
        Some("Andes Copper")
    );
}

#[test]
fn role_apposition_before_name() {
    let c = only(&article(
        "Power cuts",
        &[
            "The head of the national grid operator, Mara Lind, said the outages would end by \
           Friday.",
        ],
    ));
    assert_eq!(c.speaker.name, "Mara Lind");
    let role = c.speaker.role.as_deref().unwrap_or_default();
    assert!(role.contains("head of"), "role {role:?}");
    assert_eq!(c.content.text, "the outages would end by Friday");
}

#[test]
fn pronouns_and_role_nouns_refer_back() {
    let text = article(
        "Power cuts",
        &[
            "Tomas Ek, the energy minister, said the outages would end by Friday.",
            "\"We have crews on every damaged line,\" he said.",
            "Mara Lind, the operator's chief engineer, said the repairs would take a month.",
            "She said crews had repaired two of the four damaged lines.",
            "The minister said no hospital had lost power.",
        ],
    );
    let c = claims(&text);
    assert_eq!(c.len(), 5, "{c:#?}");
    assert_eq!(
        with(&c, "crews on every damaged line").speaker.name,
        "Tomas Ek"
    );
    assert_eq!(
        with(&c, "repaired two of the four").speaker.name,
        "Mara Lind"
    );
    assert_eq!(with(&c, "no hospital").speaker.name, "Tomas Ek");
    assert_eq!(by(&c, "Tomas Ek").len(), 3);
    assert_eq!(by(&c, "Mara Lind").len(), 2);
}

#[test]
fn pronoun_refers_back_to_head_of_organisation() {
    let text = article(
        "Power cuts",
        &[
            "The head of the national grid operator, Mara Lind, said the outages would end by \
             Friday.",
            "She said crews had repaired two of the four damaged lines.",
        ],
    );
    let c = claims(&text);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(by(&c, "Mara Lind").len(), 2, "{c:#?}");
}

#[test]
fn the_company_refers_back_to_the_named_company() {
    let text = article(
        "Recall ordered",
        &[
            "Brightwell Foods said it was recalling three batches of canned soup.",
            "The company said no illnesses had been reported.",
        ],
    );
    let c = claims(&text);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(by(&c, "Brightwell Foods").len(), 2, "{c:#?}");
    assert_eq!(
        with(&c, "no illnesses").content.text,
        "no illnesses had been reported"
    );
}

#[test]
fn seats_of_government_name_their_country() {
    for (seat, country) in [
        ("Canberra", "Australia"),
        ("The Kremlin", "Russia"),
        ("Washington", "United States"),
    ] {
        let c = only(&article(
            "Fishing dispute",
            &[&format!(
                "{seat} said the fishing fleet had never entered the disputed waters."
            )],
        ));
        assert_eq!(c.speaker.name, country, "{seat}");
        assert_eq!(c.speaker.affiliation.as_deref(), Some(country), "{seat}");
        assert_eq!(
            c.content.text, "the fishing fleet had never entered the disputed waters",
            "{seat}"
        );
    }
}

#[test]
fn demonym_gives_the_affiliation() {
    let c = only(&article(
        "Fishing dispute",
        &["A Norwegian official said the fishing fleet had entered the disputed waters twice."],
    ));
    assert!(c.speaker.name.contains("official"), "{c:#?}");
    assert_eq!(c.speaker.affiliation.as_deref(), Some("Norway"));
}

#[test]
fn anonymous_source_after_the_clause() {
    let text = article(
        "Fishing dispute",
        &[
            "The fleet had entered the disputed waters twice, a senior official said on \
           condition of anonymity.",
        ],
    );
    let parsed = parse_both_ways(&text);
    assert_eq!(parsed.claims.len(), 1, "{:#?}", parsed.claims);
    assert_eq!(parsed.sources.len(), 1);
    let c = &parsed.claims[0];
    assert!(c.speaker.name.contains("official"), "{c:#?}");
    assert_eq!(
        c.content.text,
        "The fleet had entered the disputed waters twice"
    );
}

#[test]
fn anonymous_source_with_relative_clause() {
    let c = only(&article(
        "Fishing dispute",
        &[
            "A senior official who spoke on condition of anonymity said the fleet had entered \
           the disputed waters twice.",
        ],
    ));
    assert!(c.speaker.name.contains("official"), "{c:#?}");
    assert!(!c.speaker.name.contains("anonymity"), "{c:#?}");
    assert_eq!(
        c.content.text,
        "the fleet had entered the disputed waters twice"
    );
}

#[test]
fn one_source_per_speaker_across_mentions() {
    let text = article(
        "Water rates rise",
        &[
            "Anika Sorel, the head of the Drayton Water Company, said rates would rise by \
             four percent.",
            "The council leader, Piet Moll, said the rise was not justified.",
            "Sorel said the company had frozen rates for three years.",
            "\"We cannot freeze them forever,\" Sorel said.",
        ],
    );
    let parsed = parse_both_ways(&text);
    assert_eq!(parsed.claims.len(), 4, "{:#?}", parsed.claims);
    let names: Vec<&str> = parsed.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Anika Sorel", "Piet Moll"]);
    assert_eq!(parsed.sources[0].claims, ["c1", "c3", "c4"]);
    assert_eq!(parsed.sources[1].claims, ["c2"]);
    assert!(parsed.claims.iter().all(|c| c.id != "c4" || c.source == 0));
}

// Stance, hedges and non-claims.

#[test]
fn denied_and_rejected_are_denials() {
    let text = article(
        "Dam inquiry",
        &[
            "The water board denied that the gates had been left unchecked.",
            "Its chairman, Olaf Renn, rejected claims that inspections were skipped.",
        ],
    );
    let c = claims(&text);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert!(c.iter().all(|c| c.stance == Stance::Deny), "{c:#?}");
    assert!(
        with(&c, "gates had been left unchecked")
            .speaker
            .name
            .contains("water board")
    );
    assert_eq!(
        with(&c, "inspections were skipped").speaker.name,
        "Olaf Renn"
    );
}

#[test]
fn questioned_is_doubt() {
    let c = only(&article(
        "Dam inquiry",
        &["Olaf Renn questioned whether the engineers had seen the gates at all."],
    ));
    assert_eq!(c.speaker.name, "Olaf Renn");
    assert_eq!(c.stance, Stance::Doubt);
    assert!(c.content.text.contains("the engineers had seen the gates"));
}

#[test]
fn hedge_words_mark_the_claim_hedged() {
    for sentence in [
        "Olaf Renn said the gates had reportedly been left open for a week.",
        "The engineers allegedly ignored the warnings, Olaf Renn said.",
        "Olaf Renn said the gates may have been left open for a week.",
        "Olaf Renn said the gates might fail again in spring.",
    ] {
        let c = only(&article("Dam inquiry", &[sentence]));
        assert_eq!(c.speaker.name, "Olaf Renn", "{sentence}");
        assert!(c.hedged, "{sentence}");
        assert_eq!(c.stance, Stance::Assert, "{sentence}");
    }
    let plain = only(&article(
        "Dam inquiry",
        &["Olaf Renn said the gates failed again in spring."],
    ));
    assert!(!plain.hedged);
}

#[test]
fn month_may_is_not_a_hedge() {
    let c = only(&article(
        "Harbour plans",
        &["\"The harbour will reopen in May,\" said Ilse Varn, the director of the port."],
    ));
    assert_eq!(c.content.text, "The harbour will reopen in May");
    assert!(!c.hedged, "{c:#?}");
}

#[test]
fn narrator_background_gives_no_claim() {
    let text = article(
        "Dam inquiry",
        &[
            "The dam was built in 1962 and holds back the Kessel river. It supplies water to \
             about forty thousand homes.",
            "Olaf Renn, the board chairman, said the dam was safe.",
        ],
    );
    let c = only(&text);
    assert_eq!(c.speaker.name, "Olaf Renn");
    assert_eq!(c.content.text, "the dam was safe");
}

#[test]
fn non_statements_give_no_claim() {
    for non_statement in [
        "The engineering firm declined to comment on the inspections.",
        "He did not say when the work would begin.",
        "The engineering firm did not respond to requests for comment.",
    ] {
        let text = article(
            "Dam inquiry",
            &[
                "Olaf Renn, the board chairman, said the dam was safe.",
                non_statement,
            ],
        );
        let c = claims(&text);
        assert_eq!(c.len(), 1, "{non_statement}: {c:#?}");
        assert_eq!(c[0].content.text, "the dam was safe", "{non_statement}");
    }
}

#[test]
fn a_pronoun_stands_for_the_person_named_before_in_the_narration() {
    let text = article(
        "Count disputed",
        &[
            "Asked about the figure on Monday, Dr. Ana Lee stood by the hospital's count.",
            "\"We checked every name twice,\" she said.",
        ],
    );
    let c = only(&text);
    assert_eq!(c.speaker.name, "Ana Lee");
    assert!(!c.speaker.unresolved);
    // The mention is still the pronoun where it stands.
    let m = c.speaker.mention.expect("a mention");
    assert_eq!(&text[m.start..m.end], "she");
}

#[test]
fn a_pronoun_skips_a_name_of_the_other_gender() {
    let text = article(
        "Count disputed",
        &[
            "Peter Holm chaired the meeting on Monday.",
            "\"We checked every name twice,\" she said.",
        ],
    );
    let c = only(&text);
    assert_eq!(c.speaker.name, "she");
    assert!(c.speaker.unresolved, "{c:#?}");
}

#[test]
fn they_stands_for_the_group_named_before() {
    let text = article(
        "Growth",
        &[
            "The economists at the institute published their forecast on Tuesday.",
            "Growth will slow to 1 percent next year, they said.",
        ],
    );
    let c = only(&text);
    assert_eq!(c.speaker.name, "economists");
    assert!(!c.speaker.unresolved);
}

#[test]
fn a_pronoun_stands_for_a_surname_the_article_named_in_full_before() {
    for (first, pronoun, name) in [
        ("Peter", "he", "Peter Holm"),
        ("Anna", "she", "Anna Holm"),
        // A first name of no known gender after a title: either pronoun.
        ("Sen. Zorvan", "he", "Zorvan Holm"),
        // A first name of the other gender: the surname is not this pronoun's person.
        ("Anna", "he", "he"),
    ] {
        let text = article(
            "Count disputed",
            &[
                &format!("The inquiry was chaired by {first} Holm, a retired judge."),
                // More paragraphs than a pronoun looks back over.
                "The hearing began in March.",
                "It heard evidence for six weeks.",
                "The final session was held in the town hall.",
                "On Sunday, Holm went on the offensive at the hearing.",
                &format!("\"The figures were made up,\" {pronoun} said."),
            ],
        );
        let c = only(&text);
        assert_eq!(c.speaker.name, name, "{first} … {pronoun}");
        assert_eq!(c.speaker.unresolved, name == pronoun);
    }
}

#[test]
fn a_name_in_narration_starts_at_its_title() {
    let text = article(
        "Birthday",
        &[
            "Former Governor Nils Carter opened the new library on Friday.",
            "\"I feel younger than ever,\" he said.",
        ],
    );
    assert_eq!(only(&text).speaker.name, "Nils Carter");
}

#[test]
fn an_object_pronoun_after_according_to_is_the_whole_source() {
    let text = article(
        "Anchor",
        &[
            "The editor Jorge Vela ran the paper for a decade.",
            "He resigned in 2004 after, according to him, the board cut his budget.",
        ],
    );
    let c = only(&text);
    assert_eq!(c.speaker.name, "Jorge Vela");
    let m = c.speaker.mention.expect("a mention");
    assert_eq!(&text[m.start..m.end], "him");
}

#[test]
fn a_possessive_or_an_expletive_it_is_no_source() {
    for sentence in [
        "Her pledge to fine landlords who leave flats empty while collecting subsidies.",
        "It was doubtful the council would finish the bridge this year.",
    ] {
        let text = article(
            "Campaign",
            &["Ana Ruiz spoke in Ohio on Tuesday.", sentence],
        );
        let c = claims(&text);
        assert!(c.is_empty(), "{sentence}: {c:#?}");
    }
}

#[test]
fn a_quotation_ending_the_paragraph_before_is_no_quote_verbs() {
    let text = article(
        "Torch",
        &[
            "Her motto was, \u{201c}Nobody reads a story without a villain.\u{201d}",
            "The station won\u{2019}t go that far, but its producer wants a live fact check.",
        ],
    );
    let c = claims(&text);
    assert!(
        c.iter()
            .all(|c| c.cue.as_ref().is_none_or(|cue| cue.text != "go")),
        "{c:#?}"
    );
}

#[test]
fn they_and_it_stand_for_bodies_and_documents_named_before() {
    for (narration, claim, name) in [
        (
            "Six regional newspapers ran the story on Monday.",
            "They called the mayor an opportunist who had neglected the city.",
            "newspapers",
        ),
        (
            "The mayor cited a 1998 memorandum from the water board.",
            "It says private wells must be tested every year.",
            "memorandum",
        ),
    ] {
        let text = article("Mayor", &[narration, claim]);
        let c = only(&text);
        assert_eq!(c.speaker.name, name, "{claim}");
        assert!(!c.speaker.unresolved);
    }
}

#[test]
fn they_stands_for_two_named_together_who_stay_two_people() {
    let text = article(
        "Campaign trail",
        &[
            "\"We are the only honest ticket,\" Okafor said on Monday.",
            "As Okafor and Brandt toured the valley, they were recognised by voters, they said.",
            "\"The crowds are bigger every week,\" Okafor said.",
        ],
    );
    let c = claims(&text);
    let names: Vec<&str> = c.iter().map(|c| c.speaker.name.as_str()).collect();
    assert_eq!(names, ["Okafor", "Okafor and Brandt", "Okafor"], "{c:#?}");
}

#[test]
fn a_relative_clause_between_subject_and_verb_is_no_subject() {
    let text = article(
        "Accusation",
        &[
            "A contractor who has accused the port authority of fraud said on Friday that it had withheld payments.",
        ],
    );
    let c = only(&text);
    assert_eq!(c.speaker.name, "contractor");
    assert_eq!(c.content.text, "it had withheld payments");
}

#[test]
fn an_abbreviated_title_initials_and_a_suffix_name_one_person() {
    let text = article(
        "Admiral",
        &[
            "Gen. Omar T. Velde Jr., who leads the northern command, gave no ground.",
            "\"We will patrol wherever the law allows,\" he said.",
            "The patrols would go on, the general said.",
        ],
    );
    let c = claims(&text);
    let names: Vec<&str> = c.iter().map(|c| c.speaker.name.as_str()).collect();
    assert_eq!(names, ["Omar T. Velde", "Omar T. Velde"], "{c:#?}");
}

#[test]
fn a_surname_after_a_full_stop_opens_its_sentence() {
    // "Tavi" says no gender; "Okonkwo" is the subject of its clause.
    let text = article(
        "Platform",
        &[
            "Supporters of Tavi Okonkwo met on Wednesday.",
            "The committee met in the capital.",
            "It heard testimony from experts.",
            "He wrote to the members on Tuesday. Okonkwo also pledged to keep fighting.",
            "\"We can still carry the vote,\" he said in the letter.",
        ],
    );
    assert_eq!(only(&text).speaker.name, "Tavi Okonkwo");
}

#[test]
fn a_name_of_common_words_is_a_body_not_a_person() {
    let text = article(
        "Speech",
        &[
            "Clara Ruiz spoke at the National Farmers Union Conference.",
            "\"We will not be ignored,\" she said.",
        ],
    );
    assert_eq!(only(&text).speaker.name, "Clara Ruiz");
}

#[test]
fn a_name_and_a_colon_open_a_headline_or_a_transcript_turn() {
    let text = article(
        "Marlow: The harbour tax will not rise this year",
        &[
            "Mayor Ida Marlow spoke to the council on Tuesday.",
            "ROSA DELANEY: Will the harbour tax rise?",
            "Marlow: The rate is fixed until the spring budget, and the council agreed it.",
        ],
    );
    let c = claims(&text);
    let said = |who: &str, words: &str| {
        c.iter()
            .any(|x| x.speaker.name.contains(who) && x.content.text.contains(words))
    };
    assert!(said("Marlow", "The harbour tax will not rise"), "{c:#?}");
    assert!(said("Marlow", "The rate is fixed"), "{c:#?}");
    assert!(said("ROSA DELANEY", "Will the harbour tax rise"), "{c:#?}");
}

#[test]
fn a_headline_label_and_a_colon_name_no_speaker() {
    let text = article(
        "Big Win For Harbour Workers: Port Agrees To Talks",
        &["Update: the talks begin on Monday, the port authority said."],
    );
    let c = claims(&text);
    assert!(
        c.iter()
            .all(|x| !x.speaker.name.contains("Big Win") && x.speaker.name != "Update"),
        "{c:#?}"
    );
}
