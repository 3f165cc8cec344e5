/**
 * The JSON wire format: {@link org.anxiao.core.json.AnxiaoJson} (strict by default, lenient on
 * request, with limits), the Jackson {@link org.anxiao.core.json.AnxiaoModule}, and the
 * {@link org.anxiao.core.json.DocumentType}s whose JSON Schemas ship in the jar under
 * {@code META-INF/anxiao/schemas/}.
 *
 * <p>Shape: camelCase properties, ISO-8601 dates, quantities as
 * {@code {"value": "123.45", "unit": "kWh"}} with the value a decimal string, every other decimal a
 * string too, enums by their constant names, periods by their codes, optional values omitted when
 * empty, and a {@code schemaVersion} on every top-level document.
 */
package org.anxiao.core.json;
