//! The type table: types gathered from resource pages, request-body tables,
//! references and example bodies. Tables are entered first and win; examples
//! then add the properties no table states (inferred from JSON value kinds) and
//! are checked against the ones a table does state.

use super::typeref::{is_primitive_name, namespace_of, split_qualified, TypeRef};
use super::{Example, FactOrigin, Property, TypeDef};
use crate::diagnostics::{Code, Diagnostic};
use crate::source::SourceRef;
use regex::Regex;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

mod bases;
mod described;
mod sharpen;
pub use sharpen::singular;

/// How much a spelling of a type name is trusted, best first. The model keeps
/// the best spelling seen (`entitlementManagement` from a link beats
/// `entitlementmanagement` from an annotation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Spelling {
    /// A resource page title.
    ResourcePage,
    /// A table cell or a link in prose.
    Stated,
    /// An `@odata.type` in an example body.
    ExampleBody,
    /// An annotation's `@odata.type` (often lower-cased).
    Annotation,
}

/// All types, keyed by lower-cased name (Graph type names are case-insensitive).
#[derive(Debug, Default)]
pub struct TypeTable {
    /// Slot of each type key.
    index: HashMap<String, usize>,
    /// The types, in the order first named.
    slots: Vec<Slot>,
    /// Types a resource page documents (lower-cased): their property lists
    /// come from that page; API-page tables only confirm them.
    resource_pages: HashSet<String>,
    /// Reused buffer for lower-casing names to look up.
    scratch: String,
    /// Each resource page's file name (lower-cased stem) → the key of the type
    /// it documents, for names that are a page's file name rather than its
    /// type's (`[Range](../resources/range.md)` for `workbookRange`).
    page_types: HashMap<String, String>,
    /// What examples are read against; see [`TypeTable::index_for_examples`].
    example_index: sharpen::ExampleIndex,
    /// What examples showed of types no page read documents; see
    /// [`TypeTable::note_unread_property`].
    unread_shapes: sharpen::UnreadShapes,
    /// Properties whose table names several types, settled by
    /// [`super::alternatives::settle`] once every page is read.
    alternatives: Vec<super::alternatives::Noted>,
    /// Example-inferred properties (slot, index in its list) that every
    /// example so far showed as an empty list (`"groupTypes": []`): a list
    /// of nothing, whose element type the first example with elements says.
    shown_empty: HashSet<(usize, usize)>,
    /// Problems found while filling the table.
    pub diagnostics: Vec<Diagnostic>,
}

/// One type of the table.
#[derive(Debug)]
struct Slot {
    /// Lower-cased name.
    key: String,
    /// The most trusted spelling seen so far.
    spelling: Spelling,
    /// The type (its `sources` are filled in by [`TypeTable::into_types`]).
    def: TypeDef,
    /// Every place the type is stated or referenced, maybe repeated: popular
    /// types (`user`) are referenced from thousands of places, so they are
    /// sorted and deduplicated once, at the end.
    sources: Vec<SourceRef>,
    /// Where the base type was stated (see [`TypeTable::state_base`]).
    base_source: Option<SourceRef>,
}

impl TypeTable {
    /// The type named `name`, created (undocumented) if new, with its spelling
    /// upgraded when this one is more trusted. Primitives get no entry.
    pub fn entry(
        &mut self,
        name: &str,
        spelling: Spelling,
        source: &SourceRef,
    ) -> Option<&mut TypeDef> {
        let i = self.entry_index(name, spelling, source)?;
        Some(&mut self.slots[i].def)
    }

    /// [`TypeTable::entry`], as the slot's index.
    fn entry_index(&mut self, name: &str, spelling: Spelling, source: &SourceRef) -> Option<usize> {
        if is_primitive_name(name) || name.is_empty() {
            return None;
        }
        let mut key = std::mem::take(&mut self.scratch);
        key.clear();
        key.push_str(name);
        key.make_ascii_lowercase();
        // A name no page documents that is a type page's file name means
        // that page's type: docs link texts use friendly names.
        let aliased = || {
            self.page_types
                .get(key.as_str())
                .and_then(|target| self.index.get(target.as_str()))
                .copied()
        };
        let found = self.index.get(key.as_str()).copied().or_else(aliased);
        let i = match found {
            Some(i) => i,
            None => {
                let i = self.slots.len();
                self.index.insert(key.clone(), i);
                self.slots.push(Slot {
                    key: key.clone(),
                    spelling,
                    def: TypeDef {
                        name: name.to_string(),
                        namespace: namespace_of(name),
                        base_type: None,
                        base_type_inferred: false,
                        description: None,
                        properties: Vec::new(),
                        members: Vec::new(),
                        documented: false,
                        sources: Vec::new(),
                        provenance: Default::default(),
                    },
                    sources: Vec::new(),
                    base_source: None,
                });
                i
            }
        };
        self.scratch = key;
        let slot = &mut self.slots[i];
        if slot.sources.last() != Some(source) {
            slot.sources.push(source.clone());
        }
        if spelling < slot.spelling {
            slot.spelling = spelling;
            slot.def.name = name.to_string();
            slot.def.namespace = namespace_of(name);
        }
        Some(i)
    }

