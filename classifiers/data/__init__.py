"""Data of the valence classifier: the real labeled set and the marker lists the gate and the
persistence check read."""
