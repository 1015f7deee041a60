package dev.fluidsdk.bench.startup;

import java.util.List;

/**
 * The start-up floor of any Java entrypoint: a JVM that does nothing but start the program after
 * {@code --fuse-binary} and wait for it. Run from a one-class jar, so that the difference to
 * {@code fuse-entrypoint.jar} is the entrypoint's own work.
 */
public final class FloorMain {
  private FloorMain() {}

  public static void main(String[] args) throws Exception {
    int i = List.of(args).indexOf("--fuse-binary");
    if (i < 0 || i + 1 >= args.length) {
      System.err.println("usage: FloorMain --fuse-binary PATH [ignored...]");
      System.exit(64);
    }
    Process p = new ProcessBuilder(args[i + 1]).inheritIO().start();
    System.exit(p.waitFor());
  }
}