    /// The type named `name`, if known.
    pub fn get(&self, name: &str) -> Option<&TypeDef> {
        let key = name.to_ascii_lowercase();
        self.index
            .get(&key)
            .or_else(|| self.index.get(self.page_types.get(&key)?))
            .map(|&i| &self.slots[i].def)
    }

    /// The model's spelling of a type name (unchanged for primitives and unknown names).
    pub fn canonical(&self, name: &str) -> String {
        self.get(name)
            .map_or_else(|| name.to_string(), |d| d.name.clone())
    }

    /// Records which type each resource page documents (`file`, the page's
    /// path; `name`, its type), so a name that is only the page's file name
    /// resolves to that type. Call once every page's type is in the table.
    pub fn note_type_pages<'a>(&mut self, pages: impl IntoIterator<Item = (&'a str, &'a str)>) {
        for (file, name) in pages {
            let stem = std::path::Path::new(file)
                .file_stem()
                .map(|s| s.to_string_lossy().to_ascii_lowercase());
            let key = name.to_ascii_lowercase();
            if let Some(stem) = stem.filter(|s| *s != key) {
                self.page_types.entry(stem).or_insert(key);
            }
        }
    }

    /// Makes each link text that names no type another name of the type its
    /// linked page documents (`[tabs](../resources/teamstab.md)` → `teamsTab`),
    /// so prose that calls a type by a friendly name points at the real type
    /// rather than at an undocumented one. A text linked to pages of
    /// different types stays as it is (no guess). Call after
    /// [`TypeTable::note_type_pages`] and before API pages' types are added.
    pub fn note_link_names<'a>(
        &mut self,
        links: impl IntoIterator<Item = &'a crate::extract::LinkName>,
    ) {
        let mut found: HashMap<String, Option<String>> = HashMap::new();
        for link in links {
            let text = link.text.to_ascii_lowercase();
            if self.index.contains_key(&text) || self.page_types.contains_key(&text) {
                continue;
            }
            let page = link.page.to_ascii_lowercase();
            let Some(target) = self
                .page_types
                .get(&page)
                .cloned()
                .or_else(|| self.index.contains_key(&page).then_some(page))
                .filter(|t| self.resource_pages.contains(t))
            else {
                continue;
            };
            found
                .entry(text)
                .and_modify(|seen| {
                    if seen.as_ref() != Some(&target) {
                        *seen = None;
                    }
                })
                .or_insert(Some(target));
        }
        let mut found: Vec<(String, String)> = found
            .into_iter()
            .filter_map(|(text, target)| Some((text, target?)))
            .collect();
        found.sort();
        self.page_types.extend(found);
    }

    /// Marks a type as documented by a resource page.
    pub fn mark_resource_page(&mut self, name: &str) {
        self.resource_pages.insert(name.to_ascii_lowercase());
    }

    /// Whether a resource page documents the type.
    pub fn has_resource_page(&self, name: &str) -> bool {
        self.resource_pages.contains(&name.to_ascii_lowercase())
    }

    /// Adds a property an API page's request-body table states for a type.
    /// A type with a resource page keeps that page's list (request tables mix
    /// in action parameters and fields of other types); others take the table.
    pub fn add_from_api_table(&mut self, type_name: &str, prop: Property) {
        if !self.has_resource_page(type_name) {
            self.add_stated(type_name, prop);
        }
    }

    /// Adds a stated property to a type: a table wins over anything but an
    /// earlier table; two tables that disagree are reported.
    pub fn add_stated(&mut self, type_name: &str, prop: Property) {
        let source = prop.source_ref();
        let mut conflict = None;
        if let Some(def) = self.entry(type_name, Spelling::Stated, &source) {
            def.documented = true;
            match def.properties.iter_mut().find(|p| p.name == prop.name) {
                Some(existing) if existing.source == FactOrigin::Table => {
                    if !existing.ty.name.eq_ignore_ascii_case(&prop.ty.name)
                        || existing.ty.collection != prop.ty.collection
                    {
                        let message = format!(
                            "`{}.{}` is {} here but {} at {}",
                            def.name,
                            prop.name,
                            describe(&prop.ty),
                            describe(&existing.ty),
                            existing.source_ref()
                        );
                        conflict = Some((message, prop.name.clone(), prop.ty.name.clone()));
                    }
                }
                Some(existing) => *existing = prop,
                None => def.properties.push(prop),
            }
        }
        if let Some((message, name, ty)) = conflict {
            self.diagnostics.push(
                Diagnostic::at(Code::ConflictingFact, &source, message).quoting_after(&name, &ty),
            );
        }
    }

    /// Walks an example body as a value of `ty`: infers unstated properties,
    /// checks stated ones, and descends into nested objects.
    pub fn infer_from_example(&mut self, example: &Example, body: &Value, ty: Option<&TypeRef>) {
        let mut walker = Walker {
            table: self,
            key_lines: example.key_lines_index(),
            file: example.source.file.clone(),
        };
        walker.value(body, ty, example.body_line, true);
    }

    /// Notes the properties of `owner` whose table names several types, to be
    /// typed with the type those all are once every page is read.
    pub fn note_alternatives(
        &mut self,
        owner: &str,
        alternatives: &[crate::extract::TypeAlternatives],
    ) {
        self.alternatives
            .extend(alternatives.iter().map(|a| super::alternatives::Noted {
                owner: owner.to_string(),
                cell: a.clone(),
            }));
    }

    /// The finished types, sorted by name, with type references spelled canonically.
    pub fn into_types(self) -> (Vec<TypeDef>, Vec<Diagnostic>) {
        let TypeTable {
            index,
            mut slots,
            alternatives,
            diagnostics: mut table_diagnostics,
            ..
        } = self;
        let spellings: Vec<String> = slots.iter().map(|s| s.def.name.clone()).collect();
        let canon = |n: &str| {
            index
                .get(&n.to_ascii_lowercase())
                .map_or_else(|| n.to_string(), |&i| spellings[i].clone())
        };
        // In key order, as the table always listed them before sorting by name.
        slots.sort_by(|a, b| a.key.cmp(&b.key));
        let mut types: Vec<TypeDef> = slots
            .into_iter()
            .map(|slot| {
                let mut d = slot.def;
                d.base_type = d.base_type.as_deref().map(canon);
                for p in &mut d.properties {
                    p.ty.name = canon(&p.ty.name);
                }
                let mut sources = slot.sources;
                sources.sort();
                sources.dedup();
                d.sources = sources;
                d
            })
            .collect();
        types.sort_by(|a, b| a.name.cmp(&b.name));
        table_diagnostics.extend(super::alternatives::settle(
            &mut types,
            &alternatives,
            canon,
        ));
        table_diagnostics.extend(super::refine::refine(&mut types));
        for t in types.iter().filter(|t| t.is_only_named()) {
            if let Some(source) = t.sources.first() {
                table_diagnostics.push(Diagnostic::at(
                    Code::UndocumentedType,
                    source,
                    format!("type `{}` is referenced but no page documents it; its values are kept as opaque JSON", t.name),
                ).quoting(&t.name));
            }
        }
        (types, table_diagnostics)
    }
}

