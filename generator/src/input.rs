//! Finding and reading input pages. A page that cannot be read (not UTF-8,
//! binary, unreadable) becomes a diagnostic, not a failed run: one bad file in a
//! docs checkout must not hide what the other thousands say.

use crate::diagnostics::Code;
use crate::error::Error;
use crate::limits::Limits;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Extensions of pages read from folders (files named explicitly are read whatever their name).
pub const PAGE_EXTENSIONS: &[&str] = &["md", "txt"];

/// Folders a walk skips: the docs keep fragments there that pages include
/// (`includes/permissions/*.md`, `includes/snippets/csharp/*.md`), not pages.
/// A page's permissions include is read from there when the page names it
/// (`extract::includes`); a folder named explicitly is still walked.
pub const SKIPPED_FOLDERS: &[&str] = &["includes"];

/// Expands `paths` into page files, sorted within each folder so output never
/// depends on directory order.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|_| Error::MissingInput(path.clone()))?;
        if !meta.is_dir() {
            out.push(path.clone());
            continue;
        }
        let start = out.len();
        // Symbolic links are followed (a docs folder assembled from links to
        // a checkout is still read whole); a link back to a folder the walk
        // is already in is skipped, since its pages are read there.
        let walk = walkdir::WalkDir::new(path)
            .follow_links(true)
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || !e.file_type().is_dir()
                    || !SKIPPED_FOLDERS.iter().any(|f| e.file_name() == *f)
            });
        for entry in walk {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) if e.loop_ancestor().is_some() => continue,
                // A page whose link leads nowhere is still a page: reading it
                // reports it (`unreadable-page`) rather than dropping it unseen.
                Err(e) if e.path().is_some_and(|p| is_page(p) && p.is_symlink()) => {
                    out.extend(e.path().map(Path::to_path_buf));
                    continue;
                }
                Err(e) => {
                    return Err(Error::ReadDir {
                        path: e.path().unwrap_or(path).to_path_buf(),
                        source: e
                            .into_io_error()
                            .unwrap_or_else(|| std::io::Error::other("filesystem loop")),
                    })
                }
            };
            if entry.file_type().is_file() && is_page(entry.path()) {
                out.push(entry.into_path());
            }
        }
        // In the order a walk visiting each folder's entries by name gives,
        // with a key made once per file (walkdir's own sorting re-parses
        // both paths at every comparison, a noticeable cost on thousands of pages).
        out[start..].sort_by_cached_key(|p| walk_order_key(p, path));
    }
    if out.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::NoPages(names.join(", ")));
    }
    Ok(out)
}

/// Whether a file found in a folder is read as a page: by its extension.
fn is_page(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PAGE_EXTENSIONS.contains(&e))
}

/// A key that sorts paths under `root` as a depth-first walk visiting each
/// folder's entries in byte order of their names lists them: the components
/// after `root`, each followed by a NUL byte (which no file name contains).
fn walk_order_key(path: &Path, root: &Path) -> Vec<u8> {
    let mut key = Vec::with_capacity(path.as_os_str().len());
    for component in path.strip_prefix(root).unwrap_or(path).components() {
        key.extend_from_slice(component.as_os_str().as_encoded_bytes());
        key.push(0);
    }
    key
}

/// A page's path as printed in the model: `/`-separated, without a leading
/// `./`, and with each `..` that can cancel a folder before it cancelling it
/// (see [`join_lexically`]), so the same input gives the same output on every
/// OS, and a page reached as `docs/../docs/api/x.md` is the same page as
/// `docs/api/x.md`, which is how a link between pages names it.
pub fn display_name(path: &Path) -> Arc<str> {
    let normal = join_lexically(Path::new(""), path);
    let s = normal.to_string_lossy().replace('\\', "/");
    let s = s.strip_prefix("./").unwrap_or(&s);
    Arc::from(s)
}

