"""Collect stage: Scrapy spiders and local-file ingest. Collects raw documents only; no NLP here."""
