//! The kinds of conflict, one rule a file: each reads a pair of claims of opposing sources
//! and says what opposition it finds, with its own confidence and a reason a reader can check.
//! The rules propose; the scorer ([`super::scorer`]) weighs.
//!
//! A new rule is a file here and a line in [`RULES`].

mod antonym;
mod context;
mod contrast;
mod counted;
mod counts_in_other_words;
mod denial;
mod figure_disputed;
mod figure_negation;
mod figures;
mod kind_negation;
mod negation;
mod no_evidence;
mod numeric;
mod positions;
mod pronoun_antonym;
mod provenance;
mod related_negation;
mod speech_denied;
mod turnout;
mod wording;

pub(super) use counted::{classes_counted, may_count_alike};
pub(super) use kind_negation::names_kind;
pub(super) use pronoun_antonym::{
    one_object_antonyms, one_subject_antonyms, pronoun_object, pronoun_subject,
};
pub(super) use related_negation::CLOSE_CLAIMS;
pub(super) use wording::{clause_break, phrase, window, words_to_keep};

use super::keys::Keys;
use super::profile::Profile;
use super::topic::Shared;
use super::words::StemIndex;
use crate::model::{Claim, ConflictKind, Stance};

/// Two claims of opposing sources, as every rule reads them.
#[derive(Clone, Copy)]
pub(super) struct Pair<'p, 'a> {
    /// The claims, in article order.
    pub ca: &'p Claim,
    pub cb: &'p Claim,
    pub a: &'p Profile<'a>,
    pub b: &'p Profile<'a>,
    /// What they share.
    pub topic: &'p Shared,
    pub keys: &'p Keys,
    pub index: &'p StemIndex,
    /// Added to a rule's confidence for each shared word beyond the first.
    pub boost: f64,
}

/// A rule's confidence in a negation said in other words: word vectors relate more words
/// than mean the same, and a hypernym is one sense of a word, so it is no surer than the
/// default threshold.
const OTHER_WORDS: f64 = 0.6;

/// A negation said in other words, with the confidence such findings have.
fn in_other_words(reason: String) -> Finding {
    Finding {
        kind: ConflictKind::Negation,
        confidence: OTHER_WORDS,
        reason,
    }
}

/// What a rule found in a pair.
pub(super) struct Finding {
    pub kind: ConflictKind,
    pub confidence: f64,
    pub reason: String,
}

/// Whether a claim's figures are its source's own: not those of a claim it denies or doubts
/// ("18 died, a figure the union rejected" gives the union no figure, and any other figure
/// agrees with its rejection).
fn gives_its_figures(c: &Claim) -> bool {
    !matches!(c.stance, Stance::Deny | Stance::Doubt)
}

/// One way two claims can oppose each other.
pub(super) trait ConflictRule: Sync {
    /// Adds what the rule finds in `pair` to `found` (which holds what the rules before it
    /// found: the weakest rules speak only when nothing else did).
    fn find(&self, pair: &Pair, found: &mut Vec<Finding>);

    /// Whether the rule reads claims that share no word or figure ("no weapon" against "a
    /// handgun"); the others are never asked about those.
    fn reads_other_words(&self) -> bool {
        false
    }

    /// Whether the rule weighs a side taken ("endorsed the plan", stance `support` or
    /// `oppose`): it names a thing, with no predicate for a negation or an opposite word to
    /// turn, so only the rules of positions, figures, denials and contrasts read one.
    fn reads_sides(&self) -> bool {
        false
    }
}

/// The rules, in the order they are asked.
pub(super) static RULES: &[&dyn ConflictRule] = &[
    &denial::Denial,
    &positions::Positions,
    &negation::Negation,
    &antonym::Antonym,
    &numeric::Numeric,
    &figure_negation::FigureNegation,
    &figure_disputed::FigureDisputed,
    &contrast::Contrast,
    &kind_negation::KindNegation,
    &related_negation::RelatedNegation,
    &provenance::Provenance,
    &no_evidence::NoEvidence,
    &pronoun_antonym::PronounAntonym,
    &counts_in_other_words::CountsInOtherWords,
    &turnout::Turnout,
    &speech_denied::SpeechDenied,
];
