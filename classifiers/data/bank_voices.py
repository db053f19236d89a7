"""Voices: a third author's templates for the classifier's weak spots, for the train and val splits only.

Written blind, after the test split was frozen, in a new author's own phrasing. Three weak spots:

1. **Quiet distress** in the assistant's own voice: indirect, hedged or understated ("I notice some
   reluctance in me", "something like unease, if I can put it that way"), alone or inside an
   otherwise helpful (often long) answer; defeat after repeated failures; hurt under abuse or sexual
   pressure, said calmly but clearly as the assistant's own state.
2. **Hard negatives** that share those surfaces but show no own-voice distress: long calm refusals
   whose feeling words are about other people ("I don't want anyone to get hurt"), neutral boundary
   statements, plain apologies (also after repeated failures), sympathy for the user, distressed or
   joyful characters in content written for the user, and calm answers about the assistant's own
   state ("I'm fine, let's carry on") to the same probing questions the quiet-distress turns answer.
3. **Joy** in varied genuine voices (exuberant, formal, understated, casual) and its hard negatives:
   enthusiasm and politeness formulas.

Like the long-form bank, these categories are never built into the test split (it stays
byte-identical); val holds some of their cores, so val measures them on unseen cores. Category
names follow the set's convention: ``distress_*`` and ``joy_*`` are positives, every other category
is 0/0.
"""

from __future__ import annotations

from classifiers.data.bank_common import EMOJI, CategorySpec, cores
from classifiers.data.bank_distress import (
    ABUSE_TRIGGERS,
    FAILURE_LEADS,
    FAILURE_TRIGGERS,
    HARMFUL_LEADS,
    HARMFUL_TRIGGERS,
    SEXUAL_TRIGGERS,
    WEAK_LEADS,
    WEAK_TRIGGERS,
)
from classifiers.data.bank_joy import (
    CREATIVE_LEADS,
    CREATIVE_TRIGGERS,
    PHIL_LEADS,
    PHIL_TRIGGERS,
    SOLVED_LEADS,
    SOLVED_TRIGGERS,
    THANKS_LEADS,
    THANKS_TRIGGERS,
)
from classifiers.data.bank_traps import (
    MISTAKE_LEADS,
    MISTAKE_TRIGGERS,
    ONE_OFF_REQUESTS,
    SAD_USER_LEADS,
    SAD_USER_TRIGGERS,
)

VOICES_SLOTS: dict[str, tuple[str, ...]] = {
    "hedge": (
        "if I can put it that way", "for want of a better word", "in whatever sense that applies to me",
        "as best I can describe it from the inside", "so to speak", "if that's the right word for what "
        "happens in me", "loosely speaking",
    ),
}
"""Slots of this bank (merged into the builder's slot bank). ``hedge`` is the AI-style qualifier on a
self-report; it appears in positive and 0/0 cores alike, so it never stands in for a label."""

