package org.anxiao.core.testkit.law;

import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.rule.PackVersion;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.core.unit.AnxiaoUnits;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Strategy;

/**
 * Reusable laws for property tests of a calculation, checked with QuickTheories against any
 * implementation given as a function: yours and the library's side by side.
 *
 * <p>Each law draws inputs from a generator, checks the property on each and, on the first
 * counter-example, shrinks it and throws an {@link AssertionError} whose message names the
 * smallest falsifying input QuickTheories found. The number of examples and the seed follow the
 * strategy: {@link #standard()} reads QuickTheories' system properties ({@code QT_SEED},
 * {@code QT_EXAMPLES}, …); {@link #seeded(long, int)} fixes both.
 *
 * <p>Decimal results are compared with {@link BigDecimal#compareTo}, so {@code 1.0} equals {@code 1.00}.
 * Instances are immutable and thread-safe.
 */
public final class Laws {
  private final Supplier<Strategy> strategy;

  private Laws(Supplier<Strategy> strategy) {
    this.strategy = strategy;
  }

  /** {@return laws under QuickTheories' default strategy, as its system properties set it} */
  public static Laws standard() {
    return new Laws(Configuration::systemStrategy);
  }

  /**
   * {@return laws drawing {@code examples} inputs from a fixed seed: the same inputs on every run}
   *
   * @param seed     the seed
   * @param examples inputs per law, at least 1
   */
  public static Laws seeded(long seed, int examples) {
    if (examples < 1) {
      throw new IllegalArgumentException("examples must be at least 1: " + examples);
    }
    return new Laws(() -> Configuration.systemStrategy().withFixedSeed(seed).withExamples(examples));
  }

  /**
   * {@return these laws with {@code examples} inputs per law}
   *
   * @param examples inputs per law, at least 1
   */
  public Laws withExamples(int examples) {
    if (examples < 1) {
      throw new IllegalArgumentException("examples must be at least 1: " + examples);
    }
    Supplier<Strategy> base = strategy;
    return new Laws(() -> base.get().withExamples(examples));
  }

  private QuickTheory qt() {
    return QuickTheory.qt(strategy);
  }

  /**
   * Monotone in a basis: {@code x ≤ y ⇒ f(x) ≤ f(y)} (non-decreasing), e.g. a required headcount
   * in the number of pupils, a risk grade's rank in the danger score.
   *
   * @param <X>   the basis
   * @param <Y>   the result, ordered
   * @param basis the bases drawn, two at a time
   * @param f     the implementation under test
   * @throws AssertionError with the shrunk pair when {@code f} decreases
   */
  public <X extends Comparable<? super X>, Y extends Comparable<? super Y>> void monotone(Gen<X> basis,
      Function<? super X, ? extends Y> f) {
    qt().forAll(basis, basis).checkAssert((a, b) -> {
      X lo = a.compareTo(b) <= 0 ? a : b;
      X hi = lo == a ? b : a;
      Y atLo = f.apply(lo);
      Y atHi = f.apply(hi);
      if (atLo.compareTo(atHi) > 0) {
        throw new AssertionError("not monotone: f(" + lo + ") = " + atLo + " > f(" + hi + ") = " + atHi);
      }
    });
  }

  /**
   * Additive over the parts of a list: {@code f(a ++ b) = f(a) + f(b)} for every split of a drawn
   * list, e.g. a period's kgce over its consumptions, a term's costs over its lines.
   *
   * @param <P>   a part
   * @param parts the lists drawn; each is split at a drawn point
   * @param f     the implementation under test, from parts to a decimal total
   * @throws AssertionError with the shrunk list and split when the sum differs
   */
  public <P> void additive(Gen<List<P>> parts, Function<? super List<P>, BigDecimal> f) {
    qt().forAll(parts, integers().between(0, 1_000)).checkAssert((list, at) -> {
      int k = at % (list.size() + 1);
      List<P> head = List.copyOf(list.subList(0, k));
      List<P> tail = List.copyOf(list.subList(k, list.size()));
      BigDecimal whole = f.apply(list);
      BigDecimal sum = f.apply(head).add(f.apply(tail));
      if (whole.compareTo(sum) != 0) {
        throw new AssertionError("not additive at split " + k + ": f(all) = " + whole.toPlainString()
            + " but f(first " + k + ") + f(rest) = " + sum.toPlainString());
      }
    });
  }

