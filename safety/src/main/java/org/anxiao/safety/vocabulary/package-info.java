/** The safety module's contributions to core's vocabularies (not exported; loaded as a service). */
@NullMarked
package org.anxiao.safety.vocabulary;

import org.jspecify.annotations.NullMarked;