struct Walker<'a> {
    table: &'a mut TypeTable,
    key_lines: super::KeyLines<'a>,
    file: std::sync::Arc<str>,
}

impl Walker<'_> {
    fn key_line(&self, key: &str, from: u32) -> u32 {
        self.key_lines.line(key, from)
    }

    fn value(&mut self, value: &Value, ty: Option<&TypeRef>, line: u32, top: bool) {
        match value {
            Value::Array(items) => {
                let element = ty.map(|t| TypeRef {
                    collection: false,
                    ..t.clone()
                });
                for item in items {
                    self.value(item, element.as_ref(), line, false);
                }
            }
            Value::Object(map) => {
                // The OData envelope `{"@odata.context": …, "value": …}` wraps
                // collections (and, on some pages, single objects): its `value`
                // is the documented type, not a property of it.
                if top {
                    if let Some(inner) = envelope_value(map) {
                        return self.value(inner, ty, line, false);
                    }
                }
                let own = map
                    .get("@odata.type")
                    .and_then(Value::as_str)
                    .and_then(|t| self.odata_type(t, line));
                match (own, ty) {
                    (Some(name), _) => self.object(&name, map, line),
                    (None, Some(t)) if !t.is_primitive() => self.object(&t.name, map, line),
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// Property `i` of `slot`, which an earlier example inferred, widened when
    /// this example's `value` is another kind of JSON value (see
    /// [`sharpen::widened`]), else typed by it where the documented types
    /// allow and the earlier type was plain, when the value
    /// is the same kind (an object for an untyped object, a string for a
    /// string), so the earlier value still reads. Not by the value's own
    /// `@odata.type`: a value that names its type where another did not is a
    /// derived type's, not the property's.
    fn sharpen_again(&mut self, slot: usize, i: usize, key: &str, value: &Value, at: u32) {
        if self.table.shown_empty.contains(&(slot, i)) {
            return self.fill_empty(slot, i, key, value, at);
        }
        let old = &self.table.slots[slot].def.properties[i].ty;
        let new = sharpen::widened(old, value).or_else(|| {
            let kind = kind_of(value).filter(|k| sharpen::same_kind(old, k))?;
            let new = self.table.sharpen(slot, key, value, kind);
            sharpen::is_sharper(old, &new).then_some(new)
        });
        if let Some(new) = new {
            self.retype(slot, i, new, at);
        }
    }

    /// Property `i` of `slot`, which examples have shown only as empty
    /// lists, typed by this example's `value` as a first example would type
    /// it, when it shows more (elements, or no list at all).
    fn fill_empty(&mut self, slot: usize, i: usize, key: &str, value: &Value, at: u32) {
        let empty = |v: &Value| v.is_null() || v.as_array().is_some_and(Vec::is_empty);
        if empty(value) {
            return;
        }
        self.table.shown_empty.remove(&(slot, i));
        let Some(kind) = kind_of(value) else { return };
        let new = self.table.sharpen(slot, key, value, kind);
        self.retype(slot, i, new, at);
    }

    /// Property `i` of `slot` is `ty`, as this example says at line `at`.
    fn retype(&mut self, slot: usize, i: usize, ty: TypeRef, at: u32) {
        let p = &mut self.table.slots[slot].def.properties[i];
        p.ty = ty;
        p.file = self.file.clone();
        p.line = at;
    }

    fn odata_type(&mut self, raw: &str, line: u32) -> Option<String> {
        let q = split_qualified(raw)?;
        let at = self.key_line("@odata.type", line);
        if let Some(ns) = q.foreign_namespace {
            let source = SourceRef::new(&self.file, at);
            self.table.diagnostics.push(
                Diagnostic::at(
                    Code::ForeignNamespace,
                    &source,
                    format!(
                    "@odata.type `{raw}` is in namespace `{ns}`, not microsoft.graph; read as `{}`",
                    q.name
                ),
                )
                .quoting(raw),
            );
        }
        Some(q.name)
    }

    fn object(&mut self, type_name: &str, map: &Map<String, Value>, line: u32) {
        let here = SourceRef::new(&self.file, line);
        let Some(slot) = self
            .table
            .entry_index(type_name, Spelling::ExampleBody, &here)
        else {
            return;
        };
        // A resource page's list is authoritative: examples of a base type
        // often show a derived type's properties.
        let owned = self
            .table
            .resource_pages
            .contains(&self.table.slots[slot].key);
        // A large object finds its keys through an index of the type's
        // properties (the first of a name, as a scan would), kept up to date
        // as properties are added here or by nested values of the same type:
        // a scan per key is quadratic in a huge example.
        let mut by_name = PropertyIndex::new(map.len());
        for (key, value) in map {
            if !is_property_name(key) {
                continue;
            }
            let at = self.key_line(key, line);
            let nested = matches!(value, Value::Array(_) | Value::Object(_));
            let def = &mut self.table.slots[slot].def;
            let next_ty = match by_name.find(&def.properties, key) {
                Some(i) => {
                    if def.properties[i].source == FactOrigin::Example {
                        self.sharpen_again(slot, i, key, value, at);
                    }
                    let def = &self.table.slots[slot].def;
                    let stated = &def.properties[i];
                    if stated.source == FactOrigin::Table {
                        if let Some(problem) = mismatch(value, &stated.ty) {
                            let message = format!(
                                "example value {} for `{}.{key}` {problem}; the table says {} ({})",
                                short(value),
                                def.name,
                                describe(&stated.ty),
                                stated.source_ref()
                            );
                            self.table.diagnostics.push(
                                Diagnostic::at(
                                    Code::ExampleTypeMismatch,
                                    &SourceRef::new(&self.file, at),
                                    message,
                                )
                                .quoting_after(&format!("\"{key}\""), &value_text(value)),
                            );
                        }
                    }
                    // Only arrays and objects are walked further.
                    nested.then(|| self.table.slots[slot].def.properties[i].ty.clone())
                }
                None if !owned || nested => {
                    let kind = kind_of(value);
                    // A string of a named type is a placeholder naming it
                    // (see `placeholder_type`): the type is referenced here.
                    if let Some(named) = kind
                        .as_ref()
                        .filter(|k| value.is_string() && !k.is_primitive())
                    {
                        let here = SourceRef::new(&self.file, at);
                        self.table
                            .entry_index(&named.name, Spelling::ExampleBody, &here);
                    }
                    let inferred = kind.map(|k| self.table.sharpen(slot, key, value, k));
                    let def = &mut self.table.slots[slot].def;
                    if let Some(ty) = inferred.as_ref().filter(|_| !owned) {
                        def.properties.push(Property {
                            name: key.clone(),
                            ty: ty.clone(),
                            required: None,
                            description: None,
                            navigation: false,
                            source: FactOrigin::Example,
                            file: self.file.clone(),
                            line: at,
                            provenance: Default::default(),
                            metadata: None,
                        });
                        let index = def.properties.len() - 1;
                        if value.as_array().is_some_and(Vec::is_empty) {
                            self.table.shown_empty.insert((slot, index));
                        }
                        self.table.note_unread_property(slot, index);
                    }
                    inferred
                }
                None => None,
            };
            if nested {
                self.value(value, next_ty.as_ref(), at, false);
            }
        }
    }
}

/// Objects with at most this many keys look each one up by a scan of the
/// type's properties; larger ones through a [`PropertyIndex`] (and, in
/// [`super::example_kinds`], types with more properties through a name index).
pub(crate) const PROPERTY_SCAN_LIMIT: usize = 64;

/// Where each property name first occurs in a type's property list, for
/// objects with more than [`PROPERTY_SCAN_LIMIT`] keys (`None`: scan).
struct PropertyIndex(Option<(HashMap<String, usize>, usize)>);

impl PropertyIndex {
    fn new(keys: usize) -> Self {
        PropertyIndex((keys > PROPERTY_SCAN_LIMIT).then(|| (HashMap::new(), 0)))
    }

    /// The index of the first property of `properties` named `name`.
    fn find(&mut self, properties: &[Property], name: &str) -> Option<usize> {
        let Some((index, seen)) = &mut self.0 else {
            return properties.iter().position(|p| p.name == name);
        };
        // Index what was added since the last look (the list only grows).
        for (i, p) in properties.iter().enumerate().skip(*seen) {
            index.entry(p.name.clone()).or_insert(i);
        }
        *seen = properties.len();
        index.get(name).copied()
    }
}

/// Whether a JSON key names a property: an identifier. Instance annotations
/// (`@odata.etag`, `members@delta`) and data used as keys (ids, URLs in open
/// dictionaries such as `plannerAssignments`) are not properties.
pub fn is_property_name(key: &str) -> bool {
    // ASCII only, so bytes will do (a non-ASCII character's bytes all fail).
    match key.as_bytes() {
        [first, rest @ ..] => {
            (first.is_ascii_alphabetic() || *first == b'_')
                && rest.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
        }
        [] => false,
    }
}

/// The `value` of an OData envelope: an object whose only non-annotation
/// member is `value`, holding an array or an object.
pub fn envelope_value(map: &Map<String, Value>) -> Option<&Value> {
    let mut members = map.iter().filter(|(k, _)| !k.starts_with('@'));
    match (members.next(), members.next()) {
        (Some((k, v @ (Value::Array(_) | Value::Object(_)))), None) if k == "value" => Some(v),
        _ => None,
    }
}

/// The type a JSON value shows: its `@odata.type`, else its kind.
pub fn kind_of(value: &Value) -> Option<TypeRef> {
    Some(match value {
        Value::Null => return None,
        Value::Bool(_) => TypeRef::named("Boolean"),
        // A whole number too big for 32 bits (`quota.remaining`) is an Int64.
        Value::Number(n) if n.as_i64().is_some_and(|i| i32::try_from(i).is_ok()) => {
            TypeRef::named("Int32")
        }
        Value::Number(n) if n.is_i64() || n.is_u64() => TypeRef::named("Int64"),
        Value::Number(_) => TypeRef::named("Double"),
        // An ISO 8601 date-time is a DateTimeOffset (the pages' examples show
        // real timestamps; a plain String would lose the type).
        // A cheap look before the regex: most strings are not dates.
        Value::String(s)
            if s.len() >= 20
                && s.as_bytes().get(4) == Some(&b'-')
                && date_time_regex().is_match(s) =>
        {
            TypeRef::named("DateTimeOffset")
        }
        Value::String(s) if s.len() >= 2 && !s.ends_with('T') && duration_regex().is_match(s) => {
            TypeRef::named("Duration")
        }
        Value::String(s)
            if s.len() >= 8 && s.as_bytes()[2] == b':' && time_of_day_regex().is_match(s) =>
        {
            TypeRef::named("TimeOfDay")
        }
        Value::String(s) => match placeholder_type(s) {
            Some(t) => TypeRef::named(&t),
            None => TypeRef::named(placeholder_primitive(s).unwrap_or("String")),
        },
        Value::Object(o) => match o
            .get("@odata.type")
            .and_then(Value::as_str)
            .and_then(split_qualified)
        {
            Some(q) => TypeRef::named(&q.name),
            None => TypeRef::untyped(),
        },
        Value::Array(items) => {
            let element = items
                .iter()
                .find_map(kind_of)
                .unwrap_or_else(TypeRef::untyped);
            TypeRef {
                collection: true,
                ..element
            }
        }
    })
}

/// The type an example string names in place of a value of it
/// (`"@odata.type: microsoft.graph.alertFeedback"` → `alertFeedback`; see
/// [`crate::extract::rules::TYPE_PLACEHOLDER_PREFIX`]), when it is one.
pub fn placeholder_type(s: &str) -> Option<String> {
    let prefix = crate::extract::rules::TYPE_PLACEHOLDER_PREFIX;
    let head = s.get(..prefix.len())?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let q = split_qualified(s[prefix.len()..].trim())?;
    (!is_primitive_name(&q.name)).then_some(q.name)
}

/// The primitive an example string stands for in place of a value of it,
/// when it is a placeholder: `"String (timestamp)"` (how JSON representations
/// spell a string that holds a date-time; see
/// [`crate::model::typeref::string_held_primitive`]) or a primitive's name
/// before [`crate::extract::rules::PRIMITIVE_PLACEHOLDER_SUFFIX`]
/// (`"datetime-value"`). A bare name is no placeholder: `"Single"` is a
/// `workbookRangeFont.underline` value and `"guid"` an `id` in the pages'
/// examples. The value itself does not read as the primitive (an
/// `example-type-mismatch` says so where the type is checked), but the
/// property's type is the one it names.
pub fn placeholder_primitive(s: &str) -> Option<&'static str> {
    if let Some(held) = crate::model::typeref::string_held_primitive(s) {
        return Some(held);
    }
    crate::model::typeref::canonical_primitive(placeholder_stem(s)?).filter(|p| *p != "Untyped")
}

/// What a placeholder ending in
/// [`crate::extract::rules::PRIMITIVE_PLACEHOLDER_SUFFIX`] puts before it:
/// `datetime` in `"datetime-value"`, `servicePlanId` in `"servicePlanId-value"`.
pub fn placeholder_stem(s: &str) -> Option<&str> {
    let suffix = crate::extract::rules::PRIMITIVE_PLACEHOLDER_SUFFIX;
    let cut = s.len().checked_sub(suffix.len())?;
    s.get(cut..)
        .filter(|end| end.eq_ignore_ascii_case(suffix))
        .map(|_| &s[..cut])
}

/// Whether an example string stands for a value of a primitive rather than
/// being one: the primitive's name (`"Boolean"`) or a placeholder naming it
/// (see [`placeholder_primitive`]).
pub fn stands_for_primitive(s: &str) -> bool {
    is_primitive_name(s) || placeholder_primitive(s).is_some()
}

/// The type a placeholder string names: a primitive's name (`"Int32"`), a
/// primitive a placeholder stands for (`"String (timestamp)"`, see
/// [`placeholder_primitive`]) or a named type
/// (`"@odata.type: microsoft.graph.alertFeedback"`, see [`placeholder_type`]).
pub fn placeholder_named(s: &str) -> Option<Cow<'_, str>> {
    if is_primitive_name(s) {
        return Some(Cow::Borrowed(s));
    }
    placeholder_primitive(s)
        .map(Cow::Borrowed)
        .or_else(|| placeholder_type(s).map(Cow::Owned))
}

/// A time of day with seconds (`08:00:00.0000000`): hours and minutes alone
/// (`12:30`) could be anything.
fn time_of_day_regex() -> &'static Regex {
    static TIME: OnceLock<Regex> = OnceLock::new();
    regex(&TIME, r"^\d{2}:\d{2}:\d{2}(\.\d+)?$")
}

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
}

