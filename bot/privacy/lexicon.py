"""Word lists of the anonymiser: what must stay, the cues before a name, and the
vocabularies (deduce's name and street lists, a Dutch and an English word list) that
tell a name from an ordinary word.

The lists here are the anonymiser's own; extend them when a benchmark or a reviewer
finds a word that was wrongly hidden (PROTECTED) or a cue that was missed. International
first names deduce lacks are a data file beside this one (international_first_names.txt,
from Faker's locales, MIT licence; its header says how it was made); famous people the city
names things after, whose full names stay, are another (famous_people.txt); first names that
are ordinary words too (word_first_names.txt: "hoop", "storm") and nouns of nationality
(nationality_nouns.txt: "een Noor", "Marokkanen") are two more, and the Dutch and English
cues around a name (titles, relations, thanks, sign-offs, greetings) a fifth (name_cues.txt).
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from bot.privacy.languages import language_words, never_names
from bot.privacy.word_lists import entries

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
    # the rest of the city's official districts and neighbourhoods (wijken), both spellings
    "Stadsdriehoek", "CS-kwartier", "Nieuwe Werk", "Dijkzigt", "Schiemond", "Nieuwe Westen",
    "Kleinpolder", "Landzicht", "Zestienhoven", "Schieveen", "Noord-Kethel", "Oude Noorden",
    "Blijdorpsepolder", "Hillegersberg-Noord", "Hillegersberg-Zuid", "Terbregge",
    "Molenlaankwartier", "Nieuw-Crooswijk", "Nieuw Crooswijk", "Oud-Crooswijk", "Oud Crooswijk",
    "Kralingen-West", "Kralingen-Oost", "De Esch", "Struisenburg", "Kralingse Bos", "Kralingse Veer",
    "Kralingseveer", "Kop van Zuid-Entrepot", "Noordereiland", "Groot-IJsselmonde", "Prinsenland",
    "Oosterflank", "'s-Gravenland", "Heijplaat", "Hoogvliet-Noord", "Hoogvliet-Zuid",
    "Lloydkwartier", "Oud Charlois", "Oud Mathenesse", "Nieuw Mathenesse", "Oud IJsselmonde",
    "Groot IJsselmonde", "Oude Noorden", "Noord-Oost", "Zuidwijk", "Waalhaven", "Eemhaven",
    "Beurs", "Blaak", "Markthal", "Ahoy", "De Kuip", "Kuip", "Erasmusbrug", "Euromast",
    "Wilhelminapier", "Maasvlakte", "Maas", "Nieuwe Maas", "De Doelen", "Doelen", "Luxor",
    "Zuiderpark", "Kralingse Plas", "Diergaarde Blijdorp", "Het Park", "Schiedam", "Vlaardingen", "Capelle", "Capelle aan den IJssel",
    "Barendrecht", "Ridderkerk", "Spijkenisse", "Krimpen", "Lansingerland", "Den Haag", "Amsterdam",
    "Utrecht", "Nederland", "Holland", "Antillen", "Suriname", "Marokko", "Turkije", "Kaapverdie",
    # countries residents come from, in Dutch and English
    "Kaapverdië", "Cape Verde", "Polen", "Poland", "Bulgarije", "Bulgaria", "Roemenië", "Romania",
    "Portugal", "Curaçao", "Curacao", "Aruba", "Bonaire", "Sint Maarten", "Turkey", "Morocco",
    "Somalië", "Somalia", "Eritrea", "Ethiopië", "Ethiopia", "Syrië", "Syria", "Afghanistan",
    "China", "India", "Pakistan", "Iran", "Irak", "Iraq", "Oekraïne", "Ukraine", "Ghana", "Nigeria",
    "Indonesië", "Indonesia", "Spanje", "Spain", "Italië", "Italy", "Duitsland", "Germany", "België",
    "Belgium", "Egypte", "Egypt", "Tunesië", "Tunisia", "Algerije", "Algeria", "Soedan", "Sudan",
    "Jemen", "Yemen", "Libanon", "Lebanon", "Netherlands", "Brazilië", "Brazil", "Colombia",
    "Venezuela", "Dominicaanse Republiek", "Filipijnen", "Philippines", "Vietnam",
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
    "algoritmes", "AI", "ChatGPT", "chatbot", "Thomas DUP", "Siri", "Alexa", "Copilot", "Gemini",
    "Gripvol", "Rowiki", "Avola", "DPIA", "IAMA", "FRIA", "BRP", "Rotterdampas", "Woonnet",
    "Publicroam", "Midjourney", "DeepSeek", "Perplexity", "Grok", "Mistral",
    "Google Lens", "Google Translate", "Google Maps", "Google Drive", "Google Assistant",
    "Microsoft Teams", "Microsoft Word", "Apple Pay", "Google Pay", "Samsung Pay",
    # abbreviations of Dutch government, benefits, laws and IT that residents type in lower
    # case ("bsn weet ik niet", "artikel 8:1 awb", "met ios 17.4"): never a name
    "BSN", "Awb", "Wmo", "Wlz", "Zvw", "Jw", "Pgb", "Anw", "Ww", "Wia", "Wga", "Wajong", "Tozo",
    "Bbz", "Wsnp", "Wsw", "Wwb", "Ozb", "Vog", "KvK", "Cbr", "Bkr", "Ov", "Iban", "Otp", "Sms",
    "iOS", "iPadOS", "macOS", "Wifi", "Wi-Fi", "Usb", "Pdf", "Vpn", "Apk", "Url", "Qr", "Nfc",
    "Bluetooth",
    # who residents say they are: origins, languages and faiths, not names (an origin that is
    # a first name too, "Berber", "Noor", is in nationality_nouns.txt: a name except after "een")
    "Rotterdammer", "Rotterdamse", "Nederlander", "Nederlandse", "Marokkaan", "Marokkaanse",
    "Turk", "Turkse", "Surinamer", "Surinaamse", "Hindoestaan", "Hindoestaanse", "Creool", "Creoolse",
    "Antilliaan", "Antilliaanse", "Curaçaoënaar", "Arubaan", "Kaapverdiaan", "Kaapverdiaanse",
    "Pool", "Poolse", "Bulgaar", "Bulgaarse", "Roemeen", "Roemeense", "Syriër", "Syrische",
    "Eritreeër", "Eritrese", "Somaliër", "Somalische", "Ethiopiër", "Afghaan", "Afghaanse",
    "Irakees", "Iraakse", "Iraniër", "Iraanse", "Koerd", "Koerdische", "Amazigh",
    "Ghanees", "Ghanese", "Nigeriaan", "Nigeriaanse", "Chinees", "Chinese", "Indonesiër",
    "Molukker", "Portugees", "Portugese", "Spanjaard", "Italiaan", "Belg", "Duitser", "Oekraïner",
    "Oekraïense", "Russische", "Arabisch", "Tamazight", "Papiaments", "Sranantongo", "Turks",
    "Pools", "Moslim", "Moslima", "Christen", "Hindoe", "Jood", "Joodse",
    # languages residents ask help in
    "Tigrinya", "Tigrinja", "Amhaars", "Amharic", "Somalisch", "Somali", "Farsi", "Perzisch", "Dari",
    "Pashto", "Pasjtoe", "Urdu", "Hindi", "Sarnami", "Sranan", "Berbers", "Tarifit", "Koerdisch",
    "Kurmanji", "Sorani", "Roemeens", "Bulgaars", "Kaapverdisch", "Kriolu", "Crioulo", "Oekraïens",
    "Russisch", "Mandarijn", "Kantonees", "Tamil", "Bengaals", "Punjabi", "Tagalog", "Swahili",
    "Yoruba", "Twi", "Lingala", "Tigre", "Oromo",
    # products and apps
    "WhatsApp", "Telegram", "Google", "Microsoft", "Windows", "Apple", "iPhone", "Android",
    "Samsung", "Facebook", "Instagram", "TikTok", "YouTube", "Yellowbrick", "ParkMobile",
    "Tikkie", "iDEAL", "PayPal", "Klarna", "Afterpay", "Ziggo", "KPN", "Odido", "Vodafone",
    "T-Mobile", "Lebara", "Lycamobile", "Simyo", "Netflix", "Spotify", "Zoom", "Teams", "Skype",
    "Outlook", "Gmail", "Hotmail", "Excel", "PowerPoint", "Word", "Chrome", "Firefox", "Safari",
    "Snapchat", "Signal", "Viber", "Messenger", "LinkedIn", "Indeed", "Duolingo", "Canva",
    "Python", "Scratch", "MijnOverheid", "Mijn Overheid", "Berichtenbox", "Huawei", "Xiaomi",
    "Motorola", "Nokia", "Lenovo", "Chromebook", "iPad", "MacBook", "Marktplaats", "Vinted",
    "Temu", "Shein", "AliExpress", "Amazon", "Zalando", "Wehkamp", "Coolblue", "bol.com",
    "Thuisbezorgd", "Booking", "Uber", "Revolut", "Knab", "Western Union", "9292", "Qbuzz",
    "Arriva", "OV-chipkaart", "OVpay", "Palantir",
    # shops and chains, several of them shaped like a person's name ("Dirk van den Broek")
    "Dirk van den Broek", "Albert Heijn XL", "AH", "Hoogvliet", "Vomar", "Coop", "Plus",
    "Spar", "Dekamarkt", "Ekoplaza", "Picnic", "Kruidvat", "Etos", "Trekpleister", "Hema",
    "Action", "Blokker", "Xenos", "Wibra", "Zeeman", "Primark", "C&A", "H&M", "Kijkshop",
    "MediaMarkt", "Media Markt", "Ikea", "Gamma", "Karwei", "Praxis", "Hornbach", "Kwantum",
    "Leen Bakker", "Bart Smit", "Intertoys", "Hans Anders", "Pearle", "Specsavers", "Eyes + More",
    "Van Haren", "Kees Smit", "Van Nelle", "Scapino", "Bristol", "Shoeby", "Ici Paris", "Bram Ladage", "Van der Valk",
    "McDonald's", "Burger King", "KFC", "Febo", "Big Bazar", "Parnassia", "DOCK", "Buurtwerk",
    "Zuiderziekenhuis", "Franciscus Gasthuis", "Sophia Kinderziekenhuis",
    # community organisations named like a person ("Donna Daria": a women's centre)
    "Donna Daria",
)



# Phrases of thanks whose first word is a first name too ("masha danki": Papiamento for
# "many thanks", "masha" is also Russian "Masha"): no name, the name comes after them.
THANKS_PHRASES = ("masha danki", "masha masha danki", "danki hopi")

# AI assistants whose name is a first name too ("Claude"): the product in a message about
# AI ("Copilot of Gemini of Claude"), a person elsewhere ("mijn buurman Claude").
AI_WORDS = frozenset("""ai chatgpt copilot gemini chatbot chatbots deepseek perplexity midjourney
    grok mistral openai anthropic llm taalmodel""".split())
AI_ASSISTANTS_THAT_ARE_NAMES = frozenset({"claude"})
# The city's own systems named like a person (the work-and-income matching system "Thomas",
# "Gem"): the system in a message about systems or algorithms, or asked about as a thing ("Wat
# is Thomas?"), a person elsewhere ("mijn werkcoach Thomas").
CITY_SYSTEMS_THAT_ARE_NAMES = frozenset({"thomas", "gem"})
SYSTEM_WORDS = frozenset("""systeem systemen algoritme algoritmes algoritmeregister computer computers
    programma model software""".split())

FAMOUS_PEOPLE_FILE = Path(__file__).with_name("famous_people.txt")


WORD_FIRST_NAMES_FILE = Path(__file__).with_name("word_first_names.txt")
NATIONALITY_NOUNS_FILE = Path(__file__).with_name("nationality_nouns.txt")
SERVICES_FILE = Path(__file__).with_name("services.txt")
KEPT_WORDS_FILE = Path(__file__).with_name("kept_words.txt")


def word_first_names() -> frozenset[str]:
    """The first names of word_first_names.txt that are ordinary words too ("hoop", "wil"):
    a name only where a name stands (after a cue, a title, a relation or a sign-off)."""
    return frozenset(entries(WORD_FIRST_NAMES_FILE))


def nationality_nouns() -> frozenset[str]:
    """The nouns of nationality_nouns.txt ("noor", "marokkanen"): no name after an article."""
    return frozenset(entries(NATIONALITY_NOUNS_FILE))


def services() -> frozenset[str]:
    """The services and desks of services.txt ("balie", "klantcontact"): a first name before
    "van" and one of them is someone who works there."""
    return frozenset(entries(SERVICES_FILE))


def famous_people() -> tuple[str, ...]:
    """The full names of famous_people.txt: historical and public people the city names
    things after or residents ask about ("Anne Frank", "Johan Cruijff"), no resident's data."""
    return tuple(sorted(set(entries(FAMOUS_PEOPLE_FILE))))


