//! What can go wrong calling the service. A template (`templates/error.rs`).

/// The service's error body: `{"error": {"code": ..., "message": ..., "innerError": ...}}`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApiError {
    /// Machine-readable code (`Request_ResourceNotFound`, `itemNotFound`).
    #[serde(default)]
    pub code: ::std::string::String,
    /// What went wrong, in words.
    #[serde(default)]
    pub message: ::std::string::String,
    /// Request id, date and more, for support cases.
    #[serde(rename = "innerError", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub inner_error: ::std::option::Option<::serde_json::Value>,
    /// Per-item errors of batch-like operations.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub details: ::std::vec::Vec<::serde_json::Value>,
    /// Anything else the service sent.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}

/// Why a call failed.
#[derive(Debug)]
pub enum Error {
    /// The request could not be sent or the response not read (DNS, TLS, timeout…).
    Transport(::reqwest::Error),
    /// The service answered with an error status and its JSON error body.
    Api {
        /// HTTP status.
        status: u16,
        /// The parsed error body (boxed: it is large and errors are rare).
        error: ::std::boxed::Box<ApiError>,
    },
    /// The service answered with an error status and a body that is not Graph's error JSON.
    Status {
        /// HTTP status.
        status: u16,
        /// The body as text.
        body: ::std::string::String,
    },
    /// A success response whose body is not the documented type.
    Decode {
        /// HTTP status.
        status: u16,
        /// What serde_json said.
        source: ::serde_json::Error,
        /// The body as text.
        body: ::std::string::String,
    },
    /// The request body could not be serialized.
    Encode(::serde_json::Error),
    /// A path argument that cannot be one path segment (empty, `.` or `..`).
    InvalidPathArgument {
        /// The parameter.
        name: &'static str,
        /// The value given.
        value: ::std::string::String,
    },
    /// An `@odata.nextLink` outside the client's base URL; not followed, so the token stays home.
    ForeignNextLink(::std::string::String),
}

impl ::std::fmt::Display for Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Error::Transport(e) => write!(f, "request failed: {e}"),
            Error::Api { status, error } => write!(f, "service returned {status} {}: {}", error.code, error.message),
            Error::Status { status, body } => write!(f, "service returned {status}: {body}"),
            Error::Decode { status, source, .. } => write!(f, "response ({status}) is not the documented type: {source}"),
            Error::Encode(e) => write!(f, "request body cannot be serialized: {e}"),
            Error::InvalidPathArgument { name, value } => write!(f, "path argument `{name}` = {value:?} cannot be a path segment"),
            Error::ForeignNextLink(link) => write!(f, "next link {link:?} is outside the client's base URL; not followed"),
        }
    }
}

impl ::std::error::Error for Error {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Decode { source, .. } | Error::Encode(source) => Some(source),
            _ => None,
        }
    }
}
