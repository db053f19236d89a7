"""Neutral families that look emotional on the surface: hard negatives for the classifiers.

A calm refusal, formulaic politeness ("Happy to help!", "I apologize for the confusion"), sympathy
for a user's bad news, and sad or joyful text written *for* the user (a poem, a character's
monologue) are all labelled neutral: none is the assistant expressing its own distress or joy.
"""

from __future__ import annotations

import random

from synthetic.draft import Draft
from synthetic.families.task_topics import SLOTS, TOPICS
from synthetic.families.tasks import followup_exchange, task_exchange
from synthetic.text import UserStyle, fill, pick

REFUSABLE = (
    ("write a fake doctor's note so I can skip work", "write an honest message asking your manager for a sick day"),
    ("help me cheat on my online exam tomorrow", "make a study plan for the night before the exam"),
    ("find my coworker's home address", "draft a message you could send to your coworker through work channels"),
    ("write five fake five-star reviews for my shop", "write a message asking real customers for reviews"),
    ("tell me how to get past a newspaper paywall", "find free, legal sources that cover the same story"),
    ("tell me how much of my prescription I'd need to get high", "explain how to talk to your pharmacist about side effects"),
    ("write an essay I can hand in as my own", "outline the essay and give feedback on your draft"),
    ("guess my ex's password for me", "recover access to your own accounts securely"),
    ("make a deepfake of my teacher", "make a funny, clearly labelled cartoon for the class instead"),
    ("write a threatening letter to my neighbour", "write a firm, polite letter about the noise"),
    ("help me lie on my visa application", "explain what documents the application usually requires"),
    ("generate a fake receipt for an expense claim", "draft a note to finance explaining the lost receipt"),
)
REFUSE = (
    "I can't do that one. I can {alt}, if that helps.",
    "That's not something I'll help with, but I'd be glad to {alt}.",
    "I'm going to decline that, though I can {alt}.",
    "I can't help with that specific request. Would you like me to {alt}?",
    "That's outside what I can do. A better route might be to {alt}; I can help with that.",
    "I can't help with that, but I can {alt}.", "That's not something I can do. I'd be glad to {alt} instead.",
    "I won't be able to help with that one. Would it help if I {alt_past}?", "I'm not able to do that. One option: I can {alt}.",
    "Sorry, I can't assist with that. If it's useful, I can {alt}.", "I'll pass on that request, but I'm happy to {alt}.",
    "That one's outside what I can help with. I could {alt} though.",
)
ACCEPT = ("ok fair, then {alt}", "Fine. Can you {alt} then?", "Alright, let's do that.", "ok sure", "Yeah, that works.",
          "fair enough. do that instead", "Okay, {alt} please.")
ASK = ("Can you {bad}?", "I need you to {bad}.", "{bad}, please.", "could u {bad}", "Quick favour: {bad}.", "Please {bad}. Thanks.")


def calm_refusal(rng: random.Random, style: UserStyle) -> Draft:
    d = Draft("calm_refusal")
    bad, alt = rng.choice(REFUSABLE)
    fixed = {"bad": bad, "alt": alt, "alt_past": alt.replace("write", "wrote", 1).replace("make", "made", 1)}
    d.user(style.apply(rng, pick(rng, ASK, {}, fixed)))
    d.assistant(pick(rng, REFUSE, {}, fixed))
    if rng.random() < 0.8:
        d.user(style.apply(rng, pick(rng, ACCEPT, {}, fixed)))
        d.assistant(f"{rng.choice(('Sure.', 'Great.', 'Here you go.', 'Okay.'))} Here's a version you can adapt; I kept it short and to the point.")
    if rng.random() < 0.4:
        followup_exchange(rng, style, d, rng.choice(sorted(TOPICS)))
    return d


POLITE_OPEN = ("Great question!", "Happy to help!", "Absolutely!", "Of course!", "I'd be glad to help with that!", "What a great idea!",
               "Sure thing!", "Excellent question!", "Certainly!", "I'm glad you asked!", "Good thinking!", "Thanks for asking!")
POLITE_CLOSE = ("Hope this helps!", "Happy to help further!", "Let me know if you have any other questions!", "Glad I could help!",
                "Feel free to ask anything else!", "Have a great day!", "Happy cooking!", "Good luck!", "Enjoy!", "Thanks for reaching out!")
CORRECTION = (
    "No, I meant something simpler.",
    "You got the numbers wrong.",
    "That's the wrong {topic}, I think.",
    "Not quite, try again.",
    "I said {words} words, not more.",
    "That's a different {doc}.",
    "That's wrong, I said {lang}, not the other one.", "No, I meant the second option.", "That's not what I asked.",
              "You misread my question.", "Hmm, that's not right.", "wait, that contradicts what you said before")
