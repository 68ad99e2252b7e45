//! How `check` prints diagnostics, for the three readers it has: a person at
//! a terminal (`human`, or `rich` with the source line and a hint), a program
//! (`json`, one object per line), and GitHub Actions (`github`, annotations
//! that show on the pull request's diff). `--deny` and `--allow` let a project
//! decide which codes fail its CI without waiting for the defaults to change.

use crate::diagnostics::{Code, Diagnostic, Severity};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{self, Write};

mod rich;

/// Output format of `check`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `file:line:col: severity[code]: message` (`:col` when known), one per line: what editors and `grep` read.
    #[default]
    Human,
    /// Like rustc: the header, the source line with the span underlined, and a `help:` line where a fix is known.
    Rich,
    /// One JSON object per line (`file`, `line`, `column`/`endColumn` when known, `severity`, `code`, `message`, `help`).
    Json,
    /// GitHub Actions workflow commands (`::warning file=…,line=…,col=…,endColumn=…,title=…::…`).
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
        Code::EnumFromListedValues => "add an enum page that lists every member",
        Code::InvalidMemberName => "write one member per row, its wire value alone in the first column",
        Code::UntestedExample => "name the body's type: `returns a [x](../resources/x.md) object` in the Response section, or `@odata.type` in the example's annotation",
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

/// Writes `diagnostics` to `out` in `format`, without color. `rich` reads the
/// source files (paths as given) to quote the line; a file that cannot be read
/// is quoted as nothing.
pub fn write(diagnostics: &[Diagnostic], format: Format, out: &mut dyn Write) -> io::Result<()> {
    write_styled(diagnostics, format, false, out)
}

/// [`write()`], with `rich` output in color when `color` (for a terminal).
pub fn write_styled(
    diagnostics: &[Diagnostic],
    format: Format,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut sources = SourceCache::default();
    for d in diagnostics {
        match format {
            Format::Human => writeln!(out, "{d}")?,
            Format::Rich => {
                let line = sources.line(&d.source.file, d.source.line);
                writeln!(out, "{}\n", rich::render(d, line, color))?;
            }
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
    let columns = d
        .span
        .map(|s| format!(",col={},endColumn={}", s.column, s.end_column))
        .unwrap_or_default();
    format!(
        "::{level} file={},line={}{columns},title={}::{}",
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

/// Source files read once each, for quoting lines.
#[derive(Default)]
struct SourceCache {
    files: BTreeMap<String, Option<Vec<String>>>,
}

impl SourceCache {
    /// Line `line` of `file` as it is (tabs too: spans count them as one
    /// character, and the renderer expands them).
    fn line(&mut self, file: &str, line: u32) -> Option<&str> {
        let lines = self.files.entry(file.to_string()).or_insert_with(|| {
            std::fs::read(file).ok().map(|bytes| {
                String::from_utf8_lossy(&bytes)
                    .lines()
                    .map(str::to_string)
                    .collect()
            })
        });
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        lines.as_ref()?.get(index).map(String::as_str)
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
        // No column: the whole line, less its indentation.
        let expected = format!(
            "warning[todo-placeholder]: TODO in a table\n --> {name}:3:3\n  |\n3 |   |a|TODO|\n  |   ^^^^^^^^\n  |\n  = help: replace the TODO with the fact it stands for\n\n"
        );
        assert_eq!(out, expected);
        // A column: the span only.
        let d = diag(Code::TodoPlaceholder, &name, 3, "TODO in a table")
            .with_span(crate::diagnostics::Span::find("  |a|TODO|", "TODO"));
        let out = render(&[d], Format::Rich);
        let expected = format!(
            "warning[todo-placeholder]: TODO in a table\n --> {name}:3:6\n  |\n3 |   |a|TODO|\n  |      ^^^^\n  |\n  = help: replace the TODO with the fact it stands for\n\n"
        );
        assert_eq!(out, expected);
        // A file that is gone is still reported, without the quote.
        let out = render(
            &[diag(Code::AmbiguousType, "missing.md", 3, "big")],
            Format::Rich,
        );
        assert_eq!(out, "info[ambiguous-type]: big\n--> missing.md:3\n\n");
    }

    #[test]
    fn rich_survives_hostile_lines() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("h.md");
        let long = format!("{}TODO{}", "ü".repeat(5_000), "x".repeat(5_000));
        let lines = [
            "\t\t|a|\tTODO|",
            "\u{0}\u{7}\u{1b}[31m TODO \u{202e}\u{200b}",
            long.as_str(),
            "日本語 TODO 🦀",
            "",
        ];
        std::fs::write(&file, lines.join("\n")).unwrap();
        let name = file.to_string_lossy().to_string();
        let mut diagnostics = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let d = diag(Code::TodoPlaceholder, &name, i as u32 + 1, "m");
            diagnostics.push(d.clone());
            diagnostics.push(d.with_span(crate::diagnostics::Span::find(line, "TODO")));
        }
        // A stale span (past the line's end) is drawn as the whole line.
        diagnostics.push(diag(Code::TodoPlaceholder, &name, 4, "m").with_span(Some(
            crate::diagnostics::Span {
                column: 90,
                end_column: 99,
            },
        )));
        let out = render(&diagnostics, Format::Rich);
        assert!(!out.contains('\u{1b}'), "plain output has no escapes");
        assert_eq!(out.matches("= help:").count(), diagnostics.len());
        let styled = {
            let mut buf = Vec::new();
            write_styled(&diagnostics, Format::Rich, true, &mut buf).unwrap();
            String::from_utf8(buf).unwrap()
        };
        assert!(styled.contains('\u{1b}'), "color output has escapes");
        // The CJK line: the span starts after four characters (not bytes).
        assert!(out.contains(&format!("{name}:4:5\n")), "{out}");
    }

    #[test]
    fn columns_reach_json_and_github_when_known() {
        let d = diag(Code::TodoPlaceholder, "a.md", 7, "m")
            .with_span(crate::diagnostics::Span::find("|é|TODO|", "TODO"));
        let json: Value = serde_json::from_str(&json_line(&d)).unwrap();
        assert_eq!(json["column"], 4);
        assert_eq!(json["endColumn"], 8);
        assert!(github_line(&d)
            .starts_with("::warning file=a.md,line=7,col=4,endColumn=8,title=todo-placeholder::m"));
        let human = render(&[d], Format::Human);
        assert_eq!(human, "a.md:7:4: warning[todo-placeholder]: m\n");
    }
}
