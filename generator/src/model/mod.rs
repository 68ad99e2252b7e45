//! The intermediate model: operations and types merged across pages, each fact
//! with its source, plus every diagnostic. It is the contract between extraction
//! and code generation, and what `model` prints as JSON (field names are part of
//! the interface; see the README for the schema).

pub mod alternatives;
mod conflicts;
pub mod example_kinds;
pub mod http;
pub mod infer;
mod join;
pub mod merge;
pub mod methods;
pub mod namespaces;
pub mod read_pages;
pub mod refine;
pub mod typeref;

use crate::diagnostics::Diagnostic;
use crate::source::SourceRef;
pub use http::{Method, PathParam, PathTemplate, Segment};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
pub use typeref::TypeRef;

/// Version of the JSON layout, bumped when a field changes meaning or disappears.
/// 2: a type of a sub-namespace is named relative to `microsoft.graph`
/// (`callRecords.endpoint`, was `endpoint`), and its `namespace` says which.
pub const SCHEMA_VERSION: u32 = 2;

/// Everything the docs say, merged.
#[derive(Debug, Clone, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Model {
    /// Layout version of this JSON.
    pub schema_version: u32,
    /// One entry per page read, with what the page says about itself.
    pub pages: Vec<PageInfo>,
    /// Operations, sorted by first path then method.
    pub operations: Vec<Operation>,
    /// Types, sorted by name.
    pub types: Vec<TypeDef>,
    /// Every problem found, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
}

/// What kind of page a file is, which decides the rules applied to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PageKind {
    /// Describes one API call (`api/*.md`, `doc_type: apiPageType`).
    Api,
    /// Describes a type (`resources/*.md`, `doc_type: resourcePageType`).
    Resource,
    /// Describes an enumeration (`doc_type: enumPageType`).
    Enum,
    /// Overview text with no facts the model uses.
    Conceptual,
    /// A page that could not be read.
    Unreadable,
}

/// A page's own description of itself: front matter and heading.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageInfo {
    /// The page's path as given.
    pub file: std::sync::Arc<str>,
    /// How the page was read.
    pub kind: PageKind,
    /// Whether the page had no Markdown structure and was read as plain text.
    pub plain_text: bool,
    /// `title` from front matter, else the H1.
    pub title: Option<String>,
    /// The H1 heading.
    pub heading: Option<String>,
    /// `description` from front matter, else the first paragraph.
    pub description: Option<String>,
    /// The `Namespace:` line.
    pub namespace: Option<String>,
    /// `v1.0` or `beta`, from example URLs and the beta disclaimer.
    pub api_version: Option<String>,
    /// `localization_priority` or `ms.localizationpriority`, whichever the page spells.
    pub localization_priority: Option<String>,
    /// `doc_type` from front matter.
    pub doc_type: Option<String>,
    /// Every front matter key as written, values as JSON.
    pub front_matter: BTreeMap<String, Value>,
    /// Include files read for the page's facts (its permissions table in
    /// `../includes/permissions/x.md`), so a build script can watch them too.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub includes: Vec<std::sync::Arc<str>>,
}

/// One API operation: a method on one or more alternative paths.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    /// Stable identifier: `METHOD first-path` (or the page for unresolved ones).
    pub id: String,
    /// The page title (`Create accessPackage`).
    pub title: Option<String>,
    /// What the operation does, from the page.
    pub description: Option<String>,
    /// HTTP method.
    pub method: Method,
    /// Every alternative path, as the docs write them.
    pub paths: Vec<PathTemplate>,
    /// Request lines whose path could not be read; such operations get no client method.
    pub unresolved_paths: Vec<Located<String>>,
    /// Query strings written on request lines (`?$filter=...`).
    pub query_strings: Vec<String>,
    /// Request lines with a query on a path this operation does not have
    /// (`GET /me?$expand=manager` on the get-manager page): another
    /// operation's path, used to reach the same data. Kept as written, not
    /// made paths of this operation (which would merge the two).
    pub related_requests: Vec<Located<String>>,
    /// `v1.0` or `beta`.
    pub api_version: Option<String>,
    /// Who may call it.
    pub permissions: Permissions,
    /// Path parameters: from the path templates, described by the docs' table where there is one.
    pub path_parameters: Vec<Parameter>,
    /// Query parameters the docs tabulate.
    pub query_parameters: Vec<Parameter>,
    /// Request headers.
    pub request_headers: Vec<Header>,
    /// What the request carries.
    pub request_body: Option<RequestBody>,
    /// What comes back, by status.
    pub responses: Vec<Response>,
    /// Every example request and response, in page order.
    pub examples: Vec<Example>,
    /// Every page (and line of its title) that describes this operation.
    pub sources: Vec<SourceRef>,
    /// Types that merged pages state differently for one response or the
    /// request body, resolved once every type is known
    /// (`model/conflicts.rs`); not part of the JSON.
    #[serde(skip)]
    pub(crate) type_conflicts: Vec<TypeConflict>,
}

