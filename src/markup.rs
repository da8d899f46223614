//! Articles that are not plain text: a saved web page (HTML) or Markdown. The article is
//! extracted as plain text, a paragraph a line with blank lines between, which the pipeline
//! reads like any article; the report carries that text (`text` in the JSON), since its
//! offsets refer to it, not to the file.
//!
//! HTML goes through `libreadability` (a port of go-readability, itself a port of Mozilla's
//! Readability.js, the algorithm of Firefox's reader view): a maintained, tested way to find
//! the article's body among navigation, scripts, captions and boilerplate, on html5ever's
//! standards-compliant parser, where regular expressions over tags would not be.

/// How an input is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Text,
    Html,
    Markdown,
}

/// What an input is, by its name's extension, else by a look at its first bytes.
pub fn markup_of(path: &str, text: &str) -> Markup {
    let ext = std::path::Path::new(path)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml") => return Markup::Html,
        Some("md" | "markdown") => return Markup::Markdown,
        _ => {}
    }
    let start: String = text
        .trim_start_matches('\u{FEFF}')
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    if start.starts_with("<!doctype html") || start.starts_with("<html") {
        Markup::Html
    } else {
        Markup::Text
    }
}

/// An article taken out of its markup: the headline, if found, and the body as plain text.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    pub title: Option<String>,
    pub text: String,
}

/// The article of a web page, or why there is none.
pub fn from_html(html: &str) -> Result<Extracted, String> {
    let article = libreadability::extract(html, None)
        .map_err(|e| format!("no article found in the HTML ({e})"))?;
    let title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    let blocks = blocks(&article.content);
    let text = if blocks.is_empty() {
        paragraphs(&article.text_content)
    } else {
        blocks.join("\n\n") + "\n"
    };
    Ok(Extracted { title, text })
}

/// The text blocks of the article's cleaned HTML, a paragraph each, leaving out figures and
/// their captions (and any aside, navigation or footer readability kept): what a reader reads
/// as the story.
fn blocks(html: &str) -> Vec<String> {
    let fragment = scraper::Html::parse_fragment(html);
    let selector = scraper::Selector::parse("p, h2, h3, h4, h5, h6, li, blockquote, pre")
        .expect("a valid selector");
    let mut out = Vec::new();
    for element in fragment.select(&selector) {
        let inside = element
            .ancestors()
            .filter_map(scraper::ElementRef::wrap)
            .any(|a| {
                matches!(
                    a.value().name(),
                    "figure"
                        | "figcaption"
                        | "aside"
                        | "nav"
                        | "footer"
                        | "p"
                        | "li"
                        | "blockquote"
                        | "pre"
                )
            });
        if inside {
            continue;
        }
        let text = element
            .text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !text.is_empty() {
            out.push(text);
        }
    }
    out
}

/// The article of a Markdown file: its first `#` heading is the headline; heading marks are
/// dropped from other headings, and the rest is read as written.
pub fn from_markdown(md: &str) -> Extracted {
    let mut title = None;
    let mut body = Vec::new();
    for line in md.lines() {
        let trimmed = line.trim_start();
        let level = trimmed.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&level) && trimmed[level..].starts_with(' ') {
            let heading = trimmed[level..].trim();
            if title.is_none() && level == 1 {
                title = Some(heading.to_string());
            } else {
                body.push(heading.to_string());
            }
            continue;
        }
        body.push(line.to_string());
    }
    Extracted {
        title,
        text: body.join("\n").trim().to_string() + "\n",
    }
}

/// Text with a paragraph a line and a blank line between paragraphs.
fn paragraphs(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = lines.join("\n\n");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_known_by_extension_or_first_bytes() {
        assert_eq!(markup_of("a.HTML", ""), Markup::Html);
        assert_eq!(markup_of("a.md", ""), Markup::Markdown);
        assert_eq!(markup_of("-", "  <!DOCTYPE html><html>"), Markup::Html);
        assert_eq!(markup_of("a.txt", "Headline\n\nBody."), Markup::Text);
    }

    #[test]
    fn markdown_gives_its_heading_as_title_and_the_rest_as_body() {
        let e = from_markdown(
            "# Talks stall\n\nThe minister said talks had stalled.\n\n## Reaction\n\nMore.\n",
        );
        assert_eq!(e.title.as_deref(), Some("Talks stall"));
        assert_eq!(
            e.text,
            "The minister said talks had stalled.\n\nReaction\n\nMore.\n"
        );
    }
}
