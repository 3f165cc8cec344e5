package org.anxiao.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Systematic mutants of one valid document: every member deleted; every value replaced by each
 * hostile value (wrong types, null, "", a huge exponent, 60 fractional digits, negative numbers,
 * dates at the ends of the calendar, NUL and U+202E in strings, 70,000 characters, a
 * 1,000,000-element array, 100,000 levels of nesting); a duplicate of each object's first key;
 * truncations at many offsets; 300 MB of leading whitespace; invalid UTF-8. Large mutants are
 * generated while read ({@link GeneratedStream}); the rest are small byte arrays.
 */
final class JsonMutants {
  /** What a read path must do with a mutant. */
  enum Expect {
    /** Accept it or refuse it with an {@code AnxiaoException}: a member may be optional, a type may coerce. */
    EITHER,
    /** Refuse it: it puts a value outside {@code org.anxiao.core.internal.Bounds}. */
    OUT_OF_BOUNDS,
    /** Refuse it: it is not a well-formed document (truncated, duplicate key, invalid UTF-8, too deep). */
    MALFORMED
  }

  /**
   * One mutant: a label such as {@code /parameters/coalFactor/value := -1}, its bytes, the
   * expectation, and whether its bytes are generated (large) rather than held.
   */
  record Mutant(String label, Supplier<InputStream> bytes, Expect expect, boolean streamed, boolean atArray,
      String onlyOn) {
    /** The kind of mutation: the value put ({@code 1E+999999999}), or the first words ({@code truncated at}). */
    String kind() {
      int at = label.indexOf(" := ");
      if (at >= 0) {
        String put = label.substring(at + 4);
        return put.startsWith("[" + MILLION) ? "[" + MILLION + " elements]" : put;
      }
      return label.replaceAll("\\s*/.*$|\\s+\\d+$|\\s+at byte.*$", "");
    }

    /** This mutant, for the read path {@code path} only. */
    Mutant on(String path) {
      return new Mutant(label, bytes, expect, streamed, atArray, path);
    }
  }

  static final long WHITESPACE_BYTES = 300L << 20;
  static final int MILLION = 1_000_000;
  static final int DEEP = 100_000;
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** A decimal written as a string, as the wire writes quantities and money. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  /**
   * A rule-pack parameter's value, or inside it (a structure is free-form JSON): its whole numbers
   * are no counts — their domain is the rule kind's parameter spec, checked when the pack is bound
   * against its kind — so only the bounds that hold everywhere apply there.
   */
  private static final Pattern IN_STRUCTURE = Pattern.compile("^/parameters/[^/]+/value(/|$)");
  private static final String HOLE = "\u0001HOLE\u0001";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonMutants() {}

