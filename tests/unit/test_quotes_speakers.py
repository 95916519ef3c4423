"""Rule 4, naming the speaker (tuiread.analysis.quotes.speakers.Resolver)."""

from __future__ import annotations

from tuiread.analysis.quotes import find_quotes
from tuiread.analysis.quotes.pairing import pair_marks
from tuiread.analysis.quotes.speakers import Resolver
from tuiread.analysis.quotes.text import QuotedRuns
from tuiread.model import Span


def name(
    text: str, mention: str, entities: tuple[Span, ...] = (), nth: int = -1
) -> tuple[str | None, str]:
    """The canonical name and rule for the ``nth`` occurrence of ``mention`` in ``text``."""
    starts = [i for i in range(len(text)) if text.startswith(mention, i)]
    s = starts[nth]
    resolver = Resolver(text, entities, QuotedRuns(pair_marks(text)))
    return resolver.canonical(s, s + len(mention))


def test_titles_and_offices_are_dropped() -> None:
    text = 'Japanese Vice Foreign Minister Shinsuke Sugiyama said "yes."'
    assert name(text, "Japanese Vice Foreign Minister Shinsuke Sugiyama") == (
        "Shinsuke Sugiyama",
        "speaker:titles dropped",
    )


def test_a_surname_takes_the_full_name_from_the_text() -> None:
    text = 'Shinsuke Sugiyama arrived. Later Sugiyama said "yes."'
    assert name(text, "Sugiyama") == ("Shinsuke Sugiyama", "speaker:surname->full name in the text")


def test_korean_order_full_name() -> None:
    text = 'Kang Kyung-wha met Kono. Minister Kang said "yes."'
    assert name(text, "Minister Kang") == (
        "Kang Kyung-wha",
        "speaker:surname->full name in the text",
    )


def test_a_gerund_opening_a_sentence_is_no_given_name() -> None:
    text = 'Injecting Clinton into the race helped. Clinton said "yes."'
    assert name(text, "Clinton")[0] == "Clinton"


def test_the_entity_value_is_the_canonical_name() -> None:
    text = 'Kono arrived. Minister Kono said "yes."'
    at = text.index("Kono", 10)
    ents = (Span("entity", "PERSON", at, at + 4, "Kono", value="Taro Kono"),)
    assert name(text, "Minister Kono", ents) == ("Taro Kono", "speaker:entity value")


def test_a_person_ending_a_noun_phrase() -> None:
    text = '"Yes," said a buoyant Gen. Norman Schwarzkopf.'
    assert name(text, "a buoyant Gen. Norman Schwarzkopf")[0] == "Norman Schwarzkopf"


def test_a_document_speaks_for_whoever_issued_it() -> None:
    text = (
        "The ministry agreed, the Japanese Foreign Ministry said in a statement.\n\n"
        '"We agree," the statement said.'
    )
    assert name(text, "the statement", nth=-1) == (
        "Japanese Foreign Ministry",
        "speaker:document->issuer",
    )


def test_a_noun_phrase_loses_its_article() -> None:
    assert name('"Yes," the spokesman said.', "the spokesman") == (
        "spokesman",
        "speaker:noun phrase",
    )


def test_a_pronoun_is_the_subject_of_its_sentence() -> None:
    text = 'Maria Lopez met John Smith. Clinton says she thinks it is "a war of words."'
    assert name(text, "she") == ("Clinton", "speaker:pronoun->subject of its sentence")


def test_a_pronoun_is_the_subject_of_the_sentence_before() -> None:
    text = (
        'General Schwarzkopf spoke first. Saddam Hussein urged his people on. "Fight them," he '
        "urged Iraqis."
    )
    assert name(text, "he") == ("Saddam Hussein", "speaker:pronoun->subject of the sentence before")


def test_a_pronoun_follows_a_chain_of_pronouns_back_to_a_name() -> None:
    text = 'Maria Lopez arrived. She was tired. She said she "will win."'
    assert name(text, "she", nth=-1)[0] == "Maria Lopez"


