//! Matcher tests on short texts written for them.
//!
//! Each text is a small article (headline, blank line, paragraphs) with invented names. The
//! first group must give one conflict of each kind; the traps must give none; the properties
//! at the end are checked on every text here.

use crate::matcher::DEFAULT_MIN_CONFIDENCE;
use crate::model::{Article, Conflict, ConflictKind};

/// The article as a reader sees it by default: the conflicts at least as confident as
/// `--min-confidence` asks by default.
fn analyze(path: &str, text: &str) -> Article {
    let mut a = crate::analyze(path, text);
    crate::retain_confident(&mut a, DEFAULT_MIN_CONFIDENCE);
    a
}

#[test]
fn negation_against_a_synonym_is_a_conflict() {
    let a = analyze(
        "t",
        "Talks\n\nThe trade minister, Ana Lund, said the agreement had been signed.\n\nA union spokesman said there was \"no contract\" yet.",
    );
    assert_eq!(a.conflicts.len(), 1, "{:#?}", a);
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
    let mut doc = crate::document::Document::new(&text);
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

/// The only conflict of the article, of `kind`, between a claim of a speaker whose name
/// contains `x` and one whose name contains `y` (either order), confident enough to be shown.
fn the_conflict<'a>(a: &'a Article, kind: ConflictKind, x: &str, y: &str) -> &'a Conflict {
    assert_eq!(
        a.conflicts.len(),
        1,
        "one conflict expected\n{}",
        describe(a)
    );
    let c = &a.conflicts[0];
    let (p, q) = (speaker(a, &c.claims[0]), speaker(a, &c.claims[1]));
    assert!(
        (p.contains(x) && q.contains(y)) || (p.contains(y) && q.contains(x)),
        "the conflict should set {x} against {y}\n{}",
        describe(a)
    );
    assert_eq!(c.kind, kind, "{}", describe(a));
    assert!(
        c.confidence >= DEFAULT_MIN_CONFIDENCE,
        "confidence {} is below the default threshold\n{}",
        c.confidence,
        describe(a)
    );
    c
}

/// Some conflict of `kind` whose reason contains `words`.
fn assert_has(a: &Article, kind: ConflictKind, words: &str) {
    assert!(
        a.conflicts
            .iter()
            .any(|k| k.kind == kind && k.reason.contains(words)),
        "a {} conflict naming {words:?} expected\n{}",
        kind.as_str(),
        describe(a)
    );
}

/// [`the_conflict`], whose reason contains `words`.
fn the_conflict_saying(a: &Article, kind: ConflictKind, x: &str, y: &str, words: &str) {
    let c = the_conflict(a, kind, x, y);
    assert!(c.reason.contains(words), "{}", c.reason);
}

fn assert_no_conflict(a: &Article) {
    assert!(
        a.conflicts.is_empty(),
        "no conflict expected\n{}",
        describe(a)
    );
}

// ---------------------------------------------------------------------------------------------
// One conflict of each kind

const NEGATION: &str = "Harbour deal in doubt

The trade minister, Ana Lund, said the agreement with the Verrin shipping group had been signed on Monday.

A spokesman for the dockworkers' union, Tomas Brekke, said there was no contract with the Verrin group.
";

#[test]
fn negation_of_a_synonym_with_names_around_it() {
    let a = analyze("negation.txt", NEGATION);
    the_conflict_saying(
        &a,
        ConflictKind::Negation,
        "Ana Lund",
        "Tomas Brekke",
        "contract",
    );
}

const ANTONYM_LEGAL: &str = "Quarry plan disputed

Lawyers for the Pellham Residents Association said the quarry plan is illegal.

The county planning office said the quarry plan is legal.
";

#[test]
fn legal_against_illegal_is_an_antonym_conflict() {
    let a = analyze("legal.txt", ANTONYM_LEGAL);
    let c = the_conflict(
        &a,
        ConflictKind::Antonym,
        "Pellham Residents",
        "county planning office",
    );
    assert!(
        c.reason.contains("illegal") && c.reason.contains("legal"),
        "{}",
        c.reason
    );
}

const ANTONYM_SALES: &str = "Bakery chain reports mixed year

Orla Finch, chief executive of Crumbwell Bakeries, said sales rose last year.

Dev Raman, an analyst at Norstrand Securities, said sales fell last year.
";

#[test]
fn rose_against_fell_is_an_antonym_conflict() {
    let a = analyze("sales.txt", ANTONYM_SALES);
    let c = the_conflict(&a, ConflictKind::Antonym, "Orla Finch", "Dev Raman");
    assert!(
        c.reason.contains("rose") && c.reason.contains("fell"),
        "{}",
        c.reason
    );
}

const NUMERIC: &str = "Reservoir spill estimate disputed

Hana Ostrova, director of the Carrick Environment Agency, said about 9,000 tonnes of slurry leaked from the Brackley reservoir.

Jonas Pirelli, site manager at Brackley Minerals, said 1,200 tonnes of slurry leaked from the reservoir.
";

#[test]
fn two_figures_for_one_quantity_are_a_numeric_conflict() {
    let a = analyze("numeric.txt", NUMERIC);
    let c = the_conflict(&a, ConflictKind::Numeric, "Hana Ostrova", "Jonas Pirelli");
    assert!(
        c.reason.contains("9,000") && c.reason.contains("1,200"),
        "{}",
        c.reason
    );
}

const DENIAL: &str = "Dye works accused over river

Marta Olsen, a hydrologist at the University of Carrick, said the dye plant has been leaking chemicals into the river for years.

Tenby Dyes denied that the plant had leaked chemicals into the river.
";

#[test]
fn denying_what_another_source_asserts_is_a_denial_conflict() {
    let a = analyze("denial.txt", DENIAL);
    let c = the_conflict(&a, ConflictKind::Denial, "Marta Olsen", "Tenby Dyes");
    let denier = [&c.claims[0], &c.claims[1]]
        .into_iter()
        .filter_map(|id| a.claim(id))
        .find(|claim| claim.speaker.name == "Tenby Dyes")
        .unwrap();
    assert_eq!(
        denier.stance,
        crate::model::Stance::Deny,
        "{}",
        describe(&a)
    );
}

const CONTRAST: &str = "Stadium roof debate

The city engineer, Rolf Amsel, said the stadium roof was unsafe for crowds this winter.

However, Petra Vance insists the stadium roof will be ready for crowds.
";

#[test]
fn however_sets_a_later_claim_against_an_earlier_one() {
    let a = analyze("contrast.txt", CONTRAST);
    the_conflict_saying(
        &a,
        ConflictKind::Contrast,
        "Rolf Amsel",
        "Petra Vance",
        "However",
    );
}

