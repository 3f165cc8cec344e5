package org.anxiao.safety.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.AnxiaoException;
import org.junit.jupiter.api.Test;

/** The four levels (safety.md §2): order is the model; number, letter and colour are display. */
class RiskLevelTest {
  @Test
  void theLevelsAreOrderedLowestFirst() {
    assertEquals(List.of(RiskLevel.LOW, RiskLevel.GENERAL, RiskLevel.SIGNIFICANT, RiskLevel.MAJOR),
        List.of(RiskLevel.values()));
    assertTrue(RiskLevel.MAJOR.compareTo(RiskLevel.SIGNIFICANT) > 0);
  }

  @Test
  void labelsAndColours() {
    assertEquals("低风险", RiskLevel.LOW.label().zh());
    assertEquals("general risk", RiskLevel.GENERAL.label().en());
    assertEquals("较大风险", RiskLevel.SIGNIFICANT.label().zh());
    assertEquals("重大风险", RiskLevel.MAJOR.label().zh());
    assertEquals("蓝", RiskLevel.LOW.colour().zh());
    assertEquals("yellow", RiskLevel.GENERAL.colour().en());
    assertEquals("橙", RiskLevel.SIGNIFICANT.colour().zh());
    assertEquals("red", RiskLevel.MAJOR.colour().en());
    assertEquals(List.of("#0000FF", "#FFFF00", "#FF8000", "#FF0000"),
        List.of(RiskLevel.values()).stream().map(RiskLevel::hexColour).toList());
  }

  @Test
  void numbersAndLettersRunEitherWay() {
    // highest first: 重大 1 A … 低 4 D
    assertEquals(1, RiskLevel.MAJOR.number(LevelNumbering.HIGHEST_FIRST));
    assertEquals('A', RiskLevel.MAJOR.letter(LevelNumbering.HIGHEST_FIRST));
    assertEquals(2, RiskLevel.SIGNIFICANT.number(LevelNumbering.HIGHEST_FIRST));
    assertEquals('C', RiskLevel.GENERAL.letter(LevelNumbering.HIGHEST_FIRST));
    assertEquals(4, RiskLevel.LOW.number(LevelNumbering.HIGHEST_FIRST));
    assertEquals('D', RiskLevel.LOW.letter(LevelNumbering.HIGHEST_FIRST));
    // lowest first: 低 1 A … 重大 4 D
    assertEquals(1, RiskLevel.LOW.number(LevelNumbering.LOWEST_FIRST));
    assertEquals('A', RiskLevel.LOW.letter(LevelNumbering.LOWEST_FIRST));
    assertEquals(2, RiskLevel.GENERAL.number(LevelNumbering.LOWEST_FIRST));
    assertEquals('C', RiskLevel.SIGNIFICANT.letter(LevelNumbering.LOWEST_FIRST));
    assertEquals(4, RiskLevel.MAJOR.number(LevelNumbering.LOWEST_FIRST));
    assertEquals('D', RiskLevel.MAJOR.letter(LevelNumbering.LOWEST_FIRST));
    for (RiskLevel l : RiskLevel.values()) {
      assertEquals(5, l.number(LevelNumbering.HIGHEST_FIRST) + l.number(LevelNumbering.LOWEST_FIRST));
    }
  }

  @Test
  void aNullNumberingIsRefused() {
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> RiskLevel.LOW.number(null));
    assertEquals(java.util.Optional.of("numbering"), e.field());
    assertThrows(MissingValueException.class, () -> RiskLevel.LOW.letter(null));
  }

  @Test
  void dangerBandsAndFactorsHaveTheirNames() {
    assertEquals("极其危险", LecDangerBand.EXTREME.label().zh());
    assertEquals("稍有危险", LecDangerBand.SLIGHT.label().zh());
    assertEquals("一般危险", LecDangerBand.POSSIBLE.label().zh());
    assertEquals("显著危险", LecDangerBand.SUBSTANTIAL.label().zh());
    assertEquals("高度危险", LecDangerBand.HIGH.label().zh());
    assertEquals(List.of("likelihood", "exposure", "consequence"),
        List.of(LecFactor.values()).stream().map(LecFactor::field).toList());
  }
}
