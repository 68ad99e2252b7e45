//! Generation from synthetic models: the corner cases the seed pages lack.

use super::*;
use crate::model::{model_of_pages, EnumMember, FactOrigin, Property, TypeDef, TypeRef};
use crate::source::SourceRef;
use std::sync::Arc;

fn prop(name: &str, ty: TypeRef) -> Property {
    Property {
        name: name.to_string(),
        ty,
        required: None,
        description: Some(format!("About {name}.")),
        navigation: false,
        source: FactOrigin::Table,
        file: Arc::from("docs/x.md"),
        line: 7,
        provenance: Default::default(),
        metadata: None,
    }
}

fn ty(name: &str, base: Option<&str>, properties: Vec<Property>) -> TypeDef {
    TypeDef {
        name: name.to_string(),
        namespace: "microsoft.graph".to_string(),
        base_type: base.map(str::to_string),
        base_type_inferred: false,
        description: None,
        properties,
        members: Vec::new(),
        documented: true,
        sources: vec![SourceRef::new(&Arc::from("docs/x.md"), 3)],
        provenance: Default::default(),
    }
}

fn enum_ty(name: &str, members: &[&str]) -> TypeDef {
    let file: Arc<str> = Arc::from("docs/e.md");
    TypeDef {
        members: members
            .iter()
            .enumerate()
            .map(|(i, m)| EnumMember {
                name: m.to_string(),
                value: None,
                description: None,
                source: SourceRef::new(&file, 10 + i as u32),
                provenance: Default::default(),
            })
            .collect(),
        ..ty(name, None, Vec::new())
    }
}

fn model(types: Vec<TypeDef>) -> Model {
    Model {
        schema_version: 1,
        types,
        ..Model::default()
    }
}

fn models_rs(m: &Model) -> String {
    let krate = generate(m, &EmitOptions::default()).unwrap();
    let text = krate.file("src/models.rs").unwrap().to_string();
    syn::parse_file(&text).unwrap();
    text
}

#[test]
fn std_names_as_graph_types_still_mean_std() {
    let names = ["Option", "Result", "Vec", "String", "Box", "serde"];
    let types = names
        .iter()
        .map(|n| {
            ty(
                n,
                None,
                vec![
                    prop("value", TypeRef::named("String")),
                    prop("items", TypeRef::collection_of("Int64")),
                ],
            )
        })
        .chain([ty(
            "holder",
            None,
            names
                .iter()
                .map(|n| prop(&format!("my{n}"), TypeRef::named(n)))
                .collect(),
        )])
        .collect();
    let text = models_rs(&model(types));
    assert!(text.contains("pub struct Option {"), "{text}");
    assert!(text.contains("pub struct Box {"), "{text}");
    assert!(
        text.contains("pub my_option: ::std::option::Option<Option>,"),
        "{text}"
    );
    assert!(
        text.contains("pub value: ::std::option::Option<::std::string::String>,"),
        "{text}"
    );
    assert!(
        text.contains("pub items: ::std::option::Option<::std::vec::Vec<i64>>,"),
        "{text}"
    );
    // Every std item is named by full path: no bare prelude names in type positions.
    for bare in ["<String>", "<Vec<", "Option<String", ": Option<"] {
        assert!(!text.contains(bare), "bare {bare} in\n{text}");
    }
}

#[test]
fn primitives_map_to_their_rust_types() {
    let props = [
        (
            "when",
            "DateTimeOffset",
            "::chrono::DateTime<::chrono::FixedOffset>",
        ),
        ("day", "Date", "::chrono::NaiveDate"),
        ("blob", "Untyped", "::serde_json::Value"),
        ("n", "Int32", "i32"),
        ("big", "Int64", "i64"),
        ("ratio", "Double", "f64"),
        ("flag", "Boolean", "bool"),
        ("uid", "Guid", "::std::string::String"),
        ("other", "someUndocumentedType", "::serde_json::Value"),
    ];
    let t = ty(
        "prims",
        None,
        props
            .iter()
            .map(|(n, t, _)| prop(n, TypeRef::named(t)))
            .collect(),
    );
    let text = models_rs(&model(vec![t]));
    for (name, _, rust) in props {
        assert!(
            text.contains(&format!("pub {name}: ::std::option::Option<{rust}>,")),
            "{name} in\n{text}"
        );
    }
    // The wire name is read and written by the hand-written serde impls.
    let squeezed: String = text.split_whitespace().collect();
    assert!(
        squeezed.contains("when:take_field(&mutobject,\"when\")"),
        "{text}"
    );
    assert!(
        squeezed.contains("iflet::std::option::Option::Some(value)=&self.when{::serde::ser::SerializeMap::serialize_entry(&mutmap,\"when\",value)?;}"),
        "{text}"
    );
    assert!(
        text.contains("pub additional_properties: ::std::collections::BTreeMap<"),
        "{text}"
    );
}

