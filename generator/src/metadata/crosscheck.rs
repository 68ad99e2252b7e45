//! Where the docs and the service metadata disagree, as diagnostics a docs
//! writer can act on: each points at the docs' own file:line (the property's
//! table row, the type's page) or, for what no page documents, at the line of
//! the metadata that declares it.
//!
//! The comparison rules (case-insensitive names, inherited properties count,
//! canonical primitives) are the fidelity figures' rules, so a diagnostic here
//! is exactly a miss there.

use super::csdl::{Csdl, CsdlKind, CsdlProperty, CsdlType};
use super::fidelity::{same_type, spell};
use super::lookup::ModelIndex;
use crate::diagnostics::{Code, Diagnostic};
use crate::model::typeref::GRAPH_NAMESPACE;
use crate::model::{Model, TypeDef};
use crate::source::SourceRef;
use std::collections::BTreeMap;

/// Every disagreement between what `model` (read from the docs alone) says and
/// what `csdl` declares, sorted by file and line.
pub fn crosscheck(model: &Model, csdl: &Csdl) -> Vec<Diagnostic> {
    let index = ModelIndex::new(model);
    let csdl_index: BTreeMap<String, &CsdlType> = csdl
        .types
        .values()
        .map(|t| (t.name.to_ascii_lowercase(), t))
        .collect();
    let mut out = Vec::new();
    for t in model.types.iter().filter(|t| t.documented) {
        let at = index.home(t);
        match csdl_index.get(&t.name.to_ascii_lowercase()) {
            None if t.namespace == GRAPH_NAMESPACE => out.push(
                Diagnostic::at(
                    Code::MetadataMissingType,
                    &at,
                    format!(
                        "the docs document type `{}`, which the metadata ({}) does not declare",
                        t.name, csdl.file
                    ),
                )
                .quoting(&t.name),
            ),
            None => {}
            Some(ct) if ct.kind == CsdlKind::Enum || !t.members.is_empty() => {
                enum_members(t, ct, csdl, &at, &mut out)
            }
            Some(ct) => {
                base_type(t, ct, csdl, &at, &mut out);
                properties(&index, t, ct, csdl, &at, &mut out);
            }
        }
    }
    for ct in csdl.types.values().filter(|ct| ct.kind == CsdlKind::Entity) {
        if !index.get(&ct.name).is_some_and(|t| t.documented) {
            out.push(
                Diagnostic::at(
                    Code::UndocumentedEntityType,
                    &SourceRef::new(&csdl.file, ct.line),
                    format!(
                        "the metadata declares entity type `{}`, which no page documents",
                        ct.name
                    ),
                )
                .quoting_after("Name=", &format!("\"{}\"", ct.name)),
            );
        }
    }
    out.sort();
    out
}

fn enum_members(
    t: &TypeDef,
    ct: &CsdlType,
    csdl: &Csdl,
    at: &SourceRef,
    out: &mut Vec<Diagnostic>,
) {
    if ct.kind != CsdlKind::Enum {
        out.push(Diagnostic::at(
            Code::MetadataTypeMismatch,
            at,
            format!(
                "the docs list members for `{}`, which the metadata ({}:{}) declares as a structured type, not an enum",
                t.name, csdl.file, ct.line
            ),
        ));
        return;
    }
    if t.members.is_empty() {
        out.push(Diagnostic::at(
            Code::MetadataTypeMismatch,
            at,
            format!(
                "the docs describe `{}` as a structured type; the metadata ({}:{}) declares it an enum",
                t.name, csdl.file, ct.line
            ),
        ));
        return;
    }
    for m in &t.members {
        if ct.members.iter().any(|cm| cm.name == m.name) {
            continue;
        }
        let message = match ct
            .members
            .iter()
            .find(|cm| cm.name.eq_ignore_ascii_case(&m.name))
        {
            Some(cm) => format!(
                "enum `{}` member `{}` is spelled `{}` in the metadata ({}:{})",
                t.name, m.name, cm.name, csdl.file, cm.line
            ),
            None => format!(
                "enum `{}` member `{}` is not declared by the metadata ({}:{})",
                t.name, m.name, csdl.file, ct.line
            ),
        };
        out.push(Diagnostic::at(Code::MetadataMissingMember, &m.source, message).quoting(&m.name));
    }
    for cm in &ct.members {
        if !t
            .members
            .iter()
            .any(|m| m.name.eq_ignore_ascii_case(&cm.name))
        {
            out.push(Diagnostic::at(
                Code::UndocumentedMember,
                at,
                format!(
                    "enum `{}` member `{}` is declared by the metadata ({}:{}) but not listed in the docs",
                    t.name, cm.name, csdl.file, cm.line
                ),
            ).quoting(&t.name));
        }
    }
}

