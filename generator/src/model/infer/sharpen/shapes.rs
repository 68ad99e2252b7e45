//! Reading an example object by its shape: which documented type has all
//! its keys (each value fitting), and which unread type earlier examples
//! showed with those keys ([`UnreadShapes`]).

use super::super::TypeTable;
use super::kinds::names_its_key;
use crate::model::typeref::{is_primitive_name, TypeRef};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// Keys so many types have that an object showing only them shows no type
/// (`{"id": …, "displayName": …}` is an `identity` as much as an `application`).
pub(super) const GENERIC_KEYS: &[&str] = &["id", "displayName"];

/// The fewest keys an object shows for its shape alone to name its type.
pub(super) const MIN_SHAPE_KEYS: usize = 2;

/// The properties examples showed for types no page read documents (their
/// page is elsewhere), as examples are read: an object shown elsewhere with
/// those keys is one of them (`{"dateTime", "timeZone"}` on a property no
/// table states, once a `dateTimeTimeZone` that a table names has been shown).
/// Filled by [`TypeTable::note_unread_property`].
#[derive(Debug, Default)]
pub(in crate::model::infer) struct UnreadShapes {
    /// Each property name (lower-cased) → the types examples showed it on.
    by_key: HashMap<String, Vec<usize>>,
    /// Each such type → its shown property names (lower-cased) → the
    /// property's place in the type's list.
    at: HashMap<usize, HashMap<String, usize>>,
}

/// The most types that may share an object's rarest key for its keys to
/// name one of them by [`TypeTable::unread_type_by_shown_keys`] (a key many
/// types show says little, and the check of each costs).
pub(super) const MAX_UNREAD_CANDIDATES: usize = 16;

