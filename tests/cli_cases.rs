//! The command-line contract as data: each `tests/cmd/*.toml` is one run of the binary from
//! the crate root, with the exit status it must give and, where the case says, its exact
//! stdout and stderr (trycmd; `TRYCMD=overwrite cargo test --test cli_cases` rewrites them).

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