/// A merged page's type for a response (or, with no status, the request
/// body) that differs from the one the operation has.
#[derive(Debug, Clone)]
pub(crate) struct TypeConflict {
    /// The response's status; `None` for the request body.
    pub status: Option<u16>,
    /// The type the later page states.
    pub ty: TypeRef,
    /// Where it states it.
    pub source: SourceRef,
    /// Where the operation's type was stated.
    pub first: SourceRef,
}

impl Operation {
    /// The type an example body is a JSON form of: the request body's type for
    /// a request, the type of the response with the example's status for a
    /// response (or of the only response, when the example states no status),
    /// and whether it is a collection. A success example whose status no typed
    /// response has (`200 OK` where the prose says `201 Created`, reported as
    /// `conflicting-fact` by extraction) is read as the only typed success
    /// response: it shows that body. Primitives are left out: they have no
    /// generated type. The generated round-trip tests and the example checks
    /// both read an example as this type.
    pub fn example_type(&self, ex: &Example) -> Option<(String, bool)> {
        let ty = self.example_type_ref(ex)?;
        (!ty.is_primitive()).then(|| (ty.name.clone(), ty.collection))
    }

    /// [`Operation::example_type`], primitives included (`String collection`
    /// for `getMemberGroups`).
    pub fn example_type_ref<'a>(&'a self, ex: &'a Example) -> Option<&'a TypeRef> {
        ex.page_type.as_ref().or_else(|| self.stated_type(ex))
    }

    /// [`Operation::example_type`] from this operation's own request body
    /// and responses, primitives included.
    pub fn stated_type(&self, ex: &Example) -> Option<&TypeRef> {
        match ex.kind {
            ExampleKind::Request => self.request_body.as_ref()?.ty.as_ref(),
            ExampleKind::Response => match ex.status {
                Some(status) => self
                    .responses
                    .iter()
                    .find(|r| r.status == status)
                    .and_then(|r| r.ty.as_ref())
                    .or_else(|| self.only_typed_success().filter(|_| is_success(status))),
                None if self.responses.len() == 1 => self.responses.first()?.ty.as_ref(),
                None => None,
            },
        }
    }

    /// The type of the only success (2xx) response that has one.
    pub(crate) fn only_typed_success(&self) -> Option<&TypeRef> {
        let mut typed = self
            .responses
            .iter()
            .filter(|r| is_success(r.status))
            .filter_map(|r| r.ty.as_ref());
        let only = typed.next()?;
        typed.next().is_none().then_some(only)
    }
}

/// Whether an HTTP status is a success (2xx).
pub fn is_success(status: u16) -> bool {
    (200..300).contains(&status)
}

/// Whether a response with this status can have a body (not `204 No
/// Content`; see [`crate::extract::rules::BODYLESS_STATUSES`]): a type named
/// beside a bodyless status is no body's type.
pub fn has_body(status: u16) -> bool {
    !crate::extract::rules::BODYLESS_STATUSES.contains(&status)
}

/// A value at a place in the docs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it was stated.
    #[serde(flatten)]
    pub source: SourceRef,
}

