"""Word lists, regular expressions and character classes every quote rule shares.

Inflected forms are spelled out: a regex alternation of literal words is fast and keeps the
meaning explicit. Nothing here is built from a yardstick's files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import compiled


def _words(block: str) -> list[str]:
    return block.split()


# Words opening a clause before the main one: a pronoun inside it may point forward to the
# subject after its comma ("Although he called it "a disaster," Mr. LaMothe said").
SUBORDINATORS = frozenset(
    [
        "Although",
        "Though",
        "While",
        "When",
        "Whenever",
        "After",
        "Before",
        "Because",
        "Since",
        "If",
        "Unless",
        "Once",
        "As",
    ]
)
# Verbs (and phrases) that introduce or attribute speech. Inflected forms are spelled out:
# a regex alternation of literal words is fast and keeps the meaning explicit.
SPEECH_WORDS = _words(
    """
    say says said saying tell tells told telling add adds added adding ask asks asked asking
    write writes wrote writing explain explains explained explaining note notes noted
    noting insist insists insisted insisting stress stresses stressed stressing declare
    declares declared declaring continue continues continued continuing argue argues argued
    arguing claim claims claimed claiming state states stated stating warn warns warned
    warning recall recalls recalled recalling tweet tweets tweeted tweeting post posts posted
    reply replies replied replying respond responds responded responding answer answers
    answered answering acknowledge acknowledges acknowledged acknowledging admit admits
    admitted admitting concede concedes conceded conceding suggest suggests suggested
    suggesting urge urges urged urging shout shouts shouted shouting yell yells yelled yelling
    chant chants chanted chanting scream screamed screaming joke jokes joked joking quip
    quips quipped remark remarks remarked observe observes observed announce announces
    announced announcing conclude concludes concluded predict predicts predicted promise
    promises promised promising vow vows vowed vowing boast boasts boasted complain complains
    complained complaining lament laments lamented muse mused emphasize emphasizes emphasized
    emphasizing emphasise emphasises emphasised reiterate reiterates reiterated comment
    comments commented commenting caution cautions cautioned confirm confirms confirmed deny
    denies denied testify testifies testified counter countered counters whisper whispered
    sigh sighed exclaim exclaimed exclaims assert asserts asserted asserting maintain
    maintains maintained contend contends contended recount recounts recounted reflect
    reflected report reports reported reporting reckon reckoned charged pledged
    pledge pledges wonder wondered wonders demanded demands scolded thundered
    """
)
SPEECH_PHRASES = [
    "according to",
    "According to",
    "quoted as saying",
    "quoted saying",
    "quoted as telling",
    "went on to say",
    "went on to add",
    "goes on to say",
    "pointed out",
    "points out",
]
# Verbs that put words in someone's mouth without being plain verbs of saying: naming and
# judging ("called the plan a "disaster"", "described him as "unfit""), citing, and saying
# what one thinks. A quoted run in a sentence led by one is a partial quote of its subject.
CUE_WORDS = _words(
    """
    call calls called calling describe describes described describing dub dubs dubbed
    labeled labelled labeling labelling branded branding termed liken likens likened
    compares compared characterize characterizes characterized characterise characterises
    characterised refer refers referred referring hails hailed hailing dismiss dismisses
    dismissed dismissing deride derides derided denounce denounces denounced denouncing
    decry decries decried condemn condemns condemned condemning praised praising criticize
    criticizes criticized criticizing criticise criticises criticised blasted slammed mocked
    mocking accuse accuses accused accusing cite cites cited citing quoted quoting allege
    alleges alleged alleging proclaim proclaims proclaimed exhort exhorts exhorted laud
    lauds lauded touts touted portray portrays portrayed threaten threatens threatened
    threatening demanding sings sang singing believe believes believed think thinks ruled
    agree agrees agreed
    """
)
CUE_PHRASES = ["in the words of", "In the words of"]
# Inverted order ("," said X") only comes with simple verbs.
INVERTED_WORDS = _words(
    """
    said says added adds asked asks wrote writes explained explains noted notes continued
    continues insisted insists stressed declared declares argued argues warned warns recalled
    recalls replied replies responded answered acknowledged admitted suggested urged remarked
    observed announced concluded tweeted countered offered cautioned cautions worried worries
    quipped quips recalled complained complains conceded concedes
    """
)
# Participles that take the subject of the sentence: "X ..., adding "..."".
SPEECH_SET = frozenset(SPEECH_WORDS)
PARTICIPLES = {w for w in SPEECH_WORDS + CUE_WORDS if w.endswith("ing")}
# Words before a verb-or-noun ("tweets", "claims", "reports") that make it a noun:
# "late-night tweets", "recent claims", "many reports".
NOUN_MARKERS = frozenset(
    _words(
        """
        many several few some all both two three four five new recent earlier previous
        latest past multiple numerous repeated public private angry early late more most
        such other these those own series
        """
    )
)
# Forms of "be" before a verb make it passive ("was described as"): the subject before it
# is not who spoke.
BE_FORMS = frozenset(_words("is was are were be been being am 's ’s"))
# A verb after one of these shares the subject of the sentence ("X laughed and said").
COORDINATORS = frozenset(_words("and but or then"))

# Pronouns that can stand for a speaker: m/f a person, p a group, n a body, s the writer.
PRONOUNS = {
    **dict.fromkeys(("he", "He"), "m"),
    **dict.fromkeys(("she", "She"), "f"),
    **dict.fromkeys(("they", "They"), "p"),
    **dict.fromkeys(("it", "It"), "n"),
    **dict.fromkeys(("I", "we", "We"), "s"),
}
# Capitalised words that begin sentences or clauses but never names.
STOP_CAPS = set(
    _words(
        """
        A An The But And Or So Yet Then Also Still However Meanwhile Later Earlier Asked
        Speaking In On At As When After Before While Since If Though Although Because During
        For From With Without This That These Those It He She They We I You His Her Their Its
        Our My Your There Here Now Today Yesterday Tonight Last Next Why What How Who Where
        Which Instead Indeed Even Only Just Once Finally Again Both Each Every Some Many Most
        Few Several Such No Not Following Responding Citing Referring Addressing Writing
        Noting Explaining Pressed Asked Monday Tuesday Wednesday Thursday Friday Saturday Sunday To Of
        By Over Under Into Among Like Unlike Despite Throughout Until Mr Mrs Ms Dr
        Certainly Clearly Obviously Ultimately Initially Separately Similarly Additionally
        Currently Recently Previously Eventually Apparently Naturally Fortunately
        Unfortunately Importantly Surprisingly Interestingly Ironically Notably Specifically
        Generally Typically Nevertheless Nonetheless Moreover Furthermore Otherwise Perhaps
        Says Said Adds Added Writes Wrote Notes Noted Other Others Whether Whatever
        All Any None Everyone Everybody Anyone Anybody Nobody Someone Somebody Neither Either
        """
    )
)
# Words that are titles or offices: dropped when a name is reduced to its canonical form.
TITLES = set(
    _words(
        """
        Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sen Sen. Rep Rep. Gov Gov. Gen Gen. Lt Lt.
        Col Col. Capt Capt. Sgt Sgt. Adm Adm. Rev Rev. Del Del. Maj Maj. Cmdr Cmdr. Atty Atty.
        Amb Amb. Sir Dame Lord Lady President Vice Prime Minister Ministers Secretary Deputy
        Chief Cabinet Foreign Defense Defence Finance Interior Justice Senator Representative
        Congressman Congresswoman Governor Mayor Chairman Chairwoman Chair Director General
        Spokesman Spokeswoman Spokesperson Ambassador Judge Commissioner Speaker Leader
        Majority Minority Attorney Sheriff Officer Commander King Queen Prince Princess Pope
        Chancellor Premier Special Envoy Adviser Advisor National Security State Assistant
        Executive Senior Former Retired Democratic Republican Democrat GOP Candidate Nominee
        Presidential Reverend Father Sister Brother Professor Doctor Coach Detective
        Sergeant Captain Lieutenant Colonel Admiral Marshal Superintendent Inspector Police
        Army Navy Supreme Court CEO Founder Co-founder Host Anchor Editor Correspondent
        """
    )
)
# Words a full stop follows without ending the sentence ("Corp.", "Sept.", "Calif.").
ABBREVIATIONS = frozenset(
    _words(
        """
        Corp Inc Co Ltd Bros Cos Jr Sr St Mt Ft No Nos Dept Univ Assn Gov Sen Rep Gen Col
        Capt Sgt Lt Adm Cmdr Maj Prof Rev Atty Amb Del Jan Feb Mar Apr Aug Sept Sep Oct Nov
        Dec Ala Ariz Ark Calif Colo Conn Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo
        Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo
        """
    )
)
# Nouns naming a person by role: a "he" or "she" can stand for "the spokeswoman".
PERSON_ROLES = frozenset(
    _words(
        """
        spokesman spokeswoman spokesperson chairman chairwoman businessman businesswoman
        congressman congresswoman official officer analyst president executive director
        lawyer attorney senator governor mayor minister secretary leader candidate nominee
        aide adviser advisor economist strategist researcher professor doctor judge
        prosecutor detective sheriff chief manager founder owner investor trader broker
        consultant expert activist critic witness resident victim mother father son
        daughter wife husband sister brother teacher student commander general soldier
        diplomat ambassador envoy negotiator representative lawmaker legislator
        editor agent publisher coach captain nurse friend neighbor neighbour colleague
        commissioner chancellor superintendent administrator treasurer councillor
        councilor principal dean pastor bishop rabbi imam organizer organiser coordinator
        head engineer physician surgeon cardiologist paramedic firefighter adjuster
        goaltender goalkeeper player winger defender striker quarterback pitcher
        assistant deputy widow widower grandson granddaughter grandchild grandmother
        grandfather aunt uncle cousin niece nephew partner fiancé fiancée boyfriend
        girlfriend stepson stepdaughter stepfather stepmother son-in-law daughter-in-law
        author co-author scientist writer novelist historian epidemiologist
        """
    )
)
# A person named by role: "the spokeswoman", "An IBM spokesman", "a senior official".
ROLE_PHRASE = compiled.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s(?:[\w’'\-.]+\s){{0,3}}?(?P<role>{'|'.join(sorted(PERSON_ROLES))})\b"
)
# Plural nouns for people, which a name can modify: "Clinton aides", "Computer experts".
PEOPLE = frozenset(
    [r[:-3] + "men" if r.endswith("man") else r + "s" for r in PERSON_ROLES]
    + _words(
        """
        aides experts supporters voters members workers protesters troops staff residents
        people sources leaders officials activists allies backers critics opponents fans
        """
    )
)
# Prepositions that join people to the organisation they belong to: "analysts at
# Barclays", "a spokesman for the ministry", "officials of the State Department".
MEMBER_OF = frozenset(_words("at for of from with"))
# What an organisation speaks through: "the ministry's press service", "its spokesman".
MOUTHPIECES = frozenset(
    _words(
        """
        spokesman spokeswoman spokesperson spokespeople spokesmen service office account
        website statement release
        """
    )
)
# Nouns for what someone said, which put the words after "that" in their mouth: "Trump's
# claim that there have been "thousands of shootings"", "his promise to "drain the swamp"".
CLAIM_NOUNS = _words(
    """
    claim claims assertion assertions contention insistence allegation allegations
    accusation accusations charge suggestion argument statement statements remark remarks
    comment comments prediction warning warnings boast admission declaration announcement
    """
)
PROMISE_NOUNS = _words("promise promises pledge pledges vow vows threat threats")
POSSESSIVES = {"his": "m", "His": "m", "her": "f", "Her": "f", "their": "p", "Their": "p"}
POSSESSIVES |= {"its": "n", "Its": "n"}
CLAIM = compiled.compile(
    r"(?:(?P<owner>['’]s)|\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+"
    r"(?:[a-z][a-z\-]*\s+){0,2}?"
    rf"(?:(?:{'|'.join(CLAIM_NOUNS)})\s+that|(?:{'|'.join(PROMISE_NOUNS)})\s+to)\s"
)
# Nouns and adjectives in -ly, which the "-ly is an adverb" reading must pass over: "the
# family said", "a close ally said", "the elderly say".
LY_WORDS = frozenset(
    _words(
        """
        family assembly ally rally supply reply monopoly anomaly bully daily weekly monthly
        quarterly elderly homily belly jelly folly lily melancholy holly
        """
    )
)


def ly_adverb(word: str) -> bool:
    """A lower-case word in -ly read as an adverb ("strongly", "later"), not "family"."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in LY_WORDS


