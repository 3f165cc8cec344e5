/**
 * The JSON wire format: {@link org.anxiao.core.json.AnxiaoJson} (strict by default, lenient on
 * request, with limits), the Jackson {@link org.anxiao.core.json.AnxiaoModule}, and the
 * {@link org.anxiao.core.json.DocumentType}s whose JSON Schemas ship in the jar under
 * {@code META-INF/anxiao/schemas/} — or in the jar of the module that contributes them through
 * {@link org.anxiao.core.spi.AnxiaoVocabulary}, together with its Jackson mix-ins.
 *
 * <p>Shape: camelCase properties, ISO-8601 dates, quantities as
 * {@code {"value": "123.45", "unit": "kWh"}} with the value a decimal string, every other decimal a
 * string too, enums by their constant names, subject kinds and unit codes by their codes (open
 * vocabularies), periods by their codes, optional values omitted when
 * empty, and a {@code schemaVersion} on every top-level document.
 */
@NullMarked
package org.anxiao.core.json;

import org.jspecify.annotations.NullMarked;
