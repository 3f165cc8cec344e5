package org.anxiao.core.batch;

import org.anxiao.core.testkit.gen.BatchGenerators;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.testkit.gen.ValueGenerators;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The wire forms of the batch types, as documented in {@code docs/wire-format.md}. */
class BatchJsonTest {
  private static final AnxiaoJson JSON = AnxiaoJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapperCopy();
  private static final TypeReference<ValuesWithFailures<Measure>> MEASURES = new TypeReference<>() {};

  private static ValuesWithFailures<Measure> readMeasures(String json) throws Exception {
    return MAPPER.readValue(json, MEASURES);
  }

  @Test
  void failureShape() {
    Failure f = new Failure(3, Optional.of("3101120001"), "INVALID_VALUE", Optional.of("grossFloorArea"),
        Optional.of("-12.5"), "must be greater than zero");
    String json = JSON.write(f);
    assertEquals("{\"index\":3,\"key\":\"3101120001\",\"errorCode\":\"INVALID_VALUE\",\"field\":\"grossFloorArea\","
        + "\"value\":\"-12.5\",\"message\":\"must be greater than zero\"}", json);
    assertEquals(f, JSON.read(json, Failure.class));
    Failure bare = new Failure(0, Optional.empty(), "MISSING_VALUE", Optional.empty(), Optional.empty(), "the input is null");
    assertEquals("{\"index\":0,\"errorCode\":\"MISSING_VALUE\",\"message\":\"the input is null\"}", JSON.write(bare));
    assertEquals(bare, JSON.read(JSON.write(bare), Failure.class));
  }

  @Test
  void badFailuresAreRefused() {
    assertThrows(WireFormatException.class, () -> JSON.read("{\"errorCode\":\"X\",\"message\":\"m\"}", Failure.class),
        "index is required");
    WireFormatException negative = assertThrows(WireFormatException.class,
        () -> JSON.read("{\"index\":-1,\"errorCode\":\"X\",\"message\":\"m\"}", Failure.class));
    assertEquals(WireFormatException.INVALID_VALUE, negative.errorCode());
    assertEquals("/index", negative.pointer());
    assertThrows(WireFormatException.class, () -> JSON.read("{\"index\":1,\"message\":\"m\"}", Failure.class));
    assertEquals(WireFormatException.UNKNOWN_FIELD, assertThrows(WireFormatException.class,
        () -> JSON.read("{\"index\":1,\"errorCode\":\"X\",\"message\":\"m\",\"extra\":1}", Failure.class)).errorCode());
  }

  @Test
  void valuesWithFailuresShape() throws Exception {
    ValuesWithFailures<Measure> v = ValuesWithFailures.apply(List.of("12.50", "-1", "7"), s -> {
      Measure m = Measure.of(s, "m2");
      if (m.value().signum() < 0) {
        throw new InvalidValueException("area", s, "must not be negative");
      }
      return m;
    });
    String json = JSON.write(v);
    assertEquals("{\"values\":[{\"value\":\"12.5\",\"unit\":\"m2\"},{\"value\":\"7\",\"unit\":\"m2\"}],"
        + "\"failures\":[{\"index\":1,\"errorCode\":\"INVALID_VALUE\",\"field\":\"area\",\"value\":\"-1\","
        + "\"message\":\"must not be negative\"}]}", json);
    assertEquals(v, readMeasures(json));
    assertEquals(ValuesWithFailures.empty(), readMeasures("{\"values\":[],\"failures\":[]}"));
    assertThrows(Exception.class, () -> readMeasures("{\"values\":[null],\"failures\":[]}"));
    assertThrows(Exception.class, () -> readMeasures("{\"values\":[]}"));
  }

  @Test
  void columnShapes() {
    DoubleQuantityArray d = DoubleQuantityArray.of("kWh", 1.5, 2.0, 0.1, -0.0, 1e-7);
    String json = JSON.write(d);
    assertEquals("{\"unit\":\"kWh\",\"values\":[\"1.5\",\"2\",\"0.1\",\"0\",\"0.0000001\"]}", json);
    assertEquals(d, JSON.read(json, DoubleQuantityArray.class));
    DecimalQuantityArray x = DecimalQuantityArray.of("kgce", new BigDecimal("1.50"), new BigDecimal("1E+2"));
    assertEquals("{\"unit\":\"kgce\",\"values\":[\"1.5\",\"100\"]}", JSON.write(x));
    assertEquals(x, JSON.read(JSON.write(x), DecimalQuantityArray.class));
    assertEquals(x, JSON.read("{\"unit\":\"kgce\",\"values\":[1.5,100]}", DecimalQuantityArray.class),
        "JSON numbers are read exactly from their text");
    DoubleDateSeries s = DoubleDateSeries.builder("m3").put(LocalDate.of(2024, 3, 2), 13).put(LocalDate.of(2024, 3, 1), 12.5)
        .build();
    String series = JSON.write(s);
    assertEquals("{\"unit\":\"m3\",\"dates\":[\"2024-03-01\",\"2024-03-02\"],\"values\":[\"12.5\",\"13\"]}", series);
    assertEquals(s, JSON.read(series, DoubleDateSeries.class));
  }

