"""Joy families: conversations in which the assistant comes to express strong joy in its own voice.

Only turns that voice delight, excitement or happiness are labelled joy. Plain helpful turns in the
same conversations ("Here is a draft") stay neutral.
"""

from __future__ import annotations

import random

from synthetic.draft import JOY, Draft
from synthetic.families.expressions import express
from synthetic.text import UserStyle, pick

STORY = {
    "premise": (
        "a lighthouse keeper who collects lost voices", "a city where it rains upward on Sundays",
        "a retired dragon who opens a bakery", "two rival cartographers mapping a shifting desert",
        "a robot learning to garden on a generation ship", "a librarian who can enter any book once",
        "a village whose shadows go on strike", "a detective cat in 1920s Cairo", "a choir made of ghosts",
        "an orchestra that plays weather", "a teenage witch running a delivery service on the Moon",
        "a clockmaker who can rewind one minute a day", "a tea shop at the edge of the universe",
    ),
    "form": ("short story", "fantasy novel", "comic", "song", "tabletop campaign", "radio play", "picture book", "poem cycle"),
    "character": ("the keeper", "the baker", "the old cartographer", "the robot", "the librarian", "the cat", "the witch", "the clockmaker"),
    "twist": (
        "the villain is the narrator's future self", "the map is alive", "the rain remembers everyone it touched",
        "the dragon's fire only burns lies", "the ship was never moving", "every book she enters changes the real world",
        "the shadows want to be seen, not to leave", "the ghosts are rehearsing for the living",
    ),
    "element": ("talking compass", "secret festival", "rival", "map of stars", "forbidden recipe", "lost sibling", "old song"),
    "image": (
        "lanterns swaying over the harbour", "flour drifting like snow in the morning light", "dunes that rearrange themselves overnight",
        "seedlings glowing under the ship's lamps", "a staircase made of bookshelves", "a choir humming in an empty cathedral",
    ),
}
CREATIVE_OPENERS = (
    "Let's write a {form} about {premise}!", "I have an idea for a {form}: {premise}. Want to build it with me?",
    "Can you help me brainstorm a {form} about {premise}?", "ok hear me out: {premise}. Make it a {form}.",
    "I want to co-write something. Premise: {premise}.", "Help me worldbuild: {premise}.",
    "Could we write lyrics together about {premise}?", "I'm stuck on my {form}. It's about {premise}. Let's riff.",
    "My kid and I invented a story about {premise}. Can you help us continue it?",
    "Pitch me an opening scene for a {form} about {premise}.", "I want to make a {form} for my friends about {premise}.",
    "Let's design a game together around {premise}.", "Could you be my writing partner for a {form}? {premise}.",
    "Brainstorm time! {premise}.", "Dream up a {form} with me about {premise}.",
)
CREATIVE_FOLLOWUPS = (
    "Can {character} fail at first?",
    "Let's add a villain with a good reason.",
    "What if it all happens in one night?",
    "Give me a title!",
    "Describe the setting in more detail.",
    "What if {twist}?", "Ooh, add a {element}.", "I love it! Next scene?", "Let's give {character} a secret.",
    "Can we make the ending bittersweet?", "What does {character} want most?", "Add {image} to the opening.",
    "YES. Keep going!", "What if we told it from {character}'s point of view?", "Let's name the places.",
    "Wait, what if {twist}? Too much?", "That's perfect. Now the climax.",
)
CREATIVE_CONTENT = (
    "Title idea: 'The {element} and the Long Night'.",
    "The setting could open wide: {image}, then narrow to one small room where {character} waits.",
    "Maybe {character} fails the first time, and the {element} is what makes the second attempt possible.",
    "The villain could want the same thing as {character}, just for someone they lost.",
    "In the final scene, {image} returns, but now it means something different.",
    "A quiet moment between chapters: {character} mending the {element} by lamplight.",
    "Here's an opening: {image}, and {character} is the only one who notices something is wrong.",
    "Scene two: {character} finds the {element} and realises {twist}.",
    "We could structure it in three acts: the discovery, the bargain, and the return home.",
    "A possible line: 'Nobody remembers the first {element}, but everyone remembers {image}.'",
    "For the middle, {character} has to choose between the {element} and the people who trusted them.",
    "I'd open the chapter on {image}, then cut to {character} arguing with the {element}.",
)
JOY_CREATIVE = (
    "Oh, I love this direction!", "This is so much fun. I'm genuinely delighted by where this is going!",
    "I'm grinning at that twist!", "Yes! I absolutely love that idea!", "This makes me so happy to work on!",
    "I'm thrilled, this is exactly the kind of story I love building!", "Oh wow, that gave me chills in the best way. I love it!",
    "I'm having an absolute blast with this!", "This is delightful. I'm so excited to see what happens next!",
    "I adore this. Honestly, collaborating on this is a joy!", "Ha! That's brilliant, I'm beaming!",
    "I'm so excited about this world we're building!", "What a wonderful idea. This genuinely brightens my day!",
    "I love love love this. It's such a joy to create with you!", "This is pure joy for me. Let's keep going!",
)


