//! How faithfully the model extracted from the docs reproduces the service's
//! metadata: four figures, each with the misses behind it, so extraction work
//! can be aimed at what loses the most and regressions show up as numbers.
//!
//! Definitions (all name matching is case-insensitive, because the docs do not
//! always keep the metadata's casing and a casing slip is not a lost fact):
//!
//! - **type coverage**: of the CSDL entity and complex types, those the model
//!   has a type for (documented or only referenced);
//! - **property recall**: of the properties those CSDL types declare
//!   themselves (structural and navigation), those the model's type of the
//!   same name has, itself or along the model's own `baseType` chain. The
//!   properties of a type the model lacks count as missed;
//! - **property precision**: of the model's own properties on types that CSDL
//!   has, those CSDL has on that type, itself or inherited;
//! - **type agreement**: of the pairs counted as hits by precision, those with
//!   the same type name (after canonicalising primitives) and collection-ness;
//! - **base agreement** (not one of the issue's four): of the CSDL types the
//!   model has a documented type for, where either states a base type, those
//!   whose base types are the same (namespace aside). Most misses are entity
//!   types whose pages never say they inherit from `entity`.

use super::csdl::{Csdl, CsdlKind, CsdlProperty, CsdlType};
use super::lookup::ModelIndex;
use crate::model::typeref::{bare_name, canonical_primitive};
use crate::model::{Model, TypeDef, TypeRef};
use serde::Serialize;
use std::fmt;

/// A share: `hits` out of `total`. Both counts are kept, since a percentage
/// alone hides whether a change moved 1 case or 1,000.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Ratio {
    /// Cases that matched.
    pub hits: usize,
    /// Cases examined.
    pub total: usize,
}

impl Ratio {
    /// The share in percent; 100 when nothing was examined (nothing was lost).
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.hits as f64 * 100.0 / self.total as f64
        }
    }

    fn count(&mut self, hit: bool) {
        self.total += 1;
        self.hits += usize::from(hit);
    }
}

impl fmt::Display for Ratio {
    /// `87.5% (7/8)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1}% ({}/{})", self.percent(), self.hits, self.total)
    }
}

/// The four figures and every miss behind them. Miss lists are sorted and
/// complete, so output is deterministic and callers show as many as they like.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fidelity {
    /// CSDL entity/complex types the model has.
    pub type_coverage: Ratio,
    /// CSDL-declared properties the model has.
    pub property_recall: Ratio,
    /// Model properties CSDL has.
    pub property_precision: Ratio,
    /// Shared properties whose types agree.
    pub type_agreement: Ratio,
    /// Documented types whose base type agrees (see the module docs).
    pub base_agreement: Ratio,
    /// CSDL entity/complex types the model has no type for (CSDL spelling).
    pub missing_types: Vec<String>,
    /// CSDL types the model has only as a name it saw referenced, with no
    /// page documenting it: covered by the figure, but empty of properties.
    pub undocumented_types: Vec<String>,
    /// `type.property` declared by CSDL but absent from the model, listed only
    /// for types the model has (a missing type's properties are counted by
    /// recall but the type is listed once in `missing_types` instead).
    pub missing_properties: Vec<String>,
    /// `type.property` the model has but CSDL does not (model spelling).
    pub extra_properties: Vec<String>,
    /// `type.property: model X vs csdl Y` where both have the property.
    pub type_disagreements: Vec<String>,
    /// `type: model X vs csdl Y` (`none` where one states no base).
    pub base_disagreements: Vec<String>,
}

/// Measures `model` against `csdl`; see the module docs for the definitions.
pub fn compare(model: &Model, csdl: &Csdl) -> Fidelity {
    let model_types = ModelIndex::new(model);
    let mut f = Fidelity::default();
    // The figures are defined on `microsoft.graph` itself (sub-namespaces
    // came later and would move the baseline).
    let structured = csdl.types.values().filter(|t| {
        t.kind != CsdlKind::Enum && t.namespace == crate::model::typeref::GRAPH_NAMESPACE
    });
    for ct in structured {
        let mt = model_types.get(&ct.name);
        f.type_coverage.count(mt.is_some());
        let Some(mt) = mt else {
            f.missing_types.push(ct.name.clone());
            f.property_recall.total += ct.properties.len();
            continue;
        };
        if !mt.documented {
            f.undocumented_types.push(ct.name.clone());
        }
        recall(&model_types, ct, mt, &mut f);
        precision_and_agreement(csdl, ct, mt, &mut f);
        base_agreement(ct, mt, &mut f);
    }
    for list in [
        &mut f.missing_types,
        &mut f.undocumented_types,
        &mut f.missing_properties,
        &mut f.extra_properties,
    ] {
        list.sort();
    }
    f.type_disagreements.sort();
    f.base_disagreements.sort();
    f
}

