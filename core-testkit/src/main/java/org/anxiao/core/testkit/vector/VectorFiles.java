package org.anxiao.core.testkit.vector;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Strategy;

/**
 * Vectors on demand: writes a vector file in the {@code conformance/} format — the same schema,
 * header and vector shape as the hand-worked files — whose inputs a {@link VectorFamily} draws from
 * a seed and whose expected values are the library's own outputs.
 *
 * <p><b>Differential, not a truth oracle.</b> The hand-worked files in {@code conformance/} check
 * the library against arithmetic done by hand from the cited sources. A generated file only
 * records what this version of the library computes, so that an implementation can be compared
 * with it on thousands of cases: agreement is evidence, disagreement is a question for both. The
 * file says so in its {@code generated} header, with the library version, family, seed and count,
 * and every vector carries the flag {@code Differential}.
 *
 * <p>A family with several groups ({@link VectorFamily#groups()}: one per policy, say) gets its
 * vectors split evenly over them, in order; the first group draws from the seed itself, group g from
 * the seed plus g times a fixed step.
 *
 * <p>The bytes are a function of the family, seed, count and library version alone: the inputs
 * come from QuickTheories with the seed fixed (no system property is read), and the JSON is
 * written with two-space indentation and {@code \n} line ends whatever the platform.
 */
public final class VectorFiles {
  /** The {@code $id} of the vector-file schema, the {@code schema} of every file. */
  public static final String SCHEMA_ID = "https://anxiao.org/conformance/schema/vector-file.schema.json";
  /** The flag every generated vector carries. */
  public static final String DIFFERENTIAL = "Differential";
  static final String STATEMENT = "Expected values are this library's own outputs on generated inputs (differential "
      + "testing), not values worked by hand from the sources: agreement with them is evidence of the same behaviour, "
      + "not proof of correctness. The hand-worked vectors are the files of the conformance folder.";
  /** Group g of a file draws from seed + g × this (the 64-bit golden ratio), far from seed + 1. */
  private static final long GROUP_SEED_STEP = 0x9E3779B97F4A7C15L;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private VectorFiles() {}

  /** {@return the families on the class path, by name} */
  public static Map<String, VectorFamily> families() {
    Map<String, VectorFamily> out = new TreeMap<>();
    for (VectorFamily f : ServiceLoader.load(VectorFamily.class, VectorFiles.class.getClassLoader())) {
      VectorFamily before = out.putIfAbsent(f.name(), f);
      if (before != null) {
        throw new IllegalStateException("two vector families named " + f.name() + ": " + before.getClass().getName()
            + " and " + f.getClass().getName());
      }
    }
    return out;
  }

  /**
   * {@return the family named {@code name} on the class path}
   *
   * @param name the family's name
   * @throws IllegalArgumentException when there is none, listing those there are
   */
  public static VectorFamily family(String name) {
    Map<String, VectorFamily> all = families();
    VectorFamily f = all.get(name);
    if (f == null) {
      throw new IllegalArgumentException("no vector family " + name + "; families: " + all.keySet());
    }
    return f;
  }

