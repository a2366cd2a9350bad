"""``python -m nhs_leaders``: the same command line as ``nhs-leaders`` and ``python pipeline.py``."""

from nhs_leaders.pipeline import main

main()
