//! Sharper types for properties that only examples show.
//!
//! A value's JSON kind says little: `"incoming"` is a `String`, `{"id": …}` an
//! untyped object, an element with `"@odata.type": "#microsoft.graph.androidCustomConfiguration"`
//! one derived type of many. When no table states the property (common on
//! pages read without their neighbours), the type table already knows the
//! documented types, and these rules read the value against them. Each needs
//! a name and the value itself to agree, so a property that matches nothing
//! keeps its plain kind:
//!
//! - a string that is a member of exactly one documented enum named for the
//!   property (`direction: "incoming"` → `callDirection`, see
//!   `naming_tier`; [`crate::model::refine::matching_enum`] is the same
//!   idea for values a description lists);
//! - an object without `@odata.type` whose keys, and their values' kinds, fit
//!   a documented type named by the property (`file`, `chatMessage.mentions`
//!   → `chatMessageMention`), or fit exactly one documented type
//!   (`{"user", "application"}` → `identitySet`);
//! - a string or an object on a property whose name the tables elsewhere
//!   type alike (`createdBy` is an `identitySet` on most types that state
//!   it), when the value fits that type; when no page read documents that
//!   type (its page is elsewhere), when at least two tables say it and the
//!   value can be one (an object of a type not named for other owners'
//!   property, a string of a type no table states as a relationship); an
//!   empty list `[]` shows nothing to check, so it takes the agreed type only
//!   when several tables say it or the property's name ends with the type's
//!   (`bccRecipients` → `recipient`);
//! - a string or whole number on a property whose name the tables elsewhere
//!   type as a primitive that says more, when the value is one (`skuId`: a
//!   GUID-shaped string is a `Guid`; `size`: a whole number an `Int64`), and
//!   an empty list `[]` when several tables say so;
//! - an object whose keys are all among those earlier examples showed for
//!   exactly one type no page read documents (the one they fill most, of
//!   several) is that type ([`UnreadShapes`]);
//! - an object of a derived type, on a property named for one of its base
//!   types (`deviceConfigurations: [{"@odata.type": "…androidCustomConfiguration"}]`
//!   → `deviceConfiguration`): the property holds the base, the value is one
//!   case of it; on a property named for none, the most general base below
//!   `entity` (OData writes `@odata.type` for a value of a type other than
//!   its property's, so a value naming a derived type is rarely of the
//!   declared one).
//!
//! A later example may sharpen what an earlier one left plain (a placeholder
//! `"String"` first, a member later) with the same kind of value, so the
//! earlier value still reads ([`same_kind`], [`is_sharper`]); a value of
//! another kind widens the property instead ([`widened`]).

use super::TypeTable;
use crate::extract::rules::{ROOT_ENTITY_TYPE, STRING_HELD_PRIMITIVES};
use crate::model::typeref::{bare_name, canonical_primitive, is_primitive_name, TypeRef};
use crate::model::FactOrigin;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

mod kinds;
mod naming;
mod shapes;
#[cfg(test)]
mod tests;

use kinds::is_placeholder;
pub(super) use kinds::{is_sharper, same_kind, widened};
pub use naming::singular;
use naming::{
    camel_words, named_for_other_owners, naming_tier, singular_words, word_suffix_at,
    ANY_PREFIX_TIER, MAX_OWNER_WORDS,
};
pub(super) use shapes::UnreadShapes;
use shapes::{Match, GENERIC_KEYS};

/// What [`TypeTable::sharpen`] looks values up in, built once every table is
/// in and before examples are read (tables state enums and property lists;
/// examples add neither to a documented type).
#[derive(Debug, Default)]
pub(super) struct ExampleIndex {
    /// Each documented enum member (lower-cased) → the enums that have it.
    enum_members: HashMap<String, Vec<usize>>,
    /// Each resource-page type (not an enum) → its properties, its base
    /// types' included: lower-cased name → type.
    shapes: HashMap<usize, HashMap<String, TypeRef>>,
    /// Each property name (lower-cased) → the resource-page types that have it.
    by_property: HashMap<String, Vec<usize>>,
    /// Each property name (lower-cased) that resource pages' tables state on
    /// at least [`MIN_CONSENSUS`] types, most of them ([`CONSENSUS_SHARE`])
    /// with the same type → that type (lower-cased), and how.
    consensus: HashMap<String, Agreed>,
    /// Types (lower-cased names) some resource page's table states a
    /// relationship of: entities, which no enum-valued property holds.
    entities: HashSet<String>,
}