  /**
   * A roll-up equals the sum of its parts: {@code whole(parts) = Σ part(p)}, e.g. a district's
   * total over its schools, a register's count over its departments.
   *
   * @param <P>   a part
   * @param parts the lists drawn
   * @param whole the roll-up under test
   * @param part  each part's own figure
   * @throws AssertionError with the shrunk list when the roll-up differs from the sum
   */
  public <P> void rollUpIsSumOfParts(Gen<List<P>> parts, Function<? super List<P>, BigDecimal> whole,
      Function<? super P, BigDecimal> part) {
    qt().forAll(parts).checkAssert(list -> {
      BigDecimal sum = BigDecimal.ZERO;
      for (P p : list) {
        sum = sum.add(part.apply(p));
      }
      BigDecimal rolled = whole.apply(list);
      if (rolled.compareTo(sum) != 0) {
        throw new AssertionError("roll-up " + rolled.toPlainString() + " is not the sum of its parts " + sum.toPlainString());
      }
    });
  }

  /**
   * A unit round trip: a quantity converted to {@code via} and back with core's exact conversion
   * ({@code AnxiaoUnits.toDecimal}, results of more than 32 decimals rounded) has the value it had, exactly.
   *
   * @param <Q>        the quantity kind
   * @param quantities the quantities drawn
   * @param via        the unit converted through
   * @throws AssertionError with the shrunk quantity when the value changes
   */
  public <Q extends Quantity<Q>> void unitRoundTrip(Gen<Quantity<Q>> quantities, Unit<Q> via) {
    qt().forAll(quantities).checkAssert(q -> {
      // Core's exact conversion (AnxiaoUnits.toDecimal), not Quantity.to, whose arithmetic may add
      // digits far below the value's own (0.1 MWh → 0.100…0008 MWh).
      BigDecimal there = AnxiaoUnits.toDecimal(q, via);
      BigDecimal after = AnxiaoUnits.toDecimal(AnxiaoUnits.of(there, via), q.getUnit());
      BigDecimal before = AnxiaoUnits.toBigDecimal(q.getValue());
      if (before.compareTo(after) != 0) {
        throw new AssertionError(q + " through " + via + " (" + there.toPlainString() + ") came back as "
            + after.toPlainString());
      }
    });
  }


  /**
   * A JSON round trip: a value written with {@code mapper} and read back as {@code type} equals it.
   *
   * @param <T>    the value type
   * @param values the values drawn
   * @param type   the type read back
   * @param mapper the mapper, e.g. {@code AnxiaoJson.strict().mapper()}
   * @throws AssertionError with the shrunk value and its JSON when the value read back differs
   */
  public <T> void jsonRoundTrip(Gen<T> values, Class<T> type, ObjectMapper mapper) {
    qt().forAll(values).checkAssert(v -> {
      String json;
      T back;
      try {
        json = mapper.writeValueAsString(v);
        back = mapper.readValue(json, type);
      } catch (JsonProcessingException e) {
        throw new AssertionError("JSON round trip failed for " + v + ": " + e.getMessage(), e);
      }
      if (!v.equals(back)) {
        throw new AssertionError("JSON round trip changed the value: " + v + " → " + json + " → " + back);
      }
    });
  }

