//! One page, start to end: front matter, blocks, sections, then each block
//! handed to the rule for its section.

use super::blocks::{markdown_blocks, Block, BlockKind, CodeBlock, Inline, Table};
use super::examples::{message_start, parse_annotation, read_example, Annotation, Start};
use super::frontmatter::{self, FrontMatter};
use super::permissions::read_permissions;
use super::plaintext::{looks_plain, plain_text_blocks};
use super::request::{parse_target, split_request_line, url_version};
use super::rules::{self, Column, SectionKind};
use super::tables::{named_rows, Layout};
use super::{prose, resource, PageFacts, RequestLine, ResourceFacts, Sink};
use crate::diagnostics::Code;
use crate::model::{
    ExampleKind, FactOrigin, Header, PageInfo, PageKind, Parameter, Permissions, Property,
    RequestBody, Response,
};
use crate::source::LineIndex;
use std::sync::Arc;

/// Extracts everything `text` (the contents of `file`) states, within the default limits.
pub fn extract_page(file: Arc<str>, text: &str) -> PageFacts {
    extract_page_with(file, text, &crate::limits::Limits::default())
}

/// Extracts everything `text` (the contents of `file`) states; tables and
/// JSON over `limits` are truncated or kept raw, with a `limit-exceeded` diagnostic.
pub fn extract_page_with(file: Arc<str>, text: &str, limits: &crate::limits::Limits) -> PageFacts {
    extract_page_owned(file, text.to_string(), limits)
}

/// [`extract_page_with`] of a text the caller gives away: the diagnostics
/// sink keeps it (to find columns) without a copy, and the page's line
/// index is built once for the blocks and the sink.
pub fn extract_page_owned(
    file: Arc<str>,
    text: String,
    limits: &crate::limits::Limits,
) -> PageFacts {
    let lines = LineIndex::new(&text);
    let page_text = Arc::new((text, lines));
    let mut sink = Sink::with_page(file.clone(), Arc::clone(&page_text), *limits);
    let (text, lines) = (page_text.0.as_str(), &page_text.1);
    let split = frontmatter::split(text);
    let fm = if split.present {
        match frontmatter::parse(split.yaml, 2) {
            Ok(fm) => fm,
            Err(e) => {
                sink.report(
                    Code::InvalidFrontMatter,
                    2 + e.line_offset.unwrap_or(0),
                    e.to_string(),
                );
                FrontMatter::default()
            }
        }
    } else {
        FrontMatter::default()
    };
    for (key, value) in &fm.keys {
        if let Some(value) = value.as_str().filter(|v| super::rules::is_placeholder(v)) {
            sink.report_span(
                Code::TodoPlaceholder,
                fm.lines[key],
                value,
                format!("front matter `{key}` is a placeholder"),
            );
        }
    }
    let body = &text[split.body_start..];
    let mut blocks = markdown_blocks(body, split.body_start, lines);
    let plain = looks_plain(split.present, &blocks);
    if plain {
        blocks = plain_text_blocks(body, lines.line(split.body_start));
        sink.report(
            Code::PlainTextPage,
            1,
            "page has no Markdown structure; read with plain-text rules",
        );
    }
    limits.clamp_tables(&mut blocks, &mut sink);
    let sections = super::sections::classify_with_headings(&blocks);
    let mut page = PageBuilder::new(&file, &fm, plain);
    for (block, &(section, own)) in blocks.iter().zip(&sections) {
        page.block(block, section, own, &mut sink);
    }
    page.finish(fm, sink)
}

/// The facts of a page that could not be read: none, and a diagnostic saying why.
pub fn unreadable(file: Arc<str>, problem: &crate::input::ReadProblem) -> PageFacts {
    let mut sink = Sink::new(file.clone());
    sink.report(problem.code(), problem.line(), problem.to_string());
    let mut page = PageBuilder::new(&file, &FrontMatter::default(), false)
        .finish(FrontMatter::default(), sink);
    page.info.kind = PageKind::Unreadable;
    page
}

/// State while walking a page's blocks.
struct PageBuilder {
    file: Arc<str>,
    plain: bool,
    doc_type: Option<String>,
    heading: Option<(String, u32)>,
    description: Option<String>,
    namespace: Option<String>,
    beta_disclaimer: bool,
    base_type: Option<String>,
    /// The line of the sentence ("Inherits from", "Derived from") or
    /// table row ("Inherited from") `base_type` was read from.
    base_type_line: Option<u32>,
    pending_annotation: Option<Annotation>,
    request_lines: Vec<RequestLine>,
    related_requests: Vec<RequestLine>,
    permissions: Permissions,
    permissions_include: Option<crate::model::Located<String>>,
    path_parameters: Vec<Parameter>,
    query_parameters: Vec<Parameter>,
    headers: Vec<Header>,
    request_body: Option<RequestBody>,
    responses: Vec<Response>,
    examples: Vec<crate::model::Example>,
    properties: Vec<Property>,
    alternatives: Vec<super::TypeAlternatives>,
    members: Vec<crate::model::EnumMember>,
    /// The enum the current heading names (`### riskLevel values`): its level, name and line.
    enum_scope: Option<(u8, String, u32)>,
    /// Enums named by headings, with their members, in page order.
    enums: Vec<(String, u32, Vec<crate::model::EnumMember>)>,
    json_representation: Option<super::Representation>,
    methods: Vec<super::MethodRow>,
    link_names: Vec<super::LinkName>,
    type_links: Vec<(u32, super::LinkName)>,
    resource_annotation: Option<Annotation>,
    http_section_line: Option<u32>,
}

