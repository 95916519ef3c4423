"""Quotes and speakers in the ways modern news writes them: datelines, fronted phrases,
roles named in apposition, statements from a company, quotes run over paragraphs."""

from __future__ import annotations

from tuiread.analysis import analyze


def quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted text, speaker, speaker mention) of each quote in ``text``."""
    return [(s.text, s.speaker, s.speaker_mention) for s in analyze(text) if s.kind == "quote"]


def test_a_dateline_is_no_speaker_and_after_opens_a_clause() -> None:
    text = (
        "BOSTON — Jurors began deliberating on Thursday, after a judge told them that they "
        'must set aside "sympathy, prejudice and public opinion" in weighing the evidence.'
    )
    assert quotes(text)[0][2] == "a judge"


def test_a_dateline_does_not_open_the_subject() -> None:
    text = (
        "BOSTON — Jurors began deliberating on Thursday and said they must set aside "
        '"sympathy, prejudice and public opinion" in weighing the evidence.'
    )
    assert quotes(text)[0][2] == "Jurors"


def test_a_fronted_place_phrase_is_no_subject() -> None:
    text = (
        "Across town, the union's president, Teresa Vance, held her own news conference. "
        'She called the offer "an insult to the people who kept this city moving."'
    )
    assert quotes(text)[0][1] == "Teresa Vance"


def test_a_role_named_in_apposition_after_the_quote() -> None:
    text = (
        '"The governor is monitoring the situation closely," his spokeswoman, Rachel '
        "Burke, said in an email."
    )
    assert quotes(text)[0][1:] == ("Rachel Burke", "Rachel Burke")


def test_a_new_sentence_that_opens_otherwise_is_not_the_quote_s_attribution() -> None:
    text = (
        "Fischer said she had warned Whitcombe in an email that the results were "
        '"not going to hold up." Asked by Raman how he responded, she said: "He told me '
        'to stop."'
    )
    assert [q[1] for q in quotes(text)] == ["Fischer", "Fischer"]


def test_a_name_ending_in_service_is_a_body_not_a_document() -> None:
    text = (
        "FEMA said in a statement that it was ready. The National Weather Service issued "
        "flood watches four days in advance, a spokesman for the agency said, adding that "
        '"the rainfall totals exceeded what any model was predicting."'
    )
    assert quotes(text)[0][1] == "National Weather Service"


def test_a_statement_from_someone_is_theirs() -> None:
    text = (
        "FEMA said in a statement that it was ready. Senator Mark Ellison toured the town. "
        '"Our crews are working around the clock," according to a statement from Senator '
        "Mark Ellison."
    )
    assert quotes(text)[0][1] == "Mark Ellison"


def test_the_company_is_the_organisation_named_before() -> None:
    text = (
        "FEMA said in a statement that it was ready. Entergy said it expected to restore "
        'power by the weekend. "Our crews are working around the clock," according to a '
        "statement from the company."
    )
    assert quotes(text)[0][1] == "Entergy"


def test_a_quote_run_on_after_a_bare_attribution() -> None:
    text = (
        '"Everybody saw it except the one man who matters," Petts said. "I\'m not going to '
        "get myself fined, but it's the third week in a row.\n\n"
        '"We defended for our lives for 90 minutes. That hurts."'
    )
    found = quotes(text)
    assert len(found) == 2
    assert found[1][0].startswith("\"I'm not") and found[1][0].endswith('That hurts."')


def test_spoke_introduces_the_quote_after_it() -> None:
    text = (
        "Rovers won 2-1. Manager Siobhan Doyle spoke at length about the response.\n\n"
        "\"At half-time I didn't have to say much. The players knew.\n\n"
        '"This group has character. You can\'t coach that."'
    )
    assert quotes(text)[0][1] == "Siobhan Doyle"


def test_he_is_the_person_whose_speech_was_reported_since_the_last_speaker() -> None:
    text = (
        '"We are still at the table," Okafor told reporters. She was flanked by the '
        "authority's president, Marcus Ellery, who said the two sides remained apart. "
        '"The gap is real, but it is not unbridgeable," he said.'
    )
    assert quotes(text)[1][1] == "Marcus Ellery"


def test_a_surname_the_entities_call_an_organisation_after_a_given_name() -> None:
    text = (
        'Her publisher, Elaine Park, said the book was a hit. "Bookstores were calling us '
        'before it even came out," Park said.'
    )
    assert quotes(text)[0][1] == "Elaine Park"


def test_he_never_stands_for_a_woman_named_by_a_common_given_name() -> None:
    text = (
        'Denise Okafor spoke first. "We will not move," Okafor said. Later that day '
        'Marcus Ellery arrived. "We will," he said.'
    )
    assert quotes(text)[1][1] == "Marcus Ellery"


def test_my_editor_read_them_and_said() -> None:
    text = (
        "I had written maybe 40 pages, and my editor read them and said, \"This isn't a "
        "story, this is a book you're afraid of.\""
    )
    assert quotes(text)[0][2] == "my editor"


def test_a_verb_and_its_object_are_no_part_of_the_subject() -> None:
    text = (
        'Tom talks constantly. My mother read an early draft and said, "He sounds nothing '
        'like your father."'
    )
    assert quotes(text)[0][2] == "My mother"


def test_a_subordinator_ends_a_noun_phrase_read_backwards() -> None:
    text = (
        "Haines said he had joined the effort because constituents had told him they felt "
        '"left behind and lied to" by technology companies.'
    )
    assert quotes(text)[0][2] == "constituents"


def test_the_title_of_a_work_in_apposition_is_no_quote() -> None:
    text = (
        "Ana Whitley's third novel, \"The Salt Year,\" follows a fisherman's daughter. "
        '"It is my best book," Whitley said.'
    )
    assert [q[0] for q in quotes(text)] == ['"It is my best book,"']


def test_the_company_is_the_whole_capitalised_name_before() -> None:
    text = (
        'Gulf States Power said it expected to restore service by the weekend. "Our crews '
        'are working around the clock," according to a statement from the company.'
    )
    assert quotes(text)[0][1] == "Gulf States Power"


def test_a_time_between_the_subject_and_its_verb() -> None:
    cases = {
        'The Supreme Court on Friday said the law was "plainly unconstitutional."': (
            "Supreme Court"
        ),
        'The company last week said it was "deeply saddened."': "The company",
        'Biden on March 3 told reporters that the plan was "dead."': "Biden",
        'The Kremlin Friday said the talks were "useful."': "Kremlin",
    }
    for text, mention in cases.items():
        assert quotes(text)[0][2] == mention, text


def test_i_in_an_interview_answer_is_the_one_interviewed() -> None:
    text = (
        "Ana Whitley spoke with us about her novel. Whitley grew up on an island.\n\n"
        "Q: Why afraid?\n\n"
        "A: Because my father was a fisherman. I told my agent, \"I'm not writing the "
        'dad book."\n\n'
        'I said "no" to the television people, wrote Whitley in her diary.'
    )
    # the answer is a turn of the interview, quoted whole with the quotation inside it
    answer = [q for q in quotes(text) if "I told my agent" in q[0]]
    assert [q[1] for q in answer] == ["Ana Whitley"]


def test_i_outside_an_interview_is_the_writer() -> None:
    text = 'Ana Whitley is a novelist. I told my agent, "I\'m not writing the dad book."'
    assert quotes(text)[0][1] is None


def test_a_party_tag_and_an_office_after_a_lawmaker() -> None:
    text = 'Sen. Chuck Schumer, D-N.Y., the majority leader, said the bill was "dead on arrival."'
    assert quotes(text)[0][1] == "Chuck Schumer"


def test_a_party_tag_in_brackets_before_an_office() -> None:
    text = (
        'Sen. John Thune (R-S.D.), the majority leader, said the vote showed "we can still work."'
    )
    assert quotes(text)[0][1] == "John Thune"


def test_the_name_after_a_role_of_an_organisation() -> None:
    text = (
        "The spokesperson for the Department of Homeland Security, Tricia McLaughlin, said "
        'the claims were "false."'
    )
    assert quotes(text)[0][1:] == ("Tricia McLaughlin", "Tricia McLaughlin")


def test_said_a_role_and_the_name_after_it() -> None:
    text = '"We have not been told anything," said the man\'s sister, Rosa Diaz.'
    assert quotes(text)[0][1] == "Rosa Diaz"


def test_a_group_with_no_article_after_the_quote() -> None:
    for text, mention in {
        '"It was an accident," police said.': "police",
        '"We are investigating," federal prosecutors said.': "federal prosecutors",
        '"The suspect fled on foot," authorities said in a statement.': "authorities",
    }.items():
        assert quotes(text)[0][2] == mention, text


def test_the_agent_of_a_passive_after_the_quote() -> None:
    for text, mention in {
        'The attack was described as "cowardly" by officials in Kyiv.': "officials",
        'The storm, dubbed a "bomb cyclone" by forecasters, hit on Tuesday.': "forecasters",
        'Obama, the president, called it "a disaster" by any measure.': "Obama",
    }.items():
        assert quotes(text)[0][2] == mention, text


def test_a_capitalised_name_before_post_makes_it_a_noun() -> None:
    text = 'The ministry said in a Telegram post that the strikes were "retaliation."'
    assert quotes(text)[0][2] == "The ministry"


def test_people_familiar_with_the_matter() -> None:
    text = '"The deal is close," according to people familiar with the matter.'
    assert quotes(text)[0][2] == "people familiar with the matter"


def test_her_office_is_the_office_of_the_woman_she_stands_for() -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni did not attend. Her office said she was "
        '"following closely."'
    )
    assert quotes(text)[0][1:] == ("Giorgia Meloni's office", "Her office")


def test_a_person_casting_someone_as_the_quoted_words() -> None:
    text = 'Reid has been steadily pounding Trump as a "con artist" for months.'
    assert quotes(text)[0][1:] == ("Reid", "Reid")
    for text in (
        'He served as "chief strategist" until 2017.',
        'She was hired by the firm as a "consultant" in May.',
        'The storm hit the coast as a "bomb cyclone."',
    ):
        assert quotes(text) == [], text


def test_a_title_and_a_name_in_apposition() -> None:
    text = "The Chancellor, Rachel Reeves, said: \u2018We will fix the foundations.\u2019"
    assert quotes(text)[0][1] == "Rachel Reeves"


def test_a_text_in_straight_single_marks() -> None:
    text = (
        "Tom O'Brien's rock 'n' roll band played songs from the '90s. 'We loved it,' "
        "O'Brien said. The players' union called the deal 'unacceptable'."
    )
    assert quotes(text) == [
        ("'We loved it,'", "Tom O'Brien", "O'Brien"),
        ("'unacceptable'", "players' union", "The players' union"),
    ]


def test_what_a_study_or_a_poll_found() -> None:
    text = 'A study published in The Lancet found that the drug was "highly effective."'
    assert quotes(text)[0][2] == "A study"
    text = 'Polls show voters are "deeply pessimistic" about the economy.'
    assert quotes(text)[0][2] == "Polls"
    assert quotes('Police found him "unresponsive" in his cell.') == []


def test_archive_copy_with_doubled_single_marks_is_not_read_as_single_marks() -> None:
    text = "Many visitors were older, she said, and ''I had to think, 'This is their lives.'.''"
    assert quotes(text) == []


def test_a_relative_clause_holding_commas_between_subject_and_verb() -> None:
    text = (
        "The CEO, who spoke at a conference in Austin, Texas, on Tuesday, said AI would "
        '"change everything."'
    )
    assert quotes(text)[0][1] == "CEO"


def test_family_is_no_adverb() -> None:
    assert quotes('The family said the loss was "devastating."')[0][2] == "The family"
    text = '"We\'re devastated," the family said in a statement released through their attorney.'
    assert quotes(text)[0][2] == "the family"
    assert quotes('The Smith family said it was "devastating."')[0][2] == "The Smith family"


def test_who_after_a_dash_stands_for_the_name_before_it() -> None:
    text = 'The governor — who has repeatedly called the policy "cruel" — signed the bill.'
    assert quotes(text)[0][1:] == ("governor", "who")


def test_a_quote_after_a_long_attribution_runs_on_over_paragraphs() -> None:
    text = (
        '"People are worried," said Helen Miller, deputy director of the Institute for Fiscal'
        ' Studies. "The tax burden is at a post-war high, and growth is weak.\n\n'
        '"The chancellor has very little room for error."'
    )
    got = quotes(text)
    assert len(got) == 2
    assert got[1][0].startswith('"The tax burden') and got[1][0].endswith('error."')
    assert got[1][1] == "Helen Miller"


def test_the_title_of_a_concert_or_a_tour_in_apposition_is_no_quote() -> None:
    text = 'His final concert, "Back to the Beginning", was held at Villa Park on July 5.'
    assert quotes(text) == []