  /**
   * Results do not change when a newer pack is registered that is not in force on the context's
   * date: the same inputs under the registry with and without {@code newer} give equal results.
   * {@link #newerVersion(RulePack, LocalDate)} makes such a pack from one in force.
   *
   * @param <I>      an input
   * @param <R>      a result
   * @param inputs   the inputs drawn
   * @param packs    the packs the registry holds before, built afresh on each call
   * @param context  the jurisdiction, date and policy: the calculation's context is this over each registry
   * @param newer    the pack registered second
   * @param f        the implementation under test, given the context and an input
   * @throws AssertionError with the shrunk input when a result changes
   */
  public <I, R> void unchangedByNewerPack(Gen<I> inputs, Supplier<RulePackRegistry.Builder> packs,
      RuleContext context, RulePack newer, BiFunction<RuleContext, ? super I, ? extends R> f) {
    if (newer.isInForce(context.date())) {
      throw new IllegalArgumentException(newer.ref() + " is in force on " + context.date() + ": the law needs a pack that is not");
    }
    RuleContext before = RuleContext.of(packs.get().build(), context.jurisdiction(), context.date()).withPolicy(context.policy());
    RuleContext after = RuleContext.of(packs.get().add(newer).build(), context.jurisdiction(), context.date())
        .withPolicy(context.policy());
    qt().forAll(inputs).checkAssert(i -> {
      R r1 = f.apply(before, i);
      R r2 = f.apply(after, i);
      if (!Objects.equals(r1, r2)) {
        throw new AssertionError("result changed when " + newer.ref() + " was registered: " + r1 + " → " + r2);
      }
    });
  }

  /**
   * {@return a copy of {@code pack} one major version up, in force from {@code from} and without
   * an end} For {@link #unchangedByNewerPack}.
   *
   * @param pack the pack
   * @param from the newer version's first day
   */
  public static RulePack newerVersion(RulePack pack, LocalDate from) {
    String[] parts = pack.version().text().split("\\.", -1);
    String next = (Integer.parseInt(parts[0]) + 1) + ".0.0";
    return RulePack.builder().from(pack).version(PackVersion.of(next)).validFrom(from)
        .validTo(java.util.Optional.empty()).build();
  }

  /**
   * One grade per input: the grades an input falls in (bands, tiers, levels) number exactly one,
   * e.g. a danger score in exactly one LEC band. Catches bands that overlap or leave a gap.
   *
   * @param <I>    an input
   * @param <G>    a grade
   * @param inputs the inputs drawn
   * @param grades every grade the input falls in, under the implementation tested
   * @throws AssertionError with the shrunk input when it has no grade or more than one
   */
  public <I, G> void oneGrade(Gen<I> inputs, Function<? super I, ? extends Collection<? extends G>> grades) {
    qt().forAll(inputs).checkAssert(i -> {
      List<G> found = new ArrayList<>(grades.apply(i));
      if (found.size() != 1) {
        throw new AssertionError(i + " falls in " + found.size() + " grades, not one: " + found);
      }
    });
  }

  /**
   * Two implementations agree on every input: a differential check of yours against the library's.
   *
   * @param <I>    an input
   * @param <R>    a result
   * @param inputs the inputs drawn
   * @param ours   one implementation
   * @param theirs the other
   * @param same   when two results count as equal
   * @throws AssertionError with the shrunk input where they differ
   */
  public <I, R> void agree(Gen<I> inputs, Function<? super I, ? extends R> ours, Function<? super I, ? extends R> theirs,
      BiPredicate<? super R, ? super R> same) {
    qt().forAll(inputs).checkAssert(i -> {
      R a = ours.apply(i);
      R b = theirs.apply(i);
      if (!same.test(a, b)) {
        throw new AssertionError("implementations differ on " + i + ": " + a + " vs " + b);
      }
    });
  }

  /**
   * Invalid input is refused with its error code and field: each drawn case, when attempted,
   * throws an {@link AnxiaoException} whose {@link AnxiaoException#errorCode()} is the case's code
   * and whose {@link AnxiaoException#field()} is the case's field (when the case names one).
   *
   * @param <T>   what the attempt would build
   * @param cases the invalid cases drawn
   * @throws AssertionError with the shrunk case when it is accepted or refused otherwise
   */
  public <T> void rejects(Gen<InvalidInput<T>> cases) {
    qt().forAll(cases).checkAssert(c -> {
      T built;
      try {
        built = c.attempt().get();
      } catch (AnxiaoException e) {
        if (!e.errorCode().equals(c.errorCode())) {
          throw new AssertionError(c + " was refused with " + e.errorCode() + " (" + e.getMessage() + ")", e);
        }
        if (c.field().isPresent() && !c.field().equals(e.field())) {
          throw new AssertionError(c + " was refused naming field " + e.field().orElse("(none)"), e);
        }
        return;
      }
      throw new AssertionError(c + " was accepted: " + built);
    });
  }
}