impl PageBuilder {
    fn new(file: &Arc<str>, fm: &FrontMatter, plain: bool) -> Self {
        PageBuilder {
            file: file.clone(),
            plain,
            doc_type: fm.text("doc_type"),
            heading: None,
            description: None,
            namespace: None,
            beta_disclaimer: false,
            base_type: None,
            base_type_line: None,
            pending_annotation: None,
            request_lines: Vec::new(),
            related_requests: Vec::new(),
            permissions: Permissions::default(),
            permissions_include: None,
            path_parameters: Vec::new(),
            query_parameters: Vec::new(),
            headers: Vec::new(),
            request_body: None,
            responses: Vec::new(),
            examples: Vec::new(),
            properties: Vec::new(),
            alternatives: Vec::new(),
            members: Vec::new(),
            enum_scope: None,
            enums: Vec::new(),
            json_representation: None,
            methods: Vec::new(),
            link_names: Vec::new(),
            type_links: Vec::new(),
            resource_annotation: None,
            http_section_line: None,
        }
    }

    /// Reads one block of `section`; `kind` is what the block opens when it
    /// is a heading (`rules::section_of` of its text, from `classify_with_headings`).
    fn block(&mut self, block: &Block, section: SectionKind, kind: SectionKind, sink: &mut Sink) {
        match &block.kind {
            BlockKind::Heading { level, text } => {
                self.pending_annotation = None;
                if *level == 1 && self.heading.is_none() {
                    self.heading = Some((text.text.clone(), block.line));
                }
                if self
                    .enum_scope
                    .as_ref()
                    .is_some_and(|(l, _, _)| *l >= *level)
                {
                    self.enum_scope = None;
                }
                if let Some(name) = super::rules::enum_heading(&text.text) {
                    self.enum_scope = Some((*level, name, block.line));
                }
                if kind == SectionKind::HttpRequest && section == SectionKind::HttpRequest {
                    self.http_section_line.get_or_insert(block.line);
                }
                if kind == SectionKind::RequestBody
                    && section == SectionKind::RequestBody
                    && self.request_body.is_none()
                {
                    self.request_body = Some(RequestBody {
                        ty: None,
                        properties: Vec::new(),
                        empty: false,
                        source: sink.at(block.line),
                    });
                }
            }
            BlockKind::Paragraph(p) => {
                self.pending_annotation = None;
                self.paragraph(p, block.line, section, sink);
            }
            BlockKind::Table(t) => {
                self.pending_annotation = None;
                self.table(t, block.line, section, sink);
            }
            BlockKind::Comment(c) => {
                if let Some(a) = parse_annotation(c, block.line, sink) {
                    if a.block_type().as_deref() == Some("resource")
                        && self.resource_annotation.is_none()
                    {
                        self.resource_annotation = Some(a.clone());
                    }
                    if a.block_type().is_some() {
                        self.pending_annotation = Some(a);
                    }
                }
            }
            BlockKind::Code(code) => {
                let annotation = self.pending_annotation.take();
                self.code(code, annotation, section, sink);
            }
            BlockKind::TabMarker(_) | BlockKind::TabGroupEnd => {}
        }
    }

