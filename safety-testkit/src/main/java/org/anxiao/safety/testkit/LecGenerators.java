package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.safety.risk.LecFactor;
import org.anxiao.safety.risk.LecFactors;
import org.anxiao.safety.risk.LecGrade;
import org.anxiao.safety.risk.LecGradings;
import org.anxiao.safety.risk.LecRule;
import org.anxiao.safety.risk.LecScaleEntry;
import org.quicktheories.core.Gen;

/**
 * Generators of LEC inputs (作业条件危险性评价法, D = L × E × C) over the shipped customary pack
 * {@code cn.customary.lec}, read through {@link LecGradings#rules()}: listed scores of each table,
 * triples of them, triples whose product D lies on or nearest each danger threshold (320 / 160 /
 * 70 / 20 in the shipped pack), and scores not listed, which the pack (no interpolation) refuses
 * with {@code UNKNOWN_CODE} naming the factor. All scores are pure numbers.
 */
public final class LecGenerators {
  /** The date the shipped pack is read on. */
  public static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  /** The subject the kit grades. */
  public static final Subject SUBJECT = Subject.of(SubjectKind.OTHER, "testkit");

  private LecGenerators() {}

  /** The shipped pack, read once (packs are immutable). */
  private static final class Shipped {
    static final LecGradings LEC = LecGradings.in(RuleContext.standard(JurisdictionCode.CN, DATE));
    static final List<List<BigDecimal>> LISTED = java.util.Arrays.stream(LecFactor.values())
        .map(f -> LEC.rules().value().scale(f).value().entries().stream().map(LecScaleEntry::value).sorted().toList())
        .toList();
  }

  /** {@return the customary LEC calculator, nationally (CN) on {@link #DATE}} */
  public static LecGradings customary() {
    return Shipped.LEC;
  }

  /** {@return the bound customary LEC rule: tables, thresholds, levels, boundary} */
  public static LecRule customaryRule() {
    return Shipped.LEC.rules().value();
  }

  /**
   * {@return the listed scores of {@code factor}'s table in the shipped pack, ascending}
   *
   * @param factor L, E or C
   */
  public static List<BigDecimal> listedScores(LecFactor factor) {
    return Shipped.LISTED.get(factor.ordinal());
  }

  /** {@return the four danger thresholds of the shipped pack, gravest first (extreme, high, substantial, possible)} */
  public static List<BigDecimal> thresholds() {
    LecRule r = customaryRule();
    return List.of(r.extremeThreshold().value(), r.highThreshold().value(), r.substantialThreshold().value(),
        r.possibleThreshold().value());
  }

  /**
   * {@return an index into {@code factor}'s ascending listed scores: a larger index is a larger score}
   *
   * @param factor L, E or C
   */
  public static Gen<Integer> index(LecFactor factor) {
    return integers().between(0, listedScores(factor).size() - 1);
  }

  /**
   * {@return a listed score of {@code factor}}
   *
   * @param factor L, E or C
   */
  public static Gen<BigDecimal> listed(LecFactor factor) {
    List<BigDecimal> scores = listedScores(factor);
    return index(factor).map(scores::get);
  }

  /** {@return a triple of listed scores: every one is graded under the shipped pack} */
  public static Gen<LecFactors> factors() {
    return listed(LecFactor.LIKELIHOOD).zip(listed(LecFactor.EXPOSURE), listed(LecFactor.CONSEQUENCE), LecFactors::new);
  }

  /** {@return every triple of listed scores, in table order} */
  public static List<LecFactors> allListedTriples() {
    List<LecFactors> out = new ArrayList<>();
    for (BigDecimal l : listedScores(LecFactor.LIKELIHOOD)) {
      for (BigDecimal e : listedScores(LecFactor.EXPOSURE)) {
        for (BigDecimal c : listedScores(LecFactor.CONSEQUENCE)) {
          out.add(new LecFactors(l, e, c));
        }
      }
    }
    return out;
  }

  /**
   * {@return the listed triples at the edges of the bands: for each threshold, those whose D equals it
   * and those whose D is the listed product nearest below and nearest above it}
   */
  public static List<LecFactors> edgeTriples() {
    List<LecFactors> all = allListedTriples();
    TreeSet<BigDecimal> products = new TreeSet<>();
    all.forEach(f -> products.add(f.score()));
    List<BigDecimal> wanted = new ArrayList<>();
    for (BigDecimal t : thresholds()) {
      if (products.contains(t)) {
        wanted.add(t);
      }
      BigDecimal below = products.lower(t);
      BigDecimal above = products.higher(t);
      if (below != null) {
        wanted.add(below);
      }
      if (above != null) {
        wanted.add(above);
      }
    }
    return all.stream().filter(f -> wanted.stream().anyMatch(w -> w.compareTo(f.score()) == 0)).toList();
  }

  /** {@return a triple from {@link #edgeTriples()}} */
  public static Gen<LecFactors> edgeFactors() {
    List<LecFactors> edges = edgeTriples();
    return integers().between(0, edges.size() - 1).map(edges::get);
  }

  /**
   * {@return a score that is not listed in {@code factor}'s table: tenths from 0.1 to 120 (a listed
   * one moved by 0.05 off the table)}
   *
   * @param factor L, E or C
   */
  public static Gen<BigDecimal> unlisted(LecFactor factor) {
    return integers().between(1, 1_200).map(n -> notListed(factor, BigDecimal.valueOf(n, 1).stripTrailingZeros()));
  }

  /** {@code v}, or {@code v + 0.05} when {@code v} is listed (listed scores have at most one decimal place). */
  private static BigDecimal notListed(LecFactor factor, BigDecimal v) {
    return listedScores(factor).stream().anyMatch(s -> s.compareTo(v) == 0) ? v.add(new BigDecimal("0.05")) : v;
  }

  /** {@return a triple with exactly one score not listed in its table, the other two listed} */
  public static Gen<LecFactors> unlistedFactors() {
    return integers().between(0, 2).zip(factors(), unlisted(LecFactor.LIKELIHOOD), (k, f, bad) -> swap(f, k, bad));
  }

  private static LecFactors swap(LecFactors f, int k, BigDecimal bad) {
    LecFactor factor = LecFactor.values()[k];
    BigDecimal v = notListed(factor, bad);
    return switch (factor) {
      case LIKELIHOOD -> new LecFactors(v, f.exposure(), f.consequence());
      case EXPOSURE -> new LecFactors(f.likelihood(), v, f.consequence());
      case CONSEQUENCE -> new LecFactors(f.likelihood(), f.exposure(), v);
    };
  }

  /**
   * {@return a triple with one unlisted score, labelled {@code UNKNOWN_CODE} naming that factor's field}
   * Graded by {@link #customary()}.
   */
  public static Gen<InvalidInput<LecGrade>> invalid() {
    LecGradings lec = customary();
    return integers().between(0, 2).zip(factors(), unlisted(LecFactor.LIKELIHOOD), (k, f, bad) -> {
      LecFactors bent = swap(f, k, bad);
      LecFactor factor = LecFactor.values()[k];
      return InvalidInput.<LecGrade>of("LEC " + factor.field() + " " + bent.value(factor).toPlainString()
          + " not listed", "UNKNOWN_CODE", factor.field(), () -> lec.grade(SUBJECT, bent));
    });
  }
}
