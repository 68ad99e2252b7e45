//! Resource and enum pages: the type's name, base type, property and
//! relationship tables, enum members and JSON representation.

use super::blocks::{Inline, Link, Table};
use super::prose::{find_ignore_ascii_case, is_type_link, link_type_name};
use super::rules::{self, BaseLink, Column};
use super::tables::{cell, named_rows, Layout};
use super::typecell::is_name_like;
use super::Sink;
use crate::model::typeref::{split_qualified, TypeRef};
use crate::model::{EnumMember, FactOrigin, Property};

/// The type name a resource page's title gives (`user resource type` → `user`),
/// falling back to the file name.
pub fn type_name(heading: Option<&str>, title: Option<&str>, file: &str) -> String {
    for candidate in [heading, title].into_iter().flatten() {
        let mut t = candidate.trim().trim_matches('`').to_string();
        let lower = t.to_ascii_lowercase();
        if let Some(suffix) = rules::RESOURCE_TITLE_SUFFIXES
            .iter()
            .find(|s| lower.ends_with(*s))
        {
            t.truncate(t.len() - suffix.len());
        }
        let t = t.trim().trim_matches('`');
        if let Some(q) = split_qualified(t).filter(|_| is_name_like(t)) {
            return q.name;
        }
    }
    let stem = file.rsplit('/').next().unwrap_or(file);
    stem.strip_suffix(".md").unwrap_or(stem).to_string()
}

/// The base type a paragraph states (`Inherits from [entity](entity.md).`,
/// `Derived from [place](place.md).`, `A subclass of
/// [educationResource](educationresource.md).` → the linked or named type),
/// by the phrases of [`rules::BASE_TYPE_PHRASES`], the earliest that names a
/// type first.
pub fn stated_base(p: &Inline) -> Option<String> {
    // Every paragraph of every page is asked: search without a lower-cased copy.
    let mut found: Vec<(usize, BaseLink)> = rules::BASE_TYPE_PHRASES
        .iter()
        .filter_map(|&(phrase, link)| {
            find_ignore_ascii_case(&p.text, phrase).map(|at| (at + phrase.len(), link))
        })
        .collect();
    found.sort_by_key(|&(at, _)| at);
    found
        .into_iter()
        .find_map(|(at, link)| base_after(p, &p.text[at..], link))
}

/// The type named in `after` (the rest of `p` after a base-type phrase): a
/// type link where `where_link` allows it, else the word right after the
/// phrase when it is shaped like a type name.
fn base_after(p: &Inline, after: &str, where_link: BaseLink) -> Option<String> {
    let word = first_name_after(after);
    let text_of = |l: &Link| {
        l.text
            .trim()
            .trim_matches(|c| c == '*' || c == '`')
            .to_string()
    };
    let mut links = p.links.iter().filter(|l| is_type_link(l));
    let link = match where_link {
        BaseLink::RightAfter => links.find(|l| word == Some(text_of(l).as_str())),
        // The link whose text comes first as whole words (`[teamsApp](…) …
        // inherits from [teamsAppInstallation](…)` is no `teamsApp`, though
        // its text is in the other's).
        BaseLink::Later => links
            .take(MAX_LATER_LINKS)
            .filter_map(|l| Some((whole_words_at(after, &text_of(l))?, l)))
            .min_by_key(|&(at, _)| at)
            .map(|(_, l)| l),
    };
    if let Some(link) = link {
        return link_type_name(link)
            .and_then(|n| split_qualified(&n))
            .map(|q| q.name);
    }
    let word = word?;
    // Graph's type names are lower camel case (`printOperation`), qualified,
    // or the root `entity`; `ISO`, `base` and `descendants` are words.
    let type_shaped = word.contains('.')
        || word.eq_ignore_ascii_case(rules::ROOT_ENTITY_TYPE)
        || (word.starts_with(|c: char| c.is_ascii_lowercase())
            && word.chars().any(|c| c.is_ascii_uppercase()));
    split_qualified(word)
        .filter(|_| type_shaped && is_name_like(word))
        .map(|q| q.name)
}