def kept_words() -> tuple[str, ...]:
    """The words of kept_words.txt: places abroad, languages, organisations named after a
    person, laws ("Valencia", "Spaans", "Pameijer", "Wob"), never a name; protected as PROTECTED is."""
    return tuple(entries(KEPT_WORDS_FILE))


def protected_pattern() -> "re.Pattern[str]":
    """PROTECTED, kept_words.txt, the famous people and the phrases of thanks as one
    case-insensitive pattern of whole words, longest phrase first."""
    phrases = sorted(dict.fromkeys(PROTECTED + kept_words() + famous_people() + THANKS_PHRASES), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in phrases)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


# Words after which capitalised words are an organisation's name ("namens stichting Mano").
ORGANISATION_CUES = frozenset("""stichting vereniging bedrijf firma school basisschool moskee kerk
    wijkcentrum buurthuis huisartsenpraktijk praktijk ziekenhuis woningcorporatie bank
    bakkerij slagerij kapsalon restaurant snackbar cafetaria eethuis toko supermarkt drogisterij
    prins prinses koningin museum associação associacao asociación asociacion association fundação
    fundacao fundación fundacion dernek derneği dernegi vakfı vakfi stowarzyszenie fundacja verein""".split())

# Roles in a signature line before an organisation ("Secretaris VvE Blijdorp", "Voorzitter
# Bewonerscommissie", "Team Schuldhulp"): the capitalised words after them are the
# organisation, up to a first name ("Voorzitter Jan de Groot" is a person).
ROLE_WORDS = frozenset("""secretaris voorzitter penningmeester bestuur bestuurslid team afdeling
    commissie""".split())

