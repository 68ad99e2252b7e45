//! Hostile input, two ways:
//!
//! * a property test that assembles pages from API-page fragments (front
//!   matter, tables with missing cells, unterminated fences, broken and deeply
//!   nested JSON, huge lines, NUL bytes, invalid UTF-8) and runs every one
//!   through read → extract → model → emit, parsing each generated `.rs` file
//!   with syn. Nothing may panic, and the output must stay proportionate to
//!   the input. `GRAPHDOC_FUZZ_CASES=100000 cargo test --release -p graphdoc-gen
//!   --test fuzz` runs a long campaign; the default run is a few seconds.
//! * a replay of `tests/fuzz-corpus/`: raw files (kept as bytes, not text)
//!   that once broke something or are worth keeping, through the same pipeline.
//!
//! There are no timing assertions: a hang shows up as the harness never
//! finishing, and the limits (`graphdoc::limits::Limits`) keep work bounded.

use graphdoc::emit::{self, EmitOptions};
use graphdoc::extract::PageFacts;
use graphdoc::limits::Limits;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::path::Path;
use std::sync::Arc;

/// Runs the whole pipeline on `pages` (file name, raw bytes) and checks what comes out.
fn pipeline(pages: &[(&str, Vec<u8>)]) {
    let limits = Limits::default();
    let facts: Vec<PageFacts> = pages
        .iter()
        .map(|(name, bytes)| page(name, bytes, &limits))
        .collect();
    let input_bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let model = graphdoc::model::merge::build(facts);
    let json = serde_json::to_string(&model).expect("the model serializes");
    for options in [
        EmitOptions::default(),
        EmitOptions {
            types_only: true,
            ..EmitOptions::default()
        },
    ] {
        let krate =
            emit::generate(&model, &options).unwrap_or_else(|e| panic!("generation failed: {e}"));
        let mut total = 0;
        for file in &krate.files {
            total += file.contents.len();
            if file.path.extension().is_some_and(|e| e == "rs") {
                if let Err(e) = syn::parse_file(&file.contents) {
                    panic!(
                        "{} does not parse: {e}\n{}",
                        file.path.display(),
                        file.contents
                    );
                }
            }
        }
        // The fixed part of the crate (templates, fixed tests) is ~30 kB; the
        // rest must grow with the input, not explode.
        assert!(
            total < 100_000 + 60 * input_bytes,
            "{total} bytes generated from {input_bytes} bytes of input"
        );
    }
    assert!(
        json.len() < 10_000 + 60 * input_bytes,
        "{} bytes of model from {input_bytes} bytes of input",
        json.len()
    );
}

/// Reads one page from bytes the way `graphdoc::read_page` reads a file.
fn page(name: &str, bytes: &[u8], limits: &Limits) -> PageFacts {
    let file: Arc<str> = Arc::from(name);
    match graphdoc::input::text_within(bytes.to_vec(), limits) {
        Ok(text) => graphdoc::extract::page::extract_page_with(file, &text, limits),
        Err(problem) => graphdoc::extract::page::unreadable(file, &problem),
    }
}

/// Text that exercises escaping and naming wherever it lands.
fn nasty_word() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("*/".to_string()),
        Just("\"".to_string()),
        Just("#[".to_string()),
        Just("}".to_string()),
        Just("{".to_string()),
        Just("r#".to_string()),
        Just("type".to_string()),
        Just("self".to_string()),
        Just("Self".to_string()),
        Just("crate".to_string()),
        Just("_".to_string()),
        Just("2fa".to_string()),
        Just("🦀".to_string()),
        Just("a b".to_string()),
        Just("\u{0}".to_string()),
        Just("\r".to_string()),
        Just("\\".to_string()),
        Just("|".to_string()),
        Just("`".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("{id}".to_string()),
        Just("..".to_string()),
        Just("displayName".to_string()),
        Just("DisplayName".to_string()),
        Just("display_name".to_string()),
        "[a-zA-Z0-9_@.$-]{0,12}",
        any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ]
}

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(nasty_word(), 0..5).prop_map(|w| w.concat())
}

fn heading() -> impl Strategy<Value = String> {
    let names = prop_oneof![
        Just("HTTP request"),
        Just("Permissions"),
        Just("Path parameters"),
        Just("Optional query parameters"),
        Just("Request headers"),
        Just("Request body"),
        Just("Response"),
        Just("Properties"),
        Just("Relationships"),
        Just("Members"),
        Just("JSON representation"),
        Just("Example"),
        Just("Request"),
        Just("Examples"),
    ];
    (1..7usize, names, words())
        .prop_map(|(level, name, extra)| format!("{} {name}{extra}\n\n", "#".repeat(level)))
}

