//! Facts stated in sentences: response status and type ("returns a `201 Created`
//! response code and an [accessPackage](../resources/accesspackage.md) object"),
//! the request body's type ("a JSON representation of the accessPackage object"),
//! and "no request body".

use super::blocks::{Inline, Link};
use super::rules;
use super::typecell::{file_stem, is_name_like};
use crate::model::typeref::{canonical_primitive, split_qualified, TypeRef};
use regex::Regex;
use std::sync::OnceLock;

/// A status and the type the same sentence gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusFact {
    /// The code.
    pub status: u16,
    /// The body type, when the sentence names one.
    pub ty: Option<TypeRef>,
    /// A namespace other than microsoft.graph stripped from the name.
    pub foreign_namespace: Option<String>,
}

fn status_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b([1-5][0-9]{2})\b[,.]?\s*([A-Za-z][A-Za-z\- ]*)?").expect("valid regex")
    })
}

/// Statuses in a sentence: a 3-digit code followed by its reason phrase
/// (`201 Created`), or any known code when the text speaks of a response or status code.
pub fn statuses(inline: &Inline) -> Vec<StatusFact> {
    let text = &inline.text;
    // Looked at once, and only when a code without its reason phrase needs it.
    let mut speaks_of_codes = None;
    let mut found: Vec<(usize, u16)> = Vec::new();
    for cap in status_regex().captures_iter(text) {
        let Ok(code) = cap[1].parse::<u16>() else {
            continue;
        };
        let Some((_, reason)) = rules::STATUS_REASONS.iter().find(|(c, _)| *c == code) else {
            continue;
        };
        let follows = cap.get(2).map_or("", |m| m.as_str());
        if starts_with_ignore_ascii_case(follows, reason)
            || *speaks_of_codes.get_or_insert_with(|| {
                ["response code", "status code", "response status"]
                    .iter()
                    .any(|phrase| find_ignore_ascii_case(text, phrase).is_some())
            })
        {
            let pos = cap.get(0).map_or(0, |m| m.start());
            if !found.iter().any(|(_, c)| *c == code) {
                found.push((pos, code));
            }
        }
    }
    found
        .iter()
        .enumerate()
        .map(|(i, &(pos, status))| {
            let end = found.get(i + 1).map_or(text.len(), |(p, _)| *p);
            let (ty, foreign_namespace) = match type_in(inline, pos, end) {
                (None, _) => (bare_primitive(&text[pos..end]), None),
                linked => linked,
            };
            StatusFact {
                status,
                ty,
                foreign_namespace,
            }
        })
        .collect()
}

/// A primitive named without a link, as in "and a String collection in the
/// response body" or "and a Boolean in the response body": the word (with an
/// optional `collection`) after `a`/`an` that [`rules::BARE_TYPE_TAIL`] follows.
fn bare_primitive(text: &str) -> Option<TypeRef> {
    let tail = find_ignore_ascii_case(text, rules::BARE_TYPE_TAIL)?;
    let mut words = text[..tail].split_whitespace().rev();
    let mut word = words.next()?;
    let collection = word.eq_ignore_ascii_case("collection");
    if collection {
        word = words.next()?;
    }
    let article = words.next()?;
    if !(article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an")) {
        return None;
    }
    let name = canonical_primitive(word.trim_matches('`'))?;
    Some(TypeRef {
        collection,
        ..TypeRef::named(name)
    })
}

/// The first link to a type page that stands between byte `from` and `to` of the
/// text; one of [`rules::COLLECTION_PHRASES`] before it makes it a collection.
fn type_in(inline: &Inline, from: usize, to: usize) -> (Option<TypeRef>, Option<String>) {
    let text = &inline.text;
    let mut search_from = from;
    for link in &inline.links {
        if !is_type_link(link) || link.text.is_empty() {
            continue;
        }
        let Some(at) = text
            .get(search_from..)
            .and_then(|t| t.find(&link.text))
            .map(|i| i + search_from)
        else {
            continue;
        };
        if at >= to {
            break;
        }
        search_from = at + link.text.len();
        let Some(name) = link_type_name(link) else {
            continue;
        };
        let Some(q) = split_qualified(&name) else {
            continue;
        };
        let before = text[from..at].to_ascii_lowercase();
        let collection = rules::COLLECTION_PHRASES.iter().any(|p| before.contains(p))
            || before.ends_with("collection ")
            || text[at..to.min(text.len())]
                .to_ascii_lowercase()
                .contains(" collection");
        let collection = collection && !before.contains("a single");
        return (
            Some(TypeRef {
                collection,
                ..TypeRef::named(&q.name)
            }),
            q.foreign_namespace,
        );
    }
    (None, None)
}