fn base_type(t: &TypeDef, ct: &CsdlType, csdl: &Csdl, at: &SourceRef, out: &mut Vec<Diagnostic>) {
    // A page that does not say what its type inherits from is silent, not wrong.
    let Some(docs_base) = t.base_type.as_deref() else {
        return;
    };
    let agrees = ct.base_type.as_deref().is_some_and(|b| {
        b.eq_ignore_ascii_case(docs_base) || b.rsplit('.').next() == Some(docs_base)
    });
    if agrees {
        return;
    }
    // A base read from what a page shows (no page states one) that the
    // metadata's base descends from is only less precise.
    if t.base_type_inferred && csdl.descends_from(&ct.name, docs_base) {
        return;
    }
    let metadata_says = match &ct.base_type {
        Some(b) => format!("`{b}`"),
        None => "no base type".to_string(),
    };
    let docs_say = if t.base_type_inferred {
        format!(
            "no page states the base type of `{}`, which its page shows to be an entity type, so it is read as inheriting from `{docs_base}`",
            t.name
        )
    } else {
        format!("the docs say `{}` inherits from `{docs_base}`", t.name)
    };
    out.push(
        Diagnostic::at(
            Code::MetadataBaseTypeMismatch,
            at,
            format!(
                "{docs_say}; the metadata ({}:{}) declares {metadata_says}",
                csdl.file, ct.line
            ),
        )
        .quoting(docs_base),
    );
}

