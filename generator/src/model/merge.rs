//! Stage 2, merging: page facts in, one [`Model`] out. Request lines become
//! operations (one per method a page states); operations that share a method
//! and a path (however the parameters are named) merge, remembering every
//! source; facts that disagree are reported, the first source (in file order)
//! is kept.

use super::infer::{Spelling, TypeTable};
use super::typeref::TypeRef;
use super::{
    Example, ExampleKind, FactOrigin, Grant, Header, Located, Model, Operation, PageKind,
    Parameter, Permissions, Property, RequestBody, Response, SCHEMA_VERSION,
};
use crate::diagnostics::{Code, Diagnostic};
use crate::extract::rules::ROOT_ENTITY_TYPE;
use crate::extract::PageFacts;
use crate::source::SourceRef;
use rayon::prelude::*;

/// Merges the facts of every page into one model.
///
/// The type table is filled page by page in file order (the first source of a
/// fact wins), while each page's operations, which depend on that page alone,
/// are built on the other rayon threads; operations are then merged in file
/// order, so the result does not depend on scheduling.
pub fn build(mut pages: Vec<PageFacts>) -> Model {
    pages.sort_by(|a, b| a.info.file.cmp(&b.info.file));
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    for page in &mut pages {
        diagnostics.append(&mut page.diagnostics);
    }
    super::namespaces::qualify(&mut pages);
    // The operations borrow their examples while the type table reads them;
    // once it has, each example moves to its operation (cloning them cost a
    // quarter of the merge).
    let (types, (mut page_operations, read_responses)): (_, (Vec<_>, Vec<_>)) = rayon::join(
        || type_table(&pages),
        || {
            pages
                .par_iter()
                .map(|p| (keyed_operations(p), super::read_pages::read_response(p)))
                .unzip()
        },
    );
    for (page, ops) in pages.iter_mut().zip(&mut page_operations) {
        move_examples(page, ops);
    }
    let mut operations =
        super::join::merge_operations(page_operations.into_iter().flatten(), &mut diagnostics);

    let mut settled: Vec<Diagnostic> = operations
        .par_iter_mut()
        .flat_map_iter(|op| {
            body_properties_from_examples(op);
            canonicalize(&types, op);
            super::conflicts::resolve(&types, op)
        })
        .collect();
    diagnostics.append(&mut settled);
    let navigations = super::methods::read(&pages, &read_responses, &operations, &types);
    // What is left of the pages (all but their info) is dropped on the
    // other threads while the types are finished.
    let ((mut types, mut type_diagnostics), pages) = rayon::join(
        || types.into_types(),
        || pages.into_par_iter().map(|p| p.info).collect(),
    );
    diagnostics.append(&mut type_diagnostics);
    super::methods::apply(&mut types, navigations, &mut diagnostics);
    // Diagnostics are totally ordered (equal ones are identical), so an
    // unstable sort gives the same list.
    diagnostics.par_sort_unstable();
    diagnostics.dedup();
    operations.par_sort_by(|a, b| a.id.cmp(&b.id));
    Model {
        schema_version: SCHEMA_VERSION,
        pages,
        operations,
        types,
        diagnostics,
    }
}

/// The type table of all pages, in file order: resource pages first (they
/// decide their types' property lists), then API-page tables, then examples,
/// each read with its own page's request and response types (pages merged
/// into one operation may state different ones, e.g. a create page per
/// derived type on one collection).
fn type_table(pages: &[PageFacts]) -> TypeTable {
    let mut types = TypeTable::default();
    for page in pages {
        for r in &page.enums {
            add_resource(&mut types, r);
        }
        if let Some(r) = &page.resource {
            add_resource(&mut types, r);
        }
    }
    types.note_type_pages(
        pages
            .iter()
            .filter_map(|p| p.resource.as_ref())
            .map(|r| (&*r.source.file, r.name.as_str())),
    );
    types.note_link_names(pages.iter().flat_map(|p| &p.link_names));
    for page in pages.iter().filter(|p| p.info.kind == PageKind::Api) {
        add_page_types(&mut types, page);
    }
    default_entity_bases(&mut types, pages);
    types.settle_bases();
    types.enums_from_listed_values();
    types.index_for_examples();
    for page in pages.iter().filter(|p| p.info.kind == PageKind::Api) {
        infer_page_examples(&mut types, page);
    }
    types
}

