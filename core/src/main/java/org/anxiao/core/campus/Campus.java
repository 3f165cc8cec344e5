package org.anxiao.core.campus;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.immutables.value.Value;

/**
 * A campus (校区) of a school: its boundary, gates, buildings and key parts.
 *
 * <p>Invariants: gate, building and key-part ids unique within the campus; a key part's building
 * exists on the campus. Immutable and thread-safe.
 */
@Value.Immutable
@AnxiaoStyle
@JsonSerialize(as = ImmutableCampus.class)
@JsonDeserialize(as = ImmutableCampus.class)
public abstract class Campus {
  Campus() {}

  /** {@return the campus id, unique within the school} */
  public abstract String id();

  /** {@return the campus's name, e.g. 本部} */
  public abstract String name();

  /** {@return postal address, if given} */
  public abstract Optional<String> address();

  /** {@return the campus boundary polygon, if surveyed} */
  public abstract Optional<Boundary> boundary();

  /** {@return gates with guard posts} */
  public abstract List<Gate> gates();

  /** {@return buildings} */
  public abstract List<Building> buildings();

  /** {@return key parts (重点部位)} */
  public abstract List<KeyPart> keyParts();

  /** {@return total gross floor area of the buildings, in m²} */
  public double grossFloorAreaSquareMetres() {
    return buildings().stream().mapToDouble(Building::grossFloorAreaSquareMetres).sum();
  }

  /**
   * {@return the building with {@code buildingId}}
   *
   * @param buildingId the building's id
   */
  public Optional<Building> building(String buildingId) {
    Bounds.code("buildingId", buildingId);
    return buildings().stream().filter(b -> b.id().equals(buildingId)).findFirst();
  }

  @Value.Check
  void check() {
    Bounds.code("id", id());
    Bounds.nonBlankText("name", name());
    address().ifPresent(a -> Bounds.nonBlankText("address", a));
    Bounds.size("gates", gates());
    Bounds.size("buildings", buildings());
    Bounds.size("keyParts", keyParts());
    unique("gates", gates(), Gate::id);
    Set<String> buildingIds = unique("buildings", buildings(), Building::id);
    unique("keyParts", keyParts(), KeyPart::id);
    for (int i = 0; i < keyParts().size(); i++) {
      Optional<String> b = keyParts().get(i).buildingId();
      if (b.isPresent() && !buildingIds.contains(b.get())) {
        Require.thatElement(false, "keyParts", i, ".buildingId", b.get(), "must name a building of campus " + id());
      }
    }
  }

  private static <T> Set<String> unique(String field, List<T> items, Function<T, String> id) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Require.thatElement(ids.add(value), field, i, ".id", value, "ids must be unique within the campus");
    }
    return ids;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Campus}; not thread-safe. */

  /**
   * Builds a {@link Campus}; not thread-safe. Every method refuses a null argument, and a null
   * element of a collection or map argument, with {@link org.anxiao.core.error.MissingValueException}
   * naming the attribute ({@code attribute[index]} for an element); {@link #build()} checks the
   * invariants.
   */
  public static final class Builder {
    private final ImmutableCampus.Builder delegate = ImmutableCampus.generatedBuilder();

    Builder() {}

    /**
     * Fills the builder with the attributes of {@code instance}.
     *
     * @param instance the value
     * @return this builder
     */
    public Builder from(Campus instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link Campus#id() id}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      delegate.id(id);
      return this;
    }

    /**
     * Sets {@link Campus#name() name}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /**
     * Sets {@link Campus#address() address}.
     *
     * @param address the value
     * @return this builder
     */
    public Builder address(String address) {
      delegate.address(address);
      return this;
    }

    /**
     * Sets {@link Campus#address() address}.
     *
     * @param address the value
     * @return this builder
     */
    public Builder address(Optional<String> address) {
      Require.nonNull("address", address);
      delegate.address(address);
      return this;
    }

    /**
     * Sets {@link Campus#boundary() boundary}.
     *
     * @param boundary the value
     * @return this builder
     */
    public Builder boundary(Boundary boundary) {
      delegate.boundary(boundary);
      return this;
    }

    /**
     * Sets {@link Campus#boundary() boundary}.
     *
     * @param boundary the value
     * @return this builder
     */
    public Builder boundary(Optional<? extends Boundary> boundary) {
      Require.nonNull("boundary", boundary);
      delegate.boundary(boundary);
      return this;
    }

    /**
     * Adds elements to {@link Campus#gates() gates}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addGates(Gate element) {
      delegate.addGates(element);
      return this;
    }

    /**
     * Adds elements to {@link Campus#gates() gates}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addGates(Gate... elements) {
      delegate.addGates(Require.noNullIn("gates", elements));
      return this;
    }

    /**
     * Sets {@link Campus#gates() gates}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder gates(Iterable<? extends Gate> elements) {
      delegate.gates(Require.noNullIn("gates", elements));
      return this;
    }

    /**
     * Adds elements to {@link Campus#gates() gates}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllGates(Iterable<? extends Gate> elements) {
      delegate.addAllGates(Require.noNullIn("gates", elements));
      return this;
    }

    /**
     * Adds elements to {@link Campus#buildings() buildings}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addBuildings(Building element) {
      delegate.addBuildings(element);
      return this;
    }

    /**
     * Adds elements to {@link Campus#buildings() buildings}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addBuildings(Building... elements) {
      delegate.addBuildings(Require.noNullIn("buildings", elements));
      return this;
    }

    /**
     * Sets {@link Campus#buildings() buildings}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder buildings(Iterable<? extends Building> elements) {
      delegate.buildings(Require.noNullIn("buildings", elements));
      return this;
    }

    /**
     * Adds elements to {@link Campus#buildings() buildings}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllBuildings(Iterable<? extends Building> elements) {
      delegate.addAllBuildings(Require.noNullIn("buildings", elements));
      return this;
    }

    /**
     * Adds elements to {@link Campus#keyParts() keyParts}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addKeyParts(KeyPart element) {
      delegate.addKeyParts(element);
      return this;
    }

    /**
     * Adds elements to {@link Campus#keyParts() keyParts}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addKeyParts(KeyPart... elements) {
      delegate.addKeyParts(Require.noNullIn("keyParts", elements));
      return this;
    }

    /**
     * Sets {@link Campus#keyParts() keyParts}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder keyParts(Iterable<? extends KeyPart> elements) {
      delegate.keyParts(Require.noNullIn("keyParts", elements));
      return this;
    }

    /**
     * Adds elements to {@link Campus#keyParts() keyParts}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllKeyParts(Iterable<? extends KeyPart> elements) {
      delegate.addAllKeyParts(Require.noNullIn("keyParts", elements));
      return this;
    }

    /**
     * A new {@link Campus} from the attributes set.
     *
     * @return the value
     * @throws org.anxiao.core.error.MissingValueException if a required attribute is not set
     * @throws org.anxiao.core.error.InvalidValueException if the value breaks an invariant
     */
    public Campus build() {
      return delegate.build();
    }
  }
}
