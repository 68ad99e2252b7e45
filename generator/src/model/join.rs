//! Which pages' operations are one operation. Pages state one operation on
//! several pages (a derived type's create page, a parent's list page, old
//! and new paths), and some pages list other operations' paths (a stray
//! line, a survey of how to `$expand` seven resources): the join merges the
//! first kind and keeps the second from gluing operations together, so that
//! every path belongs to exactly one operation.

use super::{Located, Operation, PathTemplate, Segment};
use crate::diagnostics::{Code, Diagnostic};
use std::collections::HashMap;

/// One page's operation with what it merges under: for each of its paths,
/// the key (method and [`PathTemplate::match_key`]) and the request
/// line that states it, as written.
pub(super) struct KeyedOperation {
    /// The operation, as its page states it.
    pub(super) op: Operation,
    /// Per path: its key and its request line.
    pub(super) keys: Vec<(String, Located<String>)>,
    /// Whether the page surveys other operations rather than stating one:
    /// see [`is_survey`].
    pub(super) survey: bool,
    /// The page's examples it takes, moved into `op` before merging.
    pub(super) examples: Vec<super::merge::PageExample>,
}

/// Distinct last path names (`messages`, `events`, `contacts`, `calendars`)
/// from which a page's request lines are a survey of other operations
/// (`singlevaluelegacyextendedproperty-get.md`: one `$expand` on the reads of
/// seven resources), not alternative paths of one. Pages with alternatives
/// have at most three (`driveitem-get.md`: `items`, `root:`, `driveItem`).
const SURVEY_PATH_NAMES: usize = 4;

/// Whether `paths` end in [`SURVEY_PATH_NAMES`] or more different names.
pub(super) fn is_survey(paths: &[PathTemplate]) -> bool {
    let mut names: Vec<String> = paths.iter().filter_map(last_name).collect();
    names.sort();
    names.dedup();
    names.len() >= SURVEY_PATH_NAMES
}

/// The last name of a path, lower-cased, without a function's arguments:
/// `getMemberGroups` for `/me/getMemberGroups`, `events` for
/// `/groups/{id}/events`, `root:` for `/me/drive/root:/{path}`.
fn last_name(path: &PathTemplate) -> Option<String> {
    path.segments().iter().rev().find_map(|s| match s {
        Segment::Literal(l) => l
            .rsplit('/')
            .find(|w| !w.is_empty())
            .map(|w| w.split('(').next().unwrap_or(w).to_ascii_lowercase()),
        Segment::Param(_) => None,
    })
}

