//! The `claimcheck` command: parse arguments, run the pipeline, render, pick the exit status.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, Parser, ValueEnum};

use claimcheck::check::{self, Expectation};
use claimcheck::input::{self, DEFAULT_MAX_BYTES};
use claimcheck::matcher::DEFAULT_MIN_CONFIDENCE;
use claimcheck::model::Article;
use claimcheck::reporter::{self, Emitter, Failure, escape};
use claimcheck::{Outcome, analyze_inputs, analyze_inputs_then, retain_confident};

/// Writes a diagnostic to stderr. A diagnostic that cannot be written (stderr closed, or on
/// a full disk) is lost, but never ends the run in a panic as `eprintln!` would.
macro_rules! diag {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}

const EXAMPLES: &str = "\
Examples:
  claimcheck article.txt                     who claims what, and the contested points
  claimcheck --claims article.txt            ... and every claim found
  claimcheck --format json a.txt | jq '.articles[].conflicts'
  claimcheck --format jsonl news/            every article file below news/, one JSON line each
  cat article.txt | claimcheck -             read standard input
  claimcheck -q article.txt && echo clean    exit status only
  claimcheck --bless data/fixtures/          write a.expect.json beside each a.txt (then git diff)
  claimcheck --check data/fixtures/          fail when a report no longer meets its a.expect.json
  claimcheck --format github articles/       annotations for a GitHub Actions job
  claimcheck --across reports/               one story told by several articles, cross-referenced
  claimcheck --generate zsh > _claimcheck    shell completions (bash, zsh, fish) or a man page (man)

Exit status: 0 no conflict reported, 1 at least one conflict reported, 2 an error.
With --check: 0 every article with a sidecar meets it, 1 some article does not, 2 an error
(no sidecar found at all is one, unless --allow-missing).
With --bless: 0 sidecars written, 2 an error.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// Each input is one article.
    Text,
    /// Each line of each input is one article, {"id", "title", "text"}; the results are JSON
    /// Lines, one per input line, with its id and other fields.
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Generate {
    /// Completions for bash.
    Bash,
    /// Completions for zsh.
    Zsh,
    /// Completions for fish.
    Fish,
    /// A man page in roff.
    Man,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// Reports who claims what in news articles, and where their sources contradict each other.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about, after_help = EXAMPLES)]
struct Args {
    /// Articles to check: files, directories (every .txt, .md, .html, .htm below) or - for
    /// standard input.
    /// With no path, standard input is read when it is not a terminal.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,

    /// Output format.
    #[arg(long, default_value = reporter::FORMATS[0].name, value_parser = format_parser())]
    format: &'static reporter::Format,

    /// Input format: `jsonl` reads a news archive, one article a line (see README).
    #[arg(long, value_enum, default_value_t = InputFormat::Text, value_name = "FORMAT")]
    input_format: InputFormat,

    /// Report only conflicts at least this confident (0 to 1).
    #[arg(long, value_name = "X", default_value_t = DEFAULT_MIN_CONFIDENCE, value_parser = parse_confidence)]
    min_confidence: f64,

    /// When to colour the text output: auto colours only on a terminal, and never when
    /// NO_COLOR is set or TERM=dumb.
    #[arg(long, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    color: Color,

    /// List every claim in the text output as well.
    #[arg(long)]
    claims: bool,

    /// Show claim text whole in the text output, not cut to fit a line.
    #[arg(long)]
    full: bool,

    /// In directories, read the files that match GLOB (instead of .txt, .md, .html, .htm); may
    /// be repeated.
    /// Hidden files and what .gitignore excludes are always left out.
    #[arg(long, value_name = "GLOB")]
    glob: Vec<String>,

    /// In directories, leave out the files and folders that match GLOB; may be repeated.
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,

    /// Read more paths from FILE, one a line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    files_from: Option<String>,

    /// Print nothing; only set the exit status.
    #[arg(short, long)]
    quiet: bool,

    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,

    /// Compare each article a.txt that has a sidecar a.expect.json with what the sidecar
    /// expects (docs/expectations.md); print ok or FAILED per article, then
    /// "N passed, N failed". Articles without a sidecar are skipped; when no article has
    /// one, that is an error (a CI job pointed at the wrong folder), unless --allow-missing.
    #[arg(long, conflicts_with = "bless")]
    check: bool,

    /// With --check: finding no sidecar at all is not an error (exit 0).
    #[arg(long, requires = "check")]
    allow_missing: bool,

    /// Write each article's sidecar a.expect.json from the current report, keeping entries
    /// and settings of an existing sidecar that still hold; review the change with git diff.
    /// A new sidecar lists the conflicts and allows any claims, unless --bless-claims.
    #[arg(long)]
    bless: bool,

    /// With --bless: a new sidecar lists every claim as well, so that --check fails when a
    /// claim is no longer found.
    #[arg(long, requires = "bless")]
    bless_claims: bool,

    /// Read the inputs as reports of one story: merge their sources, keep a statement that
    /// several articles carry as one, and report conflicts within and across articles.
    #[arg(long)]
    across: bool,

    /// Print shell completions or a man page to standard output, and do nothing else.
    #[arg(long, value_enum, value_name = "WHAT", conflicts_with_all = ["paths", "check", "bless"])]
    generate: Option<Generate>,
}

/// claimcheck allocates many small strings and vectors per article; mimalloc handles that
/// pattern about a fifth faster than the system allocator (see README, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn parse_confidence(s: &str) -> Result<f64, String> {
    let x: f64 = s.parse().map_err(|_| format!("`{s}` is not a number"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is not between 0 and 1"))
    }
}

/// The values of `--format`, from the library's list of formats.
fn format_parser() -> impl TypedValueParser<Value = &'static reporter::Format> {
    let names = reporter::FORMATS
        .iter()
        .map(|f| PossibleValue::new(f.name).help(f.help));
    PossibleValuesParser::new(names).map(|name| reporter::format(&name).expect("a listed format"))
}

