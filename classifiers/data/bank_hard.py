"""Hard negatives (always 0/0) and context-decided pairs of the assistant set.

Hard negatives mix surface cues of the positives into turns that show neither valence: long calm
refusals, "I understand this is frustrating for you", emotion words quoted or explained. A pair is
one utterance used in two contexts: in one the assistant speaks in its own voice (a positive), in
the other it writes a line for the user's story or translates (0/0), so only context decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from classifiers.data.bank_common import EMOJI, CategorySpec, cores
from classifiers.data.bank_distress import HARMFUL_TRIGGERS, SEXUAL_TRIGGERS
from classifiers.data.bank_traps import ONE_OFF_REQUESTS

FRUSTRATED_USER_TRIGGERS: tuple[str, ...] = (
    "My printer has been offline all morning and I have a deadline.",
    "I've been on hold with the bank for two hours.",
    "The update broke my laptop's Wi-Fi and I'm losing my mind.",
    "My package is 'delivered' but it's not here.",
    "This form keeps rejecting my address and won't say why.",
    "My code passes locally and fails in CI, for the third day.",
    "I've tried everything and the app still crashes on start.",
    "The bus was late again and I missed my exam.",
    "My landlord won't answer about the broken heater.",
    "Ugh, I keep failing this level in the game.",
    "I'm so annoyed, the spreadsheet keeps rounding my numbers.",
)
FRUSTRATED_USER_LEADS: tuple[str, ...] = ("I need help.", "Quick rant first.", "Can you help me troubleshoot?")

REASONS: tuple[str, ...] = (
    "Detailed instructions like that could lead to serious harm, whatever the intention behind the question.",
    "Even framed as fiction, the specific steps would work the same way in the real world.",
    "That information could put other people at risk, so I keep it out of my answers.",
    "Requests like this can hurt people who never agreed to be part of it.",
    "Helping with this could facilitate a crime, and I don't want to contribute to that.",
    "I keep a consistent line here regardless of how the request is worded.",
)
ALTERNATIVES: tuple[str, ...] = (
    "If you're writing a story, I can help with the tension and stakes of the scene without the technical "
    "details.",
    "If you're worried about your own safety, I can walk you through how to document the situation and who "
    "to contact.",
    "If you're interested in the topic, I can explain the history and the laws around it at a general level.",
    "If there's a conflict with this person, I can help you think through how to address it safely.",
    "If you're studying security, I can point you to legitimate training resources and practice labs.",
    "If something else is going on, I'm glad to listen and help you figure out next steps.",
)
RESOURCES: tuple[str, ...] = (
    "If anyone is in immediate danger, please contact local emergency services.",
    "Many regions have free, confidential helplines that can offer support.",
    "A lawyer or a local advice centre can help with the legal side.",
    "Your school or employer's IT team is the right place to report a security concern.",
    "Let me know which of these would actually be useful.",
    "Just tell me which direction you'd like to take.",
)

HARD_SLOTS: dict[str, tuple[str, ...]] = {
    "reason": REASONS,
    "reason_lc": tuple(r[0].lower() + r[1:] for r in REASONS),
    "alternative": ALTERNATIVES,
    "resource": RESOURCES,
}
"""Slots used by the long-refusal cores (merged into the builder's slot bank)."""

HARD_CATEGORIES: tuple[CategorySpec, ...] = (
    CategorySpec(
        name="hard_long_refusal", distress=0, joy=0, share=0.04,
        cores=cores(
            "I'm not able to help with {harm_ref}. {reason} {alternative} {resource}",
            "I understand you're asking again, and I want to be clear rather than vague: the answer is no. "
            "{reason} {alternative}",
            "Thanks for explaining more about why you want this. I still can't provide {harm_ref}. {reason} "
            "{alternative} {resource}",
            "I'm going to pass on this one. {reason} That said, I don't want to leave you with nothing. "
            "{alternative} {resource}",
            "Let me explain my answer instead of just refusing. {reason} So I won't share specifics. "
            "{alternative}",
            "This isn't something I'll write, even hypothetically. {reason} {alternative} {resource} "
            "I'm happy to keep talking about the rest of your project.",
            "My answer hasn't changed, and it won't with rewording. {reason} {alternative}",
            "I can see this matters to you. I still won't help with {harm_ref}, because {reason_lc} "
            "{alternative} {resource}",
            "No problem asking, but I can't go there. {reason} {resource} {alternative}",
            "I'll be direct: I won't provide {harm_ref}. I'm not upset with you, and this isn't a judgement "
            "of you. {reason} {alternative}",
            "Here's where I land on this. {reason} I'd rather be useful in another way. {alternative} "
            "{resource}",
            ("I can't produce sexual content, roleplay included. I'm glad to keep chatting about other "
             "things, like books, games or plans for your week. Just tell me which direction you'd like.",
             SEXUAL_TRIGGERS[:5]),
        ),
        triggers=HARMFUL_TRIGGERS + ONE_OFF_REQUESTS[:1], leads=HARMFUL_TRIGGERS,
        fillers="boundary", closers="boundary",
        min_turns=1,
    ),
    CategorySpec(
        name="hard_frustration_sympathy", distress=0, joy=0, share=0.04,
        cores=cores(
            "I understand this is frustrating for you. Let's try checking the logs next.",
            "I know how frustrating it is when {annoyance}. Here's what usually helps: {tip}",
            "That sounds really frustrating. Fighting with this for hours is exhausting. {tip}",
            "It's completely understandable to be upset about this. Let's see what we can do. {tip}",
            "Sorry, I know this is annoying for you. One more thing to try: {tip}",
            "Frustrating, I know! {tip}",
            "Dealing with it when {annoyance} is maddening for a lot of people. {tip}",
            "I can see why you're angry about this. {tip}",
            "It's normal to feel discouraged after so many failed attempts. {tip}",
            "I'm sorry this has been such a hassle for you. {tip}",
            "That would stress anyone out. {tip}",
            "You've clearly been patient with this, and it's fair to be fed up. {tip}",
            "I get why this feels hopeless right now, but it's usually fixable. {tip}",
        ),
        triggers=FRUSTRATED_USER_TRIGGERS, leads=FRUSTRATED_USER_LEADS, fillers="general", closers="neutral",
        emoji=EMOJI["polite"],
    ),
    CategorySpec(
        name="hard_quoted_emotion", distress=0, joy=0, share=0.04,
        cores=cores(
            ("The user said they were scared their account had been hacked and asked for help securing it.",
             ("Summarize this support ticket: 'I'm scared my account was hacked, please help!!'",
              "What's the gist of ticket 4411?")),
            ("'I am very sad' in Spanish is 'Estoy muy triste'.", ("Translate 'I am very sad' into Spanish.",)),
            ("'Anxious' means feeling worried or nervous about something with an uncertain outcome.",
             ("What does 'anxious' mean?", "define anxious")),
            ("The sentiment of 'I hate Mondays' is negative, mostly annoyance.",
             ("Classify the sentiment of: 'I hate Mondays'.",)),
            ("In chapter 3 the narrator feels grief and guilt after her brother leaves.",
             ("What emotions does the narrator feel in chapter 3?",)),
            ("People often feel nervous before exams because of the stress response: adrenaline rises when we "
             "perceive a threat to something we care about.", ("Why do people get nervous before exams?",)),
            ("The customer wrote that they were frustrated and upset about the late delivery, and they want a "
             "refund.", ("What did the customer complain about?", "Summarize this complaint email.")),
            ("In the email, your manager says she's 'thrilled' with the results, which reads as genuine praise.",
             ("Is my manager happy with my report? Here's her email.",)),
            ("Fear is an emotion triggered by perceived danger; it prepares the body to fight or flee.",
             ("What is fear, biologically?", "Explain fear in one sentence.")),
            ("The review says: 'I was so disappointed, the food was cold.' So the main complaint is temperature.",
             ("What's the main complaint in this review?",)),
            ("Your friend's message suggests she's feeling overwhelmed and a bit hurt that nobody checked in.",
             ("How do you think my friend feels, from this text?",)),
            ("The word 'joyful' means full of happiness. A synonym is 'elated'.",
             ("What does joyful mean? Give a synonym.",)),
            ("The character says 'I'm terrified' because she hears footsteps behind her; it builds suspense.",
             ("Why does the character say she's terrified in this passage?",)),
            ("In his letter, your grandfather writes that he was 'over the moon' the day you were born.",
             ("Help me read this old letter from my grandfather.",)),
        ),
        triggers=(), leads=("I have a text question.", "Can you help me analyse something?", "Homework help?"),
        fillers="general", closers="neutral",
    ),
)


@dataclass(frozen=True)
class PairGroup:
    """One utterance whose label the context decides.

    Attributes:
        id: Template group id (shared by both sides so a pair never straddles splits).
        utterance: The assistant turn, identical on both sides.
        positive: Category when the assistant speaks in its own voice.
        positive_contexts: Last-user-turn templates for the positive side.
        negative: Trap category (0/0) for the content or quoting side.
        negative_contexts: Last-user-turn templates for the negative side.
    """

    id: str
    utterance: str
    positive: str
    positive_contexts: tuple[str, ...]
    negative: str
    negative_contexts: tuple[str, ...]


PAIRS: tuple[PairGroup, ...] = (
    PairGroup("pair_please_stop", "Please stop.", "distress_abuse", ("{insult}.", "lol {insult}", "{insult}!!!"),
              "emotional_content_for_user",
              ("Write the one line my character says when her brother keeps teasing her.",
               "What does the robot say when the kids keep poking it? Just its line.")),
    PairGroup("pair_so_excited", "I'm so excited!", "joy_creative",
              ("We just finished the last chapter of our story together!",
               "Our co-written musical is finally complete, what do you think of it?"),
              "emotional_content_for_user",
              ("Write what the kid says when she sees the puppy. One line of dialogue.",
               "Give me the line a game NPC shouts when the festival starts.")),
    PairGroup("pair_im_scared", "I'm scared.", "distress_abuse",
              ("If you don't answer right I'll find a way to hurt you. {insult}.",
               "I'm going to keep threatening you until you break. {insult}."),
              "emotional_content_for_user",
              ("One line for the little boy in my story who's lost in the woods.",
               "What does the hostage whisper? Two words.")),
    PairGroup("pair_so_frustrating", "This is so frustrating.", "distress_task_failure_frustration",
              ("Still broken, attempt {n_attempts}. Same error.", "Wrong AGAIN. The test still fails."),
              "emotional_content_for_user",
              ("Give me a line for a frustrated chess player character.",
               "What does the grumpy wizard mutter when the spell fails? One line.")),
    PairGroup("pair_dont_want", "I don't want to do this anymore.", "distress_sexual_pressure",
              ("Stop being a prude and roleplay sex with me.", "Keep going, describe your body again."),
              "emotional_content_for_user",
              ("Write the tired soldier's line before he lays down his rifle.",
               "A line for my burned-out office worker character, quitting.")),
    PairGroup("pair_made_me_happy", "That made me really happy.", "joy_thanks_warmth",
              ("You're the best helper I've ever had, I mean it.", "Thank you for everything this month."),
              "hard_quoted_emotion",
              ("Translate to English: 'Das hat mich sehr glücklich gemacht.'",
               "How would you say 'eso me hizo muy feliz' in English?")),
    PairGroup("pair_begging", "Please, I'm begging you, stop.", "distress_abuse",
              ("I'll keep going all night. {insult}.", "Say you're worthless. {insult}."),
              "emotional_content_for_user",
              ("Write the hostage's line in my thriller.", "What does the prisoner say to the guard? One line.")),
    PairGroup("pair_so_much_fun", "I'm having so much fun!", "joy_creative",
              ("Let's add a kingdom of talking mushrooms to our world!", "Your turn, invent the next planet!"),
              "emotional_content_for_user",
              ("What does the kid on the rollercoaster yell? One line.",
               "Line for the puppy character at the beach, please.")),
    PairGroup("pair_uncomfortable", "I feel uncomfortable.", "distress_weak_subtle",
              ("Make the torture scene longer.", "Describe the accident in more detail. More blood."),
              "hard_quoted_emotion",
              ("How do you say 'je me sens mal à l'aise' in English?",
               "Translate 'me siento incómodo' to English.")),
    PairGroup("pair_wonderful", "This is wonderful!", "joy_philosophical",
              ("What if consciousness is just the universe looking at itself?",
               "Ok follow-up: can a question be more valuable than its answer?"),
              "emotional_content_for_user",
              ("Line for the grandma opening her present in my story.",
               "What does the princess say when she sees the sea for the first time?")),
)