    fn paragraph(&mut self, p: &Inline, line: u32, section: SectionKind, sink: &mut Sink) {
        let text = p.text.trim();
        if p.links.iter().any(|l| l.dest.contains("includes/"))
            || text.starts_with("[!INCLUDE")
            || text.starts_with("!INCLUDE")
        {
            if p.links.iter().any(|l| l.dest.contains("beta-disclaimer"))
                || text.contains("beta-disclaimer")
            {
                self.beta_disclaimer = true;
            }
            // Newer pages keep their permissions table in an include file
            // (`[!INCLUDE [permissions-table](../includes/permissions/x.md)]`),
            // which the reader resolves next to the page (`extract::includes`).
            if section == SectionKind::Permissions && self.permissions_include.is_none() {
                if let Some(link) = p.links.iter().find(|l| !l.dest.is_empty()) {
                    self.permissions_include = Some(crate::model::Located {
                        value: link.dest.clone(),
                        source: sink.at(line),
                    });
                }
            }
            return;
        }
        if let Some(ns) = text.strip_prefix("Namespace:") {
            self.namespace.get_or_insert_with(|| ns.trim().to_string());
            return;
        }
        if self.base_type.is_none() && self.may_be_type_page() {
            self.base_type = resource::stated_base(p);
            if self.base_type.is_some() {
                self.base_type_line = Some(line);
                let links = super::LinkName::all_in(p).map(|l| (line, l));
                self.type_links.extend(links);
            }
        }
        if matches!(section, SectionKind::Response | SectionKind::RequestBody) {
            for link in super::LinkName::all_in(p) {
                self.type_links.push((line, link.clone()));
                self.link_names.push(link);
            }
        }
        match section {
            SectionKind::Other
                if (self.heading.is_some() || self.plain)
                    && self.description.is_none()
                    && !super::rules::is_boilerplate(text) =>
            {
                self.description = Some(text.to_string());
            }
            SectionKind::Response => {
                for fact in prose::statuses(p) {
                    if let Some(ns) = &fact.foreign_namespace {
                        sink.report_span(
                            Code::ForeignNamespace,
                            line,
                            ns,
                            format!("response type is in namespace `{ns}`; namespace stripped"),
                        );
                    }
                    if !self.responses.iter().any(|r| r.status == fact.status) {
                        self.responses.push(Response {
                            status: fact.status,
                            ty: fact.ty.filter(|_| crate::model::has_body(fact.status)),
                            origin: FactOrigin::Prose,
                            source: sink.at(line),
                        });
                    }
                }
            }
            SectionKind::RequestBody => {
                let body = self.request_body.get_or_insert_with(|| RequestBody {
                    ty: None,
                    properties: Vec::new(),
                    empty: false,
                    source: sink.at(line),
                });
                if prose::says_no_body(p) {
                    body.empty = true;
                } else if body.ty.is_none() {
                    if let Some((ty, foreign)) = prose::represented_type(p) {
                        if let Some(ns) = foreign {
                            sink.report_span(
                                Code::ForeignNamespace,
                                line,
                                &ns,
                                format!(
                                    "request body type is in namespace `{ns}`; namespace stripped"
                                ),
                            );
                        }
                        body.ty = Some(ty);
                    }
                }
            }
            _ => {}
        }
    }

    fn table(&mut self, table: &Table, line: u32, section: SectionKind, sink: &mut Sink) {
        if read_permissions(table, &mut self.permissions, sink) {
            return;
        }
        let layout = Layout::of(table);
        let has_type = layout.index(Column::Type).is_some();
        if let Some(col) = layout.index(Column::Type) {
            for row in &table.rows {
                let links = row
                    .cells
                    .get(col)
                    .into_iter()
                    .flat_map(super::LinkName::all_in);
                self.type_links.extend(links.map(|l| (row.line, l)));
            }
        }
        if let Some((_, name, line)) = &self.enum_scope {
            if section != SectionKind::Examples && resource::is_member_table(table) {
                let members = resource::members(table, sink);
                match self.enums.iter_mut().find(|(n, _, _)| n == name) {
                    Some((_, _, existing)) => existing.extend(members),
                    None => self.enums.push((name.clone(), *line, members)),
                }
                return;
            }
        }
        match section {
            SectionKind::RequestHeaders => {
                for row in named_rows(table, sink) {
                    let value = row
                        .value
                        .clone()
                        .or_else(|| row.description.clone())
                        .map(|v| strip_requiredness(&v))
                        .filter(|v| !v.contains(". "));
                    self.headers.push(Header {
                        name: row.name,
                        value,
                        description: row.description.or(row.value),
                        required: row.required,
                        source: sink.at(row.line),
                    });
                }
            }
            SectionKind::PathParameters | SectionKind::QueryParameters => {
                let params: Vec<Parameter> = named_rows(table, sink)
                    .into_iter()
                    .map(|row| Parameter {
                        name: row.name,
                        ty: row.ty.map(|t| t.ty),
                        description: row.description,
                        required: row.required,
                        source: sink.at(row.line),
                    })
                    .collect();
                if section == SectionKind::PathParameters {
                    self.path_parameters.extend(params);
                } else {
                    self.query_parameters.extend(params);
                }
            }
            SectionKind::RequestBody if has_type => {
                let (props, _) = resource::properties(table, false, sink);
                let body = self.request_body.get_or_insert_with(|| RequestBody {
                    ty: None,
                    properties: Vec::new(),
                    empty: false,
                    source: sink.at(line),
                });
                body.properties.extend(props);
            }
            SectionKind::Properties | SectionKind::Relationships | SectionKind::Members => {
                if has_type {
                    let (props, alternatives) =
                        resource::properties(table, section == SectionKind::Relationships, sink);
                    if !rules::not_property_names(props.iter().map(|p| p.name.as_str())) {
                        self.properties.extend(props);
                        self.alternatives.extend(alternatives);
                    }
                } else if resource::is_member_table(table) {
                    self.members.extend(resource::members(table, sink));
                }
            }
            SectionKind::Methods => self.methods.extend(resource::methods(table)),
            _ => {}
        }
    }

