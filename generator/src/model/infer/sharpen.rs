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
//! - an object whose keys are all among those earlier examples showed for
//!   exactly one type no page read documents (the one they fill most, of
//!   several) is that type ([`UnreadShapes`]);
//! - an object of a derived type, on a property named for one of its base
//!   types (`deviceConfigurations: [{"@odata.type": "…androidCustomConfiguration"}]`
//!   → `deviceConfiguration`): the property holds the base, the value is one
//!   case of it.
//!
//! A later example may sharpen what an earlier one left plain (a placeholder
//! `"String"` first, a member later) with the same kind of value, so the
//! earlier value still reads ([`same_kind`], [`is_sharper`]); a value of
//! another kind widens the property instead ([`widened`]).

use super::TypeTable;
use crate::model::typeref::{bare_name, is_primitive_name, TypeRef};
use crate::model::FactOrigin;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// Keys so many types have that an object showing only them shows no type
/// (`{"id": …, "displayName": …}` is an `identity` as much as an `application`).
const GENERIC_KEYS: &[&str] = &["id", "displayName"];

/// The fewest keys an object shows for its shape alone to name its type.
const MIN_SHAPE_KEYS: usize = 2;

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

/// The properties examples showed for types no page read documents (their
/// page is elsewhere), as examples are read: an object shown elsewhere with
/// those keys is one of them (`{"dateTime", "timeZone"}` on a property no
/// table states, once a `dateTimeTimeZone` that a table names has been shown).
/// Filled by [`TypeTable::note_unread_property`].
#[derive(Debug, Default)]
pub(super) struct UnreadShapes {
    /// Each property name (lower-cased) → the types examples showed it on.
    by_key: HashMap<String, Vec<usize>>,
    /// Each such type → its shown property names (lower-cased) → the
    /// property's place in the type's list.
    at: HashMap<usize, HashMap<String, usize>>,
}

