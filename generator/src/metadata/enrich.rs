//! The model with the service metadata's types folded in: the metadata's
//! property types, nullability, base types and enum members win; the docs keep
//! their descriptions, permissions, examples and paths; and every type,
//! property and member records whether the docs, the metadata or both state it.
//!
//! Nothing the docs say is dropped: a docs property or member the metadata
//! lacks stays (marked `docs`, and reported by the cross-check), since a
//! binding that refuses a field the service sends is worse than one that
//! carries an extra optional one.

use super::csdl::{Csdl, CsdlKind, CsdlProperty, CsdlType};
use crate::model::{
    EnumMember, FactOrigin, MetadataFact, Model, Property, Provenance, TypeDef, TypeRef,
};
use crate::source::SourceRef;
use std::collections::BTreeMap;

/// Folds `csdl` into `model` (see the module docs). Types stay sorted by name.
pub fn enrich(mut model: Model, csdl: &Csdl) -> Model {
    let spelling = Spelling::new(&model, csdl);
    let mut by_lower: BTreeMap<String, usize> = BTreeMap::new();
    for (i, t) in model.types.iter().enumerate() {
        by_lower.entry(t.name.to_ascii_lowercase()).or_insert(i);
    }
    let mut added = Vec::new();
    for ct in csdl.types.values() {
        match by_lower.get(&ct.name.to_ascii_lowercase()) {
            Some(&i) => merge_type(&mut model.types[i], ct, csdl, &spelling),
            None => added.push(new_type(ct, csdl, &spelling)),
        }
    }
    model.types.extend(added);
    model.types.sort_by(|a, b| a.name.cmp(&b.name));
    model
}

/// Type names as the merged model spells them: the docs' spelling where the
/// docs have the type (so their references still resolve), else the metadata's.
struct Spelling(BTreeMap<String, String>);

impl Spelling {
    fn new(model: &Model, csdl: &Csdl) -> Spelling {
        let mut map = BTreeMap::new();
        for ct in csdl.types.values() {
            map.insert(ct.name.to_ascii_lowercase(), ct.name.clone());
        }
        // The docs' spelling wins for types both have.
        for t in &model.types {
            let key = t.name.to_ascii_lowercase();
            if map.contains_key(&key) {
                map.insert(key, t.name.clone());
            }
        }
        Spelling(map)
    }

    fn name(&self, name: &str) -> String {
        self.0
            .get(&name.to_ascii_lowercase())
            .cloned()
            .unwrap_or_else(|| name.to_string())
    }

    fn type_ref(&self, ty: &TypeRef) -> TypeRef {
        if ty.is_primitive() {
            ty.clone()
        } else {
            TypeRef {
                name: self.name(&ty.name),
                collection: ty.collection,
            }
        }
    }

    /// A base type of `microsoft.graph` or a sub-namespace (one the
    /// metadata declares), as the model spells it; a base outside Graph is
    /// not one the model can hold.
    fn base(&self, base: &Option<String>, csdl: &Csdl) -> Option<String> {
        base.as_deref()
            .filter(|b| csdl.types.contains_key(*b))
            .map(|b| self.name(b))
    }
}

fn new_type(ct: &CsdlType, csdl: &Csdl, spelling: &Spelling) -> TypeDef {
    TypeDef {
        name: ct.name.clone(),
        namespace: ct.namespace.clone(),
        base_type: spelling.base(&ct.base_type, csdl),
        base_type_inferred: false,
        description: ct.description.clone(),
        properties: ct
            .properties
            .iter()
            .map(|cp| metadata_property(cp, csdl, spelling))
            .collect(),
        members: ct
            .members
            .iter()
            .map(|cm| EnumMember {
                name: cm.name.clone(),
                value: cm.value,
                description: None,
                source: SourceRef::new(&csdl.file, cm.line),
                provenance: Provenance::Metadata,
            })
            .collect(),
        documented: false,
        sources: vec![SourceRef::new(&csdl.file, ct.line)],
        provenance: Provenance::Metadata,
    }
}

fn metadata_property(cp: &CsdlProperty, csdl: &Csdl, spelling: &Spelling) -> Property {
    Property {
        name: cp.name.clone(),
        ty: spelling.type_ref(&cp.ty),
        required: None,
        description: cp.description.clone(),
        navigation: cp.navigation,
        source: FactOrigin::Metadata,
        file: csdl.file.clone(),
        line: cp.line,
        provenance: Provenance::Metadata,
        metadata: Some(MetadataFact {
            file: csdl.file.clone(),
            line: cp.line,
            nullable: cp.nullable,
        }),
    }
}

