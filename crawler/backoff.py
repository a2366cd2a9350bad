"""Retries with exponential back-off that honour ``Retry-After`` (5xx, 429, timeouts).

Scrapy's RetryMiddleware re-queues at once; public-sector servers answering 503/429 need a pause.
The retried request carries its delay in meta and this middleware sleeps before sending it (the
sleep does not hold a download slot). For 429/503 with Retry-After the whole host's download slot
is slowed too, so other pages of that site wait as well.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message

log = logging.getLogger(__name__)
DELAY_KEY = "nhs_retry_delay"


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Replaces ``scrapy.downloadermiddlewares.retry.RetryMiddleware`` at the same priority (550)."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("NHS_RETRY_BACKOFF_BASE", 2.0)
        self.max_backoff = settings.getfloat("NHS_RETRY_BACKOFF_MAX", 120.0)
        self.retry_after_max = settings.getfloat("NHS_RETRY_AFTER_MAX", 600.0)

    def backoff(self, attempt: int) -> float:
        return min(self.max_backoff, self.base * 2 ** max(0, attempt - 1))

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is not None and wait > self.retry_after_max:
            log.warning("not retrying %s: Retry-After %.0fs exceeds NHS_RETRY_AFTER_MAX", request.url, wait)
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = max(wait or 0.0, self.backoff(retry.meta["retry_times"]))
        retry.meta[DELAY_KEY] = delay
        if wait and response.status in (429, 503):
            self._slow_host(request, min(wait, self.max_backoff))
        self.crawler.stats.inc_value("nhs/retry/backoff_seconds", delay)
        return retry

    def process_exception(self, request: Request, exception: Exception):
        retry = super().process_exception(request, exception)
        if isinstance(retry, Request):
            retry.meta[DELAY_KEY] = self.backoff(retry.meta.get("retry_times", 1))
        return retry

    def process_request(self, request: Request):
        """A retried request waits its back-off here: a coroutine that Scrapy awaits, then None."""
        delay = request.meta.pop(DELAY_KEY, None)
        if delay:
            return sleep(delay)
        return None

    def _slow_host(self, request: Request, delay: float) -> None:
        engine = getattr(self.crawler, "_engine", None)  # None outside a running crawl
        if engine is None:
            return
        downloader = engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None and slot.delay < delay:
            slot.delay = delay
