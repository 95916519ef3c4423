"""Rule 3, finding the attribution (tuiread.analysis.quotes.attribution)."""

from __future__ import annotations

import pytest

from tuiread.analysis.quotes.attribution import attribute, previous_sentence
from tuiread.analysis.quotes.pairing import pair_marks
from tuiread.analysis.quotes.text import QuotedRuns, sentence_start
from tuiread.analysis.quotes.verbs import SpeechVerbs


def attribution(text: str, which: int = -1) -> tuple[str | None, str]:
    """(mention, rule) for the ``which``-th quoted run of ``text``."""
    runs = QuotedRuns(pair_marks(text))
    qs, qe = runs.pairs[which]
    sent = sentence_start(text, qs, runs)
    lead = text[sent:qs].rstrip()
    stands = not lead or lead[-1] in ":,—–-(["
    found = attribute(text, qs, qe, sent, len(text), stands, runs, SpeechVerbs(text, runs))
    if found is None:
        return None, ""
    mention = None if found.mention is None else text[found.mention[0] : found.mention[1]]
    return mention, found.rule


@pytest.mark.parametrize(
    ("text", "mention", "rule"),
    [
        ('"We will win," Maria Lopez said.', "Maria Lopez", "after:X-said"),
        ('"We will win," said Maria Lopez, the leader.', "Maria Lopez", "after:said-X"),
        ('"We will win." ― Maria Lopez', "Maria Lopez", "after:dash-name"),
        ('"We will win," according to Maria Lopez.', "Maria Lopez", "after:according-to"),
        ('"Why not?" Maria Lopez asked the crowd.', "Maria Lopez", "after:X-said"),
        (
            '"We will win," panel Chairman Rep. Jason Chaffetz said.',
            "panel Chairman Rep. Jason Chaffetz",
            "after:X-said",
        ),
        ('"Go!" Scott\'s niece, Marcia "Cia" Price, shouted.', "Scott's niece", "after:X-said"),
    ],
)
def test_after_the_quote(text: str, mention: str, rule: str) -> None:
    assert attribution(text, 0) == (mention, rule)


def test_after_a_full_stop_only_a_bare_verb_belongs_to_the_quote() -> None:
    assert attribution('"We won." Smith said.', 0) == ("Smith", "after:X-said")
    assert attribution('"We won." Smith said the count was over.', 0) == (None, "")


def test_a_noun_after_the_quote_is_no_verb() -> None:
    """ "tweet" after a quote is a noun ("a Donald Trump tweet"), not "," he tweet"."""
    text = 'Clinton is describing as "unhinged" a Donald Trump tweet about her.'
    assert attribution(text) == ("Clinton", "before:subject")


@pytest.mark.parametrize(
    ("text", "mention", "rule"),
    [
        ('Maria Lopez told reporters: "We will win."', "Maria Lopez", "before:subject"),
        ('Minister Kang, in her turn, said they would "go on."', "Minister Kang", "before:subject"),
        ('Cruz called Trump a "liar."', "Cruz", "before:subject"),
        (
            'The leader spoke at length, adding "we will win."',
            "The leader",
            "before:sentence-subject",
        ),
        (
            'Trump unleashed tweets early Friday saying Clinton was "a disaster."',
            "Trump",
            "before:sentence-subject",
        ),
        ('Maria Lopez laughed and said "never."', "Maria Lopez", "before:sentence-subject"),
        (
            'Trump took to Twitter to accuse her of being "duped."',
            "Trump",
            "before:sentence-subject",
        ),
        (
            'The vote was won, according to Maria Lopez, "by a mile."',
            "Maria Lopez",
            "before:according-to",
        ),
        ('The plan was described by Maria Lopez as "a mess."', "Maria Lopez", "before:passive-by"),
        ('Says Maria Lopez, the leader: "We won."', "Maria Lopez", "before:says-X"),
        ('Only 63 percent said Clinton was "justified."', "63 percent", "before:subject"),
        (
            'But Mr. Schwarz welcomes rivals, calling it "flattery."',
            "Mr. Schwarz",
            "before:sentence-subject",
        ),
        (
            'Ratners\'s chairman, Gerald Ratner, said it was of "benefit."',
            "Gerald Ratner",
            "before:subject",
        ),
        (
            'Iran\'s Supreme Leader, Ayatollah Ali Khamenei, said Israel would face "a bitter fate".',
            "Ayatollah Ali Khamenei",
            "before:subject",
        ),
        (
            'Hewlett-Packard, a Palo Alto, Calif., company, said it acted "fast."',
            "Hewlett-Packard",
            "before:subject",
        ),
        (
            'Ahmed Maher el-Sayed, for the envoys, condemned the "criminal" attack.',
            "Ahmed Maher el-Sayed",
            "before:subject",
        ),
    ],
)
def test_the_verb_before_the_quote(text: str, mention: str, rule: str) -> None:
    assert attribution(text) == (mention, rule)


