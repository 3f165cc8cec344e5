package org.anxiao.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.measure.quantity.Area;
import javax.measure.quantity.Speed;
import org.anxiao.core.error.UnitMismatchException;
import org.junit.jupiter.api.Test;

/** Compatibility checks against a kind of quantity without a reference unit, and exact decimals of other numbers. */
class UnitEdgesTest {
  @Test
  void aKindOfQuantityWithoutAReferenceUnitIsAMismatchNamingTheField() {
    UnitMismatchException e = assertThrows(UnitMismatchException.class,
        () -> AnxiaoUnits.requireCompatible("speed", AnxiaoUnits.SQUARE_METER, Speed.class));
    assertEquals("speed", e.field().orElseThrow());
    assertEquals(UnitMismatchException.CODE, e.errorCode());
  }

  @Test
  void aUnitOfTheRightKindIsCompatibleAndOneOfAnotherIsNot() {
    AnxiaoUnits.requireCompatible("area", AnxiaoUnits.SQUARE_METER, Area.class);
    UnitMismatchException e = assertThrows(UnitMismatchException.class,
        () -> AnxiaoUnits.requireCompatible("area", AnxiaoUnits.KILOWATT_HOUR, Area.class));
    assertEquals("area", e.field().orElseThrow());
    assertEquals(AnxiaoUnits.KILOWATT_HOUR.toString(), e.value().orElseThrow());
  }

  @Test
  void aWholeNumberOfAnotherNumberTypeIsReadExactly() {
    assertEquals(BigDecimal.valueOf(Long.MAX_VALUE), AnxiaoUnits.toBigDecimal(new AtomicLong(Long.MAX_VALUE)));
    assertEquals(new BigDecimal("123456789012345678901234567890"),
        AnxiaoUnits.toBigDecimal(new BigInteger("123456789012345678901234567890")));
  }
}
