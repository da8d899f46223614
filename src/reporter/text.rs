//! The human report: a header per article, then each contested point with both sides, where
//! they are in the text, the confidence and the reason.

use std::io::{self, Write};

use super::escape::{escape, is_plain, push_escaped};
use super::{EmitOptions, Emitter, Failure, Format, Rendered, ResultStyle, points};
use crate::model::{Article, Claim, Source};
use crate::story::Story;

/// `--format text`.
pub const FORMAT: Format = Format {
    name: "text",
    help: "A summary for people at a terminal",
    emitter: TextEmitter::boxed,
    render: |article, options| render(article, TextOptions::of(options)),
    check: Some(ResultStyle::Plain),
};

fn render(article: &Article, options: TextOptions) -> io::Result<Rendered> {
    let points = points(article);
    let mut bytes = Vec::with_capacity(1024);
    write_text_of(&mut bytes, article, &points, options)?;
    Ok(Rendered {
        bytes,
        brief: options.brief && article.conflicts.is_empty() && !options.claims,
        claims: article.claims.len(),
        points: points.len(),
    })
}

/// Writes each article's report as it comes; over many articles, one line for an article
/// with nothing contested and the totals at the end.
struct TextEmitter {
    options: TextOptions,
    first: bool,
    /// The last article written took one line.
    after_brief: bool,
    /// Only for a run over many articles.
    totals: Option<Totals>,
}

impl TextEmitter {
    fn boxed(options: EmitOptions) -> Box<dyn Emitter> {
        Box::new(TextEmitter {
            options: TextOptions::of(options),
            first: true,
            after_brief: false,
            totals: options.many.then(Totals::default),
        })
    }
}

impl Emitter for TextEmitter {
    fn article(&mut self, out: &mut dyn Write, article: &Article) -> io::Result<()> {
        self.rendered(out, &render(article, self.options)?)
    }

    fn rendered(&mut self, out: &mut dyn Write, report: &Rendered) -> io::Result<()> {
        // One-line articles follow each other without blank lines; a full report has one
        // before it and after it.
        if !(self.first || report.brief && self.after_brief) {
            writeln!(out)?;
        }
        self.first = false;
        self.after_brief = report.brief;
        if let Some(t) = &mut self.totals {
            t.articles += 1;
            t.claims += report.claims;
            t.points += report.points;
        }
        out.write_all(&report.bytes)
    }

    fn finish(&mut self, out: &mut dyn Write, failures: &[Failure]) -> io::Result<()> {
        match &mut self.totals {
            Some(t) => {
                t.errors = failures.len();
                write_totals(out, t)
            }
            None => Ok(()),
        }
    }

    /// The story's report alone: its articles are listed in it, not reported one by one.
    fn story(
        &mut self,
        out: &mut dyn Write,
        articles: &[Article],
        story: &Story,
        _failures: &[Failure],
    ) -> io::Result<()> {
        let options = TextOptions {
            brief: false,
            ..self.options
        };
        write_story_text(out, articles, story, options)
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    pub color: bool,
    /// List every claim after the contested points.
    pub claims: bool,
    /// Show claim text whole rather than cut to a line.
    pub full: bool,
    /// One line for an article with no contested point (a run over many articles).
    pub brief: bool,
}

impl TextOptions {
    fn of(options: EmitOptions) -> Self {
        TextOptions {
            color: options.color,
            claims: options.claims,
            full: options.full,
            brief: options.many,
        }
    }
}

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    fn kind(&self, s: &str) -> String {
        self.paint("1;31", s)
    }
    fn location(&self, s: &str) -> String {
        self.paint("36", s)
    }
}

const QUOTE_WIDTH: usize = 110;