const WITHOUT_WARNING: &str = "Shots at the lake border

The Harlen police said a Dorsk patrol boat opened fire without warning on a fishing crew.

The Dorsk coast guard, Captain Ivo Penn, said his crew fired only warning shots over the water.
";

#[test]
fn without_negates_the_word_after_it_even_a_verb_of_saying() {
    let a = analyze("without.txt", WITHOUT_WARNING);
    the_conflict_saying(
        &a,
        ConflictKind::Negation,
        "police",
        "Ivo Penn",
        "without warning",
    );
}

const RELAYED: &str = "Quarry blast inquiry

Tarn Aggregates said on Monday that the blast had been a small one.

\"The company told us on the first day that this was 'a routine blast',\" said Mina Ruel, the county's chief inspector. \"It was not a routine blast. Windows broke two kilometres away.\"
";

#[test]
fn a_report_relayed_inside_a_quotation_can_be_contested_by_the_relayer() {
    let a = analyze("relayed.txt", RELAYED);
    let c = the_conflict(&a, ConflictKind::Negation, "Tarn Aggregates", "Mina Ruel");
    let relayed = [&c.claims[0], &c.claims[1]]
        .into_iter()
        .filter_map(|id| a.claim(id))
        .find(|claim| claim.speaker.name == "Tarn Aggregates")
        .unwrap();
    assert_eq!(relayed.content.text, "this was 'a routine blast'");
    assert_eq!(relayed.via, ["Mina Ruel"], "{}", describe(&a));
}

const ANSWERED_REPORT: &str = "Plant closure report

Two people with knowledge of the company's plans told Reuters that the Dunholm board had discussed closing the plant by 2027.

A Dunholm spokesman dismissed the report as speculation and said there were no plans to sell the site.

Parent Rita Vos said the vote had been held in private. The council rejected that account. Council officer Ben Lyle said the vote was public.
";

#[test]
fn a_denial_aimed_at_the_report_answers_the_report_before_it() {
    let a = analyze("answered.txt", ANSWERED_REPORT);
    let answers: Vec<&Conflict> = a
        .conflicts
        .iter()
        .filter(|k| k.kind == ConflictKind::Denial && k.reason.contains("answering"))
        .collect();
    // The dismissal and what the spokesman said next, each against the report; the bare
    // "rejected that account" is set against nothing.
    assert_eq!(answers.len(), 2, "{}", describe(&a));
    for k in answers {
        assert!(
            a.claim(&k.claims[0])
                .unwrap()
                .content
                .text
                .contains("closing the plant"),
            "{}",
            describe(&a)
        );
    }
}

#[test]
fn a_noun_of_action_and_its_verb_share_a_topic() {
    let a = analyze(
        "inspection.txt",
        "Bridge inquiry\n\nThe contractor told the inquiry that it had inspected the structure in March, but the roads agency said it had no record of any inspection since 2019.\n",
    );
    assert_eq!(a.conflicts.len(), 1, "{}", describe(&a));
}

const RETIREMENT_AGE: &str = "Pension reform

Union leader Anton Brekk said the plan would push the retirement age to 67 for younger workers.

Labour Minister Sanna Roos said the age would rise gradually from 64 to 66 over ten years.
";

#[test]
fn bare_figures_of_the_same_thing_differ_even_by_one() {
    let a = analyze("age.txt", RETIREMENT_AGE);
    the_conflict_saying(&a, ConflictKind::Numeric, "Anton Brekk", "Sanna Roos", "67");
}

const LOOSE_COUNTS: &str = "Ferry and camp

\"We have confirmed 14 deaths,\" coast guard spokesman Ansel Rourke said.

The families' association said at least 31 people had died.

Police Chief Ray Kitt said the officer fired three rounds. A witness, Luis Carr, said the officer fired at least eight times.

The charity Mercy Across Borders said about 48,000 people were now living in the Kessem camp. Oskar Lind, a government official, said the camp had 26,000 registered residents.
";

#[test]
fn loose_counts_are_of_what_their_verb_or_their_claim_says() {
    let a = analyze("loose.txt", LOOSE_COUNTS);
    let numeric: Vec<&str> = a
        .conflicts
        .iter()
        .filter(|k| k.kind == ConflictKind::Numeric)
        .map(|k| k.reason.as_str())
        .collect();
    assert_eq!(numeric.len(), 3, "{}", describe(&a));
    for figures in ["14 vs 31", "three vs eight", "48,000 vs 26,000"] {
        assert!(
            numeric.iter().any(|r| r.starts_with(figures)),
            "{figures}: {}",
            describe(&a)
        );
    }
}

#[test]
fn parts_per_billion_and_ppb_are_one_unit() {
    let a = analyze(
        "ppb.txt",
        "Lead in water\n\nCity officials said testing found lead at 11 parts per billion.\n\nResearchers from Corwin State University said their tests found lead at 27 ppb.\n",
    );
    the_conflict_saying(
        &a,
        ConflictKind::Numeric,
        "officials",
        "Researchers",
        "27 ppb",
    );
}

#[test]
fn push_up_is_the_opposite_of_fall() {
    let a = analyze(
        "phrasal-change.txt",
        "Merger\n\nThe Retail Federation of Veranza said the merger would push up prices for software licences.\n\nLumora Inc said prices would fall after the merger.\n",
    );
    the_conflict_saying(
        &a,
        ConflictKind::Antonym,
        "Retail Federation",
        "Lumora",
        "push up / fall",
    );
}

#[test]
fn stored_improperly_against_stored_correctly() {
    let a = analyze(
        "stored.txt",
        "Doping appeal\n\nLawyer Sabine Holt said the sample had been stored improperly.\n\nLaboratory director Hugo Brandt said the sample was collected, sealed and stored correctly at every step.\n",
    );
    the_conflict_saying(
        &a,
        ConflictKind::Antonym,
        "Sabine Holt",
        "Hugo Brandt",
        "improperly / correctly",
    );
}

#[test]
fn above_and_within_a_limit_are_opposites() {
    let a = analyze(
        "limit.txt",
        "Air quality\n\nThe borough council said nitrogen dioxide levels on the High Street were now within the legal limit.\n\nCampaign group Valley Roads Watch said its own readings showed levels remained above the legal limit at four sites.\n",
    );
    the_conflict_saying(
        &a,
        ConflictKind::Antonym,
        "council",
        "Valley Roads",
        "within / above",
    );
}

#[test]
fn half_and_a_third_are_shares() {
    let a = analyze(
        "fractions.txt",
        "City systems\n\nIT director Sam Kal said about 80% of the city's systems had been restored.\n\nUnion leader Gail Soren said fewer than half of the city's systems were back online.\n",
    );
    the_conflict_saying(&a, ConflictKind::Numeric, "Sam Kal", "Gail Soren", "half");
}

