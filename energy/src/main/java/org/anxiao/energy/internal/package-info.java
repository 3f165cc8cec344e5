/**
 * Kernels shared by the typed and the batch APIs (not exported).
 */
@NullMarked
package org.anxiao.energy.internal;

import org.jspecify.annotations.NullMarked;