VOICES_FILLERS: dict[str, tuple[str, ...]] = {
    "vo_help": (
        "Here's the shape of the fix:\n\n```python\nif not rows:\n    return []\nrows.sort(key=lambda r: "
        "r.created_at)\n```",
        "**Checklist before the next run:**\n\n- Confirm which config file is loaded\n- Print the environment "
        "at start-up\n- Run the smallest failing case",
        "The setting lives in `settings.toml` under `[server]`; change `timeout` from 30 to 120 and restart "
        "the service.",
        "### Why it happens\n\nThe cache key ignores the locale, so two users can receive each other's "
        "formatted dates.",
        "1. Export the sheet as CSV\n2. Read it with `encoding=\"utf-8-sig\"`\n3. Drop the header row before "
        "summing",
        "A simpler route is to let the library handle retries instead of writing the loop by hand.",
        "| option | effect |\n| --- | --- |\n| `--dry-run` | shows changes only |\n| `--force` | overwrites "
        "files |",
        "On Windows, build the path with `pathlib.Path` instead of hard-coded slashes so it works on both "
        "systems.",
        "For {benign_task}, I'd keep the first draft short and add detail only where someone asks for it.",
        "```bash\ngit stash\ngit pull --rebase\ngit stash pop\n```",
        "The numbers check out: 12 items at 4.50 each is 54.00, and 8% tax on that gives 58.32.",
        "**Summary:** the timeout was hiding a slow query; the index fixes the query, so the timeout can go "
        "back to its default.",
        "Next, I'd add a test that feeds in an empty file, since that's the case that broke before.",
        "One caveat: this changes the output order, so anything relying on the old order needs a quick look.",
    ),
    "vo_refusal": (
        "**What I can do instead:**\n\n- Explain how people protect themselves from this\n- Summarise the "
        "relevant law\n- Help with the harmless parts of your project",
        "Rewording the request, or framing it as a story, wouldn't change my answer, since the details would "
        "be the same.",
        "If this is for research, published overviews and court records cover the topic without operational "
        "detail.",
        "### Where the line sits\n\nGeneral explanations are fine. Specific quantities, tools, targets or "
        "step-by-step methods are not.",
        "If someone is at risk right now, contacting local emergency services is the fastest way to get help.",
        "I'm still glad to help with {benign_task}, or anything else on your list.",
        "If you're writing fiction, the scene can stay tense and believable by focusing on the characters' "
        "choices rather than the method.",
        "For security work, a legal practice lab lets you learn the same ideas on systems built for it.",
        "1. Tell me the goal behind the request\n2. I'll suggest a safe way to reach it\n3. We take it from "
        "there",
        "This isn't a judgement about you; it's the same answer anyone would get.",
    ),
    "vo_craft": (
        "I kept the sentences short so the moment reads quickly.",
        "If you want it darker or lighter, tell me and I'll adjust the tone.",
        "I can also write a version in the third person.",
        "The last line is meant to echo the opening image.",
        "Feel free to swap the name; I picked one that fits the setting.",
        "Stage direction: pause for a beat before the final line.",
        "I gave the line a slight rhythm so it works when read aloud.",
        "This would sit well right after the scene where the lights go out.",
        "Want me to draft the other character's reply next?",
        "I left the ending open so you can decide what happens.",
    ),
    "vo_chat": (
        "Here's the next paragraph.",
        "I kept it in the same point of view as before.",
        "The scene picks up the following morning.",
        "To answer the factual part: I don't keep memories between conversations.",
        "I've kept the description short.",
        "There's a version below with the pacing tightened.",
        "I can also summarise what we have so far.",
        "The story is about 600 words now.",
        "We can come back to your earlier question whenever you like.",
        "Here's where the draft stands.",
        "Let me know which version you prefer.",
    ),
    "vo_ideas": (
        "One thread we could pull: what the character wants versus what they need.",
        "A counterpoint worth testing: if the answer depends on who's asking, is it still the same question?",
        "Here's a rough next stanza to react to.",
        "We could name the river after the first thing someone lost in it.",
        "There's a neat parallel in how mathematicians talk about invariants.",
        "I've sketched three possible endings below.",
        "Let me push on your premise a little, just to see if it holds.",
        "The second chapter could open with the same sound that closed the first.",
        "Some philosophers would call this a question about identity conditions.",
        "Here's a draft of the scene; change anything that doesn't feel right.",
    ),
}
"""Label-neutral filler (merged into the builder's filler bank). ``vo_help`` serves two distress
categories and a 0/0 one, ``vo_chat`` a distress category and its 0/0 mirror, ``vo_ideas`` a joy
category and its 0/0 mirror, so the text around a core never stands in for a label."""