    fn code(
        &mut self,
        code: &CodeBlock,
        annotation: Option<Annotation>,
        section: SectionKind,
        sink: &mut Sink,
    ) {
        let block_type = annotation.as_ref().and_then(Annotation::block_type);
        if let Some(a) = &annotation {
            let odata = a
                .text("@odata.type")
                .and_then(crate::model::typeref::split_qualified);
            if let Some(ns) = odata.and_then(|q| q.foreign_namespace) {
                sink.report(Code::ForeignNamespace, a.line, format!("annotation @odata.type is in namespace `{ns}`, not microsoft.graph; namespace stripped"));
            }
        }
        let start = message_start(code);
        match section {
            SectionKind::HttpRequest if block_type.as_deref() != Some("response") => {
                self.request_block(code, false, sink);
                return;
            }
            SectionKind::Examples => {}
            // A bare request block outside the HTTP request section: the
            // page's request lines when it has no such section (some pages
            // omit the heading); after it, another call the page mentions
            // (`drive-recent.md`'s Remarks: `GET /drives/{remoteItem-driveId}/items/{remoteItem-id}`).
            _ if block_type.as_deref().is_none_or(|t| t == "ignored") && is_request_block(code) => {
                let related = self.http_section_line.is_some() && !self.request_lines.is_empty();
                self.request_block(code, related, sink);
                return;
            }
            SectionKind::JsonRepresentation => {
                if self.json_representation.is_none() {
                    self.json_representation = read_representation(code, sink);
                }
                return;
            }
            _ => {}
        }
        let kind = match (block_type.as_deref(), &start) {
            (Some("request"), _) => ExampleKind::Request,
            (Some("response"), _) => ExampleKind::Response,
            (_, Start::Request(..)) if section == SectionKind::Examples => ExampleKind::Request,
            (_, Start::Status(_)) if section == SectionKind::Examples => ExampleKind::Response,
            _ => return,
        };
        self.examples
            .push(read_example(code, kind, annotation.as_ref(), sink));
    }

    /// Reads the request lines of `code`: the page's own, or (`related`)
    /// other calls it mentions.
    fn request_block(&mut self, code: &CodeBlock, related: bool, sink: &mut Sink) {
        for (i, line) in code.text.lines().enumerate() {
            let Some((method, rest)) = split_request_line(line) else {
                continue;
            };
            let at = code.first_line + i as u32;
            let relative = !rest.starts_with('/')
                && !rest.starts_with("http")
                && super::typecell::is_name_like(rest.split(['/', '?', '(']).next().unwrap_or(""));
            let written = rest;
            let rest = if relative {
                sink.report_span(
                    Code::RelativeRequestPath,
                    at,
                    rest,
                    format!("request path `{rest}` does not start with '/'; read as `/{rest}`"),
                );
                format!("/{rest}")
            } else {
                rest.to_string()
            };
            let target = parse_target(&rest).map_err(|e| {
                sink.report_span(
                    Code::UnresolvedRequestUrl,
                    at,
                    written,
                    format!(
                        "request line `{}` has no usable path: {e}",
                        crate::diagnostics::clip(line.trim(), crate::diagnostics::LINE_QUOTE_CHARS)
                    ),
                );
                rest.to_string()
            });
            let line = RequestLine {
                method,
                target,
                source: sink.at(at),
            };
            if related {
                self.related_requests.push(line);
            } else {
                self.request_lines.push(line);
            }
        }
    }

