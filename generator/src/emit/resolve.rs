//! Decides, before any code is written, what each model type becomes: its Rust
//! name, whether it is a struct or an enum, its fields (inherited ones copied
//! in), and which references must be boxed to break recursion. Token output in
//! `types` then only prints these decisions.

use super::names::{self, Namer, RustName};
use super::NonNullable;
use super::{EmitError, EmitOptions};
use crate::model::{EnumMember, Model, Property, TypeDef, TypeRef};
use std::collections::{BTreeMap, BTreeSet};

/// What Rust item a type becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeKind {
    /// A struct with one optional field per property.
    Struct,
    /// An enum with one variant per member plus an `Unknown` fallback.
    Enum,
    /// A type with no properties, members or base type (referenced but never
    /// documented, or documented empty like `Json`): an alias of
    /// `serde_json::Value`, so whatever the service sends (an object, an
    /// array, or the string of an enum the docs never list) is kept.
    Opaque,
}

/// A model type with every naming and layout decision made.
#[derive(Debug)]
pub struct ResolvedType<'m> {
    /// The model's definition.
    pub def: &'m TypeDef,
    /// Its Rust name, unique among all types.
    pub ident: RustName,
    /// Struct or enum.
    pub kind: TypeKind,
    /// Fields, own properties first, then inherited ones nearest base first.
    pub fields: Vec<ResolvedField<'m>>,
    /// Enum variants, in member order.
    pub variants: Vec<ResolvedVariant<'m>>,
    /// Known ancestors whose properties were copied in, nearest first.
    pub ancestors: Vec<&'m str>,
    /// A base type the model does not define, whose properties are therefore
    /// only reachable through `additional_properties`.
    pub unknown_base: Option<&'m str>,
}

/// One struct field.
#[derive(Debug)]
pub struct ResolvedField<'m> {
    /// The property it carries.
    pub prop: &'m Property,
    /// Its Rust name, unique within the struct.
    pub ident: RustName,
    /// What its value is.
    pub ty: FieldType,
    /// The ancestor that declares it, for inherited fields.
    pub inherited_from: Option<&'m str>,
    /// Whether it is emitted as a plain value rather than an `Option`
    /// (see [`super::NonNullable::Plain`]).
    pub plain: bool,
    /// Whether the metadata declares it never null (`Nullable="false"`).
    pub non_nullable: bool,
}

/// What a field holds, before wrapping in `Option`/`Vec`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldType {
    /// The element type.
    pub target: Target,
    /// Whether it is a collection (`Vec`).
    pub collection: bool,
    /// Whether a single value must be boxed because the types recurse.
    pub boxed: bool,
}

/// The element type of a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A primitive, by the model's canonical name (`Int32`).
    Primitive(String),
    /// A type the model defines, by index into [`Resolved::types`].
    Known(usize),
    /// A Graph type the model does not define: kept as raw JSON.
    Unknown,
}

/// One enum variant.
#[derive(Debug)]
pub struct ResolvedVariant<'m> {
    /// The member it stands for.
    pub member: &'m EnumMember,
    /// Its Rust name, unique within the enum (never `Unknown`).
    pub ident: RustName,
}

/// Every type of a model, resolved.
#[derive(Debug)]
pub struct Resolved<'m> {
    /// Types sorted by wire name (first definition of a name wins).
    pub types: Vec<ResolvedType<'m>>,
    /// Derives the user asked for on every item (`EmitOptions::extra_derives`),
    /// parsed once here so a typo fails before any code is printed.
    pub extra_derives: Vec<Derive>,
    by_wire: BTreeMap<&'m str, usize>,
    non_nullable: NonNullable,
}

/// One extra derive: the path as tokens, and the trait's name, which is what
/// decides whether two derives would conflict.
#[derive(Debug, Clone)]
pub struct Derive {
    /// The trait's name, the path's last segment (`serde::Serialize` → `Serialize`).
    pub name: String,
    /// The path as written (`schemars::JsonSchema`).
    pub path: proc_macro2::TokenStream,
}

/// The name reserved for the catch-all map every struct carries.
pub const ADDITIONAL_PROPERTIES: &str = "additional_properties";
/// The name reserved for every enum's fallback variant.
pub const UNKNOWN_VARIANT: &str = "Unknown";

impl<'m> Resolved<'m> {
    /// Resolves every type in `model` with the generated names and no extra derives.
    pub fn new(model: &'m Model) -> Resolved<'m> {
        Resolved::build(model, &BTreeMap::new(), Vec::new(), NonNullable::default())
    }

    /// Resolves every type in `model` as `options` ask: renamed types and
    /// extra derives. Fails on a rename that is not an identifier or a derive
    /// that is not a path, naming it, rather than emitting code that won't compile.
    pub fn with_options(
        model: &'m Model,
        options: &EmitOptions,
    ) -> Result<Resolved<'m>, EmitError> {
        let derives = parse_derives(&options.extra_derives)?;
        let renames = parse_renames(&options.type_renames)?;
        Ok(Resolved::build(
            model,
            &renames,
            derives,
            options.non_nullable,
        ))
    }

