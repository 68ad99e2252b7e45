//! Pages with no Markdown structure (text copied from a rendered page): one fact
//! per line, tables flattened to one cell per line. This rebuilds the same blocks
//! the Markdown reader produces, so every later rule applies unchanged.
//!
//! Recognition: a line that is a known section heading (`rules::SECTION_RULES`)
//! is a heading; two or more consecutive lines that are known column headers
//! (`rules::COLUMN_RULES`) open a table whose rows are the following lines taken
//! as many at a time as there are columns, while each row looks like a row of
//! that table; in the HTTP request section, `METHOD /path` lines are request lines.

use super::blocks::{Block, BlockKind, CodeBlock, Inline, Table, TableRow};
use super::rules::{self, Column, SectionKind};
use crate::model::Method;

/// Longest line taken as a heading: longer lines are sentences.
const MAX_HEADING_LEN: usize = 40;

/// Rebuilds blocks from plain text starting at page line `first_line`.
pub fn plain_text_blocks(text: &str, first_line: u32) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let line_no = |i: usize| first_line + i as u32;
    let mut out = Vec::new();
    let mut section = SectionKind::Other;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.is_empty() {
            i += 1;
            continue;
        }
        if let Some(kind) = heading_kind(line) {
            section = kind;
            out.push(Block {
                line: line_no(i),
                kind: BlockKind::Heading {
                    level: 2,
                    text: Inline::plain(line),
                },
            });
            i += 1;
            continue;
        }
        let columns: Vec<Column> = lines[i..]
            .iter()
            .take(8)
            .map_while(|l| rules::column_of(l))
            .collect();
        if columns.len() >= 2 {
            let header: Vec<Inline> = lines[i..i + columns.len()]
                .iter()
                .map(|l| Inline::plain(*l))
                .collect();
            let mut table = Table {
                header,
                rows: Vec::new(),
            };
            let start = i;
            i += columns.len();
            while i + columns.len() <= lines.len() {
                let cells = &lines[i..i + columns.len()];
                if cells.iter().any(|c| heading_kind(c).is_some()) || !row_fits(&columns, cells) {
                    break;
                }
                table.rows.push(TableRow {
                    line: line_no(i),
                    cells: cells.iter().map(|c| Inline::plain(*c)).collect(),
                });
                i += columns.len();
            }
            out.push(Block {
                line: line_no(start),
                kind: BlockKind::Table(table),
            });
            continue;
        }
        if section == SectionKind::HttpRequest && is_request_line(line) {
            let start = i;
            let mut text = String::new();
            while i < lines.len() && is_request_line(lines[i]) {
                text.push_str(lines[i]);
                text.push('\n');
                i += 1;
            }
            out.push(Block {
                line: line_no(start),
                kind: BlockKind::Code(CodeBlock {
                    info: "http".into(),
                    text,
                    first_line: line_no(start),
                }),
            });
            continue;
        }
        out.push(Block {
            line: line_no(i),
            kind: BlockKind::Paragraph(Inline::plain(line)),
        });
        i += 1;
    }
    out
}

/// Whether the page should be read as plain text: it has no front matter and
/// the Markdown reader found no structure (no heading, table or code block).
pub fn looks_plain(has_front_matter: bool, markdown: &[Block]) -> bool {
    !has_front_matter
        && !markdown.iter().any(|b| {
            matches!(
                b.kind,
                BlockKind::Heading { .. } | BlockKind::Table(_) | BlockKind::Code(_)
            )
        })
}

fn heading_kind(line: &str) -> Option<SectionKind> {
    if line.len() > MAX_HEADING_LEN || line.ends_with('.') {
        return None;
    }
    Some(rules::section_of(line)).filter(|k| *k != SectionKind::Other)
}

fn is_request_line(line: &str) -> bool {
    let mut parts = line.split_whitespace();
    let method = parts.next().and_then(Method::parse);
    let target = parts.next().unwrap_or("");
    method.is_some() && (target.starts_with('/') || target.starts_with("http"))
}

/// Whether `cells` look like a row of a table with these columns: the first
/// cell must be what that column names (a permission type, or a one-word name).
fn row_fits(columns: &[Column], cells: &[&str]) -> bool {
    let first = cells[0];
    match columns[0] {
        Column::PermissionType => rules::permission_kind(first).is_some(),
        _ => !first.is_empty() && !first.contains(char::is_whitespace) && first.len() <= 80,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Intro sentence.\nPermission type\nLeast privileged permissions\nHigher privileged permissions\nDelegated (work or school account)\nA.ReadWrite.All\nNot available.\nApplication\nA.ReadWrite.All\nNot available.\nHTTP request\nPOST /things\nRequest headers\nName\nDescription\nAuthorization\nBearer {token}. Required.\nContent-type\napplication/json. Required.\nRequest body\nvar x = new Thing\n";

    #[test]
    fn rebuilds_tables_headings_and_request_lines() {
        let blocks = plain_text_blocks(PAGE, 1);
        let tables: Vec<&Table> = blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Table(t) => Some(t),
                _ => None,
            })
            .collect();
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0].header.len(), 3);
        assert_eq!(tables[0].rows.len(), 2);
        assert_eq!(tables[0].rows[1].cells[0].text, "Application");
        assert_eq!(tables[0].rows[1].line, 8);
        assert_eq!(tables[1].rows.len(), 2);
        assert_eq!(tables[1].rows[0].cells[1].text, "Bearer {token}. Required.");
        let code = blocks
            .iter()
            .find_map(|b| match &b.kind {
                BlockKind::Code(c) => Some(c),
                _ => None,
            })
            .unwrap();
        assert_eq!(code.text, "POST /things\n");
        assert_eq!(code.first_line, 12);
        assert!(blocks.iter().any(
            |b| matches!(&b.kind, BlockKind::Heading { text, .. } if text.text == "Request body")
        ));
    }
}
