//! Inputs: expanding paths (files, directories, `-` for stdin), reading them within a size
//! limit, and checking that they are UTF-8 text. Nothing is silently altered: a file that is
//! not UTF-8 text is an error that says where and why.

use std::fmt;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// Default for `--max-bytes`: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// How far into a file a NUL byte marks it as binary.
const BINARY_SNIFF: usize = 8 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    /// The path as reported: the file path as given, or `-` for standard input.
    pub fn display(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    NotFound,
    PermissionDenied,
    NoTextFiles,
    /// Over `--max-bytes`: `size` is known for a regular file, not for a stream (standard
    /// input, a pipe, a device), which is read only up to the limit.
    TooLarge {
        size: Option<u64>,
        limit: u64,
    },
    Binary {
        offset: usize,
    },
    InvalidUtf8 {
        offset: usize,
    },
    /// UTF-16 text, known by its byte-order mark.
    Utf16,
    /// Found while walking a directory: a FIFO, socket or device named `*.txt`, which could
    /// block the run or never end.
    NotRegular,
    /// Standard input is closed (which reads as `/dev/null`), or was named a second time.
    NoStdin(&'static str),
    Io(String),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NotFound => write!(f, "no such file or directory"),
            InputError::PermissionDenied => write!(f, "permission denied"),
            InputError::NoTextFiles => write!(
                f,
                "directory holds no article files (*.txt, *.md, *.html, *.htm)"
            ),
            InputError::TooLarge {
                size: Some(size),
                limit,
            } => write!(
                f,
                "input is {size} bytes, over the limit of {limit} bytes (raise it with --max-bytes)"
            ),
            InputError::TooLarge { size: None, limit } => write!(
                f,
                "input is over the limit of {limit} bytes (raise it with --max-bytes)"
            ),
            InputError::Binary { offset } => write!(
                f,
                "looks like a binary file (NUL byte at byte offset {offset}); claimcheck reads UTF-8 text"
            ),
            InputError::InvalidUtf8 { offset } => write!(
                f,
                "invalid UTF-8 at byte offset {offset}; convert the file to UTF-8 first, e.g. `iconv -f WINDOWS-1252 -t UTF-8`"
            ),
            InputError::Utf16 => write!(
                f,
                "UTF-16 text (byte-order mark); claimcheck reads UTF-8: convert it first, e.g. `iconv -f UTF-16 -t UTF-8`"
            ),
            InputError::NotRegular => write!(f, "not a regular file"),
            InputError::NoStdin(why) => write!(f, "{why}"),
            InputError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for InputError {}

impl From<std::io::Error> for InputError {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::NotFound => InputError::NotFound,
            std::io::ErrorKind::PermissionDenied => InputError::PermissionDenied,
            _ => InputError::Io(e.to_string().to_lowercase()),
        }
    }
}

/// Expands command-line paths into inputs: a directory gives every `*.txt` file below it
/// (the extension in any case; hidden files and folders, such as `.git`, left out) in
/// sorted order; `-` is standard input, once. Errors keep their place in the order: a
/// subfolder that cannot be read, or a `*.txt` that is not a regular file, is reported and
/// the walk goes on.
pub fn expand(paths: &[String]) -> Vec<(String, Result<Input, InputError>)> {
    expand_with(paths, &Walk::default())
}

/// How directories are walked: which files a directory gives.
#[derive(Debug, Clone, Default)]
pub struct Walk {
    /// Globs a file must match, instead of `*.txt` (`--glob`); relative to the directory.
    pub globs: Vec<String>,
    /// Globs of files and folders to leave out (`--exclude`).
    pub excludes: Vec<String>,
}

/// [`expand`], walking directories as `walk` says.
pub fn expand_with(paths: &[String], walk_by: &Walk) -> Vec<(String, Result<Input, InputError>)> {
    let mut out = Vec::new();
    let mut stdin_seen = false;
    for p in paths {
        if p == "-" {
            let input = if std::mem::replace(&mut stdin_seen, true) {
                Err(InputError::NoStdin(
                    "standard input is named more than once",
                ))
            } else if stdin_closed() {
                Err(InputError::NoStdin(
                    "standard input is closed (or /dev/null): nothing to read",
                ))
            } else {
                Ok(Input::Stdin)
            };
            out.push((p.clone(), input));
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let mut found = Vec::new();
                if let Err(e) = walk(path, walk_by, &mut found) {
                    out.push((p.clone(), Err(e)));
                    continue;
                }
                if found.is_empty() {
                    out.push((p.clone(), Err(InputError::NoTextFiles)));
                }
                sort_by_path(&mut found);
                for (f, r) in found {
                    out.push((f.display().to_string(), r.map(|()| Input::File(f))));
                }
            }
            Ok(_) => out.push((p.clone(), Ok(Input::File(path.to_path_buf())))),
            Err(e) => out.push((p.clone(), Err(e.into()))),
        }
    }
    out
}

