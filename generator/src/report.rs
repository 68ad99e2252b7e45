//! How `check` prints diagnostics, for the three readers it has: a person at
//! a terminal (`human`, or `rich` with the source line and a hint), a program
//! (`json`, one object per line), and GitHub Actions (`github`, annotations
//! that show on the pull request's diff). `--deny` and `--allow` let a project
//! decide which codes fail its CI without waiting for the defaults to change.

use crate::diagnostics::{Code, Diagnostic, Severity};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Output format of `check`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `file:line: severity[code]: message`, one per line: what editors and `grep` read.
    #[default]
    Human,
    /// Like rustc: the header, the source line with the span underlined, and a `help:` line where a fix is known.
    Rich,
    /// One JSON object per line (`file`, `line`, `severity`, `code`, `message`, `help`).
    Json,
    /// GitHub Actions workflow commands (`::warning file=…,line=…,title=…::…`).
    Github,
}

/// The `check` flags that shape the report.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ReportArgs {
    /// How to print: human, rich (source lines and hints), json (one object per line), github (Actions annotations).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Make every diagnostic with this code an error, so `check` fails on it (repeatable).
    #[arg(long, value_name = "CODE", value_parser = parse_code)]
    pub deny: Vec<Code>,
    /// Drop every diagnostic with this code (repeatable; wins over --deny).
    #[arg(long, value_name = "CODE", value_parser = parse_code)]
    pub allow: Vec<Code>,
}

impl ReportArgs {
    /// The diagnostics with `--allow`ed codes dropped and `--deny`ed ones raised to errors.
    pub fn apply(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter(|d| !self.allow.contains(&d.code))
            .map(|mut d| {
                if self.deny.contains(&d.code) {
                    d.severity = Severity::Error;
                }
                d
            })
            .collect()
    }
}

/// Parses a diagnostic code as printed; an unknown one lists the valid codes,
/// since the likely mistake is a typo.
pub fn parse_code(text: &str) -> Result<Code, String> {
    Code::ALL
        .iter()
        .copied()
        .find(|c| c.as_str() == text.trim())
        .ok_or_else(|| {
            let all: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
            format!(
                "unknown diagnostic code `{text}`; codes are: {}",
                all.join(", ")
            )
        })
}

/// What a docs writer can do about a code, where there is one thing to do.
pub fn help(code: Code) -> Option<&'static str> {
    Some(match code {
        Code::UnreadablePage => "save the page as UTF-8 text",
        Code::InvalidFrontMatter => "make the block between the `---` lines valid YAML",
        Code::TodoPlaceholder => "replace the TODO with the fact it stands for",
        Code::UnresolvedRequestUrl => "write the request line as `METHOD /path/{param}`",
        Code::RelativeRequestPath => "start the request path with `/`",
        Code::MissingRequestLine => {
            "add a ```http block with `METHOD /path` under the HTTP request heading"
        }
        Code::UnrecognizedPermission => {
            "use the `Permission type | Permissions` table layout with one type per row"
        }
        Code::InvalidAnnotation => {
            "make the `<!-- { ... } -->` comment strict JSON (double quotes, no trailing commas)"
        }
        Code::InvalidJsonExample => {
            "make the example body strict JSON, or mark it truncated in its annotation"
        }
        Code::ExampleTypeMismatch => {
            "make the example value match the type in the table (or fix the table)"
        }
        Code::ForeignNamespace => "name the type in the `microsoft.graph` namespace",
        Code::TableShape => {
            "give the row as many cells as the header (escape `|` inside a cell as `\\|`)"
        }
        Code::UnparsedType => {
            "write the type cell as a type name, e.g. `String` or `[user](user.md) collection`"
        }
        Code::ConflictingFact => "make the pages agree; the first source (in file order) was kept",
        Code::RepresentationMismatch => {
            "list the same properties in the tables and the JSON representation"
        }
        Code::UndocumentedType => "add a resource page for the type",
        Code::MetadataMissingProperty => {
            "remove the property from the docs, or check its spelling against the metadata"
        }
        Code::UndocumentedProperty => {
            "add a row for the property to the type's Properties or Relationships table"
        }
        Code::MetadataTypeMismatch => {
            "write the type (and `collection`) the metadata declares in the table's Type cell"
        }
        Code::MetadataBaseTypeMismatch => {
            "make the page's `Inherits from` line name the metadata's base type"
        }
        Code::MetadataMissingType => {
            "check the type's name against the metadata; it may be beta-only or renamed"
        }
        Code::UndocumentedEntityType => "add a resource page for the entity type",
        Code::MetadataMissingMember => {
            "remove the member from the docs' enum table, or check its spelling"
        }
        Code::UndocumentedMember => "add the member to the docs' enum table",
        _ => return None,
    })
}

/// Writes `diagnostics` to `out` in `format`. `rich` reads the source files
/// (paths as given) to quote the line; a file that cannot be read is quoted as nothing.
pub fn write(diagnostics: &[Diagnostic], format: Format, out: &mut dyn Write) -> io::Result<()> {
    let mut sources = SourceCache::default();
    for d in diagnostics {
        match format {
            Format::Human => writeln!(out, "{d}")?,
            Format::Rich => write_rich(d, &mut sources, out)?,
            Format::Json => writeln!(out, "{}", json_line(d))?,
            Format::Github => writeln!(out, "{}", github_line(d))?,
        }
    }
    Ok(())
}

/// One diagnostic as a JSON object on one line, with `help` when known.
pub fn json_line(d: &Diagnostic) -> String {
    let mut value = serde_json::to_value(d).unwrap_or(Value::Null);
    if let (Value::Object(map), Some(help)) = (&mut value, help(d.code)) {
        map.insert("help".into(), Value::String(help.into()));
    }
    value.to_string()
}

