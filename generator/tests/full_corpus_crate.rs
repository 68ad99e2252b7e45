//! The crate generated from the whole v1.0 corpus must `cargo check` clean
//! with every feature and with one small area alone. Minutes of compiling, so
//! `#[ignore]`d: run with
//! `cargo test --release -p graphdoc-gen --test full_corpus_crate -- --ignored --nocapture`.
//! Skips, saying why, when the corpus is not beside the workspace.

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/graph-docs/v1.0");
    path.is_dir().then_some(path)
}

/// `cargo check` in `dir` with `args`; fails on any error or warning.
fn check_clean(dir: &Path, target: &Path, args: &[&str]) {
    let started = std::time::Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .arg("check")
        .args(args)
        .args(["--message-format=short"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let problems: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("error") || l.contains("warning"))
        .collect();
    println!(
        "cargo check {} : {:.1} s",
        args.join(" "),
        started.elapsed().as_secs_f64()
    );
    assert!(
        output.status.success() && problems.is_empty(),
        "cargo check {args:?}:\n{stderr}"
    );
}

#[test]
#[ignore = "generates and checks the full v1.0 crate: minutes"]
fn full_corpus_crate_checks_clean_with_all_and_one_feature() {
    let Some(docs) = corpus() else {
        println!("skipped: the v1.0 corpus is not at ../shared/corpus/graph-docs/v1.0");
        return;
    };
    let work = tempfile::tempdir().expect("temp dir");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(|t| PathBuf::from(t).join("full-corpus-crate"))
        .unwrap_or_else(|| std::env::temp_dir().join("graphdoc-full-corpus-target"));
    for types_only in [false, true] {
        let out = work.path().join(if types_only { "types" } else { "full" });
        let model = graphdoc::build_model(std::slice::from_ref(&docs)).expect("model");
        let options = graphdoc::emit::EmitOptions {
            types_only,
            ..Default::default()
        };
        let krate = graphdoc::emit::generate(&model, &options).expect("generate");
        graphdoc::emit::write::write_tree(&out, &krate).expect("write");
        check_clean(&out, &target, &[]);
        check_clean(
            &out,
            &target,
            &["--no-default-features", "--features", "users"],
        );
        check_clean(
            &out,
            &target,
            &["--no-default-features", "--features", "print"],
        );
    }
}

#[test]
#[ignore = "generates and checks the full v1.0 crate with the metadata: minutes"]
fn full_corpus_crate_with_metadata_checks_clean() {
    let Some(docs) = corpus() else {
        println!("skipped: the v1.0 corpus is not at ../shared/corpus/graph-docs/v1.0");
        return;
    };
    let csdl = docs.join("../../graph-metadata/v1.0-csdl.xml");
    let work = tempfile::tempdir().expect("temp dir");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(|t| PathBuf::from(t).join("full-corpus-crate"))
        .unwrap_or_else(|| std::env::temp_dir().join("graphdoc-full-corpus-target"));
    let model = graphdoc::build_model(std::slice::from_ref(&docs)).expect("model");
    let metadata = graphdoc::metadata::csdl::load(&csdl).expect("metadata");
    let model = graphdoc::metadata::apply(model, &metadata);
    for non_nullable in [
        graphdoc::emit::NonNullable::Optional,
        graphdoc::emit::NonNullable::Plain,
    ] {
        let out = work.path().join(format!("{non_nullable:?}"));
        let options = graphdoc::emit::EmitOptions {
            non_nullable,
            ..Default::default()
        };
        let krate = graphdoc::emit::generate(&model, &options).expect("generate");
        graphdoc::emit::write::write_tree(&out, &krate).expect("write");
        check_clean(&out, &target, &[]);
        check_clean(
            &out,
            &target,
            &["--no-default-features", "--features", "users"],
        );
    }
}
