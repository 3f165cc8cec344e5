package org.anxiao.safety.zone;

import static org.anxiao.safety.zone.ZoneFixtures.wgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;

/** The invariants of a venue's verdict, each at its boundary. */
class VenueDistanceTest {
  private static final Venue V = new Venue("v", VenueCategory.INTERNET_CAFE, wgs(23, 113));
  private static final Optional<BigDecimal> R200 = Optional.of(new BigDecimal("200"));

  private static VenueDistance of(String distance, Optional<BigDecimal> radius, VenueStatus status) {
    return new VenueDistance(V, new BigDecimal(distance), radius, status);
  }

  private static String refused(String field, String distance, Optional<BigDecimal> radius, VenueStatus status) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> of(distance, radius, status));
    assertTrue(e.getMessage().contains(field), e.getMessage());
    return e.getMessage();
  }

  @Test
  void insideExactlyUpToTheRadius() {
    assertEquals(VenueStatus.INSIDE_ZONE, of("200", R200, VenueStatus.INSIDE_ZONE).status());
    assertEquals(VenueStatus.INSIDE_ZONE, of("199.999", R200, VenueStatus.INSIDE_ZONE).status());
    refused("status", "200.001", R200, VenueStatus.INSIDE_ZONE);
    assertEquals(VenueStatus.OUTSIDE_ZONE, of("200.001", R200, VenueStatus.OUTSIDE_ZONE).status());
    refused("status", "200", R200, VenueStatus.OUTSIDE_ZONE);
    refused("status", "199.999", R200, VenueStatus.OUTSIDE_ZONE);
  }

  @Test
  void aRadiusExactlyWhenJudged() {
    refused("radius", "10", Optional.empty(), VenueStatus.INSIDE_ZONE);
    refused("radius", "10", Optional.empty(), VenueStatus.OUTSIDE_ZONE);
    refused("radius", "10", R200, VenueStatus.NOT_RESTRICTED);
    refused("radius", "10", R200, VenueStatus.NOT_CHECKED);
    assertEquals(Optional.empty(), of("10", Optional.empty(), VenueStatus.NOT_RESTRICTED).radius());
    assertEquals(Optional.empty(), of("10", Optional.empty(), VenueStatus.NOT_CHECKED).radius());
    refused("radius", "0", Optional.of(BigDecimal.ZERO), VenueStatus.INSIDE_ZONE);
  }

  @Test
  void theDistanceIsNonNegativeToTheMillimetre() {
    assertEquals(0, BigDecimal.ZERO.compareTo(of("0", R200, VenueStatus.INSIDE_ZONE).distance()));
    refused("distance", "-0.001", R200, VenueStatus.INSIDE_ZONE);
    of("1.234", R200, VenueStatus.INSIDE_ZONE);
    assertEquals(new BigDecimal("150"), of("150.000", Optional.of(new BigDecimal("200.0")), VenueStatus.INSIDE_ZONE)
        .distance(), "canonical");
    assertEquals(R200, of("150.000", Optional.of(new BigDecimal("200.0")), VenueStatus.INSIDE_ZONE).radius());
    refused("distance", "1.2345", R200, VenueStatus.INSIDE_ZONE);
  }

  @Test
  void nullsAreNamed() {
    assertThrows(MissingValueException.class, () -> new VenueDistance(null, BigDecimal.ONE, R200,
        VenueStatus.INSIDE_ZONE));
    assertThrows(AnxiaoException.class, () -> new VenueDistance(V, null, R200, VenueStatus.INSIDE_ZONE));
    assertThrows(MissingValueException.class, () -> new VenueDistance(V, BigDecimal.ONE, null, VenueStatus.INSIDE_ZONE));
    assertThrows(MissingValueException.class, () -> new VenueDistance(V, BigDecimal.ONE, R200, null));
  }
}
