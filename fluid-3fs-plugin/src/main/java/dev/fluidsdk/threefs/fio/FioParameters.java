package dev.fluidsdk.threefs.fio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One fio run as the seed measured it: {@code fio -numjobs=128 -fallocate=none -iodepth=2
 * -ioengine=libaio -direct=1 -rw=read -bs=4M --group_reporting -size=100M -time_based
 * -runtime=30}, with JSON output so that {@link FioReport} can read it.
 *
 * @param name fio's job name
 * @param rw {@code read} or {@code write} (any fio {@code rw} value is passed on)
 * @param numJobs parallel jobs
 * @param ioDepth queue depth per job
 * @param blockSize fio block size, e.g. {@code 4M}
 * @param size file size per job, e.g. {@code 100M}
 * @param runtimeSeconds time-based run length
 */
public record FioParameters(
    String name, String rw, int numJobs, int ioDepth, String blockSize, String size, int runtimeSeconds) {

  public FioParameters {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rw, "rw");
    Objects.requireNonNull(blockSize, "blockSize");
    Objects.requireNonNull(size, "size");
    requireToken("name", name);
    requireToken("rw", rw);
    requireToken("blockSize", blockSize);
    requireToken("size", size);
    if (numJobs < 1 || ioDepth < 1 || runtimeSeconds < 1) {
      throw new IllegalArgumentException("numJobs, ioDepth and runtimeSeconds must be positive");
    }
  }

  /** The seed's parameters for {@code read} or {@code write}. */
  public static FioParameters seed(String rw) {
    return new FioParameters("seed-" + rw, rw, 128, 2, "4M", "100M", 30);
  }

  /** The fio argument list (no shell: each element is one argv entry). */
  public List<String> arguments(String directory) {
    requireToken("directory", directory);
    List<String> args = new ArrayList<>();
    args.add("fio");
    args.add("--name=" + name);
    args.add("--directory=" + directory);
    args.add("--numjobs=" + numJobs);
    args.add("--fallocate=none");
    args.add("--iodepth=" + ioDepth);
    args.add("--ioengine=libaio");
    args.add("--direct=1");
    args.add("--rw=" + rw);
    args.add("--bs=" + blockSize);
    args.add("--group_reporting");
    args.add("--size=" + size);
    args.add("--time_based");
    args.add("--runtime=" + runtimeSeconds);
    args.add("--output-format=json");
    return List.copyOf(args);
  }

  // fio reads "--key=value"; a value holding whitespace, '=' or ',' would change its meaning.
  private static void requireToken(String what, String value) {
    if (value.isEmpty() || !value.matches("[A-Za-z0-9_./-]+")) {
      throw new IllegalArgumentException(
          what + " must be letters, digits, '_', '.', '/' or '-', got \"" + value + "\"");
    }
  }
}