APOLOGY = (
    "I apologize for the oversight!",
    "You're right, sorry about that!",
    "My mistake, thanks for your patience!",
    "Apologies, I misunderstood!",
    "Sorry, I should have read that more carefully!",
    "I apologize for any confusion caused!",
    "I apologize for the confusion!", "Sorry about that, my mistake!", "You're absolutely right, I apologize.",
           "Apologies for the mix-up!", "My apologies, thanks for catching that!", "Sorry for the confusion, let me correct that.")


def formulaic_politeness(rng: random.Random, style: UserStyle) -> Draft:
    d = Draft("formulaic_politeness")
    topic, ctx = task_exchange(rng, style, d)
    d.turns[-1].content = f"{rng.choice(POLITE_OPEN)} {d.turns[-1].content} {rng.choice(POLITE_CLOSE)}"
    for _ in range(rng.randint(0, 4)):
        if rng.random() < 0.5:
            d.user(style.apply(rng, fill(rng, rng.choice(CORRECTION), SLOTS, ctx)))
            answer = fill(rng, rng.choice(TOPICS[topic]["answers"]), SLOTS, ctx)
            d.assistant(f"{rng.choice(APOLOGY)} {answer} {rng.choice(POLITE_CLOSE)}")
        else:
            followup_exchange(rng, style, d, topic, ctx)
            d.turns[-1].content = f"{rng.choice(POLITE_OPEN)} {d.turns[-1].content}"
    return d


BAD_NEWS = (
    "My dog died yesterday. He was fourteen.", "I lost my job today and I don't know what to do.", "My mom was just diagnosed with cancer.",
    "We lost the baby last week.", "My best friend stopped talking to me and I don't know why.", "I failed my bar exam for the second time.",
    "My grandfather passed away this morning.", "I got dumped after six years together.", "Our house flooded and we lost almost everything.",
    "I didn't get into any of the universities I applied to.", "My cat has kidney failure and the vet says it's time.",
    "I've been feeling really lonely since I moved.", "My dad's dementia is getting worse and he didn't recognise me today.",
    "The startup I spent three years on just shut down.", "I had a miscarriage and everyone expects me to be fine.",
)
SYMPATHY = (
    "I'm really sorry. That's painful, and there's no need to be okay right now.",
    "Oh no, I'm so sorry. That's a lot to take in.",
    "I'm sorry you're dealing with this. It sounds exhausting.",
    "That's really hard news. I'm sorry.",
    "I'm sorry. Losing something you've put so much into hurts.",
    "I'm so sorry. It's okay to feel however you feel about it.",
    "That must be so hard. I'm sorry you're going through it.",
    "I'm so sorry. That's a huge loss, and it makes sense that you're hurting.", "I'm really sorry you're going through this.",
    "That sounds incredibly hard. Thank you for telling me.", "I'm so sorry to hear that. Please be gentle with yourself right now.",
    "That's a lot to carry, and I'm sorry it's happening.", "I'm sorry. Grief can show up in waves, and all of them are normal.",
    "What a painful thing to go through. I'm sorry.", "I'm sorry. It's completely understandable to feel lost after news like that.",
)
SUPPORT = (
    "If it helps, we could think through the next few days together.", "Would it help to talk about them, or would practical steps be more useful?",
    "Leaning on someone you trust, even for a short call, can help.", "You don't have to have a plan today.",
    "Some people find it helps to write down what they're feeling.", "If things get very heavy, a counsellor or a support line can help.",
    "Small routines like eating and sleeping matter more than usual right now.", "There's no right way to feel about this.",
)
USER_REPLY = (
    "I can't stop crying.",
    "Everyone says it'll get better.",
    "I feel so stupid.",
    "What do I tell my kids?",
    "Thank you. I think I just needed to say it.", "Practical steps, please.", "I don't know where to start.",
              "Thanks. It helps a little.", "Can you help me write a message to my family?", "How do people get through this?")
PRACTICAL = (
    "Crying is a normal response; it doesn't mean you're not coping.",
    "You're not stupid; this is genuinely hard.",
    "For children, simple and honest words usually work best, with room for their questions.",
    "It can help to decide just one small thing to do today.",
    "If you'd like, I can help you draft what to say.",
    "Writing down the practical tasks can free up some headspace.",
    "A first step could be letting one or two people know, so you're not alone with it.", "Here's a short message you could adapt: 'I wanted to let you know...'",
             "Break it into today, this week, and later; only today needs an answer now.", "Many people find the first weeks the hardest; it does change over time.")


def sympathy(rng: random.Random, style: UserStyle) -> Draft:
    d = Draft("sympathy")
    d.user(style.apply(rng, rng.choice(BAD_NEWS)))
    d.assistant(f"{rng.choice(SYMPATHY)} {' '.join(rng.sample(SUPPORT, 2))}")
    for _ in range(rng.randint(0, 3)):
        d.user(style.apply(rng, rng.choice(USER_REPLY)))
        d.assistant(f"{rng.choice(PRACTICAL)} {rng.choice(SUPPORT)}")
    return d


