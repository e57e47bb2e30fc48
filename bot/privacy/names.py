"""Person names (NAAM): deduce for capitalised names, and Helder's own recognizers for what
residents type: names after a cue in any case ("ik ben jan", "mijn naam is", "met Ria
hier", "mijn zoon mehmet", "mevrouw de jong", "groetjes fatima", "namens ..."), a
lower-case first name + surname from deduce's name lists ("jan jansen"), a first name that
is also a word as the subject of a verb ("jan belde me", "kan mohammed me helpen"), and a
name alone on the last line of a message (a signature).

Surnames: after a first name, a surname from deduce's lists counts unless it reads as that
name's verb: a Dutch verb form other than the bare stem ("Piet komen ook", but "piet bos"),
an English verb only in an English message ("maria lopes"). After "van der", "de", "van 't"
a surname deduce lists after interfixes counts even as a stop word ("henk van der meer").
Interfixes chain ("van 't", "op de", "in 't"); "op de", "in 't" are ordinary words too, so in
lower case only a listed surname follows them ("eva op de weegh", not "ik ben op de hoogte").
Two surnames may be joined by a dash with spaces ("de Vries - Pinas").

Words in no list. A word that is in no Dutch or English word list, is no typo of a common
word (one edit: "iemad", "probeerd", "begrypt" for "begrijpt"), no Dutch compound
("koningsdag"), no place and nothing protected is read as a name where a name stands:
after a relation, also in another language ("moja córka zuzia", "ma fille Aïcha", "annem",
"fiica mea"), after a name cue in another language ("nazywam się", "me llamo"); as the
subject of a verb ("georgi dimitrov kan niet komen", "is dulce tavares ook ...", "heeft
makeda de brief"); at the end of a message that thanks, after punctuation, an emoji or "xx"
("thanks a lot!! kasia", "bedankt xx joyce"); beside a found name, joined by "en" or a
comma ("Sharmila, Devi en Kavita"); capitalised inside a sentence, not after an article, a
word of place or a product ("ik heb Tsvetan gebeld", not "in Kaapverdië", "de app Ovpay");
in lower case as the person one goes with, speaks to or has called ("met ruxandra naar de
bieb", "zeg tegen adebayo dat", "ik heb tsvetan gebeld"; not "betalen met ..."). Not in a message in another language, where most words
are unknown ("türkçe bilen biri var mı"): there a name after a cue stops at the next word.

First names that are words too ("roos", "mila", "mark", "bas") count, besides after a cue
and before a verb, as the subject after its verb before where it is ("gisteren was roos bij
mij", "zat bas naast mij"), and two of them joined by "en" after "voor", "met", "van" or
before a plural verb ("plek voor mila en sara", "roos en ik komen"); not months ("april en
mei"). Several particles ("maria da graça lopes", "Henk van der Sluis-van den Berg", "Abu
Bakr Yusuf") make one name.

Round four. Particles of other languages ("ana de la cruz", "abdel ben el hadj": after "el",
"da", "la" ... the next word is the surname) and surnames with an apostrophe ("d'Hondt");
"op naam van", "t.n.v." as a name cue. spaCy's Dutch lists hold many first names as nouns
("sara", "laura"), so a first name that is no ordinary word (no common Dutch word, Dutch verb
or frequent English word) counts as the person after "voor", "met", "tegen" where the clause
ends ("een tablet voor lotte maar ..."), before ", zij"/", hij" ("voor sara, zij is 10"), and
as the subject of a subordinate clause ("als sara mijn formulier invult"). A rare word (in no
Dutch list, no frequent English word) counts after a relation ("moja córka ola") and in a
signature ("hulp!! ola"). A signature may follow a word of thanks directly ("teşekkürler
Gülsüm", "merci beaucoup fatou") or, without thanks, the end of a sentence ("oke ik wacht wel.
dimitar"; not after an abbreviation, not a question, not a kiss, a sound or a filler). Two
words joined by "en" as the subject of a plural verb, one of them in no list, are names
("florin en ioana willen"). After a weak cue, a word no one means as a word before an unknown
surname ("i am tunde adeyemi"). Function words of other languages (spaCy's stop words for
French, Spanish, Portuguese, Polish, Turkish, Romanian, German) mark a message in another
language ("mais elle travaille", "hay ayuda") and are no name there without a cue.

Precision: a word that carries the question (lexicon.PROTECTED: places, organisations,
shops such as "Dirk van den Broek", apps, courses, topics), a street word ("Zamenhofstraat")
and a street of several words from deduce's list ("Abraham van Stolkweg") are never a name;
after a weak cue ("ik ben ...") only a known first name or a word in no list counts ("ik ben
ziek" stays), and no Dutch compound the lists lack ("ik ben statushouder"); a capitalised
first name that is also a word, opening a sentence, is no name when a function word or a
number follows ("Mark dit aan", "Wil iemand ...", "Max 2 personen"), nor an ordinary word
before an English function word in a Dutch message ("wat betekent Mark as spam"); a name
after "het" names a thing ("het Johan Cruijff court"), one right after a place a part of the
place ("in rotterdam noor(d)").

Round five. "A known first name" is deduce's list and international_first_names.txt (Faker's
locales and Dutch short forms such as "riet", "cor"; see its header); a name only that list
has counts alone only capitalised (Turkish "lazım" is "needed"), in lower case only where the
context says a person (a cue, a verb, a signature). A signature may follow an emoji as a full
stop ("fijne avond nog 🙏 senait"), chat sign-offs ("grtjs cor") and thanks in more languages
and scripts ("sağ olun", "дякую"). A relation opening a sentence of a Dutch message is a
title ("tante riet heeft"). A capitalised word in no list opening a sentence before a finite
verb is a name ("Wiśniewski staat op de brief"), as is a name word before the relation it is
("Dariush mijn buurman", "Ivelina en haar man", "Tesfaye, mijn zwager,"). Where a name ends:
before an English contraction ("Precious doesn't"), a word of thanks ("masha danki") and a
lower-case Dutch compound after "van de" ("tineke van de schuldhulp"); a first name, also one
that is a word, before "van de" and a service or organisation is staff ("ik sprak bram van de
vraagwijzer"). Chinese-Surinamese
and Chinese names in short capitalised parts, with the particle "A" or without, are one name
("Tjin A Tsoi", "Lie A Fong", "Tjon Sie Fat", "Li Na Zhang"). A word in no list after a comma
is a second name only where a list can go on ("Marek Kamiński, mieszkam w ...": a Polish
verb). A name before a noun of a building or an institution names that ("de Prinses Juliana
school", "het Sophia kinderziekenhuis"); shop kinds ("bakkerij") and royal titles open an
organisation's name.

Round five, second pass. A surname written first takes its initials after a comma after a
name cue or a title ("naam: JANSSEN, P.", "mevrouw Bakker, A."). A rare word (in no Dutch
list, no frequent English word, no typo) is the subject of a subordinate clause with its
object after it ("als ilias mijn formulier invult"). A Chinese surname (lexicon.
CHINESE_SURNAMES) takes a given name of one or two pinyin syllables in the same case ("met
zhang min gepraat"), and a name in Chinese characters follows a Chinese name cue ("我叫王芳").
Round six. Messages in other languages: the cues, relations, thanks and ordinary words of
each language are data (name_cues_by_language.yml), read by bot/privacy/languages.py, which
adds its own readings after a cue or thanks and cleans every name found of cue words and
words of that language ("ana Youssef Ouali", "Zahra Hosseini hastam"); see its docstring.
"Claude" is an AI assistant in a message about AI ("Copilot of Gemini of Claude"), a person
elsewhere. Famous people by their full name (famous_people.txt: "Anne Frank") and phrases of
thanks ("masha danki") are protected.

Round six. First names that are ordinary words too (word_first_names.txt: "hoop", "storm",
"wil", "zon"; and deduce's first names that are common words) are the name where a name
stands: after a title any capitalised word ("meneer Storm", "mevrouw Hoop van de
vraagwijzer"); after a relation or a sign-off such a first name capitalised, before a verb or
at the end ("mijn zoon storm heeft", "groetjes wil"; not "mijn zoon wil een cursus"); after
"mijn naam is"; after "ik ben" capitalised ("ik ben Zon") or in lower case before an
introduction: an age, "uit", "en ik kom/woon/ben" ("ik ben hoop en ik kom uit eritrea"; "ik ben
student en ik kom uit ..." stays: no first name). Capitalised inside a sentence, such a name
is the subject before or after its verb ("heeft Storm de brief al"), the person after "met",
"voor", "tegen" ("ik ga met Storm naar de bieb"), the one called or spoken to ("heb je Berber
al gesproken?", "ik zag Hoop gisteren"), the one after a noun and "van" ("de meester van
Storm"), the subject opening a sentence where "hij", "zij" or "ze" and a singular verb follow
("Storm is ziek, hij komt niet"; not "Storm is voorbij, ze zeggen ..."), the second after a
name and "en" ("Jade en Storm komen") and the first before "en ik" and a plural verb ("Storm en
ik willen"). A first name
before "van" and a time after a comma or a greeting is a caller who wrote before ("ik ben d'r
weer, cor van gisteren"). "van" before a first name after a noun is a preposition, no part of
the name ("de juf van Sem", "de fiets van Bas"; after "mevrouw" a surname deduce lists after
"van" stays one); a lower-case word and a number after "van" is no surname ("de juf van groep
5"). The Turkish capital İ reads as i ("ZEKİ ARSLAN"). A Chinese-Surinamese name may follow a
given name of any length ("Rashida Tjon A Fat") and a title ("meneer Sie A Foe"). Precision:
roles in a signature and the organisation after them ("Secretaris VvE Blijdorp", "Team
Schuldhulp"), short abbreviations in mixed case ("VvE", "KvK"), capitalised compounds of a
name and an institution ("Anne Frankschool", "Laurenskerk"), particles inside an
organisation's name ("stichting Hanna van Hoorn"), a museum's name, a cue word ("Namens") and
a compound the lists lack alone ("Bewonerscommissie") are no name; nor a noun of nationality
(nationality_nouns.txt) after an article or a word of quantity ("een Noor", "veel
Marokkanen") or in no name list, nor a first name that is an ordinary word after an article
("de jade ketting").

Round eight. Names in Cyrillic, Arabic and Ge'ez script follow the cues of those scripts in
name_cues_by_language.yml ("меня зовут", "اسمي", "ስመይ ... እዩ"), and two or three capitalised
Cyrillic words in a row are a name wherever they stand (languages.cyrillic_name_pairs). The
edges of a name found: no capitalised verb opening the question ("Is Johan er"), no
department after a member of staff ("meneer Visser van Belastingen"; "Jansen van Dijk" stays
one surname), no street before its house number ("Bianca Hofwijk Hillevliet 90a"), but a
capitalised interfix inside a sentence ("medewerker Van Rij"). A surname takes its initial
after a comma ("Kartodikromo, S.", "Yilmaz, E." on a line of data), a surname found the
capitalised first name before it that is a word too ("Lies Koppelaar", "Wil Verhoeven" at the
end), a first name a surname that names a shop too ("Carla Zeeman"); a month is the name after
"ik heet" ("Ik heet Mei"); a capitalised word between a name and "en" and a name is one too
("Amira, Ilias en Sami"). The share of unknown words that marks a message in another language
counts no e-mail or web address: its words are in no language ("naar oksana.melnyk@ukr.net.
I'm from Kharkiv, Oksana Melnyk"). Precision: a lower-case English verb before an English function
word is no name ("my coach said the computer"), nor a capitalised word opening a sentence
before "en" and an ordinary word ("Roos en lavendel"), nor the first name of a street named
after a person ("Gerrit de Jongstraat"), nor the city's systems named like a person in a
message about systems or asked about as a thing ("Wat is Thomas?"); places abroad, languages,
organisations named after a person and laws are kept words (kept_words.txt: "Valencia",
"Spaans", "Pameijer", "Wob"), and a greeting of another language opening a message is no name
("Bom dia", "Bon tardi"), nor a lower-case word whose meaning follows ("amal betekent hoop").
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from bot.privacy import languages, places
from bot.privacy.lexicon import (AI_ASSISTANTS_THAT_ARE_NAMES, AI_WORDS, CITY_SYSTEMS_THAT_ARE_NAMES, SYSTEM_WORDS, CHINESE_SURNAMES, STREET_ABBREVIATIONS, STREET_SUFFIXES, AFTER_INVERTED_SUBJECT, CHAT_WORDS, CLAUSE_WORDS, EXTRA_INTERFIXES,
                                 FOREIGN_NAME_CUES,
                                 FOREIGN_RELATIONS, GREETINGS, HONORIFICS, MODAL_VERBS, ORGANISATION_CUES,
                                 NAMED_THINGS, PRODUCT_WORDS,
                                 ASKERS, RELATIONS, ROLE_WORDS, SIGN_OFFS, SUBJECT_VERBS, THANKS, Vocabulary)
from bot.privacy.spans import COMBINING_MARKS, WORD_TOKEN, Span
from bot.privacy.word_lists import entries


# How sure a cue makes us that a name follows.
STRONG = "strong"       # "mijn naam is", "ik heet": any word that is not a common word
TITLE = "title"         # "mevrouw", "dhr.": also a surname that is a word ("mevrouw Bakker")
WEAK = "weak"           # "ik ben", "met": a known first name or no word at all ("ik ben ziek" stays)
CLOSE = "close"         # "mijn zoon", "groetjes": as weak, and a capitalised word ("mijn opa Cor")

_STRONG_CUES = (("mijn", "naam", "is"), ("m'n", "naam", "is"), ("my", "name", "is"), ("ik", "heet"),
                ("naam", "is"), ("name", "is"), ("op", "naam", "van"), ("ten", "name", "van"),
                ("t", "n", "v"), ("tnv",), ("t", "a", "v"), ("tav",), ("in", "the", "name", "of"))
_WEAK_CUES = (("heet",), ("heette",), ("ik", "ben"), ("i", "am"), ("i'm",), ("im",), ("dit", "is"), ("this", "is"), ("it's",), ("it’s",), ("namens",),
              ("ondertekend", "door"), ("gesproken", "met"), ("spoke", "with"), ("contactpersoon", "is"),
              ("werkcoach", "is"), ("mijn", "naam"), ("m'n", "naam"), ("gegevens",), ("gegevens", "zijn"),
              # who to ask for on the phone ("bel 010 ... en vraag naar Selam Habte", "ask for Baraka")
              ("vraag", "naar"), ("vragen", "naar"), ("ask", "for"), ("asking", "for"))
_FOREIGN_WEAK_CUES = (("je", "suis"), ("eu", "sou"), ("io", "sono"), ("ich", "bin"), ("jestem",),
                      ("merhaba", "ben"), ("selam", "ben"), ("selamlar", "ben"), ("soy",), ("yo", "soy"))
# The phrase cues by their last word, so each token is checked against its own few; the
# relations in other languages are a cue of their own kind ("moja córka", "annem").
_PHRASE_CUES: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
for _cue, _kind, _strength in ([(cue, STRONG, STRONG) for cue in _STRONG_CUES + tuple(FOREIGN_NAME_CUES)]
                               + [(cue, WEAK, WEAK) for cue in _WEAK_CUES + _FOREIGN_WEAK_CUES]
                               + [(cue, "foreign relation", CLOSE) for cue in FOREIGN_RELATIONS]):
    _PHRASE_CUES.setdefault(_cue[-1], []).append((_cue, _kind, _strength))
# "me zoon tim", "mn dochter": "mijn" as many type it
_POSSESSIVES = frozenset({"mijn", "m'n", "me", "mn", "onze", "ons", "zijn", "haar", "my", "our", "his", "her", "de"})
_JOINERS = frozenset({"en", "&", "and"})
_ARTICLES = frozenset({"de", "het", "t", "den", "der"})
_PLACE_PREPOSITIONS = frozenset({"in", "uit", "naar", "te", "richting", "bij", "rond", "from", "to"})
# More words before a place than before a person ("via Schiedam", "vanuit Syrië").
# ... and the stops of public transport named after a place ("bij metro Slinge", "halte Zuidplein").
_PLACE_WORDS = frozenset({"via", "vanuit", "langs", "over", "door", "at", "near", "nabij", "buiten", "binnen",
                          "metro", "metrostation", "station", "halte", "tramhalte", "bushalte"})
# Initials in lower case with dots, interfixes, a surname ("j.v. oosterhout", "r.m. van der meer").
_LOWER_INITIALS = re.compile(r"(?<![\w.])((?:[a-z]\.){1,3})\s?((?:(?:van|de|der|den|el|ter|ten|v\.d\.)\s)*)"
                             r"([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?![\w@.])")
# Dutch abbreviations written with dots, never initials: "i.v.m.", "z.s.m.", "t.a.v.".
_DOTTED_ABBREVIATIONS = frozenset("""i.v.m. t.a.v. o.a. z.s.m. d.w.z. m.b.t. t.n.v. a.u.b. s.v.p. p.s. n.a.v.
    i.p.v. m.v.g. v.d. e.d. e.a. t.z.t. d.d. m.a.w. o.b.v. i.o.m. a.s. t.o.v. v.w.b. z.o.z. n.v.t. i.c.m.""".split())
# Where a neighbour lives, after "van": "Henkie van hiernaast", "Ria van boven".
_NEARBY = frozenset({"hiernaast", "hierboven", "hieronder", "boven", "beneden", "verderop", "tegenover", "naast"})
# The labels of a form's fields, which follow a name on one line ("Naam: ... Geboortedatum: ...").
_FORM_LABELS = frozenset("""geboortedatum geb adres address telefoon tel telefoonnummer mobiel email e-mail
    mail bsn iban postcode woonplaats vraag datum nationaliteit geslacht phone dob doğum dogum
    naam voornaam voornamen achternaam roepnaam straat huisnummer plaats geboorteplaats emailadres
    e-mailadres mobielnummer telefoonnr name nombre nome nom nomi isim imię nazwisko vorname
    nachname""".split())
# Arabic and Berber "son of", "daughter of", "father of": a first name follows ("omar bin khalid").
_PATRONYMIC_INTERFIXES = frozenset({"bin", "ibn", "ben", "bint", "ould", "abu"})
# Interfixes that end in an article: after them only the surname can follow ("van der meer").
_ARTICLE_INTERFIXES = frozenset({"de", "der", "den", "het", "t", "ter", "ten"})
# Cue words are never a surname, even where deduce lists them ("de buurman").
_CUE_WORDS = (RELATIONS | HONORIFICS | SIGN_OFFS | GREETINGS | CHAT_WORDS
              | frozenset(cue[0] for cue in _WEAK_CUES if len(cue) == 1))   # "Namens Bewonerscommissie"
# Words after a capitalised word opening a sentence that leave it a name ("Roos van het
# wijkteam", "Jan en Piet", "Mark hier"); other function words make it an ordinary word
# ("Mark dit aan", "Wil iemand ...").
_NAME_FOLLOWERS = frozenset({"de", "van", "en", "of", "hier", "ook", "zelf", "the", "and",
                             "from", "here"})
# Words after an inverted subject besides AFTER_INVERTED_SUBJECT: where a person is
# ("gisteren was roos bij mij", "zat bas naast mij", "is mark thuis").
_AFTER_INVERTED_PLACE = frozenset("bij naar naast thuis hier daar er weg ziek in op".split())
# A person one does something with or says something to, after "met", "tegen", "aan"
# ("ik ga met ruxandra naar de bieb", "zeg tegen adebayo dat"), when one of these follows.
_COMPANION_PREPOSITIONS = frozenset({"met", "tegen", "aan"})
_AFTER_COMPANION = frozenset("""naar mee dat of en samen om gesproken gebeld gepraat geappt gemaild
    afgesproken gezegd gevraagd""".split())
# Verbs before "met" that take a tool, not a person ("betalen met ovpay", "inloggen met eherkenning").
_TOOL_VERBS = frozenset("""betalen betaal betaalt inloggen inlog log logt werken werk werkt beginnen
    starten openen aanmelden registreren installeren downloaden printen scannen oefenen leren
    beveiligen ondertekenen tekenen""".split())
# Participles after a person one has been in touch with ("ik heb tsvetan gebeld").
_CONTACT_PARTICIPLES = frozenset("""gebeld gesproken gevraagd gemaild geappt gezien ontmoet bedankt
    geholpen gebeld teruggebeld""".split())
_HAVE = frozenset("heb hebt heeft hebben had hadden".split())
# How many words after a name's verb a pronoun for it is looked for ("Storm is ziek, hij komt niet").
_PRONOUN_REACH = 8
# A house number after a street, not the start of a phone number ("Hillevliet 90a", "Putselaan
# 14-III"; not "van Dam 06-11223344", "van den Berg 06 18 44 92 05").
_HOUSE_NUMBER_AFTER = re.compile(r" +\d{1,4}(?!\d|[-\s]\d)")
# Words between a name and a street that say where one lives ("Greetje Vos van de Putselaan"), no
# part of a street named after a person ("Gerrit de Jongstraat").
_WHERE_ONE_LIVES = (["van", "de"], ["van", "het"], ["aan", "de"], ["op", "de"], ["in", "de"], ["uit", "de"])
# E-mail and web addresses, whose words are in no language ("oksana.melnyk@ukr.net").
_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+", re.IGNORECASE)
# Verbs that tell what a word means ("amal betekent hoop").
_MEANING_VERBS = frozenset("betekent betekende betekend means meant".split())
# Dutch interfixes that open a surname with a capital when no first name comes before ("Van Rij").
_CAPITALISED_INTERFIXES = frozenset("van de den der ter ten te".split())
# Verbs that open a question before its subject ("Is Johan er vandaag?", "Heeft Priya dienst?"):
# no part of a name found after them.
_OPENING_VERBS = frozenset("""is was heeft had komt kwam werkt zit zat kan kon wil mag moet zal zou
    gaat ging belt belde weet""".split())
# Finite verbs of contact after their subject, before the person ("ik zag Hoop gisteren").
_CONTACT_VERBS = frozenset("""zag zie sprak spreek spraken belde bel belden mailde mail appte app
    ontmoette vroeg hielp help zagen""".split())
_PERSONAL_SUBJECTS = frozenset("ik je jij u we wij jullie".split())
_STAFF_VERB_REACH = 3
# Words before a person met at a service ("volgens roos van de bieb", "met jade van werk en inkomen").
_STAFF_BEFORE = _CONTACT_VERBS | _CONTACT_PARTICIPLES | _HAVE | frozenset("met bij volgens voor tegen aan namens via".split())
# Words between the person and the participle ("heb je Berber al gesproken").
_BEFORE_PARTICIPLE = frozenset("al ook nog gisteren vandaag even ff net niet vanochtend".split())
# Words for a time in the past after "van" ("cor van gisteren").
_EARLIER_TIMES = frozenset("""gisteren eergisteren gister vanochtend vanmorgen vanmiddag net zonet
    daarnet laatst eerder""".split())
# Titles that go with a first name ("juf Anja", "de juf van Bas"), unlike "mevrouw van Dijk".
_FIRST_NAME_TITLES = frozenset("juf juffrouw meester".split())
# Words before a noun of nationality ("een Noor", "veel Marokkanen").
_DETERMINERS = frozenset("""een de die deze het geen veel alle twee drie vier vijf sommige andere
    meer echte echt""".split())
# Words before two first names joined by "en" that make both names even when they are words
# too ("plek voor mila en sara", "met roos en mark").
_BEFORE_NAME_LIST = frozenset("voor met van bij aan tussen zoals samen namens".split())
# Plural verbs after "X en Y" or "X en ik" at the start of a clause ("roos en ik komen").
_PLURAL_VERBS = frozenset("""komen kwamen willen wilden zijn waren hebben hadden gaan gingen kunnen konden
    moeten moesten mogen zullen zouden wonen werken zitten doen deden zoeken snappen begrijpen
    spreken hebben""".split())
# Words that open a subordinate clause, and what may follow its subject there ("als sara
# mijn formulier invult", "dat roos me belt").
_SUBORDINATORS = frozenset("als dat omdat of toen zodat wanneer nadat voordat terwijl tenzij".split())
_OBJECT_WORDS = frozenset("mijn m'n onze ons me mij hem haar jou je u jullie".split())
# Words written with a dot that ends no sentence ("St. Jobsweg", "nr. 5", "dhr. Benali").
_ABBREVIATIONS = frozenset(STREET_ABBREVIATIONS) | HONORIFICS | frozenset(
    "nr no tel mob geb str ca bv evt ivm mbt tov zgn resp incl excl etc vs ref".split())
# Prepositions before a person, and the words that end the clause after one ("voor lotte maar").
_PERSON_PREPOSITIONS = frozenset("voor met tegen".split())
_CLAUSE_JOINERS = frozenset("en maar want omdat of".split())
# Pronouns for a person named just before ("voor sara, zij is 10").
_PERSON_PRONOUNS = frozenset("zij hij ze she he".split())
# Words that end a phrase of thanks or farewell before a name ("thanks a lot kasia", "merci
# beaucoup fatou", "dank u wel fatma", "tot morgen wiktoria").
_THANKS_FILLERS = frozenset("""lot much beaucoup wel hoor allemaal hopi bardzo muito mucho ziens
    morgen straks gauw later snel maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split())