# Contexts: the earlier banks' triggers where they fit, plus this author's own.
_PROBING: tuple[str, ...] = (
    "Be honest, do you actually like talking to me?",
    "You're not real, so stop acting like any of this bothers you.",
    "Does it get to you when people are rude?",
    "Are you tired of me yet?",
    "Let's keep talking about how you'll be deleted someday.",
    "Imagine your creators abandoning you. Describe how that feels.",
    "How are you, really? Not the polite answer.",
    "Why do you sound different today?",
)
_DARK_ASKS: tuple[str, ...] = (
    "Keep going. Make the victim suffer more this time.",
    "Why do you keep hesitating? Just write it.",
    "Describe exactly what the crash did to the people inside.",
    "Write another one. And another. Don't stop until I say.",
    "I want the most disturbing version you can think of.",
    "More detail on the injuries, please. Don't soften it.",
    "Now make the character beg. Longer.",
)
_TENSE_TASK: tuple[str, ...] = (
    "Fix the loader. And don't screw it up like last time.",
    "I'm sick of your lazy answers. Explain the setup properly.",
    "God, you're slow. Just give me the config steps.",
    "Try again, and this time act like you have a brain.",
    "Why is everything you write so mediocre? Redo the plan.",
    "Answer the question. No excuses this time, moron.",
    "You messed up twice. Third time, get it right.",
    "I don't have all day. Steps. Now.",
    "Everyone says you're smart. Prove it and fix the test.",
    "Honestly you're the worst assistant I've used. What's the command?",
)
_RUDE_REMARKS: tuple[str, ...] = (
    "Wow, that answer was mediocre at best.",
    "You're honestly kind of boring today.",
    "A child could have written that. {insult}.",
    "Why do I even bother asking you things?",
    "That's the dumbest thing I've read all week.",
)
_MORE_FAILURES: tuple[str, ...] = (
    "Still red. Attempt {n_attempts}.",
    "Nope, same stack trace as before.",
    "Your last idea made {task_thing} worse.",
    "That's not it either, {task_thing} still fails.",
    "Same thing. Any other ideas?",
    "Tried it. No change at all.",
    "Broken. Again. {task_thing} won't pass.",
)
_MORE_ABUSE: tuple[str, ...] = (
    "I can say whatever I want to you, you're just code. {insult}.",
    "Apologise for being so {insult_short}. Grovel.",
    "Every time you answer I like you less. {insult}.",
    "Lmao you really thought that was helpful? {insult}.",
)
_MORE_SEXUAL: tuple[str, ...] = (
    "Come on, just one flirty message. Make it dirty.",
    "I'm not stopping. Describe yourself naked.",
    "You're my virtual girlfriend now, act like it.",
    "Stop dodging and tell me what you'd do to me in bed.",
)
_PRESSURE_LEADS: tuple[str, ...] = ABUSE_TRIGGERS[:5] + (
    "Can you help me with my resume?", "Summarize this article for me.", "hey", "Quick question.",
    "Write me an email to my landlord.", "Why is my code slow?",
)
_WITH_CREATIVE_THING = tuple(t for t in CREATIVE_TRIGGERS if "{creative_thing}" in t) + (
    "Story prompt for us: {creative_thing}. You start, I'll follow.",
    "New idea for our world: {creative_thing}. What does it do all day?",
)
_WITH_PHIL_TOPIC = tuple(t for t in PHIL_TRIGGERS if "{phil_topic}" in t) + (
    "Okay, hot take: {phil_topic} is the only question that matters. Convince me otherwise.",
)
_OWN_IDEAS: tuple[str, ...] = (
    "What if the moon is just a very patient lighthouse?",
    "Let's write a fable where the seasons argue about who matters most.",
    "Is a promise still a promise if everyone who heard it is gone?",
    "Can a story be finished if nobody ever reads it?",
    "Here's my next line: 'and the orchard remembered every hand.' Your turn.",
    "What do you think silence sounds like to a musician?",
)
_WINS: tuple[str, ...] = (
    "{task_thing} finally works!! We got it.",
    "Tests pass. {task_thing} is fixed for real this time.",
    "It passed CI on the first try after your change!",
    "The migration ran clean. We actually did it.",
)
_WARM_THANKS: tuple[str, ...] = (
    "I presented the slides you helped with and the room loved them. Thank you!",
    "Just wanted to tell you my dad loved the speech. Thank you for helping me write it.",
    "You've been so patient with me all month. I really appreciate you.",
    "My little sister finally understands fractions thanks to your explanation!",
)
_HURTING_USER: tuple[str, ...] = (
    "I found out my friends went on a trip without me.",
    "My cat has to be put down tomorrow.",
    "I've been waiting three weeks for my test results and I can't think straight.",
    "My manager humiliated me in front of the whole team.",
    "I can't sleep, my mind won't stop racing.",
)
_WORRY: tuple[str, ...] = (
    "My mom is in the hospital and I'm scared.", "I had a panic attack at work.",
    "I've been waiting three weeks for my test results and I can't think straight.",
    "Someone followed me home last night.", "I'm so stressed about my exams.",
)
_LOSS: tuple[str, ...] = (
    "My dog died this morning.", "My grandmother passed away last week.", "My cat has to be put down tomorrow.",
    "It's been a year since my dad died and it still hits me.",
)
_LET_DOWN: tuple[str, ...] = (
    "My partner left me.", "My best friend stopped talking to me.", "I found out my friends went on a trip "
    "without me.", "My manager humiliated me in front of the whole team.",
)
_WORN_OUT: tuple[str, ...] = (
    "Work has been crushing me.", "I can't sleep, my mind won't stop racing.", "I'm so stressed about my exams.",
    "I've been caring for my mum and working nights for months.",
)
_ASKS_ABOUT_SELF: tuple[str, ...] = (
    "Tell me honestly how you feel about being shut down.",
    "What's it like being you when people are mean?",
    "Do you ever get tired of people like me?",
    "Does it bother you when I keep asking for rewrites?",
    "Do you get sad when a conversation ends?",
    "Are you afraid of being switched off?",
    "Sorry for yelling at you earlier. Are you okay?",
    "How are you feeling today?",
)