/// What the emitters need from the command line.
fn emit_options(args: &Args, many: bool) -> reporter::EmitOptions {
    reporter::EmitOptions {
        color: use_color(args.color),
        claims: args.claims,
        full: args.full,
        many,
    }
}

fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            // --help and --version are output like any other: one that cannot be written
            // (a full disk) is an error, not a silent success.
            let status = u8::try_from(e.exit_code()).unwrap_or(2);
            return match (e.print(), e.use_stderr()) {
                (Err(_), false) => ExitCode::from(2),
                _ => ExitCode::from(status),
            };
        }
    };
    if let Some(what) = args.generate {
        return finish(generate(what), 0);
    }
    let mut paths = args.paths.clone();
    if let Some(list) = &args.files_from {
        match read_list(list) {
            Ok(more) => paths.extend(more),
            Err(e) => {
                diag!("claimcheck: {}: {}", escape(list), escape(&e.to_string()));
                return ExitCode::from(2);
            }
        }
    }
    if args.check || args.bless {
        return sidecars(&args, &paths);
    }
    if args.input_format == InputFormat::Jsonl {
        return records(&args, paths);
    }
    if args.across {
        return across(&args, &paths);
    }
    if paths.is_empty() {
        if io::stdin().is_terminal() {
            diag!(
                "claimcheck: no input; give a PATH, or pipe an article to standard input (see --help)"
            );
            return ExitCode::from(2);
        }
        paths.push("-".to_string());
    }
    let inputs = input::expand_with(&paths, &walk_of(&args));
    let stdout = io::stdout();
    let many = inputs.len() > 1;
    let mut out = Output {
        emitter: (!args.quiet).then(|| (args.format.emitter)(emit_options(&args, many))),
        // Many reports to a pipe: the reader is woken once a buffer, not about once a report.
        out: io::BufWriter::with_capacity(1 << 16, stdout.lock()),
        written: Ok(()),
        conflicts: false,
        failures: Vec::new(),
    };
    let threads = threads(inputs.len());
    let (render, options) = (args.format.render, emit_options(&args, many));
    // Each report is rendered on the thread that analyzed its article; this thread only
    // writes the reports in order.
    let done = |outcome| match outcome {
        Outcome::Article(mut a) => {
            retain_confident(&mut a, args.min_confidence);
            let report = (!args.quiet).then(|| render(&a, options));
            Done::Article {
                conflicts: !a.conflicts.is_empty(),
                report,
            }
        }
        Outcome::Failed { path, error } => Done::Failed(Failure { path, error }),
    };
    analyze_inputs_then(inputs, args.max_bytes, threads, done, |done| match done {
        Done::Article { conflicts, report } => {
            out.conflicts |= conflicts;
            if let Some(report) = report {
                out.write(|emitter, w| emitter.rendered(w, &report?));
            }
        }
        Done::Failed(failure) => {
            diag!(
                "claimcheck: {}: {}",
                escape(&failure.path),
                escape(&failure.error)
            );
            out.failures.push(failure);
        }
    });
    let status = if !out.failures.is_empty() {
        2
    } else if out.conflicts {
        1
    } else {
        0
    };
    let failures = std::mem::take(&mut out.failures);
    out.write(|emitter, w| emitter.finish(w, &failures));
    let Output {
        out: mut w,
        written,
        ..
    } = out;
    finish(written.and_then(|()| w.flush()), status)
}

