package dev.covenant.samples.dryrun;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The DOM that {@code chromium --dump-dom} prints, read back into a tree for assertions. Not a
 * general HTML parser: it relies on what Chromium's serializer guarantees (every non-void element
 * closed, attribute values double-quoted, text escaped except in {@code style} and {@code script}),
 * and fails loudly on anything else, so a test never asserts on a misread page.
 */
final class ChromiumDom {
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
      "meta", "param", "source", "track", "wbr");
  private static final Set<String> RAW_TEXT = Set.of("style", "script", "xmp", "iframe", "noembed", "noframes",
      "noscript");

  /** An element: its tag name (lower case), attributes and children, which are elements or strings of text. */
  record Element(String name, Map<String, String> attributes, List<Object> children) {
    Optional<String> attribute(String attribute) {
      return Optional.ofNullable(attributes.get(attribute));
    }

    boolean hasClass(String cssClass) {
      return List.of(attribute("class").orElse("").split("\\s+")).contains(cssClass);
    }

    /** The text a person reads in it: its descendants' text, joined, with runs of white space as one space. */
    String text() {
      StringBuilder text = new StringBuilder();
      appendText(this, text);
      return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** Its descendants (itself excluded) that match, in document order. */
    List<Element> all(Predicate<Element> test) {
      List<Element> found = new ArrayList<>();
      collect(this, test, found);
      return found;
    }

    List<Element> all(String name) {
      return all(e -> e.name.equals(name));
    }

    Element byId(String id) {
      List<Element> found = all(e -> id.equals(e.attributes.get("id")));
      if (found.size() != 1) {
        throw new AssertionError("expected one element with id " + id + ", found " + found.size());
      }
      return found.get(0);
    }

    Optional<Element> optionalById(String id) {
      return all(e -> id.equals(e.attributes.get("id"))).stream().findFirst();
    }

    private static void appendText(Element element, StringBuilder text) {
      for (Object child : element.children) {
        if (child instanceof Element e) {
          if (!e.name.equals("style") && !e.name.equals("script")) {
            appendText(e, text);
          }
        } else {
          text.append(child);
        }
      }
    }

    private static void collect(Element element, Predicate<Element> test, List<Element> found) {
      for (Object child : element.children) {
        if (child instanceof Element e) {
          if (test.test(e)) {
            found.add(e);
          }
          collect(e, test, found);
        }
      }
    }
  }

  private final String html;
  private int at;

  private ChromiumDom(String html) {
    this.html = html;
  }

  /** The {@code html} element of a dumped DOM. */
  static Element parse(String dumpedDom) {
    return new ChromiumDom(dumpedDom).document();
  }

  private Element document() {
    Element root = new Element("#document", Map.of(), new ArrayList<>());
    Deque<Element> open = new ArrayDeque<>();
    open.push(root);
    while (at < html.length()) {
      if (html.startsWith("<!--", at)) {
        at = expect("-->", at) + 3;
      } else if (html.startsWith("<!", at)) {
        at = expect(">", at) + 1;
      } else if (html.startsWith("</", at)) {
        int end = expect(">", at);
        String name = html.substring(at + 2, end).strip().toLowerCase();
        Element closed = open.pop();
        if (!closed.name.equals(name)) {
          throw new IllegalArgumentException("</" + name + "> closes <" + closed.name + "> at " + at);
        }
        at = end + 1;
      } else if (html.startsWith("<", at)) {
        Element element = startTag();
        open.peek().children.add(element);
        if (RAW_TEXT.contains(element.name)) {
          int end = expect("</" + element.name + ">", at);
          element.children.add(html.substring(at, end));
          at = end + element.name.length() + 3;
        } else if (!VOID.contains(element.name)) {
          open.push(element);
        }
      } else {
        int end = html.indexOf('<', at);
        end = end < 0 ? html.length() : end;
        open.peek().children.add(unescape(html.substring(at, end)));
        at = end;
      }
    }
    if (open.size() != 1) {
      throw new IllegalArgumentException("unclosed <" + open.peek().name + ">");
    }
    return root.all("html").stream().findFirst().orElseThrow(() -> new IllegalArgumentException("no <html>"));
  }

  private Element startTag() {
    int i = at + 1;
    int nameEnd = i;
    while (nameEnd < html.length() && !Character.isWhitespace(html.charAt(nameEnd)) && html.charAt(nameEnd) != '>'
        && html.charAt(nameEnd) != '/') {
      nameEnd++;
    }
    String name = html.substring(i, nameEnd).toLowerCase();
    Map<String, String> attributes = new LinkedHashMap<>();
    i = nameEnd;
    while (true) {
      while (Character.isWhitespace(html.charAt(i)) || html.charAt(i) == '/') {
        i++;
      }
      if (html.charAt(i) == '>') {
        at = i + 1;
        return new Element(name, attributes, new ArrayList<>());
      }
      int attributeEnd = i;
      while (!Character.isWhitespace(html.charAt(attributeEnd)) && "=>/".indexOf(html.charAt(attributeEnd)) < 0) {
        attributeEnd++;
      }
      String attribute = html.substring(i, attributeEnd);
      i = attributeEnd;
      if (html.charAt(i) == '=') {
        if (html.charAt(i + 1) != '"') {
          throw new IllegalArgumentException("unquoted value of " + attribute + " at " + i);
        }
        int valueEnd = expect("\"", i + 2);
        attributes.put(attribute, unescape(html.substring(i + 2, valueEnd)));
        i = valueEnd + 1;
      } else {
        attributes.put(attribute, "");
      }
    }
  }

  private int expect(String text, int from) {
    int found = html.indexOf(text, from);
    if (found < 0) {
      throw new IllegalArgumentException("no " + text + " after " + from);
    }
    return found;
  }

  /** The references Chromium's serializer writes; anything else it leaves as characters. */
  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", "\u00a0")
        .replace("&amp;", "&");
  }
}