/// The weakest statement of a base type, taken after every page's: a type
/// whose page shows it to be an entity type descends from the root entity
/// type (see `ResourceFacts::shows_entity_type`), when no page states
/// another base and the pages know the root type (a handful of pages
/// that never mention it keep their types as they are).
fn default_entity_bases(types: &mut TypeTable, pages: &[PageFacts]) {
    if types.get(ROOT_ENTITY_TYPE).is_none() {
        return;
    }
    let entity_types = pages
        .iter()
        .filter_map(|p| p.resource.as_ref())
        .filter(|r| r.shows_entity_type() && !r.name.eq_ignore_ascii_case(ROOT_ENTITY_TYPE));
    for r in entity_types {
        types.infer_base(&r.name, ROOT_ENTITY_TYPE, &r.source);
    }
}

/// A page's operations, each with the keys it merges under.
fn keyed_operations(page: &PageFacts) -> Vec<super::join::KeyedOperation> {
    page_operations(page)
        .into_iter()
        .map(
            |PageOperation {
                 op,
                 path_lines: lines,
                 all_queried,
                 examples,
             }| {
                let keys: Vec<(String, Located<String>)> = op
                    .paths
                    .iter()
                    .zip(lines)
                    .map(|(p, line)| (format!("{} {}", op.method, p.match_key()), line))
                    .collect();
                let survey = all_queried || super::join::is_survey(&op.paths);
                super::join::KeyedOperation {
                    op,
                    keys,
                    survey,
                    examples,
                }
            },
        )
        .collect()
}

/// Moves each of the page's examples into the operation it goes with (see
/// [`PageExample`]), with the type the page gives it.
fn move_examples(page: &mut PageFacts, ops: &mut [super::join::KeyedOperation]) {
    let mut examples: Vec<Option<Example>> = std::mem::take(&mut page.examples)
        .into_iter()
        .map(Some)
        .collect();
    for keyed in ops {
        keyed.op.examples = keyed
            .examples
            .drain(..)
            .filter_map(|PageExample { index, page_type }| {
                let mut e = examples.get_mut(index)?.take()?;
                e.page_type = page_type;
                Some(e)
            })
            .collect();
    }
}

/// One of a page's examples that an operation of the page takes, by its
/// index among the page's: moved in once the type table has read it.
pub(super) struct PageExample {
    /// Its index in the page's examples.
    index: usize,
    /// The type its own page gives its body ([`Example::page_type`]).
    page_type: Option<TypeRef>,
}