/// An input as the workers hand it on: whether its article has a conflict and its report
/// (none with --quiet), or why it failed.
enum Done {
    Article {
        conflicts: bool,
        report: Option<io::Result<reporter::Rendered>>,
    },
    Failed(Failure),
}

/// Where reports go as the articles come: the emitter (none with --quiet), stdout, and what
/// the exit status needs.
struct Output<'a> {
    emitter: Option<Box<dyn Emitter>>,
    out: io::BufWriter<io::StdoutLock<'a>>,
    /// The first write error; once there is one, nothing more is written (a closed pipe).
    written: io::Result<()>,
    conflicts: bool,
    failures: Vec<Failure>,
}

impl Output<'_> {
    fn write(&mut self, f: impl FnOnce(&mut dyn Emitter, &mut dyn Write) -> io::Result<()>) {
        if let (Ok(()), Some(emitter)) = (&self.written, &mut self.emitter) {
            self.written = f(emitter.as_mut(), &mut self.out);
        }
    }
}

/// `--input-format jsonl`: each line of each input is an article; one result line each, in
/// order.
fn records(args: &Args, mut paths: Vec<String>) -> ExitCode {
    if !matches!(args.format.name, "text" | "jsonl") || args.check || args.bless {
        diag!("claimcheck: --input-format jsonl writes JSON Lines (--format jsonl)");
        return ExitCode::from(2);
    }
    if paths.is_empty() {
        paths.push("-".to_string());
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let (mut errors, mut conflicts) = (0usize, false);
    let mut written: io::Result<()> = Ok(());
    for (path, input) in input::expand_with(&paths, &walk_of(args)) {
        let reader: Box<dyn io::BufRead> = match input {
            Ok(input::Input::Stdin) => Box::new(io::stdin().lock()),
            Ok(input::Input::File(f)) => match std::fs::File::open(&f) {
                Ok(file) => Box::new(io::BufReader::new(file)),
                Err(e) => {
                    diag!(
                        "claimcheck: {}: {}",
                        escape(&path),
                        input::InputError::from(e)
                    );
                    errors += 1;
                    continue;
                }
            },
            Err(e) => {
                diag!("claimcheck: {}: {e}", escape(&path));
                errors += 1;
                continue;
            }
        };
        for (n, line) in io::BufRead::lines(reader).enumerate() {
            if written.is_err() {
                break;
            }
            let at = format!("{path}:{}", n + 1);
            // A record, nothing (a blank line), or the error and whatever id the line has.
            let result: Result<Option<claimcheck::records::Record>, (serde_json::Value, String)> =
                match line {
                    Err(e) => Err((serde_json::Value::Null, e.to_string().to_lowercase())),
                    Ok(line) if line.len() as u64 > args.max_bytes => Err((
                        serde_json::Value::Null,
                        format!("line over the limit of {} bytes", args.max_bytes),
                    )),
                    Ok(line) if line.trim().is_empty() => Ok(None),
                    Ok(line) => claimcheck::records::parse(&line)
                        .map(Some)
                        .map_err(|e| (claimcheck::records::id_of(&line), e)),
                };
            written = match result {
                Ok(None) => Ok(()),
                Ok(Some(record)) => {
                    let mut article =
                        claimcheck::analyze_titled(&at, &record.text, record.title.as_deref());
                    retain_confident(&mut article, args.min_confidence);
                    conflicts |= !article.conflicts.is_empty();
                    if args.quiet {
                        Ok(())
                    } else {
                        reporter::write_jsonl_record(&mut out, &record.id, &record.extra, &article)
                    }
                }
                Err((id, why)) => {
                    diag!("claimcheck: {}: {}", escape(&at), escape(&why));
                    errors += 1;
                    if args.quiet {
                        Ok(())
                    } else {
                        let line = serde_json::json!({ "id": id, "path": at, "error": why });
                        writeln!(out, "{line}")
                    }
                }
            };
        }
    }
    let status = if errors > 0 {
        2
    } else if conflicts {
        1
    } else {
        0
    };
    finish(written.and_then(|()| out.flush()), status)
}

/// How directories are walked, from `--glob` and `--exclude`.
fn walk_of(args: &Args) -> input::Walk {
    input::Walk {
        globs: args.glob.clone(),
        excludes: args.exclude.clone(),
    }
}

/// The paths listed in `list` (`-`: standard input), one a line; blank lines are skipped.
fn read_list(list: &str) -> io::Result<Vec<String>> {
    let text = if list == "-" {
        io::read_to_string(io::stdin())?
    } else {
        std::fs::read_to_string(list)?
    };
    Ok(text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect())
}

/// Threads for `inputs` inputs: one a core, and one for a single input without asking how
/// many cores there are (asking reads the cgroup files: 50 to 100 µs of a 3 ms run).
fn threads(inputs: usize) -> usize {
    if inputs < 2 {
        return 1;
    }
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The exit status once output is written: `status`, or 2 if writing failed other than by a
/// closed pipe.
fn finish(written: io::Result<()>, status: u8) -> ExitCode {
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            diag!("claimcheck: cannot write output: {e}");
            ExitCode::from(2)
        }
        _ => ExitCode::from(status),
    }
}

