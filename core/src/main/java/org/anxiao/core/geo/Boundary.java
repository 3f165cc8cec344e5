package org.anxiao.core.geo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Require;

/**
 * A campus boundary (校园边界): a simple polygon of at least three distinct vertices, all in one
 * {@link CoordinateSystem}. The ring is stored open (a closing vertex equal to the first is
 * dropped).
 *
 * @param vertices the vertices in order, at least three
 */
public record Boundary(List<GeoPoint> vertices) {
  /**
   * Creates the boundary.
   *
   * @param vertices the vertices in order, at least three; a closing vertex equal to the first is dropped
   */
  @JsonCreator
  public Boundary(@JsonProperty("vertices") List<GeoPoint> vertices) {
    Require.nonNull("vertices", vertices);
    List<GeoPoint> ring = new ArrayList<>(vertices.size());
    for (int i = 0; i < vertices.size(); i++) {
      ring.add(Require.nonNullElement("vertices", i, vertices.get(i)));
    }
    if (ring.size() > 1 && ring.get(0).equals(ring.get(ring.size() - 1))) {
      ring.remove(ring.size() - 1);
    }
    if (ring.stream().distinct().count() < 3) {
      throw new InvalidValueException("vertices", ring.size(), "a boundary needs at least three distinct vertices");
    }
    CoordinateSystem system = ring.get(0).system();
    for (int i = 1; i < ring.size(); i++) {
      if (ring.get(i).system() != system) {
        throw new InvalidValueException("vertices[" + i + "].system", ring.get(i).system(),
            "all vertices must be in " + system + "; convert before building the boundary");
      }
    }
    this.vertices = List.copyOf(ring);
  }

  /** {@return the reference system of every vertex} */
  public CoordinateSystem system() {
    return vertices.get(0).system();
  }
}
