/**
 * Anxiao safety. Depends on {@code org.anxiao.core} only. The module exports its packages once they
 * hold types (a package with only {@code package-info.java} cannot be exported).
 */
module org.anxiao.safety {
  requires static org.jspecify;
  requires transitive org.anxiao.core;

  provides org.anxiao.core.spi.AnxiaoVocabulary with org.anxiao.safety.vocabulary.SafetyVocabulary;
}