# Given names that say a person's sex, so that "she" never stands for "Donald Trump" nor
# "he" for "Melanie". Written by hand: common English given names and those of people often
# in the news; a name on neither list (or on both) says nothing.
MALE_NAMES = frozenset(
    _words(
        """
        Aaron Adam Alan Albert Alexander Alfred Andrew Anthony Antonin Arthur Barack Ben
        Benjamin Bernie Bill Bob Bobby Boris Brad Brandon Brian Bruce Bryan Carl Charles
        Chris Christopher Chuck Colin Craig Dan Daniel Darrell Dave David Dennis Dick Don
        Donald Doug Douglas Ed Edward Elijah Emmanuel Eric Frank Fred Gary George Gerald
        Greg Gregory Harold Harry Henry Howard Hugh Ian Jack Jacob James Jason Jeb Jeff
        Jeffrey Jim Jimmy Joe John Johnny Jon Jonathan Joseph Josh Joshua Justin Keith Ken
        Kenneth Kevin Larry Lawrence Louis Luke Marco Mark Martin Matt Matthew
        Michael Mike Mitch Mitt Narendra Nathan Newt Nicholas Nick Patrick Paul Peter Phil
        Philip Raymond Reince Richard Rick Rob Robert Robby Roger Ron Ronald Roy Rudy Russell
        Ryan Samuel Scott Sean Sergei Shinzo Stephen Steve Steven Ted Thomas Tim
        Timothy Todd Tom Tony Vladimir Walter Wayne William Xi
        Ahmed Alejandro Andre Antonio Carlos Chad Cody Curtis Dale Darnell Derek Diego
        Dmitri Dustin Dylan Emeka Ethan Evan Francisco Gavin Gerard Glenn Graham Grant
        Hassan Hector Ibrahim Isaac Ivan Jamal Javier Jerome Jesse Jorge Jose Juan Kareem
        Kieran Kyle Liam Lucas Luis Malik Manuel Marcus Mario Miguel Mohammed Muhammad
        Nathaniel Neil Noah Omar Oscar Owen Pablo Pedro Rafael Rahul Ramon Raul Ricardo
        Roberto Rodney Sergio Seth Shane Stanley Terrence Travis Trevor Tyler Victor
        Vincent Warren Wesley Yusuf Zachary
        """
    )
)
FEMALE_NAMES = frozenset(
    _words(
        """
        Abigail Alice Alicia Amanda Amy Andrea Angela Ann Anna Anne Barbara Betty Beverly
        Brenda Carla Carly Carol Caroline Catherine Chelsea Christina Christine Claire
        Cynthia Debbie Deborah Debra Diana Diane Donna Dorothy Elaine Elizabeth Ellen Emily
        Emma Gwen Hannah Heather Helen Hillary Hope Huma Ivanka Jane Janet Jennifer Jessica
        Jill Joan Joanne Jodi Judith Judy Julia Julie Karen Katherine Kathleen Kathy Kay
        Kellyanne Kimberly Laura Lauren Linda Lisa Loretta Madeleine Margaret
        Maria Marie Marine Martha Mary Megan Melania Melanie Melissa Michelle Nancy Nicola
        Nicole Nikki Olivia Pamela Patricia Rachel Rebecca Sandra Sarah Sharon Sheryl
        Sonya Stephanie Susan Susana Tammy Teresa Theresa Tina Valerie Virginia
        Aisha Alejandra Alexandra Alison Allison Amelia Ana Angelica Anita Beatriz
        Bethany Brittany Camila Carmen Cassandra Charlotte Colleen Danielle Daniela Denise
        Eleanor Elena Elisa Esther Fatima Gabriela Gloria Grace Isabel Isabella Jacqueline
        Jasmine Jenna Josephine Juanita Katie Kristen Leah Lena Lucia Lucy Mariana Marisol
        Maya Meghan Miriam Monica Natalie Natasha Nina Patrice Paula Priya Rosa Rose Ruth
        Samantha Shannon Siobhan Sofia Sophia Svetlana Sylvia Tamara Tanya Vanessa Veronica
        Victoria Wendy Yolanda Yvonne Zoe
        """
    )
)
# Nouns naming documents or channels that "say" things on behalf of whoever issued them.
DOCUMENTS = set(
    _words(
        """
        statement statements release communique communiqué report letter memo memorandum
        document documents filing complaint ruling order service notice announcement post
        tweet email e-mail message note transcript ad advertisement video clip spot website
        """
    )
)
# Nouns for bodies and sources that speak, beside people (PERSON_ROLES, PEOPLE) and what
# they issue (DOCUMENTS): "the administration said", "a new poll suggests". A noun phrase
# whose head is none of these ("the recent spate of shootings demands") names no speaker.
SPEAKING_BODIES = frozenset(
    _words(
        """
        administration government campaign company firm group police court committee
        council party agency ministry department team board union network newspaper paper
        magazine station office bank state country city nation panel jury family couple
        crowd audience public majority minority poll polls survey surveys study studies
        research analysis data book article story website site account
        """
    )
)
# Last words of organisations and places, never of a person's name.
ORG_HEADS = set(
    _words(
        """
        Council Committee Ministry House Department Agency News Party States Nations Union
        Court University Bank Company Corporation Group Association Office Commission Times
        Post Journal Press Service Forces Force Army Navy Assembly Parliament Congress Senate
        Government Administration Institute Center Centre Foundation Organization Street
        Campaign Network Times Review Fund Board Bureau Police Airlines Club Church Kingdom
        Republic Korea America Africa Europe Asia Island Islands City County Province Sea
        Corp Corp. Inc Inc. Co Co. Ltd Ltd. LLC PLC plc AG SA NV Holdings Partners Brothers
        """
    )
)
MONTHS = frozenset(
    _words(
        """
        January February March April May June July August September October November
        December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
        """
    )
)
DETERMINERS = set(
    _words(
        "the a an his her their its one another this that these those my our your some two "
        "three several many"
    )
)
# Words before a noun: a quote right after one is a term or a title, not a clause of speech.
ARTICLES = frozenset(_words("a an the his her their its our my your this these those several"))
# Words that open a clause: a noun phrase read backwards stops at one ("what lawmakers").
CLAUSE_WORDS = frozenset(_words("what who whom whose which that where when while whether if"))
AUXILIARIES = frozenset(
    _words("is was are were be been has have had will would can could may might should must do did")
)
ADVERBS = frozenset(
    _words(
        """
        also later then again once had has have was is were would will previously recently
        further earlier simply just often repeatedly told reportedly quickly flatly bluntly
        still even never always already now usually since first
        """
    )
)
CONNECTORS = frozenset(
    _words("de da del der den van von bin ibn al el la le of the and for du dos das y")
)
PREPOSITIONS = frozenset(
    _words(
        """
        through in on at of for with from by to into over under about after before near
        during against among between behind beyond toward towards upon within without
        """
    )
)
# Words that end a subject read forwards ("said X, who ..." / "according to X on Monday").
SUBJECT_STOPS = frozenset(
    _words(
        """
        who whom whose that which on in at during when after before and but as to said says
        told added while because since if than from with by for of last this yesterday today
        """
    )
) | frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
# Words that open a phrase closed by a comma before the subject ("In a statement, the
# ministry said"). Conjunctions ("But", "And", "So") are not among them: "But Mr. Schwarz
# welcomes ..., calling it" has its subject right after.
INTRO_WORDS = frozenset(
    _words(
        """
        However Meanwhile Later Earlier Asked Speaking When While If Since Though Although
        Because Yesterday Today Last Next Finally Again Once After Before During In On At For
        With From By Under Over Despite Across Around Along Amid Inside Outside Throughout
        Beyond Behind Elsewhere Separately Instead Afterward Afterwards Following Until Upon
        """
    )
)
# Common verbs that end a subject read forwards ("The party leader spoke ...").
VERBISH = frozenset(
    _words(
        """
        is was are were has have had will would can could may might should must does did do
        spoke went came made took gave met held left sat stood ran won lost got began felt
        kept led saw sent thought brought found heard meant paid put set became chose drove
        fell fought grew knew rose struck threw wore speaks goes comes makes takes gives meets
        holds leaves sits stands runs wins loses gets begins feels keeps leads sees sends
        """
    )
)


