"""Handing a chat to a person at the Bibliotheek Rotterdam's central help point.

Used by three processes: the Rasa server's channels (router.py: while a handoff is open
the resident's messages go to the inbox, not to Rasa), the action server
(actions/handoff.py creates the handoff) and the staff inbox (bot/inbox).
- tables.py: the tables; queue.py: the queue service; hours.py: opening hours;
  texts.py: what Helder says about the handoff (from domain.yml); secrets.py: the
  encrypted call-back number; outbound.py: staff messages to the resident's own chat.
"""
