//! The generated `operations.rs`: one async method on `Client` per operation
//! whose path the docs resolve. Path arguments go through
//! `client::path_segment` (percent-encoded, one segment each); request and
//! response bodies are typed where the model names a type; every string taken
//! from the docs (paths, names, descriptions) enters the code only as a string
//! literal or doc attribute.

use super::features::Areas;
use super::names::{self, Namer, RustName};
use super::resolve::{Resolved, TypeKind};
use super::types::doc_attrs;
use crate::model::{Grant, Method, Model, Operation, Segment, TypeRef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Methods `Client` has already (in `templates/client.rs`); operations never take these names.
pub const RESERVED_METHODS: &[&str] = &[
    "new",
    "unauthenticated",
    "with_base_url",
    "with_http_client",
    "with_query",
    "base_url",
    "request",
    "authorize",
    "json_body",
    "send_json",
    "send_empty",
    "send_bytes",
    "send_value",
    "send_raw",
    "next_page",
    "all_pages",
    "clone",
    "fmt",
];

/// How an operation's success response is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseShape {
    /// No body worth reading (`204 No Content`, or no type stated): `()`.
    Empty,
    /// JSON of the given Rust type (a model type, a `Page` of one, or raw JSON).
    Json(String),
    /// Raw bytes (`$value`, `$count`, streams).
    Bytes,
    /// One primitive of the given Rust type (`bool`, `i32`), which OData
    /// sends in an envelope (`{"value": true}`): a function's or action's
    /// primitive result.
    Value(String),
}

/// Everything decided about one client method before printing it.
#[derive(Debug, Clone)]
pub struct PlannedMethod<'m> {
    /// The operation.
    pub op: &'m Operation,
    /// Method name, unique on `Client`.
    pub name: RustName,
    /// Path arguments: (wire name, Rust argument name), in path order.
    pub args: Vec<(String, RustName)>,
    /// The request body's Rust type (`crate::models::X`, `[crate::models::X]`,
    /// `::serde_json::Value`), when the operation takes one.
    pub body: Option<String>,
    /// The success status the docs give (lowest 2xx), if any.
    pub status: Option<u16>,
    /// How the response is read.
    pub response: ResponseShape,
    /// The model type the success response is read as, when there is one.
    pub response_type: Option<&'m TypeRef>,
}

/// Plans every method: names claimed in operation-id order, so they are stable.
pub fn plan<'m>(model: &'m Model, resolved: &Resolved<'_>) -> Vec<PlannedMethod<'m>> {
    let mut namer = Namer::fields();
    for r in RESERVED_METHODS {
        namer.reserve(r);
    }
    model
        .operations
        .iter()
        .filter(|op| !op.paths.is_empty())
        .map(|op| {
            let name = namer.claim(names::field_name(&method_words(op)));
            let mut arg_namer = Namer::fields();
            arg_namer.reserve("self");
            arg_namer.reserve("body");
            let args = op.paths[0]
                .params()
                .map(|p| (p.name.clone(), arg_namer.claim(names::field_name(&p.name))))
                .collect();
            let success = op
                .responses
                .iter()
                .filter(|r| (200..300).contains(&r.status))
                .min_by_key(|r| r.status);
            PlannedMethod {
                op,
                name,
                args,
                body: body_type(op, resolved),
                status: success.map(|r| r.status),
                response: response_shape(op, success.and_then(|r| r.ty.as_ref()), resolved),
                response_type: success.and_then(|r| r.ty.as_ref()),
            }
        })
        .collect()
}

/// Words for the method name: the page title (`Create accessPackage` →
/// `create_access_package`), else the method and the path's last literal.
fn method_words(op: &Operation) -> String {
    if let Some(title) = op
        .title
        .as_deref()
        .filter(|t| t.chars().any(|c| c.is_ascii_alphabetic()))
    {
        return title.to_string();
    }
    let last = op.paths[0]
        .segments()
        .iter()
        .rev()
        .find_map(|s| match s {
            Segment::Literal(l) => l.rsplit('/').find(|w| !w.is_empty()).map(str::to_string),
            Segment::Param(_) => None,
        })
        .unwrap_or_default();
    format!("{} {last}", op.method.as_str().to_ascii_lowercase())
}

