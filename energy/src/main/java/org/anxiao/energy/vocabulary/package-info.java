/** The energy module's contributions to core's vocabularies (not exported; loaded as a service). */
@NullMarked
package org.anxiao.energy.vocabulary;

import org.jspecify.annotations.NullMarked;