/// An ISO 8601 date-time (or date), as a `DateTimeOffset` value is written.
/// A date-time as the service sends one and as the bindings read it (chrono's
/// RFC 3339 parser): date, `T` (or a space), time with seconds, an optional
/// fraction, and a zone (`Z` or an offset). `2019-03-15` and
/// `2019-03-15T12:00:00` (no zone) are not: an example that spells a
/// `DateTimeOffset` so contradicts its type rather than round-tripping.
fn date_time_regex() -> &'static Regex {
    static DATE_TIME: OnceLock<Regex> = OnceLock::new();
    regex(
        &DATE_TIME,
        r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$",
    )
}

/// An ISO 8601 duration with at least one component (`PT1H30M`, `P90D`,
/// `-PT0.5S`), as an `Edm.Duration` value is written. Bare `P` or `PT` is not.
fn duration_regex() -> &'static Regex {
    static DURATION: OnceLock<Regex> = OnceLock::new();
    regex(
        &DURATION,
        r"^-?P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$",
    )
}

/// Why `value` cannot be a `ty`, if it cannot.
pub fn mismatch(value: &Value, ty: &TypeRef) -> Option<String> {
    static DATE: OnceLock<Regex> = OnceLock::new();
    static TIME: OnceLock<Regex> = OnceLock::new();
    static GUID: OnceLock<Regex> = OnceLock::new();
    if value.is_null() {
        return None;
    }
    if ty.collection {
        let Value::Array(items) = value else {
            return Some("is not an array".into());
        };
        let element = TypeRef {
            collection: false,
            ..ty.clone()
        };
        return items.iter().find_map(|v| mismatch(v, &element));
    }
    let fails = |what: &str| Some(format!("is not {what}"));
    match (ty.name.as_str(), value) {
        ("Untyped", _) => None,
        // The bindings hold a stream property's value as a string.
        ("String" | "Binary" | "Stream", Value::String(_)) => None,
        ("Boolean", Value::Bool(_)) => None,
        (name @ ("Int16" | "Int32" | "Int64" | "Byte" | "SByte"), Value::Number(n))
            if n.is_i64() || n.is_u64() =>
        {
            // The bindings hold each in its Rust integer (`i32`, `u8`, …).
            let fits = match name {
                "Byte" => n.as_u64().is_some_and(|v| u8::try_from(v).is_ok()),
                "SByte" => n.as_i64().is_some_and(|v| i8::try_from(v).is_ok()),
                "Int16" => n.as_i64().is_some_and(|v| i16::try_from(v).is_ok()),
                "Int32" => n.as_i64().is_some_and(|v| i32::try_from(v).is_ok()),
                _ => n.is_i64(),
            };
            if fits {
                None
            } else {
                fails(&format!("a {name} (out of its range)"))
            }
        }
        // An `f32` holds a Single: a number it cannot write back as given
        // (`99999999999` becomes `99999998000`) is none.
        ("Single", Value::Number(n)) => match n.as_f64() {
            Some(v) if format!("{}", v as f32).parse::<f64>().ok() != Some(v) => {
                fails("a Single (more digits than it holds)")
            }
            _ => None,
        },
        ("Double" | "Decimal", Value::Number(_)) => None,
        ("Double" | "Single", Value::String(s)) if ["NaN", "INF", "-INF"].contains(&s.as_str()) => {
            None
        }
        ("DateTimeOffset", Value::String(s)) => {
            if date_time_regex().is_match(s) {
                None
            } else {
                fails("an ISO 8601 date-time")
            }
        }
        ("Date", Value::String(s)) => {
            if regex(&DATE, r"^\d{4}-\d{2}-\d{2}$").is_match(s) {
                None
            } else {
                fails("a date (YYYY-MM-DD)")
            }
        }
        ("TimeOfDay", Value::String(s)) => {
            if regex(&TIME, r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$").is_match(s) {
                None
            } else {
                fails("a time of day")
            }
        }
        ("Duration", Value::String(s)) => {
            if s.starts_with('P') || s.starts_with("-P") {
                None
            } else {
                fails("an ISO 8601 duration")
            }
        }
        ("Guid", Value::String(s)) => {
            let re = regex(
                &GUID,
                r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            );
            if re.is_match(s) {
                None
            } else {
                fails("a GUID")
            }
        }
        (name, _) if is_primitive_name(name) => fails(&format!("a {name}")),
        // Graph types: objects for complex/entity types, strings for enums.
        (_, Value::Object(_) | Value::String(_)) => None,
        (name, _) => fails(&format!("a {name} object")),
    }
}