/// Where `needle` (lower-case ASCII) first occurs in `haystack`, ignoring
/// ASCII case: `haystack.to_ascii_lowercase().find(needle)` without
/// lower-casing a copy of every sentence looked at.
pub fn find_ignore_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(i) = memchr::memchr2(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        &hay[from..],
    ) {
        let at = from + i;
        let candidate = hay.get(at..at + needle.len())?;
        if candidate.eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// `text.to_ascii_lowercase().starts_with(&prefix.to_ascii_lowercase())`,
/// without the copies.
fn starts_with_ignore_ascii_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether a link points at a type's page.
pub fn is_type_link(link: &Link) -> bool {
    let dest = link.dest.to_ascii_lowercase();
    let path = dest.split('#').next().unwrap_or("");
    path.ends_with(".md")
        && !path.contains("/concepts/")
        && !path.contains("/includes/")
        && !path.starts_with("http")
        && (path.contains("resources/") || !path.contains('/'))
}

/// The type a link names: its text if that is a name, else its file name.
pub fn link_type_name(link: &Link) -> Option<String> {
    let text = link.text.trim().trim_matches(|c| c == '*' || c == '`');
    if is_name_like(text) {
        Some(text.to_string())
    } else {
        file_stem(&link.dest)
    }
}

/// The type a request-body sentence says the body represents:
/// "a JSON representation of (a|an|the) \[X\] object".
pub fn represented_type(inline: &Inline) -> Option<(TypeRef, Option<String>)> {
    let lower = inline.text.to_ascii_lowercase();
    let at = ["representation of", "representation for"]
        .iter()
        .find_map(|p| lower.find(p).map(|i| i + p.len()))?;
    let rest = inline.text[at..].trim_start();
    let mut words = rest.split_whitespace().peekable();
    let mut collection = false;
    let mut word = words.next()?;
    loop {
        let w = word.to_ascii_lowercase();
        if ["a", "an", "the", "new", "updated", "one", "or", "more"].contains(&w.as_str()) {
            word = words.next()?;
        } else if w == "collection" || w == "array" {
            collection = true;
            words.next_if(|w| w.eq_ignore_ascii_case("of"));
            word = words.next()?;
        } else {
            break;
        }
    }
    let word = word
        .trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '_' && c != '.')
        .trim_end_matches('.');
    let linked = inline
        .links
        .iter()
        .find(|l| l.text.trim_matches(|c| c == '*' || c == '`') == word && is_type_link(l));
    let next = words.next().map(|w| w.to_ascii_lowercase());
    let object_follows = next.as_deref().is_some_and(|w| {
        w.starts_with("object") || w.starts_with("resource") || w.starts_with("entit")
    });
    if !(linked.is_some() || object_follows)
        || !is_name_like(word)
        || rules::REFERRING_WORDS.contains(&word.to_ascii_lowercase().as_str())
    {
        return None;
    }
    let name = linked
        .and_then(link_type_name)
        .unwrap_or_else(|| word.to_string());
    let q = split_qualified(&name)?;
    Some((
        TypeRef {
            collection,
            ..TypeRef::named(&q.name)
        },
        q.foreign_namespace,
    ))
}

