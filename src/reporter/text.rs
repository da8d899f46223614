//! The human report: a header per article, then each contested point with both sides, where
//! they are in the text, the confidence and the reason.

use std::io::{self, Write};

use super::points;
use crate::model::{Article, Claim, Source};

#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    pub color: bool,
    /// List every claim after the contested points.
    pub claims: bool,
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

/// Article text made safe for a terminal: control characters and bidi overrides become
/// visible escapes instead of acting on the terminal.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}');
        if c == '\n' || c == '\r' || c == '\t' {
            out.push(' ');
        } else if c.is_control() || bidi {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

const QUOTE_WIDTH: usize = 110;

fn clip(s: &str, width: usize) -> String {
    let s = escape(s);
    if s.chars().count() <= width {
        return s;
    }
    let cut: String = s.chars().take(width - 1).collect();
    format!("{}…", cut.trim_end())
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
    let style = Style { on: options.color };
    let points = points(article);
    let header = match &article.title {
        Some(t) => format!("{}: \"{}\"", escape(&article.path), escape(t)),
        None => escape(&article.path),
    };
    writeln!(out, "{}", style.bold(&header))?;
    writeln!(
        out,
        "{} from {}, {}",
        plural(article.claims.len(), "claim", "claims"),
        plural(article.sources.len(), "source", "sources"),
        plural(points.len(), "contested point", "contested points"),
    )?;
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
                    let loc = format!("{}:{}:{}", article.path, c.content.line, c.content.column);
                    writeln!(
                        out,
                        "     {}  {}",
                        style.location(&escape(&loc)),
                        clip(&c.content.text, QUOTE_WIDTH)
                    )?;
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
    if options.claims && !article.claims.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", style.bold("Claims:"))?;
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
            writeln!(out, "      {}", clip(&c.content.text, QUOTE_WIDTH))?;
        }
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

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_controls_and_bidi_overrides() {
        assert_eq!(escape("a\u{1b}[31mb"), "a\\u{001B}[31mb");
        assert_eq!(escape("x\u{202E}y"), "x\\u{202E}y");
        assert_eq!(escape("ok “quoted”"), "ok “quoted”");
    }
}