/// The operations one page states: one per method among its request lines,
/// each with its request lines and the page's examples it takes (the
/// operation's own list of examples stays empty until they move in).
fn page_operations(page: &PageFacts) -> Vec<PageOperation> {
    if page.info.kind != PageKind::Api {
        return Vec::new();
    }
    let mut methods = Vec::new();
    for line in &page.request_lines {
        if !methods.contains(&line.method) {
            methods.push(line.method);
        }
    }
    let examples_for = assign_examples(&page.examples, &methods);
    methods
        .iter()
        .zip(examples_for)
        .map(|(&method, indexes)| {
            let examples: Vec<&Example> = indexes.iter().map(|&i| &page.examples[i]).collect();
            let mut paths = Vec::new();
            let mut path_lines = Vec::new();
            let mut unresolved = Vec::new();
            let mut query_strings = Vec::new();
            let mut related = Vec::new();
            let lines = || page.request_lines.iter().filter(|l| l.method == method);
            // A line with a query on a path no plain line of the page has
            // (`GET /me?$expand=manager` on the get-manager page) reaches the
            // data through another operation: not a path of this one.
            let plain: Vec<String> = lines()
                .filter_map(|l| l.target.as_ref().ok())
                .filter(|t| t.query.is_none())
                .map(|t| t.path.match_key())
                .collect();
            for line in lines() {
                match &line.target {
                    Ok(t)
                        if t.query.is_some()
                            && !plain.is_empty()
                            && !plain.contains(&t.path.match_key()) =>
                    {
                        related.push(Located {
                            value: request_text(method, t),
                            source: line.source.clone(),
                        });
                    }
                    Ok(t) => {
                        if !paths.contains(&t.path) {
                            paths.push(t.path.clone());
                            path_lines.push(Located {
                                value: request_text(method, t),
                                source: line.source.clone(),
                            });
                        }
                        if let Some(q) = &t.query {
                            query_strings.push(q.clone());
                        }
                    }
                    Err(raw) => unresolved.push(Located {
                        value: raw.clone(),
                        source: line.source.clone(),
                    }),
                }
            }
            let id = match paths.first() {
                Some(p) => format!("{method} {p}"),
                None => format!("{method} {}", page.info.file),
            };
            let path_parameters = path_parameters(&paths, &page.path_parameters, page, method);
            let mut op = Operation {
                id,
                title: page.info.title.clone(),
                description: page.info.description.clone(),
                method,
                paths,
                unresolved_paths: unresolved,
                query_strings,
                related_requests: related,
                api_version: page.info.api_version.clone(),
                permissions: page.permissions.clone(),
                path_parameters,
                query_parameters: page.query_parameters.clone(),
                request_headers: page.headers.clone(),
                request_body: page.request_body.clone(),
                responses: responses(page, examples.iter().copied(), method),
                examples: Vec::new(),
                sources: vec![SourceRef::new(&page.info.file, page.title_line)],
                type_conflicts: Vec::new(),
            };
            // Before other pages merge in: what this page says each example
            // shows (a derived type's page, when merged pages state siblings
            // and the operation takes or answers their base type).
            let taken: Vec<PageExample> = indexes
                .iter()
                .zip(&examples)
                .map(|(&index, e)| PageExample {
                    index,
                    page_type: match e.kind {
                        // Else the type its annotation names (a body shown under
                        // `204 No Content`, which no response type describes).
                        ExampleKind::Response => {
                            op.stated_type(e).cloned().or_else(|| annotation_type(e))
                        }
                        ExampleKind::Request => op.stated_type(e).cloned(),
                    },
                })
                .collect();
            // Calls the page mentions after its request section go with the
            // operation of the same method, else the first.
            let mentioned = page.related_requests.iter().filter(|l| {
                l.method == method || (method == methods[0] && !methods.contains(&l.method))
            });
            op.related_requests.extend(mentioned.map(|l| Located {
                value: match &l.target {
                    Ok(t) => request_text(l.method, t),
                    Err(raw) => format!("{} {raw}", l.method),
                },
                source: l.source.clone(),
            }));
            let all_queried = lines().all(|l| l.target.as_ref().is_ok_and(|t| t.query.is_some()));
            let all_queried = all_queried && !op.paths.is_empty();
            PageOperation {
                op,
                path_lines,
                all_queried,
                examples: taken,
            }
        })
        .collect()
}

/// An operation as one page states it, before it is keyed for merging.
struct PageOperation {
    op: Operation,
    /// The request line of each of its paths, as written.
    path_lines: Vec<Located<String>>,
    /// Whether every request line of it has a query.
    all_queried: bool,
    /// The page's examples it takes.
    examples: Vec<PageExample>,
}

/// A request line as the page writes it: `GET /me?$expand=manager`.
fn request_text(method: super::Method, t: &crate::extract::request::Target) -> String {
    match &t.query {
        Some(q) => format!("{method} {}?{q}", t.path),
        None => format!("{method} {}", t.path),
    }
}

/// Splits a page's examples among its methods: a request goes with its method,
/// a response with the request before it.
/// Each method's examples, by their index among the page's.
fn assign_examples(examples: &[Example], methods: &[super::Method]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = methods.iter().map(|_| Vec::new()).collect();
    if out.is_empty() {
        return out;
    }
    let mut current = 0;
    for (index, e) in examples.iter().enumerate() {
        if let Some(i) = e.method.and_then(|m| methods.iter().position(|x| *x == m)) {
            current = i;
        }
        out[current].push(index);
    }
    out
}

/// Path parameters: one per template parameter, described by the table row of
/// the same name when there is one; table rows for names not in any path are kept too.
fn path_parameters(
    paths: &[super::PathTemplate],
    table: &[Parameter],
    page: &PageFacts,
    method: super::Method,
) -> Vec<Parameter> {
    let mut out: Vec<Parameter> = Vec::new();
    for path in paths {
        for p in path.params() {
            if out.iter().any(|o| o.name == p.name) {
                continue;
            }
            let described = table.iter().find(|t| {
                p.alternatives
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(&t.name))
            });
            let line = page
                .request_lines
                .iter()
                .find(|l| l.method == method)
                .map_or(page.title_line, |l| l.source.line);
            out.push(Parameter {
                name: p.name.clone(),
                ty: described
                    .and_then(|d| d.ty.clone())
                    .or_else(|| Some(TypeRef::named("String"))),
                description: described.and_then(|d| d.description.clone()),
                required: Some(true),
                source: described.map_or_else(
                    || SourceRef::new(&page.info.file, line),
                    |d| d.source.clone(),
                ),
            });
        }
    }
    for t in table {
        if !out.iter().any(|o| o.name.eq_ignore_ascii_case(&t.name)) {
            out.push(t.clone());
        }
    }
    out
}

