//! Permission tables in their three layouts, normalised to one grant per
//! permission type with scopes ordered least privileged first.

use super::blocks::Table;
use super::rules::{self, Column, PermissionColumn, PermissionKind};
use super::tables::{cell, Layout};
use super::Sink;
use crate::diagnostics::Code;
use crate::model::{Grant, Permissions};

/// Scopes that have no dot in their name.
const BARE_SCOPES: &[&str] = &["openid", "profile", "email", "offline_access"];

/// What one cell says.
#[derive(Debug, Clone, PartialEq, Eq)]
enum CellValue {
    Scopes(Vec<String>),
    NotSupported,
    Nothing,
    Placeholder,
    Unrecognized,
}

/// Reads a permissions table into `into`. Returns false when the table is not
/// a permissions table (its first column is not `Permission type`).
pub fn read_permissions(table: &Table, into: &mut Permissions, sink: &mut Sink) -> bool {
    // Only the first header cell says whether this is a permissions table:
    // the other columns are classified for permissions tables only.
    let first = table.header.first().map(|h| rules::column_of(&h.text));
    if first != Some(Some(Column::PermissionType)) {
        return read_transposed(table, into, sink);
    }
    let layout = Layout::of(table);
    for row in &table.rows {
        let label = row.cells.first().map(|c| c.text.as_str()).unwrap_or("");
        let Some(kind) = rules::permission_kind(label) else {
            sink.report_cell(
                Code::UnrecognizedPermission,
                (row.line, 0, row.cells.len()),
                label,
                format!("unknown permission type {label:?}"),
            );
            continue;
        };
        let mut scopes: Vec<String> = Vec::new();
        let mut higher: Vec<String> = Vec::new();
        let mut not_supported = false;
        let mut unknown = false;
        for (i, column) in layout.columns.iter().enumerate().skip(1) {
            let Some(Column::Permissions(order)) = column else {
                continue;
            };
            let Some(text) = cell(row, Some(i)).map(|c| c.text.as_str()) else {
                continue;
            };
            let primary = *order != PermissionColumn::Higher;
            match read_cell(text) {
                CellValue::Scopes(mut s) => match order {
                    PermissionColumn::MostFirst => {
                        s.reverse();
                        scopes.extend(s);
                    }
                    PermissionColumn::Higher => higher.extend(s),
                    _ => scopes.extend(s),
                },
                CellValue::NotSupported if primary => not_supported = true,
                CellValue::NotSupported | CellValue::Nothing => {}
                CellValue::Placeholder => {
                    unknown = true;
                    sink.report_cell(
                        Code::TodoPlaceholder,
                        (row.line, i, row.cells.len()),
                        text,
                        format!(
                            "permissions for {label:?} are a placeholder: {:?}",
                            text.trim()
                        ),
                    );
                }
                CellValue::Unrecognized => {
                    unknown = true;
                    sink.report_cell(
                        Code::UnrecognizedPermission,
                        (row.line, i, row.cells.len()),
                        text,
                        format!("no scope in permissions cell {:?}", text.trim()),
                    );
                }
            }
        }
        let source = sink.at(row.line);
        let grant = if !scopes.is_empty() {
            Grant::Scopes {
                scopes,
                higher_privileged: higher,
                source,
            }
        } else if not_supported {
            Grant::NotSupported { source }
        } else if unknown {
            Grant::Unknown
        } else {
            continue;
        };
        let slot = match kind {
            PermissionKind::DelegatedWork => &mut into.delegated_work,
            PermissionKind::DelegatedPersonal => &mut into.delegated_personal,
            PermissionKind::Application => &mut into.application,
        };
        *slot = combine(std::mem::take(slot), grant);
    }
    true
}

