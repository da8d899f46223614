//! Bad input and hostile text, through the real binary: every input below must give either a
//! report (valid JSON, exit 0 or 1) or one clear error line on stderr (exit 2), never a panic,
//! and nothing of the article may reach a terminal raw. Large inputs are built here rather than
//! kept as files; they must finish in linear time, but no test asserts a wall-clock time.

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use assert_cmd::Command;
use serde_json::Value;

mod common;
use common::{line_column, strip_sgr};

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

/// The binary with no colour-related environment.
fn claimcheck() -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("TERM");
    cmd
}

/// A fresh directory under Cargo's temporary directory for integration tests.
fn temp_dir() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "hostile-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `bytes` to a file `name` in a fresh directory and returns its path.
fn write(name: &str, bytes: impl AsRef<[u8]>) -> String {
    let path = temp_dir().join(name);
    fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !stderr.contains("panicked"),
        "claimcheck panicked:\n{stderr}"
    );
    Run {
        code: out.status.code().expect("exited normally, not by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr,
    }
}

/// `claimcheck --format json ARGS`: the report, parsed, and how the run ended.
fn json(args: &[&str]) -> (Value, Run) {
    let r = run(claimcheck().args(["--format", "json"]).args(args));
    let v: Value = serde_json::from_str(&r.stdout).expect("stdout is one JSON document");
    (v, r)
}

/// The report of one article that must be read without error.
fn report(path: &str) -> Value {
    let (v, r) = json(&[path]);
    assert!(
        r.code == 0 || r.code == 1,
        "exit {} for {path}: {}",
        r.code,
        r.stderr
    );
    assert!(r.stderr.is_empty(), "no diagnostics: {}", r.stderr);
    assert_eq!(v["articles"].as_array().unwrap().len(), 1);
    v["articles"][0].clone()
}

/// The one error of a run that must fail: exit 2, one `claimcheck: PATH: why` line, and the
/// same error in the JSON `errors`.
fn refused(args: &[&str], path: &str) -> String {
    let (v, r) = json(args);
    assert_eq!(r.code, 2, "exit status 2; stderr: {}", r.stderr);
    let prefix = format!("claimcheck: {path}: ");
    assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);
    assert!(r.stderr.starts_with(&prefix), "{:?}", r.stderr);
    assert_eq!(v["errors"][0]["path"], path);
    r.stderr[prefix.len()..].trim_end().to_string()
}

/// The paths of the articles of a JSON report, in order.
fn article_paths(report: &Value) -> Vec<&str> {
    report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect()
}

fn claims(article: &Value) -> &Vec<Value> {
    article["claims"].as_array().unwrap()
}

fn num(v: &Value) -> usize {
    v.as_u64().unwrap() as usize
}

/// Every claim slices `text` to its content, on char boundaries, with line and column (1-based,
/// lines end at \n, \r\n or a lone \r, columns count characters) agreeing with the offset.
fn assert_positions(article: &Value, text: &str) {
    for c in claims(article) {
        let (start, end) = (num(&c["content"]["start"]), num(&c["content"]["end"]));
        assert!(start <= end && end <= text.len(), "{start}..{end}");
        assert_eq!(text.get(start..end), c["content"]["text"].as_str());
        let (line, column) = line_column(text, start);
        assert_eq!(num(&c["content"]["line"]), line, "line of {start}");
        assert_eq!(num(&c["content"]["column"]), column, "column of {start}");
        for span in [&c["cue"], &c["speaker"]["mention"]] {
            if span.is_object() {
                let (s, e) = (num(&span["start"]), num(&span["end"]));
                assert!(s <= e && text.get(s..e).is_some(), "{s}..{e}");
            }
        }
    }
}

const ARTICLE: &str = "Council and union split over depot closure\n\n\
The council said on Monday that the bus depot would close in March.\n\n\
\"The depot will stay open,\" said Maria Lopez, a union official.\n";

// ---------------------------------------------------------------------------------------------
// Paths that cannot be read

#[test]
fn missing_path_is_an_error_naming_the_path() {
    let path = temp_dir().join("no-such-article.txt");
    let path = path.to_str().unwrap();
    assert_eq!(
        refused(&[path], path),
        "no such file or directory",
        "the reason, once"
    );
}

