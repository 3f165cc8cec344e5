package org.anxiao.core.spi;

import javax.measure.Quantity;
import javax.measure.quantity.Power;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.unit.Measure;
import org.anxiao.vocabtest.MeterSerial;

/**
 * The contributed test document type {@code meter-reading}: a meter (a contributed subject kind), its
 * serial (a type with a contributed mix-in), its peak demand in a contributed power unit and its
 * capacity as a measure.
 *
 * @param schemaVersion the wire-format version
 * @param meter         the meter, e.g. {@code METER M-1}
 * @param serial        its serial number
 * @param peakDemand    the peak demand, e.g. 2.5 kW
 * @param capacity      the rated capacity, e.g. 1.5 MW
 */
public record MeterReading(String schemaVersion, Subject meter, MeterSerial serial, Quantity<Power> peakDemand,
    Measure capacity) {}
