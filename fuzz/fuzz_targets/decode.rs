//! Arbitrary bytes → `claimcheck::input::decode`, then `analyze` on whatever it accepts.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match claimcheck::input::decode(data) {
        Ok(text) => {
            assert_eq!(text.as_bytes(), data, "decode never alters the text");
            let _ = claimcheck::analyze("fuzz.txt", text);
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
