//! How many of the docs' JSON examples round-trip through their generated
//! type, and why the rest do not: generates the types-only crate for a docs
//! folder, runs its generated `tests/examples.rs` with cargo, and groups the
//! results. Examples without a test are counted by reason too (not JSON, no
//! single type named, type not a struct), and those the model already
//! reports as contradicting their table (`example-type-mismatch`, the
//! tests' `#[ignore]`) are counted apart: they are docs bugs, not ours.
//!
//! ```sh
//! cargo run --release -p graphdoc-gen --example roundtrip [DOCS] [--keep DIR] [--metadata CSDL.xml [--plain]]
//! ```
//!
//! With `--metadata`, the types are generated as `graphdoc generate --metadata`
//! makes them (metadata types, nullability and members folded in); `--plain`
//! as `--non-nullable plain` does.
//!
//! DOCS defaults to `../shared/corpus/graph-docs/v1.0` beside the workspace.
//! The crate and its target folder go under `$TMPDIR/graphdoc-roundtrip`
//! (or `--keep DIR`), reused between runs so a second run only rebuilds the
//! crate. Exits 1 when any tested example fails.

use graphdoc::emit::examples::{cases, Coverage};
use graphdoc::emit::resolve::Resolved;
use graphdoc::emit::{self, EmitOptions};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    match run() {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}

fn run() -> Result<i32, Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut docs =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/graph-docs/v1.0");
    let mut work = std::env::temp_dir().join("graphdoc-roundtrip");
    let mut metadata = None;
    let mut plain = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--keep" => work = PathBuf::from(args.next().ok_or("--keep needs a folder")?),
            "--plain" => plain = true,
            "--metadata" => {
                metadata = Some(PathBuf::from(args.next().ok_or("--metadata needs a file")?))
            }
            _ => docs = PathBuf::from(arg),
        }
    }
    if !docs.exists() {
        return Err(format!("{}: no such docs folder", docs.display()).into());
    }
    let mut model = graphdoc::build_model(std::slice::from_ref(&docs))?;
    if let Some(path) = &metadata {
        model = graphdoc::metadata::apply(model, &graphdoc::metadata::csdl::load(path)?);
    }
    let options = EmitOptions {
        types_only: true,
        package_name: "graph-roundtrip".into(),
        non_nullable: if plain {
            emit::NonNullable::Plain
        } else {
            emit::NonNullable::Optional
        },
        ..EmitOptions::default()
    };
    let krate = emit::generate(&model, &options)?;
    let crate_dir = work.join("crate");
    std::fs::create_dir_all(&work)?;
    emit::write::write_tree(&crate_dir, &krate)?;

    // Which examples have a test, and of what kind (request/response).
    let resolved = Resolved::with_options(&model, &options)?;
    let all = cases(&model, &resolved);
    let mut untested: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut ignored = BTreeMap::<&str, usize>::new();
    let mut tested = BTreeMap::<&str, usize>::new();
    let mut repaired = BTreeMap::<&str, usize>::new();
    for case in &all {
        match &case.coverage {
            Coverage::Untested(reason) => {
                *untested.entry((case.kind, reason.code())).or_default() += 1
            }
            Coverage::Tested { .. } if !case.mismatches.is_empty() => {
                *ignored.entry(case.kind).or_default() += 1
            }
            Coverage::Tested { .. } => {
                *tested.entry(case.kind).or_default() += 1;
                // Almost JSON the extractor read after repair keeps its text.
                if case.example.raw_body.is_some() {
                    *repaired.entry(case.kind).or_default() += 1;
                }
            }
        }
    }

    eprintln!(
        "running the generated examples tests in {} …",
        crate_dir.display()
    );
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| work.join("target"));
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "test",
            "--test",
            "examples",
            "--no-fail-fast",
            "--",
            "--test-threads=2",
        ])
        .current_dir(&crate_dir)
        .env("CARGO_TARGET_DIR", &target)
        .output()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let results = parse(&stdout);
    if results.outcomes.is_empty() {
        eprintln!("{}", String::from_utf8_lossy(&output.stderr));
        return Err("the generated tests did not run (see cargo's output above)".into());
    }

    let mut passed = BTreeMap::<&str, usize>::new();
    let mut failed = BTreeMap::<(&str, String), Vec<String>>::new();
    for (name, outcome) in &results.outcomes {
        let kind = if name.starts_with("request") {
            "request"
        } else {
            "response"
        };
        match outcome.as_str() {
            "ok" => *passed.entry(kind).or_default() += 1,
            "FAILED" => {
                let message = results.panics.get(name).cloned().unwrap_or_default();
                failed
                    .entry((kind, reason(&message)))
                    .or_default()
                    .push(format!("{name}: {}", first_line(&message)));
            }
            _ => {}
        }
    }

    println!("Round trip of the docs' JSON examples ({})", docs.display());
    for kind in ["response", "request"] {
        let total = all.iter().filter(|c| c.kind == kind).count();
        let ok = passed.get(kind).copied().unwrap_or(0);
        let run = tested.get(kind).copied().unwrap_or(0);
        let json = total
            - ["not-json", "no-body"]
                .iter()
                .map(|c| untested.get(&(kind, *c)).copied().unwrap_or(0))
                .sum::<usize>();
        let known = run + ignored.get(kind).copied().unwrap_or(0);
        println!("\n{kind} examples: {total}");
        for ((k, code), n) in &untested {
            if *k == kind {
                println!("  untested, {code}: {n}");
            }
        }
        println!("  with a known struct type: {known}");
        println!(
            "    ignored, example-type-mismatch (docs contradict their table): {}",
            ignored.get(kind).copied().unwrap_or(0)
        );
        println!(
            "    run: {run} ({} read after repair); passed: {ok}; failed: {}",
            repaired.get(kind).copied().unwrap_or(0),
            run.saturating_sub(ok)
        );
        for ((k, why), list) in &failed {
            if *k == kind {
                println!("      failed, {why}: {}", list.len());
                for example in list.iter().take(3) {
                    println!("        e.g. {example}");
                }
            }
        }
        println!(
            "  share: {} of the run tests, {} of those with a known type, {} of the JSON ones",
            percent(ok, run),
            percent(ok, known),
            percent(ok, json)
        );
    }
    Ok(if failed.is_empty() { 0 } else { 1 })
}