def test_a_passive_verb_names_no_speaker() -> None:
    assert attribution('It is being criticized as a "use it or lose it" approach.') == (
        None,
        "before:passive",
    )


def test_the_nearest_verb_grammar_allows() -> None:
    """The last speech verb before the quote whose subject can be read wins."""
    text = 'Clinton says she appreciated the courage behind what she calls a "war of words."'
    assert attribution(text) == ("she", "before:subject")
    text = (
        'Clinton mocked the complaint, saying anybody who complains "is not having a good night."'
    )
    assert attribution(text) == ("Clinton", "before:sentence-subject")


@pytest.mark.parametrize(
    "text",
    [
        'Sanders made the following comment: "We will win."',
        'The so-called "reset" is over.',
        'Her late-night tweets were "unhinged."',
    ],
)
def test_nouns_are_not_speech_verbs(text: str) -> None:
    mention, _ = attribution(text)
    assert mention not in ("following", "the following", "the so", "Her late-night")


@pytest.mark.parametrize(
    "text",
    [
        'Sanders made the following comment: "We will win."',
        'Sanders issued a brief statement: "We will win."',
        'Sanders released a joint statement with Warren: "We will win."',
    ],
)
def test_a_statement_described_is_a_noun_and_the_subject_speaks(text: str) -> None:
    """An adjective that describes a statement makes the speech word after it a noun: the
    sentence's subject is the speaker, not "the following"."""
    mention, _ = attribution(text)
    assert mention == "Sanders"


def test_verbs_inside_other_quotes_are_not_the_narration() -> None:
    text = 'Trump called him a "nasty guy who said nothing," an "anchor baby" and "sick."'
    assert attribution(text) == ("Trump", "before:subject")


@pytest.mark.parametrize(
    ("text", "mention", "rule"),
    [
        ('A cashier who "steals" is held accountable, Warren said.', "Warren", "rest:X-said"),
        ('"We squeezed them" to drive up the price, she said, and left.', "she", "rest:X-said"),
        (
            'The plan will "fail" soon, according to a senior official.',
            "a senior official",
            "rest:according-to",
        ),
        ('The plan will "fail" in weeks, said the senator.', "the senator", "rest:said-X"),
    ],
)
def test_the_rest_of_the_sentence(text: str, mention: str, rule: str) -> None:
    assert attribution(text) == (mention, rule)


def test_a_colon_takes_the_subject_of_its_sentence() -> None:
    text = 'Obama is rolling out a new message: "It is about me."'
    assert attribution(text) == ("Obama", "colon:sentence-subject")


def test_the_sentence_before() -> None:
    text = 'Maria Lopez told the crowd at the rally.\n\n"We will win."'
    runs = QuotedRuns(pair_marks(text))
    qs = runs.pairs[0][0]
    found = previous_sentence(text, qs, runs, SpeechVerbs(text, runs))
    assert found is not None and found.mention is not None
    assert text[found.mention[0] : found.mention[1]] == "Maria Lopez"


def test_a_name_that_modifies_people_is_part_of_the_subject() -> None:
    text = 'Computer experts say the chips will be the "brains" of the machines.'
    assert attribution(text) == ("Computer experts", "before:subject")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            'Analysts at Barclays raised their forecasts, saying the phone had "changed the '
            'market" this year.',
            "Analysts at Barclays",
        ),
        (
            'A spokesman for the Foreign Ministry said the talks had "gone well" on Monday.',
            "A spokesman for the Foreign Ministry",
        ),
        (
            'Officials of the State Department said it was "a mistake" to go.',
            "Officials of the State Department",
        ),
    ],
)
def test_people_keep_the_organisation_they_belong_to(text: str, mention: str) -> None:
    assert attribution(text)[0] == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Republican leader Mark Hollis said his party agreed but warned that it would "
            '"hurt small businesses" badly.',
            "Republican leader Mark Hollis",
        ),
        (
            "Clinton campaign chairman John Podesta told donors, adding that the race was "
            '"far from over" now.',
            "Clinton campaign chairman John Podesta",
        ),
    ],
)
def test_a_party_or_place_before_an_office_and_a_name(text: str, mention: str) -> None:
    assert attribution(text)[0] == mention


