// Live updates for the Helder inbox. Everything from the server is put into the page
// with textContent and createElement, never as HTML: residents' text stays text.
(function () {
  "use strict";
  var POLL_MS = 2000;
  var body = document.body;
  var page = body.dataset.page;
  var baseTitle = document.title;
  var known = null;  // ids of waiting chats seen so far

  function cell(row, text, className) {
    var td = document.createElement("td");
    td.textContent = text;
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  function renderQueue(queue) {
    var tbody = document.querySelector("#queue tbody");
    if (!tbody) { return; }
    var rows = queue.map(function (item) {
      var row = document.createElement("tr");
      row.dataset.id = String(item.id);
      row.className = item.status;
      cell(row, item.waiting);
      cell(row, item.channel);
      var topic = cell(row, "");
      var link = document.createElement("a");
      link.href = "/chats/" + encodeURIComponent(item.id);
      link.textContent = item.topic;
      topic.appendChild(link);
      if (item.summary) {
        var summary = document.createElement("div");
        summary.className = "summary";
        summary.textContent = item.summary;
        topic.appendChild(summary);
      }
      cell(row, item.reason);
      cell(row, item.kind);
      cell(row, item.claimed_by || "Wacht op een collega");
      return row;
    });
    tbody.replaceChildren.apply(tbody, rows);
    var empty = document.getElementById("queue-empty");
    if (empty) { empty.hidden = queue.length > 0; }
  }

  function signal(queue, waiting) {
    var count = document.getElementById("waiting-count");
    if (count) { count.textContent = waiting ? "(" + waiting + ")" : ""; }
    document.title = (waiting ? "(" + waiting + ") " : "") + baseTitle;
    var ids = queue.filter(function (item) { return item.status === "waiting"; }).map(function (item) { return item.id; });
    if (known !== null && ids.some(function (id) { return known.indexOf(id) < 0; })) {
      var banner = document.getElementById("signal");
      if (banner) { banner.hidden = false; }
      body.classList.add("new-chat");
    }
    known = ids;
  }

  function appendMessages(messages) {
    var list = document.getElementById("messages");
    messages.forEach(function (message) {
      if (list.querySelector('[data-id="' + message.id + '"]')) { return; }
      var item = document.createElement("li");
      item.className = "message " + message.kind + (message.before_handoff ? " before" : "");
      item.dataset.id = String(message.id);
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = message.author + " · " + message.at;
      var text = document.createElement("span");
      text.className = "text";
      text.textContent = message.text;
      item.appendChild(meta);
      item.appendChild(text);
      list.appendChild(item);
      body.dataset.after = String(message.id);
    });
  }

  function poll() {
    var url = "/api/events";
    if (page === "chat") {
      url += "?chat=" + encodeURIComponent(body.dataset.chat) + "&after=" + encodeURIComponent(body.dataset.after || "0");
    }
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (reply) {
        if (reply.status === 401) { window.location.href = "/login"; throw new Error("logged out"); }
        if (!reply.ok) { throw new Error(String(reply.status)); }
        return reply.json();
      })
      .then(function (data) {
        signal(data.queue, data.waiting);
        if (page === "queue") { renderQueue(data.queue); }
        if (page === "chat" && data.chat) {
          appendMessages(data.chat.messages);
          var status = document.getElementById("chat-status");
          if (status && data.chat.status !== body.dataset.status) {
            status.textContent = data.chat.status === "ended" ? "Afgelopen" :
              (data.chat.claimed_by ? data.chat.claimed_by + " helpt" : "Wacht op een collega");
          }
        }
      })
      .catch(function () {})
      .then(function () { window.setTimeout(poll, POLL_MS); });
  }

  var canned = document.getElementById("canned");
  if (canned) {
    canned.addEventListener("change", function () {
      var option = canned.options[canned.selectedIndex];
      var box = document.getElementById("reply-text");
      if (option && option.dataset.text) {
        box.value = box.value ? box.value + "\n" + option.dataset.text : option.dataset.text;
        box.focus();
      }
      canned.selectedIndex = 0;
    });
  }
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) { body.classList.remove("new-chat"); }
  });
  var banner = document.getElementById("signal");
  if (banner) { banner.addEventListener("click", function () { banner.hidden = true; body.classList.remove("new-chat"); }); }

  if (page === "queue" || page === "chat" || document.getElementById("waiting-count")) { poll(); }
})();
