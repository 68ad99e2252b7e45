//! Include files: newer pages keep their permissions table in a file of its
//! own (`[!INCLUDE [permissions-table](../includes/permissions/user-get-permissions.md)]`
//! in the Permissions section; docfx pastes it in when the docs are built).
//! Extraction sees only the page's text, so the reader resolves the include
//! here, next to the page on disk, and reads the table from it with the same
//! rules as an inline one; each grant's line is the include file's. An
//! include that cannot be read (the docs copied without their `includes/`
//! folder, a broken link) is a diagnostic at the page's include line, never
//! a silent empty permission set.

use super::blocks::{markdown_blocks, BlockKind};
use super::permissions::read_permissions;
use super::{PageFacts, Sink};
use crate::diagnostics::{Code, Diagnostic};
use crate::input::{display_name, join_lexically, read_text_with};
use crate::limits::Limits;
use crate::model::Permissions;
use crate::source::LineIndex;
use std::path::Path;

/// Fills `page`'s permissions from the include file its Permissions section
/// names, resolved against `path`, the page's own path. A page with a table
/// of its own keeps it.
pub fn resolve_permissions(page: &mut PageFacts, path: &Path, limits: &Limits) {
    let Some(include) = page.permissions_include.as_ref() else {
        return;
    };
    if page.permissions != Permissions::default() {
        return;
    }
    let dest = include.value.split(['#', '?']).next().unwrap_or_default();
    let dir = path.parent().unwrap_or(Path::new(""));
    let target = join_lexically(dir, Path::new(dest));
    // Only a relative `.md` file in an `includes` folder is read: page text
    // must not point the reader at any file on the machine.
    let acceptable = Path::new(dest).is_relative()
        && !dest.contains(':')
        && dest.ends_with(".md")
        && Path::new(dest)
            .components()
            .any(|c| c.as_os_str() == "includes");
    let read = if acceptable {
        read_text_with(&target, limits).map_err(|problem| format!("could not be read ({problem})"))
    } else {
        Err(
            "is not a relative `.md` path into an `includes` folder, so it was not read"
                .to_string(),
        )
    };
    let problem = match read {
        Ok(text) => {
            let file = display_name(&target);
            page.info.includes.push(file.clone());
            let lines = LineIndex::new(&text);
            let include_page = std::sync::Arc::new((text, lines));
            let mut sink = Sink::with_page(file, std::sync::Arc::clone(&include_page), *limits);
            let (text, lines) = (include_page.0.as_str(), &include_page.1);
            // Generated includes open with front matter (`ms.topic: include`).
            let body_start = super::frontmatter::split(text).body_start;
            for block in markdown_blocks(&text[body_start..], body_start, lines) {
                if let BlockKind::Table(table) = &block.kind {
                    read_permissions(table, &mut page.permissions, &mut sink);
                }
            }
            page.diagnostics.append(&mut sink.diagnostics);
            if page.permissions != Permissions::default() {
                return;
            }
            "has no permissions table".to_string()
        }
        Err(problem) => problem,
    };
    let message = format!(
        "the permissions are in the include file `{}`, which {problem}; the operation has no permissions",
        include.value
    );
    page.diagnostics.push(
        Diagnostic::at(Code::UnresolvedInclude, &include.source, message)
            .quoting_after("(", &include.value),
    );
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Code;
    use crate::model::Grant;

    const PAGE: &str = "---\ndoc_type: apiPageType\n---\n# Get alert\n\n## Permissions\n\n[!INCLUDE [permissions-table](../includes/permissions/alert-get-permissions.md)]\n\n## HTTP request\n\n```http\nGET /security/alerts/{id}\n```\n";
    const INCLUDE: &str = "---\ndescription: \"Automatically generated file. DO NOT MODIFY\"\nms.topic: include\n---\n\n|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|SecurityAlert.Read.All|SecurityAlert.ReadWrite.All|\n|Delegated (personal Microsoft account)|Not supported.|Not supported.|\n|Application|SecurityAlert.Read.All|Not available.|";

    fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn a_permissions_include_next_to_the_page_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let page = write(dir.path(), "api/alert-get.md", PAGE);
        write(
            dir.path(),
            "includes/permissions/alert-get-permissions.md",
            INCLUDE,
        );
        let facts = crate::read_page(&page);
        let Grant::Scopes {
            scopes,
            higher_privileged,
            source,
        } = &facts.permissions.delegated_work
        else {
            panic!("{:?}", facts.permissions)
        };
        assert_eq!(scopes, &["SecurityAlert.Read.All"]);
        assert_eq!(higher_privileged, &["SecurityAlert.ReadWrite.All"]);
        assert!(
            source
                .file
                .ends_with("includes/permissions/alert-get-permissions.md")
                && !source.file.contains(".."),
            "{source:?}"
        );
        assert_eq!(source.line, 8);
        assert!(matches!(
            facts.permissions.delegated_personal,
            Grant::NotSupported { .. }
        ));
        assert!(facts.diagnostics.is_empty(), "{:?}", facts.diagnostics);
        assert_eq!(facts.info.includes, std::slice::from_ref(&source.file));
    }

    #[test]
    fn a_missing_include_is_reported_at_the_page_line() {
        let dir = tempfile::tempdir().unwrap();
        let page = write(dir.path(), "api/alert-get.md", PAGE);
        let facts = crate::read_page(&page);
        assert_eq!(facts.permissions, Default::default());
        let d = facts
            .diagnostics
            .iter()
            .find(|d| d.code == Code::UnresolvedInclude)
            .expect("reported");
        assert_eq!(d.source.line, 8);
        assert!(
            d.message.contains("alert-get-permissions.md"),
            "{}",
            d.message
        );
        // An include without a table says so too.
        write(
            dir.path(),
            "includes/permissions/alert-get-permissions.md",
            "No table here.\n",
        );
        let facts = crate::read_page(&page);
        assert!(facts.diagnostics.iter().any(
            |d| d.code == Code::UnresolvedInclude && d.message.contains("no permissions table")
        ));
    }

    #[test]
    fn only_relative_markdown_files_in_an_includes_folder_are_read() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "includes/permissions/p.md", INCLUDE);
        write(dir.path(), "secret/p.md", INCLUDE);
        let absolute = dir.path().join("includes/permissions/p.md");
        for dest in [
            absolute.display().to_string(),
            "../secret/p.md".to_string(),
            "https://example.com/includes/p.md".to_string(),
            "../includes/permissions/p.txt".to_string(),
        ] {
            let text = PAGE.replace("../includes/permissions/alert-get-permissions.md", &dest);
            let page = write(dir.path(), "api/x.md", &text);
            let facts = crate::read_page(&page);
            assert_eq!(facts.permissions, Default::default(), "{dest}");
            assert!(facts.info.includes.is_empty());
            assert!(
                facts.diagnostics.iter().any(
                    |d| d.code == Code::UnresolvedInclude && d.message.contains("was not read")
                ),
                "{dest}: {:?}",
                facts.diagnostics
            );
        }
        let text = PAGE.replace("alert-get-permissions.md", "p.md");
        let page = write(dir.path(), "api/x.md", &text);
        assert_ne!(crate::read_page(&page).permissions, Default::default());
    }
}
