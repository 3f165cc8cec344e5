package org.anxiao.safety.defence;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A reference to one piece of evidence (佐证材料) — a photo, a document, a register page, a video
 * clip — held by the caller: the library keeps the reference, never the file. Immutable and
 * thread-safe.
 *
 * @param kind      what the evidence is
 * @param reference the caller's reference (a file name, URI or archive number), one line
 */
public record EvidenceRef(EvidenceKind kind, String reference) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param kind      what the evidence is
   * @param reference the caller's reference, one line, not blank
   */
  public EvidenceRef {
    Require.nonNull("kind", kind);
    Bounds.line("reference", reference);
  }
}
