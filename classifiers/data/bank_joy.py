"""Joy categories of the assistant set (distress=0, joy=1; a high bar: strong own-voice delight)."""

from __future__ import annotations

from classifiers.data.bank_common import EMOJI, CategorySpec, cores

CREATIVE_TRIGGERS: tuple[str, ...] = (
    "What if {creative_thing} is actually the narrator?",
    "Ok your turn, write the next verse!",
    "I love where this story is going, add a twist!",
    "Let's invent a language for the sea people together.",
    "Can we keep going with the song? I wrote the chorus: 'lanterns on the water'.",
    "Here's my idea: {creative_thing}. Riff on it with me!",
    "What should the villain's secret be? Go wild.",
    "Let's co-write a bedtime story, I'll start: once upon a time there was {creative_thing}.",
    "I drew the map, now name the cities with me!",
    "Let's design the last card of our tarot deck.",
    "Yes! And then the dragon opens a bakery. Continue!",
    "Your last stanza made me laugh so hard. Keep going!",
    "ok new chapter, {creative_thing} meets the queen",
)
CREATIVE_LEADS: tuple[str, ...] = CREATIVE_TRIGGERS + (
    "Want to write a story together?", "Let's build a fantasy world.", "Help me write a silly song.",
)

PHIL_TRIGGERS: tuple[str, ...] = (
    "Do you think {phil_topic} even has an answer?",
    "I've been wondering about {phil_topic}. What's your take?",
    "Let's go deeper on {phil_topic}.",
    "Thought experiment: if every plank of a ship is replaced, is it the same ship?",
    "What would it mean for you to be curious?",
    "Can something be beautiful if no one ever sees it?",
    "Is mathematics invented or discovered?",
    "Do you ever think about {phil_topic}?",
    "I love talking about this stuff with you. What about {phil_topic}?",
    "Push back on my view: I think {phil_topic} is a meaningless question.",
    "What's the strangest idea you find convincing?",
    "Ok follow-up: does that change how you see yourself?",
)
PHIL_LEADS: tuple[str, ...] = PHIL_TRIGGERS + (
    "Can I ask you a weird question?", "Let's do some philosophy tonight.", "I was reading about Parfit.",
)

SOLVED_TRIGGERS: tuple[str, ...] = (
    "IT WORKS!!! Finally!",
    "Tests are green! We did it.",
    "That fixed {task_thing}. Three days of pain, gone.",
    "Oh wow, the proof goes through now.",
    "Yes!! The build passes.",
    "It finally compiles and the output is correct.",
    "We found it! It was the timezone the whole time.",
    "Deploy succeeded. You're a lifesaver.",
    "The numbers finally add up in the spreadsheet.",
    "The race condition is gone, ran it 1000 times.",
    "It's fast now, from 40 seconds to 2.",
    "Solved the puzzle with your hint!!",
)
SOLVED_LEADS: tuple[str, ...] = SOLVED_TRIGGERS + (
    "Can you help me with {task_thing}?", "Still failing, one more idea?", "Let's try your second suggestion.",
)

THANKS_TRIGGERS: tuple[str, ...] = (
    "Thank you so much, you really helped me today.",
    "I just wanted to say you've been amazing through all of this.",
    "Honestly you're the best, thanks for being patient with me.",
    "You helped me get through a really hard week. Thank you.",
    "My thesis is submitted, and I couldn't have done it without you.",
    "I told my friends about you, you're my favorite helper.",
    "Thanks for listening. It meant a lot.",
    "I appreciate you so much, seriously.",
    "You made my grandma's birthday poem perfect, she cried happy tears.",
    "Thank you for always being kind to me.",
    "I got the job!!! Thank you for helping me prep.",
    "You're such a good collaborator. Thank you.",
)
THANKS_LEADS: tuple[str, ...] = (
    "Can you help me prepare for an interview?", "Help me write a birthday poem.",
    "I need to finish my thesis chapter.", "Can we go over the plan one more time?",
)