/// `X` or `X collection`, as messages spell a type.
pub(crate) fn describe(ty: &TypeRef) -> String {
    if ty.collection {
        format!("{} collection", ty.name)
    } else {
        ty.name.clone()
    }
}

/// A scalar as the page writes it (objects and arrays span lines: their first character).
fn value_text(value: &Value) -> String {
    match value {
        Value::Object(_) => "{".into(),
        Value::Array(_) => "[".into(),
        scalar => scalar.to_string(),
    }
}

/// A value as messages quote it: its JSON, cut at 40 characters.
pub(crate) fn short(value: &Value) -> String {
    crate::diagnostics::clip(&value.to_string(), 40).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn value_kinds() {
        assert_eq!(kind_of(&json!(true)), Some(TypeRef::named("Boolean")));
        assert_eq!(kind_of(&json!(7)), Some(TypeRef::named("Int32")));
        assert_eq!(
            kind_of(&json!(1099447353539_i64)),
            Some(TypeRef::named("Int64"))
        );
        assert_eq!(
            kind_of(&json!("2019-02-04T14:57:30Z")),
            Some(TypeRef::named("DateTimeOffset"))
        );
        assert_eq!(
            kind_of(&json!("2019-02-04")),
            Some(TypeRef::named("String"))
        );
        assert_eq!(
            kind_of(&json!(["a"])),
            Some(TypeRef::collection_of("String"))
        );
        assert_eq!(
            kind_of(&json!({"@odata.type": "#microsoft.graph.requestSchedule"})),
            Some(TypeRef::named("requestSchedule"))
        );
        assert_eq!(kind_of(&json!("PT1H30M")), Some(TypeRef::named("Duration")));
        assert_eq!(kind_of(&json!("-P90D")), Some(TypeRef::named("Duration")));
        for not_one in ["PT", "P", "Paris", "P1X"] {
            assert_eq!(kind_of(&json!(not_one)), Some(TypeRef::named("String")));
        }
        assert_eq!(kind_of(&json!({"a": 1})), Some(TypeRef::untyped()));
        // A placeholder that names the value's type.
        assert_eq!(
            kind_of(&json!("@odata.type: microsoft.graph.alertFeedback")),
            Some(TypeRef::named("alertFeedback"))
        );
        assert_eq!(
            kind_of(&json!(["@odata.type: #microsoft.graph.riskLevel"])),
            Some(TypeRef::collection_of("riskLevel"))
        );
        assert_eq!(
            kind_of(&json!("@odata.type: Edm.String")),
            Some(TypeRef::named("String"))
        );
        assert_eq!(
            kind_of(&json!("@odata.type:")),
            Some(TypeRef::named("String"))
        );
        assert_eq!(kind_of(&json!(null)), None);
    }

    #[test]
    fn placeholders_name_primitives() {
        for (placeholder, primitive) in [
            ("String (timestamp)", Some("DateTimeOffset")),
            ("String (ISO 8601 duration)", Some("Duration")),
            ("String (identifier)", None),
            ("datetime-value", Some("DateTimeOffset")),
            ("dateTime-VALUE", Some("DateTimeOffset")),
            ("date-value", Some("Date")),
            ("double-value", Some("Double")),
            ("url-value", Some("String")),
            ("id-value", None),
            ("object-value", None),
            ("-value", None),
            ("Single", None),
            ("guid", None),
            ("é-value", None),
        ] {
            assert_eq!(
                placeholder_primitive(placeholder),
                primitive,
                "{placeholder}"
            );
        }
        assert_eq!(
            kind_of(&json!(["datetime-value"])),
            Some(TypeRef::collection_of("DateTimeOffset"))
        );
    }

    #[test]
    fn times_of_day_need_seconds() {
        assert_eq!(
            kind_of(&json!("08:00:00.0000000")),
            Some(TypeRef::named("TimeOfDay"))
        );
        assert_eq!(
            kind_of(&json!("23:59:00")),
            Some(TypeRef::named("TimeOfDay"))
        );
        assert_eq!(kind_of(&json!("12:30")), Some(TypeRef::named("String")));
        assert_eq!(
            kind_of(&json!("12:30:00 PM")),
            Some(TypeRef::named("String"))
        );
        assert_eq!(
            kind_of(&json!("ab:cd:efgh")),
            Some(TypeRef::named("String"))
        );
    }

    #[test]
    fn mismatches() {
        assert!(mismatch(&json!("Boolean"), &TypeRef::named("Boolean")).is_some());
        assert!(mismatch(&json!(false), &TypeRef::named("Boolean")).is_none());
        assert!(mismatch(
            &json!("String (timestamp)"),
            &TypeRef::named("DateTimeOffset")
        )
        .is_some());
        assert!(mismatch(
            &json!("2019-02-04T14:57:30Z"),
            &TypeRef::named("DateTimeOffset")
        )
        .is_none());
        assert!(mismatch(
            &json!("2019-02-04T14:57:30.1234567+00:00"),
            &TypeRef::named("DateTimeOffset")
        )
        .is_none());
        assert!(mismatch(&json!(["a"]), &TypeRef::collection_of("String")).is_none());
        assert!(mismatch(&json!("a"), &TypeRef::collection_of("String")).is_some());
        assert!(mismatch(&json!({"x": 1}), &TypeRef::named("requestSchedule")).is_none());
        assert!(mismatch(&json!(3), &TypeRef::named("requestSchedule")).is_some());
        assert!(mismatch(&json!(null), &TypeRef::named("Int32")).is_none());
        // Each integer type holds its own range only, as the bindings do.
        let int = |n: serde_json::Value, t: &str| mismatch(&n, &TypeRef::named(t));
        assert!(int(json!(2147483647), "Int32").is_none());
        assert_eq!(
            int(json!(99999999999u64), "Int32").as_deref(),
            Some("is not a Int32 (out of its range)")
        );
        assert!(int(json!(99999999999u64), "Int64").is_none());
        assert!(int(json!(u64::MAX), "Int64").is_some());
        assert!(int(json!(255), "Byte").is_none() && int(json!(256), "Byte").is_some());
        assert!(int(json!(-1), "Byte").is_some() && int(json!(-128), "SByte").is_none());
        assert!(int(json!(-32769), "Int16").is_some());
        assert!(int(json!(0.158), "Single").is_none() && int(json!(75), "Single").is_none());
        assert!(int(json!(99999999999u64), "Single").is_some());
        assert!(int(json!(99999999999u64), "Double").is_none());
        // A stream is a string in the bindings.
        assert!(mismatch(&json!({}), &TypeRef::named("Stream")).is_some());
        assert!(mismatch(&json!("<bytes>"), &TypeRef::named("Stream")).is_none());
    }

    #[test]
    fn best_spelling_wins() {
        let mut t = TypeTable::default();
        let src = SourceRef {
            file: "a.md".into(),
            line: 1,
        };
        t.entry("entitlementmanagement", Spelling::Annotation, &src);
        t.entry("entitlementManagement", Spelling::Stated, &src);
        t.entry("ENTITLEMENTMANAGEMENT", Spelling::ExampleBody, &src);
        assert_eq!(
            t.canonical("entitlementmanagement"),
            "entitlementManagement"
        );
        assert!(t.entry("String", Spelling::Stated, &src).is_none());
    }
}

