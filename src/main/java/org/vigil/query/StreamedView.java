package org.vigil.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A JSON array of incidents' views, each written in one pass from its stored record: {@code id},
 * the record's fields copied token by token (its {@code perpetrators} read as a tree so that
 * merged groups can be renamed), then the fields the view adds. The text is the one the trees of
 * {@link IncidentViews} would print, because each token is written as such a tree holds it
 * (integers by their size, other numbers as doubles). Where one pass cannot match the tree, the
 * tree's text replaces what was written: a record that is not a JSON object, that has a key
 * twice in one object (the tree keeps the last value at the first place) or a key the view adds
 * (the view's value replaces it in place).
 */
final class StreamedView {

  private static final String PERPETRATORS = "perpetrators";

  private final ObjectMapper json;
  private final StringBuilder out = new StringBuilder(1 << 14);
  private final JsonGenerator g;
  private boolean first = true;

  StreamedView(ObjectMapper json) {
    this.json = json;
    try {
      g = json.createGenerator(new Appender(out));
      g.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds a view.
   *
   * @param added the fields the view writes after the record's, in order
   * @param perpetrators renames merged groups in the record's perpetrators, in place
   * @param tree the view built as a tree, printed, for a record one pass cannot copy exactly
   */
  void add(long id, String record, ObjectNode added, Consumer<JsonNode> perpetrators, Supplier<String> tree) {
    try {
      g.flush();
      int mark = out.length();
      boolean exact;
      try {
        exact = write(id, record, added, perpetrators);
      } catch (JsonProcessingException e) {
        tree.get(); // not JSON: the tree says so
        throw new IllegalStateException("a stored record the tree reads could not be copied: " + e.getOriginalMessage(), e);
      }
      g.flush();
      if (!exact) {
        out.setLength(mark);
        out.append(first ? "" : ",").append(tree.get());
      }
      first = false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The array's text. */
  String text() {
    try {
      g.writeEndArray();
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private boolean write(long id, String record, ObjectNode added, Consumer<JsonNode> perpetrators) throws IOException {
    try (JsonParser p = json.createParser(record)) {
      g.writeStartObject();
      if (p.nextToken() != JsonToken.START_OBJECT) {
        g.writeEndObject();
        return false;
      }
      boolean exact = true;
      List<String> names = new ArrayList<>();
      g.writeNumberField("id", id);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        exact &= !name.equals("id") && !added.has(name) && !names.contains(name);
        names.add(name);
        g.writeFieldName(name);
        p.nextToken();
        if (name.equals(PERPETRATORS)) {
          JsonNode n = p.readValueAsTree();
          perpetrators.accept(n);
          write(n);
        } else {
          exact &= copy(p);
        }
      }
      for (Map.Entry<String, JsonNode> e : added.properties()) {
        g.writeFieldName(e.getKey());
        write(e.getValue());
      }
      g.writeEndObject();
      return exact;
    }
  }

  /** Copies the value at the parser's current token; false if an object in it has a key twice. */
  private boolean copy(JsonParser p) throws IOException {
    boolean exact = true;
    Deque<List<String>> objects = new ArrayDeque<>();
    int depth = 0;
    do {
      switch (p.currentToken()) {
        case START_OBJECT -> { g.writeStartObject(); objects.push(new ArrayList<>()); depth++; }
        case START_ARRAY -> { g.writeStartArray(); depth++; }
        case END_OBJECT -> { g.writeEndObject(); objects.pop(); depth--; }
        case END_ARRAY -> { g.writeEndArray(); depth--; }
        case FIELD_NAME -> {
          String name = p.currentName();
          exact &= !objects.getFirst().contains(name);
          objects.getFirst().add(name);
          g.writeFieldName(name);
        }
        case VALUE_STRING -> g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        case VALUE_NUMBER_INT -> {
          switch (p.getNumberType()) {
            case INT -> g.writeNumber(p.getIntValue());
            case LONG -> g.writeNumber(p.getLongValue());
            default -> g.writeNumber(p.getBigIntegerValue());
          }
        }
        case VALUE_NUMBER_FLOAT -> g.writeNumber(p.getDoubleValue());
        case VALUE_TRUE -> g.writeBoolean(true);
        case VALUE_FALSE -> g.writeBoolean(false);
        case VALUE_NULL -> g.writeNull();
        default -> throw new IllegalStateException("unexpected token " + p.currentToken() + " in a stored record");
      }
    } while (depth > 0 && p.nextToken() != null);
    return exact;
  }

  /** Writes a node as it prints itself, without the object mapper's lookups for each node. */
  private void write(JsonNode n) throws IOException {
    switch (n.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          g.writeFieldName(e.getKey());
          write(e.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode e : n) {
          write(e);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(n.textValue());
      case BOOLEAN -> g.writeBoolean(n.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> {
        switch (n.numberType()) {
          case INT -> g.writeNumber(n.intValue());
          case LONG -> g.writeNumber(n.longValue());
          case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
          case DOUBLE -> g.writeNumber(n.doubleValue());
          default -> g.writeTree(n);
        }
      }
      default -> g.writeTree(n);
    }
  }

  /** A writer into a string builder, without {@link java.io.StringWriter}'s locks. */
  private static final class Appender extends Writer {
    private final StringBuilder to;

    Appender(StringBuilder to) {
      this.to = to;
    }

    @Override
    public void write(char[] c, int off, int len) {
      to.append(c, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      to.append(s, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
