package org.anxiao.core.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.math.BigDecimal;
import javax.measure.Quantity;
import org.anxiao.core.time.AcademicYear;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.time.Quarter;
import org.anxiao.core.time.Semester;

/**
 * Jackson module of the Anxiao wire format: quantities as {@code {"value": "…", "unit": "…"}},
 * decimals as strings, periods as their codes. Register it on your own {@code ObjectMapper} to read
 * and write Anxiao types there; {@link AnxiaoJson} registers it for you, together with the strict
 * settings and limits.
 */
public final class AnxiaoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings({"unchecked", "rawtypes"})
  public AnxiaoModule() {
    super("anxiao");
    addSerializer(Quantity.class, new QuantityJson.Serializer());
    addDeserializer(Quantity.class, new QuantityJson.Deserializer(null));
    addSerializer(BigDecimal.class, new DecimalJson.Serializer());
    addDeserializer(BigDecimal.class, new DecimalJson.Deserializer());
    for (Class kind : new Class[] {Period.class, CalendarYear.class, Quarter.class, Month.class,
        AcademicYear.class, Semester.class, DateRange.class}) {
      addDeserializer(kind, new PeriodJson<>(kind));
    }
  }
}
