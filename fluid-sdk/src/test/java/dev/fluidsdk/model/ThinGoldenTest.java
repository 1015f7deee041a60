package dev.fluidsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.codec.FluidYaml;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden YAML of a ThinRuntime and a ThinRuntimeProfile with every field set. Run with {@code
 * -Dgolden.update=true} to rewrite the golden files from the fixtures.
 */
class ThinGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("thinruntime-full.yaml", ThinFixtures.fullThinRuntime(), ThinRuntime.class),
        Arguments.of(
            "thinruntimeprofile-full.yaml",
            ThinFixtures.fullThinRuntimeProfile(),
            ThinRuntimeProfile.class));
  }

  private static String golden(String file, FluidModel built) throws IOException {
    Path path = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(path, FluidYaml.toYaml(built), StandardCharsets.UTF_8);
    }
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void builtObjectWritesTheGoldenYaml(String file, FluidModel built, Class<?> type)
      throws IOException {
    String golden = golden(file, built);

    assertThat(FluidYaml.trees(FluidYaml.toYaml(built))).isEqualTo(FluidYaml.trees(golden));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void goldenParsesToTheModelAndWritesBackUnchanged(String file, FluidModel built, Class<?> type)
      throws IOException {
    String golden = golden(file, built);

    Object parsed = FluidYaml.fromYaml(golden, type);
    String written = FluidYaml.toYaml(parsed);

    assertThat(parsed).isEqualTo(built);
    assertThat(FluidYaml.trees(written)).isEqualTo(FluidYaml.trees(golden));
    assertThat(FluidYaml.toYaml(FluidYaml.fromYaml(written, type))).isEqualTo(written);
    assertThat(written).isEqualTo(golden);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void jsonRoundTripKeepsEverything(String file, FluidModel built, Class<?> type)
      throws IOException {
    Object parsed = FluidYaml.fromYaml(golden(file, built), type);
    String json = FluidJson.toJson(parsed);

    Object again = FluidJson.fromJson(json, type);
    assertThat(again).isEqualTo(parsed);
    assertThat(FluidJson.toJson(again)).isEqualTo(json);
    assertThat(FluidJson.toTree(again)).isEqualTo(FluidYaml.trees(golden(file, built)).get(0));
  }

  /** The golden must set every field of every Fluid type reachable from the kind, somewhere. */
  @ParameterizedTest
  @MethodSource("cases")
  void goldenSetsEveryFluidField(String file, FluidModel built, Class<?> type) throws IOException {
    JsonElement tree = FluidYaml.trees(golden(file, built)).get(0);
    Map<Class<?>, Set<String>> seen = new HashMap<>();
    walk(type, tree, seen);

    Set<String> missing = new TreeSet<>();
    for (Class<?> c : reachable(type)) {
      if (c == VolumeSource.class) {
        continue; // a one-of: a tier's volume has exactly one source (ThinCrdCoverageTest has all)
      }
      for (Field f : modelFields(c)) {
        String name = jsonName(f);
        if (!seen.getOrDefault(c, Set.of()).contains(name)) {
          missing.add(c.getSimpleName() + "." + name);
        }
      }
    }
    assertThat(missing).as("fields the golden file never sets").isEmpty();
  }

  private static void walk(Class<?> type, JsonElement node, Map<Class<?>, Set<String>> seen) {
    if (!FluidModel.class.isAssignableFrom(type) || !node.isJsonObject()) {
      return;
    }
    for (Field f : modelFields(type)) {
      JsonElement value = node.getAsJsonObject().get(jsonName(f));
      if (value == null) {
        continue;
      }
      seen.computeIfAbsent(type, k -> new HashSet<>()).add(jsonName(f));
      Class<?> element = modelElement(f.getGenericType());
      if (element != null && value.isJsonArray()) {
        value.getAsJsonArray().forEach(e -> walk(element, e, seen));
      } else if (element != null) {
        walk(element, value, seen);
      }
    }
  }

  private static Set<Class<?>> reachable(Class<?> root) {
    Set<Class<?>> out = new HashSet<>();
    List<Class<?>> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> c = todo.remove(todo.size() - 1);
      if (out.add(c)) {
        for (Field f : modelFields(c)) {
          Class<?> e = modelElement(f.getGenericType());
          if (e != null) {
            todo.add(e);
          }
        }
      }
    }
    return out;
  }

  /** The Fluid model class a field holds, directly or as list elements; null for anything else. */
  static Class<?> modelElement(Type t) {
    if (t instanceof Class<?> c) {
      return FluidModel.class.isAssignableFrom(c) ? c : null;
    }
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return modelElement(p.getActualTypeArguments()[0]);
    }
    return null;
  }

  static List<Field> modelFields(Class<?> c) {
    List<Field> out = new ArrayList<>();
    for (Field f : c.getDeclaredFields()) {
      int m = f.getModifiers();
      if (!Modifier.isStatic(m) && !Modifier.isTransient(m)) {
        out.add(f);
      }
    }
    return out;
  }

  static String jsonName(Field f) {
    com.google.gson.annotations.SerializedName sn =
        f.getAnnotation(com.google.gson.annotations.SerializedName.class);
    return sn == null ? f.getName() : sn.value();
  }
}
