/**
 * Anxiao energy (能源): standard coal equivalent, intensities, dual control, water and carbon, on
 * core's rule kinds and calculator contract. Depends on {@code org.anxiao.core} only.
 */
module org.anxiao.energy {
  requires static org.jspecify;
  // Core's model types carry Immutables annotations; javadoc reads them. Compile-only.
  requires static org.immutables.value.annotations;
  requires transitive org.anxiao.core;
  requires tech.units.indriya;

  exports org.anxiao.energy.batch;
  exports org.anxiao.energy.carrier;
  exports org.anxiao.energy.coal;
  exports org.anxiao.energy.carbon;
  exports org.anxiao.energy.dualcontrol;
  exports org.anxiao.energy.intensity;
  exports org.anxiao.energy.water;
  exports org.anxiao.energy.meter;

  provides org.anxiao.core.spi.AnxiaoVocabulary with org.anxiao.energy.vocabulary.EnergyVocabulary;

  // Jackson binds the records reflectively.
  opens org.anxiao.energy.carrier to com.fasterxml.jackson.databind;
  opens org.anxiao.energy.coal to com.fasterxml.jackson.databind;
  opens org.anxiao.energy.carbon to com.fasterxml.jackson.databind;
  // core reads the dual-control finding messages next to their class (MessageCatalog).
  opens org.anxiao.energy.dualcontrol to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.energy.intensity to com.fasterxml.jackson.databind;
  opens org.anxiao.energy.water to com.fasterxml.jackson.databind;
  opens org.anxiao.energy.meter to com.fasterxml.jackson.databind;
}
