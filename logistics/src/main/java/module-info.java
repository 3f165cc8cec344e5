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

  // exports: canteen
  // exports: food
  exports org.anxiao.logistics.food;
  // exports: waste
  // exports: dormitory
  // exports: sixt
  // exports: supplies
  // exports: greening

  provides org.anxiao.core.spi.AnxiaoVocabulary with org.anxiao.logistics.vocabulary.LogisticsVocabulary;

  // Jackson binds the records reflectively; core reads the finding messages next to their classes
  // (MessageCatalog).
  // opens: canteen
  // opens: food
  opens org.anxiao.logistics.food to com.fasterxml.jackson.databind, org.anxiao.core;
  // opens: waste
  // opens: dormitory
  // opens: sixt
  // opens: supplies
  // opens: greening
}