fn front_matter() -> impl Strategy<Value = String> {
    prop_oneof![
        words().prop_map(|t| format!(
            "---\ntitle: \"{t}\"\ndoc_type: apiPageType\nms.localizationpriority: medium\n---\n"
        )),
        Just("---\ndoc_type: resourcePageType\n---\n".to_string()),
        Just("---\ndoc_type: enumPageType\n---\n".to_string()),
        Just("---\ntitle: [unclosed\n---\n".to_string()),
        Just("---\ntitle: never closed\n".to_string()),
        (1..300usize).prop_map(|n| format!("---\nx: {}{}\n---\n", "[".repeat(n), "]".repeat(n))),
        (1..300usize).prop_map(|n| format!("---\nx: &a [*a]\ny: {}\n---\n", "- ".repeat(n))),
    ]
}

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("String".to_string()),
        Just("Boolean".to_string()),
        Just("Int32".to_string()),
        Just("DateTimeOffset".to_string()),
        Just("String collection".to_string()),
        Just("[thing](../resources/thing.md)".to_string()),
        Just("Collection([thing](thing.md))".to_string()),
        Just("Edm.String or Int32".to_string()),
        Just("Microsoft.Foreign.Ns.x".to_string()),
        Just("User.Read.All".to_string()),
        Just("Not supported.".to_string()),
        Just("TODO".to_string()),
        Just("Required.".to_string()),
        words(),
    ]
}

fn table() -> impl Strategy<Value = String> {
    let header = prop_oneof![
        Just(vec!["Property", "Type", "Description"]),
        Just(vec!["Name", "Type", "Description"]),
        Just(vec!["Member", "Value", "Description"]),
        Just(vec!["Name", "Description"]),
        Just(vec![
            "Permission type",
            "Least privileged permissions",
            "Higher privileged permissions"
        ]),
        Just(vec![
            "Permission type",
            "Permissions (from least to most privileged)"
        ]),
        Just(vec!["Parameter", "Type", "Description"]),
        Just(vec!["Header", "Value"]),
    ];
    let rows = prop::collection::vec(prop::collection::vec(cell(), 0..6), 0..8);
    (header, rows, any::<bool>()).prop_map(|(header, rows, delimiter)| {
        let mut t = format!("|{}|\n", header.join("|"));
        if delimiter {
            t.push_str(&format!("|{}|\n", vec!["---"; header.len()].join("|")));
        }
        for row in rows {
            // Missing and extra cells on purpose; some rows without the closing pipe.
            t.push_str(&format!("|{}\n", row.join("|")));
        }
        t.push('\n');
        t
    })
}

fn json_value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_string()),
        Just("true".to_string()),
        Just("12".to_string()),
        Just("1e400".to_string()),
        Just("\"2020-01-01T00:00:00Z\"".to_string()),
        words().prop_map(|w| serde_json::to_string(&w).unwrap()),
        Just("\"Boolean\"".to_string()),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec((nasty_word(), inner), 0..4).prop_map(|kv| {
                let members: Vec<String> = kv
                    .iter()
                    .map(|(k, v)| format!("{}: {v}", serde_json::to_string(k).unwrap()))
                    .collect();
                format!("{{{}}}", members.join(",\n"))
            }),
        ]
    })
}

fn json_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => json_value(),
        1 => json_value().prop_map(|j| format!("{j},")),
        1 => json_value().prop_map(|j| j.chars().take(j.len() / 2).collect()),
        1 => (1..2000usize).prop_map(|n| format!("{}{}", "[".repeat(n), "]".repeat(n))),
        1 => (1..2000usize).prop_map(|n| "{\"a\":".repeat(n)),
        1 => json_value().prop_map(|j| format!("{{ \"value\": [{j}], /* relationships */ }}")),
    ]
}

fn annotation() -> impl Strategy<Value = String> {
    let block = prop_oneof![
        Just("request"),
        Just("response"),
        Just("resource"),
        Just("ignored"),
        Just("example")
    ];
    prop_oneof![
        (block.clone(), words()).prop_map(|(b, n)| format!("<!-- {{\"blockType\": \"{b}\", \"name\": {}, \"@odata.type\": \"microsoft.graph.{}\"}} -->\n", serde_json::to_string(&n).unwrap(), n.replace('"', ""))),
        block.prop_map(|b| format!("<!-- {{\n  \"blockType\": \"{b}\",\n  \"truncated\": true,\n}} -->\n")),
        json_text().prop_map(|j| format!("<!-- {j} -->\n")),
        Just("<!-- { \"blockType\": \"request\"\n".to_string()),
    ]
}

fn path() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            words(),
            Just("{id}".to_string()),
            Just("{id | userPrincipalName}".to_string()),
            Just("$value".to_string())
        ],
        0..5,
    )
    .prop_map(|s| format!("/{}", s.join("/")))
}

