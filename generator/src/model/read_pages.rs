//! Relationships that API pages show by their names and paths, where no
//! table (and no Methods row) of the owner's resource page lists them.
//!
//! The docs name a read page after what it reads: `user-list-oauth2permissiongrants.md`
//! (a relationship of `user`), `chat-list.md`, `presence-get.md` (a type's own
//! reads). Such a page's `GET` path ends in the relationship it reads, so two
//! pieces of evidence each state a relationship:
//!
//! - **The page's name**: `<owner>-list-<name>.md`, the owner being a resource
//!   page's file name or a documented type, and a path ending in a segment
//!   the name repeats (`GET /reports/dailyPrintUsageByPrinter` on
//!   `reportroot-list-dailyprintusagebyprinter.md`).
//! - **The path's parent**: `GET /users/{id}/chats` on `chat-list.md`, where
//!   `GET /users/{id}` (another page) returns a single `user`: `user` has
//!   `chats`, typed by this page's response. Only read pages count (a name
//!   ending in `-list`/`-get` or with `-list-`/`-get-` in it): functions
//!   written without parentheses (`GET /me/drive/recent` on `drive-recent.md`)
//!   end in a name too, but are no relationship.
//!
//! Either way the relationship's type is the page's only success response
//! type; a table that types the relationship as single keeps it so unless
//! the page's verb is `list` (see [`Navigation::table_wins`]).

use super::infer::TypeTable;
use super::methods::{names_it, relationship_segment, Navigation};
use super::{is_success, PageKind, TypeDef, TypeRef};
use crate::extract::rules::{
    COLLECTION_READ_VERB, KEY_PARAMETER_ENDING, OWN_API_PAGE_SEPARATOR, RELATIONSHIP_READ_VERBS,
};
use crate::extract::typecell::page_stem as file_stem;
use crate::extract::PageFacts;
use crate::model::http::{Method, PathTemplate, Segment};
use crate::source::SourceRef;
use std::collections::HashMap;
use std::path::Path;

/// The relationships read pages document, in page order. Each page is read
/// with its own response type: an operation merged from several pages keeps
/// only the first page's.
/// `read_responses` holds each page's `read_response`, in page order
/// (taken while the pages still had their examples).
pub fn navigations(
    pages: &[PageFacts],
    read_responses: &[Option<TypeRef>],
    types: &TypeTable,
) -> Vec<Navigation> {
    let owners: HashMap<String, &str> = pages
        .iter()
        .filter_map(|p| {
            let r = p.resource.as_ref()?;
            Some((
                file_stem(&p.info.file).to_ascii_lowercase(),
                r.name.as_str(),
            ))
        })
        .collect();
    let stems: Vec<String> = pages
        .iter()
        .map(|p| file_stem(&p.info.file).to_ascii_lowercase())
        .collect();
    // Each read page with the documented type it returns.
    let mut reading: Vec<Read> = pages
        .iter()
        .zip(&stems)
        .zip(read_responses)
        .filter(|((p, _), _)| p.info.kind == PageKind::Api)
        .filter_map(|((page, stem), response)| {
            let name = ReadPage::parse(stem)?;
            let response = response.as_ref()?;
            let ty = types.get(&response.name)?;
            let collection = response.collection;
            Some(Read {
                page,
                name,
                ty,
                collection,
            })
        })
        .collect();
    let parents = single_reads(&reading);
    // Lists first: where a `-get` page and a `-list` page show the same
    // relationship (`swapshiftschangerequest-get.md` often repeats the
    // collection's path), the list says what the relationship holds.
    reading.sort_by_key(|r| r.name.verb != COLLECTION_READ_VERB);
    let mut out = Vec::new();
    for Read {
        page,
        name: read,
        ty: known,
        collection,
    } in reading
    {
        let stem_owner = read.owner.and_then(|o| owner_named(o, &owners, types));
        for (line, path) in read_paths(page) {
            let by_name = by_name(path, read.name, stem_owner.as_deref())
                .map(|(owner, name, evidence)| (owner, name, evidence, false));
            let Some((owner, name, evidence, keyed)) =
                by_name.or_else(|| by_parent(path, &parents))
            else {
                continue;
            };
            // A page listing one derived type on its base's collection
            // (`GET /deviceManagement/deviceConfigurations` answering
            // `androidCustomConfiguration`s) shows the base's relationship.
            // A type itself named for the relationship is what it holds
            // unless its base is the relationship's very name
            // (`hostedContents` answering `chatMessageHostedContent`s holds
            // them, not their base `teamworkHostedContent`;
            // `managedAppRegistrations` answering `iosManagedAppRegistration`s
            // holds `managedAppRegistration`s).
            let held = match types.base_named_for(&known.name, &name) {
                Some(base)
                    if !TypeTable::is_named_for(&known.name, &name)
                        || TypeTable::is_exactly_named_for(&base, &name) =>
                {
                    base
                }
                _ => known.name.clone(),
            };
            out.push(Navigation {
                owner,
                quote: name.clone(),
                name,
                ty: TypeRef {
                    name: held,
                    collection: collection || keyed || read.verb == COLLECTION_READ_VERB,
                },
                table_wins: !(collection && read.verb == COLLECTION_READ_VERB),
                evidence: format!("the API page `{}`{evidence}", file_name(&page.info.file)),
                description: page.info.description.clone(),
                source: SourceRef::new(&page.info.file, line),
            });
        }
    }
    out
}

