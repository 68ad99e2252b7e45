//! Every way the CLI's input or output can be wrong, through the built binary:
//! each gets one line naming the path and a non-zero exit code, and nothing
//! already in the output folder is lost.
//!
//! Two conventions from the design hold here: a run that cannot start (missing
//! input, no pages, unwritable output) exits 2 with `error: PATH: …`; a page
//! that cannot be read (not UTF-8, binary, refused by the OS) is an
//! `unreadable-page` error diagnostic naming the file, so one bad file does
//! not hide what the others say, and `check` exits 1.

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

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Asserts exit code 2 and exactly `expected` (one line) on stderr, nothing on stdout.
fn assert_fails(out: &Output, expected: &str) {
    assert_eq!(stderr(out), format!("{expected}\n"));
    assert_eq!(out.status.code(), Some(2), "{}", stderr(out));
    assert_eq!(stdout(out), "");
}

/// A file's contents by relative path, for "nothing was touched" checks.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out: Vec<(PathBuf, Vec<u8>)> = walk(dir)
        .into_iter()
        .map(|p| {
            (
                p.strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn is_root() -> bool {
    // Root reads and writes through permission bits; detect it by trying.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("probe");
    std::fs::write(&file, "x").unwrap();
    set_mode(&file, 0o000);
    let readable = std::fs::read(&file).is_ok();
    set_mode(&file, 0o644);
    readable
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) {}

#[test]
fn a_missing_path_is_named_for_every_command() {
    let tmp = tempfile::tempdir().unwrap();
    for command in ["model", "check", "generate"] {
        let out = graphdoc(tmp.path(), &[command, "no/such/docs"]);
        assert_fails(&out, "error: no/such/docs: no such file or directory");
    }
    assert!(!tmp.path().join("generated").exists());
}

#[test]
fn a_folder_without_pages_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("empty/sub")).unwrap();
    std::fs::write(tmp.path().join("empty/sub/notes.html"), "<p>not a page</p>").unwrap();
    for command in ["model", "check", "generate"] {
        let out = graphdoc(tmp.path(), &[command, "empty"]);
        assert_fails(&out, "error: no pages (*.md, *.txt) found in empty");
    }
}

/// Runs `check` on one file and returns its diagnostics lines.
fn check_one(dir: &Path, name: &str) -> (Option<i32>, String) {
    let out = graphdoc(dir, &["check", name]);
    (out.status.code(), stdout(&out))
}

#[test]
fn a_page_that_is_not_utf8_is_an_error_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("latin1.md"), b"# Get user\n\nCaf\xe9\n").unwrap();
    let (code, out) = check_one(tmp.path(), "latin1.md");
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        "latin1.md:3: error[unreadable-page]: not UTF-8 text (invalid byte at line 3)\n"
    );
}

#[test]
fn a_binary_file_is_an_error_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("logo.md"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let (code, out) = check_one(tmp.path(), "logo.md");
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        "logo.md:3: error[unreadable-page]: binary file (NUL byte at line 3); not a page\n"
    );
}

#[test]
fn a_page_over_the_size_limit_is_skipped_with_a_diagnostic() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("big.md"), "# Big\n".repeat(100)).unwrap();
    let out = graphdoc(tmp.path(), &["check", "big.md", "--max-page-bytes", "64"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a limit is a warning: {}",
        stderr(&out)
    );
    assert_eq!(stdout(&out), "big.md:1: warning[limit-exceeded]: page is larger than the limit max-page-bytes = 64; skipped\n");
}

#[test]
fn a_file_the_os_refuses_is_an_error_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    if is_root() {
        // Root reads through permission bits, so chmod 000 proves nothing here.
        // /proc/self/mem exists and is a regular file, but reading it from
        // offset 0 fails for everyone (nothing is mapped there): the same
        // code path as a permission error, through the OS's refusal.
        let out = graphdoc(tmp.path(), &["check", "/proc/self/mem"]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert_eq!(stdout(&out), "/proc/self/mem:1: error[unreadable-page]: cannot read file: Input/output error (os error 5)\n");
        return;
    }
    let page = tmp.path().join("secret.md");
    std::fs::write(&page, "# Secret\n").unwrap();
    set_mode(&page, 0o000);
    let (code, out) = check_one(tmp.path(), "secret.md");
    set_mode(&page, 0o644);
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        "secret.md:1: error[unreadable-page]: cannot read file: Permission denied (os error 13)\n"
    );
}

