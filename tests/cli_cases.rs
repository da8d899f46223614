//! The command-line contract as data: each `tests/cmd/*.toml` is one run of the binary, with
//! the exit status it must give and its exact stdout and stderr, inline or in the `.stdout` and
//! `.stderr` files beside it, and its standard input in a `.stdin` file when it reads one
//! (trycmd; `TRYCMD=overwrite cargo test --test cli_cases` rewrites the expected output).
//! `[VERSION]` in an expectation stands for the crate's version; trycmd reads every `\` as `/`
//! (its filter for Windows paths), so JSON's `\"` is written `/"` in the expected files.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .case("tests/cmd/*.toml")
        .insert_var("[VERSION]", env!("CARGO_PKG_VERSION"))
        .unwrap();
}
