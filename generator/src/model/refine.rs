//! Whole-model refinements, applied once every page has been read: facts
//! that only follow from comparing types with each other.
//!
//! - A property the docs type as `String` whose description lists its values
//!   (`Possible values are: low, normal, high.`) is typed as the documented
//!   enum with those members, when exactly one enum fits.
//! - A property a type only restates from its base type (shown by a JSON
//!   representation or an example, not stated by a table) is inherited, not
//!   declared again: the base type's declaration is the one that counts. A
//!   derived type's table that restates it with another type than the base
//!   type's table is overruled the same way (OData lets no type redeclare
//!   an inherited property), with a `conflicting-fact` warning.

use super::{FactOrigin, TypeDef};
use crate::diagnostics::{Code, Diagnostic};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

/// Members an enum may have that a description listing its values leaves
/// out: the sentinel the service adds to evolvable enums.
const UNLISTED_MEMBERS: &[&str] = &["unknownFutureValue"];

/// Words that join the last item of a list (`a, b, and c`, `a, b or c`).
const LIST_JOINERS: &[&str] = &["and", "or"];

/// Applies every refinement to the finished, canonically spelled types,
/// returning what they found wrong.
pub fn refine(types: &mut [TypeDef]) -> Vec<Diagnostic> {
    type_listed_values_as_enums(types);
    drop_restated_inherited(types)
}

/// Types `String` properties whose description lists the members of exactly
/// one enum (see [`listed_values`] and [`matching_enum`]): a documented one,
/// or one whose members other tables list.
pub fn type_listed_values_as_enums(types: &mut [TypeDef]) {
    let enums: Vec<KnownEnum> = types
        .iter()
        .filter(|t| !t.members.is_empty())
        .map(KnownEnum::of)
        .collect();
    // Each property is decided alone, so types are refined in parallel.
    types
        .par_iter_mut()
        .filter(|t| t.members.is_empty())
        .for_each(|t| {
            for p in &mut t.properties {
                if p.ty.name != "String" || p.source == FactOrigin::Example {
                    continue;
                }
                // A list of two or more values has a comma (cheap look first).
                let Some(description) = p.description.as_deref().filter(|d| d.contains(',')) else {
                    continue;
                };
                if let Some(name) = listed_values(description)
                    .iter()
                    .find_map(|values| matching_enum(&p.name, values, &enums))
                {
                    p.ty.name = name.to_string();
                }
            }
        });
}

/// An enum (documented, or listed by tables) as [`matching_enum`] compares
/// it: its name, lower-cased once (not once per property it is tried
/// against), and its members.
#[derive(Debug, Clone)]
pub struct KnownEnum {
    /// The enum's name, as the model spells it.
    pub name: String,
    /// `name`, lower-cased.
    pub key: String,
    /// Its members, lower-cased.
    pub members: HashSet<String>,
}

impl KnownEnum {
    /// The enum `t` (its members lower-cased).
    pub fn of(t: &TypeDef) -> Self {
        KnownEnum {
            name: t.name.clone(),
            key: t.name.to_ascii_lowercase(),
            members: t
                .members
                .iter()
                .map(|m| m.name.to_ascii_lowercase())
                .collect(),
        }
    }
}

/// Every comma-separated list of two or more single words in `text`
/// (`Possible values are: a, b, and c.` → `[a, b, c]`), lower-cased (see
/// [`listed_values_as_written`]).
pub fn listed_values(text: &str) -> Vec<Vec<String>> {
    let mut lists = listed_values_as_written(text);
    for list in &mut lists {
        for v in list {
            v.make_ascii_lowercase();
        }
    }
    lists
}