  /** {@return the version of the library that writes the files, e.g. {@code 0.1.0}} */
  public static String libraryVersion() {
    Properties p = new Properties();
    try (InputStream in = VectorFiles.class.getResourceAsStream("library.properties")) {
      if (in == null) {
        throw new IllegalStateException("library.properties is missing from the test kit");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  /**
   * {@return the inputs {@code family} draws from {@code seed}: {@code count} of them, the same on every call}
   *
   * @param family the family
   * @param seed   the seed
   * @param count  how many, at least 1
   */
  public static List<ObjectNode> inputs(VectorFamily family, long seed, int count) {
    return draw(family, family.inputs(), seed, count);
  }

  private static List<ObjectNode> draw(VectorFamily family, Gen<ObjectNode> gen, long seed, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    // QuickTheories may run slightly fewer examples than asked (it skips a repeated boundary case):
    // draw a margin more and keep the first count.
    Strategy strategy = new Strategy(Configuration.defaultPRNG(seed), count + count / 10 + 10, 0, 0, 100, new SilentReporter(),
        prng -> new org.quicktheories.core.NoGuidance());
    List<ObjectNode> out = new ArrayList<>();
    QuickTheory.qt(() -> strategy).forAll(gen).checkAssert(i -> {
      if (out.size() < count) {
        out.add(i.deepCopy());
      }
    });
    if (out.size() != count) {
      throw new IllegalStateException(family.name() + " drew " + out.size() + " inputs, not " + count);
    }
    return out;
  }

  /**
   * {@return the vector file for {@code count} inputs of {@code family} drawn from {@code seed}, as a JSON tree}
   *
   * @param family the family
   * @param seed   the seed
   * @param count  how many vectors, at least 1 and at least the number of the family's groups
   */
  public static ObjectNode generate(VectorFamily family, long seed, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("schema", SCHEMA_ID);
    root.put("calculator", family.calculator());
    root.put("description", family.description() + " Generated on demand: " + STATEMENT);
    ObjectNode generated = root.putObject("generated");
    generated.put("family", family.name());
    generated.put("seed", seed);
    generated.put("count", count);
    generated.put("libraryVersion", libraryVersion());
    generated.put("differential", true);
    generated.put("statement", STATEMENT);
    ArrayNode packs = root.putArray("packs");
    family.packs().forEach(packs::add);
    ArrayNode dataFiles = root.putArray("dataFiles");
    family.dataFiles().forEach(f -> dataFiles.add(f.toJson()));
    root.put("numberOfTests", count);
    ObjectNode notes = root.putObject("notes");
    notes.put(DIFFERENTIAL, "The expected value is the library's output on a generated input (" + family.name()
        + ", seed " + seed + "), not worked by hand: a differential vector.");
    new TreeMap<>(family.notes()).forEach(notes::put);
    List<ObjectNode> groups = family.groups();
    if (groups.isEmpty() || groups.size() > count) {
      throw new IllegalArgumentException(family.name() + " has " + groups.size() + " groups, more than " + count + " vectors");
    }
    ArrayNode testGroups = root.putArray("testGroups");
    Set<String> used = new LinkedHashSet<>();
    int id = 0;
    for (int g = 0; g < groups.size(); g++) {
      ObjectNode parameters = groups.get(g);
      // The vectors split evenly over the groups; the first group draws from the seed itself, so a
      // one-group file is the same whatever the number of groups a family could have.
      int n = count / groups.size() + (g < count % groups.size() ? 1 : 0);
      long groupSeed = seed + GROUP_SEED_STEP * g;
      ObjectNode group = testGroups.addObject();
      group.put("comment", "Generated inputs of " + family.name() + " from seed " + seed
          + (groups.size() > 1 ? ", group " + (g + 1) + " of " + groups.size() + " (seed " + groupSeed + ")" : "") + ".");
      group.set("parameters", parameters.deepCopy());
      ArrayNode tests = group.putArray("tests");
      for (ObjectNode input : draw(family, family.inputs(parameters), groupSeed, n)) {
        id++;
        VectorOutcome outcome = family.run(parameters, input);
        ObjectNode test = tests.addObject();
        test.put("id", id);
        test.put("comment", "Generated case " + id + " of " + family.name() + ", seed " + seed
            + ": the expected value is the library's output (differential).");
        Set<String> flags = new LinkedHashSet<>();
        flags.add(DIFFERENTIAL);
        flags.addAll(family.flags(input, outcome));
        for (String flag : flags) {
          if (!notes.has(flag)) {
            throw new IllegalStateException(family.name() + " used flag " + flag + " without a note");
          }
        }
        used.addAll(flags);
        ArrayNode flagArray = test.putArray("flags");
        flags.forEach(flagArray::add);
        test.set("input", input);
        if (outcome instanceof VectorOutcome.Expected e) {
          test.set("expected", e.expected());
        } else if (outcome instanceof VectorOutcome.Refused e) {
          test.put("expectedError", e.errorCode());
        }
      }
    }
    // A note for every flag used and only those (a family's other notes are left out).
    notes.retain(used);
    return root;
  }

  /**
   * {@return the file's bytes: UTF-8, two-space indentation, {@code \n} line ends and a final line end}
   *
   * @param file a tree from {@link #generate}
   */
  public static byte[] bytes(JsonNode file) {
    try {
      return (WRITER.writeValueAsString(file) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the bytes of the vector file for {@code count} inputs of {@code family} from {@code seed}}
   *
   * @param family the family
   * @param seed   the seed
   * @param count  how many vectors, at least 1 and at least the number of the family's groups
   */
  public static byte[] write(VectorFamily family, long seed, int count) {
    return bytes(generate(family, seed, count));
  }

  /** QuickTheories' reporter for drawing inputs: drawing is not a test, so any report is a failure to draw. */
  private static final class SilentReporter implements org.quicktheories.core.Reporter {
    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause, List<Object> examples,
        org.quicktheories.api.AsString<Object> toString) {
      throw new IllegalStateException("drawing inputs failed", cause);
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, List<Object> examples,
        org.quicktheories.api.AsString<Object> toString) {
      throw new IllegalStateException("drawing inputs failed");
    }

    @Override
    public void valuesExhausted(int examplesUsed) {
      throw new IllegalStateException("the family's generator ran out of values after " + examplesUsed);
    }
  }
}