/// `s` escaped and cut to `width` characters, ending with `…` when cut; an escape is never
/// cut in half. Linear in the part kept, however long `s` is.
fn clip(s: &str, width: usize) -> String {
    let mut out = String::with_capacity(s.len().min(width.saturating_mul(4)));
    let mut shown = 0;
    let mut chars = s.chars().peekable();
    // One character as shown (an escape is several), in a buffer used again for each.
    let mut one = String::new();
    while let Some(c) = chars.next() {
        // (Printable ASCII, most of any text, is shown as it is: no buffer.)
        let plain = c.is_ascii() && is_plain(c as u8);
        let n = if plain {
            1
        } else {
            one.clear();
            push_escaped(&mut one, c);
            if one.len() == c.len_utf8() {
                1
            } else {
                one.chars().count()
            }
        };
        let last = chars.peek().is_none();
        // Keep room for the ellipsis unless this is the end of `s`.
        if shown + n > width || (!last && shown + n == width) {
            let cut = out.trim_end().len();
            out.truncate(cut);
            out.push('…');
            return out;
        }
        if plain {
            out.push(c);
        } else {
            out.push_str(&one);
        }
        shown += n;
    }
    out
}

fn describe(source: &Source, claim: Option<&Claim>) -> String {
    let mut s = escape(&source.name);
    if let Some(role) = source.role.as_deref().filter(|r| *r != "government") {
        s.push_str(", ");
        s.push_str(&escape(role));
    }
    if let Some(aff) = source.affiliation.as_deref().filter(|a| *a != source.name) {
        s.push_str(&format!(" ({})", escape(aff)));
    }
    if let Some(c) = claim.filter(|c| !c.via.is_empty()) {
        s.push_str(&format!(", via {}", escape(&c.via.join(", "))));
    }
    s
}

/// Writes the text report of one article.
pub fn write_text(out: &mut dyn Write, article: &Article, options: TextOptions) -> io::Result<()> {
    write_text_of(out, article, &points(article), options)
}

/// [`write_text`] with the article's contested points found beforehand.
fn write_text_of(
    out: &mut dyn Write,
    article: &Article,
    points: &[points::Point],
    options: TextOptions,
) -> io::Result<()> {
    let style = Style { on: options.color };
    let header = match &article.title {
        Some(t) => format!("{}: \"{}\"", escape(&article.path), escape(t)),
        None => escape(&article.path),
    };
    let counts = format!(
        "{} from {}, {}",
        plural(article.claims.len(), "claim", "claims"),
        plural(article.sources.len(), "source", "sources"),
        plural(points.len(), "contested point", "contested points"),
    );
    if options.brief && points.is_empty() && !options.claims {
        return writeln!(out, "{}  {}", style.bold(&header), style.dim(&counts));
    }
    let width = if options.full {
        usize::MAX
    } else {
        QUOTE_WIDTH
    };
    writeln!(out, "{}", style.bold(&header))?;
    writeln!(out, "{counts}")?;
    let locate = |c: &Claim| {
        vec![format!(
            "{}:{}:{}",
            article.path, c.content.line, c.content.column
        )]
    };
    write_points(out, article, points, &style, width, &locate)?;
    if options.claims && !article.claims.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", style.bold("Claims:"))?;
        write_claims(out, article, &style, width)?;
    }
    if !article.sources.is_empty() {
        writeln!(out)?;
        let list: Vec<String> = article
            .sources
            .iter()
            .map(|s| format!("{} ({})", escape(&s.name), s.claims.len()))
            .collect();
        writeln!(out, "{} {}", style.dim("Sources:"), list.join(", "))?;
    }
    Ok(())
}

/// Every claim of `article`: where, its id, kind and stance, who, and its words.
fn write_claims(
    out: &mut dyn Write,
    article: &Article,
    style: &Style,
    width: usize,
) -> io::Result<()> {
    for c in &article.claims {
        let loc = format!("{}:{}:{}", article.path, c.content.line, c.content.column);
        let mut who = escape(&c.speaker.name);
        if !c.via.is_empty() {
            who.push_str(&format!(" via {}", escape(&c.via.join(", "))));
        }
        let stance = match c.stance {
            crate::model::Stance::Assert => "",
            crate::model::Stance::Deny => " [deny]",
            crate::model::Stance::Doubt => " [doubt]",
            crate::model::Stance::Support => " [support]",
            crate::model::Stance::Oppose => " [oppose]",
        };
        writeln!(
            out,
            "  {} {} {:?}{}: {}",
            style.location(&escape(&loc)),
            c.id,
            c.kind,
            stance,
            who
        )?;
        writeln!(out, "      {}", clip(&c.content.text, width))?;
    }
    Ok(())
}