/// `dir` joined with the relative `path`, `..` cancelling the components
/// before it where it can, so `cfg/../../meta.xml` from `tools/cfg` reads
/// `meta.xml` in messages and generated docs rather than a machine-specific
/// tangle (and a page's link `../api/x.md` names the page as the input
/// walk does). (Lexical, like `Path::join`: a symlinked `dir` may differ from what
/// the OS would resolve, which only matters for paths that climb out of one.)
pub fn join_lexically(dir: &Path, path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component> = Vec::new();
    for c in dir.components().chain(path.components()) {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out.iter().collect()
}

/// Why a page's text could not be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadProblem {
    /// The OS refused.
    #[error("cannot read file: {0}")]
    Io(String),
    /// NUL bytes: not a text file.
    #[error("binary file (NUL byte at line {0}); not a page")]
    Binary(u32),
    /// Bytes that are not UTF-8.
    #[error("not UTF-8 text (invalid byte at line {0})")]
    NotUtf8(u32),
    /// Larger than [`Limits::max_page_bytes`]; not read past the limit.
    #[error("page is larger than the limit max-page-bytes = {0}; skipped")]
    TooLarge(usize),
}

impl ReadProblem {
    /// The line the problem is on (1 when not about a line).
    pub fn line(&self) -> u32 {
        match self {
            ReadProblem::Io(_) | ReadProblem::TooLarge(_) => 1,
            ReadProblem::Binary(l) | ReadProblem::NotUtf8(l) => *l,
        }
    }

    /// The diagnostic code it is reported with: a page over a limit is the
    /// user's setting at work, not a broken file.
    pub fn code(&self) -> Code {
        match self {
            ReadProblem::TooLarge(_) => Code::LimitExceeded,
            _ => Code::UnreadablePage,
        }
    }
}

/// Reads a page as UTF-8 text (a leading byte-order mark is dropped), within the default limits.
pub fn read_text(path: &Path) -> Result<String, ReadProblem> {
    read_text_with(path, &Limits::default())
}

