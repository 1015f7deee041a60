package dev.fluidsdk.bench.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of a jar holding only the classes a training run loaded from it (found in the JVM's
 * {@code -Xlog:class+load} output) and every non-class resource: the "smaller class path"
 * variant. Only sound for the code paths the training run took.
 */
final class TrimmedJar {
  private static final Pattern LOADED = Pattern.compile("\\] (\\S+) source: (?:file:|jar:file:)(\\S+)");

  private static final String VERSIONED = "META-INF/versions/";

  private TrimmedJar() {}

  /** Binary names of the classes in {@code log} whose source is {@code jar}. */
  static Set<String> loadedFrom(List<String> log, Path jar) {
    Set<String> names = new HashSet<>();
    String wanted = jar.toAbsolutePath().normalize().toString();
    for (String line : log) {
      Matcher m = LOADED.matcher(line);
      if (m.find() && m.group(2).replaceFirst("!/.*$", "").equals(wanted)) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** Writes {@code out}: the manifest, non-class entries, and the classes named in {@code keep}. */
  static int write(Path jar, Set<String> keep, Path out) throws IOException {
    int classes = 0;
    try (JarFile in = new JarFile(jar.toFile());
        OutputStream file = Files.newOutputStream(out)) {
      Manifest manifest = in.getManifest();
      try (JarOutputStream o = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
        Enumeration<JarEntry> entries = in.entries();
        while (entries.hasMoreElements()) {
          JarEntry e = entries.nextElement();
          String name = e.getName();
          if (e.isDirectory() || name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
            continue;
          }
          if (name.endsWith(".class")) {
            String base = name.startsWith(VERSIONED) ? name.substring(name.indexOf('/', VERSIONED.length()) + 1) : name;
            String binary = base.substring(0, base.length() - ".class".length()).replace('/', '.');
            if (!keep.contains(binary)) {
              continue;
            }
            classes++;
          }
          o.putNextEntry(new JarEntry(name));
          try (InputStream data = in.getInputStream(e)) {
            data.transferTo(o);
          }
          o.closeEntry();
        }
      }
    }
    return classes;
  }

  /** The manifest's {@code Main-Class}. */
  static String mainClass(Path jar) throws IOException {
    try (JarFile in = new JarFile(jar.toFile())) {
      Manifest m = in.getManifest();
      String main = m == null ? null : m.getMainAttributes().getValue("Main-Class");
      if (main == null) {
        throw new IOException(jar + " has no Main-Class");
      }
      return main;
    }
  }
}
