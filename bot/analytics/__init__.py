"""The anonymised question log: what Rotterdammers ask and where Helder fell short,
never who asked.

Rasa -> broker.py (event broker, spools events in the background) -> worker.py (the
log worker process: turns.py, answers.py, pseudonyms.py, records.py, anonymised by
bot/privacy) -> the question_log table. Around it: retention.py (`helder purge`),
deletion.py ("verwijder mijn gegevens"), handoffs.py (closed handoffs from the staff
inbox), export.py (`helder log export`), figures.py and report.py (`helder report`).
"""