    fn build(
        model: &'m Model,
        renames: &BTreeMap<&str, RustName>,
        extra_derives: Vec<Derive>,
        non_nullable: NonNullable,
    ) -> Resolved<'m> {
        let mut defs: Vec<&TypeDef> = model.types.iter().collect();
        defs.sort_by(|a, b| a.name.cmp(&b.name));
        defs.dedup_by(|a, b| a.name == b.name);
        let mut by_wire = BTreeMap::new();
        let mut types = Vec::with_capacity(defs.len());
        for (i, def) in defs.iter().enumerate() {
            by_wire.insert(def.name.as_str(), i);
            let kind = if !def.members.is_empty() {
                TypeKind::Enum
            } else if def.is_opaque() {
                // No structure to keep (see `TypeDef::is_opaque`): raw JSON.
                TypeKind::Opaque
            } else {
                TypeKind::Struct
            };
            types.push(ResolvedType {
                def,
                ident: names::type_name(&def.name),
                kind,
                fields: Vec::new(),
                variants: Vec::new(),
                ancestors: Vec::new(),
                unknown_base: None,
            });
        }
        // Renamed types claim their names first (in wire-name order), so an
        // explicit choice is never the one that gets a `2` suffix.
        let mut type_namer = Namer::types();
        for renamed in [true, false] {
            for t in types
                .iter_mut()
                .filter(|t| renames.contains_key(t.def.name.as_str()) == renamed)
            {
                let wanted = renames
                    .get(t.def.name.as_str())
                    .cloned()
                    .unwrap_or_else(|| t.ident.clone());
                t.ident = type_namer.claim(wanted);
            }
        }
        let mut resolved = Resolved {
            types,
            extra_derives,
            by_wire,
            non_nullable,
        };
        for i in 0..resolved.types.len() {
            match resolved.types[i].kind {
                TypeKind::Struct => resolved.resolve_struct(i),
                TypeKind::Enum => resolved.types[i].variants = variants(resolved.types[i].def),
                TypeKind::Opaque => {}
            }
        }
        resolved.box_recursive_fields();
        resolved
    }

    /// The resolved type a wire name refers to, if the model defines it.
    pub fn lookup(&self, wire: &str) -> Option<&ResolvedType<'m>> {
        self.by_wire.get(wire).map(|&i| &self.types[i])
    }

    fn resolve_struct(&mut self, i: usize) {
        let def = self.types[i].def;
        let mut ancestors = Vec::new();
        let mut unknown_base = None;
        let mut seen = BTreeSet::from([def.name.as_str()]);
        let mut next = def.base_type.as_deref();
        while let Some(base) = next {
            if !seen.insert(base) {
                break; // an inheritance cycle in the docs: stop rather than loop
            }
            match self.by_wire.get(base).map(|&j| self.types[j].def) {
                Some(base_def) if base_def.members.is_empty() => {
                    ancestors.push(base_def);
                    next = base_def.base_type.as_deref();
                }
                _ => {
                    unknown_base = Some(base);
                    break;
                }
            }
        }
        let mut namer = Namer::fields();
        namer.reserve(ADDITIONAL_PROPERTIES);
        let mut wire_seen = BTreeSet::new();
        let mut fields = Vec::new();
        let own = def.properties.iter().map(|p| (p, None));
        let inherited = ancestors
            .iter()
            .flat_map(|a| a.properties.iter().map(move |p| (p, Some(a.name.as_str()))));
        for (prop, inherited_from) in own.chain(inherited) {
            if !wire_seen.insert(prop.name.as_str()) {
                continue; // declared nearer (or twice): the first statement wins
            }
            let ty = self.field_type(&prop.ty);
            let non_nullable = prop.metadata.as_ref().is_some_and(|m| !m.nullable);
            fields.push(ResolvedField {
                prop,
                ident: namer.claim(names::field_name(&prop.name)),
                plain: self.non_nullable == NonNullable::Plain
                    && non_nullable
                    && !prop.navigation
                    && can_be_plain(&ty),
                non_nullable,
                ty,
                inherited_from,
            });
        }
        let t = &mut self.types[i];
        t.fields = fields;
        t.ancestors = ancestors.iter().map(|a| a.name.as_str()).collect();
        t.unknown_base = unknown_base;
    }

    fn field_type(&self, ty: &TypeRef) -> FieldType {
        let target = if ty.is_primitive() {
            Target::Primitive(ty.name.clone())
        } else {
            match self.by_wire.get(ty.name.as_str()) {
                Some(&j) => Target::Known(j),
                None => Target::Unknown,
            }
        };
        FieldType {
            target,
            collection: ty.collection,
            boxed: false,
        }
    }

    /// Boxes every single-valued struct reference that lies on a cycle of
    /// single-valued references, since such a struct would have infinite size,
    /// and every single-valued relationship (navigation property): an
    /// expanded entity is rarely there, and held inline it makes the struct
    /// (and every future that holds one) as large as all the entities it
    /// reaches (`sharedDriveItem` held `driveItem`, `list`, `listItem`, `site`
    /// by value, and a debug build's test thread ran out of stack reading it).
    /// `Vec` already adds indirection, so collections never need it.
    fn box_recursive_fields(&mut self) {
        let n = self.types.len();
        let edges: Vec<Vec<usize>> = self
            .types
            .iter()
            .map(|t| {
                t.fields
                    .iter()
                    .filter_map(|f| self.by_value_struct(&f.ty))
                    .collect()
            })
            .collect();
        for i in 0..n {
            for f in 0..self.types[i].fields.len() {
                if let Some(j) = self.by_value_struct(&self.types[i].fields[f].ty) {
                    if self.types[i].fields[f].prop.navigation || reaches(&edges, j, i) {
                        self.types[i].fields[f].ty.boxed = true;
                    }
                }
            }
        }
    }

    fn by_value_struct(&self, ty: &FieldType) -> Option<usize> {
        match ty.target {
            Target::Known(j) if !ty.collection && self.types[j].kind == TypeKind::Struct => Some(j),
            _ => None,
        }
    }
}