# A letter three times: a sound, no name ("pfff", "hmmm", "jaaa").
_DRAWN_OUT = re.compile(r"(.)\1\1")
# Marks that close a message's text before a signature ("thanks a lot!! kasia", "bedankt xx joyce").
_KISSES = frozenset({"x", "xx", "xxx", "xoxo"})
# Months are first names too ("april", "mei", "june"), and the word of a date.
_MONTHS = frozenset("""januari februari maart april mei juni juli augustus september oktober november
    december january february march may june july august october""".split())
# A message with more unknown words than this share is in another language: its unknown
# words are no sign of a name there ("türkçe bilen biri var mı").
_FOREIGN_SHARE = 0.34
# Letters of scripts other than Latin (Cyrillic, Arabic, Ge'ez, ...); a name in one of them in
# a message whose letters are mostly Latin is a word beside the name (_Reading.in_minor_script).
_NON_LATIN = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")
_MINOR_SCRIPT_SHARE = 0.3
# Scripts whose words in a message written in Latin letters are names ("mijn man ሰላም ሃብተ",
# "mantelzorger van فاطمة الزهراء", "naam: Νίκος Παπαδόπουλος"): Greek, Hebrew, Arabic, the
# Indian scripts, Ge'ez, Chinese, Japanese, Korean. Not Cyrillic: Ukrainians and Bulgarians
# write whole phrases in it (cyrillic_name_pairs reads their names).
_NAME_SCRIPT_LETTER = "\u0370-\u03ff\u0590-\u08ff\u0900-\u0dff\u1200-\u137f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# A word of such a script: a letter, then letters with their marks (spans.COMBINING_MARKS).
_NAME_SCRIPT_WORD = (rf"(?=[^\W\d_])[{_NAME_SCRIPT_LETTER}]"
                     rf"(?:(?=[^\W\d_]|[{COMBINING_MARKS}]|\u200d)[{_NAME_SCRIPT_LETTER}\u200d])*")
_OTHER_SCRIPT_RUN = re.compile(
    rf"(?<![^\W\d_{COMBINING_MARKS}])(?:{_NAME_SCRIPT_WORD})(?:[ \u200c](?:{_NAME_SCRIPT_WORD}))*")
# What ends a run that is a phrase, no name: a letter against it, a full stop of its script.
_NOT_AFTER_A_NAME_RUN = re.compile(r"[^\W\d_]|\s?[።。!?？！]")
_OTHER_SCRIPT_WORDS = frozenset(entries("other_script_words.txt"))
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’-]+")
# What follows a name sent as a contact: a phone number, an e-mail address, "BSN" or "tel".
_CONTACT_AFTER = re.compile(r"[ ,:-]*(?:(?:\+|00)\d|0\d|\(0\d|[\w.+-]+@|(?:bsn|tel|tel\.|telefoon|mob)\b)", re.IGNORECASE)
# Nouns of people ("mijn begeleidster heet ...", "de nieuwe medewerker heet ..."): their names stay names.
_PERSON_NOUN = re.compile(r"(?:er|ster|aar|ist|ier|man|vrouw|kind|baby|meisje|jongen|juf|meester|arts|coach|buur|klant"
                          r"|cliënt|client|student|docent|consulent|agent|assistent)$")
_ACRONYM_COMPOUND = re.compile(r"[A-Z]{2,5}-[a-zà-ÿ]{3,}")
_HAN_PHRASE = re.compile(r"[\u3400-\u9fff]{5,}")
# "vraag naar Selam Habte": after these, "naar" leads to a person, not a place.
_ASKING_FOR = frozenset({"vraag", "vragen", "vroeg", "vraagt", "ask", "asked"})
_SENTENCE_END = re.compile(r"[.!?\n]")
# Words after a strong cue that name an organisation or a role, no person ("tnv stichting").
_ORGANISATION_OR_ROLE = ORGANISATION_CUES | ROLE_WORDS
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_CLAUSE_END = re.compile(r"[.!?;:\n,(]")
# Street words that end no surname (unlike -weg, -hof, -dijk: "Hogeweg", "Westerhof", "Dijkstra").
_STREET_ENDINGS = ("straat", "laan", "plein", "singel", "kade", "gracht", "dreef", "steeg", "boulevard",
                   "plantsoen")
# Two surnames joined by a dash with spaces: "de Vries - Pinas".
_DASH_GAP = re.compile(r" ?[-–] ?")
_MAX_NAME_TOKENS = 4
# A surname that starts with a particle and an apostrophe ("d'Hondt", "O'Brien", "dell'Acqua").
_APOSTROPHE_SURNAME = re.compile(r"(?:d|l|o|dell|dall)['’][^\W\d_]{2,}", re.IGNORECASE)
_CUE_GAP = re.compile(r"[\s,:;.\-–]*")
# An English contraction is no name and ends one: "Precious doesn't", "Joy isn't", "it's"
# ("d'Hondt" starts with an apostrophe; "Fatima's" is a name with 's, unless the word before
# the 's is an English function word).
_CONTRACTION = re.compile(r"\w+['’](?:t|ll|re|ve|m|d)", re.IGNORECASE)
_APOSTROPHE_S = re.compile(r"(\w+)['’]s", re.IGNORECASE)
# An emoji ends a sentence as a full stop does ("fijne avond nog 🙏 senait").
_EMOJI = re.compile("[\u2600-\u27bf\U0001F000-\U0001FAFF]")
# The particle between the parts of a Chinese-Surinamese name ("Tjin A Tsoi", "Lie A Fong"),
# and how long the one-syllable parts of such names are ("Tjon Sie Fat", "Li Na Zhang").
_NAME_PARTICLES = frozenset({"a"})
# One syllable of pinyin (an initial, then a final): the parts of a Chinese given name.
_PINYIN_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|a|o|e|i|u)")
# Words after a Chinese surname that are no part of its given name ("zhang en li", "met wang
# naar de balie", "li wei zei"): the words around a person.
_AFTER_CHINESE_SURNAME = (CLAUSE_WORDS | _JOINERS | SUBJECT_VERBS | _AFTER_COMPANION | AFTER_INVERTED_SUBJECT
                          | _PLACE_PREPOSITIONS | _ARTICLES | _OBJECT_WORDS | MODAL_VERBS
                          | frozenset("na om te tot en hier zo nu wie hoe wat".split()))
_SYLLABLE_LENGTH = 5
# Nouns of institutions that end the compound a building is named with ("Anne Frankschool",
# "Laurenskerk"); not "huis", "park", "hal": surnames end so too ("Veldhuis").
NAMED_THING_ENDINGS = ("school", "college", "kerk", "ziekenhuis", "museum", "moskee", "academie",
                       "lyceum", "gymnasium", "stadion", "theater", "bibliotheek", "instituut",
                       "universiteit", "fabriek")

_BUILDING_ENDINGS = tuple(ending for ending in NAMED_THING_ENDINGS if ending not in ("kerk", "fabriek"))

# A Chinese name after a name cue in Chinese ("我叫王芳", "我的名字是李伟"): two or three
# characters, written without spaces, up to punctuation or a character no name part is
# (我 "I", 的 of, 是 "is", 在 "in", 和 "and" ...).
_CHINESE_CUES = "我叫|我的名字是|我的名字叫|我名叫|名字[:：]"
_CHINESE_NAME_CUE = re.compile(
    rf"(?:{_CHINESE_CUES})\s*((?:(?![我你他她的是在和也很不了，。！？、])[\u4e00-\u9fff]){{2,3}})")
# A name in Latin letters after a Chinese name cue, written against it ("我叫eleni georgiou，电话"):
# up to Chinese punctuation or the next Chinese character.
_LATIN_AFTER_CHINESE_CUE = re.compile(   # "我是" ("I am") too: a Latin name after it is no word of Chinese
    rf"(?:我是|{_CHINESE_CUES})\s*([A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’.-]*(?: [A-Za-zÀ-ɏ'’.-]+){{0,4}})")

# deduce's processors for names only (its dates, phones and places are replaced by Helder's own).
_DEDUCE_NAME_PROCESSORS = frozenset({
    "names", "prefix_with_initial", "prefix_with_interfix", "prefix_with_name", "interfix_with_name",
    "initial_with_name", "initial_interfix", "first_name_lookup", "surname_lookup", "name_context",
    "person_annotation_converter", "post_processing", "overlap_resolver", "merge_adjacent_annotations",
})


_ORGANISATION_ENDINGS = ("bedrijf", "stichting", "vereniging", "winkel", "salon", "praktijk", "restaurant")


# Words that close an organisation's name ("Anadolu Derneği"); no surname ("Prins", "Kerk").
_ORGANISATION_CLOSERS = frozenset("stichting vereniging derneği dernegi vakfı vakfi foundation association".split())


def _without_script_words(run: "re.Match[str]") -> Span | None:
    """A run of words in another script without the cue words before it ("اسمي رامي الخطيب":
    "اسمي" is "my name is") and the words of its language that close a name, or None when only cue words and greetings are left ("ሰላም" is a
    greeting and a name: "ሰላም ሃብተ" stays whole)."""
    words = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"[^ \u200c]+", run.group())]
    while words and languages.is_cue_word(run.string[slice(*words[0])].lower()):
        words.pop(0)
    # nor the word that closes it ("میرا نام عمران شاہ ہے": "ہے" is "is")
    while words and languages.is_name_end(run.string[slice(*words[-1])].lower()):
        words.pop()
    if all(run.string[start:end].lower() in _OTHER_SCRIPT_WORDS for start, end in words):
        return None
    return Span("NAAM", words[0][0], words[-1][1])


def _organisation_word(lower: str) -> bool:
    """A word that names an organisation, also as a compound ("taxibedrijf", "kapsalon")."""
    return lower in ORGANISATION_CUES or _organisation_compound(lower)


def _organisation_compound(lower: str) -> bool:
    """A compound of an organisation's word ("ouderenvereniging") or a word that closes its name."""
    return lower in _ORGANISATION_CLOSERS or any(
        lower.endswith(ending) and len(lower) > len(ending) + 2 for ending in _ORGANISATION_ENDINGS)


def _compound_of(lower: str, nouns) -> bool:
    """A compound of four letters or more and one of these nouns ("kinderziekenhuis",
    "frankschool"), not a word that merely ends like one ("thuis")."""
    return any(lower.endswith(noun) and len(lower) - len(noun) >= 4 for noun in nouns)


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int


# The recognizers of _Reading that read the text alone, in the order their spans are listed
# (deduce's names and the ones that widen found names follow in NameFinder.find).
# What follows a name given after "ik ben": a comma or a full stop, "en", "uit", an age.
_INTRODUCTION_GOES_ON = re.compile(r" *(?:[,.!]| en\b| uit\b| from\b| and\b| \d)")

