package dev.fluidsdk.examples;

import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.model.FluidObject;
import dev.fluidsdk.model.UnknownFields;
import dev.fluidsdk.validation.Violation;
import io.kubernetes.client.common.KubernetesObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a multi-document YAML file and reports, per object, the fields this SDK does not know and
 * what Fluid would reject. Exit code 1 when anything was found.
 */
public final class LintFile {
  private LintFile() {}

  public static void main(String[] args) throws IOException {
    System.exit(lint(args, System.out) == 0 ? 0 : 1);
  }

  /** Lints the file named in {@code args} (or a built-in sample); answers the number of problems. */
  public static int lint(String[] args, java.io.PrintStream out) throws IOException {
    String yaml =
        args.length > 0
            ? Files.readString(Path.of(args[0]))
            : """
              apiVersion: data.fluid.io/v1alpha1
              kind: Dataset
              metadata: {name: demo}
              spec:
                mounts:
                - {name: a, mountPoint: "RDMA://10.0.0.1:8000", readOnyl: true}
                - {name: a, mountPoint: "RDMA://10.0.0.2:8000"}
              """;
    int problems = 0;
    for (KubernetesObject o : FluidYaml.readAll(yaml)) {
      String subject = o.getKind() + "/" + o.getMetadata().getName();
      if (o instanceof FluidObject f) {
        for (String path : UnknownFields.of(f)) {
          out.println(subject + ": " + path + ": unknown field");
          problems++;
        }
        for (Violation v : f.validate()) {
          out.println(subject + ": " + v);
          problems++;
        }
      }
    }
    out.println(problems + " problem(s)");
    return problems;
  }
}
