"""What leaves the job: the offline HTML report, the assessment export, and the output audit.

Everything here reads only published aggregates (``published/``, ``manifest.json``), except the
audit's k-anonymity check, which reads the restricted event table to recount who used each word.
"""
