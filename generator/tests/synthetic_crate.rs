//! Compiles and runs a crate generated from a synthetic model with the corner
//! cases the seed pages lack: Graph types named like std items, an enum with
//! unknown values, recursion, inheritance, keyword field names. Unit tests only
//! parse such code; this proves it builds, passes clippy and behaves.
//!
//! It builds serde and chrono from scratch in a private target folder (about a
//! minute on two cores, offline from the local registry cache), so it is
//! `#[ignore]`d: run it with `cargo test -p graphdoc-gen --test synthetic_crate -- --ignored`.

use graphdoc::emit::{self, EmitOptions};
use graphdoc::model::{EnumMember, FactOrigin, Model, Property, TypeDef, TypeRef};
use graphdoc::source::SourceRef;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

fn prop(name: &str, ty: TypeRef) -> Property {
    Property {
        name: name.to_string(),
        ty,
        required: None,
        description: Some(format!("About {name}: `code`, [link](x), ```fence```.")),
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

fn synthetic_model() -> Model {
    let std_names = ["Option", "Result", "Vec", "String", "Box"];
    let mut types: Vec<TypeDef> = std_names
        .iter()
        .map(|n| ty(n, None, vec![prop("value", TypeRef::named("String"))]))
        .collect();
    let mut holder: Vec<Property> = std_names
        .iter()
        .map(|n| prop(&format!("my{n}"), TypeRef::named(n)))
        .collect();
    holder.extend([
        prop("color", TypeRef::named("color")),
        prop("colors", TypeRef::collection_of("color")),
        prop("self", TypeRef::named("holder")),
        prop("type", TypeRef::named("Date")),
        prop("when", TypeRef::named("DateTimeOffset")),
        prop("count", TypeRef::named("Int64")),
    ]);
    types.push(ty("holder", Some("base"), holder));
    types.push(ty("base", None, vec![prop("id", TypeRef::named("String"))]));
    let file: Arc<str> = Arc::from("docs/e.md");
    let members = ["red", "darkBlue", "unknown"]
        .iter()
        .map(|m| EnumMember {
            name: m.to_string(),
            value: None,
            description: None,
            source: SourceRef::new(&file, 9),
            provenance: Default::default(),
        })
        .collect();
    types.push(TypeDef {
        members,
        ..ty("color", None, Vec::new())
    });
    Model {
        schema_version: 1,
        types,
        ..Model::default()
    }
}

const BEHAVIOUR_TEST: &str = r###"
use synth::models::*;

#[test]
fn generated_types_behave() {
    let json = r##"{"id":"1","color":"darkBlue","colors":["red","purple","unknown"],"self":{"myOption":{"value":"x"}},"type":"2024-01-02","when":"2024-01-02T03:04:05+02:00","count":9007199254740993,"@odata.type":"#x"}"##;
    let original: serde_json::Value = serde_json::from_str(json).unwrap();
    let h: Holder = serde_json::from_value(original.clone()).unwrap();
    assert_eq!(h.color, Some(Color::DarkBlue));
    assert_eq!(h.colors, Some(vec![Color::Red, Color::Unknown("purple".into()), Color::Unknown2]));
    assert_eq!(h.self_value.as_ref().and_then(|s| s.my_option.as_ref()).and_then(|o| o.value.as_deref()), Some("x"));
    assert_eq!(h.id.as_deref(), Some("1"));
    assert_eq!(h.r#type, chrono::NaiveDate::from_ymd_opt(2024, 1, 2));
    assert_eq!(h.count, Some(9007199254740993));
    assert_eq!(h.additional_properties.get("@odata.type"), Some(&serde_json::json!("#x")));
    assert_eq!(serde_json::to_value(&h).unwrap(), original);
    let s = String { value: None, additional_properties: Default::default() };
    assert_eq!(serde_json::to_string(&s).unwrap(), "{}");
}
"###;

fn cargo(dir: &Path, args: &[&str]) {
    let status = Command::new(env!("CARGO"))
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .status()
        .expect("run cargo");
    assert!(status.success(), "cargo {args:?} failed");
}

#[test]
#[ignore = "builds a crate with its dependencies (15 s to a minute); run with --ignored"]
fn synthetic_crate_builds_passes_clippy_and_round_trips() {
    let options = EmitOptions {
        package_name: "synth".to_string(),
        ..EmitOptions::default()
    };
    let krate = emit::generate(&synthetic_model(), &options).expect("generate");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("synth");
    emit::write::write_tree(&out, &krate).expect("write");
    // A standalone workspace, pinned to the versions this repository locks.
    let manifest = out.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{text}\n[workspace]\n")).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock"),
        out.join("Cargo.lock"),
    )
    .unwrap();
    std::fs::create_dir_all(out.join("tests")).unwrap();
    std::fs::write(out.join("tests/behaviour.rs"), BEHAVIOUR_TEST).unwrap();
    cargo(&out, &["test", "--offline", "-q"]);
    cargo(
        &out,
        &[
            "clippy",
            "--offline",
            "-q",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    );
}
