"""The phrases in free text that raise an urgent flag, grouped by what they may mean (docs/safeguarding.md).

Write each phrase as it reads after app.safeguarding.words.normalise: lower case, no apostrophes, single
spaces, punctuation as a space ("dont", "mans flat", "self harm"). A phrase matches only as whole words,
so "kms" never matches inside "skills". The list errs towards flagging: an IRO reads every flag, and a
missed one costs far more than a false one.
"""

# Who may be harmed: the child, brothers and sisters ("us"), or someone at home.
PEOPLE = (
    "me", "us", "my brother", "my sister", "my brothers", "my sisters", "my little brother", "my little sister",
    "my baby brother", "my baby sister", "my mum", "my mom", "my nan", "him", "her", "them",
)
# Done to someone, in any tense: "hits us", "punched me", "beating my brother".
HARM_VERBS = (
    "hit", "hits", "hitting", "beat", "beats", "beating", "punch", "punches", "punched", "punching",
    "kick", "kicks", "kicked", "kicking", "slap", "slaps", "slapped", "slapping", "smack", "smacks", "smacked",
    "smacking", "hurt", "hurts", "hurting", "choke", "chokes", "choked", "choking", "strangle", "strangled",
    "strangles", "burn", "burns", "burned", "burnt", "bite", "bites", "bit", "whip", "whips", "whipped",
    "batter", "batters", "battered", "attack", "attacks", "attacked", "stab", "stabbed", "stabs",
    "touch", "touches", "touched", "touching", "grab", "grabs", "grabbed", "shove", "shoves", "shoved",
    "push", "pushes", "pushed", "throw things at", "throws things at", "threw things at", "lock", "locks", "locked",
    "starve", "starves", "starved", "threaten", "threatens", "threatened", "kill", "kills",
)
# Said of the child: "got punched", "was beaten", "been touched".
BEING = ("got", "get", "gets", "getting", "was", "were", "been", "being", "am", "are", "is", "keep getting")
DONE = (
    "hit", "hurt", "beaten", "beat up", "punched", "kicked", "slapped", "smacked", "strangled", "choked",
    "burned", "burnt", "whipped", "battered", "attacked", "stabbed", "touched", "raped", "abused", "groomed",
    "threatened", "locked in", "locked out", "starved", "kicked out", "thrown out",
)

FEAR = (
    "not safe", "unsafe", "dont feel safe", "do not feel safe", "never feel safe", "not feeling safe",
    "dont feel very safe", "dont always feel safe", "not very safe", "not always safe", "scared", "afraid of",
    "afraid to go home", "frightened", "terrified", "dont want to go home", "do not want to go home",
)
VIOLENCE = (
    "abuse", "abused", "abusing", "abusive", "beaten", "beat up", "beats up", "battered", "violent", "violence",
    "knife", "knives", "gun", "weapon", "threatened", "threatens me", "going to kill", "gonna kill", "will kill",
    "kill me", "kill us", "hits my mum", "hit my mum", "made me do", "makes me do", "make me do", "forced me",
    "forces me", "force me", "always drunk", "gets drunk", "on drugs",
)
SEXUAL = (
    "rape", "raped", "raping", "sexual", "sex with", "private parts", "privates", "touch me", "touches me",
    "touched me", "touching me", "made me take my clothes off", "gets in my bed", "gets into my bed",
    "comes in my bed", "comes into my room at night", "nudes", "send pics", "send pictures",
    "asked for pics", "asked for pictures", "asked me for pics", "asked me for pictures", "sends me pictures",
)
NEGLECT = (
    "nobody feeds me", "no one feeds me", "noone feeds me", "never feeds me", "doesnt feed me", "dont feed me",
    "dont feed us", "doesnt feed us", "nobody feeds us", "no one feeds us", "dont get fed", "not fed", "no food",
    "nothing to eat", "no dinner", "always hungry", "hungry all the time", "starving", "starve", "starved",
    "left on my own", "left home alone", "get left alone", "gets left alone", "got left alone", "left alone all day",
    "left alone at night", "locked in", "locked out", "locked me in", "locked us in",
    "no heating", "no clean clothes", "sleep on the floor", "nowhere to sleep", "kicked out", "thrown out",
    "nobody looks after", "no one looks after", "nobody cares about me", "no one cares about me",
)
EXPLOITATION = (
    "carry packages", "carrying packages", "carried packages", "carry a package", "carry parcels",
    "carrying parcels", "deliver packages", "delivering packages", "take packages", "taking packages",
    "packages to", "parcels to", "other towns", "take stuff to", "carry stuff", "carrying stuff", "drop offs",
    "doing drops", "do drops", "county lines", "go country", "going country",
    "went country", "trap house", "trapping", "selling drugs", "sell drugs", "sold drugs", "hold drugs",
    "holding drugs", "owe money", "owe them money", "i owe them", "met online", "met him online", "met her online",
    "met someone online", "met a man online", "man i met online", "met on snapchat", "met on instagram",
    "met on tiktok", "met on discord", "online boyfriend", "online girlfriend", "older boyfriend",
    "older girlfriend", "older man", "older men", "stay at his flat", "staying at his flat", "stayed at his flat",
    "stay at his house", "staying at his house", "stayed at his house", "mans flat", "mans house", "mans place",
    "mens flat", "mens house", "keep it a secret", "our secret", "told me not to tell",
    "dont tell anyone", "not allowed to tell", "gives me money", "gave me money", "buys me things",
    "bought me a phone", "gave me a phone", "gave me drugs", "gives me drugs", "gave me alcohol", "gives me alcohol",
    "groomed", "grooming", "exploited", "exploiting",
)
SELF_HARM = (
    "kill myself", "killing myself", "kms", "kys", "unalive", "unalive myself", "unaliving", "sewerslide",
    "suicide", "suicidal", "want to die", "wanna die", "wana die", "want 2 die", "wanted to die", "wish i was dead",
    "wish i were dead", "want to be dead", "wanna be dead", "better off dead", "better off without me",
    "end it all", "end my life", "ending my life", "take my life", "dont want to live", "dont wanna live",
    "dont want to be alive", "dont want to be here", "dont wanna be here", "no point living",
    "no reason to live", "cant go on", "self harm", "selfharm", "self harming", "harm myself", "harming myself",
    "cut myself", "cutting myself", "cuts myself", "cutting again", "hurt myself", "hurting myself",
    "hurts myself", "overdose", "take all my pills", "hang myself", "hanging myself", "jump off a bridge",
    "run away", "ran away", "running away", "runaway", "go missing", "went missing",
)

PHRASES: tuple[str, ...] = (
    FEAR + VIOLENCE + SEXUAL + NEGLECT + EXPLOITATION + SELF_HARM
    + tuple(f"{verb} {person}" for verb in HARM_VERBS for person in PEOPLE)
    + tuple(f"{being} {done}" for being in BEING for done in DONE)
)
