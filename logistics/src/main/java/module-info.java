/**
 * Anxiao logistics (后勤): canteen accounts and food-safety routines, food waste, dormitories, 六T
 * site management, emergency supplies, greening and waste sorting, on core's rule kinds and calculator
 * contract. Depends on {@code org.anxiao.core} only. A package is exported once it holds types.
 */
module org.anxiao.logistics {
  requires static org.jspecify;
  // Core's model types carry Immutables annotations; javadoc reads them. Compile-only.
  requires static org.immutables.value.annotations;
  requires transitive org.anxiao.core;

  exports org.anxiao.logistics.canteen;
  exports org.anxiao.logistics.food;
  exports org.anxiao.logistics.waste;
  exports org.anxiao.logistics.dormitory;
  exports org.anxiao.logistics.sixt;
  exports org.anxiao.logistics.supplies;
  exports org.anxiao.logistics.greening;

  provides org.anxiao.core.spi.AnxiaoVocabulary with org.anxiao.logistics.vocabulary.LogisticsVocabulary;

  // Jackson binds the records reflectively; core reads the finding messages next to their classes
  // (MessageCatalog).
  opens org.anxiao.logistics.canteen to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.logistics.food to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.logistics.waste to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.logistics.dormitory to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.logistics.sixt to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.logistics.supplies to com.fasterxml.jackson.databind, org.anxiao.core;
  opens org.anxiao.logistics.greening to com.fasterxml.jackson.databind, org.anxiao.core;
}
