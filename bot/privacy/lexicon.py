"""Word lists of the anonymiser: what must stay, the cues before a name, and the
vocabularies (deduce's name and street lists, a Dutch and an English word list) that
tell a name from an ordinary word.

The lists here are the anonymiser's own; extend them when a benchmark or a reviewer
finds a word that was wrongly hidden (PROTECTED) or a cue that was missed.
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

# Words and names that carry the question and are never personal data: places and
# districts, organisations, courses, the algorithms residents ask about, products.
# Matched case-insensitively as whole words; a name recognizer never hides them.
PROTECTED = (
    # Rotterdam, its districts and neighbourhoods, places around it
    "Rotterdam", "Zuid", "Noord", "West", "Oost", "Centrum", "Delfshaven", "Feijenoord", "Charlois",
    "Kralingen", "Crooswijk", "Kralingen-Crooswijk", "IJsselmonde", "Hillegersberg", "Schiebroek",
    "Hillegersberg-Schiebroek", "Overschie", "Prins Alexander", "Hoek van Holland", "Pernis",
    "Rozenburg", "Hoogvliet", "Ommoord", "Zevenkamp", "Nesselande", "Het Lage Land", "Blijdorp",
    "Bergpolder", "Liskwartier", "Spangen", "Tarwewijk", "Afrikaanderwijk", "Katendrecht",
    "Kop van Zuid", "Lombardijen", "Carnisse", "Pendrecht", "Zuidwijk", "Bloemhof", "Hillesluis",
    "Vreewijk", "Beverwaard", "Oud-IJsselmonde", "Middelland", "Oude Westen", "Cool", "Bospolder",
    "Tussendijken", "Oud-Mathenesse", "Nieuw-Mathenesse", "Witte Dorp", "Agniesebuurt",
    "Provenierswijk", "Rubroek", "Oud-Charlois", "Wielewaal", "Zuidplein", "Marconiplein",
    "Beurs", "Blaak", "Markthal", "Ahoy", "De Kuip", "Kuip", "Erasmusbrug", "Euromast",
    "Wilhelminapier", "Maasvlakte", "Maas", "Nieuwe Maas", "De Doelen", "Doelen", "Luxor",
    "Zuiderpark", "Kralingse Plas", "Diergaarde Blijdorp", "Het Park", "Schiedam", "Vlaardingen", "Capelle", "Capelle aan den IJssel",
    "Barendrecht", "Ridderkerk", "Spijkenisse", "Krimpen", "Lansingerland", "Den Haag", "Amsterdam",
    "Utrecht", "Nederland", "Holland", "Antillen", "Suriname", "Marokko", "Turkije", "Kaapverdie",
    # organisations
    "gemeente", "gemeente Rotterdam", "bibliotheek", "bieb", "Bibliotheek Rotterdam",
    "Centrale Bibliotheek", "informatiepunt", "Informatiepunt Digitale Overheid", "stadswinkel",
    "Belastingdienst", "DigiD", "UWV", "SVB", "CAK", "DUO", "CJIB", "RDW", "IND", "GGD", "RET",
    "NS", "AOW", "WOZ", "Toeslagen", "Juridisch Loket", "Vraagwijzer", "wijkteam",
    "Sociaal Wijkteam", "Humanitas", "Voedselbank", "Formulierenbrigade", "Woonstad", "Havensteder",
    "Vestia", "Eneco", "Vattenfall", "Evides", "Erasmus MC", "Erasmus", "Maasstad", "Ikazia",
    "Franciscus", "Sint Franciscus", "Laurens", "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Albeda",
    "Zadkine", "Hogeschool Rotterdam", "Feyenoord", "Sparta", "Excelsior", "Sociaal AI Lab",
    "Rotterdams Sociaal AI Lab", "Algoritmeregister", "Werk en Inkomen", "ABN AMRO", "ING",
    "Rabobank", "Triodos", "Bunq", "SNS", "ASN",
    # courses, programmes and Helder itself
    "Digisterker", "Klik & Tik", "Klik en Tik", "Klik&Tik", "Digitale Inclusie", "Helder",
    # what residents ask about
    "scanauto", "scanbus", "scanauto's", "scanbussen", "bijstand", "toeslag", "toeslagen",
    "parkeerboete", "naheffing", "kwijtschelding", "heronderzoek", "werkcoach", "algoritme",
    "algoritmes", "AI", "ChatGPT", "chatbot",
    # who residents say they are: origins, languages and faiths, not names
    "Rotterdammer", "Rotterdamse", "Nederlander", "Nederlandse", "Marokkaan", "Marokkaanse",
    "Turk", "Turkse", "Surinamer", "Surinaamse", "Hindoestaan", "Hindoestaanse", "Creool", "Creoolse",
    "Antilliaan", "Antilliaanse", "Curaçaoënaar", "Arubaan", "Kaapverdiaan", "Kaapverdiaanse",
    "Pool", "Poolse", "Bulgaar", "Bulgaarse", "Roemeen", "Roemeense", "Syriër", "Syrische",
    "Eritreeër", "Eritrese", "Somaliër", "Somalische", "Ethiopiër", "Afghaan", "Afghaanse",
    "Irakees", "Iraakse", "Iraniër", "Iraanse", "Koerd", "Koerdische", "Berber", "Amazigh",
    "Ghanees", "Ghanese", "Nigeriaan", "Nigeriaanse", "Chinees", "Chinese", "Indonesiër",
    "Molukker", "Portugees", "Portugese", "Spanjaard", "Italiaan", "Belg", "Duitser", "Oekraïner",
    "Oekraïense", "Russische", "Arabisch", "Tamazight", "Papiaments", "Sranantongo", "Turks",
    "Pools", "Moslim", "Moslima", "Christen", "Hindoe", "Jood", "Joodse",
    # products and apps
    "WhatsApp", "Telegram", "Google", "Microsoft", "Windows", "Apple", "iPhone", "Android",
    "Samsung", "Facebook", "Instagram", "TikTok", "YouTube", "Yellowbrick", "ParkMobile",
)



def protected_pattern() -> "re.Pattern[str]":
    """PROTECTED as one case-insensitive pattern of whole words, longest phrase first."""
    phrases = sorted(PROTECTED, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in phrases)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


# Words after which capitalised words are an organisation's name ("namens stichting Mano").
ORGANISATION_CUES = frozenset("""stichting vereniging bedrijf firma school basisschool moskee kerk
    wijkcentrum buurthuis huisartsenpraktijk praktijk ziekenhuis woningcorporatie bank""".split())

# Titles before a surname ("mevrouw de Jong", "dhr. A. Benali", "fam. Yilmaz").
HONORIFICS = frozenset("""mevrouw mevr mw mvr meneer mnr mijnheer dhr hr heer juffrouw juf mej
    mr mrs ms miss dr dokter zuster fam familie""".split())

# Relations before a first name ("mijn zoon Mehmet", "de tante van samira").
RELATIONS = frozenset("""zoon dochter moeder vader man vrouw broer zus zuster opa oma
    tante oom neef nicht buurman buurvrouw buren vriend vriendin schoonmoeder schoonvader
    schoonzoon schoondochter zwager schoonzus kleinzoon kleindochter kleinkind kind
    collega partner echtgenoot echtgenote mama papa moeke pa ma son daughter mother father
    husband wife brother sister friend neighbour neighbor""".split())

# Words that end a message before a name ("groetjes Ria", "mvg A. Schouten").
SIGN_OFFS = frozenset("""groetjes groet groeten gr grt grtz grts mvg mvgr vriendelijke
    hartelijke regards greetings cheers liefs doei dikke""".split())

GREETINGS = frozenset("""hoi hallo hai hey hee hi hello goedemorgen goedemiddag goedenavond
    goeiemorgen goeiemiddag goeienavond goedendag dag beste salaam salam""".split())

# Chat words, abbreviations and the words around personal data that are never a name,
# several of them in no dictionary ("ff", "gwn", "hullie").
CHAT_WORDS = frozenset("""ff effe efkes gwn gewoon wss idd btw aub svp ajb pls plz thx tnx
    dankje dankjewel bedankt lol haha hihi pff oke ok okee okay oki jaa nee neej ofzo enzo
    ipv ivm mbt tov ouwe ikke hullie nie niet mot motte ken kennie hebbie toch ook
    ben heb bel mail app appen sms tel mob nr nummer mobiel geb gebdatum naam adres
    postcode huisnummer hier daar thuis werk ja nee u jij jullie hij zij wij ze""".split())

# More particles inside surnames than deduce's Dutch list ("El Amrani", "Ait Taleb", "da Silva").
EXTRA_INTERFIXES = frozenset("el al ait ben bin ibn abu ou da das dos do von zu della".split())

# Last words of Dutch street names ("Pleinweg", "Coolsingel", "Beijerlandselaan").
STREET_SUFFIXES = ("straat", "weg", "laan", "plein", "singel", "kade", "dijk", "gracht", "dreef",
                   "hof", "pad", "steeg", "plaats", "park", "erf", "markt", "wal", "haven", "baan",
                   "ring", "boulevard", "bocht", "vest", "poort", "werf", "plantsoen", "allee",
                   "straatweg", "hoek", "kaai", "dam", "oord", "rade", "zoom", "hage", "burg",
                   "vliet", "vaart", "weide", "veld", "tuin", "kamp", "brink", "akker", "gaarde")

# Words that start a street name before its street word ("Nieuwe Binnenweg", "Eerste Pijnackerstraat").
STREET_MODIFIERS = frozenset("""nieuwe oude groene lange korte hoge lage grote kleine west oost noord
    zuid burgemeester burg dokter dr prins prinses koningin koning graaf gravin sint st
    van der den de het 't ter ten heer admiraal generaal kapitein president pastoor
    eerste tweede derde vierde 1e 2e 3e 4e""".split())

_DEDUCE_SRC = Path("data", "lookup", "src")


def _lines(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _spacy_stop_words(language: str) -> set[str]:
    """spaCy's stop word list, read from its file: importing spaCy itself loads TensorFlow
    here (seconds and hundreds of MB) for a list of words."""
    import importlib.util
    import runpy

    spec = importlib.util.find_spec("spacy")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return set(runpy.run_path(str(folder / "lang" / language / "stop_words.py"))["STOP_WORDS"])


def _spacy_words(language: str) -> tuple[set[str], set[str]]:
    """Every word form in spaCy's lemma tables (spacy-lookups-data) for a language, and
    the verb forms among them (forms whose lemma is a verb)."""
    import spacy_lookups_data

    folder = Path(spacy_lookups_data.__file__).parent / "data"

    def load(name: str):
        path = folder / f"{language}_{name}.json.gz"
        if not path.exists():
            return {}
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return json.load(handle)

    lookup, index, exceptions = load("lemma_lookup"), load("lemma_index"), load("lemma_exc")
    words = {form.lower() for form in lookup} | {lemma.lower() for lemma in lookup.values()}
    for forms in index.values():
        words.update(form.lower() for form in forms)
    verbs = {form.lower() for form in index.get("verb", ())}
    for pos, table in exceptions.items():   # irregular forms: "gaat", "moest"
        for form, lemmas in table.items():
            words.add(form.lower())
            words.update(lemma.lower() for lemma in lemmas)
            if pos == "verb":
                verbs.add(form.lower())
    verbs |= {form.lower() for form, lemma in lookup.items() if lemma.lower() in verbs}
    return words, verbs


def _trie_items(trie, prefix: tuple[str, ...] = ()) -> set[str]:
    """The entries of one of deduce's lookup tries, lower case, tokens joined by spaces."""
    items = {" ".join(prefix).lower()} if trie.is_terminal else set()
    for token, child in trie.children.items():
        items |= _trie_items(child, prefix + (token,))
    return items


