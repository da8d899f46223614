//! Sidecar files: where they are, and reading and writing them safely. Only a regular file
//! is read or replaced (never a symbolic link, a FIFO or a device), within a size limit; a
//! sidecar is replaced by writing a temporary file, flushing it to disk and renaming it over
//! the old one.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::schema::Expectation;

/// Why a sidecar could not be read or written.
#[derive(Debug)]
pub enum SidecarError {
    /// The file could not be read or written.
    Io(io::Error),
    /// The file is not JSON of the expectation format.
    Invalid(serde_json::Error),
    /// The path is not a plain file claimcheck may read or replace: a symbolic link (never
    /// followed, so that a planted link cannot make CI write outside the tree), a FIFO or a
    /// device, a file over [`MAX_SIDECAR_BYTES`], or JSON that is not an object.
    Refused(&'static str),
}

impl fmt::Display for SidecarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SidecarError::Io(e) => write!(f, "{}", e.to_string().to_lowercase()),
            SidecarError::Invalid(e) => write!(f, "not a valid expectation: {e}"),
            SidecarError::Refused(why) => write!(f, "{why}"),
        }
    }
}

/// The largest sidecar read (64 MiB): a sidecar lists an article's claims and conflicts.
pub const MAX_SIDECAR_BYTES: u64 = 64 << 20;

/// What is at a sidecar's path: nothing, or a regular file; anything else is refused.
fn plain_file(path: &Path) -> Result<Option<std::fs::Metadata>, SidecarError> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(SidecarError::Io(e)),
        Ok(m) if m.file_type().is_symlink() => Err(SidecarError::Refused(
            "is a symbolic link; a sidecar must be a regular file (links are not followed)",
        )),
        Ok(m) if !m.is_file() => Err(SidecarError::Refused(
            "is not a regular file; a sidecar must be one",
        )),
        Ok(m) => Ok(Some(m)),
    }
}

/// The bytes of a sidecar known to be a regular file, within [`MAX_SIDECAR_BYTES`].
fn read_plain(path: &Path) -> Result<Vec<u8>, SidecarError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(SidecarError::Io)?;
    let mut bytes = Vec::new();
    file.take(MAX_SIDECAR_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(SidecarError::Io)?;
    if bytes.len() as u64 > MAX_SIDECAR_BYTES {
        return Err(SidecarError::Refused("is larger than 64 MiB"));
    }
    Ok(bytes)
}

impl std::error::Error for SidecarError {}

/// The sidecar of an article: `x.expect.json` beside `x.txt`.
pub fn sidecar_path(article: &Path) -> PathBuf {
    article.with_extension("expect.json")
}

/// Reads a sidecar; `Ok(None)` when there is none. Only a regular file is read (see
/// [`SidecarError::Refused`]).
pub fn load(path: &Path) -> Result<Option<Expectation>, SidecarError> {
    let Some(metadata) = plain_file(path)? else {
        return Ok(None);
    };
    if metadata.len() > MAX_SIDECAR_BYTES {
        return Err(SidecarError::Refused("is larger than 64 MiB"));
    }
    parse(&read_plain(path)?).map(Some)
}

/// Parses a sidecar's content: a JSON object of the expectation format (an array would be
/// read by position, so it is refused).
pub fn parse(bytes: &[u8]) -> Result<Expectation, SidecarError> {
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|&b| b != b'{') {
        return Err(SidecarError::Refused(
            "not a valid expectation: a sidecar is a JSON object",
        ));
    }
    serde_json::from_slice(bytes).map_err(SidecarError::Invalid)
}

/// The sidecar text of an expectation: pretty JSON with a final newline.
pub fn to_json(expectation: &Expectation) -> String {
    let mut s = serde_json::to_string_pretty(expectation).expect("an expectation serializes");
    s.push('\n');
    s
}

/// Writes a sidecar unless it already holds exactly this expectation; true if it wrote.
///
/// The new text goes to a temporary file beside the sidecar, is flushed to disk and then
/// renamed over it: a failed write (disk full, quota) leaves the old sidecar whole, and a
/// reader never sees half a file. A symbolic link or other non-regular file at the path is
/// refused, never written through.
pub fn store(path: &Path, expectation: &Expectation) -> Result<bool, SidecarError> {
    let text = to_json(expectation);
    if plain_file(path)?.is_some() && read_plain(path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(false);
    }
    let name = path
        .file_name()
        .map_or_else(|| "sidecar".into(), |n| n.to_string_lossy().into_owned());
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| {
        use std::io::Write as _;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(SidecarError::Io(e));
    }
    Ok(true)
}

/// The sidecar of a story (`--across`): `story.expect.json` in the directory given, or in the
/// folder of the first file given.
pub fn story_sidecar_path(inputs: &[String]) -> PathBuf {
    let first = Path::new(inputs.first().map_or(".", String::as_str));
    if inputs.len() == 1 && first.is_dir() {
        first.join("story.expect.json")
    } else {
        first
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .join("story.expect.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::bless;
    use crate::check::fixture::article;

    #[test]
    fn sidecar_json_is_pretty_with_final_newline_and_round_trips() {
        let e = bless(&article(), None);
        let json = to_json(&e);
        assert!(json.ends_with("}\n") && json.contains("\n  \"conflicts\": ["));
        assert_eq!(parse(json.as_bytes()).unwrap(), e);
    }

    #[test]
    fn unknown_fields_and_defaults() {
        assert!(parse(br#"{"other_conflict": true}"#).is_err());
        assert_eq!(parse(b"{}").unwrap(), Expectation::default());
    }

    #[test]
    fn sidecar_is_beside_the_article() {
        assert_eq!(
            sidecar_path(Path::new("data/fixtures/a.txt")),
            PathBuf::from("data/fixtures/a.expect.json")
        );
    }
}
