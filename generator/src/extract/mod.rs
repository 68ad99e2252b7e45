//! Stage 1, extraction: one page in, the facts it states out ([`PageFacts`]),
//! each with its line, plus diagnostics. Pages are independent, so extraction
//! can run on any number of pages in parallel; merging is the model's job.

pub mod blocks;
pub mod examples;
pub mod frontmatter;
pub mod includes;
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

use crate::diagnostics::{Code, Diagnostic, Span};
use crate::model::{
    EnumMember, Example, Header, Method, PageInfo, Parameter, Permissions, Property, RequestBody,
    Response,
};
use crate::source::{LineIndex, SourceRef};
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
    /// The page's text and its lines, for finding the columns of what a
    /// diagnostic quotes; without it, diagnostics have lines only.
    page: Option<Arc<(String, LineIndex)>>,
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
            page: None,
        }
    }

    /// A sink for `file`, whose text is `text`, keeping to `limits`: its
    /// diagnostics get columns where the text they quote is found.
    pub fn with_text(file: Arc<str>, text: &str, limits: crate::limits::Limits) -> Sink {
        Sink::with_page(
            file,
            Arc::new((text.to_string(), LineIndex::new(text))),
            limits,
        )
    }

    /// [`Sink::with_text`] for a page whose text and line index the caller
    /// already holds (and shares with the sink instead of copying).
    pub fn with_page(
        file: Arc<str>,
        page: Arc<(String, LineIndex)>,
        limits: crate::limits::Limits,
    ) -> Sink {
        Sink {
            page: Some(page),
            ..Sink::with_limits(file, limits)
        }
    }

    /// Records a problem at `line` of this page.
    pub fn report(&mut self, code: Code, line: u32, message: impl Into<String>) {
        self.report_with(code, line, None, message);
    }

    /// Records a problem at `span` of `line` (the whole line for `None`).
    pub fn report_with(
        &mut self,
        code: Code,
        line: u32,
        span: Option<Span>,
        message: impl Into<String>,
    ) {
        self.diagnostics
            .push(Diagnostic::new(code, &self.file, line, message).with_span(span));
    }

    /// Records a problem about `needle`, the text the message quotes, at
    /// `line`: the diagnostic points at the first occurrence of `needle` on
    /// that line, or at the whole line when it is not there.
    pub fn report_span(&mut self, code: Code, line: u32, needle: &str, message: impl Into<String>) {
        let span = self.span(line, needle);
        self.report_with(code, line, span, message);
    }

    /// Records a problem about cell `index` of the table row on `line` (a row
    /// of `cells` cells), whose text is `needle`: the diagnostic points at
    /// that text, or at the cell when the text was written with markup.
    pub fn report_cell(
        &mut self,
        code: Code,
        (line, index, cells): (u32, usize, usize),
        needle: &str,
        message: impl Into<String>,
    ) {
        let span = self
            .span(line, needle)
            .or_else(|| self.cell_span(line, index, cells));
        self.report_with(code, line, span, message);
    }

    /// The text of `line` of the page (without its line ending), when the sink knows the page.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let page = self.page.as_deref()?;
        page.1.line_text(&page.0, line)
    }

    /// Where `needle` first occurs on `line`.
    pub fn span(&self, line: u32, needle: &str) -> Option<Span> {
        Span::find(self.line_text(line)?, needle)
    }

    /// Where the text of cell `index` (0-based) of the table row on `line`
    /// is, for a row of `cells` cells: the row split at its unescaped `|`.
    /// `None` when the line does not split into that many cells (a row in a
    /// block quote, a truncated row).
    pub fn cell_span(&self, line: u32, index: usize, cells: usize) -> Option<Span> {
        let text = self.line_text(line)?;
        let mut bounds = vec![0];
        let mut escaped = false;
        for (i, c) in text.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '|' => bounds.extend([i, i + 1]),
                _ => {}
            }
        }
        bounds.push(text.len());
        let mut segments: Vec<(usize, usize)> = bounds.chunks(2).map(|b| (b[0], b[1])).collect();
        // `|a|b|`: the empty text before the first pipe and after the last is no cell.
        if text.trim_start().starts_with('|') {
            segments.remove(0);
        }
        if text.trim_end().ends_with('|') {
            segments.pop();
        }
        if segments.len() != cells {
            return None;
        }
        let (start, end) = *segments.get(index)?;
        let cell = &text[start..end];
        let lead = cell.len() - cell.trim_start().len();
        Span::of_bytes(text, start + lead..start + lead + cell.trim().len())
    }

    /// Where bytes `range` of `fragment` are on `line`, `fragment` being a
    /// piece of that line as a rule saw it (a code block's line without its
    /// indentation, a comment's text without `<!--`). `None` when the
    /// fragment is not on the line.
    pub fn span_in(
        &self,
        line: u32,
        fragment: &str,
        range: std::ops::Range<usize>,
    ) -> Option<Span> {
        let text = self.line_text(line)?;
        if fragment.is_empty() {
            return None;
        }
        // A rule's fragment is usually the line's end (the prefix stripped);
        // else its first occurrence.
        let base = if text.ends_with(fragment) {
            text.len() - fragment.len()
        } else {
            text.find(fragment)?
        };
        if range.end > fragment.len() {
            return None;
        }
        Span::of_bytes(text, base + range.start..base + range.end)
    }

    /// Where a JSON parse error `error` in `json` (a text whose first line is
    /// `first_line` of the page) is: the page line, and the character serde
    /// stopped at on it, when that can be found.
    pub fn json_error_at(
        &self,
        first_line: u32,
        json: &str,
        error: &serde_json::Error,
    ) -> (u32, Option<Span>) {
        let offset = u32::try_from(error.line().saturating_sub(1)).unwrap_or(0);
        let line = first_line.saturating_add(offset);
        // serde's column is 1-based, in bytes, at the byte it stopped on; 0
        // means before the line's first byte (the end of the input).
        let span = error.line().checked_sub(1).and_then(|n| {
            let fragment = json.lines().nth(n)?;
            let at = error.column().checked_sub(1)?;
            let end = (at + 1..=fragment.len()).find(|&e| fragment.is_char_boundary(e))?;
            let start = (0..=at).rev().find(|&s| fragment.is_char_boundary(s))?;
            self.span_in(line, fragment, start..end)
        });
        (line, span)
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
    /// `Inherits from [entity](entity.md)`, `Derived from [place](place.md)`,
    /// the resource annotation's `baseType`, or what the table rows say
    /// their properties are inherited from (`extract::resource::stated_base`,
    /// `base_of_inherited_rows`).
    pub base_type: Option<String>,
    /// The line of the sentence or row the base type came from (none when
    /// it came from the resource annotation).
    pub base_type_line: Option<u32>,
    /// First paragraph.
    pub description: Option<String>,
    /// Properties and relationships.
    pub properties: Vec<Property>,
    /// Properties whose type cell names several types; each is read as the
    /// first until every page is read (see `model::alternatives`).
    pub alternatives: Vec<TypeAlternatives>,
    /// Enum members.
    pub members: Vec<EnumMember>,
    /// The JSON representation block, parsed (after repair when it is almost JSON).
    pub json_representation: Option<Representation>,
    /// Rows of the Methods table, read once every page is known (see
    /// `model::methods`): they name relationships the tables leave out.
    pub methods: Vec<MethodRow>,
    /// The resource annotation names the root entity type's key as the
    /// type's key (`"keyProperty": "id"`, [`rules::ENTITY_KEY_PROPERTY`]):
    /// only entity types have keys, and a key is inherited, never
    /// redeclared, so the type descends from `entity` when no page states
    /// another base (applied once every page is read, in `model::merge`).
    pub keyed_as_entity: bool,
    /// The H1 heading.
    pub source: SourceRef,
}