#[test]
fn directory_without_txt_files_is_an_error() {
    let dir = temp_dir();
    fs::write(dir.join("notes.rtf"), ARTICLE).unwrap();
    let dir = dir.to_str().unwrap();
    assert_eq!(
        refused(&[dir], dir),
        "directory holds no article files (*.txt, *.md, *.html, *.htm)"
    );
}

#[test]
fn unreadable_file_is_an_error_unless_running_as_root() {
    use std::os::unix::fs::PermissionsExt;
    let path = write("secret.txt", ARTICLE);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::File::open(&path).is_ok() {
        // Root (as in CI containers) reads any file whatever its mode: nothing to check.
        eprintln!("skipped: this process can read a mode-000 file (running as root)");
        return;
    }
    assert_eq!(refused(&[&path], &path), "permission denied");
}

#[test]
fn one_bad_input_among_many_loses_nothing_else() {
    let good = write("good.txt", ARTICLE);
    let missing = temp_dir().join("missing.txt");
    let missing = missing.to_str().unwrap();
    let (v, r) = json(&[missing, &good]);
    assert_eq!(r.code, 2, "an error sets exit status 2");
    assert_eq!(v["articles"].as_array().unwrap().len(), 1);
    assert_eq!(v["articles"][0]["path"], good.as_str());
    assert_eq!(v["errors"][0]["path"], missing);
}

#[test]
fn a_fifo_in_a_directory_is_reported_and_the_rest_is_read() {
    let dir = temp_dir();
    fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.join("C.TXT"), ARTICLE).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(dir.join("b.txt"))
        .status()
        .is_ok_and(|s| s.success());
    let d = dir.to_str().unwrap();
    let (v, r) = json(&[d]);
    let paths = article_paths(&v);
    assert_eq!(
        paths,
        [format!("{d}/C.TXT"), format!("{d}/a.txt")],
        "{}",
        r.stderr
    );
    if made {
        assert_eq!(r.code, 2);
        assert_eq!(
            r.stderr,
            format!("claimcheck: {d}/b.txt: not a regular file\n")
        );
    }
}

#[test]
fn hidden_folders_are_not_walked_and_an_unreadable_one_loses_nothing_else() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir();
    fs::create_dir_all(dir.join(".git")).unwrap();
    fs::write(dir.join(".git/HEAD.txt"), ARTICLE).unwrap();
    fs::create_dir_all(dir.join("locked")).unwrap();
    fs::write(dir.join("locked/x.txt"), ARTICLE).unwrap();
    fs::write(dir.join("z.txt"), ARTICLE).unwrap();
    fs::set_permissions(dir.join("locked"), fs::Permissions::from_mode(0o000)).unwrap();
    let locked = fs::read_dir(dir.join("locked")).is_err();
    let d = dir.to_str().unwrap();
    let (v, r) = json(&[d]);
    fs::set_permissions(dir.join("locked"), fs::Permissions::from_mode(0o755)).unwrap();
    let paths = article_paths(&v);
    assert!(paths.contains(&format!("{d}/z.txt").as_str()), "{paths:?}");
    assert!(!paths.iter().any(|p| p.contains(".git")), "{paths:?}");
    if locked {
        assert_eq!(r.code, 2);
        assert_eq!(
            r.stderr,
            format!("claimcheck: {d}/locked: permission denied\n")
        );
    }
}

#[test]
fn closed_or_repeated_standard_input_is_an_error() {
    let r = run(claimcheck().args(["-", "-"]).write_stdin(ARTICLE));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "claimcheck: -: standard input is named more than once\n"
    );
    // `<&-`: no file descriptor 0 at all.
    let out = std::process::Command::new("sh")
        .args(["-c", &format!("'{BIN}' - <&-")])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if std::path::Path::new("/dev/fd").is_dir() {
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert_eq!(
            stderr,
            "claimcheck: -: standard input is closed (or /dev/null): nothing to read\n"
        );
    }
}