/// Each contested point with both sides: every claim at its places (`locate` gives them,
/// the first shown before the claim, any others, where other articles carry the same
/// statement, after it), the reason and how many claim pairs.
fn write_points(
    out: &mut dyn Write,
    article: &Article,
    points: &[points::Point],
    style: &Style,
    width: usize,
    locate: &dyn Fn(&Claim) -> Vec<String>,
) -> io::Result<()> {
    for (n, point) in points.iter().enumerate() {
        let lead = point.lead();
        writeln!(out)?;
        let title = format!("{}. {}", n + 1, clip(&lead.topic, 60));
        let tag = format!("{}, confidence {:.2}", lead.kind.as_str(), lead.confidence);
        let pad = 72usize
            .saturating_sub(title.chars().count() + tag.chars().count())
            .max(2);
        writeln!(
            out,
            "{}{}{}",
            style.bold(&title),
            " ".repeat(pad),
            style.kind(&tag)
        )?;
        for (side, ids) in point.claims.iter().enumerate() {
            if side == 1 {
                writeln!(out, "   {}", style.dim("against"))?;
            }
            let source = &article.sources[point.sides[side]];
            let first = ids.first().and_then(|id| article.claim(id));
            writeln!(out, "   {}", describe(source, first))?;
            for id in ids {
                if let Some(c) = article.claim(id) {
                    let places = locate(c);
                    let Some((loc, also)) = places.split_first() else {
                        continue;
                    };
                    writeln!(
                        out,
                        "     {}  {}",
                        style.location(&escape(loc)),
                        clip(&c.content.text, width)
                    )?;
                    if !also.is_empty() {
                        let also: Vec<String> = also.iter().map(|p| escape(p)).collect();
                        writeln!(
                            out,
                            "       {} {}",
                            style.dim("also reported at"),
                            style.location(&also.join(", "))
                        )?;
                    }
                }
            }
        }
        writeln!(out, "   {} {}", style.dim("why:"), escape(&lead.reason))?;
        if point.conflicts.len() > 1 {
            writeln!(
                out,
                "   {}",
                style.dim(&format!("({} claim pairs)", point.conflicts.len()))
            )?;
        }
    }
    Ok(())
}