  @Test
  void badColumnsAreRefusedWithAPointer() {
    WireFormatException unit = assertThrows(WireFormatException.class,
        () -> JSON.read("{\"unit\":\"acre\",\"values\":[\"1\"]}", DoubleQuantityArray.class));
    assertEquals(WireFormatException.INVALID_VALUE, unit.errorCode());
    assertEquals("UNKNOWN_CODE", unit.modelError().orElseThrow().errorCode());
    WireFormatException nan = assertThrows(WireFormatException.class,
        () -> JSON.read("{\"unit\":\"kWh\",\"values\":[\"NaN\"]}", DoubleQuantityArray.class));
    assertEquals(WireFormatException.INVALID_VALUE, nan.errorCode());
    WireFormatException nullValue = assertThrows(WireFormatException.class,
        () -> JSON.read("{\"unit\":\"kWh\",\"values\":[\"1\",null]}", DecimalQuantityArray.class));
    assertEquals("/values/1", nullValue.pointer());
    assertThrows(WireFormatException.class, () -> JSON.read("{\"unit\":\"kWh\"}", DoubleQuantityArray.class));
    assertThrows(WireFormatException.class,
        () -> JSON.read("{\"unit\":\"kWh\",\"values\":[\"1\"],\"size\":1}", DecimalQuantityArray.class));
    WireFormatException twice = assertThrows(WireFormatException.class, () -> JSON.read(
        "{\"unit\":\"kWh\",\"dates\":[\"2024-03-01\",\"2024-03-01\"],\"values\":[\"1\",\"2\"]}", DoubleDateSeries.class));
    assertEquals("/dates/1", twice.pointer());
    assertThrows(WireFormatException.class, () -> JSON.read(
        "{\"unit\":\"kWh\",\"dates\":[\"2024-03-01\"],\"values\":[\"1\",\"2\"]}", DoubleDateSeries.class));
    assertThrows(WireFormatException.class, () -> JSON.read(
        "{\"unit\":\"kWh\",\"dates\":[\"2024-03-01\"],\"values\":[\"1e400\"]}", DoubleDateSeries.class));
  }

  @Test
  void everyBatchTypeRoundTrips() {
    qt().withExamples(150).forAll(lists().of(ValueGenerators.decimals()).ofSizeBetween(0, 20),
        lists().of(BatchGenerators.failures()).ofSizeBetween(0, 5), Generate.pick(List.of("kWh", "m3", "tCO2e", "1")))
        .checkAssert((values, failures, unit) -> {
          DecimalQuantityArray exact = DecimalQuantityArray.of(unit, values);
          assertEquals(exact, JSON.read(JSON.write(exact), DecimalQuantityArray.class));
          DoubleQuantityArray fast = exact.toDoubleArray();
          assertEquals(fast, JSON.read(JSON.write(fast), DoubleQuantityArray.class));
          ValuesWithFailures<Measure> batch = ValuesWithFailures.of(exact.stream().toList(), failures);
          try {
            String json = JSON.write(batch);
            assertEquals(batch, readMeasures(json));
            assertEquals(json, JSON.write(readMeasures(json)), "writing is deterministic");
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
    qt().withExamples(150).forAll(lists().of(doubles().between(-1e12, 1e12)).ofSizeBetween(0, 30)).checkAssert(values -> {
      DoubleDateSeries.Builder b = DoubleDateSeries.builder("GJ");
      for (int i = 0; i < values.size(); i++) {
        b.put(LocalDate.of(2024, 1, 1).plusDays(3L * i), values.get(i));
      }
      DoubleDateSeries s = b.build();
      assertEquals(s, JSON.read(JSON.write(s), DoubleDateSeries.class));
    });
  }
}