/// Responses stated in prose, plus statuses only the examples show.
pub(super) fn responses<'e>(
    page: &PageFacts,
    examples: impl IntoIterator<Item = &'e Example>,
    method: super::Method,
) -> Vec<Response> {
    let mut out = page.responses.clone();
    if !method.allows_response_body() {
        // Statuses only: no body to type (extraction reports a page that
        // shows one).
        for r in &mut out {
            r.ty = None;
        }
    }
    for e in examples
        .into_iter()
        .filter(|e| e.kind == ExampleKind::Response)
    {
        let Some(status) = e.status else { continue };
        // An annotation's type on a `204 No Content` example is not a body
        // (extraction drops the prose's for the same reason).
        let ty =
            annotation_type(e).filter(|_| super::has_body(status) && method.allows_response_body());
        match out.iter_mut().find(|r| r.status == status) {
            Some(r) if r.ty.is_none() => r.ty = ty,
            Some(_) => {}
            None => out.push(Response {
                status,
                ty,
                origin: FactOrigin::Example,
                source: e.source.clone(),
            }),
        }
    }
    out.sort_by_key(|r| r.status);
    out
}

/// The type an example's annotation names (`"@odata.type": "microsoft.graph.x"`,
/// `"isCollection": true`, `"@type": "Collection(microsoft.graph.x)"`).
fn annotation_type(e: &Example) -> Option<TypeRef> {
    let a = e.annotation.as_ref()?;
    let raw = crate::extract::rules::ANNOTATION_TYPE_KEYS
        .iter()
        .find_map(|k| a.get(*k)?.as_str())?;
    let q = super::typeref::split_qualified(raw)?;
    let collection = raw.trim().starts_with("Collection(")
        || a.get("isCollection")
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
    Some(TypeRef {
        collection,
        ..TypeRef::named(&q.name)
    })
}

pub(super) fn merge_into(
    into: &mut Operation,
    other: Operation,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let at = other
        .sources
        .first()
        .cloned()
        .expect("every operation has a source");
    into.sources.extend(other.sources);
    for p in other.paths {
        if !into.paths.iter().any(|q| q.match_key() == p.match_key()) {
            into.paths.push(p);
        }
    }
    into.unresolved_paths.extend(other.unresolved_paths);
    into.query_strings.extend(other.query_strings);
    into.related_requests.extend(other.related_requests);
    into.title = into.title.take().or(other.title);
    into.description = into.description.take().or(other.description);
    match (&into.api_version, other.api_version) {
        (None, v) => into.api_version = v,
        (Some(a), Some(b)) if *a != b => diagnostics.push(Diagnostic::at(
            Code::ConflictingFact,
            &at,
            format!(
                "{} is documented as {b} here but as {a} at {}",
                into.id, into.sources[0]
            ),
        )),
        _ => {}
    }
    merge_permissions(
        &mut into.permissions,
        other.permissions,
        &into.id,
        &at,
        diagnostics,
    );
    for h in other.request_headers {
        if !into
            .request_headers
            .iter()
            .any(|x: &Header| x.name.eq_ignore_ascii_case(&h.name))
        {
            into.request_headers.push(h);
        }
    }
    for p in other.path_parameters {
        if !into
            .path_parameters
            .iter()
            .any(|x| x.name.eq_ignore_ascii_case(&p.name))
        {
            into.path_parameters.push(p);
        }
    }
    for p in other.query_parameters {
        if !into
            .query_parameters
            .iter()
            .any(|x| x.name.eq_ignore_ascii_case(&p.name))
        {
            into.query_parameters.push(p);
        }
    }
    into.request_body = match (into.request_body.take(), other.request_body) {
        (None, b) | (b, None) => b,
        (Some(mut a), Some(b)) => {
            merge_body(&mut a, b, &mut into.type_conflicts);
            Some(a)
        }
    };
    for r in other.responses {
        match into.responses.iter_mut().find(|x| x.status == r.status) {
            None => into.responses.push(r),
            Some(x) => match (&x.ty, &r.ty) {
                (None, Some(_)) => x.ty = r.ty,
                (Some(a), Some(b))
                    if !a.name.eq_ignore_ascii_case(&b.name) || a.collection != b.collection =>
                {
                    into.type_conflicts.push(super::TypeConflict {
                        status: Some(r.status),
                        ty: b.clone(),
                        source: r.source.clone(),
                        first: x.source.clone(),
                    })
                }
                _ => {}
            },
        }
    }
    into.responses.sort_by_key(|r| r.status);
    into.examples.extend(other.examples);
}

