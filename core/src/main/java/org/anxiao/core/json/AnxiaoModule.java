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
public final class AnxiaoModule extends com.fasterxml.jackson.databind.Module {
  /** The serializers and deserializers; held, not inherited, so the module's API is Jackson's {@code Module} only. */
  private final SimpleModule serializers = new SimpleModule("anxiao");

  /** False for {@link AnxiaoJson}'s mappers, which resolve contributed mix-ins lazily instead. */
  private final boolean contributedMixIns;

  /** The module with every contributed mix-in. */
  public AnxiaoModule() {
    this(true);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  AnxiaoModule(boolean contributedMixIns) {
    this.contributedMixIns = contributedMixIns;
    serializers.addSerializer(Quantity.class, new QuantityJson.Serializer());
    serializers.addDeserializer(Quantity.class, new QuantityJson.Deserializer(null));
    serializers.addSerializer(BigDecimal.class, new DecimalJson.Serializer());
    serializers.addDeserializer(BigDecimal.class, new DecimalJson.Deserializer());
    for (Class kind : new Class[] {Period.class, CalendarYear.class, Quarter.class, Month.class,
        AcademicYear.class, Semester.class, DateRange.class}) {
      serializers.addDeserializer(kind, new PeriodJson<>(kind));
    }
  }

  /** {@code anxiao}. */
  @Override
  public String getModuleName() {
    return serializers.getModuleName();
  }

  /** The module's version, as Jackson reports modules. */
  @Override
  public com.fasterxml.jackson.core.Version version() {
    return serializers.version();
  }

  /** One registration per mapper, whatever the instance. */
  @Override
  public Object getTypeId() {
    return AnxiaoModule.class.getName();
  }

  /** Registers the serializers, deserializers and (for this public form) the contributed mix-ins. */
  @Override
  public void setupModule(SetupContext context) {
    org.anxiao.core.internal.Require.nonNull("context", context);
    serializers.setupModule(context);
    if (contributedMixIns) {
      ContributedMixIns.all().forEach(context::setMixInAnnotations);
    }
  }
}
