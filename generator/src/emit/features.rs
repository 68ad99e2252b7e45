//! Cargo features per API area, so a user who calls only `/users` and `/groups`
//! compiles only those operations and the types they reach: the full v1.0
//! crate is ~160k lines, and checking all of it costs every user the same
//! whether they need one area or fifty.
//!
//! An operation's area is its path's first literal segment, lower-cased
//! (`/users/{id}/messages` → `users`, `/me/drive` → `me`), so the docs'
//! case variants (`directoryRoles`, `directoryroles`) share one feature. A
//! type is compiled when any area that reaches it is on: reaching follows
//! request and response types, then struct fields and base types,
//! transitively. A type reached by every area needs no gate; one reached by
//! none sits under [`UNREACHED`], which `full` (the default) turns on, so
//! the default crate is exactly what it was before features existed.

use super::resolve::{Resolved, Target, TypeKind};
use crate::model::{Model, Operation, PathTemplate, Segment};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

/// The feature that enables every area (and the default one).
pub const FULL: &str = "full";
/// The feature for types no operation reaches: still useful to a user who
/// reads Graph JSON by other means, but not worth compiling for everyone.
pub const UNREACHED: &str = "types-unreached";
/// The area of a path with no literal segment (`/{id}`), which no Graph path has today.
pub const ROOT_AREA: &str = "root";
/// Feature names an area may not take, since Cargo or this module gives them another meaning.
const RESERVED: &[&str] = &["default", FULL, UNREACHED];

/// The most characters an area's feature name keeps (Graph's longest first
/// segment, `deviceAppManagement`, has 19; a segment of thousands would be a
/// feature no one could type).
const MAX_AREA_CHARS: usize = 64;

/// The area of an operation's path: its first literal segment, lower-cased and
/// cut at the first character a feature name cannot hold (`/drives('{id}')` →
/// `drives`), or after `MAX_AREA_CHARS` characters.
pub fn area_of(path: &PathTemplate) -> String {
    let first = path.segments().iter().find_map(|s| match s {
        Segment::Literal(l) => l.split('/').find(|w| !w.is_empty()).map(str::to_string),
        Segment::Param(_) => None,
    });
    let word: String = first
        .unwrap_or_default()
        .trim_start_matches('$')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .take(MAX_AREA_CHARS)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let word = word.trim_matches(|c| c == '-' || c == '_').to_string();
    if word.is_empty() {
        ROOT_AREA.to_string()
    } else if RESERVED.contains(&word.as_str()) {
        format!("{word}-api")
    } else {
        word
    }
}

/// The area of an operation that gets a client method (one with a resolved path).
pub fn operation_area(op: &Operation) -> Option<String> {
    op.paths.first().map(area_of)
}

/// Which areas exist and which of them reach each type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Areas {
    /// Every area, sorted (the feature names besides `full` and `types-unreached`).
    pub names: Vec<String>,
    /// For each resolved type (same index as [`Resolved::types`]), the areas that reach it.
    pub of_type: Vec<BTreeSet<String>>,
    /// Whether to gate anything: off for code a `build.rs` includes into a
    /// crate whose manifest graphdoc does not write, where the features would not exist.
    pub gated: bool,
}

impl Areas {
    /// Computes the areas of `model`'s operations and, for each type of
    /// `resolved`, the areas whose operations reach it.
    pub fn plan(model: &Model, resolved: &Resolved<'_>) -> Areas {
        let n = resolved.types.len();
        let index = |name: &str| {
            resolved
                .lookup(name)
                .and_then(|t| resolved.types.iter().position(|u| std::ptr::eq(u, t)))
        };
        // Edges: a struct's field types and base types.
        let edges: Vec<Vec<usize>> = resolved
            .types
            .iter()
            .map(|t| {
                let mut out: Vec<usize> = t
                    .fields
                    .iter()
                    .filter_map(|f| match f.ty.target {
                        Target::Known(j) => Some(j),
                        _ => None,
                    })
                    .collect();
                if t.kind == TypeKind::Struct {
                    out.extend(t.ancestors.iter().filter_map(|a| index(a)));
                }
                out
            })
            .collect();
        let mut roots: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for op in &model.operations {
            let Some(area) = operation_area(op) else {
                continue;
            };
            let entry = roots.entry(area).or_default();
            let body = op.request_body.as_ref().and_then(|b| b.ty.as_ref());
            for ty in body
                .into_iter()
                .chain(op.responses.iter().filter_map(|r| r.ty.as_ref()))
            {
                if !ty.is_primitive() {
                    entry.extend(index(&ty.name));
                }
            }
        }
        let mut of_type = vec![BTreeSet::new(); n];
        for (area, starts) in &roots {
            let mut stack: Vec<usize> = starts.iter().copied().collect();
            let mut seen = vec![false; n];
            while let Some(i) = stack.pop() {
                if i >= n || seen[i] {
                    continue;
                }
                seen[i] = true;
                of_type[i].insert(area.clone());
                stack.extend(edges[i].iter().copied());
            }
        }
        Areas {
            names: roots.into_keys().collect(),
            of_type,
            gated: true,
        }
    }

