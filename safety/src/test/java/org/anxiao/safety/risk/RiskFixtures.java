package org.anxiao.safety.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.testing.ShippedPacks;

/** Shipped packs, altered copies of them (fictional TEST packs) and registries over them, for the risk tests. */
final class RiskFixtures {
  static final String LEC_PACK = "cn-customary-lec.json";
  static final String MATRIX_A = "cn-customary-risk-matrix.json";
  static final String MATRIX_B = "sd-customary-risk-matrix.json";
  static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  static final Subject SUBJECT = Subject.of(SubjectKind.KEY_PART, "chemistry-store");
  /** A province with no pack of its own (Guangdong): the national packs apply. */
  static final JurisdictionCode GUANGDONG = JurisdictionCode.of("440000");
  static final JurisdictionCode SHANDONG = JurisdictionCode.of("370000");
  /** Jinan, Shandong (济南市): its chain runs through 370000. */
  static final JurisdictionCode JINAN = JurisdictionCode.of("370100");
  static final ObjectMapper JSON = new ObjectMapper();

  private RiskFixtures() {}

  /** The customary LEC calculator, nationally. */
  static LecGradings lec() {
    return LecGradings.in(RuleContext.standard(JurisdictionCode.CN, DATE));
  }

  static LecFactors factors(String l, String e, String c) {
    return new LecFactors(new BigDecimal(l), new BigDecimal(e), new BigDecimal(c));
  }

  /** The shipped pack's JSON tree. */
  static ObjectNode tree(String file) {
    return ShippedPacks.tree("safety-risk", file);
  }

  /**
   * A fictional TEST pack: a copy of the shipped {@code file} with id {@code id}, jurisdiction 440000, and
   * {@code edit} applied to its tree.
   */
  static RulePack testPack(String file, String id, Consumer<ObjectNode> edit) {
    return ShippedPacks.testPack("safety-risk", file, id, GUANGDONG, edit);
  }

  /** A TEST pack at 440000 that defines only {@code parameters} (the rest comes from the national pack). */
  static RulePack overriding(String resource, String id, Consumer<ObjectNode> parameters) {
    return testPack(resource, id, t -> {
      ObjectNode p = t.putObject("parameters");
      parameters.accept(p);
    });
  }

  /** The LEC calculator in Guangdong over the standard packs plus {@code extra}. */
  static LecGradings lecWith(RulePack... extra) {
    return LecGradings.in(RuleContext.of(ShippedPacks.withPacks(extra), GUANGDONG, DATE));
  }

  /** The LEC calculator reading a D exactly on a threshold into the lower band (TEST pack at 440000). */
  static LecGradings lecLowerBoundary() {
    return lecWith(overriding(LEC_PACK, "test.lec-lower-boundary", p -> p.putObject("boundary").put("type", "text")
        .put("value", "LOWER")));
  }

  /** The LEC calculator accepting scores between the listed ones (TEST pack at 440000). */
  static LecGradings lecInterpolating() {
    return lecWith(overriding(LEC_PACK, "test.lec-interpolation", p -> p.putObject("allowInterpolation")
        .put("type", "boolean").put("value", true)));
  }

  /**
   * A caller's 3 × 3 matrix listed cell by cell with three levels: L + S ≥ 5 重大 labelled 高 in
   * #C00000; L + S = 4 一般 labelled 中; the rest 低 with the level's own label and colour.
   */
  static RiskMatrix threeByThree() {
    List<RiskCell> cells = new ArrayList<>();
    for (int l = 1; l <= 3; l++) {
      for (int s = 1; s <= 3; s++) {
        if (l + s >= 5) {
          cells.add(new RiskCell(l, s, RiskLevel.MAJOR, Optional.of(LocalizedText.of("高", "high")),
              Optional.of("#c00000")));
        } else if (l + s == 4) {
          cells.add(new RiskCell(l, s, RiskLevel.GENERAL, Optional.of(LocalizedText.of("中", "medium")),
              Optional.empty()));
        } else {
          cells.add(RiskCell.of(l, s, RiskLevel.LOW));
        }
      }
    }
    return RiskMatrix.ofCells(3, 3, cells);
  }

  /** The risk-matrix calculator in Guangdong under a TEST pack (440000) whose matrix is {@code matrix}. */
  static RiskMatrices matrixWith(RiskMatrix matrix) {
    return RiskMatrices.in(RuleContext.of(ShippedPacks.withPacks(matrixPack("test.matrix", JSON.valueToTree(wire(matrix)))),
        GUANGDONG, DATE));
  }

  /** A TEST pack (440000) of kind risk-matrix whose matrix is the JSON {@code matrix}. */
  static RulePack matrixPack(String id, com.fasterxml.jackson.databind.JsonNode matrix) {
    return testPack(MATRIX_A, id, t -> t.putObject("parameters").putObject("matrix").put("type", "structure")
        .set("value", matrix));
  }

  /** The matrix as the wire writes it. */
  static Object wire(RiskMatrix matrix) {
    try {
      return JSON.readTree(org.anxiao.core.json.AnxiaoJson.strict().write(matrix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
