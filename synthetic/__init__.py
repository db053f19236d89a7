"""Synthetic sample corpus: conversations in six log shapes with planted PII, canaries and labels.

``generate(output_dir, conversations, seed)`` writes the log files under ``output_dir/logs`` and the
answer key (``truth.jsonl``, ``canaries.txt``) beside them. See :func:`synthetic.generator.generate`.
"""

from synthetic.families import FAMILIES, GROUPS
from synthetic.generator import (
    BROKEN_FILE,
    CANARIES_FILE,
    LOGS_DIR,
    MALFORMED_FILE,
    TRUTH_FILE,
    GenerationSummary,
    generate,
)
from synthetic.settings import SyntheticSettings
from synthetic.shapes import FILES, SHAPES

__all__ = [
    "BROKEN_FILE", "CANARIES_FILE", "FAMILIES", "FILES", "GROUPS", "LOGS_DIR", "MALFORMED_FILE", "SHAPES",
    "TRUTH_FILE", "GenerationSummary", "SyntheticSettings", "generate",
]