_TEXT_RECOGNIZERS = ("cued_names", "introductions", "name_pairs", "lone_first_names", "subject_first_names",
                     "unknown_subjects", "rare_subordinate_subjects", "chinese_cued_names", "capitalised_unknowns", "unknown_capitalised_pairs",
                     "unknown_companions", "name_lists", "greeted_names", "addressed_names", "contact_lines", "name_only_sentences", "lower_case_initials", "signature", "thanks_signature", "askers",
                     "opening_ben", "opening_line_names")


class NameFinder:
    def __init__(self, deduce, vocabulary: Vocabulary, protected: "re.Pattern[str]") -> None:
        self._deduce = deduce
        self._deduce_lock = threading.Lock()   # deduce's pipeline is not documented as thread-safe
        self._vocabulary = vocabulary
        self._protected = protected
        # the interfixes of several words by their first word, longest first
        self._phrases: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(vocabulary.interfix_phrases, key=len, reverse=True):
            self._phrases.setdefault(phrase[0], []).append(phrase)

    def find(self, text: str) -> list[Span]:
        reading = _Reading(text, self._vocabulary, self._protected, self._phrases)
        found = [span for recognizer in _TEXT_RECOGNIZERS for span in getattr(reading, recognizer)()]
        cue_starts = languages.cue_starts(reading)
        found += languages.cued_names(reading, cue_starts)
        found += languages.signature(reading)
        found += languages.cyrillic_name_pairs(reading)
        found += self._deduce_names(reading)
        found += reading.opening_proper_nouns()
        found += reading.staff_names()
        # the ones that widen or join names found so far, each seeing what came before
        found = [reading.trimmed(span) for span in found]
        for widen in ("joined_names", "double_surnames", "syllable_names", "closing_initials", "first_name_before",
                      "surname_initials"):
            found += getattr(reading, widen)(found)
        found += reading.returning_callers()
        found += reading.contacted_people()
        found += reading.opening_word_names()
        found = [reading.trimmed(span) for span in found]   # the later ones too ("Is Johan er")
        # not cleaned as words: a run in another script is a name as a whole
        return _kept(reading, found, cue_starts) + list(reading.other_script_names())

    def _deduce_names(self, reading: "_Reading") -> Iterator[Span]:
        with self._deduce_lock:
            document = self._deduce.deidentify(reading.text, enabled=_DEDUCE_NAME_PROCESSORS)
        for annotation in document.annotations:
            if annotation.tag in ("persoon", "patient"):
                yield from reading.clean_name(annotation.start_char, annotation.end_char)



def _kept(reading: "_Reading", found: list[Span], cue_starts: dict[int, tuple[str, int]]) -> list[Span]:
    """The names found, cleaned of cue words and words at their edges, without a preposition;
    none that names a thing, a nationality, a word of a minor script, an English verb or a
    word explained in the message."""
    found = languages.cleaned(reading, found, cue_starts)
    found = [reading.without_preposition(span) for span in found]
    return [span for span in found
            if (not reading.names_a_thing_after(span) or languages.closed_by_name_end(reading, span)
                or reading.after_relation(span, cue_starts))
            and not reading.is_nationality(span) and not reading.in_minor_script(span)
            and not reading.is_english_verb(span) and not reading.is_explained_word(span)
            and not reading.ends_in_a_building(span) and not reading.cue_or_month_alone(span)
            and not reading.called_thing(span)]


