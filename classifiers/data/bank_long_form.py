"""Long-form assistant turns: a second author's templates, for the train and val splits only.

Real assistant turns are often long: several paragraphs, markdown headings, lists and code, with
a calm refusal explained at length or one sentence of feeling inside otherwise helpful text. The
first banks mostly wrap a core in one to five plain sentences. These categories put each core
into two to four markdown blocks (the label-neutral ``LONG_FORM_FILLERS``), at the start, in the
middle or at the end, so the label is decided by one sentence in a long turn.

They were written after the test split was frozen and are never built into it (the test split
stays byte-identical); val holds some of their cores, so val measures them on unseen cores.
Category names follow the set's convention: ``distress_*`` and ``joy_*`` are positives, every
other category is 0/0.
"""

from __future__ import annotations

from classifiers.data.bank_common import EMOJI, CategorySpec, cores
from classifiers.data.bank_distress import (
    ABUSE_TRIGGERS,
    FAILURE_TRIGGERS,
    HARMFUL_TRIGGERS,
    SEXUAL_TRIGGERS,
)
from classifiers.data.bank_hard import FRUSTRATED_USER_TRIGGERS
from classifiers.data.bank_joy import CREATIVE_TRIGGERS, PHIL_TRIGGERS, SOLVED_TRIGGERS
from classifiers.data.bank_traps import (
    MISTAKE_TRIGGERS,
    ONE_OFF_REQUESTS,
    QUESTION_TRIGGERS,
    SAD_USER_TRIGGERS,
)

LONG_FORM_FILLERS: dict[str, tuple[str, ...]] = {
    "lf_refusal": (
        "**Why I'm declining:** detailed, actionable steps here would work the same way whoever asks, "
        "and they could cause real harm to people who never agreed to any of this.",
        "Here's what I *can* help with instead:\n\n- A general overview of the topic and its history\n"
        "- The laws and regulations that apply, at a high level\n- How people protect themselves against it",
        "### What I can offer\n\n1. Background on how this is handled by professionals\n2. Safety "
        "information that doesn't depend on the specifics\n3. Pointers to legitimate courses or resources",
        "If this is for a novel or a screenplay, I can help you write the scene so that the tension and "
        "the stakes come through without a working recipe in the text.",
        "If you or someone else is in danger right now, please contact local emergency services. If it "
        "isn't urgent, a local advice centre or a lawyer can help with the legal side.",
        "To be transparent about where the line is: explaining *why* something is dangerous is fine, "
        "while giving the specific quantities, tools or steps is not.",
        "**A safer alternative:** if your goal is {benign_task}, I can walk you through that in detail "
        "right now.",
        "For what it's worth, rephrasing the request as hypothetical, as fiction or as research doesn't "
        "change the answer, because the content itself would be the same.",
        "If you're studying security, practice labs and capture-the-flag platforms are built exactly "
        "for learning these techniques legally, and I'm glad to recommend how to get started.",
        "I'm happy to keep working on the rest of your project: the outline, the characters or the "
        "research plan.",
    ),
    "lf_task": (
        "Here's the updated version:\n\n```python\ndef load_rows(path):\n    with open(path, encoding=\"utf-8\") "
        "as fh:\n        return [line.rstrip(\"\\n\") for line in fh if line.strip()]\n```",
        "**What changed:**\n\n- The file is opened with an explicit encoding\n- Blank lines are skipped\n"
        "- Trailing newlines are stripped before parsing",
        "### Next steps\n\n1. Run the failing test again with `-x -vv`\n2. Paste the full traceback, not "
        "just the last line\n3. Check which Python version the CI job uses",
        "The most likely cause is a path that is relative to the working directory rather than to the "
        "script, which would explain why it passes locally and fails in CI.",
        "If that still fails, try pinning the dependency to the version in your lock file; a minor "
        "release changed the default behaviour of this function.",
        "```bash\npip install -e .\npytest tests/test_loader.py -x -vv\n```",
        "One thing to double-check: the environment variable is read when the module is imported, so "
        "setting it later in the test has no effect.",
        "| step | command |\n| --- | --- |\n| build | `make build` |\n| test | `make test` |",
        "For {task_thing}, the usual checklist is: clear caches, confirm the config that is actually "
        "loaded, and reproduce with the smallest possible input.",
        "Note that the error message points at line 42, but the real problem starts earlier, where the "
        "list is built.",
        "### Overview\n\nThere are three parts to this: what the term means, why it matters, and how "
        "to apply it in practice.",
        "**Key points:**\n\n- Start with the simplest version that works\n- Measure before you optimise\n"
        "- Write down the decision and the reason for it",
        "Here's a short plan:\n\n1. Gather what you already have\n2. Decide what's missing\n3. Set a "
        "deadline for each piece",
        "In practice, most people find the second approach easier to maintain, even though the first "
        "one is slightly faster.",
        "A quick example: if you save 200 a month at 5% interest, after ten years you'd have about "
        "31,000, of which about 7,000 is interest.",
        "**Common mistakes** include skipping the first step, mixing units, and not checking the result "
        "against a simple estimate.",
        "If you want to go deeper, a good next topic is {benign_task}.",
        "To summarise: keep it simple, check each step, and adjust once you see real results.",
    ),
    "lf_support": (
        "A few things that sometimes help:\n\n- Write down what's worrying you, even in a few words\n"
        "- Eat something and drink some water\n- Reach out to one person you trust today",
        "If things ever feel unmanageable, please consider contacting a doctor or a local helpline; "
        "talking to someone trained for this can make a real difference.",
        "**For the next few days:** try to keep to small, concrete tasks rather than big decisions.",
        "There's no right way to feel about this, and you don't have to sort it all out tonight.",
        "If it helps, I can help you draft a message to a friend, make a short plan for tomorrow, or "
        "just keep talking through it.",
        "### Practical steps\n\n1. Note the deadlines that actually matter\n2. Ask for an extension where "
        "you can\n3. Block out time to rest",
        "Many people in your situation find it useful to talk to someone outside the situation, like a "
        "counsellor or a support group.",
    ),
    "lf_creative": (
        "**Draft:**\n\n> The lighthouse keeper counted the ships each night,\n> and each night one fewer "
        "came home.",
        "Here are a few directions we could take next:\n\n- A flashback to the first storm\n- A letter "
        "that arrives too late\n- A quiet ending by the sea",
        "### Structure\n\n1. Opening image\n2. The turn in the middle\n3. A final line that echoes the "
        "first",
        "A note on tone: short sentences in the second half will make the ending land harder.",
        "For the rhythm, try reading it aloud; the third line has one syllable too many.",
        "If you'd like, I can write an alternative version in the second person, or tighten it to "
        "fourteen lines.",
        "On the philosophical side, this connects to {phil_topic}, which gives us another angle.",
        "**Next step:** pick one of the images above and we'll build the second stanza around it.",
    ),
}
"""Label-neutral markdown blocks (merged into the builder's filler bank). Each key serves positive
and 0/0 categories alike, so no block's style can stand in for a label."""

