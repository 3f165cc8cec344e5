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
    return buildings().stream().filter(b -> b.id().equals(buildingId)).findFirst();
  }

  @Value.Check
  void check() {
    Require.nonBlank("id", id());
    Require.nonBlank("name", name());
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
  public static final class Builder extends ImmutableCampus.Builder {
    Builder() {}
  }
}
