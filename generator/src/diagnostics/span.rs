//! Columns: where on its line a diagnostic points. Columns count characters,
//! not bytes, so a span means the same thing to an editor, to GitHub and to
//! the `rich` renderer whatever the line holds (non-ASCII, tabs, control
//! characters).

use super::Diagnostic;
use crate::source::LineIndex;
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

/// A run of characters on one line: 1-based columns, the end exclusive (as
/// rustc's JSON and SARIF count), so `column..endColumn` covers the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// 1-based column of the first character.
    pub column: u32,
    /// 1-based column just past the last character.
    #[serde(rename = "endColumn")]
    pub end_column: u32,
}

impl Span {
    /// The first occurrence of `needle` (trimmed) in `line`; `None` when it
    /// is empty or not there.
    pub fn find(line: &str, needle: &str) -> Option<Span> {
        let needle = needle.trim();
        if needle.is_empty() {
            return None;
        }
        let start = line.find(needle)?;
        Span::of_bytes(line, start..start + needle.len())
    }

    /// The first occurrence of `needle` after the first occurrence of
    /// `anchor` in `line` (a value after its key); `None` when either is not there.
    pub fn find_after(line: &str, anchor: &str, needle: &str) -> Option<Span> {
        let anchor = anchor.trim();
        let from = line.find(anchor)? + anchor.len();
        let needle = needle.trim();
        if needle.is_empty() {
            return None;
        }
        let start = from + line[from..].find(needle)?;
        Span::of_bytes(line, start..start + needle.len())
    }

    /// The characters of `line` that bytes `range` touch; `None` when the
    /// range is empty or reaches past the line.
    pub fn of_bytes(line: &str, range: Range<usize>) -> Option<Span> {
        if range.start >= range.end || range.end > line.len() {
            return None;
        }
        // A range that starts or ends inside a character takes the whole character.
        let mut start = range.start;
        while !line.is_char_boundary(start) {
            start -= 1;
        }
        let start = line[..start].chars().count();
        let mut end = range.end;
        while !line.is_char_boundary(end) {
            end += 1;
        }
        let width = line[..end].chars().count() - start;
        Some(Span {
            column: u32::try_from(start + 1).ok()?,
            end_column: u32::try_from(start + 1 + width).ok()?,
        })
    }

    /// The bytes of `line` this span covers, cut to the line (the file may
    /// have changed since the span was found); `None` when it starts past the end.
    pub fn byte_range(self, line: &str) -> Option<Range<usize>> {
        let first = usize::try_from(self.column.checked_sub(1)?).ok()?;
        let width = usize::try_from(self.end_column.saturating_sub(self.column)).ok()?;
        let mut offsets = line
            .char_indices()
            .map(|(i, _)| i)
            .chain([line.len()])
            .skip(first);
        let start = offsets.next().filter(|&s| s < line.len())?;
        let end = match width {
            0 => start,
            _ => offsets.nth(width - 1).unwrap_or(line.len()),
        };
        Some(start..end.max(start))
    }
}

/// The text a diagnostic's message quotes, to be found on its line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quote {
    /// The quoted text.
    pub text: Arc<str>,
    /// Text that comes before it on the line (a key before its value), so a
    /// same text earlier on the line is not taken for it.
    pub after: Option<Arc<str>>,
}

impl Quote {
    /// Where the quote is on `line`.
    pub fn find(&self, line: &str) -> Option<Span> {
        match &self.after {
            Some(anchor) => Span::find_after(line, anchor, &self.text),
            None => Span::find(line, &self.text),
        }
    }
}

