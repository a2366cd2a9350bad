"""URL hygiene: drop tracking parameters and fragments, and decide whether a host belongs to a source.

Why: the same article reached with ``?utm_source=…`` or ``#comments`` must be one request and one
document, and a source must never wander (or be redirected) off its own domains.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|ref_src)$",
    re.IGNORECASE,
)
DEFAULT_PORTS = {"http": 80, "https": 443}


def clean_url(url: str) -> str:
    """Lower-case scheme and host, default port, fragment and tracking parameters removed."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not TRACKING_PARAMS.match(k)]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept, doseq=True)
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


@lru_cache(maxsize=4096)
def site_of(host: str) -> str:
    """The registrable domain of ``host`` (``www.cuh.nhs.uk`` → ``cuh.nhs.uk``): one site.

    Uses the Public Suffix List snapshot bundled with tldextract (never fetched). An IP address is
    its own site; a name under no known suffix (``www.trust.test``) keeps its last two labels.
    """
    host = host.lower().strip(".")
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    parts = _extract()(host)
    if parts.suffix and parts.domain:
        return f"{parts.domain}.{parts.suffix}"
    labels = host.split(".")
    return ".".join(labels[-2:]) if len(labels) >= 2 else host


@lru_cache(maxsize=1)
def _extract():
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def host_allowed(url: str, domains: tuple[str, ...] | list[str]) -> bool:
    """True when the URL's host is on the same site (registrable domain) as one of ``domains``.

    ``www.x.nhs.uk``, ``x.nhs.uk`` and ``papers.x.nhs.uk`` are one site; ports are ignored.
    """
    host = host_of(url)
    if not host:
        return False
    site = site_of(host)
    return any(host == d or host.endswith("." + d) or site == site_of(d) for d in domains)