fn merge_body(
    into: &mut RequestBody,
    other: RequestBody,
    conflicts: &mut Vec<super::TypeConflict>,
) {
    into.empty |= other.empty;
    match (&into.ty, other.ty) {
        (None, t) => into.ty = t,
        (Some(a), Some(b)) if !a.name.eq_ignore_ascii_case(&b.name) => {
            conflicts.push(super::TypeConflict {
                status: None,
                ty: b,
                source: other.source.clone(),
                first: into.source.clone(),
            })
        }
        _ => {}
    }
    for p in other.properties {
        if !into.properties.iter().any(|x| x.name == p.name) {
            into.properties.push(p);
        }
    }
}

/// Merges another page's permissions into an operation's. Pages merged
/// into one operation document different facets of one call (`user-get.md`
/// and the Intune pages on `GET /users/{id}`; a page per extension type on
/// `POST /me/calendar/events`), each with the scopes its facet needs, so the
/// operation lists every scope any of its pages lists (the first page's
/// first, in order), and a permission type one page supports is supported.
/// A difference is a `merged-permissions` note, not a conflict: dropping one
/// page's scopes would make the client docs name the wrong permissions.
fn merge_permissions(
    into: &mut Permissions,
    other: Permissions,
    id: &str,
    at: &SourceRef,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let slots = [
        (
            "delegated (work or school account)",
            &mut into.delegated_work,
            other.delegated_work,
        ),
        (
            "delegated (personal Microsoft account)",
            &mut into.delegated_personal,
            other.delegated_personal,
        ),
        ("application", &mut into.application, other.application),
    ];
    for (label, mine, theirs) in slots {
        let before = grant_text(mine);
        let stated = grant_text(&theirs);
        let changed = match (&mut *mine, theirs) {
            (Grant::Unknown, theirs) => {
                *mine = theirs;
                false
            }
            (_, Grant::Unknown) | (Grant::NotSupported { .. }, Grant::NotSupported { .. }) => false,
            (Grant::NotSupported { .. }, theirs @ Grant::Scopes { .. }) => {
                *mine = theirs;
                true
            }
            (Grant::Scopes { .. }, Grant::NotSupported { .. }) => true,
            (
                Grant::Scopes {
                    scopes,
                    higher_privileged,
                    ..
                },
                Grant::Scopes {
                    scopes: more,
                    higher_privileged: more_higher,
                    ..
                },
            ) => {
                let listed =
                    |list: &[String], s: &str| list.iter().any(|x| x.eq_ignore_ascii_case(s));
                let mut changed = false;
                for s in more {
                    if !listed(scopes, &s) {
                        higher_privileged.retain(|h| !h.eq_ignore_ascii_case(&s));
                        scopes.push(s);
                        changed = true;
                    }
                }
                for s in more_higher {
                    if !listed(scopes, &s) && !listed(higher_privileged, &s) {
                        higher_privileged.push(s);
                        changed = true;
                    }
                }
                changed
            }
        };
        if changed {
            diagnostics.push(Diagnostic::at(
                Code::MergedPermissions,
                at,
                format!(
                    "{id}: this page lists {label} permissions {stated}, another page of the operation {before}; the operation lists {}",
                    grant_text(mine)
                ),
            ));
        }
    }
}

fn grant_text(g: &Grant) -> String {
    match g {
        Grant::Scopes { scopes, .. } => scopes.join(", "),
        Grant::NotSupported { .. } => "not supported".into(),
        Grant::Unknown => "unknown".into(),
    }
}

