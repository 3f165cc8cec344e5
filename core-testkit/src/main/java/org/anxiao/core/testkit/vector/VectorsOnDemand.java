package org.anxiao.core.testkit.vector;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The vectors-on-demand command: {@code VectorsOnDemand <family> <seed> <count> [<file>]} writes
 * {@code count} generated vectors of {@code family} from {@code seed} to {@code file} (or standard
 * output); {@code VectorsOnDemand --list} lists the families on the class path. See
 * {@link VectorFiles} for what the files are, and are not.
 */
public final class VectorsOnDemand {
  private VectorsOnDemand() {}

  /**
   * Runs the command.
   *
   * @param args {@code <family> <seed> <count> [<file>]}, or {@code --list}
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 1 && "--list".equals(args[0])) {
      VectorFiles.families().forEach((name, f) -> out.println(name + "\t" + f.calculator()));
      return;
    }
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: VectorsOnDemand <family> <seed> <count> [<file>] | --list");
      System.exit(2);
      return;
    }
    VectorFamily family = VectorFiles.family(args[0]);
    long seed = Long.parseLong(args[1]);
    int count = Integer.parseInt(args[2]);
    byte[] bytes = VectorFiles.write(family, seed, count);
    if (args.length == 4) {
      Path file = Path.of(args[3]);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes);
      System.err.println("wrote " + count + " vectors of " + family.name() + " (seed " + seed + ", library "
          + VectorFiles.libraryVersion() + ") to " + file);
    } else {
      out.write(bytes);
      out.flush();
    }
  }
}