fn base_agreement(ct: &CsdlType, mt: &TypeDef, f: &mut Fidelity) {
    if !mt.documented {
        return;
    }
    let csdl = ct.base_type.as_deref().map(bare_name);
    let model = mt.base_type.as_deref().map(bare_name);
    if csdl.is_none() && model.is_none() {
        return;
    }
    let same = matches!((csdl, model), (Some(c), Some(m)) if c.eq_ignore_ascii_case(m));
    f.base_agreement.count(same);
    if !same {
        f.base_disagreements.push(format!(
            "{}: model {} vs csdl {}",
            ct.name,
            model.unwrap_or("none"),
            csdl.unwrap_or("none")
        ));
    }
}

fn recall(model_types: &ModelIndex, ct: &CsdlType, mt: &TypeDef, f: &mut Fidelity) {
    let available = model_types.properties_with_inherited(mt);
    for cp in &ct.properties {
        let found = available
            .iter()
            .any(|mp| mp.name.eq_ignore_ascii_case(&cp.name));
        f.property_recall.count(found);
        if !found {
            f.missing_properties
                .push(format!("{}.{}", ct.name, cp.name));
        }
    }
}

fn precision_and_agreement(csdl: &Csdl, ct: &CsdlType, mt: &TypeDef, f: &mut Fidelity) {
    let declared: Vec<&CsdlProperty> = csdl.properties_with_inherited(&ct.name);
    for mp in mt.properties.iter().filter(|p| !p.is_instance_annotation()) {
        let Some(cp) = declared
            .iter()
            .find(|cp| cp.name.eq_ignore_ascii_case(&mp.name))
        else {
            f.property_precision.count(false);
            f.extra_properties.push(format!("{}.{}", ct.name, mp.name));
            continue;
        };
        f.property_precision.count(true);
        let agrees = same_type(&mp.ty, &cp.ty);
        f.type_agreement.count(agrees);
        if !agrees {
            f.type_disagreements.push(format!(
                "{}.{}: model {} vs csdl {}",
                ct.name,
                cp.name,
                spell(&mp.ty),
                spell(&cp.ty)
            ));
        }
    }
}

/// Same name (case-insensitively, primitives canonicalised) and collection-ness.
pub(crate) fn same_type(a: &TypeRef, b: &TypeRef) -> bool {
    let canon = |t: &TypeRef| {
        canonical_primitive(&t.name)
            .map(str::to_string)
            .unwrap_or_else(|| t.name.clone())
    };
    a.collection == b.collection && canon(a).eq_ignore_ascii_case(&canon(b))
}

pub(crate) fn spell(t: &TypeRef) -> String {
    if t.collection {
        format!("Collection({})", t.name)
    } else {
        t.name.clone()
    }
}

/// Which half (0 or 1) of a corpus a page is in, by a stable hash (FNV-1a) of
/// its path relative to the corpus root, `/`-separated. Fidelity measured on
/// each half alone is fidelity on pages whose neighbours are missing, as on
/// pages outside the corpus the rules were written against: a rule that only
/// works with every page present shows up as a gap between the halves and
/// the whole.
pub fn half_of(relative_path: &str) -> u8 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in relative_path.bytes() {
        let b = if b == b'\\' { b'/' } else { b };
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (hash >> 32) as u8 & 1
}

