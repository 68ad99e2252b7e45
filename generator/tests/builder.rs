//! `graphdoc::Builder` as a build script uses it: files written into a temp
//! OUT_DIR, `cargo:rerun-if-changed` for every page, template and config.

use graphdoc::builder::{BuildError, Generated};
use graphdoc::Builder;
use std::path::{Path, PathBuf};

fn docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs-input")
}

fn run(builder: Builder) -> (Result<Generated, BuildError>, String) {
    let mut cargo = Vec::new();
    let result = builder.generate_to(&mut cargo);
    (result, String::from_utf8(cargo).unwrap())
}

fn pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(docs())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    pages
}

#[test]
fn types_only_writes_models_rs_ready_for_include_and_watches_every_page() {
    let out = tempfile::tempdir().unwrap();
    let (result, cargo) = run(Builder::new()
        .input(docs())
        .out_dir(out.path())
        .types_only(true));
    let generated = result.unwrap();
    assert_eq!(generated.files, [out.path().join("models.rs")]);
    let mut on_disk: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    on_disk.sort();
    assert_eq!(on_disk, ["models.rs"]);
    let models = std::fs::read_to_string(out.path().join("models.rs")).unwrap();
    assert!(
        models.starts_with("/// "),
        "inner docs stripped for include!: {}",
        &models[..80]
    );
    assert!(!models.contains("//!") && !models.contains("#!["));
    assert!(models.contains("pub struct AccessPackage {"));
    syn::parse_file(&models).unwrap();

    let mut expected = vec![format!("cargo:rerun-if-changed={}", docs().display())];
    expected.extend(
        pages()
            .iter()
            .map(|p| format!("cargo:rerun-if-changed={}", p.display())),
    );
    assert_eq!(cargo.lines().collect::<Vec<_>>(), expected);
    assert_eq!(pages().len(), 5);
    assert_eq!(generated.watched.len(), 6);
}

#[test]
fn config_and_templates_are_watched_and_applied() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("graphdoc.yaml");
    std::fs::write(
        &config,
        "include: [accessPackage]\ntype-renames: { accessPackage: Package }\ntypes-only: true\n",
    )
    .unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(
        templates.join("Cargo.toml.tmpl"),
        "[package]\nname = \"{{package_name}}\"\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let page = docs().join("001_6af564bee3c101df.md");
    let (result, cargo) = run(Builder::new()
        .input(&page)
        .out_dir(&out)
        .config(&config)
        .templates(&templates));
    result.unwrap();
    assert_eq!(
        cargo.lines().collect::<Vec<_>>(),
        [
            format!("cargo:rerun-if-changed={}", config.display()),
            format!(
                "cargo:rerun-if-changed={}",
                templates.join("Cargo.toml.tmpl").display()
            ),
            format!("cargo:rerun-if-changed={}", page.display()),
        ]
    );
    let models = std::fs::read_to_string(out.join("models.rs")).unwrap();
    assert!(models.contains("pub struct Package {"), "{models}");
    assert!(!models.contains("AccessPackageAssignment"), "{models}");
}

#[test]
fn rerun_lines_can_be_turned_off_and_unchanged_files_are_not_rewritten() {
    let out = tempfile::tempdir().unwrap();
    let builder = Builder::new()
        .input(docs())
        .out_dir(out.path())
        .types_only(true)
        .emit_rerun_if_changed(false);
    let (first, cargo) = run(builder.clone());
    assert!(cargo.is_empty(), "{cargo}");
    let path = &first.unwrap().files[0];
    let before = std::fs::metadata(path).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    run(builder).0.unwrap();
    assert_eq!(std::fs::metadata(path).unwrap().modified().unwrap(), before);
}

