//! Type references: what a property, body or response is, as the docs name it.

use serde::Serialize;

/// The namespace every Graph type lives in; any other is reported and stripped.
pub const GRAPH_NAMESPACE: &str = "microsoft.graph";

/// Primitive types, keyed by lower-cased spelling (with and without `Edm.`),
/// mapped to the one spelling the model uses. The docs write `string`, `String`,
/// `Edm.String` and `` `string` `` for the same thing; code generation and the
/// fidelity comparison need one name.
pub const PRIMITIVES: &[(&str, &str)] = &[
    ("string", "String"),
    ("str", "String"),
    ("boolean", "Boolean"),
    ("bool", "Boolean"),
    ("int", "Int32"),
    ("integer", "Int32"),
    ("int32", "Int32"),
    ("int16", "Int16"),
    ("int64", "Int64"),
    ("long", "Int64"),
    ("double", "Double"),
    ("single", "Single"),
    ("float", "Single"),
    ("decimal", "Decimal"),
    ("number", "Double"),
    ("byte", "Byte"),
    ("sbyte", "SByte"),
    ("datetimeoffset", "DateTimeOffset"),
    ("datetime", "DateTimeOffset"),
    ("timestamp", "DateTimeOffset"),
    ("date", "Date"),
    ("timeofday", "TimeOfDay"),
    ("duration", "Duration"),
    ("timespan", "Duration"),
    ("guid", "Guid"),
    ("uuid", "Guid"),
    ("binary", "Binary"),
    ("stream", "Stream"),
    ("url", "String"),
    ("uri", "String"),
    ("untyped", "Untyped"),
    ("json", "Untyped"),
    ("object", "Untyped"),
    ("json object", "Untyped"),
];

/// What a value is: a named type (primitive or Graph type), maybe a collection of it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct TypeRef {
    /// `String`, `Boolean`, `DateTimeOffset`, `accessPackageCatalog`…
    #[serde(rename = "type")]
    pub name: String,
    /// Whether it is a collection of `name`.
    pub collection: bool,
}

impl TypeRef {
    /// A single value of `name`, canonicalising primitive spellings.
    pub fn named(name: &str) -> TypeRef {
        TypeRef {
            name: canonical_primitive(name).unwrap_or(name).to_string(),
            collection: false,
        }
    }

    /// A collection of `name`.
    pub fn collection_of(name: &str) -> TypeRef {
        TypeRef {
            collection: true,
            ..TypeRef::named(name)
        }
    }

    /// A value whose type the docs don't state (`Edm.Untyped`): kept as raw JSON.
    pub fn untyped() -> TypeRef {
        TypeRef::named("Untyped")
    }

    /// Whether `name` is a primitive (not a Graph complex, entity or enum type).
    pub fn is_primitive(&self) -> bool {
        is_primitive_name(&self.name)
    }

    /// Whether this is a primitive that travels as JSON (in OData's
    /// envelope: `{"value": 2}`, `{"value": ["a"]}`), not a stream's bytes
    /// (`Stream`) or a value of no stated kind (`Untyped`): what the example
    /// check and the generated tests read examples of primitives as.
    pub fn is_json_primitive(&self) -> bool {
        self.is_primitive() && !matches!(self.name.as_str(), "Stream" | "Untyped")
    }
}

/// Whether a canonical name is primitive (one of the spellings
/// [`PRIMITIVES`] maps to; a test keeps the two lists the same).
pub fn is_primitive_name(name: &str) -> bool {
    matches!(
        name,
        "String"
            | "Boolean"
            | "Int32"
            | "Int16"
            | "Int64"
            | "Double"
            | "Single"
            | "Decimal"
            | "Byte"
            | "SByte"
            | "DateTimeOffset"
            | "Date"
            | "TimeOfDay"
            | "Duration"
            | "Guid"
            | "Binary"
            | "Stream"
            | "Untyped"
    )
}

/// The model's spelling of a primitive type, if `name` spells one
/// (case-insensitively, with or without the `Edm.` prefix).
pub fn canonical_primitive(name: &str) -> Option<&'static str> {
    let name = name.trim();
    let name = match name.as_bytes().get(..4) {
        Some(prefix) if prefix.eq_ignore_ascii_case(b"edm.") => &name[4..],
        _ => name,
    };
    PRIMITIVES
        .iter()
        .find(|(spelling, _)| spelling.eq_ignore_ascii_case(name))
        .map(|(_, canon)| *canon)
}

