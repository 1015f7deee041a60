package dev.fluidsdk.threefs.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fluidsdk.codec.FluidCodecException;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.model.FluidObject;
import dev.fluidsdk.model.UnknownFields;
import dev.fluidsdk.validation.Violation;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.common.KubernetesType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lint FILE...}: validates Fluid YAML offline, as a CI gate before {@code kubectl apply}.
 * Every problem is one line {@code file: Kind/name: field.path: message}.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Validates Fluid YAML (multi-document; Dataset, ThinRuntime, ThinRuntimeProfile) offline.",
      "Prints every problem as 'file: Kind/name: field.path: message', unknown fields included;"
          + " exit 1 if there is any. Other kinds are passed over."
    })
final class LintCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML files ('-' for stdin)")
  List<Path> files;

  @Option(names = "--normalize", description = "print the normalized YAML of every object read")
  boolean normalize;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter report = normalize ? spec.commandLine().getErr() : out;
    List<String> problems = new ArrayList<>();
    List<KubernetesObject> objects = new ArrayList<>();
    for (Path file : files) {
      lint(file, read(file), problems, objects);
    }
    // names, keys and messages come from the files: one problem must stay one line
    problems.forEach(p -> report.println(OneLine.escaped(p)));
    if (normalize) {
      out.print(FluidYaml.toYaml(objects));
      out.flush();
    }
    spec.commandLine()
        .getErr()
        .println(objects.size() + " object(s) in " + files.size() + " file(s), "
            + problems.size() + " problem(s)");
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }

  private static String read(Path file) throws IOException {
    if (file.toString().equals("-")) {
      return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  static void lint(Path file, String text, List<String> problems, List<KubernetesObject> objects) {
    List<JsonElement> docs;
    try {
      docs = FluidYaml.trees(text);
    } catch (FluidCodecException e) {
      problems.add(file + ": " + e.getMessage());
      return;
    }
    for (int i = 0; i < docs.size(); i++) {
      JsonElement doc = docs.get(i);
      String subject = subject(doc, i);
      KubernetesType read;
      try {
        read = FluidJson.read(doc);
      } catch (FluidCodecException e) {
        problems.add(file + ": " + subject + ": " + e.getMessage());
        continue;
      }
      if (!(read instanceof FluidObject object)) {
        continue;
      }
      objects.add(object);
      for (String path : UnknownFields.of(object)) {
        problems.add(file + ": " + subject + ": " + path + ": unknown field");
      }
      for (Violation v : object.validate()) {
        problems.add(file + ": " + subject + ": " + v);
      }
    }
  }

  private static String subject(JsonElement doc, int index) {
    if (!doc.isJsonObject()) {
      return "document " + (index + 1);
    }
    JsonObject o = doc.getAsJsonObject();
    String kind = o.has("kind") && o.get("kind").isJsonPrimitive() ? o.get("kind").getAsString() : "?";
    String name = "?";
    if (o.has("metadata") && o.get("metadata").isJsonObject()) {
      JsonElement n = o.getAsJsonObject("metadata").get("name");
      if (n != null && n.isJsonPrimitive()) {
        name = n.getAsString();
      }
    }
    return kind + "/" + name;
  }
}
