//! Finding the model's side of a metadata fact: types by case-insensitive
//! name (the docs do not always keep the metadata's casing), properties along
//! the model's own inheritance chain, and the page a type is documented on.

use crate::model::{Model, PageKind, Property, TypeDef};
use crate::source::SourceRef;
use std::collections::{BTreeMap, BTreeSet};

/// The model's types looked up by lower-cased name. Where two differ only by
/// case, the first in the model's (sorted) order wins, so lookups are stable.
pub(crate) struct ModelIndex<'m> {
    types: BTreeMap<String, &'m TypeDef>,
    /// Files of the resource and enum pages.
    type_pages: BTreeSet<&'m str>,
}

impl<'m> ModelIndex<'m> {
    pub(crate) fn new(model: &'m Model) -> ModelIndex<'m> {
        let mut types = BTreeMap::new();
        for t in &model.types {
            types.entry(t.name.to_ascii_lowercase()).or_insert(t);
        }
        let type_pages = model
            .pages
            .iter()
            .filter(|p| matches!(p.kind, PageKind::Resource | PageKind::Enum))
            .map(|p| &*p.file)
            .collect();
        ModelIndex { types, type_pages }
    }

    pub(crate) fn get(&self, name: &str) -> Option<&'m TypeDef> {
        self.types.get(&name.to_ascii_lowercase()).copied()
    }

    /// Where a type is documented: the first of its sources on a resource or
    /// enum page (the page a writer would fix), else its first source.
    pub(crate) fn home(&self, t: &TypeDef) -> SourceRef {
        t.sources
            .iter()
            .find(|s| self.type_pages.contains(&*s.file))
            .or(t.sources.first())
            .cloned()
            .unwrap_or_else(|| SourceRef::new(&std::sync::Arc::from(""), 0))
    }

    /// `ty`'s properties and those along the model's `baseType` chain, as the
    /// model states it. Stops at a cycle or a base the model lacks.
    pub(crate) fn properties_with_inherited(&self, ty: &'m TypeDef) -> Vec<&'m Property> {
        let mut out = Vec::new();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut current = Some(ty);
        while let Some(t) = current {
            if !seen.insert(t.name.to_ascii_lowercase()) {
                break;
            }
            out.extend(t.properties.iter());
            current = t.base_type.as_deref().and_then(|b| self.get(b));
        }
        out
    }
}
