package org.anxiao.safety.chemical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.safety.testkit.ChemicalGenerators;
import org.junit.jupiter.api.Test;

/**
 * Properties of the storage check: findings and rules read are independent of the order cabinets and
 * items are listed in; an incompatible pair is found whichever of the two is listed first.
 */
class ChemicalStorageProperties {
  private static final ChemicalStorage STORAGE = ChemicalStorage.in(
      ChemicalFixtures.minhang(VerificationPolicy.ALLOW_UNVERIFIED));
  private static final List<String> POOL = ChemicalGenerators.SCHOOL_REAGENTS;

  private static StorageLayout shuffled(StorageLayout l, Random r) {
    List<Cabinet> cabinets = new ArrayList<>();
    for (Cabinet c : l.cabinets()) {
      List<StoredItem> items = new ArrayList<>(c.items());
      Collections.shuffle(items, r);
      cabinets.add(new Cabinet(c.id(), c.controls(), items));
    }
    Collections.shuffle(cabinets, r);
    return new StorageLayout(l.room(), l.controls(), cabinets);
  }

  @Test
  void findingsDoNotDependOnListingOrder() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      StorageLayout a = ChemicalGenerators.layout(r);
      StorageLayout b = shuffled(a, r);
      StorageCheck x = STORAGE.check(a);
      StorageCheck y = STORAGE.check(b);
      assertEquals(x.findings(), y.findings());
      assertEquals(x.rules(), y.rules());
      assertEquals(x.skipped(), y.skipped());
    });
  }

  @Test
  void anIncompatiblePairIsFoundInEitherOrder() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      CasNumber p = CasNumber.of(POOL.get(r.nextInt(POOL.size())));
      CasNumber q = CasNumber.of(POOL.get(r.nextInt(POOL.size())));
      StoredItem a = new StoredItem(p, BigDecimal.ONE, QuantityUnit.GRAM, Optional.of(BigDecimal.TEN), true);
      StoredItem b = new StoredItem(q, BigDecimal.ONE, QuantityUnit.GRAM, Optional.of(BigDecimal.TEN), true);
      StorageCheck pq = STORAGE.check(new StorageLayout("lab", EnumSet.noneOf(StorageControl.class),
          List.of(new Cabinet("c", EnumSet.noneOf(StorageControl.class), List.of(a, b)))));
      StorageCheck qp = STORAGE.check(new StorageLayout("lab", EnumSet.noneOf(StorageControl.class),
          List.of(new Cabinet("c", EnumSet.noneOf(StorageControl.class), List.of(b, a)))));
      assertEquals(pq.findings(), qp.findings());
    });
  }

  @Test
  void everyGeneratedLayoutIsCheckedAndGeneratedCasNumbersAreAccepted() {
    qt().withExamples(100).forAll(ChemicalGenerators.layouts()).checkAssert(l -> {
      StorageCheck c = STORAGE.check(l);
      assertEquals(c.findings(), STORAGE.check(l).findings(), "deterministic");
    });
    qt().withExamples(100).forAll(ChemicalGenerators.casNumbers()).checkAssert(cas ->
        assertEquals(cas, CasNumber.of(cas.value())));
  }
}
