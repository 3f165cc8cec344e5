package org.anxiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's usage example is this module's {@link ReadmeExample}, compiled and run here. */
class ReadmeExampleTest {
  /** This module's folder, found from the compiled tests (target/test-classes), not the working directory. */
  private static final Path MODULE = moduleDir();

  private static Path moduleDir() {
    try {
      return Path.of(ReadmeExampleTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> block(List<String> lines, String begin, String end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(begin) && from < 0) {
        from = i + 1;
      } else if (lines.get(i).contains(end) && from >= 0) {
        to = i;
        break;
      }
    }
    assertTrue(from >= 0 && to > from, "markers " + begin + " … " + end + " not found");
    return lines.subList(from, to).stream().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  @Test
  void readmeShowsTheCompiledExample() throws IOException {
    List<String> source = Files.readAllLines(MODULE.resolve("src/main/java/org/anxiao/examples/ReadmeExample.java"));
    List<String> readme = Files.readAllLines(MODULE.resolve("../README.md"));
    assertEquals(block(source, "// README:BEGIN", "// README:END"), block(readme, "<!-- example:begin -->", "<!-- example:end -->")
        .stream().filter(l -> !l.startsWith("```")).toList());
  }

  @Test
  void exampleRuns() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReadmeExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    String law = "中华人民共和国消防法（2008年修订，2019年、2021年修正） ";
    assertTrue(out.contains("1号教学楼 人员密集场所: true (" + law + "第七十三条第（四）项)"), out);
    assertTrue(out.contains("体育馆 人员密集场所: true (" + law + "第七十三条第（三）项、第（四）项)"), out);
    assertTrue(out.contains("综合楼（科学实验室） 人员密集场所: false (" + law + "第七十三条第（四）项)"), out);
    assertTrue(out.contains("行政楼 人员密集场所: false (declared 申报)"), out);
    assertEquals(7, out.lines().count(), out);
  }

  @Test
  void readmeCommandsAreTheOnesCiRuns() throws IOException {
    String readme = Files.readString(MODULE.resolve("../README.md"));
    String ci = Files.readString(MODULE.resolve("../.ci/run"));
    assertTrue(readme.contains("mvn -B verify"), "README test command");
    assertTrue(ci.contains("\nmvn -B verify\n"), ".ci/run runs the README test command");
    assertTrue(readme.contains("mvn -B -q -pl examples -am package exec:java -DskipTests"), "README demo command");
  }
}
