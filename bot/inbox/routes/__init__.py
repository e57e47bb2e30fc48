"""The inbox's routes, one module per resource: auth (log-in), queue, chats, canned
answers, events (live updates), programme (the programme team's part)."""
