//! Table layouts: which column is which (by `rules::COLUMN_RULES`), and rows
//! read as named things with a type, a description and a requiredness.

use super::blocks::{Inline, Table, TableRow};
use super::rules::{self, Column};
use super::typecell::{parse_type_cell, TypeCell};
use super::Sink;
use crate::diagnostics::Code;

/// The meaning of each column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// One entry per header cell; `None` for a header no rule knows.
    pub columns: Vec<Option<Column>>,
}

impl Layout {
    /// Classifies the header cells of `table`.
    pub fn of(table: &Table) -> Layout {
        Layout {
            columns: table
                .header
                .iter()
                .map(|c| rules::column_of(&c.text))
                .collect(),
        }
    }

    /// Index of the first column holding `what`.
    pub fn index(&self, what: Column) -> Option<usize> {
        self.columns.iter().position(|c| *c == Some(what))
    }

    /// Whether this is a permissions table.
    pub fn is_permissions(&self) -> bool {
        self.columns.first() == Some(&Some(Column::PermissionType))
    }
}

/// A row read as a named thing: a property, parameter, header or member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedRow {
    /// The name cell, markup removed.
    pub name: String,
    /// The type cell, read (when the table has a type column and the cell reads).
    pub ty: Option<TypeCell>,
    /// The raw type cell text, for diagnostics.
    pub type_text: Option<String>,
    /// The description cell.
    pub description: Option<String>,
    /// The value cell (header tables with a `Value` column, enum tables).
    pub value: Option<String>,
    /// Whether the row says the thing is required.
    pub required: Option<bool>,
    /// Row line.
    pub line: u32,
}

/// Reads every row of a table with a name column. Rows with the wrong number
/// of cells are read as far as they go and reported; rows without a name are
/// skipped.
pub fn named_rows(table: &Table, sink: &mut Sink) -> Vec<NamedRow> {
    let layout = Layout::of(table);
    let name_col = layout.index(Column::Name).unwrap_or(0);
    let type_col = layout.index(Column::Type);
    let desc_col = layout.index(Column::Description);
    let value_col = layout.index(Column::Value);
    let req_col = layout.index(Column::Required);
    let mut out = Vec::new();
    for row in &table.rows {
        check_shape(table, row, sink);
        let Some((name, note)) = cell(row, Some(name_col))
            .map(|c| name_and_note(&c.text))
            .filter(|(n, _)| !n.is_empty())
        else {
            continue;
        };
        let description = cell(row, desc_col)
            .map(|c| c.text.clone())
            .filter(|t| !t.is_empty());
        let value = cell(row, value_col)
            .map(|c| c.text.clone())
            .filter(|t| !t.is_empty());
        let type_cell = cell(row, type_col);
        let ty = type_cell.and_then(parse_type_cell);
        if let (Some(tc), Some(i)) = (type_cell, type_col) {
            report_type_cell(&name, tc, ty.as_ref(), (row.line, i, row.cells.len()), sink);
        }
        let required = cell(row, req_col)
            .and_then(|c| rules::required_cell(&c.text))
            .or_else(|| {
                description
                    .as_deref()
                    .and_then(rules::required_in_description)
            })
            .or_else(|| value.as_deref().and_then(rules::required_in_description));
        if let Some(d) = &description {
            if rules::is_placeholder(d) {
                sink.report_cell(
                    Code::TodoPlaceholder,
                    (row.line, desc_col.unwrap_or(0), row.cells.len()),
                    d,
                    format!("description of `{name}` is a placeholder: {d:?}"),
                );
            }
        }
        out.push(NamedRow {
            name,
            type_text: type_cell.map(|c| c.text.clone()),
            ty,
            description: with_note(description, note.as_deref()),
            value,
            required,
            line: row.line,
        });
    }
    out
}

/// Reports what is wrong with the type cell at `at` (line, index, row width).
fn report_type_cell(
    name: &str,
    cell: &Inline,
    ty: Option<&TypeCell>,
    at: (u32, usize, usize),
    sink: &mut Sink,
) {
    let line = at.0;
    match ty {
        None if rules::is_placeholder(&cell.text) => sink.report_cell(
            Code::TodoPlaceholder,
            at,
            &cell.text,
            format!("type of `{name}` is a placeholder: {:?}", cell.text),
        ),
        None => sink.report_cell(
            Code::UnparsedType,
            at,
            &cell.text,
            format!("type of `{name}` is not a type name: {:?}", cell.text),
        ),
        Some(t) => {
            if let Some(ns) = &t.foreign_namespace {
                sink.report_span(
                    Code::ForeignNamespace,
                    line,
                    ns,
                    format!("type of `{name}` is in namespace `{ns}`, not microsoft.graph; read as `{}`", t.ty.name),
                );
            }
            if !t.alternatives.is_empty() {
                sink.report_cell(
                    Code::AmbiguousType,
                    at,
                    &cell.text,
                    format!(
                        "type of `{name}` names several types ({}); using `{}`",
                        t.alternatives.join(", "),
                        t.ty.name
                    ),
                );
            }
        }
    }
}

fn check_shape(table: &Table, row: &TableRow, sink: &mut Sink) {
    if !table.header.is_empty() && row.cells.len() != table.header.len() {
        sink.report(
            Code::TableShape,
            row.line,
            format!(
                "row has {} cells, header has {} (an unescaped `|`?)",
                row.cells.len(),
                table.header.len()
            ),
        );
    }
}

/// The cell at `index` of `row`, if both exist.
pub fn cell(row: &TableRow, index: Option<usize>) -> Option<&Inline> {
    index.and_then(|i| row.cells.get(i))
}

