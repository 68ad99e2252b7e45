//! Docs text never becomes code. `tests/injection/` holds pages whose titles,
//! descriptions, property names, enum members, paths and examples are full of
//! `*/`, `"`, `#[`, `}`, `\u{0}`, `r#`, keywords, leading digits, emoji and
//! spaces; the crate generated from them is committed as `tests-injection/`,
//! a workspace member, so `cargo test --workspace` compiles it, runs its
//! generated round-trip and client tests (hostile keys and values on the wire,
//! hostile path arguments), and clippy lints it. Here: it is up to date, the
//! hostile text produced no code (only doc attributes, string literals and
//! sanitised identifiers), and the name collisions were reported.

use proc_macro2::{TokenStream, TokenTree};
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn generate(extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_graphdoc"))
        .current_dir(workspace_root())
        .args([
            "generate",
            "generator/tests/injection",
            "--config",
            "generator/tests/injection/graphdoc.yaml",
            "--out",
            "tests-injection",
        ])
        .args(extra)
        .output()
        .expect("run graphdoc")
}

#[test]
fn the_committed_injection_crate_is_up_to_date() {
    let run = generate(&["--check"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(
        run.status.code(),
        Some(0),
        "tests-injection/ is stale; run `cargo run -p graphdoc-gen -- generate generator/tests/injection --config generator/tests/injection/graphdoc.yaml --out tests-injection`\n{}{stderr}",
        String::from_utf8_lossy(&run.stdout)
    );
    // The colliding names were renamed deterministically, and said so.
    for line in [
        "generator/tests/injection/resources/hostilething.md:22: warning[identifier-collision]: property `DisplayName` of `hostileThing` is `display_name_2` in Rust: `display_name` is taken by `displayName`",
        "generator/tests/injection/resources/hostilething.md:23: warning[identifier-collision]: property `display_name` of `hostileThing` is `display_name_3` in Rust: `display_name` is taken by `displayName`",
        "generator/tests/injection/resources/hostileenum.md:22: warning[identifier-collision]: enum member `Unknown` of `hostileEnum` is `Unknown2` in Rust: `Unknown` is taken by the fallback variant",
    ] {
        assert!(stderr.lines().any(|l| l == line), "missing `{line}` in\n{stderr}");
    }
}

/// Every identifier in `tokens`, literals and doc strings excluded.
fn idents(tokens: TokenStream, out: &mut Vec<String>) {
    for tt in tokens {
        match tt {
            TokenTree::Ident(i) => out.push(i.to_string()),
            TokenTree::Group(g) => idents(g.stream(), out),
            _ => {}
        }
    }
}

#[test]
fn hostile_text_is_only_in_literals_docs_and_sanitised_names() {
    let root = workspace_root().join("tests-injection");
    let models = std::fs::read_to_string(root.join("src/models.rs")).unwrap();
    for file in [
        "src/models.rs",
        "src/operations.rs",
        "tests/client.rs",
        "tests/examples.rs",
    ] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut names = Vec::new();
        idents(quote::ToTokens::to_token_stream(&parsed), &mut names);
        // `fn evil() {}`, `#[derive(Evil)]`, `mod x;` and `#![allow(unsafe_code)]` appear in the docs text only.
        for planted in ["evil", "Evil", "unsafe_code"] {
            assert!(
                !names.iter().any(|n| n == planted),
                "`{planted}` became code in {file}"
            );
        }
        // Top-level items are only what the generator makes.
        for item in &parsed.items {
            assert!(
                matches!(
                    item,
                    syn::Item::Struct(_)
                        | syn::Item::Enum(_)
                        | syn::Item::Impl(_)
                        | syn::Item::Fn(_)
                        | syn::Item::Use(_)
                ),
                "{file}: unexpected item {}",
                quote::ToTokens::to_token_stream(item)
            );
        }
    }
    // The wire names survive exactly, as string literals read and written
    // by the hand-written serde impls.
    for wire in [
        r#""*/""#,
        r#""}""#,
        r##""#[attr]""##,
        r#""🦀 crab""#,
        r#""r#raw""#,
    ] {
        assert!(
            models.contains(&format!("take_field(&mut object, {wire})")),
            "{wire} read"
        );
        assert!(
            models.contains(&format!("serialize_entry(&mut map, {wire}, value)")),
            "{wire} written"
        );
    }
    for field in [
        "pub r#type:",
        "pub n_2fa:",
        "pub crab:",
        "pub self_value:",
        "pub self_value_2:",
        "pub crate_value:",
        "pub display_name_3:",
    ] {
        assert!(models.contains(field), "{field}");
    }
}
