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
 * decimals as strings, periods as their codes, and the mix-ins every
 * {@link org.anxiao.core.spi.AnxiaoVocabulary} contributes for its own types. Register it on your own
 * {@code ObjectMapper} to read and write Anxiao types there (registering it finds the providers);
 * {@link AnxiaoJson} registers it for you, together with the strict settings and limits, and reads the
 * contributed mix-ins only when Jackson first meets a type outside core, the JDK and Jackson.
 */
public final class AnxiaoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** False for {@link AnxiaoJson}'s mappers, which resolve contributed mix-ins lazily instead. */
  private final boolean contributedMixIns;

  /** The module with every contributed mix-in. */
  public AnxiaoModule() {
    this(true);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  AnxiaoModule(boolean contributedMixIns) {
    super("anxiao");
    this.contributedMixIns = contributedMixIns;
    addSerializer(Quantity.class, new QuantityJson.Serializer());
    addDeserializer(Quantity.class, new QuantityJson.Deserializer(null));
    addSerializer(BigDecimal.class, new DecimalJson.Serializer());
    addDeserializer(BigDecimal.class, new DecimalJson.Deserializer());
    for (Class kind : new Class[] {Period.class, CalendarYear.class, Quarter.class, Month.class,
        AcademicYear.class, Semester.class, DateRange.class}) {
      addDeserializer(kind, new PeriodJson<>(kind));
    }
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    if (contributedMixIns) {
      ContributedMixIns.all().forEach(context::setMixInAnnotations);
    }
  }
}