/// One diagnostic as a GitHub Actions annotation: errors as `::error`,
/// warnings as `::warning`, info as `::notice`.
pub fn github_line(d: &Diagnostic) -> String {
    let level = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut message = d.message.clone();
    if let Some(help) = help(d.code) {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    format!(
        "::{level} file={},line={},title={}::{}",
        escape_property(&d.source.file),
        d.source.line,
        escape_property(d.code.as_str()),
        escape_data(&message)
    )
}

/// Workflow-command escaping of a message (GitHub's `escapeData`).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Workflow-command escaping of a property value (GitHub's `escapeProperty`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// rustc's layout:
///
/// ```text
/// warning[todo-placeholder]: TODO in the description
///   --> docs-input/a.md:49
///    |
/// 49 | |catalogId|String|**TODO: Add Description** Optional.|
///    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
///    = help: replace the TODO with the fact it stands for
/// ```
fn write_rich(d: &Diagnostic, sources: &mut SourceCache, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}[{}]: {}", d.severity.as_str(), d.code, d.message)?;
    let number = d.source.line.to_string();
    let pad = " ".repeat(number.len());
    writeln!(out, "{pad}--> {}", d.source)?;
    if let Some(text) = sources.line(&d.source.file, d.source.line) {
        let indent = text.len() - text.trim_start().len();
        let width = text.trim().chars().count().max(1);
        writeln!(out, "{pad} |")?;
        writeln!(out, "{number} | {text}")?;
        writeln!(out, "{pad} | {}{}", " ".repeat(indent), "^".repeat(width))?;
    }
    if let Some(help) = help(d.code) {
        writeln!(out, "{pad} = help: {help}")?;
    }
    writeln!(out)
}

/// Source files read once each, for quoting lines.
#[derive(Default)]
struct SourceCache {
    files: BTreeMap<String, Option<Vec<String>>>,
}

impl SourceCache {
    fn line(&mut self, file: &str, line: u32) -> Option<String> {
        let lines = self.files.entry(file.to_string()).or_insert_with(|| {
            std::fs::read(file).ok().map(|bytes| {
                String::from_utf8_lossy(&bytes)
                    .lines()
                    .map(|l| l.replace('\t', "    "))
                    .collect()
            })
        });
        let text = lines.as_ref()?.get((line as usize).checked_sub(1)?)?;
        (!text.trim().is_empty()).then(|| text.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn diag(code: Code, file: &str, line: u32, message: &str) -> Diagnostic {
        Diagnostic::new(code, &Arc::from(file), line, message)
    }

    fn render(diagnostics: &[Diagnostic], format: Format) -> String {
        let mut out = Vec::new();
        write(diagnostics, format, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn deny_raises_and_allow_drops() {
        let args = ReportArgs {
            deny: vec![Code::ConflictingFact],
            allow: vec![Code::PlainTextPage],
            ..ReportArgs::default()
        };
        let out = args.apply(vec![
            diag(Code::ConflictingFact, "a.md", 1, "x"),
            diag(Code::PlainTextPage, "a.md", 2, "y"),
            diag(Code::TableShape, "a.md", 3, "z"),
        ]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].severity, Severity::Error);
        assert_eq!(out[1].severity, Severity::Warning);
    }

    #[test]
    fn unknown_codes_list_the_valid_ones() {
        assert_eq!(parse_code("table-shape"), Ok(Code::TableShape));
        let err = parse_code("table-shap").unwrap_err();
        assert!(
            err.contains("unknown diagnostic code `table-shap`") && err.contains("table-shape"),
            "{err}"
        );
    }

    #[test]
    fn github_annotations_escape_what_would_end_the_command() {
        let d = diag(Code::TodoPlaceholder, "docs/a,b.md", 7, "100% TODO:\nhere");
        assert_eq!(
            github_line(&d),
            "::warning file=docs/a%2Cb.md,line=7,title=todo-placeholder::100%25 TODO:%0Ahere%0Ahelp: replace the TODO with the fact it stands for"
        );
        let info = Diagnostic {
            severity: Severity::Info,
            ..d
        };
        assert!(github_line(&info).starts_with("::notice "));
    }

    #[test]
    fn json_is_one_object_per_line_with_help() {
        let out = render(
            &[
                diag(Code::TodoPlaceholder, "a.md", 7, "m"),
                diag(Code::AmbiguousType, "b.md", 1, "n"),
            ],
            Format::Json,
        );
        let lines: Vec<Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["file"], "a.md");
        assert_eq!(lines[0]["line"], 7);
        assert_eq!(lines[0]["code"], "todo-placeholder");
        assert_eq!(lines[0]["severity"], "warning");
        assert_eq!(
            lines[0]["help"],
            "replace the TODO with the fact it stands for"
        );
        assert!(lines[1].get("help").is_none());
    }

    #[test]
    fn rich_quotes_and_underlines_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.md");
        std::fs::write(&file, "# T\n\n  |a|TODO|\n").unwrap();
        let name = file.to_string_lossy().to_string();
        let out = render(
            &[diag(Code::TodoPlaceholder, &name, 3, "TODO in a table")],
            Format::Rich,
        );
        let expected = format!(
            "warning[todo-placeholder]: TODO in a table\n --> {name}:3\n  |\n3 |   |a|TODO|\n  |   ^^^^^^^^\n  = help: replace the TODO with the fact it stands for\n\n"
        );
        assert_eq!(out, expected);
        // A file that is gone is still reported, without the quote.
        let out = render(
            &[diag(Code::AmbiguousType, "missing.md", 3, "big")],
            Format::Rich,
        );
        assert_eq!(out, "info[ambiguous-type]: big\n --> missing.md:3\n\n");
    }
}
