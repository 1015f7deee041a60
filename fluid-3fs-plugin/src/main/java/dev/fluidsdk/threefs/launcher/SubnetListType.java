package dev.fluidsdk.threefs.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * {@code ib_devices.subnets}: an array of tables {@code {subnet = "a.b.c.d/n", network_zones =
 * ["z", ...]}}, rendered as inline tables. 3FS refuses other keys inside an entry.
 */
final class SubnetListType extends ListTypes.ArrayType<Subnet> {

  private static final Pattern CIDR =
      Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})/([0-9]{1,2})");
  private static final Set<String> ENTRY_KEYS = Set.of("subnet", "network_zones");
  private static final ValueType<List<String>> ZONES =
      ListTypes.strings("a non-empty zone name", SubnetListType::checkZone);

  @Override
  public String describe() {
    return "an array of tables {subnet = \"a.b.c.d/n\" (IPv4 CIDR), network_zones = [\"zone\", ...]"
        + " (at least one non-empty zone)}";
  }

  @Override
  Subnet element(String key, Object toml) {
    if (!(toml instanceof TomlTable table)) {
      throw ValueType.wrongType(key, toml, "a table {subnet = ..., network_zones = [...]}");
    }
    for (String k : table.keySet()) {
      if (!ENTRY_KEYS.contains(k)) {
        throw new InvalidConfigException(
            key, "unknown key " + Problems.show(k) + " in a subnet entry: expected " + ENTRY_KEYS);
      }
    }
    Object subnet = table.get(List.of("subnet"));
    Object zones = table.get(List.of("network_zones"));
    if (!(subnet instanceof String s)) {
      throw new InvalidConfigException(key, "a subnet entry needs subnet = \"a.b.c.d/n\"");
    }
    if (!(zones instanceof TomlArray)) {
      throw new InvalidConfigException(key, "a subnet entry needs network_zones = [\"zone\", ...]");
    }
    return new Subnet(s, ZONES.fromToml(key, zones));
  }

  @Override
  Subnet elementFromText(String key, String text) {
    throw new InvalidConfigException(
        key,
        "subnets must be written as a TOML array of inline tables, e.g."
            + " [{subnet = \"10.0.0.0/8\", network_zones = [\"zone-a\"]}]");
  }

  @Override
  String renderElement(Subnet value) {
    return "{ network_zones = "
        + ZONES.render(value.networkZones())
        + ", subnet = "
        + TomlStrings.quote(value.subnet())
        + " }";
  }

  @Override
  public void check(String key, List<Subnet> value, Problems problems) {
    for (int i = 0; i < value.size(); i++) {
      Subnet entry = value.get(i);
      if (!isCidr(entry.subnet())) {
        problems.add(key, "element " + i + ": subnet " + Problems.show(entry.subnet())
            + " is not an IPv4 CIDR a.b.c.d/n (octets 0-255, n 0-32)");
      }
      if (entry.networkZones().isEmpty()) {
        problems.add(key, "element " + i + ": network_zones must name at least one zone");
      }
      Problems zones = new Problems();
      ZONES.check(key, entry.networkZones(), zones);
      if (!zones.isEmpty()) {
        problems.add(key, "element " + i + ": network_zones " + shown(entry.networkZones())
            + " must hold non-empty, well-formed zone names");
      }
    }
  }

  private static String shown(List<String> zones) {
    List<String> out = new ArrayList<>();
    for (String z : zones) {
      out.add(Problems.show(z));
    }
    return out.toString();
  }

  private static void checkZone(String key, String zone, Problems problems) {
    if (zone.isEmpty()) {
      problems.add(key, "a network zone must not be empty");
    }
  }

  static boolean isCidr(String text) {
    Matcher m = CIDR.matcher(text);
    if (!m.matches()) {
      return false;
    }
    for (int g = 1; g <= 4; g++) {
      if (Integer.parseInt(m.group(g)) > 255) {
        return false;
      }
    }
    return Integer.parseInt(m.group(5)) <= 32;
  }
}
