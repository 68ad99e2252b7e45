//! `--metadata`: the CLI reading the service's CSDL beside the docs. Uses the
//! real v1.0 metadata at `../shared/corpus/graph-metadata/v1.0-csdl.xml`
//! (beside the workspace); each test says so and returns when it is absent.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const CSDL: &str = "../shared/corpus/graph-metadata/v1.0-csdl.xml";
const CORPUS: &str = "../shared/corpus/graph-docs/v1.0";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn have_metadata() -> bool {
    let here = workspace_root().join(CSDL).is_file();
    if !here {
        println!("skipped: {CSDL} is not beside the workspace");
    }
    here
}

fn graphdoc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .current_dir(workspace_root())
        .args(args)
        .output()
        .expect("run graphdoc")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn model(args: &[&str]) -> Value {
    let out = graphdoc(&[&["model", "docs-input"], args].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("model is JSON")
}

fn type_named<'v>(m: &'v Value, name: &str) -> &'v Value {
    m["types"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == name)
        .unwrap_or_else(|| panic!("no type {name}"))
}

fn property<'v>(t: &'v Value, name: &str) -> &'v Value {
    t["properties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no property {name} on {}", t["name"]))
}

#[test]
fn check_reports_each_disagreement_at_the_docs_line_with_a_summary() {
    if !have_metadata() {
        return;
    }
    let out = graphdoc(&["check", "docs-input", "--metadata", CSDL]);
    let text = stdout(&out);
    assert!(text.contains(
        "docs-input/004_14a8bc76e1844eb9.md:42: warning[metadata-missing-type]: the docs document type `accessPackageAssignment`, which the metadata (../shared/corpus/graph-metadata/v1.0-csdl.xml) does not declare\n"
    ), "{text}");
    assert!(text.contains(
        "docs-input/000_fbb2cf42e617722e.md:38: warning[undocumented-property]: relationship `entitlementManagement.accessPackageAssignmentApprovals` (Collection(approval)) is declared by the metadata (../shared/corpus/graph-metadata/v1.0-csdl.xml:7794) but not listed in the docs\n"
    ), "{text}");
    // What no page documents points into the metadata itself.
    assert!(text.contains(
        "../shared/corpus/graph-metadata/v1.0-csdl.xml:2485:24: warning[undocumented-entity-type]: the metadata declares entity type `user`, which no page documents\n"
    ), "{text}");
    let summary = stderr(&out);
    assert!(
        summary.contains("       1 metadata-missing-type\n"),
        "{summary}"
    );
    assert!(
        summary.contains("       1 undocumented-property\n"),
        "{summary}"
    );
    // The docs' own errors (the unresolved request lines) still fail the run.
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn without_metadata_nothing_changes() {
    let plain = graphdoc(&["model", "docs-input"]);
    let text = stdout(&plain);
    assert!(!text.contains("provenance") && !text.contains("\"metadata\""));
    let check = graphdoc(&["check", "docs-input"]);
    assert!(!stdout(&check).contains("metadata"), "{}", stdout(&check));
}

#[test]
fn model_takes_types_from_the_metadata_and_says_where_each_fact_came_from() {
    if !have_metadata() {
        return;
    }
    let m = model(&["--metadata", CSDL]);
    // Documented by both: the docs' line stays the property's source.
    let em = type_named(&m, "entitlementManagement");
    assert_eq!(em["provenance"], "both");
    let id = property(em, "id");
    assert_eq!(id["provenance"], "both");
    assert_eq!(id["file"], "docs-input/000_fbb2cf42e617722e.md");
    assert_eq!(id["metadata"]["line"], 2279);
    assert_eq!(id["metadata"]["nullable"], false);
    // The relationship the docs leave out comes from the metadata.
    let approvals = property(em, "accessPackageAssignmentApprovals");
    assert_eq!(approvals["provenance"], "metadata");
    assert_eq!(approvals["file"], CSDL);
    assert_eq!(approvals["line"], 7794);
    assert_eq!(approvals["navigation"], true);
    assert_eq!(approvals["collection"], true);
    // A type no page documents, whole from the metadata, base type included.
    let user = type_named(&m, "user");
    assert_eq!(user["provenance"], "metadata");
    assert_eq!(user["baseType"], "directoryObject");
    assert_eq!(property(user, "accountEnabled")["type"], "Boolean");
    // Enum members in the metadata's order, with its values.
    let members = type_named(
        &m,
        "accessReviewInstanceDecisionItemFilterByCurrentUserOptions",
    )["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap().to_string())
        .collect::<Vec<_>>();
    assert_eq!(members, ["reviewer", "unknownFutureValue"]);
    // A docs type the metadata lacks is kept as the docs say.
    let assignment = type_named(&m, "accessPackageAssignment");
    assert!(assignment.get("provenance").is_none());
    assert_eq!(property(assignment, "isExtended")["type"], "Boolean");
}

#[test]
fn a_bad_metadata_file_fails_before_reading_pages() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.xml");
    std::fs::write(&broken, "<edmx:Edmx>\n  <oops\n").unwrap();
    let not_graph = dir.path().join("other.xml");
    std::fs::write(&not_graph, "<Edmx><Schema Namespace=\"contoso\"/></Edmx>").unwrap();
    for (file, expected) in [
        (dir.path().join("missing.xml"), "cannot read metadata"),
        (broken, ": invalid CSDL XML"),
        (not_graph, "no <Schema Namespace=\"microsoft.graph\"> found"),
    ] {
        let file = file.to_str().unwrap();
        for command in ["model", "check", "generate"] {
            let mut args = vec![command, "docs-input", "--metadata", file];
            if command == "generate" {
                args.extend(["--out", "/nonexistent/never-written"]);
            }
            let out = graphdoc(&args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{command} {file}: {err}");
            assert!(err.starts_with(&format!("error: {file}")), "{err}");
            assert!(err.contains(expected), "{err}");
            assert!(err.contains("--metadata takes the service's CSDL"), "{err}");
        }
    }
}

#[test]
fn the_committed_metadata_crate_is_up_to_date() {
    if !have_metadata() {
        return;
    }
    let out = graphdoc(&[
        "generate",
        "docs-input",
        "--config",
        "generator/tests/metadata/graphdoc.yaml",
        "--out",
        "tests-metadata",
        "--check",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "tests-metadata/ is stale; regenerate it with the command in generator/tests/metadata/graphdoc.yaml\n{}{}",
        stdout(&out),
        stderr(&out)
    );
    let models =
        std::fs::read_to_string(workspace_root().join("tests-metadata/src/models.rs")).unwrap();
    // `non-nullable: plain`: the metadata's `Nullable="false"` id is a plain String.
    assert!(
        models.contains("    pub id: ::std::string::String,\n"),
        "{models}"
    );
    assert!(
        models.contains("id: take_plain_field(&mut object, \"id\")"),
        "{models}"
    );
    // And the relationship the docs never list is a field.
    let compact: String = models.split_whitespace().collect();
    assert!(compact.contains(
        "pubaccess_package_assignment_approvals:::std::option::Option<::std::vec::Vec<Approval>"
    ));
}

/// The README's table of `check --metadata` counts over the v1.0 corpus is
/// what the tool says today.
#[test]
fn readme_cross_check_counts_are_current() {
    if !have_metadata() || !workspace_root().join(CORPUS).is_dir() {
        return;
    }
    let readme = std::fs::read_to_string(workspace_root().join("README.md")).unwrap();
    let section = readme
        .split("<!-- crosscheck-counts:begin -->")
        .nth(1)
        .and_then(|s| s.split("<!-- crosscheck-counts:end -->").next())
        .expect("README has the cross-check table between its markers");
    let documented: Vec<(String, usize)> = section
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let code = cells.get(1)?.trim_matches('`');
            let count = cells.get(2)?.parse().ok()?;
            Some((code.to_string(), count))
        })
        .collect();
    assert!(documented.len() >= 8, "{documented:?}");
    let out = graphdoc(&["check", CORPUS, "--metadata", CSDL, "--format", "json"]);
    for (code, count) in &documented {
        let actual = stdout(&out)
            .lines()
            .filter(|l| l.contains(&format!("\"code\":\"{code}\"")))
            .count();
        assert_eq!(
            actual, *count,
            "README says {count} {code}, check says {actual}"
        );
    }
}
