// Review page enhancement: "Add question" puts the chosen question bank prompt into the chosen
// feedback box at the cursor, without a round trip. Without JavaScript the button posts the form
// and the server adds the prompt, keeping everything typed.
(function () {
  var button = document.getElementById("insert-prompt");
  var prompt = document.getElementById("prompt");
  var target = document.getElementById("prompt-target");
  if (!button || !prompt || !target) {
    return;
  }
  button.addEventListener("click", function (event) {
    var option = prompt.options[prompt.selectedIndex];
    var box = document.getElementsByName(target.value)[0];
    if (!option || !box) {
      return;
    }
    event.preventDefault();
    var text = option.getAttribute("data-text");
    var start = box.selectionStart || box.value.length;
    var before = box.value.substring(0, start);
    var glue = before.length > 0 && !before.endsWith("\n") ? "\n" : "";
    box.value = before + glue + text + box.value.substring(box.selectionEnd || start);
    box.focus();
  });
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
})();
