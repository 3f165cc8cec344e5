package org.anxiao.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.base.Suppliers;
import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Anxiao documents in the documented wire format.
 *
 * <p>{@link #strict()} (the default) rejects unknown properties, duplicate keys, trailing tokens,
 * nulls for primitives, numbers for enums and string-to-number coercion; {@link #lenient()} ignores
 * unknown properties only, for forward compatibility. Both apply {@link JsonLimits} and never enable
 * polymorphic default typing. Every failure is a {@link WireFormatException} whose field is the JSON
 * pointer of the offending node.
 *
 * <p>Contributions of {@link org.anxiao.core.spi.AnxiaoVocabulary} providers apply: contributed unit
 * codes and subject kinds bind, contributed document types validate against their own schemas, and
 * contributed mix-ins are looked up only when Jackson first meets a type outside core, the JDK and
 * Jackson.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class AnxiaoJson {
  static {
    // Before any mapper is built: an unsupported Jackson gets a message, not a NoSuchMethodError.
    JacksonRange.check();
  }

  private static final AnxiaoJson STRICT = new AnxiaoJson(true, JsonLimits.DEFAULT);

  private final boolean strict;
  private final JsonLimits limits;
  private final ObjectMapper mapper;
  private final ObjectWriter pretty;
  /** Built on first use of {@link #digest}: most programs never need it, and start-up counts. */
  private final Supplier<ObjectWriter> canonical;

  private AnxiaoJson(boolean strict, JsonLimits limits) {
    this.strict = strict;
    this.limits = limits;
    this.mapper = newMapper(strict, limits, false);
    this.pretty = mapper.writerWithDefaultPrettyPrinter();
    this.canonical = Suppliers.memoize(() -> newMapper(strict, limits, true).writer());
  }

  /** {@return strict reading (unknown properties rejected) with default limits} */
  public static AnxiaoJson strict() {
    return STRICT;
  }

  /** {@return lenient reading (unknown properties ignored) with default limits} */
  public static AnxiaoJson lenient() {
    return Lenient.INSTANCE;
  }

  /** Holder: the lenient instance is built only when first asked for. */
  private static final class Lenient {
    static final AnxiaoJson INSTANCE = new AnxiaoJson(false, JsonLimits.DEFAULT);
  }

  /**
   * Strict or lenient reading with the given limits.
   *
   * @param strict true to reject unknown properties
   * @param limits the size and nesting limits of a read
   * @return a reader and writer with these settings
   */
  public static AnxiaoJson with(boolean strict, JsonLimits limits) {
    return new AnxiaoJson(strict, Require.nonNull("limits", limits));
  }

  /** {@return true for strict reading} */
  public boolean isStrict() {
    return strict;
  }

  /** {@return the limits applied} */
  public JsonLimits limits() {
    return limits;
  }

  /** {@return a copy of the configured mapper, for callers who need Jackson directly} */
  public ObjectMapper mapperCopy() {
    return mapper.copy();
  }

  /**
   * Binds JSON text to {@code type}; its UTF-8 length counts against
   * {@link JsonLimits#maxDocumentBytes()}.
   *
   * @param <T>  the bound type
   * @param json the JSON text
   * @param type the class to bind to
   * @return the bound value, never null
   */
  public <T> T read(String json, Class<T> type) {
    Require.nonNull("json", json);
    Require.nonNull("type", type);
    requireLength(json);
    T value;
    try {
      value = mapper.readValue(bounded(mapper.getFactory().createParser(json)), type);
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
    return nonNullDocument(value, type);
  }

  /**
   * Binds UTF-8 JSON bytes to {@code type}.
   *
   * @param <T>  the bound type
   * @param json the JSON, UTF-8 encoded
   * @param type the class to bind to
   * @return the bound value, never null
   */
  public <T> T read(byte[] json, Class<T> type) {
    Require.nonNull("json", json);
    return read(new ByteArrayInputStream(json), type);
  }

  /**
   * Binds a JSON stream to {@code type}; the stream is not closed. Every byte read counts against
   * {@link JsonLimits#maxDocumentBytes()}, whitespace before and after the content too, so an
   * endless or oversized stream fails with {@link WireFormatException#LIMIT} once the limit is
   * passed, having held no more than a read buffer.
   *
   * @param <T>  the bound type
   * @param json the JSON, UTF-8 encoded
   * @param type the class to bind to
   * @return the bound value, never null
   */
  public <T> T read(InputStream json, Class<T> type) {
    Require.nonNull("json", json);
    Require.nonNull("type", type);
    T value;
    try {
      value = mapper.readValue(bounded(mapper.getFactory().createParser(limited(json))), type);
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
    return nonNullDocument(value, type);
  }

  /** Parses a JSON stream to a tree, under the same limits; the stream is not closed. */
  JsonNode readTree(InputStream json) {
    Require.nonNull("json", json);
    try {
      return nonEmpty(mapper.readTree(bounded(mapper.getFactory().createParser(limited(json)))));
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
  }

  /** Parses JSON text to a tree, under the same limits. */
  private JsonNode readTree(String json) {
    requireLength(json);
    try {
      return nonEmpty(mapper.readTree(bounded(mapper.getFactory().createParser(json))));
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
  }

  private static JsonNode nonEmpty(JsonNode node) {
    {
      if (node == null || node.isMissingNode()) {
        throw new WireFormatException(WireFormatException.MALFORMED, "", null, "empty document", null);
      }
      return node;
    }
  }

  /** Binds an already-parsed tree to {@code type}. */
  <T> T bind(JsonNode tree, Class<T> type) {
    Require.nonNull("tree", tree);
    T value;
    try {
      value = mapper.treeToValue(tree, type);
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
    return nonNullDocument(value, type);
  }

  /**
   * Reads a top-level document: checks its {@code schemaVersion}, validates it against the
   * published JSON Schema of {@code type}, then binds it. The stream is not closed.
   *
   * @param <T>  the document's Java type
   * @param json the document, UTF-8 encoded
   * @param type the document type, which names the schema
   * @return the bound document
   */
  public <T> T readDocument(InputStream json, DocumentType<T> type) {
    Require.nonNull("type", type);
    JsonNode tree = readTree(json);
    requireSizes(tree);
    Schemas.validate(tree, type, strict);
    return bind(tree, type.javaType());
  }

  /**
   * Refuses an array or object of more than {@link org.anxiao.core.internal.Bounds#MAX_ELEMENTS}
   * members anywhere in the tree, before schema validation (which reports every bad member and so
   * would take time in proportion to a hostile list).
   */
  private static void requireSizes(JsonNode tree) {
    java.util.ArrayDeque<java.util.Map.Entry<String, JsonNode>> todo = new java.util.ArrayDeque<>();
    todo.push(java.util.Map.entry("", tree));
    while (!todo.isEmpty()) {
      java.util.Map.Entry<String, JsonNode> e = todo.pop();
      JsonNode node = e.getValue();
      if (node.size() > org.anxiao.core.internal.Bounds.MAX_ELEMENTS) {
        throw new WireFormatException(WireFormatException.LIMIT, e.getKey(), node.size() + " members",
            "holds more than " + org.anxiao.core.internal.Bounds.MAX_ELEMENTS + " members", null);
      }
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          if (node.get(i).isContainerNode()) {
            todo.push(java.util.Map.entry(e.getKey() + "/" + i, node.get(i)));
          }
        }
      } else {
        for (java.util.Map.Entry<String, JsonNode> f : node.properties()) {
          if (f.getValue().isContainerNode()) {
            todo.push(java.util.Map.entry(e.getKey() + "/" + f.getKey().replace("~", "~0").replace("/", "~1"),
                f.getValue()));
          }
        }
      }
    }
  }

  /**
   * As {@link #readDocument(InputStream, DocumentType)}, from text.
   *
   * @param <T>  the document's Java type
   * @param json the document's JSON text
   * @param type the document type, which names the schema
   * @return the bound document
   */
  public <T> T readDocument(String json, DocumentType<T> type) {
    Require.nonNull("json", json);
    Require.nonNull("type", type);
    JsonNode tree = readTree(json);
    requireSizes(tree);
    Schemas.validate(tree, type, strict);
    return bind(tree, type.javaType());
  }

  /**
   * {@return compact JSON text of {@code value}}
   *
   * @param value the value to write
   */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(Require.nonNull("value", value));
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  /**
   * {@return indented JSON text of {@code value}}
   *
   * @param value the value to write
   */
  public String writePretty(Object value) {
    try {
      return pretty.writeValueAsString(Require.nonNull("value", value));
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  /**
   * Writes compact JSON of {@code value} to {@code out}, UTF-8; the stream is not closed.
   *
   * @param out   where to write
   * @param value the value to write
   */
  public void write(OutputStream out, Object value) {
    Require.nonNull("out", out);
    try {
      mapper.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, Require.nonNull("value", value));
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /**
   * SHA-256 (hex) of the canonical JSON of {@code value}: properties and map keys sorted, compact,
   * UTF-8. Used as the inputs digest of an assessment; equal inputs give equal digests.
   *
   * @param value the value to digest
   * @return 64 lower-case hexadecimal digits
   */
  public String digest(Object value) {
    try {
      byte[] bytes = canonical.get().writeValueAsBytes(Require.nonNull("value", value));
      return Hashing.sha256().hashBytes(bytes).toString();
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  private static ObjectMapper newMapper(boolean strict, JsonLimits limits, boolean sorted) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new AnxiaoModule(false))
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, sorted)
        // Map entries are always written in key order, so a value writes the same bytes in every
        // JVM whatever the iteration order of the map it holds (hash order varies between runs).
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
        .defaultTimeZone(java.util.TimeZone.getTimeZone("UTC"))
        .defaultLocale(java.util.Locale.ROOT)
        .build();
    // A number is not a text: "title": 0.5 or "id": 12 is refused, not read as "0.5" or "12".
    mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
        .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
        .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
    // Contributed mix-ins are looked up when Jackson first meets a type outside core, the JDK and Jackson.
    mapper.setMixInResolver(ContributedMixIns.INSTANCE);
    return mapper;
  }

  private static <T> T nonNullDocument(T value, Class<T> type) {
    if (value == null) {
      throw new WireFormatException(WireFormatException.MALFORMED, "", "null",
          "the document is JSON null; a " + type.getSimpleName() + " is required", null);
    }
    return value;
  }

  /**
   * {@code in}, not closed by Jackson, failing with {@link TooLarge} once more than
   * {@link JsonLimits#maxDocumentBytes()} bytes have been read from it.
   */
  private InputStream limited(InputStream in) {
    long max = limits.maxDocumentBytes();
    return new java.io.FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          counted(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(Math.max(skipped, 0));
        return skipped;
      }

      private void counted(long n) throws TooLarge {
        count += n;
        if (count > max) {
          throw new TooLarge(max);
        }
      }

      @Override
      public void close() {}
    };
  }

  /**
   * {@code parser}, refusing a number whose exponent passes the decimal bounds
   * ({@code 1E+999999999}) as soon as it is read: converting such a number to an int, a double or a
   * plain decimal (as a binding to an enum, a count or a date may try) takes unbounded time.
   */
  private static com.fasterxml.jackson.core.JsonParser bounded(com.fasterxml.jackson.core.JsonParser parser) {
    return new com.fasterxml.jackson.core.util.JsonParserDelegate(parser) {
      @Override
      public com.fasterxml.jackson.core.JsonToken nextToken() throws IOException {
        com.fasterxml.jackson.core.JsonToken t = super.nextToken();
        if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
          // Every string of the model is a code or a text: refuse control and format characters
          // here, before a deserializer trims them away ("SECONDARY\u0000" read as SECONDARY).
          try {
            org.anxiao.core.internal.Bounds.text("value", getText());
          } catch (org.anxiao.core.error.InvalidValueException e) {
            throw new WireFormatException(WireFormatException.INVALID_VALUE,
                getParsingContext().pathAsPointer().toString(), e.value().orElse(null), e.rule(), e);
          }
        } else if (t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT) {
          java.math.BigDecimal d = getDecimalValue();
          long exponent = (long) d.precision() - d.scale();
          if (exponent > org.anxiao.core.internal.Bounds.MAX_INTEGER_DIGITS + 1
              || -exponent > org.anxiao.core.internal.Bounds.MAX_QUANTITY_FRACTION_DIGITS) {
            throw new com.fasterxml.jackson.core.exc.StreamConstraintsException(
                "number " + getText() + " is beyond the decimal bounds (64 integer, 128 fractional digits)");
          }
        }
        return t;
      }
    };
  }

  /** Refuses text whose UTF-8 encoding is longer than {@link JsonLimits#maxDocumentBytes()}, without encoding it. */
  private void requireLength(String json) {
    long max = limits.maxDocumentBytes();
    if (json.length() > max) {
      throw tooLarge(max);
    }
    if ((long) json.length() * 3 > max) {
      long bytes = 0;
      for (int i = 0; i < json.length(); i++) {
        char c = json.charAt(i);
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
      }
      if (bytes > max) {
        throw tooLarge(max);
      }
    }
  }

  private static WireFormatException tooLarge(long max) {
    return new WireFormatException(WireFormatException.LIMIT, "", null,
        "the document is longer than " + max + " bytes (whitespace included)", null);
  }

  /** Thrown by a limited stream once the document is longer than the limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long max;

    TooLarge(long max) {
      super("the document is longer than " + max + " bytes");
      this.max = max;
    }
  }

  /** Maps any Jackson or model failure to a {@link WireFormatException} with a JSON pointer. */
  static WireFormatException translate(Exception e) {
    if (e instanceof WireFormatException w) {
      return w;
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TooLarge large) {
        return new WireFormatException(WireFormatException.LIMIT, "", null,
            "the document is longer than " + large.max + " bytes (whitespace included)", large);
      }
    }
    String pointer = e instanceof JsonMappingException m ? pointer(m) : "";
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      // A code outside an enum's code list is an unknown code, as the model would call it.
      String field = pointer.isEmpty() ? "value" : pointer.substring(pointer.lastIndexOf('/') + 1);
      Object[] constants = f.getTargetType().getEnumConstants();
      org.anxiao.core.error.UnknownCodeException unknown = new org.anxiao.core.error.UnknownCodeException(field,
          f.getValue(), f.getTargetType().getSimpleName() + " " + java.util.Arrays.toString(constants));
      return new WireFormatException(WireFormatException.INVALID_VALUE, pointer, f.getValue(),
          unknown.rule() + " [" + unknown.errorCode() + "]", unknown);
    }
    AnxiaoException model = modelCause(e);
    if (model != null) {
      String at = model.field().map(f -> below(pointer, f.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1")))
          .orElse(pointer);
      return new WireFormatException(WireFormatException.INVALID_VALUE, at,
          model.value().orElse(null), model.rule() + " [" + model.errorCode() + "]", model);
    }
    if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
      return new WireFormatException(WireFormatException.LIMIT, pointer, null, firstLine(e), e);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return new WireFormatException(WireFormatException.UNKNOWN_FIELD, pointer, u.getPropertyName(),
          "unknown property (strict mode); known: " + u.getKnownPropertyIds(), e);
    }
    if (e instanceof JsonProcessingException) {
      return new WireFormatException(WireFormatException.MALFORMED, pointer, null, firstLine(e), e);
    }
    if (e instanceof java.io.CharConversionException) {
      // Bytes that are no text in the encoding Jackson detected from the first bytes (UTF-8/16/32).
      return new WireFormatException(WireFormatException.MALFORMED, pointer, null, firstLine(e), e);
    }
    if (e instanceof IOException) {
      return new WireFormatException(WireFormatException.IO, pointer, null, "cannot be read or written: " + firstLine(e), e);
    }
    return new WireFormatException(WireFormatException.MALFORMED, pointer, null, firstLine(e), e);
  }

  /**
   * The pointer of a model error's field under the node Jackson was reading. A value read from a
   * single string (a code such as a subject kind or a jurisdiction) fails with its own field name,
   * which is already the last segment of the pointer: {@code /subject/kind}, not {@code /subject/kind/kind}.
   */
  private static String below(String pointer, String field) {
    return pointer.endsWith("/" + field) ? pointer : pointer + "/" + field;
  }

  private static @Nullable AnxiaoException modelCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AnxiaoException a) {
        return a;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      sb.append('/');
      if (r.getFieldName() != null) {
        sb.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        sb.append(r.getIndex());
      }
    }
    return sb.toString();
  }

  private static String firstLine(Exception e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    if (e instanceof JsonProcessingException j && j.getLocation() != null) {
      line += " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
    }
    return line;
  }

}