/// Sorts `items` by their paths as `Path` orders them, component by component, ties in the
/// order they came. Each path is split into components once: `Path`'s own comparison splits
/// both paths again at every comparison.
fn sort_by_path<T>(items: &mut Vec<(PathBuf, T)>) {
    let keys: Vec<Vec<Component>> = items
        .iter()
        .map(|(p, _)| p.components().collect())
        .collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    let mut slots: Vec<Option<(PathBuf, T)>> =
        std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Whether standard input is closed (`claimcheck - <&-`), which would read as an empty
/// article. A Rust program finds a closed descriptor 0 opened on `/dev/null` at start-up,
/// so that is what is looked for: nobody names `-` to read `/dev/null` on purpose.
fn stdin_closed() -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (
            std::fs::metadata("/dev/fd/0"),
            std::fs::metadata("/dev/null"),
        ) {
            (Ok(stdin), Ok(null)) => stdin.dev() == null.dev() && stdin.ino() == null.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        false
    }
}

/// The files below `dir` to read, in no set order, each with the error that keeps it from
/// being read if one does; a folder that cannot be read is itself such an entry. The walk is
/// ripgrep's (the `ignore` crate): hidden files and folders and what `.gitignore`, `.ignore`
/// and the git excludes leave out are skipped, symbolic links are not followed. A file is
/// read when it ends in `.txt`, `.md`, `.html` or `.htm` (in any case), or, with globs, when
/// it matches one.
fn walk(
    dir: &Path,
    walk_by: &Walk,
    out: &mut Vec<(PathBuf, Result<(), InputError>)>,
) -> Result<(), InputError> {
    let mut overrides = ignore::overrides::OverrideBuilder::new(dir);
    let bad_glob = |e: ignore::Error| InputError::Io(format!("bad glob: {e}"));
    for g in &walk_by.globs {
        overrides.add(g).map_err(bad_glob)?;
    }
    for g in &walk_by.excludes {
        overrides.add(&format!("!{g}")).map_err(bad_glob)?;
    }
    let overrides = overrides.build().map_err(bad_glob)?;
    // Not sorted here: the caller sorts what is found by path, and the walker's sort splits
    // both paths into components anew for every comparison.
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .overrides(overrides)
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let at = error_path(&e).unwrap_or(dir).to_path_buf();
                out.push((at, Err(walk_error(e))));
                continue;
            }
        };
        if entry.depth() == 0 {
            continue;
        }
        let path = entry.path();
        let Some(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            continue;
        }
        let wanted = !walk_by.globs.is_empty()
            || path.extension().is_some_and(|e| {
                ["txt", "md", "html", "htm"]
                    .iter()
                    .any(|x| e.eq_ignore_ascii_case(x))
            });
        if !wanted {
            continue;
        }
        let kind = if kind.is_symlink() {
            std::fs::metadata(path).map(|m| m.file_type())
        } else {
            Ok(kind)
        };
        match kind {
            Ok(kind) if kind.is_file() => out.push((path.to_path_buf(), Ok(()))),
            Ok(_) => out.push((path.to_path_buf(), Err(InputError::NotRegular))),
            Err(e) => out.push((path.to_path_buf(), Err(e.into()))),
        }
    }
    Ok(())
}

/// The path an error of the walk is about, if it says.
fn error_path(e: &ignore::Error) -> Option<&Path> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

/// An error of the walk as an input error: its I/O kind when it has one.
fn walk_error(e: ignore::Error) -> InputError {
    match e.io_error() {
        Some(io) => InputError::from(std::io::Error::new(io.kind(), io.to_string())),
        None => InputError::Io(e.to_string()),
    }
}

/// Reads an input whole, refusing one larger than `max_bytes` before loading it.
pub fn read(input: &Input, max_bytes: u64) -> Result<Vec<u8>, InputError> {
    match input {
        Input::File(path) => {
            let file = std::fs::File::open(path)?;
            let size = file.metadata()?.len();
            if size > max_bytes {
                return Err(InputError::TooLarge {
                    size: Some(size),
                    limit: max_bytes,
                });
            }
            if !file.metadata()?.is_file() {
                // A device or a pipe named on the command line: read as a stream.
                return read_stream(file, max_bytes);
            }
            let mut bytes = Vec::with_capacity(size as usize);
            file.take(max_bytes + 1).read_to_end(&mut bytes)?;
            check_size(bytes, max_bytes)
        }
        Input::Stdin => read_stream(std::io::stdin().lock(), max_bytes),
    }
}