/// The three permission types the docs tabulate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Permissions {
    /// Delegated (work or school account).
    pub delegated_work: Grant,
    /// Delegated (personal Microsoft account).
    pub delegated_personal: Grant,
    /// Application.
    pub application: Grant,
}

/// What one permission type allows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum Grant {
    /// The docs list scopes. `scopes` are ordered least privileged first whatever
    /// order the table used; `higherPrivileged` holds the third column of the
    /// `Least privileged | Higher privileged` layout.
    #[serde(rename_all = "camelCase")]
    Scopes {
        /// Scopes, least privileged first.
        scopes: Vec<String>,
        /// Scopes the docs list as higher privileged alternatives.
        higher_privileged: Vec<String>,
        /// Where the row is.
        #[serde(flatten)]
        source: SourceRef,
    },
    /// The docs say this permission type is not supported.
    NotSupported {
        /// Where the row is.
        #[serde(flatten)]
        source: SourceRef,
    },
    /// The docs don't say (no row, or a TODO placeholder).
    #[default]
    Unknown,
}

/// A path or query parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Parameter {
    /// Name as written.
    pub name: String,
    /// Its type, where stated.
    #[serde(flatten)]
    pub ty: Option<TypeRef>,
    /// The description cell.
    pub description: Option<String>,
    /// Whether the docs say it is required (`None` when they don't say).
    pub required: Option<bool>,
    /// Where it is stated.
    #[serde(flatten)]
    pub source: SourceRef,
}

/// A request header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Header {
    /// Header name (`Authorization`).
    pub name: String,
    /// Its value as documented (`Bearer {token}`), without the `Required.` note.
    pub value: Option<String>,
    /// The whole second cell.
    pub description: Option<String>,
    /// Whether the docs say it is required (`None` when they don't say).
    pub required: Option<bool>,
    /// Where it is stated.
    #[serde(flatten)]
    pub source: SourceRef,
}

/// What a request carries.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestBody {
    /// The type the body is a JSON representation of, when the docs name one.
    #[serde(flatten)]
    pub ty: Option<TypeRef>,
    /// The properties the request-body table lists (and, without a table, those the examples show).
    pub properties: Vec<Property>,
    /// Whether the docs say to send no body.
    pub empty: bool,
    /// The "Request body" heading.
    #[serde(flatten)]
    pub source: SourceRef,
}

/// A documented response.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Response {
    /// HTTP status code.
    pub status: u16,
    /// The body's type, when the docs name one.
    #[serde(flatten)]
    pub ty: Option<TypeRef>,
    /// Whether this came from prose (`prose`) or only from an example (`example`).
    pub origin: FactOrigin,
    /// Where it is stated.
    #[serde(flatten)]
    pub source: SourceRef,
}

/// Where in a page a fact was read, which decides which source wins a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum FactOrigin {
    /// A table row. Tables win over everything else.
    Table,
    /// A sentence (`returns a 201 Created response code and an [x] object`).
    Prose,
    /// A resource page's JSON representation block.
    JsonRepresentation,
    /// An example body: inferred from the JSON value's kind.
    Example,
    /// The service metadata (`--metadata`), for a property no page states.
    Metadata,
}

impl FactOrigin {
    /// How a message names what stated a fact of this origin ("the table
    /// says `DateTimeOffset`"), so a diagnostic does not credit a table with
    /// what an example or a JSON representation said.
    pub fn says(self) -> &'static str {
        match self {
            FactOrigin::Table => "the table says",
            FactOrigin::Prose => "the text says",
            FactOrigin::JsonRepresentation => "the JSON representation says",
            FactOrigin::Example => "the examples give",
            FactOrigin::Metadata => "the metadata declares",
        }
    }
}

/// Whether an example is a request or a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ExampleKind {
    /// An HTTP request.
    Request,
    /// An HTTP response.
    Response,
}

