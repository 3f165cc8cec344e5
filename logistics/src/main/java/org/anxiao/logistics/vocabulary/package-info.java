/** The logistics module's contributions to core's vocabularies (not exported; loaded as a service). */
package org.anxiao.logistics.vocabulary;
