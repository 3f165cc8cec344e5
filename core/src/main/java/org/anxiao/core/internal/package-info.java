/**
 * Implementation support shared by Anxiao's modules. Not part of the public API: the package is
 * exported only to the Anxiao domain modules and may change in any release.
 */
@NullMarked
package org.anxiao.core.internal;

import org.jspecify.annotations.NullMarked;
