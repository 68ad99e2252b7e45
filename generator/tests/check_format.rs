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
    assert_eq!(first["column"], 37);
    assert_eq!(first["endColumn"], 64);
    assert_eq!(first["severity"], "warning");
    assert_eq!(first["code"], "todo-placeholder");
    assert_eq!(
        first["help"],
        "replace the TODO with the fact it stands for"
    );
    assert!(human.starts_with(&format!(
        "docs-input/000_fbb2cf42e617722e.md:19:37: warning[todo-placeholder]: {}\n",
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
    assert!(text.contains("::error file=docs-input/000_fbb2cf42e617722e.md,line=29,col=6,endColumn=75,title=unresolved-request-url::"), "{text}");
    assert!(
        text.contains(
            "::notice file=docs-input/003_19333760436050ca.md,line=1,title=plain-text-page::"
        ),
        "{text}"
    );
}

#[test]
fn rich_quotes_the_source_line_and_underlines_the_span() {
    let text = stdout(&graphdoc(&["check", "docs-input", "--format", "rich"]));
    assert!(
        text.starts_with(concat!(
            "warning[todo-placeholder]: permissions for \"Delegated (work or school account)\" are a placeholder: \"**TODO: Determine scopes **\"\n",
            "  --> docs-input/000_fbb2cf42e617722e.md:19:37\n",
            "   |\n",
            "19 | |Delegated (work or school account)|**TODO: Determine scopes **|\n",
            "   |                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^\n",
            "   |\n",
            "   = help: replace the TODO with the fact it stands for\n",
            "\n",
        )),
        "{text}"
    );
    // The example value that contradicts the table, found by the model stage.
    assert!(
        text.contains(concat!(
            "  --> docs-input/004_14a8bc76e1844eb9.md:86:17\n",
            "   |\n",
            "86 |   \"isExtended\": \"Boolean\",\n",
            "   |                 ^^^^^^^^^\n",
        )),
        "{text}"
    );
    // A pipe is not a terminal: no color escapes.
    assert!(!text.contains('\u{1b}'));
}

/// The JSON line of the first diagnostic with `code` at `line` of `file`.
fn json_diagnostic(lines: &[Value], file: &str, line: u64, code: &str) -> Value {
    lines
        .iter()
        .find(|d| d["file"] == file && d["line"] == line && d["code"] == code)
        .cloned()
        .unwrap_or_else(|| panic!("no {code} at {file}:{line} in {lines:?}"))
}

#[test]
fn json_columns_are_characters_on_the_line() {
    let out = graphdoc(&["check", "docs-input", "--format", "json"]);
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let page = "docs-input/004_14a8bc76e1844eb9.md";
    let mismatch = json_diagnostic(&lines, page, 86, "example-type-mismatch");
    assert_eq!(
        (mismatch["column"].as_u64(), mismatch["endColumn"].as_u64()),
        (Some(17), Some(26))
    );
    let todo = json_diagnostic(&lines, page, 22, "todo-placeholder");
    assert_eq!(
        (todo["column"].as_u64(), todo["endColumn"].as_u64()),
        (Some(39), Some(76))
    );
    // The plain-text page is a fact about the whole page: no column.
    let plain = json_diagnostic(
        &lines,
        "docs-input/003_19333760436050ca.md",
        1,
        "plain-text-page",
    );
    assert!(
        plain.get("column").is_none() && plain.get("endColumn").is_none(),
        "{plain}"
    );
}

#[test]
fn invalid_json_and_hostile_text_get_character_columns() {
    let tmp = tempfile::tempdir().unwrap();
    let page = concat!(
        "# Get thing\n",
        "\n",
        "## HTTP request\n",
        "\n",
        "```http\n",
        "GET /things/{id}\n",
        "```\n",
        "\n",
        "## Example\n",
        "\n",
        "```http\n",
        "HTTP/1.1 200 OK\n",
        "Content-Type: application/json\n",
        "\n",
        "{\n",
        "\t\"名前\": \"日本\",\n",
        "\t\"b\": 1,\n",
        "}\n",
        "```\n",
        "\n",
        "## Permissions\n",
        "\n",
        "|Permission type|Permissions|\n",
        "|:---|:---|\n",
        "|Application|\u{7}日本 **TODO: scopes**|\n",
    );
    std::fs::write(tmp.path().join("p.md"), page).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .args(["check", "p.md", "--format", "json"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // serde stops at the `}` after the trailing comma: line 18, column 1.
    let json = json_diagnostic(&lines, "p.md", 18, "invalid-json-example");
    assert_eq!(
        (json["column"].as_u64(), json["endColumn"].as_u64()),
        (Some(1), Some(2))
    );
    // Markup hides the quoted text, so the cell is pointed at; columns count
    // the BEL and the CJK characters as one each.
    let todo = json_diagnostic(&lines, "p.md", 25, "todo-placeholder");
    assert_eq!(
        (todo["column"].as_u64(), todo["endColumn"].as_u64()),
        (Some(14), Some(34)),
        "{todo}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .args(["check", "p.md", "--format", "rich"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("--> p.md:25:14\n"),
        "{}",
        stdout(&out)
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

#[test]
fn a_response_example_without_a_type_is_accounted_for() {
    let dir = tempfile::tempdir().unwrap();
    let fence = "```";
    let page = dir.path().join("thing-get.md");
    std::fs::write(
        &page,
        format!("---\ndoc_type: apiPageType\n---\n# Get thing\n\n## HTTP request\n\n{fence}http\nGET /things/{{id}}\n{fence}\n\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n\n### Response\n\n<!-- {{ \"blockType\": \"response\" }} -->\n{fence}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{ \"id\": \"1\" }}\n{fence}\n"),
    )
    .unwrap();
    let out = graphdoc(&["check", page.to_str().unwrap()]);
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "{}:21: info[untested-example]: response example has a JSON body but no round-trip test: the docs name no single type for it\n",
            page.display()
        )),
        "{text}"
    );
    assert_eq!(out.status.code(), Some(0), "info only");
}
