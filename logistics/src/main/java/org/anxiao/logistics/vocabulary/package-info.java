/** The logistics module's contributions to core's vocabularies (not exported; loaded as a service). */
@NullMarked
package org.anxiao.logistics.vocabulary;

import org.jspecify.annotations.NullMarked;
