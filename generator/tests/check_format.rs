//! `graphdoc check --format json|github|rich`, `--deny`/`--allow`, and
//! `model --filter`, run on `docs-input/` as CI would.

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

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn json_lines_carry_the_same_diagnostics_as_human() {
    let human = graphdoc(&["check", "docs-input"]);
    let json = graphdoc(&["check", "docs-input", "--format", "json"]);
    assert_eq!(human.status.code(), json.status.code());
    let human = stdout(&human);
    let lines: Vec<Value> = stdout(&json)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), human.lines().count());
    let first = &lines[0];
    assert_eq!(first["file"], "docs-input/000_fbb2cf42e617722e.md");
    assert_eq!(first["line"], 19);
    assert_eq!(first["severity"], "warning");
    assert_eq!(first["code"], "todo-placeholder");
    assert_eq!(
        first["help"],
        "replace the TODO with the fact it stands for"
    );
    assert!(human.starts_with(&format!(
        "docs-input/000_fbb2cf42e617722e.md:19: warning[todo-placeholder]: {}\n",
        first["message"].as_str().unwrap()
    )));
}

#[test]
fn github_annotations_name_file_line_and_code() {
    let out = graphdoc(&["check", "docs-input", "--format", "github"]);
    let text = stdout(&out);
    assert!(
        text.lines().all(|l| l.starts_with("::warning ")
            || l.starts_with("::error ")
            || l.starts_with("::notice ")),
        "{text}"
    );
    assert!(text.contains("::error file=docs-input/000_fbb2cf42e617722e.md,line=29,title=unresolved-request-url::"), "{text}");
    assert!(
        text.contains(
            "::notice file=docs-input/003_19333760436050ca.md,line=1,title=plain-text-page::"
        ),
        "{text}"
    );
}

#[test]
fn rich_quotes_the_source_line() {
    let text = stdout(&graphdoc(&["check", "docs-input", "--format", "rich"]));
    assert!(
        text.starts_with(
            "warning[todo-placeholder]: permissions for \"Delegated (work or school account)\" are a placeholder: \"**TODO: Determine scopes **\"\n  --> docs-input/000_fbb2cf42e617722e.md:19\n   |\n19 | |Delegated (work or school account)|**TODO: Determine scopes **|\n   | ^^^^"
        ),
        "{text}"
    );
}

#[test]
fn deny_fails_the_run_and_allow_silences_it() {
    // Without the two error codes, the seed pages pass...
    let out = graphdoc(&["check", "docs-input", "--allow", "unresolved-request-url"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(!stdout(&out).contains("unresolved-request-url"));
    // ...until a warning code is denied.
    let out = graphdoc(&[
        "check",
        "docs-input",
        "--allow",
        "unresolved-request-url",
        "--deny",
        "plain-text-page",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("docs-input/003_19333760436050ca.md:1: error[plain-text-page]: "),
        "{}",
        stdout(&out)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 error,"));
    let out = graphdoc(&["check", "docs-input", "--deny", "no-such-code"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("codes are: unreadable-page"));
}

#[test]
fn model_filter_keeps_the_selected_operations_and_their_types() {
    let out = graphdoc(&[
        "model",
        "docs-input",
        "--filter",
        "/accessPackageAssignmentPolicies",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let model: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = model["operations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["POST /accessPackageAssignmentPolicies"]);
    let types: Vec<&str> = model["types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["accessPackageAssignmentPolicy"]);
    let out = graphdoc(&["model", "docs-input", "--filter", "requestSchedule"]);
    let model: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(model["operations"].as_array().unwrap().is_empty());
    assert_eq!(model["types"][0]["name"], "requestSchedule");
}

#[test]
fn every_subcommand_help_has_an_example() {
    for sub in ["model", "check", "generate", "openapi", "diff"] {
        let text = stdout(&graphdoc(&[sub, "--help"]));
        assert!(
            text.contains(&format!("Example: graphdoc {sub} ")),
            "{sub} --help:\n{text}"
        );
    }
}