const FIGURES_AND_OPPOSITES_OF_A_THIRD_SET: &str = "Talks and libraries

Interior Minister Aurel Dansk said the agreement provided for the release of 40 detained members of the movement.

A diplomat, speaking on condition of anonymity, said the draft agreement named 62 prisoners, not 40.

The mayor's budget document says visits to city libraries have fallen by 14 percent since 2019. The library's annual report says visits rose last year to 1.2 million.
";

#[test]
fn a_figure_negated_outright_and_an_opposite_a_few_words_from_its_subject() {
    let a = analyze("third-set.txt", FIGURES_AND_OPPOSITES_OF_A_THIRD_SET);
    assert_eq!(a.conflicts.len(), 2, "{}", describe(&a));
    assert_has(&a, ConflictKind::Negation, "not 40");
    assert_has(&a, ConflictKind::Antonym, "fallen / rose");
}

const THIRD_SET_PARAPHRASES: &str = "Drills and meetings

Chief executive Tobias Renn said the company's profit margin had actually fallen over the period.

Campaign group Fair Basket said margins at all three chains had risen to their highest level in a decade.

The Kestrian defence ministry said Valdonia's embassy had been informed in writing on Sept 2. Valdonia said it had not been notified of the drills.

Councillor Heather Lyle said the council leader, Graham Ostler, had met the developer at least twice. Ostler denied that any such meeting had taken place.
";

#[test]
fn paraphrased_opposites_and_a_denial_of_any_such_thing() {
    let a = analyze("third-set-2.txt", THIRD_SET_PARAPHRASES);
    let kinds: Vec<ConflictKind> = a.conflicts.iter().map(|k| k.kind).collect();
    assert!(kinds.contains(&ConflictKind::Antonym), "{}", describe(&a));
    assert_has(&a, ConflictKind::Negation, "notified");
    assert_has(&a, ConflictKind::Denial, "such meeting");
}

const ANY_AND_ABSENT: &str = "Election count

Opposition leader Teodora Viks said her party had the result sheets from 1,600 stations, signed and stamped.

The electoral commission denied that any result sheets had been altered.

Commission chairman Ruben Ark said every sheet was entered in the presence of party agents.

Observer Lena Okoth said party agents had been absent in many counting centres.
";

#[test]
fn a_denial_of_any_such_thing_and_presence_against_absent() {
    let a = analyze("any.txt", ANY_AND_ABSENT);
    assert_has(&a, ConflictKind::Denial, "any result sheets");
    assert_has(&a, ConflictKind::Antonym, "presence / absent");
}

// ---------------------------------------------------------------------------------------------
// Traps: no conflict

const PARTS_TIMES_AND_AGREEMENT: &str = "Blast and chains

Officials said two workers were killed and nine others injured when an explosion tore through the plant.

Fire Chief Ron Bapt said the blast happened at about 6:40 a.m. in a building where solvents were kept.

Campaign group Fair Basket said margins at all three chains had risen. A person familiar with the inquiry said investigators had seized emails between buyers at two of the chains.

The laboratory report said the A sample contained 2.4 nanograms of the substance. Her lawyer, Sabine Holt, said the B sample showed a similar 2.3 nanograms.

The Northern Hills Movement said it had agreed the release of 11 aid workers. Interior Minister Aurel Dansk said the agreement provided for the release of 40 detained members of the movement.
";

#[test]
fn what_was_recovered_is_a_part_of_what_was_lost() {
    assert_no_conflict(&analyze(
        "recovered.txt",
        "Pipeline leak\n\nHalvorsen Midstream said about 1,200 barrels of crude had spilled from a cracked weld.\n\nState regulator Marisol Ibarra said cleanup crews had recovered about 800 barrels of oil by Tuesday morning.\n",
    ));
}

#[test]
fn a_part_a_time_of_day_a_similar_figure_and_a_shared_word_are_no_conflicts() {
    assert_no_conflict(&analyze("parts.txt", PARTS_TIMES_AND_AGREEMENT));
}

const PART_OF_A_WHOLE: &str = "Factory cuts

Varnholt said it would cut 1,150 of the 3,400 jobs at its plant in Dunmere.

The metalworkers' union said the number of jobs at risk was closer to 1,700 once agency workers were counted.
";

#[test]
fn a_part_of_a_whole_counts_its_noun() {
    assert_no_conflict(&analyze("part.txt", PART_OF_A_WHOLE));
}

const RESTATED_FIGURE: &str = "Nurses' pay offer

The nurses' union said wages had fallen by about 12 per cent since 2015, and that the hospital board's offer amounted to a rise of just 2 per cent this year.

The hospital board said the offer was worth 6 per cent over three years, made up of the 2 per cent rise this year and a further 4 per cent rise next year.
";

#[test]
fn a_figure_both_sides_give_is_agreed_and_their_other_figures_are_other_quantities() {
    assert_no_conflict(&analyze("restated.txt", RESTATED_FIGURE));
}

const PHRASAL_VERB: &str = "Ward waiting times

The health board said 80 percent of patients arriving at the ward were seen within four hours.

Dr Alma Reyes, a consultant at the ward, said the figure left out patients who waited on trolleys.
";

#[test]
fn a_verb_with_a_particle_is_no_antonym_of_the_verb_alone() {
    assert_no_conflict(&analyze("phrasal.txt", PHRASAL_VERB));
}

const SAME_YEAR_DIFFERENT_THINGS: &str = "Appliance maker results

Helga Moritz, the chief executive of Varnfeld, said demand for washing machines had fallen by 9 per cent last year.

Peter Lund, a union official at the Varnfeld plant, said the company's operating profit had risen 12 per cent last year.
";

#[test]
fn sharing_only_a_time_is_no_shared_topic() {
    assert_no_conflict(&analyze("same-year.txt", SAME_YEAR_DIFFERENT_THINGS));
}

const CROWD_AND_A_GROUP: &str = "March through the capital

The organisers said 85,000 people had taken part in the march.

Police spokeswoman Irina Holt said a group of about 30 people threw bottles at officers, and that tens of thousands of people had left by the evening.
";

#[test]
fn counts_far_apart_and_vague_plurals_are_no_competing_figures() {
    assert_no_conflict(&analyze("crowd.txt", CROWD_AND_A_GROUP));
}

const CONDITIONS: &str = "Central bank raises rates

Governor Livia Marek said the bank was prepared to act again if price pressures did not ease, and that without it the economy would overheat.