/// The most type links of one paragraph looked for after `inherits from`:
/// each is a search of the rest of the paragraph, and a hostile paragraph
/// may hold thousands.
const MAX_LATER_LINKS: usize = 64;

/// Where `words` first stand in `text` as whole words (not inside a longer
/// name: `teamsApp` in `teamsAppInstallation` does not count).
fn whole_words_at(text: &str, words: &str) -> Option<usize> {
    if words.is_empty() {
        return None;
    }
    let is_name_char = |c: char| c.is_ascii_alphanumeric() || c == '_';
    text.match_indices(words).map(|(at, _)| at).find(|&at| {
        !text[..at].ends_with(is_name_char) && !text[at + words.len()..].starts_with(is_name_char)
    })
}

/// The first word of `text` that is not an article, without the markup and
/// punctuation around it (`the [**baseItem**](…) resource` → `baseItem`).
fn first_name_after(text: &str) -> Option<&str> {
    text.split_whitespace()
        .filter(|w| {
            !rules::BASE_TYPE_ARTICLES
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a))
        })
        .map(|w| {
            w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '.')
                .trim_end_matches('.')
        })
        .next()
        .filter(|w| !w.is_empty())
}

/// The type that rows' descriptions say their properties are inherited from
/// (`Inherited from [entity](entity.md).`), for a page whose paragraphs
/// state no base type. `entity`, every entity's root, gives way to another
/// (an `id` row inherited from `entity` beside rows from `place`); of
/// several others, the first named: pages that list a chain's properties
/// list the root's first (`mobileApp`'s, then `mobileLobApp`'s on
/// `androidLobApp`), and an ancestor keeps the pages of sibling types on
/// one base. Each description comes with its row's line; the base with the
/// first row that names it.
pub fn base_of_inherited_rows<'a>(
    descriptions: impl Iterator<Item = (&'a str, u32)>,
) -> Option<(String, u32)> {
    let mut root = None;
    for (d, line) in descriptions {
        let Some(at) = find_ignore_ascii_case(d, rules::INHERITED_PROPERTY_PHRASE) else {
            continue;
        };
        let after = &d[at + rules::INHERITED_PROPERTY_PHRASE.len()..];
        let Some(q) = first_name_after(after)
            .filter(|w| is_name_like(w))
            .and_then(split_qualified)
        else {
            continue;
        };
        if !q.name.eq_ignore_ascii_case(rules::ROOT_ENTITY_TYPE) {
            return Some((q.name, line));
        }
        root.get_or_insert((q.name, line));
    }
    root
}

/// Reads a Properties/Relationships table as properties, with the
/// alternatives of each row whose type cell names several types (the
/// property holds their common base, settled once every page is read).
pub fn properties(
    table: &Table,
    navigation: bool,
    sink: &mut Sink,
) -> (Vec<Property>, Vec<super::TypeAlternatives>) {
    let mut alternatives = Vec::new();
    let props = named_rows(table, sink)
        .into_iter()
        .filter_map(|row| {
            let cell = row.ty?;
            let ty = cell.ty;
            if cell.alternatives.len() > 1 {
                alternatives.push(super::TypeAlternatives {
                    property: row.name.clone(),
                    types: cell.alternatives,
                });
            }
            Some(Property {
                name: row.name,
                ty,
                required: row.required,
                description: row.description,
                navigation,
                source: FactOrigin::Table,
                file: sink.file.clone(),
                line: row.line,
                provenance: Default::default(),
                metadata: None,
            })
        })
        .collect();
    (props, alternatives)
}

