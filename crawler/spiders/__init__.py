"""Scrapy spiders (one generic spider driven by `crawler/sources.toml`)."""
