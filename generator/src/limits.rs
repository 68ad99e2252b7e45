//! Explicit bounds on how much of a page is read, so hostile or broken input
//! (a 2 GB log file named `.md`, a table with a million columns, JSON nested
//! ten thousand deep) costs bounded time and memory and ends in a
//! `limit-exceeded` diagnostic instead of a crash. The defaults sit far above
//! anything in the Microsoft Graph docs (largest page ~80 kB, widest table 5
//! columns, deepest example ~10 levels), so they only ever fire on input that
//! is not a reference page.

use crate::diagnostics::Code;
use crate::extract::blocks::{Block, BlockKind};
use crate::extract::Sink;

/// The bounds; `Default` gives the documented defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Pages larger than this many bytes are not read at all (reading stops
    /// after this many bytes, so even an endless file costs bounded memory).
    pub max_page_bytes: usize,
    /// Table cells beyond this many per row are dropped.
    pub max_table_columns: usize,
    /// Table rows beyond this many are dropped.
    pub max_table_rows: usize,
    /// JSON (examples, annotations, representations) nested deeper than this
    /// is kept as raw text, not parsed.
    pub max_json_depth: usize,
}

/// 4 MiB: fifty times the largest Graph reference page.
pub const DEFAULT_MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;
/// 64 columns: Graph tables have at most 5.
pub const DEFAULT_MAX_TABLE_COLUMNS: usize = 64;
/// 10 000 rows: the longest Graph tables have a few hundred.
pub const DEFAULT_MAX_TABLE_ROWS: usize = 10_000;
/// 64 levels: half serde_json's own recursion limit, far above Graph's examples.
pub const DEFAULT_MAX_JSON_DEPTH: usize = 64;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_page_bytes: DEFAULT_MAX_PAGE_BYTES,
            max_table_columns: DEFAULT_MAX_TABLE_COLUMNS,
            max_table_rows: DEFAULT_MAX_TABLE_ROWS,
            max_json_depth: DEFAULT_MAX_JSON_DEPTH,
        }
    }
}

impl Limits {
    /// Truncates every table of `blocks` to the table limits, reporting each
    /// truncation once per table at the table's line.
    pub fn clamp_tables(&self, blocks: &mut [Block], sink: &mut Sink) {
        for block in blocks {
            let BlockKind::Table(table) = &mut block.kind else {
                continue;
            };
            let widest = table
                .rows
                .iter()
                .map(|r| r.cells.len())
                .chain([table.header.len()])
                .max()
                .unwrap_or(0);
            if widest > self.max_table_columns {
                sink.report(
                    Code::LimitExceeded,
                    block.line,
                    format!("table has {widest} columns, over the limit max-table-columns = {}; extra cells dropped", self.max_table_columns),
                );
                table.header.truncate(self.max_table_columns);
                for row in &mut table.rows {
                    row.cells.truncate(self.max_table_columns);
                }
            }
            if table.rows.len() > self.max_table_rows {
                sink.report(
                    Code::LimitExceeded,
                    block.line,
                    format!(
                        "table has {} rows, over the limit max-table-rows = {}; extra rows dropped",
                        table.rows.len(),
                        self.max_table_rows
                    ),
                );
                table.rows.truncate(self.max_table_rows);
            }
        }
    }

    /// Whether `text` may be parsed as JSON: false (with a diagnostic at
    /// `line`) when its brackets nest deeper than `max_json_depth`. Counting
    /// is one pass that skips strings, so checking costs less than parsing.
    pub fn json_allowed(&self, text: &str, what: &str, line: u32, sink: &mut Sink) -> bool {
        let depth = json_depth(text);
        if depth <= self.max_json_depth {
            return true;
        }
        sink.report(
            Code::LimitExceeded,
            line,
            format!("{what} nests {depth} levels deep, over the limit max-json-depth = {}; kept as raw text", self.max_json_depth),
        );
        false
    }
}

/// [`Limits::json_allowed`] with the limits the sink carries (the form rules call).
pub fn check_json(text: &str, what: &str, line: u32, sink: &mut Sink) -> bool {
    let limits = sink.limits;
    limits.json_allowed(text, what, line, sink)
}

