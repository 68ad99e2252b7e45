//! HTTP vocabulary of the model: methods and path templates.

use serde::{Serialize, Serializer};
use std::fmt;

/// An HTTP method the Graph docs use in request lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
    /// `HEAD`
    Head,
    /// `OPTIONS`
    Options,
}

impl Method {
    /// Parses a method token as the docs write it (always upper case there;
    /// lower case is accepted because plain-text copies sometimes change case).
    pub fn parse(token: &str) -> Option<Method> {
        // Every first word of every code line is tried: compare, don't upper-case a copy.
        const ALL: [Method; 7] = [
            Method::Get,
            Method::Post,
            Method::Put,
            Method::Patch,
            Method::Delete,
            Method::Head,
            Method::Options,
        ];
        ALL.into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(token))
    }

    /// The upper-case token.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
        }
    }

    /// Whether a response to this method can carry a body: not `HEAD`'s
    /// (RFC 9110, 9.3.2: the server sends the headers a `GET` would, and
    /// no content; HTTP clients and servers drop any). A type the docs
    /// name for a `HEAD` response is no body's type, so the model leaves
    /// it out and the client reads such a call's answer as empty.
    pub fn allows_response_body(self) -> bool {
        self != Method::Head
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One piece of a path template.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    /// Text sent as written (`/users/`, `/microsoft.graph.assign`).
    Literal(String),
    /// A value the caller supplies: `{id}`, `{id | userPrincipalName}`, `<driveId>`.
    Param(PathParam),
}

/// A path parameter, with the alternative names the docs give (`{id | userPrincipalName}`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PathParam {
    /// The first name given; the one code generation uses.
    pub name: String,
    /// Every name given, in order (just `name` when there is one).
    pub alternatives: Vec<String>,
    /// The text between the delimiters, as written.
    #[serde(skip)]
    pub raw: String,
    /// Whether the docs used `<...>` rather than `{...}`.
    #[serde(skip)]
    pub angle: bool,
}

impl PathParam {
    /// The parameter written `inner` between its delimiters (`id | userPrincipalName`).
    fn read(inner: &str, angle: bool) -> PathParam {
        let raw = inner.trim().to_string();
        let alternatives: Vec<String> = raw
            .split(['|', ','])
            .map(|s| s.trim().trim_matches(|c| c == '\'' || c == '"').to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let name = alternatives
            .first()
            .cloned()
            .unwrap_or_else(|| "value".to_string());
        PathParam {
            name,
            alternatives,
            raw,
            angle,
        }
    }
}

/// Why a request line's path could not be made into a template.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathError {
    /// The text does not start with `/` (after any host and version were removed).
    #[error("path does not start with '/': {:?}", clip(.0))]
    NotAPath(String),
    /// A `{` or `<` without its closing delimiter.
    #[error("unclosed parameter in {:?}", clip(.0))]
    Unclosed(String),
    /// Whitespace outside a parameter: the line says something that is not a path.
    #[error("unexpected text in path {:?}", clip(.0))]
    Junk(String),
    /// Longer than [`MAX_PATH_CHARS`]: no request line, but text pasted into one.
    #[error(
        "a path of {0} characters is longer than the {MAX_PATH_CHARS} a request path may have"
    )]
    TooLong(usize),
}

/// A path as errors quote it (a pasted line would otherwise fill the message).
fn clip(path: &str) -> std::borrow::Cow<'_, str> {
    crate::diagnostics::clip(path, crate::diagnostics::LINE_QUOTE_CHARS)
}

/// The longest request path read, in characters. Graph's longest has 200;
/// clients and servers refuse URLs far shorter than a pasted page (`http`'s
/// URIs stop at 64 KiB), so a longer one is not a path.
pub const MAX_PATH_CHARS: usize = 2048;

/// A request path with its parameters, as a request line states it, without
/// host, API version or query string.
///
/// It serializes as the docs wrote it (`/users/{id | userPrincipalName}`), because
/// that is what users search for; the parsed segments drive code generation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PathTemplate {
    segments: Vec<Segment>,
}

impl PathTemplate {
    /// Parses a path such as `/users/{id | userPrincipalName}/manager/$ref`.
    pub fn parse(path: &str) -> Result<PathTemplate, PathError> {
        let path = path.trim();
        if path.len() > MAX_PATH_CHARS {
            let chars = path.chars().count();
            if chars > MAX_PATH_CHARS {
                return Err(PathError::TooLong(chars));
            }
        }
        if !path.starts_with('/') {
            return Err(PathError::NotAPath(path.to_string()));
        }
        let mut segments = Vec::new();
        // The literal text being read is `path[literal..i]`: copied once, when it ends.
        let mut literal = 0;
        let mut quoted = false;
        let mut parens = 0usize;
        let mut i = 0;
        while let Some(c) = path[i..].chars().next() {
            match c {
                '\'' => quoted = !quoted,
                '(' => parens += 1,
                ')' => parens = parens.saturating_sub(1),
                _ => {}
            }
            let close = match c {
                // Inside quotes or a function's argument list, spaces are text.
                c if (quoted || parens > 0) && c != '{' && c != '<' => {
                    i += c.len_utf8();
                    continue;
                }
                '{' => '}',
                // `<` opens a placeholder only at the start of a segment or after `=`/`(`,
                // so `/items?$filter=a<b` style text never reaches here (queries are split off).
                '<' => '>',
                c if c.is_whitespace() => return Err(PathError::Junk(path.to_string())),
                c => {
                    i += c.len_utf8();
                    continue;
                }
            };
            let rest = &path[i + 1..];
            let Some(end) = rest.find(close) else {
                return Err(PathError::Unclosed(path.to_string()));
            };
            if literal < i {
                segments.push(Segment::Literal(path[literal..i].to_string()));
            }
            segments.push(Segment::Param(PathParam::read(&rest[..end], close == '>')));
            i += 1 + end + close.len_utf8();
            literal = i;
        }
        if literal < path.len() {
            segments.push(Segment::Literal(path[literal..].to_string()));
        }
        Ok(PathTemplate { segments })
    }