#[test]
fn errors_are_returned_with_the_culprit_named() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("bad.yaml");
    std::fs::write(&config, "typo: 1\n").unwrap();
    let (result, _) = run(Builder::new()
        .input(docs())
        .out_dir(dir.path())
        .config(&config));
    let err = result.unwrap_err();
    assert!(matches!(err, BuildError::Config(_)), "{err}");
    assert!(err.to_string().contains("bad.yaml:1:"), "{err}");
    let (result, _) = run(Builder::new()
        .input(docs())
        .out_dir(dir.path())
        .package_name("9 bad"));
    assert!(matches!(result, Err(BuildError::Emit(_))));
    assert!(!dir.path().join("models.rs").exists());
}

#[test]
fn metadata_is_folded_in_and_watched() {
    let csdl = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus/graph-metadata/v1.0-csdl.xml");
    if !csdl.is_file() {
        println!("skipped: {} is absent", csdl.display());
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let (result, cargo) = run(Builder::new()
        .input(docs())
        .out_dir(out.path())
        .types_only(true)
        .metadata(&csdl)
        .non_nullable(graphdoc::emit::NonNullable::Plain));
    result.unwrap();
    assert!(cargo
        .lines()
        .any(|l| l == format!("cargo:rerun-if-changed={}", csdl.display())));
    let models = std::fs::read_to_string(out.path().join("models.rs")).unwrap();
    // A type no page documents, from the metadata, as a real struct.
    assert!(models.contains("pub struct User {"));
    // `entity.id` is `Nullable="false"`: plain with `.non_nullable(Plain)`.
    assert!(models.contains("pub id: ::std::string::String,"));
    syn::parse_file(&models).unwrap();

    let missing = out.path().join("missing.xml");
    let (result, _) = run(Builder::new()
        .input(docs())
        .out_dir(out.path())
        .metadata(&missing));
    let err = result.unwrap_err();
    assert!(matches!(err, BuildError::Metadata(_)), "{err}");
    assert!(err.to_string().contains("missing.xml"), "{err}");
}

/// A page whose permissions table is an include file (`../includes/permissions/x.md`,
/// as newer docs write it): the table reaches the generated client's docs, and
/// the include file is watched like the pages.
#[test]
fn permissions_include_files_are_read_and_watched() {
    let docs = tempfile::tempdir().unwrap();
    let api = docs.path().join("api");
    let include = docs
        .path()
        .join("includes/permissions/widget-get-permissions.md");
    std::fs::create_dir_all(&api).unwrap();
    std::fs::create_dir_all(include.parent().unwrap()).unwrap();
    std::fs::write(
        api.join("widget-get.md"),
        "---\ndoc_type: apiPageType\n---\n# Get widget\n\n## Permissions\n\n[!INCLUDE [permissions-table](../includes/permissions/widget-get-permissions.md)]\n\n## HTTP request\n\n```http\nGET /widgets/{id}\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a JSON object.\n",
    )
    .unwrap();
    std::fs::write(
        &include,
        "---\nms.topic: include\n---\n\n|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|Widget.Read.All|Widget.ReadWrite.All|\n|Delegated (personal Microsoft account)|Not supported.|Not supported.|\n|Application|Widget.Read.All|Not available.|\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let (result, cargo) = run(Builder::new().input(docs.path()).out_dir(out.path()));
    let generated = result.unwrap();
    // Walking the docs folder skips `includes/`: one page, not two.
    let page = api.join("widget-get.md");
    let include_line = format!("cargo:rerun-if-changed={}", include.display());
    assert_eq!(
        cargo.lines().collect::<Vec<_>>(),
        [
            format!("cargo:rerun-if-changed={}", docs.path().display()),
            format!("cargo:rerun-if-changed={}", page.display()),
            include_line,
        ]
    );
    assert_eq!(generated.watched.last(), Some(&include));
    let client = std::fs::read_to_string(out.path().join("operations.rs")).unwrap();
    assert!(
        client.contains("/// - Delegated (work or school account): Widget.Read.All (higher privileged: Widget.ReadWrite.All)")
            && client.contains("/// - Delegated (personal Microsoft account): not supported"),
        "permissions from the include in the client docs"
    );
}