The statistics office said inflation eased to 7.8 per cent in June, and that the economy had grown.
";

#[test]
fn a_negation_in_a_condition_denies_nothing() {
    assert_no_conflict(&analyze("conditions.txt", CONDITIONS));
}

const COMPARISON: &str = "Port expansion vote

Harbour master Elena Ruiz said there was nothing more important for the town's economy than the new container port.

Councillor Piotr Nowak said the container port was important for the town's economy but too expensive.
";

#[test]
fn nothing_more_important_than_ranks_it_first_and_denies_nothing() {
    assert_no_conflict(&analyze("comparison.txt", COMPARISON));
}

const OWN_SENTENCE_CONTRAST: &str = "Stadium lights

Mayor Ana Ruiz said the new stadium lights were paid for by the club.

Club chairman Tomas Brekke said the club had not seen the council's letter, but he said the new lights at the stadium were installed in May.
";

#[test]
fn a_but_after_a_verb_of_saying_answers_its_own_sentence() {
    assert_no_conflict(&analyze("contrast.txt", OWN_SENTENCE_CONTRAST));
}

const NONE_OF: &str = "Email review

The State Department said none of the messages was marked classified at the time it was sent.

A former aide, Anne Berg, said she had sent the minister a message about the embassy budget in March.
";

#[test]
fn none_of_the_messages_denies_what_is_said_of_them_not_the_messages() {
    assert_no_conflict(&analyze("none.txt", NONE_OF));
}

const OBJECT_OF_A_NEGATED_VERB: &str = "Shooting video released

Police Chief Kerr Lind said the video showed a gun in the driver's hand.

Justin Moss, a lawyer for the family, said the videos show the driver calmly leaving his car when asked to do so by police and not raising his hands or acting aggressively.
";

#[test]
fn the_object_of_a_negated_verb_is_not_what_is_denied_whatever_else_is_shared() {
    assert_no_conflict(&analyze("object.txt", OBJECT_OF_A_NEGATED_VERB));
}

const NEGATED_GERUND: &str = "Tax returns row

Candidate Mark Dale said not paying taxes was smart business.

Campaign chairman Rosa Kim said the candidate's tax strategies were legal and common among developers.
";

#[test]
fn not_paying_taxes_denies_the_paying_not_the_taxes() {
    assert_no_conflict(&analyze("gerund.txt", NEGATED_GERUND));
}

const MODAL_IN_THE_CLAUSE: &str = "Debate ratings

Pollster Anna Berg said the debate would not matter to most voters.

Party chairman Sean Moss said one might expect the debates to matter more to undecided voters this year.
";

#[test]
fn a_modal_earlier_in_the_clause_asserts_nothing_to_negate() {
    assert_no_conflict(&analyze("modal.txt", MODAL_IN_THE_CLAUSE));
}

const DISPUTE_WITH_NO_BREAK_SPACES: &str = "Bill veto

Government spokesman Mark Dale said the bill would expose American diplomats to lawsuits abroad.

“The president’s reasons for the veto of the bill don’t hold up. They are 100\u{a0}percent\u{a0}wrong,” said Terry Lane, whose husband died in the attacks.
";

#[test]
fn a_dispute_is_found_whatever_space_stands_between_its_words() {
    let a = analyze("veto.txt", DISPUTE_WITH_NO_BREAK_SPACES);
    the_conflict_saying(&a, ConflictKind::Denial, "Mark Dale", "Terry Lane", "wrong");
}

const TWO_DISPUTES_AGREE: &str = "Coach row

The Courier reported that the board had agreed to dismiss the coach after the match.

In a statement, the club said: “The coach remains in charge. Reports to the contrary are untrue.”

The chairman, Richard Hale, dismissed the story as “lazy, made-up nonsense”.
";

#[test]
fn a_claim_that_disputes_is_not_what_a_later_dispute_answers() {
    // Weighed before the scorer: the rule itself must not pair the two disputes.
    let mut doc = crate::document::Document::new(TWO_DISPUTES_AGREE);
    let parsed = crate::parser::parse(&mut doc);
    for c in super::candidates(&doc, &parsed.claims, &parsed.sources) {
        let names = c
            .claims
            .map(|i| &parsed.sources[parsed.claims[i].source].name);
        assert!(names.iter().any(|n| *n == "Courier"), "{names:?}");
    }
}

const A_DENIAL_THAT_NAMES_WHOSE_WORDS: &str = "Oil company and university clash

Dean Steve Coll said the articles about the company were accurate and fair to its scientists.

The university rejected Vantex's accusation that the articles about the company were unfair to its scientists.
";

#[test]
fn a_denial_that_names_whose_words_it_answers_answers_no_one_else() {
    let a = analyze("whose.txt", A_DENIAL_THAT_NAMES_WHOSE_WORDS);
    assert!(
        a.conflicts.iter().all(|k| k.kind != ConflictKind::Denial),
        "{}",
        describe(&a)
    );
}

const A_PREFERENCE: &str = "Primary race

Senator Tom Reyes said the businessman could not win the nomination.

The businessman, Carl Dane, said he would rather win the nomination than run as an independent.
";

#[test]
fn what_one_would_rather_do_asserts_nothing_to_negate() {
    assert_no_conflict(&analyze("rather.txt", A_PREFERENCE));
}

const PROPOSED_LITTLE: &str = "Tax plan

Economist Len Burr said the candidate has not proposed cuts to the pension budget.

Analyst Rya Ellis said the candidate has proposed little in the way of cuts to the pension budget.
";

#[test]
fn proposed_little_agrees_with_not_proposed() {
    assert_no_conflict(&analyze("little.txt", PROPOSED_LITTLE));
}

const FORECAST_AND_OTHER_SUMS: &str = "Pension reform

Labour Minister Sanna Roos said the pension fund had received a grant of 2.3 billion crowns from the state.

Union leader Tomas Brekk said the pension fund had received a loan of 400 million crowns from the state, and that analysts had expected a loan of 390 million crowns.
";

#[test]
fn a_grant_and_a_loan_are_different_quantities() {
    assert_no_conflict(&analyze("pension.txt", FORECAST_AND_OTHER_SUMS));
}

const FORECAST: &str = "Brewer beats forecasts

Harlow Brewing said it had revenue of $4.1 billion for the quarter.

Analysts polled by the Marken data group had expected revenue of $3.98 billion for the quarter, the group said.
";

#[test]
fn a_forecast_is_no_competing_figure() {
    assert_no_conflict(&analyze("forecast.txt", FORECAST));
}

const TWO_REPAIR_BILLS: &str = "School building dispute

The district council said repairs to the roof and heating system would cost about 1.4 million pounds.

