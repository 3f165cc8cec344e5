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

  /** Unique within the school. */
  public abstract String id();

  /** e.g. 本部. */
  public abstract String name();

  /** Postal address, if given. */
  public abstract Optional<String> address();

  /** The campus boundary polygon, if surveyed. */
  public abstract Optional<Boundary> boundary();

  /** Gates with guard posts. */
  public abstract List<Gate> gates();

  /** Buildings. */
  public abstract List<Building> buildings();

  /** Key parts (重点部位). */
  public abstract List<KeyPart> keyParts();

  /** Total gross floor area of the buildings, in m². */
  public double grossFloorAreaSquareMetres() {
    return buildings().stream().mapToDouble(Building::grossFloorAreaSquareMetres).sum();
  }

  /** The building with {@code buildingId}. */
  public Optional<Building> building(String buildingId) {
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

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Campus}; not thread-safe. */
  public static final class Builder extends ImmutableCampus.Builder {
    Builder() {}
  }
}