def test_he_and_she_never_stand_for_a_company() -> None:
    text = 'Jim Unruh spoke. Savin Corp. said losses he described as "unusual" hurt.'
    assert name(text, "he")[0] == "Jim Unruh"


def test_a_pronoun_with_no_one_before_it_is_unresolved() -> None:
    assert name('"Yes," he said.', "he") == (None, "speaker:pronoun->person named last")


def test_first_person_is_the_writer_whom_the_text_does_not_name() -> None:
    text = 'Maria Lopez spoke. I said, "Thank you."'
    assert name(text, "I") == (None, "speaker:first-person")


def test_a_person_named_by_role_is_an_antecedent_of_the_right_sex() -> None:
    text = (
        '"We are fine," said Richard Archuleta.\n\n'
        "IBM has no plans to recall the cards, the spokeswoman said, and could fix them. "
        '"We don\'t look at this as a problem," she said.'
    )
    ibm = text.index("IBM")
    ents = (Span("entity", "ORG", ibm, ibm + 3, "IBM", value="IBM"),)
    assert name(text, "she", ents) == ("spokeswoman", "speaker:pronoun->person named last")
    text = (
        '"We are fine," said a Sun spokesman. To switch chips, "would not be an option," he said.'
    )
    assert name(text, "he")[0] == "Sun spokesman"


def test_a_name_after_a_possessive_is_the_person() -> None:
    text = 'Richard Archuleta spoke. "It is big," said Hewlett-Packard\'s Mr. Archuleta.'
    assert name(text, "Hewlett-Packard's Mr. Archuleta") == (
        "Richard Archuleta",
        "speaker:surname->full name in the text",
    )


def test_a_description_before_a_name() -> None:
    text = (
        "In a statement, presidential nominee Hillary Clinton was more careful. "
        'Though she called it "outrageous," she stopped there.'
    )
    assert name(text, "she", nth=0)[0] == "Hillary Clinton"


def test_a_full_name_with_a_middle_initial() -> None:
    text = '"We are done," Robert M. Price said. Later Mr. Price said "no."'
    assert name(text, "Mr. Price")[0] == "Robert M. Price"


def test_an_entity_shorter_than_the_mention_does_not_replace_it() -> None:
    text = '"We are done," Robert M. Price said.'
    ents = (Span("entity", "PERSON", 15, 24, "Robert M.", value="Robert M."),)
    assert name(text, "Robert M. Price", ents)[0] == "Robert M. Price"


def test_the_last_speaker_named_through_a_description_is_remembered() -> None:
    text = (
        '"Why have a war?" asked Abdul Latif Shekar, a customs officer in Egypt.\n\n'
        '"The cost could be high," worries former national security adviser Zbigniew '
        'Brzezinski. But, he notes, "if everything crumbles, that is no problem."'
    )
    assert [q.speaker for q in find_quotes(text)] == [
        "Abdul Latif Shekar",
        "Zbigniew Brzezinski",
        "Zbigniew Brzezinski",
    ]


def test_what_a_name_owns_is_no_person() -> None:
    text = (
        '"We agree," Mr. Nadir said. Whether Polly Peck\'s acquisition makes sense remains '
        'to be seen. "It does," he said.'
    )
    assert find_quotes(text)[-1].speaker == "Nadir"


def test_a_description_between_a_firm_and_a_name() -> None:
    text = '"They are not happy," says Merrill Lynch food analyst William Maguire.'
    (q,) = find_quotes(text)
    assert q.speaker == "William Maguire"
    assert q.speaker_mention == "Merrill Lynch food analyst William Maguire"


def test_people_of_an_organisation_keep_it_in_their_name() -> None:
    text = 'Analysts at Barclays raised their forecasts, saying it had "changed the market".'
    assert name(text, "Analysts at Barclays") == (
        "Analysts at Barclays",
        "speaker:people of an organisation",
    )
    text = '"No," a spokesman for the Foreign Ministry said.'
    assert name(text, "a spokesman for the Foreign Ministry")[0] == (
        "spokesman for the Foreign Ministry"
    )
    # a name "of" a firm is still a person
    text = '"No," said John Casesa of Schroder Wertheim.'
    assert name(text, "John Casesa of Schroder Wertheim")[0] == "John Casesa"


