package nl.onakoers.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The card form as a browser would post it: inputs with a value, text areas, and the chosen option
 * of each select. Check boxes and radio buttons are left out; a test sets them itself.
 */
record CardForm(String html, Map<String, String> hidden) {

  private static final Pattern INPUT = Pattern.compile("<input ([^>]*)>");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea [^>]*name=\"([^\"]*)\"[^>]*>([^<]*)</textarea>");
  private static final Pattern SELECT =
      Pattern.compile("<select [^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected");

  static CardForm of(String html) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      String attributes = input.group(1);
      Matcher name = NAME.matcher(attributes);
      Matcher value = VALUE.matcher(attributes);
      boolean box = attributes.contains("type=\"checkbox\"") || attributes.contains("radio");
      if (name.find() && value.find() && !box) {
        values.put(name.group(1), unescape(value.group(1)));
      }
    }
    Matcher textarea = TEXTAREA.matcher(html);
    while (textarea.find()) {
      values.put(textarea.group(1), unescape(textarea.group(2)));
    }
    Matcher select = SELECT.matcher(html);
    while (select.find()) {
      Matcher selected = SELECTED.matcher(select.group(2));
      values.put(select.group(1), selected.find() ? unescape(selected.group(1)) : "");
    }
    return new CardForm(html, values);
  }

  /** The fields of card RK3 with answers that pass every check, ready to submit. */
  static Map<String, String> passingRk3(Map<String, String> fields) {
    fields.put("f.sector", "techniek");
    fields.put("f.betaald", "ja");
    fields.put("n.eisen", "2");
    fields.put("f.eisen.0.eis", "VCA-certificaat");
    fields.put("f.eisen.0.heb-ik", "nee");
    fields.put("f.eisen.1.eis", "Rijbewijs B");
    fields.put("f.eisen.1.heb-ik", "ja");
    fields.put("f.waarom", "Ik werk graag buiten en ik ben handig.");
    fields.put("f.plan-b", "Hulp in een magazijn van een installatiebedrijf");
    fields.put("f.zeker", "4");
    return fields;
  }

  String token() {
    return hidden.get("s");
  }

  Map<String, String> fields() {
    return new LinkedHashMap<>(hidden);
  }

  private static String unescape(String value) {
    return value
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