/// The primitive a `"String (…)"` placeholder says the string holds
/// (`timestamp`, `ISO 8601 duration`, `time of day`, `binary`), when the
/// service sends that primitive as a JSON string (see
/// [`crate::extract::rules::STRING_HELD_PRIMITIVES`]). `"String (identifier)"` holds a string.
pub fn string_held_primitive(placeholder: &str) -> Option<&'static str> {
    let (head, hint) = placeholder.split_once('(')?;
    if !head.trim().eq_ignore_ascii_case("string") {
        return None;
    }
    let hint: String = hint
        .trim_end_matches(')')
        .to_ascii_lowercase()
        .replace("iso 8601", "")
        .split_whitespace()
        .collect();
    canonical_primitive(&hint).filter(|p| crate::extract::rules::STRING_HELD_PRIMITIVES.contains(p))
}

/// A type name taken apart from its namespace (`#microsoft.graph.user`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QualifiedName {
    /// The name the model keys the type by: the bare name (`user`) for a
    /// type of `microsoft.graph`, the name relative to `microsoft.graph`
    /// (`callRecords.endpoint`) for a type of one of its sub-namespaces, so
    /// `microsoft.graph.callRecords.endpoint` and `microsoft.graph.endpoint`
    /// stay two types.
    pub name: String,
    /// A namespace outside `microsoft.graph`, which the docs should not have used.
    pub foreign_namespace: Option<String>,
}

/// Splits an `@odata.type` value or dotted type name into namespace and name:
/// `#microsoft.graph.accessPackage` → `accessPackage`;
/// `microsoft.graph.callRecords.endpoint` → `callRecords.endpoint`;
/// `#Microsoft.IGAELM.EC.FrontEnd.ExternalModel.x` → `x` with a foreign namespace.
/// Returns `None` when nothing name-like is left.
pub fn split_qualified(raw: &str) -> Option<QualifiedName> {
    let s = raw.trim().trim_start_matches('#').trim();
    let s = s
        .strip_prefix("Collection(")
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(s);
    let (ns, name) = match s.rfind('.') {
        Some(i) => (Some(&s[..i]), &s[i + 1..]),
        None => (None, s),
    };
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    let (name, foreign_namespace) = match ns {
        None => (name.to_string(), None),
        Some(ns) => match graph_type_name(ns, name) {
            Some(named) => (named, None),
            None if ns.eq_ignore_ascii_case("edm") => (name.to_string(), None),
            None => (name.to_string(), Some(ns.to_string())),
        },
    };
    Some(QualifiedName {
        name,
        foreign_namespace,
    })
}

/// What a namespace is below `microsoft.graph`: `""` for `microsoft.graph`
/// itself, `callRecords` for `microsoft.graph.callRecords`, `None` for a
/// namespace outside it. Graph namespaces are matched case-insensitively
/// (`Microsoft.Graph.callRecords`); the sub-namespace keeps its spelling.
pub fn sub_namespace(ns: &str) -> Option<&str> {
    let ns = ns.trim();
    let head = ns.get(..GRAPH_NAMESPACE.len())?;
    if !head.eq_ignore_ascii_case(GRAPH_NAMESPACE) {
        return None;
    }
    match &ns[GRAPH_NAMESPACE.len()..] {
        "" => Some(""),
        rest => rest.strip_prefix('.').filter(|sub| {
            !sub.is_empty()
                && sub.split('.').all(|part| {
                    part.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                        && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                })
        }),
    }
}

/// The model's name of type `name` of Graph namespace `ns`: `user` in
/// `microsoft.graph`, `callRecords.endpoint` in `microsoft.graph.callRecords`;
/// `None` for a namespace outside Graph.
pub fn graph_type_name(ns: &str, name: &str) -> Option<String> {
    match sub_namespace(ns)? {
        "" => Some(name.to_string()),
        sub => Some(format!("{sub}.{name}")),
    }
}

/// The sub-namespace a `Namespace:` line names (`callRecords` for
/// `microsoft.graph.callRecords`); `None` for `microsoft.graph` itself and
/// for namespaces outside Graph.
pub fn proper_sub_namespace(ns: &str) -> Option<&str> {
    sub_namespace(ns).filter(|s| !s.is_empty())
}

