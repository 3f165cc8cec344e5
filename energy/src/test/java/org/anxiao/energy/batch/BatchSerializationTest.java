package org.anxiao.energy.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carbon.GridRegion;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchFactors}, {@link BatchAccumulator} and {@link BatchReadings} through Java
 * serialization, as a distributed engine ships them (factors driver → partitions, accumulators
 * back): equal after the trip, a shipped accumulator merges as the original does, and a serial form
 * that breaks an invariant, or a stream naming the class itself rather than its proxy, is refused.
 */
class BatchSerializationTest {
  private static final int ELECTRICITY = Carrier.ELECTRICITY.ordinal();
  private static final int GAS = Carrier.NATURAL_GAS.ordinal();
  private static final int HEAT = Carrier.HEAT.ordinal();
  private static final int KEROSENE = Carrier.KEROSENE.ordinal();

  private static byte[] write(Object o) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T o) throws IOException, ClassNotFoundException {
    return (T) read(write(o));
  }

  /** Two schools in Zhejiang and Shandong, resolved through the typed calculators: rule values of every kind. */
  private static BatchFactors resolved() {
    LocalDate date = LocalDate.of(2023, 12, 31);
    List<BatchSchool> schools = new ArrayList<>();
    for (String place : List.of("331102", "370100")) {
      JurisdictionCode code = JurisdictionCode.of(place);
      schools.add(new BatchSchool(RuleContext.standard(code, date), FactorSet.mee(GridRegion.provinceOf(code)),
          AnxiaoUnits.of(1000 + schools.size(), AnxiaoUnits.SQUARE_METER)));
    }
    return BatchFactors.resolve(ElectricityBasis.CALORIFIC, schools);
  }

  /** Rows of both schools over three periods, two of them bad (an unknown carrier ordinal, a negative value). */
  private static BatchAccumulator partition(BatchFactors factors, int part) {
    int[] school = {0, 1, 0, 1, 0, 1};
    int[] carrier = {ELECTRICITY, GAS, HEAT, ELECTRICITY, KEROSENE, GAS};
    int[] period = {0, 1, 2, 0, 1, 2};
    double[] value = {1234.5 + part, 321.25 * (part + 1), 7_000, 99_999.875, 10, part == 0 ? -1 : 2.5};
    BatchAccumulator acc = factors.accumulator(3).add(school, carrier, period, value, 0, value.length);
    acc.addGreenPower(new int[] {0}, new int[] {0}, new double[] {100.0 * (part + 1)}, 0, 1);
    return acc;
  }

  private static void assertSameResult(BatchResult expected, BatchResult actual) {
    assertArrayEquals(expected.kgce(), actual.kgce());
    assertArrayEquals(expected.scope1Tonnes(), actual.scope1Tonnes());
    assertArrayEquals(expected.scope2LocationTonnes(), actual.scope2LocationTonnes());
    assertArrayEquals(expected.scope2MarketTonnes(), actual.scope2MarketTonnes());
    assertEquals(expected.rowsAdded(), actual.rowsAdded());
    assertEquals(expected.rowsRejected(), actual.rowsRejected());
    assertEquals(expected.failures(), actual.failures());
    assertEquals(expected.rules(), actual.rules());
    assertEquals(expected.basis(), actual.basis());
    for (int s = 0; s < expected.schools(); s++) {
      assertEquals(expected.kgcePerSquareMetre(s), actual.kgcePerSquareMetre(s), 0);
    }
  }

  @Test
  void factorsComeBackEqual() throws Exception {
    for (BatchFactors f : List.of(BatchFixtures.factors(ElectricityBasis.PRIMARY, 1_000, 2_500.5, 3), resolved())) {
      BatchFactors back = roundTrip(f);
      assertNotSame(f, back);
      assertEquals(f, back);
      assertEquals(back, f);
      assertEquals(f.hashCode(), back.hashCode());
      assertEquals(f.basis(), back.basis());
      assertEquals(f.schools(), back.schools());
      assertEquals(f.rules(), back.rules());
      assertFalse(f.rules().isEmpty());
      for (Carrier c : Carrier.values()) {
        assertEquals(f.accepts(c), back.accepts(c), c::name);
      }
      for (int s = 0; s < f.schools(); s++) {
        assertEquals(f.gridFactor(s), back.gridFactor(s), 0);
        assertEquals(f.residualFactor(s), back.residualFactor(s), 0);
        assertEquals(f.heatFactor(s), back.heatFactor(s), 0);
        assertEquals(f.area(s), back.area(s), 0);
      }
      assertEquals(f.toString(), back.toString());
    }
    // Equality is by value: another area, another basis, other rules are other factors.
    BatchFactors f = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 2_000);
    assertEquals(f, BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 2_000));
    assertNotEquals(f, BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 2_001));
    assertNotEquals(f, BatchFixtures.factors(ElectricityBasis.PRIMARY, 1_000, 2_000));
    assertNotEquals(f, BatchFactors.of(ElectricityBasis.CALORIFIC, BatchFixtures.COAL.weights(ElectricityBasis.CALORIFIC),
        BatchFixtures.scope1(), new double[] {0.5366, 0.5366}, new double[] {0.5856, 0.5856}, new double[] {0.11, 0.11},
        new double[] {1_000, 2_000}, resolved().rules()));
  }

  @Test
  void anAccumulatorComesBackWithItsSumsCountsAndFailures() throws Exception {
    BatchAccumulator acc = partition(resolved(), 0);
    BatchResult before = acc.result();
    assertEquals(2, before.rowsRejected());
    assertEquals(2, before.failures().size());
    BatchAccumulator back = roundTrip(acc);
    assertNotSame(acc, back);
    assertSameResult(before, back.result());
    assertEquals(acc.toString(), back.toString());
    // It goes on accumulating like the original.
    int[] one = {0};
    BatchResult more = acc.add(one, new int[] {GAS}, one, new double[] {5}, 0, 1).result();
    assertSameResult(more, back.add(one, new int[] {GAS}, one, new double[] {5}, 0, 1).result());
  }

  @Test
  void theFailuresKeptAndTheCountOfTheRestSurvive() throws Exception {
    BatchFactors factors = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 100);
    int n = BatchAccumulator.FAILURES_KEPT + 5;
    double[] value = new double[n];
    Arrays.fill(value, -1);
    BatchAccumulator acc = factors.accumulator(1).add(new int[n], new int[n], new int[n], value, 0, n);
    BatchResult back = roundTrip(acc).result();
    assertEquals(n, back.rowsRejected());
    assertEquals(BatchAccumulator.FAILURES_KEPT, back.failures().size());
    assertEquals(acc.result().failures(), back.failures());
  }

  @Test
  void aShippedAccumulatorMergesAsTheOriginalDoes() throws Exception {
    BatchFactors driver = resolved();
    // In memory: two partitions over the driver's factors.
    BatchResult inMemory = partition(driver, 0).merge(partition(driver, 1)).result();
    // Distributed: the factors shipped to a worker, partition 1 summed there over the copy and shipped back,
    // merged into partition 0 on the driver (a sibling of the in-memory partition 0, over the original factors).
    BatchFactors onWorker = roundTrip(driver);
    BatchAccumulator fromWorker = roundTrip(partition(onWorker, 1));
    BatchResult distributed = partition(driver, 0).merge(fromWorker).result();
    assertSameResult(inMemory, distributed);
    // And the other way round: the driver's partition merged into the worker's copy.
    BatchResult reversed = roundTrip(partition(onWorker, 1)).merge(partition(driver, 0)).result();
    assertArrayEquals(partition(driver, 1).merge(partition(driver, 0)).result().kgce(), reversed.kgce());
    // Factors that are not equal are refused, shipped or not.
    BatchFactors other = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 1_001);
    BatchAccumulator stranger = roundTrip(other.accumulator(3));
    assertEquals(Optional.of("other"), assertThrows(InvalidValueException.class,
        () -> partition(driver, 0).merge(stranger)).field());
    // Equal factors but another number of periods: refused too.
    assertEquals(Optional.of("other"), assertThrows(InvalidValueException.class,
        () -> partition(driver, 0).merge(roundTrip(onWorker.accumulator(4)))).field());
  }

  @Test
  void aShippedReaderReadsRowsAsTheOriginalDoes() throws Exception {
    BatchReadings readings = BatchReadings.of(BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 2_000),
        List.of("BJ001", "BJ002"), YearMonth.of(2024, 1), 12);
    BatchReadings back = roundTrip(readings);
    assertEquals(readings.factors(), back.factors());
    assertEquals(readings.schoolIds(), back.schoolIds());
    assertEquals(readings.firstMonth(), back.firstMonth());
    assertEquals(readings.months(), back.months());
    LocalDateTime march = LocalDateTime.of(2024, 3, 5, 0, 0);
    BatchReadings.Columns here = readings.columns(4);
    BatchReadings.Columns there = back.columns(4);
    for (BatchReadings.Columns c : List.of(here, there)) {
      assertNull(c.add("BJ002", "ELECTRICITY", march, 2.5, "MWh"));
      assertEquals(Optional.of("school_id"), c.add("BJ003", "ELECTRICITY", march, 1, "kWh").field());
    }
    // The worker's rows merge into the driver's accumulator: the readers' factors are equal.
    BatchResult merged = here.addTo(readings.accumulator()).merge(there.addTo(back.accumulator())).result();
    assertEquals(2 * here.addTo(readings.accumulator()).result().kgce(1, 2), merged.kgce(1, 2), 0);
  }

  @Test
  void aTamperedSerialFormIsRefused() throws Exception {
    BatchFactors factors = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_234.5, 2_000);
    byte[] bytes = write(factors);
    // A negative area in the stream: the proxy's checks refuse it as BatchFactors.of would.
    byte[] negativeArea = replace(bytes, doubleBytes(1_234.5), doubleBytes(-1_234.5));
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(negativeArea));
    assertEquals(Optional.of("area[0]"), assertInstanceOf(InvalidValueException.class, e.getCause()).field());
    // A NaN grid factor likewise.
    byte[] nanGrid = replace(bytes, doubleBytes(0.5366), doubleBytes(Double.NaN));
    e = assertThrows(InvalidObjectException.class, () -> read(nanGrid));
    assertEquals(Optional.of("gridFactor[0]"), assertInstanceOf(InvalidValueException.class, e.getCause()).field());
    // An accumulator whose failure carries an error code no Failure may have.
    BatchAccumulator acc = factors.accumulator(1).add(new int[] {0}, new int[] {ELECTRICITY}, new int[] {0},
        new double[] {-1}, 0, 1);
    byte[] badCode = replace(write(acc), "INVALID_VALUE".getBytes(StandardCharsets.UTF_8),
        "INVALID\nVALUE".getBytes(StandardCharsets.UTF_8));
    assertThrows(InvalidObjectException.class, () -> read(badCode));
    // The same factors built directly: refused with the field named.
    assertEquals(Optional.of("area[1]"), assertThrows(InvalidValueException.class,
        () -> BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, -1)).field());
  }

  @Test
  void theClassesThemselvesAreNeverReadOnlyTheirSerialForms() throws Exception {
    for (Object o : List.of(BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000),
        BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000).accumulator(1))) {
      Method readObject = o.getClass().getDeclaredMethod("readObject", ObjectInputStream.class);
      readObject.setAccessible(true);
      InvocationTargetException e = assertThrows(InvocationTargetException.class,
          () -> readObject.invoke(o, new ObjectInputStream(new ByteArrayInputStream(write("x")))));
      assertInstanceOf(InvalidObjectException.class, e.getCause());
    }
  }

  @Test
  void eachCheckOfTheFactorsSerialFormRefusesItsOwnFault() throws Exception {
    BatchFactors factors = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 2_000);
    double[] weights = factors.weights();
    int carriers = Carrier.values().length;
    assertEquals(carriers * BatchFactors.K, weights.length);
    // Weights: one value short, one too many; flags: one too many.
    assertEquals(Optional.of("weights"), refusedOnRead(
        with(serialForm(factors), "weights", Arrays.copyOf(weights, weights.length - 1))).field());
    assertEquals(Optional.of("weights"), refusedOnRead(
        with(serialForm(factors), "weights", Arrays.copyOf(weights, weights.length + 1))).field());
    assertEquals(Optional.of("known"), refusedOnRead(
        with(serialForm(factors), "known", Arrays.copyOf(factors.known(), carriers + 1))).field());
    // A negative weight, first or last: every weight is checked.
    for (int i : new int[] {0, weights.length - 1}) {
      double[] negative = weights.clone();
      negative[i] = -0.5;
      AnxiaoException e = refusedOnRead(with(serialForm(factors), "weights", negative));
      assertEquals(Optional.of("weights[" + i + "]"), e.field());
      assertEquals("must be zero or more", e.rule());
    }
    // No school at all: every per-school array empty (each of equal length, so only the count can refuse it).
    Object empty = serialForm(factors);
    for (String field : List.of("gridFactor", "residualFactor", "heatFactor", "area")) {
      with(empty, field, new double[0]);
    }
    AnxiaoException none = refusedOnRead(empty);
    assertEquals(Optional.of("area"), none.field());
    assertEquals("must give at least one school", none.rule());
    // One school: the least a form may give, read back.
    BatchFactors one = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000);
    assertEquals(one, read(write(serialForm(one))));
  }

  @Test
  void eachCheckOfTheAccumulatorsSerialFormRefusesItsOwnFault() throws Exception {
    // Two schools × 3 periods: 24 sums, 6 green values; 4 rows added, 2 rejected and kept.
    BatchAccumulator acc = partition(resolved(), 0);
    assertEquals(2, acc.result().failures().size());
    assertEquals(Optional.of("sums"), refusedOnRead(with(serialForm(acc), "sums", new double[23])).field());
    assertEquals(Optional.of("sums"), refusedOnRead(with(serialForm(acc), "sums", new double[25])).field());
    assertEquals(Optional.of("green"), refusedOnRead(with(serialForm(acc), "green", new double[5])).field());
    assertEquals(Optional.of("green"), refusedOnRead(with(serialForm(acc), "green", new double[7])).field());
    // Counts: fewer rejected than failures kept, a negative count, an index per failure missing.
    assertEquals(Optional.of("rejected"), refusedOnRead(with(serialForm(acc), "rejected", 1L)).field());
    assertEquals(Optional.of("rejected"), refusedOnRead(with(serialForm(acc), "added", -1L)).field());
    assertEquals(Optional.of("rejected"), refusedOnRead(with(serialForm(acc), "index", new int[1])).field());
    // As many rejected as kept, or more: accepted.
    BatchAccumulator more = (BatchAccumulator) read(write(with(serialForm(acc), "rejected", 7L)));
    assertEquals(7, more.result().rowsRejected());
    assertEquals(acc.result().failures(), more.result().failures());
  }

  @Test
  void aReadersStreamIsCheckedAsOfChecksItsArguments() throws Exception {
    BatchFactors factors = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 2_000);
    List<String> ids = List.of("BJ001", "BJ002");
    YearMonth first = YearMonth.of(2024, 1);
    // An id per school: one missing, or one given twice (found when read, not at the first row).
    assertEquals(Optional.of("schoolIds"), refusedOnRead(
        with(BatchReadings.of(factors, ids, first, 12), "schoolIds", new String[] {"BJ001"})).field());
    assertEquals(Optional.of("schoolIds[1]"), refusedOnRead(
        with(BatchReadings.of(factors, ids, first, 12), "schoolIds", new String[] {"BJ001", "BJ001"})).field());
    assertEquals(Optional.of("schoolIds[0]"), refusedOnRead(
        with(BatchReadings.of(factors, ids, first, 12), "schoolIds", new String[] {null, "BJ002"})).field());
    // Months: 1 to 10 000.
    for (int months : new int[] {0, -1, 10_001}) {
      AnxiaoException e = refusedOnRead(with(BatchReadings.of(factors, ids, first, 12), "months", months));
      assertEquals(Optional.of("months"), e.field());
      assertEquals(Optional.of(Integer.toString(months)), e.value());
    }
    for (int months : new int[] {1, 10_000}) {
      BatchReadings back = roundTrip(BatchReadings.of(factors, ids, first, months));
      assertEquals(months, back.months());
      assertEquals(months, back.accumulator().result().periods());
    }
  }

  @Test
  void equalFactorsHashAlikeAndFactorsThatDifferInOneArrayOrTheBasisHashApart() {
    double[] grid = {0.5366, 0.5366};
    double[] residual = {0.5856, 0.5856};
    double[] heat = {0.11, 0.11};
    CarrierWeights calorific = BatchFixtures.COAL.weights(ElectricityBasis.CALORIFIC);
    BatchFactors f = BatchFactors.of(ElectricityBasis.CALORIFIC, calorific, BatchFixtures.scope1(), grid, residual,
        heat, new double[] {1_000, 2_000}, List.of());
    assertEquals(BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 2_000).hashCode(), f.hashCode());
    // The same weights under another basis label; other weights (the primary-energy kgce of electricity);
    // another area: each is another hash.
    BatchFactors basis = BatchFactors.of(ElectricityBasis.PRIMARY, calorific, BatchFixtures.scope1(), grid, residual,
        heat, new double[] {1_000, 2_000}, List.of());
    BatchFactors weights = BatchFactors.of(ElectricityBasis.CALORIFIC,
        BatchFixtures.COAL.weights(ElectricityBasis.PRIMARY), BatchFixtures.scope1(), grid, residual, heat,
        new double[] {1_000, 2_000}, List.of());
    BatchFactors area = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 2_001);
    for (BatchFactors other : List.of(basis, weights, area)) {
      assertNotEquals(f, other);
      assertNotEquals(f.hashCode(), other.hashCode(), other::toString);
    }
    assertEquals("BatchFactors{CALORIFIC, 2 schools, " + f.rules().size() + " rule values}", f.toString());
  }

  /** The serial form {@code o} is written as: what its {@code writeReplace} returns. */
  private static Object serialForm(Object o) throws ReflectiveOperationException {
    Method writeReplace = o.getClass().getDeclaredMethod("writeReplace");
    writeReplace.setAccessible(true);
    return writeReplace.invoke(o);
  }

  /** {@code target} with its field {@code name} set to {@code value}: what a tampered stream would hold. */
  private static Object with(Object target, String name, Object value) throws ReflectiveOperationException {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
    return target;
  }

  /** {@return the library's exception that refuses {@code o} once written and read back} */
  private static AnxiaoException refusedOnRead(Object o) {
    byte[] bytes = write(o);
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(bytes));
    return assertInstanceOf(AnxiaoException.class, e.getCause());
  }

  private static byte[] doubleBytes(double d) {
    return ByteBuffer.allocate(8).putDouble(d).array();
  }

  /** {@code bytes} with the first occurrence of {@code from} replaced by {@code to} (of the same length). */
  private static byte[] replace(byte[] bytes, byte[] from, byte[] to) {
    assertEquals(from.length, to.length);
    for (int i = 0; i + from.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
        byte[] copy = bytes.clone();
        System.arraycopy(to, 0, copy, i, to.length);
        return copy;
      }
    }
    throw new AssertionError("no occurrence in the serial form");
  }
}
