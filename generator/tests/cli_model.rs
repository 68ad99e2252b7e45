//! Runs the `graphdoc` binary on the seed pages in `docs-input/` and checks the
//! facts the model must hold, as a user would see them in the JSON.

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn graphdoc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("graphdoc runs")
}

fn model() -> Value {
    let out = graphdoc(&["model", "docs-input"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("model is JSON")
}

fn operation<'a>(m: &'a Value, method: &str, path: &str) -> &'a Value {
    m["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["method"] == method && o["paths"].as_array().unwrap().iter().any(|p| p == path))
        .unwrap_or_else(|| panic!("no operation {method} {path}"))
}

fn type_def<'a>(m: &'a Value, name: &str) -> &'a Value {
    m["types"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == name)
        .unwrap_or_else(|| panic!("no type {name}"))
}

fn property<'a>(props: &'a Value, name: &str) -> &'a Value {
    props
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no property {name}"))
}

fn diagnostics<'a>(m: &'a Value, code: &str) -> Vec<&'a Value> {
    m["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .collect()
}

#[test]
fn access_packages_is_one_operation_from_two_pages() {
    let m = model();
    let op = operation(
        &m,
        "POST",
        "/identityGovernance/entitlementManagement/accessPackages",
    );
    let files: Vec<&str> = op["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "docs-input/001_6af564bee3c101df.md",
            "docs-input/003_19333760436050ca.md"
        ]
    );
    assert_eq!(op["title"], "Create accessPackage");
    assert_eq!(op["apiVersion"], "beta");
    let count = m["operations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| {
            o["paths"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == "/identityGovernance/entitlementManagement/accessPackages")
        })
        .count();
    assert_eq!(count, 1);

    let perms = &op["permissions"];
    assert_eq!(perms["delegatedWork"]["status"], "scopes");
    assert_eq!(
        perms["delegatedWork"]["scopes"],
        serde_json::json!(["EntitlementManagement.ReadWrite.All"])
    );
    assert_eq!(
        perms["application"]["scopes"],
        serde_json::json!(["EntitlementManagement.ReadWrite.All"])
    );
    assert_eq!(perms["delegatedPersonal"]["status"], "notSupported");

    let request = op["examples"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "request")
        .unwrap();
    assert_eq!(request["method"], "POST");
    assert_eq!(request["annotation"]["blockType"], "request");
    assert_eq!(
        request["annotation"]["name"],
        "create_accesspackage_from_accesspackages"
    );
    assert_eq!(
        request["body"]["catalogId"],
        "aa2f6514-3232-46e7-a08a-2411ad8d7128"
    );
    assert_eq!(request["body"]["displayName"], "sales reps");
    assert_eq!(
        request["body"]["description"],
        "outside sales representatives"
    );

    let response = &op["responses"][0];
    assert_eq!(response["status"], 201);
    assert_eq!(response["type"], "accessPackage");
    let access_package = type_def(&m, "accessPackage");
    for name in ["isHidden", "isRoleScopesVisible"] {
        let p = property(&access_package["properties"], name);
        assert_eq!(p["type"], "Boolean");
        assert_eq!(p["source"], "example");
    }
    // Headers from both layouts, one per name.
    let headers: Vec<&str> = op["requestHeaders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["name"].as_str().unwrap())
        .collect();
    assert_eq!(headers, ["Authorization", "Content-type"]);
    assert_eq!(op["requestHeaders"][0]["value"], "Bearer {token}");
    assert_eq!(op["requestHeaders"][0]["required"], true);
}

#[test]
fn assignment_policies_body_and_response() {
    let m = model();
    let op = operation(&m, "POST", "/accessPackageAssignmentPolicies");
    let body = &op["requestBody"];
    assert_eq!(body["type"], "accessPackageAssignmentPolicy");
    let enabled = property(&body["properties"], "isEnabled");
    assert_eq!(enabled["type"], "Boolean");
    assert_eq!(enabled["collection"], false);
    assert_eq!(op["responses"][0]["status"], 201);
    assert_eq!(op["permissions"]["application"]["status"], "notSupported");
    assert_eq!(
        op["permissions"]["delegatedWork"]["scopes"][0],
        "EntitlementManagement.ReadWrite.All"
    );
    assert_eq!(
        property(
            &type_def(&m, "accessPackageAssignmentPolicy")["properties"],
            "isEnabled"
        )["type"],
        "Boolean"
    );
}