/// The deepest nesting of `{`/`[` outside strings (unbalanced text counts as
/// deep as it gets). Strings are skipped with a vectorized search for their
/// closing quote, so the check reads most of a JSON text at memchr speed.
pub fn json_depth(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            b'"' => match string_end(bytes, i) {
                Some(end) => i = end,
                // An unclosed string runs to the end: nothing more nests.
                None => break,
            },
            b'{' | b'[' => {
                depth += 1;
                max = max.max(depth);
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// The offset just past the `"` closing the string whose contents start at
/// `from` (a backslash escapes the byte after it); `None` when it is unclosed.
fn string_end(bytes: &[u8], mut from: usize) -> Option<usize> {
    loop {
        let at = from + memchr::memchr2(b'"', b'\\', bytes.get(from..)?)?;
        if bytes[at] == b'"' {
            return Some(at + 1);
        }
        from = at + 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::blocks::{Inline, Table, TableRow};
    use std::sync::Arc;

    #[test]
    fn depth_skips_strings() {
        assert_eq!(json_depth("{\"a\": [1, {\"b\": \"[[[{\"}]}"), 3);
        assert_eq!(json_depth("\"\\\"[\""), 0);
        assert_eq!(json_depth(&"[".repeat(500)), 500);
        assert_eq!(json_depth("[\"a\\\\\"]"), 1);
        assert_eq!(json_depth("[\"unclosed [["), 1);
        assert_eq!(json_depth("[\"ends in a backslash\\"), 1);
        assert_eq!(json_depth("[[\"\\\"]\"], {}]"), 2);
    }

    /// The byte-at-a-time definition [`json_depth`] keeps to.
    fn depth_byte_by_byte(text: &str) -> usize {
        let (mut depth, mut max) = (0usize, 0usize);
        let (mut in_string, mut escaped) = (false, false);
        for b in text.bytes() {
            if in_string {
                match b {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => {
                    depth += 1;
                    max = max.max(depth);
                }
                b'}' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        max
    }

    proptest::proptest! {
        #[test]
        fn depth_is_the_byte_by_byte_depth(text in "[\\[\\]{}\"\\\\a ]{0,40}") {
            proptest::prop_assert_eq!(json_depth(&text), depth_byte_by_byte(&text));
        }
    }

    #[test]
    fn deep_json_is_refused_with_a_diagnostic() {
        let limits = Limits {
            max_json_depth: 2,
            ..Limits::default()
        };
        let mut sink = Sink::new(Arc::from("p.md"));
        assert!(limits.json_allowed("{\"a\": [1]}", "example body", 3, &mut sink));
        assert!(!limits.json_allowed("{\"a\": [[1]]}", "example body", 3, &mut sink));
        assert_eq!(sink.diagnostics.len(), 1);
        assert_eq!(
            sink.diagnostics[0].to_string(),
            "p.md:3: warning[limit-exceeded]: example body nests 3 levels deep, over the limit max-json-depth = 2; kept as raw text"
        );
    }

    #[test]
    fn wide_and_long_tables_are_truncated() {
        let limits = Limits {
            max_table_columns: 2,
            max_table_rows: 1,
            ..Limits::default()
        };
        let cells = |n: usize| {
            (0..n)
                .map(|i| Inline::plain(i.to_string()))
                .collect::<Vec<_>>()
        };
        let table = Table {
            header: cells(3),
            rows: vec![
                TableRow {
                    line: 2,
                    cells: cells(4),
                },
                TableRow {
                    line: 3,
                    cells: cells(1),
                },
            ],
        };
        let mut blocks = vec![Block {
            line: 1,
            kind: BlockKind::Table(table),
        }];
        let mut sink = Sink::new(Arc::from("p.md"));
        limits.clamp_tables(&mut blocks, &mut sink);
        let BlockKind::Table(t) = &blocks[0].kind else {
            unreachable!()
        };
        assert_eq!(
            (t.header.len(), t.rows.len(), t.rows[0].cells.len()),
            (2, 1, 2)
        );
        let codes: Vec<_> = sink.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::LimitExceeded, Code::LimitExceeded]);
        assert!(sink.diagnostics[0]
            .message
            .contains("max-table-columns = 2"));
    }
}
