package org.vigil.geo;

import java.util.Arrays;

/**
 * A reusable run of characters that a loop over many phrases writes and asks about without
 * making a string: a plain array behind {@link CharSequence}, without the checks and the coder
 * of a {@link StringBuilder}, whose appends were most of the cost of a phrase's skeleton.
 * Single-threaded, like a {@link StringBuilder}.
 */
final class Letters implements CharSequence {

  private char[] chars;
  private int length;

  Letters(int capacity) {
    this.chars = new char[Math.max(16, capacity)];
  }

  void clear() {
    length = 0;
  }

  void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, 2 * length);
    }
    chars[length++] = c;
  }

  /** Drops the characters from {@code newLength} on. */
  void truncate(int newLength) {
    if (newLength < 0 || newLength > length) {
      throw new IndexOutOfBoundsException("length " + newLength + " of " + length);
    }
    length = newLength;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + " of " + length);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
