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
import org.junit.jupiter.api.Test;

/**
 * Properties of the storage check: findings and rules read are independent of the order cabinets and
 * items are listed in; an incompatible pair is found whichever of the two is listed first.
 */
class ChemicalStorageProperties {
  private static final ChemicalStorage STORAGE = ChemicalStorage.in(
      ChemicalFixtures.minhang(VerificationPolicy.ALLOW_UNVERIFIED));
  private static final List<String> POOL = List.of("7697-37-2", "7664-93-9", "7647-01-0", "64-17-5", "67-64-1",
      "60-29-7", "7722-64-7", "7722-84-1", "7440-23-5", "7440-09-7", "1310-73-2", "7732-18-5", "7487-94-7",
      "108-24-7", "7704-34-9", "3811-04-9");

  private static StorageLayout layout(Random r) {
    List<Cabinet> cabinets = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int c = 0; c < n; c++) {
      List<StoredItem> items = new ArrayList<>();
      int m = r.nextInt(6);
      for (int i = 0; i < m; i++) {
        String cas = POOL.get(r.nextInt(POOL.size()));
        Optional<BigDecimal> conc = cas.equals("7722-84-1") || r.nextBoolean()
            ? Optional.of(BigDecimal.valueOf(1 + r.nextInt(100))) : Optional.empty();
        items.add(new StoredItem(CasNumber.of(cas), BigDecimal.ONE, QuantityUnit.LITRE, conc, r.nextBoolean()));
      }
      EnumSet<StorageControl> controls = EnumSet.noneOf(StorageControl.class);
      for (StorageControl s : StorageControl.values()) {
        if (r.nextBoolean()) {
          controls.add(s);
        }
      }
      cabinets.add(new Cabinet("c" + c, controls, items));
    }
    return new StorageLayout("lab", EnumSet.of(StorageControl.VIDEO), cabinets);
  }

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
      StorageLayout a = layout(r);
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
}
