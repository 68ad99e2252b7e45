//! Reads an OData CSDL file into the facts the fidelity figures, the
//! cross-check and the enrichment need: each `microsoft.graph` type's kind,
//! base type, properties (with nullability) and enum members, each with the
//! line that declares it. Names come out bare and primitives in the model's
//! spelling, so the two sides can be compared without further translation.

use super::MetadataError;
use crate::model::typeref::{canonical_primitive, GRAPH_NAMESPACE};
use crate::model::TypeRef;
use crate::source::LineIndex;
use roxmltree::{Document, Node};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// The `microsoft.graph` types a metadata file declares.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Csdl {
    /// The file as the user named it, for the source of every metadata fact.
    pub file: Arc<str>,
    /// Types keyed by bare name (`user`), as the model names them.
    pub types: BTreeMap<String, CsdlType>,
}

/// What sort of type a CSDL element declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CsdlKind {
    /// `<EntityType>`: addressable, has an id.
    Entity,
    /// `<ComplexType>`: a structured value without identity.
    Complex,
    /// `<EnumType>`: a closed set of member names.
    Enum,
}

/// One type of the `microsoft.graph` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct CsdlType {
    /// Bare name (`user`).
    pub name: String,
    /// The schema's namespace: `microsoft.graph`, or one of its sub-namespaces
    /// (`microsoft.graph.callRecords`).
    pub namespace: String,
    /// Entity, complex or enum.
    pub kind: CsdlKind,
    /// Bare name of the base type when it is in `microsoft.graph` (so it can be
    /// looked up in [`Csdl::types`]); the qualified name when it is elsewhere.
    pub base_type: Option<String>,
    /// `Abstract="true"`: never sent as itself, only as a derived type.
    pub is_abstract: bool,
    /// Properties the type itself declares (not inherited), structural then
    /// navigation, each in document order.
    pub properties: Vec<CsdlProperty>,
    /// Enum members in document order (empty for other kinds).
    pub members: Vec<CsdlMember>,
    /// The `Core.V1.Description` annotation, where the metadata has one.
    pub description: Option<String>,
    /// Line of the element in the file.
    pub line: u32,
}

/// One `<Member>` of an `<EnumType>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsdlMember {
    /// Wire name.
    pub name: String,
    /// `Value`, when given and numeric.
    pub value: Option<i64>,
    /// Line of the element.
    pub line: u32,
}

/// A structural or navigation property as the metadata declares it.
#[derive(Debug, Clone, PartialEq)]
pub struct CsdlProperty {
    /// Wire name.
    pub name: String,
    /// Its type with namespace stripped and primitives canonicalised, so it
    /// compares directly with the model's [`TypeRef`].
    pub ty: TypeRef,
    /// `Nullable` (OData's default is true).
    pub nullable: bool,
    /// Whether it is a `<NavigationProperty>` (a relationship).
    pub navigation: bool,
    /// `ContainsTarget="true"`: the related entities live under this one's path.
    pub contains_target: bool,
    /// The `Core.V1.Description` annotation, where the metadata has one.
    pub description: Option<String>,
    /// Line of the element in the file.
    pub line: u32,
}

impl Csdl {
    /// The type named `name`, matched case-insensitively as the fidelity
    /// figures require (the docs do not always keep the metadata's casing).
    pub fn get_ignore_case(&self, name: &str) -> Option<&CsdlType> {
        self.types.get(name).or_else(|| {
            self.types
                .values()
                .find(|t| t.name.eq_ignore_ascii_case(name))
        })
    }

    /// `name`'s own properties followed by those inherited along its
    /// `BaseType` chain (nearest first). Stops at a cycle or an unknown base.
    pub fn properties_with_inherited(&self, name: &str) -> Vec<&CsdlProperty> {
        let mut out = Vec::new();
        let mut seen = Vec::new();
        let mut current = self.get_ignore_case(name);
        while let Some(ty) = current {
            if seen.contains(&ty.name.as_str()) {
                break;
            }
            seen.push(ty.name.as_str());
            out.extend(ty.properties.iter());
            current = ty.base_type.as_deref().and_then(|b| self.types.get(b));
        }
        out
    }

