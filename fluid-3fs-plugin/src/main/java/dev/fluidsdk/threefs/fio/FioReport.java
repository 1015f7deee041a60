package dev.fluidsdk.threefs.fio;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Locale;

/**
 * fio's {@code --output-format=json} for a {@code --group_reporting} run, reduced to what the seed
 * compares: bandwidth, IOPS and latency per direction.
 *
 * @param fioVersion fio's {@code "fio version"}
 * @param jobName the first job's name
 * @param read the read direction
 * @param write the write direction
 */
public record FioReport(String fioVersion, String jobName, FioResult read, FioResult write) {

  /** Reads fio's JSON. Text before the first '{' (fio may print notes there) is skipped. */
  public static FioReport parse(String json) {
    int start = json.indexOf('{');
    if (start < 0) {
      throw new FioReportException("no JSON object in fio output");
    }
    JsonObject root;
    try {
      root = JsonParser.parseString(json.substring(start)).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new FioReportException("fio output is not a JSON object: " + e.getMessage(), e);
    }
    JsonArray jobs = array(root, "jobs", "jobs");
    if (jobs.isEmpty()) {
      throw new FioReportException("jobs: empty, fio ran no job");
    }
    JsonObject job = object(jobs.get(0), "jobs[0]");
    long error = number(job, "error", "jobs[0].error").longValue();
    if (error != 0) {
      throw new FioReportException("jobs[0].error: fio reported error " + error);
    }
    return new FioReport(
        string(root, "fio version", "\"fio version\""),
        string(job, "jobname", "jobs[0].jobname"),
        direction(job, "read"),
        direction(job, "write"));
  }

  /** The direction that did I/O (read for a read run); read when both did. */
  public FioResult main() {
    return read.active() || !write.active() ? read : write;
  }

  /** One line a person reads, e.g. {@code read: 12.03 GiB/s, 3079 IOPS, mean latency 83.1 ms}. */
  public String summary() {
    String dir = main() == read ? "read" : "write";
    FioResult r = main();
    return String.format(
        Locale.ROOT,
        "%s: %.2f GiB/s, %.0f IOPS, mean latency %.1f ms, p99 %.1f ms",
        dir,
        r.gibPerSecond(),
        r.iops(),
        r.meanLatencyNanos() / 1e6,
        r.p99LatencyNanos() / 1e6);
  }

  private static FioResult direction(JsonObject job, String dir) {
    String at = "jobs[0]." + dir;
    JsonObject d = object(job.get(dir), at);
    JsonObject clat = object(d.get("clat_ns"), at + ".clat_ns");
    long p99 = 0;
    JsonElement percentiles = clat.get("percentile");
    if (percentiles != null && percentiles.isJsonObject()) {
      JsonElement v = percentiles.getAsJsonObject().get("99.000000");
      if (v != null && v.isJsonPrimitive()) {
        p99 = v.getAsLong();
      }
    }
    return new FioResult(
        number(d, "bw_bytes", at + ".bw_bytes").longValue(),
        number(d, "iops", at + ".iops").doubleValue(),
        number(clat, "mean", at + ".clat_ns.mean").doubleValue(),
        p99,
        number(d, "total_ios", at + ".total_ios").longValue(),
        number(d, "runtime", at + ".runtime").longValue());
  }

  private static JsonObject object(JsonElement e, String path) {
    if (e == null || !e.isJsonObject()) {
      throw new FioReportException(path + ": expected an object");
    }
    return e.getAsJsonObject();
  }

  private static JsonArray array(JsonObject o, String key, String path) {
    JsonElement e = o.get(key);
    if (e == null || !e.isJsonArray()) {
      throw new FioReportException(path + ": expected an array");
    }
    return e.getAsJsonArray();
  }

  private static Number number(JsonObject o, String key, String path) {
    JsonElement e = o.get(key);
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      throw new FioReportException(path + ": expected a number");
    }
    return e.getAsNumber();
  }

  private static String string(JsonObject o, String key, String path) {
    JsonElement e = o.get(key);
    if (e == null || !e.isJsonPrimitive()) {
      throw new FioReportException(path + ": expected a string");
    }
    return e.getAsString();
  }
}
