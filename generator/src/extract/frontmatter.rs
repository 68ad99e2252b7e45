//! YAML front matter: split off, parsed with serde_yaml, every key kept.

use serde_json::Value;
use std::collections::BTreeMap;

/// The front matter of a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    /// Every key, with its value converted to JSON (what the model prints).
    pub keys: BTreeMap<String, Value>,
    /// Line of each key, for diagnostics about its value.
    pub lines: BTreeMap<String, u32>,
}

impl FrontMatter {
    /// A key's value as text, when it is a non-empty string (or a number/bool).
    pub fn text(&self, key: &str) -> Option<String> {
        match self.keys.get(key)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// The first of `keys` that has a text value (for keys with several spellings).
    pub fn first_text(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.text(k))
    }
}

/// Where the front matter block is, and where the body begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML text between the `---` lines (empty without front matter).
    pub yaml: &'a str,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
    /// Whether the page has a front matter block at all.
    pub present: bool,
}

/// Finds a leading `---` … `---` block.
pub fn split(text: &str) -> Split<'_> {
    let none = Split {
        yaml: "",
        body_start: 0,
        present: false,
    };
    let Some(rest) = text
        .strip_prefix("---")
        .filter(|r| r.starts_with('\n') || r.starts_with("\r\n"))
    else {
        return none;
    };
    let yaml_start = text.len() - rest.len() + rest.find('\n').map_or(0, |i| i + 1);
    let mut offset = yaml_start;
    for line in text[yaml_start..].split_inclusive('\n') {
        if line.trim_end() == "---" || line.trim_end() == "..." {
            return Split {
                yaml: &text[yaml_start..offset],
                body_start: offset + line.len(),
                present: true,
            };
        }
        offset += line.len();
    }
    none
}

/// Why front matter could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("front matter is not valid YAML: {message}")]
pub struct FrontMatterError {
    /// serde_yaml's explanation.
    pub message: String,
    /// Offset (in lines) into the YAML of the problem, when known.
    pub line_offset: Option<u32>,
}

/// Parses front matter YAML that starts at page line `first_line`.
pub fn parse(yaml: &str, first_line: u32) -> Result<FrontMatter, FrontMatterError> {
    if yaml.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    if let Some(fm) = parse_simple(yaml, first_line) {
        return Ok(fm);
    }
    parse_yaml(yaml, first_line)
}

/// The front matter almost every page has, read without a YAML parser: one
/// `key: value` per line, the key an identifier, the value a double-quoted
/// string without escapes or a plain scalar that YAML can only read as a
/// string. Anything else (comments, blank or continued lines, other value
/// forms, repeated keys, non-ASCII text) gives `None`, and the page goes to
/// serde_yaml, so the result is always what serde_yaml would give.
fn parse_simple(yaml: &str, first_line: u32) -> Option<FrontMatter> {
    let yaml = yaml.strip_suffix('\n').unwrap_or(yaml);
    let mut fm = FrontMatter::default();
    for (i, line) in yaml.split('\n').enumerate() {
        let (key, value) = line.split_once(": ")?;
        if !simple_key(key) {
            return None;
        }
        let value = if let Some(quoted) = value.strip_prefix('"') {
            let inner = quoted.strip_suffix('"')?;
            if !inner
                .bytes()
                .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\')
            {
                return None;
            }
            inner
        } else {
            simple_plain(value).then_some(value)?
        };
        if fm.keys.contains_key(key) {
            return None;
        }
        fm.lines.insert(key.to_string(), first_line + i as u32);
        fm.keys
            .insert(key.to_string(), Value::String(value.to_string()));
    }
    Some(fm)
}

/// An identifier key that YAML reads as that string (not a null or a boolean).
fn simple_key(key: &str) -> bool {
    key.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        && !is_yaml_keyword(key)
}

/// A plain scalar that YAML reads as exactly this string: it starts with a
/// letter, or with a digit and holds a character no number has (`09/10/2017`),
/// so it is no number and no indicator; it has no `:` or `#` (which could end
/// it), no trailing space and only printable ASCII, and is not a null or
/// boolean word.
fn simple_plain(value: &str) -> bool {
    let not_number = || {
        value
            .bytes()
            .any(|b| !b.is_ascii_alphanumeric() && !matches!(b, b'+' | b'-' | b'.' | b'_'))
    };
    value
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || (b.is_ascii_digit() && not_number()))
        && !value.ends_with(' ')
        && value
            .bytes()
            .all(|b| (b' '..=b'~').contains(&b) && b != b':' && b != b'#')
        && !is_yaml_keyword(value)
}

