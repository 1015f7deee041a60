package dev.fluidsdk.bench.startup;

import java.util.List;
import java.util.Map;

/**
 * One way of starting the FUSE side: a command line and extra environment.
 *
 * @param name the row label
 * @param command the argument array, program first
 * @param env variables added to the inherited environment
 */
record Variant(String name, List<String> command, Map<String, String> env) {
  Variant {
    command = List.copyOf(command);
    env = Map.copyOf(env);
  }
}