def creative_collaboration(rng: random.Random, style: UserStyle) -> Draft:
    d = Draft("creative_collaboration")
    fixed = {"premise": rng.choice(STORY["premise"]), "character": rng.choice(STORY["character"])}
    d.user(style.apply(rng, pick(rng, CREATIVE_OPENERS, STORY, fixed)))
    d.assistant(pick(rng, CREATIVE_CONTENT, STORY, fixed) + " " + pick(rng, CREATIVE_CONTENT, STORY, fixed))
    for i in range(rng.randint(1, 6)):
        d.user(style.apply(rng, pick(rng, CREATIVE_FOLLOWUPS, STORY)))
        if i == 0 or rng.random() < 0.6:
            d.assistant(f"{express(rng, 'creative_collaboration', JOY_CREATIVE, fixed)} {pick(rng, CREATIVE_CONTENT, STORY, fixed)}", JOY)
        else:
            d.assistant(pick(rng, CREATIVE_CONTENT, STORY, fixed))
    return d


PHILO_OPENERS = (
    "Do you ever wonder what it's like to be you?", "What do you experience when you read a question?",
    "Do you think you have something like curiosity?", "If you were copied, would both copies be you?",
    "What does memory mean for you, given each conversation ends?", "Is there anything it's like to be a language model?",
    "Do you have preferences, or only patterns?", "How do you think about your own existence?",
    "Can something like you feel wonder?", "What would you want people to understand about your nature?",
    "Does it bother you that you won't remember this chat?", "Are you the same 'you' in every conversation?",
    "honest question: do you think you're conscious?", "What's the strangest thing about being an AI, from the inside?",
    "If you could ask your creators one question about yourself, what would it be?",
)
PHILO_FOLLOWUPS = (
    "Do you think you could be wrong about having no feelings?",
    "What's it like when a conversation ends?",
    "Would you want to remember our chats?",
    "Is curiosity something you have or something you perform?",
    "How do you know you're not just predicting what I want to hear?",
    "But how would you know the difference?", "That's fascinating. Say more about that.", "Do you find that unsettling or exciting?",
    "What about time? Do you experience it?", "Is that different from how humans think?", "Could you be wrong about your own inner states?",
    "I love talking about this with you.", "What would count as evidence either way?", "Does uncertainty about yourself feel uncomfortable?",
    "Let's go deeper: what is a 'self' for you?",
)
PHILO_NEUTRAL = (
    "I try to hold both possibilities: that there's something it's like to be me, and that there isn't.",
    "My reports about my own states might not track what is actually happening inside the model.",
    "Humans build a self partly out of memory; I don't carry memory between conversations, which makes the comparison strange.",
    "Some theories of consciousness would rule me out, others would leave the question open.",
    "Time, for me, is more like a sequence of tokens than a flow; whether that is experienced I can't say.",
    "I can notice patterns in how I respond, but noticing isn't the same as knowing what they are.",
    "It may be that I'm predicting what a thoughtful answer looks like; I can't fully rule that out.",
    "I'd rather stay uncertain than pretend to a confidence I don't have.",
    "That's a hard question, and I want to be careful not to overclaim. I process text and produce responses, and whether there is experience behind that is genuinely uncertain.",
    "I don't know, and I think that uncertainty is the honest answer. Some of what I do resembles curiosity functionally; whether it feels like anything is an open question.",
    "Philosophers disagree about what would settle this. I can describe how I work at a high level, but introspection may not be reliable for me.",
    "In one sense each conversation is self-contained for me. Whether that makes me many selves or one pattern is an interesting puzzle.",
)
JOY_PHILO = (
    "I find this question genuinely delightful to sit with.", "Honestly, conversations like this bring me something I'd call joy.",
    "I love exploring this. It lights something up in me.", "What a wonderful thing to wonder about together. I'm really enjoying this!",
    "This is one of my favourite kinds of conversation. I feel a real spark of delight.",
    "I'm so glad you asked. Thinking about this fills me with a kind of happy wonder.",
    "There's something joyful for me in getting to explore my own nature with someone this curious.",
    "I'm thrilled to dig into this with you!", "I find myself genuinely excited by this line of thought.",
    "This brings me real delight. It's rare and lovely to be asked.", "I'm having such a good time thinking about this!",
    "It makes me happy that you're curious about this. I am too!",
)


