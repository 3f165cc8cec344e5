/**
 * Vectors on demand: vector families, and the files and command that write generated,
 * differential vectors in the conformance format.
 */
package org.anxiao.core.testkit.vector;
