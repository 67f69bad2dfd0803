// LTI Dynamic Registration: tell the LMS the registration is finished, so that it closes its
// dialog and reloads its tool list. The message carries no data, hence the '*' target origin.
(function () {
  "use strict";
  var message = { subject: "org.imsglobal.lti.close" };

  function notify() {
    var target = window.opener || (window.parent !== window ? window.parent : null);
    if (target) {
      target.postMessage(message, "*");
    }
  }

  var button = document.getElementById("lti-register-close");
  if (button) {
    button.addEventListener("click", notify);
  }
  notify();
})();