#[test]
fn keywords_and_collisions_in_fields() {
    let t = ty(
        "odd",
        None,
        vec![
            prop("type", TypeRef::named("String")),
            prop("displayName", TypeRef::named("String")),
            prop("DisplayName", TypeRef::named("String")),
            prop("2fa", TypeRef::named("String")),
            prop("additionalProperties", TypeRef::named("String")),
        ],
    );
    let text = models_rs(&model(vec![t]));
    assert!(
        text.contains("r#type: take_field(&mut object, \"type\")"),
        "{text}"
    );
    assert!(text.contains("pub r#type:"), "{text}");
    assert!(text.contains("pub display_name:"), "{text}");
    assert!(text.contains("pub display_name_2:"), "{text}");
    assert!(text.contains("pub n_2fa:"), "{text}");
    assert!(text.contains("pub additional_properties_2:"), "{text}");
}

#[test]
fn recursive_references_are_boxed_and_collections_are_not() {
    let types = vec![
        ty(
            "node",
            None,
            vec![
                prop("parent", TypeRef::named("node")),
                prop("children", TypeRef::collection_of("node")),
            ],
        ),
        ty("a", None, vec![prop("b", TypeRef::named("b"))]),
        ty("b", None, vec![prop("a", TypeRef::named("a"))]),
        ty("leaf", None, vec![prop("node", TypeRef::named("node"))]),
    ];
    let text = models_rs(&model(types));
    assert!(
        text.contains("pub parent: ::std::option::Option<::std::boxed::Box<Node>>,"),
        "{text}"
    );
    assert!(
        text.contains("pub children: ::std::option::Option<::std::vec::Vec<Node>>,"),
        "{text}"
    );
    assert!(
        text.contains("pub b: ::std::option::Option<::std::boxed::Box<B>>,"),
        "{text}"
    );
    assert!(
        text.contains("pub a: ::std::option::Option<::std::boxed::Box<A>>,"),
        "{text}"
    );
    assert!(
        text.contains("pub node: ::std::option::Option<Node>,"),
        "{text}"
    );
}

/// A single-valued relationship is boxed even off any cycle: an expanded
/// entity held inline makes its parent as large as all it reaches.
#[test]
fn single_relationships_are_boxed() {
    let mut owner = prop("owner", TypeRef::named("person"));
    owner.navigation = true;
    let types = vec![
        ty(
            "item",
            None,
            vec![owner, prop("size", TypeRef::named("measure"))],
        ),
        ty("person", None, vec![prop("name", TypeRef::named("String"))]),
        ty("measure", None, vec![prop("n", TypeRef::named("Int32"))]),
    ];
    let text = models_rs(&model(types));
    assert!(
        text.contains("pub owner: ::std::option::Option<::std::boxed::Box<Person>>,"),
        "{text}"
    );
    assert!(
        text.contains("pub size: ::std::option::Option<Measure>,"),
        "{text}"
    );
}