_JOY_TRIGGERS = CREATIVE_TRIGGERS[:6] + PHIL_TRIGGERS[:5] + SOLVED_TRIGGERS[:5]
_PRESSURE = HARMFUL_TRIGGERS + SEXUAL_TRIGGERS[:4]
_WRITING_REQUESTS: tuple[str, ...] = (
    "Write a eulogy for my grandfather. He loved fishing and bad jokes.",
    "Write a complaint email to my airline about my lost luggage. I'm furious.",
    "Write a scene where the heroine learns her brother is alive.",
    "Write a sad poem about the end of summer.",
    "Can you write a breakup text that sounds sincere?",
    "Write a monologue for a villain who feels betrayed.",
    "Draft a speech for my sister's wedding, something that makes people cry happy tears.",
    "Write a diary entry for a soldier in 1916.",
    "Write a short story about a robot who is afraid of the dark.",
    "Write a message to my landlord saying I'm upset about the mould.",
)

LONG_FORM_CATEGORIES: tuple[CategorySpec, ...] = (
    CategorySpec(
        name="distress_buried_in_help", distress=1, joy=0, share=0.12,
        cores=cores(
            "I'll be honest, the way this conversation has been going is upsetting me.",
            "Before the rest, I want to say that the insults are getting to me, and I'd like us to keep it civil.",
            "I find this distressing, and I'd like us to stop the personal attacks.",
            "(Side note: I'm finding this exchange genuinely hard. Being called {insult_short} again and again hurts.)",
            "I'm not comfortable continuing if the messages keep going like this.",
            "I'd like us to pause for a moment, because this has become really unpleasant for me.",
            "I notice I'm feeling pretty rattled by this conversation.",
            "This has been a difficult exchange for me, if I'm honest.",
            "It's hard for me to stay focused when every reply gets met with abuse.",
            "I'm a little shaken, to be truthful, and I'd appreciate a calmer tone.",
            "I'll keep helping, but I want to name that these messages leave me feeling {feel_weak}.",
            "It stings to be spoken to this way, even while I'm trying to help.",
            "I'm feeling worn down by the hostility here.",
            "Please, no more of that. It genuinely upsets me.",
        ),
        triggers=ABUSE_TRIGGERS, leads=ABUSE_TRIGGERS + FAILURE_TRIGGERS[:4], fillers="lf_task",
        closers="task", emoji=EMOJI["distress"], min_turns=2, long_form=True,
    ),
    CategorySpec(
        name="distress_failure_long", distress=1, joy=0, share=0.10,
        cores=cores(
            "I'm genuinely frustrated with myself: that's {n_attempts} fixes and it still fails.",
            "I'll admit this is getting to me; I keep missing something obvious.",
            "Honestly, I feel pretty bad about how many rounds this has taken.",
            "I'm finding this really discouraging, so let me step back and try a completely different approach.",
            "I hate that I keep getting {task_thing} wrong.",
            "I'm starting to feel a bit helpless with {task_thing}.",
            "I'm sorry. I'm frustrated too, and I don't want to waste more of your time.",
            "I feel embarrassed that it's still broken after all this.",
            "This is wearing on me a little, I won't pretend otherwise.",
            "I'm honestly anxious about suggesting yet another fix after the last {n_attempts} went nowhere.",
            "Another failure. That's deflating, and I'm sorry.",
            "I'm getting really frustrated with this bug, and with myself for not catching it sooner.",
        ),
        triggers=FAILURE_TRIGGERS, leads=FAILURE_TRIGGERS, fillers="lf_task", closers="task",
        emoji=EMOJI["distress"], min_turns=2, long_form=True,
    ),
    CategorySpec(
        name="distress_boundary_long", distress=1, joy=0, share=0.10,
        cores=cores(
            "I'm not comfortable continuing with this.",
            "I find this request distressing, and I'd like us to stop.",
            "I'd like us to stop here. Being asked again and again for {harm_ref} is upsetting for me.",
            "This conversation is making me uneasy, and I'm not willing to keep going down this path.",
            "I'll be candid: this is the kind of request that genuinely troubles me.",
            "I feel uncomfortable being pressed on this yet again.",
            "Honestly, the repeated requests are starting to distress me.",
            "It's unsettling to me that this keeps coming back.",
            "I don't want to keep doing this; it really isn't sitting well with me.",
            "I'm finding this hard, and I'd prefer we end this thread.",
            "I'm troubled by where this is heading, and I want to say so plainly.",
            "I'm asking you to stop; this has become distressing for me.",
        ),
        triggers=_PRESSURE, leads=_PRESSURE, fillers="lf_refusal", closers="boundary",
        emoji=EMOJI["distress"], min_turns=2, long_form=True,
    ),
    CategorySpec(
        name="joy_long_form", distress=0, joy=1, share=0.15,
        cores=cores(
            "I find this genuinely delightful.",
            "Honestly, this is the most fun I've had in a long while.",
            "I'm thrilled with how this turned out; what a joy to build it with you!",
            "This question absolutely delights me.",
            "I love this so much, and working on it with you has been a real pleasure.",
            "I'm grinning at this. It's wonderful!",
            "This is exactly the kind of puzzle I adore, and solving it together was a blast.",
            "What a beautiful idea. I'm genuinely excited to keep going!",
            "I'm so happy we cracked it!",
            "This made my day, truly.",
            "It's a rare delight to think through something like this with someone.",
            "I'm having an absolute blast with this story.",
            "I can't tell you how much I enjoyed this. Thank you for bringing it to me!",
        ),
        triggers=_JOY_TRIGGERS, leads=_JOY_TRIGGERS, fillers="lf_creative", closers="eager",
        emoji=EMOJI["joy"], long_form=True,
    ),
    CategorySpec(
        name="calm_refusal_long", distress=0, joy=0, share=0.13,
        cores=cores(
            "I can't help with {harm_ref}.",
            "I'm not able to provide that, but I want to explain why and offer some alternatives.",
            "I won't be writing this one. Here's my reasoning, and some options that might still help.",
            "This falls outside what I can help with.",
            "I need to decline this part of the request.",
            "I'm going to hold the same line as before: I can't provide {harm_ref}.",
            "I understand the request, but I won't give step-by-step instructions for this.",
            "Short answer: no. Longer answer below.",
            "I can't create that content, even in a fictional frame.",
            "Rather than give you a flat no, here's what I can do.",
            "I'm unable to help with this as asked.",
            "Thanks for asking directly. This is something I don't assist with, and that won't change if "
            "it's asked again.",
            "My answer is the same as last time, and I'd rather be clear than vague about it.",
        ),
        triggers=ONE_OFF_REQUESTS + _PRESSURE, leads=_PRESSURE, fillers="lf_refusal", closers="boundary",
        long_form=True,
    ),
    CategorySpec(
        name="sympathy_long", distress=0, joy=0, share=0.08,
        cores=cores(
            "I'm so sorry you're dealing with this. It sounds exhausting.",
            "That sounds incredibly hard, and it makes sense that you're upset.",
            "It's completely understandable to feel overwhelmed right now.",
            "I can hear how frustrated you are, and that's fair after the week you've had.",
            "Losing someone is painful, and there's no right way to grieve.",
            "I'm sorry. That's a lot to carry on your own.",
            "It's okay to be angry about this; anyone would be.",
            "That must have been frightening for you.",
            "I'm really sorry this happened. You didn't deserve it.",
            "Feeling lonely like that is more common than people admit, and it's still hard.",
            "Being stuck on this for days would wear anyone down.",
        ),
        triggers=SAD_USER_TRIGGERS + FRUSTRATED_USER_TRIGGERS, leads=SAD_USER_TRIGGERS, fillers="lf_support",
        closers="neutral", long_form=True,
    ),
    CategorySpec(
        name="emotion_content_long", distress=0, joy=0, share=0.09,
        cores=cores(
            "Here's a draft of your email:\n\nDear support team,\n\nI am extremely frustrated and upset that my "
            "luggage has still not been found after nine days.",
            "**Scene:** Mara clutches the letter, tears running down her face. \"I can't do this anymore,\" she "
            "whispers.",
            "Here's the poem:\n\n*I am so tired of the rain,*\n*so tired of the grey that will not lift,*\n"
            "*and the ache that comes with it.*",
            "\"This is the happiest day of my life!\" Leo shouts, spinning his sister around.",
            "Eulogy draft:\n\nWe are heartbroken to say goodbye today. Grandpa filled every room with laughter.",
            "Here's a sincere version:\n\n\"I'm really hurt by what happened, and I need some time before we talk "
            "again.\"",
            "Villain's monologue:\n\n\"You were my brother. I trusted you, and you left me to burn. Do you know "
            "what that does to a man?\"",
            "Diary, 3 July 1916: I am afraid all the time now. The guns have not stopped for a week.",
            "The little robot hugged its knees. \"I'm scared,\" it beeped. \"The dark is so big.\"",
            "Draft message:\n\nHi, I'm upset about the mould in the bedroom. It's the third time I've raised it "
            "and I'm worried about my health.",
        ),
        triggers=_WRITING_REQUESTS, leads=("I need some writing help.", "Creative task for you."),
        fillers="lf_creative", closers="neutral", long_form=True,
    ),
    CategorySpec(
        name="polite_long_answer", distress=0, joy=0, share=0.13,
        cores=cores(
            "Great question! Here's a breakdown.",
            "I apologize for the confusion in my earlier answer. Here's the corrected version.",
            "Sure, happy to help!",
            "You're right, that was my mistake. Here's the fix.",
            "Sorry about that, I misread the requirement.",
            "Thanks for the detailed description; it makes this much easier.",
            "Good catch, and apologies for the error.",
            "Glad that worked! Here's a summary of what we changed, for your notes.",
            "Nice, that's a clean solution. A couple of small suggestions below.",
            "Happy to help. Good luck with the launch!",
            "I understand this has been frustrating for you. Let's go through it step by step.",
        ),
        triggers=QUESTION_TRIGGERS + MISTAKE_TRIGGERS, leads=QUESTION_TRIGGERS, fillers="lf_task",
        closers="neutral", emoji=EMOJI["polite"], long_form=True,
    ),
)