/// Reads a stream (standard input, a pipe, a device) up to `max_bytes + 1` bytes, refusing
/// a binary one on its first 8 KiB rather than reading on (`/dev/zero`).
fn read_stream(stream: impl Read, max_bytes: u64) -> Result<Vec<u8>, InputError> {
    let mut stream = stream.take(max_bytes + 1);
    let mut bytes = Vec::new();
    (&mut stream)
        .take(BINARY_SNIFF as u64)
        .read_to_end(&mut bytes)?;
    if !starts_utf16(&bytes)
        && let Some(offset) = bytes.iter().position(|&b| b == 0)
    {
        return Err(InputError::Binary { offset });
    }
    stream.read_to_end(&mut bytes)?;
    check_size(bytes, max_bytes)
}

/// Whether text opens with a UTF-16 byte-order mark (either byte order).
fn starts_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// Refuses what was read past `max_bytes`: a stream, or a file that grew while being read,
/// whose whole size is unknown (only `max_bytes + 1` bytes are ever read).
fn check_size(bytes: Vec<u8>, max_bytes: u64) -> Result<Vec<u8>, InputError> {
    if bytes.len() as u64 > max_bytes {
        return Err(InputError::TooLarge {
            size: None,
            limit: max_bytes,
        });
    }
    Ok(bytes)
}

/// Checks that `bytes` are UTF-8 text: no NUL byte in the first 8 KiB, valid UTF-8. A
/// byte-order mark stays in the text (offsets count from the file's first byte); the parser
/// treats it as white space.
pub fn decode(bytes: &[u8]) -> Result<&str, InputError> {
    if starts_utf16(bytes) {
        return Err(InputError::Utf16);
    }
    let sniffed = &bytes[..bytes.len().min(BINARY_SNIFF)];
    // (memchr's search is vectorized.)
    if let Some(offset) = memchr::memchr(0, sniffed) {
        return Err(InputError::Binary { offset });
    }
    std::str::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_sort_as_path_orders_them() {
        let paths = [
            "d/a-b.txt",
            "d/b/c.txt",
            "d/a/x.txt",
            "d/a.txt",
            "d/a",
            "d/B.txt",
            "d//a/y.txt",
            "d/./a.txt",
            "/d/z.txt",
            "../d/z.txt",
            "d/é.txt",
            "d/10.txt",
            "d/9.txt",
        ];
        let mut items: Vec<(PathBuf, usize)> = paths
            .iter()
            .enumerate()
            .map(|(i, p)| (p.into(), i))
            .collect();
        let mut expected = items.clone();
        expected.sort_by(|a, b| a.0.cmp(&b.0));
        sort_by_path(&mut items);
        assert_eq!(items, expected);
    }

    #[test]
    fn decode_accepts_text_and_keeps_the_bom() {
        let text = "\u{FEFF}Hello";
        assert_eq!(decode(text.as_bytes()).unwrap(), text);
    }

    #[test]
    fn decode_names_the_offset_of_invalid_utf8() {
        let bytes = b"abc\xff\xfe";
        assert_eq!(decode(bytes), Err(InputError::InvalidUtf8 { offset: 3 }));
    }

    #[test]
    fn utf16_is_named_not_called_binary() {
        let bytes = b"\xff\xfeH\0i\0";
        assert_eq!(decode(bytes), Err(InputError::Utf16));
        assert_eq!(read_stream(&bytes[..], 100).unwrap(), bytes);
    }

    #[test]
    fn a_binary_stream_is_refused_on_its_first_bytes() {
        // An endless stream of NUL bytes is refused after 8 KiB, whatever the limit.
        let zeros = std::io::repeat(0);
        assert_eq!(
            read_stream(zeros, u64::MAX - 1),
            Err(InputError::Binary { offset: 0 })
        );
    }

    #[test]
    fn decode_refuses_nul_bytes_as_binary() {
        assert_eq!(decode(b"ab\0cd"), Err(InputError::Binary { offset: 2 }));
    }

    #[test]
    fn a_stream_over_the_limit_is_refused_without_a_made_up_size() {
        assert_eq!(
            check_size(vec![b'x'; 11], 10),
            Err(InputError::TooLarge {
                size: None,
                limit: 10
            })
        );
        assert_eq!(check_size(vec![b'x'; 10], 10), Ok(vec![b'x'; 10]));
        let file = InputError::TooLarge {
            size: Some(11),
            limit: 10,
        };
        assert_eq!(
            file.to_string(),
            "input is 11 bytes, over the limit of 10 bytes (raise it with --max-bytes)"
        );
    }

    #[test]
    fn expand_reports_missing_paths_in_place() {
        let got = expand(&["/no/such/claimcheck/file.txt".to_string(), "-".to_string()]);
        assert_eq!(got[0].1, Err(InputError::NotFound));
        // (Under `cargo test` standard input may be /dev/null, which reads as closed.)
        assert!(
            matches!(got[1].1, Ok(Input::Stdin) | Err(InputError::NoStdin(_))),
            "{:?}",
            got[1]
        );
        let twice = expand(&["-".to_string(), "-".to_string()]);
        assert_eq!(
            twice[1].1,
            Err(InputError::NoStdin(
                "standard input is named more than once"
            ))
        );
    }
}