def test_an_office_before_a_name_gives_the_name() -> None:
    text = (
        "Republican leader Mark Hollis said his party agreed but warned that the measure "
        'would "hurt small businesses".'
    )
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_mention) == ("Mark Hollis", "Republican leader Mark Hollis")


def test_an_organisation_speaks_through_its_mouthpiece() -> None:
    text = '"No," the Japanese Foreign Ministry’s press service said.'
    assert name(text, "the Japanese Foreign Ministry’s press service") == (
        "Japanese Foreign Ministry",
        "speaker:organisation->its mouthpiece",
    )
    # the entity value names the organisation when there is one
    at = text.index("Foreign")
    ents = (
        Span("entity", "ORG", at, at + 16, "Foreign Ministry", value="Japanese Foreign Ministry"),
    )
    assert name(text, "the Japanese Foreign Ministry’s press service", ents)[0] == (
        "Japanese Foreign Ministry"
    )
    # a person's spokesman is not that person
    text = '"No," Clinton\'s spokesman said.'
    assert name(text, "Clinton's spokesman")[0] == "Clinton's spokesman"


def test_a_statement_speaks_for_the_organisation_behind_its_mouthpiece() -> None:
    text = (
        "Ministers met on Friday, the Japanese Foreign Ministry’s press service said in a "
        'statement.\n\n"Minister Kono stressed the need for pressure," the statement said.'
    )
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_mention) == ("Japanese Foreign Ministry", "the statement")


def test_an_office_of_state_is_a_title_not_an_organisation() -> None:
    text = 'Secretary of State John F. Kerry called for "robust steps" on Friday.'
    (q,) = find_quotes(text)
    assert q.speaker == "John F. Kerry"


def test_a_spokesman_for_a_firm_named_by_its_town_stays_a_spokesman() -> None:
    text = (
        "A spokesman for the Stamford, Conn., company said losses grew, charges that he "
        'described as "unusual."'
    )
    (q,) = find_quotes(text)
    assert q.speaker == "spokesman"


def test_a_relative_pronoun_stands_for_the_name_before_it() -> None:
    text = (
        "Obama has had a frosty relationship with McConnell, now the Senate majority leader, "
        'who in 2010 said the goal was to make Obama a "one-term president."'
    )
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_mention) == ("McConnell", "who")
    text = (
        "They turned to the Chicago Police Department which reported “2,521 shooting "
        "incidents” in the city."
    )
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_mention) == ("Chicago Police Department", "which")


def test_a_relative_pronoun_for_no_one_in_particular_is_no_speaker() -> None:
    text = (
        "Rival Hillary Clinton mocked the complaint, saying anybody who complains about a "
        "microphone “is not having a good night.”"
    )
    (q,) = find_quotes(text)
    assert q.speaker_mention == "Rival Hillary Clinton"


def test_a_relative_pronoun_as_object_is_no_speaker() -> None:
    text = 'It was the plan which the report said would "fail badly" within a year.'
    (q,) = find_quotes(text)
    assert q.speaker_mention == "the report"


def test_a_heading_speaker_is_cut_to_the_name_it_opens_with() -> None:
    text = (
        "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’\n\n"
        "Sen. Elizabeth Warren tore into the bank's chief on Tuesday."
    )
    at = text.index("Elizabeth", 10)
    ents = (Span("entity", "PERSON", at, at + 16, "Elizabeth Warren", value="Elizabeth Warren"),)
    (q,) = find_quotes(text, ents)
    assert (q.speaker, q.speaker_mention) == ("Elizabeth Warren", "Elizabeth Warren")
    # no entity names it: the words before a capitalised speech verb
    (q,) = find_quotes("Wells Fargo Chief Warns Investors: “Expect Change.”\n\nMore below.")
    assert q.speaker_mention == "Wells Fargo Chief"


