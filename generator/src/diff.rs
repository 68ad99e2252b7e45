//! What changed in the API surface between two versions of the docs, and
//! which changes break callers, so a docs update can be reviewed (and gated
//! in CI) by its effect on the generated code rather than by its Markdown diff.
//!
//! Either side is a docs folder or page (read into a model) or a model JSON
//! file written by `graphdoc model`. Both are compared as JSON, so a model
//! saved by an older build compares with a fresh one.
//!
//! Operations are compared by method and path, one entry per alternative
//! path, with parameter names ignored (`/users/{id}` and `/users/{user-id}`
//! are the same endpoint); operations without a usable path have no surface
//! and are skipped. Breaking: a removed operation, type, property or enum
//! member; a property whose type, collection-ness or base type changed; a
//! property that became required (or was added as required).

use crate::model::PathTemplate;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Why a side of the diff could not be read. Each names the path, since there are two.
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    /// A `.json` file could not be read.
    #[error("{}: cannot read model JSON: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// A `.json` file that is not a model (write one with `graphdoc model PATH > FILE.json`).
    #[error("{}: not a model JSON file ({message}); write one with `graphdoc model PATH > FILE.json`", path.display())]
    NotAModel {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// The docs could not be read.
    #[error(transparent)]
    Docs(#[from] crate::Error),
}

/// The parts of a model that callers of the generated code depend on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Surface {
    /// `METHOD match-key` → `METHOD path` as written.
    pub operations: BTreeMap<String, String>,
    /// Type name → its shape.
    pub types: BTreeMap<String, TypeShape>,
}

/// What a type looks like to a caller.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeShape {
    /// Base type name.
    pub base_type: Option<String>,
    /// Property name → shape.
    pub properties: BTreeMap<String, PropertyShape>,
    /// Enum member names.
    pub members: Vec<String>,
}

/// What a property looks like to a caller.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PropertyShape {
    /// Type name.
    pub ty: String,
    /// Whether it is a collection.
    pub collection: bool,
    /// Whether the docs say it is required.
    pub required: bool,
}

impl PropertyShape {
    fn type_text(&self) -> String {
        if self.collection {
            format!("Collection({})", self.ty)
        } else {
            self.ty.clone()
        }
    }
}

/// One difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Whether code written against the old docs may stop working.
    pub breaking: bool,
    /// `added operation`, `removed type`, `changed property`…
    pub what: &'static str,
    /// The operation (`GET /me`), type (`user`) or property (`user.displayName`).
    pub subject: String,
    /// What about it changed (`type String → Int32`), when that needs saying.
    pub detail: Option<String>,
}

impl fmt::Display for Change {
    /// `BREAKING removed operation GET /me`, `         added type user`: a fixed-width
    /// marker so the subjects line up and `grep BREAKING` finds the ones that matter.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let marker = if self.breaking {
            "BREAKING"
        } else {
            "        "
        };
        write!(f, "{marker} {} {}", self.what, self.subject)?;
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

