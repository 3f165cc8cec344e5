/**
 * The service-provider interface through which the domain modules (and any other jar) extend core's
 * vocabularies without editing core: {@link org.anxiao.core.spi.AnxiaoVocabulary}, with the
 * contributions it returns — {@link org.anxiao.core.spi.UnitContribution unit codes},
 * {@link org.anxiao.core.spi.SubjectKindContribution subject kinds}, document types
 * ({@link org.anxiao.core.json.DocumentType}) with their JSON Schemas, and Jackson mix-ins through a
 * {@link org.anxiao.core.spi.MixInRegistrar}.
 */
@NullMarked
package org.anxiao.core.spi;

import org.jspecify.annotations.NullMarked;