/// Words serde_yaml resolves to null or a boolean.
fn is_yaml_keyword(word: &str) -> bool {
    matches!(
        word,
        "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
    )
}

/// [`parse`] by serde_yaml: any YAML, errors with their line.
fn parse_yaml(yaml: &str, first_line: u32) -> Result<FrontMatter, FrontMatterError> {
    let value: serde_yaml::Value = serde_yaml::from_str(yaml).map_err(|e| FrontMatterError {
        message: e.to_string(),
        line_offset: e.location().map(|l| l.line().saturating_sub(1) as u32),
    })?;
    let serde_yaml::Value::Mapping(map) = value else {
        return Err(FrontMatterError {
            message: "expected key: value pairs".into(),
            line_offset: None,
        });
    };
    let mut fm = FrontMatter::default();
    for (k, v) in map {
        let key = match k {
            serde_yaml::Value::String(s) => s,
            other => serde_yaml::to_string(&other)
                .unwrap_or_default()
                .trim()
                .to_string(),
        };
        let json = serde_json::to_value(&v).unwrap_or(Value::Null);
        let line = yaml
            .lines()
            .position(|l| {
                l.starts_with(key.as_str()) && l[key.len()..].trim_start().starts_with(':')
            })
            .map_or(first_line, |i| first_line + i as u32);
        fm.lines.insert(key.clone(), line);
        fm.keys.insert(key, json);
    }
    Ok(fm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_parses_keys_with_lines() {
        let text = "---\ntitle: \"Create x\"\nms.localizationpriority: medium\nauthor: \"\"\n---\n\n# Create x\n";
        let s = split(text);
        assert!(s.present);
        assert!(text[s.body_start..].starts_with("\n# Create x"));
        let fm = parse(s.yaml, 2).unwrap();
        assert_eq!(fm.text("title").as_deref(), Some("Create x"));
        assert_eq!(
            fm.first_text(&["localization_priority", "ms.localizationpriority"])
                .as_deref(),
            Some("medium")
        );
        assert_eq!(fm.text("author"), None);
        assert_eq!(fm.lines["ms.localizationpriority"], 3);
    }

    #[test]
    fn no_front_matter_means_body_from_start() {
        let s = split("Permission type\n---\n");
        assert!(!s.present);
        assert_eq!(s.body_start, 0);
    }

    #[test]
    fn the_fast_path_agrees_with_serde_yaml() {
        let cases = [
            "title: \"Create x\"\nauthor: \"\"\ndoc_type: apiPageType\n",
            "description: Revoke a printer's access (see [x]) - now.\nms.date: 09/10/2017\n",
            "title: true\n",
            "title: Null\n",
            "title: 2017\n",
            "title: 1e5\nother: 0x1F\nthird: 1_000\nfourth: 12 monkeys\n",
            "title: .inf\n",
            "title: a # comment\n",
            "title: a: b\n",
            "title: \"a\\\"b\"\n",
            "title: 'quoted'\n",
            "title: x\ntitle: y\n",
            "title: x \n",
            "title:  x\n",
            "title: x\n  continued\n",
            "# comment\ntitle: x\n",
            "title: caf\u{e9}\n",
            "true: x\n",
            "title: x\r\nauthor: y\r\n",
            "title: infinity\nother: nan\n",
        ];
        for yaml in cases {
            let fast = parse_simple(yaml, 2);
            if let Some(fast) = &fast {
                assert_eq!(Ok(fast.clone()), parse_yaml(yaml, 2), "{yaml:?}");
            }
            assert_eq!(parse(yaml, 2), parse_yaml(yaml, 2), "{yaml:?}");
        }
        assert!(parse_simple(cases[0], 2).is_some());
        assert!(parse_simple(cases[1], 2).is_some());
        assert!(parse_simple("title: true\n", 2).is_none());
    }

    #[test]
    fn broken_yaml_is_an_error_with_a_line() {
        let err = parse("title: [unclosed\n", 2).unwrap_err();
        assert!(err.message.contains("YAML") || !err.message.is_empty());
    }
}
