/** The runnable demo ({@link org.anxiao.examples.Demo}) and the README usage example. */
package org.anxiao.examples;
