//! Markdown to blocks: the page as a flat list of headings, paragraphs, tables,
//! code blocks and comments, each with its line. Every later rule reads blocks,
//! so Markdown pages and plain-text pages (see `plaintext.rs`) share them.

use crate::source::LineIndex;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// Text with the links it contains, as rendered (markup removed, escapes resolved).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    /// Plain text.
    pub text: String,
    /// Links in order of appearance.
    pub links: Vec<Link>,
}

impl Inline {
    /// Inline text with no links.
    pub fn plain(text: impl Into<String>) -> Inline {
        Inline {
            text: text.into(),
            links: Vec::new(),
        }
    }

    /// Inline text with the given (text, destination) links, for tests.
    #[cfg(test)]
    pub(crate) fn with_links(text: &str, links: &[(&str, &str)]) -> Inline {
        Inline {
            text: text.into(),
            links: links
                .iter()
                .map(|(t, d)| Link {
                    text: (*t).into(),
                    dest: (*d).into(),
                })
                .collect(),
        }
    }
}

/// A link: its text and destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The link text.
    pub text: String,
    /// Where it points (`../resources/user.md`).
    pub dest: String,
}

/// A table: header cells and rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Header cells.
    pub header: Vec<Inline>,
    /// Body rows.
    pub rows: Vec<TableRow>,
}

/// A table row and its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// 1-based line.
    pub line: u32,
    /// Cells, as many as the row has (not padded to the header).
    pub cells: Vec<Inline>,
}

/// A fenced or indented code block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeBlock {
    /// The info string (`http`, `json`, `msgraph-interactive`).
    pub info: String,
    /// Contents.
    pub text: String,
    /// Line of the first content line.
    pub first_line: u32,
}

/// One block of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// A section heading (tab markers excluded).
    Heading {
        /// 1 to 6.
        level: u8,
        /// Heading text.
        text: Inline,
    },
    /// A paragraph, list item or block-quote line.
    Paragraph(Inline),
    /// A table.
    Table(Table),
    /// A code block.
    Code(CodeBlock),
    /// An HTML comment's inside (between `<!--` and `-->`).
    Comment(String),
    /// `# [C#](#tab/csharp)`: opens a tab; looks like a heading but is not one.
    TabMarker(String),
    /// `---` closing a tab group.
    TabGroupEnd,
}

/// A block and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// 1-based line.
    pub line: u32,
    /// What it is.
    pub kind: BlockKind,
}

/// Inline text being collected, with where it started.
struct Capture {
    line: u32,
    inline: Inline,
    open_links: Vec<(usize, String)>,
}

/// `body` with each tab in a table's delimiter row (`| --- |---\t\t| --- |`)
/// made a space. GitHub renders such a row as a table, pulldown-cmark reads
/// the whole table as a paragraph (6 v1.0 pages, e.g. `insights-trending.md`,
/// whose Properties table was lost). A tab and a space are one byte each, so
/// every offset, line and column stays where it was; other tabs (indentation,
/// fenced code) are left alone. Borrowed when there is nothing to change.
fn untab_delimiter_rows(body: &str) -> std::borrow::Cow<'_, str> {
    // One pass, stopping at the first byte a delimiter row cannot hold
    // (most lines stop at their first letter).
    let is_delimiter_row = |line: &[u8]| {
        let (mut tab, mut dash, mut pipe) = (false, false, false);
        for &b in line {
            match b {
                b'\t' => tab = true,
                b'-' => dash = true,
                b'|' => pipe = true,
                b':' | b' ' | b'\r' => {}
                _ => return false,
            }
        }
        tab && dash && pipe
    };
    if memchr::memchr(b'\t', body.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(body);
    }
    let source = body.as_bytes();
    let mut fixed: Option<Vec<u8>> = None;
    let mut in_fence = false;
    let mut start = 0;
    while start < source.len() {
        let end = memchr::memchr(b'\n', &source[start..]).map_or(source.len(), |i| start + i);
        let line = &source[start..end];
        let trimmed = line.trim_ascii_start();
        if trimmed.starts_with(b"```") || trimmed.starts_with(b"~~~") {
            in_fence = !in_fence;
        } else if !in_fence && is_delimiter_row(line) {
            let bytes = fixed.get_or_insert_with(|| source.to_vec());
            for b in &mut bytes[start..end] {
                if *b == b'\t' {
                    *b = b' ';
                }
            }
        }
        start = end + 1;
    }
    match fixed {
        // Only ASCII tabs became ASCII spaces: still UTF-8.
        Some(bytes) => {
            std::borrow::Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| body.to_string()))
        }
        None => std::borrow::Cow::Borrowed(body),
    }
}