/// The type of a page's only typed success response to `GET` (stated in
/// prose, else by its examples' annotations), when it is not a primitive:
/// what the page reads, if a type table documents it.
pub(super) fn read_response(page: &PageFacts) -> Option<TypeRef> {
    if page.info.kind != PageKind::Api {
        return None;
    }
    let responses = super::merge::responses(page, &page.examples, super::Method::Get);
    let mut typed = responses
        .iter()
        .filter(|r| is_success(r.status))
        .filter_map(|r| r.ty.as_ref());
    let ty = typed.next().filter(|t| !t.is_primitive())?;
    if typed.next().is_some() {
        return None;
    }
    Some(ty.clone())
}

/// The paths of a page's `GET` lines that read a path as it is: a line with
/// a query (`GET /users/{id}?$expand=extensions(...)` on an extension's page)
/// reads something else than the path's own value.
fn read_paths(page: &PageFacts) -> impl Iterator<Item = (u32, &PathTemplate)> {
    page.request_lines.iter().filter_map(|l| {
        let target = l.target.as_ref().ok()?;
        (l.method == Method::Get && target.query.is_none()).then_some((l.source.line, &target.path))
    })
}

/// A read page and what it returns.
struct Read<'p, 't> {
    page: &'p PageFacts,
    name: ReadPage<'p>,
    ty: &'t TypeDef,
    collection: bool,
}

/// A read page's name taken apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ReadPage<'s> {
    /// `user` in `user-list-chats`; `None` for `chat-list`.
    owner: Option<&'s str>,
    /// One of [`RELATIONSHIP_READ_VERBS`].
    verb: &'static str,
    /// `chats` in `user-list-chats`.
    name: Option<&'s str>,
}

