package dev.fluidsdk.threefs.launcher;

import dev.fluidsdk.threefs.ThreeFsException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A launcher config value, key or file that 3FS would refuse or silently misread. Carries every
 * problem found ({@link #problems()}); {@link #key()} is the first one's dotted key. Launcher
 * values are never secrets (the token lives in its own file), so messages quote them.
 */
public final class InvalidConfigException extends ThreeFsException {
  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public InvalidConfigException(String key, String message) {
    this(List.of(new ConfigProblem(key, message)));
  }

  public InvalidConfigException(List<ConfigProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** The dotted TOML key of the first problem, e.g. {@code client.io_worker.ibsocket.timeout}. */
  public String key() {
    return problems.get(0).key();
  }

  /** Every problem found, in key order of discovery; never empty. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(List<ConfigProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidConfigException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size()
        + " problems in the launcher config: "
        + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; "));
  }
}