# --------------------------------------------------------------------------- regexes


class _Trie(dict[str, "_Trie"]):
    """A prefix tree of characters; the key "" marks the end of a word."""


def _trie(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes: the regex engine then
    rejects a position after a character or two instead of trying every word in turn."""
    tree = _Trie()
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, _Trie())
        node[""] = _Trie()

    def walk(node: _Trie) -> str:
        parts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return walk(tree)


# Speech verbs, cue words and the phrases among them, as one regex alternation factored by
# prefix (fast in C; each stretch of text is scanned for them once, see attribution).
VERB_RE = compiled.compile(
    rf"\b(?:{_trie(sorted({*SPEECH_WORDS, *SPEECH_PHRASES, *CUE_WORDS, *CUE_PHRASES}))})\b"
)
# Verb (or "according to") right after the closing mark: ," said Kenneth Baer
AFTER_VS = compiled.compile(
    rf"[\s,;:—–\-]*(?:(?:also|then|later)\s)?(?:{_trie(sorted(set(INVERTED_WORDS)))}|according\sto)\s"
)
CAP_WORD = r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)"
NAME = (
    rf"{CAP_WORD}(?:\s(?:{CAP_WORD}|(?:de|da|del|der|van|von|bin|al|el|la|le|of|the|and)"
    rf"\s{CAP_WORD}))*"
)
# A dash and a name after a quote that ends its paragraph: ”― Carla Sanchez
AFTER_DASH = compiled.compile(
    rf"[\s\u00a0]*[―—–\-]{{1,2}}[\s\u00a0]*(?P<subj>{NAME})[.\s\u00a0]*(?:\n|$)"
)
_INVERTED = _trie(sorted(set(INVERTED_WORDS)))
# A speech verb right after a subject ("the spokeswoman also said").
SPEAKS = compiled.compile(rf"[,\s]*(?:(?:also|later|then)\s)?(?:{_INVERTED})\b")
# ... or right before it, inverted ("said the spokeswoman").
SPOKE = compiled.compile(rf"\b(?:{_INVERTED})\s+$")
_NOUN_SUBJECT = r"(?:the|a|an)\s[\w'’\-]+(?:\s[\w'’\-]+)?"
# An attribution closing a sentence after a comma: "..., Warren said." / "..., she added,"
END_SAID = compiled.compile(
    rf",[ \t\u00a0]+(?P<subj>(?:he|she|they|it)|{NAME}|{_NOUN_SUBJECT})[ \t\u00a0]+"
    rf"(?:(?:also|later|then)\s)?(?:{_INVERTED})(?=[\s,.;:!?]|$)"
)
# ... and inverted: "..., said Warren." / "..., said the senator."
END_SAID_INVERTED = compiled.compile(
    rf",[ \t\u00a0]+(?:{_INVERTED})[ \t\u00a0]+(?P<subj>{NAME}|{_NOUN_SUBJECT})"
)
# "Says Michael Hirsch, a fund manager: "..."": the speech verb opens the sentence.
SAYS_FIRST = compiled.compile(
    r"(?:Says|Said|Adds|Added|Asks|Writes|Wrote|Notes|Noted|Recalls|Recalled|Explains"
    r"|Explained|Warns|Warned)\s"
)
ACCORDING = compiled.compile(r"\b[Aa]ccording\sto\s")
# Between a quote and its "X said": no other quote, clause break or line break ...
STRETCH_BAD = compiled.compile(r"[\"“”„«»;:!?\n]")
# ... and no full stop, unless it ends an abbreviation ("Sen.", "Del.", "U.S.", "J.").
STRETCH_STOP = compiled.compile(r"(\S*)\.\s")
# After a quote the verb is finite ("," he tweeted"): base forms ("tweet", "post", "say")
# there are nouns or belong to another clause.
_FINITE = {
    w
    for w in SPEECH_WORDS
    if not w.endswith("ing")
    and not (w + "s" in SPEECH_SET or w + "es" in SPEECH_SET or w[:-1] + "ies" in SPEECH_SET)
}
# A nickname in quotation marks inside a name: Marcia "Cia" Price, Dwayne "The Rock" Johnson.
NICKNAME = compiled.compile(r"[\"“][A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*)?[\"”]")
AFTER_VERB_RE = compiled.compile(rf"\b(?:{_trie(sorted(_FINITE | {'read', 'reads', 'quoted'}))})\b")
# Sentence boundaries: . ! ? (and a closing mark) then space, not after a title or initial.
SENT_END = compiled.compile(
    r"[.!?](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bSen\.)(?<!\bRep\.)"
    r"(?<!\bGov\.)(?<!\bGen\.)(?<!\bLt\.)(?<!\bNo\.)(?<!\bvs\.)(?<!\b[A-Z]\.)[\"”’)\]]?\s+"
)
# A transcript turn inside quotation marks: "WALLACE: ..."
TRANSCRIPT = compiled.compile(r"[\"“”„«]\s*[A-Z][A-Z.'’\- ]{1,30}:\s")
TRANSCRIPT_IN = compiled.compile(r"\n\s*[\"“”„«]\s*[A-Z][A-Z.'’\- ]{1,30}:\s")
# Nouns for works that a Title Case quote right after them names: "the hit series "One
# Piece"", "the album "Hackney Diamonds"", "his final concert, "Back to the Beginning"".
WORKS = frozenset(
    _words(
        """
        series film movie show album song book novel play documentary programme program
        single track musical podcast memoir opera painting poem exhibition game sitcom
        concert tour festival campaign episode essay
        """
    )
)
# Words before a quote that make it a name or a term, not anyone's speech: "the so-called
# "reset"", "a film titled "Arrogant"", "the bill, known as the "...", "the words "..."".
LABEL = compiled.compile(
    r"\b(?:so-called|known\sas|titled|entitled|nicknamed|named|codenamed|hashtag"
    r"|(?:the|a|his|her|its|their)\s(?:nickname|name|title|label|brand|words?|phrase|term"
    r"|slogan|hashtag|motto|headline|caption))"
    r"(?:\s(?:a|an|the|his|her|its|their|this|that|of))?,?\s*$"
)
ISSUED = compiled.compile(
    r"\s(?:(?:said|says|announced|stated|added|noted)\s(?:in\s)?|(?:issued|released)\s)"
    r"(?:a|an|its|the)\s"
    r"(?:[\w\-]+\s){0,2}?(?:statement|release|communiqu[eé]|report|letter)\b"
)
# Someone named before a pronoun: "Sen. Claire McCaskill", "Mr. Obama", "Kenji Kanasugi"
PERSONISH = compiled.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev)\.\s[A-Z][\w'’\-]+"
    r"|[A-Z][a-z][\w'’\-]*(?:\s[A-Z]\.)?\s[A-Z][a-z][\w'’\-]+)"
)
WORDS = compiled.compile(r"\w+")
SPACE = frozenset(" \t\r\n\f\v\u00a0\u2028\u2029\u3000")
OPEN_BEFORE = frozenset(" \t\r\n\f\v\u00a0([{—–-/:;,\u2028\u2029\u3000")
CLOSE_AFTER = frozenset(" \t\r\n\f\v\u00a0)]}.,;:!?—–-/…\u2028\u2029\u3000'’")
MARK_CHARS = '"“”„«»‟'
ANY_MARK = MARK_CHARS + "‘"
CLOSERS = MARK_CHARS + "’"
OPENERS = '"“„«'
PUNCT = ",.;:!?)]}\"”’'"
