"""Dutch labels of the question log's categories, for the monthly report and the
programme team's dashboard (the topics' labels are in topics.py)."""
from bot.analytics import answers

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
CHANNELS = {"rest": "Webchat", "whatsapp": "WhatsApp", "telegram": "Telegram"}
LANGUAGES = {"nl": "Nederlands", "en": "Engels", "other": "Andere taal"}
OUTCOMES = {"answered": "Beantwoord", "referred_desk": "Doorverwezen naar het Informatiepunt",
            "referred_city": "Doorverwezen naar de gemeente", "call_back_done": "Teruggebeld",
            "no_reaction": "Geen reactie van de inwoner", "other": "Anders",
            "resident_left": "Inwoner ging terug naar Helder"}
HANDOFF_TOPICS = {"digid": "DigiD", "forms": "Formulieren en brieven", "devices": "Computer, telefoon of tablet",
                  "course": "Een cursus", "algorithm": "Een algoritme", "other": "Iets anders"}
DESK = {"help_desk": "Informatiepunt Digitale Overheid", "wifi": "Gratis wifi in de bibliotheek",
        "mens": "Een mens (bibliotheek of 14 010)"}
INTENTS = {
    "ask_algorithm": "Vraag over een algoritme", "list_algorithms": "Lijst van algoritmes",
    "ask_register": "Het Algoritmeregister", "ask_what_is_algorithm": "Wat is een algoritme?",
    "ask_what_is_ai": "Wat is AI?", "ask_generative_ai": "Generatieve AI", "ask_bias": "Vooroordelen (bias)",
    "ask_ai_act": "AI-verordening", "ask_human_intervention": "Menselijke tussenkomst",
    "ask_impact_assessment": "DPIA en IAMA", "ask_ai_lab": "Sociaal AI Lab", "ask_who_decides": "Wie beslist?",
    "ask_objection": "Bezwaar maken", "ask_data_access": "Gegevens inzien", "report_unfair": "Oneerlijk behandeld",
    "ask_rights": "Rechten", "ask_digital_help": "Digitale hulp", "request_human": "Een mens gevraagd",
    "ask_privacy": "Privacy van Helder", "delete_my_data": "Verwijder mijn gegevens",
    "greet": "Groet", "goodbye": "Afscheid", "thank": "Bedankt", "affirm": "Ja", "deny": "Nee",
    "ask_about_helder": "Wie is Helder?", "out_of_scope": "Buiten Helders onderwerpen",
    "nlu_fallback": "Niet begrepen", "no_text": "Geen woorden", "too_long": "Te lang bericht",
    "other_language": "Andere taal", "feedback_positive": "Feedback: goed", "feedback_negative": "Feedback: niet goed",
    "choose_handoff_topic": "Onderwerp voor een medewerker gekozen",
}
REASONS = {"asked": "Vroeg om een mens", "not_understood": "Helder begreep het twee keer niet",
           "unfair_treatment": "Meldt oneerlijke behandeling", "complaint": "Klacht"}
ANSWER_KINDS = {answers.ALGORITHM: "Uitleg over een algoritme", answers.RESPONSE: "Vaste tekst (AI, rechten en meer)",
                answers.COURSE: "Cursus", answers.DESK: "Informatiepunt, wifi of een mens",
                answers.HANDOFF: "Overdracht aan een medewerker", answers.ACTION: "Andere actie"}
UNKNOWN = "onbekend"
