// Deep linking: posts the signed response (form field JWT) to the platform's
// deep_link_return_url as soon as the page loads. The form's button does the same without JS.
(function () {
  "use strict";
  var form = document.getElementById("deep-link-return");
  if (form) { form.submit(); }
})();