# Nouns of buildings and institutions after a name that the place is named after ("de
# Prinses Juliana school", "het Sophia kinderziekenhuis", "de Van Nelle fabriek"); a word
# ending in one of them counts too.
NAMED_THINGS = frozenset("""school college ziekenhuis fabriek museum park kerk moskee stadion
    theater zaal hal brug tunnel toren huis centrum bibliotheek bieb academie instituut lyceum
    gymnasium universiteit""".split())

# Words before the name of a product, a course, a language or an organisation ("de app
# Ovpay", "de gemeente Palantir", "in het Amhaars"): a capitalised word after them is no person.
PRODUCT_WORDS = frozenset("""app apps programma systeem software tool website site platform cursus
    training les lessen taal telefoon laptop computer tablet merk winkel gemeente bedrijf firma
    organisatie instantie dienst abonnement provider""".split())

NAME_CUES_FILE = Path(__file__).with_name("name_cues.txt")
NAME_CUE_KINDS = ("titles", "relations", "thanks", "sign-offs", "greetings", "askers")


def name_cues(path: Path = NAME_CUES_FILE) -> dict[str, frozenset[str]]:
    """The words of name_cues.txt by kind ("[titles]", "[relations]" ...): Dutch and English
    cues around a name that the programme team may edit."""
    kinds: dict[str, set[str]] = {}
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            words = kinds.setdefault(line[1:-1], set())
        elif line and not line.startswith("#"):
            words.update(line.split())
    return {kind: frozenset(kinds.get(kind, ())) for kind in NAME_CUE_KINDS}


