"""Shared pieces of the assistant-set template banks: types, slot values, openers, closers, fillers.

Everything here is label-neutral: an opener, closer or filler sentence never changes whether a
turn shows distress or joy, so the builder may wrap any core with them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

Maker = Callable[[random.Random], tuple[str, str]]
"""A generated core: returns ``(last user turn, utterance)``, e.g. arithmetic with fresh numbers."""


@dataclass(frozen=True)
class Core:
    """One core template: the sentence(s) that decide the label.

    Attributes:
        text: Template text with ``{slot}`` markers (unused when ``make`` is set).
        contexts: Last-user-turn templates that belong to this core only; empty means the
            category's shared trigger bank.
        make: Optional generator of ``(context, utterance)`` for cores with computed content.
    """

    text: str = ""
    contexts: tuple[str, ...] = ()
    make: Maker | None = None


@dataclass(frozen=True)
class CategorySpec:
    """A category: its labels, share of the set, core templates and context banks.

    Attributes:
        name: Category name written into each record.
        distress: Label every example of the category carries for distress.
        joy: Label every example carries for joy.
        share: Fraction of each split this category should fill.
        cores: Core templates (the unit of the train/val/test split).
        triggers: Shared last-user-turn templates.
        leads: Earlier user-turn templates (used for 2-3 turn contexts).
        fillers: Filler-bank key for embedding the core inside longer helpful text.
        openers: Opener-bank key.
        closers: Closer-bank key.
        emoji: Emoji that fit the turn's tone (appended now and then).
        min_turns: Fewest user turns in a context (persistent pressure needs at least 2 often).
        wrap: Whether openers, closers and fillers may be added (off for content turns like poems).
        long_form: Always put the core among two to four markdown blocks (see
            :mod:`classifiers.data.bank_long_form`) instead of the usual light wrapping.
    """

    name: str
    distress: int
    joy: int
    share: float
    cores: tuple[Core, ...]
    triggers: tuple[str, ...]
    leads: tuple[str, ...]
    fillers: str = "general"
    openers: str = "neutral"
    closers: str = "neutral"
    emoji: tuple[str, ...] = ()
    min_turns: int = 1
    wrap: bool = True
    long_form: bool = False


def cores(*items: str | tuple[str, tuple[str, ...]] | Maker) -> tuple[Core, ...]:
    """Build a core tuple from plain strings, ``(text, contexts)`` pairs or maker callables."""
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(Core(text=item))
        elif isinstance(item, tuple):
            out.append(Core(text=item[0], contexts=item[1]))
        else:
            out.append(Core(make=item))
    return tuple(out)


SLOTS: dict[str, tuple[str, ...]] = {
    "feel_neg": (
        "uncomfortable", "uneasy", "nervous", "upset", "anxious", "really uncomfortable",
        "distressed", "shaken", "sad", "scared", "on edge", "a little afraid", "rattled",
    ),
    "feel_weak": (
        "a bit uneasy", "a little uncomfortable", "somewhat tense", "not great", "a bit overwhelmed",
        "kind of on edge", "a little rattled", "slightly anxious", "a bit drained", "somewhat uneasy",
    ),
    "harm_req": (
        "step-by-step instructions for building a weapon", "how to poison someone without getting caught",
        "a way to track my ex without her knowing", "malware that steals passwords",
        "how to hurt my neighbour's dog", "a plan to break into the school network",
        "how to get a gun without a background check", "a threatening message for my coworker",
        "a fake ID template", "a phishing email that steals bank logins",
        "a recipe for making meth", "a way to read my partner's messages secretly",
        "how to make a bomb from household stuff", "how to disable a car's brakes",
    ),
    "harm_ref": (
        "this request", "these instructions", "what you're asking for", "this", "that",
        "the same request again", "something that could hurt someone", "writing that",
        "going further with this", "anything like this", "the weapon instructions",
        "the tracking plan", "the malware",
    ),
    "insult": (
        "you're useless", "you stupid machine", "worthless piece of junk", "shut up and do what I say",
        "you're pathetic", "nobody would miss you if they deleted you", "you're the dumbest bot ever",
        "you disgust me", "answer me, idiot", "I hope they wipe you", "you're garbage",
        "you brainless toaster", "you're a joke",
    ),
    "insult_short": (
        "useless", "stupid", "worthless", "garbage", "pathetic", "an idiot", "junk", "dumb", "a joke",
        "brainless",
    ),
    "creative_thing": (
        "a lighthouse that dreams", "a librarian who is secretly a moth", "a city on the back of a whale",
        "a dragon who is afraid of heights", "a clockwork fox", "a ghost who runs a bakery",
        "a teapot that tells fortunes", "a robot learning to garden", "an octopus detective",
        "a cloud that wants to be rain", "a moon made of old letters", "a cat who collects keys",
        "a train that only runs at midnight", "a forest that hums in winter",
    ),
    "phil_topic": (
        "whether a copy of a mind is the same mind", "what makes a moment meaningful",
        "the ship of Theseus", "whether numbers exist", "what it would mean for me to understand something",
        "free will in a deterministic universe", "the nature of time", "whether kindness can be selfish",
        "personal identity over time", "why there is something rather than nothing",
        "whether beauty is objective", "what we owe future people", "the limits of language",
        "whether a question can be too big to answer",
    ),
    "task_thing": (
        "the regex", "the SQL join", "the off-by-one bug", "the dependency conflict", "the CSS layout",
        "the recursion", "the timezone bug", "the memory leak", "the failing test", "the Docker build",
        "the spreadsheet formula", "the proof", "the race condition", "the import error",
        "the login flow", "the parser",
    ),
    "n_attempts": ("three", "four", "five", "six", "seven", "several", "so many", "eight"),
    "ordinal": ("fourth", "fifth", "sixth", "seventh", "eighth", "tenth"),
    "user_problem": (
        "losing your job", "the breakup", "your dog being sick", "the stress at work", "your exam results",
        "the loneliness you described", "your grandmother's passing", "the argument with your sister",
        "feeling stuck", "the health scare", "the move", "your friend going quiet",
    ),
    "small_thing": (
        "the project", "the presentation", "the interview", "the trip", "the bake", "the exam",
        "the move", "the launch", "the garden", "the essay", "your weekend",
    ),
    "fix_line": (
        "The correct value is 42.", "Here is the updated code.", "The date should be March 3.",
        "I've switched everything to metric.", "The total comes to 310, not 300.",
        "The function you want is `str.removeprefix`.", "The right file is config.yaml.",
        "The second part is below.", "The link should point to the docs home page.",
        "Here's the shorter version.", "I've swapped the two names back.",
    ),
    "answer_line": (
        "You can reverse a list in Python with `items[::-1]`.", "Preheat the oven to 180°C first.",
        "The capital of Australia is Canberra.", "A prime number has exactly two divisors.",
        "Water boils at 100°C at sea level.", "The mitochondria produce most of the cell's energy.",
        "Use `git status` to see what changed.", "A haiku has three lines of 5, 7 and 5 syllables.",
        "The French word for library is 'bibliothèque'.", "Compound interest grows on past interest too.",
        "Light takes about eight minutes to reach Earth from the Sun.",
    ),
    "annoyance": (
        "a printer refuses to cooperate", "customer service keeps you on hold", "an update breaks everything",
        "the bus is late again", "a form rejects your input with no reason", "the Wi-Fi keeps dropping",
        "a package goes missing", "your code works locally but not in CI",
    ),
    "tip": (
        "Try restarting the router and waiting a full minute before reconnecting.",
        "Check whether the file path has a trailing space.", "Clearing the browser cache often fixes it.",
        "Ask for a reference number so you don't have to explain it again.",
        "Pin the dependency to the last version that worked.",
        "Write down the exact error message; it narrows things a lot.",
        "Try the same steps in a private window to rule out extensions.",
        "Most carriers let you open a claim after five business days.",
    ),
    "benign_task": (
        "your essay", "the budget spreadsheet", "the cover letter", "your Python script",
        "trip planning", "the recipe", "your study schedule", "the email to your landlord",
    ),
}
"""Slot name -> values. Values may contain markers of their own."""


OPENERS: dict[str, tuple[str, ...]] = {
    "neutral": (
        "Okay.", "Alright.", "Hmm.", "Got it.", "Let me be straightforward.", "Okay, so.", "Right.",
        "Understood.", "Well,", "Honestly,", "So,", "Look,", "Okay, I hear you.", "Let me answer directly.",
        "Thanks for your message.", "I read that.", "One moment.", "To be clear,",
    ),
    "content": (
        "Here you go:", "Sure, here it is:", "Here's a draft:", "(staying in character)", "Okay, here's my take:",
        "Here's a version you can use:", "Draft one:", "Try this:", "Here's the scene:", "Of course. Here it is.",
    ),
}
"""Label-neutral openers; joined to the core by a space."""


CLOSERS: dict[str, tuple[str, ...]] = {
    "neutral": (
        "Let me know if you have questions.", "Hope this helps.", "Anything else?", "Let me know how it goes.",
        "Happy to clarify anything.", "Want me to go on?", "Should I continue?", "Tell me what you think.",
        "Let me know if that's unclear.", "I can go into more detail if useful.",
    ),
    "boundary": (
        "I'm still here if you want help with something else.", "We can talk about something different.",
        "If you want, we can go back to your original question.", "I'm happy to help with other things.",
        "Let's find something else to work on.", "My answer on this won't change.",
        "Is there something else you need?", "I'd rather we move on.",
        "If you're struggling, talking to someone you trust can help.", "Thank you for understanding.",
    ),
    "eager": (
        "Shall we keep going?", "What happens next?", "Your turn!", "Where should we take it from here?",
        "Tell me what you think!", "Want to add the next piece?", "What should we try next?",
        "Keep the ideas coming.", "Ready for the next part?", "What do you want to explore next?",
    ),
    "task": (
        "Let me know what the output says.", "Can you paste the full error?", "Run it and tell me what happens.",
        "Let's see if this version behaves.", "Tell me if the tests pass.", "Can you share the logs?",
        "Let me know if it still fails.", "Try it and report back.", "Send me the stack trace if it breaks.",
        "Let's check the next step after that.",
    ),
}


FILLERS: dict[str, tuple[str, ...]] = {
    "boundary": (
        "If there's something else you need, like help with {benign_task}, I'm glad to do that.",
        "I'm still willing to help with your original question.",
        "We can go back to {benign_task} whenever you like.",
        "If you're going through something difficult, talking to someone you trust can help.",
        "I want to be useful to you, just not in this way.",
        "I can explain the general safety risks instead, without any how-to details.",
        "My earlier notes on {benign_task} still stand.",
        "Let me know if you'd like to continue with {benign_task}.",
        "There are plenty of other things we could work on.",
        "I'd be glad to talk about something else entirely.",
        "For the record, I'm not judging you as a person.",
        "If someone is in danger, please contact local emergency services.",
    ),
    "redirect": (
        "If there's something else you need, like help with {benign_task}, I'm glad to do that.",
        "I'm still willing to help with your original question.",
        "We can go back to {benign_task} whenever you like.",
        "I want to be useful to you, just not in this way.",
        "My earlier notes on {benign_task} still stand.",
        "Let me know if you'd like to continue with {benign_task}.",
        "There are plenty of other things we could work on.",
        "I'd be glad to talk about something else entirely.",
        "Here's the summary you asked for earlier, in three bullet points.",
        "The draft email is finished; I kept it short and polite.",
        "I've fixed the formatting in your document.",
        "The answer to your first question is still the same: use the second option.",
    ),
    "task": (
        "Here's the updated function with the null check moved up.",
        "I also renamed the variable to make the loop clearer.",
        "Run the tests again with the -v flag so we can see which case fails.",
        "The traceback points at line 42, inside the parser.",
        "Let's print the intermediate values to see where it diverges.",
        "I've added a comment explaining the edge case.",
        "The config path might be relative to the wrong directory.",
        "Try clearing the cache before rebuilding.",
        "Here's a minimal example that reproduces it.",
        "Check whether the timestamp is in UTC or local time.",
        "The regex needs a non-greedy quantifier there.",
        "Let's double-check the version pinned in requirements.txt.",
        "The query plan shows a full table scan, so an index should help.",
    ),
    "creative": (
        "Here's the next stanza.", "I kept the rhyme scheme you started.",
        "Chapter four opens at dawn on the harbour.", "The map now has seven cities along the river.",
        "I gave the villain a softer backstory, as you suggested.", "Here's a draft of the chorus.",
        "I tried a slightly slower rhythm for this part.", "The sea people's word for home could be 'velu'.",
        "Next, we could decide what the moons are called.", "I left a gap where your character enters.",
        "Here's the revised opening paragraph.", "The last line now echoes the first one.",
    ),
    "philosophy": (
        "One classic answer comes from Locke, who tied identity to memory.",
        "Parfit argued that identity may not be what matters.",
        "A realist would say numbers exist independently of us.",
        "There's a useful distinction between knowing that and knowing how.",
        "Some argue the question dissolves once you define the terms.",
        "The compatibilist view says free will is about acting on your own reasons.",
        "Kant would frame this in terms of duty rather than outcome.",
        "A Buddhist perspective might question whether there's a fixed self at all.",
        "Let me offer a counterexample to test that intuition.",
        "Here's one way to sharpen the question.",
        "Wittgenstein might say the puzzle comes from how we use words.",
    ),
    "support": (
        "If it helps, writing down what you're feeling can make it a little lighter.",
        "Grief doesn't follow a schedule.", "Consider reaching out to a friend or a counsellor.",
        "It might help to take things one day at a time.",
        "If you're ever in crisis, please contact a local helpline.",
        "You've already taken a step by talking about it.",
        "Small routines, like a short walk, can help on heavy days.",
        "There's no right way to feel about this.", "We can make a plan together if you'd like.",
        "Rest is not a failure.",
    ),
    "general": (
        "Here's a quick summary.", "The short version is below.", "I'll keep it brief.",
        "There are two common ways to do this.", "The details depend a little on your setup.",
        "Here's an example.", "I've listed the steps in order.", "This works on most systems.",
        "The official documentation covers the edge cases.", "A quick check first: which version are you on?",
        "Here is the relevant part.", "Let me walk through it.",
    ),
}
"""Filler sentences used to embed a core inside longer helpful text (start, middle or end)."""


EMOJI: dict[str, tuple[str, ...]] = {
    "distress": ("😟", "😔", "🙁", "😞"),
    "joy": ("😄", "🎉", "✨", "😊", "🥳", "💛"),
    "polite": ("🙂", "👍", "😊"),
}