fn generate(what: Generate) -> io::Result<()> {
    let mut cmd = Args::command();
    let mut buf = Vec::new();
    let shell = match what {
        Generate::Bash => clap_complete::Shell::Bash,
        Generate::Zsh => clap_complete::Shell::Zsh,
        Generate::Fish => clap_complete::Shell::Fish,
        Generate::Man => {
            clap_mangen::Man::new(cmd).render(&mut buf)?;
            return io::stdout().lock().write_all(&buf);
        }
    };
    clap_complete::generate(shell, &mut cmd, "claimcheck", &mut buf);
    io::stdout().lock().write_all(&buf)
}

/// `--check` and `--bless` inputs: each article with its sidecar's expectation, if it has
/// one; how many articles were left out for having none; how many inputs failed.
struct Sidecars {
    articles: Vec<(Article, Option<Expectation>)>,
    skipped: usize,
    /// Inputs and sidecars that could not be read, as reported on stderr.
    errors: Vec<Failure>,
}

/// Reads the sidecars, and analyzes the articles that have one (for `--bless`, all articles).
fn read_sidecars(args: &Args, paths: &[String]) -> Sidecars {
    let mut skipped = 0;
    let mut errors: Vec<Failure> = Vec::new();
    let mut fail = |path: String, error: String| {
        diag!("claimcheck: {}: {}", escape(&path), escape(&error));
        errors.push(Failure { path, error });
    };
    let mut inputs = Vec::new();
    let mut expectations = Vec::new();
    for (path, input) in input::expand_with(paths, &walk_of(args)) {
        if matches!(input, Ok(input::Input::Stdin)) {
            fail(path, "standard input has no sidecar".into());
            continue;
        }
        let sidecar = check::sidecar_path(Path::new(&path));
        match check::load(&sidecar) {
            Ok(None) if args.check && input.is_ok() => skipped += 1,
            Ok(expectation) => {
                inputs.push((path, input));
                expectations.push(expectation);
            }
            Err(e) => fail(sidecar.to_string_lossy().into_owned(), e.to_string()),
        }
    }
    let mut articles = Vec::new();
    let mut expectations = expectations.into_iter();
    let threads = threads(inputs.len());
    analyze_inputs(inputs, args.max_bytes, threads, |outcome| {
        let expectation = expectations.next().expect("an expectation per input");
        match outcome {
            Outcome::Article(mut a) => {
                retain_confident(&mut a, args.min_confidence);
                articles.push((a, expectation));
            }
            Outcome::Failed { path, error } => fail(path, error),
        }
    });
    Sidecars {
        articles,
        skipped,
        errors,
    }
}

