package org.anxiao.energy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.junit.jupiter.api.Test;

/** The factors' checks at their limits, each naming its field and rule. */
class BatchFactorsBoundariesTest {
  private static final CarrierWeights COAL = BatchFixtures.COAL.weights(ElectricityBasis.CALORIFIC);
  private static final CarrierWeights SCOPE1 = BatchFixtures.scope1();

  private static BatchFactors of(double[] grid, double[] residual, double[] heat, double[] area) {
    return BatchFactors.of(ElectricityBasis.CALORIFIC, COAL, SCOPE1, grid, residual, heat, area, List.of());
  }

  @Test
  void noSchoolIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> of(new double[0], new double[0], new double[0], new double[0]));
    assertEquals(Optional.of("area"), e.field());
    assertEquals(Optional.of("schools"), assertThrows(InvalidValueException.class,
        () -> BatchFactors.resolve(ElectricityBasis.CALORIFIC, List.of())).field());
  }

  @Test
  void aPerSchoolArrayOfAnotherLengthIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> of(new double[] {0.5, 0.5}, new double[] {0.5}, new double[] {0.1}, new double[] {100}));
    assertEquals(Optional.of("gridFactor"), e.field());
    assertEquals("must have one value per school (1)", e.rule());
  }

  @Test
  void aFactorOfZeroIsAcceptedAnAreaOfZeroIsNot() {
    BatchFactors zero = of(new double[] {0}, new double[] {0}, new double[] {0}, new double[] {100});
    BatchResult r = EnergyBatch.run(zero, 1, new int[] {0}, new int[] {Carrier.ELECTRICITY.ordinal()}, new int[] {0},
        new double[] {1_000});
    // Zero factors: no Scope 2 at all; kgce 1 000 × 0.1229 = 122.9.
    assertEquals(0, r.scope2LocationTonnes()[0]);
    assertEquals(122.9, r.kgce(0, 0), 1e-12);
    InvalidValueException area = assertThrows(InvalidValueException.class,
        () -> of(new double[] {0}, new double[] {0}, new double[] {0}, new double[] {0}));
    assertEquals(Optional.of("area[0]"), area.field());
    assertEquals("must be greater than zero", area.rule());
    InvalidValueException grid = assertThrows(InvalidValueException.class,
        () -> of(new double[] {-0.1}, new double[] {0}, new double[] {0}, new double[] {100}));
    assertEquals(Optional.of("gridFactor[0]"), grid.field());
    assertEquals("must be zero or more", grid.rule());
  }

  @Test
  void upToTenThousandPeriods() {
    BatchFactors factors = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 100);
    assertEquals(10_000, factors.accumulator(10_000).result().periods());
    assertEquals(Optional.of("periods"), assertThrows(InvalidValueException.class,
        () -> factors.accumulator(10_001)).field());
  }
}
