/**
 * Anxiao core: schools, campuses, jurisdictions, periods, units, money, rule packs with citations,
 * findings, scorecards and the JSON wire format.
 */
module org.anxiao.core {
  requires static org.jspecify;
  requires transitive java.measure;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.google.common;
  requires tech.units.indriya;
  requires com.networknt.schema;
  requires static org.immutables.value.annotations;
  requires static org.apiguardian.api;
  // Annotations the Immutables-generated sources carry; not needed at run time.
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.anxiao.core.batch;
  exports org.anxiao.core.calc;
  exports org.anxiao.core.campus;
  exports org.anxiao.core.error;
  exports org.anxiao.core.finding;
  exports org.anxiao.core.fire;
  exports org.anxiao.core.geo;
  exports org.anxiao.core.json;
  exports org.anxiao.core.jurisdiction;
  exports org.anxiao.core.money;
  exports org.anxiao.core.rule;
  exports org.anxiao.core.school;
  exports org.anxiao.core.scorecard;
  exports org.anxiao.core.spi;
  exports org.anxiao.core.text;
  exports org.anxiao.core.time;
  exports org.anxiao.core.unit;
  exports org.anxiao.core.internal to org.anxiao.energy, org.anxiao.safety, org.anxiao.logistics;

  // Vocabulary providers: unit codes, subject kinds, document types and mix-ins from other modules.
  uses org.anxiao.core.spi.AnxiaoVocabulary;
  provides org.anxiao.core.spi.AnxiaoVocabulary with org.anxiao.core.fire.CoreRuleKinds;

  // Jackson binds the package-private Immutables implementations and records reflectively.
  opens org.anxiao.core.batch to com.fasterxml.jackson.databind;
  opens org.anxiao.core.campus to com.fasterxml.jackson.databind;
  opens org.anxiao.core.finding to com.fasterxml.jackson.databind;
  opens org.anxiao.core.fire to com.fasterxml.jackson.databind;
  opens org.anxiao.core.geo to com.fasterxml.jackson.databind;
  opens org.anxiao.core.jurisdiction to com.fasterxml.jackson.databind;
  opens org.anxiao.core.money to com.fasterxml.jackson.databind;
  opens org.anxiao.core.rule to com.fasterxml.jackson.databind;
  opens org.anxiao.core.school to com.fasterxml.jackson.databind;
  opens org.anxiao.core.scorecard to com.fasterxml.jackson.databind;
  opens org.anxiao.core.text to com.fasterxml.jackson.databind;
  opens org.anxiao.core.time to com.fasterxml.jackson.databind;
  opens org.anxiao.core.unit to com.fasterxml.jackson.databind;
}
