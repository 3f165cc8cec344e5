/**
 * The safety module's test kit: QuickTheories generators of its public types, edge cases at the
 * boundaries of its shipped packs, invalid inputs labelled with their error codes, and its vector
 * families for vectors on demand.
 */
package org.anxiao.safety.testkit;
