//! Reading a type from a table cell or a sentence: `String`, `String collection`,
//! `[requestSchedule](../resources/requestschedule.md)`, `Collection(Edm.String)`,
//! `microsoft.graph.x`, `Int32 or String`…

use super::blocks::Inline;
use crate::model::typeref::{split_qualified, TypeRef};

/// What a type cell says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeCell {
    /// The type.
    pub ty: TypeRef,
    /// A namespace other than `microsoft.graph` that was stripped from the name.
    pub foreign_namespace: Option<String>,
    /// The cell named more than one type (`Int32 or String`); the first was taken.
    pub alternatives: Vec<String>,
}

/// Reads a type cell. `None` when nothing type-like is in it (empty, TODO, prose).
pub fn parse_type_cell(cell: &Inline) -> Option<TypeCell> {
    let text = cell.text.trim();
    let mut collection = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("collection"));
    let name_text = match cell.links.iter().find(|l| !l.text.is_empty()) {
        Some(link) if is_name_like(&link.text) => link.text.clone(),
        Some(link) => file_stem(&link.dest)?,
        None => {
            let mut t = text.trim_matches('`').trim().to_string();
            if let Some(inner) = strip_collection(&t) {
                t = inner.to_string();
                collection = true;
            }
            t
        }
    };
    let cleaned = strip_parentheticals(&name_text);
    let cleaned = cleaned.trim().trim_matches('`').trim();
    let cleaned = cleaned
        .strip_suffix(" collection")
        .or_else(|| cleaned.strip_suffix(" Collection"))
        .unwrap_or(cleaned)
        .trim();
    let cleaned = cleaned
        .strip_prefix("collection of ")
        .unwrap_or(cleaned)
        .trim();
    let parts: Vec<&str> = cleaned
        .split([',', '|', '/'])
        .flat_map(|p| p.split(" or "))
        .map(|p| p.trim().trim_matches('`').trim())
        .filter(|p| !p.is_empty())
        .collect();
    let first = *parts.first()?;
    let first = match strip_collection(first) {
        Some(inner) => {
            collection = true;
            inner
        }
        None => first,
    };
    let alternatives = if parts.len() > 1 {
        parts.iter().map(|s| s.to_string()).collect()
    } else {
        linked_alternatives(cell)
    };
    if first.eq_ignore_ascii_case("json object") || first.eq_ignore_ascii_case("json") {
        return Some(TypeCell {
            ty: TypeRef {
                collection,
                ..TypeRef::untyped()
            },
            foreign_namespace: None,
            alternatives,
        });
    }
    if !is_name_like(first) {
        return None;
    }
    let q = split_qualified(first)?;
    Some(TypeCell {
        ty: TypeRef {
            collection,
            ..TypeRef::named(&q.name)
        },
        foreign_namespace: q.foreign_namespace,
        alternatives,
    })
}

/// The most links a type cell may join as alternatives (Graph's cells join
/// two): each is looked for in the cell's text, so a hostile cell of
/// thousands of links would cost their square.
const MAX_ALTERNATIVES: usize = 16;

/// The types a cell names by several links joined as alternatives
/// (`[appHostedMediaConfig](…) or [serviceHostedMediaConfig](…)`), in
/// order; empty unless the links are all the cell says besides joining
/// words (`or`, `,`, `/`) and `collection`, so a cell that links a type and
/// then explains it with another link names one type.
fn linked_alternatives(cell: &Inline) -> Vec<String> {
    if cell.links.len() > MAX_ALTERNATIVES {
        return Vec::new();
    }
    let named: Vec<(&str, String)> = cell
        .links
        .iter()
        .filter(|l| !l.text.is_empty())
        .filter_map(|l| {
            let name = if is_name_like(&l.text) {
                Some(l.text.trim().to_string())
            } else {
                file_stem(&l.dest)
            };
            // As the first is read: `microsoft.graph.x` is `x`.
            name.and_then(|n| split_qualified(&n))
                .map(|q| (l.text.as_str(), q.name))
        })
        .collect();
    if named.len() < 2 {
        return Vec::new();
    }
    let mut rest = cell.text.clone();
    for (text, _) in &named {
        rest = rest.replacen(text, " ", 1);
    }
    let only_joiners = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '`' | '*' | '[' | ']'))
        .filter(|w| !w.is_empty())
        .all(|w| w.eq_ignore_ascii_case("or") || w.eq_ignore_ascii_case("collection"));
    if !only_joiners {
        return Vec::new();
    }
    let mut names: Vec<String> = Vec::with_capacity(named.len());
    for (_, n) in named {
        if !names.iter().any(|x| x.eq_ignore_ascii_case(&n)) {
            names.push(n);
        }
    }
    if names.len() < 2 {
        names.clear();
    }
    names
}

