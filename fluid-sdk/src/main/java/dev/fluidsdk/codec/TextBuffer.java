package dev.fluidsdk.codec;

import java.io.Writer;

/**
 * An unsynchronized {@link Writer} into a {@link StringBuilder} sized for a Kubernetes object:
 * gson's own {@code toJson(Object)} starts from an empty builder behind an adapter, and growing
 * and adapting it was a fifth of the cost of writing a Dataset.
 */
final class TextBuffer extends Writer {
  private final StringBuilder text = new StringBuilder(4096);

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String s) {
    text.append(s);
  }

  @Override
  public void write(String s, int offset, int length) {
    text.append(s, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence s) {
    text.append(s);
    return this;
  }

  @Override
  public Writer append(CharSequence s, int start, int end) {
    text.append(s, start, end);
    return this;
  }

  @Override
  public Writer append(char c) {
    text.append(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