impl ResourceFacts {
    /// Whether the page shows its type to be an entity type, which in Graph
    /// descends from the root entity type unless a page states another
    /// base: its annotation names the entity key as its key
    /// ([`ResourceFacts::keyed_as_entity`]), or it has that key among its
    /// properties and a Methods table of operations (complex types are not
    /// addressed on their own, so they have no operations; an `id` alone is
    /// no sign: 19 v1.0 complex types have one).
    pub fn shows_entity_type(&self) -> bool {
        let key = rules::ENTITY_KEY_PROPERTY;
        self.keyed_as_entity
            || (!self.methods.is_empty() && self.properties.iter().any(|p| p.name == key))
    }
}

/// A property whose type cell names several types
/// (`[appHostedMediaConfig](…) or [serviceHostedMediaConfig](…)`): it may
/// hold any of them, so the model types it with the base they share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeAlternatives {
    /// The property's name.
    pub property: String,
    /// The types the cell names, in order (the first is what the table's
    /// property says until they are settled).
    pub types: Vec<String>,
}

/// A link to a type page whose text is a friendly name for the page's type
/// (`[tabs](../resources/teamstab.md)`, `[thread](../resources/conversationthread.md)`).
/// The text is what prose yields as the type name; once every page is read,
/// a text no type is named becomes another name of the linked page's type
/// (see `model::infer::TypeTable::note_link_names`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkName {
    /// The link text (`tabs`).
    pub text: String,
    /// The linked page's file stem (`teamstab`).
    pub page: String,
}

impl LinkName {
    /// Every such link in `inline`: to a type page, with a name-like text
    /// other than the page's file stem.
    pub fn all_in(inline: &blocks::Inline) -> impl Iterator<Item = LinkName> + '_ {
        inline.links.iter().filter_map(|link| {
            if !prose::is_type_link(link) {
                return None;
            }
            let text = link.text.trim().trim_matches(|c| c == '*' || c == '`');
            // The file name as is (`insights-used`): unlike a type name, a
            // page's file name may have dashes.
            let page = typecell::page_stem(&link.dest);
            (typecell::is_name_like(text) && !text.eq_ignore_ascii_case(page)).then(|| LinkName {
                text: text.to_string(),
                page: page.to_string(),
            })
        })
    }
}

