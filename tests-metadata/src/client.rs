//! The HTTP runtime every generated operation calls: base URL, bearer token,
//! JSON bodies, typed errors and `@odata.nextLink` paging. It is a template
//! (`templates/client.rs`): edit it to change how requests are made without
//! touching the generated operations.

use crate::error::{ApiError, Error};

/// Where requests go unless [`Client::with_base_url`] says otherwise.
pub const DEFAULT_BASE_URL: &str = "https://graph.microsoft.com/v1.0";

/// A Microsoft Graph client: one per token and base URL. Cheap to clone (the
/// connection pool is shared), so clone it rather than building new ones.
#[derive(Debug, Clone)]
pub struct Client {
    http: ::reqwest::Client,
    base_url: ::std::string::String,
    token: ::std::option::Option<::std::string::String>,
    query: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}

impl Client {
    /// A client that sends `token` as a bearer token to the Graph service.
    pub fn new(token: impl ::std::convert::Into<::std::string::String>) -> Self {
        Client {
            http: ::reqwest::Client::new(),
            base_url: DEFAULT_BASE_URL.to_string(),
            token: Some(token.into()),
            query: ::std::vec::Vec::new(),
        }
    }

    /// A client that sends no `Authorization` header (for proxies that add their own).
    pub fn unauthenticated() -> Self {
        Client { http: ::reqwest::Client::new(), base_url: DEFAULT_BASE_URL.to_string(), token: None, query: ::std::vec::Vec::new() }
    }

    /// Sends requests to `base_url` (a proxy, a national cloud, `…/beta`, a test
    /// server) instead of [`DEFAULT_BASE_URL`]. A trailing `/` is ignored.
    pub fn with_base_url(mut self, base_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        let mut url: ::std::string::String = base_url.into();
        while url.ends_with('/') {
            url.pop();
        }
        self.base_url = url;
        self
    }

    /// Uses a configured `reqwest` client (timeouts, proxies, middleware).
    pub fn with_http_client(mut self, http: ::reqwest::Client) -> Self {
        self.http = http;
        self
    }

    /// A client that adds these query arguments (`$select`, `$filter`, `$top`…)
    /// to every operation it calls; each name and value is percent-encoded, so
    /// a value can never add arguments or change the path. Cheap: it shares the
    /// connection pool.
    ///
    /// `client.with_query([("$select", "id,displayName")]).list_users().await`
    pub fn with_query<K, V>(&self, pairs: impl ::std::iter::IntoIterator<Item = (K, V)>) -> Self
    where
        K: ::std::convert::Into<::std::string::String>,
        V: ::std::convert::Into<::std::string::String>,
    {
        let mut client = self.clone();
        client.query.extend(pairs.into_iter().map(|(k, v)| (k.into(), v.into())));
        client
    }

    /// The base URL requests are sent to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Starts a request to `path` (already encoded, starting with `/`) under the base URL.
    #[doc(hidden)]
    pub fn request(&self, method: ::reqwest::Method, path: &str) -> ::reqwest::RequestBuilder {
        let request = self.http.request(method, format!("{}{}", self.base_url, path));
        let request = if self.query.is_empty() { request } else { request.query(&self.query) };
        self.authorize(request)
    }