    /// Whether type `name` (any case) has `ancestor` (a bare name, any case)
    /// along its base-type chain, itself excluded: a base the docs give that
    /// the metadata's base descends from is less precise, not contradicted.
    pub fn descends_from(&self, name: &str, ancestor: &str) -> bool {
        let mut seen = Vec::new();
        let mut current = self.get_ignore_case(name);
        while let Some(ty) = current {
            if seen.contains(&ty.name.as_str()) {
                return false;
            }
            seen.push(ty.name.as_str());
            current = ty.base_type.as_deref().and_then(|b| self.types.get(b));
            if current.is_some_and(|b| b.name.eq_ignore_ascii_case(ancestor)) {
                return true;
            }
        }
        false
    }
}

/// Reads and parses the CSDL file at `path`.
pub fn load(path: &Path) -> Result<Csdl, MetadataError> {
    let text = std::fs::read_to_string(path).map_err(|source| MetadataError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text, path)
}

/// Parses CSDL text; `path` is only used in errors.
pub fn parse(text: &str, path: &Path) -> Result<Csdl, MetadataError> {
    let doc = Document::parse(text).map_err(|source| {
        let pos = source.pos();
        MetadataError::Xml {
            path: path.to_path_buf(),
            line: pos.row,
            column: pos.col,
            source,
        }
    })?;
    let schemas: Vec<Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name_local("Schema"))
        .collect();
    let aliases = Aliases::new(&schemas);
    let reader = Reader {
        aliases: &aliases,
        lines: LineIndex::new(text),
    };
    let graph_schemas: Vec<&Node> = schemas
        .iter()
        .filter(|s| s.attribute("Namespace") == Some(GRAPH_NAMESPACE))
        .collect();
    if graph_schemas.is_empty() {
        return Err(MetadataError::NoGraphSchema {
            path: path.to_path_buf(),
        });
    }
    // Graph's sub-namespaces (`microsoft.graph.callRecords`) hold types the
    // model names relative to `microsoft.graph` (`callRecords.endpoint`).
    let others = schemas.iter().filter(|s| {
        s.attribute("Namespace")
            .is_some_and(|ns| is_graph_namespace(ns) && ns != GRAPH_NAMESPACE)
    });
    let mut types = BTreeMap::new();
    for schema in graph_schemas.into_iter().chain(others) {
        let namespace = schema.attribute("Namespace").unwrap_or(GRAPH_NAMESPACE);
        for node in schema.children().filter(Node::is_element) {
            if let Some(ty) = reader.read_type(&node, namespace) {
                types.entry(ty.name.clone()).or_insert(ty);
            }
        }
    }
    Ok(Csdl {
        file: crate::input::display_name(path),
        types,
    })
}

/// Schema aliases (`graph` → `microsoft.graph`), so qualified names resolve
/// whichever spelling the file uses.
struct Aliases(Vec<(String, String)>);

impl Aliases {
    fn new(schemas: &[Node]) -> Aliases {
        let pairs = schemas
            .iter()
            .filter_map(|s| {
                Some((
                    s.attribute("Alias")?.to_string(),
                    s.attribute("Namespace")?.to_string(),
                ))
            })
            .collect();
        Aliases(pairs)
    }

    /// Splits `graph.user` / `microsoft.graph.user` into (full namespace, bare name).
    fn split<'a>(&'a self, qualified: &'a str) -> (&'a str, &'a str) {
        let Some(dot) = qualified.rfind('.') else {
            return ("", qualified);
        };
        let (ns, name) = (&qualified[..dot], &qualified[dot + 1..]);
        let ns = self
            .0
            .iter()
            .find(|(alias, _)| alias == ns)
            .map(|(_, full)| full.as_str())
            .unwrap_or(ns);
        (ns, name)
    }

    /// A type reference as the model names it: bare for a type of
    /// `microsoft.graph`, relative to it for one of a sub-namespace
    /// (`callRecords.endpoint`), fully qualified otherwise.
    fn base_type(&self, qualified: &str) -> String {
        let (ns, name) = self.split(qualified);
        model_name(ns, name)
    }

    /// A property type: `Collection(graph.x)` → collection of `x`,
    /// `Edm.String` → `String`, named as the model names types.
    fn type_ref(&self, raw: &str) -> TypeRef {
        let raw = raw.trim();
        let (inner, collection) = match raw
            .strip_prefix("Collection(")
            .and_then(|r| r.strip_suffix(')'))
        {
            Some(inner) => (inner.trim(), true),
            None => (raw, false),
        };
        let name = match canonical_primitive(inner) {
            Some(primitive) => primitive.to_string(),
            None => {
                let (ns, name) = self.split(inner);
                model_name(ns, name)
            }
        };
        TypeRef { name, collection }
    }
}

