/** The energy module's contributions to core's vocabularies (not exported; loaded as a service). */
package org.anxiao.energy.vocabulary;
