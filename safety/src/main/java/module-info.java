/**
 * Anxiao safety (安全): hazards and their rectification, risk grading, major fire hazards, staffing,
 * technical defence, the safety zone and laboratory chemicals, on core's rule kinds and calculator
 * contract. Depends on {@code org.anxiao.core} only. A package is exported once it holds types.
 */
module org.anxiao.safety {
  requires static org.jspecify;
  // Core's model types carry Immutables annotations; javadoc reads them. Compile-only.
  requires static org.immutables.value.annotations;
  requires transitive org.anxiao.core;
  // GeographicLib's Java port (geodesics for the safety zone): an automatic module, named from
  // its jar's file name (its manifest has no Automatic-Module-Name).
  requires GeographicLib.Java;

  exports org.anxiao.safety.chemical;
  exports org.anxiao.safety.defence;
  exports org.anxiao.safety.fire;
  exports org.anxiao.safety.hazard;
  exports org.anxiao.safety.register;
  exports org.anxiao.safety.risk;
  exports org.anxiao.safety.staffing;
  exports org.anxiao.safety.zone;

  provides org.anxiao.core.spi.AnxiaoVocabulary with org.anxiao.safety.vocabulary.SafetyVocabulary;

  // Jackson binds the records reflectively; core reads the finding messages next to their classes
  // (MessageCatalog).
  opens org.anxiao.safety.chemical to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.safety.defence to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.safety.fire to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.safety.hazard to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.safety.register to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.safety.risk to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.safety.staffing to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.safety.zone to com.fasterxml.jackson.databind, org.anxiao.core;
}
