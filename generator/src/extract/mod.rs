//! Stage 1, extraction: one page in, the facts it states out ([`PageFacts`]),
//! each with its line, plus diagnostics. Pages are independent, so extraction
//! can run on any number of pages in parallel; merging is the model's job.

pub mod blocks;
pub mod examples;
pub mod frontmatter;
pub mod page;
pub mod permissions;
pub mod plaintext;
pub mod prose;
pub mod request;
pub mod resource;
pub mod rules;
pub mod sections;
pub mod tables;
pub mod typecell;

use crate::diagnostics::{Code, Diagnostic};
use crate::model::{
    EnumMember, Example, Header, Method, PageInfo, Parameter, Permissions, Property, RequestBody,
    Response,
};
use crate::source::SourceRef;
pub use page::extract_page;
pub use request::Target;
use std::sync::Arc;

/// Collects the diagnostics of one page.
#[derive(Debug, Clone)]
pub struct Sink {
    /// The page.
    pub file: Arc<str>,
    /// What was found so far.
    pub diagnostics: Vec<Diagnostic>,
    /// The bounds extraction keeps to (rules that parse JSON or read tables check them).
    pub limits: crate::limits::Limits,
}

impl Sink {
    /// A sink for `file`.
    pub fn new(file: Arc<str>) -> Sink {
        Sink::with_limits(file, crate::limits::Limits::default())
    }

    /// A sink for `file` whose rules keep to `limits`.
    pub fn with_limits(file: Arc<str>, limits: crate::limits::Limits) -> Sink {
        Sink {
            file,
            diagnostics: Vec::new(),
            limits,
        }
    }

    /// Records a problem at `line` of this page.
    pub fn report(&mut self, code: Code, line: u32, message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::new(code, &self.file, line, message));
    }

    /// A source reference to `line` of this page.
    pub fn at(&self, line: u32) -> SourceRef {
        SourceRef::new(&self.file, line)
    }
}

/// A request line from the "HTTP request" section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestLine {
    /// Its method.
    pub method: Method,
    /// The path, or the text that could not be read as one.
    pub target: Result<Target, String>,
    /// Where it is.
    pub source: SourceRef,
}

/// What a resource (or enum) page says about its type.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceFacts {
    /// Type name (`user`).
    pub name: String,
    /// `Inherits from [entity](entity.md)`.
    pub base_type: Option<String>,
    /// First paragraph.
    pub description: Option<String>,
    /// Properties and relationships.
    pub properties: Vec<Property>,
    /// Enum members.
    pub members: Vec<EnumMember>,
    /// The JSON representation block, parsed (after repair when it is almost JSON).
    pub json_representation: Option<Representation>,
    /// The H1 heading.
    pub source: SourceRef,
}

/// A resource page's "JSON representation" block: property names and
/// placeholder values (`"string"`, `"String (timestamp)"`), a cross-check for
/// the tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Representation {
    /// The object.
    pub value: serde_json::Value,
    /// Line of each `"key":` line.
    pub key_lines: Vec<(String, u32)>,
    /// Line of the block.
    pub line: u32,
}

/// Everything one page states.
#[derive(Debug, Clone)]
pub struct PageFacts {
    /// Front matter, title, description, kind.
    pub info: PageInfo,
    /// Line of the title (H1, else front matter title, else 1).
    pub title_line: u32,
    /// Request lines, in order.
    pub request_lines: Vec<RequestLine>,
    /// The permissions table.
    pub permissions: Permissions,
    /// Path parameter table rows.
    pub path_parameters: Vec<Parameter>,
    /// Query parameter table rows.
    pub query_parameters: Vec<Parameter>,
    /// Request header table rows.
    pub headers: Vec<Header>,
    /// The request body section.
    pub request_body: Option<RequestBody>,
    /// Statuses and types from the response section.
    pub responses: Vec<Response>,
    /// Example requests and responses.
    pub examples: Vec<Example>,
    /// The type a resource page describes.
    pub resource: Option<ResourceFacts>,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
}