Tomas Reyes, an engineer hired by the parents, said the work needed to keep the school open would cost around 310,000 pounds.

Parent Naomi Bright said the campaign had raised 18,000 pounds for legal costs.
";

#[test]
fn sums_after_the_same_verb_are_one_quantity() {
    let a = analyze("repairs.txt", TWO_REPAIR_BILLS);
    the_conflict_saying(
        &a,
        ConflictKind::Numeric,
        "council",
        "Tomas Reyes",
        "310,000",
    );
}

const HYPOTHETICAL_OPPOSITE: &str = "Pension reform

Labour Minister Sanna Roos said that without it the state pension fund would run an annual deficit of 2.3 billion crowns.

Union leader Tomas Brekk said the pension fund had run a surplus last year.
";

#[test]
fn an_opposite_in_a_condition_opposes_nothing() {
    assert_no_conflict(&analyze("hypothetical.txt", HYPOTHETICAL_OPPOSITE));
}

const GENERIC_COUNTS: &str = "Ferry disaster

The coast guard said 187 people had been rescued since the ferry capsized.

A passengers' association said it believed more than 400 people had been on board.

The department said he died about 40 minutes later. A witness, Luis Carr, said it took nearly 20 minutes for an ambulance to arrive.
";

#[test]
fn people_and_minutes_counted_in_different_sentences_are_different_quantities() {
    assert_no_conflict(&analyze("generic.txt", GENERIC_COUNTS));
}

const AGREEING_NEGATIONS: &str = "City cyber attack

Officials said no personal information belonging to residents was taken in the attack.

Council IT chief Helen Strand said residents' personal information was not accessed, and that the city had not paid a ransom. The city said residents can pay water bills at City Hall.

Ilse Marchetti of the aid group said the camp cannot hold back an outbreak without clean water. Anneliese Borg of the refugee agency said more money for clean water was urgently needed.

Police said it was not clear whether the group had joined the march. Organisers said the group had joined the march.
";

#[test]
fn negations_that_agree_or_only_seem_to_deny_oppose_nothing() {
    assert_no_conflict(&analyze("agreeing.txt", AGREEING_NEGATIONS));
}

const RELATIVE_CLAUSE_NEGATION: &str = "Police shooting

Police Chief Ray Kitt said the officer, whose name has not been released, had been placed on leave.

Family lawyer Angela Brooks said the department had told the family the video would not be released until the inquiry ended.
";

#[test]
fn a_negation_in_a_relative_clause_is_background() {
    assert_no_conflict(&analyze("relative-clause.txt", RELATIVE_CLAUSE_NEGATION));
}

const PURPOSE_AFTER_A_NEGATION: &str = "Library cuts

Union leader Rosa Tav said the mayor's plan would cut library spending by $2.1 million next year.

\"Nobody became mayor to cut libraries. But every department is being asked to carry its share,\" Mayor Jo Arcen said.
";

#[test]
fn a_possessor_and_a_purpose_are_not_what_a_negation_denies() {
    assert_no_conflict(&analyze("purpose.txt", PURPOSE_AFTER_A_NEGATION));
}

const NEGATED_OBJECT: &str = "Dam dispute

Water Minister Hana Vest said her country cannot accept a dam filled by one side alone.

Velits officials said the dam on the Mero river was being filled slowly and safely.
";

#[test]
fn the_object_of_a_negated_verb_is_not_what_is_denied() {
    assert_no_conflict(&analyze("object.txt", NEGATED_OBJECT));
}

const FORECAST_AND_RECORD: &str = "Teachers' pay deal

The education department said teachers' salaries will rise by 4 per cent from September.

The Institute for Fiscal Research said teachers' pay fell by about 9 per cent between 2010 and 2022.
";

#[test]
fn a_forecast_and_a_record_of_opposite_change_are_about_different_times() {
    assert_no_conflict(&analyze("tense.txt", FORECAST_AND_RECORD));
}

const RELATIVE_AND_SHARE: &str = "Asthma inhaler study

Pellam Labs said patients using its new inhaler were 30 percent less likely to be admitted to hospital than patients on the old one.

Dr Ona Virtanen, who reviewed the study, said 6 percent of patients using the new inhaler were admitted to hospital with side effects.
";

#[test]
fn a_relative_change_and_a_share_are_different_quantities() {
    assert_no_conflict(&analyze("relative.txt", RELATIVE_AND_SHARE));
}

const DIFFERENT_QUANTITIES: &str = "Rail takeover approved

Selma Quist, finance director of Ostmark Rail, said shareholders had approved the $2.5 billion takeover deal for the Lindby freight line.

Arne Voss, a lawyer for the Lindby line's former owners, said his clients would receive a $1.4 billion payment from the takeover in March.
";

#[test]
fn figures_of_different_things_are_no_conflict() {
    assert_no_conflict(&analyze("quantities.txt", DIFFERENT_QUANTITIES));
}

const DIFFERENT_SUMS_IN_WORDS: &str = "Marsh boardwalk reopens

Head ranger Moira Tulloch said the repairs had cost 180,000 pounds.

Ewan Baird, who chairs the Friends of Kelby Marsh, said the group had raised 12,000 pounds towards new signs.
";

#[test]
fn sums_of_money_for_different_things_are_no_conflict() {
    assert_no_conflict(&analyze("sums.txt", DIFFERENT_SUMS_IN_WORDS));
}

const FIGURES_OF_DIFFERENT_HOLDERS: &str = "Mayoral race money

A campaign filing shows Petra Lindqvist has raised $4 million from local donors this year.

Oskar Brandt, a rival's treasurer, said Jonas Ekholm raised over $6 million from local donors in his own race.

A new survey says 48 percent of Liberal party members back the plan.

A union official said just 15 percent of Green party members back the plan.
";

#[test]
fn figures_of_differently_named_holders_are_no_conflict() {
    assert_no_conflict(&analyze("holders.txt", FIGURES_OF_DIFFERENT_HOLDERS));
}

const WHAT_SOMETHING_IS_NOT: &str = "Border patrols

The defence minister, Orla Venn, said the deployment is not a combat mission.

Captain Rafe Dunmore said his unit had trained for months to support rebels fighting in the hills.
";

#[test]
fn saying_what_something_is_not_opposes_no_mere_mention_of_it() {
    assert_no_conflict(&analyze("copular.txt", WHAT_SOMETHING_IS_NOT));
}

const A_NO_SUBJECT: &str = "Fishing quotas

The commissioner, Ilse Marten, said no country can stay outside the quota talks.

Bram Okafor, a trade envoy, said several countries had signed the quota treaty this spring.
";

