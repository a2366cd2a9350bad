"""Extract: the spaCy pipeline (text in, leadership events out)."""