#[test]
fn help_version_and_diagnostics_on_a_full_disk_fail_without_a_panic() {
    let Ok(full) = fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // no /dev/full here
    };
    for arg in ["--help", "--version"] {
        let out = std::process::Command::new(BIN)
            .arg(arg)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{arg}: {out:?}");
    }
    let missing = temp_dir().join("missing.txt");
    let out = std::process::Command::new(BIN)
        .arg(&missing)
        .stderr(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

// ---------------------------------------------------------------------------------------------
// Bytes that are not UTF-8 text

#[test]
fn binary_file_is_refused_with_the_offset_of_its_nul_byte() {
    let mut bytes = b"\x7fELF\x02\x01\x01".to_vec();
    bytes.extend_from_slice(&[0; 64]);
    let path = write("program.txt", &bytes);
    let why = refused(&[&path], &path);
    assert!(
        why.contains("binary") && why.contains("byte offset 7"),
        "{why}"
    );
}

#[test]
fn utf16_is_named_with_the_conversion_to_make() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Minister says talks go on".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let path = write("utf16.txt", &bytes);
    let why = refused(&[&path], &path);
    assert!(
        why.starts_with("UTF-16 text") && why.contains("iconv -f UTF-16"),
        "{why}"
    );
}

#[test]
fn a_device_is_refused_on_its_first_bytes_not_read_to_the_limit() {
    let r = run(claimcheck().args(["--max-bytes", "100000000000", "/dev/zero"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("claimcheck: /dev/zero: looks like a binary file"),
        "{}",
        r.stderr
    );
}

#[test]
fn invalid_utf8_is_refused_with_its_byte_offset() {
    // "café" in Windows-1252: the é is byte 0xE9, at offset 16.
    let path = write("latin1.txt", b"Bob said the caf\xe9 was shut.\n".as_slice());
    let why = refused(&[&path], &path);
    assert!(why.starts_with("invalid UTF-8 at byte offset 16;"), "{why}");
    // A sequence cut short by the end of the file.
    let path = write("truncated.txt", b"Bob said \xe2\x80".as_slice());
    let why = refused(&[&path], &path);
    assert!(why.starts_with("invalid UTF-8 at byte offset 9;"), "{why}");
}

#[test]
fn invalid_utf8_on_standard_input_is_refused_as_dash() {
    let r = run(claimcheck()
        .args(["--format", "json", "-"])
        .write_stdin(b"ok \xff".as_slice()));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("claimcheck: -: invalid UTF-8 at byte offset 3;"),
        "{}",
        r.stderr
    );
}

#[test]
fn utf8_bom_is_kept_in_offsets_and_left_out_of_the_title() {
    let text = format!("\u{FEFF}{ARTICLE}");
    let a = report(&write("bom.txt", &text));
    assert_eq!(a["title"], "Council and union split over depot closure");
    assert!(!claims(&a).is_empty());
    assert_positions(&a, &text);
}

#[test]
fn crlf_and_lone_cr_line_endings_give_right_lines_and_columns() {
    let lf = report(&write("lf.txt", ARTICLE));
    for ending in ["\r\n", "\r"] {
        let text = ARTICLE.replace('\n', ending);
        let a = report(&write("endings.txt", &text));
        assert_positions(&a, &text);
        let place = |a: &Value| -> Vec<(Value, Value)> {
            claims(a)
                .iter()
                .map(|c| (c["content"]["line"].clone(), c["content"]["column"].clone()))
                .collect()
        };
        assert_eq!(place(&a), place(&lf), "same lines and columns as with \\n");
    }
}

#[test]
fn empty_and_whitespace_only_files_give_an_empty_report() {
    for text in ["", " \n\t\r\n \u{3000}\u{A0}\n\r\r"] {
        let a = report(&write("blank.txt", text));
        assert!(claims(&a).is_empty());
        assert!(a["title"].is_null());
    }
}

// ---------------------------------------------------------------------------------------------
// Size

#[test]
fn file_over_max_bytes_is_refused_before_it_is_read() {
    let path = write("big.txt", ARTICLE.repeat(10));
    let size = ARTICLE.len() * 10;
    let why = refused(&["--max-bytes", "100", &path], &path);
    assert_eq!(
        why,
        format!("input is {size} bytes, over the limit of 100 bytes (raise it with --max-bytes)")
    );
    // At the limit is fine.
    let (_, r) = json(&["--max-bytes", &size.to_string(), &path]);
    assert_ne!(r.code, 2, "{}", r.stderr);
}

#[test]
fn standard_input_over_max_bytes_is_refused() {
    let r = run(claimcheck()
        .args(["--format", "json", "--max-bytes", "10", "-"])
        .write_stdin(ARTICLE));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.starts_with("claimcheck: -: input is "),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("over the limit of 10 bytes"),
        "{}",
        r.stderr
    );
}

