//! `--format rich`: rustc's layout, drawn by `annotate-snippets`: the
//! header, `--> file:line:col`, the source line with the offending text
//! underlined (the whole line when the column is not known), and `help:`.
//!
//! ```text
//! warning[todo-placeholder]: permissions for "Application" are a placeholder: "**TODO: Determine AppOnly scopes **"
//!   --> docs-input/000_fbb2cf42e617722e.md:21:14
//!    |
//! 21 | |Application|**TODO: Determine AppOnly scopes **|
//!    |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//!    |
//!    = help: replace the TODO with the fact it stands for
//! ```

use super::help;
use crate::diagnostics::{Diagnostic, Severity};
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

/// One diagnostic, rendered; `line` is its source line when it could be
/// read, `color` adds terminal escapes.
pub(super) fn render(d: &Diagnostic, line: Option<&str>, color: bool) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let title = level.primary_title(d.message.as_str()).id(d.code.as_str());
    let number = usize::try_from(d.source.line).unwrap_or(usize::MAX);
    let file: &str = &d.source.file;
    let quoted = line.filter(|text| !text.trim().is_empty());
    // Without a column the whole line (less its indentation) is underlined,
    // and the header names where that starts, as rustc does for a line.
    let range = quoted.map(|text| {
        d.span
            .and_then(|s| s.byte_range(text))
            .unwrap_or_else(|| trimmed(text))
    });
    let mut group = Group::with_title(title);
    group = match (quoted, range) {
        (Some(text), Some(range)) => group.element(
            Snippet::source(text)
                .line_start(number)
                .path(file)
                .annotation(AnnotationKind::Primary.span(range)),
        ),
        // Nothing to quote (a missing file, a blank line): the header only.
        _ => group.element(Origin::path(file).line(number)),
    };
    if let Some(help) = help(d.code) {
        group = group.element(Level::HELP.message(help));
    }
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    renderer.render(&[group])
}

/// The bytes of `text` without its leading and trailing whitespace.
fn trimmed(text: &str) -> std::ops::Range<usize> {
    let start = text.len() - text.trim_start().len();
    start..text.trim_end().len().max(start)
}