/// Whether a request-body sentence says to send nothing.
pub fn says_no_body(inline: &Inline) -> bool {
    let lower = inline.text.to_ascii_lowercase().replace('’', "'");
    rules::NO_BODY_PHRASES.iter().any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linked(text: &str, links: &[(&str, &str)]) -> Inline {
        Inline {
            text: text.into(),
            links: links
                .iter()
                .map(|(t, d)| Link {
                    text: t.to_string(),
                    dest: d.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn status_and_type_from_a_sentence() {
        let s = statuses(&linked(
            "If successful, this method returns a 201 Created response code and a new accessPackage object in the response body.",
            &[("accessPackage", "../resources/accesspackage.md")],
        ));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].status, 201);
        assert_eq!(s[0].ty, Some(TypeRef::named("accessPackage")));
    }

    #[test]
    fn primitives_named_without_links() {
        let ty = |text: &str| statuses(&Inline::plain(text)).remove(0).ty;
        assert_eq!(
            ty("If successful, this function returns a `200 OK` response code and a String collection in the response body."),
            Some(TypeRef::collection_of("String"))
        );
        assert_eq!(
            ty("If successful, this action returns a `200 OK` response code and a Boolean in the response body."),
            Some(TypeRef::named("Boolean"))
        );
        assert_eq!(
            ty("This method returns a `200 OK` response code and an Int32 in the response body."),
            Some(TypeRef::named("Int32"))
        );
        assert_eq!(
            ty("It returns a `200 OK` response code and a Stream in the response body."),
            Some(TypeRef::named("Stream"))
        );
        // Not a type: no article, no tail, or a word that is no primitive.
        assert_eq!(
            ty("It returns a `200 OK` response code and String in the response body."),
            None
        );
        assert_eq!(
            ty("It returns a `200 OK` response code and a string that names it."),
            None
        );
        assert_eq!(
            ty("It returns a `200 OK` response code and a token in the response body."),
            None
        );
    }

    #[test]
    fn comma_spelling_and_collections_and_no_type() {
        let s = statuses(&Inline::plain(
            "If successful, this method returns `201, Created` response code.",
        ));
        assert_eq!((s[0].status, s[0].ty.clone()), (201, None));
        let s = statuses(&linked(
            "If successful, this method returns a 200 OK response code and a collection of user objects in the response body.",
            &[("user", "../resources/user.md")],
        ));
        assert_eq!(s[0].ty, Some(TypeRef::collection_of("user")));
        let s = statuses(&Inline::plain(
            "If successful, this method returns 204 No Content. It returns 202 Accepted when slow.",
        ));
        assert_eq!(
            s.iter().map(|s| s.status).collect::<Vec<_>>(),
            vec![204, 202]
        );
        assert!(statuses(&Inline::plain("There are 200 users.")).is_empty());
    }

    #[test]
    fn request_body_type_linked_or_plain() {
        let i = linked(
            "In the request body, supply a JSON representation of an accessPackage object.",
            &[("accessPackage", "../resources/accesspackage.md")],
        );
        assert_eq!(represented_type(&i).unwrap().0.name, "accessPackage");
        let i = Inline::plain(
            "In the request body, supply a JSON representation of the accessPackage object.",
        );
        assert_eq!(represented_type(&i).unwrap().0.name, "accessPackage");
        let i = Inline::plain("In the request body, supply a JSON representation for the entitlementManagement object.");
        assert_eq!(
            represented_type(&i).unwrap().0.name,
            "entitlementManagement"
        );
        let i = Inline::plain(
            "In the request body, supply a JSON representation of the values for relevant fields.",
        );
        assert!(represented_type(&i).is_none());
        let i = Inline::plain("provide a JSON representation of that resource instance as well");
        assert!(represented_type(&i).is_none());
    }

    #[test]
    fn case_insensitive_search_finds_what_lower_casing_finds() {
        for (hay, needle) in [
            ("Inherits from entity", "inherits from"),
            ("x INHERITS FROM y", "inherits from"),
            ("ïnherits from, then Inherits From", "inherits from"),
            ("inherit", "inherits from"),
            ("", "a"),
            ("abc", ""),
        ] {
            assert_eq!(
                find_ignore_ascii_case(hay, needle),
                hay.to_ascii_lowercase().find(needle),
                "{hay:?}"
            );
        }
        assert!(starts_with_ignore_ascii_case("CREATED resource", "Created"));
        assert!(!starts_with_ignore_ascii_case("Cre", "Created"));
    }

    #[test]
    fn no_body_sentences() {
        assert!(says_no_body(&Inline::plain(
            "Do not supply a request body for this method."
        )));
        assert!(!says_no_body(&Inline::plain("Supply a JSON object.")));
    }
}
