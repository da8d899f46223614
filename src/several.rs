//! A file that holds several articles (wire copy pasted together, an export) where it clearly
//! is several: articles apart by a separator line, three or more of one of `-`, `=`, `_`, `~`,
//! `#` and nothing else on the line, or by a form feed. Each is read as an article of its own,
//! so that no speaker and no conflict leaks from one into another and the cost per byte is
//! that of separate files; the report is one, over the whole file.

use std::collections::HashMap;
use std::ops::Range;

use crate::document::Document;
use crate::model::{Article, Claim, Span};

/// The byte ranges of the articles in `text`, between separator lines; one range, the whole
/// text, when there is no separator or only empty parts around one.
pub fn articles_in(text: &str) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    // Most texts have no form feed: one scan says so, rather than a search of every line.
    // (memchr's scans are vectorized; the slice's and `split_inclusive`'s go a word at a time.)
    let form_feeds = memchr::memchr(0x0c, text.as_bytes()).is_some();
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|nl| nl + 1)
        .chain((!text.ends_with('\n') && !text.is_empty()).then_some(text.len()));
    for end in ends {
        // (A line break is ASCII: `at` and `end` are character boundaries.)
        let line = &text[at..end];
        if is_separator(line) {
            parts.push(start..at);
            start = end;
        } else if form_feeds && let Some(ff) = line.find('\u{c}') {
            parts.push(start..at + ff);
            start = at + ff + 1;
        }
        at = end;
    }
    parts.push(start..text.len());
    parts.retain(|r| !text[r.clone()].trim().is_empty());
    if parts.len() < 2 {
        parts.clear();
        parts.push(0..text.len());
    }
    parts
}

fn is_separator(line: &str) -> bool {
    let line = line.trim();
    let mut chars = line.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    matches!(first, '-' | '=' | '_' | '~' | '#') && line.len() >= 3 && chars.all(|c| c == first)
}

/// One report of the whole file from the reports of its articles, each with the byte offset
/// where its text starts: claims, sources and conflicts in order, numbered anew, offsets,
/// lines and columns into the whole text; the title is the first article's.
pub fn join(path: &str, whole: &Document, parts: Vec<(usize, Article)>) -> Article {
    let mut out = Article {
        path: path.to_string(),
        text: None,
        title: None,
        sources: Vec::new(),
        claims: Vec::new(),
        conflicts: Vec::new(),
    };
    for (n, (at, part)) in parts.into_iter().enumerate() {
        if n == 0 {
            out.title = part.title;
        }
        let first_source = out.sources.len();
        let mut ids: HashMap<String, String> = HashMap::new();
        for mut c in part.claims {
            let id = format!("c{}", out.claims.len() + 1);
            ids.insert(std::mem::replace(&mut c.id, id), c.id.clone());
            c.source += first_source;
            move_claim(&mut c, at, whole);
            out.claims.push(c);
        }
        let renamed = |id: &String| ids.get(id).cloned().unwrap_or_else(|| id.clone());
        for mut s in part.sources {
            s.claims = s.claims.iter().map(renamed).collect();
            out.sources.push(s);
        }
        for mut k in part.conflicts {
            k.id = format!("k{}", out.conflicts.len() + 1);
            k.claims = [renamed(&k.claims[0]), renamed(&k.claims[1])];
            out.conflicts.push(k);
        }
    }
    out
}

/// Moves a claim `by` bytes into the text of `whole`, its line and column those there.
pub(crate) fn move_claim(c: &mut Claim, by: usize, whole: &Document) {
    c.content.start += by;
    c.content.end += by;
    (c.content.line, c.content.column) = whole.line_column(c.content.start);
    if let Some(cue) = &mut c.cue {
        cue.start += by;
        cue.end += by;
    }
    if let Some(m) = &mut c.speaker.mention {
        *m = Span::new(m.start + by, m.end + by);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_lines_and_form_feeds_part_articles() {
        let text = "One\n\nA said x.\n\n-----\nTwo\n\nB said y.\n\u{c}Three\n\nC said z.\n";
        let parts: Vec<&str> = articles_in(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            parts,
            [
                "One\n\nA said x.\n\n",
                "Two\n\nB said y.\n",
                "Three\n\nC said z.\n"
            ]
        );
    }

    /// Two wire stories pasted together: the second's "she" is nobody of the first, and the
    /// two stories' figures are not one quantity.
    const TWO_STORIES: &str = "Port traffic up

Harbour director Ana Ruiz said 40 ships docked in March.

--------

Ferry strike ends

\"We will sail again on Monday,\" she said.

The union said 12 ships docked in March.
";

    #[test]
    fn articles_of_one_file_share_no_speaker_and_no_conflict() {
        let a = crate::analyze("wire.txt", TWO_STORIES);
        let names: Vec<&str> = a.claims.iter().map(|c| c.speaker.name.as_str()).collect();
        assert_eq!(names, ["Ana Ruiz", "she", "union"], "{:#?}", a.claims);
        assert!(a.claims[1].speaker.unresolved);
        assert!(a.conflicts.is_empty(), "{:#?}", a.conflicts);
        // Offsets, lines and ids are the whole file's.
        let c = &a.claims[2];
        assert_eq!(&TWO_STORIES[c.content.start..c.content.end], c.content.text);
        assert_eq!((c.content.line, c.id.as_str()), (11, "c3"));
        assert_eq!(a.title.as_deref(), Some("Port traffic up"));
        assert_eq!(a.sources[2].claims, ["c3"]);
    }

    #[test]
    fn no_separator_or_an_empty_part_is_one_article() {
        for text in [
            "One\n\nA said x.\n",
            "-----\nOne\n\nA said x.\n",
            "One\n\nA said x.\n=====\n",
            "One\n\nThe score was 3 - 1.\n\n* * *\n\nA said x.\n",
        ] {
            let parts = articles_in(text);
            assert_eq!(
                (parts.len(), parts[0].end - parts[0].start),
                (1, text.len()),
                "{text:?}"
            );
        }
    }
}