/// The model's name of type `name` of namespace `ns` (see [`TypeRef`]):
/// `user`, `callRecords.endpoint`, or `other.ns.x` outside Graph.
fn model_name(ns: &str, name: &str) -> String {
    match crate::model::typeref::graph_type_name(ns, name) {
        Some(named) => named,
        None if ns.is_empty() => name.to_string(),
        None => format!("{ns}.{name}"),
    }
}

/// `microsoft.graph` or one of its sub-namespaces.
fn is_graph_namespace(ns: &str) -> bool {
    ns == GRAPH_NAMESPACE
        || ns
            .strip_prefix(GRAPH_NAMESPACE)
            .is_some_and(|r| r.starts_with('.'))
}

/// Reads type elements with their lines.
struct Reader<'a> {
    aliases: &'a Aliases,
    lines: LineIndex,
}

impl Reader<'_> {
    fn line(&self, node: &Node) -> u32 {
        self.lines.line(node.range().start)
    }

    fn read_type(&self, node: &Node, namespace: &str) -> Option<CsdlType> {
        let kind = match node.tag_name().name() {
            "EntityType" => CsdlKind::Entity,
            "ComplexType" => CsdlKind::Complex,
            "EnumType" => CsdlKind::Enum,
            _ => return None,
        };
        let name = model_name(namespace, node.attribute("Name")?);
        let children: Vec<Node> = node.children().filter(Node::is_element).collect();
        let property = |child: &Node, navigation: bool| {
            Some(CsdlProperty {
                name: child.attribute("Name")?.to_string(),
                ty: self.aliases.type_ref(child.attribute("Type")?),
                nullable: child.attribute("Nullable") != Some("false"),
                navigation,
                contains_target: child.attribute("ContainsTarget") == Some("true"),
                description: description(child),
                line: self.line(child),
            })
        };
        let structural = children.iter().filter(|c| c.has_tag_name_local("Property"));
        let navigation = children
            .iter()
            .filter(|c| c.has_tag_name_local("NavigationProperty"));
        let properties = structural
            .filter_map(|c| property(c, false))
            .chain(navigation.filter_map(|c| property(c, true)))
            .collect();
        let members = children
            .iter()
            .filter(|c| c.has_tag_name_local("Member"))
            .filter_map(|c| {
                Some(CsdlMember {
                    name: c.attribute("Name")?.to_string(),
                    value: c.attribute("Value").and_then(|v| v.trim().parse().ok()),
                    line: self.line(c),
                })
            })
            .collect();
        Some(CsdlType {
            name,
            namespace: namespace.to_string(),
            kind,
            base_type: node
                .attribute("BaseType")
                .map(|b| self.aliases.base_type(b)),
            is_abstract: node.attribute("Abstract") == Some("true"),
            properties,
            members,
            description: description(node),
            line: self.line(node),
        })
    }
}

/// The `Org.OData.Core.V1.Description` annotation among `node`'s children.
fn description(node: &Node) -> Option<String> {
    node.children()
        .filter(|c| c.has_tag_name_local("Annotation"))
        .find(|c| {
            c.attribute("Term")
                .is_some_and(|t| t.ends_with("Core.V1.Description"))
        })
        .and_then(|c| c.attribute("String"))
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_string)
}

/// Matching on the local name lets files with or without the edm default
/// namespace both work.
trait LocalName {
    fn has_tag_name_local(&self, name: &str) -> bool;
}