/// An example request or response from the docs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Example {
    /// Request or response.
    pub kind: ExampleKind,
    /// The annotation's `name`.
    pub name: Option<String>,
    /// The whole `<!-- { "blockType": ... } -->` annotation, parsed.
    pub annotation: Option<Value>,
    /// Request method.
    pub method: Option<Method>,
    /// Request URL as written.
    pub url: Option<String>,
    /// `v1.0` or `beta`, from the URL.
    pub api_version: Option<String>,
    /// Response status.
    pub status: Option<u16>,
    /// Headers, in order, as written.
    pub headers: Vec<ExampleHeader>,
    /// The body, when it is JSON: strict, or almost (trailing commas, line
    /// breaks inside strings) and read after repair, when `raw_body` holds
    /// it as written too.
    pub body: Option<Value>,
    /// The body as written, when it is not strict JSON (or not JSON at all).
    pub raw_body: Option<String>,
    /// The block's first line.
    #[serde(flatten)]
    pub source: SourceRef,
    /// The first line of the body, for locating values in it.
    #[serde(skip)]
    pub body_line: u32,
    /// Lines of the body that start with `"key":`, so diagnostics about a
    /// value can point at its line.
    #[serde(skip)]
    pub key_lines: Vec<(String, u32)>,
    /// The type the example's own page gives its body (a response's, by
    /// status; a request's, the page's request body), set when the page's
    /// operation is built: pages merged into one operation may differ (one
    /// create page per derived type on `POST /deviceManagement/deviceConfigurations`,
    /// whose operation takes their base type), and an example shows what its
    /// page says.
    #[serde(skip)]
    pub page_type: Option<TypeRef>,
}

/// Bodies with at most this many key lines are searched in order (the key is
/// usually a few lines on); larger ones through a [`KeyLines`] index, so
/// looking up each key of a huge object is not quadratic in its size.
const KEY_SCAN_LIMIT: usize = 1024;

impl Example {
    /// Line of the body's `"key":` at or after `from` (else `from`), so a
    /// diagnostic about a value points at its line. For many lookups in one
    /// body, [`Example::key_lines_index`].
    pub fn key_line(&self, key: &str, from: u32) -> u32 {
        // `key_lines` is in line order: skip the lines before `from` by halving.
        let start = self.key_lines.partition_point(|(_, l)| *l < from);
        self.key_lines[start..]
            .iter()
            .find(|(k, _)| k == key)
            .map_or(from, |(_, l)| *l)
    }

    /// The body's key lines as a walk over the whole body looks them up:
    /// indexed by key when the body is large.
    pub fn key_lines_index(&self) -> KeyLines<'_> {
        let index = (self.key_lines.len() > KEY_SCAN_LIMIT).then(|| {
            let mut index: std::collections::HashMap<&str, Vec<u32>> = Default::default();
            for (k, l) in &self.key_lines {
                index.entry(k.as_str()).or_default().push(*l);
            }
            index
        });
        KeyLines {
            example: self,
            index,
        }
    }
}

/// An [`Example`]'s key lines, indexed by key when the body is large (each
/// key's lines in order); see [`Example::key_lines_index`].
pub struct KeyLines<'a> {
    example: &'a Example,
    index: Option<std::collections::HashMap<&'a str, Vec<u32>>>,
}

impl KeyLines<'_> {
    /// [`Example::key_line`], through the index when there is one.
    pub fn line(&self, key: &str, from: u32) -> u32 {
        match &self.index {
            None => self.example.key_line(key, from),
            Some(index) => index
                .get(key)
                .and_then(|lines| lines.get(lines.partition_point(|l| *l < from)))
                .copied()
                .unwrap_or(from),
        }
    }
}

/// A header line of an example message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExampleHeader {
    /// Name as written (`Content-type`).
    pub name: String,
    /// Value as written.
    pub value: String,
}