    /// No features: every item compiled unconditionally.
    pub fn ungated() -> Areas {
        Areas::default()
    }

    /// The `#[cfg(...)]` for type `index`: none when every area reaches it,
    /// `types-unreached` when none does, else `any` of the areas that do.
    pub fn type_cfg(&self, index: usize) -> TokenStream {
        if !self.gated {
            return quote! {};
        }
        let reached = self.of_type.get(index).cloned().unwrap_or_default();
        if reached.is_empty() {
            return quote! { #[cfg(feature = #UNREACHED)] };
        }
        if reached.len() == self.names.len() {
            return quote! {};
        }
        if let [only] = reached.iter().collect::<Vec<_>>()[..] {
            return quote! { #[cfg(feature = #only)] };
        }
        let features = reached.iter();
        quote! { #[cfg(any(#(feature = #features),*))] }
    }

    /// The `#[cfg(...)]` for an operation's client method.
    pub fn method_cfg(&self, op: &Operation) -> TokenStream {
        match operation_area(op).filter(|_| self.gated) {
            Some(area) => quote! { #[cfg(feature = #area)] },
            None => quote! {},
        }
    }

    /// The manifest's `[features]` table: `default = ["full"]`, `full` = every
    /// area plus `types-unreached`, and one empty feature per area. Empty when ungated.
    pub fn features_table(&self) -> String {
        if !self.gated {
            return String::new();
        }
        let quoted = |names: &mut dyn Iterator<Item = &str>| {
            names
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut all: Vec<&str> = self.names.iter().map(String::as_str).collect();
        all.push(UNREACHED);
        let mut out = String::from("[features]\n");
        out.push_str(&format!("default = [\"{FULL}\"]\n"));
        out.push_str(&format!(
            "{FULL} = [{}]\n",
            quoted(&mut all.iter().copied())
        ));
        out.push_str(&format!("# Types no operation reaches (request, response, field or base type).\n{UNREACHED} = []\n"));
        out.push_str("# One feature per API area: the first segment of the operation's path.\n");
        for name in &self.names {
            out.push_str(&format!("{name} = []\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(path: &str) -> String {
        area_of(&PathTemplate::parse(path).unwrap())
    }

    #[test]
    fn area_is_the_first_literal_segment_lower_cased() {
        assert_eq!(area("/users/{id}/messages"), "users");
        assert_eq!(area("/me/drive/root"), "me");
        assert_eq!(area("/directoryRoles/{id}"), "directoryroles");
        assert_eq!(area("/directoryroles"), "directoryroles");
        assert_eq!(area("/$batch"), "batch");
        assert_eq!(area("/default"), "default-api");
        assert_eq!(area("/full/x"), "full-api");
        let long = format!("/i{}/{{id}}", "x".repeat(2_000));
        assert_eq!(area(&long), format!("i{}", "x".repeat(MAX_AREA_CHARS - 1)));
    }

    #[test]
    fn features_table_turns_everything_on_by_default() {
        let areas = Areas {
            names: vec!["groups".into(), "users".into()],
            of_type: Vec::new(),
            gated: true,
        };
        let table = areas.features_table();
        assert!(table.starts_with("[features]\ndefault = [\"full\"]\nfull = [\"groups\", \"users\", \"types-unreached\"]\n"), "{table}");
        assert!(
            table.contains("\ngroups = []\n") && table.contains("\nusers = []\n"),
            "{table}"
        );
    }

    #[test]
    fn cfg_lists_reaching_areas_only() {
        let areas = Areas {
            names: vec!["a".into(), "b".into(), "c".into()],
            of_type: vec![
                BTreeSet::from(["a".into(), "c".into()]),
                BTreeSet::new(),
                ["a", "b", "c"].iter().map(|s| s.to_string()).collect(),
                BTreeSet::from(["b".into()]),
            ],
            gated: true,
        };
        assert_eq!(
            areas.type_cfg(0).to_string(),
            quote! { #[cfg(any(feature = "a", feature = "c"))] }.to_string()
        );
        assert_eq!(
            areas.type_cfg(1).to_string(),
            quote! { #[cfg(feature = "types-unreached")] }.to_string()
        );
        assert!(areas.type_cfg(2).is_empty());
        assert_eq!(
            areas.type_cfg(3).to_string(),
            quote! { #[cfg(feature = "b")] }.to_string()
        );
        assert!(Areas::ungated().type_cfg(1).is_empty());
        assert!(Areas::ungated().features_table().is_empty());
    }
}