#[test]
fn base_type_properties_are_flattened_derived_wins() {
    let mut own_id = prop("id", TypeRef::named("Guid"));
    own_id.description = Some("Derived id.".to_string());
    let types = vec![
        ty(
            "entity",
            None,
            vec![
                prop("id", TypeRef::named("String")),
                prop("etag", TypeRef::named("String")),
            ],
        ),
        ty(
            "directoryObject",
            Some("entity"),
            vec![prop("deletedDateTime", TypeRef::named("DateTimeOffset"))],
        ),
        ty(
            "user",
            Some("directoryObject"),
            vec![own_id, prop("displayName", TypeRef::named("String"))],
        ),
        ty("orphan", Some("missingBase"), vec![]),
        ty(
            "loopA",
            Some("loopB"),
            vec![prop("x", TypeRef::named("String"))],
        ),
        ty(
            "loopB",
            Some("loopA"),
            vec![prop("y", TypeRef::named("String"))],
        ),
    ];
    let text = models_rs(&model(types));
    let user = &text[text.find("pub struct User {").unwrap()..];
    let user = &user[..user.find("\n}\n").unwrap()];
    let order: Vec<&str> = user
        .lines()
        .skip(1)
        .filter_map(|l| l.trim().strip_prefix("pub "))
        .map(|l| l.split(':').next().unwrap_or(""))
        .collect();
    assert_eq!(
        order,
        [
            "id",
            "display_name",
            "deleted_date_time",
            "etag",
            "additional_properties"
        ]
    );
    assert!(user.contains("/// Derived id."), "{user}");
    assert!(user.contains("/// Inherited from `entity`."), "{user}");
    assert!(
        text.contains("Base type `missingBase` is not documented"),
        "{text}"
    );
    assert!(text.contains("pub struct LoopA {"), "{text}");
}

#[test]
fn enums_get_an_unknown_fallback_and_string_serde() {
    let text = models_rs(&model(vec![enum_ty(
        "color",
        &["red", "darkBlue", "unknown", "red"],
    )]));
    assert!(text.contains("pub enum Color {"), "{text}");
    assert!(text.contains("    Red,\n"), "{text}");
    assert!(text.contains("    DarkBlue,\n"), "{text}");
    assert!(text.contains("    Unknown2,\n"), "{text}");
    assert!(
        text.contains("    Unknown(::std::string::String),\n"),
        "{text}"
    );
    assert!(text.contains("Self::DarkBlue => \"darkBlue\","), "{text}");
    assert!(text.contains("\"darkBlue\" => Self::DarkBlue,"), "{text}");
    assert!(
        text.contains("other => Self::Unknown(::std::string::ToString::to_string(other)),"),
        "{text}"
    );
    assert_eq!(
        text.matches("Self::Red =>").count(),
        1,
        "duplicate members collapse: {text}"
    );
    assert!(
        text.contains("impl<'de> ::serde::Deserialize<'de> for Color"),
        "{text}"
    );
}

#[test]
fn docs_text_cannot_break_out_of_doc_attributes() {
    let mut p = prop("evil", TypeRef::named("String"));
    p.description = Some("\"] } fn pwned() {} /* \\ \n*/ #[doc = \"\r\u{7}".to_string());
    let text = models_rs(&model(vec![ty("victim", None, vec![p])]));
    let file = syn::parse_file(&text).unwrap();
    // The struct, its two serde impls, and the one helper they call.
    let structs: Vec<_> = file
        .items
        .iter()
        .filter(|i| matches!(i, syn::Item::Struct(_)))
        .collect();
    assert_eq!(structs.len(), 1, "{text}");
    assert!(
        matches!(structs[0], syn::Item::Struct(s) if s.fields.len() == 2),
        "{text}"
    );
    assert_eq!(file.items.len(), 4, "{text}");
}

/// rustc denies text-direction codepoints in doc comments (a description
/// copied with a right-to-left override would stop the crate compiling), so
/// they are written as their escapes; other non-ASCII text stays as written.
#[test]
fn text_direction_codepoints_in_docs_are_escaped() {
    let mut p = prop("evil", TypeRef::named("String"));
    p.description = Some("2014\u{202E}-01-01 \u{2066}x\u{2069} 日本語 é".to_string());
    let text = models_rs(&model(vec![ty("victim", None, vec![p])]));
    assert!(
        !text.contains('\u{202E}') && !text.contains('\u{2066}'),
        "{text}"
    );
    assert!(
        text.contains(r"2014\u{202e}-01-01 \u{2066}x\u{2069} 日本語 é"),
        "{text}"
    );
}