/// The most types that may share an object's rarest key for its keys to
/// name one of them by [`TypeTable::unread_type_by_shown_keys`] (a key many
/// types show says little, and the check of each costs).
const MAX_UNREAD_CANDIDATES: usize = 16;

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
                .or_else(|| self.unread_enum_named_for(owner, key, &items)),
            "Untyped" => self
                .object_type_named_by(owner, key, &items)
                .or_else(|| self.agreed_type(owner, key, &inferred, &items))
                .or_else(|| self.object_type_by_shape(&items))
                .or_else(|| self.unread_type_by_shown_keys(&items)),
            name if !is_primitive_name(name) => self.base_named_for(name, key),
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

    /// Whether `slot` is a documented type (one with a shape) that has every
    /// key of `values` as a property, each value fitting its type; for a
    /// type something else names ([`Match::Named`]), a key the type lacks
    /// whose value is `null` contradicts nothing (the shifts'
    /// `lastModifiedBy` shows `"conversation": null` beside an
    /// `identitySet`'s keys).
    fn fits_shape<'v>(
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
    fn object_type_by_shape(&self, items: &[&Value]) -> Option<String> {
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
    pub(super) fn note_unread_property(&mut self, slot: usize, index: usize) {
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
    /// than [`super::PROPERTY_SCAN_LIMIT`] keys are not read so.
    fn unread_type_by_shown_keys(&self, items: &[&Value]) -> Option<String> {
        if items.iter().any(|v| {
            v.as_object()
                .is_some_and(|o| o.len() > super::PROPERTY_SCAN_LIMIT)
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
            let names = |n: &str| {
                let n = n.to_ascii_lowercase();
                [&key, &single]
                    .iter()
                    .any(|w| n.ends_with(w.as_str()) || n.ends_with(&format!("{w}base")))
            };
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

    /// `slot` and its base types, nearest first (a cycle is cut).
    fn ancestry(&self, slot: usize) -> Vec<usize> {
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
    fn property_types(&self, slot: usize) -> HashMap<String, TypeRef> {
        let mut out = HashMap::new();
        for s in self.ancestry(slot) {
            for p in &self.slots[s].def.properties {
                out.entry(p.name.to_ascii_lowercase())
                    .or_insert_with(|| p.ty.clone());
            }
        }
        out
    }

    /// Whether `value` can be a `ty`: [`super::mismatch`] finds nothing, a
    /// string is only where a documented enum belongs, and an object not where
    /// an enum does (`mismatch`, knowing no types, lets both pass). Unsure is
    /// no: a shape names a type only when every value agrees.
    fn value_fits(&self, value: &Value, ty: &TypeRef) -> bool {
        // A placeholder fits the type it names (`"processId": "Int32"`);
        // `"String"` also stands for an enum's value.
        if let Some(named) = value.as_str().and_then(super::placeholder_named) {
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
            if items
                .iter()
                .any(|v| v.as_str().and_then(super::placeholder_named).is_some())
            {
                return items.iter().all(|v| self.value_fits(v, &element));
            }
        }
        if super::mismatch(value, ty).is_some() {
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
enum Match {
    /// The property's name, or the tables' word for properties of that
    /// name, names it.
    Named,
    /// Only the object's keys point at it.
    ShapeOnly,
}

/// The property keys of objects shown for one property (lower-cased), for
/// reading their shape against known types.
struct ObjectKeys<'v> {
    /// Distinct keys, in first-seen order (a set beside the list: an example
    /// may have thousands of keys).
    keys: Vec<String>,
    /// Every key with its value.
    values: Vec<(String, &'v Value)>,
}

impl<'v> ObjectKeys<'v> {
    /// The keys of `items`, if every one is an object.
    fn of(items: &[&'v Value]) -> Option<Self> {
        let mut shown = ObjectKeys {
            keys: Vec::new(),
            values: Vec::new(),
        };
        let mut seen: HashSet<String> = HashSet::new();
        for item in items {
            for (k, v) in item
                .as_object()?
                .iter()
                .filter(|(k, _)| super::is_property_name(k))
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
    fn telling(&self) -> usize {
        self.keys
            .iter()
            .filter(|k| !GENERIC_KEYS.iter().any(|g| g.eq_ignore_ascii_case(k)))
            .count()
    }

    /// The types `by_key` lists for the key it lists fewest for (none for a
    /// key it does not list): the only candidates every key can fit.
    fn rarest<'i>(&self, by_key: &'i HashMap<String, Vec<usize>>) -> Option<&'i [usize]> {
        self.keys
            .iter()
            .map(|k| by_key.get(k).map_or(&[][..], Vec::as_slice))
            .min_by_key(|slots| slots.len())
    }
}

/// Of `found`, the one of least `size` and that size, when no other has it.
fn tightest(
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

/// Whether `value` is the placeholder the pages write for a property as its
/// name before [`crate::extract::rules::PRIMITIVE_PLACEHOLDER_SUFFIX`]
/// (`"servicePlanId": "servicePlanId-value"`): it stands for a value of
/// whatever type the property has (a `Guid` here), so it fits any.
fn names_its_key(key: &str, value: &Value) -> bool {
    value
        .as_str()
        .and_then(super::placeholder_stem)
        .is_some_and(|stem| stem.eq_ignore_ascii_case(key))
}

/// Whether an example's string is a primitive's name (`"String"`): a
/// placeholder, not a value, so it says nothing of which enum it is in.
fn is_placeholder(s: &str) -> bool {
    is_primitive_name(s)
}

/// Whether `name` is property `key` with words in front that are not the
/// owner's (`printerLocation` for `event.location`): a type named for the
/// property of other types, not of this one. A plain `identitySet` for
/// `createdBy` is named for no owner.
fn named_for_other_owners(name: &str, owner: &str, key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    let prefixed = [key.as_str(), &singular(&key)]
        .iter()
        .any(|k| word_suffix_at(bare_name(name), k).is_some());
    prefixed && naming_tier(name, owner, &key).is_none_or(|tier| tier == ANY_PREFIX_TIER)
}

/// The most words of the owner's name that, before the property's, name an
/// enum no page read documents (see `TypeTable::unread_enum_named_for`):
/// Graph's longest type names have about six.
const MAX_OWNER_WORDS: usize = 6;

/// The [`naming_tier`] of an enum whose name ends with the property's after
/// words none of which is the owner's: named for the property, but maybe for
/// another owner's (`mobileAppPublishingState` for `printJobStatus.state`).
const ANY_PREFIX_TIER: u8 = 4;

/// The fewest words of an enum's name that, ending a property's name, name
/// the property's enum (see [`ends_key`]).
const MIN_KEY_ENDING_WORDS: usize = 2;

/// Where `word` (lower-case) ends `name` as a whole camel-case word after at
/// least one other (`Location` in `printerLocation`: 7), compared without
/// case; `None` when it does not (`allocation`, or `location` itself).
fn word_suffix_at(name: &str, word: &str) -> Option<usize> {
    let start = name.len().checked_sub(word.len()).filter(|&s| s > 0)?;
    (name.is_char_boundary(start)
        && name[start..].eq_ignore_ascii_case(word)
        && name[start..].starts_with(|c: char| c.is_ascii_uppercase()))
    .then_some(start)
}

/// How closely `enum_name` is named for property `key` of type `owner`, if it
/// is at all, closest first:
///
/// 0. the property's name (`dayOfWeek`; `daysOfWeek` → `dayOfWeek`), or that
///    name and `Type` (`inferenceClassification` → `inferenceClassificationType`);
/// 1. the property's name ending it at a word boundary, after a first word
///    that is a word of the owner's name (`call.direction` → `callDirection`,
///    `commsOperation.status` → `operationStatus`);
/// 2. the same after words any of which is the owner's
///    (`emailFileAssessmentRequest.contentType` → `threatAssessmentContentType`);
/// 3. the last words of the property's name (see [`ends_key`]:
///    `recurrencePattern.firstDayOfWeek` → `dayOfWeek`), or all of them and
///    words of the owner's in any order (see [`words_of_owner_and_key`]:
///    `mediaContentRatingJapan.movieRating` → `ratingJapanMoviesType`);
/// 4. ([`ANY_PREFIX_TIER`]) the property's name ending it after words none
///    of which is the owner's (`shiftItem.theme` → `scheduleEntityTheme`):
///    [`TypeTable::enum_of`] takes such an enum only when the values are
///    members of no other, and it names no type for other owners (see
///    [`named_for_other_owners`]).
///
/// A collection's
/// name counts singular too (`flaggedReasons` → `managedAppFlaggedReason`).
/// An enum of another sub-namespace than the owner's is not named for it
/// (`externalConnectors.externalItemContentType` is not `itemBody`'s).
fn naming_tier(enum_name: &str, owner: &str, key: &str) -> Option<u8> {
    let namespace = |n: &str| n.rsplit_once('.').map(|(ns, _)| ns.to_string());
    if let Some(ns) = namespace(enum_name) {
        if namespace(owner).as_deref() != Some(ns.as_str()) {
            return None;
        }
    }
    let (enum_name, owner) = (bare_name(enum_name), bare_name(owner));
    let key_lower = key.to_ascii_lowercase();
    let single = singular(&key_lower);
    let owner_words: Vec<String> = camel_words(owner).map(|w| w.to_ascii_lowercase()).collect();
    let own = every_word_singular(key);
    let whole = every_word_singular(enum_name);
    if whole == own || whole == format!("{own}type") {
        return Some(0);
    }
    [&key_lower, &single]
        .iter()
        .filter_map(|k| {
            let start = word_suffix_at(enum_name, k)?;
            let mut words = camel_words(&enum_name[..start]).map(str::to_ascii_lowercase);
            if words.next().is_some_and(|w| owner_words.contains(&w)) {
                Some(1)
            } else if words.any(|w| owner_words.contains(&w)) {
                Some(2)
            } else {
                Some(ANY_PREFIX_TIER)
            }
        })
        .chain(ends_key(enum_name, key).then_some(3))
        .chain(words_of_owner_and_key(enum_name, &owner_words, key).then_some(3))
        .min()
}

/// Whether the enum's name (without a last `Type`) holds every word of the
/// property's name and otherwise only words of the owner's, in any order,
/// compared without number (see [`same_word`]): `mediaContentRatingJapan.movieRating`
/// → `ratingJapanMoviesType`.
fn words_of_owner_and_key(enum_name: &str, owner_words: &[String], key: &str) -> bool {
    let lower =
        |name: &str| -> Vec<String> { camel_words(name).map(str::to_ascii_lowercase).collect() };
    let mut words = lower(enum_name);
    // Longer names are no enum's (Graph's longest has 10 words), and each
    // word is compared with every word of the owner's and the key's.
    if words.len() > MAX_ENUM_NAME_WORDS {
        return false;
    }
    if words.len() > 1 && words.last().is_some_and(|w| w == "type") {
        words.pop();
    }
    let key = lower(key);
    let has = |list: &[String], w: &str| list.iter().any(|x| same_word(x, w));
    key.iter().all(|k| has(&words, k)) && words.iter().all(|w| has(&key, w) || has(owner_words, w))
}

/// The most words an enum's name has for [`words_of_owner_and_key`] to
/// read it.
const MAX_ENUM_NAME_WORDS: usize = 16;

/// Whether two lower-case words are one word in either number: `status`
/// and `status`, `policies` and `policy`, `movies` and `movie` (whose
/// [`singular`] is no `movie`).
fn same_word(a: &str, b: &str) -> bool {
    a == b
        || singular(a) == singular(b)
        || a.strip_suffix('s') == Some(b)
        || b.strip_suffix('s') == Some(a)
}

/// Whether the enum's name (without a last `Type`) is the last words of the
/// property's name, at least [`MIN_KEY_ENDING_WORDS`] of them, each compared
/// singular: `firstDayOfWeek` → `dayOfWeek`, `allowedOnlineMeetingProviders`
/// → `onlineMeetingProviderType`. One word (`status`) names too many.
fn ends_key(enum_name: &str, key: &str) -> bool {
    let mut stem = singular_words(enum_name);
    if stem.len() > MIN_KEY_ENDING_WORDS && stem.last().is_some_and(|w| w == "type") {
        stem.pop();
    }
    let key = singular_words(key);
    stem.len() >= MIN_KEY_ENDING_WORDS && key.len() > stem.len() && key.ends_with(&stem)
}

/// `daysOfWeek` → `dayofweek`: each word of a camel-case name singular,
/// lower-cased, for comparing names that differ only in number.
fn every_word_singular(name: &str) -> String {
    singular_words(name).concat()
}

/// The words of a camel-case name, each lower-cased and singular
/// (`daysOfWeek` → `day`, `of`, `week`).
fn singular_words(name: &str) -> Vec<String> {
    camel_words(name)
        .map(|w| singular(&w.to_ascii_lowercase()))
        .collect()
}

/// The words of a camel-case name (`win32LobAppMsi` → `win32`, `Lob`, `App`, `Msi`).
fn camel_words(name: &str) -> impl Iterator<Item = &str> {
    let mut starts: Vec<usize> = name
        .char_indices()
        .filter(|&(i, c)| i == 0 || c.is_ascii_uppercase())
        .map(|(i, _)| i)
        .collect();
    starts.push(name.len());
    let words: Vec<&str> = starts.windows(2).map(|w| &name[w[0]..w[1]]).collect();
    words.into_iter()
}

/// The type a property an earlier example inferred as `old` must widen to so
/// that `value`, a later example's, reads too: a whole number where a
/// fraction shows up is a `Double`; any other clash of JSON kinds (an object
/// where a string was, a string where a number was, one value where a list
/// was) leaves only "some JSON value". `None` when `value` fits (formats such
/// as a date-time's are not checked: a placeholder is not a kind).
pub(super) fn widened(old: &TypeRef, value: &Value) -> Option<TypeRef> {
    let element = TypeRef {
        collection: false,
        ..old.clone()
    };
    let clash = |v: &Value| -> Option<TypeRef> {
        let name = element.name.as_str();
        let whole = INTEGERS.contains(&name);
        let number = whole || FRACTIONS.contains(&name);
        let fits = match v {
            // A placeholder (`"Boolean"`, `"datetime-value"`) stands for a
            // value of some type: it clashes with none.
            Value::String(s) if super::stands_for_primitive(s) => true,
            // A date-time or date the bindings parse strictly: a string that
            // is not one (`2017-04-15T12:00:00.0000000`, with no offset, after
            // a value with one) leaves a string.
            Value::String(_)
                if matches!(name, "DateTimeOffset" | "Date")
                    && super::mismatch(v, &element).is_some() =>
            {
                return Some(TypeRef::named("String"));
            }
            Value::Null => true,
            Value::Bool(_) => name == "Boolean" || !is_primitive_name(name),
            Value::Number(n) if whole && n.is_f64() => return Some(TypeRef::named("Double")),
            Value::Number(_) => number || !is_primitive_name(name),
            Value::String(_) => !number && name != "Boolean",
            Value::Object(_) => !is_primitive_name(name),
            Value::Array(_) => false,
        };
        (!fits).then(TypeRef::untyped)
    };
    if element.name == "Untyped" {
        return None;
    }
    let found = match (old.collection, value) {
        (_, Value::Null) => None,
        (true, Value::Array(items)) => items.iter().find_map(clash),
        (false, Value::Array(_)) | (true, _) => return Some(TypeRef::untyped()),
        (false, v) => clash(v),
    }?;
    Some(TypeRef {
        collection: old.collection && found.name != "Untyped",
        ..found
    })
}

/// The whole-number primitives (JSON numbers on the wire).
const INTEGERS: &[&str] = &["Int16", "Int32", "Int64", "Byte", "SByte"];

/// The fractional primitives (JSON numbers on the wire).
const FRACTIONS: &[&str] = &["Double", "Single", "Decimal"];

/// Whether a later value of kind `kind` may sharpen a property an earlier
/// example left as `old`: the same shape, and an object where the first was an
/// untyped object, a string (or a duration) where it was a string.
pub(super) fn same_kind(old: &TypeRef, kind: &TypeRef) -> bool {
    old.collection == kind.collection
        && match old.name.as_str() {
            "Untyped" => kind.name == "Untyped",
            "String" => matches!(kind.name.as_str(), "String" | "Duration"),
            "Int32" => kind.name == "Int64",
            _ => false,
        }
}

/// Whether `new` (read from a later example) says more than `old` (what an
/// earlier one left): an untyped value typed, or a plain string read as a
/// duration or an enum. The same shape (collection or not) only. Each new
/// type still reads the earlier values: an enum keeps an unknown member, a
/// duration is a string. A date-time would not (`dateTimeTimeZone.dateTime`
/// is `2017-04-15T12:00:00.0000000` in one example and has a zone in the
/// next), so a string stays a string.
pub(super) fn is_sharper(old: &TypeRef, new: &TypeRef) -> bool {
    old.collection == new.collection
        && old.name != new.name
        && match old.name.as_str() {
            "Untyped" => !is_primitive_name(&new.name),
            "String" => new.name == "Duration" || !is_primitive_name(&new.name),
            // A later value too big for 32 bits; the earlier ones still fit.
            "Int32" => new.name == "Int64",
            _ => false,
        }
}

/// `policies` → `policy`, `statuses` → `status`, `addresses` → `address`,
/// `mentions` → `mention`; a word not ending in `s` (or in `ss`) is itself.
/// For matching type names, which are singular, to collection names.
pub fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() >= 2) {
        return format!("{stem}y");
    }
    if word.ends_with("sses") || word.ends_with("uses") || word.ends_with("xes") {
        return word[..word.len() - 2].to_string();
    }
    // `status`, `address`, `analysis`: singular already.
    if ["us", "ss", "is"].iter().any(|end| word.ends_with(end)) {
        return word.to_string();
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.is_empty() => stem.to_string(),
        _ => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars() {
        assert_eq!(singular("mentions"), "mention");
        assert_eq!(singular("statuses"), "status");
        assert_eq!(singular("addresses"), "address");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("policies"), "policy");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("address"), "address");
        assert_eq!(singular("file"), "file");
        assert_eq!(singular("analysis"), "analysis");
        assert_eq!(singular("bonus"), "bonus");
    }

    fn naming_tier_some(enum_name: &str, owner: &str, key: &str) -> bool {
        naming_tier(enum_name, owner, key).is_some()
    }

    #[test]
    fn enums_named_for_a_property() {
        assert!(naming_tier_some("callDirection", "call", "direction"));
        assert_eq!(
            naming_tier(
                "ratingJapanMoviesType",
                "mediaContentRatingJapan",
                "movieRating"
            ),
            Some(3)
        );
        assert!(!naming_tier_some(
            "ratingJapanTelevisionType",
            "mediaContentRatingJapan",
            "tvRating"
        ));
        assert!(naming_tier_some(
            "chatMessageType",
            "chatMessage",
            "messageType"
        ));
        assert!(naming_tier_some(
            "operationStatus",
            "commsOperation",
            "status"
        ));
        assert!(naming_tier_some("dayOfWeek", "workingHours", "daysOfWeek"));
        assert!(naming_tier_some(
            "managedAppFlaggedReason",
            "managedAppRegistration",
            "flaggedReasons"
        ));
        // Named for the property alone, after words not the owner's.
        assert_eq!(
            naming_tier("mobileAppPublishingState", "printJobStatus", "state"),
            Some(ANY_PREFIX_TIER)
        );
        assert!(!naming_tier_some(
            "identityUserFlowAttributeDataType",
            "identity",
            "id"
        ));
        assert!(!naming_tier_some(
            "provisioningStatusErrorCategory",
            "servicePlanInfo",
            "provisioningStatus"
        ));
        assert!(!naming_tier_some(
            "externalConnectors.externalItemContentType",
            "itemBody",
            "contentType"
        ));
        assert!(!naming_tier_some(
            "teamVisibilityType",
            "group",
            "visibility"
        ));
        assert_eq!(
            naming_tier("scheduleEntityTheme", "shiftItem", "theme"),
            Some(ANY_PREFIX_TIER)
        );
        assert!(naming_tier_some(
            "inferenceClassificationType",
            "message",
            "inferenceClassification"
        ));
        assert!(naming_tier_some(
            "threatAssessmentContentType",
            "emailFileAssessmentRequest",
            "contentType"
        ));
        assert_eq!(
            naming_tier("onenoteUserRole", "notebook", "userRole"),
            Some(ANY_PREFIX_TIER)
        );
        // The enum's name ends the property's (give or take `Type`).
        assert_eq!(
            naming_tier("dayOfWeek", "recurrencePattern", "firstDayOfWeek"),
            Some(3)
        );
        assert!(naming_tier_some(
            "onlineMeetingProviderType",
            "calendar",
            "allowedOnlineMeetingProviders"
        ));
        // One word names too many; a word must end the name whole.
        assert!(!naming_tier_some(
            "status",
            "iosUpdateDeviceStatus",
            "complianceStatus"
        ));
        assert!(!naming_tier_some(
            "weekIndex",
            "recurrencePattern",
            "dayOfWeekIndex2"
        ));
        // `Type` is dropped only from names it leaves two words of.
        assert!(!naming_tier_some("keyType", "x", "publicKey"));
        assert!(naming_tier_some(
            "callRecords.modality",
            "callRecords.session",
            "modalities"
        ));
    }

    #[test]
    fn words_ending_a_name() {
        assert_eq!(word_suffix_at("printerLocation", "location"), Some(7));
        assert_eq!(word_suffix_at("allocation", "location"), None);
        assert_eq!(word_suffix_at("location", "location"), None);
        assert_eq!(word_suffix_at("x", "location"), None);
        assert_eq!(word_suffix_at("caféLocation", "location"), Some(5));
    }

    #[test]
    fn types_named_for_other_owners() {
        assert!(named_for_other_owners(
            "printerLocation",
            "event",
            "location"
        ));
        assert!(named_for_other_owners(
            "conversationMember",
            "deviceRole",
            "members"
        ));
        // Named for this owner, or for no owner at all.
        assert!(!named_for_other_owners(
            "printerLocation",
            "printerShare",
            "location"
        ));
        assert!(!named_for_other_owners("identitySet", "list", "createdBy"));
        assert!(!named_for_other_owners("location", "event", "location"));
        // `Location` must start a word: `allocation` is not named for it.
        assert!(!named_for_other_owners("allocation", "event", "location"));
    }

    #[test]
    fn clashing_kinds_widen() {
        use serde_json::json;
        let s = TypeRef::named;
        assert_eq!(widened(&s("String"), &json!({})), Some(TypeRef::untyped()));
        assert_eq!(widened(&s("String"), &json!("x")), None);
        assert_eq!(widened(&s("String"), &json!(null)), None);
        assert_eq!(widened(&s("Int32"), &json!(1.5)), Some(s("Double")));
        assert_eq!(
            widened(&TypeRef::collection_of("Int32"), &json!([1, 2.5])),
            Some(TypeRef::collection_of("Double"))
        );
        // Placeholders stand for values: they widen nothing.
        assert_eq!(widened(&s("Boolean"), &json!("Boolean")), None);
        assert_eq!(widened(&s("Double"), &json!("double-value")), None);
        assert_eq!(
            widened(&s("Double"), &json!("1.5")),
            Some(TypeRef::untyped())
        );
        // Strictly parsed primitives: another string is a string.
        assert_eq!(
            widened(&s("DateTimeOffset"), &json!("2017-04-15T12:00:00.0000000")),
            Some(s("String"))
        );
        assert_eq!(
            widened(&s("DateTimeOffset"), &json!("2017-04-15T12:00:00Z")),
            None
        );
        assert_eq!(
            widened(&s("DateTimeOffset"), &json!("datetime-value")),
            None
        );
        assert_eq!(
            widened(
                &TypeRef::collection_of("Date"),
                &json!(["2020-01-01", "soon"])
            ),
            Some(TypeRef::collection_of("String"))
        );
        assert_eq!(
            widened(&TypeRef::collection_of("String"), &json!("a")),
            Some(TypeRef::untyped())
        );
        assert_eq!(widened(&s("itemBody"), &json!({})), None);
        assert_eq!(widened(&TypeRef::untyped(), &json!(3)), None);
    }

    #[test]
    fn sharper() {
        let s = TypeRef::named;
        assert!(is_sharper(&TypeRef::untyped(), &s("itemBody")));
        assert!(!is_sharper(&TypeRef::untyped(), &s("String")));
        assert!(same_kind(&TypeRef::untyped(), &TypeRef::untyped()));
        assert!(!same_kind(&TypeRef::untyped(), &s("String")));
        assert!(same_kind(&s("String"), &s("Duration")));
        assert!(!same_kind(&s("String"), &s("DateTimeOffset")));
        assert!(same_kind(&s("Int32"), &s("Int64")) && is_sharper(&s("Int32"), &s("Int64")));
        assert!(is_sharper(&s("String"), &s("callDirection")));
        assert!(is_sharper(&s("String"), &s("Duration")));
        assert!(!is_sharper(&s("String"), &s("DateTimeOffset")));
        assert!(!is_sharper(&s("String"), &s("Int32")));
        assert!(!is_sharper(&s("callDirection"), &s("String")));
        assert!(!is_sharper(
            &TypeRef::untyped(),
            &TypeRef::collection_of("itemBody")
        ));
    }
}

#[cfg(test)]
mod model_tests {
    use crate::model::{model_of_pages, Model, TypeRef};

    fn resource(name: &str, inherits: Option<&str>, rows: &[(&str, &str)]) -> String {
        let inherits = inherits.map_or(String::new(), |b| {
            format!("Inherits from [{b}]({}.md).\n\n", b.to_ascii_lowercase())
        });
        let rows: String = rows
            .iter()
            .map(|(n, t)| format!("| {n} | {t} | What. |\n"))
            .collect();
        format!("---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nNamespace: microsoft.graph\n\n{inherits}## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n{rows}")
    }

    fn enumeration(name: &str, members: &[&str]) -> String {
        let rows: String = members
            .iter()
            .map(|m| format!("| {m} | What. |\n"))
            .collect();
        format!("---\ndoc_type: enumPageType\n---\n# {name} enum type\n\nNamespace: microsoft.graph\n\n## Members\n\n| Member | Description |\n|:--|:--|\n{rows}")
    }

    /// An API page whose response example is `body`, a `call` no page documents.
    fn get_call(body: &str) -> String {
        get_page("call", body)
    }

    /// An API page whose response example is `body`, a `name`.
    fn get_page(name: &str, body: &str) -> String {
        let f = "```";
        format!("---\ndoc_type: apiPageType\n---\n# Get {name}\n\n## HTTP request\n\n{f}http\nGET /{name}s/{{id}}\n{f}\n\n## Response\n\nReturns a [{name}](../resources/{name}.md) object.\n\n## Example\n\n### Response\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->\n{f}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n{f}\n")
    }

    fn ty(model: &Model, owner: &str, name: &str) -> TypeRef {
        let t = model.types.iter().find(|t| t.name == owner).unwrap();
        t.properties
            .iter()
            .find(|p| p.name == name)
            .unwrap()
            .ty
            .clone()
    }

    #[test]
    fn example_values_are_read_against_documented_types() {
        const ID: &str = "[identity](identity.md)";
        const SET: &str = "[identitySet](identityset.md)";
        // (name, base, property rows) of each resource page.
        type Resource<'a> = (&'a str, Option<&'a str>, &'a [(&'a str, &'a str)]);
        let resources: &[Resource] = &[
            (
                "itemBody",
                None,
                &[("content", "String"), ("contentType", "String")],
            ),
            ("identitySet", None, &[("user", ID), ("application", ID)]),
            (
                "identity",
                None,
                &[("id", "String"), ("displayName", "String")],
            ),
            ("mediaConfig", None, &[("blob", "String")]),
            (
                "serviceHostedMediaConfig",
                Some("mediaConfig"),
                &[("preFetchMedia", "String")],
            ),
            (
                "preview",
                None,
                &[
                    ("content", "String"),
                    ("contentType", "String"),
                    ("name", "String"),
                ],
            ),
            ("meetingInfo", None, &[("allowed", "Boolean")]),
            ("organizerMeetingInfo", None, &[("organizer", "String")]),
            (
                "androidConfig",
                Some("deviceConfiguration"),
                &[("apps", "String")],
            ),
            ("note", None, &[("author", SET)]),
            ("post", None, &[("author", SET)]),
            ("recipient", None, &[("emailAddress", "String")]),
            ("initiator", None, &[("user", ID), ("app", "String")]),
            (
                "comment",
                None,
                &[
                    ("id", "String"),
                    ("content", "String"),
                    ("contentType", "String"),
                ],
            ),
        ];
        let enums: &[(&str, &[&str])] = &[
            ("callDirection", &["incoming", "outgoing"]),
            ("callState", &["established", "incoming"]),
            ("mobileAppState", &["established"]),
        ];
        let mut pages: Vec<(String, String)> = resources
            .iter()
            .map(|(name, base, rows)| (*name, resource(name, *base, rows)))
            .chain(
                enums
                    .iter()
                    .map(|(name, members)| (*name, enumeration(name, members))),
            )
            .map(|(name, text)| (format!("resources/{}.md", name.to_ascii_lowercase()), text))
            .collect();
        pages.extend([
            (
                "api/call-get.md".to_string(),
                get_call(
                    r##"{
  "direction": "incoming",
  "state": "String",
  "itemBody": {"content": "x", "contentType": "text"},
  "body": {"content": "x", "contentType": "text"},
  "sender": {"emailAddress": "a@b.c"},
  "by": {"user": {"id": "1"}},
  "author": {"user": {"id": "1"}},
  "meetingInfo": {"@odata.type": "#microsoft.graph.organizerMeetingInfo", "organizer": "x"},
  "deviceConfigurations": [{"@odata.type": "#microsoft.graph.androidConfig", "apps": "x"}],
  "createdBy": {"user": {"id": "1"}, "application": {"id": "2"}},
  "owner": {"id": "1", "displayName": "x"},
  "mediaConfig": {"@odata.type": "#microsoft.graph.serviceHostedMediaConfig"},
  "window": "PT1H",
  "when": "when-value"
}"##,
                ),
            ),
            (
                "api/call-list.md".to_string(),
                get_call(
                    r##"{"state": "established", "when": "2020-01-01T00:00:00Z", "direction": "Duration"}"##,
                ),
            ),
        ]);
        let pages: Vec<(&str, &String)> = pages.iter().map(|(p, t)| (p.as_str(), t)).collect();
        let model = model_of_pages(&pages);
        // A member of the one enum named for the property.
        assert_eq!(ty(&model, "call", "direction").name, "callDirection");
        // A placeholder first, then a member: the later example types it.
        // `mobileAppState` has the member too, but is not named for a call.
        assert_eq!(ty(&model, "call", "state").name, "callState");
        // Named by the property, and its keys fit.
        assert_eq!(ty(&model, "call", "itemBody").name, "itemBody");
        // Named by nothing, but only one type has this shape.
        assert_eq!(ty(&model, "call", "createdBy").name, "identitySet");
        // All of an `itemBody`, part of a `preview`: the tightest fit. Not the
        // `comment` entity: an entity's value shows its `id`.
        assert_eq!(ty(&model, "call", "body").name, "itemBody");
        // One key fills a type only if that is all the type has.
        assert_eq!(ty(&model, "call", "sender").name, "recipient");
        assert_eq!(ty(&model, "call", "by"), TypeRef::untyped());
        // What the tables call `author` everywhere they state it, and it fits.
        assert_eq!(ty(&model, "call", "author").name, "identitySet");
        // Only `id` and `displayName`: fits too much to say.
        assert_eq!(ty(&model, "call", "owner"), TypeRef::untyped());
        // A derived value on a property named for its base.
        assert_eq!(ty(&model, "call", "mediaConfig").name, "mediaConfig");
        // No page says `organizerMeetingInfo` inherits, but `meetingInfo` is
        // documented and ends its name.
        assert_eq!(ty(&model, "call", "meetingInfo").name, "meetingInfo");
        // The base no page here documents, named by the derived type's page.
        assert_eq!(
            ty(&model, "call", "deviceConfigurations"),
            TypeRef::collection_of("deviceConfiguration")
        );
        assert_eq!(ty(&model, "call", "window").name, "Duration");
        // A string first, a date-time later: the first still has to read.
        assert_eq!(ty(&model, "call", "when").name, "String");
    }

    #[test]
    fn types_no_page_documents_are_taken_from_what_several_tables_agree_on() {
        // `dateTimeTimeZone`, `operationStatus` and `conversationMember` have
        // no page here (as when their pages are not among those read).
        const WHEN: &str = "[dateTimeTimeZone](datetimetimezone.md)";
        let relationships = |name: &str| {
            format!(
                "{}\n## Relationships\n\n| Relationship | Type | Description |\n|:--|:--|:--|\n| members | [conversationMember](conversationmember.md) collection | Who. |\n",
                resource(name, None, &[("id", "String")])
            )
        };
        let model = model_of_pages(&[
            (
                "resources/event.md",
                resource(
                    "event",
                    None,
                    &[("start", WHEN), ("status", "operationStatus")],
                ),
            ),
            (
                "resources/task.md",
                resource(
                    "task",
                    None,
                    &[("start", WHEN), ("status", "operationStatus")],
                ),
            ),
            (
                "resources/shift.md",
                resource(
                    "shift",
                    None,
                    &[("end", WHEN), ("due", "[reminderTime](remindertime.md)")],
                ),
            ),
            // `printerLocation` is the printers' `location`, not the call's.
            (
                "resources/printer.md",
                resource(
                    "printer",
                    None,
                    &[("location", "[printerLocation](printerlocation.md)")],
                ),
            ),
            (
                "resources/printershare.md",
                resource(
                    "printerShare",
                    None,
                    &[("location", "[printerLocation](printerlocation.md)")],
                ),
            ),
            ("resources/team.md", relationships("team")),
            ("resources/chat.md", relationships("chat")),
            (
                "api/call-get.md",
                get_call(
                    r#"{
  "start": {"dateTime": "2020-01-01T00:00:00", "timeZone": "UTC"},
  "end": {"dateTime": "2020-01-01T00:00:00", "timeZone": "UTC"},
  "due": {"at": "2020-01-01T00:00:00", "zone": "UTC"},
  "status": "running",
  "location": {"displayName": "Room 1"},
  "members": ["1", "2"]
}"#,
                ),
            ),
        ]);
        // Two tables say `start` is a `dateTimeTimeZone`: an object is one.
        assert_eq!(ty(&model, "call", "start").name, "dateTimeTimeZone");
        // One table is not enough when the type's shape cannot be checked;
        // `end` has the keys `start` just showed for its type.
        assert_eq!(ty(&model, "call", "due"), TypeRef::untyped());
        assert_eq!(ty(&model, "call", "end").name, "dateTimeTimeZone");
        assert_eq!(ty(&model, "call", "location"), TypeRef::untyped());
        // A string is a member of a type no table states as a relationship.
        assert_eq!(ty(&model, "call", "status").name, "operationStatus");
        // Relationships hold entities: strings are not members of them.
        assert_eq!(
            ty(&model, "call", "members"),
            TypeRef::collection_of("String")
        );
    }

    #[test]
    fn objects_named_for_an_unread_type_the_tables_agree_on() {
        // No page documents `workingHours` or `chatInfo`.
        let model = model_of_pages(&[
            (
                "resources/shift.md",
                resource(
                    "shift",
                    None,
                    &[
                        ("workingHours", "[workingHours](workinghours.md)"),
                        ("info", "[chatInfo](chatinfo.md)"),
                    ],
                ),
            ),
            (
                "api/call-get.md",
                get_call(
                    r#"{
  "workingHours": {"daysOfWeek": ["monday"], "startTime": "08:00:00.0000000"},
  "chatInfo": {"threadId": "19:meeting"}
}"#,
                ),
            ),
        ]);
        // Named by the key, and the one table stating `workingHours` agrees.
        assert_eq!(ty(&model, "call", "workingHours").name, "workingHours");
        assert_eq!(ty(&model, "workingHours", "startTime").name, "TimeOfDay");
        // Named by the key, but no table states a `chatInfo` property.
        assert_eq!(ty(&model, "call", "chatInfo"), TypeRef::untyped());
    }

    #[test]
    fn objects_with_the_keys_examples_showed_for_one_unread_type_are_that_type() {
        // No page documents `dateTimeTimeZone`, `physicalAddress` or
        // `physicalOfficeAddress`; the shift's examples (read first) show
        // their keys.
        let model = model_of_pages(&[
            (
                "resources/shift.md",
                resource(
                    "shift",
                    None,
                    &[
                        ("start", "[dateTimeTimeZone](datetimetimezone.md)"),
                        ("home", "[physicalAddress](physicaladdress.md)"),
                        (
                            "office",
                            "[physicalOfficeAddress](physicalofficeaddress.md)",
                        ),
                        ("owner", "[identity](identity.md)"),
                    ],
                ),
            ),
            (
                "api/a-shift-get.md",
                get_page(
                    "shift",
                    r#"{
  "start": {"dateTime": "2021-01-01T08:00:00", "timeZone": "UTC"},
  "home": {"street": "1 Main St", "city": "Redmond"},
  "office": {"street": "2 Main St", "city": "Redmond", "officeLocation": "B2"},
  "owner": {"id": "1", "displayName": "Ann"}
}"#,
                ),
            ),
            (
                "api/call-get.md",
                get_call(
                    r#"{
  "due": {"dateTime": "2021-01-02T08:00:00", "timeZone": "Pacific Standard Time"},
  "addresses": [{"street": "3 Main St"}, {"city": "Seattle"}],
  "site": {"street": "4 Main St", "city": "Bellevue", "officeLocation": "C1"},
  "venue": {"street": "5 Main St", "floor": 3},
  "late": {"dateTime": 5, "timeZone": "UTC"},
  "caller": {"id": "2", "displayName": "Bo"}
}"#,
                ),
            ),
        ]);
        assert_eq!(ty(&model, "call", "due").name, "dateTimeTimeZone");
        // Across a list's items; of two types that fit, the one the keys fill.
        assert_eq!(
            ty(&model, "call", "addresses"),
            TypeRef::collection_of("physicalAddress")
        );
        assert_eq!(ty(&model, "call", "site").name, "physicalOfficeAddress");
        // A key no example showed for the type, a value of another kind, or
        // only keys every type has: no type.
        assert_eq!(ty(&model, "call", "venue"), TypeRef::untyped());
        assert_eq!(ty(&model, "call", "late"), TypeRef::untyped());
        assert_eq!(ty(&model, "call", "caller"), TypeRef::untyped());
    }

    #[test]
    fn null_keys_a_named_type_lacks_contradict_nothing() {
        let model = model_of_pages(&[
            (
                "resources/identityset.md",
                resource(
                    "identitySet",
                    None,
                    &[
                        ("user", "[identity](identity.md)"),
                        ("application", "[identity](identity.md)"),
                    ],
                ),
            ),
            (
                "resources/shift.md",
                resource(
                    "shift",
                    None,
                    &[
                        ("lastModifiedBy", "[identitySet](identityset.md)"),
                        ("createdBy", "[identitySet](identityset.md)"),
                    ],
                ),
            ),
            (
                "api/call-get.md",
                get_call(
                    r#"{
  "lastModifiedBy": {"application": null, "conversation": null, "user": {"id": "1"}},
  "createdBy": {"conversation": {"id": "2"}, "user": {"id": "1"}},
  "editor": {"application": null, "conversation": null, "user": {"id": "1"}}
}"#,
                ),
            ),
        ]);
        // Named by the tables' word for `lastModifiedBy`; a key with a value
        // is still one the type must have.
        assert_eq!(ty(&model, "call", "lastModifiedBy").name, "identitySet");
        assert_eq!(ty(&model, "call", "createdBy"), TypeRef::untyped());
        // The shape alone (nothing names the type) must have every key.
        assert_eq!(ty(&model, "call", "editor"), TypeRef::untyped());
    }

    #[test]
    fn keys_that_many_unread_types_show_name_none_of_them() {
        // One documented owner states a property of each of many unread
        // types; its example shows the same keys for each: too common to
        // tell, and too many to check each.
        let n = super::MAX_UNREAD_CANDIDATES + 1;
        let links: Vec<(String, String)> = (0..n)
            .map(|i| (format!("p{i}"), format!("[thing{i}](thing{i}.md)")))
            .collect();
        let rows: Vec<(&str, &str)> = links
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        // `thing0` is the one the keys would fill.
        let shown: Vec<String> = (0..n)
            .map(|i| {
                let up = if i == 0 { "" } else { ", \"up\": 0" };
                format!("\"p{i}\": {{\"left\": 1, \"right\": 2{up}}}")
            })
            .collect();
        let model = model_of_pages(&[
            ("resources/shift.md", resource("shift", None, &rows)),
            (
                "api/a-shift-get.md",
                get_page("shift", &format!("{{{}}}", shown.join(", "))),
            ),
            (
                "api/call-get.md",
                get_call(r#"{"pair": {"left": 3, "right": 4}}"#),
            ),
        ]);
        assert_eq!(ty(&model, "thing0", "left").name, "Int32");
        assert_eq!(ty(&model, "call", "pair"), TypeRef::untyped());
    }

    #[test]
    fn placeholders_fit_the_type_they_name_and_unread_types_any_string() {
        let model = model_of_pages(&[
            (
                "resources/networkconnection.md",
                resource(
                    "networkConnection",
                    None,
                    &[
                        ("applicationName", "String"),
                        ("processId", "Int32"),
                        ("ports", "Int32 collection"),
                        (
                            "protocol",
                            "[securityNetworkProtocol](securitynetworkprotocol.md)",
                        ),
                        ("direction", "[connectionDirection](connectiondirection.md)"),
                    ],
                ),
            ),
            (
                "resources/connectiondirection.md",
                enumeration("connectionDirection", &["inbound", "outbound"]),
            ),
            (
                "api/call-get.md",
                get_call(
                    r#"{
  "connections": [{"applicationName": "String", "processId": "Int32", "direction": "String", "ports": ["Int32"]}],
  "others": [{"applicationName": "String", "processId": "Boolean"}],
  "unreadDirections": [{"applicationName": "app", "protocol": "tcp", "processId": 7}],
  "keyNamed": [{"applicationName": "applicationName-value", "processId": "processId-VALUE"}]
}"#,
                ),
            ),
        ]);
        assert_eq!(
            ty(&model, "call", "connections"),
            TypeRef::collection_of("networkConnection")
        );
        // `direction` of a type no page read documents: any string may be one.
        assert_eq!(
            ty(&model, "call", "unreadDirections"),
            TypeRef::collection_of("networkConnection")
        );
        // `"<property>-value"` stands for a value of the property's type.
        assert_eq!(
            ty(&model, "call", "keyNamed"),
            TypeRef::collection_of("networkConnection")
        );
        // `"Boolean"` names another type than `processId`'s: no fit.
        assert_eq!(
            ty(&model, "call", "others"),
            TypeRef::collection_of("Untyped")
        );
    }

    #[test]
    fn derived_values_first_seen_hold_the_base_named_or_agreed_for_the_property() {
        // No page says `androidMobileAppIdentifier` or `iosMobileAppIdentifier`
        // inherits from `mobileAppIdentifier`; their objects are read after
        // their properties are typed (no entry for them yet).
        let model = model_of_pages(&[
            (
                "resources/mobileappidentifier.md",
                resource("mobileAppIdentifier", None, &[("id", "String")]),
            ),
            (
                "resources/managedappregistration.md",
                resource(
                    "managedAppRegistration",
                    None,
                    &[(
                        "appIdentifier",
                        "[mobileAppIdentifier](mobileappidentifier.md)",
                    )],
                ),
            ),
            (
                "api/call-get.md",
                get_call(
                    r##"{
  "mobileAppIdentifier": {"@odata.type": "#microsoft.graph.androidMobileAppIdentifier", "packageId": "a"},
  "appIdentifier": {"@odata.type": "#microsoft.graph.iosMobileAppIdentifier", "bundleId": "b"},
  "other": {"@odata.type": "#microsoft.graph.iosMobileAppIdentifier", "bundleId": "c"}
}"##,
                ),
            ),
        ]);
        // Named like the property.
        assert_eq!(
            ty(&model, "call", "mobileAppIdentifier").name,
            "mobileAppIdentifier"
        );
        // The type the tables give `appIdentifier`.
        assert_eq!(
            ty(&model, "call", "appIdentifier").name,
            "mobileAppIdentifier"
        );
        // Nothing names a base for `other`.
        assert_eq!(ty(&model, "call", "other").name, "iosMobileAppIdentifier");
    }

    #[test]
    fn strings_named_for_an_unread_type_by_the_owner_and_property() {
        // `callState` and `callRoute` have no page here; one table names each.
        let model = model_of_pages(&[
            (
                "resources/calllog.md",
                format!(
                    "{}\n## Relationships\n\n| Relationship | Type | Description |\n|:--|:--|:--|\n| lastRoute | [callRoute](callroute.md) | Where. |\n",
                    resource("callLog", None, &[("lastState", "[callState](callstate.md)")])
                ),
            ),
            (
                "api/call-get.md",
                get_call(r#"{"state": "established", "route": "direct", "direction": "incoming"}"#),
            ),
        ]);
        assert_eq!(ty(&model, "call", "state").name, "callState");
        // A type a table relates to is an entity, no enum.
        assert_eq!(ty(&model, "call", "route").name, "String");
        // No type of the name is known at all.
        assert_eq!(ty(&model, "call", "direction").name, "String");
        // A hostile owner name of thousands of words is read in linear time.
        let hostile_name = format!("x{}", "aB".repeat(20_000));
        let hostile = model_of_pages(&[(
            "api/call-get.md",
            get_call(r#"{"state": "on", "mode": "off"}"#)
                .replace(
                    "microsoft.graph.call",
                    &format!("microsoft.graph.{hostile_name}"),
                )
                .replace("[call]", &format!("[{hostile_name}]")),
        )]);
        let owner = hostile
            .types
            .iter()
            .find(|t| t.name == hostile_name)
            .unwrap();
        assert_eq!(owner.properties.len(), 2);
        // So are an enum's and an owner's names of thousands of words each
        // (each of the enum's words is the owner's last).
        let mut owner_words = vec!["q".to_string(); 20_000];
        owner_words.push("ab".into());
        assert!(!super::words_of_owner_and_key(
            &format!("x{}", "Ab".repeat(20_000)),
            &owner_words,
            "x"
        ));
    }

    #[test]
    fn enums_named_for_the_property_alone_need_values_no_other_enum_has() {
        let enums: &[(&str, &[&str])] = &[
            ("scheduleEntityTheme", &["blue", "green"]),
            ("printJobProcessingState", &["idle", "processing"]),
            ("deviceManagementPartnerTenantState", &["idle", "enabled"]),
        ];
        let mut pages: Vec<(String, String)> = enums
            .iter()
            .map(|(name, members)| {
                (
                    format!("resources/{}.md", name.to_ascii_lowercase()),
                    enumeration(name, members),
                )
            })
            .collect();
        pages.push((
            "api/call-get.md".into(),
            get_call(r#"{"theme": "blue", "state": "idle", "status": "processing"}"#),
        ));
        let pages: Vec<(&str, &String)> = pages.iter().map(|(p, t)| (p.as_str(), t)).collect();
        let model = model_of_pages(&pages);
        // Only one enum has `blue`, and it is named for `theme`.
        assert_eq!(ty(&model, "call", "theme").name, "scheduleEntityTheme");
        // Two enums named for `state` have `idle`: neither is the call's.
        assert_eq!(ty(&model, "call", "state").name, "String");
        // The one enum with `processing` is named for no `status`.
        assert_eq!(ty(&model, "call", "status").name, "String");
    }

    #[test]
    fn empty_lists_and_values_of_types_whose_base_is_unread() {
        let model = model_of_pages(&[
            (
                "resources/recipient.md",
                resource("recipient", None, &[("emailAddress", "String")]),
            ),
            (
                "resources/message.md",
                resource(
                    "message",
                    None,
                    &[("bccRecipients", "[recipient](recipient.md) collection")],
                ),
            ),
            (
                "resources/event.md",
                resource(
                    "event",
                    None,
                    &[("instances", "[event](event.md) collection")],
                ),
            ),
            // `scheduleEntity` has no page here.
            (
                "resources/shiftitem.md",
                resource(
                    "shiftItem",
                    Some("scheduleEntity"),
                    &[("displayName", "String"), ("notes", "String")],
                ),
            ),
            (
                "api/call-get.md",
                get_call(
                    r#"{
  "bccRecipients": [],
  "instances": [],
  "sharedShift": {"displayName": "Day", "notes": "Inventory."}
}"#,
                ),
            ),
        ]);
        // `[]` shows nothing to check: one table's word is taken only for a
        // type the property's name ends with.
        assert_eq!(
            ty(&model, "call", "bccRecipients"),
            TypeRef::collection_of("recipient")
        );
        assert_eq!(
            ty(&model, "call", "instances"),
            TypeRef::collection_of("Untyped")
        );
        // The one documented type with this shape; its unread base has none.
        assert_eq!(ty(&model, "call", "sharedShift").name, "shiftItem");
    }

    #[test]
    fn objects_with_thousands_of_keys_are_read() {
        // Its keys are gathered through a set: a list scan made this example
        // quadratic (1.3 s for these 20,000 keys in a debug build, a hundred
        // times that for the 200,000 a page under the 4 MB limit can hold).
        let keys: Vec<String> = (0..20_000)
            .map(|i| format!("\"k{i}\": {{\"a{i}\": 1}}"))
            .collect();
        let body = format!("{{\"blob\": {{{}}}}}", keys.join(", "));
        let model = model_of_pages(&[
            (
                "resources/identity.md",
                resource("identity", None, &[("id", "String")]),
            ),
            ("api/call-get.md", get_call(&body)),
        ]);
        assert_eq!(ty(&model, "call", "blob"), TypeRef::untyped());
        // As many keys on the type itself, one per line: each is found by
        // name, not by a scan of the type's growing list or of the lines.
        let body = format!("{{\n{}\n}}", keys.join(",\n"));
        let model = model_of_pages(&[("api/call-get.md", get_call(&body))]);
        let call = model.types.iter().find(|t| t.name == "call").unwrap();
        assert_eq!(call.properties.len(), 20_000);
        let last = call.properties.iter().find(|p| p.name == "k19999").unwrap();
        assert_eq!(last.ty, TypeRef::untyped());
    }
}
