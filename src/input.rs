//! Inputs: expanding paths (files, directories, `-` for stdin), reading them within a size
//! limit, and checking that they are UTF-8 text. Nothing is silently altered: a file that is
//! not UTF-8 text is an error that says where and why.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

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
    Io(String),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NotFound => write!(f, "no such file or directory"),
            InputError::PermissionDenied => write!(f, "permission denied"),
            InputError::NoTextFiles => write!(f, "directory holds no *.txt files"),
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

/// Expands command-line paths into inputs: a directory gives every `*.txt` file below it in
/// sorted order; `-` is standard input. Errors keep their place in the order.
pub fn expand(paths: &[String]) -> Vec<(String, Result<Input, InputError>)> {
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            out.push((p.clone(), Ok(Input::Stdin)));
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                if let Err(e) = walk(path, &mut files) {
                    out.push((p.clone(), Err(e)));
                    continue;
                }
                if files.is_empty() {
                    out.push((p.clone(), Err(InputError::NoTextFiles)));
                }
                files.sort();
                for f in files {
                    out.push((f.display().to_string(), Ok(Input::File(f))));
                }
            }
            Ok(_) => out.push((p.clone(), Ok(Input::File(path.to_path_buf())))),
            Err(e) => out.push((p.clone(), Err(e.into()))),
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
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
            let mut bytes = Vec::with_capacity(size as usize);
            file.take(max_bytes + 1).read_to_end(&mut bytes)?;
            check_size(bytes, max_bytes)
        }
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(max_bytes + 1)
                .read_to_end(&mut bytes)?;
            check_size(bytes, max_bytes)
        }
    }
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
    if let Some(offset) = bytes[..bytes.len().min(BINARY_SNIFF)]
        .iter()
        .position(|&b| b == 0)
    {
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
        assert_eq!(got[1].1, Ok(Input::Stdin));
    }
}