_CUES = name_cues()
# Titles before a surname ("mevrouw de Jong", "dhr. A. Benali", "fam. Yilmaz").
HONORIFICS = _CUES["titles"]
# Relations before a first name ("mijn zoon Mehmet", "de tante van samira").
RELATIONS = _CUES["relations"]
# Words of thanks and farewell; a name after one of them at the end of a message, after
# punctuation, an emoji or "xx", is a signature ("thanks a lot!! kasia", "bedankt xx joyce").
THANKS = _CUES["thanks"]
# Words that open a message before "van" and the one who asks ("vraag van sterre:", "bericht van Noor,").
ASKERS = _CUES["askers"]
# Words that end a message before a name ("groetjes Ria", "mvg A. Schouten").
SIGN_OFFS = _CUES["sign-offs"]
GREETINGS = _CUES["greetings"]


# Relations in other languages residents write in, as the words before the name: a
# possessive and a noun ("moja córka Zuzia", "ma fille", "mi hijo"), a noun and a possessive
# after it (Romanian "fiica mea"), or one word that holds the possessive (Turkish "annem",
# Somali "hooyaday", Arabic "ibni", Dari "pesaram").
FOREIGN_RELATIONS = frozenset(tuple(cue.split()) for cue in """moja córka|moja corka|mój syn|moj syn|
    moja mama|mój tata|moj tata|mój mąż|moj maz|moja żona|moja zona|moja siostra|mój brat|moj brat|
    moja babcia|mój dziadek|moja wnuczka|mój wnuk|moja sąsiadka|mój sąsiad|
    minha filha|meu filho|minha mãe|minha mae|meu pai|meu marido|minha esposa|minha mulher|
    minha irmã|minha irma|meu irmão|meu irmao|minha avó|minha avo|meu avô|meu avo|minha neta|meu neto|
    minha tia|meu tio|minha vizinha|meu vizinho|
    mi hija|mi hijo|mi madre|mi padre|mi marido|mi esposa|mi esposo|mi hermana|mi hermano|
    mi abuela|mi abuelo|mi nieta|mi nieto|mi vecina|mi vecino|mi yu|mi kasá|mi kasa|mi pikin|
    mi brada|mi sisa|mi mama|mi tata|mi mai|mi tawela|
    ma fille|mon fils|ma mère|ma mere|mon père|mon pere|mon mari|ma femme|ma sœur|ma soeur|
    mon frère|mon frere|ma grand-mère|mon grand-père|ma voisine|mon voisin|ma tante|mon oncle|
    fiica mea|fiul meu|soțul meu|sotul meu|soția mea|sotia mea|mama mea|tatăl meu|tatal meu|
    fratele meu|sora mea|bunica mea|bunicul meu|nepoata mea|nepotul meu|
    meine tochter|mein sohn|meine frau|mein mann|meine mutter|mein vater|meine schwester|
    mein bruder|meine oma|mein opa|
    annem|babam|oğlum|oglum|kızım|kizim|eşim|esim|kardeşim|kardesim|ablam|abim|teyzem|halam|
    amcam|dayım|dayim|anneannem|babaannem|dedem|torunum|komşum|komsum|kocam|karım|
    ibni|binti|ukhti|akhi|zawji|zawjati|ummi|abi|
    hooyaday|aabahay|wiilkayga|wiilkaygu|gabadhayda|walaalkay|walaashay|ninkayga|xaaskayga|
    pesaram|dokhtaram|madaram|shoharam|khaharam|baradaram""".replace("\n", " ").split("|"))

# Cues in other languages that say the name comes next ("nazywam się", "mă numesc",
# "me llamo", "benim adım", "ich heiße"): as strong as "mijn naam is".
FOREIGN_NAME_CUES = frozenset(tuple(cue.split()) for cue in """nazywam się|nazywam sie|mam na imię|
    mă numesc|ma numesc|numele meu este|me llamo|mi nombre es|je m'appelle|mon nom est|
    ich heiße|ich heisse|mein name ist|benim adım|benim adim|adım|adim|meu nome é|
    meu nome e|chamo-me|magacaygu waa|magacayga waa|kazvam se|казвам се|jmenuji se|
    volám sa|ismi|esmi|ana ismi|mi nomber ta|mi nomber|mi nòmber ta|ik nomber ta|
    мене звати|меня зовут|моє ім'я|меня звать|ismim|benim ismim|اسمي|اسمى|
    numele meu e|nazywa się""".replace("\n", " ").split("|"))