/// Reads one side: a model JSON file when `path` ends in `.json`, else docs.
pub fn load(path: &Path) -> Result<Surface, DiffError> {
    let is_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if is_json {
        let text = std::fs::read_to_string(path).map_err(|source| DiffError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let value: Value = serde_json::from_str(&text).map_err(|e| DiffError::NotAModel {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        surface(&value).map_err(|message| DiffError::NotAModel {
            path: path.to_path_buf(),
            message,
        })
    } else {
        let model = crate::build_model(&[path.to_path_buf()])?;
        let value = serde_json::to_value(&model).map_err(|e| DiffError::NotAModel {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        surface(&value).map_err(|message| DiffError::NotAModel {
            path: path.to_path_buf(),
            message,
        })
    }
}

/// The surface of a model in its JSON form. `Err` says what is missing.
pub fn surface(model: &Value) -> Result<Surface, String> {
    let operations = model
        .get("operations")
        .and_then(Value::as_array)
        .ok_or("no `operations` array")?;
    let types = model
        .get("types")
        .and_then(Value::as_array)
        .ok_or("no `types` array")?;
    let mut out = Surface::default();
    for op in operations {
        let method = op.get("method").and_then(Value::as_str).unwrap_or_default();
        for path in op
            .get("paths")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            let key = PathTemplate::parse(path)
                .map(|t| t.match_key())
                .unwrap_or_else(|_| path.to_ascii_lowercase());
            out.operations
                .entry(format!("{method} {key}"))
                .or_insert_with(|| format!("{method} {path}"));
        }
    }
    for t in types {
        let Some(name) = t.get("name").and_then(Value::as_str) else {
            continue;
        };
        let mut shape = TypeShape {
            base_type: t
                .get("baseType")
                .and_then(Value::as_str)
                .map(str::to_string),
            ..TypeShape::default()
        };
        for p in t
            .get("properties")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(pname) = p.get("name").and_then(Value::as_str) else {
                continue;
            };
            shape
                .properties
                .entry(pname.to_string())
                .or_insert_with(|| PropertyShape {
                    ty: p
                        .get("type")
                        .and_then(Value::as_str)
                        .unwrap_or("Untyped")
                        .to_string(),
                    collection: p
                        .get("collection")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                    required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                });
        }
        shape.members = t
            .get("members")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|m| m.get("name").and_then(Value::as_str).map(str::to_string))
            .collect();
        out.types.insert(name.to_string(), shape);
    }
    Ok(out)
}

/// Every change from `old` to `new`: operations, then types, each in name order.
pub fn diff(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut changes = Vec::new();
    let change = |breaking, what, subject: &str, detail: Option<String>| Change {
        breaking,
        what,
        subject: subject.to_string(),
        detail,
    };
    for (key, shown) in &old.operations {
        if !new.operations.contains_key(key) {
            changes.push(change(true, "removed operation", shown, None));
        }
    }
    for (key, shown) in &new.operations {
        if !old.operations.contains_key(key) {
            changes.push(change(false, "added operation", shown, None));
        }
    }
    let mut names: Vec<&String> = old.types.keys().chain(new.types.keys()).collect();
    names.sort();
    names.dedup();
    for name in names {
        match (old.types.get(name), new.types.get(name)) {
            (Some(_), None) => changes.push(change(true, "removed type", name, None)),
            (None, Some(_)) => changes.push(change(false, "added type", name, None)),
            (Some(a), Some(b)) => type_changes(name, a, b, &mut changes),
            (None, None) => {}
        }
    }
    changes
}

fn type_changes(name: &str, old: &TypeShape, new: &TypeShape, changes: &mut Vec<Change>) {
    let show = |b: &Option<String>| b.clone().unwrap_or_else(|| "none".to_string());
    if old.base_type != new.base_type {
        changes.push(Change {
            breaking: true,
            what: "changed type",
            subject: name.to_string(),
            detail: Some(format!(
                "base type {} → {}",
                show(&old.base_type),
                show(&new.base_type)
            )),
        });
    }
    for member in &old.members {
        if !new.members.contains(member) {
            changes.push(Change {
                breaking: true,
                what: "removed member",
                subject: format!("{name}.{member}"),
                detail: None,
            });
        }
    }
    for member in &new.members {
        if !old.members.contains(member) {
            changes.push(Change {
                breaking: false,
                what: "added member",
                subject: format!("{name}.{member}"),
                detail: None,
            });
        }
    }
    let mut props: Vec<&String> = old.properties.keys().chain(new.properties.keys()).collect();
    props.sort();
    props.dedup();
    for prop in props {
        let subject = format!("{name}.{prop}");
        match (old.properties.get(prop), new.properties.get(prop)) {
            (Some(_), None) => changes.push(Change {
                breaking: true,
                what: "removed property",
                subject,
                detail: None,
            }),
            (None, Some(p)) => changes.push(Change {
                breaking: p.required,
                what: "added property",
                subject,
                detail: Some(format!(
                    "{}{}",
                    p.type_text(),
                    if p.required { ", required" } else { "" }
                )),
            }),
            (Some(a), Some(b)) => {
                if a.ty != b.ty || a.collection != b.collection {
                    changes.push(Change {
                        breaking: true,
                        what: "changed property",
                        subject: subject.clone(),
                        detail: Some(format!("type {} → {}", a.type_text(), b.type_text())),
                    });
                }
                if a.required != b.required {
                    let detail = if b.required {
                        "became required"
                    } else {
                        "no longer required"
                    };
                    changes.push(Change {
                        breaking: b.required,
                        what: "changed property",
                        subject,
                        detail: Some(detail.to_string()),
                    });
                }
            }
            (None, None) => {}
        }
    }
}

/// `3 changes, 1 breaking` (or `no changes`), for stderr.
pub fn summary(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "no changes in the API surface".to_string();
    }
    let breaking = changes.iter().filter(|c| c.breaking).count();
    let noun = if changes.len() == 1 {
        "change"
    } else {
        "changes"
    };
    let mut s = format!("{} {noun}, {breaking} breaking", changes.len());
    if breaking > 0 {
        s.push_str("; lines marked BREAKING may break code generated from the old docs");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn model(ops: Value, types: Value) -> Surface {
        surface(&json!({"operations": ops, "types": types})).unwrap()
    }

    fn lines(changes: &[Change]) -> Vec<String> {
        changes.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn operations_compare_by_method_and_path_ignoring_parameter_names() {
        let old = model(
            json!([{"method": "GET", "paths": ["/users/{id}", "/me"]}, {"method": "POST", "paths": []}]),
            json!([]),
        );
        let new = model(
            json!([{"method": "GET", "paths": ["/users/{user-id}"]}, {"method": "DELETE", "paths": ["/users/{id}"]}]),
            json!([]),
        );
        assert_eq!(
            lines(&diff(&old, &new)),
            [
                "BREAKING removed operation GET /me",
                "         added operation DELETE /users/{id}"
            ]
        );
    }

    #[test]
    fn property_changes_and_which_break() {
        let old = model(
            json!([]),
            json!([
                {"name": "a", "properties": [
                    {"name": "x", "type": "String", "collection": false, "required": null},
                    {"name": "y", "type": "String", "collection": false, "required": true},
                    {"name": "z", "type": "Int32", "collection": false, "required": null},
                    {"name": "w", "type": "Int32", "collection": false, "required": false}
                ]},
                {"name": "gone", "properties": []},
                {"name": "e", "members": [{"name": "one"}, {"name": "two"}]}
            ]),
        );
        let new = model(
            json!([]),
            json!([
                {"name": "a", "baseType": "entity", "properties": [
                    {"name": "x", "type": "String", "collection": true, "required": null},
                    {"name": "y", "type": "String", "collection": false, "required": null},
                    {"name": "w", "type": "Int32", "collection": false, "required": true},
                    {"name": "n", "type": "Boolean", "collection": false, "required": null}
                ]},
                {"name": "fresh", "properties": []},
                {"name": "e", "members": [{"name": "one"}, {"name": "three"}]}
            ]),
        );
        let changes = diff(&old, &new);
        assert_eq!(
            lines(&changes),
            [
                "BREAKING changed type a: base type none → entity",
                "         added property a.n: Boolean",
                "BREAKING changed property a.w: became required",
                "BREAKING changed property a.x: type String → Collection(String)",
                "         changed property a.y: no longer required",
                "BREAKING removed property a.z",
                "BREAKING removed member e.two",
                "         added member e.three",
                "         added type fresh",
                "BREAKING removed type gone",
            ]
        );
        assert_eq!(
            summary(&changes).split(';').next().unwrap(),
            "10 changes, 6 breaking"
        );
    }

    #[test]
    fn identical_models_have_no_changes() {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs-input");
        let a = load(&root).unwrap();
        assert!(!a.operations.is_empty() && !a.types.is_empty());
        assert!(diff(&a, &a).is_empty());
        assert_eq!(summary(&[]), "no changes in the API surface");
    }

    #[test]
    fn a_json_file_that_is_not_a_model_says_how_to_make_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.json");
        std::fs::write(&path, "{\"hello\": 1}").unwrap();
        let err = load(&path).unwrap_err().to_string();
        assert!(
            err.contains("x.json") && err.contains("graphdoc model"),
            "{err}"
        );
    }
}
