package org.anxiao.core.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.text.LocalizedText;

/** Small rule packs for registry tests. */
final class RulePackFixtures {
  private RulePackFixtures() {}

  static final String KIND = "anxiao.test.guards";

  static RulePack pack(String id, String version, String jurisdiction, String from, String to,
      Verification verification, Map<String, String> decimals) {
    RulePack.Builder b = RulePack.builder().id(id).version(PackVersion.of(version)).kind(KIND)
        .title(LocalizedText.of("测试 " + id, "test " + id)).jurisdiction(JurisdictionCode.of(jurisdiction))
        .validFrom(LocalDate.parse(from)).validTo(Optional.ofNullable(to).map(LocalDate::parse))
        .source(Citation.of("测试机关", "测〔2024〕1号", 2024)).verification(verification);
    decimals.forEach((k, v) -> b.putParameters(k, new Parameter.Decimal(new BigDecimal(v), Optional.of("人"),
        Optional.of("第" + k + "条"), Optional.empty(), Optional.empty())));
    return b.build();
  }
}
