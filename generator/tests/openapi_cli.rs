//! Runs `graphdoc openapi` on `docs-input/` and loads the document with
//! `oas3` (a maintained OpenAPI 3.1 crate), so the export is checked by a
//! reader we did not write, then serializes it back and checks the content survived.

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

fn graphdoc(args: &[&str]) -> Output {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .args(args)
        .current_dir(repo)
        .output()
        .expect("graphdoc runs")
}

fn export() -> String {
    let out = graphdoc(&["openapi", "docs-input"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn oas3_reads_the_export_and_round_trips_it() {
    let text = export();
    let spec = oas3::from_json(&text).expect("oas3 parses the document");
    assert_eq!(spec.validate_version().expect("a 3.1 version").minor, 1);

    let paths = spec.paths.as_ref().expect("paths");
    assert_eq!(paths.len(), 3, "{:?}", paths.keys().collect::<Vec<_>>());
    let op = paths["/identityGovernance/entitlementManagement/accessPackages"]
        .post
        .as_ref()
        .expect("POST accessPackages");
    let scopes: Vec<_> = op
        .security
        .iter()
        .flat_map(|r| r.0.iter())
        .map(|(k, v)| format!("{k}:{}", v.join(",")))
        .collect();
    assert_eq!(
        scopes,
        [
            "delegated:EntitlementManagement.ReadWrite.All",
            "application:EntitlementManagement.ReadWrite.All"
        ]
    );
    let components = spec.components.as_ref().expect("components");
    assert!(components.schemas.contains_key("accessPackage"));
    assert!(components.security_schemes.contains_key("delegated"));

    // Serialize the typed spec and compare what matters with our output.
    let ours: Value = serde_json::from_str(&text).unwrap();
    let back: Value = serde_json::from_str(&oas3::to_json(&spec).unwrap()).unwrap();
    assert_eq!(
        back["paths"].as_object().unwrap().len(),
        ours["paths"].as_object().unwrap().len()
    );
    assert_eq!(
        back["components"]["schemas"]["accessPackage"],
        ours["components"]["schemas"]["accessPackage"]
    );
    assert_eq!(
        back["components"]["securitySchemes"],
        ours["components"]["securitySchemes"]
    );
    let path = "/identityGovernance/entitlementManagement/accessPackages";
    assert_eq!(
        back["paths"][path]["post"]["security"],
        ours["paths"][path]["post"]["security"]
    );
    assert_eq!(
        back["paths"][path]["post"]["responses"]["201"]["content"]["application/json"]["schema"],
        serde_json::json!({"$ref": "#/components/schemas/accessPackage"})
    );
    let example =
        &back["paths"][path]["post"]["requestBody"]["content"]["application/json"]["examples"];
    assert!(
        example.as_object().is_some_and(|e| !e.is_empty()),
        "{example}"
    );
}

#[test]
fn export_is_byte_identical_across_runs() {
    assert_eq!(export(), export());
}

#[test]
fn missing_input_is_a_one_line_error() {
    let out = graphdoc(&["openapi", "no-such-folder"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: ") && stderr.contains("no-such-folder"),
        "{stderr}"
    );
}
