//! The `claimcheck` command: parse arguments, run the pipeline, render, pick the exit status.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};

use claimcheck::input::{self, DEFAULT_MAX_BYTES};
use claimcheck::matcher::DEFAULT_MIN_CONFIDENCE;
use claimcheck::reporter::{self, Failure, TextOptions};
use claimcheck::{Outcome, analyze_inputs, retain_confident};

const EXAMPLES: &str = "\
Examples:
  claimcheck article.txt                     who claims what, and the contested points
  claimcheck --claims article.txt            ... and every claim found
  claimcheck --format json a.txt | jq '.articles[].conflicts'
  claimcheck --format jsonl news/            every *.txt below news/, one JSON line each
  cat article.txt | claimcheck -             read standard input
  claimcheck -q article.txt && echo clean    exit status only

Exit status: 0 no conflict reported, 1 at least one conflict reported, 2 an error.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A summary for people at a terminal.
    Text,
    /// One JSON document with every article.
    Json,
    /// One JSON object per article, one per line.
    Jsonl,
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
    /// Articles to check: files, directories (every *.txt below) or - for standard input.
    /// With no path, standard input is read when it is not a terminal.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,

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

    /// Print nothing; only set the exit status.
    #[arg(short, long)]
    quiet: bool,

    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

fn parse_confidence(s: &str) -> Result<f64, String> {
    let x: f64 = s.parse().map_err(|_| format!("`{s}` is not a number"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is not between 0 and 1"))
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
    let args = Args::parse();
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        if io::stdin().is_terminal() {
            eprintln!(
                "claimcheck: no input; give a PATH, or pipe an article to standard input (see --help)"
            );
            return ExitCode::from(2);
        }
        paths.push("-".to_string());
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let outcomes = analyze_inputs(input::expand(&paths), args.max_bytes, threads);

    let mut articles = Vec::new();
    let mut failures = Vec::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Article(mut a) => {
                retain_confident(&mut a, args.min_confidence);
                articles.push(a);
            }
            Outcome::Failed { path, error } => {
                eprintln!("claimcheck: {path}: {error}");
                failures.push(Failure { path, error });
            }
        }
    }
    let conflicts = articles.iter().any(|a| !a.conflicts.is_empty());
    let status = if !failures.is_empty() {
        2
    } else if conflicts {
        1
    } else {
        0
    };
    if !args.quiet
        && let Err(e) = render(&args, &articles, &failures)
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        eprintln!("claimcheck: cannot write output: {e}");
        return ExitCode::from(2);
    }
    ExitCode::from(status)
}

fn render(
    args: &Args,
    articles: &[claimcheck::model::Article],
    failures: &[Failure],
) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        Format::Json => reporter::write_json(&mut out, articles, failures)?,
        Format::Jsonl => {
            for a in articles {
                reporter::write_jsonl_article(&mut out, a)?;
            }
            for f in failures {
                reporter::write_jsonl_error(&mut out, f)?;
            }
        }
        Format::Text => {
            let options = TextOptions {
                color: use_color(args.color),
                claims: args.claims,
            };
            for (i, a) in articles.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                reporter::write_text(&mut out, a, options)?;
            }
        }
    }
    out.flush()
}