/// The layout with one column per permission type and one row per resource
/// (`Supported resource | Delegated (work or school account) | … | Application`):
/// each permission type gets the scopes of all rows, in order.
fn read_transposed(table: &Table, into: &mut Permissions, sink: &mut Sink) -> bool {
    let kinds: Vec<Option<PermissionKind>> = table
        .header
        .iter()
        .map(|h| rules::permission_kind(&h.text))
        .collect();
    if kinds.iter().flatten().count() < 2 {
        return false;
    }
    for row in &table.rows {
        for (i, kind) in kinds.iter().enumerate() {
            let (Some(kind), Some(text)) = (kind, cell(row, Some(i)).map(|c| c.text.as_str()))
            else {
                continue;
            };
            let source = sink.at(row.line);
            let grant = match read_cell(text) {
                CellValue::Scopes(scopes) => Grant::Scopes {
                    scopes,
                    higher_privileged: Vec::new(),
                    source,
                },
                CellValue::NotSupported => Grant::NotSupported { source },
                CellValue::Placeholder => {
                    sink.report_cell(
                        Code::TodoPlaceholder,
                        (row.line, i, row.cells.len()),
                        text,
                        format!("permissions cell is a placeholder: {:?}", text.trim()),
                    );
                    continue;
                }
                CellValue::Nothing | CellValue::Unrecognized => continue,
            };
            let slot = match kind {
                PermissionKind::DelegatedWork => &mut into.delegated_work,
                PermissionKind::DelegatedPersonal => &mut into.delegated_personal,
                PermissionKind::Application => &mut into.application,
            };
            *slot = combine(std::mem::take(slot), grant);
        }
    }
    true
}

/// Two rows for the same permission type add up.
fn combine(old: Grant, new: Grant) -> Grant {
    match (old, new) {
        (Grant::Unknown, g) | (g, Grant::Unknown) => g,
        (
            Grant::Scopes {
                mut scopes,
                mut higher_privileged,
                source,
            },
            Grant::Scopes {
                scopes: s2,
                higher_privileged: h2,
                ..
            },
        ) => {
            for s in s2 {
                if !scopes.contains(&s) {
                    scopes.push(s);
                }
            }
            higher_privileged.extend(h2);
            Grant::Scopes {
                scopes,
                higher_privileged,
                source,
            }
        }
        (g @ Grant::Scopes { .. }, Grant::NotSupported { .. })
        | (Grant::NotSupported { .. }, g) => g,
    }
}

fn read_cell(text: &str) -> CellValue {
    if rules::is_placeholder(text) {
        return CellValue::Placeholder;
    }
    let normalized = text
        .trim()
        .trim_end_matches('.')
        .trim()
        .to_ascii_lowercase();
    if rules::NOT_SUPPORTED.contains(&normalized.as_str()) {
        return CellValue::NotSupported;
    }
    if rules::NOTHING_LISTED.contains(&normalized.as_str()) {
        return CellValue::Nothing;
    }
    let scopes: Vec<String> = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .map(|t| t.trim_matches(|c: char| matches!(c, '.' | '*' | '`' | '(' | ')' | '"' | '\'')))
        .filter(|t| is_scope(t))
        .map(str::to_string)
        .collect();
    if scopes.is_empty() {
        if normalized.starts_with("not supported") {
            return CellValue::NotSupported;
        }
        CellValue::Unrecognized
    } else {
        CellValue::Scopes(scopes)
    }
}

