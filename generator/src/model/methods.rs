//! Relationships that a resource page shows only through its Methods table.
//!
//! A Relationships table often leaves out a navigation property that the same
//! page's Methods table reads: `user.md` lists no `joinedTeams`, but its row
//! `[List joinedTeams](../api/user-list-joinedteams.md) | [team](team.md) collection`
//! links an API page whose request is `GET /users/{id}/joinedTeams`. The two
//! facts together (a row that reads, by its verb, and a path whose last
//! segment, after a key or a singleton, is a name the row text repeats) state
//! the relationship `joinedTeams: Collection(team)`. The same evidence makes a
//! collection of a relationship the table types as single (`printer.connectors`
//! listed as `printConnector`, read by `List connectors`). When the row's API
//! page is not among those read, the row alone still does that much for a
//! relationship the table names (the row text ends with its name), but adds
//! none: only a path spells a new one's name as the service does.
//!
//! A row counts only when its API page is one of the type's own (named after
//! the resource page, see [`OWN_API_PAGE_SEPARATOR`]) and, for a new
//! relationship, when it reads another type than the page's own (`List
//! calendars` on `calendar.md` lists calendars from their parent, it is not a
//! relationship of `calendar`).
//!
//! This runs on the merged model, because a row's evidence is on another page.

use super::infer::TypeTable;
use super::{FactOrigin, Operation, Property, TypeDef, TypeRef};
use crate::diagnostics::{Code, Diagnostic};
use crate::extract::rules::{
    COLLECTION_READ_VERB, OWN_API_PAGE_SEPARATOR, RELATIONSHIP_READ_VERBS,
};
use crate::extract::typecell::page_stem as file_stem;
use crate::extract::PageFacts;
use crate::input;
use crate::model::http::Method;
use crate::source::SourceRef;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// A relationship a Methods row documents: on `owner`, named `name`, of type `ty`.
#[derive(Debug, Clone, PartialEq)]
pub struct Navigation {
    /// The resource page's type (canonical spelling).
    pub owner: String,
    /// The relationship's name as the API page's path spells it.
    pub name: String,
    /// The row's return type (canonical spelling).
    pub ty: TypeRef,
    /// What documents it, for diagnostics: "the Methods row `List joinedTeams`"
    /// or "the API page `user-list-chats.md`".
    pub evidence: String,
    /// The text on the source line that shows it (the row text, or the
    /// path segment on the request line), underlined by diagnostics.
    pub quote: String,
    /// Whether a table that types the relationship as single keeps it so. A
    /// Methods row's `List` verb reads a collection and overrules the table;
    /// an API page overrules it only when its name's verb (`-list-`) and its
    /// response both say collection (`user-list-manager.md` reads the single
    /// `manager`; `orgcontact-get-manager.md` says "a collection" of it).
    pub table_wins: bool,
    /// The linked operation's description, for the property's docs.
    pub description: Option<String>,
    /// The row, or the API page's request line.
    pub source: SourceRef,
}

/// The relationships every resource page's Methods rows document, in page
/// and row order. `types` spells the names (and must already hold every
/// page's type); `operations` are the merged operations, found by the file
/// each row links.
pub fn read(
    pages: &[PageFacts],
    read_responses: &[Option<TypeRef>],
    operations: &[Operation],
    types: &TypeTable,
) -> Vec<Navigation> {
    let mut reads: HashMap<&str, Vec<&Operation>> = HashMap::new();
    for op in operations.iter().filter(|op| op.method == Method::Get) {
        for s in &op.sources {
            reads.entry(&s.file).or_default().push(op);
        }
    }
    let mut out = Vec::new();
    for page in pages {
        let Some(resource) = page.resource.as_ref().filter(|r| !r.methods.is_empty()) else {
            continue;
        };
        let owner = types.canonical(&resource.name);
        let stem = file_stem(&page.info.file);
        // Built at the first row whose API page is not read, once per page
        // (a scan of every relationship per row is quadratic in a hostile page).
        let mut singles: Option<SingleRelationships> = None;
        for row in &resource.methods {
            let Some(ty) = row.ty.as_ref().filter(|t| !t.is_primitive()) else {
                continue;
            };
            let Some(verb) = read_verb(&row.text) else {
                continue;
            };
            let own_page = file_stem(&row.page)
                .strip_prefix(stem)
                .is_some_and(|rest| rest.starts_with(OWN_API_PAGE_SEPARATOR));
            let Some(known) = types.get(&ty.name).filter(|_| own_page) else {
                continue;
            };
            let target = linked_file(&page.info.file, &row.page);
            let Some(ops) = reads.get(&*target) else {
                // The API page is not among those read: the row alone still
                // makes a collection of a relationship the table names and
                // types as single (`List connectors` for `connectors`).
                let singles = singles.get_or_insert_with(|| SingleRelationships::of(types, &owner));
                out.extend(
                    singles
                        .listed(row, &known.name, verb)
                        .map(|name| Navigation {
                            owner: owner.clone(),
                            name,
                            ty: TypeRef::collection_of(&known.name),
                            evidence: format!("the Methods row `{}`", row.text),
                            table_wins: false,
                            quote: row.text.clone(),
                            description: None,
                            source: SourceRef::new(&page.info.file, row.line),
                        }),
                );
                continue;
            };
            let Some((name, op)) = ops.iter().find_map(|op| {
                op.paths
                    .iter()
                    .find_map(|p| relationship_segment(&p.to_string()))
                    .filter(|name| names_it(&row.text, name))
                    .map(|name| (name, *op))
            }) else {
                continue;
            };
            out.push(Navigation {
                owner: owner.clone(),
                name,
                ty: TypeRef {
                    name: known.name.clone(),
                    collection: ty.collection || verb.eq_ignore_ascii_case(COLLECTION_READ_VERB),
                },
                evidence: format!("the Methods row `{}`", row.text),
                table_wins: false,
                quote: row.text.clone(),
                description: op.description.clone(),
                source: SourceRef::new(&page.info.file, row.line),
            });
        }
    }
    out.extend(super::read_pages::navigations(pages, read_responses, types));
    out
}