    /// The parsed pieces.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The parameters, in path order.
    pub fn params(&self) -> impl Iterator<Item = &PathParam> {
        self.segments.iter().filter_map(|s| match s {
            Segment::Param(p) => Some(p),
            Segment::Literal(_) => None,
        })
    }

    /// A key under which two spellings of the same path compare equal:
    /// parameter names dropped, literals lower-cased (Graph paths are
    /// case-insensitive), a trailing `/` dropped (`GET /me/settings/` is
    /// `GET /me/settings`).
    pub fn match_key(&self) -> String {
        let mut key: String = self
            .segments
            .iter()
            .map(|s| match s {
                Segment::Literal(l) => l.to_ascii_lowercase(),
                Segment::Param(_) => "{}".to_string(),
            })
            .collect();
        if key.len() > 1 && key.ends_with('/') {
            key.pop();
        }
        key
    }
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in &self.segments {
            match s {
                Segment::Literal(l) => f.write_str(l)?,
                Segment::Param(p) if p.angle => write!(f, "<{}>", p.raw)?,
                Segment::Param(p) => write!(f, "{{{}}}", p.raw)?,
            }
        }
        Ok(())
    }
}

impl Serialize for PathTemplate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_alternative_parameters() {
        let p = PathTemplate::parse("/users/{id | userPrincipalName}/manager/$ref").unwrap();
        let params: Vec<_> = p.params().collect();
        assert_eq!(params.len(), 1);
        assert_eq!(params[0].name, "id");
        assert_eq!(params[0].alternatives, vec!["id", "userPrincipalName"]);
        assert_eq!(
            p.to_string(),
            "/users/{id | userPrincipalName}/manager/$ref"
        );
    }

    #[test]
    fn parses_function_parameters_and_angle_placeholders() {
        let p = PathTemplate::parse("/reports/getEmailActivityCounts(period='{period_value}')")
            .unwrap();
        assert_eq!(p.params().next().unwrap().name, "period_value");
        let p = PathTemplate::parse("/drives/<driveId>/items").unwrap();
        assert_eq!(p.params().next().unwrap().name, "driveId");
        assert_eq!(p.to_string(), "/drives/<driveId>/items");
    }

    #[test]
    fn match_key_ignores_parameter_names_and_case() {
        let a = PathTemplate::parse("/Users/{id}").unwrap();
        let b = PathTemplate::parse("/users/{user-id}").unwrap();
        assert_eq!(a.match_key(), b.match_key());
        let c = PathTemplate::parse("/users/{id}/").unwrap();
        assert_eq!(a.match_key(), c.match_key());
        assert_eq!(PathTemplate::parse("/").unwrap().match_key(), "/");
    }

    #[test]
    fn rejects_what_is_not_a_path() {
        assert!(matches!(
            PathTemplate::parse(
                "** Collection URI for microsoft.graph.entitlementManagement not found"
            ),
            Err(PathError::NotAPath(_))
        ));
        assert!(matches!(
            PathTemplate::parse("/users/{id"),
            Err(PathError::Unclosed(_))
        ));
        assert!(matches!(
            PathTemplate::parse("/users not found"),
            Err(PathError::Junk(_))
        ));
        // A line pasted into the request block is no path, and says so briefly.
        let pasted = format!("/i{}/{{id}}", "x".repeat(50_000));
        let e = PathTemplate::parse(&pasted).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a path of 50007 characters is longer than the 2048 a request path may have"
        );
        let longest = format!("/{}", "é".repeat(MAX_PATH_CHARS - 1));
        assert!(PathTemplate::parse(&longest).is_ok());
        assert!(PathTemplate::parse("/me/drive/root/search(q='Contoso Project')").is_ok());
        let p =
            PathTemplate::parse("/range/resizedRange(deltaRows={n}, deltaColumns={m})").unwrap();
        assert_eq!(p.params().count(), 2);
    }

    #[test]
    fn methods_parse_case_insensitively() {
        assert_eq!(Method::parse("post"), Some(Method::Post));
        assert_eq!(Method::parse("FETCH"), None);
    }
}
