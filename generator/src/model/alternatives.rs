//! Properties whose table names several types
//! (`mediaConfig | [appHostedMediaConfig](…) or [serviceHostedMediaConfig](…)`):
//! the property may hold any of them, so once every page is read it is typed
//! with the type they all are, not with whichever the cell names first. That
//! is the nearest base type every alternative derives from (or is), else a
//! documented type whose name ends every alternative's as a word
//! (`meetingInfo` for `organizerMeetingInfo or tokenMeetingInfo`, whose pages
//! state no base). Values of the other alternatives still read: their extra
//! members are kept beside the base's.

use super::TypeDef;
use crate::diagnostics::{Code, Diagnostic};
use crate::extract::TypeAlternatives;

/// A property's alternatives, noted while pages are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Noted {
    /// The type that has the property (as its page names it).
    pub owner: String,
    /// The property and the types its cell names.
    pub cell: TypeAlternatives,
}

/// Retypes each noted property still typed as its first alternative with the
/// type all its alternatives are, when the pages document one, and says so
/// (an `ambiguous-type` note at the row, beside the one that said the first
/// was taken). `types` is sorted by name and spelled canonically; `canon`
/// gives a name's canonical spelling.
pub fn settle(
    types: &mut [TypeDef],
    noted: &[Noted],
    canon: impl Fn(&str) -> String,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for n in noted {
        let alternatives: Vec<String> = n.cell.types.iter().map(|t| canon(t)).collect();
        let Some(shared) = shared_type(types, &alternatives) else {
            continue;
        };
        let owner = canon(&n.owner);
        let Ok(i) = types.binary_search_by(|t| t.name.as_str().cmp(&owner)) else {
            continue;
        };
        if let Some(p) = types[i]
            .properties
            .iter_mut()
            .find(|p| p.name == n.cell.property && p.ty.name == alternatives[0])
        {
            diagnostics.push(
                Diagnostic::at(
                    Code::AmbiguousType,
                    &p.source_ref(),
                    format!(
                        "`{}.{}` may hold any of {}: read as `{shared}`, the type they all are",
                        n.owner,
                        n.cell.property,
                        alternatives.join(", ")
                    ),
                )
                .quoting(&n.cell.property),
            );
            p.ty.name = shared;
        }
    }
    diagnostics
}

/// The type every one of `names` is: the nearest base of the first that all
/// the others have among their bases (or are), else the longest documented
/// type name that ends each of them as a word. `None` when a name is not a
/// documented type or nothing is shared.
fn shared_type(types: &[TypeDef], names: &[String]) -> Option<String> {
    let chains: Vec<Vec<&str>> = names
        .iter()
        .map(|n| ancestry(types, n))
        .collect::<Option<_>>()?;
    let (first, rest) = chains.split_first()?;
    if let Some(base) = first
        .iter()
        .find(|b| rest.iter().all(|chain| chain.contains(b)))
    {
        return Some((*base).to_string());
    }
    types
        .iter()
        .filter(|t| t.documented && t.members.is_empty())
        .filter(|t| names.iter().all(|n| ends_as_word(n, &t.name)))
        .max_by_key(|t| t.name.len())
        .map(|t| t.name.clone())
}

/// `name` and its base types, nearest first, as far as the pages document
/// them; `None` when `name` is no documented type. A cycle is cut.
fn ancestry<'t>(types: &'t [TypeDef], name: &str) -> Option<Vec<&'t str>> {
    let find = |n: &str| {
        types
            .binary_search_by(|t| t.name.as_str().cmp(n))
            .ok()
            .map(|i| &types[i])
    };
    let start = find(name).filter(|t| t.documented && t.members.is_empty())?;
    let mut chain = vec![start.name.as_str()];
    let mut next = start.base_type.as_deref();
    while let Some(t) = next.and_then(find) {
        if chain.contains(&t.name.as_str()) {
            break;
        }
        chain.push(t.name.as_str());
        next = t.base_type.as_deref();
    }
    Some(chain)
}