#[test]
fn assignments_table_wins_and_bad_example_values_are_reported() {
    let m = model();
    let op = operation(
        &m,
        "POST",
        "/identityGovernance/entitlementManagement/accessPackageAssignments",
    );
    let props = op["requestBody"]["properties"].as_array().unwrap();
    let names: Vec<&str> = props.iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "catalogId",
            "accessPackageId",
            "assignmentPolicyId",
            "targetId",
            "assignmentStatus",
            "assignmentState",
            "isExtended",
            "expiredDateTime",
            "schedule"
        ]
    );
    for p in props {
        assert_eq!(p["source"], "table");
        assert_eq!(p["required"], false, "{p}");
        assert_eq!(p["collection"], false);
    }
    let body = &op["requestBody"]["properties"];
    assert_eq!(property(body, "expiredDateTime")["type"], "DateTimeOffset");
    assert_eq!(property(body, "schedule")["type"], "requestSchedule");
    assert_eq!(property(body, "isExtended")["type"], "Boolean");
    assert_eq!(property(body, "catalogId")["type"], "String");
    assert_eq!(property(body, "isExtended")["line"], 55);

    // The type keeps the table's Boolean despite the example's "Boolean" string.
    let t = type_def(&m, "accessPackageAssignment");
    assert_eq!(property(&t["properties"], "isExtended")["type"], "Boolean");
    assert_eq!(property(&t["properties"], "isExtended")["source"], "table");

    let mismatches = diagnostics(&m, "example-type-mismatch");
    let boolean = mismatches
        .iter()
        .find(|d| d["message"].as_str().unwrap().contains("isExtended"))
        .expect("a diagnostic for the \"Boolean\" example value");
    assert_eq!(boolean["file"], "docs-input/004_14a8bc76e1844eb9.md");
    assert_eq!(boolean["line"], 86);
    assert_eq!(boolean["severity"], "warning");

    // The foreign namespace is reported and stripped.
    let foreign = diagnostics(&m, "foreign-namespace");
    assert!(foreign.iter().any(|d| d["line"] == 57
        && d["message"]
            .as_str()
            .unwrap()
            .contains("Microsoft.IGAELM.EC.FrontEnd.ExternalModel")));
    assert!(m["types"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| !t["name"].as_str().unwrap().contains('.')));
    // TODO placeholders are diagnostics, not scopes.
    assert_eq!(op["permissions"]["application"]["status"], "unknown");
    assert!(diagnostics(&m, "todo-placeholder")
        .iter()
        .any(|d| d["line"] == 24));
}

