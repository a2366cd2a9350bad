"""Analyse stage: tables and figures over the landed events (pandas)."""