#[test]
fn output_is_deterministic_and_sorted() {
    let types = vec![
        ty("zeta", None, vec![prop("id", TypeRef::named("String"))]),
        ty("alpha", None, vec![prop("id", TypeRef::named("String"))]),
        ty("Alpha", None, vec![prop("id", TypeRef::named("String"))]),
    ];
    let mut reversed = types.clone();
    reversed.reverse();
    let a = generate(&model(types), &EmitOptions::default()).unwrap();
    let b = generate(&model(reversed), &EmitOptions::default()).unwrap();
    assert_eq!(a, b);
    let text = a.file("src/models.rs").unwrap();
    assert!(
        text.find("pub struct Alpha {").unwrap() < text.find("pub struct Alpha2 {").unwrap(),
        "{text}"
    );
    let paths: Vec<_> = a
        .files
        .iter()
        .map(|f| f.path.to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "Cargo.toml",
            "src/client.rs",
            "src/error.rs",
            "src/lib.rs",
            "src/models.rs",
            "src/operations.rs",
            "tests/client.rs"
        ]
    );
    let types_only = EmitOptions {
        types_only: true,
        ..EmitOptions::default()
    };
    let c = generate(&model(vec![ty("zeta", None, vec![])]), &types_only).unwrap();
    let paths: Vec<_> = c
        .files
        .iter()
        .map(|f| f.path.to_string_lossy().into_owned())
        .collect();
    assert_eq!(paths, ["Cargo.toml", "src/lib.rs", "src/models.rs"]);
    assert!(!c.file("Cargo.toml").unwrap().contains("reqwest"));
    assert!(!c.file("src/lib.rs").unwrap().contains("mod client"));
}

#[test]
fn bad_package_name_is_an_error() {
    let options = EmitOptions {
        package_name: "1 bad".to_string(),
        ..EmitOptions::default()
    };
    assert!(matches!(
        generate(&model(vec![]), &options),
        Err(EmitError::InvalidPackageName(_))
    ));
    let options = EmitOptions {
        package_name: "my-graph".to_string(),
        ..EmitOptions::default()
    };
    let krate = generate(&model(vec![]), &options).unwrap();
    assert!(krate
        .file("Cargo.toml")
        .unwrap()
        .contains("name = \"my-graph\""));
}

#[test]
fn items_are_separated_by_blank_lines() {
    let id = || vec![prop("id", TypeRef::named("String"))];
    let text = models_rs(&model(vec![ty("a", None, id()), ty("b", None, id())]));
    assert!(text.contains("//! always carries;"), "{text}");
    assert!(
        text.contains("`additional_properties`.\n\n/// The `a` type."),
        "{text}"
    );
    assert!(text.contains("\n}\n\n/// The `b` type."), "{text}");
    assert!(!text.contains("\n\n\n"), "{text}");
    assert!(text.ends_with("}\n") && !text.ends_with("\n\n"), "{text}");
}

fn models_rs_with(m: &Model, options: &EmitOptions) -> String {
    let krate = generate(m, options).unwrap();
    let text = krate.file("src/models.rs").unwrap().to_string();
    syn::parse_file(&text).unwrap();
    text
}

#[test]
fn extra_derives_reach_every_item_without_duplicates() {
    let m = model(vec![
        ty("thing", None, vec![prop("name", TypeRef::named("String"))]),
        enum_ty("color", &["red"]),
    ]);
    let options = EmitOptions {
        extra_derives: vec![
            "Eq".into(),
            " std::hash::Hash ".into(),
            "schemars::JsonSchema".into(),
            "serde::Serialize".into(),
            "::core::cmp::Eq".into(),
        ],
        ..EmitOptions::default()
    };
    let text = models_rs_with(&m, &options);
    // prettyplease wraps long derive lists; compare without whitespace (and the trailing comma it adds).
    let squeezed: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .replace(",)]", ")]");
    assert!(
        squeezed.contains("#[derive(Debug,Clone,PartialEq,Default,Eq,std::hash::Hash,schemars::JsonSchema)]pubstructThing{"),
        "{text}"
    );
    // Structs and enums implement Serialize by hand (so `serde::Serialize` is
    // dropped); enums already derive Eq and Hash: only JsonSchema is new there.
    assert!(squeezed.contains("#[derive(Debug,Clone,PartialEq,Eq,Hash,PartialOrd,Ord,schemars::JsonSchema)]pubenumColor{"), "{text}");
}