#[test]
fn one_bad_page_does_not_hide_the_others() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("docs")).unwrap();
    std::fs::write(tmp.path().join("docs/a.md"), b"\xff\xfe").unwrap();
    std::fs::copy(
        workspace_root().join("docs-input/001_6af564bee3c101df.md"),
        tmp.path().join("docs/b.md"),
    )
    .unwrap();
    let out = graphdoc(tmp.path(), &["model", "docs"]);
    // The model of the readable pages is printed, and the run still fails, naming the bad file.
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: docs/a.md: not UTF-8 text (invalid byte at line 1)\n"
    );
    let model: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(model["operations"].as_array().unwrap().len(), 1);
    assert_eq!(model["diagnostics"][0]["file"], "docs/a.md");
    assert_eq!(model["diagnostics"][0]["code"], "unreadable-page");
}

#[test]
fn generate_refuses_to_drop_an_unreadable_page_and_keeps_the_output() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("docs")).unwrap();
    std::fs::copy(
        workspace_root().join("docs-input/001_6af564bee3c101df.md"),
        tmp.path().join("docs/b.md"),
    )
    .unwrap();
    let first = graphdoc(tmp.path(), &["generate", "docs", "--out", "gen"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = snapshot(&tmp.path().join("gen"));
    std::fs::write(tmp.path().join("docs/logo.md"), b"\x89PNG\r\n\x1a\n\0").unwrap();
    let out = graphdoc(tmp.path(), &["generate", "docs", "--out", "gen"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: docs/logo.md: binary file (NUL byte at line 3); not a page\n"
    );
    assert_eq!(snapshot(&tmp.path().join("gen")), before);
}

fn generate_into(cwd: &Path, out: &str) -> Output {
    let docs = workspace_root().join("docs-input");
    graphdoc(cwd, &["generate", docs.to_str().unwrap(), "--out", out])
}

#[test]
fn an_output_path_that_is_a_file_is_refused_and_kept() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "keep me").unwrap();
    let out = generate_into(tmp.path(), "notes.txt");
    assert_fails(&out, "error: notes.txt: not a generated crate (no src/models.rs) and not empty; refusing to replace it");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("notes.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn an_output_path_under_a_file_cannot_be_written() {
    // Fails for root too: no permission bit lets a regular file hold a folder.
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "keep me").unwrap();
    let out = generate_into(tmp.path(), "notes.txt/gen");
    let message = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        message.starts_with("error: notes.txt: ") && message.lines().count() == 1,
        "{message}"
    );
    assert!(message.contains("os error"), "{message}");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("notes.txt")).unwrap(),
        "keep me"
    );
    let names: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["notes.txt"], "no staging folder left behind");
}

#[test]
fn a_read_only_output_folder_is_named_and_kept() {
    if is_root() {
        // Root writes through permission bits; the case above (a parent that is
        // a file) is the unwritable output this test run can prove.
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let parent = tmp.path().join("ro");
    std::fs::create_dir_all(&parent).unwrap();
    let first = generate_into(tmp.path(), "ro/gen");
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = snapshot(&parent.join("gen"));
    set_mode(&parent, 0o555);
    let out = generate_into(tmp.path(), "ro/gen");
    set_mode(&parent, 0o755);
    let message = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        message.starts_with("error: ro/")
            && message.contains("Permission denied")
            && message.lines().count() == 1,
        "{message}"
    );
    assert_eq!(snapshot(&parent.join("gen")), before);
}

#[test]
fn a_failed_generation_leaves_the_previous_output_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let first = generate_into(tmp.path(), "gen");
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = snapshot(&tmp.path().join("gen"));

    // A generation that fails before writing (a broken template).
    std::fs::create_dir_all(tmp.path().join("templates")).unwrap();
    std::fs::write(
        tmp.path().join("templates/lib.rs"),
        "pub mod models;\nfn oops( {\n",
    )
    .unwrap();
    let docs = workspace_root().join("docs-input");
    let out = graphdoc(
        tmp.path(),
        &[
            "generate",
            docs.to_str().unwrap(),
            "--out",
            "gen",
            "--templates",
            "templates",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("error: template lib.rs:2: "),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(&tmp.path().join("gen")), before);

    // A generation from input that does not exist.
    let out = graphdoc(tmp.path(), &["generate", "missing", "--out", "gen"]);
    assert_fails(&out, "error: missing: no such file or directory");
    assert_eq!(snapshot(&tmp.path().join("gen")), before);

    let names: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with('.')),
        "no staging folder left: {names:?}"
    );
}