/// Merges the pages' operations, in file order, into one per HTTP operation.
///
/// Pages describe one operation on several pages (a derived type's create
/// page, a parent's list page, old and new paths), so an operation joins an
/// earlier one when its first path is one of that operation's, when that
/// operation's first path is one of its own, or when they share a path that
/// ends in the same name as its first (`group-list-events.md` and
/// `calendar-list-events.md` share `/groups/{id}/calendar/events`). A path
/// shared in any other way (`directoryobject-getmemberobjects.md` listing
/// `POST /groups/{id}/getMemberGroups`) stays with the operation that stated
/// it first and becomes a related request of the later one
/// (`shared-request-path`): one path is one operation, and a stray line
/// cannot glue two operations together.
///
/// Survey pages (see [`KeyedOperation::survey`]) come last, so they never
/// claim a path before its own page does: each joins the operation of its
/// first path (or is one), keeps the paths that end in the same name as that
/// one, and its other paths become related requests, silently (they are
/// calls the page shows, not mistakes).
pub(super) fn merge_operations(
    keyed: impl Iterator<Item = KeyedOperation>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Operation> {
    let mut merger = Merger::default();
    let mut surveys = Vec::new();
    for k in keyed {
        if k.survey {
            surveys.push(k);
        } else {
            merger.add(k, diagnostics);
        }
    }
    for k in surveys {
        merger.add(k, diagnostics);
    }
    merger.operations
}

/// The operations merged so far, and which owns each path key.
#[derive(Default)]
struct Merger {
    operations: Vec<Operation>,
    owner: HashMap<String, usize>,
    first_keys: Vec<Option<String>>,
}

impl Merger {
    fn add(&mut self, keyed: KeyedOperation, diagnostics: &mut Vec<Diagnostic>) {
        let KeyedOperation {
            mut op,
            keys,
            survey,
            ..
        } = keyed;
        let first_name = op.paths.first().and_then(last_name);
        let target = keys
            .first()
            .and_then(|(k, _)| self.owner.get(k).copied())
            .or_else(|| {
                if survey {
                    return None;
                }
                keys.iter().zip(&op.paths).find_map(|((k, _), path)| {
                    let i = self.owner.get(k).copied()?;
                    let joins = self.first_keys[i].as_deref() == Some(k.as_str())
                        || (first_name.is_some() && last_name(path) == first_name);
                    joins.then_some(i)
                })
            });
        let index = target.unwrap_or(self.operations.len());
        // Paths another operation owns leave this one.
        let mut kept = Vec::with_capacity(keys.len());
        let paths = std::mem::take(&mut op.paths);
        for (i, ((key, line), path)) in keys.into_iter().zip(paths).enumerate() {
            // A survey's path to something else than its first path names is
            // another operation's, stated or not.
            if survey && i > 0 && last_name(&path) != first_name {
                op.related_requests.push(line);
                continue;
            }
            match self.owner.get(&key) {
                Some(&other) if other != index => {
                    let owner = &self.operations[other];
                    if !survey {
                        diagnostics.push(
                            Diagnostic::at(
                                Code::SharedRequestPath,
                                &line.source,
                                format!(
                                    "`{} {path}` is a path of `{}` ({}), not of the operation this page documents; kept as a related request",
                                    op.method, owner.id, owner.sources[0]
                                ),
                            )
                            .quoting(&path.to_string()),
                        );
                    }
                    op.related_requests.push(line);
                }
                _ => kept.push((key, path)),
            }
        }
        for (key, _) in &kept {
            self.owner.entry(key.clone()).or_insert(index);
        }
        op.paths = kept.into_iter().map(|(_, p)| p).collect();
        match target {
            Some(i) => super::merge::merge_into(&mut self.operations[i], op, diagnostics),
            None => {
                self.first_keys.push(
                    op.paths
                        .first()
                        .map(|p| format!("{} {}", op.method, p.match_key())),
                );
                self.operations.push(op);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Code;
    use crate::model::Model;

    /// Writes API pages (file name, request-section body) and builds the model.
    fn model(pages: &[(&str, &str)]) -> Model {
        let dir = tempfile::tempdir().unwrap();
        let api = dir.path().join("api");
        std::fs::create_dir_all(&api).unwrap();
        for (file, request) in pages {
            std::fs::write(
                api.join(file),
                format!("---\ndoc_type: apiPageType\n---\n# {file}\n\n## HTTP request\n\n{request}\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n"),
            )
            .unwrap();
        }
        crate::build_model(&[dir.path().to_path_buf()]).unwrap()
    }

    fn block(lines: &[&str]) -> String {
        format!("```http\n{}\n```\n", lines.join("\n"))
    }

    /// (operation id, its paths, its related requests).
    fn operations(m: &Model) -> Vec<(String, Vec<String>, Vec<String>)> {
        m.operations
            .iter()
            .map(|o| {
                (
                    o.id.clone(),
                    o.paths.iter().map(|p| p.to_string()).collect(),
                    o.related_requests.iter().map(|r| r.value.clone()).collect(),
                )
            })
            .collect()
    }

    fn codes(m: &Model, code: Code) -> Vec<(String, u32)> {
        m.diagnostics
            .iter()
            .filter(|d| d.code == code)
            .map(|d| {
                (
                    d.source.file.rsplit('/').next().unwrap().to_string(),
                    d.source.line,
                )
            })
            .collect()
    }

    #[test]
    fn pages_sharing_a_path_of_the_same_name_are_one_operation() {
        let m = model(&[
            (
                "calendar-list-events.md",
                &block(&[
                    "GET /me/calendar/events",
                    "GET /groups/{id}/calendar/events",
                ]),
            ),
            (
                "group-list-events.md",
                &block(&[
                    "GET /groups/{id}/events",
                    "GET /groups/{id}/calendar/events",
                ]),
            ),
        ]);
        assert_eq!(
            operations(&m),
            [(
                "GET /me/calendar/events".to_string(),
                vec![
                    "/me/calendar/events".to_string(),
                    "/groups/{id}/calendar/events".to_string(),
                    "/groups/{id}/events".to_string()
                ],
                vec![]
            )]
        );
        assert!(codes(&m, Code::SharedRequestPath).is_empty());
    }

    #[test]
    fn a_stray_path_of_another_operation_does_not_glue_them() {
        let m = model(&[
            (
                "directoryobject-getmembergroups.md",
                &block(&[
                    "POST /me/getMemberGroups",
                    "POST /groups/{id}/getMemberGroups",
                ]),
            ),
            (
                "directoryobject-getmemberobjects.md",
                &block(&[
                    "POST /me/getMemberObjects",
                    "POST /groups/{id}/getMemberGroups",
                ]),
            ),
        ]);
        assert_eq!(
            operations(&m),
            [
                (
                    "POST /me/getMemberGroups".to_string(),
                    vec![
                        "/me/getMemberGroups".to_string(),
                        "/groups/{id}/getMemberGroups".to_string()
                    ],
                    vec![]
                ),
                (
                    "POST /me/getMemberObjects".to_string(),
                    vec!["/me/getMemberObjects".to_string()],
                    vec!["POST /groups/{id}/getMemberGroups".to_string()]
                ),
            ]
        );
        assert_eq!(
            codes(&m, Code::SharedRequestPath),
            [("directoryobject-getmemberobjects.md".to_string(), 10)]
        );
    }

    /// A page that shows the same query on the reads of many resources joins
    /// the read of its first path, claims no path another page states (even
    /// one read later), and its other lines are related requests, silently.
    #[test]
    fn a_survey_page_joins_its_first_operation_and_claims_nothing() {
        let m = model(&[
            ("message-get.md", &block(&["GET /me/messages/{id}"])),
            (
                "extendedproperty-get.md",
                &block(&[
                    "GET /me/messages/{id}?$expand=x",
                    "GET /me/events/{id}?$expand=x",
                    "GET /me/contacts?$filter=x",
                ]),
            ),
            ("user-list-contacts.md", &block(&["GET /me/contacts"])),
            (
                "zz-create-with-property.md",
                &block(&[
                    "POST /me/messages",
                    "POST /me/events",
                    "POST /me/contacts",
                    "POST /me/calendars",
                ]),
            ),
            ("user-post-contacts.md", &block(&["POST /me/contacts"])),
        ]);
        let ops = operations(&m);
        let ids: Vec<&str> = ops.iter().map(|o| o.0.as_str()).collect();
        assert_eq!(
            ids,
            [
                "GET /me/contacts",
                "GET /me/messages/{id}",
                "POST /me/contacts",
                "POST /me/messages"
            ],
            "{ops:?}"
        );
        // The survey's other reads, stated by a page or not, are related
        // requests of the operation it joins, not its paths.
        let messages = ops.iter().find(|o| o.0 == "GET /me/messages/{id}").unwrap();
        assert_eq!(messages.1, ["/me/messages/{id}"]);
        assert_eq!(
            messages.2,
            [
                "GET /me/events/{id}?$expand=x",
                "GET /me/contacts?$filter=x"
            ],
            "{ops:?}"
        );
        let creates = ops.iter().find(|o| o.0 == "POST /me/messages").unwrap();
        assert_eq!(creates.1, ["/me/messages"]);
        assert_eq!(
            ops.iter().find(|o| o.0 == "POST /me/contacts").unwrap().1,
            ["/me/contacts"]
        );
        assert!(codes(&m, Code::SharedRequestPath).is_empty());
    }

    /// `user-list-manager.md`: a query on a path the page does not otherwise
    /// state (`GET /me?$expand=manager`) is a related request, not a path;
    /// so is a call its Remarks show after the request section.
    #[test]
    fn queries_on_other_paths_and_later_calls_are_related_requests() {
        let m = model(&[
            ("user-get.md", &block(&["GET /me", "GET /users/{id}"])),
            (
                "user-list-manager.md",
                &format!(
                    "{}\n{}\n## Remarks\n\nThen read the item:\n\n{}",
                    block(&["GET /me/manager", "GET /users/{id}/manager"]),
                    block(&["GET /me?$expand=manager", "GET /users?$expand=manager"]),
                    block(&["GET /drives/{drive-id}/items/{item-id}"])
                ),
            ),
        ]);
        assert_eq!(
            operations(&m),
            [
                (
                    "GET /me".to_string(),
                    vec!["/me".to_string(), "/users/{id}".to_string()],
                    vec![]
                ),
                (
                    "GET /me/manager".to_string(),
                    vec!["/me/manager".to_string(), "/users/{id}/manager".to_string()],
                    vec![
                        "GET /me?$expand=manager".to_string(),
                        "GET /users?$expand=manager".to_string(),
                        "GET /drives/{drive-id}/items/{item-id}".to_string()
                    ]
                ),
            ]
        );
    }

    /// Pages that document one operation per derived type answer with their
    /// common base type, without a conflict; types related only through
    /// `entity` still conflict, and each page's example keeps its own type.
    #[test]
    fn sibling_types_of_merged_pages_become_their_base() {
        let dir = tempfile::tempdir().unwrap();
        let (api, resources) = (dir.path().join("api"), dir.path().join("resources"));
        std::fs::create_dir_all(&api).unwrap();
        std::fs::create_dir_all(&resources).unwrap();
        for (name, base) in [
            ("entity", None),
            ("deviceConfiguration", Some("entity")),
            ("androidConfiguration", Some("deviceConfiguration")),
            ("iosConfiguration", Some("deviceConfiguration")),
            ("user", Some("entity")),
            ("group", Some("entity")),
        ] {
            let inherits = base.map_or(String::new(), |b| {
                format!("Inherits from [{b}]({}.md).\n\n", b.to_ascii_lowercase())
            });
            std::fs::write(
                resources.join(format!("{}.md", name.to_ascii_lowercase())),
                format!("---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\n{inherits}## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Id. |\n"),
            )
            .unwrap();
        }
        let page = |file: &str, path: &str, ty: &str| {
            std::fs::write(
                api.join(file),
                format!("---\ndoc_type: apiPageType\n---\n# Get\n\n## HTTP request\n\n```http\nGET {path}\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [{ty}](../resources/{}.md) object in the response body.\n\n## Example\n\n### Response\n\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\"}}\n```\n", ty.to_ascii_lowercase()),
            )
            .unwrap();
        };
        page("android-get.md", "/configs/{id}", "androidConfiguration");
        page("ios-get.md", "/configs/{id}", "iosConfiguration");
        page("group-get.md", "/things/{id}", "group");
        page("user-get.md", "/things/{id}", "user");
        let m = crate::build_model(&[dir.path().to_path_buf()]).unwrap();
        let response = |id: &str| {
            let op = m.operations.iter().find(|o| o.id == id).unwrap();
            let examples: Vec<String> = op
                .examples
                .iter()
                .filter_map(|e| op.example_type_ref(e).map(|t| t.name.clone()))
                .collect();
            (op.responses[0].ty.as_ref().unwrap().name.clone(), examples)
        };
        assert_eq!(
            response("GET /configs/{id}"),
            (
                "deviceConfiguration".to_string(),
                vec![
                    "androidConfiguration".to_string(),
                    "iosConfiguration".to_string()
                ]
            )
        );
        assert_eq!(response("GET /things/{id}").0, "group");
        assert_eq!(
            codes(&m, Code::ConflictingFact),
            [("user-get.md".to_string(), 14)]
        );
    }
}
