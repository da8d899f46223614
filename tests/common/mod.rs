//! Helpers shared by the integration tests.

/// 1-based line and character column of `offset`, lines ending at \n, \r\n or a lone \r.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut line = 1;
    let mut line_start = 0;
    for i in 0..offset {
        let lone_cr = bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
        if bytes[i] == b'\n' || lone_cr {
            line += 1;
            line_start = i + 1;
        }
    }
    (line, text[line_start..offset].chars().count() + 1)
}

/// The text with claimcheck's own colour codes (SGR sequences) taken out.
pub fn strip_sgr(text: &str) -> String {
    let mut rest = text.to_string();
    for sgr in [
        "\u{1b}[0m",
        "\u{1b}[1m",
        "\u{1b}[2m",
        "\u{1b}[1;31m",
        "\u{1b}[36m",
    ] {
        rest = rest.replace(sgr, "");
    }
    rest
}