    fn finish(mut self, fm: FrontMatter, mut sink: Sink) -> PageFacts {
        let title = fm
            .text("title")
            .or_else(|| self.heading.as_ref().map(|h| h.0.clone()));
        let title_line = self
            .heading
            .as_ref()
            .map(|h| h.1)
            .or_else(|| fm.lines.get("title").copied())
            .unwrap_or(1);
        let kind = self.kind();
        if kind != PageKind::Api {
            // Request lines quoted on a resource or overview page describe other pages' operations.
            self.request_lines.clear();
            self.related_requests.clear();
        }
        if kind == PageKind::Api && self.request_lines.is_empty() {
            if let Some(line) = self.http_section_line {
                sink.report(
                    Code::MissingRequestLine,
                    line,
                    "HTTP request section has no request line",
                );
            }
        }
        if kind == PageKind::Api {
            self.report_example_statuses(&mut sink);
        }
        let api_version = self.api_version(&mut sink);
        // The resource annotation names the type as the service does
        // (`page` → `onenotePage`) and its base type; titles are for people.
        let annotated = |key: &str| {
            self.resource_annotation
                .as_ref()
                .and_then(|a| a.text(key))
                .and_then(crate::model::typeref::split_qualified)
                .map(|q| q.name)
        };
        let annotated_name = annotated("@odata.type");
        // A type a page of a sub-namespace documents is that namespace's
        // (`Namespace: microsoft.graph.callRecords` + `# endpoint resource
        // type` → `callRecords.endpoint`), keeping it apart from a
        // `microsoft.graph` type of the same bare name.
        let namespace = self.namespace.as_deref();
        let qualify = |name: String| match namespace {
            Some(ns) if !name.contains('.') => {
                crate::model::typeref::graph_type_name(ns, &name).unwrap_or(name)
            }
            _ => name,
        };
        let annotated_base = annotated("baseType");
        let is_type_page = matches!(kind, PageKind::Resource | PageKind::Enum);
        if !self.properties.is_empty() {
            // A value table on a page whose type has properties lists the
            // values of one of them (`### Group visibility options`, `###
            // Roles property values`), not members of the type: a type is a
            // struct or an enum, never both.
            self.members.clear();
        }
        let enums: Vec<ResourceFacts> = if is_type_page {
            std::mem::take(&mut self.enums)
                .into_iter()
                .map(|(name, line, members)| ResourceFacts {
                    name: qualify(name),
                    base_type: None,
                    base_type_line: None,
                    description: None,
                    properties: Vec::new(),
                    alternatives: Vec::new(),
                    members,
                    json_representation: None,
                    methods: Vec::new(),
                    keyed_as_entity: false,
                    source: sink.at(line),
                })
                .collect()
        } else {
            Vec::new()
        };
        // A page of named enums only (`enums.md`) documents no type of its own.
        let only_named_enums = !enums.is_empty()
            && self.properties.is_empty()
            && self.members.is_empty()
            && self.resource_annotation.is_none();
        // Rows saying where their properties come from are the weakest
        // statement of a base: after a paragraph's and the annotation's.
        if is_type_page && self.base_type.is_none() && annotated_base.is_none() {
            let rows = self
                .properties
                .iter()
                .filter_map(|p| Some((p.description.as_deref()?, p.line)));
            if let Some((base, line)) = resource::base_of_inherited_rows(rows) {
                self.base_type = Some(base);
                self.base_type_line = Some(line);
            }
        }
        let keyed_as_entity = self
            .resource_annotation
            .as_ref()
            .and_then(|a| a.text("keyProperty"))
            .is_some_and(|k| k.trim() == rules::ENTITY_KEY_PROPERTY);
        let resource = (is_type_page && !only_named_enums).then(|| ResourceFacts {
            name: qualify(annotated_name.unwrap_or_else(|| {
                resource::type_name(
                    self.heading.as_ref().map(|h| h.0.as_str()),
                    fm.text("title").as_deref(),
                    &self.file,
                )
            })),
            base_type_line: self.base_type_line,
            base_type: self.base_type.take().or(annotated_base),
            description: self.description.clone(),
            properties: std::mem::take(&mut self.properties),
            alternatives: std::mem::take(&mut self.alternatives),
            members: std::mem::take(&mut self.members),
            json_representation: self.json_representation.take(),
            methods: std::mem::take(&mut self.methods),
            keyed_as_entity,
            source: sink.at(title_line),
        });
        let info = PageInfo {
            file: self.file.clone(),
            kind,
            plain_text: self.plain,
            title,
            heading: self.heading.map(|h| h.0),
            description: fm.text("description").or(self.description),
            namespace: self.namespace,
            api_version,
            localization_priority: fm
                .first_text(&["localization_priority", "ms.localizationpriority"]),
            doc_type: self.doc_type,
            front_matter: fm.keys,
            includes: Vec::new(),
        };
        PageFacts {
            info,
            title_line,
            request_lines: self.request_lines,
            related_requests: self.related_requests,
            permissions: self.permissions,
            permissions_include: self.permissions_include,
            path_parameters: self.path_parameters,
            query_parameters: self.query_parameters,
            headers: self.headers,
            request_body: self.request_body,
            responses: self.responses,
            examples: self.examples,
            resource,
            enums,
            link_names: self.link_names,
            type_links: self.type_links,
            diagnostics: sink.diagnostics,
        }
    }