#[test]
fn ten_megabyte_single_line() {
    // Mostly narration, with a claim now and then, and no line break after the headline.
    let narration = "The port, which handles grain, timber and fertiliser from the farms of \
                     the north and the forests of the east, was busy on Monday morning, with \
                     ships queuing in the bay, trucks lined up along the coast road, and \
                     traders waiting at the gates of the terminal for their cargo to clear \
                     customs; ";
    let claim = "officials said \"the cranes are working\" while the union said they were not. ";
    let mut text = String::from("Port dispute\n\n");
    while text.len() < 10_000_000 {
        for _ in 0..3 {
            text.push_str(narration);
        }
        text.push_str(claim);
    }
    let a = report(&write("one-line.txt", &text));
    assert!(
        claims(&a).len() > 1000,
        "the claims along the line are found"
    );
    let last = claims(&a).last().unwrap();
    assert_eq!(num(&last["content"]["line"]), 3);
    let start = num(&last["content"]["start"]);
    assert_eq!(
        num(&last["content"]["column"]),
        text[text.rfind('\n').unwrap() + 1..start].chars().count() + 1
    );
}

// ---------------------------------------------------------------------------------------------
// Quotation marks

#[test]
fn a_hundred_thousand_unbalanced_quotation_marks() {
    for text in [
        "\"".repeat(100_000),
        "“".repeat(100_000),
        "”".repeat(100_000),
        "«".repeat(50_000) + &"»".repeat(50_000),
        " \"a".repeat(100_000),
        "Ann said \"".repeat(100_000),
    ] {
        let a = report(&write("quotes.txt", &text));
        assert_positions(&a, &text);
    }
}

#[test]
fn quotations_nested_ten_deep() {
    let mut inner = String::from("the plan failed");
    for (i, (open, close)) in [("“", "”"), ("‘", "’"), ("\"", "\""), ("'", "'"), ("«", "»")]
        .iter()
        .cycle()
        .take(10)
        .enumerate()
    {
        inner = format!("{open}Speaker {i} said {inner}{close}");
    }
    let text = format!("Nested quotes\n\nAnn Lee said {inner} on Friday.\n");
    let a = report(&write("nested.txt", &text));
    assert!(!claims(&a).is_empty());
    assert_positions(&a, &text);
}

// ---------------------------------------------------------------------------------------------
// Characters a terminal would act on, and characters wider or narrower than they look

/// An article whose title, speaker and quotation carry terminal escapes, bidi overrides,
/// zero-width and other control characters, and a file name that does too.
fn hostile_article() -> (String, String) {
    let text = "Mayor \u{1b}]0;owned\u{7}resigns\u{202E}\n\n\
                \"The bridge\u{200B} is \u{1b}[2Jsafe\u{2066} and \u{1b}[31mopen\u{7}\u{8}\u{7f}\u{85},\" \
                said Ann\u{202D} Lee\u{E0041}, the mayor.\n\n\
                \"The bridge is not safe,\" said Tom Ray, an engineer.\n";
    let path = write("bridge\u{1b}[7m\u{202E}.txt", text);
    (path, text.to_string())
}

/// Characters that must never reach a terminal raw from an article.
fn is_raw_hostile(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{E0041}')
}

