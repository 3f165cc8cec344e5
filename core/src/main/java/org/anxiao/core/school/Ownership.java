package org.anxiao.core.school;

/** Who runs the school (办学性质). */
public enum Ownership {
  /** 公办 — public. */
  PUBLIC,
  /** 民办 — private. */
  PRIVATE
}
