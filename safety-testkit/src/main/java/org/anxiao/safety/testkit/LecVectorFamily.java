package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.testkit.vector.DataFile;
import org.anxiao.core.testkit.vector.VectorFamily;
import org.anxiao.core.testkit.vector.VectorOutcome;
import org.anxiao.safety.risk.LecFactors;
import org.anxiao.safety.risk.LecGrade;
import org.anxiao.safety.risk.LecGradings;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The vector family {@code safety.lec}: LEC grades (calculator {@code anxiao.safety.lec}) under the
 * shipped customary pack {@code cn.customary.lec} only, nationally (CN) on 2026-03-01 under the
 * default policy — the form of {@code conformance/safety/lec.json}. Inputs: triples of listed
 * scores (most), triples whose D is on or nearest a threshold, listed scores written with extra
 * decimal places, and triples with one unlisted score ({@code UNKNOWN_CODE}). Expected: {@code score}
 * (D, plain decimal), {@code band}, {@code level} and {@code rules} ({@code pack@version/parameter}
 * in first-use order).
 *
 * <p>One group of one context: a generated file has a single group, so the policy and the fictional
 * test packs of the hand-worked file (boundary LOWER, interpolation, UNVERIFIED) are not varied here.
 */
public final class LecVectorFamily implements VectorFamily {
  static final String PACK = "cn.customary.lec@1.0.0";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<BigDecimal> edgeScores;

  /** Creates the family (found by {@link java.util.ServiceLoader}). */
  public LecVectorFamily() {
    edgeScores = LecGenerators.edgeTriples().stream().map(LecFactors::score).toList();
  }

  @Override
  public String name() {
    return "safety.lec";
  }

  @Override
  public String calculator() {
    return LecGradings.ID.value();
  }

  @Override
  public String description() {
    return "Risk grading by the LEC method (作业条件危险性评价法): D = L × E × C, exact decimal arithmetic, placed in one of "
        + "five danger bands by the thresholds of the customary pack cn.customary.lec (320 / 160 / 70 / 20, a D on a "
        + "threshold in the higher band, only listed scores) and mapped to a risk level. input: likelihood, exposure, "
        + "consequence (decimal strings); expected: score (D), band, level and rules (pack@version/parameter, in order).";
  }

  @Override
  public List<String> packs() {
    return List.of(PACK);
  }

  @Override
  public List<DataFile> dataFiles() {
    return List.of(DataFile.pack(PACK, "safety", "META-INF/anxiao/packs/safety-risk/cn-customary-lec.json",
        "The customary LEC pack (CN, SECONDARY, from 2000-01-01): the L, E and C tables, "
        + "thresholds 320/160/70/20, the level of each band, boundary HIGHER, allowInterpolation false."));
  }

  @Override
  public ObjectNode parameters() {
    ObjectNode p = NODES.objectNode();
    p.put("jurisdiction", "CN");
    p.put("date", LecGenerators.DATE.toString());
    p.put("policy", "DEFAULT");
    p.putArray("packs").add(PACK);
    return p;
  }

  @Override
  public Map<String, String> notes() {
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put("Boundary", "D lies exactly on a threshold: the pack's boundary parameter decides the band (HIGHER: the "
        + "band above; LOWER: the band below).");
    notes.put("NearBoundary", "The listed product nearest a threshold on one side.");
    notes.put("Scale", "A listed score written with another number of decimal places is the same score.");
    notes.put("NotListed", "A score not in its table when the pack allows no interpolation: UNKNOWN_CODE naming the field.");
    return notes;
  }

  @Override
  public Gen<ObjectNode> inputs() {
    Gen<LecFactors> triples = Generate.frequency(List.of(Pair.of(60, LecGenerators.factors()),
        Pair.of(25, LecGenerators.edgeFactors()), Pair.of(15, LecGenerators.unlistedFactors())));
    // Extra trailing zeros for each score: 0 (as listed) most of the time, else 1 or 2.
    Gen<Integer> zeros = integers().between(0, 9).map(z -> z < 7 ? 0 : z < 9 ? 1 : 2);
    return triples.zip(zeros, zeros, zeros, (f, zl, ze, zc) -> {
      ObjectNode input = NODES.objectNode();
      input.put("likelihood", text(f.likelihood(), zl));
      input.put("exposure", text(f.exposure(), ze));
      input.put("consequence", text(f.consequence(), zc));
      return input;
    });
  }

  /** The score as a plain decimal with {@code zeros} more decimal places than it needs. */
  private static String text(BigDecimal v, int zeros) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.setScale(s.scale() + zeros).toPlainString();
  }

  @Override
  public VectorOutcome run(JsonNode input) {
    return VectorOutcome.of(() -> {
      LecGrade g = LecGenerators.customary().grade(LecGenerators.SUBJECT, factors(input));
      ObjectNode expected = NODES.objectNode();
      expected.put("score", text(g.score(), 0));
      expected.put("band", g.band().name());
      expected.put("level", g.level().name());
      ArrayNode rules = expected.putArray("rules");
      for (AppliedRule r : g.rules()) {
        rules.add(r.pack() + "/" + r.parameter());
      }
      return expected;
    });
  }

  private static LecFactors factors(JsonNode input) {
    return new LecFactors(new BigDecimal(input.path("likelihood").asText()), new BigDecimal(input.path("exposure").asText()),
        new BigDecimal(input.path("consequence").asText()));
  }

  @Override
  public List<String> flags(JsonNode input, VectorOutcome outcome) {
    List<String> flags = new ArrayList<>();
    if (outcome instanceof VectorOutcome.Refused) {
      flags.add("NotListed");
    } else {
      BigDecimal d = factors(input).score();
      if (LecGenerators.thresholds().stream().anyMatch(t -> t.compareTo(d) == 0)) {
        flags.add("Boundary");
      } else if (edgeScores.stream().anyMatch(e -> e.compareTo(d) == 0)) {
        flags.add("NearBoundary");
      }
    }
    for (String field : List.of("likelihood", "exposure", "consequence")) {
      String t = input.path(field).asText();
      if (t.contains(".") && t.endsWith("0")) {
        flags.add("Scale");
        break;
      }
    }
    return flags;
  }
}
