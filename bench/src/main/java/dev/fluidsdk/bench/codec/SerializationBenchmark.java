package dev.fluidsdk.bench.codec;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import dev.fluidsdk.codec.FluidJson;
import io.kubernetes.client.common.KubernetesType;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesTypeAdaptorFactory;
import io.kubernetes.client.util.generic.dynamic.Dynamics;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse and write one full Fluid object four ways: our models through {@link FluidJson}, gson's
 * {@link JsonParser} tree, gson into a {@code Map}, and client-java's {@link
 * DynamicKubernetesObject}. Each {@code write*} benchmark writes what the matching {@code parse*}
 * produced from the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerializationBenchmark {
  private static final Type MAP = new TypeToken<Map<String, Object>>() {}.getType();

  @Param({"dataset", "thinruntime"})
  public String document;

  private final Gson gson = new Gson();
  private final Gson dynamicGson =
      new GsonBuilder().registerTypeAdapterFactory(new DynamicKubernetesTypeAdaptorFactory()).create();

  private String json;
  private Class<? extends KubernetesType> model;
  private KubernetesType parsedModel;
  private JsonElement parsedTree;
  private Map<String, Object> parsedMap;
  private DynamicKubernetesObject parsedDynamic;

  @Setup
  public void setUp() {
    json = Documents.json(document);
    model = Documents.modelClass(json);
    if (model == null) {
      throw new IllegalStateException(
          document + ": fluid-sdk has no model class for this kind yet, nothing to compare");
    }
    parsedModel = parseFluidJson();
    parsedTree = parseGsonTree();
    parsedMap = parseGsonMap();
    parsedDynamic = parseDynamic();
  }

  @Benchmark
  public KubernetesType parseFluidJson() {
    return FluidJson.fromJson(json, model);
  }

  @Benchmark
  public String writeFluidJson() {
    return FluidJson.toJson(parsedModel);
  }

  @Benchmark
  public JsonElement parseGsonTree() {
    return JsonParser.parseString(json);
  }

  @Benchmark
  public String writeGsonTree() {
    return gson.toJson(parsedTree);
  }

  @Benchmark
  public Map<String, Object> parseGsonMap() {
    return gson.fromJson(json, MAP);
  }

  @Benchmark
  public String writeGsonMap() {
    return gson.toJson(parsedMap);
  }

  @Benchmark
  public DynamicKubernetesObject parseDynamic() {
    return Dynamics.newFromJson(dynamicGson, json);
  }

  @Benchmark
  public String writeDynamic() {
    return dynamicGson.toJson(parsedDynamic);
  }
}