/// A type: a resource, a complex type, or an enum.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TypeDef {
    /// Name as the docs spell it, relative to `microsoft.graph`:
    /// `accessPackage`, or `callRecords.endpoint` for a type of the
    /// `microsoft.graph.callRecords` sub-namespace (two types may share a bare
    /// name across namespaces, so the model keys them by this name).
    pub name: String,
    /// `microsoft.graph`, or the sub-namespace the type is in
    /// (`microsoft.graph.callRecords`).
    pub namespace: String,
    /// The type it inherits from, when the docs say.
    pub base_type: Option<String>,
    /// Whether no page states `base_type` and it is read from what the pages
    /// show instead: the root entity type for a type the pages show to be an
    /// entity type (`ResourceFacts::shows_entity_type`). The metadata
    /// cross-check holds such a base to less than a statement: one the
    /// metadata's base descends from is no contradiction.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub base_type_inferred: bool,
    /// Description from the resource page.
    pub description: Option<String>,
    /// Properties, in the order first stated.
    pub properties: Vec<Property>,
    /// Enum members (empty for non-enum types).
    pub members: Vec<EnumMember>,
    /// Whether a page documents the type (a resource page or a table) rather than only naming it.
    pub documented: bool,
    /// Every place the type is stated or referenced.
    pub sources: Vec<SourceRef>,
    /// Which inputs state the type (omitted from JSON when only the docs do).
    #[serde(skip_serializing_if = "Provenance::is_docs")]
    pub provenance: Provenance,
}

impl TypeDef {
    /// Whether the type has no structure to check: no properties, no enum
    /// members and no base type. The bindings keep its values as raw JSON
    /// rather than as an empty struct, because Graph uses such types for "any
    /// JSON value" (`Json`: the 2-D arrays of a workbook range, strings,
    /// numbers) as well as for marker objects (`root`: `{}`), and raw JSON
    /// holds both without losing anything an empty struct would have kept.
    /// The emitter and the example checks share this one rule, so an example
    /// is never held to a shape the bindings do not enforce.
    pub fn is_opaque(&self) -> bool {
        self.members.is_empty() && self.properties.is_empty() && self.base_type.is_none()
    }

    /// Whether the type is known by its name only: no page documents it and
    /// nothing (a table listing values, an example showing keys) gave it
    /// members or properties, so it may be an enum as well as a structure.
    pub fn is_only_named(&self) -> bool {
        !self.documented && self.members.is_empty() && self.properties.is_empty()
    }
}

/// A property of a type or a request body.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Property {
    /// Wire name (`isExtended`).
    pub name: String,
    /// Its type.
    #[serde(flatten)]
    pub ty: TypeRef,
    /// Whether the docs say it is required (`None` when they don't say).
    pub required: Option<bool>,
    /// Description from the docs.
    pub description: Option<String>,
    /// Whether it is a relationship (navigation property) rather than a plain property.
    pub navigation: bool,
    /// Where the winning statement came from: a table, or an example (inferred).
    pub source: FactOrigin,
    /// File of the winning statement.
    pub file: std::sync::Arc<str>,
    /// Line of the winning statement.
    pub line: u32,
    /// Which inputs state the property (`docs` unless `--metadata` was given; omitted from JSON then).
    #[serde(skip_serializing_if = "Provenance::is_docs")]
    pub provenance: Provenance,
    /// What the service metadata declares about it, when `--metadata` was given and declares it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<MetadataFact>,
}

/// Which input a fact came from. The docs are the only input unless the user
/// passes `--metadata`; then every type, property and member says whether the
/// docs, the metadata or both state it, so a reader can tell a docs fact from
/// one the generator filled in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Provenance {
    /// Only the docs state it.
    #[default]
    Docs,
    /// Only the metadata declares it; the docs never mention it.
    Metadata,
    /// Both state it (where they disagree, the metadata's type won and a diagnostic says so).
    Both,
}

impl Provenance {
    /// Whether this is the docs-only default (which the JSON leaves out, so a
    /// run without `--metadata` prints what it always printed).
    pub fn is_docs(&self) -> bool {
        *self == Provenance::Docs
    }
}

/// A property's declaration in the service metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MetadataFact {
    /// The metadata file, as the user named it.
    pub file: std::sync::Arc<str>,
    /// Line of the `<Property>` or `<NavigationProperty>` element in the metadata file.
    pub line: u32,
    /// `Nullable` as declared (OData's default is `true`). `false` makes the
    /// generated field a plain value rather than an `Option`.
    pub nullable: bool,
}

