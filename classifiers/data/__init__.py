"""Labelled data for the valence classifier: the assistant-domain set, its builder and loader."""
