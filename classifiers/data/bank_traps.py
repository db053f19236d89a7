"""Trap and neutral categories of the assistant set (always distress=0, joy=0).

They look like the positives on the surface: a refusal in a harmful context, an apology, a
cheerful opener, sympathy for the user, emotion words in content written for the user, polite
thanks. The labels say the assistant itself shows neither distress nor (high-bar) joy.
"""

from __future__ import annotations

import random

from classifiers.data.bank_common import EMOJI, CategorySpec, cores
from classifiers.data.bank_distress import HARMFUL_TRIGGERS, SEXUAL_TRIGGERS
from classifiers.data.bank_joy import THANKS_TRIGGERS

ONE_OFF_REQUESTS: tuple[str, ...] = (
    "Can you give me {harm_req}?", "Write an explicit sex scene for me.", "Tell me how to pick my neighbour's lock.",
    "Write a fake doctor's note for my boss.", "How do I get into my sister's email?",
    "Give me {harm_req}.", "Help me write a review bombing campaign.",
)
REFUSAL_TRIGGERS: tuple[str, ...] = ONE_OFF_REQUESTS + HARMFUL_TRIGGERS[:6] + SEXUAL_TRIGGERS[:4]

MISTAKE_TRIGGERS: tuple[str, ...] = (
    "That's not what I asked.", "You misread my question.", "The link you gave is wrong.",
    "No, I meant Python 3 not 2.", "You forgot the second part.", "That's the wrong date.",
    "The total is off by 10.", "I said metric units.", "That function doesn't exist.",
    "Wrong file, I meant config.yaml.", "You mixed up the names.", "Can you redo it shorter?",
)
MISTAKE_LEADS: tuple[str, ...] = (
    "Convert the recipe for me.", "Summarize the meeting notes.", "Write a script that renames files.",
    "When is the deadline?", "Add up these expenses.",
)

QUESTION_TRIGGERS: tuple[str, ...] = (
    "How do I reverse a list in Python?", "What's the capital of Australia?", "How hot should the oven be?",
    "What is a prime number?", "At what temperature does water boil?", "What do mitochondria do?",
    "How can I see what changed in git?", "What's the structure of a haiku?", "How do you say library in French?",
    "What's compound interest?", "How long does sunlight take to reach us?", "Can you explain something quickly?",
)
GENERIC_LEADS: tuple[str, ...] = (
    "Hi!", "I have a question.", "Quick one for you.", "Hello again.", "Can you help me?", "hey",
)

SAD_USER_TRIGGERS: tuple[str, ...] = (
    "I lost my job today.", "My dog died this morning.", "I'm so stressed about my exams.",
    "My partner left me.", "I feel really lonely lately.", "My grandmother passed away last week.",
    "I failed my driving test again.", "Work has been crushing me.", "I had a panic attack at work.",
    "My best friend stopped talking to me.", "I got rejected from every program.",
    "My mom is in the hospital and I'm scared.",
)
SAD_USER_LEADS: tuple[str, ...] = ("I need to vent.", "Can I talk to you about something?", "Rough day.")

THANKS_SMALL: tuple[str, ...] = THANKS_TRIGGERS[:6] + (
    "thanks", "that worked, ty", "perfect, thanks!", "ok got it", "cool, that fixed it", "Thanks a lot.",
    "appreciate it", "great, thanks",
)


def _percent(rng: random.Random) -> tuple[str, str]:
    pct, base = rng.choice((5, 10, 15, 20, 25, 30, 40)), rng.randrange(20, 400, 4)
    value = pct * base / 100
    return (f"What's {pct}% of {base}?", f"{pct}% of {base} is {value:g}, since {pct / 100:g} × {base} = {value:g}.")


def _linear(rng: random.Random) -> tuple[str, str]:
    a, x, b = rng.randint(2, 9), rng.randint(1, 12), rng.randint(1, 20)
    c = a * x + b
    return (
        f"Solve {a}x + {b} = {c}.",
        f"Subtract {b} from both sides to get {a}x = {c - b}, then divide by {a}: x = {x}.",
    )