/// The Rust type of a model type reference, as source text.
fn rust_type(ty: &TypeRef, resolved: &Resolved<'_>) -> String {
    if ty.is_primitive() {
        return "::serde_json::Value".to_string();
    }
    match resolved.lookup(&ty.name) {
        Some(t) if t.kind == TypeKind::Struct || t.kind == TypeKind::Enum => {
            format!("crate::models::{}", t.ident.as_source())
        }
        _ => "::serde_json::Value".to_string(),
    }
}

fn body_type(op: &Operation, resolved: &Resolved<'_>) -> Option<String> {
    if matches!(
        op.method,
        Method::Get | Method::Delete | Method::Head | Method::Options
    ) {
        return None;
    }
    let body = op.request_body.as_ref().filter(|b| !b.empty)?;
    match &body.ty {
        Some(ty) if ty.collection => Some(format!("[{}]", rust_type(ty, resolved))),
        Some(ty) => Some(rust_type(ty, resolved)),
        None if !body.properties.is_empty() => Some("::serde_json::Value".to_string()),
        None => None,
    }
}

fn response_shape(op: &Operation, ty: Option<&TypeRef>, resolved: &Resolved<'_>) -> ResponseShape {
    let Some(ty) = ty else {
        return ResponseShape::Empty;
    };
    if super::examples::json_primitive_value(ty) && !raw_value_path(op) {
        // `verifyWindowsEnrollmentAutoDiscovery`: `{"value": true}`.
        let item = super::types::primitive(&ty.name)
            .to_string()
            .replace(' ', "");
        return ResponseShape::Value(item);
    }
    if super::examples::json_primitive_collection(ty) {
        // `getMemberGroups`: `{"value": ["id", ...]}`, paged like any collection.
        let item = super::types::primitive(&ty.name)
            .to_string()
            .replace(' ', "");
        return ResponseShape::Json(format!("crate::client::Page<{item}>"));
    }
    if ty.is_primitive() && ty.name != "Untyped" {
        return ResponseShape::Bytes;
    }
    let inner = rust_type(ty, resolved);
    if ty.collection {
        ResponseShape::Json(format!("crate::client::Page<{inner}>"))
    } else {
        ResponseShape::Json(inner)
    }
}

/// Whether the operation reads a raw value (`/$value`, `/$count`): OData
/// answers those as plain text or bytes, never in a JSON envelope.
fn raw_value_path(op: &Operation) -> bool {
    op.paths.iter().any(|p| {
        matches!(p.segments().last(), Some(Segment::Literal(l)) if l.rsplit('/').next().is_some_and(|s| s.starts_with('$')))
    })
}