  static byte[] bytes(JsonNode tree) {
    try {
      return PLAIN.writeValueAsBytes(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The mutants of {@code document}. {@code accepts} tells whether the strict binder accepts a
   * document; it decides which string fields hold decimals (a numeric string there refuses
   * {@code "x"}), so that {@code "1E+999999999"} counts as out of bounds in a quantity's value and
   * not in an id that happens to be digits. Unless {@code full}, the replacements a field may
   * accept (null, wrong types, "") go to every other node in turn, halving the count.
   */
  static List<Mutant> of(JsonNode document, java.util.function.Predicate<byte[]> accepts, boolean full) {
    List<Mutant> out = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    collect(document, "", pointers);
    for (String pointer : pointers) {
      if (!pointer.isEmpty()) {
        out.add(delete(document, pointer));
      }
      JsonNode original = document.at(pointer);
      boolean decimalField = original.isIntegralNumber() || original.isTextual()
          && NUMBER.matcher(original.textValue()).matches()
          && !accepts.test(bytes(replace(document, pointer, TextNode.valueOf("x"))));
      int either = 0;
      for (Map.Entry<String, JsonNode> r : replacements(original).entrySet()) {
        Expect expect = expectation(pointer, original, decimalField, r.getKey());
        // Values that may be accepted go to every other node in turn (all of them with full = true);
        // values outside the bounds go to every node.
        if (expect == Expect.EITHER && !full && (either++ + pointers.indexOf(pointer)) % 2 != 0) {
          continue;
        }
        out.add(small(pointer + " := " + r.getKey(), replace(document, pointer, r.getValue()), expect));
      }
      streamed(document, pointer, original, out);
      if (original.isObject() && original.size() > 0) {
        out.add(duplicateFirstKey(document, pointer));
      }
    }
    byte[] whole = bytes(document);
    int step = Math.max(1, whole.length / 64);
    for (int cut = 0; cut < whole.length; cut += cut < 32 ? 1 : step) {
      out.add(small("truncated at byte " + cut, Arrays.copyOf(whole, cut), Expect.MALFORMED));
    }
    for (Map.Entry<String, byte[]> bad : INVALID_UTF8.entrySet()) {
      int at = indexOfStringStart(whole);
      byte[] b = new byte[whole.length + bad.getValue().length];
      System.arraycopy(whole, 0, b, 0, at);
      System.arraycopy(bad.getValue(), 0, b, at, bad.getValue().length);
      System.arraycopy(whole, at, b, at + bad.getValue().length, whole.length - at);
      out.add(small("invalid UTF-8 " + bad.getKey() + " in the first string", b, Expect.MALFORMED));
    }
    return out;
  }

  /** The whitespace mutant: 300 MB of spaces, then the document. */
  static Mutant leadingWhitespace(JsonNode document) {
    byte[] whole = bytes(document);
    byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
    return new Mutant(WHITESPACE_BYTES + " bytes of leading whitespace",
        () -> GeneratedStream.of(new byte[0], spaces, WHITESPACE_BYTES >> 16, whole), Expect.MALFORMED, true, false, null);
  }

  private static final Map<String, byte[]> INVALID_UTF8 = Map.of(
      "0xFF", new byte[] {(byte) 0xFF},
      "0xC3 0x28", new byte[] {(byte) 0xC3, 0x28},
      "overlong 0xC0 0xAF", new byte[] {(byte) 0xC0, (byte) 0xAF},
      "truncated 0xE6 0x97", new byte[] {(byte) 0xE6, (byte) 0x97});

  private static int indexOfStringStart(byte[] json) {
    // The first string value: after the first ':"' (a key's closing quote, colon, opening quote).
    for (int i = 1; i + 1 < json.length; i++) {
      if (json[i] == ':' && json[i + 1] == '"') {
        return i + 2;
      }
    }
    return json.length / 2;
  }

  private static void collect(JsonNode node, String pointer, List<String> out) {
    out.add(pointer);
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        collect(node.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  private static Map<String, JsonNode> replacements(JsonNode original) {
    Map<String, JsonNode> r = new java.util.LinkedHashMap<>();
    r.put("null", NODES.nullNode());
    r.put("\"\"", TextNode.valueOf(""));
    r.put("true", NODES.booleanNode(true));
    r.put(original.isNumber() ? "\"12\"" : "12", original.isNumber() ? TextNode.valueOf("12") : NODES.numberNode(12));
    r.put(original.isArray() ? "{}" : "[]", original.isArray() ? NODES.objectNode() : NODES.arrayNode());
    r.put("-1", NODES.numberNode(-1));
    r.put("\"-1\"", TextNode.valueOf("-1"));
    r.put("10000001", NODES.numberNode(10_000_001));
    r.put("1E+999999999", NODES.numberNode(new java.math.BigDecimal("1E+999999999")));
    r.put("\"1E+999999999\"", TextNode.valueOf("1E+999999999"));
    r.put("0.(60 digits)", NODES.numberNode(new java.math.BigDecimal("0." + "1".repeat(60))));
    r.put("\"0.(60 digits)\"", TextNode.valueOf("0." + "1".repeat(60)));
    r.put("\"0000-01-01\"", TextNode.valueOf("0000-01-01"));
    r.put("\"9999-12-31\"", TextNode.valueOf("9999-12-31"));
    r.put("\"a\\u0000b\"", TextNode.valueOf("a\u0000b"));
    r.put("\"id\\u202Eevil\"", TextNode.valueOf("id\u202Eevil"));
    r.put("70000 chars", TextNode.valueOf("x".repeat(70_000)));
    if (original.isTextual() && !original.textValue().isEmpty()) {
      r.put("original + \\u0000", TextNode.valueOf(original.textValue() + "\u0000"));
      r.put("\\u202E + original", TextNode.valueOf("\u202E" + original.textValue()));
    }
    return r;
  }

  /**
   * Whether a replacement puts a value outside the bounds: control characters and overlong text
   * anywhere; unbounded decimals where a whole number or a decimal string was (a string put where
   * a number was is a wrong type, or free text inside a structure), and an infinite magnitude where
   * a double was (a double rounds 60 fractional digits by its nature); dates outside
   * 1800..2201 where a date was; a negative or too large whole number where a count was (not a
   * rule-pack parameter's value).
   */
  private static Expect expectation(String pointer, JsonNode original, boolean decimalField, String replacement) {
    boolean control = replacement.contains("u0000") || replacement.contains("u202E") || replacement.equals("70000 chars");
    boolean huge = replacement.contains("999999999") || replacement.contains("60 digits");
    boolean asString = replacement.startsWith("\"");
    boolean decimal = huge && decimalField && (original.isTextual() || !asString)
        || original.isFloatingPointNumber() && !asString && replacement.contains("999999999");
    boolean date = original.isTextual() && DATE.matcher(original.textValue()).matches()
        && (replacement.contains("0000-01-01") || replacement.contains("9999-12-31"));
    boolean count = original.isIntegralNumber() && original.longValue() >= 0 && !IN_STRUCTURE.matcher(pointer).find()
        && (replacement.equals("-1") || replacement.equals("10000001"));
    return control || decimal || date || count ? Expect.OUT_OF_BOUNDS : Expect.EITHER;
  }

  /** The million-element array (of the first element, or of zeros) and the deep nesting, at {@code pointer}. */
  private static void streamed(JsonNode document, String pointer, JsonNode original, List<Mutant> out) {
    byte[][] around = around(document, pointer);
    JsonNode first = original.isArray() && original.size() > 0 ? original.get(0) : NODES.numberNode(0);
    byte[] element = first.isContainerNode() ? "0,".getBytes(StandardCharsets.US_ASCII)
        : (first.toString() + ",").getBytes(StandardCharsets.UTF_8);
    String what = !original.isArray() || first.isContainerNode() ? "0" : "copies of " + abbreviate(first.toString());
    byte[] prefix = concat(around[0], "[".getBytes(StandardCharsets.US_ASCII));
    byte[] suffix = concat(concat(first.isContainerNode() ? "0".getBytes(StandardCharsets.US_ASCII)
        : first.toString().getBytes(StandardCharsets.UTF_8), "]".getBytes(StandardCharsets.US_ASCII)), around[1]);
    out.add(new Mutant(pointer + " := [" + MILLION + " × " + what + "]",
        () -> GeneratedStream.of(prefix, element, MILLION - 1, suffix), Expect.OUT_OF_BOUNDS, true, original.isArray(), null));
    out.add(new Mutant(pointer + " := " + DEEP + " nested arrays",
        () -> GeneratedStream.nested(around[0], new byte[] {'['}, DEEP, new byte[0], new byte[] {']'}, around[1]),
        Expect.MALFORMED, true, original.isArray(), null));
  }

  private static String abbreviate(String s) {
    return s.length() > 24 ? s.substring(0, 24) + "…" : s;
  }

  /** The document's bytes before and after the value at {@code pointer}. */
  private static byte[][] around(JsonNode document, String pointer) {
    byte[] marked = bytes(replace(document, pointer, TextNode.valueOf(HOLE)));
    byte[] hole = ("\"" + "\\u0001HOLE\\u0001" + "\"").getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(marked, hole);
    if (at < 0) {
      throw new IllegalStateException("no hole at " + pointer);
    }
    return new byte[][] {Arrays.copyOf(marked, at), Arrays.copyOfRange(marked, at + hole.length, marked.length)};
  }

  private static int indexOf(byte[] a, byte[] b) {
    outer:
    for (int i = 0; i + b.length <= a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        if (a[i + j] != b[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static Mutant small(String label, JsonNode tree, Expect expect) {
    return small(label, bytes(tree), expect);
  }

  private static Mutant small(String label, byte[] bytes, Expect expect) {
    return new Mutant(label, () -> new ByteArrayInputStream(bytes), expect, false, false, null);
  }

  private static Mutant delete(JsonNode document, String pointer) {
    JsonNode copy = document.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode o) {
      o.remove(last);
    } else if (parent instanceof ArrayNode a) {
      a.remove(Integer.parseInt(last));
    }
    return small("delete " + pointer, copy, Expect.EITHER);
  }

  static JsonNode replace(JsonNode document, String pointer, JsonNode value) {
    if (pointer.isEmpty()) {
      return value;
    }
    JsonNode copy = document.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    }
    return copy;
  }

  /** The object at {@code pointer} with its first member written twice. */
  private static Mutant duplicateFirstKey(JsonNode document, String pointer) {
    JsonNode object = document.at(pointer);
    String key = object.fieldNames().next();
    byte[][] around = around(document, pointer);
    String member = TextNode.valueOf(key) + ":" + object.get(key) + ",";
    byte[] body = bytes(object);
    byte[] dup = concat(concat("{".getBytes(StandardCharsets.UTF_8), member.getBytes(StandardCharsets.UTF_8)),
        Arrays.copyOfRange(body, 1, body.length));
    byte[] all = concat(concat(around[0], dup), around[1]);
    return small("duplicate key " + pointer + "/" + key, all, Expect.MALFORMED);
  }
}
