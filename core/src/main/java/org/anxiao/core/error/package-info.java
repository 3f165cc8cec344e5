/**
 * The one exception hierarchy of Anxiao, rooted at {@link org.anxiao.core.error.AnxiaoException}.
 * Every public constructor, factory and calculator validates its input and throws one of these
 * (never {@code NullPointerException}, never a silent NaN or clamp).
 */
@NullMarked
package org.anxiao.core.error;

import org.jspecify.annotations.NullMarked;
