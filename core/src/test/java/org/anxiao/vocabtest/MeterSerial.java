package org.anxiao.vocabtest;

/**
 * A meter's serial number, a type of a module other than core (hence its package): the test
 * vocabulary contributes a Jackson mix-in that writes it as a plain string, {@code "SN-7"}, where
 * Jackson on its own would write {@code {"value": "SN-7"}}.
 *
 * @param value the serial, e.g. {@code SN-7}
 */
public record MeterSerial(String value) {}