/// `Collection(x)` in any letter case → `x`.
fn strip_collection(s: &str) -> Option<&str> {
    let prefix = s.get(..11)?;
    prefix
        .eq_ignore_ascii_case("collection(")
        .then(|| s[11..].strip_suffix(')'))
        .flatten()
        .map(str::trim)
}

/// `identitySet`, `microsoft.graph.x`, `Edm.String`: letters, digits, `_` and dots.
pub fn is_name_like(s: &str) -> bool {
    let s = s.trim().trim_start_matches('#');
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

/// `../resources/requestschedule.md#x` → `requestschedule`, when that is a
/// name (a type's; see [`page_stem`] for any page's).
pub fn file_stem(dest: &str) -> Option<String> {
    let stem = page_stem(dest);
    is_name_like(stem).then(|| stem.to_string())
}

/// A link's or page path's file name without anchor, query or `.md`
/// (`../resources/insights-used.md#x` → `insights-used`), dashes and all.
pub fn page_stem(dest: &str) -> &str {
    let path = dest.split(['#', '?']).next().unwrap_or(dest);
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".md").unwrap_or(name)
}

fn strip_parentheticals(s: &str) -> String {
    if !s.contains(['(', ')']) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // Keep `Collection(...)`: its parentheses hold the type.
            '(' if out.to_ascii_lowercase().ends_with("collection") => {
                out.push(c);
                let mut inner_depth = 1;
                for c in chars.by_ref() {
                    out.push(c);
                    match c {
                        '(' => inner_depth += 1,
                        ')' => {
                            inner_depth -= 1;
                            if inner_depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::blocks::Link;

    fn cell(text: &str) -> Inline {
        Inline::plain(text)
    }

    fn linked(text: &str, link: &str, dest: &str) -> Inline {
        Inline {
            text: text.into(),
            links: vec![Link {
                text: link.into(),
                dest: dest.into(),
            }],
        }
    }

    #[test]
    fn plain_and_primitive_spellings() {
        assert_eq!(
            parse_type_cell(&cell("String")).unwrap().ty,
            TypeRef::named("String")
        );
        assert_eq!(parse_type_cell(&cell("string")).unwrap().ty.name, "String");
        assert_eq!(
            parse_type_cell(&cell("Edm.Int32")).unwrap().ty.name,
            "Int32"
        );
        assert_eq!(
            parse_type_cell(&cell("String (identifier)"))
                .unwrap()
                .ty
                .name,
            "String"
        );
        assert_eq!(
            parse_type_cell(&cell("DateTimeOffset")).unwrap().ty.name,
            "DateTimeOffset"
        );
    }

    #[test]
    fn collections_in_every_spelling() {
        assert_eq!(
            parse_type_cell(&cell("String collection")).unwrap().ty,
            TypeRef::collection_of("String")
        );
        assert_eq!(
            parse_type_cell(&cell("Collection(Edm.String)")).unwrap().ty,
            TypeRef::collection_of("String")
        );
        assert_eq!(
            parse_type_cell(&cell("collection(string)")).unwrap().ty,
            TypeRef::collection_of("String")
        );
        let c = linked("identitySet collection", "identitySet", "identityset.md");
        assert_eq!(
            parse_type_cell(&c).unwrap().ty,
            TypeRef::collection_of("identitySet")
        );
        let c = linked("Collection(identitySet)", "identitySet", "identityset.md");
        assert_eq!(
            parse_type_cell(&c).unwrap().ty,
            TypeRef::collection_of("identitySet")
        );
    }

    #[test]
    fn links_give_the_name_and_foreign_namespaces_are_stripped() {
        let c = linked(
            "Microsoft.IGAELM.EC.FrontEnd.ExternalModel.requestSchedule",
            "Microsoft.IGAELM.EC.FrontEnd.ExternalModel.requestSchedule",
            "../resources/requestschedule.md",
        );
        let t = parse_type_cell(&c).unwrap();
        assert_eq!(t.ty.name, "requestSchedule");
        assert_eq!(
            t.foreign_namespace.as_deref(),
            Some("Microsoft.IGAELM.EC.FrontEnd.ExternalModel")
        );
        let t = parse_type_cell(&linked(
            "microsoft.graph.itemBody",
            "microsoft.graph.itemBody",
            "itembody.md",
        ))
        .unwrap();
        assert_eq!(
            (t.ty.name.as_str(), t.foreign_namespace),
            ("itemBody", None)
        );
    }

    #[test]
    fn alternatives_and_junk() {
        let t = parse_type_cell(&cell("Int32 or String")).unwrap();
        assert_eq!(t.ty.name, "Int32");
        assert_eq!(t.alternatives, vec!["Int32", "String"]);
        assert!(parse_type_cell(&cell("")).is_none());
        assert!(parse_type_cell(&cell("see the table below")).is_none());
        assert_eq!(
            parse_type_cell(&cell("JSON object")).unwrap().ty.name,
            "Untyped"
        );
    }

    fn links(text: &str, links: &[(&str, &str)]) -> Inline {
        Inline::with_links(text, links)
    }

    #[test]
    fn linked_alternatives_are_all_kept() {
        let both = [
            ("appHostedMediaConfig", "apphostedmediaconfig.md"),
            ("serviceHostedMediaConfig", "servicehostedmediaconfig.md"),
        ];
        let t = parse_type_cell(&links(
            "appHostedMediaConfig or serviceHostedMediaConfig",
            &both,
        ))
        .unwrap();
        assert_eq!(t.ty, TypeRef::named("appHostedMediaConfig"));
        assert_eq!(
            t.alternatives,
            ["appHostedMediaConfig", "serviceHostedMediaConfig"]
        );
        // Joined by commas, in a collection, a link text that is no name.
        let t = parse_type_cell(&links(
            "user, group collection",
            &[("user", "user.md"), ("group", "../resources/group.md")],
        ))
        .unwrap();
        assert_eq!(t.ty, TypeRef::collection_of("user"));
        assert_eq!(t.alternatives, ["user", "group"]);
        // Qualified names are read as the first is.
        let t = parse_type_cell(&links(
            "microsoft.graph.user or microsoft.graph.group",
            &[
                ("microsoft.graph.user", "user.md"),
                ("microsoft.graph.group", "group.md"),
            ],
        ))
        .unwrap();
        assert_eq!(t.ty, TypeRef::named("user"));
        assert_eq!(t.alternatives, ["user", "group"]);
        // A second link that explains the first is no alternative.
        let t = parse_type_cell(&links(
            "appHostedMediaConfig, see serviceHostedMediaConfig",
            &both,
        ))
        .unwrap();
        assert!(t.alternatives.is_empty());
        // A cell of many links is read as its first (hostile input stays cheap).
        let many: Vec<(String, String)> = (0..20_000)
            .map(|i| (format!("t{i}"), format!("t{i}.md")))
            .collect();
        let pairs: Vec<(&str, &str)> = many.iter().map(|(t, d)| (t.as_str(), d.as_str())).collect();
        let text = many
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(" or ");
        let t = parse_type_cell(&links(&text, &pairs)).unwrap();
        assert_eq!(t.ty.name, "t0");
        assert!(t.alternatives.is_empty());
        // The same type linked twice is one type.
        let t = parse_type_cell(&links(
            "user or user",
            &[("user", "user.md"), ("user", "user.md")],
        ))
        .unwrap();
        assert!(t.alternatives.is_empty());
    }
}
