package org.anxiao.core.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * Bilingual finding messages from a pair of UTF-8 resource bundles next to a class:
 * {@code <base>_zh_CN.properties} and {@code <base>_en.properties}, keyed by {@link FindingCode}.
 * Patterns use {@link MessageFormat} syntax ({@code {0}}, {@code ''} for an apostrophe) and are
 * formatted with a fixed locale per language, never the JVM default; pass numbers as text
 * (e.g. {@code BigDecimal.toPlainString()}) so that they appear exactly. An argument that is a
 * {@link LocalizedText} is filled in with its text in each language.
 *
 * <p>Both bundles must have the same keys. Immutable and thread-safe.
 */
public final class MessageCatalog {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private final ResourceBundle zh;
  private final ResourceBundle en;

  private MessageCatalog(ResourceBundle zh, ResourceBundle en) {
    this.zh = zh;
    this.en = en;
    Set<String> zhKeys = new TreeSet<>(zh.keySet());
    Set<String> enKeys = new TreeSet<>(en.keySet());
    if (!zhKeys.equals(enKeys)) {
      Set<String> diff = new TreeSet<>(zhKeys);
      diff.removeAll(enKeys);
      Set<String> other = new TreeSet<>(enKeys);
      other.removeAll(zhKeys);
      throw new InvalidValueException("base", null, "message bundles differ: only zh " + diff + ", only en " + other);
    }
  }

  /**
   * Loads the two bundles {@code base_zh_CN.properties} and {@code base_en.properties} found next
   * to {@code anchor} (a class of the same module).
   *
   * @param anchor a class of the module holding the bundles
   * @param base   the bundles' base name, without language suffix or extension
   * @return the catalog
   */
  public static MessageCatalog load(Class<?> anchor, String base) {
    Require.nonNull("anchor", anchor);
    Bounds.code("base", base);
    return new MessageCatalog(bundle(anchor, base + "_zh_CN.properties"), bundle(anchor, base + "_en.properties"));
  }

  private static ResourceBundle bundle(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new InvalidValueException("base", name, "no such message bundle next to " + anchor.getName());
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidValueException("base", name, "the message bundle cannot be read: " + e.getMessage());
    }
  }

  /**
   * {@return the message for {@code key} in both languages, with {@code args} filled in}
   *
   * @param key  the message key
   * @param args the values for the message's placeholders
   */
  public LocalizedText format(String key, Object... args) {
    Require.nonNull("key", key);
    Require.nonNull("args", args);
    if (!zh.containsKey(key)) {
      throw new UnknownCodeException("message", key, "message key");
    }
    MessageFormat[] parsed = formats.computeIfAbsent(key, k -> new MessageFormat[] {
        new MessageFormat(zh.getString(k), ZH), new MessageFormat(en.getString(k), EN)});
    // A MessageFormat is not thread-safe: each call formats with its own copy of the parsed pattern.
    return LocalizedText.of(((MessageFormat) parsed[0].clone()).format(localize(args, true)),
        ((MessageFormat) parsed[1].clone()).format(localize(args, false)));
  }

  /** Patterns parsed once per key (zh, en). */
  private final java.util.concurrent.ConcurrentMap<String, MessageFormat[]> formats =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Object[] localize(Object[] args, boolean chinese) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof LocalizedText t) {
        out[i] = chinese ? t.zh() : t.en();
      }
    }
    return out;
  }

  /**
   * {@return the message for a finding code}
   *
   * @param code the finding code, which is the message key
   * @param args the values for the message's placeholders
   */
  public LocalizedText format(FindingCode code, Object... args) {
    return format(Require.nonNull("code", code).value(), args);
  }

  /** {@return all keys} */
  public Set<String> keys() {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(zh.keySet()));
  }
}