/// The relationships a type's table states as single values, by type
/// (lower-cased), each with its name squeezed (see [`squeeze`]): what a
/// Methods row whose API page is not read can make a collection of.
struct SingleRelationships(HashMap<String, Vec<(String, String)>>);

impl SingleRelationships {
    fn of(types: &TypeTable, owner: &str) -> Self {
        let mut by_type: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for p in types.get(owner).into_iter().flat_map(|t| &t.properties) {
            if p.navigation && !p.ty.collection {
                by_type
                    .entry(p.ty.name.to_ascii_lowercase())
                    .or_default()
                    .push((squeeze(&p.name), p.name.clone()));
            }
        }
        SingleRelationships(by_type)
    }

    /// The relationship (typed `ty`, single) that a Methods row reading a
    /// collection ends with (`List connectors` names `connectors`; see
    /// [`ends_with_name`]), when the row's API page is not among those read.
    /// Only a relationship the table states: with no request path to show
    /// the name as the service spells it, the row adds none.
    fn listed(&self, row: &crate::extract::MethodRow, ty: &str, verb: &str) -> Option<String> {
        let reads_collection = verb.eq_ignore_ascii_case(COLLECTION_READ_VERB)
            || row.ty.as_ref().is_some_and(|t| t.collection);
        if !reads_collection {
            return None;
        }
        let candidates = self.0.get(&ty.to_ascii_lowercase())?;
        let text = squeeze(&row.text);
        candidates
            .iter()
            .find(|(name, _)| ends_with_name(&text, name))
            .map(|(_, name)| name.clone())
    }
}

/// A name or row text compared without spaces, punctuation or case.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether the row text ends with the relationship's name (both
/// [`squeeze`]d), or would with a plural `s` (`List all hosted content` for
/// `hostedContents`); not with the name's own plural (`List photos` is not
/// `photo`, a sibling of `photos`).
fn ends_with_name(text: &str, name: &str) -> bool {
    name.len() >= 3
        && (text.ends_with(name)
            || name
                .strip_suffix('s')
                .is_some_and(|stem| text.ends_with(stem)))
}