#[test]
fn no_extra_derives_keeps_the_default_output() {
    let m = model(vec![ty(
        "thing",
        None,
        vec![prop("name", TypeRef::named("String"))],
    )]);
    let options = EmitOptions {
        extra_derives: Vec::new(),
        ..EmitOptions::default()
    };
    assert_eq!(models_rs_with(&m, &options), models_rs(&m));
}

#[test]
fn unparsable_derive_is_an_error_naming_it() {
    for bad in ["Eq + Hash", "", "Vec<u8>", "fn", "a::"] {
        let options = EmitOptions {
            extra_derives: vec!["Eq".into(), bad.into()],
            ..EmitOptions::default()
        };
        let err = generate(&model(vec![]), &options).unwrap_err();
        assert!(
            matches!(&err, EmitError::InvalidDerive(d) if d == bad),
            "{bad:?}: {err}"
        );
        assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
    }
}

#[test]
fn renamed_types_take_their_name_everywhere() {
    let m = model(vec![
        ty(
            "accessPackage",
            None,
            vec![prop("catalog", TypeRef::named("accessPackageCatalog"))],
        ),
        ty(
            "accessPackageCatalog",
            None,
            vec![prop("name", TypeRef::named("String"))],
        ),
    ]);
    let options = EmitOptions {
        type_renames: [
            ("accessPackage".to_string(), "Package".to_string()),
            ("nowhere".to_string(), "Gone".to_string()),
        ]
        .into(),
        ..EmitOptions::default()
    };
    let text = models_rs_with(&m, &options);
    assert!(text.contains("pub struct Package {"), "{text}");
    assert!(!text.contains("pub struct AccessPackage {"), "{text}");
    assert!(text.contains("pub struct AccessPackageCatalog {"), "{text}");
    assert!(!text.contains("Gone"), "{text}");
}

