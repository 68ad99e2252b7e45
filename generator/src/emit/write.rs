//! Puts a generated crate on disk, or compares it with what is there. Writing
//! builds the whole tree in a sibling temp folder and renames it into place, so
//! an interrupted run never leaves a half-written crate (and files the new
//! generation no longer produces disappear).

use super::{EmitError, GeneratedCrate};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Replaces `out` with exactly the files of `krate`.
pub fn write_tree(out: &Path, krate: &GeneratedCrate) -> Result<(), EmitError> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "generated".to_string());
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| EmitError::Io { path, source }
    };
    refuse_foreign(out)?;
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let staging = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    for leftover in [&staging, &old] {
        if leftover.exists() {
            std::fs::remove_dir_all(leftover).map_err(io(leftover))?;
        }
    }
    let staged = stage(&staging, krate);
    if staged.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
        return staged;
    }
    if out.exists() {
        std::fs::rename(out, &old).map_err(io(out))?;
        if let Err(source) = std::fs::rename(&staging, out) {
            // Put the previous generation back rather than leave nothing.
            let _ = std::fs::rename(&old, out);
            return Err(EmitError::Io {
                path: out.to_path_buf(),
                source,
            });
        }
        std::fs::remove_dir_all(&old).map_err(io(&old))?;
    } else {
        std::fs::rename(&staging, out).map_err(io(out))?;
    }
    Ok(())
}

/// The file whose presence marks a folder as a crate this generator made.
pub const MARKER: &str = "src/models.rs";

/// Build output a user may have in the crate folder; never reported as stale.
const IGNORED_DIR: &str = "target";

/// Writing replaces `out` whole, so a mistyped `--out` (`.`, a source folder)
/// must not wipe it: only a missing or empty folder, or one holding a
/// previous generation, may be replaced.
fn refuse_foreign(out: &Path) -> Result<(), EmitError> {
    if !out.exists() {
        return Ok(());
    }
    let foreign = || Err(EmitError::NotGenerated(out.to_path_buf()));
    if !out.is_dir() || out.file_name().is_none() {
        return foreign();
    }
    let mut entries = std::fs::read_dir(out).map_err(|source| EmitError::Io {
        path: out.to_path_buf(),
        source,
    })?;
    if entries.next().is_none() || out.join(MARKER).is_file() {
        Ok(())
    } else {
        foreign()
    }
}

fn stage(staging: &Path, krate: &GeneratedCrate) -> Result<(), EmitError> {
    for file in &krate.files {
        let path = staging.join(&file.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| EmitError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        std::fs::write(&path, &file.contents).map_err(|source| EmitError::Io { path, source })?;
    }
    Ok(())
}

/// The files (relative to `out`) that differ from `krate`: changed, missing,
/// or on disk but no longer generated. Sorted; empty when up to date.
pub fn stale_files(out: &Path, krate: &GeneratedCrate) -> Result<Vec<PathBuf>, EmitError> {
    let mut stale = BTreeSet::new();
    let expected: BTreeSet<&Path> = krate.files.iter().map(|f| f.path.as_path()).collect();
    for file in &krate.files {
        let path = out.join(&file.path);
        match std::fs::read(&path) {
            Ok(bytes) if bytes == file.contents.as_bytes() => {}
            Ok(_) => {
                stale.insert(file.path.clone());
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                stale.insert(file.path.clone());
            }
            Err(source) => return Err(EmitError::Io { path, source }),
        }
    }
    if out.is_dir() {
        let walk = walkdir::WalkDir::new(out)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| !(e.depth() == 1 && e.file_name() == IGNORED_DIR));
        for entry in walk {
            let entry = entry.map_err(|e| EmitError::Io {
                path: e.path().unwrap_or(out).to_path_buf(),
                source: e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("filesystem loop")),
            })?;
            if !entry.file_type().is_file() {
                continue;
            }
            if let Ok(rel) = entry.path().strip_prefix(out) {
                if !expected.contains(rel) {
                    stale.insert(rel.to_path_buf());
                }
            }
        }
    }
    Ok(stale.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::GeneratedFile;

    fn krate(contents: &str) -> GeneratedCrate {
        GeneratedCrate {
            files: vec![
                GeneratedFile {
                    path: "Cargo.toml".into(),
                    contents: "[package]\n".into(),
                },
                GeneratedFile {
                    path: "src/models.rs".into(),
                    contents: contents.into(),
                },
            ],
        }
    }

    #[test]
    fn write_then_check_round_trips_and_replaces_the_tree() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("gen");
        std::fs::create_dir_all(out.join("src")).unwrap();
        std::fs::write(out.join("src/obsolete.rs"), "old").unwrap();
        std::fs::write(out.join(MARKER), "previous generation").unwrap();
        assert_eq!(
            stale_files(&out, &krate("a")).unwrap(),
            vec![
                PathBuf::from("Cargo.toml"),
                PathBuf::from("src/models.rs"),
                PathBuf::from("src/obsolete.rs")
            ]
        );
        write_tree(&out, &krate("a")).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("src/models.rs")).unwrap(),
            "a"
        );
        assert!(!out.join("src/obsolete.rs").exists());
        assert!(stale_files(&out, &krate("a")).unwrap().is_empty());
        assert_eq!(
            stale_files(&out, &krate("b")).unwrap(),
            vec![PathBuf::from("src/models.rs")]
        );
        // No staging folders are left beside the output.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("gen")]);
        // Build output inside the crate is not generated output.
        std::fs::create_dir_all(out.join("target/debug")).unwrap();
        std::fs::write(out.join("target/debug/x"), "").unwrap();
        assert!(stale_files(&out, &krate("a")).unwrap().is_empty());
    }

    #[test]
    fn refuses_to_replace_a_folder_it_did_not_generate() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("src");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("main.rs"), "fn main() {}").unwrap();
        let err = write_tree(&out, &krate("a")).unwrap_err();
        assert!(matches!(err, EmitError::NotGenerated(_)), "{err}");
        assert_eq!(
            std::fs::read_to_string(out.join("main.rs")).unwrap(),
            "fn main() {}"
        );
        assert!(matches!(
            write_tree(Path::new("."), &krate("a")),
            Err(EmitError::NotGenerated(_))
        ));
        // An empty folder is fine.
        let empty = dir.path().join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        write_tree(&empty, &krate("a")).unwrap();
        assert!(empty.join(MARKER).is_file());
    }
}