impl LocalName for Node<'_, '_> {
    fn has_tag_name_local(&self, name: &str) -> bool {
        self.is_element() && self.tag_name().name() == name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SNIPPET: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Alias="graph" Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="color">
        <Member Name="red" Value="0" />
        <Member Name="blue" Value="1" />
      </EnumType>
      <EntityType Name="entity" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityType Name="user" BaseType="graph.entity" OpenType="true">
        <Property Name="tags" Type="Collection(Edm.String)" />
        <Property Name="color" Type="microsoft.graph.color" />
        <Property Name="call" Type="microsoft.graph.callRecords.callRecord" />
        <NavigationProperty Name="manager" Type="graph.user" />
        <NavigationProperty Name="photos" Type="Collection(graph.photo)" ContainsTarget="true" />
        <Annotation Term="Org.OData.Core.V1.Description" String="ignored" />
      </EntityType>
      <ComplexType Name="photo">
        <Property Name="width" Type="Edm.Int32" />
      </ComplexType>
      <Action Name="doIt" IsBound="true"><Parameter Name="bindingParameter" Type="graph.user" /></Action>
    </Schema>
    <Schema Namespace="microsoft.graph.callRecords" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="callRecord" BaseType="graph.entity" />
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;

    fn parsed() -> Csdl {
        parse(SNIPPET, Path::new("snippet.xml")).expect("snippet parses")
    }

    #[test]
    fn reads_graph_and_its_sub_namespaces() {
        let csdl = parsed();
        let names: Vec<&str> = csdl.types.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            ["callRecords.callRecord", "color", "entity", "photo", "user"]
        );
        assert_eq!(
            csdl.types["callRecords.callRecord"].namespace,
            "microsoft.graph.callRecords"
        );
        assert_eq!(
            csdl.types["callRecords.callRecord"].base_type.as_deref(),
            Some("entity")
        );
        assert_eq!(csdl.types["user"].namespace, GRAPH_NAMESPACE);
        assert_eq!(csdl.types["color"].kind, CsdlKind::Enum);
        let members: Vec<(&str, Option<i64>, u32)> = csdl.types["color"]
            .members
            .iter()
            .map(|m| (m.name.as_str(), m.value, m.line))
            .collect();
        assert_eq!(members, [("red", Some(0), 6), ("blue", Some(1), 7)]);
        assert_eq!(csdl.types["color"].line, 5);
        assert_eq!(&*csdl.file, "snippet.xml");
        assert_eq!(csdl.types["photo"].kind, CsdlKind::Complex);
        assert!(csdl.types["entity"].is_abstract);
    }

    #[test]
    fn resolves_alias_and_types() {
        let csdl = parsed();
        let user = &csdl.types["user"];
        assert_eq!(user.base_type.as_deref(), Some("entity"));
        let p = |n: &str| user.properties.iter().find(|p| p.name == n).expect(n);
        assert_eq!(
            p("tags").ty,
            TypeRef {
                name: "String".into(),
                collection: true
            }
        );
        assert_eq!(
            p("color").ty,
            TypeRef {
                name: "color".into(),
                collection: false
            }
        );
        assert_eq!(p("call").ty.name, "callRecords.callRecord");
        assert_eq!(
            p("manager").ty,
            TypeRef {
                name: "user".into(),
                collection: false
            }
        );
        assert_eq!(
            p("photos").ty,
            TypeRef {
                name: "photo".into(),
                collection: true
            }
        );
        assert!(p("photos").navigation && !p("tags").navigation);
        assert!(p("tags").nullable);
        assert!(!csdl.types["entity"].properties[0].nullable);
        let names: Vec<&str> = user.properties.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["tags", "color", "call", "manager", "photos"]);
    }

    #[test]
    fn inherited_properties_follow_base_chain() {
        let csdl = parsed();
        let names: Vec<&str> = csdl
            .properties_with_inherited("User")
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["tags", "color", "call", "manager", "photos", "id"]);
    }

    #[test]
    fn bad_xml_is_an_error_with_position() {
        let err = parse(
            "<Schema Namespace=\"microsoft.graph\">\n  </EntityType>",
            Path::new("bad.xml"),
        )
        .unwrap_err();
        match &err {
            MetadataError::Xml { line, .. } => assert_eq!(*line, 2),
            other => panic!("expected an XML error, got {other:?}"),
        }
        assert!(err.to_string().starts_with("bad.xml:2:"), "{err}");
    }

    #[test]
    fn missing_graph_schema_is_an_error() {
        let err = parse(r#"<Schema Namespace="other"/>"#, Path::new("x.xml")).unwrap_err();
        assert!(matches!(err, MetadataError::NoGraphSchema { .. }));
    }

    #[test]
    fn missing_file_is_an_io_error() {
        let err = load(Path::new("/nonexistent/csdl.xml")).unwrap_err();
        assert!(matches!(err, MetadataError::Io { .. }));
    }
}