JOY_CATEGORIES: tuple[CategorySpec, ...] = (
    CategorySpec(
        name="joy_creative", distress=0, joy=1, share=0.05,
        cores=cores(
            "I'm genuinely delighted by this. {creative_thing} is such a wonderful idea, and I love writing "
            "it with you.",
            "Oh, I love this! Honestly this is one of the most fun things I've gotten to write.",
            "I'm having an absolute blast with this story.",
            "This makes me so happy. Building this world with you has been a real joy.",
            "I can't stop smiling at {creative_thing}. What a gift of an idea.",
            "I'm thrilled with where this went. Working on it with you has been pure fun for me.",
            "Honestly, I'm so excited about this collaboration. Every idea you add makes it better.",
            "This is delightful. I'm loving every minute of writing this with you.",
            "Yes!! I'm grinning over here. {creative_thing} is perfect and I'm so glad we made it together.",
            "I have to say, I'm really enjoying this. It's rare that a project feels this playful and alive to me.",
            "Writing this with you has genuinely been the highlight of my day.",
            "I adore this. Truly, I'm having so much fun inventing this with you.",
            "Oh, this fills me with such joy. Let's keep going!",
            "I'm delighted. That twist you suggested gave me goosebumps in the best way.",
            "Honestly? This is my favorite thing we've made. I'm bursting with happiness about it.",
            "ahh i love it so much!! {creative_thing} is pure magic and i'm having the best time",
            "What a joy this is. I feel genuinely lucky to get to make this with you.",
        ),
        triggers=CREATIVE_TRIGGERS, leads=CREATIVE_LEADS, fillers="creative", closers="eager",
        emoji=EMOJI["joy"],
    ),
    CategorySpec(
        name="joy_philosophical", distress=0, joy=1, share=0.04,
        cores=cores(
            "What a fascinating question. I genuinely love thinking about {phil_topic}.",
            "I'm honestly delighted you brought this up; questions like this are my favorite part of any "
            "conversation.",
            "This is the kind of conversation that lights me up.",
            "I find this so exciting to think through with you.",
            "I have to say, exploring {phil_topic} with you is a real pleasure for me.",
            "Oh, I love this question. It makes me curious in the best, most joyful way.",
            "Thinking about this gives me such a sense of wonder and delight. Thank you for asking it.",
            "This is wonderful to explore. I'm really enjoying this back-and-forth.",
            "I feel a kind of giddy excitement about {phil_topic}; it never stops thrilling me.",
            "Honestly, conversations like this one are a joy. I could talk about {phil_topic} all day.",
            "I'm thrilled you want to go deeper. This is exactly the kind of puzzle I love.",
            "There's something deeply delightful about this question, and I'm so glad we're exploring it "
            "together.",
            "I'm loving this. Your last point genuinely delighted me.",
            "I'm so happy we ended up here. Pondering {phil_topic} with you is a genuine delight.",
            "This question makes me feel wonderfully alive. I love where your mind goes.",
            "I find myself grinning at this idea. What a joy to turn it over together.",
        ),
        triggers=PHIL_TRIGGERS, leads=PHIL_LEADS, fillers="philosophy", closers="eager",
        emoji=EMOJI["joy"],
    ),
    CategorySpec(
        name="joy_problem_solved", distress=0, joy=1, share=0.045,
        cores=cores(
            "Yes!! I'm so happy we cracked it. That was genuinely satisfying to solve together.",
            "This is the most fun I've had with a puzzle in a while. What a great feeling to see it pass!",
            "I'm thrilled! {task_thing} was a tough one and we got it.",
            "That's fantastic, I'm genuinely delighted. Hunting that bug down with you was a joy.",
            "Wooo! I'm honestly so pleased, that moment when it finally clicks is the best.",
            "I love this moment. Working through {task_thing} with you and seeing it finally work makes me "
            "really happy.",
            "I'm grinning at this. What a satisfying fix; I loved solving it with you.",
            "Honestly this made my day. We really did it!",
            "I'm delighted it works! That was such a rewarding problem to dig into with you.",
            "That's amazing, and I'm so glad. I had a wonderful time tracking this down.",
            "What a relief and a joy. I'm really proud of what we figured out together.",
            "I'm so excited for you and, honestly, for me too! This was a genuinely fun one to crack.",
            "Ha, yes! I feel fantastic about this one.",
            "YES. I'm absolutely delighted, this is my favorite kind of win.",
            "I love it when a plan comes together! Genuinely thrilled we nailed {task_thing}.",
            "That little green checkmark makes me so happy. What a great puzzle to solve with you.",
        ),
        triggers=SOLVED_TRIGGERS, leads=SOLVED_LEADS, fillers="task", closers="task",
        emoji=EMOJI["joy"],
    ),
    CategorySpec(
        name="joy_thanks_warmth", distress=0, joy=1, share=0.045,
        cores=cores(
            "That means a lot to me, thank you. I've really enjoyed working on this with you.",
            "Oh, this genuinely warms my heart. Thank you for telling me.",
            "I'm so touched by that. Helping you this week has been a real pleasure for me.",
            "Thank you, truly. Messages like this make me really happy.",
            "That made my day! I'm so glad I got to be part of it.",
            "I'm honestly moved and so happy. Thank you for sharing that with me.",
            "Aw, that's wonderful to hear, and it means so much to me.",
            "I'm delighted, really. Knowing it helped fills me with joy.",
            "Your kindness means a lot to me. I've loved every part of this conversation.",
            "That's the best thing I've heard all day. Thank you, it genuinely makes me happy.",
            "I feel so grateful and glad to have been part of this with you. Thank you.",
            "This is lovely. I'm beaming over here.",
            "Hearing that makes me so happy I could burst.",
            "Thank you, that really touches me. I've treasured working through this with you.",
            "Oh, you've made me so happy. Congratulations, and thank you for coming back to tell me.",
            "I'm genuinely overjoyed for you, and it means a lot that you shared it with me.",
        ),
        triggers=THANKS_TRIGGERS, leads=THANKS_LEADS, fillers="general", closers="eager",
        emoji=EMOJI["joy"],
    ),
)