fn add_resource(types: &mut TypeTable, r: &crate::extract::ResourceFacts) {
    let name = r.name.clone();
    types.mark_resource_page(&name);
    if let Some(base) = &r.base_type {
        types.entry(base, Spelling::Stated, &r.source);
    }
    if let Some(base) = &r.base_type {
        let line = r.base_type_line.unwrap_or(r.source.line);
        types.state_base(&name, base, &SourceRef::new(&r.source.file, line));
    }
    if let Some(def) = types.entry(&name, Spelling::ResourcePage, &r.source) {
        def.documented = true;
        def.description = def.description.take().or_else(|| r.description.clone());
        for m in &r.members {
            if !def.members.iter().any(|x| x.name == m.name) {
                def.members.push(m.clone());
            }
        }
    }
    for p in &r.properties {
        types.add_stated(&name, p.clone());
        reference(types, &p.ty, &p.source_ref());
    }
    types.note_alternatives(&name, &r.alternatives);
    if let Some(rep) = &r.json_representation {
        cross_check_representation(types, r, rep);
    }
}

/// Compares a resource page's tables with its JSON representation: a property
/// only the representation shows is reported and kept (typed from its
/// placeholder value); a plain property only the table shows is reported.
fn cross_check_representation(
    types: &mut TypeTable,
    r: &crate::extract::ResourceFacts,
    rep: &crate::extract::Representation,
) {
    let Some(map) = rep.value.as_object() else {
        return;
    };
    let line_of = |key: &str| {
        rep.key_lines
            .iter()
            .find(|(k, _)| k == key)
            .map_or(rep.line, |(_, l)| *l)
    };
    let in_table = |key: &str| {
        r.properties
            .iter()
            .any(|p| p.name.eq_ignore_ascii_case(key))
    };
    // Upper-case names are example members of an open type
    // (`fieldValueSet`: `Author`, `Color`), not properties.
    let example_members = crate::extract::rules::not_property_names(map.keys().map(String::as_str));
    for (key, value) in map {
        if key.starts_with('@')
            || key.contains('@')
            || in_table(key)
            || !r.members.is_empty()
            || example_members
        {
            continue;
        }
        let source = SourceRef::new(&r.source.file, line_of(key));
        types.diagnostics.push(
            Diagnostic::at(
                Code::RepresentationMismatch,
                &source,
                format!(
                    "`{}.{key}` is in the JSON representation but in no property table",
                    r.name
                ),
            )
            .quoting(&format!("\"{key}\"")),
        );
        let ty =
            crate::extract::resource::representation_type(value).unwrap_or_else(TypeRef::untyped);
        let prop = Property {
            name: key.clone(),
            ty,
            required: None,
            description: None,
            navigation: false,
            source: FactOrigin::JsonRepresentation,
            file: source.file.clone(),
            line: source.line,
            provenance: Default::default(),
            metadata: None,
        };
        types.add_stated(&r.name, prop);
    }
    for p in r.properties.iter().filter(|p| !p.navigation) {
        if !map.keys().any(|k| k.eq_ignore_ascii_case(&p.name)) {
            types.diagnostics.push(
                Diagnostic::at(
                    Code::RepresentationMismatch,
                    &p.source_ref(),
                    format!(
                        "`{}.{}` is in the property table but not in the JSON representation",
                        r.name, p.name
                    ),
                )
                .quoting(&p.name),
            );
        }
    }
}

/// Makes sure a referenced (non-primitive) type has an entry.
fn reference(types: &mut TypeTable, ty: &TypeRef, source: &SourceRef) {
    types.entry(&ty.name, Spelling::Stated, source);
}

/// Types an API page states: its request body table (when the body is a
/// named type), and every type it references.
fn add_page_types(types: &mut TypeTable, page: &PageFacts) {
    if let Some(body) = &page.request_body {
        if let Some(ty) = &body.ty {
            reference(types, ty, &body.source);
            // Rows "Inherited from" a type state the body type's base, as on
            // a resource page (whose statement comes first).
            let rows = body
                .properties
                .iter()
                .filter_map(|p| Some((p.description.as_deref()?, p.line)));
            if let Some((base, line)) = crate::extract::resource::base_of_inherited_rows(rows) {
                if !types.has_resource_page(&ty.name) {
                    types.state_base(&ty.name, &base, &SourceRef::new(&page.info.file, line));
                }
            }
            for p in &body.properties {
                if !ty.is_primitive() && !ty.collection {
                    types.add_from_api_table(&ty.name, p.clone());
                }
            }
        }
        for p in &body.properties {
            reference(types, &p.ty, &p.source_ref());
        }
    }
    for r in &page.responses {
        if let Some(ty) = &r.ty {
            types.entry(&ty.name, Spelling::Stated, &r.source);
        }
    }
}