/// One row of a resource page's Methods table: `[List joinedTeams](../api/user-list-joinedteams.md) | [team](team.md) collection`.
#[derive(Debug, Clone, PartialEq)]
pub struct MethodRow {
    /// The link text (`List joinedTeams`).
    pub text: String,
    /// The link's destination as written (`../api/user-list-joinedteams.md`).
    pub page: String,
    /// The return type, when the cell reads as one.
    pub ty: Option<crate::model::TypeRef>,
    /// The row's line.
    pub line: u32,
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
    /// Request lines in bare blocks after the HTTP request section (a
    /// Remarks section's follow-up call): other operations the page mentions.
    pub related_requests: Vec<RequestLine>,
    /// The permissions table.
    pub permissions: Permissions,
    /// The include file the Permissions section names instead of a table
    /// (`../includes/permissions/x.md`, as written, with the line), which
    /// [`includes::resolve_permissions`] reads when the page is read from disk.
    pub permissions_include: Option<crate::model::Located<String>>,
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
    /// Enums the page documents under their own headings (`### riskLevel
    /// values`), apart from its own type; in page order.
    pub enums: Vec<ResourceFacts>,
    /// Links to type pages in the response and request-body prose whose text
    /// is not the page's name (`[tabs](../resources/teamstab.md)`).
    pub link_names: Vec<LinkName>,
    /// Links in type columns and in the response and request-body prose
    /// whose text is not the linked page's file name
    /// (`[alert](security-alert.md)`), each with its row's or paragraph's
    /// line: a bare name linked to the page of a sub-namespace type means
    /// that type, on that line (see `model::namespaces`).
    pub type_links: Vec<(u32, LinkName)>,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sink(text: &str) -> Sink {
        Sink::with_text(Arc::from("p.md"), text, crate::limits::Limits::default())
    }

    fn columns(d: &Diagnostic) -> Option<(u32, u32)> {
        d.span.map(|s| (s.column, s.end_column))
    }

    #[test]
    fn report_span_finds_the_quoted_text_on_its_line() {
        let mut s = sink("# T\n|Application|**TODO: scopes**|\r\n");
        s.report_span(Code::TodoPlaceholder, 2, "**TODO: scopes**", "m");
        s.report_span(Code::TodoPlaceholder, 2, "absent", "m");
        s.report_span(Code::TodoPlaceholder, 9, "TODO", "m");
        let found: Vec<_> = s.diagnostics.iter().map(columns).collect();
        assert_eq!(found, [Some((14, 30)), None, None]);
        // Without the page text there are no columns.
        let mut bare = Sink::new(Arc::from("p.md"));
        bare.report_span(Code::TodoPlaceholder, 2, "TODO", "m");
        assert_eq!(bare.diagnostics[0].span, None);
    }

    #[test]
    fn cells_are_found_by_their_pipes() {
        let s = sink("|a|**b** [c](c.md)|\n  x | y \\| z | w\n> |q|r|\n");
        let at = |line, index, cells| {
            s.cell_span(line, index, cells)
                .map(|s| (s.column, s.end_column))
        };
        assert_eq!(at(1, 1, 2), Some((4, 19)));
        assert_eq!(at(1, 0, 2), Some((2, 3)));
        assert_eq!(at(1, 1, 3), None);
        assert_eq!(at(2, 1, 3), Some((7, 13)));
        assert_eq!(at(2, 3, 3), None);
        assert_eq!(at(3, 0, 2), None);
    }

    #[test]
    fn json_errors_point_at_the_character_serde_stopped_at() {
        // A code block indented in a list: its lines are the page's less four spaces.
        let page =
            "1. step\n\n    ```json\n    {\n      \"a\": 1,\n      \"é\": 2,\n    }\n    ```\n";
        let s = sink(page);
        let body = "{\n  \"a\": 1,\n  \"é\": 2,\n}";
        let e = serde_json::from_str::<serde_json::Value>(body).unwrap_err();
        let (line, span) = s.json_error_at(4, body, &e);
        assert_eq!(line, 7);
        assert_eq!(span.map(|s| (s.column, s.end_column)), Some((5, 6)));
        let body = "{\n  \"é\" 2\n}";
        let e = serde_json::from_str::<serde_json::Value>(body).unwrap_err();
        let page = "```json\n{\n  \"é\" 2\n}\n```\n";
        let (line, span) = sink(page).json_error_at(2, body, &e);
        assert_eq!(line, 3);
        // Bytes 7 in, characters 6 in: the `2` after the non-ASCII key.
        assert_eq!(span.map(|s| (s.column, s.end_column)), Some((7, 8)));
        // A fragment that is not on the line gives no span.
        assert_eq!(sink(page).span_in(3, "nothing", 0..1), None);
        assert_eq!(sink(page).span_in(3, "\"é\" 2", 0..99), None);
    }
}
