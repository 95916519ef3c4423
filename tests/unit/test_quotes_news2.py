"""Quotes and speakers in further shapes of modern news: plural possessives before a role,
fronted participle phrases ("Reached by phone,"), kinship phrases as speakers, a contraction
that is never a speaker, roles that point back to the person named with them."""

from __future__ import annotations

from tuiread.analysis import analyze


def quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted text, speaker, speaker mention) of each quote in ``text``."""
    return [(s.text, s.speaker, s.speaker_mention) for s in analyze(text) if s.kind == "quote"]


def test_a_plural_possessive_before_a_role_keeps_the_appositive_name() -> None:
    text = (
        '"We gave up rushes all night," Anders Holm said.\n\n'
        "The Bruins' coach, Jim Montgomery, was more upbeat. "
        '"We stuck to the plan," he said.'
    )
    assert quotes(text)[1][1] == "Jim Montgomery"


def test_a_fronted_participle_phrase_is_no_subject() -> None:
    text = (
        "Rosa Ortega lives with a cousin in Oroville. Reached by phone, she was brief. "
        '"They will be fine," she said.'
    )
    assert quotes(text)[0][1] == "Rosa Ortega"
    text = (
        "Speaking in the council chamber on Wednesday, the group leader, Andrew Carter, "
        "said the council was 'wasting a year and half a million pounds'."
    )
    assert quotes(text)[0][1] == "Andrew Carter"


def test_a_family_word_after_an_owner_tells_the_sex_not_the_owners_name() -> None:
    text = (
        "Ann Lee spoke first. Her father said he remembered little of the night. "
        '"I remember the ceiling tiles," he said.'
    )
    assert quotes(text)[0][1] == "Ann Lee's father"


def test_the_role_stands_for_the_person_named_with_it() -> None:
    text = (
        "Later, Sen. David Okonkwo, a Democrat from Illinois, asked about the bonuses. "
        "Mr. Stahl said the board had approved them.\n\n"
        '"Is that how you see these people?" the senator asked.'
    )
    assert quotes(text)[0][1:] == ("David Okonkwo", "the senator")


def test_a_role_with_no_name_stays_a_role() -> None:
    text = '"We failed," the spokesman said.'
    assert quotes(text)[0][1] == "spokesman"


def test_that_person_is_the_description_it_was_introduced_with() -> None:
    text = (
        "A person close to the board said directors would meet next week.\n\n"
        '"The board wants options," that person said.'
    )
    assert quotes(text)[0][1:] == ("person close to the board", "that person")
    text = (
        "An engineer in the sports unit said staff learned of it from the news. "
        '"We found out from a push notification," the engineer said.'
    )
    assert quotes(text)[0][1] == "engineer in the sports unit"


def test_a_role_of_an_organisation_before_a_name_gives_the_name() -> None:
    text = (
        "In an internal memo seen by The New York Times, the head of the unit, Carla "
        'Mendes, urged staff to "stay focused on the work in front of us."'
    )
    assert quotes(text)[0][1] == "Carla Mendes"
    text = (
        "In a memo seen by The Times, the head of the unit, Carla Mendes, urged calm. "
        'She added: "I will tell you what I know."'
    )
    assert quotes(text)[0][1] == "Carla Mendes"


def test_more_roles_name_a_person_in_apposition() -> None:
    text = (
        "Asked about the talks on Tuesday, the league's commissioner, Adam Silver, told "
        "reporters that he did not comment on a partner's business. "
        '"Vantage has been a good partner," he said.'
    )
    assert quotes(text)[0][1] == "Adam Silver"


def test_a_contraction_is_never_a_speaker() -> None:
    text = '"We are fine," I\'m told by aides. "It is over," they\'ve said.'
    for _, speaker, mention in quotes(text):
        assert speaker in (None, "I") or "'" not in speaker
        assert mention is None or "'" not in mention


def test_i_in_a_transcript_line_is_the_speaker_it_is_labelled_with() -> None:
    text = (
        "The chairwoman, Sen. Patricia Holloway, opened the hearing.\n\n"
        "SEN. HOLLOWAY: Your own engineers wrote that the substations were, and I'm "
        'quoting, "one hard freeze away from failure." What did you do with that?'
    )
    assert quotes(text)[0][1] == "Patricia Holloway"


def test_a_relative_clause_with_no_that_has_its_own_subject() -> None:
    text = (
        "The scheme is to be scrapped, the council has confirmed, in a decision "
        "campaigners called 'a betrayal of every child who walks to school'."
    )
    assert quotes(text)[0][1] == "campaigners"
    assert quotes('A few critics called it "cruel."')[0][1] == "few critics"


def test_the_subject_is_the_noun_a_relative_clause_hangs_on() -> None:
    text = (
        "The union that represents the crews posted on Instagram that it would "
        '"fight for every job," and its president asked for a meeting.'
    )
    assert quotes(text)[0][1:] == ("union", "The union")


def test_a_family_word_is_the_relative_the_text_named_from_the_other_side() -> None:
    text = (
        "Harold Jensen, 74, waited eleven hours. His daughter, Karen Jensen, said staff "
        'were kind. "My dad kept apologizing," she said.\n\n'
        "Her father said he remembered little of the night. "
        '"I remember the ceiling tiles," he said.'
    )
    assert quotes(text)[1][1] == "Harold Jensen"


def test_a_relative_named_by_given_name_takes_the_family_name() -> None:
    text = (
        '"My father wanted it," said Daniela Ortega, 27. Daniela\'s younger brother, '
        'Mateo, 19, did the paperwork. "My sister did the calls," he said. '
        '"Dad did the yelling," Mateo said.'
    )
    assert [q[1] for q in quotes(text)[1:]] == ["Mateo Ortega", "Mateo Ortega"]


def test_my_father_is_the_speaker_or_the_person_named_with_it() -> None:
    assert quotes('I grew up there. "We will rebuild," my father said.')[0][1:] == (
        "my father",
        "my father",
    )
    text = 'I grew up there. My father, Luis Ortega, said: "We will rebuild."'
    assert quotes(text)[0][1] == "Luis Ortega"


def test_a_described_name_in_apposition_is_the_speaker() -> None:
    text = (
        "The company's largest shareholder, the pension fund CalPERS, said in a statement "
        'that it "supports any step that improves returns," without elaborating.'
    )
    assert quotes(text)[0][1] == "CalPERS"
    text = 'The firm, the largest employer in Ohio, said it was "bad."'
    assert quotes(text)[0][1] == "firm"


def test_one_is_one_of_the_people_the_sentence_before_names() -> None:
    text = (
        "Labour councillors defended the trial. One, who asked not to be named, said the "
        "party had been 'spooked by the by-election'."
    )
    assert quotes(text)[0][1:] == ("one of the Labour councillors", "One")


def test_family_words_and_assistants_are_roles_in_apposition() -> None:
    text = (
        "His manager, Clare Whitmore, said the result was harsh. 'We'll take the three "
        "points,' she said.\n\nWhitmore's assistant, Paul Denny, was less diplomatic. "
        "'A handball's a handball,' he said as he left the ground."
    )
    assert quotes(text)[-1][1] == "Paul Denny"


def test_a_group_with_a_plural_verb_is_no_he_and_a_widow_takes_the_family_name() -> None:
    text = (
        "Walter Haines retired in 2009. Islanders estimate he made 60,000 crossings.\n\n"
        "His widow, Carol, whom he married in 1965, said he kept a logbook. "
        '"Some days it just said fog," she said.\n\n'
        "Asked what he would have wanted, Mrs. Haines paused. "
        '"That he always came back," she said.'
    )
    assert [q[1] for q in quotes(text)] == ["Carol Haines", "Carol Haines"]


def test_an_owners_role_before_a_name_and_a_hyphenated_description() -> None:
    text = (
        "Ashby City's striker Jonny Okafor said he was confident. "
        "'I'd already decided,' he told BBC Radio 5 Live."
    )
    assert quotes(text)[0][1] == "Jonny Okafor"
    text = (
        "'Stonewall,' said Dev Patel. Wanderers season-ticket holder Jean Moss, 67, "
        "disagreed. 'My late husband came here,' she said."
    )
    assert quotes(text)[1][1] == "Jean Moss"


def test_the_role_is_the_bearer_named_last_and_the_age_the_person_before() -> None:
    text = (
        "Wanderers manager Steve Hartley was angry.\n\n"
        "His manager, Clare Whitmore, said it was harsh.\n\n"
        "Hartley's side travel on Tuesday. Asked about his job, the manager shook his "
        "head. 'I'm worried about Tuesday,' he said."
    )
    assert quotes(text)[-1][1] == "Steve Hartley"
    text = (
        "Representative Tom Alvarez led the letter.\n\n"
        '"They paused it because they got caught," the congressman said.'
    )
    assert quotes(text)[0][1] == "Tom Alvarez"
    text = (
        "Callum Reid was more philosophical. Speaking to Sky Sports, the 24-year-old "
        "said: 'It hit me, I can't deny that.'"
    )
    assert quotes(text)[0][1] == "Callum Reid"


def test_people_of_an_organisation_are_the_subject_not_the_opening_phrase() -> None:
    text = (
        "In a letter sent on Monday to Helix Labs, the company behind the chatbot, six "
        "members of the House Administration Committee said the errors were "
        '"unacceptable in any year and dangerous in this one."'
    )
    assert quotes(text)[0][1] == "six members of the House Administration Committee"


def test_a_single_marked_quote_runs_on_over_paragraphs() -> None:
    text = (
        "'I've watched it ten times,' Hartley said. 'He's running. Your arms move.\n\n"
        "'The referee gave a corner at first. Then he's gone to the screen.\n\n"
        "'I'm not going to say any more because I can't afford the fine.'\n\n"
        "Reid was calm. 'It hit me,' he said."
    )
    found = quotes(text)
    assert len(found) == 3
    assert found[1][0].startswith("'He's running.") and found[1][0].endswith("the fine.'")
    assert found[1][1] == "Hartley"


def test_a_couple_named_together_tells_whom_mrs_and_her_husband_name() -> None:
    text = (
        "At a shelter, Rosa and Eduardo Villanueva sat on cots. Their house flooded.\n\n"
        '"We moved the photos upstairs," Mrs. Villanueva said.\n\n'
        'Her husband shook his head. "Thirty years in that house," he said.\n\n'
        'Mr. Villanueva said his brother had called. "He has three kids," he said.'
    )
    assert [q[1] for q in quotes(text)] == [
        "Rosa Villanueva",
        "Eduardo Villanueva",
        "Eduardo Villanueva",
    ]


def test_the_prosecutor_is_the_attorney_named_before() -> None:
    text = (
        "Assistant U.S. Attorney Priya Raman told jurors the case was simple. "
        "The defence disagreed.\n\n"
        '"The defendant chose his stock price over the truth," the prosecutor said.'
    )
    assert quotes(text)[0][1] == "Priya Raman"


def test_a_couples_or_a_familys_child_takes_the_family_name() -> None:
    text = (
        "Rosa and Eduardo Villanueva sat on cots. The couple's daughter, Lucia, 12, said "
        'she was worried. "He is scared of thunder," she said.'
    )
    assert quotes(text)[0][1] == "Lucia Villanueva"
    text = 'The Ortegas\' son, Mateo, 19, did the paperwork. "Dad yelled," he said.'
    assert quotes(text)[0][1] == "Mateo Ortega"


def test_one_of_them_is_the_description_set_off_after_it() -> None:
    text = (
        "Elena Reyes came daily. Several former employees have watched. One of them, a "
        "software engineer who joined PayLoop in 2021, said she had lost her savings. "
        '"I believed in him," she said.'
    )
    assert quotes(text)[0][1] == "software engineer who joined PayLoop in 2021"


def test_a_nationality_is_the_subject_of_the_sentence_before() -> None:
    """ "the Dutchman said" is the one the sentence before was about (Slot), not the last
    Dutch name in it (van Dijk), and the mention stays as written."""
    text = (
        "Arne Slot was furious that Dominic Calvert-Lewin was not penalised for a push on "
        'Virgil van Dijk. "I\'ve watched it five times," the Dutchman said.'
    )
    assert quotes(text)[0][1:] == ("Arne Slot", "the Dutchman")


def test_a_nationality_with_no_subject_before_is_the_person_named_last() -> None:
    text = 'Marta Silva scored twice. "It was a great night," the Brazilian said.'
    assert quotes(text)[0][1] == "Marta Silva"


def test_a_people_as_a_whole_is_no_one_person() -> None:
    text = 'Marta Silva scored twice. "We were robbed," the Americans said.'
    assert quotes(text)[0][1] != "Marta Silva"


def test_a_quote_standing_alone_is_named_by_the_paragraph_after() -> None:
    text = (
        "The council voted on Tuesday to close the library.\n\n"
        '"It is a disgrace. Children will have nowhere to go."\n\n'
        "That was the view of Margaret Lowe, 71, who has used the library for 40 years."
    )
    assert quotes(text)[0][1] == "Margaret Lowe"


def test_a_person_named_after_a_lone_quote_otherwise_is_not_its_speaker() -> None:
    """Only the formulas that say whose the quote was count: "Tom Reilly arrived" may
    introduce the next speaker."""
    text = (
        "The council voted on Tuesday to close the library.\n\n"
        '"It is a disgrace."\n\n'
        "Tom Reilly arrived later with a petition."
    )
    assert quotes(text)[0][1] is None


def test_a_number_after_no_names_an_office_not_a_count() -> None:
    """ "No 10" and "Number 10" are Downing Street: the figure belongs to the name, so a
    spokesperson of it read back from the verb keeps the whole phrase."""
    text = 'A No 10 spokesperson told reporters: "The prime minister has full confidence."'
    assert quotes(text)[0][1:] == ("No 10 spokesperson", "A No 10 spokesperson")
    text = 'Asked about the row, a No 10 spokesperson said she had "full confidence" in her.'
    assert quotes(text)[0][1] == "No 10 spokesperson"
    text = 'A Number 10 source said: "Nothing has changed."'
    assert quotes(text)[0][1] == "Number 10 source"
    text = '"Nothing has changed," a Downing Street spokesman said.'
    assert quotes(text)[0][1] == "Downing Street spokesman"


def test_a_spokesperson_for_a_body_named_in_lower_case_keeps_the_body() -> None:
    """ "A spokesman for the council said": whose spokesman is part of who spoke; a group
    before the body ("Analysts at the bank") is not renamed after it."""
    text = 'A spokesman for the council said: "We have been clear."'
    assert quotes(text)[0][1] == "spokesman for the council"
    text = 'A spokeswoman for the prime minister told the BBC: "We have been clear."'
    assert quotes(text)[0][1] == "spokeswoman for the prime minister"
    text = 'Analysts at the bank said the rise was "unexpected".'
    assert quotes(text)[0][1] == "Analysts"


def test_a_preposition_inside_a_bodys_name_does_not_end_the_subject() -> None:
    """ "a Department for Transport spokesperson": "for" joins two words of one name, as
    "of" does, so the subject read back from the verb goes on to the article."""
    text = 'A Department for Transport spokesperson said: "We remain committed to a deal."'
    assert quotes(text)[0][1] == "Department for Transport spokesperson"
    text = 'Asked about it, a Department for Education spokesman said it was "under review".'
    assert quotes(text)[0][1] == "Department for Education spokesman"


def test_the_warning_came_from_names_the_quote_before_it() -> None:
    """ "The warning came from X" opening the next paragraph says whose the quote was, as
    "That was the view of X" does."""
    text = (
        "The council met on Monday.\n\n"
        '"We will fight this every step of the way."\n\n'
        "The warning came from Sarah Lowe, who chairs the trust."
    )
    assert quotes(text)[0][1] == "Sarah Lowe"


def test_he_after_a_nationality_subject_is_the_one_it_stands_for() -> None:
    """ "The Slovenian ... took the jersey. "...," he said": the Slovenian is the winner
    named first, not the rider named last."""
    text = (
        "Tadej Pogacar won his fourth Tour de France on Sunday, with Florian Lipowitz third.\n\n"
        "The Slovenian, who rides for UAE Team Emirates, took the yellow jersey on stage four."
        ' "It was the hardest Tour I\'ve done," he said.'
    )
    assert quotes(text)[0][1] == "Tadej Pogacar"


def test_a_role_and_a_name_with_where_the_person_works() -> None:
    """ "Its lead author, Michael Lincoff of the Cleveland Clinic in Ohio, said": the name."""
    text = (
        "Its lead author, Michael Lincoff of the Cleveland Clinic in Ohio, said the results"
        ' were "practice-changing".'
    )
    assert quotes(text)[0][1] == "Michael Lincoff"
