package nl.onakoers.it;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a screen reader user leans on and axe's WCAG rules do not check (one h1, headings without
 * skipped levels, one main region reached by a skip link as the first stop) or check only in part
 * (every field and every group of choices has a name of its own, descriptions point at text that is
 * there). Returns the problems found on the current document, one per line.
 */
final class ScreenReaderStructure {

  private static final String FIND =
      """
      var problems = [];
      var h1 = document.querySelectorAll('h1');
      if (h1.length !== 1) { problems.push(h1.length + ' h1 headings instead of one'); }
      var level = 0;
      document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(function (h) {
        var n = Number(h.tagName.substring(1));
        if (n > level + 1) {
          problems.push(h.tagName + ' "' + h.textContent.trim() + '" comes after h' + level);
        }
        level = n;
      });
      var mains = document.querySelectorAll('main');
      if (mains.length !== 1) { problems.push(mains.length + ' main regions instead of one'); }
      var first = document.querySelector('a[href], button, input:not([type="hidden"]), select, '
        + 'textarea, summary, [tabindex]:not([tabindex="-1"])');
      var target = first && first.matches('a[href^="#"]')
        ? document.getElementById(first.getAttribute('href').substring(1)) : null;
      if (!target || target !== mains[0]) {
        problems.push('the first stop of Tab is not a skip link to the main region');
      }
      function text(id) {
        var e = document.getElementById(id);
        return e ? e.textContent.trim() : '';
      }
      function name(e) {
        var own = (e.getAttribute('aria-label') || '').trim();
        var by = (e.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
        var labels = Array.prototype.map.call(e.labels || [], function (l) {
          return l.textContent.trim();
        });
        return (own + by.map(text).join('') + labels.join('')).trim();
      }
      var fields = 'input:not([type="hidden"]), select, textarea';
      document.querySelectorAll(fields).forEach(function (e) {
        if (!name(e)) { problems.push('field ' + (e.name || e.id) + ' has no name'); }
        var several = e.name && document.getElementsByName(e.name).length > 1;
        if ((e.type === 'radio' || e.type === 'checkbox') && several) {
          var group = e.closest('fieldset');
          var legend = group && group.querySelector(':scope > legend');
          if (!legend || !legend.textContent.trim()) {
            problems.push('choices ' + e.name + ' are not in a fieldset with a legend');
          }
        }
      });
      document.querySelectorAll('[aria-describedby]').forEach(function (e) {
        e.getAttribute('aria-describedby').split(/\\s+/).filter(Boolean).forEach(function (id) {
          if (!text(id)) {
            problems.push((e.name || e.id) + ' is described by ' + id + ', which has no text');
          }
        });
      });
      return problems;
      """;

  private ScreenReaderStructure() {}

  /** The problems on the document the driver is on; empty when there are none. */
  static String problems(WebDriver driver) {
    Object found = ((JavascriptExecutor) driver).executeScript(FIND);
    return found instanceof List<?> list
        ? String.join("\n", list.stream().map(String::valueOf).toList())
        : "structure check failed: " + found;
  }
}