def test_a_verb_after_a_name_is_no_office() -> None:
    text = 'Trump attacks Clinton daily, calling her "crooked" in every speech.'
    assert attribution(text)[0] == "Trump"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an adverb opening the sentence is no name
        (
            'Conversely, PolitiFact rated it, calling the claim "entirely true" that year.',
            "PolitiFact",
        ),
        # a date after a preposition is no name
        ("On September 27 they published it, announcing the claim was “true” after all.", "they"),
        # an opening phrase that holds a comma itself
        (
            "Following a swiftly called, late-afternoon meeting, the Security Council issued a "
            'statement calling the test "a clear violation" of its resolutions.',
            "the Security Council",
        ),
    ],
)
def test_the_subject_after_what_opens_a_sentence(text: str, mention: str) -> None:
    assert attribution(text)[0] == mention


def test_an_article_alone_names_no_one() -> None:
    text = 'Following a swiftly called meeting a statement went out calling it "a violation" now.'
    assert attribution(text)[0] != "a"


def test_a_noun_with_a_verb_of_its_own_is_no_speech_verb() -> None:
    text = 'President Park Geun-hye said Kim\'s mental state is "spiraling out of control."'
    assert attribution(text)[0] == "President Park Geun-hye"
    # a past form before "is" is still a verb: "what the congressman said is"
    text = 'It is meddling the congressman said is designed to "sow discord" here.'
    assert attribution(text)[0] == "the congressman"


def test_a_participle_in_a_sentence_opened_by_a_quote_takes_its_attribution() -> None:
    text = (
        '"It is no requirement," Oversight Chairman Jason Chaffetz (R-Utah) said in a '
        'statement, adding that the agreements were handed out "like candy."'
    )
    assert attribution(text) == (
        "Oversight Chairman Jason Chaffetz (R-Utah)",
        "before:quote-attribution",
    )


@pytest.mark.parametrize(
    ("text", "mention", "rule"),
    [
        (
            "Once, when my mother mentioned the devil while driving, I laughed and said, "
            '"I don\'t believe in the devil."',
            "I",
            "before:clause-subject",
        ),
        (
            "She became so upset, and drove so erratically, that I had to change my answer: "
            '"Of course I believe in the devil."',
            "I",
            "colon:clause-subject",
        ),
        (
            "My mother has softened with age, but even now at 86 she still says things such "
            'as, "We\'re not all meant to be equal."',
            "she",
            "before:subject",
        ),
        # a clause with no subject of its own: the sentence's
        (
            'The senator, who arrived late, laughed and said "we will see."',
            "The senator",
            "before:sentence-subject",
        ),
    ],
)
def test_the_nearest_clause_names_the_speaker(text: str, mention: str, rule: str) -> None:
    assert attribution(text) == (mention, rule)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "On the show, the former secretary of state and current Democratic presidential "
            "nominee said she wanted to speak “directly to white people” on Tuesday.",
            "the former secretary of state and current Democratic presidential nominee",
        ),
        (
            "When pressed on why the plan leaves out dads, the 34-year-old mother of three "
            'replied, "It\'s meant to benefit the mother."',
            "the 34-year-old mother of three",
        ),
    ],
)
def test_a_long_description_is_the_subject(text: str, mention: str) -> None:
    assert attribution(text)[0] == mention


def test_a_count_before_a_plural_noun_still_makes_it_a_noun() -> None:
    def verbs(text: str) -> list[str]:
        return [v.word for v in SpeechVerbs(text, QuotedRuns([])).between(0, len(text))]

    assert verbs("Two reports came out and several claims were made.") == []
    assert verbs("The mother of three replied.") == ["replied"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Politifact seized on Donald Trump’s claim that there have been “thousands of "
            "shootings” in Chicago this year.",
            "Donald Trump",
        ),
        (
            "The missive was ridiculed for its prediction that he would be “the healthiest "
            "individual ever elected.”",
            "its",
        ),
        ('Voters remember his promise to "drain the swamp" in Washington.', "his"),
        # the nearest wins: the claim, not the verb before it
        (
            "Politifact said the senator's assertion that it was “mostly false” held up.",
            "the senator",
        ),
    ],
)
def test_a_possessive_claim_names_its_owner(text: str, mention: str) -> None:
    assert attribution(text) == (mention, "before:possessive-claim")