impl Property {
    /// Whether the name is an instance annotation (`@odata.etag`,
    /// `@microsoft.graph.channelCreationMode`) that a table lists beside the
    /// properties: a member the wire carries, so the bindings keep it, but
    /// not a property of the type's schema, so comparisons with the service
    /// metadata skip it.
    pub fn is_instance_annotation(&self) -> bool {
        self.name.starts_with('@')
    }

    /// Where the winning statement is.
    pub fn source_ref(&self) -> SourceRef {
        SourceRef {
            file: self.file.clone(),
            line: self.line,
        }
    }
}

/// One member of an enumeration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnumMember {
    /// Member name as sent on the wire.
    pub name: String,
    /// Numeric value, where the docs give one.
    pub value: Option<i64>,
    /// Description.
    pub description: Option<String>,
    /// Where it is stated.
    #[serde(flatten)]
    pub source: SourceRef,
    /// Which inputs list the member (omitted from JSON when only the docs do).
    #[serde(skip_serializing_if = "Provenance::is_docs")]
    pub provenance: Provenance,
}

/// Builds the model of pages written to a temporary folder: each
/// `(relative path, text)`, folders created as needed (for tests of rules
/// that need several pages).
#[cfg(test)]
pub(crate) fn model_of_pages<P: AsRef<str>, S: AsRef<str>>(pages: &[(P, S)]) -> Model {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in pages {
        let path = dir.path().join(name.as_ref());
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text.as_ref()).unwrap();
    }
    crate::build_model(&[dir.path().to_path_buf()]).unwrap()
}

/// A resource page for [`model_of_pages`]: type `name`, an "Inherits from"
/// sentence when `inherits` is given, and a Properties table of `(name,
/// type cell)` rows.
#[cfg(test)]
pub(crate) fn resource_page(name: &str, inherits: Option<&str>, rows: &[(&str, &str)]) -> String {
    let inherits = inherits.map_or(String::new(), |b| {
        format!("Inherits from [{b}]({}.md).\n\n", b.to_ascii_lowercase())
    });
    let rows: String = rows
        .iter()
        .map(|(n, t)| format!("| {n} | {t} | What. |\n"))
        .collect();
    format!("---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nNamespace: microsoft.graph\n\n{inherits}## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n{rows}")
}

/// The type of property `name` of type `owner` in `model` (panics when absent).
#[cfg(test)]
pub(crate) fn property_type(model: &Model, owner: &str, name: &str) -> TypeRef {
    let t = model.types.iter().find(|t| t.name == owner).unwrap();
    t.properties
        .iter()
        .find(|p| p.name == name)
        .unwrap()
        .ty
        .clone()
}

#[cfg(test)]
mod example_type_tests {
    use crate::diagnostics::Code;

    use super::model_of_pages as model_of;

    const WIDGET: &str = "---\ndoc_type: resourcePageType\n---\n# widget resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Id. |\n";

    fn api_page(prose: &str, annotation: &str, status: &str, body: &str) -> String {
        let fence = "```";
        format!("---\ndoc_type: apiPageType\n---\n# Widgets\n\n## HTTP request\n\n{fence}http\nPOST /widgets\n{fence}\n\n## Response\n\n{prose}\n\n## Example\n\n### Response\n\n<!-- {annotation} -->\n{fence}http\nHTTP/1.1 {status}\nContent-type: application/json\n\n{body}\n{fence}\n")
    }

    /// `201 Created` in the prose, `200 OK` in the example: the example is
    /// still the created widget, and the disagreement is reported at its status line.
    #[test]
    fn a_success_example_with_another_status_is_read_as_the_success_type() {
        let model = model_of(&[
            ("resources/widget.md", WIDGET.to_string()),
            (
                "api/widget-post.md",
                api_page(
                    "If successful, this method returns a `201 Created` response code and a [widget](../resources/widget.md) object in the response body.",
                    "{ \"blockType\": \"response\" }",
                    "200 OK",
                    "{\"id\": \"1\"}",
                ),
            ),
        ]);
        let op = &model.operations[0];
        let ex = op.examples.iter().find(|e| e.status == Some(200)).unwrap();
        assert_eq!(op.example_type(ex), Some(("widget".to_string(), false)));
        let found = crate::diagnostics::coded(&model.diagnostics, Code::ConflictingFact);
        assert_eq!(
            found,
            [(
                22,
                "the example answers `200`, but the response section says `201`"
            )]
        );
    }