/// Every comma-separated list of two or more single words in `text`, spelled
/// as written (wire values: `Owner, Contributor`). A list item is one
/// identifier; the word before the first comma starts the list.
pub fn listed_values_as_written(text: &str) -> Vec<Vec<String>> {
    let mut lists = Vec::new();
    for sentence in text.split(['.', ';', '(', ')']) {
        let parts: Vec<&str> = sentence.split(',').collect();
        let mut current: Vec<String> = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let words: Vec<&str> = part.split_whitespace().collect();
            let item = if i == 0 {
                // The list's first item is the last word before the comma.
                words.last().copied()
            } else {
                match words.as_slice() {
                    [w] => Some(*w),
                    [j, w] if LIST_JOINERS.contains(&j.to_ascii_lowercase().as_str()) => Some(*w),
                    // `a, b, c are …`: the list ends with this part's first word.
                    [w, ..] if i == parts.len() - 1 => Some(*w),
                    _ => None,
                }
            };
            let item = item.map(|w| w.trim_matches(|c: char| "`'\"*:".contains(c)));
            match item.filter(|w| is_identifier(w)) {
                Some(w) => current.push(w.to_string()),
                None => {
                    if current.len() >= 2 {
                        lists.push(std::mem::take(&mut current));
                    }
                    current.clear();
                }
            }
            // An item followed by more words than a joiner ends the list.
            if i > 0 && words.len() > 2 {
                if current.len() >= 2 {
                    lists.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
        if current.len() >= 2 {
            lists.push(current);
        }
    }
    lists
}

fn is_identifier(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The enum, named like the property (its name contains the property's
/// name: `type` → `attendeeType`), whose members include every value listed:
/// the one whose members are exactly the values (give or take
/// `UNLISTED_MEMBERS`), else the only one (a description may list only
/// the values that apply to this property: `responseType` lists 3 of 6).
/// `None` when no enum, or more than one, fits.
pub fn matching_enum<'a>(
    property: &str,
    values: &[String],
    enums: &'a [KnownEnum],
) -> Option<&'a str> {
    let property = property.to_ascii_lowercase();
    // One searcher for every enum name (not one set up per name).
    let named_like = memchr::memmem::Finder::new(property.as_bytes());
    let listed: HashSet<&str> = values.iter().map(String::as_str).collect();
    let candidates: Vec<&KnownEnum> = enums
        .iter()
        .filter(|e| {
            named_like.find(e.key.as_bytes()).is_some()
                && listed.iter().all(|v| {
                    e.members.contains(*v) || e.members.iter().any(|m| is_misspelling(v, m))
                })
        })
        .collect();
    // Exactly the listed values, then give or take misspellings, then
    // the only enum that has them all: the first tier with one enum wins.
    let exact = |tolerant: bool| -> Vec<&str> {
        candidates
            .iter()
            .filter(|e| {
                e.members.iter().all(|m| {
                    listed.contains(m.as_str())
                        || (tolerant && listed.iter().any(|v| is_misspelling(v, m)))
                        || UNLISTED_MEMBERS.iter().any(|u| u.eq_ignore_ascii_case(m))
                })
            })
            .map(|e| e.name.as_str())
            .collect()
    };
    let all: Vec<&str> = candidates.iter().map(|e| e.name.as_str()).collect();
    [exact(false), exact(true), all]
        .into_iter()
        .find(|tier| !tier.is_empty())
        .and_then(|tier| match tier.as_slice() {
            [name] => Some(*name),
            _ => None,
        })
}

/// Shortest word length at which one dropped, added or changed letter is
/// read as a misspelling (`occurence` for `occurrence`) rather than another word.
const MISSPELLING_MIN_LEN: usize = 8;

/// Whether `a` and `b` (both at least [`MISSPELLING_MIN_LEN`] long) differ by
/// exactly one letter dropped, added or changed.
fn is_misspelling(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().min(b.len()) < MISSPELLING_MIN_LEN || a.len().abs_diff(b.len()) > 1 || a == b {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a.len().max(b.len()) - prefix - suffix <= 1 && a.len() + b.len() - 2 * (prefix + suffix) <= 2
}

/// Removes properties a type only restates (from a JSON representation or an
/// example) when a type along its `baseType` chain declares them, and those
/// its table restates with another type than a base type's table gives them
/// (reported as a `conflicting-fact`).
pub fn drop_restated_inherited(types: &mut [TypeDef]) -> Vec<Diagnostic> {
    let index: HashMap<String, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.to_ascii_lowercase(), i))
        .collect();
    let mut diagnostics = Vec::new();
    // Per type, whether each of its properties goes (decided on the types as
    // they are, then applied).
    let drops: Vec<Vec<bool>> = (0..types.len())
        .map(|i| {
            // The nearest base's declaration of each inherited name: (type, property) indexes.
            let mut found: HashMap<String, (usize, usize)> = HashMap::new();
            let mut seen = HashSet::from([i]);
            let mut next = types[i].base_type.as_deref();
            while let Some(&b) = next.and_then(|n| index.get(&n.to_ascii_lowercase())) {
                if !seen.insert(b) {
                    break;
                }
                for (pi, p) in types[b].properties.iter().enumerate() {
                    found.entry(p.name.to_ascii_lowercase()).or_insert((b, pi));
                }
                next = types[b].base_type.as_deref();
            }
            let t = &types[i];
            t.properties
                .iter()
                .map(|p| {
                    let Some(&(b, pi)) = found.get(&p.name.to_ascii_lowercase()) else {
                        return false;
                    };
                    if p.source != FactOrigin::Table {
                        return true;
                    }
                    let declared = &types[b].properties[pi];
                    if declared.source != FactOrigin::Table || declared.ty == p.ty {
                        return false;
                    }
                    diagnostics.push(
                        Diagnostic::at(
                            Code::ConflictingFact,
                            &p.source_ref(),
                            format!(
                                "`{}.{}`: the table says `{}`, but base type `{}` declares it `{}` ({}:{}); a type cannot redeclare an inherited property, so it is read as inherited",
                                t.name,
                                p.name,
                                super::infer::describe(&p.ty),
                                types[b].name,
                                super::infer::describe(&declared.ty),
                                declared.file,
                                declared.line
                            ),
                        )
                        .quoting(&p.name),
                    );
                    true
                })
                .collect()
        })
        .collect();
    for (t, drop) in types.iter_mut().zip(drops) {
        let mut drop = drop.into_iter();
        t.properties.retain(|_| !drop.next().unwrap_or(false));
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EnumMember, Property, TypeRef};
    use crate::source::SourceRef;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn lists_in_descriptions() {
        assert_eq!(
            listed_values(
                "Possible values are: notStarted, running, completed, failed. Read-only."
            ),
            vec![s(&["notstarted", "running", "completed", "failed"])]
        );
        assert_eq!(
            listed_values("The rejection reason. Possible values are None, Busy, and Forbidden."),
            vec![s(&["none", "busy", "forbidden"])]
        );
        assert_eq!(
            listed_values("The attendee type: required, optional, resource."),
            vec![s(&["required", "optional", "resource"])]
        );
        assert!(listed_values("The display name of the user. Required.").is_empty());
        assert!(listed_values("Represents users, in a large group of people, daily.").is_empty());
    }

    fn ty(name: &str, members: &[&str], props: Vec<Property>) -> TypeDef {
        TypeDef {
            name: name.into(),
            namespace: "microsoft.graph".into(),
            base_type: None,
            base_type_inferred: false,
            description: None,
            properties: props,
            members: members
                .iter()
                .map(|m| EnumMember {
                    name: m.to_string(),
                    value: None,
                    description: None,
                    source: SourceRef::new(&"e.md".into(), 1),
                    provenance: Default::default(),
                })
                .collect(),
            documented: true,
            sources: Vec::new(),
            provenance: Default::default(),
        }
    }

    fn prop(name: &str, t: &str, description: &str, source: FactOrigin) -> Property {
        Property {
            name: name.into(),
            ty: TypeRef::named(t),
            required: None,
            description: Some(description.into()),
            navigation: false,
            source,
            file: "r.md".into(),
            line: 3,
            provenance: Default::default(),
            metadata: None,
        }
    }

    #[test]
    fn strings_listing_an_enums_members_take_it() {
        let mut types = vec![
            ty("importance", &["low", "normal", "high"], vec![]),
            ty(
                "severity",
                &["low", "medium", "high", "unknownFutureValue"],
                vec![],
            ),
            ty(
                "message",
                &[],
                vec![
                    prop(
                        "importance",
                        "String",
                        "The importance: Low, Normal, High.",
                        FactOrigin::Table,
                    ),
                    prop(
                        "severity",
                        "String",
                        "Possible values are: low, high.",
                        FactOrigin::Table,
                    ),
                    // No enum is named like `level`: left alone.
                    prop("level", "String", "Either low, or high.", FactOrigin::Table),
                    prop(
                        "kind",
                        "String",
                        "Possible values are: a, b.",
                        FactOrigin::Table,
                    ),
                    // An enum not named like the property: left alone.
                    prop(
                        "state",
                        "String",
                        "Possible values: low, normal, high.",
                        FactOrigin::Table,
                    ),
                ],
            ),
        ];
        type_listed_values_as_enums(&mut types);
        let p: Vec<&str> = types[2]
            .properties
            .iter()
            .map(|p| p.ty.name.as_str())
            .collect();
        assert_eq!(p, ["importance", "severity", "String", "String", "String"]);
    }

    #[test]
    fn misspellings() {
        assert!(is_misspelling("occurence", "occurrence"));
        assert!(is_misspelling(
            "meetingtentativelyaccepted",
            "meetingtenativelyaccepted"
        ));
        assert!(is_misspelling("completed", "completes"));
        assert!(!is_misspelling("completed", "completed"));
        assert!(!is_misspelling("running", "runnings"));
        assert!(!is_misspelling("occurence", "occurrences"));
        assert!(!is_misspelling("abcdefgh", "bacdefgh"));
        let enums = vec![KnownEnum::of(&ty(
            "eventType",
            &["singleInstance", "occurrence", "exception", "seriesMaster"],
            vec![],
        ))];
        let listed = s(&["singleinstance", "occurence", "exception", "seriesmaster"]);
        assert_eq!(matching_enum("type", &listed, &enums), Some("eventType"));
    }

    #[test]
    fn restated_inherited_properties_are_dropped() {
        let mut types = vec![
            ty(
                "media",
                &[],
                vec![prop("jitter", "Duration", "", FactOrigin::Table)],
            ),
            ty(
                "audio",
                &[],
                vec![
                    prop("jitter", "String", "", FactOrigin::JsonRepresentation),
                    prop("codec", "String", "", FactOrigin::JsonRepresentation),
                ],
            ),
        ];
        types[1].base_type = Some("Media".into());
        assert!(drop_restated_inherited(&mut types).is_empty());
        let names: Vec<&str> = types[1]
            .properties
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["codec"]);
    }

    #[test]
    fn tables_restating_an_inherited_property_with_another_type_are_overruled() {
        let mut types = vec![
            ty(
                "daylightTimeZoneOffset",
                &[],
                vec![
                    prop("dayOfWeek", "String", "", FactOrigin::Table),
                    prop("bias", "Int32", "", FactOrigin::Table),
                    prop("daylightBias", "Int32", "", FactOrigin::Table),
                ],
            ),
            ty("dayOfWeek", &["sunday", "monday"], vec![]),
            ty(
                "standardTimeZoneOffset",
                &[],
                vec![
                    prop("dayOfWeek", "dayOfWeek", "", FactOrigin::Table),
                    prop("bias", "Int32", "", FactOrigin::Table),
                ],
            ),
        ];
        types[0].base_type = Some("standardTimeZoneOffset".into());
        let diagnostics = drop_restated_inherited(&mut types);
        let names: Vec<&str> = types[0]
            .properties
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        // Restated alike: kept (the page's own row, description and all).
        assert_eq!(names, ["bias", "daylightBias"]);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code, Code::ConflictingFact);
        assert_eq!(
            diagnostics[0].message,
            "`daylightTimeZoneOffset.dayOfWeek`: the table says `String`, but base type `standardTimeZoneOffset` declares it `dayOfWeek` (r.md:3); a type cannot redeclare an inherited property, so it is read as inherited"
        );
    }
}