/// Parses `extra_derives`: each must be a plain path (`Eq`, `schemars::JsonSchema`).
/// Duplicates (by last segment, since `Eq` and `std::cmp::Eq` would derive twice)
/// keep their first spelling.
pub fn parse_derives(derives: &[String]) -> Result<Vec<Derive>, EmitError> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for text in derives {
        let invalid = || EmitError::InvalidDerive(text.clone());
        let path = syn::parse_str::<syn::Path>(text.trim()).map_err(|_| invalid())?;
        if path.segments.iter().any(|s| !s.arguments.is_none()) {
            return Err(invalid());
        }
        let name = path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .ok_or_else(invalid)?;
        if seen.insert(name.clone()) {
            out.push(Derive {
                name,
                path: quote::ToTokens::to_token_stream(&path),
            });
        }
    }
    Ok(out)
}

/// Checks every rename is a plain identifier usable as a type name.
fn parse_renames(
    renames: &BTreeMap<String, String>,
) -> Result<BTreeMap<&str, RustName>, EmitError> {
    renames
        .iter()
        .map(|(wire, rust)| {
            let text = rust.trim();
            let plain = text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            match syn::parse_str::<syn::Ident>(text) {
                Ok(_) if plain && !text.is_empty() => Ok((
                    wire.as_str(),
                    RustName {
                        text: text.to_string(),
                        raw: false,
                    },
                )),
                _ => Err(EmitError::InvalidRename {
                    wire: wire.clone(),
                    rust: rust.clone(),
                }),
            }
        })
        .collect()
}

fn variants(def: &TypeDef) -> Vec<ResolvedVariant<'_>> {
    let mut namer = Namer::types();
    namer.reserve(UNKNOWN_VARIANT);
    let mut wire_seen = BTreeSet::new();
    def.members
        .iter()
        .filter(|m| wire_seen.insert(m.name.as_str()))
        .map(|member| ResolvedVariant {
            member,
            ident: namer.claim(names::type_name(&member.name)),
        })
        .collect()
}

/// Whether `to` can be reached from `from` along `edges` (a node reaches itself).
fn reaches(edges: &[Vec<usize>], from: usize, to: usize) -> bool {
    let mut stack = vec![from];
    let mut seen = BTreeSet::new();
    while let Some(node) = stack.pop() {
        if node == to {
            return true;
        }
        if seen.insert(node) {
            stack.extend(edges.get(node).into_iter().flatten().copied());
        }
    }
    false
}

/// Whether a field can be a plain value: single-valued (on a collection,
/// OData's `Nullable` speaks of the items, which a `Vec` never holds as null
/// anyway) and a primitive with a natural empty value for a response that
/// leaves it out. Enum- and struct-typed ones stay `Option`, since any default
/// would invent data.
fn can_be_plain(ty: &FieldType) -> bool {
    !ty.collection
        && matches!(
            &ty.target,
            Target::Primitive(name) if matches!(
                name.as_str(),
                "Boolean" | "Byte" | "SByte" | "Int16" | "Int32" | "Int64" | "Single" | "Double"
                    | "String" | "Guid" | "Binary" | "Stream" | "Duration" | "TimeOfDay"
                    | "DateTimeOffset" | "Date"
            )
        )
}
