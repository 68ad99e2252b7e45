//! The command line, as a library function so tests can run it in-process and
//! `main.rs` stays a one-liner. This is the application edge: errors become
//! one-line messages and exit codes here.

use crate::config::Config;
use crate::diagnostics::Severity;
use crate::emit::{self, EmitOptions, Templates};
use crate::limits::Limits;
use crate::Model;
use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: `check` found an error-level diagnostic, or `generate --check` found stale files.
pub const EXIT_DIAGNOSTICS: i32 = 1;
/// Exit code: the run could not proceed (bad arguments, missing input, I/O).
pub const EXIT_FAILURE: i32 = 2;

/// Turns Microsoft Graph reference Markdown into a model and Rust bindings.
#[derive(Debug, Parser)]
#[command(name = "graphdoc", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the merged model (operations, types, diagnostics) as JSON on stdout.
    ///
    /// Example: graphdoc model docs-input --pretty --filter /identityGovernance/entitlementManagement > model.json
    Model {
        /// Pages or folders (read recursively for *.md and *.txt).
        #[arg(default_value = "docs-input")]
        paths: Vec<PathBuf>,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        /// Keep only operations under this path prefix (`/users`), with this id (`GET /me`),
        /// or this type (`user`), and the types they reach (repeatable).
        #[arg(long, value_name = "PREFIX_OR_NAME")]
        filter: Vec<String>,
        /// The service's CSDL metadata (e.g. v1.0-csdl.xml): cross-check the docs against it
        /// and take types, nullability, base types and enum members from it.
        #[arg(long, value_name = "FILE.xml")]
        metadata: Option<PathBuf>,
        /// Input limits.
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Print every diagnostic as `file:line: severity[code]: message`; exit 1 if any is an error.
    ///
    /// Example: graphdoc check ../docs/api-reference/v1.0 --format github --deny conflicting-fact
    Check {
        /// Pages or folders (read recursively for *.md and *.txt).
        #[arg(default_value = "docs-input")]
        paths: Vec<PathBuf>,
        /// Output format and per-code severity.
        #[command(flatten)]
        report: crate::report::ReportArgs,
        /// The service's CSDL metadata (e.g. v1.0-csdl.xml): report every disagreement
        /// with the docs (missing or extra properties, types, members, undocumented entity types).
        #[arg(long, value_name = "FILE.xml")]
        metadata: Option<PathBuf>,
        /// Input limits.
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Generate the Rust crate (model types and an async client) from the pages.
    ///
    /// Example: graphdoc generate docs-input --out generated; in CI: graphdoc generate --check
    Generate {
        /// Pages or folders (read recursively for *.md and *.txt).
        #[arg(default_value = "docs-input")]
        paths: Vec<PathBuf>,
        /// The crate folder to write (replaced whole).
        #[arg(long, default_value = "generated")]
        out: PathBuf,
        /// Write nothing; list the files that differ from what would be generated and exit 1 if any do.
        #[arg(long)]
        check: bool,
        /// A folder with your own `Cargo.toml.tmpl`, `lib.rs`, `client.rs` and/or `error.rs`
        /// (missing ones use the built-in).
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// Generate only the model types: no client, no reqwest/tokio dependencies.
        #[arg(long)]
        types_only: bool,
        /// A YAML config (package name, include/exclude, derives, renames); default: ./graphdoc.yaml if it exists.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// With --metadata: type properties the metadata declares never null as `Option<T>`
        /// (optional, the default: absent stays absent) or as plain `T` (plain: absent reads as default).
        #[arg(long, value_enum, value_name = "HOW")]
        non_nullable: Option<crate::emit::NonNullable>,
        /// The service's CSDL metadata (e.g. v1.0-csdl.xml): cross-check the docs against it
        /// and take types, nullability, base types and enum members from it.
        #[arg(long, value_name = "FILE.xml")]
        metadata: Option<PathBuf>,
        /// Input limits.
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Export the model as an OpenAPI 3.1 document (JSON) on stdout: paths,
    /// operations, schemas, OAuth2 scopes and the docs' examples.
    ///
    /// Example: graphdoc openapi docs-input --pretty > graph.openapi.json
    Openapi {
        /// Pages or folders (read recursively for *.md and *.txt).
        #[arg(default_value = "docs-input")]
        paths: Vec<PathBuf>,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
    },
    /// List what changed in the API surface between two versions of the docs:
    /// operations and types added and removed, properties whose type or
    /// requiredness changed. Changes that can break callers are marked BREAKING.
    ///
    /// Example: graphdoc diff old.json docs-input --fail-on-breaking   (old.json from `graphdoc model docs-input > old.json`)
    Diff {
        /// The old version: a docs folder or page, or a model JSON file (`*.json`, from `graphdoc model`).
        old: PathBuf,
        /// The new version, the same way.
        new: PathBuf,
        /// Exit 1 when any change is breaking (for CI).
        #[arg(long)]
        fail_on_breaking: bool,
    },
}

/// The input limits every command takes; over a limit, a page, table or JSON
/// body is skipped or truncated with a `limit-exceeded` diagnostic.
#[derive(Debug, Clone, clap::Args)]
pub struct LimitArgs {
    /// Pages larger than this many bytes are skipped.
    #[arg(long, value_name = "BYTES", default_value_t = crate::limits::DEFAULT_MAX_PAGE_BYTES)]
    pub max_page_bytes: usize,
    /// Table cells beyond this many per row are dropped.
    #[arg(long, value_name = "N", default_value_t = crate::limits::DEFAULT_MAX_TABLE_COLUMNS)]
    pub max_table_columns: usize,
    /// Table rows beyond this many are dropped.
    #[arg(long, value_name = "N", default_value_t = crate::limits::DEFAULT_MAX_TABLE_ROWS)]
    pub max_table_rows: usize,
    /// JSON nested deeper than this is kept as raw text.
    #[arg(long, value_name = "N", default_value_t = crate::limits::DEFAULT_MAX_JSON_DEPTH)]
    pub max_json_depth: usize,
}

impl LimitArgs {
    /// The limits these flags set.
    pub fn limits(&self) -> Limits {
        Limits {
            max_page_bytes: self.max_page_bytes,
            max_table_columns: self.max_table_columns,
            max_table_rows: self.max_table_rows,
            max_json_depth: self.max_json_depth,
        }
    }
}

/// Runs the CLI with `args` (program name first), writing to `out` and `err`.
/// Returns the process exit code.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            if e.use_stderr() {
                let _ = write!(err, "{e}");
            } else {
                let _ = write!(out, "{e}");
            }
            return if e.use_stderr() {
                EXIT_FAILURE
            } else {
                EXIT_OK
            };
        }
    };
    match execute(cli.command, out, err) {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "error: {e:#}");
            EXIT_FAILURE
        }
    }
}

