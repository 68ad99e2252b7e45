//! Runs `graphdoc diff` on two copies of `docs-input/`, the second edited the
//! way a docs update would be, and checks the listed changes and exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn graphdoc(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("graphdoc runs")
}

fn copy_docs(to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(repo().join("docs-input")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// old/: the seed pages; new/: one page removed, one type cell and one
/// requiredness changed.
fn fixture() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    copy_docs(&old);
    copy_docs(&new);
    std::fs::remove_file(new.join("002_8ad61b0677385195.md")).unwrap();
    let page = new.join("004_14a8bc76e1844eb9.md");
    let text = std::fs::read_to_string(&page).unwrap();
    let edited = text
        .replace(
            "|expiredDateTime|DateTimeOffset|",
            "|expiredDateTime|String|",
        )
        .replace(
            "|targetId|String|**TODO: Add Description** Optional.|",
            "|targetId|String|The user. Required.|",
        );
    assert_ne!(text, edited);
    std::fs::write(&page, edited).unwrap();
    (dir, old, new)
}

#[test]
fn lists_changes_and_marks_the_breaking_ones() {
    let (_dir, old, new) = fixture();
    let out = graphdoc(&[Path::new("diff"), &old, &new]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "BREAKING removed operation POST /accessPackageAssignmentPolicies",
            "BREAKING changed property accessPackageAssignment.expiredDateTime: type DateTimeOffset → String",
            "BREAKING changed property accessPackageAssignment.targetId: became required",
            "BREAKING removed type accessPackageAssignmentPolicy",
        ],
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("4 changes, 4 breaking"), "{stderr}");
}

#[test]
fn fail_on_breaking_exits_1_and_the_reverse_diff_adds() {
    let (_dir, old, new) = fixture();
    let out = graphdoc(&[
        Path::new("diff"),
        &old,
        &new,
        Path::new("--fail-on-breaking"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let out = graphdoc(&[Path::new("diff"), &new, &old]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("         added operation POST /accessPackageAssignmentPolicies\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "         changed property accessPackageAssignment.targetId: no longer required\n"
        ),
        "{stdout}"
    );
}

#[test]
fn model_json_compares_with_docs_and_unchanged_is_silent() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("model.json");
    let out = Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .args(["model", "docs-input"])
        .current_dir(repo())
        .output()
        .unwrap();
    std::fs::write(&json, out.stdout).unwrap();
    let out = graphdoc(&[
        Path::new("diff"),
        &json,
        Path::new("docs-input"),
        Path::new("--fail-on-breaking"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "no changes in the API surface"
    );
}

#[test]
fn a_json_file_that_is_not_a_model_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("other.json");
    std::fs::write(&json, "[1, 2]").unwrap();
    let out = graphdoc(&[Path::new("diff"), &json, Path::new("docs-input")]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: ")
            && stderr.contains("other.json")
            && stderr.contains("graphdoc model"),
        "{stderr}"
    );
}
