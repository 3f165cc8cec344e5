package org.anxiao.safety.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.safety.hazard.MinhangOutcome;

/**
 * The proportional spot check (按比例抽查) of 闵行区校园安全专项整治工作实施方案 (2022) §四(三)1: among the
 * hazards whose outcome on the as-of day is resolved (已化解) or being resolved with a deadline (正在化解中，
 * 可明确完成时限), each responsible department's are sampled in proportion {@code p}.
 *
 * <p>The plan names no proportion, so {@code p} is the caller's. A department with {@code n}
 * eligible hazards gives {@code k = ⌈p × n⌉} (rounding up, the safer reading: never fewer checks
 * than the proportion asks; any department with an eligible hazard gets at least one). The draw is
 * reproducible in any language: each eligible hazard's key is the lowercase hexadecimal SHA-256 of
 * the UTF-8 bytes of {@code seed + ":" + id}; a department's hazards are ordered by key (ties, which
 * need equal ids, cannot occur) and the first {@code k} are taken. The sample depends on the seed and
 * the set of hazards only, not on their order. Stateless.
 */
public final class SpotChecks {
  private SpotChecks() {}

  /**
   * {@return the sample of {@code entries} on {@code asOf}, per department}
   *
   * @param entries    the register, ids unique, at most 100 000 entries
   * @param asOf       the day the outcomes are taken on
   * @param proportion the proportion {@code p}, in (0, 1]
   * @param seed       the seed, a code (no line break), e.g. the draw's date and a number
   * @throws InvalidValueException when the proportion is outside (0, 1] or an id appears twice
   */
  public static SpotCheckSample sample(List<RegisterEntry> entries, LocalDate asOf, BigDecimal proportion, String seed) {
    List<RegisterEntry> list = Bounds.list("entries", entries);
    Bounds.date("asOf", asOf);
    checkProportion(proportion);
    Bounds.code("seed", seed);
    Set<String> ids = new HashSet<>();
    Map<String, List<String[]>> keyed = new TreeMap<>();
    for (RegisterEntry e : list) {
      if (!ids.add(e.id())) {
        throw new InvalidValueException("entries.id", e.id(), "appears twice in the register");
      }
      MinhangOutcome o = e.outcome(asOf).orElse(null);
      if (o == MinhangOutcome.RESOLVED || o == MinhangOutcome.RESOLVING_WITH_DEADLINE) {
        keyed.computeIfAbsent(e.department(), d -> new ArrayList<>()).add(new String[] {key(seed, e.id()), e.id()});
      }
    }
    Map<String, DepartmentSample> out = new TreeMap<>();
    keyed.forEach((department, items) -> {
      items.sort(Comparator.comparing((String[] a) -> a[0]));
      int k = size(proportion, items.size());
      List<String> drawn = new ArrayList<>(k);
      for (int i = 0; i < k; i++) {
        drawn.add(items.get(i)[1]);
      }
      out.put(department, new DepartmentSample(items.size(), drawn));
    });
    return new SpotCheckSample(asOf, proportion, seed, new TreeMap<>(out));
  }

  /**
   * {@return {@code ⌈proportion × eligible⌉}, the number drawn from {@code eligible} hazards}
   *
   * @param proportion the proportion, in (0, 1]
   * @param eligible   the eligible hazards, from 0
   */
  public static int size(BigDecimal proportion, int eligible) {
    checkProportion(proportion);
    Bounds.count("eligible", eligible);
    return proportion.multiply(BigDecimal.valueOf(eligible)).setScale(0, RoundingMode.CEILING).intValueExact();
  }

  /**
   * {@return the draw key of {@code id}: lowercase hex SHA-256 of the UTF-8 bytes of {@code seed + ":" + id}}
   *
   * @param seed the seed
   * @param id   the hazard's id
   */
  public static String key(String seed, String id) {
    Bounds.code("seed", seed);
    Bounds.code("id", id);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  static BigDecimal checkProportion(BigDecimal proportion) {
    Bounds.decimal("proportion", proportion);
    Require.that(proportion.signum() > 0 && proportion.compareTo(BigDecimal.ONE) <= 0, "proportion",
        proportion.toPlainString(), "must be greater than 0 and at most 1");
    return proportion;
  }
}