/// Reads a page as UTF-8 text, reading at most one byte past
/// `limits.max_page_bytes` so an enormous (or endless) file costs bounded memory.
pub fn read_text_with(path: &Path, limits: &Limits) -> Result<String, ReadProblem> {
    use std::io::Read;
    let io = |e: std::io::Error| ReadProblem::Io(e.to_string());
    let file = std::fs::File::open(path).map_err(io)?;
    // Sized from the file's length (plus one byte, so reading to the end
    // needs no regrowth); the `take` below still bounds a file that grows.
    let expected = file
        .metadata()
        .map_or(0, |m| m.len())
        .min(limits.max_page_bytes as u64) as usize;
    let mut bytes = Vec::with_capacity(expected + 1);
    file.take(limits.max_page_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    text_within(bytes, limits)
}

/// [`text_of`], refusing pages over `limits.max_page_bytes`.
pub fn text_within(bytes: Vec<u8>, limits: &Limits) -> Result<String, ReadProblem> {
    if bytes.len() > limits.max_page_bytes {
        return Err(ReadProblem::TooLarge(limits.max_page_bytes));
    }
    text_of(bytes)
}

/// Checks bytes are a text page. A lone carriage return (a classic Mac line
/// end, found in the front matter of some beta pages) becomes a line feed:
/// pulldown-cmark reads it as a line end but the front matter, request
/// lines and line numbers would not. One byte for one, so offsets stay;
/// `\r\n` is left as it is.
pub fn text_of(mut bytes: Vec<u8>) -> Result<String, ReadProblem> {
    let mut from = 0;
    while let Some(i) = memchr::memchr(b'\r', &bytes[from..]).map(|i| from + i) {
        if bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
        from = i + 1;
    }
    let line_of = |offset: usize| 1 + memchr::memchr_iter(b'\n', &bytes[..offset]).count() as u32;
    if let Some(nul) = memchr::memchr(0, &bytes) {
        return Err(ReadProblem::Binary(line_of(nul)));
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        ReadProblem::NotUtf8(1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count() as u32)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_checks() {
        assert_eq!(text_of(b"# a\n".to_vec()).unwrap(), "# a\n");
        assert_eq!(text_of(b"\xEF\xBB\xBF# a".to_vec()).unwrap(), "# a");
        assert_eq!(text_of(b"a\nb\xff".to_vec()), Err(ReadProblem::NotUtf8(2)));
        assert_eq!(text_of(b"a\n\nb\0".to_vec()), Err(ReadProblem::Binary(3)));
        assert_eq!(text_of(b"a\rb\r\nc\r".to_vec()).unwrap(), "a\nb\r\nc\n");
        assert_eq!(text_of(b"a\rb\0".to_vec()), Err(ReadProblem::Binary(2)));
        let small = Limits {
            max_page_bytes: 3,
            ..Limits::default()
        };
        assert_eq!(text_within(b"abc".to_vec(), &small).unwrap(), "abc");
        assert_eq!(
            text_within(b"abcd".to_vec(), &small),
            Err(ReadProblem::TooLarge(3))
        );
        assert_eq!(ReadProblem::TooLarge(3).code(), Code::LimitExceeded);
    }

    #[test]
    fn pages_are_listed_folder_by_folder_in_name_order() {
        let dir = std::env::temp_dir().join(format!("graphdoc-order-{}", std::process::id()));
        for sub in ["b", "b-c", "a"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        for file in [
            "b/x.md", "b-c/y.md", "a.md", "b.md", "a/z.txt", "b/a.md", "c.json",
        ] {
            std::fs::write(dir.join(file), "# x\n").unwrap();
        }
        let names: Vec<String> = collect(std::slice::from_ref(&dir))
            .unwrap()
            .iter()
            .map(|p| p.strip_prefix(&dir).unwrap().display().to_string())
            .collect();
        let walked: Vec<String> = walkdir::WalkDir::new(&dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && !e.path().ends_with("c.json"))
            .map(|e| e.path().strip_prefix(&dir).unwrap().display().to_string())
            .collect();
        assert_eq!(names, walked);
        assert_eq!(names[0], "a/z.txt");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn linked_pages_and_folders_are_read_and_loops_and_dead_links_do_not_stop_the_walk() {
        use std::os::unix::fs::symlink;
        let checkout = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(checkout.path().join("resources")).unwrap();
        std::fs::write(checkout.path().join("a.md"), "# a\n").unwrap();
        std::fs::write(checkout.path().join("resources/user.md"), "# u\n").unwrap();
        let docs = tempfile::tempdir().unwrap();
        let root = docs.path();
        symlink(checkout.path().join("a.md"), root.join("a.md")).unwrap();
        symlink(checkout.path().join("resources"), root.join("resources")).unwrap();
        // A link to an ancestor folder (a loop) and one to nothing.
        symlink(root, root.join("resources-again")).unwrap();
        symlink(root.join("gone.md"), root.join("dead.md")).unwrap();
        let names: Vec<String> = collect(&[root.to_path_buf()])
            .unwrap()
            .iter()
            .map(|p| display_name(p.strip_prefix(root).unwrap()).to_string())
            .collect();
        assert_eq!(names, ["a.md", "dead.md", "resources/user.md"]);
        // The dead link is reported when read, not dropped unseen.
        let dead = root.join("dead.md");
        assert!(matches!(read_text(&dead), Err(ReadProblem::Io(_))));
    }

    #[test]
    fn include_folders_are_not_pages_unless_named() {
        let dir = tempfile::tempdir().unwrap();
        for file in [
            "api/x.md",
            "includes/permissions/x-permissions.md",
            "api/includes/y.md",
        ] {
            let path = dir.path().join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "# x\n").unwrap();
        }
        let names = |root: PathBuf| -> Vec<String> {
            collect(std::slice::from_ref(&root))
                .unwrap()
                .iter()
                .map(|p| display_name(p.strip_prefix(&root).unwrap()).to_string())
                .collect()
        };
        assert_eq!(names(dir.path().to_path_buf()), ["api/x.md"]);
        assert_eq!(
            names(dir.path().join("includes")),
            ["permissions/x-permissions.md"]
        );
    }

    #[test]
    fn display_names_are_portable() {
        assert_eq!(
            &*display_name(Path::new("./docs-input/a.md")),
            "docs-input/a.md"
        );
        // A page is one page however the path to it climbs.
        assert_eq!(
            &*display_name(Path::new("docs/../docs/api/x.md")),
            "docs/api/x.md"
        );
        assert_eq!(&*display_name(Path::new("/a/b/../c.md")), "/a/c.md");
        assert_eq!(&*display_name(Path::new("../x.md")), "../x.md");
    }

    #[test]
    fn missing_paths_and_empty_folders_are_errors() {
        assert!(matches!(
            collect(&[PathBuf::from("/no/such/dir")]),
            Err(Error::MissingInput(_))
        ));
        let dir = std::env::temp_dir().join(format!("graphdoc-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(matches!(
            collect(std::slice::from_ref(&dir)),
            Err(Error::NoPages(_))
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