fn merge_type(t: &mut TypeDef, ct: &CsdlType, csdl: &Csdl, spelling: &Spelling) {
    t.provenance = if t.documented {
        Provenance::Both
    } else {
        Provenance::Metadata
    };
    t.sources.push(SourceRef::new(&csdl.file, ct.line));
    if t.description.is_none() {
        t.description = ct.description.clone();
    }
    if ct.kind == CsdlKind::Enum {
        merge_members(t, ct, csdl);
        return;
    }
    // The metadata says it is structured: member lists the docs attached to
    // it (a table of one property's values, say) would make it an enum.
    t.members.clear();
    // A base outside Graph is beyond the model; keep the docs' word then.
    if ct
        .base_type
        .as_deref()
        .is_none_or(|b| csdl.types.contains_key(b))
    {
        t.base_type = spelling.base(&ct.base_type, csdl);
        t.base_type_inferred = false;
    }
    let declared = csdl.properties_with_inherited(&ct.name);
    for p in &mut t.properties {
        if let Some(cp) = declared
            .iter()
            .find(|cp| cp.name.eq_ignore_ascii_case(&p.name))
        {
            p.name = cp.name.clone();
            p.ty = spelling.type_ref(&cp.ty);
            p.navigation = cp.navigation;
            p.provenance = Provenance::Both;
            p.metadata = Some(MetadataFact {
                file: csdl.file.clone(),
                line: cp.line,
                nullable: cp.nullable,
            });
            if p.description.is_none() {
                p.description = cp.description.clone();
            }
        }
    }
    for cp in &ct.properties {
        if !t.properties.iter().any(|p| p.name == cp.name) {
            t.properties.push(metadata_property(cp, csdl, spelling));
        }
    }
}

/// The metadata's members in its order (each keeping the docs' description
/// where the docs list it), then any the docs list that the metadata lacks.
fn merge_members(t: &mut TypeDef, ct: &CsdlType, csdl: &Csdl) {
    let mut docs: Vec<Option<EnumMember>> = t.members.drain(..).map(Some).collect();
    let mut members = Vec::with_capacity(ct.members.len() + docs.len());
    for cm in &ct.members {
        let found = docs
            .iter_mut()
            .find(|m| {
                m.as_ref()
                    .is_some_and(|m| m.name.eq_ignore_ascii_case(&cm.name))
            })
            .and_then(Option::take);
        members.push(match found {
            Some(m) => EnumMember {
                name: cm.name.clone(),
                value: cm.value.or(m.value),
                provenance: Provenance::Both,
                ..m
            },
            None => EnumMember {
                name: cm.name.clone(),
                value: cm.value,
                description: None,
                source: SourceRef::new(&csdl.file, cm.line),
                provenance: Provenance::Metadata,
            },
        });
    }
    members.extend(docs.into_iter().flatten());
    t.members = members;
    // The metadata says it is an enum: structured properties the docs gave it
    // would only confuse the emitter.
    t.properties.clear();
}

#[cfg(test)]
mod tests {
    use super::super::csdl::parse;
    use super::*;
    use crate::model::typeref::GRAPH_NAMESPACE;
    use std::path::Path;
    use std::sync::Arc;

    const CSDL: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Alias="graph" Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="color">
        <Member Name="red" Value="0" />
        <Member Name="darkBlue" Value="1" />
      </EnumType>
      <EntityType Name="entity" Abstract="true">
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityType Name="widget" BaseType="graph.entity">
        <Property Name="size" Type="Edm.Int32" Nullable="false" />
        <Property Name="tint" Type="graph.color" />
        <NavigationProperty Name="parts" Type="Collection(graph.Part)" />
      </EntityType>
      <ComplexType Name="Part">
        <Property Name="label" Type="Edm.String">
          <Annotation Term="Org.OData.Core.V1.Description" String="What is printed on it." />
        </Property>
      </ComplexType>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;

