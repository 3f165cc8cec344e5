/**
 * Findings (检查发现) and assessments: stable codes, severity, subject, measured vs required with
 * units, bilingual messages from resource bundles ({@link org.anxiao.core.finding.MessageCatalog})
 * and citations; an {@link org.anxiao.core.finding.Assessment} adds the inputs digest and the packs
 * and values used, so it can be reproduced.
 */
@NullMarked
package org.anxiao.core.finding;

import org.jspecify.annotations.NullMarked;
