package org.anxiao.safety.chemical;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;

/** Contexts, reagents and altered packs for the chemical tests. */
final class ChemicalFixtures {
  static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  /** Minhang (闵行区): the room-controls pack applies. */
  static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  /** Guangdong: national packs only. */
  static final JurisdictionCode GUANGDONG = JurisdictionCode.of("440000");
  static final ObjectMapper JSON = new ObjectMapper();

  static final CasNumber SULFURIC_ACID = CasNumber.of("7664-93-9");
  static final CasNumber HYDROCHLORIC_ACID = CasNumber.of("7647-01-0");
  static final CasNumber ETHER = CasNumber.of("60-29-7");
  static final CasNumber ACETONE = CasNumber.of("67-64-1");
  static final CasNumber ACETIC_ANHYDRIDE = CasNumber.of("108-24-7");
  static final CasNumber PERMANGANATE = CasNumber.of("7722-64-7");
  static final CasNumber PEROXIDE = CasNumber.of("7722-84-1");
  static final CasNumber NITRIC_ACID = CasNumber.of("7697-37-2");
  static final CasNumber SODIUM = CasNumber.of("7440-23-5");
  static final CasNumber POTASSIUM = CasNumber.of("7440-09-7");
  static final CasNumber SODIUM_HYDROXIDE = CasNumber.of("1310-73-2");
  static final CasNumber MERCURIC_CHLORIDE = CasNumber.of("7487-94-7");
  static final CasNumber WATER = CasNumber.of("7732-18-5");

  private ChemicalFixtures() {}

  static RuleContext national(VerificationPolicy policy) {
    return RuleContext.standard(GUANGDONG, DATE).withPolicy(policy);
  }

  static RuleContext minhang(VerificationPolicy policy) {
    return RuleContext.standard(MINHANG, DATE).withPolicy(policy);
  }

  static ChemicalRegistry registry() {
    return ChemicalRegistry.in(national(VerificationPolicy.DEFAULT));
  }

  static ChemicalRegistry registryAllowingUnverified() {
    return ChemicalRegistry.in(national(VerificationPolicy.ALLOW_UNVERIFIED));
  }

  static Optional<BigDecimal> percent(String value) {
    return Optional.of(new BigDecimal(value));
  }

  static StoredItem item(CasNumber cas) {
    return new StoredItem(cas, new BigDecimal("500"), QuantityUnit.GRAM, Optional.empty(), false);
  }

  static StoredItem item(CasNumber cas, String concentration) {
    return new StoredItem(cas, new BigDecimal("500"), QuantityUnit.MILLILITRE, percent(concentration), false);
  }

  static StoredItem underOil(CasNumber cas) {
    return new StoredItem(cas, new BigDecimal("100"), QuantityUnit.GRAM, Optional.empty(), true);
  }

  static Cabinet cabinet(String id, Set<StorageControl> controls, StoredItem... items) {
    return new Cabinet(id, controls, List.of(items));
  }

  static StorageLayout room(Set<StorageControl> controls, Cabinet... cabinets) {
    return new StorageLayout("chem-store", controls, List.of(cabinets));
  }

  /** The shipped pack's JSON tree. */
  static ObjectNode tree(String file) {
    return ShippedPacks.tree("safety-chemical", file);
  }

  /** A fictional TEST pack at 440000: a copy of the shipped {@code file} with {@code edit} applied. */
  static RulePack testPack(String file, String id, Consumer<ObjectNode> edit) {
    return ShippedPacks.testPack("safety-chemical", file, id, GUANGDONG, edit);
  }

}
