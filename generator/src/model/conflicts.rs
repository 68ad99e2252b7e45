//! Types that pages merged into one operation state differently for one
//! response or the request body ([`super::TypeConflict`]), settled once every type
//! and base type is known: siblings become their common base type, anything
//! else is a `conflicting-fact`.

use super::infer::TypeTable;
use super::{Operation, TypeRef};
use crate::diagnostics::{Code, Diagnostic};

/// Settles the types merged pages state differently for one response or
/// the request body ([`super::TypeConflict`]). Pages that document one
/// operation per derived type (`intune-deviceconfig-androidcustomconfiguration-get.md`,
/// `…-ioscustomconfiguration-get.md`, … all on `GET
/// /deviceManagement/deviceConfigurations/{id}`) state sibling types: the
/// operation answers with their nearest common base type
/// (`deviceConfiguration`), which is polymorphism, not a conflict; each page's
/// examples keep their own type. Types with no common base but `entity`
/// (every entity's root), or that differ in collection-ness, do conflict:
/// `conflicting-fact`, and the first page's type stays.
pub(super) fn resolve(types: &TypeTable, op: &mut Operation) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for c in std::mem::take(&mut op.type_conflicts) {
        let theirs = TypeRef {
            name: types.canonical(&c.ty.name),
            ..c.ty.clone()
        };
        let id = op.id.clone();
        let current = match c.status {
            Some(status) => op
                .responses
                .iter_mut()
                .find(|r| r.status == status)
                .and_then(|r| r.ty.as_mut()),
            None => op.request_body.as_mut().and_then(|b| b.ty.as_mut()),
        };
        let Some(current) = current else { continue };
        if current.name.eq_ignore_ascii_case(&theirs.name)
            && current.collection == theirs.collection
        {
            continue;
        }
        let base = (current.collection == theirs.collection)
            .then(|| common_base(types, &current.name, &theirs.name))
            .flatten()
            .filter(|b| b != ROOT_ENTITY);
        if let Some(base) = base {
            current.name = base;
            continue;
        }
        let message = match c.status {
            Some(status) => format!(
                "{id} responds {status} with {} here but with {} at {}",
                theirs.name, current.name, c.first
            ),
            None => format!(
                "{id} takes a {} body here but a {} at {}",
                theirs.name, current.name, c.first
            ),
        };
        diagnostics
            .push(Diagnostic::at(Code::ConflictingFact, &c.source, message).quoting(&c.ty.name));
    }
    diagnostics
}

/// The base type every entity type derives from: a common base that says
/// nothing about what an operation returns.
const ROOT_ENTITY: &str = "entity";

/// The nearest type both `a` and `b` are (or derive from), by the base types
/// the pages state.
fn common_base(types: &TypeTable, a: &str, b: &str) -> Option<String> {
    let ancestors = |name: &str| {
        let mut chain = vec![name.to_string()];
        while chain.len() < 32 {
            let Some(base) = types
                .get(chain.last().expect("never empty"))
                .and_then(|t| t.base_type.as_deref())
                .map(|b| types.canonical(b))
            else {
                break;
            };
            if chain.contains(&base) {
                break;
            }
            chain.push(base);
        }
        chain
    };
    let of_a = ancestors(a);
    ancestors(b).into_iter().find(|t| of_a.contains(t))
}
