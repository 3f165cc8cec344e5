package org.anxiao.logistics.supplies;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * The result of an emergency-supplies check (应急物资核对结果): per quota item the required quantity with its terms,
 * the usable, expired and expiring stock and the shortfall ({@link SupplyLine}); the rule values read
 * ({@code items}, then {@code expiringWithinDays}); the packs in force; and bilingual findings — per
 * item a shortfall, an expired quantity and an expiring quantity, or one finding that the stock is
 * adequate. Becomes an {@code Assessment} with {@link #toAssessment(java.time.Instant)}. Immutable.
 *
 * @param subject            the school
 * @param size               the school's size (input)
 * @param stock              the stock (input)
 * @param on                 the assessment date (input)
 * @param expiringWithinDays the pack's warning window in days
 * @param lines              one line per quota item, in the quota's order
 * @param rules              the rule values read, in first-use order
 * @param packs              the packs in force, narrowest first
 * @param findings           the findings
 */
public record SupplyResult(Subject subject, SchoolSize size, SupplyStock stock, LocalDate on,
    long expiringWithinDays, List<SupplyLine> lines, List<AppliedRule> rules, List<PackRef> packs,
    List<Finding> findings) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject            the school
   * @param size               the school's size
   * @param stock              the stock
   * @param on                 the assessment date
   * @param expiringWithinDays the warning window
   * @param lines              the lines
   * @param rules              the rule values read
   * @param packs              the packs in force
   * @param findings           the findings
   */
  public SupplyResult {
    Require.nonNull("subject", subject);
    Require.nonNull("size", size);
    Require.nonNull("stock", stock);
    Bounds.date("on", on);
    Bounds.count("expiringWithinDays", expiringWithinDays);
    lines = Bounds.list("lines", lines);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  /**
   * {@return the line of item {@code item}, if the quota lists it}
   *
   * @param item the item's code
   */
  public Optional<SupplyLine> line(String item) {
    Bounds.code("item", item);
    return lines.stream().filter(l -> l.item().equals(item)).findFirst();
  }

  /** {@return the lines that fall short} */
  public List<SupplyLine> shortfalls() {
    return lines.stream().filter(SupplyLine::isShort).toList();
  }

  /** {@return true when no item falls short} */
  public boolean sufficient() {
    return lines.stream().noneMatch(SupplyLine::isShort);
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return EmergencySupplies.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(size, stock, on);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(SchoolSize size, SupplyStock stock, LocalDate on) {}
}