/// Converts Markdown `body` (which starts at byte `base` of the page, after the
/// front matter) to blocks, with line numbers taken from `lines` (of the whole page).
pub fn markdown_blocks(body: &str, base: usize, lines: &LineIndex) -> Vec<Block> {
    let mut out = Vec::new();
    let mut capture: Option<Capture> = None;
    let mut table: Option<Table> = None;
    let mut table_line = 0;
    // Cells a row of the open table has room for: its column count.
    let mut table_width = 0;
    let mut row: Option<TableRow> = None;
    let mut code: Option<CodeBlock> = None;
    let mut html: Option<(u32, String)> = None;
    let mut heading: Option<(u8, bool)> = None;
    let mut in_tab_group = false;
    // Bytes to reserve for the text of the paragraph or item being read.
    let mut capacity = 0;

    let line_at = |offset: usize| lines.line(base + offset);
    let body = untab_delimiter_rows(body);
    let body: &str = &body;
    let parser = Parser::new_ext(body, Options::ENABLE_TABLES);

    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut capture, &mut out);
                let atx = body[range.clone()].trim_start().starts_with('#');
                heading = Some((level as u8, atx));
                capture = Some(Capture::with_capacity(line_at(range.start), range.len()));
            }
            Event::End(TagEnd::Heading(_)) => {
                let (level, atx) = heading.take().unwrap_or((2, true));
                if let Some(c) = capture.take() {
                    let line = c.line;
                    let inline = c.inline;
                    let tab = inline.links.first().filter(|l| l.dest.starts_with("#tab/"));
                    if let Some(tab) = tab {
                        in_tab_group = true;
                        out.push(Block {
                            line,
                            kind: BlockKind::TabMarker(tab.text.clone()),
                        });
                    } else if !atx && level == 2 && in_tab_group {
                        // `text\n---` inside a tab group: the `---` closes the group,
                        // it does not make the text a heading.
                        in_tab_group = false;
                        out.push(Block {
                            line,
                            kind: BlockKind::Paragraph(inline),
                        });
                        out.push(Block {
                            line: line_at(range.end.saturating_sub(1)),
                            kind: BlockKind::TabGroupEnd,
                        });
                    } else {
                        out.push(Block {
                            line,
                            kind: BlockKind::Heading {
                                level,
                                text: inline,
                            },
                        });
                    }
                }
            }
            Event::Start(Tag::Paragraph)
            | Event::Start(Tag::Item)
            | Event::End(TagEnd::Paragraph)
            | Event::End(TagEnd::Item)
                if table.is_none() =>
            {
                flush(&mut capture, &mut out);
                // The text of a paragraph or item is at most its source.
                capacity = if matches!(event, Event::Start(_)) {
                    range.len()
                } else {
                    0
                };
            }
            Event::Start(Tag::Table(alignments)) => {
                flush(&mut capture, &mut out);
                table = Some(Table::default());
                table_line = line_at(range.start);
                table_width = alignments.len();
            }
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                // Rows mostly have as many cells as the delimiter row has columns.
                row = Some(TableRow {
                    line: line_at(range.start),
                    cells: Vec::with_capacity(table_width),
                });
            }
            Event::Start(Tag::TableCell) => {
                capture = Some(Capture::with_capacity(line_at(range.start), range.len()));
            }
            Event::End(TagEnd::TableCell) => {
                let cell = capture.take().map(Capture::finish).unwrap_or_default();
                if let Some(r) = row.as_mut() {
                    r.cells.push(cell);
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let (Some(t), Some(r)) = (table.as_mut(), row.take()) {
                    t.header = r.cells;
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let (Some(t), Some(r)) = (table.as_mut(), row.take()) {
                    t.rows.push(r);
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = table.take() {
                    out.push(Block {
                        line: table_line,
                        kind: BlockKind::Table(t),
                    });
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                flush(&mut capture, &mut out);
                let start = line_at(range.start);
                let (info, first_line) = match kind {
                    CodeBlockKind::Fenced(info) => (info.trim().to_string(), start + 1),
                    CodeBlockKind::Indented => (String::new(), start),
                };
                code = Some(CodeBlock {
                    info,
                    text: String::with_capacity(range.len()),
                    first_line,
                });
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(c) = code.take() {
                    let line = c.first_line.saturating_sub(1).max(1);
                    out.push(Block {
                        line,
                        kind: BlockKind::Code(c),
                    });
                }
            }
            Event::Start(Tag::HtmlBlock) => {
                flush(&mut capture, &mut out);
                html = Some((line_at(range.start), String::with_capacity(range.len())));
            }
            Event::End(TagEnd::HtmlBlock) => {
                if let Some((line, text)) = html.take() {
                    push_comments(line, &text, &mut out);
                }
            }
            Event::Html(text) => {
                if let Some((_, buf)) = html.as_mut() {
                    buf.push_str(&text);
                }
            }
            Event::InlineHtml(text) => {
                if text.starts_with("<br") {
                    append(&mut capture, " ", || line_at(range.start), capacity);
                } else if text.starts_with("<!--") {
                    push_comments(line_at(range.start), &text, &mut out);
                }
            }
            Event::Text(text) => {
                if let Some(c) = code.as_mut() {
                    c.text.push_str(&text);
                } else if let Some((_, buf)) = html.as_mut() {
                    buf.push_str(&text);
                } else {
                    append(&mut capture, &text, || line_at(range.start), capacity);
                }
            }
            Event::Code(text) => append(&mut capture, &text, || line_at(range.start), capacity),
            Event::SoftBreak | Event::HardBreak => {
                append(&mut capture, " ", || line_at(range.start), capacity)
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let c = capture
                    .get_or_insert_with(|| Capture::with_capacity(line_at(range.start), capacity));
                c.open_links
                    .push((c.inline.text.len(), dest_url.into_string()));
            }
            Event::End(TagEnd::Link) => {
                if let Some(c) = capture.as_mut() {
                    if let Some((start, dest)) = c.open_links.pop() {
                        let text = c.inline.text.get(start..).unwrap_or("").trim().to_string();
                        c.inline.links.push(Link { text, dest });
                    }
                }
            }
            Event::Rule => {
                flush(&mut capture, &mut out);
                in_tab_group = false;
                out.push(Block {
                    line: line_at(range.start),
                    kind: BlockKind::TabGroupEnd,
                });
            }
            Event::End(TagEnd::BlockQuote(_)) | Event::Start(Tag::BlockQuote(_)) => {
                flush(&mut capture, &mut out)
            }
            _ => {}
        }
    }
    flush(&mut capture, &mut out);
    out
}

impl Capture {
    /// A capture starting at `line`, with room for `capacity` bytes of text.
    fn with_capacity(line: u32, capacity: usize) -> Self {
        Capture {
            line,
            inline: Inline {
                text: String::with_capacity(capacity),
                links: Vec::new(),
            },
            open_links: Vec::new(),
        }
    }

    fn finish(self) -> Inline {
        let mut inline = self.inline;
        trim_in_place(&mut inline.text);
        inline
    }
}

/// `text.trim()`, without a new allocation.
fn trim_in_place(text: &mut String) {
    let end = text.trim_end().len();
    text.truncate(end);
    let start = end - text.trim_start().len();
    text.drain(..start);
}

/// Appends to the capture, opening one (on the line `line` gives) if none is open.
fn append(capture: &mut Option<Capture>, text: &str, line: impl FnOnce() -> u32, capacity: usize) {
    capture
        .get_or_insert_with(|| Capture::with_capacity(line(), capacity))
        .inline
        .text
        .push_str(text);
}

fn flush(capture: &mut Option<Capture>, out: &mut Vec<Block>) {
    if let Some(c) = capture.take() {
        let line = c.line;
        let inline = c.finish();
        if !inline.text.is_empty() {
            out.push(Block {
                line,
                kind: BlockKind::Paragraph(inline),
            });
        }
    }
}

/// Splits an HTML block into its comments (a block may hold several, as in
/// `<!-- uuid ... -->\n<!-- { ... } -->`), each on the line it starts.
fn push_comments(line: u32, text: &str, out: &mut Vec<Block>) {
    let newlines = |s: &str| s.bytes().filter(|&b| b == b'\n').count() as u32;
    let mut rest = text;
    let mut consumed_lines = 0u32;
    while let Some(start) = memchr::memmem::find(rest.as_bytes(), b"<!--") {
        consumed_lines += newlines(&rest[..start]);
        let after = &rest[start + 4..];
        let (inner, next) = match memchr::memmem::find(after.as_bytes(), b"-->") {
            Some(end) => (&after[..end], &after[end + 3..]),
            None => (after, ""),
        };
        out.push(Block {
            line: line + consumed_lines,
            kind: BlockKind::Comment(inner.trim().to_string()),
        });
        consumed_lines += newlines(inner);
        rest = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<Block> {
        markdown_blocks(text, 0, &LineIndex::new(text))
    }

    #[test]
    fn tab_markers_are_not_headings() {
        let b = blocks("## Request\n\n# [HTTP](#tab/http)\n```http\nGET /me\n```\n# [C#](#tab/csharp)\n[!INCLUDE [x](y.md)]\n\n---\n\n### Response\n");
        let kinds: Vec<_> = b.iter().map(|b| &b.kind).collect();
        assert!(matches!(kinds[0], BlockKind::Heading { level: 2, .. }));
        assert_eq!(kinds[1], &BlockKind::TabMarker("HTTP".into()));
        assert!(
            matches!(kinds[2], BlockKind::Code(c) if c.text == "GET /me\n" && c.first_line == 5)
        );
        assert_eq!(kinds[3], &BlockKind::TabMarker("C#".into()));
        assert!(kinds.iter().any(|k| matches!(k, BlockKind::TabGroupEnd)));
        assert!(matches!(
            kinds.last().unwrap(),
            BlockKind::Heading { level: 3, .. }
        ));
    }

    #[test]
    fn setext_underline_inside_tab_group_closes_it() {
        let b = blocks("# [C#](#tab/csharp)\n[!INCLUDE [x](y.md)]\n---\n");
        assert!(b
            .iter()
            .all(|b| !matches!(b.kind, BlockKind::Heading { .. })));
        assert!(b.iter().any(|b| b.kind == BlockKind::TabGroupEnd));
    }

    #[test]
    fn tabs_in_a_delimiter_row_still_make_a_table() {
        let text = "| Property | Type \t\t| Description |\n| --- |---\t \t| --- |\n| id\t\t| String\t| Id. |\n\n```\n\t|-\t|\n```\n";
        let b = blocks(text);
        let BlockKind::Table(t) = &b[0].kind else {
            panic!("not a table: {:?}", b[0].kind);
        };
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].line, 3);
        assert_eq!(t.rows[0].cells[1].text, "String");
        // Only the delimiter row changes, byte for byte.
        let fixed = untab_delimiter_rows(text);
        assert_eq!(fixed.len(), text.len());
        assert_eq!(fixed.matches('\t').count(), text.matches('\t').count() - 2);
        assert!(matches!(
            untab_delimiter_rows("a\tb\n"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert!(matches!(
            untab_delimiter_rows("|---|\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn tables_keep_cells_links_and_row_lines() {
        let b = blocks("intro\n\n|Property|Type|Description|\n|:--|:--|:--|\n|schedule|[requestSchedule](../resources/requestschedule.md)|When.|\n|id|String|Id \\| key|\n");
        let BlockKind::Table(t) = &b[1].kind else {
            panic!("{b:?}")
        };
        assert_eq!(
            t.header.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(),
            ["Property", "Type", "Description"]
        );
        assert_eq!(t.rows[0].line, 5);
        assert_eq!(t.rows[0].cells[1].links[0].text, "requestSchedule");
        assert_eq!(
            t.rows[0].cells[1].links[0].dest,
            "../resources/requestschedule.md"
        );
        assert_eq!(t.rows[1].cells[2].text, "Id | key");
    }

    #[test]
    fn comments_are_found_with_their_lines() {
        let b = blocks("text\n\n<!-- uuid: 1\n2019 -->\n<!-- {\n  \"blockType\": \"request\"\n}-->\n```http\nGET /me\n```\n");
        let comments: Vec<_> = b
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Comment(c) => Some((b.line, c.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(comments.len(), 2);
        assert_eq!(comments[1].0, 5);
        assert!(comments[1].1.starts_with('{'));
    }
}