impl TypeTable {
    /// Whether `slot` is a documented type (one with a shape) that has every
    /// key of `values` as a property, each value fitting its type; for a
    /// type something else names ([`Match::Named`]), a key the type lacks
    /// whose value is `null` contradicts nothing (the shifts'
    /// `lastModifiedBy` shows `"conversation": null` beside an
    /// `identitySet`'s keys).
    pub(super) fn fits_shape<'v>(
        &self,
        slot: usize,
        mut values: impl Iterator<Item = (&'v String, &'v Value)>,
        how: Match,
    ) -> bool {
        self.example_index.shapes.get(&slot).is_some_and(|shape| {
            values.all(|(k, v)| match shape.get(&k.to_ascii_lowercase()) {
                Some(ty) => names_its_key(k, v) || self.value_fits(v, ty),
                None => how == Match::Named && v.is_null(),
            })
        })
    }

    /// The documented type whose properties include every key of every
    /// object in `items` (their values' kinds fitting), when the keys tell
    /// (not only [`GENERIC_KEYS`]): the most general when a type and types
    /// derived from it all fit, then the one with the fewest properties.
    /// `{"user": …, "application": …}` is an `identitySet`.
    pub(super) fn object_type_by_shape(&self, items: &[&Value]) -> Option<String> {
        let shown = ObjectKeys::of(items)?;
        if shown.telling() == 0 {
            return None;
        }
        let index = &self.example_index;
        let rarest = shown.rarest(&index.by_property)?;
        let (keys, values) = (&shown.keys, &shown.values);
        // An object without an `id` is a value, not an entity: entities in
        // examples show their keys.
        let has_id = keys.iter().any(|k| k == "id");
        let fits: Vec<usize> = rarest
            .iter()
            .copied()
            .filter(|t| {
                index
                    .shapes
                    .get(t)
                    .is_some_and(|shape| has_id || !shape.contains_key("id"))
                    && self.fits_shape(*t, values.iter().map(|(k, v)| (k, *v)), Match::ShapeOnly)
            })
            .collect();
        // A type whose base type also fits is one case of that base. A base
        // no page read documents has no shape to fit, so the documented type
        // it is the base of is the answer (`shiftItem`, its `scheduleEntity`
        // unread); a chain that leaves the table (a base not even named as
        // a type) cannot be told: no answer.
        let mut general = Vec::new();
        for &t in &fits {
            let ancestry = self.ancestry(t);
            if ancestry.iter().skip(1).any(|a| fits.contains(a)) {
                continue;
            }
            let last = *ancestry.last().unwrap_or(&t);
            if self.slots[last].def.base_type.is_some() {
                return None;
            }
            general.push(t);
        }
        // Of several, the one the keys fill most (`{"content", "contentType"}`
        // is all of an `itemBody`, a third of a `chatMessageAttachment`), if
        // one does; fewer than [`MIN_SHAPE_KEYS`] keys must fill it all
        // (`{"emailAddress"}` is a `recipient`, `{"user"}` says nothing).
        let size = |t: usize| index.shapes.get(&t).map_or(usize::MAX, HashMap::len);
        let (one, best) = tightest(general.into_iter(), size)?;
        (keys.len() >= MIN_SHAPE_KEYS || best == keys.len())
            .then(|| self.slots[one].def.name.clone())
    }

    /// Notes that an example showed property `index` of `slot`'s list, when
    /// no page read documents the type (see [`UnreadShapes`]).
    pub(in crate::model::infer) fn note_unread_property(&mut self, slot: usize, index: usize) {
        let def = &self.slots[slot].def;
        if def.documented || !def.members.is_empty() {
            return;
        }
        let key = def.properties[index].name.to_ascii_lowercase();
        let shapes = &mut self.unread_shapes;
        let shown = shapes.at.entry(slot).or_default();
        if !shown.contains_key(&key) {
            shown.insert(key.clone(), index);
            shapes.by_key.entry(key).or_default().push(slot);
        }
    }

    /// The type no page read documents whose properties, as examples showed
    /// them, include every key of every object in `items`, their values
    /// fitting (at least [`MIN_SHAPE_KEYS`] keys besides [`GENERIC_KEYS`]):
    /// of several, the one the keys fill most, if one does. Objects of more
    /// than [`super::super::PROPERTY_SCAN_LIMIT`] keys are not read so.
    pub(super) fn unread_type_by_shown_keys(&self, items: &[&Value]) -> Option<String> {
        if items.iter().any(|v| {
            v.as_object()
                .is_some_and(|o| o.len() > super::super::PROPERTY_SCAN_LIMIT)
        }) {
            return None;
        }
        let shown = ObjectKeys::of(items)?;
        if shown.telling() < MIN_SHAPE_KEYS {
            return None;
        }
        let shapes = &self.unread_shapes;
        let rarest = shown.rarest(&shapes.by_key)?;
        if rarest.len() > MAX_UNREAD_CANDIDATES {
            return None;
        }
        let fits = |slot: usize| {
            let (properties, at) = (&self.slots[slot].def.properties, shapes.at.get(&slot));
            shown.values.iter().all(|(k, v)| {
                at.and_then(|at| at.get(k))
                    .is_some_and(|&i| self.value_fits(v, &properties[i].ty))
            })
        };
        let found = rarest.iter().copied().filter(|&s| fits(s));
        let (one, _) = tightest(found, |s| self.slots[s].def.properties.len())?;
        Some(self.slots[one].def.name.clone())
    }

    /// `slot` and its base types, nearest first (a cycle is cut).
    pub(super) fn ancestry(&self, slot: usize) -> Vec<usize> {
        let mut chain = vec![slot];
        let mut next = self.slots[slot].def.base_type.as_deref();
        while let Some(&b) = next.and_then(|n| self.index.get(n.to_ascii_lowercase().as_str())) {
            if chain.contains(&b) {
                break;
            }
            chain.push(b);
            next = self.slots[b].def.base_type.as_deref();
        }
        chain
    }

    /// The properties of `slot` and its base types (lower-cased name → type);
    /// a property a type restates from its base is the type's own.
    pub(super) fn property_types(&self, slot: usize) -> HashMap<String, TypeRef> {
        let mut out = HashMap::new();
        for s in self.ancestry(slot) {
            for p in &self.slots[s].def.properties {
                out.entry(p.name.to_ascii_lowercase())
                    .or_insert_with(|| p.ty.clone());
            }
        }
        out
    }

    /// Whether `value` can be a `ty`: [`super::super::mismatch`] finds nothing, a
    /// string is only where a documented enum belongs, and an object not where
    /// an enum does (`mismatch`, knowing no types, lets both pass). Unsure is
    /// no: a shape names a type only when every value agrees.
    pub(super) fn value_fits(&self, value: &Value, ty: &TypeRef) -> bool {
        // A placeholder fits the type it names (`"processId": "Int32"`);
        // `"String"` also stands for an enum's value.
        if let Some(named) = value.as_str().and_then(super::super::placeholder_named) {
            let enum_like = || {
                self.index
                    .get(ty.name.to_ascii_lowercase().as_str())
                    .is_some_and(|&slot| self.slots[slot].def.properties.is_empty())
            };
            return !ty.collection
                && (named.eq_ignore_ascii_case(&ty.name) || (named == "String" && enum_like()));
        }
        if let (Value::Array(items), true) = (value, ty.collection) {
            let element = TypeRef {
                collection: false,
                ..ty.clone()
            };
            if items.iter().any(|v| {
                v.as_str()
                    .and_then(super::super::placeholder_named)
                    .is_some()
            }) {
                return items.iter().all(|v| self.value_fits(v, &element));
            }
        }
        if super::super::mismatch(value, ty).is_some() {
            return false;
        }
        let element = |v: &Value| -> bool {
            let Some(&slot) = self.index.get(ty.name.to_ascii_lowercase().as_str()) else {
                return !v.is_string();
            };
            let def = &self.slots[slot].def;
            // A type known by its name only may be an enum or a structure:
            // neither kind contradicts it.
            match v {
                Value::String(_) => !def.members.is_empty() || def.is_only_named(),
                Value::Object(_) => def.members.is_empty(),
                _ => true,
            }
        };
        if is_primitive_name(&ty.name) {
            return true;
        }
        match value {
            Value::Array(items) if ty.collection => items.iter().all(element),
            v => element(v),
        }
    }
}