/// Adds each documented relationship its owner does not have (on itself or a
/// base type), and makes a collection of one the owner's table types as
/// single when the row reads a collection of the same type. Each change is a
/// diagnostic at the row (`untabulated-relationship`) or at the table row
/// (`conflicting-fact`). `types` is sorted by name.
pub fn apply(
    types: &mut [TypeDef],
    navigations: Vec<Navigation>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for nav in navigations {
        let Ok(owner) = types.binary_search_by(|t| t.name.as_str().cmp(&nav.owner)) else {
            continue;
        };
        if let Some(existing) = inherited(types, owner, &nav.name) {
            let p = &mut types[existing.0].properties[existing.1];
            if existing.0 == owner
                && !nav.table_wins
                && p.navigation
                && nav.ty.collection
                && !p.ty.collection
                && p.ty.name.eq_ignore_ascii_case(&nav.ty.name)
            {
                p.ty.collection = true;
                diagnostics.push(
                    Diagnostic::new(
                        Code::ConflictingFact,
                        &p.file,
                        p.line,
                        format!(
                            "`{}.{}`: the table says `{}`, but {} ({}) reads a collection; read as `{} collection`",
                            nav.owner, p.name, p.ty.name, nav.evidence, nav.source, p.ty.name
                        ),
                    )
                    .quoting_after(&p.name, &p.ty.name),
                );
            }
            continue;
        }
        if nav.ty.name.eq_ignore_ascii_case(&nav.owner) {
            // `List calendars` on `calendar.md`: read from a parent, not a relationship.
            continue;
        }
        diagnostics.push(
            Diagnostic::at(
                Code::UntabulatedRelationship,
                &nav.source,
                format!(
                    "`{}.{}` is in no table; {} reads it (a `{}`{}); added as a relationship",
                    nav.owner,
                    nav.name,
                    nav.evidence,
                    nav.ty.name,
                    if nav.ty.collection { " collection" } else { "" }
                ),
            )
            .quoting(&nav.quote),
        );
        types[owner].properties.push(Property {
            name: nav.name,
            ty: nav.ty,
            required: None,
            description: nav.description,
            navigation: true,
            source: FactOrigin::Table,
            file: nav.source.file.clone(),
            line: nav.source.line,
            provenance: Default::default(),
            metadata: None,
        });
    }
}

/// `(type index, property index)` of `name` (case-insensitive) on the type at
/// `at` or along its base types.
fn inherited(types: &[TypeDef], at: usize, name: &str) -> Option<(usize, usize)> {
    let mut current = Some(at);
    let mut steps = 0;
    while let Some(i) = current {
        if let Some(j) = types[i]
            .properties
            .iter()
            .position(|p| p.name.eq_ignore_ascii_case(name))
        {
            return Some((i, j));
        }
        steps += 1;
        if steps > types.len() {
            return None; // a base-type cycle
        }
        current = types[i]
            .base_type
            .as_deref()
            .and_then(|b| types.binary_search_by(|t| t.name.as_str().cmp(b)).ok());
    }
    None
}

/// The row text's first word when it is a verb that reads (see [`RELATIONSHIP_READ_VERBS`]).
pub(super) fn read_verb(text: &str) -> Option<&str> {
    text.split_whitespace().next().filter(|w| {
        RELATIONSHIP_READ_VERBS
            .iter()
            .any(|v| w.eq_ignore_ascii_case(v))
    })
}

/// Whether the row text names the segment: `List transitive memberOf` names
/// `transitiveMemberOf`, `List all hosted content` names `hostedContents`
/// (compared without spaces, case or a plural `s`).
pub(super) fn names_it(text: &str, segment: &str) -> bool {
    let text = squeeze(text);
    let segment = squeeze(segment);
    let stem = segment.strip_suffix('s').unwrap_or(&segment);
    stem.len() >= 3 && text.contains(stem)
}

/// The relationship a `GET` path reads: its last segment when that is a
/// plain name following a key (`/users/{id}/joinedTeams`) or a leading
/// singleton (`/me/joinedTeams`), `$ref` removed. Not for a key, a function
/// call, a cast or `$value`.
pub(super) fn relationship_segment(path: &str) -> Option<String> {
    let path = path.strip_suffix("/$ref").unwrap_or(path);
    let pieces: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let [before @ .., previous, last] = pieces.as_slice() else {
        return None;
    };
    let plain = last.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && last.chars().all(|c| c.is_ascii_alphanumeric());
    let after_key = previous.starts_with('{') || previous.starts_with('<');
    (plain && (after_key || before.is_empty())).then(|| last.to_string())
}