# The words of those cues: never part of a name ("fiica mea Mirela", "mi yu Jerrel"), except
# those that are common first names too ("ana" of Arabic "ana ismi": "ik ben ana de la cruz").
FOREIGN_CUE_WORDS = frozenset(word for cue in FOREIGN_RELATIONS | FOREIGN_NAME_CUES for word in cue)
CUE_WORDS_THAT_ARE_NAMES = frozenset({"ana"})

# Finite verbs right after a person who is their subject ("jan belde me", "roos zei dat",
# "kan mohammed me helpen" has the verb before): with them a first name that is also a word
# ("jan", "roos", "mark") reads as a name.
SUBJECT_VERBS = frozenset("""belde belt zei zegt heeft had komt kwam kan kon wil wilde moet moest mag
    mocht zal zou gaat ging is was stuurde stuurt appte appt mailde mailt vroeg vraagt helpt hielp
    weet wist werkt werkte woont woonde zit zat kent kende doet deed zoekt zocht schreef schrijft
    spreekt sprak snapt begrijpt belooft beloofde heette
    said says called calls has wants asked told sent helped helps lives works""".split())
# After a subject that follows its verb ("kan mohammed me helpen", "heeft roos mij gebeld").
AFTER_INVERTED_SUBJECT = frozenset("""me mij ons u hem haar jou je jullie ook morgen vandaag nog even ff
    zelf al nu""".split())
# Modal verbs before an inverted subject and an infinitive ("kan jan komen", "wil roos bellen").
MODAL_VERBS = frozenset("kan kon wil wilde moet moest mag mocht zal zou".split())
# Words that start a clause before its subject ("en jan zei", "dat roos komt").
CLAUSE_WORDS = frozenset("en maar want dat omdat toen als of dus and but because that".split())

# Chat words, abbreviations and the words around personal data that are never a name,
# several of them in no dictionary ("ff", "gwn", "hullie").
CHAT_WORDS = frozenset("""ff effe efkes gwn gewoon wss idd btw aub svp ajb pls plz thx tnx
    dankje dankjewel bedankt lol haha hihi hehe hahaha hihihi xd pff oke ok okee okay oki jaa nee neej ofzo enzo
    ipv ivm mbt tov ouwe ikke hullie nie niet mot motte ken kennie hebbie toch ook zzp zzper
    ben heb bel mail app appen sms tel mob nr nummer mobiel geb gebdatum naam adres
    postcode huisnummer hier daar thuis werk ja nee u jij jullie hij zij wij ze
    waarmee waarvoor waardoor waarop waarin waarover waarnaar waaruit waarbij waaraan hoezo
    hoeveel hoelang hoelaat hoevaak daarmee daarvoor daardoor daarop daarin daarover daarna
    hiermee hiervoor hierdoor hierop hierin hierover ermee ervoor erdoor erop erin erover
    gisteren eergisteren vandaag morgen overmorgen vanochtend vanmorgen vanmiddag vanavond vannacht
    doeg doei doeii daag dag bye byee sws mss pfff
    ineens opeens zomaar vanzelf nou hartstikke inderdaad hierbij joh jawel welnee natuurlijk
    eigenlijk misschien waarschijnlijk trouwens toevallig alvast straks zometeen binnenkort sowieso
    meteen direct vaak soms altijd nooit weleens wel eens steeds nog steeds allang allebei
    mattie matties wollah wallah sahbi osso waggie doekoe fissa skeer patta bro broski tattie
    mocro jonge jonguh ewa wejo fakka mashallah inshallah wallahi yallah""".split())

# Words residents type to Helder that typos are made of, and that the word lists lack or
# hold as rare forms only (a typo of them is no name: "cusrus", "formulir", "wachtwood").
RESIDENT_WORDS = frozenset("""iemand niemand iedereen cursus cursussen formulier formulieren
    wachtwoord afspraak afspraken telefoon computer laptop tablet internet brief brieven
    vraag vragen graag wanneer waarom bedankt vriendelijke vriendelijk groeten groetjes
    tevreden gesloten geopend open dicht helpen hulp inloggen uitleggen begrijp begrijpen
    snap snappen gemeente bibliotheek rotterdam belasting toeslag uitkering aanvraag
    gegevens nummer adres postcode""".split())