def test_a_pronoun_never_points_into_a_heading() -> None:
    text = 'Wells Fargo Chief Says Bank Will Change\n\n"We were wrong," he told the panel.'
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_mention) == (None, "he")


def test_a_possessive_pronoun_resolves_like_a_pronoun() -> None:
    text = (
        "Harold Bornstein wrote a letter. It was ridiculed for his prediction that Trump "
        "would be “the healthiest individual ever elected.”"
    )
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_mention) == ("Harold Bornstein", "his")


def test_they_and_it_never_stand_for_one_person() -> None:
    text = (
        "Politifact checked the claim.\n\n"
        '"It is wrong," Donald Trump said.\n\n'
        "On September 27 they published the results, announcing the claim was “true.”"
    )
    at = text.index("Donald")
    ents = (Span("entity", "PERSON", at, at + 12, "Donald Trump", value="Donald Trump"),)
    last = find_quotes(text, ents)[-1]
    assert last.speaker_mention == "they"
    assert last.speaker != "Donald Trump"


def test_they_is_plural_and_it_singular() -> None:
    text = (
        "The Security Council issued a statement on Friday. The statement noted they had "
        'said they would take "further significant measures" if needed.'
    )
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_mention) == ("Security Council", "they")


def test_a_document_issued_speaks_for_its_issuer() -> None:
    text = 'The Security Council issued a statement. "We condemn it," the statement said.'
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_mention) == ("Security Council", "the statement")


def test_an_organisation_keeps_the_words_of_its_name() -> None:
    # "Security" is a title in "National Security Adviser", not in "Security Council"
    text = '"We condemn it," the Security Council said.'
    assert name(text, "Security Council")[0] == "Security Council"


def test_a_person_of_an_organisation_is_the_person() -> None:
    text = (
        'Peter Morgan spoke.\n\n"It was the least bad outcome," Mr. Morgan of the Sierra Club said.'
    )
    at_person = text.index("Morgan", 30)
    at_club = text.index("Sierra")
    ents = (
        Span("entity", "PERSON", at_person, at_person + 6, "Morgan", value="Peter Morgan"),
        Span("entity", "ORG", at_club, at_club + 11, "Sierra Club", value="Sierra Club"),
    )
    assert name(text, "Mr. Morgan of the Sierra Club", ents)[0] == "Peter Morgan"


def test_he_and_she_agree_with_the_sex_a_given_name_tells() -> None:
    text = (
        "Melanie watched Donald Trump on television.\n\n"
        "“Here comes Big Daddy,” she said.\n\n"
        "“I love you,” he said."
    )
    ents = tuple(
        Span("entity", "PERSON", text.index(n), text.index(n) + len(n), n, value=n)
        for n in ("Melanie", "Donald Trump")
    )
    first, second = find_quotes(text, ents)
    assert first.speaker == "Melanie"
    assert second.speaker == "Donald Trump"
    # no woman named before: "she" stays unknown rather than Donald Trump
    text = "Donald Trump walked onto the stage.\n\n“Here he is, babe,” she said."
    ents = (Span("entity", "PERSON", 0, 12, "Donald Trump", value="Donald Trump"),)
    (q,) = find_quotes(text, ents)
    assert (q.speaker, q.speaker_mention) == (None, "she")


def test_an_honorific_in_the_text_tells_the_sex() -> None:
    text = (
        'Ms. Strada spoke first. Then Jordan Hale arrived.\n\n"We are asking for justice," she '
        "said."
    )
    resolver = Resolver(text, (), QuotedRuns(pair_marks(text)))
    assert resolver.sex_of("Pat Strada", len(text)) == "f"
    assert resolver.sex_of("Jordan Hale", len(text)) == ""
    assert resolver.sex_of("Donald Trump", len(text)) == "m"


def test_an_entity_value_that_begins_with_a_verb_is_no_full_name() -> None:
    text = 'Hillary Clinton spoke. Injecting Clinton into it helped. Clinton said "yes."'
    at = text.rindex("Clinton")
    ents = (Span("entity", "PERSON", at, at + 7, "Clinton", value="Injecting Clinton"),)
    assert name(text, "Clinton", ents)[0] == "Hillary Clinton"