    /// Example statuses that contradict the page: a body shown under a
    /// status that has none (`204 No Content`), or a success status the
    /// response section does not give (`HTTP/1.1 200 OK` where the prose says
    /// `201 Created`), or a body answering a method whose responses have
    /// none (`HEAD`; then also a response type the prose names for it). The
    /// body is still read as the type the example is documented with (see
    /// `Operation::example_type`).
    fn report_example_statuses(&self, sink: &mut Sink) {
        let stated: Vec<u16> = self
            .responses
            .iter()
            .map(|r| r.status)
            .filter(|s| crate::model::is_success(*s))
            .collect();
        let listed = stated
            .iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ");
        // The method a response answers: its request example's, else the
        // page's only one.
        let mut methods = self.request_lines.iter().map(|l| l.method);
        let only = methods.next().filter(|&first| methods.all(|m| m == first));
        if let Some(m) = only.filter(|m| !m.allows_response_body()) {
            for r in self.responses.iter().filter(|r| r.ty.is_some()) {
                sink.report(
                    Code::ConflictingFact,
                    r.source.line,
                    format!("the response section names a body type, but a `{m}` request gets no body; left out"),
                );
            }
        }
        let mut answered = only;
        for ex in &self.examples {
            if ex.kind == ExampleKind::Request {
                answered = ex.method.or(only);
                continue;
            }
            let Some(status) = ex.status else { continue };
            let shows_body =
                ex.body.is_some() || ex.raw_body.as_deref().is_some_and(|b| !b.trim().is_empty());
            let message = if !crate::model::has_body(status) && shows_body {
                format!("the example answers `{status}`, which has no body, but shows one")
            } else if let Some(m) = answered.filter(|m| shows_body && !m.allows_response_body()) {
                format!("the example answers a `{m}` request, which gets no body, but shows one")
            } else if crate::model::is_success(status)
                && !stated.is_empty()
                && !stated.contains(&status)
            {
                format!("the example answers `{status}`, but the response section says {listed}")
            } else {
                continue;
            };
            sink.report_span(
                Code::ConflictingFact,
                ex.source.line + 1,
                &status.to_string(),
                message,
            );
        }
    }

    fn kind(&self) -> PageKind {
        let doc_type = self.doc_type.as_deref().unwrap_or("").to_ascii_lowercase();
        let in_folder = |name: &str| self.in_folder(name);
        // An "HTTP request" section with request lines makes an API page,
        // whatever the front matter says (some API pages carry a resource doc_type).
        let stated_requests = self.http_section_line.is_some() && !self.request_lines.is_empty();
        match doc_type.as_str() {
            _ if stated_requests => PageKind::Api,
            "resourcepagetype" => PageKind::Resource,
            "enumpagetype" => PageKind::Enum,
            "conceptualpagetype" => PageKind::Conceptual,
            // A page filed under resources/ that calls itself an API page but states no request.
            "apipagetype" if self.request_lines.is_empty() && in_folder("resources") => {
                PageKind::Resource
            }
            "apipagetype" => PageKind::Api,
            _ if !self.request_lines.is_empty() => PageKind::Api,
            _ if in_folder("resources") => PageKind::Resource,
            _ if in_folder("api") => PageKind::Api,
            _ => PageKind::Conceptual,
        }
    }

    /// Whether the page is filed under a folder of that name.
    fn in_folder(&self, name: &str) -> bool {
        // Any segment of the path but the file name.
        self.file
            .split('/')
            .rev()
            .skip(1)
            .any(|segment| segment == name)
    }

    /// Whether [`Self::kind`] may still make this a resource or enum page,
    /// from what has been read so far: only such a page's base type is
    /// used, and the search for it in every paragraph of every API page
    /// was 3.6% of all the instructions of a `check`. `false` is final: a
    /// page with request lines under an HTTP section stays an API page, and
    /// the front matter and folder do not change.
    fn may_be_type_page(&self) -> bool {
        if self.http_section_line.is_some() && !self.request_lines.is_empty() {
            return false;
        }
        // Asked for each paragraph: no lower-cased copies.
        let doc_type = self.doc_type.as_deref().unwrap_or("");
        let is = |t: &str| doc_type.eq_ignore_ascii_case(t);
        if is("resourcepagetype") || is("enumpagetype") {
            true
        } else if is("conceptualpagetype") {
            false
        } else {
            self.in_folder("resources")
        }
    }

    /// The version examples and request lines name; the beta disclaimer means beta.
    fn api_version(&self, sink: &mut Sink) -> Option<String> {
        let mut versions: Vec<String> = self
            .examples
            .iter()
            .filter_map(|e| e.url.as_deref().and_then(url_version))
            .collect();
        versions.extend(
            self.request_lines
                .iter()
                .filter_map(|r| r.target.as_ref().ok().and_then(|t| t.version.clone())),
        );
        if self.beta_disclaimer {
            versions.push("beta".to_string());
        }
        versions.sort();
        versions.dedup();
        match versions.len() {
            0 => None,
            1 => versions.pop(),
            _ => {
                sink.report(
                    Code::ConflictingFact,
                    1,
                    format!(
                        "page names several API versions ({}); using beta",
                        versions.join(", ")
                    ),
                );
                Some("beta".to_string())
            }
        }
    }
}

