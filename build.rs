//! Turns the word lists of `data/` into static tables (`$OUT_DIR/lexicon.rs`, included by
//! `src/lexicon.rs`), so that a run parses and hashes no list at start-up. The builders are
//! `src/lexicon/compile.rs`; the hash and the line reader they share with the crate are
//! `src/lexicon/store.rs`, and the stemmer of the stem index `src/matcher/stem.rs`.

use std::path::{Path, PathBuf};

use compile::Reach::{self, Built, Phrases, Set, Slice};

#[allow(dead_code)]
#[path = "src/lexicon/compile.rs"]
mod compile;
#[allow(dead_code)]
#[path = "src/matcher/stem.rs"]
mod stem;
#[allow(dead_code)]
#[path = "src/lexicon/store.rs"]
mod store;

/// What the stemmer calls the matcher's lists: in the crate `lexicon::MatcherLexicon`, here
/// the lists while they are built.
mod lexicon {
    pub use crate::compile::Matcher as MatcherLexicon;
}

/// Every data file the word lists are read from, as `(NAME, path, how the crate reaches it)`.
/// The file's text is `lexicon::Text::Name` (NAME in camel case). A `Set`, `Slice` or
/// `Phrases` file is also the static `lexicon::NAME`, written with nothing more to add (from
/// the folded copy of a file of compile.rs's `FOLDED`): a new list of one entry a line is its
/// file and its line here.
// One row a file, in columns: rustfmt would break the longer rows over lines.
#[rustfmt::skip]
const FILES: &[(&str, &str, Reach)] = &[
    ("COUNTRIES",                "data/countries.tsv",                        Built),
    ("BELIEF_VERBS",             "data/lexicon/belief_verbs.txt",             Built),
    ("OPINION_VERBS",            "data/lexicon/opinion_verbs.txt",            Built),
    ("CALENDAR",                 "data/lexicon/calendar.txt",                 Set),
    ("CUE_PHRASES",              "data/lexicon/cue_phrases.txt",              Built),
    ("DENY_PHRASES",             "data/lexicon/deny_phrases.txt",             Built),
    ("DENY_VERBS",               "data/lexicon/deny_verbs.txt",               Built),
    ("POSITION_VERBS",           "data/lexicon/position_verbs.txt",           Built),
    ("INFINITIVE_SIDE_VERBS",    "data/lexicon/infinitive_side_verbs.txt",    Set),
    ("DOUBT_CUES",               "data/lexicon/doubt_cues.txt",               Built),
    ("HEDGES",                   "data/lexicon/hedges.txt",                   Set),
    ("NEWS_AGENCIES",            "data/lexicon/news_agencies.txt",            Built),
    ("NON_STATEMENTS",           "data/lexicon/non_statements.txt",           Built),
    ("NOUN_LIKE",                "data/lexicon/noun_like_verb_forms.txt",     Built),
    ("QUOTE_VERBS",              "data/lexicon/quote_verbs.txt",              Built),
    ("OBTAINING_PARTICIPLES",    "data/lexicon/obtaining_participles.txt",    Set),
    ("FIRST_NAMES",              "data/lexicon/first_names.tsv",              Built),
    ("PERSON_NOUNS",             "data/lexicon/person_nouns.txt",             Set),
    ("PERSON_VERB_NOUNS",        "data/lexicon/person_nouns_also_verbs.txt",  Set),
    ("PERSON_OTHER_NOUNS",       "data/lexicon/person_nouns_also_other.txt",  Set),
    ("PEOPLE_COLLECTIVES",       "data/lexicon/people_collectives.txt",       Set),
    ("REPORT_NOUNS",             "data/lexicon/report_nouns.txt",             Set),
    ("FINDING_NOUNS",            "data/lexicon/finding_nouns.txt",            Set),
    ("RECORDING_NOUNS",          "data/lexicon/recording_nouns.txt",          Set),
    ("CLAIM_NOUNS",              "data/lexicon/claim_nouns.txt",              Set),
    ("PLEDGE_NOUNS",             "data/lexicon/pledge_nouns.txt",             Set),
    ("FINDING_VERBS",            "data/lexicon/finding_verbs.txt",            Set),
    ("ROLE_NOUNS",               "data/lexicon/role_nouns.txt",               Built),
    ("SPEECH_VERBS",             "data/lexicon/speech_verbs.txt",             Built),
    ("TITLES",                   "data/lexicon/titles.txt",                   Set),
    ("MENTION_DETERMINERS",      "data/lexicon/mention_determiners.txt",      Set),
    ("NAME_CONNECTORS",          "data/lexicon/name_connectors.txt",          Set),
    ("NOT_NAME_STARTS",          "data/lexicon/not_name_starts.txt",          Set),
    ("GENERIC_COMPANY",          "data/lexicon/generic_company.txt",          Set),
    ("PUBLIC_BODY",              "data/lexicon/public_body.txt",              Set),
    ("NOT_HEADS",                "data/lexicon/not_heads.txt",                Set),
    ("DETERMINERS",              "data/lexicon/determiners.txt",              Set),
    ("NP_STOPS",                 "data/lexicon/np_stops.txt",                 Set),
    ("NP_PREPOSITIONS",          "data/lexicon/np_prepositions.txt",          Set),
    ("PARENTHETICAL",            "data/lexicon/parenthetical.txt",            Set),
    ("TIME_WORDS",               "data/lexicon/time_words.txt",               Set),
    ("PREPOSITIONS_AFTER_CUE",   "data/lexicon/prepositions_after_cue.txt",   Set),
    ("AUDIENCES",                "data/lexicon/audiences.txt",                Set),
    ("VERB_PREFIX",              "data/lexicon/verb_prefix.txt",              Set),
    ("FRONTED_PREPOSITIONS",     "data/lexicon/fronted_prepositions.txt",     Set),
    ("OCCASION_NOUNS",           "data/lexicon/occasion_nouns.txt",           Set),
    ("GROUP_QUANTIFIERS",        "data/lexicon/group_quantifiers.txt",        Set),
    ("CATENATIVE_VERBS",         "data/lexicon/catenative_verbs.txt",         Set),
    ("VERB_PREFIX_PHRASES",      "data/lexicon/verb_prefix_phrases.txt",      Phrases),
    ("PARTY_TAGS",               "data/lexicon/party_tags.txt",               Phrases),
    ("BEFORE_THAT",              "data/lexicon/before_that.txt",              Set),
    ("HEARERS",                  "data/lexicon/hearers.txt",                  Set),
    ("OPPONENT_NOUNS",           "data/lexicon/opponent_nouns.txt",           Set),
    ("NOT_A_SOURCE",             "data/lexicon/not_a_source.txt",             Set),
    ("ABBREVIATIONS",            "data/lexicon/abbreviations.txt",            Set),
    ("CLAUSE_VERBS",             "data/lexicon/clause_verbs.txt",             Set),
    ("ELABORATION_OPENERS",      "data/lexicon/elaboration_openers.txt",      Set),
    ("CUE_END_PREPOSITIONS",     "data/lexicon/cue_end_prepositions.txt",     Set),
    ("SPEAKER_PRONOUNS",         "data/lexicon/speaker_pronouns.txt",         Set),
    ("PARTICIPLE_OPENERS",       "data/lexicon/participle_openers.txt",       Set),
    ("BEFORE_NEGATED_CUE",       "data/lexicon/before_negated_cue.txt",       Set),
    ("NOUN_MARKERS",             "data/lexicon/noun_markers.txt",             Set),
    ("CUE_SUBJECT_PRONOUNS",     "data/lexicon/cue_subject_pronouns.txt",     Set),
    ("NAME_OBJECT_PREPOSITIONS", "data/lexicon/name_object_prepositions.txt", Set),
    ("BEFORE_ING_CUE",           "data/lexicon/before_ing_cue.txt",           Set),
    ("PASSIVE_BE",               "data/lexicon/passive_be.txt",               Set),
    ("NOT_SUBJECT_OPENERS",      "data/lexicon/not_subject_openers.txt",      Set),
    ("PARTICIPLE_PREPOSITIONS",  "data/lexicon/participle_prepositions.txt",  Set),
    ("SUBJECT_PRONOUNS",         "data/lexicon/subject_pronouns.txt",         Set),
    ("NAME_PHRASE_ENDS",         "data/lexicon/name_phrase_ends.txt",         Set),
    ("HAVE_BE",                  "data/lexicon/have_be.txt",                  Set),
    ("WHO_PREPOSITIONS",         "data/lexicon/who_prepositions.txt",         Set),
    ("INSERTED_PHRASE_OPENERS",  "data/lexicon/inserted_phrase_openers.txt",  Set),
    ("AUDIENCE_STOPS",           "data/lexicon/audience_stops.txt",           Set),
    ("OUTLET_NOUNS",             "data/lexicon/outlet_nouns.txt",             Set),
    ("PLACE_BEFORE_THAT",        "data/lexicon/place_before_that.txt",        Set),
    ("TEMPORAL_OPENERS",         "data/lexicon/temporal_openers.txt",         Set),
    ("TITLE_PLACE_PREPOSITIONS", "data/lexicon/title_place_prepositions.txt", Set),
    ("NOUN_DETERMINERS",         "data/lexicon/noun_determiners.txt",         Set),
    ("NAME_SUFFIXES",            "data/lexicon/name_suffixes.txt",            Set),
    ("OBJECT_PRONOUNS",          "data/lexicon/object_pronouns.txt",          Set),
    ("CITED_CLAUSE_BREAKS",      "data/lexicon/cited_clause_breaks.txt",      Set),
    ("REPORT_WORDS_BEFORE_THAT", "data/lexicon/report_words_before_that.txt", Set),
    ("AS_SAYING",                "data/lexicon/as_saying.txt",                Set),
    ("CLAUSE_JOINS",             "data/lexicon/clause_joins.txt",             Set),
    ("PERSONAL_PRONOUNS",        "data/lexicon/personal_pronouns.txt",        Set),
    ("AIMED_DETERMINERS",        "data/lexicon/aimed_determiners.txt",        Set),
    ("LINKING_VERBS",            "data/lexicon/linking_verbs.txt",            Set),
    ("ROLE_HEAD_PREPOSITIONS",   "data/lexicon/role_head_prepositions.txt",   Set),
    ("PLACE_PREPOSITIONS",       "data/lexicon/place_prepositions.txt",       Set),
    ("INITIALS_SKIPPED",         "data/lexicon/initials_skipped.txt",         Set),
    ("APPOSITION_CONTINUERS",    "data/lexicon/apposition_continuers.txt",    Set),
    ("ANTONYMS",                 "data/matcher/antonyms.txt",                 Built),
    ("CONTRAST_MARKERS",         "data/matcher/contrast_markers.txt",         Built),
    ("GENERIC_NOUNS",            "data/matcher/generic_nouns.txt",            Set),
    ("GENERIC_THINGS",           "data/matcher/generic_things.txt",           Set),
    ("IRREGULAR_PLURALS",        "data/matcher/irregular_plurals.txt",        Built),
    ("IRREGULAR_VERBS",          "data/matcher/irregular_verbs.txt",          Built),
    ("KEEP_FINAL_E",             "data/matcher/keep_final_e.txt",             Built),
    ("NEGATION",                 "data/matcher/negation.txt",                 Built),
    ("STOPWORDS",                "data/matcher/stopwords.txt",                Set),
    ("SYNONYMS",                 "data/matcher/synonyms.txt",                 Built),
    ("CURRENCIES",               "data/matcher/currencies.txt",               Slice),
    ("FIGURE_PREPOSITIONS",      "data/matcher/figure_prepositions.txt",      Set),
    ("COMPARATIVES",             "data/matcher/comparatives.txt",             Set),
    ("MEASURES",                 "data/matcher/measures.txt",                 Set),
    ("APPROXIMATORS",            "data/matcher/approximators.txt",            Set),
    ("DISPUTE_WORDS",            "data/matcher/dispute_words.txt",            Set),
    ("TRUTH_WORDS",              "data/matcher/truth_words.txt",              Set),
    ("DISPUTE_PHRASALS",         "data/matcher/dispute_phrasals.txt",         Set),
    ("COPULAS",                  "data/matcher/copulas.txt",                  Set),
    ("AUXILIARIES",              "data/matcher/auxiliaries.txt",              Set),
    ("FIGURE_NOUNS",             "data/matcher/figure_nouns.txt",             Set),
    ("WEIGHING_WORDS",           "data/matcher/weighing_words.txt",           Set),
    ("GERUND_PREPOSITIONS",      "data/matcher/gerund_prepositions.txt",      Set),
    ("PREDICATE_MARKERS",        "data/matcher/predicate_markers.txt",        Set),
    ("AIMED_OPENERS",            "data/matcher/aimed_openers.txt",            Set),
    ("REQUEST_NOUNS",            "data/matcher/request_nouns.txt",            Set),
    ("NAMING_STEMS",             "data/matcher/naming_stems.txt",             Set),
    ("DO_FORMS",                 "data/matcher/do_forms.txt",                 Set),
    ("DEGREE_WORDS",             "data/matcher/degree_words.txt",             Set),
    ("SAID_OF",                  "data/matcher/said_of.txt",                  Set),
    ("POINTING_WORDS",           "data/matcher/pointing_words.txt",           Set),
    ("PARTICLE_OBJECTS",         "data/matcher/particle_objects.txt",         Set),
    ("MODAL_WORDS",              "data/matcher/modal_words.txt",              Set),
    ("REPORTED_WORDS",           "data/matcher/reported_words.txt",           Set),
    ("OPPOSING_WORDS",           "data/matcher/opposing_words.txt",           Set),
    ("FORECAST_WORDS",           "data/matcher/forecast_words.txt",           Set),
    ("OFFSET_WORDS",             "data/matcher/offset_words.txt",             Set),
    ("BOUND_WORDS",              "data/matcher/bound_words.txt",              Set),
    ("RECOVERY_STEMS",           "data/matcher/recovery_stems.txt",           Set),
    ("PART_NOUNS",               "data/matcher/part_nouns.txt",               Set),
    ("OBJECT_DETERMINERS",       "data/matcher/object_determiners.txt",       Set),
    ("OBJECT_PREPOSITIONS",      "data/matcher/object_prepositions.txt",      Set),
    ("SHARE_WORDS",              "data/matcher/share_words.txt",              Set),
    ("EXISTENCE_VERBS",          "data/matcher/existence_verbs.txt",          Set),
    ("CROWD_WORDS",              "data/matcher/crowd_words.txt",              Set),
    ("TURNOUT_WORDS",            "data/matcher/turnout_words.txt",            Set),
    ("VOTING_WORDS",             "data/matcher/voting_words.txt",             Set),
    ("SAID_NOTHING_OBJECTS",     "data/matcher/said_nothing_objects.txt",     Set),
    ("TOLL_WORDS",               "data/matcher/toll_words.txt",               Set),
    ("DISPLACED_WORDS",          "data/matcher/displaced_words.txt",          Set),
    ("INJURY_WORDS",             "data/matcher/injury_words.txt",             Set),
    ("STATUS_WORDS",             "data/matcher/status_words.txt",             Set),
    ("LIGHT_VERBS",              "data/matcher/light_verbs.txt",              Set),
    ("ANAPHORIC_COUNTS",         "data/matcher/anaphoric_counts.txt",         Set),
    ("EVENT_PREDICATES",         "data/matcher/event_predicates.txt",         Set),
    ("VERBAL_BEFORE",            "data/matcher/verbal_before.txt",            Set),
    ("NOUN_OPENERS",             "data/matcher/noun_openers.txt",             Set),
    ("JOINING_WORDS",            "data/matcher/joining_words.txt",            Set),
    ("CLAUSE_OPENERS",           "data/matcher/clause_openers.txt",           Set),
    ("SUBJECT_VERBS",            "data/matcher/subject_verbs.txt",            Set),
    ("CONDITION_WORDS",          "data/matcher/condition_words.txt",          Set),
    ("NEGATION_IDIOMS",          "data/matcher/negation_idioms.txt",          Set),
    ("NEGATED_COMPARATIVES",     "data/matcher/negated_comparatives.txt",     Set),
    ("ADVERBIAL_NO_NOUNS",       "data/matcher/adverbial_no_nouns.txt",       Set),
    ("CHARGING_VERBS",           "data/matcher/charging_verbs.txt",           Set),
    ("SUM_NOUNS",                "data/matcher/sum_nouns.txt",                Set),
    ("SOURCE_PRONOUNS",          "data/matcher/source_pronouns.txt",          Set),
    ("PARTITIVE_DETERMINERS",    "data/matcher/partitive_determiners.txt",    Set),
    ("PART_WORDS",               "data/matcher/part_words.txt",               Set),
    ("WEAK_ENDINGS",             "data/check/weak_endings.txt",               Set),
];

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    for source in [
        "build.rs",
        "src/lexicon/compile.rs",
        "src/lexicon/store.rs",
        "src/matcher/stem.rs",
    ] {
        println!("cargo:rerun-if-changed={source}");
    }
    // The binary at a fixed address: its tables' pointers are then written by the linker, not
    // relocated by the loader at every start (about 29,000 of them, 0.4 M instructions and
    // 150 dirtied pages of a one-article run).
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    // Each text: its variant, its text, and the file the crate includes it from.
    let mut texts: Vec<(String, &'static str, PathBuf)> = Vec::new();
    for &(name, path, _) in FILES {
        println!("cargo:rerun-if-changed={path}");
        let text =
            std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        texts.push((variant(name), String::leak(text), root.join(path)));
    }
    for (file, folded) in compile::FOLDED {
        let (_, text, _) = texts.iter().find(|(n, _, _)| n == file).expect("a file");
        let path = out_dir.join(format!("{folded}.txt"));
        let folded_text = compile::folded_text(text);
        write(&path, &folded_text);
        texts.push((folded.into(), String::leak(folded_text), path));
    }
    let stems_path = out_dir.join("Stems.txt");
    texts.push(("Stems".into(), "", stems_path.clone()));
    compile::TEXTS
        .set(texts.iter().map(|(n, t, _)| (n.clone(), *t)).collect())
        .expect("set once");

    let mut out = compile::Out::default();
    for &(name, path, reach) in FILES {
        compile::write_list(&mut out, name, &variant(name), path, reach);
    }
    let stems = compile::write_all(&mut out);
    write(&stems_path, stems);

    let mut rust = String::from(
        "/// The texts the lists' words live in: the data files, the folded copies of the \
         files whose entries are not all folded as written, and the stems the stem index \
         writes out.\n#[derive(Debug, Clone, Copy, PartialEq, Eq)]\n#[repr(u8)]\n\
         // Some files are read only through their folded copies.\n#[allow(dead_code)]\n\
         pub(crate) enum Text {\n",
    );
    for (name, _, _) in &texts {
        rust.push_str(&format!("    {name},\n"));
    }
    rust.push_str(&format!(
        "}}\n\n/// The texts, in the order of [`Text`].\nconst TEXTS: [&str; {}] = [\n",
        texts.len()
    ));
    for (_, _, path) in &texts {
        rust.push_str(&format!(
            "    include_str!({:?}),\n",
            path.display().to_string()
        ));
    }
    rust.push_str("];\n\n");
    // What the tests check every file against, so that a new file needs no line in them.
    rust.push_str(
        "/// Every data file with its path.\n#[cfg(test)]\n\
         const DATA_FILES: &[(Text, &str)] = &[\n",
    );
    for &(name, path, _) in FILES {
        rust.push_str(&format!("    (Text::{}, {path:?}),\n", variant(name)));
    }
    rust.push_str(
        "];\n\n/// The files folded at build time, with their folded copies.\n#[cfg(test)]\n\
         const FOLDED_FILES: &[(Text, Text)] = &[\n",
    );
    for (file, folded) in compile::FOLDED {
        rust.push_str(&format!("    (Text::{file}, Text::{folded}),\n"));
    }
    rust.push_str("];\n\n");
    rust.push_str(&out.rust);
    write(&out_dir.join("lexicon.rs"), &rust);
    write_scorer_weights(&root, &out_dir);
}

