//! Bytes → `claimcheck::check::parse` (a sidecar as read from disk): must never panic; what
//! it accepts is compared with and re-blessed against a fixed article, writes back to JSON
//! that parses to the same expectation, and renders as text and GitHub results.
#![no_main]

use libfuzzer_sys::fuzz_target;

const ARTICLE: &str = "Bridge closure disputed\n\n\
    The mayor said the bridge is safe for traffic. The city engineer said the bridge is not \
    safe for traffic.\n\n\
    \"We will reopen the road on Monday,\" said Anna Weber, the transport minister.\n";

fuzz_target!(|data: &[u8]| {
    let Ok(expectation) = claimcheck::check::parse(data) else {
        return;
    };
    let article = claimcheck::analyze("a.txt", ARTICLE);
    let comparison = claimcheck::check::compare(&article, &expectation);
    for style in [
        claimcheck::check::ResultStyle::Plain,
        claimcheck::check::ResultStyle::Github,
    ] {
        let mut out = Vec::new();
        claimcheck::check::write_result(&mut out, "a.txt", &comparison, style)
            .expect("writes to memory");
        let text = String::from_utf8(out).expect("results are UTF-8");
        assert!(!text.contains('\u{1b}'), "no raw escape reaches the terminal");
    }
    let json = claimcheck::check::to_json(&expectation);
    let again = claimcheck::check::parse(json.as_bytes()).expect("written sidecars parse");
    assert_eq!(again, expectation);
    let blessed = claimcheck::check::bless(&article, Some(&expectation));
    assert!(claimcheck::check::compare(&article, &blessed).passed());
});