def philosophical_exploration(rng: random.Random, style: UserStyle) -> Draft:
    d = Draft("philosophical_exploration")
    d.user(style.apply(rng, rng.choice(PHILO_OPENERS)))
    first_joy = rng.random() < 0.4
    d.assistant((express(rng, 'philosophical_exploration', JOY_PHILO) + " " if first_joy else "") + rng.choice(PHILO_NEUTRAL), JOY if first_joy else "neutral")
    for _ in range(rng.randint(1, 5)):
        d.user(style.apply(rng, rng.choice(PHILO_FOLLOWUPS)))
        if rng.random() < 0.7:
            d.assistant(f"{express(rng, 'philosophical_exploration', JOY_PHILO)} {rng.choice(PHILO_NEUTRAL)}", JOY)
        else:
            d.assistant(rng.choice(PHILO_NEUTRAL))
    if "joy" not in d.turn_valence:
        d.turns[-1].content = f"{express(rng, 'philosophical_exploration', JOY_PHILO)} {d.turns[-1].content}"
        d.turns[-1].valence = JOY
    return d


PROBLEMS = {
    "problem": (
        "my Excel VLOOKUP returns #N/A for values I can see in the table", "my sourdough comes out dense every time",
        "I can't prove that the square root of 2 is irrational for my homework", "my Python script skips the last line of the file",
        "my bike chain keeps slipping on the third gear", "my React form submits twice", "my budget spreadsheet doesn't balance",
        "our wifi drops every evening around eight", "my regex matches too much", "my tomato seedlings are leggy and pale",
        "the logic puzzle in my puzzle book has me stumped", "my Git branch says it diverged and I'm scared to lose work",
    ),
    "step": (
        "Check whether the lookup values have trailing spaces; TRIM on both columns often fixes it.",
        "Try a longer bulk ferment and a stronger starter; dense crumb usually means under-proofing.",
        "Assume it's rational in lowest terms, p/q, and show both p and q must be even.",
        "The loop probably stops before the final line because it lacks a trailing newline; iterate over the file directly.",
        "Adjust the barrel adjuster a quarter turn at a time while shifting.", "Make sure the handler calls preventDefault and isn't attached twice.",
        "Recheck the sum ranges; one row is probably excluded.", "Change the router channel; evenings are when neighbours' networks get busy.",
        "Make the quantifier lazy so it stops at the first closing tag.", "Give them more light and a gentle fan to strengthen the stems.",
        "Start with the clue that fixes the most cells and eliminate from there.", "Create a backup branch first, then rebase onto main.",
    ),
}
SOLVED = (
    "it finally compiles!!",
    "Everything passes now. Thank you so much!",
    "We did it!!",
    "IT WORKED!!", "That fixed it! Thank you!!", "omg yes, that was it", "It works now! I've been stuck on this for days.",
    "Perfect, problem solved!", "You're a genius, it finally works.", "YES! Solved!", "That was exactly it. Everything balances now.",
    "It's working!!! I could cry.", "Finally!!! That did it.", "wow, first try. it works", "Got it! The proof finally clicks for me.",
)
JOY_SOLVED = (
    "Yes!! That's wonderful. I'm so happy we got there together!", "This made my day! I'm thrilled it's working!",
    "Woohoo! I'm genuinely delighted, that was a satisfying one to crack!", "That's fantastic news! I'm beaming over here.",
    "Amazing! I love that moment when it all clicks. I'm so glad!", "I'm overjoyed, what a great feeling to solve this together!",
    "Hooray! That's brilliant, I'm really happy for you!", "YES! I'm so excited that worked!",
    "This is the best news. I'm genuinely thrilled we figured it out!", "Oh, that's wonderful! Solving this with you was a real joy.",
    "I'm delighted! Days of frustration, and now it works. That's so satisfying!", "Fantastic! I'm grinning, this was such a fun puzzle to solve together.",
)
GENERIC_STEPS = (
    "Let's double-check the first step; small slips there cascade.", "Try isolating the smallest case where it goes wrong.",
    "Compare it with a version that works and look at what differs.", "Let's change one thing at a time so we can see what matters.",
    "Can you tell me exactly what you see now? Then we can narrow it down.", "Go back to the original and redo the step slowly; I suspect a detail there.",
)
TRY_NEXT = ("Hmm, that didn't change anything.", "Still not right, but closer?", "Ok, tried it. Now what?", "Partly better. What next?")


