// The sandbox platform's page scripts (package demo); CSP forbids inline script.
// 1. The auth answer page posts its form to the tool at once (as an LMS does).
// 2. The course page answers the LTI platform-storage messages of the framed tool
//    (lti.capabilities, lti.put_data, lti.get_data), only for the tool's origin.
(function () {
  "use strict";
  var autoPost = document.getElementById("sandbox-auto-post");
  if (autoPost) { autoPost.submit(); return; }

  var platform = document.getElementById("sandbox-platform");
  if (!platform) { return; }
  var toolOrigin = platform.dataset.toolOrigin;
  var frame = document.getElementById("tool-frame");
  // On a phone the tool sits below the links: bring it into view once it has loaded.
  frame.addEventListener("load", function () {
    if (frame.dataset.opened) { frame.scrollIntoView(); }
  });
  document.querySelectorAll("a[target='tool']").forEach(function (link) {
    link.addEventListener("click", function () { frame.dataset.opened = "1"; });
  });
  var stored = {};
  var SUPPORTED = [
    { subject: "lti.capabilities" },
    { subject: "lti.put_data", frame: "_parent" },
    { subject: "lti.get_data", frame: "_parent" }
  ];

  function answer(event, subject, extra) {
    var message = Object.assign(
      { subject: subject + ".response", message_id: event.data.message_id }, extra);
    event.source.postMessage(message, event.origin);
  }

  window.addEventListener("message", function (event) {
    var data = event.data || {};
    if (event.origin !== toolOrigin || typeof data.subject !== "string") { return; }
    var key = event.origin + " " + data.key;
    if (data.subject === "lti.capabilities") {
      answer(event, data.subject, { supported_messages: SUPPORTED });
    } else if (data.subject === "lti.put_data") {
      stored[key] = data.value;
      answer(event, data.subject, { key: data.key, value: data.value });
    } else if (data.subject === "lti.get_data") {
      if (Object.prototype.hasOwnProperty.call(stored, key)) {
        answer(event, data.subject, { key: data.key, value: stored[key] });
      } else {
        answer(event, data.subject,
          { key: data.key, error: { code: "bad_request", message: "unknown key" } });
      }
    }
  });
})();
