"""Scrapy settings for the nhs-leaders crawler (``scrapy.cfg`` points here; `crawler.run` starts from them).

Politeness first: robots.txt obeyed (see crawler.robots), AutoThrottle on top of a 1 s base delay,
2 concurrent requests per host, an honest User-Agent, back-off on 5xx/429 honouring Retry-After,
redirects only within the source's domains, bodies over 100 MB aborted.
Every setting can be overridden with ``-s NAME=VALUE`` or ``crawl(settings={...})``.
"""

from scrapy.settings import default_settings as _default_settings

BOT_NAME = "nhs-leaders"
SPIDER_MODULES = ["nhs_leaders.crawler.spiders"]
NEWSPIDER_MODULE = "nhs_leaders.crawler.spiders"

USER_AGENT = (
    "nhs-leaders/0.1 (+https://github.com/nhs-leaders/nhs-leaders; "
    "research crawler collecting public NHS news and board papers)"
)
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 60
# Board packs run to a few hundred pages and tens of MB; anything over 100 MB is aborted and logged.
DOWNLOAD_MAXSIZE = 100 * 1024 * 1024
DOWNLOAD_WARNSIZE = 32 * 1024 * 1024

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
NHS_RETRY_BACKOFF_BASE = 2.0  # seconds before the 1st retry; doubles each time
NHS_RETRY_BACKOFF_MAX = 120.0
NHS_RETRY_AFTER_MAX = 600.0  # a Retry-After longer than this: give up on the URL for this run

# Each callback yields one item (plus requests); Scrapy starts CONCURRENT_ITEMS asyncio tasks per
# response, so the default of 100 costs more than it brings here.
CONCURRENT_ITEMS = 8

REDIRECT_MAX_TIMES = 5
# Scrapy 2.13 renamed DNS_RESOLVER (the old name warns).
_RESOLVER = "nhs_leaders.crawler.resolver.StaticHostsResolver"
if hasattr(_default_settings, "TWISTED_DNS_RESOLVER"):
    TWISTED_DNS_RESOLVER = _RESOLVER
else:  # pragma: no cover - older Scrapy
    DNS_RESOLVER = _RESOLVER
NHS_HOSTS = {}  # host → IP address answered without DNS (like curl --resolve); "*.name" for sub-domains
COOKIES_ENABLED = False  # no cookies (or credentials) are kept or sent
# Only http(s): a page linking to file:///etc/passwd, s3:// or ftp:// can never make us read it.
DOWNLOAD_HANDLERS = {"file": None, "s3": None, "ftp": None, "data": None}
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

# Breadth-first, in discovery order: feeds, sitemaps and listings give newest items first, and
# ``max_pages`` is spent on them.
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "nhs_leaders.crawler.robots.SafeRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "nhs_leaders.crawler.backoff.BackoffRetryMiddleware": 550,
    "nhs_leaders.crawler.conditional.ConditionalRequestMiddleware": 560,
    "nhs_leaders.crawler.domainguard.DomainGuardMiddleware": 610,
}
ITEM_PIPELINES = {"nhs_leaders.crawler.pipelines.StorePipeline": 300}
EXTENSIONS = {"nhs_leaders.crawler.progress.ProgressReporter": 500}  # inactive unless NHS_PROGRESS is true

# Project settings (read by the components above through crawler.settings).
NHS_DB = "nhs.db"
NHS_RAW_DIR = None  # default: raw/ beside the database
NHS_SOURCES_FILE = None  # default: the packaged crawler/sources.toml
NHS_SOURCES = []  # source names; empty = all
NHS_PRELOAD_FETCHES = 200_000  # load this many known URLs' validators at start (else one query each)
NHS_STORE_PROCESS = True  # store bodies and rows in a separate process (False: a thread)
NHS_BATCH_SIZE = 100  # fetched pages stored per batch (one transaction)
NHS_BATCH_BYTES = 8 * 1024 * 1024  # ... or fewer when their bodies reach this size
NHS_MAX_PENDING_BATCHES = 4  # more batches waiting than this: new items wait (back-pressure)
NHS_EXTRACT = True  # parse stored bodies into documents when the spider closes
NHS_PARSE_WORKERS = None  # parser processes for that; None = one per CPU, 0 = in-process
NHS_PROGRESS = False  # JSON progress lines on stdout (set by crawler.run)
NHS_PROGRESS_INTERVAL = 1.0
NHS_DISCOVER_MAX_PAGES = 20  # discover: fetches per site (homepage, robots.txt, sitemaps, candidate pages)
