package org.anxiao.core.testkit.gen;

import static org.anxiao.core.testkit.gen.ValueGenerators.dates;
import static org.anxiao.core.testkit.gen.ValueGenerators.decimals;
import static org.anxiao.core.testkit.gen.ValueGenerators.jurisdictions;
import static org.anxiao.core.testkit.gen.ValueGenerators.lines;
import static org.anxiao.core.testkit.gen.ValueGenerators.texts;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.DecimalEntry;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.PackVersion;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of citations, rule-pack parameters, rule packs and applied rules.
 */
public final class RuleGenerators {
  private RuleGenerators() {}

  /** {@return citations with optional titles, clauses and addresses} */
  public static Gen<Citation> citations() {
    Gen<Optional<String>> optText = texts().toOptionals(50);
    Gen<Optional<String>> clauses = Generate.pick(List.of("第七十三条", "4.2", "三(一)8", "附录A")).toOptionals(50);
    return texts().zip(texts(), optText, clauses, (issuer, doc, title, clause) ->
        new Citation(issuer, doc, title, clause, 2021, Optional.empty()))
        .zip(booleans().all(), (c, url) -> url
            ? new Citation(c.issuer(), c.document(), c.title(), c.clause(), c.year(), Optional.of("https://example.org/" + c.year()))
            : c);
  }

  /** {@return parameters of every type: decimals, whole numbers, flags, texts, lists, tables and structures} */
  public static Gen<Parameter> parameters() {
    Gen<Optional<String>> clause = Generate.pick(List.of("第七十三条", "4.2", "三(一)8")).toOptionals(50);
    Gen<Optional<Verification>> ver = Generate.enumValues(Verification.class).toOptionals(50);
    Gen<Parameter> dec = decimals().zip(clause, ver, (v, c, vr) -> new Parameter.Decimal(v, Optional.of("kgce/kWh"), c, vr, Optional.empty()));
    Gen<Parameter> whole = longs().between(-1000, 1000).zip(clause, (v, c) -> new Parameter.WholeNumber(v, Optional.empty(), c, Optional.empty(), Optional.empty()));
    Gen<Parameter> flag = booleans().all().zip(ver, (v, vr) -> new Parameter.Flag(v, Optional.empty(), vr, Optional.of(LocalizedText.of("较安全的读法", "safer reading"))));
    Gen<Parameter> text = lines().map(t -> new Parameter.Text(t, Optional.empty(), Optional.empty(), Optional.empty()));
    Gen<Parameter> list = lists().of(lines()).ofSizeBetween(0, 4).map(l -> new Parameter.TextList(l, Optional.empty(), Optional.empty(), Optional.empty()));
    Gen<Parameter> table = lists().of(decimals()).ofSizeBetween(1, 4).map(vals -> {
      Map<String, DecimalEntry> rows = new LinkedHashMap<>();
      for (int i = 0; i < vals.size(); i++) {
        rows.put("row" + i, new DecimalEntry(vals.get(i), Optional.empty(), i == 0 ? Optional.of(Verification.UNVERIFIED) : Optional.empty()));
      }
      return new Parameter.DecimalTable(rows, Optional.of("kgCO2/kWh"), Optional.empty(), Optional.empty(), Optional.empty());
    });
    Gen<Parameter> structure = integers().between(0, 100).map(n -> new Parameter.Structure(
        "{\"n\":" + n + ",\"label\":\"x" + n + "\"}",
        Optional.empty(), Optional.empty(), Optional.empty()));
    return Generate.oneOf(dec, whole, flag, text, list, table, structure);
  }

  /** {@return fictional test packs of test kinds, with up to five parameters} */
  public static Gen<RulePack> rulePacks() {
    return integers().between(1, 500).zip(jurisdictions(), dates(), integers().between(0, 3000).toOptionals(50),
        (n, j, from, days) -> RulePack.builder().id("test.pack-" + n).version(PackVersion.of("1." + (n % 7)))
            .kind("anxiao.test.kind" + (n % 3)).title(LocalizedText.of("测试规则包" + n, "test pack " + n))
            .jurisdiction(j).validFrom(from).validTo(days.map(from::plusDays))
            .source(new Citation("测试机关", "测〔2024〕" + n + "号", Optional.empty(), Optional.empty(), 2024, Optional.empty()))
            .verification(Verification.values()[n % 3]))
        .zip(lists().of(parameters()).ofSizeBetween(0, 5), (b, params) -> {
          for (int i = 0; i < params.size(); i++) {
            b.putParameters("p" + i, params.get(i));
          }
          return b.build();
        });
  }

  /** {@return applied rules of a fictional pack} */
  public static Gen<AppliedRule> appliedRules() {
    return citations().zip(decimals(), Generate.enumValues(Verification.class),
        (c, v, ver) -> new AppliedRule(PackRef.of("test.pack", "1.0"), "p0", v.toPlainString(), Optional.of("m2"), ver, c));
  }

  /**
   * {@return up to four successive packs of {@code kind} for one jurisdiction, in force one after
   * another from {@code epoch} with gaps of up to 89 days, each defining a random subset of
   * {@code names} as decimal parameters (values that tell the pack apart); the last may be open-ended}
   *
   * @param jurisdiction the packs' jurisdiction code
   * @param kind         the packs' rule kind
   * @param names        parameter names, up to 31
   * @param epoch        the day from which the packs are laid out
   */
  public static Gen<List<RulePack>> successivePacks(String jurisdiction, String kind, List<String> names, LocalDate epoch) {
    return lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 4).map(seeds -> {
      List<RulePack> packs = new ArrayList<>();
      int day = 0;
      for (int i = 0; i < seeds.size(); i++) {
        int s = seeds.get(i);
        int start = day + s % 90;
        int length = 30 + s % 400;
        boolean open = i == seeds.size() - 1 && s % 3 == 0;
        String id = "p" + jurisdiction.toLowerCase(java.util.Locale.ROOT) + "-" + i;
        RulePack.Builder b = RulePack.builder().id(id).version(PackVersion.of("1." + s % 5)).kind(kind)
            .title(LocalizedText.of("测试 " + id, "test " + id)).jurisdiction(JurisdictionCode.of(jurisdiction))
            .validFrom(epoch.plusDays(start)).validTo(open ? Optional.empty() : Optional.of(epoch.plusDays(start + length - 1)))
            .source(Citation.of("测试机关", "测〔2024〕1号", 2024)).verification(Verification.SECONDARY);
        for (int n = 0; n < names.size(); n++) {
          if ((s >> n & 1) == 1) {
            String k = names.get(n);
            b.putParameters(k, new Parameter.Decimal(new BigDecimal(jurisdiction.replace("CN", "1") + "." + i + n),
                Optional.of("人"), Optional.of("第" + k + "条"), Optional.empty(), Optional.empty()));
          }
        }
        packs.add(b.build());
        day = start + length;
      }
      return packs;
    });
  }
}