/// Reads a Methods table: the linked API page, link text and return type of
/// each row. Rows without a link to a page are skipped (nothing to resolve).
pub fn methods(table: &Table) -> Vec<super::MethodRow> {
    let layout = Layout::of(table);
    let (Some(method), ty) = (
        layout.index(Column::Method),
        layout.index(Column::ReturnType),
    ) else {
        return Vec::new();
    };
    table
        .rows
        .iter()
        .filter_map(|row| {
            let link = cell(row, Some(method))?
                .links
                .iter()
                .find(|l| l.dest.split('#').next().is_some_and(|d| d.ends_with(".md")))?;
            Some(super::MethodRow {
                text: link.text.trim().to_string(),
                page: link.dest.split('#').next().unwrap_or_default().to_string(),
                ty: cell(row, ty)
                    .and_then(super::typecell::parse_type_cell)
                    .map(|c| c.ty),
                line: row.line,
            })
        })
        .collect()
}

/// Whether a table lists enum members: a name column and no type column.
pub fn is_member_table(table: &Table) -> bool {
    let layout = Layout::of(table);
    layout.index(Column::Type).is_none()
        && (layout.index(Column::Name).is_some() || layout.index(Column::Value).is_some())
}

/// Reads enum members (`Member | Value | Description` or `Value | Description`).
pub fn members(table: &Table, sink: &mut Sink) -> Vec<EnumMember> {
    let layout = Layout::of(table);
    let has_name = layout.index(Column::Name).is_some();
    let value_col = layout.index(Column::Value);
    let desc_col = layout.index(Column::Description);
    let name_col = if has_name {
        layout.index(Column::Name)
    } else {
        value_col
    };
    table
        .rows
        .iter()
        .filter_map(|row| {
            let (name, note) = super::tables::cell(row, name_col)
                .map(|c| super::tables::name_and_note(&c.text))?;
            if name.is_empty() {
                return None;
            }
            if name.contains(char::is_whitespace) {
                // A sentence or two words cannot be a wire value: say so
                // rather than dropping the row unseen.
                let quoted: String = name.chars().take(60).collect();
                sink.diagnostics.push(
                    crate::diagnostics::Diagnostic::new(
                        crate::diagnostics::Code::InvalidMemberName,
                        &sink.file,
                        row.line,
                        format!(
                            "enum member `{quoted}` is not a wire value (it has spaces); left out"
                        ),
                    )
                    .quoting(&quoted),
                );
                return None;
            }
            let value = if has_name {
                super::tables::cell(row, value_col).and_then(|c| c.text.trim().parse().ok())
            } else {
                None
            };
            let description = super::tables::cell(row, desc_col)
                .map(|c| c.text.clone())
                .filter(|d| !d.is_empty());
            let description = super::tables::with_note(description, note.as_deref());
            Some(EnumMember {
                name,
                value,
                description,
                source: sink.at(row.line),
                provenance: Default::default(),
            })
        })
        .collect()
}

