//! Runs `model` and `check` over every page of the Microsoft Graph v1.0
//! reference corpus (`../shared/corpus/graph-docs/`): no panic, no crash, every
//! page read, and the bulk of API pages yield operations.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/graph-docs");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: corpus folder {} is absent", dir.display());
        None
    }
}

#[test]
fn model_and_check_read_the_whole_corpus() {
    let Some(dir) = corpus() else { return };
    let out = Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .arg("model")
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let m: Value = serde_json::from_slice(&out.stdout).unwrap();
    let pages = m["pages"].as_array().unwrap();
    let md_files = walk(&dir);
    assert_eq!(pages.len(), md_files, "every page is read");
    let api: Vec<&Value> = pages.iter().filter(|p| p["kind"] == "api").collect();
    assert!(api.len() >= 2090, "api pages: {}", api.len());
    let with_ops: std::collections::BTreeSet<&str> = m["operations"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|o| {
            o["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["file"].as_str().unwrap())
        })
        .collect();
    let covered = api
        .iter()
        .filter(|p| with_ops.contains(p["file"].as_str().unwrap()))
        .count();
    println!("{covered} of {} API pages yield an operation", api.len());
    assert!(
        covered * 1000 >= api.len() * 995,
        "{covered} of {}",
        api.len()
    );
    let resolved = m["operations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| !o["paths"].as_array().unwrap().is_empty())
        .count();
    assert!(resolved * 100 >= m["operations"].as_array().unwrap().len() * 99);

    let out = Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .arg("check")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0) | Some(1)),
        "check crashed: {:?}",
        out.status
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    for line in stdout.lines() {
        let (location, rest) = line
            .split_once(": ")
            .unwrap_or_else(|| panic!("malformed line {line}"));
        assert!(
            location
                .rsplit_once(':')
                .is_some_and(|(_, l)| l.parse::<u32>().is_ok()),
            "{line}"
        );
        assert!(
            rest.starts_with("error[") || rest.starts_with("warning[") || rest.starts_with("info["),
            "{line}"
        );
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!("{} pages", pages.len())),
        "{stderr}"
    );
}

fn walk(dir: &std::path::Path) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            n += walk(&path);
        } else if path.extension().is_some_and(|e| e == "md" || e == "txt") {
            n += 1;
        }
    }
    n
}
