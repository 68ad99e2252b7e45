//! Example blocks: the `<!-- { "blockType": ... } -->` annotation and the HTTP
//! message below it (request line or status line, headers, JSON body).

use super::blocks::CodeBlock;
use super::request::{parse_target, split_request_line, url_version};
use super::Sink;
use crate::diagnostics::Code;
use crate::model::{Example, ExampleHeader, ExampleKind, Method};
use serde_json::Value;

/// An annotation comment, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    /// The JSON object.
    pub value: Value,
    /// Its line.
    pub line: u32,
}

impl Annotation {
    /// `blockType`, lower-cased.
    pub fn block_type(&self) -> Option<String> {
        self.value
            .get("blockType")
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase)
    }

    /// A string member.
    pub fn text(&self, key: &str) -> Option<&str> {
        self.value.get(key).and_then(Value::as_str)
    }
}

/// Reads an HTML comment as an annotation: `None` when it is not one (no `{`).
/// Comments that are almost JSON (trailing commas, line breaks inside strings,
/// which the corpus has) are repaired and reported; hopeless ones are reported
/// and dropped.
pub fn parse_annotation(comment: &str, line: u32, sink: &mut Sink) -> Option<Annotation> {
    let text = comment.trim();
    if !text.starts_with('{') || !crate::limits::check_json(text, "annotation", line, sink) {
        return None;
    }
    match serde_json::from_str::<Value>(text) {
        Ok(value) if value.is_object() => Some(Annotation { value, line }),
        Ok(_) => None,
        Err(e) => {
            let (at, span) = sink.json_error_at(line, text, &e);
            match serde_json::from_str::<Value>(&repair_json(text)) {
                Ok(value) if value.is_object() => {
                    sink.report_with(
                        Code::InvalidAnnotation,
                        at,
                        span,
                        format!("annotation is not strict JSON ({e}); read after repair"),
                    );
                    Some(Annotation { value, line })
                }
                _ => {
                    sink.report_with(
                        Code::InvalidAnnotation,
                        at,
                        span,
                        format!("annotation is not JSON: {e}"),
                    );
                    None
                }
            }
        }
    }
}