/// Why a type's shape is checked: whether something besides the object
/// names the type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Match {
    /// The property's name, or the tables' word for properties of that
    /// name, names it.
    Named,
    /// Only the object's keys point at it.
    ShapeOnly,
}

/// The property keys of objects shown for one property (lower-cased), for
/// reading their shape against known types.
pub(super) struct ObjectKeys<'v> {
    /// Distinct keys, in first-seen order (a set beside the list: an example
    /// may have thousands of keys).
    keys: Vec<String>,
    /// Every key with its value.
    values: Vec<(String, &'v Value)>,
}

impl<'v> ObjectKeys<'v> {
    /// The keys of `items`, if every one is an object.
    pub(super) fn of(items: &[&'v Value]) -> Option<Self> {
        let mut shown = ObjectKeys {
            keys: Vec::new(),
            values: Vec::new(),
        };
        let mut seen: HashSet<String> = HashSet::new();
        for item in items {
            for (k, v) in item
                .as_object()?
                .iter()
                .filter(|(k, _)| super::super::is_property_name(k))
            {
                let k = k.to_ascii_lowercase();
                if seen.insert(k.clone()) {
                    shown.keys.push(k.clone());
                }
                shown.values.push((k, v));
            }
        }
        Some(shown)
    }

    /// How many keys are not [`GENERIC_KEYS`]: those that tell a type.
    pub(super) fn telling(&self) -> usize {
        self.keys
            .iter()
            .filter(|k| !GENERIC_KEYS.iter().any(|g| g.eq_ignore_ascii_case(k)))
            .count()
    }

    /// The types `by_key` lists for the key it lists fewest for (none for a
    /// key it does not list): the only candidates every key can fit.
    pub(super) fn rarest<'i>(
        &self,
        by_key: &'i HashMap<String, Vec<usize>>,
    ) -> Option<&'i [usize]> {
        self.keys
            .iter()
            .map(|k| by_key.get(k).map_or(&[][..], Vec::as_slice))
            .min_by_key(|slots| slots.len())
    }
}

/// Of `found`, the one of least `size` and that size, when no other has it.
pub(super) fn tightest(
    found: impl Iterator<Item = usize>,
    size: impl Fn(usize) -> usize,
) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    let mut tied = false;
    for t in found {
        let n = size(t);
        match best {
            Some((_, b)) if n > b => {}
            Some((_, b)) if n == b => tied = true,
            _ => {
                best = Some((t, n));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied)
}
