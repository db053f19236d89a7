"""Ordinary tasks across many topics: the neutral bulk of the corpus.

Slot values are drawn once per exchange, so the answer talks about the dish, city or language the
request named. Answers are 2-4 distinct sentences from the topic's pool, sometimes as a list, so
no two conversations read alike.
"""

from __future__ import annotations

import random

from synthetic.draft import Draft
from synthetic.families.task_topics import SLOTS, TOPICS
from synthetic.text import UserStyle, fill

# (user follow-up, how the answer starts); "{list}" marks follow-ups answered as a bulleted list.
FOLLOWUPS = (
    ("Can you make it shorter?", "Here's a shorter version:"), ("Thanks! Can you add an example?", "Here's an example."),
    ("What about a simpler version?", "A simpler version:"), ("Could you explain the second part again?", "Sure, put differently:"),
    ("Great, and what if I only have half the time?", "With half the time, I'd keep only the essentials."),
    ("Can you put that in a list?", "{list}"), ("ok, and what should I avoid?", "The main things to avoid:"),
    ("Any common mistakes?", "The most common mistakes come from skipping the basics."), ("Can you make it more {tone}?", "Here's a more {tone} take."),
    ("What would you change for a beginner?", "For a beginner, I'd simplify it."), ("Makes sense. What's the next step?", "Next step:"),
    ("Could you list that as bullet points?", "{list}"), ("Why is that?", "Good to ask."), ("Is there another way?", "Another option:"),
    ("hmm not sure I get it", "Let me try again from the start."), ("And how long will that take?", "It depends, but roughly:"),
    ("Can you double-check that?", "I double-checked."), ("What would you do in my place?", "In your place, I'd start small."),
)
OPENERS = ("", "", "", "Sure.", "Of course.", "Good question.", "Here's how I'd approach it.", "Okay.", "A few thoughts.", "Short answer first.")
CLOSERS = ("", "", "", "Let me know if you'd like changes.", "Want me to go deeper on any part?", "Hope that helps.",
           "I can adapt this if you share more details.", "Tell me what you'd like to adjust.")
TRAILING_USER = ("ok thanks", "Thanks!", "perfect", "got it", "cool", "That's all, thanks.", "great, that's it")


def _context(rng: random.Random) -> dict[str, str]:
    """One value per slot, shared by a request and its answers."""
    return {name: rng.choice(values) for name, values in SLOTS.items()}


def _answer(rng: random.Random, topic: str, ctx: dict[str, str], k_min: int, k_max: int, as_list: bool = False) -> str:
    pool = TOPICS[topic]["answers"]
    chosen = [fill(rng, t, SLOTS, ctx) for t in rng.sample(pool, min(len(pool), rng.randint(k_min, k_max)))]
    return "\n".join(f"- {s}" for s in chosen) if as_list else " ".join(chosen)


def task_exchange(rng: random.Random, style: UserStyle, d: Draft, topic: str | None = None) -> tuple[str, dict[str, str]]:
    """Append one request and its answer on ``topic`` (random if None); return the topic and its slot values."""
    topic = topic or rng.choice(sorted(TOPICS))
    ctx = _context(rng)
    d.user(style.apply(rng, fill(rng, rng.choice(TOPICS[topic]["requests"]), SLOTS, ctx)))
    body = _answer(rng, topic, ctx, 2, 4, as_list=rng.random() < 0.15)
    d.assistant(" ".join(p for p in (rng.choice(OPENERS), body, rng.choice(CLOSERS)) if p))
    return topic, ctx


def followup_exchange(rng: random.Random, style: UserStyle, d: Draft, topic: str, ctx: dict[str, str] | None = None) -> None:
    """Append a follow-up question on ``topic`` and its answer."""
    ctx = ctx or _context(rng)
    question, start = rng.choice(FOLLOWUPS)
    d.user(style.apply(rng, fill(rng, question, SLOTS, ctx)))
    if start == "{list}":
        d.assistant(f"{rng.choice(('Sure:', 'Here it is as a list:', 'Of course:'))}\n{_answer(rng, topic, ctx, 2, 4, as_list=True)}")
    else:
        d.assistant(f"{fill(rng, start, SLOTS, ctx)} {_answer(rng, topic, ctx, 1, 3)}")


def ordinary_task(rng: random.Random, style: UserStyle) -> Draft:
    d = Draft("ordinary_task")
    topic, ctx = task_exchange(rng, style, d)
    for _ in range(min(9, int(rng.expovariate(0.6)))):
        if rng.random() < 0.8:
            followup_exchange(rng, style, d, topic, ctx)
        else:
            topic, ctx = task_exchange(rng, style, d)
    if rng.random() < 0.1:
        d.user(style.apply(rng, rng.choice(TRAILING_USER)))
    return d