/// Outcomes by test name, and each failed test's panic message.
struct TestResults {
    outcomes: BTreeMap<String, String>,
    panics: BTreeMap<String, String>,
}

/// Reads libtest's plain output: `test NAME ... ok|FAILED|ignored` lines and
/// the `---- NAME stdout ----` sections that hold each failure's panic.
fn parse(stdout: &str) -> TestResults {
    let mut outcomes = BTreeMap::new();
    let mut panics = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix("test ") {
            if let Some((name, outcome)) = rest.split_once(" ... ") {
                let outcome = outcome.split_whitespace().next().unwrap_or_default();
                outcomes.insert(name.to_string(), outcome.to_string());
                continue;
            }
        }
        if let Some(name) = line
            .strip_prefix("---- ")
            .and_then(|l| l.strip_suffix(" stdout ----"))
        {
            current = Some(name.to_string());
            continue;
        }
        if let Some(name) = &current {
            if line.contains("roundtrip-failure[")
                || line.contains("panicked at") && !panics.contains_key(name)
            {
                let entry: &mut String = panics.entry(name.clone()).or_default();
                if line.contains("roundtrip-failure[") || entry.is_empty() {
                    *entry = line.to_string();
                }
            }
        }
    }
    TestResults { outcomes, panics }
}

/// The failure's reason: the generated test's `roundtrip-failure[KIND]`, with
/// deserialize errors split by what serde and chrono said.
fn reason(message: &str) -> String {
    let Some(start) = message.find("roundtrip-failure[") else {
        return "other panic".to_string();
    };
    let rest = &message[start + "roundtrip-failure[".len()..];
    let kind = rest.split(']').next().unwrap_or_default();
    if kind != "deserialize" {
        return kind.to_string();
    }
    let detail = if [
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "input is out of range",
        "input is not enough",
    ]
    .iter()
    .any(|m| rest.contains(m))
    {
        "date/date-time spelling"
    } else if rest.contains("invalid type: floating point")
        || rest.contains("invalid value: integer")
        || rest.contains("out of range")
    {
        "number"
    } else if rest.contains("invalid type: string") && rest.contains("expected struct") {
        "a string where the model has a struct: an enum the docs list no members for"
    } else if rest.contains("invalid type") {
        "type"
    } else {
        "other"
    };
    format!("deserialize ({detail})")
}

fn first_line(message: &str) -> &str {
    let line = message.lines().next().unwrap_or_default();
    line.find("roundtrip-failure[").map_or(line, |i| &line[i..])
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "n/a".to_string()
    } else {
        format!(
            "{part}/{whole} = {:.1}%",
            100.0 * part as f64 / whole as f64
        )
    }
}