/// Walks each example body of a page as the type the page gives it: request
/// bodies as the request-body type, responses as their annotation's type or
/// the type the page states for their status.
fn infer_page_examples(types: &mut TypeTable, page: &PageFacts) {
    let body_type = page.request_body.as_ref().and_then(|b| b.ty.clone());
    for e in &page.examples {
        let Some(body) = &e.body else { continue };
        let ty = match e.kind {
            ExampleKind::Request => body_type.clone(),
            ExampleKind::Response => annotation_type(e).or_else(|| {
                let typed = page.responses.iter().filter(|r| r.ty.is_some());
                let mut typed = typed.peekable();
                let by_status = page
                    .responses
                    .iter()
                    .find(|r| Some(r.status) == e.status && r.ty.is_some());
                by_status
                    .or_else(|| typed.next())
                    .and_then(|r| r.ty.clone())
            }),
        };
        if let Some(t) = &ty {
            let spelling = if annotation_type(e).is_some() {
                Spelling::Annotation
            } else {
                Spelling::Stated
            };
            types.entry(&t.name, spelling, &e.source);
        }
        types.infer_from_example(e, body, ty.as_ref());
    }
}

/// Without a request-body table, the request examples' properties become the
/// body's properties (inferred from their JSON values): each as the first
/// example that shows it says, where an empty list (`"groupTypes": []`) says
/// nothing of its elements, so a later example with elements types it.
fn body_properties_from_examples(op: &mut Operation) {
    let Some(body) = op.request_body.as_mut() else {
        return;
    };
    if !body.properties.is_empty() {
        return;
    }
    // Indexes of properties only empty lists have shown so far.
    let mut shown_empty: Vec<usize> = Vec::new();
    for e in op
        .examples
        .iter()
        .filter(|e| e.kind == ExampleKind::Request)
    {
        let Some(serde_json::Value::Object(map)) = &e.body else {
            continue;
        };
        for (key, value) in map {
            if key.starts_with('@') {
                continue;
            }
            let empty = value.as_array().is_some_and(Vec::is_empty);
            let known = body.properties.iter().position(|p| &p.name == key);
            let refill = known.filter(|i| !empty && shown_empty.contains(i));
            if known.is_some() && refill.is_none() {
                continue;
            }
            let Some(ty) = super::infer::kind_of(value) else {
                continue;
            };
            let line = e
                .key_lines
                .iter()
                .find(|(k, _)| k == key)
                .map_or(e.body_line, |(_, l)| *l);
            if let Some(i) = refill {
                shown_empty.retain(|&j| j != i);
                let p = &mut body.properties[i];
                (p.ty, p.file, p.line) = (ty, e.source.file.clone(), line);
                continue;
            }
            if empty {
                shown_empty.push(body.properties.len());
            }
            body.properties.push(Property {
                name: key.clone(),
                ty,
                required: None,
                description: None,
                navigation: false,
                source: FactOrigin::Example,
                file: e.source.file.clone(),
                line,
                provenance: Default::default(),
                metadata: None,
            });
        }
    }
}