#[test]
fn entitlement_management_type_and_unresolved_url() {
    let m = model();
    let t = type_def(&m, "entitlementManagement");
    assert_eq!(t["namespace"], "microsoft.graph");
    assert_eq!(t["baseType"], "entity");
    let id = property(&t["properties"], "id");
    assert_eq!(id["type"], "String");
    assert_eq!(id["source"], "table");

    let unresolved = diagnostics(&m, "unresolved-request-url");
    let at_request_line = unresolved
        .iter()
        .find(|d| d["line"] == 29)
        .expect("diagnostic at the request line");
    assert_eq!(at_request_line["severity"], "error");
    assert_eq!(
        at_request_line["file"],
        "docs-input/000_fbb2cf42e617722e.md"
    );

    // The operation is kept, without a path, so its types survive.
    let op = m["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["title"] == "Create entitlementManagement")
        .unwrap();
    assert_eq!(op["paths"], serde_json::json!([]));
    assert!(op["unresolvedPaths"][0]["value"]
        .as_str()
        .unwrap()
        .contains("Collection URI"));
    assert_eq!(op["responses"][0]["type"], "entitlementManagement");
}

#[test]
fn plain_text_page_yields_permissions_request_line_and_headers() {
    let m = model();
    let page = m["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["file"] == "docs-input/003_19333760436050ca.md")
        .unwrap();
    assert_eq!(page["plainText"], true);
    assert_eq!(page["kind"], "api");
    let op = operation(
        &m,
        "POST",
        "/identityGovernance/entitlementManagement/accessPackages",
    );
    let src = op["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["file"] == "docs-input/003_19333760436050ca.md")
        .unwrap();
    assert_eq!(src["line"], 1);
    // Page 003 alone: its own headers and permissions, checked through `check`-free model extraction.
    let facts = graphdoc::read_page(&repo().join("docs-input/003_19333760436050ca.md"));
    assert_eq!(facts.request_lines.len(), 1);
    assert_eq!(facts.request_lines[0].source.line, 15);
    let names: Vec<&str> = facts.headers.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(names, ["Authorization", "Content-type"]);
    assert_eq!(facts.headers[1].required, Some(true));
    match &facts.permissions.application {
        graphdoc::model::Grant::Scopes {
            scopes,
            higher_privileged,
            ..
        } => {
            assert_eq!(scopes, &["EntitlementManagement.ReadWrite.All"]);
            assert!(higher_privileged.is_empty());
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        facts.permissions.delegated_personal,
        graphdoc::model::Grant::NotSupported { .. }
    ));
    assert_eq!(
        facts
            .request_body
            .as_ref()
            .and_then(|b| b.ty.as_ref())
            .map(|t| t.name.as_str()),
        Some("accessPackage")
    );
}

#[test]
fn front_matter_both_priority_spellings_and_versions() {
    let m = model();
    let pages = m["pages"].as_array().unwrap();
    let page = |f: &str| {
        pages
            .iter()
            .find(|p| p["file"].as_str().unwrap().ends_with(f))
            .unwrap()
    };
    assert_eq!(
        page("000_fbb2cf42e617722e.md")["localizationPriority"],
        "Normal"
    );
    assert_eq!(
        page("001_6af564bee3c101df.md")["localizationPriority"],
        "medium"
    );
    assert_eq!(
        page("001_6af564bee3c101df.md")["frontMatter"]["ms.prod"],
        "governance"
    );
    assert_eq!(
        page("001_6af564bee3c101df.md")["namespace"],
        "microsoft.graph"
    );
    assert_eq!(page("002_8ad61b0677385195.md")["apiVersion"], "beta");
    assert_eq!(page("000_fbb2cf42e617722e.md")["apiVersion"], Value::Null);
    assert_eq!(
        page("004_14a8bc76e1844eb9.md")["heading"],
        "Create accessPackageAssignment"
    );
    assert_eq!(
        page("004_14a8bc76e1844eb9.md")["description"],
        "Create a new accessPackageAssignment object."
    );
}

#[test]
fn check_prints_file_line_severity_code_and_fails_on_errors() {
    let out = graphdoc(&["check", "docs-input"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.lines().any(|l| l
        .starts_with("docs-input/000_fbb2cf42e617722e.md:29:6: error[unresolved-request-url]: ")));
    assert!(stdout.lines().any(|l| l.starts_with(
        "docs-input/004_14a8bc76e1844eb9.md:86:17: warning[example-type-mismatch]: "
    )));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("5 pages, 4 operations"), "{stderr}");

    // A page with no errors passes.
    let out = graphdoc(&["check", "docs-input/001_6af564bee3c101df.md"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn output_is_deterministic() {
    let a = graphdoc(&["model", "docs-input", "--pretty"]);
    let b = graphdoc(&["model", "docs-input", "--pretty"]);
    assert_eq!(a.stdout, b.stdout);
    assert!(String::from_utf8(a.stdout)
        .unwrap()
        .starts_with("{\n  \"schemaVersion\": 2,"));
}

#[test]
fn missing_input_is_a_one_line_error() {
    let out = graphdoc(&["model", "no-such-folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "error: no-such-folder: no such file or directory\n"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn unreadable_pages_are_diagnostics_not_failures() {
    let dir = std::env::temp_dir().join(format!("graphdoc-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("latin1.md"), b"# Caf\xe9\n").unwrap();
    std::fs::write(dir.join("binary.md"), b"\x89PNG\r\n\x1a\n\0\0").unwrap();
    std::fs::write(
        dir.join("broken.md"),
        "---\ntitle: [unclosed\n---\n# T\n```http\nGET /me\n```\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .arg("check")
        .arg(&dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("latin1.md:1: error[unreadable-page]: not UTF-8 text"),
        "{stdout}"
    );
    assert!(
        stdout.contains("binary.md:3: error[unreadable-page]: binary file"),
        "{stdout}"
    );
    let yaml = stdout
        .lines()
        .find(|l| l.contains("broken.md:"))
        .expect("front matter diagnostic");
    assert!(
        yaml.contains(": warning[invalid-front-matter]: front matter is not valid YAML"),
        "{yaml}"
    );
}