/// Gives each diagnostic that quotes a text ([`Diagnostic::quoting`]) but has
/// no span yet the span of that text on its line. `read` returns a file's
/// text (called at most once per file; `None` leaves its diagnostics without
/// a span). The list is sorted again, so it stays in file, line, column order.
pub fn locate_quotes(diagnostics: &mut [Diagnostic], mut read: impl FnMut(&str) -> Option<String>) {
    let mut files: BTreeMap<Arc<str>, Option<(String, LineIndex)>> = BTreeMap::new();
    let mut changed = false;
    for d in diagnostics.iter_mut() {
        let Some(quote) = d.quote.as_ref().filter(|_| d.span.is_none()) else {
            continue;
        };
        let page = files.entry(d.source.file.clone()).or_insert_with(|| {
            read(&d.source.file).map(|text| {
                let index = LineIndex::new(&text);
                (text, index)
            })
        });
        let Some((text, index)) = page else {
            continue;
        };
        if let Some(span) = index
            .line_text(text, d.source.line)
            .and_then(|line| quote.find(line))
        {
            d.span = Some(span);
            changed = true;
        }
    }
    if changed {
        diagnostics.sort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Code;

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(
            Span::find("| é | TODO |", "TODO"),
            Some(Span {
                column: 7,
                end_column: 11
            })
        );
        assert_eq!(
            Span::find("\tx\u{1b}[31m日本 `v`", "`v`"),
            Some(Span {
                column: 11,
                end_column: 14
            })
        );
        assert_eq!(Span::find("abc", "  "), None);
        let after = Span::find_after(r#""id": "id","#, r#""id""#, r#""id""#).unwrap();
        assert_eq!((after.column, after.end_column), (7, 11));
        assert_eq!(Span::find_after("ab", "c", "b"), None);
        assert_eq!(Span::find_after("ab", "b", "a"), None);
        assert_eq!(Span::find("abc", "d"), None);
        // A byte range that cuts a character takes all of it.
        let s = Span::of_bytes("a日b", 1..2).unwrap();
        assert_eq!((s.column, s.end_column), (2, 3));
        assert_eq!(s.byte_range("a日b"), Some(1..4));
        assert_eq!(Span::of_bytes("ab", 1..1), None);
        assert_eq!(Span::of_bytes("ab", 1..3), None);
    }

    #[test]
    fn byte_ranges_are_cut_to_the_line() {
        let s = Span {
            column: 3,
            end_column: 10,
        };
        assert_eq!(s.byte_range("abcd"), Some(2..4));
        assert_eq!(s.byte_range("ab"), None);
        assert_eq!(s.byte_range(""), None);
        let bad = Span {
            column: 0,
            end_column: 0,
        };
        assert_eq!(bad.byte_range("abc"), None);
    }

    #[test]
    fn hostile_lines_do_not_panic() {
        let long = "ü".repeat(100_000) + "needle";
        let lines = [
            "\u{0}\u{7}\r\t\u{202e}evil\u{200b}",
            long.as_str(),
            "\t\tindented\twith\ttabs",
            "🦀🦀🦀 crab",
            "",
        ];
        for line in lines {
            for needle in ["needle", "evil", "\t", "crab", "🦀", "x"] {
                if let Some(span) = Span::find(line, needle) {
                    let range = span.byte_range(line).unwrap();
                    assert_eq!(&line[range], needle.trim(), "{needle:?}");
                }
            }
            for start in 0..line.len().min(50) {
                for end in start..line.len().min(50) + 2 {
                    if let Some(span) = Span::of_bytes(line, start..end) {
                        assert!(span.end_column > span.column);
                        assert!(span.byte_range(line).is_some());
                    }
                }
            }
        }
        let span = Span::find(&long, "needle").unwrap();
        assert_eq!(span.column, 100_001);
    }

    #[test]
    fn quotes_are_located_once_the_file_is_read() {
        let file: Arc<str> = Arc::from("a.md");
        let mut ds = vec![
            Diagnostic::new(Code::UndocumentedType, &file, 2, "x").quoting("thing"),
            Diagnostic::new(Code::UndocumentedType, &file, 1, "y").quoting("absent"),
            Diagnostic::new(Code::UndocumentedType, &file, 9, "z").quoting("thing"),
            Diagnostic::new(Code::UndocumentedType, &file, 2, "w").quoting_after("|", "a"),
        ];
        let mut reads = 0;
        locate_quotes(&mut ds, |name| {
            reads += 1;
            (name == "a.md").then(|| "first\r\n| a | thing |\r\n".to_string())
        });
        assert_eq!(reads, 1);
        let span = |message: &str| ds.iter().find(|d| d.message == message).unwrap().span;
        let columns = |s: Option<Span>| s.map(|s| (s.column, s.end_column));
        assert_eq!(columns(span("x")), Some((7, 12)));
        assert_eq!(columns(span("w")), Some((3, 4)));
        assert_eq!(span("y"), None);
        assert_eq!(span("z"), None);
        // Sorted again: line 2 column 3 before line 2 column 7.
        let order: Vec<&str> = ds.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["y", "w", "x", "z"]);
    }
}