/// The display name of the page a link on `from` points to, lexically
/// resolved (`../shared/v1.0/resources/user.md` + `../api/x.md` →
/// `../shared/v1.0/api/x.md`), in the form pages are named.
fn linked_file(from: &str, dest: &str) -> Arc<str> {
    let dir = Path::new(from).parent().unwrap_or(Path::new(""));
    input::display_name(&input::join_lexically(dir, Path::new(dest)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relationship_is_the_last_name_after_a_key_or_singleton() {
        let seg = |p| relationship_segment(p);
        assert_eq!(
            seg("/users/{id | userPrincipalName}/joinedTeams").as_deref(),
            Some("joinedTeams")
        );
        assert_eq!(seg("/me/joinedTeams").as_deref(), Some("joinedTeams"));
        assert_eq!(seg("/groups/{id}/members/$ref").as_deref(), Some("members"));
        assert_eq!(seg("/users/delta"), Some("delta".into())); // the row's verb rules it out
        assert_eq!(seg("/users/{id}/messages/{id}"), None);
        assert_eq!(seg("/users/{id}/photo/$value"), None);
        assert_eq!(seg("/users/{id}/microsoft.graph.delta()"), None);
        assert_eq!(seg("/a/b/c"), None);
        assert_eq!(seg("/users"), None);
    }

    #[test]
    fn row_text_must_read_and_name_the_segment() {
        assert_eq!(read_verb("List joinedTeams"), Some("List"));
        assert_eq!(read_verb("get photo"), Some("get"));
        assert_eq!(read_verb("delta"), None);
        assert_eq!(read_verb("Create team"), None);
        assert_eq!(
            file_stem("../api/user-list-joinedteams.md"),
            "user-list-joinedteams"
        );
        assert!(names_it("List transitive memberOf", "transitiveMemberOf"));
        assert!(names_it("List all hosted content", "hostedContents"));
        assert!(names_it("List replies to message", "replies"));
        assert!(!names_it("List users", "delta"));
        assert!(!names_it("Get s", "s"));
    }

    /// A user page whose Methods table reads `joinedTeams` (no table lists it)
    /// and `memberOf` (listed as single), and lists `calendars` of its own
    /// type and tasks through another type's page (neither is a relationship).
    #[test]
    fn methods_rows_add_relationships_and_collections() {
        let dir = tempfile::tempdir().unwrap();
        let (api, resources) = (dir.path().join("api"), dir.path().join("resources"));
        std::fs::create_dir_all(&api).unwrap();
        std::fs::create_dir_all(&resources).unwrap();
        let fence = "```";
        let page = |title: &str, method: &str, path: &str| {
            format!("---\ndoc_type: apiPageType\n---\n# {title}\n\nGets things.\n\n## HTTP request\n\n{fence}http\n{method} {path}\n{fence}\n")
        };
        for (file, title, method, path) in [
            (
                "user-list-joinedteams.md",
                "List joinedTeams",
                "GET",
                "/users/{id}/joinedTeams",
            ),
            (
                "user-list-memberof.md",
                "List memberOf",
                "GET",
                "/me/memberOf",
            ),
            ("user-list.md", "List users", "GET", "/users"),
            ("user-delta.md", "delta", "GET", "/users/delta"),
            (
                "todotasklist-list-tasks.md",
                "List tasks",
                "GET",
                "/me/todo/lists/{id}/tasks",
            ),
        ] {
            std::fs::write(api.join(file), page(title, method, path)).unwrap();
        }
        std::fs::write(
            resources.join("user.md"),
            "---\ndoc_type: resourcePageType\n---\n# user resource type\n\nNamespace: microsoft.graph\n\nA user.\n\n## Methods\n\n| Method | Return Type | Description |\n|:--|:--|:--|\n| [List joinedTeams](../api/user-list-joinedteams.md) | [team](team.md) | Teams. |\n| [List memberOf](../api/user-list-memberof.md) | [group](group.md) collection | Groups. |\n| [List users](../api/user-list.md) | [user](user.md) collection | Users. |\n| [delta](../api/user-delta.md) | [user](user.md) collection | Changes. |\n| [List tasks](../api/todotasklist-list-tasks.md) | [team](team.md) collection | Tasks. |\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Id. |\n\n## Relationships\n\n| Relationship | Type | Description |\n|:--|:--|:--|\n| memberOf | [group](group.md) | Groups. |\n",
        )
        .unwrap();
        for name in ["team", "group"] {
            std::fs::write(
                resources.join(format!("{name}.md")),
                format!("---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nNamespace: microsoft.graph\n\nA {name}.\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Id. |\n"),
            )
            .unwrap();
        }
        let model = crate::build_model(&[dir.path().to_path_buf()]).unwrap();
        let user = model.types.iter().find(|t| t.name == "user").unwrap();
        let props: Vec<(&str, &str, bool, bool)> = user
            .properties
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.ty.name.as_str(),
                    p.ty.collection,
                    p.navigation,
                )
            })
            .collect();
        assert_eq!(
            props,
            [
                ("id", "String", false, false),
                ("memberOf", "group", true, true),
                ("joinedTeams", "team", true, true),
            ]
        );
        let joined = &user.properties[2];
        assert_eq!(
            (joined.line, joined.description.as_deref()),
            (14, Some("Gets things."))
        );
        let found: Vec<(Code, u32)> = model
            .diagnostics
            .iter()
            .filter(|d| {
                matches!(
                    d.code,
                    Code::UntabulatedRelationship | Code::ConflictingFact
                )
            })
            .map(|d| (d.code, d.source.line))
            .collect();
        assert_eq!(
            found,
            [
                (Code::UntabulatedRelationship, 14),
                (Code::ConflictingFact, 30)
            ]
        );
    }

    /// A printer page read without its API pages: `List connectors` makes a
    /// collection of the single `connectors`, `List photos` leaves the single
    /// `photo` (a sibling of `photos`), and `List shares` adds nothing (no
    /// table names it, and no path spells it).
    #[test]
    fn a_row_alone_makes_a_collection_of_a_relationship_it_names() {
        let dir = tempfile::tempdir().unwrap();
        let rel = |name: &str, ty: &str| {
            format!(
                "| {name} | [{ty}]({}.md) | What. |\n",
                ty.to_ascii_lowercase()
            )
        };
        let row = |text: &str, page: &str, ty: &str| {
            format!(
                "| [{text}](../api/{page}.md) | [{ty}]({}.md) collection | What. |\n",
                ty.to_ascii_lowercase()
            )
        };
        let printer = format!(
            "---\ndoc_type: resourcePageType\n---\n# printer resource type\n\nNamespace: microsoft.graph\n\n## Methods\n\n| Method | Return Type | Description |\n|:--|:--|:--|\n{}{}{}\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Id. |\n\n## Relationships\n\n| Relationship | Type | Description |\n|:--|:--|:--|\n{}{}{}",
            row("List connectors", "printer-list-connectors", "printConnector"),
            row("List photos", "printer-list-photos", "profilePhoto"),
            row("List shares", "printer-list-shares", "printerShare"),
            rel("connectors", "printConnector"),
            rel("photo", "profilePhoto"),
            rel("photos", "profilePhoto").replace(" | What.", " collection | What."),
        );
        std::fs::write(dir.path().join("printer.md"), printer).unwrap();
        for name in ["printConnector", "profilePhoto", "printerShare"] {
            std::fs::write(
                dir.path().join(format!("{}.md", name.to_ascii_lowercase())),
                format!("---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Id. |\n"),
            )
            .unwrap();
        }
        let model = crate::build_model(&[dir.path().to_path_buf()]).unwrap();
        let printer = model.types.iter().find(|t| t.name == "printer").unwrap();
        let props: Vec<(&str, bool)> = printer
            .properties
            .iter()
            .map(|p| (p.name.as_str(), p.ty.collection))
            .collect();
        assert_eq!(
            props,
            [
                ("id", false),
                ("connectors", true),
                ("photo", false),
                ("photos", true)
            ]
        );
        let conflicts = model
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::ConflictingFact)
            .count();
        assert_eq!(conflicts, 1);
    }

    /// Thousands of rows and relationships of one type (a hostile page):
    /// each row is compared with the relationships squeezed once.
    #[test]
    fn many_rows_and_relationships_are_read_in_one_pass_each() {
        let dir = tempfile::tempdir().unwrap();
        let n = 2_000;
        let rows: String = (0..n)
            .map(|i| format!("| [List rel{i}x](../api/thing-list-rel{i}x.md) | [part](part.md) collection | What. |\n"))
            .collect();
        let rels: String = (0..n)
            .map(|i| format!("| rel{i}x | [part](part.md) | What. |\n"))
            .collect();
        std::fs::write(
            dir.path().join("thing.md"),
            format!("---\ndoc_type: resourcePageType\n---\n# thing resource type\n\nNamespace: microsoft.graph\n\n## Methods\n\n| Method | Return Type | Description |\n|:--|:--|:--|\n{rows}\n## Relationships\n\n| Relationship | Type | Description |\n|:--|:--|:--|\n{rels}"),
        )
        .unwrap();
        std::fs::write(
            dir.path().join("part.md"),
            "---\ndoc_type: resourcePageType\n---\n# part resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Id. |\n",
        )
        .unwrap();
        let model = crate::build_model(&[dir.path().to_path_buf()]).unwrap();
        let thing = model.types.iter().find(|t| t.name == "thing").unwrap();
        assert_eq!(thing.properties.len(), n);
        assert!(thing.properties.iter().all(|p| p.ty.collection));
    }

    #[test]
    fn links_resolve_lexically_against_the_page() {
        let from: Arc<str> = Arc::from("../shared/v1.0/resources/user.md");
        assert_eq!(
            &*linked_file(&from, "../api/user-list-joinedteams.md"),
            "../shared/v1.0/api/user-list-joinedteams.md"
        );
        assert_eq!(
            &*linked_file(&from, "./team.md"),
            "../shared/v1.0/resources/team.md"
        );
        let bare: Arc<str> = Arc::from("user.md");
        assert_eq!(&*linked_file(&bare, "../api/x.md"), "../api/x.md");
    }
}