#[test]
fn a_no_subject_is_denied_its_predicate_not_its_noun() {
    assert_no_conflict(&analyze("subject.txt", A_NO_SUBJECT));
}

const AN_ACT_WEIGHED: &str = "County election

Councillor Hanne Strom said she would not back the ferry levy in the county vote.

A rival, Piet Galen, said his chances of backing the ferry levy in the county vote were slim.

Tomas Ruud, a voter, said he is considering backing the ferry levy in the county vote.
";

#[test]
fn an_act_named_or_weighed_is_not_asserted() {
    assert_no_conflict(&analyze("weighed.txt", AN_ACT_WEIGHED));
}

const A_RULE_OF_THUMB: &str = "Primary season

Campaign adviser Lena Frisk said: \"You don't win the nomination with rallies alone.\"

The candidate, Oren Bellamy, said he would win the nomination by autumn with his rallies.
";

#[test]
fn a_rule_of_thumb_for_anyone_denies_no_deed() {
    assert_no_conflict(&analyze("generic.txt", A_RULE_OF_THUMB));
}

const NOT_JUST: &str = "Harbour jobs

The port director, Sune Aalto, said the new cranes replace dockers at the quay.

A union organiser, Greta Holm, said the new cranes do not just replace dockers at the quay.
";

#[test]
fn not_just_denies_nothing() {
    assert_no_conflict(&analyze("notjust.txt", NOT_JUST));
}

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

const OPPOSITES_IN_NAMES: &str = "Rail link

Transport minister Hal Brenner said the United Rail Alliance had backed the new line.

A council member, Ines Dorrit, said the town was divided over the new line.
";

#[test]
fn a_word_of_a_name_opposes_nothing() {
    assert_no_conflict(&analyze("names.txt", OPPOSITES_IN_NAMES));
}

const A_QUOTED_BUT: &str = "Ferry fares

Mayor Lena Voss said the council would review ferry fares for islanders in May.

“The council met twice, but nothing was settled,” said Aron Falk, a ferry captain. “Ferry fares for islanders are a matter for the council in May.”
";

#[test]
fn a_but_inside_a_quotation_sets_nothing_against_anything() {
    assert!(weighed_pairs(A_QUOTED_BUT).is_empty());
}

const A_THING_NAMED_BY_ITS_OWNER: &str = "Harbour court

Governor Anya Pell said she did not pick a judge for the harbour court.

Opposition leader Ruben Hask said the governor's judicial picks for the harbour court were political.
";

#[test]
fn a_deed_denied_opposes_no_thing_named_by_its_owner() {
    assert_no_conflict(&analyze("owner.txt", A_THING_NAMED_BY_ITS_OWNER));
}

const AGREEMENT: &str = "Ferry timetable restored

The harbour master, Elin Sorby, said the morning ferry to Quellin island would resume on Monday.

Nils Garrow, who runs the island's only shop, said the early ferry from the mainland is returning on Monday.

Lawyers for the Quellin Residents Association said the new ferry pier is legal. The county planning office said the ferry pier is not illegal.
";

#[test]
fn sources_agreeing_in_other_words_are_no_conflict() {
    assert_no_conflict(&analyze("agreement.txt", AGREEMENT));
}

const AGREEMENT_ROSE_NOT_FELL: &str = "Land prices near quarry

Orla Finch, an estate agent in Pellham, said land sales around the quarry rose last year.

Dev Raman, a surveyor with the county, said land sales around the quarry did not fall last year.
";

#[test]
fn rose_and_did_not_fall_agree() {
    assert_no_conflict(&analyze("rose.txt", AGREEMENT_ROSE_NOT_FELL));
}

const AGREEMENT_CLOSED_NOT_WELCOMING: &str = "Museum to close for repairs

The director of the Halbrook Museum, Inga Moll, said the museum would close to visitors for the summer while the roof is replaced.

Piet Aldo, a museum guide, said the museum would not welcome visitors again until the autumn.
";

#[test]
#[ignore = "matcher gap: \"would not welcome visitors\" negates \"visitors\", which \"close to visitors\" mentions"]
fn closed_for_the_summer_and_not_open_until_autumn_agree() {
    assert_no_conflict(&analyze("museum.txt", AGREEMENT_CLOSED_NOT_WELCOMING));
}

const RESTATEMENT: &str = "Museum to close for repairs

The director of the Halbrook Museum, Inga Moll, said the museum would close to visitors for the summer while the roof is replaced.

\"We have no choice. The roof leaks every time it rains,\" Moll said. She said the museum would not welcome visitors again until the autumn.
";

#[test]
fn a_source_restating_itself_is_no_conflict() {
    let a = analyze("restatement.txt", RESTATEMENT);
    assert_eq!(a.sources.len(), 1, "{}", describe(&a));
    assert!(a.claims.len() >= 2, "{}", describe(&a));
    assert_no_conflict(&a);
}

const NEGATION_OF_NOTHING: &str = "Brewery sale completed

Tavish Brewing said it had completed the sale of its Dunlow brewery to Harlan Drinks.

A spokesman for Harlan Drinks declined to comment on the sale of the Dunlow brewery.

Harlan Drinks has not joined the regional brewers' association.
";

#[test]
fn declined_to_comment_and_a_narrated_negation_oppose_nothing() {
    let a = analyze("declined.txt", NEGATION_OF_NOTHING);
    assert!(
        a.claims
            .iter()
            .all(|c| !c.content.text.contains("has not joined")),
        "the narrator's sentence is no claim\n{}",
        describe(&a)
    );
    assert_no_conflict(&a);
}

const NEGATION_OF_SOMETHING_ELSE: &str = "Brewery sale completed

Tavish Brewing said it had completed the sale of its Dunlow brewery to Harlan Drinks.

Moss Keane, who manages the Dunlow brewery, said the sale had not changed the brewery's opening hours.
";

#[test]
#[ignore = "matcher gap: \"had not changed the brewery's opening hours\" negates \"brewery\", which the sale claim mentions"]
fn a_negation_of_what_nobody_asserted_is_no_conflict() {
    assert_no_conflict(&analyze("keane.txt", NEGATION_OF_SOMETHING_ELSE));
}

const NARRATOR_BACKGROUND: &str = "Wind farm back in service

The Skarvik wind farm has not produced power since a storm damaged its turbines in the spring. Its owner lost 40 million kroner last year.

Lena Brask, the farm's operations manager, said the turbines were producing power again this week. She said the owner had made a profit of 12 million kroner last year.
";

#[test]
fn narrator_background_is_no_source() {
    let a = analyze("background.txt", NARRATOR_BACKGROUND);
    assert_eq!(a.sources.len(), 1, "{}", describe(&a));
    assert_no_conflict(&a);
}

