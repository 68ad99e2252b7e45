//! `graphdoc generate` end to end, through the built binary: generation is
//! deterministic, the committed `generated/` crate is up to date, and
//! `--check` names what a docs change makes stale without writing anything.

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

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn copy_dir(from: &Path, to: &Path) {
    for rel in files(from) {
        let dest = to.join(&rel);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(from.join(&rel), dest).unwrap();
    }
}

#[test]
fn generates_exactly_the_committed_crate() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("gen");
    let run = graphdoc(
        &workspace_root(),
        &["generate", "docs-input", "--out", out.to_str().unwrap()],
    );
    assert_eq!(run.status.code(), Some(0), "stderr: {}", text(&run.stderr));
    assert!(
        text(&run.stderr).contains("wrote 8 files"),
        "{}",
        text(&run.stderr)
    );
    let committed = workspace_root().join("generated");
    let generated = files(&out);
    assert_eq!(
        generated,
        [
            "Cargo.toml",
            "src/client.rs",
            "src/error.rs",
            "src/lib.rs",
            "src/models.rs",
            "src/operations.rs",
            "tests/client.rs",
            "tests/examples.rs"
        ]
        .map(PathBuf::from)
        .to_vec()
    );
    for rel in &generated {
        let new = std::fs::read_to_string(out.join(rel)).unwrap();
        let old = std::fs::read_to_string(committed.join(rel)).unwrap();
        assert!(
            new == old,
            "{} differs from the committed copy",
            rel.display()
        );
    }
    let models = std::fs::read_to_string(out.join("src/models.rs")).unwrap();
    assert!(models.contains("pub struct AccessPackageAssignment {"));
    let squashed: String = models.split_whitespace().collect();
    assert!(squashed.contains("pubexpired_date_time:::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>,>"), "{models}");
    assert!(models.contains("pub schedule: ::std::option::Option<RequestSchedule>,"));
    // Generating again over the first output changes nothing and leaves no staging folder.
    let again = graphdoc(
        &workspace_root(),
        &["generate", "docs-input", "--out", out.to_str().unwrap()],
    );
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(files(&out), generated);
    let siblings: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(siblings, vec![std::ffi::OsString::from("gen")]);
}

#[test]
fn check_passes_on_the_committed_crate() {
    let run = graphdoc(
        &workspace_root(),
        &["generate", "docs-input", "--out", "generated", "--check"],
    );
    assert_eq!(
        run.status.code(),
        Some(0),
        "stdout: {}\nstderr: {}",
        text(&run.stdout),
        text(&run.stderr)
    );
    assert_eq!(text(&run.stdout), "");
    assert!(
        text(&run.stderr).contains("up to date (8 files)"),
        "{}",
        text(&run.stderr)
    );
}

#[test]
fn check_names_the_files_a_docs_change_makes_stale_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(
        &workspace_root().join("docs-input"),
        &tmp.path().join("docs-input"),
    );
    let committed = workspace_root().join("generated");
    let committed_out = committed.to_str().unwrap();
    // Same relative input paths as the committed crate was made from: up to date.
    let same = graphdoc(
        tmp.path(),
        &["generate", "docs-input", "--check", "--out", committed_out],
    );
    assert_eq!(same.status.code(), Some(0), "{}", text(&same.stdout));

    let page = tmp.path().join("docs-input/001_6af564bee3c101df.md");
    let changed = std::fs::read_to_string(&page)
        .unwrap()
        .replace("isHidden", "isConcealed");
    std::fs::write(&page, changed).unwrap();
    let before = files(&committed);
    let run = graphdoc(
        tmp.path(),
        &["generate", "docs-input", "--check", "--out", committed_out],
    );
    assert_eq!(run.status.code(), Some(1), "stderr: {}", text(&run.stderr));
    let stdout = text(&run.stdout);
    let models = committed.join("src/models.rs");
    assert!(
        stdout
            .lines()
            .any(|l| l == format!("stale: {}", models.display())),
        "{stdout}"
    );
    assert!(!stdout.contains("Cargo.toml"), "{stdout}");
    assert!(
        text(&run.stderr).contains("run `graphdoc generate` to update"),
        "{}",
        text(&run.stderr)
    );
    assert_eq!(files(&committed), before);
    assert_eq!(
        files(tmp.path())
            .iter()
            .filter(|p| !p.starts_with("docs-input"))
            .count(),
        0
    );
}

#[test]
fn a_broken_template_is_reported_by_name() {
    let tmp = tempfile::tempdir().unwrap();
    let templates = tmp.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join("lib.rs"), "pub mod models;\n\nfn oops( {\n").unwrap();
    let out = tmp.path().join("gen");
    let run = graphdoc(
        &workspace_root(),
        &[
            "generate",
            "docs-input",
            "--out",
            out.to_str().unwrap(),
            "--templates",
            templates.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).starts_with("error: template lib.rs:"),
        "{}",
        text(&run.stderr)
    );
    assert!(!out.exists());
}

#[test]
fn a_custom_template_is_used() {
    let tmp = tempfile::tempdir().unwrap();
    let templates = tmp.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let lib = "//! Our own Graph crate.\n\npub mod models;\npub mod client;\npub mod error;\npub mod operations;\n";
    std::fs::write(templates.join("lib.rs"), lib).unwrap();
    let out = tmp.path().join("gen");
    let run = graphdoc(
        &workspace_root(),
        &[
            "generate",
            "docs-input",
            "--out",
            out.to_str().unwrap(),
            "--templates",
            templates.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert_eq!(
        std::fs::read_to_string(out.join("src/lib.rs")).unwrap(),
        lib
    );
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"graph-bindings\""), "{manifest}");
}

#[test]
fn types_only_leaves_out_the_client_and_its_dependencies() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("gen");
    let run = graphdoc(
        &workspace_root(),
        &[
            "generate",
            "docs-input",
            "--types-only",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert_eq!(
        files(&out),
        [
            "Cargo.toml",
            "src/lib.rs",
            "src/models.rs",
            "tests/examples.rs"
        ]
        .map(PathBuf::from)
        .to_vec()
    );
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(
        !manifest.contains("reqwest") && !manifest.contains("tokio"),
        "{manifest}"
    );
    let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap();
    assert!(
        lib.contains("pub mod models;") && !lib.contains("mod client"),
        "{lib}"
    );
    let committed =
        std::fs::read_to_string(workspace_root().join("generated/src/models.rs")).unwrap();
    assert_eq!(
        std::fs::read_to_string(out.join("src/models.rs")).unwrap(),
        committed
    );
}
