//! Request lines (`POST /identityGovernance/entitlementManagement/accessPackages`)
//! and URLs: method, path template, query string, API version.

use crate::model::http::{Method, PathError, PathTemplate};

/// A URL or path taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The path template.
    pub path: PathTemplate,
    /// The query string without `?`, if any.
    pub query: Option<String>,
    /// `v1.0` or `beta` when the URL named a version.
    pub version: Option<String>,
}

/// Splits `METHOD rest` off a line. `None` when the line does not start with a method.
pub fn split_request_line(line: &str) -> Option<(Method, &str)> {
    let line = line.trim();
    let (token, rest) = line.split_once(char::is_whitespace)?;
    let method = Method::parse(token)?;
    let rest = rest.trim();
    let rest = rest
        .strip_suffix("HTTP/1.1")
        .or_else(|| rest.strip_suffix("HTTP/2"))
        .unwrap_or(rest)
        .trim();
    Some((method, rest))
}

/// Reads the target of a request line or example URL: a path, or a full URL
/// whose host and version are removed.
pub fn parse_target(raw: &str) -> Result<Target, PathError> {
    let mut rest = raw.trim();
    let mut version = None;
    if let Some(after_scheme) = rest
        .strip_prefix("https://")
        .or_else(|| rest.strip_prefix("http://"))
    {
        rest = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    }
    for v in ["v1.0", "beta"] {
        if let Some(after) = rest.strip_prefix('/').and_then(|r| r.strip_prefix(v)) {
            if after.is_empty() || after.starts_with('/') || after.starts_with('?') {
                version = Some(v.to_string());
                rest = after;
                if rest.is_empty() {
                    rest = "/";
                }
                break;
            }
        }
    }
    let (path, query) = split_query(rest);
    let path = PathTemplate::parse(path)?;
    Ok(Target {
        path,
        query: query.map(str::to_string),
        version,
    })
}

/// Splits at the first `?` that is not inside `{}`/`()`.
fn split_query(s: &str) -> (&str, Option<&str>) {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '{' | '(' => depth += 1,
            '}' | ')' => depth -= 1,
            '?' if depth <= 0 => return (&s[..i], Some(&s[i + 1..])),
            _ => {}
        }
    }
    (s, None)
}

/// Finds the API version in a URL (`https://graph.microsoft.com/beta/...`).
pub fn url_version(url: &str) -> Option<String> {
    let after_host = url
        .trim()
        .strip_prefix("https://")
        .or_else(|| url.trim().strip_prefix("http://"))?;
    let path = &after_host[after_host.find('/')?..];
    ["v1.0", "beta"]
        .iter()
        .find(|v| path[1..].starts_with(*v))
        .map(|v| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_lines_with_paths_urls_and_queries() {
        let (m, rest) =
            split_request_line("POST /identityGovernance/entitlementManagement/accessPackages")
                .unwrap();
        assert_eq!(m, Method::Post);
        let t = parse_target(rest).unwrap();
        assert_eq!(
            t.path.to_string(),
            "/identityGovernance/entitlementManagement/accessPackages"
        );
        assert_eq!(t.version, None);

        let (_, rest) = split_request_line(
            "GET https://graph.microsoft.com/v1.0/users/{id | userPrincipalName}?$select=id",
        )
        .unwrap();
        let t = parse_target(rest).unwrap();
        assert_eq!(t.path.to_string(), "/users/{id | userPrincipalName}");
        assert_eq!(t.query.as_deref(), Some("$select=id"));
        assert_eq!(t.version.as_deref(), Some("v1.0"));
    }

    #[test]
    fn unresolved_targets_are_errors() {
        let (_, rest) = split_request_line(
            "POST ** Collection URI for microsoft.graph.entitlementManagement not found",
        )
        .unwrap();
        assert!(parse_target(rest).is_err());
        let (_, rest) = split_request_line("POST https://graph.microsoft.com/docs\\api** Collection URI for microsoft.graph.entitlementManagement not found").unwrap();
        assert!(parse_target(rest).is_err());
        assert!(split_request_line("Content-Type: application/json").is_none());
    }

    #[test]
    fn versions_come_from_urls() {
        assert_eq!(
            url_version("https://graph.microsoft.com/beta/accessPackageAssignmentPolicies")
                .as_deref(),
            Some("beta")
        );
        assert_eq!(
            url_version("https://graph.microsoft.com/v1.0/me").as_deref(),
            Some("v1.0")
        );
        assert_eq!(url_version("/me"), None);
    }
}