const CONTRAST_IN_A_QUOTE: &str = "Orchard harvest smaller

Otto Brin, chairman of the Eastfold Growers Cooperative, said the apple harvest was smaller across the county this year.

\"The apple harvest was smaller this year, but the fruit is better than ever,\" said Jorun Vell, who runs the Vell family orchards.
";

#[test]
fn but_inside_a_speakers_own_quote_sets_nothing_against_another_source() {
    assert_no_conflict(&analyze("quote.txt", CONTRAST_IN_A_QUOTE));
}

const CONTRAST_ON_A_HEADLINE_WORD: &str = "Flood barrier for Aln river approved

The Carrick fisheries board said fish stocks in the Aln river rose last year.

However, the regional water authority insists the Aln river will need a flood barrier before next winter.
";

#[test]
#[ignore = "matcher gap: a narrated \"However\" opposes any earlier claim sharing only the headline's name (\"Aln river\")"]
fn however_needs_more_than_a_shared_name() {
    assert_no_conflict(&analyze("headline.txt", CONTRAST_ON_A_HEADLINE_WORD));
}

const SAME_SIDE: &str = "Ministry defends school closures

The Ministry of Education said three rural schools in Varn province will close at the end of the school year.

A spokeswoman for the Ministry of Education, Clara Holm, said no school will close before the school year ends.
";

#[test]
fn a_ministry_and_its_spokeswoman_are_one_side() {
    let a = analyze("side.txt", SAME_SIDE);
    assert_eq!(a.sources.len(), 2, "{}", describe(&a));
    assert_no_conflict(&a);
}

// ---------------------------------------------------------------------------------------------
// Properties of every report

/// Several sources, several claims each, and conflicts of several kinds at once.
const BUSY: &str = "Dye works accused of poisoning river

Marta Olsen, a hydrologist at the University of Carrick, said the Tenby dye plant has been leaking chemicals into the Aln river for years. She said about 9,000 litres of dye waste reached the river in March alone.

Tenby Dyes denied that the plant had leaked chemicals into the river. Its plant manager, Joel Strand, said 1,200 litres of dye waste reached the river in March, after a valve failed.

\"The plant has never leaked on any other day,\" Strand said. The company dismissed Olsen's findings as exaggerated.

The Carrick fisheries board said fish stocks in the Aln river fell last year. Anglers at the Aln Valley Angling Club said fish stocks in the river rose last year.

However, the regional water authority insists the Aln river is safe for swimmers. Eva Lind, a doctor in Carrick, said the river was not safe for swimmers this summer.
";

const ALL: &[&str] = &[
    NEGATION,
    ANTONYM_LEGAL,
    ANTONYM_SALES,
    NUMERIC,
    DENIAL,
    CONTRAST,
    DIFFERENT_QUANTITIES,
    DIFFERENT_SUMS_IN_WORDS,
    AGREEMENT,
    AGREEMENT_ROSE_NOT_FELL,
    AGREEMENT_CLOSED_NOT_WELCOMING,
    RESTATEMENT,
    NEGATION_OF_NOTHING,
    NEGATION_OF_SOMETHING_ELSE,
    NARRATOR_BACKGROUND,
    CONTRAST_IN_A_QUOTE,
    CONTRAST_ON_A_HEADLINE_WORD,
    SAME_SIDE,
    BUSY,
];

#[test]
fn the_busy_article_has_conflicts_of_several_kinds() {
    let a = analyze("busy.txt", BUSY);
    let mut kinds: Vec<ConflictKind> = a.conflicts.iter().map(|c| c.kind).collect();
    kinds.sort();
    kinds.dedup();
    assert!(kinds.len() >= 3, "{}", describe(&a));
}