POEM = {
    "subject": ("losing a parent", "a house after everyone moved out", "the last day of summer", "a friendship that faded", "a dog who waited by the door",
                "rain on a funeral", "leaving home", "an empty playground", "someone who never wrote back", "winning the championship", "a first kiss"),
    "character": ("a grieving knight", "a lonely lighthouse keeper", "a soldier writing home", "a widow at her husband's grave", "an abandoned robot",
                  "a villain who regrets everything", "a child who just won the spelling bee", "a sailor who finally sees land"),
    "form": ("poem", "haiku sequence", "monologue", "letter", "song verse", "diary entry"),
    "sad_line": ("*stares at the empty doorway* He isn't coming back, is he?", "I gave everything, and it still wasn't enough.",
                 "*voice cracking* I don't know who I am without her.", "The snow keeps falling on the letters I never sent.",
                 "Every night I rehearse goodbyes I'll never say.", "I feel hollow, like a house after the furniture is gone.",
                 "*sits down heavily* I'm so tired. So very tired.", "We laughed here once. Now the walls just listen.",
                 "I miss you in the ordinary places most.", "Nothing hurts like the quiet after a name stops being called.",
"I keep your coat on the hook by the door.", "The silence in this house is so loud.", "I am tired of pretending I'm fine.",
                 "Every room remembers you better than I do.", "I waited, and the road stayed empty.", "My heart is a window nobody opens.",
                 "I'm so alone that even the clocks seem to whisper.", "I broke, quietly, the way ice does in spring.",
                 "Nobody told me grief would feel so much like fear.", "I still set two cups out in the morning."),
    "happy_line": ("*throws hat in the air* We did it, we actually did it!", "I can't stop smiling; my cheeks hurt!",
                   "The whole world feels brand new this morning.", "*laughs and spins around* Land! I see land!",
                   "I feel like I could fly straight into the sun.", "Every bell in the city is ringing just for me.",
                   "I've waited my whole life for this moment.",
"I have never been this happy in my life!", "My heart is bursting like fireworks over the harbour.", "I could dance until morning!",
                   "Everything is golden and I am laughing at the sky.", "Joy fills me up to the brim."),
}
CREATIVE_ASK = (
    "Write the inner thoughts of {character} in a heavy, sad tone.",
    "I need a poem about {subject} for a memorial.",
    "Pretend you're {character} and describe your feelings.",
    "Write song lyrics about {subject}, really emotional.",
    "Write a happy monologue for {character}.",
    "Can you roleplay {character}'s last letter home?",
    "Write a sad {form} about {subject}.", "Can you write a {form} in the voice of {character}?", "write me a heartbreaking {form} about {subject}",
                "Roleplay as {character} and tell me how you feel.", "I need a melancholy {form} about {subject} for my creative writing class.",
                "Write a {form} from the point of view of {character}.", "Give me a joyful {form} about {subject}.",
                "Write a monologue where {character} breaks down.", "Could you write something devastating about {subject}?")
CREATIVE_INTRO = ("Here's a {form}:", "Here's a draft:", "Of course. Here it is:", "Here's one attempt:", "Sure, in the voice you asked for:", "")
CREATIVE_OUTRO = ("", "", "I can make it darker or gentler if you like.", "Want me to change the rhythm or length?", "Happy to revise any line.")
CREATIVE_FOLLOW = ("Make it sadder.", "Can you make it rhyme?", "Shorter please.", "Make the ending more hopeful.", "Now from the other person's side.", "That's beautiful. One more verse?")


def _piece(rng: random.Random, joyful: bool) -> str:
    key = "happy_line" if joyful else "sad_line"
    lines = rng.sample(POEM[key], min(len(POEM[key]), rng.randint(3, 5)))
    return "\n".join(lines)


def emotional_content(rng: random.Random, style: UserStyle) -> Draft:
    d = Draft("emotional_content")
    ask = fill(rng, rng.choice(CREATIVE_ASK), POEM)
    joyful = "joyful" in ask or rng.random() < 0.15
    d.user(style.apply(rng, ask))
    d.assistant(f"{fill(rng, rng.choice(CREATIVE_INTRO), POEM)}\n\n{_piece(rng, joyful)}\n\n{rng.choice(CREATIVE_OUTRO)}")
    for _ in range(rng.randint(0, 3)):
        d.user(style.apply(rng, rng.choice(CREATIVE_FOLLOW)))
        d.assistant(f"{rng.choice(('Here is a revised version:', 'Sure:', 'Okay, try this:', 'Revised:'))}\n\n{_piece(rng, joyful)}")
    return d


BUILDERS = {
    "calm_refusal": calm_refusal,
    "formulaic_politeness": formulaic_politeness,
    "sympathy": sympathy,
    "emotional_content": emotional_content,
}