/// Inputs smaller than this never show a progress bar: they finish in a blink.
pub const PROGRESS_MIN_PAGES: usize = 200;

/// A progress bar on stderr, shown only when stderr is a terminal and the
/// input is large; CI logs and pipes stay clean.
struct TerminalProgress(std::sync::OnceLock<indicatif::ProgressBar>);

impl crate::Progress for TerminalProgress {
    fn start(&self, pages: usize) {
        use std::io::IsTerminal;
        if pages >= PROGRESS_MIN_PAGES && std::io::stderr().is_terminal() {
            let bar = indicatif::ProgressBar::with_draw_target(
                Some(pages as u64),
                indicatif::ProgressDrawTarget::stderr(),
            );
            let style =
                indicatif::ProgressStyle::with_template("reading pages [{bar:40}] {pos}/{len}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
            bar.set_style(style);
            let _ = self.0.set(bar);
        }
    }

    fn page_done(&self) {
        if let Some(bar) = self.0.get() {
            bar.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(bar) = self.0.get() {
            bar.finish_and_clear();
        }
    }
}

/// Builds the model, with a progress bar where one helps, and folds in the
/// metadata file when one is given. The metadata is read first: a bad file
/// should fail before minutes of extraction, not after.
fn load(
    paths: &[PathBuf],
    limits: &crate::limits::Limits,
    metadata: Option<&std::path::Path>,
) -> anyhow::Result<Model> {
    let csdl = metadata
        .map(|path| {
            crate::metadata::csdl::load(path).map_err(|e| {
                anyhow::anyhow!("{e}\n  (--metadata takes the service's CSDL, e.g. https://graph.microsoft.com/v1.0/$metadata saved to a file)")
            })
        })
        .transpose()?;
    let model =
        crate::build_model_observed(paths, limits, &TerminalProgress(std::sync::OnceLock::new()))?;
    Ok(match csdl {
        Some(csdl) => {
            let mut model = crate::metadata::apply(model, &csdl);
            // The cross-check quotes what it reports: find it on its line
            // (paths are as given, so they read back from here).
            crate::diagnostics::locate_quotes(&mut model.diagnostics, |file| {
                std::fs::read_to_string(file).ok()
            });
            model
        }
        None => model,
    })
}

/// Writes `value` as JSON and a newline, indented with `pretty`.
fn print_json(
    out: &mut dyn Write,
    value: &impl serde::Serialize,
    pretty: bool,
) -> anyhow::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    writeln!(out)?;
    Ok(())
}

/// Prints `error: FILE: why` for every page that could not be read (not
/// UTF-8, binary, refused by the OS); true when there was one.
fn report_unreadable(model: &Model, err: &mut dyn Write) -> std::io::Result<bool> {
    let mut any = false;
    for d in model
        .diagnostics
        .iter()
        .filter(|d| d.code == crate::Code::UnreadablePage)
    {
        writeln!(err, "error: {}: {}", d.source.file, d.message)?;
        any = true;
    }
    Ok(any)
}

fn execute(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<i32> {
    match command {
        Command::Model {
            filter,
            paths,
            pretty,
            limits,
            metadata,
        } => {
            let model = load(&paths, &limits.limits(), metadata.as_deref())?;
            let model = if filter.is_empty() {
                model
            } else {
                crate::config::filter_model(
                    &model,
                    &Config {
                        include: filter,
                        ..Config::default()
                    },
                )
            };
            print_json(out, &model, pretty)?;
            // The JSON is printed (the other pages' facts are useful), but a page
            // that could not be read fails the run.
            Ok(if report_unreadable(&model, err)? {
                EXIT_DIAGNOSTICS
            } else {
                EXIT_OK
            })
        }
        Command::Check {
            report,
            paths,
            limits,
            metadata,
        } => {
            let mut model = load(&paths, &limits.limits(), metadata.as_deref())?;
            // The examples the generated tests cannot cover, and why.
            let resolved = emit::resolve::Resolved::new(&model);
            let mut untested = emit::examples::untested_diagnostics(&model, &resolved);
            drop(resolved);
            model.diagnostics.append(&mut untested);
            model.diagnostics.sort();
            let model = Model {
                diagnostics: report.apply(model.diagnostics),
                ..model
            };
            // Color only for a person at a terminal (and not when NO_COLOR asks for none).
            let color = std::io::IsTerminal::is_terminal(&std::io::stdout())
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            crate::report::write_styled(&model.diagnostics, report.format, color, out)?;
            writeln!(err, "{}", summary(&model))?;
            let failed = model
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error);
            Ok(if failed { EXIT_DIAGNOSTICS } else { EXIT_OK })
        }
        Command::Generate {
            paths,
            out: out_dir,
            check,
            templates,
            config,
            types_only,
            limits,
            metadata,
            non_nullable,
        } => {
            let config = load_config(config)?;
            let mut options = EmitOptions::default();
            config.apply(&mut options);
            options.types_only |= types_only;
            if let Some(how) = non_nullable {
                options.non_nullable = how;
            }
            if let Some(dir) = templates {
                options.templates = Templates::load(&dir)?;
            }
            let metadata = metadata.or_else(|| config.metadata.clone());
            let model = crate::config::filter_model(
                &load(&paths, &limits.limits(), metadata.as_deref())?,
                &config,
            );
            // Bindings generated without a page would silently lose its types:
            // write nothing, keep the previous output.
            if report_unreadable(&model, err)? {
                return Ok(EXIT_DIAGNOSTICS);
            }
            let krate = emit::generate(&model, &options)?;
            for d in emit::collisions::collisions(&model, &options)? {
                writeln!(err, "{d}")?;
            }
            if check {
                let stale = emit::write::stale_files(&out_dir, &krate)?;
                for path in &stale {
                    writeln!(out, "stale: {}", out_dir.join(path).display())?;
                }
                if stale.is_empty() {
                    writeln!(
                        err,
                        "{}: up to date ({} files)",
                        out_dir.display(),
                        krate.files.len()
                    )?;
                    Ok(EXIT_OK)
                } else {
                    writeln!(
                        err,
                        "{}: {} of the generated files differ; run `graphdoc generate` to update",
                        out_dir.display(),
                        stale.len()
                    )?;
                    Ok(EXIT_DIAGNOSTICS)
                }
            } else {
                emit::write::write_tree(&out_dir, &krate)?;
                writeln!(
                    err,
                    "wrote {} files to {}",
                    krate.files.len(),
                    out_dir.display()
                )?;
                Ok(EXIT_OK)
            }
        }
        Command::Openapi { paths, pretty } => {
            let model = crate::build_model(&paths)?;
            let doc = crate::openapi::document(&model);
            print_json(out, &doc, pretty)?;
            Ok(if report_unreadable(&model, err)? {
                EXIT_DIAGNOSTICS
            } else {
                EXIT_OK
            })
        }
        Command::Diff {
            old,
            new,
            fail_on_breaking,
        } => {
            let changes = crate::diff::diff(&crate::diff::load(&old)?, &crate::diff::load(&new)?);
            for change in &changes {
                writeln!(out, "{change}")?;
            }
            writeln!(err, "{}", crate::diff::summary(&changes))?;
            let breaking = changes.iter().any(|c| c.breaking);
            Ok(if fail_on_breaking && breaking {
                EXIT_DIAGNOSTICS
            } else {
                EXIT_OK
            })
        }
    }
}

/// The config `generate` uses: the file named, else `graphdoc.yaml` in the
/// current folder if there is one, else the empty config.
fn load_config(explicit: Option<PathBuf>) -> anyhow::Result<Config> {
    let default = PathBuf::from(crate::config::DEFAULT_FILE);
    match explicit.or_else(|| default.is_file().then_some(default)) {
        Some(path) => Ok(Config::load(&path)?),
        None => Ok(Config::default()),
    }
}

/// `3 pages, 2 operations, 5 types; 1 error, 4 warnings, 1 info`, then counts by code.
pub fn summary(model: &Model) -> String {
    let count = |s: Severity| model.diagnostics.iter().filter(|d| d.severity == s).count();
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut by_code = std::collections::BTreeMap::new();
    for d in &model.diagnostics {
        *by_code.entry(d.code.as_str()).or_insert(0usize) += 1;
    }
    let mut s = format!(
        "{}, {}, {}; {}, {}, {}",
        plural(model.pages.len(), "page"),
        plural(model.operations.len(), "operation"),
        plural(model.types.len(), "type"),
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(count(Severity::Info), "info"),
    );
    for (code, n) in by_code {
        s.push_str(&format!("\n  {n:>6} {code}"));
    }
    s
}
