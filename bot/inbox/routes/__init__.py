"""The inbox's routes, one module per resource: auth (log-in), queue, chats, canned
answers, events (live updates). The programme team's dashboard has its routes in
bot/dashboard/routes/."""