def test_a_pronoun_in_an_opening_clause_points_to_the_name_after_it() -> None:
    text = (
        "A company spokesman said sales fell.\n\n"
        'Although he called current market conditions "highly competitive," Mr. LaMothe, '
        "Kellogg's chairman, forecast an earnings increase."
    )
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_mention) == ("LaMothe", "he")
    # the name after the comma must be of the pronoun's sex
    text = 'Pat Smith spoke.\n\nWhen she described the bill as "reckless," Mr. Ray was not alone.'
    (q,) = find_quotes(text)
    assert q.speaker == "Pat Smith"


def test_a_quantifier_opening_the_subject_is_no_part_of_the_name() -> None:
    text = 'The vote failed. All Democrats said "no."'
    (quote,) = [s for s in find_quotes(text, ()) if s.kind == "quote"]
    assert quote.speaker_mention == "Democrats"


def test_a_pronoun_in_a_clause_stands_for_that_clause_subject() -> None:
    # "what he has called" sits in the "as" clause: its subject, not the sentence's
    text = (
        "Tom Smith said on Tuesday the bill would pass, as Robert Jones doubles down on "
        'what he has called a "year of reform" in the capital.'
    )
    assert name(text, "he") == (
        "Robert Jones",
        "speaker:pronoun->subject of the clause around it",
    )


def test_a_pronoun_opening_its_own_clause_keeps_the_sentence_subject() -> None:
    text = 'After meeting Robert Jones, Tom Smith left, and he said "we are done."'
    assert name(text, "he")[0] == "Tom Smith"
    text = 'Tom Smith said that he would "never give up."'
    assert name(text, "he")[0] == "Tom Smith"


def test_a_relative_pronoun_after_a_name_opening_the_sentence() -> None:
    text = 'Tom Smith, who has called the plan "a disaster," voted against it.'
    assert name(text, "who") == ("Tom Smith", "speaker:relative pronoun->the name before it")


def test_a_pronoun_never_stands_for_a_street_or_a_place() -> None:
    from tuiread.analysis import analyze

    text = (
        "Police were called to a flat in Harehills Lane on Saturday after concerns for a "
        "woman inside. She was pronounced dead at the scene.\n\n"
        "She has been named as Chloe Barker, 29. Her family said in a statement: "
        '"Chloe was a beautiful soul."'
    )
    (quote,) = [s for s in analyze(text) if s.label == "QUOTE"]
    assert quote.speaker == "Chloe Barker's family"


def test_a_pronoun_is_not_read_as_the_person_its_quote_names() -> None:
    from tuiread.analysis import analyze

    text = (
        "The new mayor talked about buses.\n\n"
        'Asked about his predecessor, Andy Burnham, he said: "Andy did a lot of the work."'
    )
    (quote,) = [s for s in analyze(text) if s.label == "QUOTE"]
    assert quote.speaker is None
    assert quote.speaker_mention == "he"
    # the same pronoun with a quote that names someone else keeps its reading
    text = 'Andy Burnham met the press. Asked about the plan, he said: "Sue did the work."'
    (quote,) = [s for s in analyze(text) if s.label == "QUOTE"]
    assert quote.speaker == "Andy Burnham"


def test_a_person_of_a_place_is_the_person_not_an_organisation() -> None:
    from tuiread.analysis import analyze

    text = (
        "Senator Jack Reed of Rhode Island, the top Democrat on the committee, said the "
        'choice was "unconventional".'
    )
    (quote,) = [s for s in analyze(text) if s.label == "QUOTE"]
    assert quote.speaker == "Jack Reed"


def test_a_pronoun_after_a_colon_takes_the_subject_of_the_clause_after_it() -> None:
    text = (
        "Walter Netto was also jailed. The case has strained ties with Washington: President"
        ' Donald Trump imposed tariffs, citing what he called a "witch hunt".'
    )
    assert name(text, "he") == ("Donald Trump", "speaker:pronoun->subject of its sentence")