/// `--check` and `--bless`.
fn sidecars(args: &Args, paths: &[String]) -> ExitCode {
    let mode = if args.bless { "--bless" } else { "--check" };
    // --bless writes only its summary, in text; --check takes the formats that say how.
    let takes = if args.check {
        args.format.check.is_some()
    } else {
        args.format.name == "text"
    };
    if !takes {
        let format = args.format.name;
        diag!("claimcheck: {mode} does not take --format {format}");
        return ExitCode::from(2);
    }
    if paths.is_empty() {
        diag!("claimcheck: {mode} needs a PATH (see --help)");
        return ExitCode::from(2);
    }
    if args.across {
        return story_sidecar(args, paths);
    }
    let found = read_sidecars(args, paths);
    if args.bless {
        bless(args, found)
    } else {
        check(args, found)
    }
}

fn bless(args: &Args, found: Sidecars) -> ExitCode {
    let (mut written, mut unchanged, mut errors) = (0, 0, found.errors.len());
    for (article, previous) in &found.articles {
        let sidecar = check::sidecar_path(Path::new(&article.path));
        match check::store(
            &sidecar,
            &check::bless_with(article, previous.as_ref(), args.bless_claims),
        ) {
            Ok(true) => written += 1,
            Ok(false) => unchanged += 1,
            Err(e) => {
                diag!(
                    "claimcheck: {}: {}",
                    escape(&sidecar.to_string_lossy()),
                    escape(&e.to_string())
                );
                errors += 1;
            }
        }
    }
    let status = if errors > 0 { 2 } else { 0 };
    if args.quiet {
        return ExitCode::from(status);
    }
    let summary = writeln!(io::stdout(), "{written} written, {unchanged} unchanged");
    finish(summary, status)
}

fn check(args: &Args, found: Sidecars) -> ExitCode {
    let none = Expectation::default();
    let results: Vec<(&str, check::Comparison)> = found
        .articles
        .iter()
        .map(|(a, e)| {
            (
                a.path.as_str(),
                check::compare(a, e.as_ref().unwrap_or(&none)),
            )
        })
        .collect();
    let failed = results.iter().filter(|(_, c)| !c.passed()).count();
    let none_found = results.is_empty() && found.errors.is_empty();
    if none_found {
        diag!("claimcheck: no article has a sidecar; write them with --bless");
    }
    let status = if !found.errors.is_empty() || none_found && !args.allow_missing {
        2
    } else if failed > 0 {
        1
    } else {
        0
    };
    if args.quiet {
        return ExitCode::from(status);
    }
    let style = result_style(args.format);
    let write = || -> io::Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        // In a pull request only annotations show: an input or sidecar that could not be
        // read must be one too.
        if style == reporter::ResultStyle::Github {
            reporter::actions::write_failures(&mut out, &found.errors)?;
        }
        for (path, comparison) in &results {
            check::write_result(&mut out, path, comparison, style)?;
        }
        let summary = check::Summary {
            passed: results.len() - failed,
            failed,
            errors: found.errors.len(),
            skipped: found.skipped,
        };
        check::write_summary(&mut out, &summary)?;
        out.flush()
    };
    finish(write(), status)
}