    fn docs_model() -> Model {
        let file: Arc<str> = Arc::from("resources/widget.md");
        let prop = |name: &str, ty: TypeRef, line: u32| Property {
            name: name.into(),
            ty,
            required: None,
            description: Some(format!("Docs on {name}.")),
            navigation: false,
            source: FactOrigin::Table,
            file: file.clone(),
            line,
            provenance: Provenance::Docs,
            metadata: None,
        };
        let ty = |name: &str, properties: Vec<Property>, members: Vec<EnumMember>| TypeDef {
            name: name.into(),
            namespace: GRAPH_NAMESPACE.into(),
            base_type: None,
            base_type_inferred: false,
            description: Some(format!("Docs on {name}.")),
            properties,
            members,
            documented: true,
            sources: vec![SourceRef::new(&file, 1)],
            provenance: Provenance::Docs,
        };
        let member = |name: &str, line: u32| EnumMember {
            name: name.into(),
            value: None,
            description: Some(format!("Docs on {name}.")),
            source: SourceRef::new(&file, line),
            provenance: Provenance::Docs,
        };
        Model {
            types: vec![
                ty(
                    "color",
                    Vec::new(),
                    vec![member("darkblue", 30), member("green", 31)],
                ),
                ty(
                    "widget",
                    vec![
                        prop("Size", TypeRef::named("String"), 10),
                        prop("extra", TypeRef::named("Boolean"), 11),
                    ],
                    Vec::new(),
                ),
                // Referenced only, in the docs' spelling.
                TypeDef {
                    documented: false,
                    ..ty("part", Vec::new(), Vec::new())
                },
            ],
            ..Model::default()
        }
    }

    fn enriched() -> Model {
        let csdl = parse(CSDL, Path::new("meta.xml")).unwrap();
        enrich(docs_model(), &csdl)
    }

    fn get<'m>(m: &'m Model, name: &str) -> &'m TypeDef {
        m.types.iter().find(|t| t.name == name).expect(name)
    }

    #[test]
    fn metadata_types_win_and_docs_descriptions_stay() {
        let m = enriched();
        let widget = get(&m, "widget");
        assert_eq!(widget.provenance, Provenance::Both);
        assert_eq!(widget.base_type.as_deref(), Some("entity"));
        let size = &widget.properties[0];
        assert_eq!(
            (size.name.as_str(), size.ty.name.as_str()),
            ("size", "Int32")
        );
        assert_eq!(size.description.as_deref(), Some("Docs on Size."));
        assert_eq!(
            (size.provenance, size.file.as_ref(), size.line),
            (Provenance::Both, "resources/widget.md", 10)
        );
        assert_eq!(
            size.metadata,
            Some(MetadataFact {
                file: Arc::from("meta.xml"),
                line: 13,
                nullable: false
            })
        );
        let extra = &widget.properties[1];
        assert_eq!(
            (extra.name.as_str(), extra.provenance, &extra.metadata),
            ("extra", Provenance::Docs, &None)
        );
        let tint = &widget.properties[2];
        assert_eq!(
            (tint.name.as_str(), tint.ty.name.as_str(), tint.provenance),
            ("tint", "color", Provenance::Metadata)
        );
        assert_eq!(
            (tint.file.as_ref(), tint.line, tint.source),
            ("meta.xml", 14, FactOrigin::Metadata)
        );
        // The referenced type keeps the docs' spelling, so the reference resolves.
        let parts = &widget.properties[3];
        assert_eq!(
            (
                parts.ty.name.as_str(),
                parts.ty.collection,
                parts.navigation
            ),
            ("part", true, true)
        );
    }

    #[test]
    fn undocumented_types_come_from_the_metadata() {
        let m = enriched();
        let entity = get(&m, "entity");
        assert_eq!(
            (entity.provenance, entity.documented),
            (Provenance::Metadata, false)
        );
        assert_eq!(entity.sources, [SourceRef::new(&Arc::from("meta.xml"), 9)]);
        assert_eq!(
            entity.properties[0].metadata,
            Some(MetadataFact {
                file: Arc::from("meta.xml"),
                line: 10,
                nullable: false
            })
        );
        let part = get(&m, "part");
        assert_eq!(part.provenance, Provenance::Metadata);
        assert_eq!(
            part.properties[0].description.as_deref(),
            Some("What is printed on it.")
        );
        let names: Vec<&str> = m.types.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["color", "entity", "part", "widget"]);
    }

    #[test]
    fn enum_members_follow_the_metadata_and_keep_docs_only_ones() {
        let m = enriched();
        let members: Vec<(&str, Option<i64>, Provenance, Option<&str>)> = get(&m, "color")
            .members
            .iter()
            .map(|m| {
                (
                    m.name.as_str(),
                    m.value,
                    m.provenance,
                    m.description.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            members,
            [
                ("red", Some(0), Provenance::Metadata, None),
                (
                    "darkBlue",
                    Some(1),
                    Provenance::Both,
                    Some("Docs on darkblue.")
                ),
                ("green", None, Provenance::Docs, Some("Docs on green.")),
            ]
        );
    }
}
