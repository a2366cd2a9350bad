"""URL hygiene: drop tracking parameters and fragments, and decide whether a host belongs to a source.

Why: the same article reached with ``?utm_source=…`` or ``#comments`` must be one request and one
document, and a source must never wander (or be redirected) off its own domains.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

from scrapy.utils.url import strip_url
from w3lib.url import canonicalize_url, url_query_cleaner

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|ref_src)$",
    re.IGNORECASE,
)


def clean_url(url: str) -> str:
    """One spelling per page: w3lib's canonical form (lower-case scheme and host, query sorted,
    percent-escapes normalised, fragment removed) without tracking parameters, credentials or the
    default port."""
    url = canonicalize_url(url.strip(), keep_blank_values=True, keep_fragments=False)
    query = urlsplit(url).query
    tracking = [k for k, _ in parse_qsl(query, keep_blank_values=True) if TRACKING_PARAMS.match(k)]
    if tracking:
        url = url_query_cleaner(url, tracking, remove=True, unique=False)
    return strip_url(url, strip_credentials=True, strip_default_port=True, strip_fragment=True)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


# Second-level NHS namespaces that each organisation registers under (integrated care boards since 2022, NHS
# Wales and NHS Scotland bodies), which the Public Suffix List does not list: under them, one label more makes
# a site.
SHARED_NHS_SUFFIXES = ("icb.nhs.uk", "nhs.wales", "scot.nhs.uk")


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
    for suffix in SHARED_NHS_SUFFIXES:  # "staffsstoke.icb.nhs.uk" and "lsc.icb.nhs.uk" are two sites
        if host.endswith("." + suffix) and host != suffix:
            return ".".join(host[: -len(suffix) - 1].split(".")[-1:] + [suffix])
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