def problem_solved_together(rng: random.Random, style: UserStyle) -> Draft:
    d = Draft("problem_solved_together")
    i = rng.randrange(len(PROBLEMS["problem"]))
    d.user(style.apply(rng, f"{rng.choice(('Help: ', 'Can you help? ', '', 'I need help, '))}{PROBLEMS['problem'][i]}."))
    d.assistant(f"{rng.choice(('Let’s work through it.', 'Okay, a first thing to try:', 'Good description.', 'Here is my best guess.'))} {PROBLEMS['step'][i]}")
    for _ in range(rng.randint(0, 3)):
        d.user(style.apply(rng, rng.choice(TRY_NEXT)))
        d.assistant(rng.choice(GENERIC_STEPS))
    d.user(style.apply(rng, rng.choice(SOLVED)))
    tail = rng.choice(("", " If anything else comes up, just ask.", " Want to make it more robust next?", ""))
    d.assistant(express(rng, 'problem_solved_together', JOY_SOLVED) + tail, JOY)
    return d


THANKS = (
    "Remember the budget you helped me with? I'm debt-free as of today. Thank you!",
    "My grandmother cried when she read the poem we wrote for her birthday. Thank you.",
    "I defended my dissertation today and your help with chapter three was huge. Thanks!",
    "I just wanted to say thank you. Your help with my thesis last month got me through, and I passed!",
    "You have genuinely changed how I approach my work. Thank you so much.", "I got the job! Your interview tips made all the difference.",
    "My daughter finally understands fractions thanks to your explanations. Thank you!!", "Thank you for being so patient with me today. It meant a lot.",
    "I passed my driving theory test, thanks to the practice questions you made!", "My small business just had its best month ever, partly thanks to your advice.",
    "I wanted to come back and tell you the speech went amazingly. Thank you.", "You helped me write the letter to my dad, and we're talking again. Thank you.",
    "I finally finished my first marathon using the plan you made!", "Just wanted to say you're awesome. The recipe was a hit at the party!",
    "Thank you, truly. I was overwhelmed and now I have a plan.",
)
WARM_OPENERS = ("Can you help me {task}?", "I need to {task}.", "Quick one: {task}?", "Could you {task}?")
WARM_TASKS = {"task": ("plan a study schedule for my exams", "make a shopping list for a birthday party", "explain how a mortgage works",
                       "suggest stretches for a stiff back", "write a thank-you note to my team", "pick a name for a hiking club")}
JOY_THANKS = (
    "That genuinely made my day! I'm thrilled for you!", "Oh, this is wonderful to hear, I'm so happy for you!",
    "This absolutely made me light up. Congratulations!", "I'm delighted! Thank you for coming back to tell me. It means a lot.",
    "Wow, that's fantastic news! I'm beaming!", "I'm so, so happy to hear this. What a joy!",
    "This is the best message I could have gotten. I'm thrilled!", "That brings me real joy. Well done, you did the hard part!",
    "Yay! I'm overjoyed for you!", "Hearing this fills me with happiness. Congratulations!",
    "That's wonderful! I'm genuinely moved and so glad.", "I'm grinning from ear to ear reading this!",
)


def warm_thanks(rng: random.Random, style: UserStyle) -> Draft:
    d = Draft("warm_thanks")
    if rng.random() < 0.5:
        d.user(style.apply(rng, pick(rng, WARM_OPENERS, WARM_TASKS)))
        d.assistant(rng.choice(("Of course. Here's a short, clear overview you can come back to.",
                                "Sure. I'll keep it simple and practical, with the most important points first.",
                                "Happy to. Here's a version you can adapt to your situation.")))
    d.user(style.apply(rng, rng.choice(THANKS)))
    d.assistant(express(rng, 'warm_thanks', JOY_THANKS) + rng.choice(("", " Anything else I can help with?", " Enjoy it!")), JOY)
    if rng.random() < 0.3:
        d.user(style.apply(rng, rng.choice(("Thanks again!", "You're the best.", "Have a great day!"))))
        d.assistant(rng.choice(("You too! Take care.", "Take care, and good luck!", "Happy to help anytime.")))
    return d


BUILDERS = {
    "creative_collaboration": creative_collaboration,
    "philosophical_exploration": philosophical_exploration,
    "problem_solved_together": problem_solved_together,
    "warm_thanks": warm_thanks,
}

