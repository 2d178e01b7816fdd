//! Which `?data=` links the page may read: only its own site's, decided before any request.
//!
//! The browser would refuse the rest anyway (the Content-Security-Policy, CORS, or a scheme
//! `fetch` does not speak), but only after a failed request and a console error, and with a
//! reason the reader cannot act on. This follows the WHATWG URL parser as far as the origin
//! goes, and errs towards refusing: a spelling of the page's own host that differs from the
//! page's (such as `127.1` for `127.0.0.1`) is refused rather than resolved.

use std::fmt;

/// Why a link was refused before any request was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRefusal {
    /// Not `http:` or `https:` (such as `javascript:`, `data:`, `blob:` or `file:`).
    Scheme,
    /// Another scheme, host or port than the page's.
    OtherSite,
}

impl fmt::Display for LinkRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // For logs; a reader sees the words of `crate::messages` (`LoadProblem::OtherSite`).
        f.write_str(match self {
            LinkRefusal::Scheme => "link refused: not an http(s) address",
            LinkRefusal::OtherSite => "link refused: another site than the page's",
        })
    }
}

impl std::error::Error for LinkRefusal {}

/// Whether the page at `page` (an absolute URL) may fetch `link` (absolute or relative).
pub fn check_link(link: &str, page: &str) -> Result<(), LinkRefusal> {
    let (link, page) = (clean(link), clean(page));
    let (page_scheme, page_rest) = split_scheme(&page).ok_or(LinkRefusal::OtherSite)?;
    let authority = match split_scheme(&link) {
        Some((scheme, _)) if scheme != b"http" && scheme != b"https" => {
            return Err(LinkRefusal::Scheme)
        }
        Some((scheme, _)) if scheme != page_scheme => return Err(LinkRefusal::OtherSite),
        // The page's own scheme names a host only if two slashes follow; otherwise the link
        // is relative (`http:x.json`), as in the URL parser.
        Some((_, rest)) if two_slashes(rest) => rest,
        // `//host/x.json` keeps the page's scheme and names a host.
        None if two_slashes(&link) => &link[..],
        _ => return Ok(()),
    };
    match (
        origin(page_scheme, page_rest),
        origin(page_scheme, authority),
    ) {
        (Some(own), Some(theirs)) if own == theirs => Ok(()),
        _ => Err(LinkRefusal::OtherSite),
    }
}

/// As the URL parser does: no leading or trailing controls or spaces, no tab or newline; and
/// lower-cased, since only the scheme and host matter here. Bytes, not chars: smaller wasm.
fn clean(url: &str) -> Vec<u8> {
    let bytes = url.as_bytes();
    let start = bytes.iter().position(|&b| b > b' ').unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| b > b' ')
        .map_or(start, |last| last + 1);
    bytes[start..end]
        .iter()
        .filter(|&&b| !matches!(b, b'\t' | b'\n' | b'\r'))
        .map(u8::to_ascii_lowercase)
        .collect()
}

/// The scheme and what follows its colon, if `url` starts with a scheme.
fn split_scheme(url: &[u8]) -> Option<(&[u8], &[u8])> {
    let colon = url.iter().position(|&b| b == b':')?;
    let scheme = &url[..colon];
    let valid = scheme.first()?.is_ascii_alphabetic()
        && scheme
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    valid.then_some((scheme, &url[colon + 1..]))
}

/// `/` and `\` are the same to the parser in `http:` and `https:` URLs.
fn is_slash(b: u8) -> bool {
    b == b'/' || b == b'\\'
}

fn two_slashes(text: &[u8]) -> bool {
    text.len() >= 2 && is_slash(text[0]) && is_slash(text[1])
}

