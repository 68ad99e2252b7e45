//! Problems found in the docs. Every one has a stable code, a severity and the
//! file:line it concerns (and, where the offending text was found on that
//! line, its columns), so CI can gate on them and writers can fix them.

use crate::source::SourceRef;
use serde::Serialize;
use std::sync::Arc;

mod span;
pub use span::{locate_quotes, Quote, Span};

/// How bad a problem is. Only `Error` makes `check` fail: it marks a fact the
/// generator cannot trust (and so will not generate code from).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The page states something unusable; code for it is not generated.
    Error,
    /// The page is inconsistent or incomplete; extraction worked around it.
    Warning,
    /// Worth knowing, nothing is wrong with the output.
    Info,
}

impl Severity {
    /// The word used in `check` output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $text:literal, $sev:ident;)*) => {
        /// Stable diagnostic codes. They are part of the tool's interface: CI
        /// filters and docs-writer tooling match on them, so they never change spelling.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Code {
            $($(#[$doc])* #[serde(rename = $text)] $variant,)*
        }

        impl Code {
            /// Every code, for documentation and tests.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as printed (`kebab-case`).
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text,)* }
            }

            /// The severity the code has unless configured otherwise.
            pub fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev,)* }
            }
        }
    };
}

codes! {
    /// The file is not UTF-8 text (or holds NUL bytes) and was not extracted.
    UnreadablePage = "unreadable-page", Error;
    /// The YAML front matter does not parse.
    InvalidFrontMatter = "invalid-front-matter", Warning;
    /// The page has no Markdown structure; plain-text rules were used.
    PlainTextPage = "plain-text-page", Info;
    /// A `TODO` placeholder stands where a fact belongs.
    TodoPlaceholder = "todo-placeholder", Warning;
    /// A request line whose path could not be resolved; no client code is generated for it.
    UnresolvedRequestUrl = "unresolved-request-url", Error;
    /// A request path without its leading `/`; read as if it had one.
    RelativeRequestPath = "relative-request-path", Warning;
    /// An API page with an HTTP request section but no request line in it.
    MissingRequestLine = "missing-request-line", Warning;
    /// An include file a page's Permissions section names instead of a table
    /// that cannot be read or holds no permissions table; the operation has no permissions.
    UnresolvedInclude = "unresolved-include", Warning;
    /// A permission table row or cell that is not a known layout.
    UnrecognizedPermission = "unrecognized-permission", Warning;
    /// An `<!-- { ... } -->` annotation that is not valid JSON.
    InvalidAnnotation = "invalid-annotation", Warning;
    /// An example body that is not strict JSON; kept as raw text.
    InvalidJsonExample = "invalid-json-example", Warning;
    /// An example value that contradicts the type a table states.
    ExampleTypeMismatch = "example-type-mismatch", Warning;
    /// A type name in a namespace other than `microsoft.graph`; the namespace was stripped.
    ForeignNamespace = "foreign-namespace", Warning;
    /// Two sources state different values for the same fact.
    ConflictingFact = "conflicting-fact", Warning;
    /// A stated base type a type cannot have (itself, a primitive, an enum, an
    /// enum's base, or one whose chain leads back to the type); the type is
    /// read without it.
    InvalidBaseType = "invalid-base-type", Warning;
    /// Pages merged into one operation list different permissions (each for
    /// its facet of the call); the operation lists them all.
    MergedPermissions = "merged-permissions", Info;
    /// A type that is referenced (by a table, a link, an example) but that no page documents.
    UndocumentedType = "undocumented-type", Warning;
    /// An enum no page documents, typed by tables whose descriptions list its
    /// values (`Possible values are: …`): its members are those values, which
    /// may not be all of them.
    EnumFromListedValues = "enum-from-listed-values", Warning;
    /// A resource page's tables and its JSON representation list different properties.
    RepresentationMismatch = "representation-mismatch", Warning;
    /// A relationship no table lists that a resource page's Methods table reads
    /// (`List joinedTeams`, linking `GET /users/{id}/joinedTeams`), or that a
    /// read page shows by its name and path (`presence-get.md`: `GET
    /// /me/presence`); added to the type.
    UntabulatedRelationship = "untabulated-relationship", Info;
    /// A request line whose path another page documents as a different
    /// operation (the path is not the first of either page): left out of this
    /// page's operation, so that one path is one operation.
    SharedRequestPath = "shared-request-path", Warning;
    /// A table row with a different number of cells than its header.
    TableShape = "table-shape", Warning;
    /// A type cell that could not be read as a type.
    UnparsedType = "unparsed-type", Warning;
    /// A type cell that names several alternatives; the first was taken.
    AmbiguousType = "ambiguous-type", Info;
    /// Input over a configured limit (page size, table width or length, JSON depth); truncated or skipped.
    LimitExceeded = "limit-exceeded", Warning;
    /// Two docs names that become the same Rust identifier; the later one got a numeric suffix.
    IdentifierCollision = "identifier-collision", Warning;
    /// An enum member table row whose name cannot be a wire value (it has spaces); left out.
    InvalidMemberName = "invalid-member-name", Warning;
    /// An example with a JSON body that gets no round-trip test: the docs name
    /// no single type for it, or the type is not a struct. Reported by `check`.
    UntestedExample = "untested-example", Info;
    /// `--metadata`: the docs state a property the service metadata does not declare.
    MetadataMissingProperty = "metadata-missing-property", Warning;
    /// `--metadata`: the metadata declares a property the docs never state.
    UndocumentedProperty = "undocumented-property", Warning;
    /// `--metadata`: docs and metadata give a property different types or collection-ness.
    MetadataTypeMismatch = "metadata-type-mismatch", Warning;
    /// `--metadata`: docs and metadata give a type different base types.
    MetadataBaseTypeMismatch = "metadata-base-type-mismatch", Warning;
    /// `--metadata`: the docs document a type the metadata does not declare.
    MetadataMissingType = "metadata-missing-type", Warning;
    /// `--metadata`: the metadata declares an entity type no page documents.
    UndocumentedEntityType = "undocumented-entity-type", Warning;
    /// `--metadata`: the docs list an enum member the metadata does not declare.
    MetadataMissingMember = "metadata-missing-member", Warning;
    /// `--metadata`: the metadata declares an enum member the docs do not list.
    UndocumentedMember = "undocumented-member", Warning;
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem, where it is, and what it is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Diagnostic {
    /// Kept first so sorting groups by file and line (the order people read in).
    #[serde(flatten)]
    pub source: SourceRef,
    /// The offending text's columns on the line (`column`, `endColumn` in
    /// JSON), when it was found there; absent otherwise.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// How bad it is.
    pub severity: Severity,
    /// Stable code.
    pub code: Code,
    /// What is wrong, in words, quoting the offending text.
    pub message: String,
    /// The text the message quotes, for finding the span later (by
    /// [`locate_quotes`]) when the stage that reports does not have the page text.
    #[serde(skip)]
    pub quote: Option<Quote>,
}

impl Diagnostic {
    /// A diagnostic with the code's default severity.
    pub fn new(code: Code, file: &Arc<str>, line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            source: SourceRef::new(file, line),
            span: None,
            severity: code.default_severity(),
            code,
            message: message.into(),
            quote: None,
        }
    }

    /// A diagnostic at an existing source position.
    pub fn at(code: Code, source: &SourceRef, message: impl Into<String>) -> Self {
        Diagnostic {
            source: source.clone(),
            span: None,
            severity: code.default_severity(),
            code,
            message: message.into(),
            quote: None,
        }
    }

    /// This diagnostic pointing at `span` of its line (or at the whole line, for `None`).
    pub fn with_span(self, span: Option<Span>) -> Self {
        Diagnostic { span, ..self }
    }

    /// This diagnostic remembering that it quotes `text`, so that
    /// [`locate_quotes`] can find its span once the page's lines are at hand.
    /// An empty quote is no quote.
    pub fn quoting(self, text: &str) -> Self {
        self.quote(None, text)
    }

    /// [`Diagnostic::quoting`] `text` where it follows `anchor` on the line
    /// (a value after its key).
    pub fn quoting_after(self, anchor: &str, text: &str) -> Self {
        self.quote(Some(anchor), text)
    }

    fn quote(self, after: Option<&str>, text: &str) -> Self {
        let text = text.trim();
        let quote = (!text.is_empty()).then(|| Quote {
            text: Arc::from(text),
            after: after.map(Arc::from),
        });
        Diagnostic { quote, ..self }
    }
}