/// The namespace a model name is in: `microsoft.graph` for `user`,
/// `microsoft.graph.callRecords` for `callRecords.endpoint`.
pub fn namespace_of(name: &str) -> String {
    match name.rfind('.') {
        Some(i) => format!("{GRAPH_NAMESPACE}.{}", &name[..i]),
        None => GRAPH_NAMESPACE.to_string(),
    }
}

/// The name without its sub-namespace: `endpoint` for `callRecords.endpoint`.
pub fn bare_name(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primitives_have_one_spelling() {
        assert_eq!(TypeRef::named("string").name, "String");
        assert_eq!(TypeRef::named("Edm.Boolean").name, "Boolean");
        assert_eq!(TypeRef::named("dateTimeOffset").name, "DateTimeOffset");
        assert_eq!(TypeRef::named("Integer").name, "Int32");
        assert_eq!(TypeRef::named("identitySet").name, "identitySet");
        assert!(TypeRef::named("int64").is_primitive());
    }

    #[test]
    fn primitive_names_are_the_canonical_spellings() {
        for (spelling, canon) in PRIMITIVES {
            assert!(is_primitive_name(canon), "{canon}");
            assert_eq!(canonical_primitive(spelling), Some(*canon));
            assert_eq!(
                canonical_primitive(&format!(" EDM.{}", spelling.to_uppercase())),
                Some(*canon)
            );
        }
        let canonical: Vec<&str> = PRIMITIVES.iter().map(|(_, c)| *c).collect();
        for name in ["SByte", "Untyped", "string", "user", "Edm.String", ""] {
            assert_eq!(is_primitive_name(name), canonical.contains(&name), "{name}");
        }
        assert_eq!(canonical_primitive("edm."), None);
        assert_eq!(canonical_primitive("édm.string"), None);
    }

    #[test]
    fn odata_types_lose_their_namespace() {
        let q = split_qualified("#microsoft.graph.accessPackage").unwrap();
        assert_eq!(q.name, "accessPackage");
        assert_eq!(q.foreign_namespace, None);
        let q =
            split_qualified("#Microsoft.IGAELM.EC.FrontEnd.ExternalModel.accessPackageAssignment")
                .unwrap();
        assert_eq!(q.name, "accessPackageAssignment");
        assert_eq!(
            q.foreign_namespace.as_deref(),
            Some("Microsoft.IGAELM.EC.FrontEnd.ExternalModel")
        );
        assert_eq!(
            split_qualified("Collection(microsoft.graph.user)")
                .unwrap()
                .name,
            "user"
        );
        assert_eq!(
            split_qualified("Edm.String").unwrap().foreign_namespace,
            None
        );
        assert!(split_qualified("not a type").is_none());
    }

    #[test]
    fn sub_namespaces_stay_in_the_name() {
        let q = split_qualified("#microsoft.graph.callRecords.endpoint").unwrap();
        assert_eq!(q.name, "callRecords.endpoint");
        assert_eq!(q.foreign_namespace, None);
        assert_eq!(
            split_qualified("Collection(Microsoft.Graph.security.alert)")
                .unwrap()
                .name,
            "security.alert"
        );
        assert_eq!(
            split_qualified("microsoft.graphics.x")
                .unwrap()
                .foreign_namespace
                .as_deref(),
            Some("microsoft.graphics")
        );
        assert_eq!(sub_namespace("microsoft.graph"), Some(""));
        assert_eq!(
            sub_namespace("microsoft.graph.termStore"),
            Some("termStore")
        );
        assert_eq!(sub_namespace("microsoft.graph."), None);
        assert_eq!(sub_namespace("microsoft.graph.9x"), None);
        assert_eq!(
            namespace_of("callRecords.endpoint"),
            "microsoft.graph.callRecords"
        );
        assert_eq!(namespace_of("user"), GRAPH_NAMESPACE);
        assert_eq!(bare_name("callRecords.endpoint"), "endpoint");
        assert_eq!(bare_name("user"), "user");
        assert_eq!(
            graph_type_name("microsoft.graph", "user").as_deref(),
            Some("user")
        );
        assert_eq!(
            graph_type_name("microsoft.graph.termStore", "group").as_deref(),
            Some("termStore.group")
        );
        assert_eq!(graph_type_name("oneDrive", "item"), None);
        assert_eq!(proper_sub_namespace("microsoft.graph"), None);
        assert_eq!(
            proper_sub_namespace("microsoft.graph.security"),
            Some("security")
        );
    }
}