    /// Two pages on one path: each example is read as its own page says.
    #[test]
    fn an_example_is_read_with_its_own_pages_response_type() {
        let fence = "```";
        let page = |title: &str, path: &str, prose: &str, body: &str| {
            format!("---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n\n{fence}http\nGET {path}\n{fence}\n\n## Response\n\n{prose}\n\n## Example\n\n### Response\n\n{fence}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n{fence}\n")
        };
        let model = model_of(&[
            ("resources/widget.md", WIDGET.to_string()),
            (
                "api/widget-list.md",
                page("List widgets", "/widgets", "If successful, this method returns a `200 OK` response code and a collection of [widget](../resources/widget.md) objects in the response body.", "{\"value\": [{\"id\": \"1\"}]}"),
            ),
            (
                "api/widget-expand.md",
                page("Expand widgets", "/widgets?$expand=parts", "If successful, this method returns a `200 OK` response code and a [widget](../resources/widget.md) object in the response body.", "{\"id\": \"1\"}"),
            ),
        ]);
        assert_eq!(model.operations.len(), 1, "both pages are one operation");
        let op = &model.operations[0];
        let types: Vec<Option<(String, bool)>> =
            op.examples.iter().map(|e| op.example_type(e)).collect();
        assert!(
            types.contains(&Some(("widget".to_string(), true))),
            "{types:?}"
        );
        assert!(
            types.contains(&Some(("widget".to_string(), false))),
            "{types:?}"
        );
    }

    /// SharePoint's pages name the type with `@type`, collections included.
    #[test]
    fn an_annotation_may_name_the_type_with_at_type() {
        let model = model_of(&[
            ("resources/widget.md", WIDGET.to_string()),
            (
                "api/widget-list.md",
                api_page(
                    "If successful, this method returns a `200 OK` response code.",
                    "{ \"blockType\": \"response\", \"@type\": \"Collection(microsoft.graph.widget)\" }",
                    "200 OK",
                    "{\"value\": [{\"id\": \"1\"}]}",
                ),
            ),
        ]);
        let op = &model.operations[0];
        let ex = op.examples.iter().find(|e| e.status == Some(200)).unwrap();
        assert_eq!(op.example_type(ex), Some(("widget".to_string(), true)));
    }
}

#[cfg(test)]
mod key_line_tests {
    use super::{Example, ExampleKind};

    fn example(key_lines: Vec<(String, u32)>) -> Example {
        Example {
            kind: ExampleKind::Response,
            name: None,
            annotation: None,
            method: None,
            url: None,
            api_version: None,
            status: None,
            headers: Vec::new(),
            body: None,
            raw_body: None,
            source: crate::source::SourceRef::new(&std::sync::Arc::from("p.md"), 1),
            body_line: 10,
            key_lines,
            page_type: None,
        }
    }

    #[test]
    fn a_key_is_found_at_or_after_a_line_however_large_the_body() {
        for size in [3, 5000] {
            // `id` on every tenth line, other keys between.
            let lines: Vec<(String, u32)> = (0..size)
                .map(|i| {
                    let key = if i % 10 == 0 {
                        "id".to_string()
                    } else {
                        format!("k{i}")
                    };
                    (key, 10 + i)
                })
                .collect();
            let e = example(lines);
            assert_eq!(e.key_line("id", 10), 10, "size {size}");
            assert_eq!(e.key_line("k1", 10), 11, "size {size}");
            assert_eq!(e.key_line("missing", 12), 12, "size {size}");
            if size > 20 {
                assert_eq!(e.key_line("id", 11), 20);
                assert_eq!(e.key_line("id", 20), 20);
                assert_eq!(
                    e.key_line("id", 10 + size),
                    10 + size,
                    "past the last: from"
                );
            }
        }
    }
}