/// `User.Read.All`, `offline_access`.
fn is_scope(token: &str) -> bool {
    if BARE_SCOPES.contains(&token) {
        return true;
    }
    let mut parts = token.split('.');
    let first_ok = parts
        .next()
        .is_some_and(|p| p.chars().next().is_some_and(|c| c.is_ascii_alphabetic()));
    first_ok
        && token.contains('.')
        && token.split('.').all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::blocks::{Inline, TableRow};
    use std::sync::Arc;

    fn table(header: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            header: header.iter().map(|h| Inline::plain(*h)).collect(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| TableRow {
                    line: 10 + i as u32,
                    cells: r.iter().map(|c| Inline::plain(*c)).collect(),
                })
                .collect(),
        }
    }

    fn scopes(g: &Grant) -> Vec<&str> {
        match g {
            Grant::Scopes { scopes, .. } => scopes.iter().map(String::as_str).collect(),
            _ => vec![],
        }
    }

    #[test]
    fn least_to_most_layout() {
        let t = table(
            &[
                "Permission type",
                "Permissions (from least to most privileged)",
            ],
            &[
                &[
                    "Delegated (work or school account)",
                    "User.Read, User.ReadWrite",
                ],
                &["Delegated (personal Microsoft account)", "Not supported."],
                &["Application", "EntitlementManagement.ReadWrite.All."],
            ],
        );
        let mut p = Permissions::default();
        let mut sink = Sink::new(Arc::from("p.md"));
        assert!(read_permissions(&t, &mut p, &mut sink));
        assert_eq!(scopes(&p.delegated_work), ["User.Read", "User.ReadWrite"]);
        assert!(matches!(p.delegated_personal, Grant::NotSupported { .. }));
        assert_eq!(
            scopes(&p.application),
            ["EntitlementManagement.ReadWrite.All"]
        );
        assert!(sink.diagnostics.is_empty());
    }

    #[test]
    fn most_to_least_layout_is_reversed_and_todo_is_a_diagnostic() {
        let t = table(
            &[
                "Permission type",
                "Permissions (from most to least privileged)",
            ],
            &[
                &[
                    "Delegated (work or school account)",
                    "Mail.ReadWrite, Mail.Read",
                ],
                &["Application", "**TODO: Determine AppOnly scopes **"],
            ],
        );
        let mut p = Permissions::default();
        let mut sink = Sink::new(Arc::from("p.md"));
        read_permissions(&t, &mut p, &mut sink);
        assert_eq!(scopes(&p.delegated_work), ["Mail.Read", "Mail.ReadWrite"]);
        assert_eq!(p.application, Grant::Unknown);
        assert_eq!(sink.diagnostics[0].code, Code::TodoPlaceholder);
        assert_eq!(sink.diagnostics[0].source.line, 11);
    }

    #[test]
    fn least_and_higher_columns() {
        let t = table(
            &[
                "Permission type",
                "Least privileged permissions",
                "Higher privileged permissions",
            ],
            &[
                &[
                    "Delegated (work or school account)",
                    "A.Read.All",
                    "A.ReadWrite.All",
                ],
                &[
                    "Delegated (personal Microsoft account)",
                    "Not supported.",
                    "Not supported.",
                ],
                &["Application", "A.Read.All", "Not available."],
            ],
        );
        let mut p = Permissions::default();
        let mut sink = Sink::new(Arc::from("p.md"));
        read_permissions(&t, &mut p, &mut sink);
        match &p.delegated_work {
            Grant::Scopes {
                scopes,
                higher_privileged,
                ..
            } => {
                assert_eq!(scopes, &["A.Read.All"]);
                assert_eq!(higher_privileged, &["A.ReadWrite.All"]);
            }
            g => panic!("{g:?}"),
        }
        assert!(matches!(p.delegated_personal, Grant::NotSupported { .. }));
        assert_eq!(scopes(&p.application), ["A.Read.All"]);
    }

    #[test]
    fn one_column_per_permission_type() {
        let t = table(
            &[
                "Supported resource",
                "Delegated (work or school account)",
                "Delegated (personal Microsoft account)",
                "Application",
            ],
            &[
                &[
                    "device",
                    "Directory.AccessAsUser.All",
                    "Not supported",
                    "Device.ReadWrite.All",
                ],
                &[
                    "event",
                    "Calendars.ReadWrite",
                    "Calendars.ReadWrite",
                    "Calendars.ReadWrite",
                ],
            ],
        );
        let mut p = Permissions::default();
        let mut sink = Sink::new(Arc::from("p.md"));
        assert!(read_permissions(&t, &mut p, &mut sink));
        assert_eq!(
            scopes(&p.delegated_work),
            ["Directory.AccessAsUser.All", "Calendars.ReadWrite"]
        );
        assert_eq!(scopes(&p.delegated_personal), ["Calendars.ReadWrite"]);
        assert_eq!(
            scopes(&p.application),
            ["Device.ReadWrite.All", "Calendars.ReadWrite"]
        );
    }

    #[test]
    fn other_tables_are_not_permissions() {
        let t = table(&["Name", "Description"], &[&["Authorization", "Bearer"]]);
        let mut sink = Sink::new(Arc::from("p.md"));
        assert!(!read_permissions(
            &t,
            &mut Permissions::default(),
            &mut sink
        ));
    }
}
