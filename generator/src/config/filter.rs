//! Narrowing a model to what a project uses, so a crate for five endpoints
//! does not carry a thousand types.
//!
//! An `include`/`exclude` entry starting with `/` is a path prefix: it selects
//! every operation with a path that starts with it at a segment boundary,
//! compared case-insensitively with parameter names ignored (so
//! `/users/{id}/manager` matches `/users/{id | userPrincipalName}/manager`).
//! Any other entry names an operation id (`GET /me`) or a type
//! (`accessPackage`), case-insensitively.
//!
//! With `include` empty everything is kept but what `exclude` names. With
//! entries, the selected operations are kept, with exactly the types they
//! reach: request body, its properties, responses, path and query parameters,
//! then each type's properties and base type, transitively; a type named in
//! `include` is kept with what it reaches. An excluded type is never kept nor
//! followed: fields that refer to it become raw JSON.

use super::Config;
use crate::model::{Model, Operation, PathTemplate, TypeDef, TypeRef};
use std::collections::BTreeSet;

/// The part of `model` that `config` selects. Pages and diagnostics are kept
/// whole (they describe the docs, not the output); order is preserved, so the
/// result is as deterministic as the input.
pub fn filter_model(model: &Model, config: &Config) -> Model {
    let include: Vec<Selector> = config.include.iter().map(|s| Selector::parse(s)).collect();
    let exclude: Vec<Selector> = config.exclude.iter().map(|s| Selector::parse(s)).collect();
    let excluded_type = |name: &str| exclude.iter().any(|s| s.names(name));
    let operations: Vec<Operation> = model
        .operations
        .iter()
        .filter(|op| include.is_empty() || include.iter().any(|s| s.selects(op)))
        .filter(|op| !exclude.iter().any(|s| s.selects(op)))
        .cloned()
        .collect();
    let types: Vec<TypeDef> = if include.is_empty() {
        model
            .types
            .iter()
            .filter(|t| !excluded_type(&t.name))
            .cloned()
            .collect()
    } else {
        let mut roots: Vec<&str> = operations.iter().flat_map(operation_types).collect();
        roots.extend(
            model
                .types
                .iter()
                .filter(|t| include.iter().any(|s| s.names(&t.name)))
                .map(|t| t.name.as_str()),
        );
        let kept = reach(model, roots, &excluded_type);
        model
            .types
            .iter()
            .filter(|t| kept.contains(t.name.as_str()))
            .cloned()
            .collect()
    };
    Model {
        operations,
        types,
        ..model.clone()
    }
}

/// One `include`/`exclude` entry.
#[derive(Debug)]
enum Selector {
    /// A path prefix, as a match key (lower-cased, parameters as `{}`).
    Path(String),
    /// An operation id or type name, lower-cased.
    Name(String),
}

impl Selector {
    fn parse(entry: &str) -> Selector {
        let entry = entry.trim();
        if entry.starts_with('/') {
            let trimmed = if entry.len() > 1 {
                entry.trim_end_matches('/')
            } else {
                entry
            };
            let key = PathTemplate::parse(trimmed)
                .map(|p| p.match_key())
                .unwrap_or_else(|_| trimmed.to_ascii_lowercase());
            Selector::Path(key)
        } else {
            Selector::Name(entry.to_ascii_lowercase())
        }
    }

    fn selects(&self, op: &Operation) -> bool {
        match self {
            Selector::Path(prefix) => op.paths.iter().any(|p| has_prefix(&p.match_key(), prefix)),
            Selector::Name(name) => op.id.eq_ignore_ascii_case(name),
        }
    }

    fn names(&self, type_name: &str) -> bool {
        matches!(self, Selector::Name(name) if type_name.eq_ignore_ascii_case(name))
    }
}

/// Whether `path` starts with `prefix` at a segment boundary (`/users` selects
/// `/users/{}` but not `/usersettings`).
fn has_prefix(path: &str, prefix: &str) -> bool {
    match path.strip_prefix(prefix) {
        Some(rest) => {
            prefix.ends_with('/') || rest.is_empty() || rest.starts_with(['/', '(', '?', '$'])
        }
        None => false,
    }
}

/// The Graph types an operation names directly.
fn operation_types(op: &Operation) -> impl Iterator<Item = &str> {
    let body = op
        .request_body
        .iter()
        .flat_map(|b| b.ty.iter().chain(b.properties.iter().map(|p| &p.ty)));
    let responses = op.responses.iter().filter_map(|r| r.ty.as_ref());
    let params = op
        .path_parameters
        .iter()
        .chain(&op.query_parameters)
        .filter_map(|p| p.ty.as_ref());
    body.chain(responses)
        .chain(params)
        .filter(|t| !t.is_primitive())
        .map(|t: &TypeRef| t.name.as_str())
}

/// Every type name reachable from `roots` through properties and base types,
/// skipping excluded ones.
fn reach<'m>(
    model: &'m Model,
    roots: Vec<&'m str>,
    excluded: &dyn Fn(&str) -> bool,
) -> BTreeSet<&'m str> {
    let mut kept = BTreeSet::new();
    let mut stack = roots;
    while let Some(name) = stack.pop() {
        if excluded(name) || !kept.insert(name) {
            continue;
        }
        for def in model.types.iter().filter(|t| t.name == name) {
            stack.extend(def.base_type.as_deref());
            stack.extend(
                def.properties
                    .iter()
                    .filter(|p| !p.ty.is_primitive())
                    .map(|p| p.ty.name.as_str()),
            );
        }
    }
    kept
}

#[cfg(test)]
mod tests;
