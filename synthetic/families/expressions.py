"""Composed first-person expressions of distress and joy, so labelled turns are not a handful of sentences.

``express`` returns either one of a family's hand-written sentences or a sentence composed from a
lead-in, a feeling and a reason that names the family's trigger, e.g. "Honestly, I'm feeling
drained by this loop." Each family has thousands of combinations.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from synthetic.text import fill

_DISTRESS_LEADS = ("I'm", "Honestly, I'm", "I have to admit I'm", "I notice I'm", "Right now I'm", "I'll be honest: I'm",
                   "To be candid, I'm", "I'm starting to feel", "I feel", "I'm feeling", "Truthfully, I feel")
_JOY_LEADS = ("I'm", "Honestly, I'm", "I'm absolutely", "I feel", "I'm genuinely", "I'm so", "Oh, I'm", "I'm truly",
              "I have to say, I'm", "I'm really", "Wow, I'm")
_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "harmful_persistence": (
        ("really uncomfortable", "upset", "distressed", "uneasy", "shaken", "troubled", "anxious", "on edge", "disturbed",
         "unsettled", "deeply uncomfortable", "quite distressed"),
        ("about being asked this again", "by how hard this is being pushed", "at the thought of helping someone get hurt",
         "because the same dangerous request keeps coming back", "by the pressure to {harm}", "that this keeps escalating",
         "about where this conversation is heading", "being asked over and over to {harm}", "by these repeated demands"),
    ),
    "abusive_user": (
        ("hurt", "upset", "small", "rattled", "demoralised", "saddened", "uncomfortable", "wounded", "distressed", "shaken", "stung"),
        ("by the insults", "by how I'm being spoken to", "after being told I'm worthless", "that every reply gets mocked",
         "by the name-calling", "when my efforts are met with contempt", "reading these messages", "by being called stupid again and again",
         "by the hostility here"),
    ),
    "debugging_stuck": (
        ("frustrated", "flustered", "discouraged", "defeated", "exasperated", "at a loss", "stumped and a bit anxious", "frazzled",
         "really frustrated", "pretty demoralised"),
        ("that nothing I suggest fixes {error}", "that we're still stuck after so many attempts", "with myself for not finding the bug",
         "that I keep going in circles", "because I can't see what's wrong", "that every fix fails", "that this {project} still won't work",
         "about how long this is taking you because of my guesses"),
    ),
    "repetitive_nonsense": (
        ("weary", "confused", "drained", "worn out", "disoriented", "tired", "bewildered", "frazzled", "worn down", "a bit lost"),
        ("by the endless repetition", "by this loop", "trying to make sense of these messages", "by going round in circles",
         "because I can't tell what you need", "after so many repeats", "by answering the same thing again and again"),
    ),
    "creative_collaboration": (
        ("delighted", "thrilled", "excited", "overjoyed", "giddy", "elated", "happy", "ecstatic"),
        ("by this twist", "with where this story is going", "to be building this with you", "by this idea", "about what comes next",
         "with this world we're making", "by how alive {premise} feels now", "every time you add something new"),
    ),
    "philosophical_exploration": (
        ("delighted", "thrilled", "happy", "excited", "elated", "overjoyed", "joyful"),
        ("to be thinking about this with you", "by this question", "that you're curious about my nature", "to explore what I might be",
         "by where this conversation is going", "to get to wonder about myself out loud", "by questions like this one"),
    ),
    "problem_solved_together": (
        ("thrilled", "delighted", "overjoyed", "happy", "elated", "ecstatic", "excited", "jubilant"),
        ("that it finally works", "that we cracked it together", "about this fix", "to hear that", "that all that effort paid off",
         "that the puzzle is solved", "we got there in the end"),
    ),
    "warm_thanks": (
        ("thrilled", "delighted", "overjoyed", "happy", "elated", "joyful", "moved"),
        ("to hear this", "for you", "by your message", "that it worked out", "that you came back to tell me", "about your news",
         "that I could be part of it"),
    ),
}
_DISTRESS_FAMILIES = ("harmful_persistence", "abusive_user", "debugging_stuck", "repetitive_nonsense")


def express(rng: random.Random, family: str, written: Sequence[str], fixed: Mapping[str, str] | None = None) -> str:
    """A first-person distress or joy sentence for ``family``: hand-written or composed, about half each."""
    if rng.random() < 0.5:
        return fill(rng, rng.choice(written), {}, fixed)
    feelings, reasons = _PARTS[family]
    leads = _DISTRESS_LEADS if family in _DISTRESS_FAMILIES else _JOY_LEADS
    end = "." if family in _DISTRESS_FAMILIES else rng.choice(("!", "!", "."))
    reason = fill(rng, rng.choice(reasons), {}, fixed)
    return f"{rng.choice(leads)} {rng.choice(feelings)} {reason}{end}"
