/** The runnable demo ({@link org.anxiao.examples.Demo}) and the README usage example. */
@NullMarked
package org.anxiao.examples;

import org.jspecify.annotations.NullMarked;