    fn authorize(&self, request: ::reqwest::RequestBuilder) -> ::reqwest::RequestBuilder {
        match &self.token {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    }

    /// Adds a JSON body.
    #[doc(hidden)]
    pub fn json_body<B: ::serde::Serialize + ?Sized>(
        request: ::reqwest::RequestBuilder,
        body: &B,
    ) -> ::std::result::Result<::reqwest::RequestBuilder, Error> {
        let bytes = ::serde_json::to_vec(body).map_err(Error::Encode)?;
        Ok(request.header(::reqwest::header::CONTENT_TYPE, "application/json").body(bytes))
    }

    /// Sends a request and reads a JSON response of type `T`.
    #[doc(hidden)]
    pub async fn send_json<T: ::serde::de::DeserializeOwned>(
        &self,
        request: ::reqwest::RequestBuilder,
    ) -> ::std::result::Result<T, Error> {
        let (status, bytes) = Self::send_raw(request).await?;
        ::serde_json::from_slice(&bytes).map_err(|source| Error::Decode {
            status,
            source,
            body: ::std::string::String::from_utf8_lossy(&bytes).into_owned(),
        })
    }

    /// Sends a request whose response is one primitive in OData's envelope
    /// (`{"value": true}`, what a function returning `Edm.Boolean` answers)
    /// and returns the value itself.
    #[doc(hidden)]
    pub async fn send_value<T: ::serde::de::DeserializeOwned>(
        &self,
        request: ::reqwest::RequestBuilder,
    ) -> ::std::result::Result<T, Error> {
        self.send_json::<PrimitiveValue<T>>(request).await.map(|envelope| envelope.value)
    }

    /// Sends a request and returns the response body as bytes (`$value`, `$count`, files).
    #[doc(hidden)]
    pub async fn send_bytes(&self, request: ::reqwest::RequestBuilder) -> ::std::result::Result<::std::vec::Vec<u8>, Error> {
        Self::send_raw(request).await.map(|(_, bytes)| bytes)
    }

    /// Sends a request whose success response has no body worth reading.
    #[doc(hidden)]
    pub async fn send_empty(&self, request: ::reqwest::RequestBuilder) -> ::std::result::Result<(), Error> {
        Self::send_raw(request).await.map(|_| ())
    }

    /// Sends a request; a non-success status becomes [`Error::Api`] (when the
    /// body is Graph's `{"error": {...}}`) or [`Error::Status`].
    async fn send_raw(request: ::reqwest::RequestBuilder) -> ::std::result::Result<(u16, ::std::vec::Vec<u8>), Error> {
        let response = request.send().await.map_err(Error::Transport)?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await.map_err(Error::Transport)?.to_vec();
        if (200..300).contains(&status) {
            return Ok((status, bytes));
        }
        match ::serde_json::from_slice::<ErrorEnvelope>(&bytes) {
            Ok(envelope) => Err(Error::Api { status, error: ::std::boxed::Box::new(envelope.error) }),
            Err(_) => Err(Error::Status { status, body: ::std::string::String::from_utf8_lossy(&bytes).into_owned() }),
        }
    }

    /// Fetches the page after `page`, if there is one. The bearer token is sent
    /// only when the link points under this client's base URL, so a link to
    /// another host can never receive it.
    pub async fn next_page<T: ::serde::de::DeserializeOwned>(
        &self,
        page: &Page<T>,
    ) -> ::std::result::Result<::std::option::Option<Page<T>>, Error> {
        let Some(link) = &page.next_link else { return Ok(None) };
        if !link.starts_with(&format!("{}/", self.base_url)) && link != &self.base_url {
            return Err(Error::ForeignNextLink(link.clone()));
        }
        let request = self.authorize(self.http.get(link.as_str()));
        self.send_json(request).await.map(Some)
    }

    /// Follows `@odata.nextLink` from `first` to the end and returns every item.
    pub async fn all_pages<T: ::serde::de::DeserializeOwned>(
        &self,
        first: Page<T>,
    ) -> ::std::result::Result<::std::vec::Vec<T>, Error> {
        let mut items = ::std::vec::Vec::new();
        let mut page = first;
        loop {
            let next = self.next_page(&page).await?;
            items.append(&mut page.value);
            match next {
                Some(p) => page = p,
                None => return Ok(items),
            }
        }
    }
}

/// One page of a collection response: the items and the link to the next page.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Page<T> {
    /// The items of this page.
    #[serde(default = "::std::vec::Vec::new")]
    pub value: ::std::vec::Vec<T>,
    /// Where the next page is, when there is one.
    #[serde(rename = "@odata.nextLink", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_link: ::std::option::Option<::std::string::String>,
    /// `@odata.context`, `@odata.count` and anything else the service sends.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}

/// OData's envelope around a single primitive result: `{"@odata.context": …, "value": 2}`.
#[derive(::serde::Deserialize)]
struct PrimitiveValue<T> {
    value: T,
}

#[derive(::serde::Deserialize)]
struct ErrorEnvelope {
    error: ApiError,
}

/// Percent-encodes a path argument as one segment: `/`, `?`, `#`, `%` and every
/// other reserved byte are escaped, so an id can never change the path.
/// `.` and `..` are refused: URL parsers resolve them even when escaped.
pub fn path_segment(name: &'static str, value: &str) -> ::std::result::Result<::std::string::String, Error> {
    if value.is_empty() || value == "." || value == ".." {
        return Err(Error::InvalidPathArgument { name, value: value.to_string() });
    }
    Ok(::percent_encoding::utf8_percent_encode(value, SEGMENT).to_string())
}

/// Everything but RFC 3986's unreserved characters.
const SEGMENT: &::percent_encoding::AsciiSet = &::percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_arguments_stay_one_segment() {
        assert_eq!(path_segment("id", "a/b?c#d").unwrap(), "a%2Fb%3Fc%23d");
        assert_eq!(path_segment("id", "../me").unwrap(), "..%2Fme");
        assert_eq!(path_segment("id", "50%").unwrap(), "50%25");
        assert!(path_segment("id", "..").is_err());
        assert!(path_segment("id", "").is_err());
    }
}