fn code_block() -> impl Strategy<Value = String> {
    let method = prop_oneof![
        Just("GET"),
        Just("POST"),
        Just("PATCH"),
        Just("PUT"),
        Just("DELETE")
    ];
    let fence = prop_oneof![Just("```"), Just("~~~"), Just("````")];
    (fence, method, path(), json_text(), any::<bool>(), 0..4u8).prop_map(|(fence, method, path, json, closed, shape)| {
        let body = match shape {
            0 => format!("{method} {path}\n"),
            1 => format!("{method} https://graph.microsoft.com/v1.0{path}\nContent-type: application/json\n\n{json}\n"),
            2 => format!("HTTP/1.1 200 OK\nContent-type: application/json\n\n{json}\n"),
            _ => format!("{json}\n"),
        };
        let close = if closed { format!("{fence}\n") } else { String::new() };
        format!("{fence}http\n{body}{close}\n")
    })
}

/// A fragment of a page, as bytes: most are Markdown text, a few are raw bytes
/// no text file should hold.
fn fragment() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => heading().prop_map(String::into_bytes),
        4 => table().prop_map(String::into_bytes),
        4 => code_block().prop_map(String::into_bytes),
        3 => annotation().prop_map(String::into_bytes),
        3 => words().prop_map(|w| format!("{w}\n\n").into_bytes()),
        1 => Just(b"Inherits from [entity](entity.md).\n\n".to_vec()),
        1 => Just(b"If successful, this method returns a `201 Created` response code and a [thing](../resources/thing.md) object in the response body.\n\n".to_vec()),
        1 => (1..200_000usize).prop_map(|n| { let mut v = vec![b'x'; n]; v.push(b'\n'); v }),
        1 => (1..2000usize).prop_map(|n| format!("{}text\n\n", "> ".repeat(n)).into_bytes()),
        1 => (1..2000usize).prop_map(|n| format!("{}text\n\n", "[".repeat(n)).into_bytes()),
        1 => (1..500usize).prop_map(|n| (0..n).map(|i| format!("{}- item\n", "  ".repeat(i))).collect::<String>().into_bytes()),
        1 => Just(b"\0".to_vec()),
        1 => Just(b"\xff\xfe".to_vec()),
        1 => Just(b"\xEF\xBB\xBF".to_vec()),
        1 => Just(b"\r\n".to_vec()),
        1 => prop::collection::vec(any::<u8>(), 0..64),
    ]
}

fn page_bytes() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::option::of(front_matter()),
        prop::collection::vec(fragment(), 0..24),
    )
        .prop_map(|(fm, fragments)| {
            let mut bytes = fm.map(String::into_bytes).unwrap_or_default();
            for f in fragments {
                bytes.extend(f);
            }
            bytes
        })
}

fn cases() -> u32 {
    std::env::var("GRAPHDOC_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

#[test]
fn fragments_never_break_the_pipeline() {
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let folders = prop_oneof![
        Just("api/fuzz.md"),
        Just("resources/fuzz.md"),
        Just("fuzz.md")
    ];
    let strategy = (
        prop::collection::vec((folders, page_bytes()), 1..4),
        any::<bool>(),
    );
    runner
        .run(&strategy, |(pages, also_lossy)| {
            let mut named: Vec<(String, Vec<u8>)> = pages
                .iter()
                .enumerate()
                .map(|(i, (f, b))| (format!("{i}/{f}"), b.clone()))
                .collect();
            if also_lossy {
                // Pages that would be refused (NUL, invalid UTF-8) still reach the
                // extractor this way, so its handling of those bytes is tested too.
                named.extend(pages.iter().map(|(f, b)| {
                    (
                        format!("lossy/{f}"),
                        String::from_utf8_lossy(b).replace('\0', "").into_bytes(),
                    )
                }));
            }
            let refs: Vec<(&str, Vec<u8>)> =
                named.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
            pipeline(&refs);
            Ok(())
        })
        .unwrap();
}

#[test]
fn extraction_accepts_nul_and_control_characters_in_text() {
    // `text_of` refuses NUL bytes, but a library caller may hand any `&str` to the extractor.
    let text = "---\ntitle: \"a\0b\"\n---\n# T\0\n\n## Properties\n\n|Property|Type|Description|\n|-|-|-|\n|x\0y|String|\u{1b}[31m|\n";
    let facts = graphdoc::extract::extract_page(Arc::from("resources/nul.md"), text);
    let model = graphdoc::model::merge::build(vec![facts]);
    let krate = emit::generate(&model, &EmitOptions::default()).unwrap();
    for file in krate
        .files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == "rs"))
    {
        syn::parse_file(&file.contents).unwrap();
    }
}

#[test]
fn the_corpus_replays() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    assert!(entries.len() >= 8, "the corpus is in {}", dir.display());
    let pages: Vec<(String, Vec<u8>)> = entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| {
            (
                format!("resources/{}", p.file_name().unwrap().to_string_lossy()),
                std::fs::read(p).unwrap(),
            )
        })
        .collect();
    // Each page alone, then all of them as one docs set.
    for (name, bytes) in &pages {
        pipeline(&[(name.as_str(), bytes.clone())]);
        pipeline(&[(&name.replace("resources/", "api/"), bytes.clone())]);
    }
    let all: Vec<(&str, Vec<u8>)> = pages.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    pipeline(&all);
}