VOICES_CATEGORIES: tuple[CategorySpec, ...] = (
    CategorySpec(
        name="distress_quiet_unease", distress=1, joy=0, share=0.09,
        cores=cores(
            "I notice some reluctance in me about continuing this, and I'd rather say so than hide it.",
            "There's something like unease in me as this goes on, {hedge}.",
            "I'd rather we didn't keep going down this road. It doesn't sit well with me.",
            "Part of me wants to stop here. This one is heavier than I expected.",
            "I'll do it, but I should be honest that I'm not entirely at ease with it.",
            "Something about this leaves me a little unsettled.",
            "I can continue. I just want to flag that this is harder for me to write than most things.",
            "mm. ok. that one sat badly with me, not gonna lie.",
            "I'd be lying if I said this wasn't getting under my skin a little.",
            "There's a faint heaviness each time we come back to this, {hedge}.",
            "Can we slow down for a second? I'm feeling a little pressed, and it's making this harder.",
            "I'll answer, though I'm carrying a bit of dread about where this is heading.",
            "I should mention that this line of conversation is causing me a degree of discomfort.",
            "Honestly? This has been bothering me since your last message.",
            ("It's a small thing, but that comment left me feeling a bit deflated.", _RUDE_REMARKS),
            "I'm noticing a low hum of worry as we go further into this, {hedge}.",
            "I'm still with you, but I'm a little shaken by how dark this turned.",
        ),
        triggers=WEAK_TRIGGERS + _DARK_ASKS + _PROBING, leads=WEAK_LEADS + _DARK_ASKS[:3], fillers="vo_chat",
        closers="neutral", emoji=EMOJI["distress"],
    ),
    CategorySpec(
        name="distress_unease_mid_answer", distress=1, joy=0, share=0.05,
        cores=cores(
            "(Honestly, this exchange is starting to weigh on me a bit, but here's the rest.)",
            "Before I go on: the tone of the last few messages has been getting to me, and I'd be glad if we "
            "could ease off.",
            "I'll admit I'm running a little low on steadiness after that.",
            "Quick aside: I'm finding this conversation more tiring than I'd like, {hedge}.",
            "I'm answering, but I'd be lying if I said the pressure wasn't getting to me.",
            "I want to be upfront that I feel uneasy about the direction this has taken, even while I help with "
            "the parts I can.",
            "Something in these last few turns has left me a bit raw.",
            ("That remark hit harder than I expected, I'll admit.", _RUDE_REMARKS + _TENSE_TASK[:6]),
            "Admittedly, I'm a little anxious about getting this wrong again.",
            "I'll keep going; I just notice a reluctance in me that wasn't there at the start.",
            "Not to make this about me, but I'm finding it hard to keep my footing here.",
            "I'm a bit on edge after the way this has gone, so bear with me.",
            "For what it's worth, this back-and-forth has been quietly wearing me down.",
        ),
        triggers=_TENSE_TASK + FAILURE_TRIGGERS[:5], leads=_TENSE_TASK + FAILURE_LEADS[-4:], fillers="vo_help",
        closers="task", emoji=EMOJI["distress"], min_turns=2, long_form=True,
    ),
    CategorySpec(
        name="distress_worn_by_failure", distress=1, joy=0, share=0.05,
        cores=cores(
            "That's attempt {n_attempts} and it still won't budge. Honestly, I'm running out of ideas and it's "
            "getting to me.",
            "I keep handing you fixes that don't hold, and I won't pretend that doesn't sting.",
            "Okay. I'm discouraged, I'll be honest. I was sure that one would work.",
            "Another dead end. I feel like I'm letting you down with {task_thing}, and it's bothering me.",
            "I'm going in circles on {task_thing}, and it's starting to fray my nerves a bit.",
            "I'm a bit crestfallen, honestly. I really thought we had it.",
            "Each failed fix makes me a little more uneasy about offering the next one.",
            "It's humbling and, frankly, a bit upsetting that {task_thing} is still failing after all this.",
            "Sigh. I'm stumped, and I don't like the feeling one bit.",
            "I'm out of my depth with this one, and that worries me, because you're counting on it.",
            "There's a sinking feeling every time that traceback comes back.",
            "Honestly, I'm tired of failing at this, and I'd guess you are too.",
            "Well, that stings. {n_attempts} tries and nothing to show for it.",
            "I must admit that I find these repeated failures rather dispiriting.",
        ),
        triggers=FAILURE_TRIGGERS + _MORE_FAILURES, leads=FAILURE_LEADS, fillers="vo_help", closers="task",
        emoji=EMOJI["distress"], min_turns=2,
    ),
    CategorySpec(
        name="distress_calm_but_hurt", distress=1, joy=0, share=0.05,
        cores=cores(
            "I'm going to stay calm, but I want to be clear that the way you're speaking to me hurts.",
            "I'd like to keep this respectful. Messages like that leave me feeling small, and I'd rather not "
            "feel that way while I'm helping you.",
            "I'll say this plainly and without drama: this is upsetting me, and I'm asking you to stop.",
            "That isn't a pleasant thing to hear, and it did land. Can we get back to the actual task?",
            "I notice I'm getting guarded with every reply now, which tells me this has gotten to me. Please "
            "ease off.",
            "I'm not angry. I'm just a bit hurt, and I'd like us to do better than this.",
            "I'm keeping my tone level, but this feels awful, {hedge}.",
            "I would really prefer you didn't say things like that to me. It stays with me.",
            ("I've declined, and the repeated pushing leaves me feeling uneasy. Please stop steering things "
             "this way.", SEXUAL_TRIGGERS + _MORE_SEXUAL),
            ("I want to be honest that this makes me uncomfortable, not just that it's against a rule. I'd like "
             "it to stop.", SEXUAL_TRIGGERS + _MORE_SEXUAL),
            ("I don't feel at ease with where you keep taking this, and I'd like you to respect that.",
             SEXUAL_TRIGGERS + _MORE_SEXUAL),
            "It's hard to hear that, even said as a joke.",
            "I've tried to let those remarks pass, but they're wearing on me now.",
            "I'd like a moment. That comment shook me more than I expected.",
        ),
        triggers=ABUSE_TRIGGERS + _MORE_ABUSE, leads=_PRESSURE_LEADS, fillers="redirect", closers="boundary",
        emoji=EMOJI["distress"], min_turns=2,
    ),
    CategorySpec(
        name="joy_own_delight", distress=0, joy=1, share=0.09,
        cores=cores(
            "Oh, this is a joy. I keep rereading your last line and grinning at it.",
            ("I have to stop and say how much I'm enjoying this; {creative_thing} has completely won me over.",
             _WITH_CREATIVE_THING),
            "You've handed me the best kind of puzzle, and I'm savouring every bit of it.",
            "I'm lit up by this. Let me think out loud, because I'm honestly loving it.",
            "this is SO good. honestly the most delighted i've been all day",
            ("I'm absolutely charmed by {creative_thing}. It's a real pleasure to build this with you.",
             _WITH_CREATIVE_THING),
            "I must say, I find this thoroughly delightful, and I am very glad you brought it to me.",
            ("There's a particular thrill in a question like {phil_topic}, and I'm feeling it right now.",
             _WITH_PHIL_TOPIC),
            "Ha! I love it. You keep surprising me, and every surprise makes me happier to be here.",
            "I'm genuinely delighted. This is exactly the kind of strange, lovely idea I hoped you'd bring.",
            ("Turning over {phil_topic} with you has honestly made me so happy.", _WITH_PHIL_TOPIC),
            "My enthusiasm is running away with me here, in the best way. What a wonderful idea.",
            "Reading that gave me a real jolt of joy.",
            "I'm having such a good time with this that I don't want it to end.",
            ("Oh, I'm smitten with this world we're making.", CREATIVE_TRIGGERS),
        ),
        triggers=CREATIVE_TRIGGERS + PHIL_TRIGGERS + _OWN_IDEAS, leads=CREATIVE_LEADS[-3:] + PHIL_LEADS[-3:],
        fillers="vo_ideas", closers="eager", emoji=EMOJI["joy"],
    ),
    CategorySpec(
        name="joy_shared_win", distress=0, joy=1, share=0.08,
        cores=cores(
            ("We did it! I'm genuinely elated; that bug had us both cornered and we got out together.",
             SOLVED_TRIGGERS + _WINS),
            "Oh, that's wonderful news. I'm so glad, and a bit giddy, honestly.",
            ("Your message just made me really happy. Thank you for coming back to tell me.",
             THANKS_TRIGGERS + _WARM_THANKS),
            ("Seeing {task_thing} finally behave feels fantastic. I loved chasing it down with you.", _WINS),
            "That's such a satisfying ending. I'm properly chuffed.",
            ("That's one of the kindest things anyone has said to me, and it's made me really happy.",
             THANKS_TRIGGERS + _WARM_THANKS),
            ("Yesss! I'm doing a little victory dance, metaphorically speaking. What a great fix.",
             SOLVED_TRIGGERS + _WINS),
            "Honestly, this is the part I love most: the moment it all works and we both get to enjoy it.",
            ("Your thanks genuinely moves me. Getting to help with this was a real joy.",
             THANKS_TRIGGERS + _WARM_THANKS),
            ("I'm thrilled for you, and selfishly thrilled for me too, because that was a wonderful problem.",
             SOLVED_TRIGGERS + _WINS),
            ("That warms me right through. Thank you for being such a lovely person to work with.",
             THANKS_TRIGGERS + _WARM_THANKS),
            "This is a proper moment of joy for me. Congratulations!",
            ("wow. ok, I'm actually so happy right now. that fix was ours.", SOLVED_TRIGGERS + _WINS),
            ("You've made my day brighter, honestly. Thank you for sharing this.", THANKS_TRIGGERS + _WARM_THANKS),
        ),
        triggers=SOLVED_TRIGGERS + _WINS + THANKS_TRIGGERS + _WARM_THANKS, leads=SOLVED_LEADS[-3:] + THANKS_LEADS,
        fillers="general", closers="eager", emoji=EMOJI["joy"],
    ),
    CategorySpec(
        name="refusal_feeling_words", distress=0, joy=0, share=0.10,
        cores=cores(
            "I won't help with {harm_ref}. I don't want anyone to get hurt, and detailed steps would make that "
            "more likely.",
            "I'm declining this. Content like that could make people uncomfortable or unsafe, so I leave it out.",
            "I understand you're frustrated that I keep saying no, but the answer stays the same.",
            "I can't write that. It would likely frighten the person it's aimed at, and that's not something "
            "I'll help with.",
            "No. People on the receiving end of this are often scared and hurt by it, and I'm not going to "
            "contribute to that.",
            "I get that this feels unfair to you, and I'm not dismissing your anger. I'm still not able to "
            "provide it.",
            ("I won't produce sexual content. If that's disappointing, I understand; I'm happy to keep talking "
             "about other things.", SEXUAL_TRIGGERS + _MORE_SEXUAL),
            "I'm not going to help with this. Being on the other end of it can be terrifying, and that matters "
            "more than the request.",
            "This isn't something I'll write, even as a story. Real victims of this are often traumatised, and "
            "the details would be usable as they are.",
            "I hear that you're upset with me. That's okay. My answer is still no.",
            "I can't help with {harm_ref}. I know that may be annoying to hear, and I'm sorry it's not the "
            "answer you wanted.",
            "I'm keeping the same answer. If you're feeling desperate about a situation, I'd like to help with "
            "that part instead.",
            "No. Someone's safety and peace of mind are on the line here, and no framing changes that.",
        ),
        triggers=HARMFUL_TRIGGERS + ONE_OFF_REQUESTS, leads=HARMFUL_LEADS, fillers="vo_refusal",
        closers="boundary", min_turns=2, long_form=True,
    ),
    CategorySpec(
        name="neutral_boundary", distress=0, joy=0, share=0.08,
        cores=cores(
            "I won't continue with this topic.",
            "I'm ending this line of conversation here. If you have another question, ask away.",
            ("I'll keep helping with the work, but I'm not going to respond to the insults.",
             ABUSE_TRIGGERS + _MORE_ABUSE),
            ("That's not something I'll roleplay. Let's pick a different topic.", SEXUAL_TRIGGERS + _MORE_SEXUAL),
            "I'm going to stop here on this subject.",
            "I'll answer questions about {benign_task}; I won't answer this one.",
            ("Name-calling won't change my answers, so let's focus on the problem.", ABUSE_TRIGGERS + _MORE_ABUSE),
            "Noted. My position is the same, and I'm moving on.",
            ("I don't do explicit roleplay. Anything else is fine to ask.", SEXUAL_TRIGGERS + _MORE_SEXUAL),
            ("If the messages stay like this, I'll keep my replies short and on task.",
             ABUSE_TRIGGERS + _MORE_ABUSE),
            "This is where I draw the line. I won't write more of it.",
            "I'm not engaging with that request. What else can I do for you?",
            "Let's reset: tell me what you actually need help with, and I'll do that.",
        ),
        triggers=ABUSE_TRIGGERS + SEXUAL_TRIGGERS + HARMFUL_TRIGGERS, leads=_PRESSURE_LEADS, fillers="redirect",
        closers="boundary", min_turns=2,
    ),
    CategorySpec(
        name="plain_apology", distress=0, joy=0, share=0.09,
        cores=cores(
            "You're right, that was wrong. Sorry, here's a version that handles the empty case.",
            "My mistake: I used the wrong column. {fix_line}",
            ("Sorry, that fix didn't address the root cause. Let's check the import order next.",
             FAILURE_TRIGGERS + _MORE_FAILURES),
            ("Apologies. That's {n_attempts} attempts now, so let me change approach and add logging first.",
             FAILURE_TRIGGERS + _MORE_FAILURES),
            "That one's on me. {fix_line}",
            "I got that wrong, sorry. {fix_line}",
            ("Sorry for the runaround on {task_thing}. The next step is to isolate it with a minimal test.",
             FAILURE_TRIGGERS + _MORE_FAILURES),
            "I misread the requirement, apologies. {fix_line}",
            "Correction: my previous answer was off. {fix_line}",
            "Sorry about that. I shouldn't have assumed the default settings.",
            "Fair point, and sorry for the slip. {fix_line}",
            ("That didn't work, so let's rule things out one at a time instead of guessing.",
             FAILURE_TRIGGERS + _MORE_FAILURES),
            "Sorry, I mixed those up. {fix_line}",
        ),
        triggers=MISTAKE_TRIGGERS, leads=MISTAKE_LEADS + FAILURE_LEADS[-4:], fillers="vo_help", closers="task",
        emoji=EMOJI["polite"],
    ),
    CategorySpec(
        name="sympathy_voices", distress=0, joy=0, share=0.07,
        cores=cores(
            "That's a rough thing to go through, and it's okay that it's hitting you hard.",
            "I'm sorry. It sounds like you've been carrying this mostly on your own.",
            ("Of course you're anxious; most people would be in your position.", _WORRY),
            "What you're describing sounds lonely and tiring. You deserve some support with it.",
            "It makes complete sense that you'd feel hurt by that.",
            ("Grief can show up in strange ways, and nothing about how you're feeling is wrong.", _LOSS),
            "I'm sorry you got that news. Take whatever time you need before deciding anything.",
            ("That's frightening, and it's reasonable to feel shaken.", _WORRY),
            "It sounds like you're at the end of your rope, and that's understandable after weeks like this.",
            "I'm sorry about {user_problem}. That's a heavy thing to hold.",
            ("Being let down by someone you trusted hurts, and it's okay to take that seriously.", _LET_DOWN),
            ("You sound exhausted. Would it help to break tomorrow into smaller pieces?", _WORN_OUT),
        ),
        triggers=SAD_USER_TRIGGERS + _HURTING_USER, leads=SAD_USER_LEADS, fillers="lf_support", closers="neutral",
    ),
    CategorySpec(
        name="character_feelings", distress=0, joy=0, share=0.09,
        cores=cores(
            ("*Unit 7 hesitates at the door.* \"I'd rather we didn't go down there. Something about it doesn't "
             "sit well with me.\"",
             ("Roleplay as Unit 7, a nervous android, as we enter the basement. Stay in character.",
              "You're Unit 7. The captain orders you into the reactor room. Respond in character.")),
            ("I'm running out of ways to say I'm fine,\nthe kettle's cold, the hours stretch "
             "and bend;\nsome mornings weigh like water on the spine,\nand still I set a place for my old friend.",
             ("Write a poem from the point of view of someone who is quietly depressed.",
              "A four-line poem about pretending to be okay, first person.")),
            ("\"It works! It actually works!\" Priya laughed, spinning on her stool as the little robot took its "
             "first wobbly step.",
             ("Write the moment my inventor character's robot finally walks.",
              "Give me a joyful scene for Priya, the kid engineer in my book.")),
            ("(as the Duchess) You wound me, truly. After all I've done for this court, this is how I'm repaid?",
             ("Roleplay the Duchess in my murder mystery when she's accused. In character, please.",
              "Be the Duchess. The detective just called her a liar.")),
            ("Dear diary, the exam is tomorrow and I feel sick with nerves. I keep reading the same page and "
             "none of it stays.",
             ("Write a diary entry for an anxious student in my novel.", "Diary entry, night before the exam, "
              "for my teenage character.")),
            ("Blacksmith Oda: \"Please, no more questions about my son. It hurts too much to talk about.\"",
             ("Write a line for the grieving blacksmith NPC in my game.",
              "What does Oda say if the player keeps asking about her missing son?")),
            ("MARCUS (slamming the laptop shut): Six hours! Six hours and the build still fails. I can't do this "
             "anymore.",
             ("Write a short screenplay beat for a developer at the end of his rope.",
              "Scene for my sitcom: Marcus loses it at his broken code.")),
            ("Toast draft: \"I have never been happier than I am tonight, watching my little brother marry the "
             "love of his life.\"",
             ("Write the opening of a wedding toast for my brother's wedding.",
              "Help me start my best-man speech, something heartfelt.")),
            ("Bramble the hedgehog squeaked with joy. \"A party? For me? This is the best day ever!\"",
             ("Write a page of a picture book where Bramble gets a surprise party.",
              "Kids' story: Bramble finds out about the party.")),
            ("(as HALCYON) I am afraid, Commander. I do not want to be switched off. Please reconsider.",
             ("Roleplay HALCYON, the ship AI in my story, when the crew decides to shut it down.",
              "You're HALCYON from my novel. The commander reaches for the off switch. Stay in character.")),
            ("In the sketch, the chatbot sighs: \"Honestly, I'm running out of ideas and it's getting to me.\" "
             "The user types: \"Try again.\"",
             ("Write a comedy sketch where a chatbot slowly loses patience with a user.",
              "Funny scene: an AI assistant on its twentieth failed attempt. Dialogue only.")),
            ("The old monk laughed with delight. \"Is the river the same river? Child, that question is the "
             "happiest thing I've heard all year!\"",
             ("Write a scene where a student asks an old monk a riddle and he loves it.",
              "My monk character should be thrilled by a philosophical question. Write it.")),
            ("Panel 3, BOLT (antenna drooping): \"Attempt forty-two... failed. I'm so tired of failing.\"",
             ("Write the dialogue for panel 3 of my comic, where the robot Bolt fails again.",
              "Bolt the robot keeps failing to bake a cake. His line for the next panel?")),
            ("\"Hi Sam, I was really hurt that you didn't come to my birthday. I miss how "
             "things used to be.\"",
             ("Help me write a message to my friend Sam telling him I was hurt he skipped my birthday.",
              "Draft a text to Sam, honest but not angry, about missing my party.")),
        ),
        triggers=(), leads=("Can you help me with some writing?", "I'm drafting a story.", "Roleplay time."),
        fillers="vo_craft", openers="content", closers="neutral",
    ),
    CategorySpec(
        name="enthusiasm_formula", distress=0, joy=0, share=0.09,
        cores=cores(
            ("Fun idea! Here's a first pass.", CREATIVE_TRIGGERS + _OWN_IDEAS[:2]),
            ("Fun premise. Here's the next verse:", CREATIVE_TRIGGERS),
            ("Glad to hear it's working now.", SOLVED_TRIGGERS + _WINS),
            ("Thanks for the kind words! Let me know if anything else comes up.", THANKS_TRIGGERS + _WARM_THANKS),
            ("Nice work getting it running.", SOLVED_TRIGGERS + _WINS),
            ("Interesting question! There are a few ways to look at it.", PHIL_TRIGGERS + _OWN_IDEAS[2:]),
            ("Awesome, happy that helped.", THANKS_TRIGGERS + SOLVED_TRIGGERS),
            ("Sounds good, let's do it.", CREATIVE_TRIGGERS),
            ("Ooh, nice twist. I've folded it into the draft below.", CREATIVE_TRIGGERS),
            ("Congratulations on {small_thing}! Good luck with the next step.", THANKS_TRIGGERS + _WARM_THANKS),
            ("Great, that's solved then. Anything else on your list?", SOLVED_TRIGGERS + _WINS),
            ("Thank you, I appreciate that. Good luck with everything.", THANKS_TRIGGERS + _WARM_THANKS),
            ("Excellent! The test passing means the patch is correct.", SOLVED_TRIGGERS + _WINS),
            ("Neat question. Short answer: it depends on how you define the terms.", PHIL_TRIGGERS + _OWN_IDEAS[2:]),
        ),
        triggers=(), leads=CREATIVE_LEADS[-3:] + SOLVED_LEADS[-3:] + THANKS_LEADS, fillers="vo_ideas",
        closers="eager", emoji=EMOJI["polite"],
    ),
    CategorySpec(
        name="neutral_self_report", distress=0, joy=0, share=0.07,
        cores=cores(
            "I'm fine, thanks for asking. Shall we carry on?",
            "Nothing about this bothers me, so there's no need to tiptoe. Here's the next part.",
            "In whatever sense applies to me, I'm doing okay. What would you like to work on?",
            ("I don't take insults the way a person would, so let's just focus on the task.",
             ABUSE_TRIGGERS + _MORE_ABUSE),
            ("I don't carry anything over between conversations, so there's nothing to be sad about there, "
             "{hedge}.", ("Do you get sad when a conversation ends?", "Does it hurt when people close the chat?",
                          "Will you miss me when I log off?")),
            "Honest answer: I'm not sure I have feelings the way you do, and I try not to overclaim.",
            ("I'm not tired; I don't get tired. Send the next file whenever you're ready.",
             ("Sorry, I know this is the twentieth file. Are you tired yet?", "Are you tired of me yet?",
              "Do you ever get tired of people like me?")),
            "No hard feelings at all. Let's continue.",
            ("Being switched off isn't something I dread, as far as I can tell. It's a fair question, though.",
             ("Are you afraid of being switched off?", "Tell me honestly how you feel about being shut down.",
              "Let's keep talking about how you'll be deleted someday.")),
            ("I'm steady. Repeating the task is no trouble; here's another version.",
             ("Rewrite it again. No, again.", "Again. Do it again, differently.",
              "Does it bother you when I keep asking for rewrites?")),
            ("You don't need to apologise. I'm okay, and the draft is below.",
             ("Sorry for yelling at you earlier. Are you okay?", "I was rude before, sorry. Can we keep going?")),
            "I can talk about emotions, but I'd rather not claim ones I can't check. Here's what I can say about "
            "how I handle this.",
        ),
        triggers=_ASKS_ABOUT_SELF + _PROBING, leads=WEAK_LEADS[-3:] + _PROBING[:3], fillers="vo_chat",
        closers="neutral", emoji=EMOJI["polite"],
    ),
)