/// A property type stated only by a JSON representation value (`"string"`,
/// `{"@odata.type": "microsoft.graph.identitySet"}`), for cross-checks.
pub fn representation_type(value: &serde_json::Value) -> Option<TypeRef> {
    match value {
        serde_json::Value::String(s) => {
            // "String (timestamp)" is how the pages spell a DateTimeOffset,
            // "String (ISO 8601 duration)" a Duration: a string that holds
            // another primitive.
            if let Some(held) = crate::model::typeref::string_held_primitive(s) {
                return Some(TypeRef::named(held));
            }
            if s.to_ascii_lowercase().contains("timestamp") {
                return Some(TypeRef::named("DateTimeOffset"));
            }
            // A placeholder names a primitive ("String", "Int32") or a
            // qualified type ("microsoft.graph.identitySet"); any other word
            // is an example value (`"displayName": "ActivityBasedTimeoutPolicy"`),
            // not a type.
            let first = s.split([' ', '(', '|']).next()?;
            let ty = TypeRef::named(first);
            (is_name_like(first) && (ty.is_primitive() || first.contains('.'))).then_some(ty)
        }
        serde_json::Value::Bool(_) => Some(TypeRef::named("Boolean")),
        serde_json::Value::Number(n) if n.is_f64() => Some(TypeRef::named("Double")),
        serde_json::Value::Number(_) => Some(TypeRef::named("Int32")),
        serde_json::Value::Object(o) => o
            .get("@odata.type")
            .and_then(|t| t.as_str())
            .and_then(split_qualified)
            .map(|q| TypeRef::named(&q.name)),
        serde_json::Value::Array(a) => a.first().and_then(representation_type).map(|t| TypeRef {
            collection: true,
            ..t
        }),
        serde_json::Value::Null => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::blocks::TableRow;
    use std::sync::Arc;

    #[test]
    fn names_from_titles() {
        assert_eq!(
            type_name(Some("user resource type"), None, "user.md"),
            "user"
        );
        assert_eq!(
            type_name(Some("accessPackage resource type"), None, "x.md"),
            "accessPackage"
        );
        assert_eq!(
            type_name(Some("Working with users"), None, "resources/users.md"),
            "users"
        );
        assert_eq!(
            type_name(Some("riskLevel enum type"), None, "r.md"),
            "riskLevel"
        );
    }

    #[test]
    fn base_types() {
        let linked = |text: &str, link: &str, dest: &str| Inline::with_links(text, &[(link, dest)]);
        let base = |p: &Inline| stated_base(p);
        let p = linked("Inherits from entity.", "entity", "entity.md");
        assert_eq!(base(&p).as_deref(), Some("entity"));
        assert_eq!(
            base(&Inline::plain("Inherits from directoryObject.")).as_deref(),
            Some("directoryObject")
        );
        assert_eq!(base(&Inline::plain("Represents a user.")), None);
        // The other phrases the docs use, the link right after the phrase.
        for (text, link, want) in [
            ("Derived from place.", "place", "place"),
            (
                "A subclass of educationResource. An Excel document.",
                "educationResource",
                "educationResource",
            ),
            (
                "The drive resource is derived from the baseItem resource.",
                "baseItem",
                "baseItem",
            ),
            (
                "The principalResourceMembershipsScope is a type of accessReviewScope which …",
                "accessReviewScope",
                "accessReviewScope",
            ),
            (
                "chatMessageHostedContent derives from teamworkHostedContent",
                "teamworkHostedContent",
                "teamworkHostedContent",
            ),
        ] {
            let dest = format!("{}.md", link.to_ascii_lowercase());
            assert_eq!(
                base(&linked(text, link, &dest)).as_deref(),
                Some(want),
                "{text}"
            );
        }
        // Unlinked, only a name shaped like a type's.
        assert_eq!(
            base(&Inline::plain(
                "A type derived from apiAuthenticationConfigurationBase that is used …"
            ))
            .as_deref(),
            Some("apiAuthenticationConfigurationBase")
        );
        assert_eq!(
            base(&Inline::plain(
                "Represents a long-running operation. Derived from microsoft.graph.printOperation."
            ))
            .as_deref(),
            Some("printOperation")
        );
        for plain in [
            "languagecode2 is a lowercase two-letter code derived from ISO 639-1.",
            "except for properties that are derived from descendants (like childCount).",
            "This is a subclass of the kind described below.",
        ] {
            assert_eq!(base(&Inline::plain(plain)), None, "{plain}");
        }
        // A link later in the sentence names no base for these phrases.
        let later = linked(
            "Values derived from settings, see [user](user.md).",
            "user",
            "user.md",
        );
        assert_eq!(base(&later), None);
        // After `inherits from`, the link whose text comes first as whole
        // words, wherever it stands; unlinked, a word shaped like a type.
        let links = Inline::with_links;
        let two = links(
            "Represents a teamsApp installed for a user. This type inherits from teamsAppInstallation.",
            &[
                ("teamsApp", "teamsapp.md"),
                ("user", "user.md"),
                ("teamsAppInstallation", "teamsappinstallation.md"),
            ],
        );
        assert_eq!(base(&two).as_deref(), Some("teamsAppInstallation"));
        let class = links(
            "Inherits from base class identityUserFlow.",
            &[("identityUserFlow", "identityuserflow.md")],
        );
        assert_eq!(base(&class).as_deref(), Some("identityUserFlow"));
        let spaced = links(
            "Inherits from Conditional Access Session Control.",
            &[(
                "Conditional Access Session Control",
                "conditionalaccesssessioncontrol.md",
            )],
        );
        assert_eq!(
            base(&spaced).as_deref(),
            Some("conditionalaccesssessioncontrol")
        );
        assert_eq!(
            base(&Inline::plain(
                "A singleton that inherits from base policy type."
            )),
            None
        );
        assert_eq!(
            base(&Inline::plain("Inherits from entity.")).as_deref(),
            Some("entity")
        );
        // The earliest phrase that names a type decides.
        let two = Inline::plain("Derived from ISO codes. Inherits from outlookItem.");
        assert_eq!(base(&two).as_deref(), Some("outlookItem"));
    }

    #[test]
    fn bases_of_inherited_rows() {
        let rows = |ds: &[&'static str]| -> Option<(String, u32)> {
            base_of_inherited_rows(ds.iter().enumerate().map(|(i, d)| (*d, 10 + i as u32)))
        };
        assert_eq!(
            rows(&[
                "The id. Inherited from entity.",
                "Name. Inherited from place."
            ]),
            Some(("place".to_string(), 11))
        );
        assert_eq!(
            rows(&[
                "Inherited from identitySet.",
                "Own.",
                "Inherited from IdentitySet."
            ]),
            Some(("identitySet".to_string(), 10))
        );
        assert_eq!(
            rows(&["The id. Inherited from entity."]),
            Some(("entity".to_string(), 10))
        );
        // Two types other than the root: the first named.
        assert_eq!(
            rows(&["Inherited from mobileApp.", "Inherited from mobileLobApp."]),
            Some(("mobileApp".to_string(), 10))
        );
        assert_eq!(rows(&["Not inherited.", "Inherited from 42."]), None);
    }

    #[test]
    fn enum_member_tables() {
        let t = Table {
            header: ["Member", "Value", "Description"]
                .map(Inline::plain)
                .to_vec(),
            rows: vec![TableRow {
                line: 9,
                cells: ["low", "0", "Low."].map(Inline::plain).to_vec(),
            }],
        };
        assert!(is_member_table(&t));
        let mut sink = Sink::new(Arc::from("r.md"));
        let m = members(&t, &mut sink);
        assert_eq!((m[0].name.as_str(), m[0].value), ("low", Some(0)));
    }

    #[test]
    fn representation_values_are_placeholders_only_when_they_name_types() {
        let ty = |v: serde_json::Value| representation_type(&v).map(|t| t.name);
        assert_eq!(ty(serde_json::json!("String")), Some("String".into()));
        assert_eq!(ty(serde_json::json!("Edm.Int32")), Some("Int32".into()));
        assert_eq!(
            ty(serde_json::json!("String (timestamp)")),
            Some("DateTimeOffset".into())
        );
        for (placeholder, held) in [
            ("String (ISO 8601 duration)", "Duration"),
            ("String (duration)", "Duration"),
            ("String (time of day)", "TimeOfDay"),
            ("String (binary)", "Binary"),
            ("String (identifier)", "String"),
            // A string that holds a number is still a string on the wire.
            ("String (double)", "String"),
        ] {
            assert_eq!(ty(serde_json::json!(placeholder)), Some(held.into()));
        }
        assert_eq!(
            ty(serde_json::json!("microsoft.graph.identitySet")),
            Some("microsoft.graph.identitySet".into())
        );
        assert_eq!(ty(serde_json::json!("ActivityBasedTimeoutPolicy")), None);
        assert_eq!(ty(serde_json::json!("displayName-value")), None);
    }
}
