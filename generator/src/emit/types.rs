//! Token output for model types: one struct or enum per resolved type. Every
//! std item is named by full path so a Graph type called `Option`, `String` or
//! `Box` cannot shadow what the generated code means.

use super::features::Areas;
use super::resolve::{Derive, FieldType, Resolved, ResolvedField, ResolvedType, Target, TypeKind};
use crate::model::Provenance;
use proc_macro2::TokenStream;
use quote::quote;

/// What every struct derives. Serde's derives are named by path so a Graph
/// type called `Serialize` cannot shadow them.
const STRUCT_DERIVES: &[&str] = &[
    "Debug",
    "Clone",
    "PartialEq",
    "Default",
    "::serde::Serialize",
    "::serde::Deserialize",
];
/// What every enum derives; `Serialize`/`Deserialize` are implemented by hand
/// (for the `Unknown` fallback), so they count as taken too.
const ENUM_DERIVES: &[&str] = &[
    "Debug",
    "Clone",
    "PartialEq",
    "Eq",
    "Hash",
    "PartialOrd",
    "Ord",
];
const ENUM_HAND_WRITTEN: &[&str] = &["Serialize", "Deserialize"];

/// The `#[derive(...)]` list for one item: the built-in derives, then each
/// extra one the item does not already have (by trait name), since deriving
/// a trait twice, or deriving one implemented by hand, would not compile.
fn derive_attr(builtin: &[&str], hand_written: &[&str], extra: &[Derive]) -> TokenStream {
    let mut taken: Vec<String> = builtin
        .iter()
        .chain(hand_written)
        .map(|d| d.rsplit("::").next().unwrap_or(d).to_string())
        .collect();
    let mut paths: Vec<TokenStream> = builtin.iter().filter_map(|d| d.parse().ok()).collect();
    for derive in extra {
        if !taken.contains(&derive.name) {
            taken.push(derive.name.clone());
            paths.push(derive.path.clone());
        }
    }
    quote! { #[derive(#(#paths),*)] }
}

/// The whole `models.rs` file: every type, in wire-name order, each gated on
/// the features of the areas that reach it (see [`Areas::type_cfg`]).
pub fn models_file(resolved: &Resolved<'_>, areas: &Areas) -> TokenStream {
    let uses_plain_fields: bool = resolved
        .types
        .iter()
        .filter(|t| t.kind == TypeKind::Struct)
        .flat_map(|t| &t.fields)
        .any(is_plain);
    let helper = uses_plain_fields.then(null_as_default_fn);
    let items = resolved.types.iter().enumerate().map(|(i, t)| {
        let cfg = areas.type_cfg(i);
        match t.kind {
            TypeKind::Struct => struct_item(resolved, t, &cfg),
            TypeKind::Enum => enum_item(t, &resolved.extra_derives, &cfg),
            TypeKind::Opaque => opaque_item(t, &cfg),
        }
    });
    let module_doc = doc_attrs(
        if uses_plain_fields {
            "Microsoft Graph types, generated from the reference docs and the service metadata by graphdoc.\n\n\
             Properties are optional, except single-valued primitives the metadata declares\n\
             non-nullable: a response that leaves one out (`$select`) reads as its default.\n\
             Properties neither lists land in `additional_properties`."
        } else {
            "Microsoft Graph types, generated from the reference docs by graphdoc.\n\n\
             Every property is optional because the docs rarely say which ones a response\n\
             always carries; properties the docs don't list land in `additional_properties`."
        },
        true,
    );
    quote! {
        #module_doc
        #(#items)*
        #helper
    }
}

fn is_plain(f: &ResolvedField<'_>) -> bool {
    f.plain
}

/// Deserializes a plain field, reading a `null` the service sends despite the
/// metadata as the type's default rather than failing the whole response.
fn null_as_default_fn() -> TokenStream {
    quote! {
        /// Reads `null` as the type's default: for fields the metadata declares
        /// non-nullable, so a service that sends `null` anyway does not fail the whole response.
        fn null_as_default<'de, D, T>(deserializer: D) -> ::std::result::Result<T, D::Error>
        where
            D: ::serde::Deserializer<'de>,
            T: ::serde::Deserialize<'de> + ::std::default::Default,
        {
            let value: ::std::option::Option<T> = ::serde::Deserialize::deserialize(deserializer)?;
            ::std::result::Result::Ok(value.unwrap_or_default())
        }
    }
}

/// `#[doc = "..."]` attributes, one per line, built as string literals so no
/// text from the docs can ever become code. `inner` makes `#![doc]`.
pub fn doc_attrs(text: &str, inner: bool) -> TokenStream {
    let lines = text.lines().map(|line| {
        // Control characters (a bare CR, say) are not allowed in doc comments.
        let line: String = line
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let line = line.trim_end();
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        if inner {
            quote! { #![doc = #line] }
        } else {
            quote! { #[doc = #line] }
        }
    });
    quote! { #(#lines)* }
}

/// `pub type X = ::serde_json::Value;` for a type no page documents.
fn opaque_item(t: &ResolvedType<'_>, cfg: &TokenStream) -> TokenStream {
    let mut text = format!(
        "The `{}` type, which these docs reference but never document: kept as raw JSON.",
        t.def.name
    );
    if let Some(source) = t.def.sources.first() {
        text.push_str(&format!("\n\nFirst referenced at {source}."));
    }
    let doc = doc_attrs(&text, false);
    let ident = t.ident.ident();
    quote! {
        #doc
        #cfg
        pub type #ident = ::serde_json::Value;
    }
}

fn type_doc(t: &ResolvedType<'_>) -> String {
    let def = t.def;
    let mut doc = match def
        .description
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(d) => d.to_string(),
        None => format!("The `{}` type.", def.name),
    };
    doc.push_str(&format!("\n\nGraph type `{}.{}`.", def.namespace, def.name));
    if !t.ancestors.is_empty() {
        let list: Vec<String> = t.ancestors.iter().map(|a| format!("`{a}`")).collect();
        doc.push_str(&format!(
            " Includes the properties inherited from {}.",
            list.join(", ")
        ));
    }
    if let Some(base) = t.unknown_base {
        doc.push_str(&format!(
            " Base type `{base}` is not documented in these pages; its properties land in `additional_properties`."
        ));
    }
    if let Some(source) = def.sources.first() {
        doc.push_str(&format!("\n\nSource: {source}"));
    }
    doc
}

fn struct_item(resolved: &Resolved<'_>, t: &ResolvedType<'_>, cfg: &TokenStream) -> TokenStream {
    let doc = doc_attrs(&type_doc(t), false);
    let ident = t.ident.ident();
    let fields = t.fields.iter().map(|f| {
        let mut text = match f.prop.description.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => d.to_string(),
            None => format!("The `{}` property.", f.prop.name),
        };
        if let Some(base) = f.inherited_from {
            text.push_str(&format!("\n\nInherited from `{base}`."));
        }
        text.push_str(&format!("\n\nSource: {}", f.prop.source_ref()));
        if let Some(m) = f.prop.metadata.as_ref().filter(|_| f.prop.provenance == Provenance::Both) {
            text.push_str(&format!("; metadata: {}:{}", m.file, m.line));
        }
        if f.plain {
            text.push_str(
                "\n\nNever null, says the service metadata; a response that leaves it out reads as the default.",
            );
        } else if f.non_nullable {
            text.push_str("\n\nNever null, says the service metadata (`None` means the message left it out).");
        }
        let doc = doc_attrs(&text, false);
        let wire = &f.prop.name;
        let name = f.ident.ident();
        let ty = field_type(resolved, &f.ty);
        if is_plain(f) {
            quote! {
                #doc
                #[serde(rename = #wire, default, deserialize_with = "null_as_default")]
                pub #name: #ty,
            }
        } else {
            quote! {
                #doc
                #[serde(rename = #wire, default, skip_serializing_if = "::std::option::Option::is_none")]
                pub #name: ::std::option::Option<#ty>,
            }
        }
    });
    let derive = derive_attr(STRUCT_DERIVES, &[], &resolved.extra_derives);
    quote! {
        #doc
        #cfg
        #derive
        pub struct #ident {
            #(#fields)*
            /// Properties these bindings don't declare (including `@odata.type`), kept so they round-trip.
            #[serde(flatten)]
            pub additional_properties: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
        }
    }
}

fn field_type(resolved: &Resolved<'_>, ty: &FieldType) -> TokenStream {
    let element = match &ty.target {
        Target::Primitive(name) => primitive(name),
        Target::Known(j) => match resolved.types.get(*j) {
            Some(t) => {
                let ident = t.ident.ident();
                quote! { #ident }
            }
            None => quote! { ::serde_json::Value },
        },
        Target::Unknown => quote! { ::serde_json::Value },
    };
    if ty.collection {
        quote! { ::std::vec::Vec<#element> }
    } else if ty.boxed {
        quote! { ::std::boxed::Box<#element> }
    } else {
        element
    }
}

/// The Rust type for a primitive. Text-like types whose format varies in the
/// docs (Guid, Duration, TimeOfDay, Binary) stay strings so nothing is lost.
fn primitive(name: &str) -> TokenStream {
    match name {
        "Boolean" => quote! { bool },
        "Byte" => quote! { u8 },
        "SByte" => quote! { i8 },
        "Int16" => quote! { i16 },
        "Int32" => quote! { i32 },
        "Int64" => quote! { i64 },
        "Single" => quote! { f32 },
        "Double" => quote! { f64 },
        "Decimal" => quote! { ::serde_json::Number },
        "DateTimeOffset" => quote! { ::chrono::DateTime<::chrono::FixedOffset> },
        "Date" => quote! { ::chrono::NaiveDate },
        "String" | "Guid" | "Binary" | "Stream" | "Duration" | "TimeOfDay" => {
            quote! { ::std::string::String }
        }
        _ => quote! { ::serde_json::Value },
    }
}

fn enum_item(t: &ResolvedType<'_>, extra_derives: &[Derive], cfg: &TokenStream) -> TokenStream {
    let doc = doc_attrs(&type_doc(t), false);
    let ident = t.ident.ident();
    let variants = t.variants.iter().map(|v| {
        let mut text = match v
            .member
            .description
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            Some(d) => d.to_string(),
            None => format!("`{}`.", v.member.name),
        };
        text.push_str(&format!("\n\nSource: {}", v.member.source));
        let doc = doc_attrs(&text, false);
        let name = v.ident.ident();
        quote! { #doc #name, }
    });
    let to_wire = t.variants.iter().map(|v| {
        let name = v.ident.ident();
        let wire = &v.member.name;
        quote! { Self::#name => #wire, }
    });
    let from_wire = t.variants.iter().map(|v| {
        let name = v.ident.ident();
        let wire = &v.member.name;
        quote! { #wire => Self::#name, }
    });
    let derive = derive_attr(ENUM_DERIVES, ENUM_HAND_WRITTEN, extra_derives);
    quote! {
        #doc
        #cfg
        #derive
        pub enum #ident {
            #(#variants)*
            /// A value these bindings don't know (a newer member, or a flags combination), kept as sent.
            Unknown(::std::string::String),
        }

        #cfg
        impl #ident {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::Unknown(other) => other.as_str(),
                }
            }
        }

        #cfg
        impl ::std::convert::From<&str> for #ident {
            fn from(wire: &str) -> Self {
                match wire {
                    #(#from_wire)*
                    other => Self::Unknown(::std::string::ToString::to_string(other)),
                }
            }
        }

        #cfg
        impl ::serde::Serialize for #ident {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #cfg
        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let wire = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                ::std::result::Result::Ok(Self::from(wire.as_str()))
            }
        }
    }
}