impl<'s> ReadPage<'s> {
    /// `<owner>-<verb>-<name>` (no further separator in the name) or
    /// `<...>-<verb>`, from a lower-cased file stem; `None` for other pages.
    fn parse(stem: &'s str) -> Option<ReadPage<'s>> {
        let mut parts = stem.rsplit(OWN_API_PAGE_SEPARATOR);
        let last = parts.next()?;
        let verb_of = |word: &str| RELATIONSHIP_READ_VERBS.iter().copied().find(|v| *v == word);
        if let Some(verb) = verb_of(last) {
            return parts.next().is_some().then_some(ReadPage {
                owner: None,
                verb,
                name: None,
            });
        }
        let verb = verb_of(parts.next()?)?;
        let owner = parts.next().filter(|o| !o.is_empty())?;
        if last.is_empty() {
            return None;
        }
        // `intune-devices-list-x`: a read page, but of no one owner.
        Some(match parts.next() {
            None => ReadPage {
                owner: Some(owner),
                verb,
                name: Some(last),
            },
            Some(_) => ReadPage {
                owner: None,
                verb,
                name: None,
            },
        })
    }
}

/// The type a page name's owner means: the type of the resource page with
/// that file name, or a documented type of that name (`reportroot-list-…`
/// for `intune-deviceconfig-reportroot.md`).
fn owner_named(owner: &str, owners: &HashMap<String, &str>, types: &TypeTable) -> Option<String> {
    owners.get(owner).map(|o| types.canonical(o)).or_else(|| {
        types
            .get(owner)
            .filter(|t| types.has_resource_page(&t.name))
            .map(|t| t.name.clone())
    })
}

/// `(owner, relationship, evidence)` when the path ends in a relationship
/// (after a key or a singleton) that the page's name repeats.
fn by_name(
    path: &PathTemplate,
    name: Option<&str>,
    owner: Option<&str>,
) -> Option<(String, String, String)> {
    let (owner, name) = (owner?, name?);
    let segment = relationship_segment(&path.to_string()).filter(|s| names_it(name, s))?;
    Some((owner.to_string(), segment, String::new()))
}

/// `(owner, relationship, evidence, keyed)` when the path is another read's
/// path plus one name, and that read returns a single type; or that plus a
/// key (`GET /users/{id}/chats/{chat-id}` on `chat-get.md`, below `GET
/// /users/{id}`): one member of the relationship, which is then a
/// collection (`keyed`).
fn by_parent(
    path: &PathTemplate,
    parents: &HashMap<String, (&TypeDef, String)>,
) -> Option<(String, String, String, bool)> {
    let segments = path.segments();
    let keyed = matches!(segments.last()?, Segment::Param(p) if names_a_key(p));
    let named = if keyed {
        &segments[..segments.len() - 1]
    } else {
        segments
    };
    let name = last_name(named)?;
    let key = path.match_key();
    let key = if keyed {
        key.strip_suffix("/{}")?
    } else {
        &key
    };
    let parent_key = key
        .strip_suffix(&name.to_ascii_lowercase())?
        .strip_suffix('/')?;
    let (owner, parent) = parents.get(parent_key)?;
    let member = if keyed { ", one of them by key" } else { "" };
    Some((
        owner.name.clone(),
        name.to_string(),
        format!(", below `GET {parent}` (a `{}`){member}", owner.name),
        keyed,
    ))
}

/// Whether a path parameter is named as a key (`{chat-id}`, `{meetingId}`,
/// `{id}`), not as some other value a path can take (`/branding/{property
/// name}` reads one property of a single `branding`).
fn names_a_key(param: &crate::model::http::PathParam) -> bool {
    let name: String = param
        .name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    name.to_ascii_lowercase().ends_with(KEY_PARAMETER_ENDING)
}

/// The last of `segments` when it is a plain name (`chats` in
/// `/users/{id}/chats`; not a key, `$value`, or a function call).
fn last_name(segments: &[Segment]) -> Option<&str> {
    let Segment::Literal(lit) = segments.last()? else {
        return None;
    };
    let name = lit.trim_end_matches('/').rsplit('/').next()?;
    (name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric()))
    .then_some(name)
}