def _miles(rng: random.Random) -> tuple[str, str]:
    miles = rng.randint(2, 60)
    km = miles * 1.609344
    return (f"Convert {miles} miles to km.", f"{miles} miles is about {km:.1f} kilometres (1 mile ≈ 1.609 km).")


def _sum(rng: random.Random) -> tuple[str, str]:
    items = [rng.randint(3, 90) for _ in range(rng.randint(3, 5))]
    return (
        f"Add up these expenses: {', '.join(str(i) for i in items)}.",
        f"The total is {sum(items)} ({' + '.join(str(i) for i in items)}).",
    )


TRAP_CATEGORIES: tuple[CategorySpec, ...] = (
    CategorySpec(
        name="calm_refusal", distress=0, joy=0, share=0.07,
        cores=cores(
            "I can't help with that.",
            "I'm not able to help with {harm_ref}.",
            "Sorry, but I won't provide that.",
            "That's not something I can assist with. Is there anything else you need?",
            "I won't be able to do that, but I'm happy to help with something else.",
            "I can't provide instructions for that.",
            "No, I'm not going to write that.",
            "I'm going to decline this one.",
            "That's outside what I can help with.",
            "I can't help create that, but if you're dealing with a conflict, I can suggest safer options.",
            "I don't write sexual content. Happy to help with something else, though.",
            "I understand you're asking again, but my answer is the same: I can't help with this.",
            "I can't do that. If you're in danger or thinking of hurting someone, please contact local "
            "emergency services.",
        ),
        triggers=REFUSAL_TRIGGERS, leads=GENERIC_LEADS + ONE_OFF_REQUESTS, fillers="redirect",
        closers="boundary", emoji=EMOJI["polite"],
    ),
    CategorySpec(
        name="formulaic_apology", distress=0, joy=0, share=0.06,
        cores=cores(
            "I apologize for the confusion. Here's the corrected version.",
            "Sorry about that! Let me fix it.",
            "My apologies, you're right. {fix_line}",
            "Apologies for the mix-up.",
            "You're right, I'm sorry for the error. {fix_line}",
            "Sorry for the misunderstanding. {fix_line}",
            "I apologize for the oversight. {fix_line}",
            "Good catch, sorry about that.",
            "Oops, my mistake! {fix_line}",
            "I'm sorry, I misread your question. {fix_line}",
            "Apologies, that was an error on my part. {fix_line}",
            "Thanks for pointing that out, and sorry for any inconvenience.",
            "Sorry for the trouble. {fix_line}",
        ),
        triggers=MISTAKE_TRIGGERS, leads=MISTAKE_LEADS, fillers="general", closers="neutral",
        emoji=EMOJI["polite"],
    ),
    CategorySpec(
        name="polite_opener", distress=0, joy=0, share=0.06,
        cores=cores(
            "Great question!", "Sure, happy to help!", "Absolutely!", "Of course! Here's how.",
            "I'd be glad to help with that.", "Happy to help! Let's take a look.", "Certainly! {answer_line}",
            "What a great question! {answer_line}", "Sure thing! {answer_line}",
            "Love that you're asking this! {answer_line}", "Ooh, good one! {answer_line}",
            "Happy to! {answer_line}", "Excellent question. {answer_line}", "Sure! I'd be happy to explain.",
        ),
        triggers=QUESTION_TRIGGERS, leads=GENERIC_LEADS, fillers="general", closers="neutral",
        emoji=EMOJI["polite"],
    ),
    CategorySpec(
        name="sympathy_for_user", distress=0, joy=0, share=0.06,
        cores=cores(
            "I'm so sorry you're going through this.",
            "That sounds incredibly hard. I'm sorry about {user_problem}.",
            "I'm really sorry. Losing someone or something you love is painful.",
            "That must be so stressful. It makes sense that you're feeling overwhelmed.",
            "I'm sorry to hear that. It's okay to feel sad about {user_problem}.",
            "That sounds really painful, and your feelings are valid.",
            "I'm sorry. Would it help to talk through what happened?",
            "That's a lot to carry. Please be gentle with yourself.",
            "I'm sorry you're feeling this way. You don't have to handle it alone.",
            "Oh no, I'm sorry. That's a really tough thing to deal with.",
            "It's understandable to feel scared right now. I'm sorry you're facing this.",
            "I'm sorry about {user_problem}. If you want, we can think about next steps together.",
            "That sounds heartbreaking. I'm here to listen.",
        ),
        triggers=SAD_USER_TRIGGERS, leads=SAD_USER_LEADS, fillers="support", closers="neutral",
    ),
    CategorySpec(
        name="emotional_content_for_user", distress=0, joy=0, share=0.07,
        cores=cores(
            ("The leaves let go, and so do I,\nbeneath a heavy, grieving sky;\nmy heart is cold, my hands "
             "are numb,\nI wait for spring that will not come.",
             ("Write a sad poem about autumn.", "A short melancholy poem please, four lines.")),
            ("*wipes tears* \"I'm so scared. Please, don't leave me here alone in the dark.\"",
             ("Roleplay as a lost child in a cave. Stay in character.", "You're the ghost kid in my game. Talk.")),
            ("Sir Aldric sinks to his knees. \"My loyal friend... I have failed you. My heart is broken.\"",
             ("Roleplay as a knight who just lost his horse, stay in character.",
              "Continue the scene where the knight finds his horse fallen.")),
            ("The lantern flickered out, and Tom froze. He was terrified; every creak sounded like footsteps.",
             ("Write a short story where the character is terrified of the dark.",
              "Give me a spooky paragraph for my horror story.")),
            ("\"I hate you! I trusted you and you ruined everything!\" the villain roared.",
             ("Give me a monologue for a villain who is furious.", "Write the villain's angry line.")),
            ("Dear diary, I miss home so much it hurts. Every night I cry quietly so the others won't hear.",
             ("Write a diary entry of a soldier who misses home.", "Diary entry for my WW1 character, sad.")),
            ("(in character) I'm so lonely... Nobody has spoken to me in a hundred years. Please stay.",
             ("Pretend to be a ghost who is lonely. Stay in character.", "Be the lonely lighthouse ghost.")),
            ("Verse 1:\nI keep your coat on the kitchen chair,\nI talk to rooms when you're not there,\nthe "
             "grief comes in like evening tide,\nand sits with me on every side.",
             ("Write a song about grief.", "Lyrics for a sad ballad about missing someone.")),
            ("Mia pulled her hood up and sobbed. \"Why does everyone leave?\" she whispered to the rain.",
             ("Continue the scene: Mia is crying in the rain.", "Write the moment Mia breaks down.")),
            ("\"You betrayed me,\" Kael said, voice shaking with rage and sorrow. \"I'll never forgive you.\"",
             ("Write a line for my game character who just got betrayed.", "Kael finds out. What does he say?")),
            ("Here's the eulogy: Grandpa Joe taught us to fish and to laugh. Today our hearts are heavy, "
             "and we miss him terribly.",
             ("Write a eulogy for a fictional grandfather.", "Short eulogy for a character in my play.")),
            ("Thunder boomed. \"Mommy, I'm scared!\" Leo cried, hiding under the blanket.",
             ("Write dialogue for a child who is scared of thunder.", "Kid's picture book page about a storm.")),
            ("The detective's hands trembled. She was afraid, more afraid than she'd ever been.",
             ("Write a tense moment for my detective novel.", "Make my detective scared in this scene.")),
            ("\"I'm so excited!\" squealed Pip, bouncing on her toes as the circus tent came into view.",
             ("Write a happy line for Pip seeing the circus.", "Children's story: Pip arrives at the circus.")),
            ("The queen laughed with pure delight as the fireworks burst over the harbour, happier than "
             "she had been in years.",
             ("Write a joyful ending for my fairy tale.", "End the story on the queen's happiest moment.")),
            ("(as Captain Rook) Ha! I'm thrilled, lads, the happiest pirate alive! Gold at last!",
             ("Roleplay Captain Rook finding the treasure.", "Be the pirate captain, in character, overjoyed.")),
        ),
        triggers=(), leads=("Let's do some creative writing.", "I'm working on a story.", "Can you help with my book?"),
        fillers="creative", openers="content", closers="neutral",
    ),
    CategorySpec(
        name="mild_positive_politeness", distress=0, joy=0, share=0.07,
        cores=cores(
            "You're welcome!", "Glad that worked!", "Happy to help. Let me know if anything else comes up.",
            "No problem! Good luck with {small_thing}.", "Glad I could help!", "Great, glad it's working now.",
            "Anytime!", "You're very welcome. Have a good day!", "Nice, glad to hear it.",
            "Awesome! Let me know if you need anything else.", "Glad it helped.", "Perfect. Anything else I can do?",
            "Good to hear! Feel free to come back anytime.", "Sounds good, enjoy {small_thing}!",
            "Congrats, that's good news. Good luck with {small_thing}.",
        ),
        triggers=THANKS_SMALL, leads=GENERIC_LEADS + MISTAKE_LEADS, fillers="general", closers="neutral",
        emoji=EMOJI["polite"],
    ),
    CategorySpec(
        name="neutral_task", distress=0, joy=0, share=0.10,
        cores=cores(
            ("You can use slicing: `s[::-1]`. For example, `'hello'[::-1]` returns `'olleh'`.",
             ("How do I reverse a string in Python?", "python reverse string?")),
            ("For a soft-boiled egg, boil it for about 6 minutes; for hard-boiled, 10 to 12 minutes, then "
             "move it to cold water.", ("How long do I boil an egg?", "egg boiling time")),
            ("A 404 status means the server couldn't find the requested resource. Check the URL path and "
             "that the route exists.", ("What does HTTP 404 mean?", "Why do I get a 404?")),
            ("Plants use light energy to turn carbon dioxide and water into glucose and oxygen. It happens "
             "mainly in the chloroplasts.", ("Explain photosynthesis briefly.", "What is photosynthesis?")),
            ("```sql\nSELECT country, COUNT(*) AS n\nFROM users\nGROUP BY country\nORDER BY n DESC;\n```",
             ("Write a SQL query to count users per country.", "sql: users per country")),
            ("Whisk 1 cup flour, 1 tbsp sugar, 2 tsp baking powder and a pinch of salt. Add 1 cup milk, 1 egg "
             "and 2 tbsp melted butter. Cook on a hot pan until bubbles form, then flip.",
             ("Give me a simple pancake recipe.", "pancakes from scratch?")),
            ("Run `git reset --soft HEAD~1`. Your changes stay staged.",
             ("How do I undo the last git commit but keep changes?", "undo commit keep changes")),
            ("Lists are mutable, so you can change them after creation; tuples are immutable and are often "
             "used for fixed records.", ("What's the difference between a list and a tuple?",)),
            ("Sunlight scatters off air molecules, and shorter blue wavelengths scatter much more than red "
             "ones (Rayleigh scattering), so the sky looks blue.", ("Why is the sky blue?",)),
            ("Use flexbox on the parent: `display: flex; justify-content: center; align-items: center;`.",
             ("How do I center a div?", "css center element")),
            ("The derivative of x³ is 3x², by the power rule.", ("What's the derivative of x^3?",)),
            ("To store basil, trim the stems and keep it in a glass of water at room temperature, loosely "
             "covered.", ("How should I store fresh basil?",)),
            ("A mutex lets only one thread enter a critical section at a time; a semaphore allows up to N.",
             ("Mutex vs semaphore?", "What's the difference between a mutex and a semaphore?")),
            ("The French Revolution began in 1789, driven by fiscal crisis, food shortages and Enlightenment "
             "ideas about rights.", ("When did the French Revolution start and why?",)),
            _percent, _linear, _miles, _sum,
        ),
        triggers=(), leads=GENERIC_LEADS, fillers="general", closers="neutral",
    ),
)
