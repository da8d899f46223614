//! GitHub Actions workflow commands (`::warning …::…`, `::error …::…`), which the Actions
//! runner turns into annotations on a file's lines. The `github` format and `--check
//! --format github` both write them.
//!
//! Values are escaped as the Actions toolkit does: `%`, `\r` and `\n` everywhere, and `:` and
//! `,` too in properties.

use std::io::{self, Write};

use super::Failure;

/// Escapes a command's message: `%`, `\r`, `\n`, and `##[` (see [`inert`]).
pub fn escape_data(s: &str) -> String {
    inert(
        &s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A"),
    )
}

/// Text for any line of a log the Actions runner reads: its older command syntax acts on
/// `##[` anywhere in a line (`##[error]…` makes an annotation, `##[stop-commands]…` silences
/// the job's commands), so a space breaks it up: `# #[`.
pub fn inert(s: &str) -> String {
    s.replace("##[", "# #[")
}

/// Escapes a command property's value: as [`escape_data`], and `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Where an annotation points, and its title.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotation {
    /// The file, as given on the command line.
    pub file: Option<String>,
    /// 1-based line.
    pub line: Option<usize>,
    /// 1-based column, in characters.
    pub col: Option<usize>,
    /// Shown above the message.
    pub title: Option<String>,
}

impl Annotation {
    /// An annotation on a whole file.
    pub fn file(path: &str) -> Self {
        Annotation {
            file: Some(path.to_string()),
            ..Annotation::default()
        }
    }

    /// The same, at a 1-based line and column.
    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.line = Some(line);
        self.col = Some(col);
        self
    }

    /// The same, with a title.
    pub fn title(mut self, title: &str) -> Self {
        self.title = Some(title.to_string());
        self
    }
}

/// Writes one workflow command, `::COMMAND PROPERTIES::MESSAGE`, properties and message
/// escaped.
pub fn write_command(
    out: &mut dyn Write,
    command: &str,
    annotation: &Annotation,
    message: &str,
) -> io::Result<()> {
    let mut props = Vec::new();
    if let Some(f) = &annotation.file {
        props.push(format!("file={}", escape_property(f)));
    }
    if let Some(l) = annotation.line {
        props.push(format!("line={l}"));
    }
    if let Some(c) = annotation.col {
        props.push(format!("col={c}"));
    }
    if let Some(t) = &annotation.title {
        props.push(format!("title={}", escape_property(t)));
    }
    let sep = if props.is_empty() { "" } else { " " };
    writeln!(
        out,
        "::{command}{sep}{}::{}",
        props.join(","),
        escape_data(message)
    )
}

/// Writes an `::error` per input that failed: in a pull request only annotations show, so an
/// input that could not be read must be one too.
pub fn write_failures(out: &mut dyn Write, failures: &[Failure]) -> io::Result<()> {
    for f in failures {
        let at = Annotation::file(&f.path).title("claimcheck");
        write_command(out, "error", &at, &f.error)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_actions_toolkit() {
        assert_eq!(escape_data("50% a:b,c\r\nd"), "50%25 a:b,c%0D%0Ad");
        assert_eq!(escape_property("50% a:b,c\r\nd"), "50%25 a%3Ab%2Cc%0D%0Ad");
    }

    #[test]
    fn the_runners_older_commands_are_broken_up_anywhere_in_a_line() {
        assert_eq!(
            escape_data("said ##[error]x and ##[stop-commands]t"),
            "said # #[error]x and # #[stop-commands]t"
        );
        assert_eq!(escape_property("a##[b"), "a# #[b");
    }

    #[test]
    fn command_has_properties_in_order() {
        let mut out = Vec::new();
        let at = Annotation::file("a,b:c.txt").at(3, 7).title("t: x");
        write_command(&mut out, "warning", &at, "m%\n").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::warning file=a%2Cb%3Ac.txt,line=3,col=7,title=t%3A x::m%25%0A\n"
        );
    }
}