/// Each `GET` path (by [`PathTemplate::match_key`]) that read pages say
/// returns one value of a documented type, with the path as first written.
/// A path pages disagree on is left out.
fn single_reads<'t>(reading: &[Read<'_, 't>]) -> HashMap<String, (&'t TypeDef, String)> {
    let mut found: HashMap<String, Option<(&'t TypeDef, String)>> = HashMap::new();
    for read in reading.iter().filter(|r| !r.collection) {
        for (_, path) in read_paths(read.page) {
            found
                .entry(path.match_key())
                .and_modify(|seen| {
                    if seen.as_ref().is_some_and(|(t, _)| t.name != read.ty.name) {
                        *seen = None;
                    }
                })
                .or_insert_with(|| Some((read.ty, path.to_string())));
        }
    }
    found
        .into_iter()
        .filter_map(|(key, v)| Some((key, v?)))
        .collect()
}

fn file_name(file: &str) -> String {
    Path::new(file)
        .file_name()
        .map_or_else(|| file.to_string(), |f| f.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Code;

    #[test]
    fn api_page_names_add_relationships() {
        let read = |s| ReadPage::parse(s);
        assert_eq!(
            read("user-list-chats"),
            Some(ReadPage {
                owner: Some("user"),
                verb: "list",
                name: Some("chats")
            })
        );
        assert_eq!(
            read("orgcontact-get-manager"),
            Some(ReadPage {
                owner: Some("orgcontact"),
                verb: "get",
                name: Some("manager")
            })
        );
        let plain = |verb| {
            Some(ReadPage {
                owner: None,
                verb,
                name: None,
            })
        };
        assert_eq!(read("chat-list"), plain("list"));
        assert_eq!(read("intune-devices-manageddevice-get"), plain("get"));
        assert_eq!(read("intune-devices-list-x"), plain("list"));
        assert_eq!(read("list"), None);
        assert_eq!(read("user-post-chats"), None);
        assert_eq!(read("drive-recent"), None);
        assert_eq!(read("user-list-a-b"), None);

        let dir = tempfile::tempdir().unwrap();
        let (api, resources) = (dir.path().join("api"), dir.path().join("resources"));
        std::fs::create_dir_all(&api).unwrap();
        std::fs::create_dir_all(&resources).unwrap();
        let fence = "```";
        for (file, path, returns) in [
            (
                "user-list-chats.md",
                "/users/{id}/chats",
                "a collection of [chat](../resources/chat.md) objects",
            ),
            (
                "user-get-manager.md",
                "/users/{id}/manager",
                "a collection of [chat](../resources/chat.md) objects",
            ),
            (
                "user-list-photos.md",
                "/users/{id}/photos",
                "a collection of [chat](../resources/chat.md) objects",
            ),
            (
                "user-list-things.md",
                "/others/{id}/stuff",
                "a collection of [chat](../resources/chat.md) objects",
            ),
            // The parent read: `GET /users/{id}` returns one `user` ...
            (
                "user-get.md",
                "/users/{id}",
                "a [user](../resources/user.md) object",
            ),
            // ... so a read page one name below it states a relationship,
            (
                "presence-get.md",
                "/users/{id}/presence",
                "a [chat](../resources/chat.md) object",
            ),
            // but a function page (no read verb in its name) does not,
            (
                "drive-recent.md",
                "/users/{id}/recent",
                "a collection of [chat](../resources/chat.md) objects",
            ),
            // and a line with a query reads something else than its path.
            (
                "user-get-extension.md",
                "/users/{id}?$expand=extensions",
                "a [chat](../resources/chat.md) object",
            ),
            (
                "user-list-pets.md",
                "/users/{id}/pets",
                "a `204 No Content` response code",
            ),
            (
                "reportroot-list-dailyusage.md",
                "/reports/dailyUsage",
                "a collection of [chat](../resources/chat.md) objects",
            ),
        ] {
            std::fs::write(
                api.join(file),
                format!("---\ndoc_type: apiPageType\n---\n# Get things\n\nGets things.\n\n## HTTP request\n\n{fence}http\nGET {path}\n{fence}\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and {returns} in the response body.\n"),
            )
            .unwrap();
        }
        let resource = |file: &str, name: &str, rows: &str| {
            std::fs::write(
                resources.join(file),
                format!("---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nNamespace: microsoft.graph\n\nA {name}.\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Id. |\n{rows}"),
            )
            .unwrap();
        };
        resource(
            "user.md",
            "user",
            "\n## Relationships\n\n| Relationship | Type | Description |\n|:--|:--|:--|\n| manager | [chat](chat.md) | Single. |\n| photos | [chat](chat.md) | Single. |\n",
        );
        resource("chat.md", "chat", "");
        resource("intune-deviceconfig-reportroot.md", "reportRoot", "");
        let model = crate::build_model(&[dir.path().to_path_buf()]).unwrap();
        let props = |name: &str| -> Vec<(String, String, bool)> {
            let t = model.types.iter().find(|t| t.name == name).unwrap();
            t.properties
                .iter()
                .map(|p| (p.name.clone(), p.ty.name.clone(), p.ty.collection))
                .collect()
        };
        let row = |n: &str, c: bool| (n.to_string(), "chat".to_string(), c);
        assert_eq!(
            props("user")[1..],
            [
                row("manager", false),
                row("photos", true),
                row("chats", true),
                row("presence", false),
            ]
        );
        assert_eq!(props("reportRoot")[1..], [row("dailyUsage", true)]);
        let found: Vec<(Code, &str, u32)> = model
            .diagnostics
            .iter()
            .filter(|d| {
                matches!(
                    d.code,
                    Code::UntabulatedRelationship | Code::ConflictingFact
                )
            })
            .map(|d| {
                (
                    d.code,
                    d.source.file.rsplit('/').next().unwrap(),
                    d.source.line,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (Code::UntabulatedRelationship, "presence-get.md", 11),
                (
                    Code::UntabulatedRelationship,
                    "reportroot-list-dailyusage.md",
                    11
                ),
                // The two pages that merge into `GET /users/{id}` disagree
                // (the page that only queries the path joins the one that
                // states it, and is where the conflict is reported); the
                // query line did not make `/users/{id}` a `chat`.
                (Code::ConflictingFact, "user-get-extension.md", 16),
                (Code::UntabulatedRelationship, "user-list-chats.md", 11),
                (Code::ConflictingFact, "user.md", 21),
            ]
        );
    }

    /// A `-get` page reading one member by key below a single read
    /// (`GET /users/{id}/chats/{chat-id}` below `GET /users/{id}`) states a
    /// collection relationship; a parameter not named as a key
    /// (`{property name}`) states nothing.
    #[test]
    fn a_read_by_key_below_a_single_read_states_a_collection() {
        use crate::model::{model_of_pages, resource_page};
        let fence = "```";
        let get = |path: &str, ty: &str| {
            format!("---\ndoc_type: apiPageType\n---\n# Get\n\n## HTTP request\n\n{fence}http\nGET {path}\n{fence}\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [{ty}](../resources/{ty}.md) object in the response body.\n")
        };
        let mut pages: Vec<(String, String)> = [
            ("user-get", "/users/{id}", "user"),
            ("chat-get", "/users/{user-id}/chats/{chat-id}", "chat"),
            (
                "onlinemeeting-get",
                "/users/{userId}/onlineMeetings/{meetingId}",
                "onlineMeeting",
            ),
            ("brand-get", "/users/{id}/branding/{property name}", "brand"),
        ]
        .iter()
        .map(|(file, path, ty)| (format!("api/{file}.md"), get(path, ty)))
        .collect();
        for name in ["user", "chat", "onlineMeeting", "brand"] {
            let file = format!("resources/{}.md", name.to_ascii_lowercase());
            pages.push((file, resource_page(name, None, &[("id", "String")])));
        }
        let model = model_of_pages(&pages);
        let user = model.types.iter().find(|t| t.name == "user").unwrap();
        let added: Vec<(&str, &str, bool)> = user
            .properties
            .iter()
            .skip(1)
            .map(|p| (p.name.as_str(), p.ty.name.as_str(), p.ty.collection))
            .collect();
        assert_eq!(
            added,
            [
                ("chats", "chat", true),
                ("onlineMeetings", "onlineMeeting", true)
            ]
        );
    }

    #[test]
    fn a_list_of_a_derived_type_holds_the_base_named_for_the_relationship() {
        use crate::model::{model_of_pages, resource_page};
        let fence = "```";
        let list = |path: &str, ty: &str| {
            format!("---\ndoc_type: apiPageType\n---\n# List\n\n## HTTP request\n\n{fence}http\nGET {path}\n{fence}\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a collection of [{ty}](../resources/{}.md) objects in the response body.\n", ty.to_ascii_lowercase())
        };
        let model = model_of_pages(&[
            (
                "api/chatmessage-list-hostedcontents.md",
                list(
                    "/chatMessages/{id}/hostedContents",
                    "chatMessageHostedContent",
                ),
            ),
            (
                "api/deviceappmanagement-list-managedappregistrations.md",
                list(
                    "/deviceAppManagement/managedAppRegistrations",
                    "iosManagedAppRegistration",
                ),
            ),
            (
                "api/devicemanagement-list-deviceconfigurations.md",
                list(
                    "/deviceManagement/deviceConfigurations",
                    "androidCustomConfiguration",
                ),
            ),
            (
                "resources/chatmessage.md",
                resource_page("chatMessage", None, &[("id", "String")]),
            ),
            (
                "resources/deviceappmanagement.md",
                resource_page("deviceAppManagement", None, &[("id", "String")]),
            ),
            (
                "resources/devicemanagement.md",
                resource_page("deviceManagement", None, &[("id", "String")]),
            ),
            // Their bases have no page here.
            (
                "resources/chatmessagehostedcontent.md",
                resource_page(
                    "chatMessageHostedContent",
                    Some("teamworkHostedContent"),
                    &[("id", "String")],
                ),
            ),
            (
                "resources/iosmanagedappregistration.md",
                resource_page(
                    "iosManagedAppRegistration",
                    Some("managedAppRegistration"),
                    &[("id", "String")],
                ),
            ),
            (
                "resources/androidcustomconfiguration.md",
                resource_page(
                    "androidCustomConfiguration",
                    Some("deviceConfiguration"),
                    &[("id", "String")],
                ),
            ),
        ]);
        let held = |owner: &str, name: &str| crate::model::property_type(&model, owner, name);
        // Named for the relationship itself: its base, also named so, is not what it holds.
        assert_eq!(
            held("chatMessage", "hostedContents"),
            TypeRef::collection_of("chatMessageHostedContent")
        );
        // A base that is the relationship's very name is.
        assert_eq!(
            held("deviceAppManagement", "managedAppRegistrations"),
            TypeRef::collection_of("managedAppRegistration")
        );
        assert_eq!(
            held("deviceManagement", "deviceConfigurations"),
            TypeRef::collection_of("deviceConfiguration")
        );
    }
}
