// LTI platform storage (lti.put_data / lti.get_data over postMessage): the second rung of
// binding the OIDC state to the browser when third-party cookies are blocked.
// put mode (login): store "state-<state>" = <state>, then continue to the platform.
// get mode (launch): read it back and re-post the launch form with the value as proof.
(function () {
  "use strict";
  var el = document.getElementById("lti-storage");
  if (!el) { return; }
  var mode = el.dataset.mode;
  var targetName = el.dataset.target;
  var state = el.dataset.state;
  var key = "state-" + state;
  var TIMEOUT_MS = 2000;

  function targetWindow() {
    if (!window.parent || window.parent === window) { return null; }
    if (targetName === "_parent") { return window.parent; }
    try { return window.parent.frames[targetName] || window.parent; } catch (e) { return window.parent; }
  }

  function ask(subject, payload) {
    return new Promise(function (resolve, reject) {
      var target = targetWindow();
      if (!target) { reject(new Error("no platform frame")); return; }
      var messageId = subject + "-" + Math.random().toString(36).slice(2);
      var timer = setTimeout(function () { done(); reject(new Error("timeout")); }, TIMEOUT_MS);
      function listener(event) {
        var data = event.data || {};
        if (data.subject !== subject + ".response" || data.message_id !== messageId) { return; }
        done();
        if (data.error) { reject(new Error(data.error.code || "error")); } else { resolve(data); }
      }
      function done() { clearTimeout(timer); window.removeEventListener("message", listener); }
      window.addEventListener("message", listener);
      var message = Object.assign({ subject: subject, message_id: messageId }, payload || {});
      // Canvas refuses the tool's own origin as targetOrigin: '*' is what platforms expect.
      target.postMessage(message, "*");
    });
  }

  function supports(capabilities, subject) {
    var list = (capabilities && capabilities.supported_messages) || [];
    return list.some(function (m) { return m.subject === subject; });
  }

  function continueToPlatform() { window.location.replace(el.dataset.continue); }

  function submitLaunch(proof) {
    var form = document.getElementById("launch-form");
    if (proof) { form.elements.lti_storage_proof.value = proof; }
    else { form.elements.lti_storage_failed.value = "1"; }
    form.submit();
  }

  if (mode === "put") {
    ask("lti.capabilities")
      .then(function (caps) {
        if (!supports(caps, "lti.put_data")) { throw new Error("no put_data"); }
        return ask("lti.put_data", { key: key, value: state });
      })
      .catch(function () { /* the cookie rung may still work */ })
      .then(continueToPlatform);
  } else if (mode === "get") {
    ask("lti.capabilities")
      .then(function (caps) {
        if (!supports(caps, "lti.get_data")) { throw new Error("no get_data"); }
        return ask("lti.get_data", { key: key });
      })
      .then(function (answer) { submitLaunch(answer.value); })
      .catch(function () { submitLaunch(null); });
  }
})();
