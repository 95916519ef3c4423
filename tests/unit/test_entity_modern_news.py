"""Entity rules for what modern news writes that the 1996 training file never saw: brands,
platforms, venues, award shows and the common nouns and acronyms of the day."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze
from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


# ------------------------------------------------------------------ common nouns


@pytest.mark.parametrize(
    "text",
    [
        "The Internet reacted the way it always does.",
        "Meta's AI models run in its data centres.",
        "Most of the Web is now behind paywalls, said John Smith.",
        "The company sells EVs in China.",
        "Regulators cleared the LNG terminal near Houston.",
        "Investors poured money into ETFs and NFTs last year.",
    ],
)
def test_common_nouns_and_acronyms_of_modern_news_are_no_names(text: str) -> None:
    got = _got(text)
    for word in ("Internet", "AI", "Web", "EVs", "LNG", "ETFs", "NFTs"):
        assert word not in got, (word, got)


def test_a_common_noun_still_opens_the_name_of_a_law_or_a_body() -> None:
    assert _got("The EU's AI Act takes effect in August.")["AI Act"] == "LAW"
    assert _got("Britain's AI Safety Institute tested the model.")["AI Safety Institute"] == "ORG"


# ------------------------------------------------------------------ grounds


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        ("City played at the Etihad on Sunday.", "Etihad"),
        ("Arsenal beat Everton 2-1 at the Emirates.", "Emirates"),
        ("Mikel Arteta, whose side drew at Old Trafford last week, was angry.", "Old Trafford"),
        ("England won the final at Wembley in 1966.", "Wembley"),
        ("Real Madrid host City, with the first leg at the Bernabeu on May 9.", "Bernabeu"),
    ],
)
def test_a_place_after_at_the_close_to_a_match_word_is_the_ground(text: str, ground: str) -> None:
    assert _got(text)[ground] == "FAC"


def test_a_town_a_country_or_a_far_match_word_keeps_the_place() -> None:
    assert _got("Leicester won 2-0 at Manchester on Sunday.")["Manchester"] != "FAC"
    assert _got("England drew 1-1 at Germany in the qualifier.")["Germany"] == "GPE"
    text = (
        "Kendrick Lamar won record of the year and song of the year for the track, which was "
        "aimed at Kestrelby."
    )
    assert _got(text).get("Kestrelby") != "FAC"


# ------------------------------------------------------------------ companies and platforms


def test_a_common_word_opening_a_sentence_before_said_is_the_speaker() -> None:
    assert _got("Meta said on Tuesday it would sell the glasses.")["Meta"] == "ORG"
    assert _got("Police said the man was arrested.") == {}
    assert _got("Analysts said the deal was cheap.") == {}
    assert _got("Music is good for the heart, doctors say.") == {}


def test_a_name_before_the_users_or_app_of_a_service_is_its_company() -> None:
    got = _got("The glasses show messages from Instagram and WhatsApp users on a screen.")
    assert got["Instagram"] == got["WhatsApp"] == "ORG"
    assert _got("She deleted her Snapchat account.")["Snapchat"] == "ORG"
    assert _got("Kestrel Smith has 2 million followers.")["Kestrel Smith"] == "PERSON"


# ------------------------------------------------------------------ award ceremonies


def test_an_award_ceremony_named_by_its_prizes_is_an_event() -> None:
    assert _got("Beyoncé wins big at Grammys")["Grammys"] == "EVENT"
    assert _got("The Oscars take place on March 2 in Hollywood.")["Oscars"] == "EVENT"
    assert _got("She won at the Golden Globes.")["Golden Globes"] == "EVENT"
    assert _got("Brits abroad voted for Labour.")["Brits"] == "NORP"


# ------------------------------------------------------------------ colours of people


def test_colours_naming_people_are_no_names() -> None:
    assert "Brown" not in _got("Black and Brown communities were hit hardest, said Mayor Bass.")
    assert "Brown" not in _got("Officials said White, Black or Brown voters agreed.")
    assert _got("Gordon Brown and Tony Blair met.")["Gordon Brown"] == "PERSON"
    got = _got("Gordon Brown and Jack White met in London.")
    assert got["Gordon Brown"] == got["Jack White"] == "PERSON"


# ------------------------------------------------------------------ pieces of longer names


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "A man was taken to Leeds General Infirmary with injuries.",
            "Leeds General Infirmary",
            "ORG",
        ),
        (
            "said Dr. Michael Lincoff of the Cleveland Clinic, who led it.",
            "Cleveland Clinic",
            "ORG",
        ),
        ("The show was held at the Crypto.com Arena on Sunday.", "Crypto.com Arena", "FAC"),
        ("Ann Cole, of the NHS Confederation, said trusts need money.", "NHS Confederation", "ORG"),
        (
            "Seismologists at the British Geological Survey said so.",
            "British Geological Survey",
            "ORG",
        ),
        ("The state's solicitor general, Matthew Rice, said so.", "Matthew Rice", "PERSON"),
        ("The Ford Consortium bid for the site.", "Ford Consortium", "ORG"),
        ("West Yorkshire Police said officers were called.", "West Yorkshire Police", "ORG"),
        (
            "Separately, Greater Manchester Police arrested two teenagers.",
            "Greater Manchester Police",
            "ORG",
        ),
        ("Knife crime figures rise in West Yorkshire", "West Yorkshire", "GPE"),
        ("Officers were called to Call Lane at about 2am.", "Call Lane", "FAC"),
        (
            "Newcastle United, who played at St James' Park on Saturday, won.",
            "St James' Park",
            "FAC",
        ),
        (
            "He appeared before Leeds Magistrates' Court on Monday.",
            "Leeds Magistrates' Court",
            "ORG",
        ),
        (
            "The Food and Drug Administration is expected to decide.",
            "Food and Drug Administration",
            "ORG",
        ),
        (
            "Avon Fire and Rescue Service said 12 engines attended.",
            "Avon Fire and Rescue Service",
            "ORG",
        ),
        (
            "The West Yorkshire Fire and Rescue Authority will add a precept.",
            "West Yorkshire Fire and Rescue Authority",
            "ORG",
        ),
        (
            "The Electronic Frontier Foundation said the camera could record.",
            "Electronic Frontier Foundation",
            "ORG",
        ),
        (
            "Representative Alexandria Ocasio-Cortez said the deal left out aid.",
            "Alexandria Ocasio-Cortez",
            "PERSON",
        ),
        ("Councillor Helen Price, who chairs the committee, said so.", "Helen Price", "PERSON"),
        ("Apple's Vision Pro headset has sold fewer units.", "Vision Pro", "PRODUCT"),
    ],
)
def test_a_longer_name_is_kept_whole(text: str, name: str, label: str) -> None:
    got = _got(text)
    assert got.get(name) == label, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Co-leader Alice Weidel said the vote was a humiliation.", "Alice Weidel"),
        ("Co-founder Jane Park left the company in May.", "Jane Park"),
        ("Ex-president Evo Morales spoke at the rally.", "Evo Morales"),
    ],
)
def test_a_hyphenated_office_is_a_title(text: str, name: str) -> None:
    """A shared or former office before a name is its title, no name of its own."""
    assert _got(text) == {name: "PERSON"}


def test_a_plural_apostrophe_outside_a_name_still_ends_the_run() -> None:
    got = _got("The Smiths' car was found. He visited his parents' home.")
    assert "Smiths' car" not in got
    assert all("'" not in k for k in got), got


def test_a_common_word_before_a_known_body_in_a_headline_stays_out() -> None:
    got = _got("A State Department duty officer said she had no comment.")
    assert "A State Department" not in got


# ------------------------------------------------------------------ brands


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nvidia's chips are used by OpenAI, Google and Meta to train models.", "OpenAI"),
        ("The model was released by OpenAI on Monday, said Ana Ruiz.", "OpenAI"),
        ("Investors were told by BlackRock that rates would fall.", "BlackRock"),
        ("Sales of the PlayStation slowed, said Kenji Sato.", "PlayStation"),
    ],
)
def test_a_capital_inside_a_word_makes_a_brand_never_a_person(text: str, name: str) -> None:
    assert _got(text).get(name) in ("ORG", "PRODUCT"), _got(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senate leader Mitch McConnell said the bill would pass.", "Mitch McConnell"),
        ("LeBron James scored 30 points on Sunday.", "LeBron James"),
        ("Florida Governor Ron DeSantis signed the law.", "Ron DeSantis"),
        ("Leonardo DiCaprio won the award.", "Leonardo DiCaprio"),
    ],
)
def test_surnames_with_a_particle_stay_people(text: str, name: str) -> None:
    assert _got(text)[name] == "PERSON"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Eli Lilly, which makes the rival drug Mounjaro, said it would spend more.",
            ("Mounjaro",),
        ),
        (
            "Those given semaglutide, sold as Wegovy and Ozempic, had fewer strokes.",
            ("Wegovy", "Ozempic"),
        ),
    ],
)
def test_a_medicine_noun_or_sold_as_names_a_product(text: str, names: tuple[str, ...]) -> None:
    got = _got(text)
    for name in names:
        assert got.get(name) == "PRODUCT", (name, got)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Pornhub, owned by Montreal-based Aylo, has blocked access.", ("Pornhub", "Aylo")),
        ("Novo Nordisk, the Danish maker of Wegovy, has cut prices.", ("Novo Nordisk",)),
        ("At Sony, executives are betting on a sequel.", ("Sony",)),
        ("Warner Bros Discovery is expected to announce a sequel.", ("Warner Bros Discovery",)),
        ("The show, which is also streamed on Hulu and the site, drew fans.", ("Hulu",)),
        ("The figures come from Kantar, a research firm, and show a fall.", ("Kantar",)),
        ("Prices were set by Vestara, the data company that tracks them.", ("Vestara",)),
        ("It sold 1.4 million copies, according to Luminate, the tracker.", ("Luminate",)),
        ("Sales rose 4%, according to Circana.", ("Circana",)),
    ],
)
def test_what_stands_around_a_company_says_a_company(text: str, names: tuple[str, ...]) -> None:
    got = _got(text)
    for name in names:
        assert got.get(name) == "ORG", (name, got)


# ------------------------------------------------------------------ teams


@pytest.mark.parametrize(
    "team",
    ["Philadelphia Eagles", "Washington Commanders", "Detroit Lions", "Pittsburgh Steelers"],
)
def test_a_town_and_its_nickname_are_one_team(team: str) -> None:
    assert _got(f"The {team} won 31-17 on Sunday.")[team] == "ORG"


def test_a_ground_named_field_is_a_building_and_sally_field_a_person() -> None:
    got = _got("The Eagles routed the Commanders at Lincoln Financial Field on Sunday.")
    assert got["Lincoln Financial Field"] == "FAC"
    assert _got("Lambeau Field was full.")["Lambeau Field"] == "FAC"
    assert _got("The actress Sally Field won an Oscar.")["Sally Field"] == "PERSON"


def test_the_nickname_alone_after_the_full_name_is_the_team() -> None:
    text = (
        "The Kansas City Chiefs beat the Buffalo Bills 32-29. "
        "The Chiefs will face the Philadelphia Eagles next."
    )
    got = _got(text)
    assert got["Chiefs"] == "ORG"


@pytest.mark.parametrize(
    ("text", "place", "label"),
    [
        ("She grew up in Colorado Springs and studied law.", "Colorado Springs", "GPE"),
        ("The storm hit the Florida Keys on Monday.", "Florida Keys", "LOC"),
        ("He lives in Chicago Heights now.", "Chicago Heights", "GPE"),
    ],
)
def test_a_town_and_a_geographical_plural_are_one_place(text: str, place: str, label: str) -> None:
    assert _got(text).get(place) == label, _got(text)


# ------------------------------------------------------------------ names past "for", "on", numbers


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "The National Institute for Health and Care Excellence approved it.",
            "National Institute for Health and Care Excellence",
            "ORG",
        ),
        ("The Office for National Statistics said so.", "Office for National Statistics", "ORG"),
        ("It was published in the New England Journal of Medicine.", None, None),
        ("He spoke to BBC Radio 4 on Monday.", "BBC Radio 4", "ORG"),
        ("Texas passed House Bill 1181 last year.", "House Bill 1181", "LAW"),
        (
            "The 5th U.S. Circuit Court of Appeals upheld the law.",
            "5th U.S. Circuit Court of Appeals",
            "ORG",
        ),
    ],
)
def test_a_name_runs_past_for_and_its_number(text: str, name: str | None, label: str) -> None:
    got = _got(text)
    if name is None:
        assert "New England Journal of Medicine" in got, got
    else:
        assert got.get(name) == label, got


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("He sought funding from Congress for Tanzania and Kenya.", "Tanzania"),
        ("The Institute for Fiscal Studies and Oxford University agreed.", "Oxford University"),
        ("The Department for Education on Monday said so.", "Department for Education"),
    ],
)
def test_for_joins_only_a_body_and_its_subject(text: str, apart: str) -> None:
    assert apart in _got(text), _got(text)


def test_a_numbered_name_is_its_own_entity() -> None:
    text = "Texas passed House Bill 1181. The 5th U.S. Circuit Court of Appeals upheld the law."
    spans = {s.text: s for s in find_entities(text)}
    assert spans["House Bill 1181"].value == "House Bill 1181"
    assert spans["5th U.S. Circuit Court of Appeals"].label == "ORG"


# ------------------------------------------------------------------ club towns outside sport


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Knife offences in Yorkshire fell by 6% last year.", "Yorkshire"),
        ("Officers from across Yorkshire joined the search.", "Yorkshire"),
        ("Police launched a campaign in Leeds and Bradford.", "Bradford"),
        ("He moved to Leeds in 2010 and worked for the council.", "Leeds"),
        ("Man Stabbed Outside Nightclub in Leeds City Centre\n\nA man was hurt.", "Leeds"),
    ],
)
def test_a_club_town_outside_sport_is_the_town(text: str, town: str) -> None:
    assert _got(text).get(town) == "GPE", _got(text)


def test_a_town_named_as_a_place_once_is_the_town_in_a_story_with_no_sport() -> None:
    text = "A man was stabbed in Leeds on Saturday. Leeds council said it would add lighting."
    assert [s.label for s in find_entities(text) if s.text == "Leeds"] == ["GPE", "GPE"]


def test_in_a_match_report_the_club_stays_a_club() -> None:
    got = [
        (s.text, s.label)
        for s in find_entities("Leeds beat Chelsea 2-1. The striker moved to Leeds in 2010.")
    ]
    assert ("Leeds", "ORG") in got and ("Chelsea", "ORG") in got


# ------------------------------------------------------------------ quoted titles of prizes


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'The singer took home album of the year on Sunday for "Cowboy Carter," her first.',
            "Cowboy Carter",
        ),
        (
            'Sabrina Carpenter won best pop vocal album for "Short n\' Sweet," and left.',
            "Short n' Sweet",
        ),
        ('The Oscars are in March. "Emilia Pérez" leads with 13 nominations.', "Emilia Pérez"),
    ],
)
def test_the_quoted_work_a_prize_went_to_is_a_title(text: str, title: str) -> None:
    assert _got(text).get(title) == "WORK_OF_ART", _got(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Trump called her "Miss Piggy" in 1996, the former beauty queen said.', "Miss Piggy"),
        ('Supporters queued for "Make America Great Again" hats in Ohio.', "Make America"),
        ('He went to "Camp David" for talks with the president.', "Camp David"),
    ],
)
def test_nicknames_slogans_and_scare_quotes_are_no_titles(text: str, name: str) -> None:
    assert "WORK_OF_ART" not in _got(text).values(), _got(text)


# ------------------------------------------------------------------ today's companies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Google is working with Samsung on the headset.", "Google"),
        ("Apple and Google both declined to comment.", "Google"),
        ("Amazon shares rose 3% after the results.", "Amazon"),
        ("The game was broadcast on Fox and drew 20 million viewers.", "Fox"),
        ("About 20 million people watched, according to Nielsen.", "Nielsen"),
        ("The trial was funded by Novo Nordisk.", "Novo Nordisk"),
        ("Amazon Music and Apple Music raised their prices.", "Amazon Music"),
        ("Amazon Music and Apple Music raised their prices.", "Apple Music"),
        ("NHS England said waiting lists fell.", "NHS England"),
        ("A FEMA spokesperson said the agency was ready.", "FEMA"),
        ("Photo: Kevin Winter/Getty Images", "Getty Images"),
        ("The deal was first reported by Semafor.", "Semafor"),
        ("according to The Hollywood Reporter.", "The Hollywood Reporter"),
    ],
)
def test_todays_big_companies_are_organisations(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG", _got(text)


def test_a_person_who_shares_a_companys_word_is_still_found_by_the_full_name() -> None:
    got = _got("Laurence Fox was fined. Fox said he would appeal.")
    assert got["Laurence Fox"] == got["Fox"] == "PERSON"
    assert _got("Fiona Apple released an album.")["Fiona Apple"] == "PERSON"


def test_a_given_name_and_a_middle_initial_take_a_companys_word_as_the_surname() -> None:
    assert _got("Michael J. Fox spoke on Tuesday.")["Michael J. Fox"] == "PERSON"


# ------------------------------------------------------------------ bylines and credits

_HEADLINE = "Senate Passes Stopgap Bill Hours Before Shutdown Deadline\n\n"


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("By Jane Smith, Reuters", ["Jane Smith"]),
        ("By Priya Raman, Technology Reporter", ["Priya Raman"]),
        ("By Michael Grant and Rachel Okafor", ["Michael Grant", "Rachel Okafor"]),
        ("Photo: Kevin Winter/Getty Images for The Recording Academy", ["Kevin Winter"]),
        ("(AP Photo/Evan Vucci)", ["Evan Vucci"]),
        (
            "Reporting by Jo Kent in New York; Editing by Alexia Garamfalvi and Will Dunham",
            ["Alexia Garamfalvi", "Will Dunham"],
        ),
    ],
)
def test_a_byline_or_a_picture_credit_names_people(credit: str, names: list[str]) -> None:
    text = _HEADLINE + credit + "\n\nThe Senate voted 78-18 on Friday to keep the government open."
    got = _got(text)
    for name in names:
        assert got.get(name) == "PERSON", got
    assert "Technology Reporter" not in got


def test_by_opening_a_paragraph_is_no_byline() -> None:
    from tuiread.analysis.entities.context import credited

    text = (
        "By Friday, Kestrelby had agreed to sell the unit to its rival, according to people "
        "familiar with the talks, who asked not to be named because the talks were private."
    )
    s = text.index("Kestrelby")
    assert not credited(text, s, s + len("Kestrelby"))
    line = "By Friday, Kestrelby\n\n" + text
    assert credited(line, s, s + len("Kestrelby"))


# ------------------------------------------------------------------ the article "A"


def test_a_sentence_opening_a_is_the_article_before_a_body() -> None:
    assert _got("A NOAA spokesperson said the agency was ready.").get("NOAA") == "ORG"
    assert _got("A Kellogg officer, who asked not to be named, said.").get("Kellogg") == "ORG"
    assert _got("They were drawn in Group A with Spain.").get("Spain") == "GPE"


# ------------------------------------------------------------------ stock indexes


def test_a_stock_index_is_one_name_with_its_number() -> None:
    got = _got(
        "The S&P 500 dropped 2.9%, while the Dow Jones Industrial Average lost 1,100 points. "
        "The Nasdaq Composite slid 3.6%. In Europe, the Stoxx 600 ended down 0.5%."
    )
    for index in ("S&P 500", "Dow Jones Industrial Average", "Nasdaq Composite", "Stoxx 600"):
        assert got.get(index) == "PRODUCT", got


def test_a_company_named_after_a_region_is_the_region_where_a_place_is_named() -> None:
    text = "Deforestation in the Amazon rose last year, while Amazon shares fell."
    got = [(s.text, s.label) for s in find_entities(text)]
    assert got == [("Amazon", "LOC"), ("Amazon", "ORG")]
    assert _got("Fires across the Amazon rainforest spread.")["Amazon"] == "LOC"
    assert _got("The Amazon founder spoke on Tuesday.")["Amazon"] == "ORG"


# ------------------------------------------------------------------ given names


def test_a_given_name_that_is_also_a_country_opens_a_persons_name() -> None:
    assert _got("Quarterback Jordan Love threw two touchdowns.")["Jordan Love"] == "PERSON"
    assert _got("Megan Fox starred in the film.")["Megan Fox"] == "PERSON"
    got = _got("King Abdullah of Jordan met officials in Amman on Monday.")
    assert got["Jordan"] == "GPE"


def test_a_plus_after_a_company_names_its_streaming_service() -> None:
    got = _got("The show streams on Paramount+ and Disney+. Paramount shares rose.")
    assert got["Paramount+"] == got["Disney+"] == got["Paramount"] == "ORG"
    assert "Google+1" not in _got("Google+1 was a button.")


def test_a_title_word_after_a_given_name_is_the_surname() -> None:
    assert _got("Stephen King wrote the novel.")["Stephen King"] == "PERSON"
    assert _got("Larry King interviewed him in 1999.")["Larry King"] == "PERSON"
    assert _got("Gov. Jim Justice signed the bill.")["Jim Justice"] == "PERSON"
    got = _got("President Obama met Prime Minister Cameron.")
    assert got == {"Obama": "PERSON", "Cameron": "PERSON"}


def test_a_hyphen_between_two_full_names_joins_two_people() -> None:
    got = _got("Netflix streamed the Jake Paul-Mike Tyson fight in November.")
    assert got["Jake Paul"] == got["Mike Tyson"] == "PERSON"
    assert _got("Mary Smith-Jones spoke.")["Mary Smith-Jones"] == "PERSON"


def test_a_prize_named_as_a_prize_is_a_work_of_art() -> None:
    got = [(s.text, s.label) for s in find_entities("She won an Oscar in 2019 and a Grammy.")]
    assert got == [("Oscar", "WORK_OF_ART"), ("Grammy", "WORK_OF_ART")]
    assert _got("Erivo has been tipped for Oscar nominations.")["Oscar"] == "WORK_OF_ART"
    assert _got("He won a Tony for the role.")["Tony"] == "WORK_OF_ART"
    got = _got("Oscar Isaac starred. Oscar said he was thrilled.")
    assert got == {"Oscar Isaac": "PERSON", "Oscar": "PERSON"}


def test_a_storm_named_alone_after_its_full_name_is_the_same_storm() -> None:
    text = (
        "Typhoon Haikui struck southern Taiwan on Sunday, officials said. "
        "By Monday Haikui had weakened over the strait, and schools reopened."
    )
    spans = [s for s in find_entities(text) if s.text == "Haikui"]
    assert spans and all(s.label == "EVENT" and s.value == "Typhoon Haikui" for s in spans)


def test_a_name_alone_without_its_storm_stays_a_person() -> None:
    got = {s.text: s.label for s in find_entities("Milton arrived late and Milton Friedman spoke.")}
    assert got.get("Milton") != "EVENT"


@pytest.mark.parametrize(
    ("text", "name", "labels"),
    [
        (
            "Ferries crossed Tampa Bay before dawn, the coast guard said.",
            "Tampa Bay",
            ("LOC", "GPE"),
        ),
        (
            "The Tampa Bay Lightning and the Tampa Bay Buccaneers both postponed games.",
            "Tampa Bay Buccaneers",
            ("ORG",),
        ),
    ],
)
def test_a_town_and_its_bay_are_one_place_and_name_its_teams(
    text: str, name: str, labels: tuple[str, ...]
) -> None:
    got = _got(text)
    assert got.get(name) in labels, got


# ------------------------------------------------------------------ companies named like people


def _labels_of(text: str, name: str) -> set[str]:
    return {s.label for s in find_entities(text) if s.text == name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senators questioned Harlan Whitcombe CEO Dana Ruiz on Thursday. "
            "Harlan Whitcombe was fined $40 million last month.",
            "Harlan Whitcombe",
        ),
        (
            "Kessler Vance bankers were paid bonuses for opening accounts. "
            "Critics said Kessler Vance had ignored warnings.",
            "Kessler Vance",
        ),
        (
            "Regulators met Corwin Ashby board member Paula Grant. "
            "Corwin Ashby said the review was routine.",
            "Corwin Ashby",
        ),
    ],
)
def test_a_company_role_after_a_name_makes_every_mention_a_company(text: str, name: str) -> None:
    assert _labels_of(text, name) == {"ORG"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Dutch banks Vrieling Ostkamp and Dravensz Mertel own most of the shares. "
            "Dravensz Mertel declined to comment.",
            ("Vrieling Ostkamp", "Dravensz Mertel"),
        ),
        (
            "The loan was arranged by the bank Garrick Ellery, which later sold it. "
            "Garrick Ellery declined to comment.",
            ("Garrick Ellery",),
        ),
    ],
)
def test_a_sector_noun_before_a_name_makes_it_a_company(text: str, names: tuple[str, ...]) -> None:
    for name in names:
        assert _labels_of(text, name) == {"ORG"}, name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ngozi Adaeze CEO of Lumen Bank spoke first.", "Ngozi Adaeze"),
        ("Colin Montgomerie shares the lead after the first round.", "Colin Montgomerie"),
        (
            "Regulators met Kenneth Marlow employees and the bank Kenneth Marlow chairs.",
            "Kenneth Marlow",
        ),
    ],
)
def test_a_person_stays_a_person_beside_a_company_word(text: str, name: str) -> None:
    assert "ORG" not in _labels_of(text, name)


def test_a_name_then_a_verb_then_his_is_a_person() -> None:
    # the name is the subject "his" repeats; a company's pronoun would be "its"
    text = "Candidates faced questions about taxes. Brock Tannery released his returns in 2015."
    assert _labels_of(text, "Brock Tannery") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lenders including Goldman Sachs and Whitlock Danner cut their exposure.",
            "Whitlock Danner",
        ),
        ("Shares of Bank of America and Tolland Reeve rose after the ruling.", "Tolland Reeve"),
    ],
)
def test_a_name_listed_with_a_known_company_is_a_company(text: str, name: str) -> None:
    assert _labels_of(text, name) == {"ORG"}


def test_a_known_person_listed_with_a_company_stays_a_person() -> None:
    assert _labels_of("Tony Blair and Morgan Stanley were both criticised.", "Tony Blair") == {
        "PERSON"
    }


def test_a_region_listed_with_a_town_the_lists_know_as_a_club_stays_a_place() -> None:
    got = _got("The king ceded Alsace and Strasbourg to France and kept Breisach.")
    assert got.get("Alsace") == got.get("Strasbourg") == "GPE", got


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Six Nations organisers said the game would go ahead.", "Six Nations", "EVENT"),
        ("France won the Six Nations on Saturday.", "Six Nations", "EVENT"),
        ("She won her first Formula One race in Bahrain.", "Formula One", "ORG"),
    ],
)
def test_a_competition_named_with_a_number_is_a_name_not_a_count(
    text: str, name: str, label: str
) -> None:
    spans = analyze(text)
    assert [(s.text, s.label) for s in spans if s.kind == "entity" and s.text == name] == [
        (name, label)
    ]
    assert not [s for s in spans if s.kind == "number" and s.label == "CARDINAL"]


def test_six_people_opening_a_sentence_are_still_counted() -> None:
    spans = analyze("Six people died when the roof fell.")
    assert [(s.text, s.label) for s in spans if s.kind == "number"] == [("Six", "CARDINAL")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Ms Reyes, a group of activists said, was never told.", "Reyes", "PERSON"),
        ("The deal was agreed, according to Ms. Okafor.", "Okafor", "PERSON"),
    ],
)
def test_an_apposition_or_a_source_that_is_no_company_keeps_its_label(
    text: str, name: str, label: str
) -> None:
    """ "a group of" is people, not a company noun heading the apposition; a person named
    with a title stays a person after "according to"."""
    assert _got(text).get(name) == label


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The firm grew. Boeing said it would cut 2,000 jobs at its plant.", "Boeing", "ORG"),
        ("Airbus delivered 30 jets in May, the planemaker said.", "Airbus", "ORG"),
        ("The Boeing 747 landed safely.", "Boeing 747", "PRODUCT"),
        ("He drove a Porsche 911 to work.", "Porsche 911", "PRODUCT"),
        ("Microsoft 365 is a suite of office programs.", "Microsoft 365", "PRODUCT"),
    ],
)
def test_makers_are_companies_and_their_numbered_models_products(
    text: str, name: str, label: str
) -> None:
    assert _got("The story starts here, on a Friday.\n\n" + text).get(name) == label


def test_a_club_and_its_score_are_no_model() -> None:
    got = _got("The story starts here, on a Friday.\n\nThen Leicestershire 296 all out, and so on.")
    assert "Leicestershire 296" not in got


@pytest.mark.parametrize("name", ["Lockheed Martin", "Exxon Mobil", "JPMorgan Chase"])
def test_a_listed_company_of_two_words_stays_whole(name: str) -> None:
    got = _got(f"The story starts here, on a Friday.\n\nShares of {name} rose on Monday.")
    assert got.get(name) == "ORG"


@pytest.mark.parametrize("name", ["Nokia Oyj", "Equinor ASA", "Baker McKenzie LLP", "Acme Pty Ltd"])
def test_company_suffixes_of_other_countries_end_the_name(name: str) -> None:
    got = _got(f"The story starts here, on a Friday.\n\nHe said {name} would cut jobs.")
    assert got.get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "National Grid said engineers were working through the night.",
            ("National Grid",),
        ),
        (
            "Insurers including Aviva and Direct Line said claims would rise.",
            ("Aviva", "Direct Line"),
        ),
        (
            "Shares in Coinbase and Robinhood fell after Binance cut fees.",
            ("Coinbase", "Robinhood", "Binance"),
        ),
        ("British Gas raised its prices, Ofgem said.", ("British Gas", "Ofgem")),
    ],
)
def test_companies_and_regulators_of_todays_news_are_organisations(
    text: str, names: tuple[str, ...]
) -> None:
    got = _got(text)
    for name in names:
        assert got.get(name) == "ORG", (name, got)


@pytest.mark.parametrize(
    "name", ["Ban Ki-moon", "Moon Jae-in", "Han Duck-soo", "Kang Kyung-wha", "Jun Young-hyun"]
)
def test_a_korean_personal_name_is_a_person(name: str) -> None:
    assert _got(f"{name} spoke to reporters on Monday.")[name] == "PERSON"


def test_a_craft_named_before_its_noun_is_a_product() -> None:
    got = _got("Nasa cited problems with the Orion capsule and the Juno probe.")
    assert got["Orion"] == got["Juno"] == "PRODUCT"


def test_broadcasters_channels_are_organisations() -> None:
    got = _got("Sky Sports and TNT Sports bid; it aired on BBC One, BT Sport and ITV.")
    for name in ("Sky Sports", "TNT Sports", "BBC One", "BT Sport", "ITV"):
        assert got.get(name) == "ORG", (name, got)


def test_storms_named_after_a_plural_in_lower_case_are_events() -> None:
    got = _got("Aid goes to states hit by hurricanes Helene and Milton. Milton hit Florida.")
    assert got["Helene"] == got["Milton"] == "EVENT"


def test_a_playhouse_is_a_venue_and_its_town_after_in_stays_a_town() -> None:
    got = _got("She grew up in Oxford, where her father worked. She joined the Oxford Playhouse.")
    assert got["Oxford Playhouse"] == "FAC"
    assert got["Oxford"] == "GPE"
    assert _got("Everton drew at Goodison Park. At Goodison, fans sang.")["Goodison"] == "FAC"


def test_a_name_before_a_generator_or_a_chatbot_is_a_product() -> None:
    assert _got("It released its Claude chatbot on Monday.")["Claude"] == "PRODUCT"


def test_greater_before_a_known_place_is_part_of_its_name() -> None:
    assert _got("He is the mayor of Greater Manchester.")["Greater Manchester"] == "GPE"
    assert _got("Greater Manchester Police said so.")["Greater Manchester Police"] == "ORG"


def test_assistants_and_housebuilders_of_todays_news() -> None:
    got = _got("Housebuilders Persimmon and Barratt Redrow fell. Siri lags behind Gemini.")
    assert got["Persimmon"] == got["Barratt Redrow"] == "ORG"
    assert got["Siri"] == got["Gemini"] == "PRODUCT"
    assert "Housebuilders" not in " ".join(got)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Marine Le Pen spoke. Le Pen said so.", "Marine Le Pen", "Le Pen"),
        ("Bruno Le Maire spoke. Le Maire said so.", "Bruno Le Maire", "Le Maire"),
        (
            "He met Ursula von der Leyen. Von der Leyen said so.",
            "Ursula von der Leyen",
            "Von der Leyen",
        ),
        (
            "Luis de la Fuente picked the team. De la Fuente said so.",
            "Luis de la Fuente",
            "De la Fuente",
        ),
    ],
)
def test_a_surname_with_particles_is_one_person(text: str, full: str, short: str) -> None:
    spans = {s.text: (s.label, s.value) for s in find_entities(text)}
    assert spans[full] == ("PERSON", full)
    assert spans[short] == ("PERSON", full)


def test_a_paper_named_with_a_particle_stays_an_organisation() -> None:
    assert _got("He read Le Monde.")["Le Monde"] == "ORG"


def test_parties_of_todays_news_are_organisations() -> None:
    got = _got("Marine Le Pen's National Rally and Reform UK gained; the AfD and SNP lost.")
    for name in ("National Rally", "Reform UK", "AfD", "SNP"):
        assert got.get(name) == "ORG", (name, got)


def test_a_lone_name_saying_a_quote_is_a_person() -> None:
    assert _got('"We showed character," Arteta said after the win.')["Arteta"] == "PERSON"
    # a capitalised word before "said" with no quote before it is left to its other cues
    assert "Arteta" not in _got("Arteta")


def test_a_bodys_head_before_of_makes_a_body_whatever_place_follows() -> None:
    assert (
        _got("Critics, including the Law Society of Kenya, said so.")["Law Society of Kenya"]
        == "ORG"
    )
    assert _got("The Gulf of Mexico is warm.")["Gulf of Mexico"] == "LOC"


def test_charities_and_armed_groups_of_todays_news_are_organisations() -> None:
    for name in (
        "Amnesty International",
        "Oxfam",
        "Boko Haram",
        "Citizens Advice",
        "Islamic State",
    ):
        assert _got(f"A report by {name} said so.").get(name) == "ORG", name


def test_an_album_after_whose_is_a_work() -> None:
    got = _got("Charli XCX, whose album Brat won the Mercury Prize, will headline.")
    assert got["Brat"] == "WORK_OF_ART"


def test_a_companys_first_word_alone_is_the_company_not_its_foundation() -> None:
    text = (
        "Novo Nordisk fell. Novo, which makes Wegovy and Ozempic, fell. "
        "The Novo Nordisk Foundation owns most of it."
    )
    spans = {s.text: (s.label, s.value) for s in find_entities(text)}
    assert spans["Novo"] == ("ORG", "Novo Nordisk")
    assert spans["Wegovy"][0] == spans["Ozempic"][0] == "PRODUCT"


def test_a_place_based_affix_is_no_korean_given_name() -> None:
    from tuiread.analysis.entities.wholes import korean_given_name

    assert korean_given_name("Ki-moon") and korean_given_name("Duck-soo")
    assert not korean_given_name("Miami-based") and not korean_given_name("Moscow-run")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Paris Agreement aims to limit warming.", "Paris Agreement", "LAW"),
        ("The Kyoto Protocol lapsed.", "Kyoto Protocol", "LAW"),
        ("Negotiators at the COP29 climate summit agreed.", "COP29", "EVENT"),
        (
            "The Alliance of Small Island States walked out.",
            "Alliance of Small Island States",
            "ORG",
        ),
        ("Campaigners at Greenpeace said so.", "Greenpeace", "ORG"),
        ("Users with an iPhone or a HomePod can claim.", "HomePod", "PRODUCT"),
    ],
)
def test_treaties_summits_and_alliances(text: str, name: str, label: str) -> None:
    assert _got(text).get(name) == label


def test_a_club_town_after_at_in_a_story_with_no_sport_is_the_town() -> None:
    assert _got("Furnaces have burned coal at Scunthorpe since the 1890s.")["Scunthorpe"] == "GPE"
    assert _got("Wigan won 2-1 at Scunthorpe on Saturday.")["Scunthorpe"] == "ORG"


def test_a_headline_verb_before_a_company_is_no_part_of_its_name() -> None:
    got = _got("EXCLUSIVE: Inside The Deal That Saved British Steel\n\nIt was late.")
    assert got == {"British Steel": "ORG"}


@pytest.mark.parametrize(
    "name", ["Charlotte Meehan", "Florence Pugh", "Sydney Sweeney", "Paris Hilton"]
)
def test_a_given_name_that_is_also_a_town_opens_a_persons_name(name: str) -> None:
    assert _got(f"Tonight {name} arrived.")[name] == "PERSON"


@pytest.mark.parametrize("name", ["Nancy Marshall", "Clyde Drexler", "Milan Kundera"])
def test_a_given_name_that_is_also_a_club_opens_a_persons_name(name: str) -> None:
    assert _got(f"For the radio, I'm {name} in Washington.")[name] == "PERSON"


def test_the_town_stays_a_town_beside_a_person_and_a_team_named_after_it() -> None:
    got = _got("Charlotte Meehan wrote it. She lives in Charlotte. The Charlotte Panthers won.")
    assert got["Charlotte Meehan"] == "PERSON"
    assert got["Charlotte"] == "GPE"
    assert got["Charlotte Panthers"] == "ORG"


def test_a_name_after_the_state_of_or_the_town_of_is_a_place() -> None:
    text = "The party lost the eastern state of Jharkhand to the Jharkhand Mukti Morcha."
    assert _got(text)["Jharkhand"] == "GPE"
    assert (
        _got("A policeman in the southern Belgian town of Chatelet said so.")["Chatelet"] == "GPE"
    )


def test_a_title_word_opening_a_body_that_ends_in_its_head_is_no_title() -> None:
    got = _got("Mark Swift, of the police's Major Enquiry Team, said so. General Mills Inc. fell.")
    assert got["Major Enquiry Team"] == "ORG"
    assert got["General Mills Inc."] == "ORG"
    assert _got("General John Smith spoke.")["John Smith"] == "PERSON"


def test_indian_parties_named_by_their_heads_are_organisations() -> None:
    got = _got("Uddhav Thackeray's Shiv Sena faction and the Janata Dal lost. Dal Singh said so.")
    assert got["Shiv Sena"] == got["Janata Dal"] == "ORG"
    assert got["Dal Singh"] == "PERSON"


def test_a_river_lake_or_mountain_opens_one_location() -> None:
    got = _got("They climbed Mount Kenya, swam in Lake Malawi and walked by the River Derwent.")
    assert got["Mount Kenya"] == got["Lake Malawi"] == got["River Derwent"] == "LOC"
    assert _got("Mount Sinai Hospital said so.")["Mount Sinai Hospital"] == "ORG"


def test_a_club_county_before_its_residents_is_the_place() -> None:
    assert _got("Flooding cost Derbyshire households £18m.")["Derbyshire"] == "GPE"


def test_a_byline_keeps_a_surname_that_is_a_common_word() -> None:
    assert (
        _got("Council approves plan\n\nBy Hannah Price, BBC News\n\nIt rained.")["Hannah Price"]
        == "PERSON"
    )


def test_names_joined_by_an_ampersand_are_a_firm() -> None:
    got = _got("She worked at a law firm, Moore & Van Allen, in Charlotte before that.")
    assert got["Moore & Van Allen"] == "ORG"


def test_a_body_named_a_forum_or_a_caucus_is_an_organisation() -> None:
    got = _got("He is president of the American Action Forum, a conservative group.")
    assert got["American Action Forum"] == "ORG"


def test_a_name_the_scores_call_a_body_that_ends_in_a_building_word_is_the_building() -> None:
    got = _got("Thousands watched from the National Mall as the Freedom House report came out.")
    assert got["National Mall"] == "FAC"


def test_a_title_in_the_plural_goes_with_each_name_after_it() -> None:
    got = _got("Justices Sandra Day O'Connor and Anthony Kennedy seemed to agree.")
    assert got["Sandra Day O'Connor"] == "PERSON"
    assert got["Anthony Kennedy"] == "PERSON"


def test_a_body_of_two_subjects_joined_by_and_is_one_organisation() -> None:
    got = _got(
        "Officials at the Ministry of Agriculture and Fisheries said the Department of Relief "
        "and Rehabilitation agreed. Talks between the Ministry of Defence and Boeing began."
    )
    assert got["Ministry of Agriculture and Fisheries"] == "ORG"
    assert got["Department of Relief and Rehabilitation"] == "ORG"
    assert got["Ministry of Defence"] == "ORG"
    assert got["Boeing"] == "ORG"


def test_a_garden_is_a_place_not_a_person() -> None:
    assert _got("Clinton told reporters in the Rose Garden on Wednesday.")["Rose Garden"] == "FAC"


def test_a_common_word_and_a_letter_is_a_kind_not_a_name() -> None:
    got = _got("It issued warrants to holders of its Class A, Class B and Plan B notes.")
    assert "Class B" not in got and "Class A" not in got and "Plan B" not in got
    assert _got("Jay Z and Malcolm X were there.") == {"Jay Z": "PERSON", "Malcolm X": "PERSON"}


def test_a_movement_for_a_cause_is_one_body() -> None:
    got = _got("The Movement for Black Lives, a collective of groups, met on Monday.")
    assert got["Movement for Black Lives"] == "ORG"


def test_a_reporters_role_before_the_name_is_a_title() -> None:
    got = _got("As West Africa Correspondent Purnell Murdock reports, supporters rallied.")
    assert got["Purnell Murdock"] == "PERSON"


def test_a_street_abbreviation_ends_a_streets_name() -> None:
    assert _got("The office is at 12 Baker Ave near the park.")["Baker Ave"] == "FAC"


def test_a_persons_name_before_an_institutions_head_names_the_body() -> None:
    got = _got("He teaches at George Washington University and the John F. Kennedy School.")
    assert got["George Washington University"] == "ORG"
    assert got["John F. Kennedy School"] == "ORG"


def test_a_common_word_after_a_given_name_and_an_initial_is_the_surname() -> None:
    got = _got("The company said Robert M. Price, its chairman, would retire.")
    assert got["Robert M. Price"] == "PERSON"


def test_rivers_and_mountains_named_alone_are_places() -> None:
    got = _got("The boat cruised down the Danube. Few climb Mt. Everest or the Andes.")
    assert got == {"Danube": "LOC", "Mt. Everest": "LOC", "Andes": "LOC"}


def test_a_feature_after_a_river_names_one_place() -> None:
    got = _got("Farmers in the Mekong Delta fear floods; the Danube Bridge was shut.")
    assert got == {"Mekong Delta": "LOC", "Danube Bridge": "FAC"}


def test_an_airline_before_a_flight_is_a_company() -> None:
    got = _got("They were accused of blowing up Pan Am flight 103 over Lockerbie.")
    assert got["Pan Am"] == "ORG"


def test_initials_open_a_persons_name() -> None:
    got = _got(
        "Net income rose, J.C. Matlock, chairman, said. The A. Philip Randolph Institute met."
    )
    assert got["J.C. Matlock"] == "PERSON"
    assert got["A. Philip Randolph Institute"] == "ORG"


def test_a_suffix_before_a_title_ends_the_companys_name() -> None:
    got = _got("Shares rose. Kestrel Media President Ann Lee agreed.")
    assert got == {"Kestrel Media": "ORG", "Ann Lee": "PERSON"}


def test_laboratories_end_a_companys_name() -> None:
    assert _got("Compaq bought a former Wang Laboratories plant.")["Wang Laboratories"] == "ORG"


def test_two_parts_joined_by_and_before_a_league_are_one_body() -> None:
    got = _got("The National Abortion and Reproductive Rights Action League protested.")
    assert got == {"National Abortion and Reproductive Rights Action League": "ORG"}


def test_arabic_names_keep_their_article() -> None:
    got = _got("Bashar al-Assad fled to Moscow. Abdel Fattah el-Sisi spoke. Al-Assad said no.")
    assert got["Bashar al-Assad"] == "PERSON"
    assert got["Abdel Fattah el-Sisi"] == "PERSON"
    assert got["Al-Assad"] == "PERSON"
    assert _got("Fighters linked to al-Qaeda attacked.")["al-Qaeda"] == "ORG"


def test_a_town_that_is_a_given_name_after_a_title_is_a_person() -> None:
    assert _got("Crown Prince Hassan met Bush in Maine.")["Hassan"] == "PERSON"


def test_the_field_after_a_title_and_of_is_part_of_the_title() -> None:
    got = _got("Doctor James Burdick, the Professor of Transplant Surgery, spoke.")
    assert got == {"James Burdick": "PERSON"}
    assert _got("Desmond Tutu became Archbishop of Cape Town.")["Cape Town"] in ("GPE", "LOC")


def test_a_league_for_a_cause_is_one_body_but_a_party_for_a_person_is_not() -> None:
    got = _got("Suu Kyi's National League for Democracy won. Voters left the party for Joe Biden.")
    assert got["National League for Democracy"] == "ORG"
    assert got["Joe Biden"] == "PERSON"


def test_a_company_or_institution_tail_is_never_a_place() -> None:
    got = _got(
        "It acquired United Republic Reinsurance Co., a Houston company. She went to Bethesda "
        "Naval Hospital. The Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church, spoke."
    )
    assert got["United Republic Reinsurance Co."] == "ORG"
    assert got["Bethesda Naval Hospital"] == "ORG"
    assert got["Mayfield Memorial Missionary Baptist Church"] == "ORG"


def test_news_agencies_laws_by_nickname_and_brexit() -> None:
    got = _got("HEMPSTEAD, N.Y. (UPI) — Voters said Obamacare and RICO mattered after Brexit.")
    assert got["UPI"] == "ORG"
    assert got["Obamacare"] == "LAW" and got["RICO"] == "LAW"
    assert got["Brexit"] == "EVENT"


def test_a_common_word_before_an_institutions_head_inside_a_sentence_names_the_body() -> None:
    got = _got(
        "Burman cited the conservative Tax Foundation. You don't want to give the Internal "
        "Revenue Service more. Mr. Morgan of the Sierra Club said so."
    )
    assert got["Tax Foundation"] == "ORG"
    assert got["Internal Revenue Service"] == "ORG"
    assert got["Morgan"] == "PERSON"


def test_a_body_of_two_subjects_may_end_in_a_suffix() -> None:
    got = _got("He ran the U.S. Department of Health and Human Services for a year.")
    assert got == {"U.S. Department of Health and Human Services": "ORG"}


def test_acronyms_of_common_nouns_in_politics_and_markets_are_no_names() -> None:
    assert _got("The top super PAC donors gave more, and OTC trading slowed.") == {}


def test_a_generation_ends_a_persons_name() -> None:
    got = _got(
        "An adviser to Joseph R. Biden, Jr., spoke. Secretary of State James A. Baker III said "
        "so. Martin Luther King Jr. marched."
    )
    assert got["Joseph R. Biden, Jr."] == "PERSON"
    assert got["James A. Baker III"] == "PERSON"
    assert got["Martin Luther King Jr."] == "PERSON"
    assert "Jr." not in got


def test_a_library_museum_or_gallery_is_a_body() -> None:
    got = _got("At the Harry Truman Library ministers met; the Holocaust Museum opened later.")
    assert got == {"Harry Truman Library": "ORG", "Holocaust Museum": "ORG"}


def test_a_product_lines_other_mentions_take_its_label() -> None:
    text = (
        "Nvidia shares slide as Blackwell delays weigh\n\n"
        "Nvidia said shipments of its Blackwell GB200 systems would slip. PCs from Dell sold."
    )
    got = _got(text)
    assert got["Blackwell"] == "PRODUCT" and got["Blackwell GB200"] == "PRODUCT"
    assert got["Dell"] == "ORG"


def test_a_rank_before_a_name_is_a_title_even_in_a_run_ending_in_a_body() -> None:
    got = _got("Det Supt Helen Flanagan of the Metropolitan Police said the sentence was fair.")
    assert got == {"Helen Flanagan": "PERSON", "Metropolitan Police": "ORG"}


def test_chipmakers_keep_their_full_names() -> None:
    got = _got("Its rival SK Hynix gained while Micron Technology fell.")
    assert got == {"SK Hynix": "ORG", "Micron Technology": "ORG"}


def test_a_colour_naming_a_people_before_a_noun_of_people_is_a_norp() -> None:
    got = _got("He was a 23-year-old Black man. Jack Black said so.")
    assert got["Black"] == "NORP" and got["Jack Black"] == "PERSON"


def test_a_name_ending_in_a_generation_is_found_by_its_surname() -> None:
    got = _got("A jury convicted him in the shooting of Casey Goodson Jr. Goodson's mother spoke.")
    assert got["Goodson"] == "PERSON"


def test_the_centers_for_a_cause_are_one_body() -> None:
    got = _got("The Centers for Disease Control and Prevention reported a case.")
    assert got == {"Centers for Disease Control and Prevention": "ORG"}


def test_a_generation_ends_a_name_before_the_next_sentence() -> None:
    got = _got("He shot Casey Goodson Jr. Goodson's mother spoke later.")
    assert got == {"Casey Goodson Jr.": "PERSON", "Goodson": "PERSON"}
    days = [s for s in analyze("Martin Luther King Jr. Day is a holiday.") if s.label == "DATE"]
    assert [s.text for s in days] == ["Martin Luther King Jr. Day"]


def test_a_vaccines_name_after_the_noun_is_a_product() -> None:
    assert _got("The NHS will offer the vaccine Abrysvo to adults.")["Abrysvo"] == "PRODUCT"


def test_a_name_apposed_to_a_bodys_whole_name_is_that_body() -> None:
    got = _got(
        "Gavi, the Vaccine Alliance, said it would ship doses. Gavi said more. "
        "Smith, the Labour Party's leader, spoke."
    )
    assert got["Gavi"] == "ORG" and got["Smith"] == "PERSON"


def test_in_a_story_with_no_sport_a_city_the_lists_know_as_a_club_is_the_city() -> None:
    got = _got(
        "The merger with Society Corp. of Cleveland is done. Woodbridge is owned by Toronto's "
        "Thomson family. Investors bought at Lincoln savings and loan. WASHINGTON (Xinhua) -- Talks ended."
    )
    assert got["Cleveland"] == "GPE" and got["Toronto"] == "GPE"
    assert got["Lincoln"] == "ORG" and got["Xinhua"] == "ORG"


def test_car_makers_are_companies_not_towns() -> None:
    assert _got("Alex Zanardi (Italy), Reynard Honda, 53.980")["Honda"] == "ORG"


def test_a_name_before_neighborhood_or_suburb_is_a_place() -> None:
    assert _got("His car was seen in the suburban Amherst neighborhood.")["Amherst"] == "GPE"


def test_a_stake_sold_to_a_name_makes_it_a_company() -> None:
    got = _got("Sansui agreed to sell a 51% stake to Korvane of Britain. Korvane said so.")
    assert got["Korvane"] == "ORG"


def test_libertarians_are_a_party_people_and_the_ira_is_one_body() -> None:
    got = _got(
        "Some prefer Libertarian nominee Gary Johnson; killings were blamed on the Irish Republican Army."
    )
    assert got["Libertarian"] == "NORP" and got["Irish Republican Army"] == "ORG"


def test_a_hyphenated_model_after_a_maker_is_its_product() -> None:
    got = _got("He owns a Ford F-150. The Boeing 737 MAX flew. Police used a K-9 unit.")
    assert got == {"Ford F-150": "PRODUCT", "Boeing 737 MAX": "PRODUCT"}


def test_a_city_opening_with_a_given_name_stays_a_city_beside_said() -> None:
    got = _got("Etihad Airways, the national carrier of Abu Dhabi, said it would buy jets.")
    assert got["Abu Dhabi"] == "GPE"


def test_a_founders_name_opening_a_company_is_part_of_it() -> None:
    got = _got(
        "Moana 2, from Walt Disney Animation Studios, opens. John Lewis Partnership cut jobs."
    )
    assert got["Walt Disney Animation Studios"] == "ORG"
    assert got["John Lewis Partnership"] == "ORG"


def test_a_prize_for_a_quoted_title_names_a_work() -> None:
    got = _got('The Booker Prize went to Samantha Harvey for "Orbital".')
    assert got["Orbital"] == "WORK_OF_ART"


def test_accounting_acronyms_are_no_names() -> None:
    assert _got("GAAP net loss was $3.1 million; EPS fell under IFRS rules.") == {}


def test_a_city_the_lists_know_as_a_club_names_a_team_with_its_nickname() -> None:
    got = _got("She won the endorsement of Cleveland Cavaliers star LeBron James.")
    assert got["Cleveland Cavaliers"] == "ORG"


def test_a_town_before_channel_or_estuary_names_the_water() -> None:
    got = _got("The warning covered south Wales and the Bristol Channel overnight.")
    assert got["Bristol Channel"] == "LOC"


def test_an_area_or_wide_affix_makes_an_adjective_and_wti_is_a_benchmark() -> None:
    got = _got("A strike at its Seattle-area plants ended. West Texas Intermediate dropped to $68.")
    assert got == {"Seattle-area": "NORP", "West Texas Intermediate": "PRODUCT"}


def test_arabic_given_names_open_a_persons_name() -> None:
    got = _got("Amira Hassan, a nurse, said the ward was full. Hassan added that staff were tired.")
    assert got == {"Amira Hassan": "PERSON", "Hassan": "PERSON"}


def test_a_states_two_letter_code_is_a_state_only_after_a_town_and_a_comma() -> None:
    got = _got("The VA needs to move faster. PA news agency reported it.")
    assert got == {"VA": "ORG", "PA": "ORG"}
    assert _got("He lives in Richmond, VA, with his wife.")["VA"] == "GPE"


def test_a_name_before_a_lone_university_names_it() -> None:
    got = _got("She is a professor at Seton Hall University in New Jersey.")
    assert got["Seton Hall University"] == "ORG"


def test_a_second_given_name_keeps_the_surname_after_it() -> None:
    got = _got("Toni LeAnn Williams wrote in. Jorge Mas Santos, chairman of the foundation, spoke.")
    assert got == {"Toni LeAnn Williams": "PERSON", "Jorge Mas Santos": "PERSON"}


def test_little_before_a_known_place_names_a_district() -> None:
    got = _got("Crowds kept vigil outside a house in Little Havana. Little Rock voted.")
    assert got == {"Little Havana": "GPE", "Little Rock": "GPE"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Merz won 325 votes in the Bundestag on Tuesday.", "Bundestag"),
        ("The bill passed in the Knesset after midnight.", "Knesset"),
        ("The motion was debated in the Lok Sabha.", "Lok Sabha"),
        ("The Greens and Die Linke voted against him.", "Die Linke"),
        ("Hackers hit M&S, the Co-op and Harrods.", "Harrods"),
    ],
)
def test_parliaments_parties_and_shops_known_by_name_are_bodies(text: str, name: str) -> None:
    assert _got(text)[name] == "ORG"


def test_names_after_brands_such_as_are_products() -> None:
    got = {
        s.text: s.label
        for s in find_entities("Its erosion was in core brands such as Corn Flakes.")
    }
    assert got["Corn Flakes"] == "PRODUCT"
