package org.anxiao.logistics.canteen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.rule.RuleContext;
import org.junit.jupiter.api.Test;

/** Every record of the package refuses a null component with an error naming it, one component at a time. */
class CanteenNullsTest {
  /** Calls the canonical constructor of {@code valid}'s class with its components, component {@code i} null. */
  private static void eachNullRefused(Record valid) throws ReflectiveOperationException {
    Class<?> type = valid.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getAccessor().invoke(valid);
    }
    assertEquals(valid, canonical.newInstance(values), type.getSimpleName() + " rebuilt");
    for (int i = 0; i < components.length; i++) {
      if (types[i].isPrimitive()) {
        continue;
      }
      Object[] args = values.clone();
      args[i] = null;
      try {
        canonical.newInstance(args);
        fail(type.getSimpleName() + " accepted a null " + components[i].getName());
      } catch (InvocationTargetException e) {
        assertTrue(e.getCause() instanceof AnxiaoException, String.valueOf(e.getCause()));
        assertEquals(Optional.of(components[i].getName()), ((AnxiaoException) e.getCause()).field(),
            type.getSimpleName() + "." + components[i].getName());
      }
    }
  }

  @Test
  void everyRecordRefusesANullComponentNamingIt() throws ReflectiveOperationException {
    CanteenAccounts previous = CanteenAccounts.builder("C1", "食堂", CanteenFixtures.PREVIOUS_TERM)
        .revenue(RevenueKind.MEAL_FEES, CanteenFixtures.yuan("10.00")).standardPrice(CanteenFixtures.yuan("10.00"))
        .build();
    CanteenAccounts current = CanteenFixtures.worked().personMeals(1000).standardPrice(CanteenFixtures.yuan("11.00"))
        .build();
    CanteenAccountReport report = CanteenFixtures.allowingUnverified().assess(current, previous);
    eachNullRefused(report);
    eachNullRefused(current);
    eachNullRefused(current.revenue().get(0));
    eachNullRefused(current.costs().get(0));
    eachNullRefused(report.costBreakdown().get(0));
    eachNullRefused(report.priceChange().orElseThrow());
    eachNullRefused(RuleContext.standard(CanteenFixtures.MINHANG, CanteenFixtures.DAY).bind(CanteenAccountingRule.KIND)
        .value());
  }
}