/// Host and port (the scheme's default if none) of the authority after `rest`'s slashes.
fn origin<'a>(scheme: &[u8], rest: &'a [u8]) -> Option<(&'a [u8], u32)> {
    let rest = &rest[rest
        .iter()
        .position(|&b| !is_slash(b))
        .unwrap_or(rest.len())..];
    let end = rest
        .iter()
        .position(|&b| is_slash(b) || b == b'?' || b == b'#')
        .unwrap_or(rest.len());
    let authority = &rest[..end];
    // Credentials before the last `@` are not part of the origin.
    let host_port = &authority[authority
        .iter()
        .rposition(|&b| b == b'@')
        .map_or(0, |at| at + 1)..];
    // An IPv6 host is bracketed and holds colons itself.
    let bracket = host_port.iter().rposition(|&b| b == b']').unwrap_or(0);
    let (host, port) = match host_port[bracket..].iter().rposition(|&b| b == b':') {
        Some(colon) => host_port.split_at(bracket + colon),
        None => (host_port, &b":"[..]),
    };
    let port = match &port[1..] {
        [] if scheme == b"https" => 443,
        [] => 80,
        digits => digits.iter().try_fold(0u32, |port, &b| {
            b.is_ascii_digit()
                .then(|| port.saturating_mul(10).saturating_add(u32::from(b - b'0')))
        })?,
    };
    (!host.is_empty()).then_some((host, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "http://127.0.0.1:8080/explorer/?embed=progress#trade";

    fn allowed(link: &str) -> bool {
        check_link(link, PAGE).is_ok()
    }

    #[test]
    fn relative_links_stay_on_the_page_s_site() {
        for link in [
            "data.json",
            "datasets/later.json",
            "./later.json",
            "../later.json",
            "/later.json",
            "?data=x",
            "#x",
            "  datasets/later.json\n",
            "dat\ta.json",
            // The page's own scheme without two slashes is relative, as in the URL parser.
            "http:later.json",
            "HTTP:/later.json",
            // A colon after the first slash is no scheme.
            "datasets/a:b.json",
        ] {
            assert!(allowed(link), "{link:?} should be allowed");
        }
    }

    #[test]
    fn absolute_links_to_the_same_origin_are_allowed() {
        for link in [
            "http://127.0.0.1:8080/x.json",
            "HTTP://127.0.0.1:8080/x.json",
            "//127.0.0.1:8080/x.json",
            "http://127.0.0.1:08080/x.json",
            "http://user:pass@127.0.0.1:8080/x.json",
            "http:\\\\127.0.0.1:8080\\x.json",
            " http://127.0.0.1:8080/x.json?v=2#top ",
        ] {
            assert!(allowed(link), "{link:?} should be allowed");
        }
        assert!(check_link("https://example.org/x.json", "https://Example.org/app/").is_ok());
        assert!(check_link("https://example.org:443/x.json", "https://example.org/").is_ok());
        assert!(check_link("//[::1]:8080/x.json", "http://[::1]:8080/").is_ok());
    }

    #[test]
    fn other_hosts_ports_and_schemes_are_other_sites() {
        for link in [
            "http://127.0.0.1:8081/x.json",
            "http://127.0.0.1/x.json",
            "https://127.0.0.1:8080/x.json",
            "http://localhost:8080/x.json",
            "https://evil.example/x.json",
            "//evil.example/x.json",
            "\\\\evil.example/x.json",
            "/\\evil.example/x.json",
            "http:/\\evil.example/x.json",
            "https:evil.example/x.json",
            "http://127.0.0.1:8080@evil.example/x.json",
            "http://evil.example\\@127.0.0.1:8080/x.json",
            "http://127.1:8080/x.json",
            "http://127.0.0.1:8080:80/x.json",
            "http:///x.json",
        ] {
            assert_eq!(
                check_link(link, PAGE),
                Err(LinkRefusal::OtherSite),
                "{link:?}"
            );
        }
        assert_eq!(
            check_link("//[::1]:8081/x.json", "http://[::1]:8080/"),
            Err(LinkRefusal::OtherSite)
        );
    }

    #[test]
    fn scripts_inline_data_and_other_schemes_are_refused() {
        for link in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " \tjava\nscript:alert(1)",
            "data:application/json,{}",
            "DATA:application/json,{}",
            "blob:http://127.0.0.1:8080/0b1c",
            "file:///etc/passwd",
            "ftp://127.0.0.1:8080/x.json",
        ] {
            assert_eq!(check_link(link, PAGE), Err(LinkRefusal::Scheme), "{link:?}");
        }
    }

    // Guards against a log line that cannot tell the two refusals apart.
    #[test]
    fn the_refusal_says_which_rule_refused() {
        assert!(LinkRefusal::Scheme.to_string().contains("http(s)"));
        assert!(LinkRefusal::OtherSite.to_string().contains("another site"));
    }
}