#[cfg(test)]
mod page_name_tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn a_name_that_is_only_a_type_pages_file_name_means_that_pages_type() {
        let mut table = TypeTable::default();
        let at = SourceRef::new(&Arc::from("resources/range.md"), 1);
        table
            .entry("workbookRange", Spelling::ResourcePage, &at)
            .unwrap()
            .documented = true;
        table.note_type_pages([("docs/resources/range.md", "workbookRange")]);
        let link = SourceRef::new(&Arc::from("api/range-get.md"), 9);
        // `[Range](../resources/range.md)`: the page's type, not a new one.
        let def = table.entry("Range", Spelling::Stated, &link).unwrap();
        assert_eq!(def.name, "workbookRange");
        assert_eq!(table.canonical("Range"), "workbookRange");
        // A name that is neither a type nor a page's file name stays itself.
        assert_eq!(
            table.entry("chart", Spelling::Stated, &link).unwrap().name,
            "chart"
        );
    }

    #[test]
    fn a_link_text_that_names_no_type_means_the_linked_pages_type() {
        let mut table = TypeTable::default();
        for (name, file) in [
            ("teamsTab", "teamstab"),
            ("chatMessage", "chatmessage"),
            ("team", "team"),
        ] {
            let at = SourceRef::new(&Arc::from(format!("resources/{file}.md")), 1);
            table
                .entry(name, Spelling::ResourcePage, &at)
                .unwrap()
                .documented = true;
            table.mark_resource_page(name);
        }
        table.note_type_pages([
            ("resources/teamstab.md", "teamsTab"),
            ("resources/chatmessage.md", "chatMessage"),
            ("resources/team.md", "team"),
        ]);
        let link = |text: &str, page: &str| crate::extract::LinkName {
            text: text.into(),
            page: page.into(),
        };
        table.note_link_names(&[
            link("tabs", "teamstab"),
            link("tabs", "teamstab"),
            // Linked to two different types: no guess.
            link("item", "chatmessage"),
            link("item", "team"),
            // A real type's name keeps its own meaning.
            link("team", "teamstab"),
            // A page no type is documented on.
            link("thing", "nothing"),
        ]);
        assert_eq!(table.canonical("tabs"), "teamsTab");
        assert_eq!(table.canonical("item"), "item");
        assert_eq!(table.canonical("team"), "team");
        assert_eq!(table.canonical("thing"), "thing");
    }
}