/// Writes the text report of a story (`--across`): its articles, each contested point with
/// every place of each side, then which source is quoted in which article.
pub fn write_story_text(
    out: &mut dyn Write,
    articles: &[Article],
    story: &Story,
    options: TextOptions,
) -> io::Result<()> {
    let style = Style { on: options.color };
    let joined = &story.joined;
    let points = points(joined);
    let across = points
        .iter()
        .filter(|p| {
            p.conflicts.iter().any(|c| {
                let [x, y] = &c.claims;
                story.place(x).map(|p| p.article) != story.place(y).map(|p| p.article)
            })
        })
        .count();
    writeln!(
        out,
        "{}",
        style.bold(&format!(
            "Story: {}, {} from {}, {} ({} across articles)",
            plural(articles.len(), "article", "articles"),
            plural(joined.claims.len(), "claim", "claims"),
            plural(story.sources.len(), "source", "sources"),
            plural(points.len(), "contested point", "contested points"),
            across
        ))
    )?;
    for (n, a) in articles.iter().enumerate() {
        let title = a
            .title
            .as_deref()
            .map_or(String::new(), |t| format!(": \"{}\"", escape(t)));
        writeln!(out, "  [{}] {}{}", n + 1, escape(&a.path), title)?;
    }
    let width = if options.full {
        usize::MAX
    } else {
        QUOTE_WIDTH
    };
    let place = |p: &crate::story::Place| {
        let a = &articles[p.article];
        a.claim(&p.claim)
            .map(|c| format!("{}:{}:{}", a.path, c.content.line, c.content.column))
    };
    let locate = |c: &Claim| -> Vec<String> {
        story
            .place(&c.id)
            .into_iter()
            .chain(story.also(&c.id))
            .filter_map(place)
            .collect()
    };
    write_points(out, joined, &points, &style, width, &locate)?;
    if options.claims {
        for a in articles.iter().filter(|a| !a.claims.is_empty()) {
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                style.bold(&format!("Claims of {}:", escape(&a.path)))
            )?;
            write_claims(out, a, &style, width)?;
        }
    }
    if story.sources.is_empty() {
        return Ok(());
    }
    // Who is quoted where: a row per source, a column per article.
    writeln!(out)?;
    writeln!(out, "{}", style.bold("Sources by article:"))?;
    let names: Vec<String> = story.sources.iter().map(|s| clip(&s.name, 40)).collect();
    let name_width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let columns: Vec<String> = (1..=articles.len()).map(|n| format!("[{n}]")).collect();
    writeln!(
        out,
        "  {}  {}",
        " ".repeat(name_width),
        columns
            .iter()
            .map(|c| format!("{c:>4}"))
            .collect::<Vec<_>>()
            .join(" ")
    )?;
    for (s, name) in story.sources.iter().zip(&names) {
        let cells: Vec<String> = (0..articles.len())
            .map(|a| {
                let n = s
                    .mentions
                    .iter()
                    .find(|m| m.article == a)
                    .map_or(0, |m| m.claims.len());
                let cell = if n == 0 {
                    ".".to_string()
                } else {
                    n.to_string()
                };
                format!("{cell:>4}")
            })
            .collect();
        let pad = name_width - name.chars().count();
        writeln!(out, "  {}{}  {}", name, " ".repeat(pad), cells.join(" "))?;
    }
    Ok(())
}

/// What a text run over many articles found, for its last line.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub articles: usize,
    pub claims: usize,
    pub points: usize,
    pub errors: usize,
}

impl Totals {
    /// Counts an article as the text report shows it.
    pub fn add(&mut self, article: &Article) {
        self.articles += 1;
        self.claims += article.claims.len();
        self.points += points(article).len();
    }
}

/// The last line of a run over many articles: "12 articles, 140 claims, 9 contested points,
/// 1 error".
pub fn write_totals(out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
    writeln!(
        out,
        "\n{}, {}, {}, {}",
        plural(totals.articles, "article", "articles"),
        plural(totals.claims, "claim", "claims"),
        plural(totals.points, "contested point", "contested points"),
        plural(totals.errors, "error", "errors"),
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_many_articles_a_clean_one_takes_a_line_and_totals_come_last() {
        let (clean, disputed) = crate::reporter::clean_and_disputed();
        let many = EmitOptions {
            many: true,
            ..EmitOptions::default()
        };
        let mut emitter = (FORMAT.emitter)(many);
        let mut out = Vec::new();
        for a in [&clean, &clean, &disputed] {
            emitter.article(&mut out, a).unwrap();
        }
        let failure = Failure {
            path: "c.txt".into(),
            error: "no such file or directory".into(),
        };
        emitter.finish(&mut out, &[failure]).unwrap();
        let s = String::from_utf8(out).unwrap();
        let one_line = "a.txt: \"Nothing to see.\"  0 claims from 0 sources, 0 contested points\n";
        assert!(s.starts_with(&one_line.repeat(2)), "{s}");
        assert!(s.contains(" contested points\n\nb.txt\n"), "{s}");
        assert!(s.ends_with("\n\n3 articles, 2 claims, 1 contested point, 1 error\n"), "{s}");
    }

    #[test]
    fn clip_counts_characters_and_never_cuts_an_escape() {
        assert_eq!(clip("abcdef", 6), "abcdef");
        assert_eq!(clip("abcdefg", 6), "abcde…");
        assert_eq!(clip("ab\u{1b}cdef", 6), "ab…");
        assert_eq!(clip("ééééé", 5), "ééééé");
        assert_eq!(clip(&"x".repeat(100_000), 10).chars().count(), 10);
    }
}