# The most frequent Chinese surnames in pinyin: a Chinese name puts the surname first and a
# given name of one or two syllables after it ("zhang min", "li wei", "wang xiao ming").
CHINESE_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo
    lin gao luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai
    jiang yu du ye cheng wei su ding ren lu yao shen zhong cui tan fan jin shi liao jia xia fu
    fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao gu mao hao gong shao wan
    qian dai kong xiang""".split())

# More particles inside surnames than deduce's Dutch list ("El Amrani", "Ait Taleb", "da Silva").
EXTRA_INTERFIXES = frozenset("""el al ait ben bin ibn abu ou da das dos do von zu della los las la le
    del di du des dal""".split())

# Last words of Dutch street names ("Pleinweg", "Coolsingel", "Beijerlandselaan").
STREET_SUFFIXES = ("straat", "weg", "laan", "plein", "singel", "kade", "dijk", "gracht", "dreef",
                   "hof", "pad", "steeg", "plaats", "park", "erf", "markt", "wal", "haven", "baan",
                   "ring", "boulevard", "bocht", "vest", "poort", "werf", "plantsoen", "allee",
                   "straatweg", "hoek", "kaai", "dam", "oord", "rade", "zoom", "hage", "burg",
                   "vliet", "vaart", "weide", "veld", "tuin", "kamp", "brink", "akker", "gaarde")

# Abbreviations that start a street name, written with a dot ("Burg. Baumannlaan",
# "Dr. Zamenhofstraat", "Mr. Troelstralaan", "St. Jobsweg"), and what they stand for.
STREET_ABBREVIATIONS = {"burg": "burgemeester", "dr": "dokter", "mr": "meester", "st": "sint",
                        "prof": "professor", "ds": "dominee", "mgr": "monseigneur", "ir": "ingenieur",
                        "jhr": "jonkheer", "gen": "generaal", "adm": "admiraal", "kapt": "kapitein",
                        "pres": "president", "past": "pastoor", "kon": "koningin"}

# Words that start a street name before its street word ("Nieuwe Binnenweg", "Eerste Pijnackerstraat").
STREET_MODIFIERS = frozenset("""nieuwe oude groene lange korte hoge lage grote kleine west oost noord
    zuid burgemeester dokter prins prinses koningin koning graaf gravin sint meester professor
    dominee jonkheer ingenieur van der den de het 't ter ten heer admiraal generaal kapitein
    president pastoor eerste tweede derde vierde 1e 2e 3e 4e""".split()) | frozenset(STREET_ABBREVIATIONS)

_DEDUCE_SRC = Path("data", "lookup", "src")
# Languages residents write in besides Dutch and English whose function words (spaCy's stop
# words) tell a message in them ("mais elle travaille", "hay ayuda"). Not Italian: its list
# holds "mila", "sara".
FOREIGN_LANGUAGES = ("fr", "es", "pt", "pl", "tr", "ro", "de")
# Letters a typo may put in a word (one edit: a letter left out, added, changed or swapped).
_TYPO_LETTERS = "abcdefghijklmnopqrstuvwxyzéëïöü"
# English words at least this frequent (log probability in spaCy's table) are typo targets.
_COMMON_ENGLISH = -11.0
# Words shorter than this are not read as typos: most short names are one edit from some word.
_MIN_TYPO_LENGTH = 5
# Shorter words are not split into two Dutch words ("koningsdag"): names split too easily.
_MIN_COMPOUND_LENGTH = 8
# The word tokens of an interfix as the name reader sees them ("van 't" -> "van", "t").
_INTERFIX_TOKEN = re.compile(r"[^\W\d_]+")


INTERNATIONAL_FIRST_NAMES_FILE = Path(__file__).with_name("international_first_names.txt")


def _lines(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def international_first_names() -> set[str]:
    """The first names of international_first_names.txt (from Faker's locales; see its header)."""
    return set(entries(INTERNATIONAL_FIRST_NAMES_FILE))


def spacy_stop_words(language: str) -> set[str]:
    """spaCy's stop word list, read from its file: importing spaCy itself loads TensorFlow
    here (seconds and hundreds of MB) for a list of words."""
    import importlib.util
    import runpy

    spec = importlib.util.find_spec("spacy")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return set(runpy.run_path(str(folder / "lang" / language / "stop_words.py"))["STOP_WORDS"])


def _spacy_words(language: str) -> tuple[set[str], set[str], set[str]]:
    """Every word form in spaCy's lemma tables (spacy-lookups-data) for a language, the
    verb forms among them (forms whose lemma is a verb), and the verb forms that are only
    the bare stem of their verbs ("bos" of bossen, "meer" of meren, "berg" of bergen)."""
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
    lemmas: dict[str, set[str]] = {}
    for pos, table in exceptions.items():   # irregular forms: "gaat", "moest"
        for form, form_lemmas in table.items():
            words.add(form.lower())
            words.update(lemma.lower() for lemma in form_lemmas)
            if pos == "verb":
                verbs.add(form.lower())
                lemmas.setdefault(form.lower(), set()).update(lemma.lower() for lemma in form_lemmas)
    for form, lemma in lookup.items():
        if lemma.lower() in verbs:
            verbs.add(form.lower())
            lemmas.setdefault(form.lower(), set()).add(lemma.lower())
    stems = {form for form, form_lemmas in lemmas.items()
             if form not in form_lemmas and any(form in _bare_stems(lemma) for lemma in form_lemmas)}
    return words, verbs, stems


_OPEN_SYLLABLE = re.compile(r"(.*[^aeiou])([aeou])([^aeiou])")


def _bare_stems(infinitive: str) -> set[str]:
    """The forms the stem of a Dutch verb may take: bossen -> bos, meren -> meer, geloven ->
    geloof, bergen -> berg (the first person; after a name it is no verb of that name)."""
    if not infinitive.endswith("en") or len(infinitive) < 4:
        return set()
    base = infinitive[:-2]
    stems = {base}
    if base[-1] == base[-2]:
        stems.add(base[:-1])
    if base[-1] in "vz":
        stems.add(base[:-1] + {"v": "f", "z": "s"}[base[-1]])
    for stem in list(stems):
        match = _OPEN_SYLLABLE.fullmatch(stem)
        if match:
            stems.add(match.group(1) + match.group(2) * 2 + match.group(3))
    return stems


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
    outside it, after a cue, is probably a name); `dutch_verbs`: the Dutch verb forms that can
    be the verb of a name before them ("komen", "belde", "komt"; "komen" is a surname too, but
    "Piet komen ook" is no name), not the bare stems ("bos", "berg": after a first name the
    surname); `english_verbs`: the English ones ("lopes"), a verb only in an English message;
    `interfix_surnames`: deduce's surnames that follow an interfix ("meer" of "van der Meer");
    `interfix_phrases`: interfixes of several words as tokens (("op", "de"), ("van", "t"));
    `places`: Dutch place names ("Gouda"); `english_function_words`, `dutch_function_words`:
    the stop words of one language only, to tell an English message from a Dutch one;
    `foreign_function_words`: those of FOREIGN_LANGUAGES that are neither ("elle", "hay"),
    to tell a message in another language; `ordinary_words`: the common words, Dutch verbs and
    frequent English words (spaCy's Dutch lists hold many first names as nouns: "sara",
    "laura"; a first name outside this set is rarely meant as a word);
    `international_first_names`: the names of international_first_names.txt that deduce lacks
    (also in `first_names`; alone they count only capitalised); `word_first_names`: first names
    that are ordinary words too, a name only where a name stands (not in `first_names`, whose
    names count in more places); `nationality_nouns`: "noor", "pool", "marokkanen"; `services`:
    services.txt ("balie", "klantcontact")."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    interfix_surnames: frozenset[str]
    interfixes: frozenset[str]
    interfix_phrases: frozenset[tuple[str, ...]]
    stop_words: frozenset[str]
    common: frozenset[str]
    words: frozenset[str]
    dutch_verbs: frozenset[str]
    english_verbs: frozenset[str]
    streets: frozenset[str]
    places: frozenset[str]
    english_function_words: frozenset[str]
    dutch_function_words: frozenset[str]
    typo_targets: frozenset[str] = frozenset()
    dutch_words: frozenset[str] = frozenset()
    street_starts: frozenset[str] = frozenset()   # first words of streets of several words
    foreign_function_words: frozenset[str] = frozenset()   # stop words of FOREIGN_LANGUAGES only
    ordinary_words: frozenset[str] = frozenset()   # common Dutch words, Dutch verbs, frequent English
    international_first_names: frozenset[str] = frozenset()   # the data file's names deduce lacks
    word_first_names: frozenset[str] = frozenset()   # word_first_names.txt: "hoop", "storm", "wil"
    nationality_nouns: frozenset[str] = frozenset()   # nationality_nouns.txt: "noor", "marokkanen"
    services: frozenset[str] = frozenset()   # services.txt: "balie", "klantcontact"

    def is_compound(self, lower: str) -> bool:
        """A Dutch compound the lists lack: two Dutch words, maybe with a linking "s", "e" or
        "en" between ("koningsdag", "energietoeslag", "buurthuiskamer"), or Dutch words joined
        by dashes that are no first names or surnames ("wethouder-volger")."""
        if len(lower) < _MIN_COMPOUND_LENGTH:
            return False
        if "-" in lower:   # "wethouder-volger"; not "anne-marie", "jan-willem", "van Dijk-Ooms"
            return all(len(part) >= 3 and part in self.dutch_words and part not in self.first_names
                       and part not in self.surnames for part in lower.split("-"))
        for cut in range(3, len(lower) - 2):
            head, tail = lower[:cut], lower[cut:]
            if tail in self.dutch_words or self.is_word(tail):
                for link in ("", "s", "e", "en"):
                    if head.endswith(link) and len(head) - len(link) >= 3 and head[:len(head) - len(link)] in self.dutch_words:
                        return True
        return False

    def is_typo(self, lower: str) -> bool:
        """Whether a word in no list is one edit from a word a resident may have meant in a
        place where a name could stand: a function word, a chat word, a Dutch verb form, a
        common Dutch or very common English word ("iemad", "probeerd", "vriendlijke"). Not
        from any rare word: "kasia" is one edit from "kassa", "dimitrov" from nothing."""
        if len(lower) < _MIN_TYPO_LENGTH:
            return False
        # "y" for "ij" is how many write Dutch ("begrypt", "wyk"): no edit of its own
        spellings = {lower, lower.replace("y", "ij")}
        return any(spelling in self.typo_targets or any(candidate in self.typo_targets for candidate in _one_edit(spelling))
                   for spelling in spellings)

    def is_word(self, lower: str) -> bool:
        """In the word lists, also as a regular verb or plural form they lack ("werkt", "appen")."""
        if lower in self.words:
            return True
        if lower in self.first_names:
            return False   # "lotte" is a name, not "lot" + "te"
        for ending in ("t", "s", "en", "de", "te", "den", "ten"):
            if lower.endswith(ending) and len(lower) - len(ending) >= 3 and lower[:-len(ending)] in self.words:
                return True
        return False

    @classmethod
    def load(cls, deduce) -> "Vocabulary":
        """From a built Deduce instance (its name lists) and the lists on disk."""
        import deduce as deduce_package

        lookups = deduce.lookup_structs
        interfix_surnames = {item.lower() for item in lookups["interfix_surname"]}
        # "Jong" of "de Jong" is in interfix_surname
        surnames = _trie_items(lookups["surname"]) | interfix_surnames
        interfixes = {item.lower() for item in lookups["interfix"]} | EXTRA_INTERFIXES
        phrases = {tuple(_INTERFIX_TOKEN.findall(item)) for item in interfixes}
        dutch_stop_words, english_stop_words = spacy_stop_words("nl"), spacy_stop_words("en")
        stop_words = ({item.lower() for item in lookups["stop_word"]}
                      | dutch_stop_words | english_stop_words | CHAT_WORDS
                      | HONORIFICS | RELATIONS | SIGN_OFFS | GREETINGS)
        # deduce's Dutch list and the international one in a data file ("ionela", "akosua")
        dutch_first_names = _trie_items(lookups["first_name"])
        international = international_first_names() - dutch_first_names
        first_names = dutch_first_names | international
        stop_words |= FOREIGN_CUE_WORDS - CUE_WORDS_THAT_ARE_NAMES
        common = stop_words | {item.lower() for item in lookups["common_word"]}
        # deduce's street lists as files: its street trie holds every abbreviated variant (3 s to walk)
        street_lists = Path(deduce_package.__file__).parent / _DEDUCE_SRC / "locations" / "lst_street"
        streets = {street.lower() for name in ("items.txt", "streets_bag.txt") for street in _lines(street_lists / name)}
        dutch, dutch_verbs, dutch_stems = _spacy_words("nl")
        english, english_verbs, _ = _spacy_words("en")
        # a word one edit from a name ("george", "jonas") says nothing of a typo
        ordinary = common | {verb for verb in dutch_verbs if len(verb) >= 4} | _common_english(_COMMON_ENGLISH)
        typo_targets = stop_words | RESIDENT_WORDS | (ordinary - first_names - surnames)
        # spaCy's word lists hold double first names ("gert-jan", "jan-willem"): names, no words
        double_first_names = {word for word in dutch | english
                              if "-" in word and all(part in first_names for part in word.split("-"))}
        first_names |= double_first_names
        dutch -= double_first_names
        english -= double_first_names
        return cls(
            first_names=frozenset(first_names),
            surnames=frozenset(surnames),
            interfix_surnames=frozenset(interfix_surnames),
            interfixes=frozenset(interfixes),
            interfix_phrases=frozenset(phrase for phrase in phrases if len(phrase) > 1),
            stop_words=frozenset(stop_words),
            common=frozenset(common | never_names(first_names, dutch)),
            words=frozenset(dutch | english),
            dutch_verbs=frozenset(dutch_verbs - dutch_stems),
            english_verbs=frozenset(english_verbs),
            streets=frozenset(streets),
            places=frozenset(_trie_items(lookups["placename"])),
            english_function_words=frozenset(english_stop_words - dutch_stop_words),
            dutch_function_words=frozenset(dutch_stop_words - english_stop_words),
            typo_targets=frozenset(word for word in typo_targets if len(word) >= 4),
            ordinary_words=frozenset(ordinary),
            international_first_names=frozenset(international),
            word_first_names=word_first_names(),
            nationality_nouns=nationality_nouns(),
            services=services(),
            dutch_words=frozenset(word for word in dutch if len(word) >= 3),
            street_starts=frozenset(street.split()[0] for street in streets if " " in street),
            foreign_function_words=frozenset(
                (set().union(*(spacy_stop_words(language) for language in FOREIGN_LANGUAGES)) | language_words(first_names, dutch))
                - dutch_stop_words - english_stop_words),
        )


def _one_edit(word: str) -> Iterator[str]:
    """The strings one edit away from `word` (a letter left out, swapped, changed or added),
    lazily: the caller stops at the first that is a word."""
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            yield head + tail[1:]
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
            for letter in _TYPO_LETTERS:
                if letter != tail[0]:
                    yield head + letter + tail[1:]
        for letter in _TYPO_LETTERS:
            yield head + letter + tail


def _common_english(threshold: float) -> set[str]:
    """English words at least as frequent as `threshold` (spaCy's lexeme probabilities)."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        probabilities = json.load(handle)
    return {word.lower() for word, probability in probabilities.items()
            if probability >= threshold and word.isalpha()}