/// Whether `word` ends `name` as a whole camel-case word after at least one
/// other (`meetingInfo` ends `organizerMeetingInfo`), compared without case.
fn ends_as_word(name: &str, word: &str) -> bool {
    let Some(start) = name.len().checked_sub(word.len()).filter(|&s| s > 0) else {
        return false;
    };
    name.is_char_boundary(start)
        && name[start..].eq_ignore_ascii_case(word)
        && name[start..].starts_with(|c: char| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use crate::model::{model_of_pages, property_type as ty, resource_page as page, TypeRef};

    #[test]
    fn alternatives_are_read_as_the_type_they_all_are() {
        let model = model_of_pages(&[
            (
                "resources/call.md",
                page(
                    "call",
                    None,
                    &[
                        (
                            "mediaConfig",
                            "[appHostedMediaConfig](apphostedmediaconfig.md) or [serviceHostedMediaConfig](servicehostedmediaconfig.md)",
                        ),
                        (
                            "meetingInfo",
                            "[organizerMeetingInfo](organizermeetinginfo.md) or [tokenMeetingInfo](tokenmeetinginfo.md)",
                        ),
                        (
                            "targets",
                            "[user](user.md) or [group](group.md) collection",
                        ),
                        (
                            "unrelated",
                            "[user](user.md) or [widget](widget.md)",
                        ),
                    ],
                ),
            ),
            ("resources/mediaconfig.md", page("mediaConfig", None, &[("a", "String")])),
            (
                "resources/apphostedmediaconfig.md",
                page("appHostedMediaConfig", Some("mediaConfig"), &[("blob", "String")]),
            ),
            (
                "resources/servicehostedmediaconfig.md",
                page("serviceHostedMediaConfig", Some("mediaConfig"), &[("b", "String")]),
            ),
            ("resources/meetinginfo.md", page("meetingInfo", None, &[("c", "String")])),
            (
                "resources/organizermeetinginfo.md",
                page("organizerMeetingInfo", None, &[("organizer", "String")]),
            ),
            (
                "resources/tokenmeetinginfo.md",
                page("tokenMeetingInfo", None, &[("token", "String")]),
            ),
            ("resources/entity.md", page("entity", None, &[("id", "String")])),
            (
                "resources/directoryobject.md",
                page("directoryObject", Some("entity"), &[("deletedDateTime", "DateTimeOffset")]),
            ),
            ("resources/user.md", page("user", Some("directoryObject"), &[("mail", "String")])),
            ("resources/group.md", page("group", Some("directoryObject"), &[("mail", "String")])),
            ("resources/widget.md", page("widget", None, &[("size", "Int32")])),
        ]);
        assert_eq!(
            ty(&model, "call", "mediaConfig"),
            TypeRef::named("mediaConfig")
        );
        assert_eq!(
            ty(&model, "call", "meetingInfo"),
            TypeRef::named("meetingInfo")
        );
        assert_eq!(
            ty(&model, "call", "targets"),
            TypeRef::collection_of("directoryObject")
        );
        // Nothing shared: the first, as the cell says.
        assert_eq!(ty(&model, "call", "unrelated"), TypeRef::named("user"));
        assert!(model
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == "ambiguous-type"
                && d.message == "`call.mediaConfig` may hold any of appHostedMediaConfig, serviceHostedMediaConfig: read as `mediaConfig`, the type they all are"
                && d.source.line == 12));
        // Only the retyped ones are noted so (the cell's own note stays).
        let settled =
            |d: &&crate::diagnostics::Diagnostic| d.message.contains("the type they all are");
        assert_eq!(model.diagnostics.iter().filter(settled).count(), 3);
    }

    #[test]
    fn words_ending_names() {
        assert!(super::ends_as_word("organizerMeetingInfo", "meetingInfo"));
        assert!(!super::ends_as_word("meetingInfo", "meetingInfo"));
        assert!(!super::ends_as_word("allocation", "location"));
        assert!(!super::ends_as_word("é", "x"));
    }
}
