//! Expectations: what an article's report must contain, kept beside the article as a sidecar
//! `x.expect.json` for `x.txt`, so that CI notices when the parser or matcher changes what is
//! found. The format is documented in `docs/expectations.md`.
//!
//! [`compare`] says what an expectation misses and what the report has beyond it; [`bless`]
//! writes the expectation that the current report meets. Both are pure; [`load`] and
//! [`store`] read and write sidecars, and [`write_result`] renders one article's result in
//! test-runner style to any writer.
//!
//! Its parts: `schema.rs` the sidecar's serde types; `sidecar.rs` finding, reading and
//! writing sidecars safely; `matching.rs` pairing expected entries with the report's items;
//! `compare.rs` and `bless.rs` built on it; `render.rs` the results as test-runner lines.
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

mod bless;
mod compare;
mod matching;
mod render;
mod schema;
mod sidecar;

/// How [`write_result`] renders (each format says which it takes).
pub use crate::reporter::ResultStyle;
pub use bless::{bless, bless_with, phrase};
pub use compare::{Comparison, Expected, Unexpected, compare};
pub use matching::{speaker_matches, words_match};
pub use render::{Summary, write_result, write_result_located, write_summary};
pub use schema::{Expectation, ExpectedClaim, ExpectedConflict};
pub use sidecar::{
    MAX_SIDECAR_BYTES, SidecarError, load, parse, sidecar_path, store, story_sidecar_path, to_json,
};

/// The article the unit tests of every part read: two sources at odds, and a third.
#[cfg(test)]
mod fixture {
    use crate::model::Article;

    const TEXT: &str = "Bridge closure disputed\n\n\
        The mayor said the bridge is safe for traffic. The city engineer said the bridge is \
        not safe for traffic.\n\n\
        \"We will reopen the road on Monday,\" said Anna Weber, the transport minister.\n";

    pub(super) fn article() -> Article {
        crate::analyze("a.txt", TEXT)
    }
}