/// The most characters of a line or path a message quotes ([`clip`]):
/// Graph's longest request line has about 230.
pub const LINE_QUOTE_CHARS: usize = 240;

/// `text` as a message quotes it: whole when it has at most `max`
/// characters, else its first `max` and `…`, so a line of hostile input (a
/// 50,000-character "path") does not become a 50,000-character message.
pub fn clip(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]).into(),
        None => text.into(),
    }
}

impl std::fmt::Display for Diagnostic {
    /// `file:line: severity[code]: message` (`file:line:col: …` when the
    /// column is known), the shape compilers and editors parse.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.source)?;
        if let Some(span) = self.span {
            write!(f, ":{}", span.column)?;
        }
        write!(
            f,
            ": {}[{}]: {}",
            self.severity.as_str(),
            self.code,
            self.message
        )
    }
}

/// The line and message of each diagnostic of `code` in `diagnostics`, in
/// order: what tests compare against.
#[cfg(test)]
pub(crate) fn coded(diagnostics: &[Diagnostic], code: Code) -> Vec<(u32, &str)> {
    diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| (d.source.line, d.message.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_a_compiler() {
        let file: Arc<str> = Arc::from("docs/a.md");
        let d = Diagnostic::new(Code::TodoPlaceholder, &file, 7, "TODO in permissions");
        assert_eq!(
            d.to_string(),
            "docs/a.md:7: warning[todo-placeholder]: TODO in permissions"
        );
    }

    #[test]
    fn a_known_column_is_printed_and_serialized() {
        let file: Arc<str> = Arc::from("docs/a.md");
        let d = Diagnostic::new(Code::TodoPlaceholder, &file, 7, "TODO")
            .with_span(Span::find("| x | TODO |", "TODO"));
        assert_eq!(
            d.to_string(),
            "docs/a.md:7:7: warning[todo-placeholder]: TODO"
        );
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"file":"docs/a.md","line":7,"column":7,"endColumn":11,"severity":"warning","code":"todo-placeholder","message":"TODO"}"#
        );
        let plain = Diagnostic::new(Code::TodoPlaceholder, &file, 7, "TODO").quoting("TODO");
        assert_eq!(
            serde_json::to_string(&plain).unwrap(),
            r#"{"file":"docs/a.md","line":7,"severity":"warning","code":"todo-placeholder","message":"TODO"}"#
        );
    }

    #[test]
    fn codes_serialize_as_printed() {
        for code in Code::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }
}
