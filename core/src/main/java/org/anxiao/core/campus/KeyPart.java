package org.anxiao.core.campus;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A key part (重点部位): a building, room or area that inspections and patrols single out.
 *
 * @param id         unique within the campus
 * @param name       e.g. 化学实验室危化品柜
 * @param kind       its kind on the Lishui list
 * @param buildingId the building it is in, if any (must exist on the campus)
 */
public record KeyPart(String id, String name, KeyPartKind kind, Optional<String> buildingId) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id         unique within the campus
   * @param name       e.g. 化学实验室危化品柜
   * @param kind       its kind on the Lishui list
   * @param buildingId the building it is in, if any (must exist on the campus)
   */
  public KeyPart {
    Bounds.code("id", id);
    Bounds.nonBlankText("name", name);
    Require.nonNull("kind", kind);
    buildingId = Objects.requireNonNullElse(buildingId, Optional.empty());
    buildingId.ifPresent(b -> Bounds.code("buildingId", b));
  }
}
