"""Everything that protects people: offline Presidio set-up, extra recognizers, keyed pseudonyms,
the redactor (the only code that reads raw text) and the output audit."""
