package org.anxiao.core.campus;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;
import org.immutables.value.Value;

/**
 * A building (建筑) of a campus: use, gross floor area, year built, storeys and whether it is a
 * crowded place (人员密集场所).
 *
 * <p>{@link #crowdedPlace()} is what the caller declares (e.g. from the fire authority's record);
 * when it is absent, the crowded-place calculator ({@code org.anxiao.core.fire.CrowdedPlaces}) derives
 * it from the use by the cited rule pack.
 *
 * <p>Invariants: floor area finite and greater than zero (any area unit, e.g. m²); storeys above
 * ground at least one; year built between 1800 and 2200. Immutable and thread-safe.
 */
@Value.Immutable
@AnxiaoStyle
@JsonSerialize(as = ImmutableBuilding.class)
@JsonDeserialize(as = ImmutableBuilding.class)
public abstract class Building {
  Building() {}

  /** {@return the building id, unique within the campus} */
  public abstract String id();

  /** {@return the building's name, e.g. 1号教学楼} */
  public abstract String name();

  /** {@return main use} */
  public abstract BuildingUse use();

  /** {@return gross floor area (建筑面积)} */
  public abstract Quantity<Area> grossFloorArea();

  /** {@return year of completion, if known} */
  public abstract Optional<Integer> yearBuilt();

  /** {@return storeys above ground (地上层数), at least one} */
  @Value.Default
  public int storeysAboveGround() {
    return 1;
  }

  /** {@return storeys below ground (地下层数)} */
  @Value.Default
  public int storeysBelowGround() {
    return 0;
  }

  /** {@return whether the caller declares it a crowded place (人员密集场所); empty to derive from use} */
  public abstract Optional<Boolean> crowdedPlace();

  /** {@return gross floor area in m², as a double} */
  public double grossFloorAreaSquareMetres() {
    return AnxiaoUnits.toDouble(grossFloorArea(), AnxiaoUnits.SQUARE_METER);
  }

  @Value.Check
  void check() {
    Bounds.code("id", id());
    Bounds.nonBlankText("name", name());
    AnxiaoUnits.requireCompatible("grossFloorArea", grossFloorArea().getUnit(), Area.class);
    Number area = grossFloorArea().getValue();
    Bounds.decimal("grossFloorArea", area instanceof java.math.BigDecimal d ? d : AnxiaoUnits.toBigDecimal(area));
    double m2 = AnxiaoUnits.toDouble(grossFloorArea(), AnxiaoUnits.SQUARE_METER);
    Require.positive("grossFloorArea", m2);
    Bounds.decimal("grossFloorArea", m2);
    Require.that(storeysAboveGround() >= 1, "storeysAboveGround", storeysAboveGround(), "must be at least 1");
    Bounds.count("storeysAboveGround", storeysAboveGround());
    Bounds.count("storeysBelowGround", storeysBelowGround());
    yearBuilt().ifPresent(y -> Require.that(y >= 1800 && y <= 2200, "yearBuilt", y, "must be between 1800 and 2200"));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Building}; not thread-safe. */

  /**
   * Builds a {@link Building}; not thread-safe. Every method refuses a null argument, and a null
   * element of a collection or map argument, with {@link org.anxiao.core.error.MissingValueException}
   * naming the attribute ({@code attribute[index]} for an element); {@link #build()} checks the
   * invariants.
   */
  public static final class Builder {
    private final ImmutableBuilding.Builder delegate = ImmutableBuilding.generatedBuilder();

    Builder() {}

    /**
     * Fills the builder with the attributes of {@code instance}.
     *
     * @param instance the value
     * @return this builder
     */
    public Builder from(Building instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link Building#id() id}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      delegate.id(id);
      return this;
    }

    /**
     * Sets {@link Building#name() name}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /**
     * Sets {@link Building#use() use}.
     *
     * @param use the value
     * @return this builder
     */
    public Builder use(BuildingUse use) {
      delegate.use(use);
      return this;
    }

    /**
     * Sets {@link Building#grossFloorArea() grossFloorArea}.
     *
     * @param grossFloorArea the value
     * @return this builder
     */
    public Builder grossFloorArea(Quantity<Area> grossFloorArea) {
      delegate.grossFloorArea(grossFloorArea);
      return this;
    }

    /**
     * Sets {@link Building#yearBuilt() yearBuilt}.
     *
     * @param yearBuilt the value
     * @return this builder
     */
    public Builder yearBuilt(int yearBuilt) {
      delegate.yearBuilt(yearBuilt);
      return this;
    }

    /**
     * Sets {@link Building#yearBuilt() yearBuilt}.
     *
     * @param yearBuilt the value
     * @return this builder
     */
    public Builder yearBuilt(Optional<Integer> yearBuilt) {
      Require.nonNull("yearBuilt", yearBuilt);
      delegate.yearBuilt(yearBuilt);
      return this;
    }

    /**
     * Sets {@link Building#storeysAboveGround() storeysAboveGround}.
     *
     * @param storeysAboveGround the value
     * @return this builder
     */
    public Builder storeysAboveGround(int storeysAboveGround) {
      delegate.storeysAboveGround(storeysAboveGround);
      return this;
    }

    /**
     * Sets {@link Building#storeysBelowGround() storeysBelowGround}.
     *
     * @param storeysBelowGround the value
     * @return this builder
     */
    public Builder storeysBelowGround(int storeysBelowGround) {
      delegate.storeysBelowGround(storeysBelowGround);
      return this;
    }

    /**
     * Sets {@link Building#crowdedPlace() crowdedPlace}.
     *
     * @param crowdedPlace the value
     * @return this builder
     */
    public Builder crowdedPlace(boolean crowdedPlace) {
      delegate.crowdedPlace(crowdedPlace);
      return this;
    }

    /**
     * Sets {@link Building#crowdedPlace() crowdedPlace}.
     *
     * @param crowdedPlace the value
     * @return this builder
     */
    public Builder crowdedPlace(Optional<Boolean> crowdedPlace) {
      Require.nonNull("crowdedPlace", crowdedPlace);
      delegate.crowdedPlace(crowdedPlace);
      return this;
    }

    /**
     * A new {@link Building} from the attributes set.
     *
     * @return the value
     * @throws org.anxiao.core.error.MissingValueException if a required attribute is not set
     * @throws org.anxiao.core.error.InvalidValueException if the value breaks an invariant
     */
    public Building build() {
      return delegate.build();
    }
  }
}