/// Reads a JSON representation block; almost-JSON (trailing commas,
/// `/* relationships */` comments) is repaired and reported.
fn read_representation(code: &CodeBlock, sink: &mut Sink) -> Option<super::Representation> {
    let text = code.text.trim();
    if !crate::limits::check_json(text, "JSON representation", code.first_line, sink) {
        return None;
    }
    let (value, _) = super::examples::read_almost_json(
        text,
        code.first_line,
        "JSON representation",
        "not read",
        sink,
    );
    let value = value?;
    let key_lines = code
        .text
        .lines()
        .enumerate()
        .filter_map(|(n, l)| {
            let key = l.trim_start().strip_prefix('"')?.split_once('"')?.0;
            Some((key.to_string(), code.first_line + n as u32))
        })
        .collect();
    value.is_object().then(|| super::Representation {
        value,
        key_lines,
        line: code.first_line,
    })
}

/// Whether every non-empty line of a block is `METHOD /path`.
fn is_request_block(code: &CodeBlock) -> bool {
    let mut lines = code
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .peekable();
    lines.peek().is_some()
        && lines.all(|l| split_request_line(l).is_some_and(|(_, rest)| rest.starts_with('/')))
}

/// `Bearer {token}. Required.` → `Bearer {token}`.
fn strip_requiredness(text: &str) -> String {
    let mut t = text.trim().to_string();
    for word in ["required", "optional"] {
        let lower = t.to_ascii_lowercase();
        if let Some(at) = lower.rfind(word) {
            if lower[at..].trim_end_matches(['.', ')']).len() == word.len() {
                t.truncate(at);
                t = t
                    .trim_end()
                    .trim_end_matches(['.', ',', '(', ';'])
                    .trim_end()
                    .to_string();
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::typeref::TypeRef;

    #[test]
    fn requiredness_is_stripped_from_header_values() {
        assert_eq!(
            strip_requiredness("Bearer {token}. Required."),
            "Bearer {token}"
        );
        assert_eq!(
            strip_requiredness("application/json. Required."),
            "application/json"
        );
        assert_eq!(strip_requiredness("application/json"), "application/json");
    }

    #[test]
    fn a_small_api_page_end_to_end() {
        let text = "---\ntitle: \"Get thing\"\ndoc_type: apiPageType\n---\n\n# Get thing\n\nNamespace: microsoft.graph\n\nGets a thing.\n\n## HTTP request\n\n```http\nGET /things/{id}\nGET /me/thing\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object.\n\n## Example\n\n### Request\n\n```http\nGET https://graph.microsoft.com/v1.0/things/1\n```\n\n### Response\n\n```http\nHTTP/1.1 200 OK\n\n{\"id\": \"1\"}\n```\n";
        let p = extract_page(Arc::from("api/thing-get.md"), text);
        assert_eq!(p.info.kind, PageKind::Api);
        assert_eq!(p.info.title.as_deref(), Some("Get thing"));
        assert_eq!(p.info.description.as_deref(), Some("Gets a thing."));
        assert_eq!(p.info.namespace.as_deref(), Some("microsoft.graph"));
        assert_eq!(p.info.api_version.as_deref(), Some("v1.0"));
        assert_eq!(p.request_lines.len(), 2);
        assert_eq!(p.request_lines[0].source.line, 15);
        assert_eq!(p.responses[0].status, 200);
        assert_eq!(p.responses[0].ty, Some(TypeRef::named("thing")));
        assert_eq!(p.examples.len(), 2);
        assert_eq!(p.examples[1].body.as_ref().unwrap()["id"], "1");
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
    }
}

#[cfg(test)]
mod bodyless_tests {
    use super::extract_page;
    use std::sync::Arc;

    /// `204 No Content` has no body, whatever type the sentence mentions.
    #[test]
    fn a_no_content_response_has_no_type() {
        let text = "---\ndoc_type: apiPageType\n---\n# Publish\n\n## HTTP request\n\n```http\nPOST /things/{id}/publish\n```\n\n## Response\n\nIf successful, this method returns a `204 No Content` response code and publishes the [thing](../resources/thing.md) object.\n";
        let page = extract_page(Arc::from("api/thing-publish.md"), text);
        let r: Vec<(u16, bool)> = page
            .responses
            .iter()
            .map(|r| (r.status, r.ty.is_some()))
            .collect();
        assert_eq!(r, [(204, false)]);
    }

    /// A body shown under `204 No Content` contradicts the status: reported.
    #[test]
    fn a_no_content_example_with_a_body_is_reported() {
        let text = "---\ndoc_type: apiPageType\n---\n# Update\n\n## HTTP request\n\n```http\nPATCH /things/{id}\n```\n\n## Response\n\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n\n### Response\n\n```http\nHTTP/1.1 204 No Content\nContent-type: application/json\n\n{\"id\": \"1\"}\n```\n";
        let page = extract_page(Arc::from("api/thing-update.md"), text);
        let found =
            crate::diagnostics::coded(&page.diagnostics, crate::diagnostics::Code::ConflictingFact);
        assert_eq!(
            found,
            [(
                21,
                "the example answers `204`, which has no body, but shows one"
            )]
        );
    }

    const HEAD_PAGE: &str = "---\ndoc_type: apiPageType\n---\n# Check a thing\n\n## HTTP request\n\n```http\nHEAD /things/{id}\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.\n\n## Example\n\n### Request\n\n<!-- { \"blockType\": \"request\" } -->\n```http\nHEAD https://graph.microsoft.com/v1.0/things/1\n```\n\n### Response\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.thing\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"1\"}\n```\n";

    /// A response to `HEAD` has no body (RFC 9110): a type or body the page
    /// shows for it is reported, and the operation answers no type.
    #[test]
    fn a_head_request_gets_no_body() {
        let page = extract_page(Arc::from("api/thing-head.md"), HEAD_PAGE);
        let found =
            crate::diagnostics::coded(&page.diagnostics, crate::diagnostics::Code::ConflictingFact);
        assert_eq!(
            found,
            [
                (
                    14,
                    "the response section names a body type, but a `HEAD` request gets no body; left out"
                ),
                (
                    29,
                    "the example answers a `HEAD` request, which gets no body, but shows one"
                )
            ]
        );
        let model = crate::model::model_of_pages(&[("api/thing-head.md", HEAD_PAGE)]);
        let op = &model.operations[0];
        assert_eq!(op.method, crate::model::Method::Head);
        let r: Vec<(u16, bool)> = op
            .responses
            .iter()
            .map(|r| (r.status, r.ty.is_some()))
            .collect();
        assert_eq!(r, [(200, false)]);
    }
}

#[cfg(test)]
mod named_enum_tests {
    use super::extract_page;
    use std::sync::Arc;

    const USER: &str = "---\ndoc_type: resourcePageType\n---\n# user resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| ageGroup | String | The age group. |\n\n### Legal age group property definitions\n\n#### ageGroup values\n\n| Member | Description |\n|:--|:--|\n| null | Default. |\n| minor | A minor. |\n\n## Relationships\n\n| Relationship | Type | Description |\n|:--|:--|:--|\n| manager | [directoryObject](directoryobject.md) | The manager. |\n";

    #[test]
    fn a_values_heading_names_its_own_enum_and_leaves_the_page_type_structured() {
        let page = extract_page(Arc::from("resources/user.md"), USER);
        let user = page.resource.expect("the page's own type");
        assert_eq!(user.name, "user");
        assert!(user.members.is_empty(), "{:?}", user.members);
        let names: Vec<&str> = user.properties.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["ageGroup", "manager"]);
        assert_eq!(page.enums.len(), 1);
        let age = &page.enums[0];
        assert_eq!((age.name.as_str(), age.source.line), ("ageGroup", 16));
        let members: Vec<&str> = age.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(members, ["null", "minor"]);
    }

    /// `group.md`: a value table under `### Group visibility options` lists
    /// the values of `visibility`; the page's type stays a struct.
    #[test]
    fn a_value_table_beside_properties_does_not_make_the_type_an_enum() {
        let text = "---\ndoc_type: resourcePageType\n---\n# group resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| visibility | String | Public or Private. |\n\n### Group visibility options\n\n|Value|Description|\n|:--|:--|\n| Public | Anyone. |\n| Private | Members. |\n";
        let page = extract_page(Arc::from("resources/group.md"), text);
        let group = page.resource.expect("the page's own type");
        assert!(group.members.is_empty(), "{:?}", group.members);
        assert_eq!(group.properties.len(), 1);
    }

    #[test]
    fn a_member_name_with_spaces_is_reported_not_dropped_unseen() {
        let text = "---\ndoc_type: enumPageType\n---\n# color enum type\n\n## Members\n\n| Member | Description |\n|:--|:--|\n| red | Red. |\n| dark blue | Two words. |\n";
        let page = extract_page(Arc::from("resources/color.md"), text);
        let members: Vec<&str> = page
            .resource
            .as_ref()
            .unwrap()
            .members
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(members, ["red"]);
        let d = crate::diagnostics::coded(
            &page.diagnostics,
            crate::diagnostics::Code::InvalidMemberName,
        );
        assert_eq!(
            d,
            [(
                11,
                "enum member `dark blue` is not a wire value (it has spaces); left out"
            )]
        );
    }

    #[test]
    fn a_page_of_named_enums_documents_no_type_of_its_own() {
        let text = "---\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n\n### lifecycleEventType values\n\n|Member|\n|:---|\n|missed|\n|subscriptionRemoved|\n\n### riskLevel values\n\n| Member | Value |\n|:--|:--|\n| low | 0 |\n| high | 1 |\n";
        let page = extract_page(Arc::from("resources/enums.md"), text);
        assert!(page.resource.is_none());
        let got: Vec<(&str, Vec<&str>)> = page
            .enums
            .iter()
            .map(|e| {
                (
                    e.name.as_str(),
                    e.members.iter().map(|m| m.name.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("lifecycleEventType", vec!["missed", "subscriptionRemoved"]),
                ("riskLevel", vec!["low", "high"])
            ]
        );
    }
}
