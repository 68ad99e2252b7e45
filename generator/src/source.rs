//! Where facts come from. Every fact in the model carries a [`SourceRef`] so a
//! user (or a docs writer fixing a page) can jump straight to the line that stated it.

use serde::Serialize;
use std::sync::Arc;

/// A file and a 1-based line in an input page.
///
/// The file is shared (`Arc<str>`) because one page yields hundreds of facts and
/// copying its path into each would dominate memory on the whole corpus.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SourceRef {
    /// The page's path as the user named it (relative paths stay relative, so
    /// output is identical on every machine).
    pub file: Arc<str>,
    /// 1-based line number.
    pub line: u32,
}

impl SourceRef {
    /// Builds a reference to `line` of `file`.
    pub fn new(file: &Arc<str>, line: u32) -> Self {
        SourceRef {
            file: Arc::clone(file),
            line,
        }
    }
}

impl std::fmt::Display for SourceRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Maps byte offsets of a text to 1-based line numbers.
///
/// pulldown-cmark reports byte ranges; the model speaks in lines, which is what
/// editors and CI annotations understand.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        // Pages average under 40 bytes a line; reserving for that avoids regrowing.
        let mut starts = Vec::with_capacity(text.len() / 32 + 2);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> u32 {
        self.starts.partition_point(|&s| s <= offset) as u32
    }

    /// The text of 1-based `line` of `text` (the text this index was built
    /// from), without its line ending; `None` past the last line.
    pub fn line_text<'t>(&self, text: &'t str, line: u32) -> Option<&'t str> {
        let i = usize::try_from(line).ok()?.checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).map_or(text.len(), |&next| next - 1);
        let slice = text.get(start..end.max(start))?;
        Some(slice.strip_suffix('\r').unwrap_or(slice))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_one_based_and_follow_newlines() {
        let idx = LineIndex::new("ab\ncd\n\nef");
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(2), 1);
        assert_eq!(idx.line(3), 2);
        assert_eq!(idx.line(6), 3);
        assert_eq!(idx.line(7), 4);
    }

    #[test]
    fn line_texts_lose_their_endings() {
        let text = "ab\r\ncd\n\nef";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_text(text, 1), Some("ab"));
        assert_eq!(idx.line_text(text, 2), Some("cd"));
        assert_eq!(idx.line_text(text, 3), Some(""));
        assert_eq!(idx.line_text(text, 4), Some("ef"));
        assert_eq!(idx.line_text(text, 5), None);
        assert_eq!(idx.line_text(text, 0), None);
    }
}