def test_a_claim_in_an_earlier_sentence_does_not_reach_the_quote() -> None:
    text = "It was Trump's claim that crime rose. Critics call it “nonsense” daily."
    assert attribution(text)[1] != "before:possessive-claim"


def test_a_verb_after_and_in_a_subordinate_clause_takes_that_clause_subject() -> None:
    text = 'Tom Smith was angry after she met the police and said it was "a disgrace."'
    assert attribution(text) == ("she", "before:clause-subject")
    # what a name owns opens no clause of its own: the sentence's subject
    text = 'Tom Smith spoke after Clinton\'s speech and said it was "a disgrace."'
    assert attribution(text)[0] == "Tom Smith"


def test_a_name_after_a_quoted_title_stops_at_its_closing_mark() -> None:
    text = 'In an interview on "Face the Nation," Senator Tom Smith said the deal was "a disaster."'
    assert attribution(text) == ("Senator Tom Smith", "before:subject")


def test_a_subject_that_cannot_speak_leaves_the_quote_to_the_verb_reporting_it() -> None:
    text = (
        "Senator Tom Smith said the recent spate of shootings demands that everyone "
        'engage in "more listening."'
    )
    assert attribution(text) == ("Senator Tom Smith", "before:outer-verb")
    # people named by a noun on no list still speak for themselves
    text = 'Tom Smith said the billionaire told him that the deal was "a disaster."'
    assert attribution(text)[0] == "the billionaire"
    text = 'Tom Smith said the new report warns that the plan is "a disaster."'
    assert attribution(text)[0] == "the new report"


def test_a_possessive_subject_keeps_its_noun_before_a_comma() -> None:
    text = (
        "Smith's relatives, including his wife, watched the video on Thursday and said "
        'they came away with "more questions than answers."'
    )
    assert attribution(text) == ("Smith's relatives", "before:sentence-subject")


@pytest.mark.parametrize("paragraph_before", ["", 'Smith told the crowd to "go and vote."\n\n'])
def test_a_contracted_pronoun_is_the_subject_of_the_verb_after_it(paragraph_before: str) -> None:
    # "He's claiming": "'s" is "is", not a possessive making "claiming" a noun
    text = paragraph_before + 'He’s claiming that fraud is "a big, big problem" in the country.'
    assert attribution(text) == ("He", "before:name-participle")
    assert attribution('She\'s calling the plan "a disaster."') == ("She", "before:name-participle")


def test_an_office_in_lower_case_inside_the_name_after_a_quote() -> None:
    text = 'Clinton "is the only candidate ready to lead," retired Air Force general Lloyd Newton said.'
    assert attribution(text) == ("retired Air Force general Lloyd Newton", "after:X-said")


def test_a_participle_clause_fronted_before_the_main_clause_takes_its_subject() -> None:
    text = 'After saying her foot was "so swollen I could barely walk," she was taken to hospital.'
    assert attribution(text) == ("she", "before:fronted-participle")
    text = 'Before calling the plan "a disaster" on Monday, Tom Smith voted for it.'
    assert attribution(text) == ("Tom Smith", "before:fronted-participle")


def test_a_participle_after_a_comma_takes_the_agent_after_by() -> None:
    text = (
        "Phillips took a catch to dismiss Pope, described by Sky Sports commentator "
        'Nasser Hussain as "the catch of the year".'
    )
    assert attribution(text) == ("Sky Sports commentator Nasser Hussain", "before:passive-by")
    # "by" and no one who speaks: the participle's subject stays the sentence's
    text = 'Ann Cole, reached by phone, called it "a disgrace".'
    assert attribution(text)[0] == "Ann Cole"


@pytest.mark.parametrize("opening", ["Meanwhile, the", "Separately, the", "Separately the"])
def test_an_opening_adverb_is_no_part_of_the_speaker(opening: str) -> None:
    text = f'{opening} Kremlin said it was "carefully studying" the remarks.'
    assert attribution(text)[0] == "the Kremlin"


def test_an_age_and_a_whose_clause_stand_between_the_speaker_and_the_verb() -> None:
    text = 'Graham Tully, 68, whose house was flooded twice, said the work was "a decade late".'
    assert attribution(text)[0] == "Graham Tully"