/// A name cell without emphasis, code marks or trailing punctuation.
pub fn clean_name(text: &str) -> String {
    text.trim()
        .trim_matches(|c: char| c == '*' || c == '`' || c == '_' || c == ':')
        .trim()
        .to_string()
}

/// A name cell split into the name and a trailing parenthesized note, as
/// current pages write `attendeeReport (deprecated)`: the note is about the
/// thing, not part of its wire name. Only a single-word name has its note
/// split off; any other cell is [`clean_name`] with no note.
pub fn name_and_note(text: &str) -> (String, Option<String>) {
    let name = clean_name(text);
    if let Some((head, rest)) = name.split_once('(') {
        let head = clean_name(head);
        let note = rest.strip_suffix(')').map(str::trim);
        if let Some(note) = note.filter(|n| !n.is_empty() && !n.contains(['(', ')'])) {
            if super::typecell::is_name_like(&head) {
                return (head, Some(note.to_string()));
            }
        }
    }
    (name, None)
}

/// `description` with a name cell's note in front (`(deprecated) The …`),
/// so what the cell said about the thing is kept where readers look.
pub fn with_note(description: Option<String>, note: Option<&str>) -> Option<String> {
    match (note, description) {
        (None, d) => d,
        (Some(n), None) => Some(format!("({n})")),
        (Some(n), Some(d)) => Some(format!("({n}) {d}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::blocks::Link;
    use std::sync::Arc;

    fn row(line: u32, cells: &[&str]) -> TableRow {
        TableRow {
            line,
            cells: cells.iter().map(|c| Inline::plain(*c)).collect(),
        }
    }

    #[test]
    fn reads_name_type_description_and_requiredness() {
        let mut t = Table {
            header: ["Property", "Type", "Description"]
                .map(Inline::plain)
                .to_vec(),
            rows: vec![
                row(
                    10,
                    &[
                        "isExtended",
                        "Boolean",
                        "**TODO: Add Description** Optional.",
                    ],
                ),
                row(11, &["**id**", "String", "Required."]),
            ],
        };
        t.rows.push(TableRow {
            line: 12,
            cells: vec![
                Inline::plain("schedule"),
                Inline {
                    text: "x.requestSchedule".into(),
                    links: vec![Link {
                        text: "x.requestSchedule".into(),
                        dest: "r.md".into(),
                    }],
                },
                Inline::plain("When."),
            ],
        });
        let mut sink = Sink::new(Arc::from("p.md"));
        let rows = named_rows(&t, &mut sink);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].name, "isExtended");
        assert_eq!(rows[0].ty.as_ref().unwrap().ty.name, "Boolean");
        assert_eq!(rows[0].required, Some(false));
        assert_eq!(rows[1].name, "id");
        assert_eq!(rows[1].required, Some(true));
        assert_eq!(rows[2].ty.as_ref().unwrap().ty.name, "requestSchedule");
        let codes: Vec<_> = sink
            .diagnostics
            .iter()
            .map(|d| (d.code, d.source.line))
            .collect();
        assert_eq!(
            codes,
            vec![(Code::TodoPlaceholder, 10), (Code::ForeignNamespace, 12)]
        );
    }

    #[test]
    fn header_tables_in_both_layouts() {
        let a = Table {
            header: ["Header", "Value"].map(Inline::plain).to_vec(),
            rows: vec![row(3, &["Authorization", "Bearer {token}. Required."])],
        };
        let b = Table {
            header: ["Name", "Description"].map(Inline::plain).to_vec(),
            rows: vec![row(3, &["Content-type", "application/json. Required."])],
        };
        let mut sink = Sink::new(Arc::from("p.md"));
        let a = named_rows(&a, &mut sink);
        let b = named_rows(&b, &mut sink);
        assert_eq!(
            (a[0].value.as_deref(), a[0].required),
            (Some("Bearer {token}. Required."), Some(true))
        );
        assert_eq!(
            (b[0].description.as_deref(), b[0].required),
            (Some("application/json. Required."), Some(true))
        );
    }

    #[test]
    fn short_rows_are_reported() {
        let t = Table {
            header: ["Property", "Type", "Description"]
                .map(Inline::plain)
                .to_vec(),
            rows: vec![row(5, &["a", "String"])],
        };
        let mut sink = Sink::new(Arc::from("p.md"));
        let rows = named_rows(&t, &mut sink);
        assert_eq!(rows.len(), 1);
        assert_eq!(sink.diagnostics[0].code, Code::TableShape);
    }

    #[test]
    fn a_name_cells_note_goes_to_the_description() {
        assert_eq!(
            name_and_note("**attendeeReport (deprecated)**"),
            ("attendeeReport".to_string(), Some("deprecated".to_string()))
        );
        // Not a single word before the note, or nested parentheses: kept whole.
        assert_eq!(name_and_note("Sign in (a b)").1, None);
        assert_eq!(name_and_note("x (a (b))").1, None);
        assert_eq!(name_and_note("id").1, None);
        let t = Table {
            header: ["Property", "Type", "Description"]
                .map(Inline::plain)
                .to_vec(),
            rows: vec![
                row(3, &["isBroadcast (deprecated)", "Boolean", "Whether."]),
                row(4, &["joinUrl (read-only)", "String", ""]),
            ],
        };
        let mut sink = Sink::new(Arc::from("p.md"));
        let rows = named_rows(&t, &mut sink);
        assert_eq!(rows[0].name, "isBroadcast");
        assert_eq!(
            rows[0].description.as_deref(),
            Some("(deprecated) Whether.")
        );
        assert_eq!(rows[1].name, "joinUrl");
        assert_eq!(rows[1].description.as_deref(), Some("(read-only)"));
    }
}