fn properties(
    index: &ModelIndex<'_>,
    t: &TypeDef,
    ct: &CsdlType,
    csdl: &Csdl,
    at: &SourceRef,
    out: &mut Vec<Diagnostic>,
) {
    let declared: Vec<&CsdlProperty> = csdl.properties_with_inherited(&ct.name);
    for p in t.properties.iter().filter(|p| !p.is_instance_annotation()) {
        match declared.iter().find(|cp| cp.name.eq_ignore_ascii_case(&p.name)) {
            None => out.push(Diagnostic::at(
                Code::MetadataMissingProperty,
                &p.source_ref(),
                format!(
                    "`{}.{}` is in the docs, but the metadata declares no such property on `{}` or its base types ({}:{})",
                    t.name, p.name, ct.name, csdl.file, ct.line
                ),
            )
            .quoting(&p.name)),
            Some(cp) if !same_type(&p.ty, &cp.ty) => out.push(Diagnostic::at(
                Code::MetadataTypeMismatch,
                &p.source_ref(),
                format!(
                    "`{}.{}`: the docs say `{}`, the metadata ({}:{}) declares `{}`",
                    t.name,
                    p.name,
                    spell(&p.ty),
                    csdl.file,
                    cp.line,
                    spell(&cp.ty)
                ),
            )
            // The type cell, after the name cell.
            .quoting_after(&p.name, &p.ty.name)),
            Some(_) => {}
        }
    }
    let documented = index.properties_with_inherited(t);
    for cp in &ct.properties {
        if !documented
            .iter()
            .any(|p| p.name.eq_ignore_ascii_case(&cp.name))
        {
            let kind = if cp.navigation {
                "relationship"
            } else {
                "property"
            };
            out.push(Diagnostic::at(
                Code::UndocumentedProperty,
                at,
                format!(
                    "{kind} `{}.{}` ({}) is declared by the metadata ({}:{}) but not listed in the docs",
                    t.name,
                    cp.name,
                    spell(&cp.ty),
                    csdl.file,
                    cp.line
                ),
            ).quoting(&t.name));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::csdl::parse;
    use super::*;
    use crate::model::{EnumMember, FactOrigin, Property, TypeRef};
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
        <Property Name="tags" Type="Collection(Edm.String)" />
        <NavigationProperty Name="owner" Type="graph.gadget" />
      </EntityType>
      <EntityType Name="gadget" BaseType="graph.entity" />
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;

    fn prop(name: &str, ty: TypeRef, line: u32) -> Property {
        Property {
            name: name.into(),
            ty,
            required: None,
            description: None,
            navigation: false,
            source: FactOrigin::Table,
            file: Arc::from("resources/widget.md"),
            line,
            provenance: Default::default(),
            metadata: None,
        }
    }

    fn ty(name: &str, file: &str, properties: Vec<Property>) -> TypeDef {
        TypeDef {
            name: name.into(),
            namespace: GRAPH_NAMESPACE.into(),
            base_type: None,
            base_type_inferred: false,
            description: None,
            properties,
            members: Vec::new(),
            documented: true,
            sources: vec![SourceRef::new(&Arc::from(file), 1)],
            provenance: Default::default(),
        }
    }

    fn docs_model() -> Model {
        let widget = TypeDef {
            base_type: Some("entity".into()),
            ..ty(
                "widget",
                "resources/widget.md",
                vec![
                    prop("id", TypeRef::named("String"), 10),
                    prop("size", TypeRef::named("String"), 11),
                    prop("colour", TypeRef::named("String"), 12),
                    // An instance annotation, not a property: never reported.
                    prop("@odata.etag", TypeRef::named("String"), 13),
                ],
            )
        };
        let file: Arc<str> = Arc::from("resources/color.md");
        let color = TypeDef {
            members: ["red", "darkblue", "green"]
                .iter()
                .enumerate()
                .map(|(i, m)| EnumMember {
                    name: m.to_string(),
                    value: None,
                    description: None,
                    source: SourceRef::new(&file, 20 + i as u32),
                    provenance: Default::default(),
                })
                .collect(),
            ..ty("color", "resources/color.md", Vec::new())
        };
        let gizmo = ty("gizmo", "resources/gizmo.md", Vec::new());
        Model {
            types: vec![color, gizmo, widget],
            ..Model::default()
        }
    }

    fn lines(diags: &[Diagnostic]) -> Vec<String> {
        diags
            .iter()
            .map(|d| format!("{} {} {}", d.source, d.code, d.message))
            .collect()
    }

    #[test]
    fn every_kind_of_disagreement_is_reported_where_the_docs_state_it() {
        let csdl = parse(CSDL, Path::new("meta.xml")).unwrap();
        let got = lines(&crosscheck(&docs_model(), &csdl));
        let expected = [
            "meta.xml:9 undocumented-entity-type the metadata declares entity type `entity`, which no page documents",
            "meta.xml:17 undocumented-entity-type the metadata declares entity type `gadget`, which no page documents",
            "resources/color.md:21 metadata-missing-member enum `color` member `darkblue` is spelled `darkBlue` in the metadata (meta.xml:7)",
            "resources/color.md:22 metadata-missing-member enum `color` member `green` is not declared by the metadata (meta.xml:5)",
            "resources/gizmo.md:1 metadata-missing-type the docs document type `gizmo`, which the metadata (meta.xml) does not declare",
            "resources/widget.md:1 undocumented-property property `widget.tags` (Collection(String)) is declared by the metadata (meta.xml:14) but not listed in the docs",
            "resources/widget.md:1 undocumented-property relationship `widget.owner` (gadget) is declared by the metadata (meta.xml:15) but not listed in the docs",
            "resources/widget.md:11 metadata-type-mismatch `widget.size`: the docs say `String`, the metadata (meta.xml:13) declares `Int32`",
            "resources/widget.md:12 metadata-missing-property `widget.colour` is in the docs, but the metadata declares no such property on `widget` or its base types (meta.xml:12)",
        ];
        assert_eq!(got, expected);
    }

    #[test]
    fn a_docs_model_that_matches_the_metadata_has_nothing_to_say() {
        let csdl = parse(CSDL, Path::new("meta.xml")).unwrap();
        let widget = TypeDef {
            base_type: Some("entity".into()),
            ..ty(
                "widget",
                "resources/widget.md",
                vec![
                    prop("size", TypeRef::named("Int32"), 11),
                    prop("tags", TypeRef::collection_of("String"), 12),
                    Property {
                        navigation: true,
                        ..prop("owner", TypeRef::named("gadget"), 13)
                    },
                ],
            )
        };
        let entity = ty(
            "entity",
            "resources/entity.md",
            vec![prop("id", TypeRef::named("String"), 5)],
        );
        let gadget = TypeDef {
            base_type: Some("entity".into()),
            ..ty("gadget", "resources/gadget.md", Vec::new())
        };
        let file: Arc<str> = Arc::from("resources/color.md");
        let color = TypeDef {
            members: ["red", "darkBlue"]
                .iter()
                .map(|m| EnumMember {
                    name: m.to_string(),
                    value: None,
                    description: None,
                    source: SourceRef::new(&file, 3),
                    provenance: Default::default(),
                })
                .collect(),
            ..ty("color", "resources/color.md", Vec::new())
        };
        let model = Model {
            types: vec![color, entity, gadget, widget],
            ..Model::default()
        };
        assert_eq!(lines(&crosscheck(&model, &csdl)), Vec::<String>::new());
    }

    /// A base read from what a page shows, not stated, is held to less: one
    /// the metadata's base descends from is only less precise; one the
    /// metadata contradicts is reported as read, not as the docs' word.
    #[test]
    fn an_inferred_base_is_no_contradiction_when_the_metadata_base_descends_from_it() {
        let csdl = parse(
            r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Alias="graph" Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="entity"><Property Name="id" Type="Edm.String" /></EntityType>
      <EntityType Name="directoryObject" BaseType="graph.entity" />
      <EntityType Name="unit" BaseType="graph.directoryObject" />
      <ComplexType Name="setting" />
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#,
            Path::new("meta.xml"),
        )
        .unwrap();
        let based = |name: &str, inferred: bool| TypeDef {
            base_type: Some("entity".into()),
            base_type_inferred: inferred,
            ..ty(name, &format!("resources/{name}.md"), Vec::new())
        };
        let mismatches = |types: Vec<TypeDef>| -> Vec<String> {
            let model = Model {
                types,
                ..Model::default()
            };
            crosscheck(&model, &csdl)
                .iter()
                .filter(|d| d.code == Code::MetadataBaseTypeMismatch)
                .map(|d| d.message.clone())
                .collect()
        };
        assert_eq!(
            mismatches(vec![based("unit", true), based("setting", true)]),
            ["no page states the base type of `setting`, which its page shows to be an entity type, so it is read as inheriting from `entity`; the metadata (meta.xml:7) declares no base type"]
        );
        assert_eq!(
            mismatches(vec![based("unit", false)]),
            ["the docs say `unit` inherits from `entity`; the metadata (meta.xml:6) declares `directoryObject`"]
        );
        assert!(csdl.descends_from("UNIT", "entity"));
        assert!(csdl.descends_from("unit", "directoryObject"));
        assert!(!csdl.descends_from("unit", "unit"));
        assert!(!csdl.descends_from("setting", "entity"));
        assert!(!csdl.descends_from("nothing", "entity"));
    }
}
