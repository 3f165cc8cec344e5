/**
 * Anxiao energy. Depends on {@code org.anxiao.core} only. The module exports its packages once they
 * hold types (a package with only {@code package-info.java} cannot be exported).
 */
module org.anxiao.energy {
  requires static org.jspecify;
  requires transitive org.anxiao.core;
  requires tech.units.indriya;

  provides org.anxiao.core.spi.AnxiaoVocabulary with org.anxiao.energy.vocabulary.EnergyVocabulary;
}