/// Spells every type reference of an operation as the type table does.
fn canonicalize(types: &TypeTable, op: &mut Operation) {
    let fix = |t: &mut TypeRef| t.name = types.canonical(&t.name);
    if let Some(b) = op.request_body.as_mut() {
        b.ty.as_mut().map(fix);
        b.properties.iter_mut().for_each(|p| fix(&mut p.ty));
    }
    for r in &mut op.responses {
        r.ty.as_mut().map(fix);
    }
    for e in &mut op.examples {
        e.page_type.as_mut().map(fix);
    }
    for p in op
        .path_parameters
        .iter_mut()
        .chain(op.query_parameters.iter_mut())
    {
        p.ty.as_mut().map(fix);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scopes(list: &[&str], line: u32) -> Grant {
        Grant::Scopes {
            scopes: list.iter().map(|s| s.to_string()).collect(),
            higher_privileged: Vec::new(),
            source: SourceRef::new(&"a.md".into(), line),
        }
    }

    fn listed(g: &Grant) -> Vec<&str> {
        match g {
            Grant::Scopes { scopes, .. } => scopes.iter().map(String::as_str).collect(),
            _ => panic!("{g:?}"),
        }
    }

    /// `GET /users/{id}`: an Intune page lists device scopes, `user-get.md`
    /// lists user scopes and supports personal accounts the Intune page does
    /// not: the operation lists both pages' scopes, first page first, and
    /// each difference is noted at the later page.
    #[test]
    fn merged_pages_union_their_permissions() {
        let mut into = Permissions {
            delegated_work: scopes(&["DeviceManagementManagedDevices.Read.All"], 3),
            delegated_personal: Grant::NotSupported {
                source: SourceRef::new(&"a.md".into(), 4),
            },
            application: scopes(&["User.Read.All"], 5),
        };
        let other = Permissions {
            delegated_work: scopes(
                &["User.Read", "devicemanagementmanageddevices.read.all"],
                13,
            ),
            delegated_personal: scopes(&["User.Read"], 14),
            application: scopes(&["User.Read.All"], 15),
        };
        let at = SourceRef::new(&"user-get.md".into(), 10);
        let mut diagnostics = Vec::new();
        merge_permissions(&mut into, other, "GET /users/{id}", &at, &mut diagnostics);
        assert_eq!(
            listed(&into.delegated_work),
            ["DeviceManagementManagedDevices.Read.All", "User.Read"]
        );
        assert_eq!(listed(&into.delegated_personal), ["User.Read"]);
        assert_eq!(listed(&into.application), ["User.Read.All"]);
        assert_eq!(diagnostics.len(), 2, "{diagnostics:#?}");
        assert!(diagnostics
            .iter()
            .all(|d| d.code == Code::MergedPermissions && d.source == at));
        assert!(diagnostics[0]
            .message
            .contains("the operation lists DeviceManagementManagedDevices.Read.All, User.Read"));
        // Unknown takes the other page's word silently; equal lists say nothing.
        let mut empty = Permissions::default();
        let mut diagnostics = Vec::new();
        merge_permissions(&mut empty, into.clone(), "x", &at, &mut diagnostics);
        merge_permissions(&mut empty, into.clone(), "x", &at, &mut diagnostics);
        assert_eq!(empty, into);
        assert!(diagnostics.is_empty());
    }

    /// A page with the root entity's key as its annotation's key, or with an
    /// `id` and operations, shows an entity type: with no base stated
    /// anywhere it inherits from `entity`, marked as read, not stated. An
    /// `id` alone (complex types have them) and a stated base are left as
    /// they are; pages that never name `entity` get no such base.
    #[test]
    fn types_the_pages_show_to_be_entities_inherit_from_entity_unless_a_base_is_stated() {
        use crate::model::{model_of_pages, resource_page};
        let keyed = |name: &str, inherits: Option<&str>| {
            format!(
                "{}\n<!-- {{ \"blockType\": \"resource\", \"keyProperty\": \"id\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->\n```json\n{{ \"id\": \"String\" }}\n```\n",
                resource_page(name, inherits, &[("id", "String")])
            )
        };
        let with_methods = resource_page("gizmo", None, &[("id", "String")]).replace(
            "## Properties",
            "## Methods\n\n| Method | Return type | Description |\n|:--|:--|:--|\n| [Get gizmo](../api/gizmo-get.md) | [gizmo](gizmo.md) | Read one. |\n\n## Properties",
        );
        let pages = [
            ("resources/entity.md", keyed("entity", None)),
            ("resources/widget.md", keyed("widget", None)),
            ("resources/gadget.md", keyed("gadget", Some("widget"))),
            ("resources/gizmo.md", with_methods),
            (
                "resources/thing.md",
                resource_page("thing", None, &[("id", "String")]),
            ),
        ];
        let model = model_of_pages(&pages);
        let base = |name: &str| {
            let t = model.types.iter().find(|t| t.name == name).unwrap();
            (t.base_type.as_deref(), t.base_type_inferred)
        };
        assert_eq!(base("entity"), (None, false));
        assert_eq!(base("widget"), (Some("entity"), true));
        assert_eq!(base("gadget"), (Some("widget"), false));
        assert_eq!(base("gizmo"), (Some("entity"), true));
        assert_eq!(base("thing"), (None, false));
        let json = serde_json::to_value(&model).unwrap();
        let widget = json["types"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == "widget")
            .unwrap();
        assert_eq!(widget["baseTypeInferred"], true);
        assert!(model
            .diagnostics
            .iter()
            .all(|d| d.code != Code::InvalidBaseType));

        // Without a page naming the root entity type, nothing is read.
        let model = model_of_pages(&pages[1..2]);
        assert_eq!(model.types[0].base_type, None);
    }
}
