//! Turns the word lists of `data/` into static tables (`$OUT_DIR/lexicon.rs`, included by
//! `src/lexicon.rs`), so that a run parses and hashes no list at start-up. The builders are
//! `src/lexicon/compile.rs`; the hash and the line reader they share with the crate are
//! `src/lexicon/store.rs`, and the stemmer of the stem index `src/matcher/stem.rs`.

use std::path::{Path, PathBuf};

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

/// The data files the lists are read from, as `(variant of lexicon's Text, path)`. The
/// order is the order of `Text`.
const FILES: [(&str, &str); 24] = [
    ("Countries", "data/countries.tsv"),
    ("BeliefVerbs", "data/lexicon/belief_verbs.txt"),
    ("Calendar", "data/lexicon/calendar.txt"),
    ("CuePhrases", "data/lexicon/cue_phrases.txt"),
    ("DenyPhrases", "data/lexicon/deny_phrases.txt"),
    ("DenyVerbs", "data/lexicon/deny_verbs.txt"),
    ("DoubtCues", "data/lexicon/doubt_cues.txt"),
    ("Hedges", "data/lexicon/hedges.txt"),
    ("NewsAgencies", "data/lexicon/news_agencies.txt"),
    ("NonStatements", "data/lexicon/non_statements.txt"),
    ("NounLike", "data/lexicon/noun_like_verb_forms.txt"),
    ("QuoteVerbs", "data/lexicon/quote_verbs.txt"),
    ("ReportNouns", "data/lexicon/report_nouns.txt"),
    ("RoleNouns", "data/lexicon/role_nouns.txt"),
    ("SpeechVerbs", "data/lexicon/speech_verbs.txt"),
    ("Titles", "data/lexicon/titles.txt"),
    ("Antonyms", "data/matcher/antonyms.txt"),
    ("ContrastMarkers", "data/matcher/contrast_markers.txt"),
    ("GenericNouns", "data/matcher/generic_nouns.txt"),
    ("IrregularPlurals", "data/matcher/irregular_plurals.txt"),
    ("IrregularVerbs", "data/matcher/irregular_verbs.txt"),
    ("Negation", "data/matcher/negation.txt"),
    ("Stopwords", "data/matcher/stopwords.txt"),
    ("Synonyms", "data/matcher/synonyms.txt"),
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
    // Each text: its variant, its text, and the file the crate includes it from.
    let mut texts: Vec<(String, &'static str, PathBuf)> = Vec::new();
    for (name, path) in FILES {
        println!("cargo:rerun-if-changed={path}");
        let text =
            std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        texts.push((name.into(), String::leak(text), root.join(path)));
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
    rust.push_str(&out.rust);
    write(&out_dir.join("lexicon.rs"), &rust);
}

fn write(path: &Path, text: &str) {
    // Unchanged files are left alone, so what includes them is not rebuilt for nothing.
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