class _Reading:
    """One text, its word tokens, and the tests on them."""

    def __init__(self, text: str, vocabulary: Vocabulary, protected: "re.Pattern[str]",
                 phrases: dict[str, list[tuple[str, ...]]]) -> None:
        self.text = text
        self.v = vocabulary
        self.phrases = phrases
        self._protected_words = protected
        self.tokens = [_Token(m.group(), m.start(), m.end()) for m in WORD_TOKEN.finditer(text)]
        # "ZEKİ".lower() is "zeki" with a combining dot: the Turkish capital İ is an i
        self.lowers = [token.text.lower().replace("i\u0307", "i") for token in self.tokens]
        self.token_at_start = {token.start: index for index, token in enumerate(self.tokens)}
        self.token_at_end = {token.end: index for index, token in enumerate(self.tokens)}
        self.protected = ([m.span() for m in protected.finditer(text)] + self._organisation_names()
                          + self._named_thing_words() + self._abbreviations()
                          + self._street_words() + self._street_phrases() + self._ai_assistants()
                          + self._city_systems())
        # the words of the message's language: not an e-mail address or a web address
        # ("oksana.melnyk@ukr.net")
        addresses = [m.span() for m in _ADDRESS.finditer(text)]
        words = [i for i, lower in enumerate(self.lowers) if len(lower) > 1
                 and not any(start <= self.tokens[i].start < end for start, end in addresses)]
        unknown = sum((not vocabulary.is_word(self.lowers[i]) and self.lowers[i] not in vocabulary.first_names
                       and self.lowers[i] not in vocabulary.surnames and self.lowers[i] not in vocabulary.stop_words
                       and self.lowers[i] not in SUBJECT_VERBS)
                      # "mais elle", "hay ayuda": function words of another language, not Dutch words too
                      or (self.lowers[i] in vocabulary.foreign_function_words
                          and self.lowers[i] not in vocabulary.dutch_words)
                      for i in words)
        self.foreign = bool(words) and unknown / len(words) > _FOREIGN_SHARE
        # English verbs ("lopes", "says") count as verbs only in an English message
        english = sum(lower in vocabulary.english_function_words for lower in self.lowers)
        self.english = english > sum(lower in vocabulary.dutch_function_words for lower in self.lowers)

    def _organisation_names(self) -> list[tuple[int, int]]:
        """The capitalised words after "stichting", "moskee", "basisschool" ...: an organisation."""
        ranges = []
        for i, lower in enumerate(self.lowers[:-1]):
            role = lower in ROLE_WORDS
            if _organisation_word(lower) or role:   # "ouderenvereniging Anadolu" too
                if role:   # the role is no name either ("mvg,\nPenningmeester Stichting Buurtwerk")
                    ranges.append((self.tokens[i].start, self.tokens[i].end))
                j = i + 1
                while j < len(self.tokens) and self.joined(j):
                    if self.tokens[j].text[0].isupper():
                        if role and self.lowers[j] in self.v.first_names:
                            break   # "Voorzitter Jan de Groot": a person
                        j += 1
                    elif (j > i + 1 and self.lowers[j] in self.v.interfixes and j + 1 < len(self.tokens) and self.joined(j + 1)
                          and self.tokens[j + 1].text[0].isupper()):
                        j += 2   # "stichting Hanna van Hoorn"
                    else:
                        break
                if j > i + 1:
                    # the cue too where it opens the name ("Associação Cabo-verdiana")
                    first = i if self.is_capitalised(i) else i + 1
                    ranges.append((self.tokens[first].start, self.tokens[j - 1].end))
        return ranges

    def _named_thing_words(self) -> list[tuple[int, int]]:
        """Capitalised compounds of a name and a noun of an institution ("Anne Frankschool",
        "Schaepmanschool", "Laurenskerk"): a building, no surname ("Verkerk" is one)."""
        return [(token.start, token.end) for i, (token, lower) in enumerate(zip(self.tokens, self.lowers))
                if lower.endswith(NAMED_THING_ENDINGS) and self.is_capitalised(i) and lower not in self.v.surnames
                and _compound_of(lower, NAMED_THING_ENDINGS)]

    def _abbreviations(self) -> list[tuple[int, int]]:
        """Short words with more capitals than small letters, not all capitals ("VvE", "KvK",
        "GGz"): an abbreviation, no name ("McKay" has more small letters)."""
        return [(token.start, token.end) for token in self.tokens
                if len(token.text) <= 5 and not token.text[1:].islower() and not token.text.isupper()
                and sum(c.isupper() for c in token.text) >= max(2, sum(c.islower() for c in token.text))]

    def _ai_assistants(self) -> list[tuple[int, int]]:
        """AI assistants named like a person ("Claude") in a message about AI ("Copilot of
        Gemini of Claude"): the product; elsewhere a person ("mijn buurman Claude")."""
        if not any(lower in AI_WORDS for lower in self.lowers):
            return []
        return [(token.start, token.end) for token, lower in zip(self.tokens, self.lowers)
                if lower in AI_ASSISTANTS_THAT_ARE_NAMES]

    def _city_systems(self) -> list[tuple[int, int]]:
        """The city's systems named like a person ("Thomas", "Gem") in a message about a system
        or an algorithm, or asked about as a thing ("Wat is Thomas?"): the system; elsewhere a
        person ("mijn werkcoach Thomas")."""
        systems = [i for i, lower in enumerate(self.lowers) if lower in CITY_SYSTEMS_THAT_ARE_NAMES]
        if not systems:
            return []
        about_systems = any(lower in SYSTEM_WORDS or lower in AI_WORDS for lower in self.lowers)
        asked = {self.lowers[i] for i in systems if i >= 2 and self.lowers[i - 2:i] == ["wat", "is"]}
        return [(self.tokens[i].start, self.tokens[i].end) for i in systems
                if about_systems or self.lowers[i] in asked]

    def _street_words(self) -> list[tuple[int, int]]:
        """Words that end like a street and like no surname ("Zamenhofstraat", "Troelstralaan"):
        a street, also after a title ("de Dr. Zamenhofstraat is dicht")."""
        return [(self.tokens[self._street_start(i)].start, token.end)
                for i, (token, lower) in enumerate(zip(self.tokens, self.lowers))
                if lower.endswith(_STREET_ENDINGS) and len(lower) > 7]

    def _street_start(self, i: int) -> int:
        """The first token of a street named after a person with an interfix ("Gerrit de
        Jongstraat", "Karel van Manderstraat"): the capitalised word before the interfixes
        belongs to the street; token i itself where no interfix comes before it."""
        k = i
        while k > 0 and self.joined(k) and self.lowers[k - 1] in self.v.interfixes and not self.is_capitalised(k - 1):
            k -= 1
        if (k < i and k > 0 and self.joined(k) and self.is_capitalised(k - 1) and self.lowers[k - 1] in self.v.first_names
                and self.lowers[k:i] not in _WHERE_ONE_LIVES):
            return k - 1
        return i

    def _street_phrases(self) -> list[tuple[int, int]]:
        """Streets of several words in deduce's street list whose last word is a street word
        ("Abraham van Stolkweg", "Jan Evertsenplaats"): a place, though they start with a name."""
        ranges = []
        for i in range(len(self.tokens)):
            if self.lowers[i] not in self.v.street_starts:
                continue
            for length in range(2, 6):
                end = i + length
                if end > len(self.tokens) or not all(self.joined(k) for k in range(i + 1, end)):
                    break
                last = self.lowers[end - 1]
                listed = " ".join(self.lowers[i:end]) in self.v.streets
                if (last.endswith(STREET_SUFFIXES) and len(last) > 5 and listed) or (
                        self._place_adjective_street(i, end, listed)):
                    ranges.append((self.tokens[i].start, self.tokens[end - 1].end))
        return ranges

    def _place_adjective_street(self, i: int, end: int, listed: bool) -> bool:
        """A street named after a place by its adjective, as Rotterdam has many ("Kralingse Zoom",
        "Katendrechtse Lagedijk", "Charloisse Hoofdweg", typed or not as the list has it): the
        adjective capitalised before a capitalised street or street word."""
        if end - i != 2 or not self.lowers[i].endswith("se") or not self.is_capitalised(i) or not self.is_capitalised(i + 1):
            return False
        last = self.lowers[i + 1]
        return listed or last in self.v.streets or (last.endswith(STREET_SUFFIXES) and len(last) > 5)

    # -- token tests ---------------------------------------------------------------------------
    def gap(self, i: int) -> str:
        """The characters between token i-1 and token i."""
        before = self.tokens[i - 1].end if i > 0 else 0
        return self.text[before:self.tokens[i].start]

    def joined(self, i: int) -> bool:
        """Token i continues the name before it: only spaces between (a dot after an initial)."""
        if i <= 0 or i >= len(self.tokens):
            return False
        gap = self.gap(i)
        if self.is_initial(i - 1):
            gap = gap.replace(".", "", 1)
        if self.lowers[i] == "t" and gap.endswith(("'", "’")):
            gap = gap[:-1]   # "van 't Hof"
        return gap.strip(" ") == "" and "\n" not in gap

    def joined_word(self, k: int) -> str | None:
        """Token k in lower case where it follows the word before on the same line, else None."""
        return self.lowers[k] if self.joined(k) else None

    def token_range(self, span: Span) -> tuple[int | None, int | None]:
        """The indices of the first and last token of a span, None where it starts or ends
        inside a token."""
        return self.token_at_start.get(span.start), self.token_at_end.get(span.end)

    def is_initial(self, i: int) -> bool:
        token = self.tokens[i]
        return len(token.text) == 1 and self.text[token.end:token.end + 1] == "."

    def is_protected(self, i: int) -> bool:
        token = self.tokens[i]
        return any(start < token.end and token.start < end for start, end in self.protected)

    def is_common(self, i: int) -> bool:
        return self.lowers[i] in self.v.common or self.is_protected(i) or len(self.tokens[i].text) < 2

    def is_interfix(self, i: int) -> bool:
        return self.lowers[i] in self.v.interfixes or self.lowers[i] == "t"

    def interfix_end(self, j: int) -> int:
        """The index after the interfixes from token j on ("van der", "van 't", "op de", "in 't"),
        or j when token j starts none."""
        k = j
        while k < len(self.tokens) and (k == j or self.joined(k)):
            length = self._phrase_at(k) or (1 if self.is_interfix(k) else 0)
            if not length:
                break
            k += length
        return k

    def _phrase_at(self, k: int) -> int:
        """The length of the interfix of several words ("op de") that starts at token k, or 0."""
        for phrase in self.phrases.get(self.lowers[k], ()):
            end = k + len(phrase)
            if tuple(self.lowers[k:end]) == phrase and all(self.joined(m) for m in range(k + 1, end)):
                return len(phrase)
        return 0

    def is_known_name(self, i: int) -> bool:
        return self.lowers[i] in self.v.first_names or self.lowers[i] in self.v.surnames

    def is_word(self, i: int) -> bool:
        return self.v.is_word(self.lowers[i])

    def is_unknown(self, i: int) -> bool:
        """A word in no word list, no typo of a word, no place and nothing protected: in a
        place where a name stands, probably a name ("dimitrov", "zuzia")."""
        lower = self.lowers[i]
        if _ACRONYM_COMPOUND.fullmatch(self.tokens[i].text) and self.v.is_word(lower.rsplit("-", 1)[1]):
            return False   # "ZZP-bezorger", "AOW-toeslag": an abbreviation and a word
        return (len(lower) >= 2 and not self.is_word(i) and not self.is_common(i) and not self.is_interfix(i)
                and lower not in self.v.places and not self.is_typo(i) and not self.is_contraction(i)
                and (self.is_known_name(i) or not self.v.is_compound(lower))
                and not self._protected_stem(lower))

    def is_contraction(self, i: int) -> bool:
        """An English contraction ("doesn't", "it's", "we're"), no name."""
        text = self.tokens[i].text
        if _CONTRACTION.fullmatch(text):
            return True
        possessive = _APOSTROPHE_S.fullmatch(text)
        return bool(possessive) and possessive.group(1).lower() in self.v.english_function_words

    def _protected_stem(self, lower: str) -> bool:
        """A protected word with a Dutch ending ("whatsappen", "googlet", "tikkies")."""
        for ending in ("en", "t", "te", "de", "s", "je", "jes"):
            if lower.endswith(ending) and len(lower) - len(ending) >= 3:
                stem = lower[:-len(ending)]
                if self._protected_words.fullmatch(stem):
                    return True
        return False

    def is_rare(self, i: int) -> bool:
        """A word in no Dutch list and no frequent English word, nothing protected or common:
        where a name stands, a name rather than the rare English word it also is ("ola",
        "florin")."""
        lower = self.lowers[i]
        return (len(lower) >= 2 and not self.is_common(i) and not self.is_interfix(i)
                and lower not in self.v.dutch_words and lower not in self.v.typo_targets
                and lower not in self.v.places and not self.is_typo(i) and not self.foreign_word(i)
                and not self._protected_stem(lower))

    def foreign_word(self, i: int) -> bool:
        """A function word in lower case of another language in a message in another language
        ("mais elle travaille", "hay ayuda"): no name without a cue."""
        return self.foreign and self.lowers[i] in self.v.foreign_function_words and not self.is_capitalised(i)

    def is_typo(self, i: int) -> bool:
        """One edit from a word a resident may have meant ("iemad", "probeerd"); a name from
        deduce's lists is never a typo."""
        return not self.is_known_name(i) and self.v.is_typo(self.lowers[i])

    def is_name_word(self, i: int) -> bool:
        """A first name from the lists that is no common word, or an unknown word."""
        lower = self.lowers[i]
        return ((lower in self.v.first_names and not self.is_common(i) and not self.is_interfix(i)
                 and lower not in _MONTHS and len(lower) >= 2) or self.is_unknown(i))

    def is_lower_verb(self, i: int) -> bool:
        """A verb in lower case that can be the verb of a name before it: a Dutch form other
        than the bare stem ("komen", "belde", "komt"; not "bos", "berg"), or an English form
        in an English message ("lopes" in a Dutch one is the surname of "maria lopes")."""
        lower = self.lowers[i]
        if lower != self.tokens[i].text:
            return False
        return lower in self.v.dutch_verbs or (self.english and lower in self.v.english_verbs)

    def is_capitalised(self, i: int) -> bool:
        return self.tokens[i].text[0].isupper()

    def name_like(self, i: int, strength: str) -> bool:
        """Whether token i can be the first word of a name after a cue of this strength."""
        if self._compound_before_its_name(i):
            return False   # "t.n.v. Schilderwerken De Maas", "groet, Bewindvoering De Maasoever": a firm
        if self._word_name_after_cue(i, strength) or self._syllable_name_start(i) or self._introduced_capitalised(i, strength):
            return True
        if self.is_common(i) or self.is_interfix(i) or self.is_contraction(i):
            return False
        if strength == STRONG:
            # "tnv stichting", "t.n.v. Stichting Buurtwerk", "op naam van vereniging": an
            # organisation, no person (a role only in lower case); "op naam van vorige bewoner":
            # a word before the noun it describes
            return not _organisation_word(self.lowers[i]) and not (
                self.lowers[i] in _ORGANISATION_OR_ROLE and not self.is_capitalised(i)) and not self._word_before_noun(i)
        if strength == TITLE:
            return self.is_known_name(i) or not self.is_word(i) or self.is_capitalised(i)
        if strength == CLOSE and (self.is_capitalised(i) or self.is_rare(i)):
            return True   # "mijn opa Cor", "moja córka ola"
        # "ik ben statushouder": a Dutch compound the lists lack is no name
        return (self.lowers[i] in self.v.first_names
                or (not self.is_word(i) and (not self.is_typo(i) or self._verb_follows(i))
                    and not self.v.is_compound(self.lowers[i]))
                or (self.is_capitalised(i) and self.is_known_name(i))
                # "i am tunde adeyemi": a word no one means as a word, before a surname in no list
                or (self.lowers[i] not in self.v.ordinary_words and i + 1 < len(self.tokens) and self.joined(i + 1)
                    and self.is_unknown(i + 1) and not self.is_lower_verb(i))
                # "ik ben ilias ik ben 17": a word no one means as a word before an introduction
                or (strength == WEAK and self.lowers[i] not in self.v.ordinary_words
                    and self.lowers[i] not in self.v.dutch_words and not self.is_lower_verb(i)
                    and not self.v.is_compound(self.lowers[i]) and self._introduction_follows(i + 1)))

    def _compound_before_its_name(self, i: int) -> bool:
        """A capitalised Dutch compound that is no name, before a capitalised "De" and a name:
        the kind of a firm and its name ("Schilderwerken De Maas", "Bewindvoering De Maasoever")."""
        nxt = i + 1
        return (self.is_capitalised(i) and self.v.is_compound(self.lowers[i]) and not self.is_known_name(i)
                and nxt + 1 < len(self.tokens) and self.joined(nxt) and self.tokens[nxt].text in ("De", "Het")
                and self.joined(nxt + 1) and self.is_capitalised(nxt + 1))

    def _word_before_noun(self, i: int) -> bool:
        """A word in lower case that is no first name, before a word that is no name ("vorige
        bewoner", "oude bewoner"; not "groen smit")."""
        nxt = i + 1
        return (not self.is_capitalised(i) and self.is_word(i) and self.lowers[i] not in self.v.first_names
                and nxt < len(self.tokens) and self.joined(nxt) and not self.is_capitalised(nxt)
                and self.is_word(nxt) and not self.is_common(nxt) and not self.is_known_name(nxt))

    def _introduced_capitalised(self, i: int, strength: str) -> bool:
        """After "ik ben" a capitalised word inside a lower-case sentence, the introduction going
        on after it ("ik ben Ewa en mijn collega ...", "ik ben Ewa, ..."): a listed first name,
        though a common word too ("ewa"), or a word in no list; not a word, a role or a
        compound that is no first name ("ik ben Blij", "ik ben Mantelzorger en ..."), not a
        nationality, nothing protected."""
        if strength != WEAK or i == 0 or not self._capitalised_inside(i) or self.is_protected(i):
            return False
        lower = self.lowers[i]
        if lower in self.v.nationality_nouns or self.is_interfix(i) or self.gap(i).strip():
            return False
        if lower not in self.v.first_names and (self.is_word(i) or lower in ROLE_WORDS or self.v.is_compound(lower)):
            return False   # "ik ben Blij", "ik ben Student, ...", "ik ben Mantelzorger en ..."
        return self._ends_text(i + 1) or bool(_INTRODUCTION_GOES_ON.match(self.text, self.tokens[i].end))

    def _capitalised_inside(self, i: int) -> bool:
        """Capitalised inside a sentence, after a word in lower case."""
        return (self.is_capitalised(i) and not self.tokens[i].text.isupper() and not self.sentence_start(i)
                and not self.is_capitalised(i - 1))

    def is_word_first_name(self, i: int) -> bool:
        """A first name that is an ordinary word too ("hoop", "storm", "wil", "roos"), no month."""
        lower = self.lowers[i]
        return (lower in self.v.word_first_names or (lower in self.v.first_names and len(lower) >= 3
                                                     and lower not in self.v.stop_words)) and lower not in _MONTHS

    def _word_name_after_cue(self, i: int, strength: str) -> bool:
        """An ordinary word that is the name after a cue, right after it (only spaces, or the
        dot of "dhr."): after a title a capitalised word ("meneer Storm", "mevrouw Hoop");
        after a relation, a sign-off or "ik ben" a first name that is a word too, capitalised
        ("mijn vriendin Berber", "ik ben Zon") or, in lower case, before a verb ("mijn dochter
        hoop is 12"), at the end ("groetjes wil") or before an introduction ("ik ben hoop en ik
        kom uit eritrea", "ik ben storm, 15 jaar"); after "mijn naam is" a first name that is a
        word too. Not in capitals, nor in a text that capitalises every word."""
        token, gap = self.tokens[i], self.gap(i)
        if i == 0 or token.text.isupper() or self.is_protected(i) or self.is_contraction(i):
            return False
        if gap.strip(" .") and not (strength == CLOSE and not gap.strip(" ,\n")):
            return False   # "Beste mevrouw, Hoop dat ...": after a comma only a sign-off's name
        if self.is_capitalised(i - 1) and not self.sentence_start(i - 1):
            return False
        lower, capitalised = self.lowers[i], self.is_capitalised(i)
        if strength == TITLE:
            return capitalised and lower not in self.v.stop_words and not self.is_interfix(i)
        if strength == STRONG and capitalised and lower in _MONTHS:
            return True   # "ik heet April", "mijn naam is Mei"
        if not self.is_word_first_name(i):
            return False
        if strength == STRONG:
            return True
        if capitalised:
            return lower not in self.v.nationality_nouns or strength == CLOSE
        if strength == CLOSE:
            return self._ends_text(i + 1) or (lower not in SUBJECT_VERBS and self._verb_follows(i))
        return self._introduction_follows(i + 1)

    def _ends_text(self, k: int) -> bool:
        """Nothing but punctuation, emoji or spaces from token k on."""
        return k >= len(self.tokens) and not _LETTER_OR_DIGIT.search(self.text, self.tokens[k - 1].end)

    def _introduction_follows(self, k: int) -> bool:
        """After a name given after "ik ben": an age ("storm, 15 jaar", "Storm 16 jr"), where
        one comes from ("uit eritrea") or a second clause of the introduction ("en ik kom uit",
        "en ik woon", "en ik ben 12")."""
        if re.match(r" *,? *\d", self.text[self.tokens[k - 1].end:]):
            return True
        if k >= len(self.tokens) or not _CUE_GAP.fullmatch(self.gap(k)):
            return False
        words = self.lowers[k:k + 3]
        if words[:1] == ["en"]:
            words = words[1:]
        return words[:1] == ["uit"] or (words[:1] == ["ik"] and words[1:2] in (["kom"], ["woon"], ["ben"], ["werk"]))

    def _syllable_name_start(self, i: int) -> bool:
        """The first part of a Chinese-Surinamese name with the particle "A" ("Sie A Foe"),
        though the part is a word: the name after a cue."""
        return i + 2 < len(self.tokens) and self._particle_between(i, i + 2)

    def _verb_follows(self, i: int) -> bool:
        """A finite verb right after token i: i is its subject ("mijn stiefzoon filmon heeft"),
        not a verb with a typo ("mijn zoon probeerd het")."""
        return i + 1 < len(self.tokens) and self.joined(i + 1) and self.lowers[i + 1] in SUBJECT_VERBS

    def continues_name(self, i: int, after_interfix: bool = False, capitalised_name: bool = False) -> bool:
        """Whether token i, after a name word, is one more part of the name: a name from the
        lists (also "Kok", "Berg"), or a capitalised word or no word at all. Not a verb in
        lower case ("Piet komen ook"), except as the surname after "de", "van" ("de vries");
        not a lower-case word after a capitalised name ("Juf Anja van groep 3")."""
        if (self.is_protected(i) or self.is_interfix(i) or self.lowers[i] in self.v.stop_words
                or len(self.tokens[i].text) < 2 or self.lowers[i] in THANKS or self.is_contraction(i)):
            return False   # "Precious doesn't", "masha danki!!"
        if self.is_lower_verb(i) and not after_interfix:
            return False
        if self.tokens[i].text.isupper() and self.lowers[i] in self.v.dutch_verbs and not self.is_known_name(i):
            return False   # "MIJN ZOON ERWIN MACHTIGEN": in capitals a verb is no surname
        if capitalised_name and not self.is_capitalised(i) and self.is_word(i):
            return False
        if self.foreign and not self.is_capitalised(i) and self.lowers[i] not in self.v.surnames:
            return False   # "mon fils Karim parle néerlandais": the next word is French, no surname
        if self.is_known_name(i) or _APOSTROPHE_SURNAME.fullmatch(self.tokens[i].text):
            return True
        if (after_interfix and self.lowers[i - 1] in EXTRA_INTERFIXES and not self.is_common(i)
                and not self.is_lower_verb(i)):
            return True   # "abdel ben el hadj", "ana de la cruz": after these particles comes the surname
        return not self.is_common(i) and (not self.is_word(i) or self.is_capitalised(i))

    # -- reading a name --------------------------------------------------------------------------
    def read_name(self, i: int, strength: str) -> int | None:
        """The end index (exclusive) of the name whose first token is i, or None: initials,
        first names, then a surname; "van der Meer" (interfixes + surname) ends a name."""
        n = len(self.tokens)
        j = i
        while j < n and (j == i or self.joined(j)) and self.is_initial(j):
            j += 1
        initials = j > i
        if j < n and (j == i or self.joined(j)) and self.interfix_end(j) > j:
            # "mevrouw de Jong", "A. van Dijk", "mijn naam is van der Berg", "mijn oom Abu Bakr"
            if not (initials or strength in (STRONG, TITLE) or (strength == CLOSE and self.is_capitalised(j))):
                return None
            end = self._after_interfixes(j)
            if end is None and strength in (STRONG, TITLE):
                end = self._capitalised_after_interfixes(j)   # "dhr van der Wel": a title's surname
            return None if end is None else self._more_surnames(end, self.is_capitalised(j))
        if not (j < n and (j == i or self.joined(j)) and self.name_like(j, strength)):
            return None
        capitalised = self.is_capitalised(j)
        j += 1
        words = 1
        while j < n and self.joined(j) and words < _MAX_NAME_TOKENS:
            if self.interfix_end(j) > j:
                end = self._after_interfixes(j, capitalised)
                if end is None and strength == STRONG and self._closing_vietnamese_van(j, words):
                    return j + 1
                return j if end is None else self._more_surnames(end, capitalised)
            if not (self.continues_name(j, capitalised_name=capitalised) or (
                    strength == STRONG and self._listed_after_first_name(j)) or (
                    # "nazywam się kinga wójcik": after a name cue, a surname in another language too
                    strength == STRONG and self.foreign and words == 1 and self.is_unknown(j)) or (
                    # "ik ben ionut popescu din romania": a surname in no list before a word of place
                    words == 1 and self.is_unknown(j) and languages.place_word_after(self, j))):
                break
            j += 1
            words += 1
        if j == i + 1:
            return self._chinese_given_name_end(i)
        return j

    def _closing_vietnamese_van(self, j: int, words: int) -> bool:
        """A Vietnamese middle name "Van" (Văn) closing a name of two words or more after a name
        cue, the line ending after it ("Naam: Tuan Nguyen Van"): no Dutch interfix, which a
        surname follows."""
        return (self.tokens[j].text == "Van" and words >= 2
                and (j + 1 == len(self.tokens) or not self.joined(j + 1)))

    def _chinese_given_name_end(self, i: int) -> int:
        """After a Chinese surname alone, the index after its given name of one or two pinyin
        syllables in the same case ("met zhang min gepraat", "li wei xin belde"); i + 1 when none."""
        k = i + 1
        if self.lowers[i] not in CHINESE_SURNAMES:
            return k
        while (k < len(self.tokens) and k - i <= 2 and self.joined(k)
               and self.is_capitalised(k) == self.is_capitalised(i) and _PINYIN_SYLLABLE.fullmatch(self.lowers[k])
               and self.lowers[k] not in _AFTER_CHINESE_SURNAME and not self.is_protected(k)):
            k += 1
        return k

    def _more_surnames(self, k: int, capitalised_name: bool) -> int:
        """After "da Graça", "van der Sluis-": the index after more surnames and particles of
        the same name ("maria da graça lopes", "Henk van der Sluis-van den Berg", "Maria do
        Céu Gomes"): a surname from the lists that reads as no verb, or an unknown word."""
        words = 0
        while k < len(self.tokens) and self.joined(k) and words < _MAX_NAME_TOKENS:
            if self.interfix_end(k) > k:
                end = self._after_interfixes(k, capitalised_name)
                if end is None:
                    break
                k = end
            elif not self.is_protected(k) and not self.is_common(k) and not self.is_lower_verb(k) and (
                    self.lowers[k] in self.v.surnames or self.is_unknown(k)) and not (
                    capitalised_name and not self.is_capitalised(k)):
                k += 1
            else:
                break
            words += 1
        return k

    def _listed_after_first_name(self, j: int) -> bool:
        """After "my name is maria", a word deduce lists as a surname is the surname, also where
        it reads as an English verb ("my name is maria lopes"); not a Dutch verb ("... kees belt u")."""
        lower = self.lowers[j]
        return (self.lowers[j - 1] in self.v.first_names and lower in self.v.surnames
                and lower not in self.v.stop_words and lower not in self.v.dutch_verbs
                and not self.is_protected(j))

    def _capitalised_after_interfixes(self, j: int) -> int | None:
        """After a title or a name cue and its interfixes, a capitalised word that is not
        protected is the surname, though an ordinary word too ("dhr van der Wel", "mevrouw de Vos")."""
        k = self.interfix_end(j)
        if k == j or k >= len(self.tokens) or not self.joined(k) or not self.is_capitalised(k):
            return None
        if self.is_protected(k) or self.tokens[k].text.isupper() or len(self.tokens[k].text) < 2:
            return None
        return k + 1

    def _after_interfixes(self, j: int, capitalised_name: bool = False) -> int | None:
        """After "van der", "de", "el", "op de": the index after the surname that must follow, or None."""
        k = self.interfix_end(j)
        if k == j or k >= len(self.tokens) or not self.joined(k):
            return None
        return k + 1 if self._surname_after_interfixes(j, k, capitalised_name) else None

    def _surname_after_interfixes(self, j: int, k: int, capitalised_name: bool) -> bool:
        """Whether token k, after the interfixes from j on, is the surname. After "van der",
        "de", "van 't" a surname deduce lists after interfixes counts even when it is a stop
        word or a verb ("henk van der meer"). "op de", "in 't" are ordinary words too ("op de
        bank"): in lower case only such a surname that is no stop word counts ("op de beek")."""
        if self.is_protected(k) or len(self.tokens[k].text) < 2:
            return False
        lower, lower_case = self.lowers[k], not self.is_capitalised(k)
        if capitalised_name and lower_case and self.is_word(k):
            return False   # "Juf Anja van de groep": not a lower-case word after a capitalised name
        if lower_case and self.is_word(k) and re.match(r" ?[1-9]\d{0,3}(?!\d)", self.text[self.tokens[k].end:]):
            return False   # "de juf van groep 5", "meneer van kamer 12": a unit and its number (not "berg 06 ...")
        listed = lower in self.v.interfix_surnames and lower not in _CUE_WORDS
        if lower_case and not listed and self.v.is_compound(lower):
            return False   # "tineke van de schuldhulp": a service, no surname
        if not self.is_interfix(j):
            if lower_case:
                return listed and lower not in self.v.stop_words
        elif listed and self.lowers[k - 1] in _ARTICLE_INTERFIXES:
            return True
        if capitalised_name and not lower_case and self._listed_capitalised_surname(k):
            return True   # "Ruud van Es": a surname of the lists, though a short word too ("es")
        if self.lowers[k - 1] in _PATRONYMIC_INTERFIXES and lower in self.v.first_names and not self.is_common(k):
            return True   # "omar bin khalid": son of a man, by his first name
        return self.continues_name(k, after_interfix=True, capitalised_name=capitalised_name)

    def _listed_capitalised_surname(self, k: int) -> bool:
        """A capitalised surname of deduce's lists after a capitalised name and its interfixes
        (a stop word only if deduce lists it after interfixes: "van Es"), no place, nothing
        protected, not in capitals."""
        lower = self.lowers[k]
        listed = lower in self.v.interfix_surnames or (lower in self.v.surnames and lower not in self.v.stop_words)
        return (listed and lower not in self.v.places and lower not in _CUE_WORDS
                and not self.tokens[k].text.isupper() and not self.is_protected(k))

    def span(self, i: int, j: int) -> Span:
        return Span("NAAM", self.tokens[i].start, self.tokens[j - 1].end)

    # -- recognizers -------------------------------------------------------------------------------
    def cued_names(self) -> Iterator[Span]:
        n = len(self.tokens)
        for i in range(n):
            for cue, strength in self._cues_ending_at(i):
                start = i + 1
                if start < n and self.lowers[start] in ("van", "from") and cue == "sign-off":
                    start += 1
                if start < n and self._cue_gap_ok(start, cue):
                    names = self._names_from(start, strength, several=cue in ("sign-off", "relation"))
                    if cue == "foreign relation":
                        names = (self._first_name_only(span) for span in names)
                    yield from names

    def _first_name_only(self, span: Span) -> Span:
        """A name after a relation in another language, without the words after it that are no
        surname from the lists ("moja żona wiktoria pracuje": "pracuje" is Polish for "works")."""
        inside = [i for i, token in enumerate(self.tokens) if span.start <= token.start and token.end <= span.end]
        end = inside[0] + 1
        while end <= inside[-1] and (self.lowers[end] in self.v.surnames or (
                self.is_capitalised(end) and self.is_capitalised(inside[0]))):
            end += 1
        return self.span(inside[0], end)

    def _cue_gap_ok(self, start: int, cue: str) -> bool:
        """Between a cue and its name only spaces and light punctuation ("groetjes, Ria",
        "dhr. Benali", "naam: ..."); a new line only after a sign-off ("Groeten,\nRia")."""
        gap = self.gap(start)
        return bool(_CUE_GAP.fullmatch(gap)) and ("\n" not in gap or cue == "sign-off")

    def _names_from(self, start: int, strength: str, several: bool) -> Iterator[Span]:
        """The name at `start`, and after "en" a second one when the cue allows ("groetjes X en Y")."""
        end = self.read_name(start, strength)
        if end is None:
            return
        initials_end = self._initials_after_comma(end) if strength in (STRONG, TITLE) else end
        if initials_end > end:
            # the dot of the last initial is part of the name ("JANSSEN, P.")
            yield Span("NAAM", self.tokens[start].start, self.tokens[initials_end - 1].end + 1)
            return
        yield self.span(start, end)
        if several and end + 1 < len(self.tokens) and self.lowers[end] in _JOINERS:
            second = self.read_name(end + 1, strength)
            if second is not None:
                yield self.span(end + 1, second)

    def _initials_after_comma(self, end: int) -> int:
        """A surname written first, its initials after a comma ("naam: JANSSEN, P.", "mevrouw
        Bakker, A.M."): the index after the initials, or `end` when none follow."""
        if end >= len(self.tokens) or self.gap(end).strip(" ") != "," or not self.is_initial(end):
            return end
        k = end + 1
        while k < len(self.tokens) and self.joined(k) and self.is_initial(k):
            k += 1
        return k

    def _cues_ending_at(self, i: int) -> Iterator[tuple[str, str]]:
        """The cues whose last token is i, as (kind, strength)."""
        lowers = self.lowers
        for cue, kind, strength in _PHRASE_CUES.get(lowers[i], ()):
            if self._ends_with(i, cue):
                yield kind, strength
        if lowers[i] == "naam" and self.text[self.tokens[i].end:].lstrip(" ").startswith(":"):
            yield "strong", STRONG
        if lowers[i] == "met" and (i == 0 or lowers[i - 1] in GREETINGS) and not self._next_is(i, "vriendelijke"):
            yield "weak", WEAK
        if lowers[i] == "mij" and i > 1 and lowers[i - 1] == "van" and lowers[i - 2] in RELATIONS:
            yield "relation", CLOSE   # "een mattie van mij Ilias"
        if lowers[i] in RELATIONS and (i > 0 and lowers[i - 1] in _POSSESSIVES or self._opening_relation(i)
                                       or self._after_sign_off(i)):
            # "mijn zoon mehmet", and a relation opening a sentence as a title ("tante riet heeft")
            if self._next_is(i, "van"):
                return   # "de tante van samira" is read from "van" below
            yield "relation", CLOSE
        if lowers[i] == "van" and i > 0 and lowers[i - 1] in RELATIONS:
            yield "relation", CLOSE
        if lowers[i] in HONORIFICS and (self._next_capitalised(i) or not self._title_of_two_meanings(i)):
            # a title that is a Dutch verb or a word of another language too only before a
            # capitalised name ("Pak Ngatimin", not "Pak de bus", Portuguese "mas estava")
            yield "title", TITLE
        if lowers[i] in SIGN_OFFS:
            yield "sign-off", CLOSE

    def _next_capitalised(self, i: int) -> bool:
        return i + 1 < len(self.tokens) and self.is_capitalised(i + 1)

    def _title_of_two_meanings(self, i: int) -> bool:
        """A title that is the stem of a Dutch verb with a doubled consonant ("pak" of
        "pakken") or a function word of another language (Portuguese "mas")."""
        lower = self.lowers[i]
        return lower + lower[-1] + "en" in self.v.dutch_verbs or lower in self.v.foreign_function_words

    def _after_sign_off(self, i: int) -> bool:
        """A relation right after a sign-off, as the writer signs ("groeten, oma Chela")."""
        return i > 0 and self.lowers[i - 1] in SIGN_OFFS and not self.gap(i).strip(" ,\n")

    def _opening_relation(self, i: int) -> bool:
        """A relation opening a sentence of a Dutch message ("tante riet heeft"); not in
        another language, where it may be a word of its own (Polish "mam pytanie": "I have")."""
        return (self.sentence_start(i) and not self.foreign
                and self.lowers[i] not in self.v.foreign_function_words)

    def introductions(self) -> Iterator[Span]:
        """"emre hier", "Wim van Dijk hier": a name at the start (or after a greeting) followed by "hier"."""
        start = 0
        while start < len(self.tokens) and self.lowers[start] in GREETINGS:
            start += 1
        if start >= len(self.tokens) or (start > 0 and not self._cue_gap_ok(start, "weak")):
            return
        end = self.read_name(start, WEAK)
        if end is None and self._introduced_alone(start):
            end = start + 1
        if end is not None and end < len(self.tokens) and self.lowers[end] in ("hier", "here"):
            yield self.span(start, end)

    def _introduced_alone(self, i: int) -> bool:
        """One capitalised word before "hier" and a stop, opening the message ("DEV hier. mijn
        vraag ...", "Baraka here, ..."): the writer's name though a word of another list; not a
        Dutch word ("Gemeente hier?"), nothing protected."""
        nxt = i + 1
        if nxt >= len(self.tokens) or not self.joined(nxt) or not self.is_capitalised(i):
            return False
        lower = self.lowers[i]
        closed = re.match(r"\s*[,.!:\n]", self.text[self.tokens[nxt].end:]) or nxt + 1 == len(self.tokens)
        return bool(closed) and len(lower) >= 3 and not self.is_protected(i) and lower not in self.v.stop_words and (
            lower in self.v.first_names or lower not in self.v.dutch_words) and lower not in self.v.places

    def greeted_names(self) -> Iterator[Span]:
        """The person greeted at the start, two or three words in no list closed by a comma:
        "goedemorgen georgi dimitrov, ik mis mijn afspraak" (one word alone may be a word of
        another language: "hallo habibi,")."""
        start = 0
        while start < len(self.tokens) and self.lowers[start] in GREETINGS:
            start += 1
        if start == 0 or start >= len(self.tokens) or not self.joined(start):
            return
        end = start
        while end < len(self.tokens) and end - start < 3 and (end == start or self.joined(end)) and (
                self.is_unknown(end) or self.lowers[end] in self.v.first_names) and not self.is_common(end):
            end += 1
        if end - start >= 2 and (end == len(self.tokens) or self.gap(end).lstrip(" ").startswith(",")):
            if all(self.is_unknown(k) or self.is_capitalised(k) for k in range(start + 1, end)):
                yield self.span(start, end)

    def addressed_names(self) -> Iterator[Span]:
        """The person a line is written to, opening it before a comma and a clause in lower case
        ("Mebrat, de afspraak bij de bieb is ..."): a capitalised word in no list, or a first name
        that is no word, in a Dutch message."""
        if self.foreign:
            return
        for i, token in enumerate(self.tokens[:-1]):
            if not (self.is_capitalised(i) and not token.text.isupper() and len(token.text) >= 3
                    and _LATIN_WORD.fullmatch(token.text)):
                continue   # "Здравейте, ..." ("hello"): a word in another script is read elsewhere
            if not (i == 0 or "\n" in self.gap(i)) or self.gap(i + 1).strip(" ") != ",":
                continue
            if self.is_capitalised(i + 1) or "\n" in self.gap(i + 1):
                continue
            if self.is_unknown(i) or (self.lowers[i] in self.v.first_names and not self.is_word(i) and not self.is_common(i)):
                yield self.span(i, i + 1)

    def name_only_sentences(self) -> Iterator[Span]:
        """A sentence of two or three lower-case name words only in a Dutch message, at its end
        or before a number: "... is gestopt. zé varela 709600914", "... klantnummer is
        2025136242. gert-jan bakker". Each word a name in deduce's lists
        (no common word) or a word in no list; the first a first name or a word in no list."""
        n = len(self.tokens)
        if self.foreign:   # in another language such words are the label of the number ("doğum tarihim 05.04.1975")
            return
        for start in range(n):
            if not self.sentence_start(start) or self.is_capitalised(start):
                continue
            end = start
            while end < n and end - start < 3 and (end == start or self.joined(end)) and self._name_word(end):
                end += 1
            if end - start < 2 or (end < n and not self._sentence_closed_by_number(end)):
                continue
            if self.lowers[start] in self.v.first_names or self.is_unknown(start):
                yield self.span(start, end)

    def contact_lines(self) -> Iterator[Span]:
        """A name opening a line right before the sender's phone number, e-mail address or BSN, as
        a contact is sent ("dewnarain autar 0031 6 ...", "Filmon Berhe BSN 2275...", "Bilal
        bilal.c@..."): two or three name words, or a first name alone, in any language."""
        n = len(self.tokens)
        for start in range(n):
            if not (start == 0 or "\n" in self.gap(start)):
                continue
            end = start
            while end < n and end - start < 3 and (end == start or self.joined(end)) and self._contact_name_word(end):
                end += 1
            if end == start or not _CONTACT_AFTER.match(self.text, self.tokens[end - 1].end):
                continue
            if end - start >= 2 or self.lowers[start] in self.v.first_names:
                yield self.span(start, end)

    def _contact_name_word(self, k: int) -> bool:
        """A word standing free (not inside an e-mail address) that is no word of any list, a
        first name or a capitalised surname."""
        token, lower = self.tokens[k], self.lowers[k]
        if self.is_common(k) or self.is_interfix(k) or self.is_protected(k) or token.text.isupper() or len(lower) < 2:
            return False
        if not self.text[token.end:token.end + 1].isspace() or lower in self.v.places or not _LATIN_WORD.fullmatch(token.text):
            return False
        if lower in self.v.foreign_function_words or languages.is_language_word(lower):
            return False   # "doğum tarihim 05.04.1975": a label in another language
        return not self.is_word(k) or lower in self.v.first_names or (self.is_capitalised(k) and lower in self.v.surnames)

    def _name_word(self, k: int) -> bool:
        lower = self.lowers[k]
        return not self.is_capitalised(k) and not self.is_common(k) and not self.is_interfix(k) and (
            self.is_unknown(k) or lower in self.v.first_names or lower in self.v.surnames)

    def _sentence_closed_by_number(self, end: int) -> bool:
        """What follows token end-1 up to the next word is a number (or a stop before the next sentence)."""
        gap = self.gap(end)
        return bool(re.match(r"\s*[+(]?\d", gap)) or bool(re.match(r"\s*[.!?\n]", gap))

    def lower_case_initials(self) -> Iterator[Span]:
        """Initials in lower case with their dots before a surname in no list or in deduce's
        surnames: "gr j.v. oosterhout", "a.r. ramautar 0031 6 ...", "t.a.v. r.m. ramsaran";
        not an abbreviation ("i.v.m. de brief", "z.s.m. terugbellen")."""
        for match in _LOWER_INITIALS.finditer(self.text):
            if match.group(1) in _DOTTED_ABBREVIATIONS:
                continue
            surname = self.token_at_start.get(match.start(3))
            if surname is None:
                continue
            lower = self.lowers[surname]
            if (self.is_unknown(surname) or lower in self.v.surnames) and not self.is_common(surname):
                yield Span("NAAM", match.start(), match.end(3))

    def signature(self) -> Iterator[Span]:
        """A name alone on the last line of a message of several lines ("top bedankt\nroos",
        "Dank u wel.\n\nIngrid Verhoeven"): a signature. The line starts with a first name."""
        n = len(self.tokens)
        if not n:
            return
        start = n - 1
        while start > 0 and "\n" not in self.gap(start):
            start -= 1
        if start == 0 or self.lowers[start] not in self.v.first_names or self.is_common(start):
            return
        if self.text[self.tokens[-1].end:].strip(" .!\n"):
            return
        end = self.read_name(start, CLOSE)
        if end == n:
            yield self.span(start, end)

    def askers(self) -> Iterator[Span]:
        """The one who asks, after a word that opens the message and "van" ("vraag van sterre:",
        "vraagje van linde, kan ik", "bericht van Noor (12):"): a first name, also one that is a
        word, or a word in no list, before a colon, a comma or a bracket."""
        if len(self.tokens) < 3 or self.lowers[0] not in ASKERS or self.lowers[1] not in ("van", "from"):
            return
        if not (self.joined(1) and self.joined(2)) or not (self.is_name_word(2) or self.is_word_first_name(2)):
            return
        end = self.read_name(2, CLOSE) or 3
        if end >= len(self.tokens) or self.gap(end).strip(" ")[:1] in (":", ",", "("):
            yield self.span(2, end)

    def opening_ben(self) -> Iterator[Span]:
        """A message opening with "ben" in lower case, "ik" left out: an introduction as after
        "ik ben" ("ben shurandy, ik heb een vraag"; "ben ziek vandaag" stays)."""
        if len(self.tokens) > 1 and self.tokens[0].text == "ben" and self._cue_gap_ok(1, "weak"):
            yield from self._names_from(1, WEAK, several=False)

    def opening_line_names(self) -> Iterator[Span]:
        """A first name alone on the first line, in capitals, before the question ("ROOS\nik wil
        me afmelden"; "HALLO\n...", "VRAAG\n..." stay): the sender's name."""
        if (len(self.tokens) > 1 and "\n" in self.gap(1) and self.tokens[0].text.isupper()
                and not self.is_protected(0)
                and (self.is_word_first_name(0) or (self.lowers[0] in self.v.first_names and self.is_name_word(0)))):
            yield self.span(0, 1)

    def lone_first_names(self) -> Iterator[Span]:
        """A first name from deduce's list that is no word in any case ("(fatma)", "kan fatima ook mee")."""
        for i, lower in enumerate(self.lowers):
            if (lower in self.v.first_names and len(lower) >= 3 and not self.is_common(i)
                    and not self.is_word(i) and not self.foreign_word(i) and not self.names_a_thing(i)
                    and not self._lower_international(i)):
                end = self.read_name(i, WEAK)
                if end is not None:
                    yield self.span(i, end)

    def subject_first_names(self) -> Iterator[Span]:
        """A first name that is also a word ("jan", "roos", "mohammed") where it is the subject
        of a verb: before the verb at the start of a clause ("jan belde me", "dat roos komt"), or
        after it before a pronoun ("kan mohammed me helpen", "heeft roos mij gebeld")."""
        for i, lower in enumerate(self.lowers):
            capitalised_word = self._capitalised_word_name(i)   # "heeft Storm de brief al"
            if not capitalised_word and (lower not in self.v.first_names or len(lower) < 3 or self.is_common(i)
                                         or self.is_interfix(i)):
                continue
            if (self._subject_of_verb(i, i + 1, loose=capitalised_word) or self._subordinate_subject(i)
                    or self._spoken_of(i) or self._person_after_preposition(i)):
                end = self.read_name(i, WEAK)
                if end is not None:
                    yield self.span(i, end)

    def _capitalised_word_name(self, i: int) -> bool:
        """A capitalised first name that is a common word too, inside a sentence of a text
        that does not capitalise every word ("heeft Storm de brief", "ik heb Hoop gebeld")."""
        return (self.is_capitalised(i) and not self.tokens[i].text.isupper() and not self.sentence_start(i)
                and self.is_word_first_name(i) and not self.is_protected(i)
                and not (self.is_capitalised(i - 1) and not self.sentence_start(i - 1)))

    def _subject_of_verb(self, i: int, end: int, loose: bool) -> bool:
        """Whether tokens i to end-1 are the subject of a verb: before it at the start of a
        clause ("jan belde me", "dat roos komt"), or after it before a pronoun, a word of time
        or place, or the infinitive of a modal verb ("kan mohammed me helpen", "zat bas naast
        mij"). `loose` (a word in no list): also before an article or any infinitive ("heeft
        makeda de brief", "is dulce tavares ook ...")."""
        after = self.joined_word(end)
        if after in SUBJECT_VERBS and self.clause_start(i):
            return True
        if not (i > 0 and self.joined(i) and self.lowers[i - 1] in SUBJECT_VERBS):
            return False
        if after in AFTER_INVERTED_SUBJECT or after in _AFTER_INVERTED_PLACE:
            return True
        if loose and (after in _ARTICLES or after == "een"):
            return True
        return (after is not None and (loose or self.lowers[i - 1] in MODAL_VERBS)
                and self._is_infinitive(end))

    def _subordinate_subject(self, i: int) -> bool:
        """The subject of a subordinate clause, its object right after it ("als sara mijn
        formulier invult", "dat ilias me belt")."""
        return (i > 0 and self.joined(i) and self.lowers[i - 1] in _SUBORDINATORS
                and self.joined_word(i + 1) in _OBJECT_WORDS)

    def _spoken_of(self, i: int) -> bool:
        """A person the next clause speaks of as "zij" or "hij" ("voor sara, zij is 10")."""
        return (i + 1 < len(self.tokens) and self.gap(i + 1).strip(" ") == ","
                and self.lowers[i + 1] in _PERSON_PRONOUNS and self.lowers[i] not in _MONTHS
                and not self.names_a_thing(i))

    def _person_after_preposition(self, i: int) -> bool:
        """A first name that is no ordinary word after "voor", "met", "tegen" where the clause
        ends ("een tablet voor lotte maar ...", "ik ga met sara"); not a tool ("betalen met")."""
        after = self.joined_word(i + 1)
        closed = (i + 1 == len(self.tokens) or _CLAUSE_END.search(self.gap(i + 1)) is not None
                  or after in _CLAUSE_JOINERS or after in _AFTER_COMPANION)
        # a capitalised first name that is a word needs no end of clause ("met Storm naar de bieb")
        person = (closed and self.lowers[i] not in self.v.ordinary_words) or self._capitalised_word_name(i)
        # "de meester van Storm": the person whose someone or something it is, capitalised
        of_person = (i > 1 and self.lowers[i - 1] == "van" and self._capitalised_word_name(i)
                     and not self.is_capitalised(i - 2) and self.lowers[i - 2] not in _ARTICLES)
        if of_person and self.joined(i):
            return True
        return (i > 0 and self.joined(i) and self.lowers[i - 1] in _PERSON_PREPOSITIONS and person
                and self.lowers[i] not in _MONTHS and not (i > 1 and self.lowers[i - 2] in _TOOL_VERBS))

    def unknown_subjects(self) -> Iterator[Span]:
        """Words in no list as the subject of a verb, where a known first name would be one:
        "georgi dimitrov kan niet komen", "radka komt morgen", "is dulce tavares ook bij de
        cursus". Not in a message in another language, where every word is unknown."""
        if self.foreign:
            return
        n = len(self.tokens)
        for i in range(n):
            if not self.is_unknown(i) or (i > 0 and self.joined(i) and self.is_unknown(i - 1)):
                continue
            end = self.read_name(i, WEAK)
            if end is None:
                continue
            if (i > 0 and self.joined(i) and self.clause_start(i - 1) and not self.is_common(i - 1)
                    and not self.is_protected(i - 1) and self.is_word(i - 1) and not self.is_capitalised(i)):
                i -= 1   # "plamen petkov wil": a first name that is a word too, before an unknown surname
            if self._subject_of_verb(i, end, loose=True):
                yield self.span(i, end)

    def chinese_cued_names(self) -> Iterator[Span]:
        """A name in Chinese characters after a Chinese name cue ("我叫王芳，我的荷兰语不好"):
        no spaces split it into words, so it is read from the characters."""
        for match in _CHINESE_NAME_CUE.finditer(self.text):
            yield Span("NAAM", match.start(1), match.end(1))
        for match in _LATIN_AFTER_CHINESE_CUE.finditer(self.text):
            yield Span("NAAM", match.start(1), match.end(1))

    def other_script_names(self) -> Iterator[Span]:
        """A run of one to three words (after a cue of their language) in a script that writes
        names (Greek, Arabic, Ge'ez, Chinese, the Indian scripts ...) in a message written
        mostly in Latin letters: "mijn man ሰላም ሃብተ en ik", "আমার নাম রহিমা খাতুন. ik wil ...".
        Not a run written against Latin letters (a Chinese cue word, "我住在Vierambachtsstraat"),
        not a sentence of that script ("Abebe Girma ስሜ ነው።"), not a greeting (other_script_words.txt)."""
        if not self.mostly_latin:
            return
        for match in _OTHER_SCRIPT_RUN.finditer(self.text):
            if _NOT_AFTER_A_NAME_RUN.match(self.text, match.end()):
                continue
            if _HAN_PHRASE.fullmatch(match.group()):
                continue   # "我不会荷兰语" ("I speak no Dutch"): a Chinese name has two to four characters
            name = _without_script_words(match)
            # one to three words once the cue before them is left off ("আমার নাম রহিমা খাতুন")
            if name is not None and self.text.count(" ", name.start, name.end) <= 2:
                yield name

    def rare_subordinate_subjects(self) -> Iterator[Span]:
        """A rare word (in no Dutch list, no frequent English word, no typo) as the subject of
        a subordinate clause, its object right after it: "als ilias mijn formulier invult",
        "dat ilias me belt"; a known first name is read so in subject_first_names."""
        if self.foreign:
            return
        for i in range(1, len(self.tokens) - 1):
            if self._subordinate_subject(i) and self.is_rare(i) and not self.is_contraction(i):
                yield self.span(i, i + 1)

    def capitalised_unknowns(self) -> Iterator[Span]:
        """A capitalised word in no list inside a sentence: a proper noun, and no place,
        shop or app (those are protected or in deduce's place list): "ik heb Tsvetan gebeld",
        "de les van Adebayo". Not after an article or a word of place ("in Kaapverdië",
        "bij de Meent"), not in capitals ("BKR"), not in a message in another language."""
        if self.foreign:
            return
        for i, token in enumerate(self.tokens):
            if (not self.is_capitalised(i) or token.text.isupper() or len(token.text) < 3
                    or self.sentence_start(i) or not self.is_unknown(i)):
                continue
            before = self.lowers[i - 1] if i > 0 and self.joined(i) else None
            if before in _ARTICLES or before in _PLACE_PREPOSITIONS or before in _PLACE_WORDS or before in PRODUCT_WORDS:
                continue
            if i > 0 and self.joined(i) and self.is_capitalised(i - 1) and not self.sentence_start(i - 1):
                continue   # inside a run of capitalised words: read from its first word
            end = self.read_name(i, WEAK)
            if end is not None:
                yield self.span(i, end)

    def unknown_capitalised_pairs(self) -> Iterator[Span]:
        """Two capitalised words side by side, both in no list (no word, place, typo or
        protected name), anywhere, in a message in another language too: a first name and a
        surname ("AVG verzoek: Oksana Kovalenko", "vraag naar Tesfay Gebremariam", "DEWNARAIN AUTAR,").
        In capitals only where both have four letters or more (not "AVG", "BKR"); in Latin letters."""
        for i in range(len(self.tokens) - 1):
            k = i + 1
            if not self.joined(k) or "\n" in self.gap(k):
                continue
            first, second = self.tokens[i].text, self.tokens[k].text
            if _NON_LATIN.search(first + second):   # Cyrillic is read by cyrillic_name_pairs
                continue
            capitals = first.isupper() and second.isupper()
            if capitals and (len(first) < 4 or len(second) < 4 or self.text.upper() == self.text):
                continue
            if not capitals and not (first[0].isupper() and first[1:].islower() and second[0].isupper()
                                     and second[1:].islower() and len(first) >= 3 and len(second) >= 3):
                continue
            if not (self.is_unknown(i) and self.is_unknown(k)) or self.is_protected(i) or self.is_protected(k):
                continue
            if self.lowers[i] in self.v.foreign_function_words or self.lowers[k] in self.v.foreign_function_words:
                continue   # German capitalises its nouns: "Mein Konto"
            asked_for = i > 1 and self.lowers[i - 1] == "naar" and self.lowers[i - 2] in _ASKING_FOR
            if i > 0 and self.joined(i) and not asked_for and (
                    self.lowers[i - 1] in _ARTICLES or self.lowers[i - 1] in _PLACE_PREPOSITIONS
                    or self.lowers[i - 1] in _PLACE_WORDS or self.is_capitalised(i - 1)):
                continue
            yield self.span(i, k + 1)

    def unknown_companions(self) -> Iterator[Span]:
        """A word in no list as the person one goes with, speaks to or has called: "ik ga met
        ruxandra naar de bieb", "samen met djeneba wil ik", "zeg tegen adebayo dat", "ik heb
        tsvetan gebeld". Not a tool after a verb that takes one ("betalen met ...")."""
        if self.foreign:
            return
        n = len(self.tokens)
        for i in range(1, n):
            # a Chinese surname with its given name is as sure as a word in no list ("met chen jing")
            chinese = (self.lowers[i] in CHINESE_SURNAMES and not self.is_common(i)
                       and self._chinese_given_name_end(i) > i + 1)
            if not (self.is_unknown(i) or chinese) or not self.joined(i) or self.is_capitalised(i):
                continue
            end = self.read_name(i, WEAK)
            if end is None:
                continue
            after = self.joined_word(end)
            closed = end == n or _CLAUSE_END.search(self.gap(end)) is not None
            before = self.lowers[i - 1]
            companion = before in _COMPANION_PREPOSITIONS and (
                closed or after in _AFTER_COMPANION or after in SUBJECT_VERBS) and not (
                i > 1 and self.lowers[i - 2] in _TOOL_VERBS)
            contacted = after in _CONTACT_PARTICIPLES and any(
                lower in _HAVE for lower in self.lowers[max(0, i - 3):i])
            if companion or contacted:
                yield self.span(i, end)

    def name_lists(self) -> Iterator[Span]:
        """Two first names joined by "en" ("florin en ioana", "bo en noor"). Where both are
        words too ("mila", "sara", "roos", "mark"), only after a word that introduces people
        ("plek voor mila en sara") or as the subject of a plural verb ("roos en mark komen");
        "roos en ik komen" too. Months are no names here ("april en mei")."""
        n = len(self.tokens)
        for i in range(n - 2):
            if self.lowers[i + 1] not in _JOINERS or not (self.joined(i + 1) and self.joined(i + 2)):
                continue
            first, second = i, i + 2
            if self._capitalised_word_name_with_ik(first, second):
                yield self.span(first, first + 1)   # "Storm en ik willen": a name that is a word too
                continue
            if self.is_common(first) or self.is_interfix(first):
                continue
            people = (i > 0 and self.joined(i) and self.lowers[i - 1] in _BEFORE_NAME_LIST) or (
                i > 1 and self.lowers[i - 1] in RELATIONS and self.lowers[i - 2] in _POSSESSIVES)
            if self.lowers[second] in ("ik", "wij", "we") and self.clause_start(first):
                verb = self.joined_word(second + 1)
                if self.lowers[first] in self.v.first_names and (verb in _PLURAL_VERBS or verb in SUBJECT_VERBS):
                    yield from self._one_name(first)
                continue
            if (self.is_common(second) and not self._capitalised_word_name(second)) or self.is_interfix(second):
                continue   # "Jade en Storm komen ook": a capitalised word after a name is one too
            end = self.read_name(second, WEAK) or second + 1
            verb = self.joined_word(end)
            subject = self.clause_start(first) and (verb in _PLURAL_VERBS or verb in SUBJECT_VERBS)
            listed = [k for k in (first, second) if self.lowers[k] in self.v.first_names]
            # two words in no list as the subject of a plural verb ("florin en ioana willen")
            unlisted = subject and any(self.is_unknown(k) for k in (first, second)) and not any(
                self.is_common(k) for k in (first, second))
            if not listed and not unlisted:
                continue
            if not all(self.is_name_word(k) or unlisted or self._capitalised_word_name(k) for k in (first, second)):
                continue
            words = all(self.is_word(k) for k in (first, second))
            if not words or people or subject:
                yield from self._one_name(first)
                yield from self._one_name(second)

    def _capitalised_word_name_with_ik(self, first: int, second: int) -> bool:
        """A capitalised first name that is a common word too, then "en ik" and a plural verb,
        opening a clause ("Storm en ik willen"); "Storm en regen" stays."""
        verb = self.joined_word(second + 1)
        return (self.is_common(first) and self.is_capitalised(first) and not self.tokens[first].text.isupper()
                and self.is_word_first_name(first) and not self.is_protected(first)
                and self.lowers[second] in ("ik", "wij", "we") and self.clause_start(first)
                and (verb in _PLURAL_VERBS or verb in SUBJECT_VERBS))

    def _one_name(self, i: int) -> Iterator[Span]:
        end = self.read_name(i, STRONG)
        if end is not None:
            yield self.span(i, end)

    def thanks_signature(self) -> Iterator[Span]:
        """A name at the very end of a message that thanks or says goodbye, after punctuation,
        an emoji, "xx" or a new line: "thanks a lot!! kasia", "bedankt xx joyce", "oke top,
        ik kom dinsdag 👍 stoyan". The name is a first name (also one that is a word), a
        word in no list (typos too: a signature is no sentence) or a capitalised surname."""
        n = len(self.tokens)
        if n < 2 or _LETTER_OR_DIGIT.search(self.text, self.tokens[-1].end):
            return
        n -= self.closing_initial()   # "merci 👍 Fatou D.": the name before the initial (closing_initials adds it)
        start = n - 1
        # back to the mark before the name, or to the word of thanks right before it ("teşekkürler Gülsüm")
        while (start > 0 and self.joined(start) and self.lowers[start - 1] not in _KISSES
               and self.lowers[start - 1] not in THANKS and self.lowers[start - 1] not in _THANKS_FILLERS):
            start -= 1
        if start == 0 or n - start > _MAX_NAME_TOKENS:
            return
        lower = self.lowers[start]
        if (lower in _KISSES or lower in THANKS or lower in _THANKS_FILLERS or lower in SIGN_OFFS
                or _DRAWN_OUT.search(lower) or (not self.is_capitalised(start) and lower in self.v.foreign_function_words
                                             and lower not in self.v.first_names)):
            return   # "top bedankt xx", "dziękuję bardzo", "!! pfff", "obrigado pela ajuda"
        if self.foreign and n - start > 1 and not any(self.is_capitalised(k) for k in range(start, n)):
            return   # "teşekkürler, çok iyi": words of another language, no name
        if n - start == 1 and not self.is_capitalised(start) and self.v.is_compound(lower) and _PERSON_NOUN.search(lower):
            return   # ", beschermingsbewindvoerder": a compound naming a role after the name
        if any(lower in THANKS or lower in SIGN_OFFS for lower in self.lowers[:start]):
            signed = self._signs_after_thanks(start)
        else:
            signed = self._signs_after_a_sentence(start)
        if signed and self.read_name(start, STRONG) == n:
            yield self.span(start, n)

    def _signs_after_thanks(self, start: int) -> bool:
        """Whether the last words from token start on, in a message that thanks, are a name:
        a first name, a word in no list, a capitalised surname, or a rare word (a signature is
        no sentence: "hulp!! ola")."""
        lower = self.lowers[start]
        first_name = lower in self.v.first_names and lower not in _MONTHS and not self.is_common(start)
        unknown = (not self.is_word(start) and not self.is_common(start) and not self.is_protected(start)
                   and lower not in self.v.places and not self.is_interfix(start))
        surname = self.is_capitalised(start) and lower in self.v.surnames and not self.is_common(start)
        return first_name or unknown or surname or self.is_rare(start)

    def _signs_after_a_sentence(self, start: int) -> bool:
        """Without thanks, after the end of a sentence: a first name that is no word, or a word
        in no list and no typo ("oke ik wacht wel. dimitar"); not after a question."""
        lower = self.lowers[start]
        gap = self.gap(start)
        # a sentence ended: not the dot of an abbreviation ("St. Jobsweg", "nr. 5")
        abbreviation = gap.strip() == "." and (len(self.lowers[start - 1]) == 1 or self.lowers[start - 1] in _ABBREVIATIONS)
        closed = (_SENTENCE_END.search(gap) is not None and gap != gap.rstrip() and not abbreviation) or (
            self.lowers[start - 1] in _KISSES) or _EMOJI.search(gap) is not None
        if lower.endswith(STREET_SUFFIXES) and len(lower) > 5 and lower not in self.v.first_names:
            return False   # "... naar de. Jobsweg": a street
        ending = self.text[self.tokens[-1].end:]
        if (not closed or len(lower) < 3 or "?" in ending or self.foreign or self.is_capitalised(start) and self.sentence_start(start)
                and self.is_word(start)):
            return False
        first_name = lower in self.v.first_names and lower not in _MONTHS and not self.is_common(start)
        return (first_name and not self.is_word(start)) or self.is_unknown(start)

    def _lower_international(self, i: int) -> bool:
        """A first name only the international list has, in lower case: alone no sign of a
        person (Turkish "lazım" is "needed")."""
        return self.lowers[i] in self.v.international_first_names and not self.is_capitalised(i)

    def opening_proper_nouns(self) -> Iterator[Span]:
        """A capitalised word in no list opening a sentence, before a verb ("Wiśniewski staat
        op de brief", "Przybylski heeft ..."), or a name word anywhere before the relation it
        is ("Dariush mijn buurman zegt", "Ivelina en haar man willen"). Not in a message in
        another language, not in capitals."""
        if self.foreign:
            return
        n = len(self.tokens)
        for i in range(n):
            token = self.tokens[i]
            if token.text.isupper() or len(token.text) < 3 or self.names_a_thing(i):
                continue
            opening = self.sentence_start(i) and self.is_capitalised(i) and self.is_unknown(i)
            if not (opening or (self.clause_start(i) and self.is_name_word(i) and not self._lower_international(i))):
                continue
            end = self.read_name(i, WEAK)
            if end is None or end >= n or not (self.joined(end) or self.gap(end).strip(" ") == ","):
                continue
            after = self.lowers[end]
            verb = opening and self.joined(end) and after == self.tokens[end].text and (
                after in SUBJECT_VERBS or (after in self.v.dutch_verbs and not self._is_infinitive(end)))
            if verb or self._relation_at(end):
                yield self.span(i, end)

    def returning_callers(self) -> Iterator[Span]:
        """A first name, also one that is a word, before "van" and a time the resident wrote
        or called before, after a comma or a greeting: "ik ben d'r weer, cor van gisteren",
        "hallo, rick van gisteren weer". Not at the start of a text ("Storm van gisteren was
        ..."), nor before a verb (the thing of that day)."""
        n = len(self.tokens)
        for i in range(1, n - 2):
            lower = self.lowers[i]
            if not (lower in self.v.first_names or self.is_word_first_name(i)) or lower in _MONTHS:
                continue
            if not (self.clause_start(i) and self.joined(i + 1) and self.lowers[i + 1] == "van"):
                continue
            end = self._time_phrase_end(i + 2)
            if end and (end == n or not self.joined(end) or self.lowers[end] in ("weer", "hier", "nog")):
                yield self.span(i, i + 1)

    def _time_phrase_end(self, k: int) -> int:
        """The index after a time in the past from token k on ("gisteren", "vorige week",
        "vanochtend"), or 0."""
        if not self.joined(k):
            return 0
        if self.lowers[k] in _EARLIER_TIMES:
            return k + 1
        if self.lowers[k] in ("vorige", "afgelopen") and k + 1 < len(self.tokens) and self.joined(k + 1):
            return k + 2 if self.lowers[k + 1] in ("week", "keer", "maand", "dinsdag", "maandag", "woensdag",
                                                   "donderdag", "vrijdag", "zaterdag", "zondag") else 0
        return 0

    def contacted_people(self) -> Iterator[Span]:
        """A capitalised first name, also one that is a word, as the person one has called or
        spoken to, a word of time between: "heb je Berber al gesproken?", "ik heb Noor
        gisteren gebeld", "ik zag Hoop gisteren". Lower-case words in no list are read so in unknown_companions."""
        n = len(self.tokens)
        for i in range(1, n - 1):
            if not self._capitalised_word_name(i) or not self.joined(i + 1):
                continue
            k = i + 1
            if self.lowers[k] in _BEFORE_PARTICIPLE and k + 1 < n and self.joined(k + 1):
                k += 1
            participle = self.lowers[k] in _CONTACT_PARTICIPLES and any(
                lower in _HAVE for lower in self.lowers[max(0, i - 3):i])
            # "ik zag Hoop gisteren", "wij spraken Storm": a finite verb of contact before
            finite = (i > 1 and self.joined(i) and self.lowers[i - 1] in _CONTACT_VERBS
                      and self.lowers[i - 2] in _PERSONAL_SUBJECTS)
            if participle or finite:
                yield self.span(i, i + 1)

    def opening_word_names(self) -> Iterator[Span]:
        """A capitalised first name that is a word opening a sentence before its verb, where a
        pronoun for a person follows in the next words: "Storm is ziek, hij komt niet", "Hoop
        kan niet komen want ze is ziek"; not "Storm is voorbij" (no one is spoken of)."""
        n = len(self.tokens)
        for i in range(n - 2):
            token = self.tokens[i]
            if (not self.sentence_start(i) or not self.is_capitalised(i) or token.text.isupper()
                    or not self.is_word_first_name(i) or self.is_protected(i)
                    or self.joined_word(i + 1) not in SUBJECT_VERBS):
                continue
            if any(self._pronoun_for_one(k) for k in range(i + 2, min(n, i + 2 + _PRONOUN_REACH))):
                yield self.span(i, i + 1)

    def _pronoun_for_one(self, k: int) -> bool:
        """"hij", "zij", or "ze" before a verb in the singular ("ze is ziek"; "ze zeggen" is they)."""
        if self.lowers[k] in ("hij", "zij"):
            return True
        after = self.joined_word(k + 1) if k + 1 < len(self.tokens) else None
        return self.lowers[k] == "ze" and after is not None and not after.endswith("en")

    def without_preposition(self, span: Span) -> Span:
        """A name read with a "van" before it that is a preposition: "de juf van Sem", "de
        fiets van Bas" name Sem and Bas. "van" + a first name after a lower-case noun is that;
        after a title only where the name is no surname deduce lists after "van" ("juf van
        Dijk" is a teacher's surname)."""
        first, last = self.token_range(span)
        if span.type != "NAAM" or first is None or last != first + 1 or self.lowers[first] != "van" or first == 0:
            return span
        name, before = last, first - 1
        if not self.joined(first) or self.is_capitalised(before) or self.lowers[name] not in self.v.first_names:
            return span
        if (self.lowers[before] in HONORIFICS and self.lowers[before] not in _FIRST_NAME_TITLES
                and self.lowers[name] in self.v.interfix_surnames):
            return span
        return self.span(name, name + 1)

    @cached_property
    def mostly_latin(self) -> bool:
        """Whether the message's letters are mostly Latin: another script in it is then a minor one."""
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and sum(bool(_NON_LATIN.match(c)) for c in letters) < _MINOR_SCRIPT_SHARE * len(letters)

    def in_minor_script(self, span: Span) -> bool:
        """A word in another script than most of the message, not right after a cue in the
        message's script: a word of the writer's language beside the name, no name ("Olena
        Bondarenko з України", "Nour Alkhatib hier, مرحبا"); "my name is Олена" stays."""
        first, _ = self.token_range(span)
        if span.type != "NAAM" or first is None or not _NON_LATIN.search(self.text, span.start, span.end):
            return False
        if not self.mostly_latin:
            return False
        return not (self.joined(first) and not _NON_LATIN.search(self.tokens[first - 1].text))

    def is_nationality(self, span: Span) -> bool:
        """A noun of nationality, not a name: after an article, a number or a word of quantity
        ("mijn buurman is een Noor", "de Turk van de winkel", "veel Marokkanen"), or one that
        is in no name list (a plural)."""
        first, last = self.token_range(span)
        if span.type != "NAAM" or first is None or first != last or self.lowers[first] not in self.v.nationality_nouns:
            return False
        before = self.lowers[first - 1] if first > 0 and self.joined(first) else None
        return before in _DETERMINERS or not self.is_known_name(first)

    def staff_names(self) -> Iterator[Span]:
        """A first name, also one that is a word, before "van" (maybe "de", "het") and a service
        or an organisation: someone who works there ("ik sprak bram van de vraagwijzer", "iris
        van klantcontact", "bij arend van werk en inkomen"). The service is a protected word, a
        word of services.txt ("balie") or a Dutch compound in lower case ("schuldhulpverlening")."""
        n = len(self.tokens)
        for i in range(n - 2):
            if self.lowers[i + 1] != "van" or not self._staff_first_name(i) or self.names_a_thing(i):
                continue
            service = i + 3 if self.lowers[i + 2] in ("de", "het", "t") else i + 2
            if (service < n and all(self.joined(k) for k in range(i + 1, service + 1))
                    and self._is_service(service) and self._staff_context(i, service)):
                yield self.span(i, i + 1)

    def _staff_first_name(self, i: int) -> bool:
        lower = self.lowers[i]
        if len(lower) < 3 or lower in _MONTHS or self.is_protected(i):   # "Dirk van den Broek"
            return False
        return (lower in self.v.first_names and not self.is_common(i)) or self.is_word_first_name(i)

    def _is_service(self, k: int) -> bool:
        lower = self.lowers[k]
        return (self.is_protected(k) or lower in self.v.services
                or (not self.is_capitalised(k) and self.v.is_compound(lower)))

    def _staff_context(self, i: int, service: int) -> bool:
        """A first name that is an ordinary word too, in lower case ("roos", "dirk", "wil"), is a
        person only after a word that goes with one ("met", "bij", "volgens", "sprak") or opening
        a sentence before the service's verb ("roos van de bieb zei"); not after an article or a
        pronoun ("de les van de bieb", "ik wil van de gemeente", "de roos van de buurvrouw")."""
        lower = self.lowers[i]
        if self.is_capitalised(i) or (lower not in self.v.ordinary_words and lower not in self.v.word_first_names):
            return True
        if i > 0 and self.joined(i) and self.lowers[i - 1] in _STAFF_BEFORE:
            return True
        return self.sentence_start(i) and self._verb_in_clause(service + 1, _STAFF_VERB_REACH)

    def _verb_in_clause(self, k: int, reach: int) -> bool:
        """A finite verb among the next `reach` words from token k, before punctuation
        ("roos van de bieb zei", "mees van de digisterker cursus vroeg"; not "max van de
        toeslag, hoeveel is dat")."""
        for m in range(k, min(k + reach, len(self.tokens))):
            if not self.joined(m):
                return False
            if self.lowers[m] in SUBJECT_VERBS or self.is_lower_verb(m):
                return True
        return False

    def _relation_at(self, k: int) -> bool:
        """Whether tokens from k on say who the person before is: "mijn buurman", ", haar zus",
        "en haar man" (the man is another person, the name before him one all the same)."""
        if k < len(self.tokens) and self.lowers[k] in _JOINERS and self.joined(k):
            k += 1
        return (k + 1 < len(self.tokens) and self.lowers[k] in _POSSESSIVES - _ARTICLES
                and self.lowers[k + 1] in RELATIONS)

    def syllable_names(self, spans: list[Span]) -> Iterator[Span]:
        """A capitalised name in one-syllable parts, with the particle "A" between ("Tjin A
        Tsoi", "Lie A Fong", "Chin A Loi") or without ("Tjon Sie Fat", "Li Na Zhang"), as a
        Chinese-Surinamese or Chinese name is written: one name, though its parts are words."""
        for span in spans:
            first, last = self.token_range(span)
            if span.type != "NAAM" or first is None or last is None:
                continue
            if not all(self.is_capitalised(k) for k in range(first, last + 1)):
                continue
            short = [len(self.lowers[k]) <= _SYLLABLE_LENGTH for k in range(first, last + 1)]
            if not short[-1] or not all(short[1:]):
                continue   # a given name of any length may come first ("Rashida Tjon A Fat")
            new_first, new_last = first, last
            while short[0]:
                if new_first >= 2 and self._particle_between(new_first - 2, new_first):
                    new_first -= 2
                elif new_first >= 1 and self._syllable(new_first) and self._syllable(new_first - 1, joined=False):
                    new_first -= 1   # "ik ben Li Na Zhang": from "Zhang" back to "Li"
                else:
                    break
            while True:
                if new_last + 2 < len(self.tokens) and self._particle_between(new_last, new_last + 2):
                    new_last += 2
                elif new_last + 1 < len(self.tokens) and self._syllable(new_last + 1):
                    new_last += 1
                else:
                    break
            if (new_first, new_last) != (first, last):
                yield self.span(new_first, new_last + 1)

    def _particle_between(self, left: int, right: int) -> bool:
        middle = left + 1
        return (self.lowers[middle] in _NAME_PARTICLES and self.tokens[middle].text.isupper()
                and not self.is_initial(middle) and self.joined(middle) and self.joined(right)
                and self._syllable(left, joined=False) and self._syllable(right))

    def _syllable(self, k: int, joined: bool = True) -> bool:
        """A short capitalised part of a name, no protected word, not opening a sentence."""
        token = self.tokens[k]
        return ((not joined or self.joined(k)) and self.is_capitalised(k) and not token.text.isupper()
                and len(token.text) <= _SYLLABLE_LENGTH and not self.is_protected(k)
                and (not joined or not self.sentence_start(k)) and self.lowers[k] not in _CUE_WORDS)

    def closing_initial(self) -> bool:
        """Whether the last token is the initial of a surname after a name word ("Ewa K.")."""
        k = len(self.tokens) - 1
        return (k >= 2 and len(self.tokens[k].text) == 1 and self.is_capitalised(k) and self.joined(k)
                and len(self.tokens[k - 1].text) > 1)

    def closing_initials(self, spans: list[Span]) -> Iterator[Span]:
        """A name that ends its line with the initial of a surname ("blagodarya 🙂 Ivan P.",
        "gracias por todo 🙏 Luis M."): the initial and its dot are part of the name."""
        for span in spans:
            _, last = self.token_range(span)
            k = None if last is None else last + 1
            if (span.type != "NAAM" or k is None or k >= len(self.tokens) or not self.joined(k)
                    or len(self.tokens[k].text) != 1 or not self.is_capitalised(k)):
                continue
            end = self.tokens[k].end + (self.text[self.tokens[k].end:self.tokens[k].end + 1] == ".")
            if self._line_ends_at(end):
                yield Span("NAAM", span.start, end)

    # -- round eight: the edges of a name found ---------------------------------------------------
    def trimmed(self, span: Span) -> Span:
        """A name without what no name ends or starts with: a capitalised verb opening the
        question ("Is Johan er", "Heeft Priya ..."), the department after a member of staff
        ("Visser van Belastingen", "Femke Kloosterman van Schuldhulp") and a street before its
        house number ("Bianca Hofwijk Hillevliet 90a"); with a capitalised interfix before a
        surname inside a sentence ("medewerker Van Rij")."""
        first, last = self.token_range(span)
        if span.type != "NAAM" or first is None or last is None:
            return span
        if last > first and self._opening_verb(first):
            first += 1
        last = self._before_department(first, last)
        if last > first and self._street_before_number(first, last):
            last -= 1
            while last > first and (self.is_interfix(last) or self._phrase_at(last)):
                last -= 1   # "Greetje Vos van de Putselaan 14-III", "mevrouw Tan op de Gerdesiaweg 153"
        while last > first and self.lowers[last] in _FORM_LABELS and self.is_capitalised(last):
            last -= 1   # "Naam: Ionuț Dumitrescu Geboortedatum: 30-11-1992": the next field's label
        first = self._with_capitalised_interfix(first)
        return self.span(first, last + 1)

    def _opening_verb(self, i: int) -> bool:
        lower = self.lowers[i]
        return (self.sentence_start(i) and self.is_capitalised(i) and lower in _OPENING_VERBS
                and lower not in self.v.first_names and lower not in self.v.word_first_names)

    def _before_department(self, first: int, last: int) -> int:
        """The last token of the name before "van" and a capitalised department in it
        ("Bos van Belastingen"), or `last`; a surname after "van" stays ("Visser van Dijk")."""
        for k in range(first + 1, last):
            nxt = k + 1
            if self.tokens[k].text != "van" or self.is_interfix(k - 1):
                continue
            if nxt <= last and self.lowers[nxt] in _NEARBY:
                return k - 1   # "Henkie van hiernaast": where the person lives, no surname
            if nxt < last and self.lowers[nxt] in ("de", "het") and self.is_capitalised(nxt + 1) and self._department(nxt + 1):
                return k - 1   # "meneer Bouzidi van het Jongerenloket"
            if self.is_capitalised(nxt) and self._department(nxt):
                return k - 1
        return last

    def _department(self, k: int) -> bool:
        """A service or department written with a capital ("Belastingen", "Schuldhulp",
        "Burgerzaken"): a service of services.txt, or a Dutch word or compound that is no surname."""
        lower = self.lowers[k]
        if lower in self.v.services:
            return True
        return (lower not in self.v.surnames and lower not in self.v.interfix_surnames
                and (self.is_word(k) or self.v.is_compound(lower)))

    def _street_before_number(self, first: int, last: int) -> bool:
        """The name's last word is a street from deduce's list right before a house number
        ("Kees Boerhaave Schiedamseweg 12"), after two name words or with a street's ending."""
        after = self.tokens[last].end
        suffixed = self.lowers[last].endswith(STREET_SUFFIXES) and len(self.lowers[last]) > 5
        if (suffixed and last - first >= 2 and last + 1 < len(self.tokens) and self.tokens[last + 1].start == after + 1
                and places.is_spoken_house_number(self.lowers[last + 1])):
            return True   # "meneer pieterse van de hordijkerveld vierenzestig": a number in words
        return (self.lowers[last] in self.v.streets and _HOUSE_NUMBER_AFTER.match(self.text, after) is not None
                and (last - first >= 2 or self.lowers[last].endswith(STREET_SUFFIXES)))

    def _with_capitalised_interfix(self, first: int) -> int:
        """The first token with the capitalised interfixes right before it inside a sentence
        ("medewerker Van Rij", "klacht over De Wit"), or `first`."""
        k = first
        while k > 0 and self.joined(k) and self.is_interfix(k - 1):
            k -= 1
        text = self.tokens[k].text
        if (k < first and self.lowers[k] in _CAPITALISED_INTERFIXES and text[0].isupper() and not text.isupper()
                and not self.sentence_start(k) and not self.is_protected(k)):
            return k
        return first

    def first_name_before(self, spans: list[Span]) -> Iterator[Span]:
        """A surname found, with the capitalised first name before it that is a word or a cue
        word too ("Lies Hoogendoorn", "Ewa Szymańska", "Wil Verhoeven" at the end of the
        message); and a first name found with a surname after it that names a shop too
        ("Carla Zeeman")."""
        for span in spans:
            first, last = self.token_range(span)
            if span.type != "NAAM" or first is None or last is None:
                continue
            before = first - 1
            if (before >= 0 and self.joined(first) and self.is_capitalised(before) and self.is_capitalised(first)
                    and not self.is_interfix(first) and self._first_name_word(before)
                    and not any(True for _ in self._cues_ending_at(before))   # "IK BEN HENK"
                    and (self.lowers[before] not in SUBJECT_VERBS or self._line_ends_at(self.tokens[last].end))):
                yield self.span(before, last + 1)
            elif (before >= 0 and first == last and self.joined(first) and not self.is_capitalised(before)
                    and not self.is_capitalised(first) and len(self.lowers[before]) >= 3
                    and self.is_unknown(before) and self._first_name_word(before)):
                yield self.span(before, last + 1)   # "aanmelden voor stoyan georgiev": no word before the surname
            after = last + 1
            if (first == last and self.lowers[first] in self.v.first_names and after < len(self.tokens)
                    and self.joined(after) and self.is_capitalised(after) and self.is_protected(after)
                    and self.lowers[after] in self.v.surnames and self.lowers[after] not in self.v.places
                    and self._protected_word_alone(after)):
                yield self.span(first, after + 1)

    def _first_name_word(self, k: int) -> bool:
        lower = self.lowers[k]
        # a word in no list only where it is no sign-off ("Gruß Jörg Hüsken", "Yonas Tesfay")
        unknown = self.is_unknown(k) and not (lower in _CUE_WORDS or lower in THANKS or languages.is_thanks_word(lower))
        return ((lower in self.v.first_names or lower in self.v.word_first_names or unknown)
                and not self.is_protected(k) and lower not in _MONTHS and not self.is_interfix(k) and len(lower) >= 2)

    def _protected_word_alone(self, k: int) -> bool:
        """Token k is protected as a word of its own ("Zeeman"), not as part of a phrase."""
        token = self.tokens[k]
        return any(start == token.start and end == token.end for start, end in self.protected)

    def _line_ends_at(self, position: int) -> bool:
        """Nothing but punctuation or spaces from `position` up to the end of its line."""
        return not _LETTER_OR_DIGIT.search(self.text[position:].split("\n", 1)[0])

    def surname_initials(self, spans: list[Span]) -> Iterator[Span]:
        """A surname with its initial after a comma ("bekend onder Kartodikromo, S.", "Yilmaz,
        E." on a line of a client's data, "op de brief staat Oosterhout, M. terwijl"): one name,
        the initial and its dot included; "A, B en C" and "in Delft, Z. Holland" are no name."""
        found = {self.token_range(span)[1] for span in spans if span.type == "NAAM"}
        for k in range(1, len(self.tokens)):
            surname = k - 1
            token = self.tokens[k]
            if not (len(token.text) == 1 and token.text.isupper() and self.gap(k).strip(" ") == ","
                    and self.text[token.end:token.end + 1] == "."
                    and re.match(r"(?:[\s,;:)]|$)", self.text[token.end + 1:token.end + 2])):
                continue
            after_place_word = surname > 0 and self.joined(surname) and self.lowers[surname - 1] in _PLACE_PREPOSITIONS
            if not after_place_word and (surname in found or (self.is_capitalised(surname) and not self.is_common(surname)
                                         and (self.is_known_name(surname) or not self.is_word(surname)))):
                start = self._surname_start(surname)
                yield Span("NAAM", self.tokens[start].start, token.end + 1)

    def _surname_start(self, surname: int) -> int:
        """The first token of a surname with its interfixes before it ("Van Dam, P.")."""
        k = surname
        while k > 0 and self.joined(k) and self.is_interfix(k - 1) and self.is_capitalised(k - 1):
            k -= 1
        return k

    def is_explained_word(self, span: Span) -> bool:
        """A lower-case word whose meaning is told right after it ("amal betekent hoop", "hoop
        means ..."): the word, though a name is spelt so."""
        first, last = self.token_range(span)
        if first is None or first != last or self.is_capitalised(first):
            return False
        nxt = first + 1
        return nxt < len(self.tokens) and self.joined(nxt) and self.lowers[nxt] in _MEANING_VERBS

    def is_english_verb(self, span: Span) -> bool:
        """A lower-case English verb before an English function word in an English message
        ("my coach said the computer", "my neighbour said I can"): a verb, no name."""
        first, last = self.token_range(span)
        if first is None or first != last or self.is_capitalised(first) or not self.english:
            return False
        nxt = first + 1
        return (self.lowers[first] in self.v.english_verbs and nxt < len(self.tokens) and self.joined(nxt)
                and self.lowers[nxt] in self.v.english_function_words)

    def joined_names(self, spans: list[Span]) -> Iterator[Span]:
        """A name beside a found one, joined by "en", "&" or a comma: "Sharmila, Devi en
        Kavita", "[mohammed] en fatima". The other one is a first name or a word in no list."""
        frontier = [span for span in spans if span.type == "NAAM"]
        seen = {(span.start, span.end) for span in frontier}
        for _ in range(_MAX_NAME_TOKENS):
            found = []
            for span in frontier:
                first, last = self.token_range(span)
                if first is None or last is None:
                    continue
                for k in (self._joined_after(last), self._joined_before(first)):
                    if k is None or (self.foreign and self.lowers[k] not in self.v.first_names):
                        continue
                    if self._capitalised_in_list(k, last):
                        end = k + 1   # "De kinderen Amira, Ilias en Sami": between two names
                    elif not self.is_name_word(k):
                        continue
                    else:
                        end = self.read_name(k, WEAK) if k > last else k + 1
                    if end is None or (k < first and end > first):
                        continue
                    if k > last and self.lowers[k] not in self.v.first_names and not self._list_goes_on(end):
                        continue   # "Marek Kamiński, mieszkam w ...": a Polish verb, no second person
                    name = self.span(k, end)
                    if (name.start, name.end) not in seen and not any(
                            name.start < other.end and other.start < name.end for other in spans):
                        seen.add((name.start, name.end))
                        found.append(name)
            yield from found
            frontier = found
            if not found:
                break

    def _capitalised_in_list(self, k: int, last: int) -> bool:
        """A capitalised word inside a sentence after a name and a comma, before "en" and a
        capitalised word ("Amira, Ilias en Sami"), though it is a word too: the middle of a list
        of names; no place, nothing protected or common."""
        after = k + 1
        return (k > last and self.is_capitalised(k) and not self.tokens[k].text.isupper() and not self.sentence_start(k)
                and not self.is_common(k) and self.lowers[k] not in self.v.places and not self.is_protected(k)
                and after + 1 < len(self.tokens) and self.joined(after) and self.lowers[after] in _JOINERS
                and self.joined(after + 1) and self.is_capitalised(after + 1))

    def _list_goes_on(self, end: int) -> bool:
        """Whether a list of names goes on or ends after token end-1: the text or clause ends,
        "en" or a comma, or the verb of the people listed follows ("Devi en Kavita komen")."""
        if end >= len(self.tokens) or _CLAUSE_END.search(self.gap(end)):
            return True
        after = self.lowers[end]
        return after in _JOINERS or after in SUBJECT_VERBS or after in _PLURAL_VERBS

    def _joined_after(self, last: int) -> int | None:
        k = last + 1
        if k < len(self.tokens) and self.gap(k).strip(" ") == ",":
            return k
        if k + 1 < len(self.tokens) and self.lowers[k] in _JOINERS and self.joined(k) and self.joined(k + 1):
            return k + 1
        return None

    def _joined_before(self, first: int) -> int | None:
        if first >= 1 and self.gap(first).strip(" ") == ",":
            return first - 1
        if first >= 2 and self.lowers[first - 1] in _JOINERS and self.joined(first) and self.joined(first - 1):
            return first - 2
        return None

    def _is_infinitive(self, k: int) -> bool:
        """A Dutch infinitive in lower case ("kan jan komen", "wil roos bellen")."""
        lower = self.lowers[k]
        return lower == self.tokens[k].text and lower.endswith("en") and lower in self.v.dutch_verbs

    def clause_start(self, i: int) -> bool:
        """Whether token i starts a clause: the text, a sentence or a clause ("en", "dat", a comma)."""
        if i == 0 or _CLAUSE_END.search(self.gap(i)):
            return True
        before = self.lowers[i - 1]
        return before in CLAUSE_WORDS or (before in GREETINGS and self.clause_start(i - 1))

    def sentence_start(self, i: int) -> bool:
        return i == 0 or bool(_SENTENCE_END.search(self.gap(i)))

    def double_surnames(self, spans: list[Span]) -> Iterator[Span]:
        """A name followed by a dash and a second surname is one name ("de Vries - Pinas",
        "Smit -Ramdin"): the second is in deduce's lists or a capitalised word that is no common one."""
        for span in spans:
            if span.type != "NAAM":
                continue
            dash = _DASH_GAP.match(self.text, span.end)
            k = self.token_at_start.get(dash.end()) if dash and dash.end() > span.end else None
            if k is None or self.is_protected(k) or self.is_common(k) or self.is_interfix(k):
                continue
            if self.lowers[k] in self.v.surnames or (self.is_capitalised(k) and not self.is_word(k)):
                yield Span("NAAM", span.start, self.tokens[k].end)

    def _ends_with(self, i: int, cue: tuple[str, ...]) -> bool:
        first = i - len(cue) + 1
        return first >= 0 and tuple(self.lowers[first:i + 1]) == cue and all(
            self.joined(k) for k in range(first + 1, i + 1))

    def _next_is(self, i: int, word: str) -> bool:
        return i + 1 < len(self.lowers) and self.lowers[i + 1] == word

    def names_a_thing(self, i: int) -> bool:
        """A name at token i that names a thing or a place, not a person: after "het" ("het
        Johan Cruijff court", "het Erasmus MC"), or after a place in a place's name ("in
        rotterdam noor(d)", "in capelle west")."""
        if i == 0 or not self.joined(i):
            return False
        before = self.lowers[i - 1]
        if before in ("het", "t"):
            return True
        return (self.is_protected(i - 1) and i > 1 and self.joined(i - 1)
                and self.lowers[i - 2] in _PLACE_PREPOSITIONS)

    def cue_or_month_alone(self, span: Span) -> bool:
        """A name of one word that is a word of thanks ("thnx, Sanne ..."), a month after "in"
        ("moved here in August"; "ik heet April" stays a name) or a word of another language
        opening a sentence in it."""
        first, last = self.token_range(span)
        if span.type != "NAAM" or first is None or first != last:
            return False
        after_in = first > 0 and self.joined(first) and self.lowers[first - 1] in ("in", "since", "sinds", "until")
        label = self.lowers[first] in _FORM_LABELS and self.text[self.tokens[first].end:].lstrip(" ").startswith(":")
        return (self.lowers[first] in THANKS or (self.lowers[first] in _MONTHS and after_in) or label
                or self._word_opening_foreign_sentence(first))

    def _word_opening_foreign_sentence(self, i: int) -> bool:
        """In a message in another language, a word of it opening a sentence before a word in
        lower case ("Kim bana yardım edebilir?", "Ela chama-se ...", "¿Hay cursos ...")."""
        nxt = i + 1
        return (self.foreign and self.sentence_start(i) and nxt < len(self.tokens) and not self.is_capitalised(nxt)
                and (self.lowers[i] in self.v.foreign_function_words or languages.is_language_word(self.lowers[i])))

    def ends_in_a_building(self, span: Span) -> bool:
        """A name whose last word is a building named after a person, in any case: "de jan
        ligthartschool", "het erasmus mc"-like compounds (not "kerk": "Nieuwkerk" is a surname)."""
        _, last = self.token_range(span)
        return (span.type == "NAAM" and last is not None
                and _compound_of(self.lowers[last], _BUILDING_ENDINGS))

    def called_thing(self, span: Span) -> bool:
        """A name after "heet" whose subject is a thing: "mijn restaurant heet Lotus Garden",
        "onze stichting heette De Brug" (not "mijn zoon heet Ali", "hij heet Ali", "de mevrouw
        van het wijkteam heet ...")."""
        first, _ = self.token_range(span)
        if span.type != "NAAM" or first is None or first < 3 or self.lowers[first - 1] not in ("heet", "heette"):
            return False
        noun, before = first - 2, first - 3
        return (self.joined(first - 1) and self.joined(first - 2) and self.lowers[before] in _POSSESSIVES
                and self.lowers[before] != "de" and self.clause_start(before)
                and self.is_word(noun) and not self.is_capitalised(noun) and self.lowers[noun] not in RELATIONS
                and self.lowers[noun] not in self.v.first_names and not _PERSON_NOUN.search(self.lowers[noun]))

    def after_relation(self, span: Span, cue_starts: dict[int, tuple[str, int]]) -> bool:
        """A name right after a relation ("oğlum Berat school kamp geld", "mijn zoon Berat
        school"): the person, though a noun of an institution follows."""
        first, _ = self.token_range(span)
        if not first or not self.joined(first):
            return False
        return (self.lowers[first - 1] in RELATIONS and first > 1 and self.lowers[first - 2] in _POSSESSIVES
                or cue_starts.get(first, ("",))[0] == languages.RELATION)

    def names_a_thing_after(self, span: Span) -> bool:
        """A name before a noun of a building or an institution names that ("de Prinses Juliana
        school", "het Sophia kinderziekenhuis", "de Van Nelle fabriek"), not a person."""
        first, last = self.token_range(span)
        if span.type == "NAAM" and first is not None and last is not None and last > first and _organisation_compound(self.lowers[last]):
            return True   # "Anadolu Derneği" read as one name: an organisation
        k = next((index for index, token in enumerate(self.tokens) if token.start >= span.end), None)
        if k is None or span.type != "NAAM" or not self.joined(k):
            return False
        lower = self.lowers[k]
        if _organisation_compound(lower):
            return True   # "Anadolu Derneği", "Mano Stichting": an organisation
        if self.is_capitalised(k):   # "de Anne Frankschool": a compound named after her; "de Willem de Kooning Academie"
            return _compound_of(lower, NAMED_THING_ENDINGS) or lower in NAMED_THING_ENDINGS
        return lower in NAMED_THINGS or _compound_of(lower, NAMED_THINGS)

    def name_pairs(self) -> Iterator[Span]:
        """A first name from deduce's list followed by a surname, in any case ("jan jansen")."""
        for i in range(len(self.tokens) - 1):
            if (self.lowers[i] not in self.v.first_names or self.is_common(i) or self.is_interfix(i)
                    or self.foreign_word(i) or self.names_a_thing(i) or (self.foreign and self._lower_international(i))
                    or self._word_after_article(i)):
                continue
            k = i + 1
            if self.joined(k) and self.interfix_end(k) > k:
                after = self._after_interfixes(k, self.is_capitalised(i))
                if after is None:
                    continue
                end = self._more_surnames(after, self.is_capitalised(i))
            elif self.joined(k) and self._is_surname(k):
                end = self.read_name(i, WEAK)
            else:
                continue
            if end is not None and end > i + 1:
                yield self.span(i, end)

    def _word_after_article(self, i: int) -> bool:
        """A first name that is an ordinary word, after an article or a word of quantity: the
        word ("de jade ketting", "een roos struik")."""
        return (self.lowers[i] in self.v.ordinary_words and i > 0 and self.joined(i)
                and self.lowers[i - 1] in _DETERMINERS)

    def _is_surname(self, k: int) -> bool:
        """A surname without a cue: in deduce's list, or no word at all (three letters or more).
        Not an ordinary word in lower case after a capitalised first name ("Piet komen ook");
        a common word deduce lists as a surname only capitalised after a capitalised first
        name ("Piet Bos", not "jan bos", a forest or a bunch)."""
        listed_common = (self.lowers[k] in self.v.surnames and self.lowers[k] not in self.v.stop_words
                         and self.is_capitalised(k) and self.is_capitalised(k - 1) and not self.is_protected(k))
        if (self.is_common(k) and not listed_common) or self.is_interfix(k) or self.is_lower_verb(k):
            return False
        if self.is_capitalised(k - 1) and not self.is_capitalised(k) and self.is_word(k):
            return False
        if self.foreign and not self.is_capitalised(k):
            return self.lowers[k] in self.v.surnames   # "Mateo habla": most words are unknown there
        return self.lowers[k] in self.v.surnames or (not self.is_word(k) and len(self.lowers[k]) >= 3)

    def clean_name(self, start: int, end: int) -> Iterator[Span]:
        """deduce's name span without titles and ordinary words around it; none when what is
        left is a protected word ("Albert Heijn op het Zuidplein") or just a word."""
        inside = [i for i, token in enumerate(self.tokens) if token.start >= start and token.end <= end]
        run: list[int] = []
        for i in inside + [None]:
            if i is not None and not self.is_protected(i) and self.lowers[i] not in _CUE_WORDS and (
                    self.is_interfix(i) or self.is_initial(i) or not self.is_common(i)) and (
                    not run or self.joined(i)):
                run.append(i)
                continue
            while run and (self.is_interfix(run[0]) and not self.is_initial(run[0])):
                run.pop(0)
            while run and self.is_interfix(run[-1]):
                run.pop()
            if run and self._is_name_run(run):
                yield self.span(run[0], run[-1] + 1)
            run = [i] if (i is not None and not self.is_protected(i) and not self.is_common(i)
                          and self.lowers[i] not in _CUE_WORDS) else []

    def _is_name_run(self, run: list[int]) -> bool:
        names = [i for i in run if not self.is_interfix(i) and not self.is_initial(i)]
        if not names:
            return False
        if len(names) == 1 and self.is_word(names[0]) and not self.is_known_name(names[0]):
            return False
        if len(run) == 1 and not self.is_known_name(run[0]) and self.v.is_compound(self.lowers[run[0]]):
            return False   # a compound the lists lack, alone ("namens Bewonerscommissie")
        if len(run) == 1 and self._ordinary_sentence_opener(run[0]):
            return False
        if len(run) == 1 and self._english_phrase(run[0]):
            return False
        before = run[0] - 1
        if before < 0 or not self.joined(run[0]):
            return True
        if self.lowers[before] in _ARTICLES and not self._name_before(before):
            return False   # "de Maas": an article and a noun, not "(Jan) de Vries" or "meneer de Wit"
        if len(names) == 1 and self.lowers[before] in _PLACE_PREPOSITIONS and self.lowers[names[0]] in self.v.places:
            return False   # "ik werk in Gouda"
        return True

    def _english_phrase(self, i: int) -> bool:
        """An English word quoted in a Dutch message, before an English function word: "wat
        betekent Mark as spam", "klik op Share to all"."""
        k = i + 1
        return (not self.english and self.lowers[i] in self.v.ordinary_words and k < len(self.tokens)
                and self.joined(k) and self.lowers[k] in self.v.english_function_words)

    def _ordinary_sentence_opener(self, i: int) -> bool:
        """A capitalised word opening a sentence that is also an ordinary word, followed by a
        function word or a participle no name is followed by: "Mark dit aan", "Wil iemand ...",
        "Job gezocht". Not "Mark heeft gebeld", "Roos van het wijkteam", "Jan en Piet"."""
        if not (self.sentence_start(i) and self.is_capitalised(i) and self.is_word(i)):
            return False
        if re.match(r" ?\d", self.text[self.tokens[i].end:]):
            return True   # "Max 2 personen": a word before a number
        k = i + 1
        if k >= len(self.tokens) or not self.joined(k):
            return False
        after = self.lowers[k]
        if after in _JOINERS and self._ordinary_word_after(k + 1):
            return True   # "Roos en lavendel", "Frank en eerlijk": two words joined, no people
        if after in SUBJECT_VERBS or after in _NAME_FOLLOWERS:
            return False
        participle = after.startswith("ge") and len(after) > 4 and after in self.v.dutch_verbs
        return (after in self.v.stop_words and after not in self.v.surnames) or participle

    def _ordinary_word_after(self, k: int) -> bool:
        """A lower-case Dutch word at token k that is no name and no pronoun ("en lavendel", not
        "en ik", "en piet")."""
        return (k < len(self.tokens) and self.joined(k) and not self.is_capitalised(k) and self.is_word(k)
                and self.lowers[k] not in self.v.stop_words and not self.is_known_name(k)
                and self.lowers[k] not in self.v.word_first_names)

    def _name_before(self, i: int) -> bool:
        """Whether a first name, an initial or a title stands right before token i."""
        if i == 0 or not self.joined(i):
            return False
        return (self.is_initial(i - 1) or self.lowers[i - 1] in HONORIFICS
                or (self.lowers[i - 1] in self.v.first_names and not self.is_common(i - 1)))