/// The whole `operations.rs` file.
pub fn operations_file(
    methods: &[PlannedMethod<'_>],
    areas: &Areas,
) -> Result<TokenStream, syn::Error> {
    let items = methods
        .iter()
        .map(|m| method_item(m, areas))
        .collect::<Result<Vec<_>, _>>()?;
    let module_doc = doc_attrs(
        "One async method per documented operation, generated by graphdoc.\n\n\
         Operations whose request path the docs do not resolve have no method\n\
         (see `graphdoc check`: `unresolved-request-url`).",
        true,
    );
    Ok(quote! {
        #module_doc
        impl crate::client::Client {
            #(#items)*
        }
    })
}

fn method_item(m: &PlannedMethod<'_>, areas: &Areas) -> Result<TokenStream, syn::Error> {
    let op = m.op;
    let doc = doc_attrs(&method_doc(m), false);
    let cfg = areas.method_cfg(op);
    let name = m.name.ident();
    let http_method = format_ident!("{}", op.method.as_str());
    let args = m.args.iter().map(|(_, arg)| {
        let ident = arg.ident();
        quote! { #ident: &str }
    });
    let body_arg = match &m.body {
        Some(ty) => {
            let ty: syn::Type = syn::parse_str(ty)?;
            quote! { body: &#ty, }
        }
        None => quote! {},
    };
    let pushes = path_pushes(m);
    let body_stmt = if m.body.is_some() {
        quote! { let request = Self::json_body(request, body)?; }
    } else {
        quote! {}
    };
    let (ret, send): (syn::Type, TokenStream) = match &m.response {
        ResponseShape::Empty => (
            syn::parse_str("()")?,
            quote! { self.send_empty(request).await },
        ),
        ResponseShape::Bytes => (
            syn::parse_str("::std::vec::Vec<u8>")?,
            quote! { self.send_bytes(request).await },
        ),
        ResponseShape::Json(ty) => (
            syn::parse_str(ty)?,
            quote! { self.send_json(request).await },
        ),
        ResponseShape::Value(ty) => (
            syn::parse_str(ty)?,
            quote! { self.send_value(request).await },
        ),
    };
    Ok(quote! {
        #doc
        #cfg
        pub async fn #name(&self, #(#args,)* #body_arg) -> ::std::result::Result<#ret, crate::error::Error> {
            let mut path = ::std::string::String::new();
            #(#pushes)*
            let request = self.request(::reqwest::Method::#http_method, &path);
            #body_stmt
            #send
        }
    })
}

/// `path.push_str("/users/"); path.push_str(&path_segment("id", id)?);` …
fn path_pushes(m: &PlannedMethod<'_>) -> Vec<TokenStream> {
    let mut args = m.args.iter();
    m.op.paths[0]
        .segments()
        .iter()
        .map(|s| match s {
            Segment::Literal(l) => {
                let l = literal_path_text(l);
                quote! { path.push_str(#l); }
            }
            Segment::Param(_) => {
                let (wire, arg) = args.next().expect("one argument per parameter");
                let ident = arg.ident();
                quote! { path.push_str(&crate::client::path_segment(#wire, #ident)?); }
            }
        })
        .collect()
}

/// A path literal as the client sends it: the characters a URL parser reads
/// as structure rather than path (`#` starts a fragment, `?` a query, `\`
/// is a `/` in `http` URLs) percent-encoded, so a literal such as
/// `/workbook/worksheets('Q#1')` reaches the server as the docs wrote it
/// instead of being cut short. Everything else the URL parser encodes itself.
pub(crate) fn literal_path_text(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    for c in literal.chars() {
        match c {
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            '\\' => out.push_str("%5C"),
            c => out.push(c),
        }
    }
    out
}

fn method_doc(m: &PlannedMethod<'_>) -> String {
    let op = m.op;
    let mut doc = op.title.clone().unwrap_or_else(|| op.id.clone());
    if let Some(d) = op
        .description
        .as_deref()
        .filter(|d| Some(*d) != op.title.as_deref())
    {
        doc.push_str(&format!("\n\n{d}"));
    }
    doc.push_str("\n\n");
    for (i, p) in op.paths.iter().enumerate() {
        let note = if i == 0 {
            ""
        } else {
            " (alternative; same operation)"
        };
        doc.push_str(&format!("- `{} {}`{note}\n", op.method, p));
    }
    let grants = [
        (
            "Delegated (work or school account)",
            &op.permissions.delegated_work,
        ),
        (
            "Delegated (personal Microsoft account)",
            &op.permissions.delegated_personal,
        ),
        ("Application", &op.permissions.application),
    ];
    doc.push_str("\nPermissions:\n");
    for (label, grant) in grants {
        let text = match grant {
            Grant::Scopes {
                scopes,
                higher_privileged,
                ..
            } if !higher_privileged.is_empty() => format!(
                "{} (higher privileged: {})",
                scopes.join(", "),
                higher_privileged.join(", ")
            ),
            Grant::Scopes { scopes, .. } => scopes.join(", "),
            Grant::NotSupported { .. } => "not supported".to_string(),
            Grant::Unknown => "not documented".to_string(),
        };
        doc.push_str(&format!("- {label}: {text}\n"));
    }
    if let Some(status) = m.status {
        doc.push_str(&format!("\nSucceeds with status {status}.\n"));
    }
    let sources: Vec<String> = op.sources.iter().map(|s| s.to_string()).collect();
    doc.push_str(&format!("\nSource: {}", sources.join(", ")));
    doc
}