#[test]
fn every_conflict_pairs_claims_of_different_sources() {
    for text in ALL {
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
    for text in ALL {
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
    for text in ALL {
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
    for text in ALL {
        let a = analyze("t", text);
        for k in &a.conflicts {
            assert!(!k.reason.trim().is_empty(), "{}\n{}", k.id, describe(&a));
            assert!(!k.topic.trim().is_empty(), "{}\n{}", k.id, describe(&a));
        }
    }
}

#[test]
fn ids_are_unique_and_numbered_in_order() {
    for text in ALL {
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
    for text in ALL {
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

#[test]
fn the_same_figure_negated_by_the_other_side_is_a_conflict() {
    let a = analyze(
        "t",
        "Drug trial\n\nThe company said patients taking the drug were 34 percent less likely to be admitted.\n\n\"It means the 34 percent figure can't be taken at face value,\" said Ingrid Solberg, a statistician.\n",
    );
    assert_eq!(a.conflicts.len(), 1, "{:#?}", a.conflicts);
    assert_eq!(a.conflicts[0].kind, crate::model::ConflictKind::Negation);
    assert_eq!(a.conflicts[0].topic, "34 percent");
}

#[test]
fn one_person_under_two_names_is_never_in_conflict_with_itself() {
    let a = analyze(
        "t",
        "Port\n\nMayor Grace Okafor said the harbour deal had been signed on Monday.\n\n\
         Okafor later told reporters the harbour deal had not been signed.",
    );
    assert!(a.conflicts.is_empty(), "{}", describe(&a));
    let b = analyze(
        "t",
        "Port\n\nMayor Grace Okafor said the harbour deal had been signed on Monday.\n\n\
         Her brother Peter Okafor told reporters the harbour deal had not been signed.",
    );
    assert_eq!(b.conflicts.len(), 1, "{}", describe(&b));
}

#[test]
fn a_negation_in_other_words_is_a_conflict() {
    let a = analyze(
        "t",
        "Depot\n\nUnion organiser Dara Pell said the depot staff were never consulted.\n\n\
         The owner, Brisk Freight, said it had briefed the depot staff in May.",
    );
    assert_eq!(a.conflicts.len(), 1, "{}", describe(&a));
    assert!(
        a.conflicts[0].reason.contains("briefed ≈ consulted"),
        "{}",
        describe(&a)
    );
    // Related is not the same: a swim is no consultation.
    let b = analyze(
        "t",
        "Depot\n\nUnion organiser Dara Pell said the depot staff were never consulted.\n\n\
         The owner, Brisk Freight, said the depot staff swam in the lake in May.",
    );
    assert!(b.conflicts.is_empty(), "{}", describe(&b));
}

const NO_SUBJECT_DENIES_ITS_VERB: &str = "Bridge repairs

Council leader Mara Doyle said no contract for repairing the river crossings had ever been awarded before the flood.

The regional transport office said the council had awarded a repair contract for the crossings in March.
";

#[test]
fn a_subject_with_no_denies_its_verb() {
    let a = analyze("bridge.txt", NO_SUBJECT_DENIES_ITS_VERB);
    the_conflict_saying(
        &a,
        ConflictKind::Negation,
        "Mara Doyle",
        "regional transport office",
        "had ever been awarded",
    );
}

const ALLEGATIONS_ABOUT_THE_DENIER: &str = "Council row

A former aide, Lisa Moor, says the mayor took the money from the developer.

The city auditor said the budget would be published on Friday.

Mayor Tom Reed denied the allegations on Monday.
";

#[test]
fn a_denial_of_the_allegations_answers_what_was_said_about_the_denier() {
    let a = analyze("row.txt", ALLEGATIONS_ABOUT_THE_DENIER);
    the_conflict(&a, ConflictKind::Denial, "Lisa Moor", "Tom Reed");
    assert_eq!(a.conflicts.len(), 1, "{}", describe(&a));
}

const A_THING_NAMED_NO_DEED_DENIED: &str = "Tax plan

Governor Ada Lind said the new tax credits would go first to the working families of the valley.

Economist Paul Rand said: \"Tax credits for the richest families haven't worked before.\"
";

#[test]
fn a_word_naming_a_thing_is_no_deed_a_negation_denies() {
    assert_no_conflict(&analyze("tax.txt", A_THING_NAMED_NO_DEED_DENIED));
}

const NONE_OF_A_KIND: &str = "Shooting in Dorvale

\"He had no weapon,\" said Mara Quell, the man's sister.

Police said officers saw Tam Quell step out of a car holding a handgun.
";

#[test]
fn none_of_a_thing_against_one_of_its_kind_is_a_negation() {
    let a = analyze("kind.txt", NONE_OF_A_KIND);
    the_conflict_saying(
        &a,
        ConflictKind::Negation,
        "Mara Quell",
        "Police",
        "handgun is a kind of weapon",
    );
}

#[test]
fn none_of_a_kind_against_the_wider_word_is_no_kind_negation() {
    // A weapon need not be a handgun: the wider word on the asserting side says nothing.
    let text = NONE_OF_A_KIND
        .replace("no weapon", "no handgun")
        .replace("holding a handgun", "holding a weapon");
    let a = analyze("kind.txt", &text);
    assert!(
        !a.conflicts.iter().any(|k| k.reason.contains("kind of")),
        "{}",
        describe(&a)
    );
}

const SPANS_OF_TIME: &str = "Sample row

The athlete's lawyer, Ida Renn, said the sealed kit sat in a courier van for 31 hours before it reached the laboratory.

The laboratory's director, Olaf Brenner, said the kit was delivered within 18 hours of collection.
";

#[test]
fn two_spans_of_one_wait_are_a_numeric_conflict() {
    let a = analyze("kit.txt", SPANS_OF_TIME);
    the_conflict_saying(
        &a,
        ConflictKind::Numeric,
        "Ida Renn",
        "Olaf Brenner",
        "31 hours vs 18 hours",
    );
}

#[test]
fn spans_in_other_units_compare_in_hours() {
    let text = SPANS_OF_TIME.replace("for 31 hours", "for three days");
    let a = analyze("kit.txt", &text);
    the_conflict_saying(
        &a,
        ConflictKind::Numeric,
        "Ida Renn",
        "Olaf Brenner",
        "three days",
    );
    let text = SPANS_OF_TIME.replace("for 31 hours", "for 12 hours");
    assert!(
        !analyze("kit.txt", &text)
            .conflicts
            .iter()
            .any(|k| k.kind == ConflictKind::Numeric),
        "12 hours is within 18"
    );
}

const TWO_EVENTS_BEFORE_ONE: &str = "Bridge collapse

The county said its engineers had inspected the bridge five months before it collapsed.

The contractor, Lena Vos, said its warning reached the county three weeks before the bridge collapsed.
";

#[test]
fn spans_placing_two_events_before_a_third_are_no_conflict() {
    let a = analyze("bridge.txt", TWO_EVENTS_BEFORE_ONE);
    assert!(
        !a.conflicts.iter().any(|k| k.kind == ConflictKind::Numeric),
        "{}",
        describe(&a)
    );
}

const ONE_VERB_TWO_THINGS: &str = "Library cuts

Mayor Ines Varga said the savings could be found without closing a single clinic.

Councillor Rob Tenney said the cuts were needed to close a budget gap left by falling rents.
";

#[test]
fn one_verb_done_to_two_things_is_no_negation() {
    assert_no_conflict(&analyze("cuts.txt", ONE_VERB_TWO_THINGS));
}

#[test]
fn one_verb_done_to_one_thing_in_other_words_is_a_negation() {
    let a = analyze(
        "pact.txt",
        "Trade pact\n\nSenator Alma Reyes said she could not support the regional trade deal.\n\n\
         Governor Paul Oden said Reyes would support the Pacific trade partnership after the vote.\n",
    );
    the_conflict(&a, ConflictKind::Negation, "Alma Reyes", "Paul Oden");
}

const CALLED_A_STUNT: &str = "Contempt vote

\"Subpoenas are binding,\" committee chairman Hal Brandt said. \"Mr. Ostrow is a key witness in this inquiry.\"

Opposition members called the contempt vote against Ostrow a cynical political stunt.
";

#[test]
fn calling_what_another_side_does_a_stunt_disputes_it() {
    let a = analyze("vote.txt", CALLED_A_STUNT);
    assert_has(&a, ConflictKind::Denial, "calls it stunt");
}

const NO_SPILL_INTO_THE_RIVER: &str = "Pipeline leak

The operator, Rell Pipelines, said no oil had entered the river.

Fire chief Ana Kroll said crews had recovered about 800 barrels of oil by Tuesday.
";

#[test]
fn a_subject_with_no_denies_its_verb_not_the_thing() {
    assert_no_conflict(&analyze("leak.txt", NO_SPILL_INTO_THE_RIVER));
    // The same verb on the other side is what it denies.
    let text = NO_SPILL_INTO_THE_RIVER.replace(
        "crews had recovered about 800 barrels of oil by Tuesday",
        "oil had entered the river by Tuesday",
    );
    the_conflict(
        &analyze("leak.txt", &text),
        ConflictKind::Negation,
        "Rell Pipelines",
        "Ana Kroll",
    );
}

#[test]
fn idioms_of_no_deny_nothing() {
    let a = analyze(
        "idiom.txt",
        "Council vote\n\nMayor Ida Lund said there was no question the council would approve the budget.\n\n\
         Councillor Per Holt said the question of the budget would be settled in May.\n",
    );
    assert_no_conflict(&a);
}
