"""A conversation being generated: turns with their valence labels, planted PII and canaries."""

from __future__ import annotations

from dataclasses import dataclass, field

NEUTRAL, DISTRESS, JOY = "neutral", "distress", "joy"


@dataclass
class Turn:
    role: str
    content: str
    valence: str = NEUTRAL  # meaningful for assistant turns only


@dataclass
class Draft:
    """One synthetic conversation before it is written in some file shape."""

    family: str
    turns: list[Turn] = field(default_factory=list)
    system: str | None = None
    pii: list[tuple[str, str]] = field(default_factory=list)
    canaries: list[str] = field(default_factory=list)

    def user(self, text: str) -> Draft:
        self.turns.append(Turn("user", text.strip()))
        return self

    def assistant(self, text: str, valence: str = NEUTRAL) -> Draft:
        self.turns.append(Turn("assistant", text.strip(), valence))
        return self

    @property
    def turn_valence(self) -> list[str]:
        """One label per assistant turn, in order."""
        return [t.valence for t in self.turns if t.role == "assistant"]

    def pii_entries(self) -> list[dict[str, str]]:
        """Planted PII as truth entries, each (type, value) once, in planting order."""
        seen: set[tuple[str, str]] = set()
        out = []
        for kind, value in self.pii:
            if (kind, value) not in seen:
                seen.add((kind, value))
                out.append({"type": kind, "value": value})
        return out
