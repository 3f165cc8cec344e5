package org.anxiao.safety.defence;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * The facilities a standard asks for at one key part (重点部位), e.g. 学校出入口 or 化学实验室.
 * Immutable and thread-safe.
 *
 * @param id         the key part's code, e.g. {@code ENTRANCE}
 * @param keyPart    its name in Chinese and English
 * @param facilities the facilities asked for there; at least one
 */
public record KeyPartFacilities(String id, LocalizedText keyPart, List<Facility> facilities) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id         the key part's code
   * @param keyPart    its name
   * @param facilities the facilities; at least one
   */
  public KeyPartFacilities {
    Bounds.code("id", id);
    Require.nonNull("keyPart", keyPart);
    facilities = Bounds.list("facilities", facilities);
    Require.nonEmpty("facilities", facilities);
  }
}