/// The conflict scorer's weights (`data/matcher/scorer.tsv`, `name<TAB>weight` a line) as a
/// Rust slice of pairs, `$OUT_DIR/scorer_weights.rs`, which `src/matcher/scorer.rs` turns
/// into its table at compile time.
fn write_scorer_weights(root: &Path, out_dir: &Path) {
    let path = "data/matcher/scorer.tsv";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut rust = String::from("&[\n");
    for line in store::data_lines(&text) {
        let mut parts = line.split('\t');
        let (Some(name), Some(value)) = (parts.next(), parts.next()) else {
            panic!("{path}: not a name and a weight: {line:?}");
        };
        let value: f64 = value
            .trim()
            .parse()
            .unwrap_or_else(|e| panic!("{path}: {line:?}: {e}"));
        rust.push_str(&format!("    ({:?}, {value:?}),\n", name.trim()));
    }
    rust.push_str("]\n");
    write(&out_dir.join("scorer_weights.rs"), &rust);
}

/// The variant of `Text` for a file's NAME: `NOUN_LIKE` is `NounLike`.
fn variant(name: &str) -> String {
    let mut out = String::new();
    for part in name.split('_') {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    out
}

fn write(path: &Path, text: &str) {
    // Unchanged files are left alone, so what includes them is not rebuilt for nothing.
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