#[test]
fn control_and_bidi_characters_are_escaped_in_text_output() {
    let (path, _) = hostile_article();
    for color in ["never", "always"] {
        let r = run(claimcheck().args(["--claims", "--color", color, &path]));
        assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
        assert!(r.stdout.contains("The bridge\\u{200B} is"), "{}", r.stdout);
        assert!(
            r.stdout.contains("\\u{001B}[2Jsafe\\u{2066}"),
            "{}",
            r.stdout
        );
        assert!(r.stdout.contains("Ann\\u{202D} Lee"), "{}", r.stdout);
        // What colour adds is only claimcheck's own SGR codes; the article adds no raw byte.
        let rest = strip_sgr(&r.stdout);
        if color == "never" {
            assert_eq!(rest, r.stdout, "no escape sequence without colour");
        }
        let raw: Vec<char> = rest.chars().filter(|&c| is_raw_hostile(c)).collect();
        assert!(raw.is_empty(), "raw {raw:?} in:\n{}", r.stdout);
    }
}

#[test]
fn control_and_bidi_characters_stay_exact_in_json() {
    let (path, text) = hostile_article();
    let a = report(&path);
    assert_positions(&a, &text);
    let names: Vec<&str> = a["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Ann\u{202D} Lee\u{E0041}") || names.contains(&"Ann\u{202D} Lee"));
    assert!(
        claims(&a)
            .iter()
            .any(|c| c["content"]["text"].as_str().unwrap().contains("\u{1b}[2J")),
        "JSON keeps the text as it is (escaped by JSON itself)"
    );
}

#[test]
fn emoji_and_combining_characters_count_one_column_each() {
    // 👩‍👩‍👧 is five chars (three emoji and two joiners); é́ is three (e + two combining).
    let text = "Emoji test\n\n👩\u{200D}👩\u{200D}👧 e\u{301}\u{301} 🎉. \
                \"The school will open,\" said Ann Lee.\n\n\
                \"The school will not open,\" said Tom Ray.\n";
    let a = report(&write("emoji.txt", text));
    assert_positions(&a, text);
    let first = claims(&a)
        .iter()
        .find(|c| c["content"]["text"] == "The school will open")
        .expect("the first quotation is a claim");
    assert_eq!(first["content"]["line"], 3);
    assert_eq!(
        first["content"]["column"], 15,
        "5 + 1 + 3 + 1 + 1 + 1 + 1 + the quote mark, then the quotation"
    );
}

// ---------------------------------------------------------------------------------------------
// Sheer size of what is found

#[test]
fn speaker_name_of_ten_thousand_characters() {
    let long_word = "A".repeat(10_000);
    let many_words = vec!["Zed"; 2_500].join(" ");
    for name in [long_word, many_words] {
        let text = format!(
            "Long name\n\n\"The vote was fair,\" said {name}.\n\n{name} said the count was over.\n"
        );
        let a = report(&write("name.txt", &text));
        assert_positions(&a, &text);
        let r = run(claimcheck().args(["--claims", &write("name.txt", &text)]));
        assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    }
}

/// A made-up word for `n`, in letters only: every claim below has a topic of its own.
fn word(n: usize) -> String {
    let mut n = n;
    let mut w = String::new();
    for _ in 0..4 {
        w.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    w
}

#[test]
fn article_with_ten_thousand_claims() {
    // Five thousand pairs: one speaker says a thing happened, another that it never did.
    let mut text = String::from("Ten thousand claims\n\n");
    for k in 0..5_000 {
        let (thing, act) = (word(k), word(k + 100_000));
        text.push_str(&format!(
            "\"Zo{thing} {act}ed,\" said Ann Lee.\n\n\"Zo{thing} never {act}ed,\" said Tom Ray.\n\n"
        ));
    }
    let a = report(&write("many.txt", &text));
    assert_eq!(claims(&a).len(), 10_000);
    assert_positions(&a, &text);
    let r = run(claimcheck().args(["--claims", "--color", "always", &write("many.txt", &text)]));
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
}

#[test]
fn a_sentence_ending_on_in_is_read_without_a_panic() {
    // Found by the properties test: "In" as a sentence's last word was read as the opening
    // of "In a poll …, …" and the word after it looked up past the end.
    let path = write("trailing-in.txt", "\",\" said said\nIn \r\n");
    // (`report` fails on a panic, an error entry or anything but one article.)
    let article = report(&path);
    assert_positions(&article, "\",\" said said\nIn \r\n");
}