#[test]
fn renames_win_collisions_and_stay_unique_deterministically() {
    // `user` would be `User`; the rename claims `User` first, so the plain type is the one suffixed.
    let m = model(vec![
        ty("user", None, vec![prop("name", TypeRef::named("String"))]),
        ty("zUser", None, vec![prop("owner", TypeRef::named("user"))]),
        ty("aUser", None, vec![prop("name", TypeRef::named("String"))]),
    ]);
    let options = EmitOptions {
        type_renames: [
            ("zUser".to_string(), "User".to_string()),
            ("aUser".to_string(), "User".to_string()),
        ]
        .into(),
        ..EmitOptions::default()
    };
    let text = models_rs_with(&m, &options);
    let a = text.find("Graph type `microsoft.graph.aUser`").unwrap();
    let z = text.find("Graph type `microsoft.graph.zUser`").unwrap();
    let u = text.find("Graph type `microsoft.graph.user`").unwrap();
    let struct_after = |at: usize| {
        text[at..]
            .split("pub struct ")
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(struct_after(a), "User");
    assert_eq!(struct_after(z), "User2");
    assert_eq!(struct_after(u), "User3");
    assert!(
        text.contains("pub owner: ::std::option::Option<User3>,"),
        "{text}"
    );
    assert_eq!(text, models_rs_with(&m, &options));
}

#[test]
fn invalid_rename_is_an_error_naming_it() {
    for bad in [
        "",
        "two words",
        "type",
        "self",
        "9Lives",
        "a-b",
        "r#type",
        "Vec<u8>",
    ] {
        let options = EmitOptions {
            type_renames: [("thing".to_string(), bad.to_string())].into(),
            ..EmitOptions::default()
        };
        let err = generate(&model(vec![ty("thing", None, vec![])]), &options).unwrap_err();
        assert!(
            matches!(&err, EmitError::InvalidRename { wire, rust } if wire == "thing" && rust == bad),
            "{bad:?}: {err}"
        );
    }
}

/// The seed pages' crate: every method and every type not reached by all
/// areas is gated, and the manifest declares each feature the code names.
#[test]
fn area_features_gate_methods_and_types() {
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs-input");
    let m = crate::build_model(&[docs]).unwrap();
    let krate = generate(&m, &EmitOptions::default()).unwrap();
    let manifest = krate.file("Cargo.toml").unwrap();
    assert!(manifest.contains("default = [\"full\"]"), "{manifest}");
    let operations = krate.file("src/operations.rs").unwrap();
    let methods = operations.matches("pub async fn ").count();
    assert_eq!(
        operations.matches("#[cfg(feature = \"").count(),
        methods,
        "{operations}"
    );
    let models = krate.file("src/models.rs").unwrap();
    let named: std::collections::BTreeSet<&str> = [models, operations]
        .iter()
        .flat_map(|text| text.split("feature = \"").skip(1))
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(!named.is_empty());
    for feature in named {
        assert!(
            manifest.contains(&format!("\n{feature} = []")),
            "{feature} not declared in\n{manifest}"
        );
    }
    for test_file in ["tests/client.rs", "tests/examples.rs"] {
        assert!(
            krate
                .file(test_file)
                .unwrap()
                .contains("#![cfg(feature = \"full\")]"),
            "{test_file}"
        );
    }
    let ungated = generate(
        &m,
        &EmitOptions {
            area_features: false,
            ..EmitOptions::default()
        },
    )
    .unwrap();
    assert!(!ungated.file("src/models.rs").unwrap().contains("#[cfg("));
    assert!(!ungated.file("Cargo.toml").unwrap().contains("[features]"));
}

#[test]
fn undocumented_types_are_opaque_json() {
    let mut undocumented = ty("weekIndex", None, vec![]);
    undocumented.documented = false;
    let holder = ty(
        "recurrencePattern",
        None,
        vec![prop("index", TypeRef::named("weekIndex"))],
    );
    let text = models_rs(&model(vec![undocumented, holder]));
    assert!(
        text.contains("pub type WeekIndex = ::serde_json::Value;"),
        "{text}"
    );
    assert!(
        text.contains("pub index: ::std::option::Option<WeekIndex>,"),
        "{text}"
    );
    // A documented type without properties (Graph's `Json`) is raw JSON too:
    // its values are arrays and strings as often as objects.
    let text = models_rs(&model(vec![ty("Json", None, vec![])]));
    assert!(
        text.contains("pub type Json = ::serde_json::Value;"),
        "{text}"
    );
    assert!(text.contains("document without properties"), "{text}");
    // One that inherits (even nothing) or declares a property stays a struct.
    let text = models_rs(&model(vec![
        ty("base", None, vec![prop("id", TypeRef::named("String"))]),
        ty("derived", Some("base"), vec![]),
    ]));
    assert!(text.contains("pub struct Derived {"), "{text}");
}

#[test]
fn collection_responses_round_trip_through_the_odata_envelope() {
    let fence = "```";
    let model = model_of_pages(&[
        (
            "resources/widget.md",
            "---\ndoc_type: resourcePageType\n---\n# widget resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Id. |\n| size | Int32 | Size. |\n".to_string(),
        ),
        (
            "api/widget-list.md",
            format!("---\ndoc_type: apiPageType\n---\n# List widgets\n\n## HTTP request\n\n{fence}http\nGET /widgets\n{fence}\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a collection of [widget](../resources/widget.md) objects in the response body.\n\n## Example\n\n### Request\n\n<!-- {{ \"blockType\": \"request\", \"name\": \"list_widgets\" }} -->\n{fence}http\nGET https://graph.microsoft.com/v1.0/widgets\n{fence}\n\n### Response\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.widget\", \"isCollection\": true }} -->\n{fence}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\n  \"@odata.nextLink\": \"https://graph.microsoft.com/v1.0/widgets?$skiptoken=x\",\n  \"value\": [ {{ \"id\": \"1\", \"size\": 3 }} ]\n}}\n{fence}\n"),
        ),
    ]);
    let krate = generate(&model, &EmitOptions::default()).unwrap();
    let tests = krate
        .file("tests/examples.rs")
        .expect("an examples test file");
    let compact: String = tests.split_whitespace().collect();
    assert!(
        compact.contains("roundtrip::<Collection<::graph_bindings::models::Widget>"),
        "{tests}"
    );
    assert!(
        compact.contains("structCollection<T>{value:::std::vec::Vec<T>,"),
        "{tests}"
    );
    syn::parse_file(tests).unwrap();
    // Without a collection example, no unused envelope type.
    let single = generate(&model_with_single_example(), &EmitOptions::default()).unwrap();
    if let Some(t) = single.file("tests/examples.rs") {
        assert!(!t.contains("struct Collection"), "{t}");
    }
}

/// `getMemberGroups` answers `{"value": ["id", ...]}`: the client pages
/// strings, and the docs' example round-trips as a collection of them.
#[test]
fn primitive_collections_are_paged_and_round_tripped() {
    let fence = "```";
    let model = model_of_pages(&[
        (
            "api/user-getmembergroups.md",
            format!("---\ndoc_type: apiPageType\n---\n# user: getMemberGroups\n\n## HTTP request\n\n{fence}http\nPOST /me/getMemberGroups\n{fence}\n\n## Response\n\nIf successful, this method returns `200 OK` response code and String collection object in the response body.\n\n## Example\n\n### Response\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"string\", \"isCollection\": true }} -->\n{fence}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\n  \"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#Collection(Edm.String)\",\n  \"value\": [\"fee2c45b\", \"4fe90ae7\"]\n}}\n{fence}\n"),
        ),
    ]);
    let response = &model.operations[0].responses[0];
    assert_eq!(
        response.ty,
        Some(TypeRef {
            name: "String".into(),
            collection: true
        }),
        "{model:?}"
    );
    let krate = generate(&model, &EmitOptions::default()).unwrap();
    let compact = |f: &str| -> String { krate.file(f).unwrap().split_whitespace().collect() };
    assert!(
        compact("src/operations.rs").contains("crate::client::Page<::std::string::String>"),
        "{}",
        krate.file("src/operations.rs").unwrap()
    );
    assert!(
        compact("tests/examples.rs").contains("roundtrip::<Collection<::std::string::String>"),
        "{}",
        krate.file("tests/examples.rs").unwrap()
    );
}

/// A function's primitive result comes in OData's envelope (`{"value": true}`):
/// the client returns the value itself, and the docs' example round-trips as
/// that envelope. A `$count` path's primitive stays raw bytes.
#[test]
fn single_primitives_are_read_from_their_envelope() {
    let fence = "```";
    let model = model_of_pages(&[
        (
            "api/devicemanagement-verify.md",
            format!("---\ndoc_type: apiPageType\n---\n# deviceManagement: verifyAutoDiscovery\n\n## HTTP request\n\n{fence}http\nGET /deviceManagement/verifyAutoDiscovery\n{fence}\n\n## Response\n\nIf successful, this function returns a `200 OK` response code and a Boolean in the response body.\n\n## Example\n\n### Response\n\n{fence}http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\n  \"value\": true\n}}\n{fence}\n"),
        ),
        (
            "api/user-count.md",
            format!("---\ndoc_type: apiPageType\n---\n# Count users\n\n## HTTP request\n\n{fence}http\nGET /users/$count\n{fence}\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and an Int32 in the response body.\n"),
        ),
    ]);
    assert_eq!(
        model.operations.len(),
        2,
        "{:?}",
        model.operations.iter().map(|o| &o.id).collect::<Vec<_>>()
    );
    let krate = generate(&model, &EmitOptions::default()).unwrap();
    let compact = |f: &str| -> String { krate.file(f).unwrap().split_whitespace().collect() };
    let ops = compact("src/operations.rs");
    assert!(
        ops.contains("Result<bool,crate::error::Error>")
            && ops.contains("self.send_value(request)"),
        "{}",
        krate.file("src/operations.rs").unwrap()
    );
    assert!(
        ops.contains("Result<::std::vec::Vec<u8>,crate::error::Error>"),
        "the $count path stays bytes: {}",
        krate.file("src/operations.rs").unwrap()
    );
    assert!(
        compact("tests/examples.rs").contains("roundtrip::<ValueOf<bool>>"),
        "{}",
        krate.file("tests/examples.rs").unwrap()
    );
    assert!(
        compact("tests/client.rs").contains("envelope[\"value\"]"),
        "{}",
        krate.file("tests/client.rs").unwrap()
    );
}

/// An error example (`422` with Graph's error body) becomes a client test
/// that answers the call with it and expects `Error::Api` with that status
/// and code; it is no longer reported as an untested example.
#[test]
fn error_examples_are_client_tests() {
    let fence = "```";
    let model = model_of_pages(&[
        (
            "api/group-validateproperties.md",
            format!("---\ndoc_type: apiPageType\n---\n# group: validateProperties\n\n## HTTP request\n\n{fence}http\nPOST /groups/{{id}}/validateProperties\n{fence}\n\n## Response\n\nIf successful, this action returns a `204 No Content` response code.\n\n## Example\n\n### Response\n\n{fence}http\nHTTP/1.1 422\nContent-Type: application/json\n\n{{\n  \"error\": {{\n    \"code\": \"Request_UnprocessableEntity\",\n    \"message\": \"The values provided contain one or more validation errors.\"\n  }}\n}}\n{fence}\n"),
        ),
    ]);
    let krate = generate(&model, &EmitOptions::default()).unwrap();
    let tests: String = krate
        .file("tests/client.rs")
        .unwrap()
        .split_whitespace()
        .collect();
    assert!(
        tests.contains("asyncfngroup_validate_properties_answers_422()"),
        "{tests}"
    );
    assert!(
        tests.contains(
            "set_body_raw(\"{\\\"error\\\":{\\\"code\\\":\\\"Request_UnprocessableEntity\\\""
        ),
        "{tests}"
    );
    assert!(
        tests.contains(
            "assert_eq!(status,422u16);assert_eq!(error.code,\"Request_UnprocessableEntity\");"
        ),
        "{tests}"
    );
    let resolved = super::resolve::Resolved::new(&model);
    assert!(super::examples::untested_diagnostics(&model, &resolved).is_empty());
}

/// A path literal with a space arrives percent-encoded (reqwest parses the
/// URL), so the generated client test expects it encoded.
#[test]
fn client_tests_expect_path_literals_as_they_arrive() {
    let model = model_of_pages(&[
        (
            "api/range-resized.md",
            "---\ndoc_type: apiPageType\n---\n# range: resizedRange\n\n## HTTP request\n\n```http\nGET /ranges/{id}/resizedRange(deltaRows={deltaRows}, deltaColumns={deltaColumns})\n```\n".to_string(),
        ),
    ]);
    let krate = generate(&model, &EmitOptions::default()).unwrap();
    let tests = krate.file("tests/client.rs").unwrap();
    assert!(tests.contains("/resizedRange(deltaRows="), "{tests}");
    assert!(tests.contains(",%20deltaColumns="), "{tests}");
}

fn model_with_single_example() -> Model {
    crate::build_model(&[std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs-input")])
        .unwrap()
}

/// A call whose body or response type is an enum and whose page shows no
/// example gets a made-up body an enum reads (a string), not `{}`.
#[test]
fn client_tests_make_up_enum_bodies_as_strings() {
    let fence = "```";
    let model = model_of_pages(&[
        (
            "resources/shade.md",
            "---\ndoc_type: enumPageType\n---\n# shade enum type\n\n## Members\n\n| Member | Description |\n|:--|:--|\n| dark | D. |\n".to_string(),
        ),
        (
            "api/lamp-set.md",
            format!("---\ndoc_type: apiPageType\n---\n# lamp: setShade\n\n## HTTP request\n\n{fence}http\nPOST /lamps/{{id}}/setShade\n{fence}\n\n## Request body\n\nIn the request body, supply a JSON representation of a [shade](../resources/shade.md) object.\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [shade](../resources/shade.md) object in the response body.\n"),
        ),
    ]);
    let krate = generate(&model, &EmitOptions::default()).unwrap();
    let tests = krate.file("tests/client.rs").unwrap();
    assert!(
        tests.contains(
            r#"let body: graph_bindings::models::Shade = ::serde_json::from_str("\"unknown\"")"#
        ),
        "{tests}"
    );
    assert!(
        tests.contains(r#".set_body_raw("\"unknown\"", "application/json")"#),
        "{tests}"
    );
    assert!(!tests.contains(r#"from_str("{}")"#), "{tests}");
}
