//! `graphdoc generate --config`: the file narrows and shapes the output, the
//! default `graphdoc.yaml` is picked up from the current folder, and a bad file
//! fails naming itself.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn graphdoc(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .current_dir(cwd)
        .args(args)
        .output()
        .expect("run graphdoc")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn generate(cwd: &Path, config: &str, extra: &[&str]) -> (Output, PathBuf, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let config_path = dir.path().join("graphdoc.yaml");
    std::fs::write(&config_path, config).unwrap();
    let out = dir.path().join("out");
    let docs = workspace_root().join("docs-input");
    let mut args = vec![
        "generate",
        docs.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    args.extend(["--config", config_path.to_str().unwrap()]);
    (graphdoc(cwd, &args), out, dir)
}

#[test]
fn include_keeps_the_selected_operations_types_and_applies_renames_and_derives() {
    let config = "package-name: policies-only\ninclude: [\"/accessPackageAssignmentPolicies\"]\nextra-derives: [Eq]\ntype-renames: { accessPackageAssignmentPolicy: Policy }\n";
    let (output, out, _dir) = generate(&workspace_root(), config, &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let models = std::fs::read_to_string(out.join("src/models.rs")).unwrap();
    assert!(models.contains("pub struct Policy {"), "{models}");
    assert!(
        !models.contains("AccessPackageAssignmentPolicy"),
        "{models}"
    );
    assert!(!models.contains("AccessPackageAssignment {"), "{models}");
    assert!(!models.contains("AccessPackageAssignment "), "{models}");
    assert!(!models.contains("pub struct AccessPackage {"), "{models}");
    assert!(models.contains("Eq"), "{models}");
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"policies-only\""), "{manifest}");
}

#[test]
fn include_by_path_alone_yields_the_policy_type_only() {
    let (output, out, _dir) = generate(
        &workspace_root(),
        "include: [\"/accessPackageAssignmentPolicies\"]\n",
        &[],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let models = std::fs::read_to_string(out.join("src/models.rs")).unwrap();
    assert!(
        models.contains("pub struct AccessPackageAssignmentPolicy {"),
        "{models}"
    );
    assert!(!models.contains("AccessPackageAssignment "), "{models}");
    assert!(!models.contains("AccessPackageAssignment {"), "{models}");
}

#[test]
fn graphdoc_yaml_in_the_current_folder_is_the_default() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("graphdoc.yaml"),
        "include: [accessPackage]\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let docs = workspace_root().join("docs-input");
    let output = graphdoc(
        dir.path(),
        &[
            "generate",
            docs.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let models = std::fs::read_to_string(out.join("src/models.rs")).unwrap();
    assert!(models.contains("pub struct AccessPackage {"), "{models}");
    assert!(
        !models.contains("pub struct AccessPackageAssignmentPolicy {"),
        "{models}"
    );
}

#[test]
fn unknown_key_fails_naming_the_file() {
    let (output, out, dir) = generate(
        &workspace_root(),
        "include: []\nincludes: [\"/users\"]\n",
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    let path = dir.path().join("graphdoc.yaml");
    assert!(
        stderr.contains(&format!("{}:2:", path.display())),
        "{stderr}"
    );
    assert!(stderr.contains("includes"), "{stderr}");
    assert!(!out.exists(), "nothing is written when the config is bad");
}

#[test]
fn missing_config_file_is_an_error() {
    let output = graphdoc(
        &workspace_root(),
        &[
            "generate",
            "docs-input",
            "--out",
            "/nonexistent/x",
            "--config",
            "no-such.yaml",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("no-such.yaml"),
        "{}",
        text(&output.stderr)
    );
}