@dataclass(frozen=True)
class Vocabulary:
    """Lower-case word sets. `stop_words`: function words, cue words and chat words, never
    part of a name; `common`: those and deduce's common Dutch words ("kok", "berg"), a name
    only where a name list says so; `words`: every Dutch and English word form known (a word
    outside it, after a cue, is probably a name); `verbs`: the verb forms among them ("komen"
    is a surname too, but "Piet komen ook" is no name); `places`: Dutch place names ("Gouda")."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    interfixes: frozenset[str]
    stop_words: frozenset[str]
    common: frozenset[str]
    words: frozenset[str]
    verbs: frozenset[str]
    streets: frozenset[str]
    places: frozenset[str]

    def is_word(self, lower: str) -> bool:
        """In the word lists, also as a regular verb or plural form they lack ("werkt", "appen")."""
        if lower in self.words:
            return True
        for ending in ("t", "s", "en", "de", "te", "den", "ten"):
            if lower.endswith(ending) and len(lower) - len(ending) >= 3 and lower[:-len(ending)] in self.words:
                return True
        return False

    @classmethod
    def load(cls, deduce) -> "Vocabulary":
        """From a built Deduce instance (its name lists) and the lists on disk."""
        import deduce as deduce_package

        lookups = deduce.lookup_structs
        # "Jong" of "de Jong" is in interfix_surname
        surnames = _trie_items(lookups["surname"]) | {item.lower() for item in lookups["interfix_surname"]}
        interfixes = {item.lower() for item in lookups["interfix"]} | EXTRA_INTERFIXES
        stop_words = ({item.lower() for item in lookups["stop_word"]}
                      | _spacy_stop_words("nl") | _spacy_stop_words("en") | CHAT_WORDS
                      | HONORIFICS | RELATIONS | SIGN_OFFS | GREETINGS)
        common = stop_words | {item.lower() for item in lookups["common_word"]}
        # deduce's street lists as files: its street trie holds every abbreviated variant (3 s to walk)
        street_lists = Path(deduce_package.__file__).parent / _DEDUCE_SRC / "locations" / "lst_street"
        streets = {street.lower() for name in ("items.txt", "streets_bag.txt") for street in _lines(street_lists / name)}
        dutch, dutch_verbs = _spacy_words("nl")
        english, english_verbs = _spacy_words("en")
        return cls(
            first_names=frozenset(_trie_items(lookups["first_name"])),
            surnames=frozenset(surnames),
            interfixes=frozenset(interfixes),
            stop_words=frozenset(stop_words),
            common=frozenset(common),
            words=frozenset(dutch | english),
            verbs=frozenset(dutch_verbs | english_verbs),
            streets=frozenset(streets),
            places=frozenset(_trie_items(lookups["placename"])),
        )