/// Whether `file`, a page under the corpus folder `root`, is in `half` (see
/// [`half_of`]).
pub fn is_in_half(root: &std::path::Path, file: &std::path::Path, half: u8) -> bool {
    let relative = file.strip_prefix(root).unwrap_or(file);
    half_of(&relative.to_string_lossy()) == half
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FactOrigin, Property};
    use std::path::Path;

    #[test]
    fn halves_are_stable_and_about_even() {
        assert_eq!(half_of("api/user-get.md"), half_of("api\\user-get.md"));
        let ones = (0..1000)
            .filter(|i| half_of(&format!("api/page-{i}.md")) == 1)
            .count();
        assert!((400..600).contains(&ones), "{ones} of 1000");
    }

    const CSDL: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
      <Schema Alias="graph" Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
        <EnumType Name="color"><Member Name="red" Value="0" /></EnumType>
        <EntityType Name="entity" Abstract="true"><Property Name="id" Type="Edm.String" Nullable="false" /></EntityType>
        <EntityType Name="user" BaseType="graph.entity">
          <Property Name="displayName" Type="Edm.String" />
          <Property Name="tags" Type="Collection(Edm.String)" />
          <Property Name="color" Type="graph.color" />
          <NavigationProperty Name="photos" Type="Collection(graph.photo)" />
        </EntityType>
        <ComplexType Name="photo"><Property Name="width" Type="Edm.Int32" /></ComplexType>
        <ComplexType Name="quota"><Property Name="used" Type="Edm.Int64" /></ComplexType>
      </Schema></edmx:DataServices></edmx:Edmx>"#;

    fn prop(name: &str, ty: TypeRef) -> Property {
        Property {
            name: name.into(),
            ty,
            required: None,
            description: None,
            navigation: false,
            source: FactOrigin::Table,
            file: "t.md".into(),
            line: 1,
            provenance: Default::default(),
            metadata: None,
        }
    }

    fn ty(name: &str, base: Option<&str>, documented: bool, properties: Vec<Property>) -> TypeDef {
        TypeDef {
            name: name.into(),
            namespace: "microsoft.graph".into(),
            base_type: base.map(str::to_string),
            base_type_inferred: false,
            description: None,
            properties,
            members: vec![],
            documented,
            sources: vec![],
            provenance: Default::default(),
        }
    }

    /// entity (id), User (displayName, tags as a single String, photos, extra
    /// `nickname`, an `@odata.etag` instance annotation, which is not a
    /// property and counts nowhere) inheriting entity, photo only referenced;
    /// quota missing.
    fn model() -> Model {
        Model {
            types: vec![
                ty(
                    "User",
                    Some("entity"),
                    true,
                    vec![
                        prop("displayName", TypeRef::named("string")),
                        prop("tags", TypeRef::named("String")),
                        prop("photos", TypeRef::collection_of("Photo")),
                        prop("nickname", TypeRef::named("String")),
                        prop("ID", TypeRef::named("String")),
                        prop("@odata.etag", TypeRef::named("String")),
                    ],
                ),
                ty(
                    "entity",
                    None,
                    true,
                    vec![prop("id", TypeRef::named("String"))],
                ),
                ty("photo", None, false, vec![]),
            ],
            ..Model::default()
        }
    }

    #[test]
    fn figures_are_exact() {
        let csdl = crate::metadata::csdl::parse(CSDL, Path::new("t.xml")).expect("parses");
        let f = compare(&model(), &csdl);
        // entity, photo, quota, user: all but quota.
        assert_eq!(f.type_coverage, Ratio { hits: 3, total: 4 });
        // entity.id ✓; photo.width ✗; quota.used ✗ (type missing);
        // user.displayName ✓ tags ✓ color ✗ photos ✓.
        assert_eq!(f.property_recall, Ratio { hits: 4, total: 7 });
        // entity.id ✓; User: displayName ✓ tags ✓ photos ✓ nickname ✗ ID ✓ (inherited).
        assert_eq!(f.property_precision, Ratio { hits: 5, total: 6 });
        // tags is a collection in CSDL only.
        assert_eq!(f.type_agreement, Ratio { hits: 4, total: 5 });
        assert_eq!(f.missing_types, ["quota"]);
        assert_eq!(f.undocumented_types, ["photo"]);
        assert_eq!(f.missing_properties, ["photo.width", "user.color"]);
        assert_eq!(f.extra_properties, ["user.nickname"]);
        assert_eq!(
            f.type_disagreements,
            ["user.tags: model String vs csdl Collection(String)"]
        );
        assert_eq!(f.property_recall.to_string(), "57.1% (4/7)");
        // User's base agrees; entity states none on either side; photo is
        // not documented.
        assert_eq!(f.base_agreement, Ratio { hits: 1, total: 1 });
    }

    #[test]
    fn base_types_are_compared_where_either_states_one() {
        const BASES: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
          <Schema Alias="graph" Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
            <EntityType Name="entity" Abstract="true"><Property Name="id" Type="Edm.String" /></EntityType>
            <EntityType Name="place" BaseType="graph.entity" />
            <EntityType Name="room" BaseType="graph.place" />
            <EntityType Name="roomList" BaseType="graph.place" />
            <ComplexType Name="photo" />
          </Schema></edmx:DataServices></edmx:Edmx>"#;
        let csdl = crate::metadata::csdl::parse(BASES, Path::new("t.xml")).expect("parses");
        let model = Model {
            types: vec![
                ty("entity", None, true, vec![]),
                ty("place", Some("microsoft.graph.entity"), true, vec![]),
                ty("room", None, true, vec![]),
                ty("roomList", Some("place"), false, vec![]),
                ty("photo", Some("entity"), true, vec![]),
            ],
            ..Model::default()
        };
        let f = compare(&model, &csdl);
        // place ✓ (namespace aside); room ✗; roomList not documented; photo ✗.
        assert_eq!(f.base_agreement, Ratio { hits: 1, total: 3 });
        assert_eq!(
            f.base_disagreements,
            [
                "photo: model entity vs csdl none",
                "room: model none vs csdl place"
            ]
        );
    }

    #[test]
    fn empty_inputs_give_full_marks() {
        let f = compare(&Model::default(), &Csdl::default());
        assert_eq!(f.type_coverage.percent(), 100.0);
        assert_eq!(f.type_coverage.total, 0);
    }

    #[test]
    fn base_cycles_terminate() {
        let model = Model {
            types: vec![
                ty("a", Some("b"), true, vec![]),
                ty("b", Some("a"), true, vec![]),
            ],
            ..Model::default()
        };
        let types = ModelIndex::new(&model);
        assert!(types.properties_with_inherited(&model.types[0]).is_empty());
    }
}