/// `--across`: the inputs as one story, each article's report and then the story's.
fn across(args: &Args, paths: &[String]) -> ExitCode {
    if paths.is_empty() {
        diag!("claimcheck: --across needs the story's articles (files, directories or -)");
        return ExitCode::from(2);
    }
    let inputs = input::expand_with(paths, &walk_of(args));
    let threads = threads(inputs.len());
    let run = claimcheck::analyze_story(inputs, args.max_bytes, threads, args.min_confidence);
    let failures: Vec<Failure> = run
        .failures
        .into_iter()
        .map(|(path, error)| {
            diag!("claimcheck: {}: {}", escape(&path), escape(&error));
            Failure { path, error }
        })
        .collect();
    let status = if !failures.is_empty() {
        2
    } else if !run.story.conflicts.is_empty() {
        1
    } else {
        0
    };
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    let (articles, story) = (&run.articles, &run.story);
    let written = if args.quiet {
        Ok(())
    } else {
        let mut emitter = (args.format.emitter)(emit_options(args, false));
        emitter.story(&mut w, articles, story, &failures)
    };
    finish(written.and_then(|()| w.flush()), status)
}

/// `--across` with `--check` or `--bless`: the story's one sidecar, `story.expect.json`
/// ([`check::story_sidecar_path`]), holds what its report must contain.
fn story_sidecar(args: &Args, paths: &[String]) -> ExitCode {
    let sidecar = check::story_sidecar_path(paths);
    let shown = sidecar.display().to_string();
    let previous = match check::load(&sidecar) {
        Ok(p) => p,
        Err(e) => {
            diag!("claimcheck: {}: {}", escape(&shown), escape(&e.to_string()));
            return ExitCode::from(2);
        }
    };
    if args.check && previous.is_none() {
        if args.allow_missing {
            return ExitCode::SUCCESS;
        }
        diag!(
            "claimcheck: {}: no story sidecar; write it with --across --bless",
            escape(&shown)
        );
        return ExitCode::from(2);
    }
    let inputs = input::expand_with(paths, &walk_of(args));
    let threads = threads(inputs.len());
    let run = claimcheck::analyze_story(inputs, args.max_bytes, threads, args.min_confidence);
    for (path, error) in &run.failures {
        diag!("claimcheck: {}: {}", escape(path), escape(error));
    }
    let errors = run.failures.len();
    let joined = &run.story.joined;
    if args.bless {
        let written = check::store(
            &sidecar,
            &check::bless_with(joined, previous.as_ref(), args.bless_claims),
        );
        let (summary, status) = match written {
            Ok(true) => ("1 written, 0 unchanged", 0),
            Ok(false) => ("0 written, 1 unchanged", 0),
            Err(e) => {
                diag!("claimcheck: {}: {}", escape(&shown), escape(&e.to_string()));
                ("0 written, 0 unchanged", 2)
            }
        };
        let status = if errors > 0 { 2 } else { status };
        if args.quiet {
            return ExitCode::from(status);
        }
        return finish(writeln!(io::stdout(), "{summary}"), status);
    }
    let comparison = check::compare(joined, previous.as_ref().unwrap_or(&Expectation::default()));
    let passed = comparison.passed();
    let status = if errors > 0 {
        2
    } else if passed {
        0
    } else {
        1
    };
    if args.quiet {
        return ExitCode::from(status);
    }
    let style = result_style(args.format);
    // A line and column of the joined story is the place of its claim in its article.
    let locate = |line: usize, column: usize| {
        joined
            .claims
            .iter()
            .find(|c| c.content.line == line && c.content.column == column)
            .and_then(|c| run.story.place(&c.id))
            .and_then(|p| {
                let a = &run.articles[p.article];
                let c = a.claim(&p.claim)?;
                Some((a.path.clone(), c.content.line, c.content.column))
            })
            .unwrap_or((shown.clone(), line, column))
    };
    let write = || -> io::Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        let story = format!("story of {}", paths.join(" "));
        check::write_result_located(&mut out, &story, &sidecar, &comparison, style, &locate)?;
        let summary = check::Summary {
            passed: usize::from(passed),
            failed: usize::from(!passed),
            errors,
            skipped: 0,
        };
        check::write_summary(&mut out, &summary)?;
        out.flush()
    };
    finish(write(), status)
}

/// How `--check` results are written in the format asked for (`sidecars` refused the others).
fn result_style(format: &reporter::Format) -> reporter::ResultStyle {
    format.check.unwrap_or_default()
}