/// Removes trailing commas and joins line breaks inside strings: the two
/// mistakes hand-written JSON in the docs makes most.
pub fn repair_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' | '\r' => {
                    out.push(' ');
                    continue;
                }
                _ => {}
            }
            out.push(c);
            continue;
        }
        match c {
            '"' => in_string = true,
            ',' => {
                let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
                if matches!(next, Some('}') | Some(']')) {
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Removes `/* … */` and `// …` comments outside strings (JSON representation
/// blocks mark relationships that way).
pub fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    let mut escaped = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some('*')) => {
                chars.next();
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
            }
            ('/', Some('/')) => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The start of a code block read as an HTTP message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// `METHOD url`.
    Request(Method, String),
    /// `HTTP/1.1 201 Created` (or `HTTP 201 Created`).
    Status(u16),
    /// Straight into a body (`{`, `[`).
    Body,
    /// Something else (code in another language, prose).
    Other,
}

/// How a block's first line reads.
pub fn message_start(code: &CodeBlock) -> Start {
    let Some(first) = code.text.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return Start::Other;
    };
    if let Some((method, rest)) = split_request_line(first) {
        if rest.starts_with('/') || rest.starts_with("http") {
            return Start::Request(method, rest.to_string());
        }
    }
    if let Some(status) = status_line(first) {
        return Start::Status(status);
    }
    if first.starts_with('{') || first.starts_with('[') {
        return Start::Body;
    }
    Start::Other
}

fn status_line(line: &str) -> Option<u16> {
    let mut parts = line.split_whitespace();
    let proto = parts.next()?;
    if !proto.to_ascii_uppercase().starts_with("HTTP") {
        return None;
    }
    let code = parts.next()?.trim_end_matches(',');
    code.parse::<u16>().ok().filter(|c| (100..600).contains(c))
}

/// Reads a code block as an example of `kind`.
pub fn read_example(
    code: &CodeBlock,
    kind: ExampleKind,
    annotation: Option<&Annotation>,
    sink: &mut Sink,
) -> Example {
    let lines: Vec<&str> = code.text.lines().collect();
    let mut i = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    let mut method = None;
    let mut url = None;
    let mut status = None;
    match message_start(code) {
        Start::Request(m, u) => {
            method = Some(m);
            url = Some(u);
            i += 1;
        }
        Start::Status(s) => {
            status = Some(s);
            i += 1;
        }
        Start::Body | Start::Other => {}
    }
    let mut headers = Vec::new();
    if method.is_some() || status.is_some() {
        while i < lines.len() {
            let line = lines[i].trim();
            if line.is_empty() {
                i += 1;
                break;
            }
            match line.split_once(':') {
                Some((name, value)) if is_header_name(name) => {
                    headers.push(ExampleHeader {
                        name: name.trim().to_string(),
                        value: value.trim().to_string(),
                    });
                    i += 1;
                }
                _ => break,
            }
        }
    }
    while i < lines.len() && lines[i].trim().is_empty() {
        i += 1;
    }
    let body_line = code.first_line + i as u32;
    let key_lines = lines
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .filter_map(|(n, l)| {
            let key = l.trim_start().strip_prefix('"')?.split_once('"')?.0;
            Some((key.to_string(), body_line + n as u32))
        })
        .collect();
    // The body is the text from line `i` on: a slice of the block when it has
    // no `\r` (so its lines joined with `\n` are the text itself).
    let joined;
    let body_text = if memchr::memchr(b'\r', code.text.as_bytes()).is_none() {
        let start: usize = code.text.split_inclusive('\n').take(i).map(str::len).sum();
        code.text.get(start..).unwrap_or("")
    } else {
        joined = lines.get(i..).map(|l| l.join("\n")).unwrap_or_default();
        joined.as_str()
    };
    let body_text = body_text.trim();
    let (body, raw_body) = read_body(body_text, &headers, body_line, sink);
    let api_version = url.as_deref().and_then(url_version);
    if let Some(u) = &url {
        if let Err(e) = parse_target(u) {
            sink.report_span(
                Code::UnresolvedRequestUrl,
                code.first_line,
                u,
                format!("example request URL is not a path: {e}"),
            );
        }
    }
    Example {
        kind,
        name: annotation.and_then(|a| a.text("name")).map(str::to_string),
        annotation: annotation.map(|a| a.value.clone()),
        method,
        url,
        api_version,
        status,
        headers,
        body,
        raw_body,
        source: sink.at(code.first_line.saturating_sub(1).max(1)),
        body_line,
        key_lines,
        page_type: None,
    }
}

fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A body is JSON when it looks like JSON (starts with `{`/`[`) or a header says
/// so; JSON that does not parse is kept raw and reported at its line, and
/// read after [`strip_comments`] and [`repair_json`] when that makes it parse
/// (then both are kept).
fn read_body(
    text: &str,
    headers: &[ExampleHeader],
    line: u32,
    sink: &mut Sink,
) -> (Option<Value>, Option<String>) {
    if text.is_empty() {
        return (None, None);
    }
    let says_json = headers.iter().any(|h| {
        h.name.eq_ignore_ascii_case("content-type") && h.value.to_ascii_lowercase().contains("json")
    });
    let looks_json = text.starts_with('{') || text.starts_with('[');
    if (!looks_json && !says_json) || !crate::limits::check_json(text, "example body", line, sink) {
        return (None, Some(text.to_string()));
    }
    match read_almost_json(text, line, "example body", "kept as raw text", sink) {
        (value, true) => (value, None),
        (value, false) => (value, Some(text.to_string())),
    }
}

/// Parses `text` as JSON, or as almost JSON (a trailing comma, a line break
/// inside a string, a `// note`: hand-written mistakes, which still say what
/// it holds) after [`strip_comments`] and [`repair_json`]. Anything but strict
/// JSON is reported at the error as "`what` is not strict JSON (…)", then
/// "read after repair" or `unread`. The value, and whether it was strict.
pub(super) fn read_almost_json(
    text: &str,
    line: u32,
    what: &str,
    unread: &str,
    sink: &mut Sink,
) -> (Option<Value>, bool) {
    let e = match serde_json::from_str::<Value>(text) {
        Ok(v) => return (Some(v), true),
        Err(e) => e,
    };
    let (at, span) = sink.json_error_at(line, text, &e);
    let repaired = serde_json::from_str::<Value>(&repair_json(&strip_comments(text))).ok();
    let outcome = if repaired.is_some() {
        "read after repair"
    } else {
        unread
    };
    sink.report_with(
        Code::InvalidJsonExample,
        at,
        span,
        format!("{what} is not strict JSON ({e}); {outcome}"),
    );
    (repaired, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn code(text: &str) -> CodeBlock {
        CodeBlock {
            info: "http".into(),
            text: text.into(),
            first_line: 20,
        }
    }

    #[test]
    fn request_with_headers_and_json_body() {
        let mut sink = Sink::new(Arc::from("p.md"));
        let ann = parse_annotation(
            "{\n  \"blockType\": \"request\",\n  \"name\": \"create_x\"\n}",
            15,
            &mut sink,
        )
        .unwrap();
        let c = code("POST https://graph.microsoft.com/beta/things\nContent-type: application/json\n\n{\n  \"displayName\": \"sales reps\"\n}\n");
        let e = read_example(&c, ExampleKind::Request, Some(&ann), &mut sink);
        assert_eq!(e.method, Some(Method::Post));
        assert_eq!(
            e.url.as_deref(),
            Some("https://graph.microsoft.com/beta/things")
        );
        assert_eq!(e.api_version.as_deref(), Some("beta"));
        assert_eq!(e.name.as_deref(), Some("create_x"));
        assert_eq!(e.headers[0].name, "Content-type");
        assert_eq!(e.body.as_ref().unwrap()["displayName"], "sales reps");
        assert_eq!(e.body_line, 23);
        assert!(sink.diagnostics.is_empty());
    }

    #[test]
    fn response_with_broken_json_is_kept_raw_and_reported_at_its_line() {
        let mut sink = Sink::new(Arc::from("p.md"));
        // A missing comma: no repair reads it.
        let c = code(
            "HTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  \"a\": 1\n  \"b\": 2\n}\n",
        );
        let e = read_example(&c, ExampleKind::Response, None, &mut sink);
        assert_eq!(e.status, Some(200));
        assert!(e.body.is_none());
        assert!(e.raw_body.as_deref().unwrap().contains("\"a\": 1"));
        assert_eq!(sink.diagnostics[0].code, Code::InvalidJsonExample);
        assert!(sink.diagnostics[0].message.ends_with("kept as raw text"));
        // serde_json reports the missing comma at the key after it.
        assert_eq!(sink.diagnostics[0].source.line, 25);
    }

    #[test]
    fn almost_json_bodies_are_read_after_repair_and_kept_as_written() {
        let mut sink = Sink::new(Arc::from("p.md"));
        let text = "{\n  \"value\": [\n    {\"id\": \"1\", // the first\n     \"note\": \"two\nlines\",},\n  ],\n}";
        let c = code(&format!(
            "HTTP/1.1 200 OK\nContent-type: application/json\n\n{text}\n"
        ));
        let e = read_example(&c, ExampleKind::Response, None, &mut sink);
        let body = e.body.expect("repaired");
        assert_eq!(body["value"][0]["id"], "1");
        assert_eq!(body["value"][0]["note"], "two lines");
        assert_eq!(e.raw_body.as_deref(), Some(text));
        assert_eq!(sink.diagnostics.len(), 1);
        assert_eq!(sink.diagnostics[0].code, Code::InvalidJsonExample);
        assert!(
            sink.diagnostics[0].message.ends_with("read after repair"),
            "{}",
            sink.diagnostics[0].message
        );
    }

    #[test]
    fn almost_json_annotations_are_repaired() {
        let mut sink = Sink::new(Arc::from("p.md"));
        let a = parse_annotation(
            "{\n \"blockType\": \"response\",\n \"truncated\": true,\n}",
            3,
            &mut sink,
        )
        .unwrap();
        assert_eq!(a.block_type().as_deref(), Some("response"));
        assert_eq!(sink.diagnostics[0].code, Code::InvalidAnnotation);
        assert!(parse_annotation("uuid: 16cd6b66", 3, &mut sink).is_none());
    }

    #[test]
    fn comments_are_stripped_outside_strings() {
        let text = "{\n  \"a\": \"x /* y */\", /* relationships */\n  \"b\": 1 // note\n}";
        let v: Value = serde_json::from_str(&repair_json(&strip_comments(text))).unwrap();
        assert_eq!(v["a"], "x /* y */");
        assert_eq!(v["b"], 1);
    }

    #[test]
    fn status_lines_in_both_spellings() {
        assert_eq!(
            message_start(&code("HTTP/1.1 201 Created\n")),
            Start::Status(201)
        );
        assert_eq!(
            message_start(&code("HTTP 204 No Content\n")),
            Start::Status(204)
        );
        assert_eq!(message_start(&code("{\"a\":1}")), Start::Body);
        assert_eq!(message_start(&code("var x = 1;")), Start::Other);
    }

    #[test]
    fn plain_text_bodies_are_raw_without_a_diagnostic() {
        let mut sink = Sink::new(Arc::from("p.md"));
        let e = read_example(
            &code("HTTP/1.1 200 OK\nContent-type: text/plain\n\n893\n"),
            ExampleKind::Response,
            None,
            &mut sink,
        );
        assert_eq!(e.raw_body.as_deref(), Some("893"));
        assert!(sink.diagnostics.is_empty());
    }
}
