package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.campus.GateKind;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.school.BoardingMode;
import org.anxiao.core.school.Ownership;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StaffRole;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.safety.staffing.Post;
import org.anxiao.safety.staffing.Roster;
import org.anxiao.safety.staffing.RosterEntry;
import org.anxiao.safety.staffing.StaffingAssessment;
import org.anxiao.safety.staffing.StaffingCase;
import org.anxiao.safety.staffing.StaffingLine;
import org.anxiao.safety.staffing.StaffingTopic;
import org.anxiao.safety.staffing.Staffings;
import org.anxiao.safety.staffing.TimeSlot;

/**
 * Runs {@code conformance/safety/staffing.json}: the staffing engine. Group {@code parameters} as in
 * {@link VectorOutcomes#context} ({@code jurisdiction}, {@code date}, {@code policy}, {@code testPacks}).
 * Input: {@code school} ({@code type}, {@code boarders}, {@code staff}, {@code enrolment} of
 * {@code stage}/{@code pupils}/{@code classes}, {@code gates} of {@code kind}/{@code peak}/{@code night}),
 * {@code inSession}, {@code dormRooms}, {@code roster} ({@code slot}/{@code post}/{@code count}) and
 * {@code topics} (the topics assessed; absent: every topic with a pack in force). Expected:
 * {@code lines} (topic, requirement, slot, post, required, actual, shortfall, and optionally
 * {@code rules} as {@code pack@version/parameter}) and {@code skipped} (topic, requirement, refused).
 */
final class StaffingVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.safety.staffing", StaffingVectors::run, Set.of(),
      SafetyConformanceTest.SAFETY_ARTIFACT);

  private StaffingVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    JsonNode input = test.path("input");
    VectorOutcomes.expect(test, () -> {
      var context = VectorOutcomes.context(file, parameters);
      Staffings s;
      if (input.has("topics")) {
        Set<StaffingTopic> topics = EnumSet.noneOf(StaffingTopic.class);
        input.path("topics").forEach(t -> topics.add(StaffingTopic.valueOf(t.asText())));
        s = Staffings.in(context, topics);
      } else {
        s = Staffings.in(context);
      }
      StaffingCase c = new StaffingCase(school(parameters, input.path("school")),
          input.path("inSession").asBoolean(true), input.path("dormRooms").asInt(0));
      return s.assess(c, roster(input.path("roster")));
    }, StaffingVectors::check);
  }

  private static void check(StaffingAssessment a, JsonNode expected) {
    List<String> lines = new ArrayList<>();
    for (StaffingLine l : a.lines()) {
      lines.add(l.topic() + " " + l.requirement() + " " + l.slot() + " " + l.post() + " required " + l.required()
          + " actual " + l.actual() + " short " + l.shortfall());
    }
    List<String> want = new ArrayList<>();
    expected.path("lines").forEach(l -> want.add(l.path("topic").asText() + " " + l.path("requirement").asText() + " "
        + l.path("slot").asText() + " " + l.path("post").asText() + " required " + l.path("required").asLong()
        + " actual " + l.path("actual").asLong() + " short " + l.path("shortfall").asLong()));
    assertEquals(want, lines, "lines");
    expected.path("lines").forEach(l -> {
      if (l.has("rules")) {
        StaffingLine line = a.line(StaffingTopic.valueOf(l.path("topic").asText()), l.path("requirement").asText())
            .orElseThrow();
        VectorOutcomes.checkRules(l, line.rules());
      }
    });
    List<String> skipped = new ArrayList<>();
    a.skipped().forEach(s -> skipped.add(s.topic() + " " + s.requirement() + " " + s.refused().pack() + "/"
        + s.refused().parameter()));
    List<String> wantSkipped = new ArrayList<>();
    expected.path("skipped").forEach(s -> wantSkipped.add(s.path("topic").asText() + " "
        + s.path("requirement").asText() + " " + s.path("refused").asText()));
    assertEquals(wantSkipped, skipped, "skipped");
  }

  private static School school(JsonNode parameters, JsonNode s) {
    List<StageEnrolment> enrolment = new ArrayList<>();
    int pupils = 0;
    for (JsonNode e : s.path("enrolment")) {
      StageEnrolment line = new StageEnrolment(SchoolStage.valueOf(e.path("stage").asText()), e.path("pupils").asInt(),
          e.path("classes").asInt());
      enrolment.add(line);
      pupils += line.pupils();
    }
    List<Gate> gates = new ArrayList<>();
    int i = 0;
    for (JsonNode g : s.path("gates")) {
      gates.add(new Gate("g" + i, "门" + i, GateKind.valueOf(g.path("kind").asText()), g.path("peak").asBoolean(),
          g.path("night").asBoolean()));
      i++;
    }
    int boarders = s.path("boarders").asInt(0);
    return School.builder().id("V1").name("向量学校")
        .jurisdiction(JurisdictionCode.of(parameters.path("jurisdiction").asText()))
        .type(SchoolType.valueOf(s.path("type").asText())).ownership(Ownership.PUBLIC)
        .boarding(boarders == 0 ? BoardingMode.NONE : boarders == pupils ? BoardingMode.FULL : BoardingMode.PARTIAL)
        .boarders(boarders).enrolment(enrolment).putStaff(StaffRole.TEACHER, s.path("staff").asInt(0))
        .addCampuses(Campus.builder().id("main").name("本部").gates(gates).build()).build();
  }

  private static Roster roster(JsonNode roster) {
    List<RosterEntry> entries = new ArrayList<>();
    for (JsonNode e : roster) {
      entries.add(new RosterEntry(TimeSlot.valueOf(e.path("slot").asText()), Post.valueOf(e.path("post").asText()),
          e.path("count").asInt()));
    }
    return new Roster(entries);
  }
}