/// The type tables agree on for a property name.
#[derive(Debug)]
struct Agreed {
    /// The type (lower-cased name).
    ty: TypeRef,
    /// How many tables give it.
    tables: usize,
    /// Whether one of them states it as a relationship (so the type is an
    /// entity, not an enum, even when no page read documents it).
    navigation: bool,
}

/// The fewest tables that must type a property name alike for an example of
/// a property of that name elsewhere to be read as that type.
const MIN_CONSENSUS: usize = 1;

/// The fewest tables that must type a property name alike for a value
/// shown for it elsewhere to be read as that type when no page read documents
/// the type (so neither its shape nor its members can be checked).
const MIN_UNSEEN_CONSENSUS: usize = 2;

/// The numbers a whole number shown for a property may be read as when the
/// tables agree a property of its name is one (all hold every `Int32`).
const WIDER_THAN_INT32: &[&str] = &["Int64", "Double", "Single", "Decimal"];

/// The share of the tables stating a property name that must give it the
/// type (2 of 3: `createdBy` is an `identitySet` on 14 types, a `userIdentity`
/// on 2), as a fraction.
const CONSENSUS_SHARE: (usize, usize) = (2, 3);

impl TypeTable {
    /// Builds the `ExampleIndex`. Call once every table is in, before
    /// examples are read.
    pub fn index_for_examples(&mut self) {
        let mut index = ExampleIndex::default();
        // name → how many tables give it each type, and whether one states
        // it as a relationship
        let mut stated: HashMap<String, HashMap<TypeRef, (usize, bool)>> = HashMap::new();
        for (i, slot) in self.slots.iter().enumerate() {
            // An enum no page documents has the members tables list for it
            // (see `enums_from_listed_values`).
            if !slot.def.documented && slot.def.members.is_empty() {
                continue;
            }
            let resource = self.resource_pages.contains(&slot.key);
            if resource {
                for p in slot
                    .def
                    .properties
                    .iter()
                    .filter(|p| p.source == FactOrigin::Table)
                {
                    let ty = TypeRef {
                        name: p.ty.name.to_ascii_lowercase(),
                        collection: p.ty.collection,
                    };
                    if p.navigation {
                        index.entities.insert(ty.name.clone());
                    }
                    let (n, navigation) = stated
                        .entry(p.name.to_ascii_lowercase())
                        .or_default()
                        .entry(ty)
                        .or_default();
                    *n += 1;
                    *navigation |= p.navigation;
                }
            }
            for m in &slot.def.members {
                let list = index
                    .enum_members
                    .entry(m.name.to_ascii_lowercase())
                    .or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
            if resource && slot.def.members.is_empty() {
                let shape = self.property_types(i);
                for p in shape.keys() {
                    index.by_property.entry(p.clone()).or_default().push(i);
                }
                index.shapes.insert(i, shape);
            }
        }
        index.consensus = stated
            .into_iter()
            .filter_map(|(name, types)| {
                let total: usize = types.values().map(|(n, _)| n).sum();
                // The most stated type (ties broken by name, for one answer
                // on every machine), if it is most of them.
                let (ty, (tables, navigation)) =
                    types.into_iter().max_by(|(a, (n, _)), (b, (m, _))| {
                        n.cmp(m).then_with(|| b.name.cmp(&a.name))
                    })?;
                (tables >= MIN_CONSENSUS && tables * CONSENSUS_SHARE.1 >= total * CONSENSUS_SHARE.0)
                    .then_some((
                        name,
                        Agreed {
                            ty,
                            tables,
                            navigation,
                        },
                    ))
            })
            .collect();
        self.example_index = index;
    }

    /// The type tables agree on for properties named `key` (see
    /// `ExampleIndex::consensus`), when its shape is that of `inferred` (a
    /// collection or not) and every item fits it: an enum that has each
    /// string as a member, or a documented type each object fits; for a type
    /// no page read documents, see [`MIN_UNSEEN_CONSENSUS`] and
    /// [`named_for_other_owners`].
    fn agreed_type(
        &self,
        owner: usize,
        key: &str,
        inferred: &TypeRef,
        items: &[&Value],
    ) -> Option<String> {
        let Agreed {
            ty: agreed,
            tables,
            navigation,
        } = self
            .example_index
            .consensus
            .get(&key.to_ascii_lowercase())?;
        if agreed.collection != inferred.collection {
            return None;
        }
        let &slot = self.index.get(agreed.name.as_str())?;
        let def = &self.slots[slot].def;
        let ty = TypeRef {
            name: def.name.clone(),
            collection: false,
        };
        // A type no page read documents (its page is not among them) has no
        // shape or members to check: the tables' word alone, when several
        // say it. An object is one only if the type is not named for other
        // owners (a `printerLocation` is no `event.location`: the object's
        // keys would become its properties); a string is a member of it only
        // if it can be an enum (no table states it as a relationship).
        let unseen = !self.example_index.shapes.contains_key(&slot)
            && !def.documented
            && def.members.is_empty()
            && *tables >= MIN_UNSEEN_CONSENSUS;
        // No value to check (`[]`): the tables' word alone, when several say
        // it or the type is what the property's name ends with
        // (`bccRecipients` → `recipient`, not `instances` → `event`).
        if items.is_empty()
            && *tables < MIN_UNSEEN_CONSENSUS
            && !singular_words(key).ends_with(&singular_words(bare_name(&def.name)))
        {
            return None;
        }
        let others = || named_for_other_owners(&def.name, &self.slots[owner].def.name, key);
        let fits = |v: &&Value| match v {
            Value::Object(_) if unseen => !others(),
            Value::String(_) if unseen => !navigation,
            Value::Object(o) => self.fits_shape(
                slot,
                o.iter().filter(|(k, _)| super::is_property_name(k)),
                Match::Named,
            ),
            Value::String(s) => {
                !is_placeholder(s)
                    && self.value_fits(v, &ty)
                    && self.slots[slot]
                        .def
                        .members
                        .iter()
                        .any(|m| m.name.eq_ignore_ascii_case(s))
            }
            _ => false,
        };
        items.iter().all(fits).then_some(ty.name)
    }

    /// `inferred` (the kind of `value`, a value of property `key` of the type
    /// in `owner`) made as sharp as the documented types allow.
    pub(super) fn sharpen(
        &self,
        owner: usize,
        key: &str,
        value: &Value,
        inferred: TypeRef,
    ) -> TypeRef {
        let items: Vec<&Value> = match value {
            Value::Array(items) => items.iter().filter(|v| !v.is_null()).collect(),
            v => vec![v],
        };
        if items.is_empty() {
            // `[]`: nothing to contradict a type the name alone gives.
            if inferred.collection && inferred.name == "Untyped" {
                if let Some(name) = self
                    .object_type_named_by(owner, key, &[])
                    .or_else(|| self.agreed_type(owner, key, &inferred, &[]))
                    .or_else(|| self.agreed_primitive(key, &inferred, &[]))
                {
                    return TypeRef::collection_of(&name);
                }
            }
            return inferred;
        }
        let found = match inferred.name.as_str() {
            "String" => self
                .enum_of(owner, key, &items)
                .or_else(|| self.agreed_type(owner, key, &inferred, &items))
                .or_else(|| self.unread_enum_named_for(owner, key, &items))
                .or_else(|| self.agreed_primitive(key, &inferred, &items)),
            "Int32" => self.agreed_primitive(key, &inferred, &items),
            "Untyped" => self
                .object_type_named_by(owner, key, &items)
                .or_else(|| self.agreed_type(owner, key, &inferred, &items))
                .or_else(|| self.object_type_by_shape(&items))
                .or_else(|| self.unread_type_by_shown_keys(&items)),
            name if !is_primitive_name(name) => self
                .base_named_for(name, key)
                .or_else(|| self.declared_base_of(name)),
            _ => None,
        };
        match found {
            Some(name) => TypeRef {
                name,
                collection: inferred.collection,
            },
            None => inferred,
        }
    }

    /// The primitive the tables agree on for properties named `key` (see
    /// `ExampleIndex::consensus`), when it says more than the kind of the
    /// values (`inferred`) and every item is a value of it: a string the
    /// service sends for another primitive ([`STRING_HELD_PRIMITIVES`]:
    /// `skuId` a `Guid`), a whole number a wider number (`size` an `Int64`),
    /// an empty list (`[]`, nothing to check) a list of the primitive when
    /// several tables say so (`redirectUris` a `String` collection).
    fn agreed_primitive(&self, key: &str, inferred: &TypeRef, items: &[&Value]) -> Option<String> {
        let agreed = self
            .example_index
            .consensus
            .get(&key.to_ascii_lowercase())?;
        if agreed.ty.collection != inferred.collection {
            return None;
        }
        let name = canonical_primitive(&agreed.ty.name)?;
        let sharper = match inferred.name.as_str() {
            "String" => STRING_HELD_PRIMITIVES.contains(&name),
            "Int32" => WIDER_THAN_INT32.contains(&name),
            "Untyped" => items.is_empty() && agreed.tables >= MIN_UNSEEN_CONSENSUS,
            _ => false,
        };
        let element = TypeRef::named(name);
        let fits = |v: &&Value| crate::model::infer::mismatch(v, &element).is_none();
        (sharper && items.iter().all(fits)).then(|| name.to_string())
    }

    /// The one enum named for property `key` of the owner (see
    /// [`naming_tier`]) that has every string of `items` as a member; one
    /// named for the property alone ([`ANY_PREFIX_TIER`]) only when no other
    /// enum has them (`"blue"` is a `scheduleEntityTheme` for `theme`;
    /// `"required"` is no `androidWorkProfileRequiredPasswordType` for
    /// `attendee.type`). Strings that are a primitive's name (`"String"`) are
    /// placeholders, not values: they say nothing.
    fn enum_of(&self, owner: usize, key: &str, items: &[&Value]) -> Option<String> {
        let mut candidates: Option<Vec<usize>> = None;
        for v in items {
            let v = v.as_str()?;
            if is_placeholder(v) {
                return None;
            }
            let members = self
                .example_index
                .enum_members
                .get(&v.to_ascii_lowercase())?;
            match &mut candidates {
                None => candidates = Some(members.clone()),
                Some(c) => c.retain(|x| members.contains(x)),
            }
        }
        let owner = &self.slots[owner].def.name;
        let candidates = candidates?;
        let only = candidates.len() == 1;
        let named: Vec<(u8, usize)> = candidates
            .into_iter()
            .filter_map(|c| {
                let tier = naming_tier(&self.slots[c].def.name, owner, key)?;
                (only || tier != ANY_PREFIX_TIER).then_some((tier, c))
            })
            .collect();
        // The closest-named tier decides; two enums in it are no answer.
        let best = named.iter().map(|(tier, _)| *tier).min()?;
        let mut closest = named.iter().filter(|(tier, _)| *tier == best);
        match (closest.next(), closest.next()) {
            (Some((_, one)), None) => Some(self.slots[*one].def.name.clone()),
            _ => None,
        }
    }

    /// A type no page read documents, named for property `key` of the owner
    /// as an enum is: the owner's last words and the property's
    /// (`onenoteOperation.status` → `operationStatus`, `call.direction` →
    /// `callDirection`), the fewest words first, when `items` are strings
    /// (not placeholders) and nothing says the type is structured: no table
    /// relates to it, no example showed its properties. Its members are
    /// unknown, so the values cannot be checked; the names must say it.
    fn unread_enum_named_for(&self, owner: usize, key: &str, items: &[&Value]) -> Option<String> {
        if !items
            .iter()
            .all(|v| v.as_str().is_some_and(|s| !is_placeholder(s)))
        {
            return None;
        }
        let owner = bare_name(&self.slots[owner].def.name);
        let key = key.to_ascii_lowercase();
        let owner_words: Vec<String> = camel_words(owner).map(str::to_ascii_lowercase).collect();
        // The last few words only: a hostile name of thousands of words
        // would otherwise cost a copy of it per word.
        let first = owner_words.len().saturating_sub(MAX_OWNER_WORDS);
        let prefixes = (first..owner_words.len())
            .rev()
            .map(|from| owner_words[from..].concat());
        let mut names = prefixes.map(|prefix| format!("{prefix}{key}"));
        names.find_map(|name| {
            let &slot = self.index.get(name.as_str())?;
            let def = &self.slots[slot].def;
            (def.is_only_named() && !self.example_index.entities.contains(&self.slots[slot].key))
                .then(|| def.name.clone())
        })
    }

    /// The documented (resource-page) type named by `key` alone, by the owner's
    /// name and `key`, or by either with `key` singular, whose properties
    /// (its own and its base types') include every key of every object in
    /// `items`; or, named so, a type no page read documents when `items` are
    /// objects and the tables agree that properties named `key` are that type
    /// (see `ExampleIndex::consensus`).
    fn object_type_named_by(&self, owner: usize, key: &str, items: &[&Value]) -> Option<String> {
        let objects: Vec<&serde_json::Map<String, Value>> =
            items.iter().map(|v| v.as_object()).collect::<Option<_>>()?;
        let key = key.to_ascii_lowercase();
        let single = singular(&key);
        let owner = &self.slots[owner].key;
        let names = [
            key.clone(),
            format!("{owner}{key}"),
            single.clone(),
            format!("{owner}{single}"),
        ];
        let values: Vec<(&String, &Value)> = objects
            .iter()
            .flat_map(|o| o.iter())
            .filter(|(k, _)| super::is_property_name(k))
            .collect();
        // `{}` contradicts nothing; `{"id", "displayName"}` is as much an
        // `identity` as anything named `application`.
        if !values.is_empty()
            && values
                .iter()
                .all(|(k, _)| GENERIC_KEYS.contains(&k.as_str()))
        {
            return None;
        }
        names.iter().find_map(|name| {
            let &slot = self.index.get(name.as_str())?;
            let def = &self.slots[slot].def;
            // A type no page read documents has no shape to check against:
            // an object (not `[]`) shows it is structured, not an enum, and
            // the tables that state properties of this name must agree on
            // it (a `location` on an event does not make `printer.location`
            // one: its object would give `location` a printer's properties).
            let unread = !def.documented
                && def.members.is_empty()
                && !objects.is_empty()
                && self
                    .example_index
                    .consensus
                    .get(&key)
                    .is_some_and(|a| a.ty.name == self.slots[slot].key);
            (unread || self.fits_shape(slot, values.iter().copied(), Match::Named))
                .then(|| def.name.clone())
        })
    }

    /// The most general base type of `name` below the root entity, when it
    /// has one: the type a property that no table states holds when an
    /// example shows it a value of `name` by `@odata.type`. OData writes
    /// `@odata.type` where a value's type is not the one its property is
    /// declared with, so a value that names a derived type is one case of a
    /// base (`scope: {"@odata.type": "#microsoft.graph.accessReviewQueryScope"}`
    /// → `accessReviewScope`); a type with no base known is its own.
    fn declared_base_of(&self, name: &str) -> Option<String> {
        let &start = self.index.get(name.to_ascii_lowercase().as_str())?;
        let chain = self.ancestry(start);
        let last = &self.slots[*chain.last()?].def;
        // A base the last known type names though no page of it was read.
        let beyond = last
            .base_type
            .as_deref()
            .filter(|b| !self.index.contains_key(b.to_ascii_lowercase().as_str()));
        let is_root = |n: &str| bare_name(n).eq_ignore_ascii_case(ROOT_ENTITY_TYPE);
        beyond
            .into_iter()
            .chain(
                chain
                    .iter()
                    .skip(1)
                    .rev()
                    .map(|&s| self.slots[s].def.name.as_str()),
            )
            .find(|n| !is_root(n))
            .map(str::to_string)
    }

    /// Whether type `name` is named for a property or relationship `key`:
    /// its name ends with the key, or the key singular
    /// (`chatMessageHostedContent` for `hostedContents`).
    pub fn is_named_for(name: &str, key: &str) -> bool {
        let key = key.to_ascii_lowercase();
        ends_with_property_name(name, &key, &singular(&key))
    }

    /// Whether type `name` (namespace aside) is a property or relationship
    /// `key`'s very name, or its singular (`managedAppRegistration` for
    /// `managedAppRegistrations`).
    pub fn is_exactly_named_for(name: &str, key: &str) -> bool {
        let name = bare_name(name);
        name.eq_ignore_ascii_case(key)
            || name.eq_ignore_ascii_case(&singular(&key.to_ascii_lowercase()))
    }

    /// The base of `name` that a property or relationship named `key` holds,
    /// if not `name` itself (`deviceConfigurations` holding
    /// `androidCustomConfiguration` values holds `deviceConfiguration`s): the
    /// most general of its base types whose name ends with `key` (or `key`
    /// singular), the base its last known type names, or a documented type
    /// named `key` that ends `name` as a word.
    pub fn base_named_for(&self, name: &str, key: &str) -> Option<String> {
        let key = key.to_ascii_lowercase();
        let single = singular(&key);
        // The value's type has no entry yet the first time an example shows
        // it (its object is read after its property is typed).
        let start = self.index.get(name.to_ascii_lowercase().as_str()).copied();
        if let Some(start) = start {
            let names = |n: &str| ends_with_property_name(n, &key, &single);
            let chain = self.ancestry(start);
            // The base the last known type names, even if no page of it was
            // read (`androidCustomConfiguration` inherits from
            // `deviceConfiguration`).
            let beyond = chain
                .last()
                .and_then(|&l| self.slots[l].def.base_type.as_deref())
                .filter(|b| !self.index.contains_key(b.to_ascii_lowercase().as_str()))
                .filter(|b| names(b));
            if let Some(b) = beyond {
                return Some(b.to_string());
            }
            if let Some(best) = chain
                .iter()
                .skip(1)
                .rev()
                .find(|&&slot| names(&self.slots[slot].key))
            {
                return Some(self.slots[*best].def.name.clone());
            }
        }
        // No page says what it inherits from, but a documented type is named
        // like the property, or is the type tables agree properties of this
        // name are, and ends the value's type name as a word: `meetingInfo`
        // holding an `organizerMeetingInfo`, `appIdentifier` (a
        // `mobileAppIdentifier` in the tables) an `iosMobileAppIdentifier`.
        let value_name = start.map_or(name, |s| self.slots[s].def.name.as_str());
        let agreed = self
            .example_index
            .consensus
            .get(&key)
            .filter(|a| !a.ty.collection)
            .map(|a| &a.ty.name);
        let candidates = [&key, &single];
        let found = candidates.into_iter().chain(agreed).find_map(|w| {
            let &slot = self.index.get(w.as_str())?;
            let def = &self.slots[slot].def;
            (Some(slot) != start
                && def.documented
                && def.members.is_empty()
                && word_suffix_at(value_name, w).is_some())
            .then(|| def.name.clone())
        });
        found
    }
}

/// Whether type `name` ends with a property's lower-cased name `key` or its
/// singular `single`, or either followed by `Base` (`identitySetBase`).
fn ends_with_property_name(name: &str, key: &str, single: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [key, single]
        .iter()
        .any(|w| n.ends_with(w) || n.strip_suffix("base").is_some_and(|n| n.ends_with(w)))
}
